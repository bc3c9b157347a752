# re's FutureWarnings point at the caller's line and quote it, as CPython's stacklevel does
import re
def check(text):
    return re.findall('[[:digit:]]', text)
print(check('a1'), check('b2'))
print(re.compile('[a&&b]'))
