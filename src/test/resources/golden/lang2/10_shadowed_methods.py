class L(list): pass

ls = L()
ls.append = lambda x: print('mine', x)
ls.append(1)
ls
del ls.append
ls.append(2)
ls
class D(dict): pass

d = D()
d.get = lambda *a: 'shadowed'
d.get(1)
class S(str): pass

s = S('abc')
s.upper = lambda: 'own upper'
s.upper()
s.lower()
