# about: collections.OrderedDict: reprs of 3.11, move_to_end, popitem(last=) and order-aware equality
from collections import OrderedDict
OrderedDict
od = OrderedDict(a=1, b=2)
od
od['c'] = 3; od
od.move_to_end('a'); od
od.move_to_end('c', last=False); list(od)
od.popitem(), od
od.popitem(last=False), od
OrderedDict(), OrderedDict([('x', 1), ('y', 2)])
OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)
isinstance(od, dict), type(od)
od.copy()
OrderedDict.fromkeys('abc')
OrderedDict.fromkeys('ab', 0)
for k, v in OrderedDict(z=1, y=2).items():
    print(k, v)

OrderedDict().popitem()
OrderedDict(a=1).move_to_end('z')
OrderedDict([(1, 2)], [3])
hash(Counter())
hash(defaultdict())
hash(OrderedDict())
OrderedDict().nosuch
OrderedDict().move_to_endd
