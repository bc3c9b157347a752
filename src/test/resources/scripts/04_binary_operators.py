# Operands get ~ and the operator ^, parenthesised or not, one- or two-character.
price = 10
quantity = 3
print((price) * quantity)
print(price // quantity)
ratio = (price)  //  (quantity - 3)
