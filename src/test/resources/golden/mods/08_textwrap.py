import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known phrase -- used by typists -- contains every letter. Supercalifragilisticexpialidocious words break; e-mail and co-operate split at hyphens.  Two  spaces.\tTab here.\nNew line."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(t, w))

print(textwrap.fill(t, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(t, 25, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(t, 25, drop_whitespace=False, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(t, 30, fix_sentence_endings=True))
print(textwrap.wrap(t, 30, max_lines=3), textwrap.wrap(t, 30, max_lines=2, placeholder='...'))
print(textwrap.shorten(t, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten("Hello world", 10, placeholder="~"))
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    x = 2

''')), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\n\n   x\n   y")))
print(repr(textwrap.indent('a\n\nb\n  c', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
for bad in (0, -1):
    try: textwrap.wrap('abc', bad)
    except ValueError as e: print(e)

try: textwrap.shorten('abc def', 3)
except ValueError as e: print(e)
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('a-b-c-d-e-f-g-h', 4), textwrap.wrap('aaaa--bbbb cc---dd', 6))
w = textwrap.TextWrapper(width=15); print(w.wrap('hello there general kenobi'), w.width)
