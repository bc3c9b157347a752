# about: string tracebacks: capwords' separator, Template lookups through a ChainMap, a failing __str__, unsubscriptable mappings
import string
string.capwords('a b', 5)
from string import Template
Template('$a').substitute({'a': 1}, b=2)
Template('$a').substitute({}, b=2)
Template('$a').safe_substitute(5)
class Bad:
    def __str__(self): raise RuntimeError('no')

Template('$a').substitute(a=Bad())
Template('$a').safe_substitute(a=Bad())
Template('$a').substitute([])
