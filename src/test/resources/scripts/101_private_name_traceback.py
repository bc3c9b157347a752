class Account:
    def __init__(self, owner):
        self.__owner = owner

    def owner(self):
        return self.__owner

    def balance(self):
        return self.__balance


class Savings(Account):
    def owner(self):
        return self.__owner


a = Savings("ada")
print(vars(a))
print(Account.owner(a))
try:
    a.owner()
except AttributeError as e:
    print("AttributeError:", e)
a.balance()
