# about: the string module's constants and capwords
import string
string.ascii_letters
string.ascii_lowercase
string.ascii_uppercase
string.digits
string.hexdigits
string.octdigits
string.punctuation
string.printable
string.whitespace
len(string.printable)
string.capwords('  hello   world  ')
string.capwords('a-b c-d', '-')
string.capwords('')
string.capwords("they're bill's friends")
'7' in string.digits, 'x' in string.hexdigits
[c for c in 'a1!B ' if c in string.ascii_letters]
string.capwords(1)
string.capwords()
string.nosuch
