# about: input() in a piped session reads the next line and, like sys.stdin's buffer, swallows the rest
print('before')
x = input('name? '); print(repr(x))
hello there
print('swallowed with the rest of the chunk')
