"""Regular expressions with CPython's re interface; the matching itself is socklab's _sre.

Each function's return line sits on the line number it has in CPython 3.11's re/__init__.py, so
that a traceback passing through it (a str pattern given bytes from recv) quotes the same frame.
"""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    # re's flags show as module globals (re.IGNORECASE|re.DOTALL), as enum.global_enum makes them
    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, member in RegexFlag.__members__.items():
            bit = int(member)
            if bit and member.name == name and value & bit == bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

error = _sre.error
Pattern = _sre.Pattern
Match = _sre.Match

















































































def match(pattern, string, flags=0):
    """The pattern matched at the start of string:
    a Match, or None."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """The pattern matched against the whole of string:
    a Match, or None."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """The first place in string where the pattern matches:
    a Match, or None."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """string with the pattern's matches (the first count, or all)
    replaced by repl: a template with group references such as
    \\1 or \\g<name>, or a function given each Match that returns
    the replacement.
    """
    # count 0 replaces every match
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but returns a 2-tuple:
    (new string, number of replacements made).

    repl is a template or a function, as for sub().
    A function is given each Match and returns its
    replacement string.
    """
    # the count is how many matches were replaced
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """string cut at each match of the pattern, at most
    maxsplit times when maxsplit is not 0.

    The text of each group in the pattern is kept in the
    list between the pieces it separated; the rest of the
    string after the last cut is the list's last item.
    """
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, in a list.

    Without groups each item is the text matched; with
    one group, that group's text; with several, a tuple
    of their texts. Empty matches are kept.
    """
    # findall has no pos or endpos here: those are Pattern's
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """An iterator of Match objects for every
    non-overlapping match in string, empty ones
    included, from left to right.
    """
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    """The pattern compiled once, to be used many times."""
    return _compile(pattern, flags)

def purge():
    """Forgets the compiled patterns kept for re's functions."""
    _cache.clear()


def template(pattern, flags=0):
    """compile() with the TEMPLATE flag."""
    return _compile(pattern, flags | T)


# the characters escape() puts a backslash before: those with a meaning in a pattern, and whitespace
_ESCAPED = {ord(c): '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}












def escape(pattern):
    """pattern with a backslash before every character that
    means something in a regular expression, str or bytes.
    """
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_ESCAPED).encode('latin1')

_cache = {}
_MAXCACHE = 512







def _compile(pattern, flags):
    # compiled patterns are kept, as CPython keeps them, so a loop calling re.match stays cheap
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _sre.compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[type(pattern), pattern, flags] = p
    return p
