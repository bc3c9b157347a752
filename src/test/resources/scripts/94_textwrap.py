import textwrap
text = "The quick brown fox jumps over the lazy dog. A well-known socket server answers every client; it never sleeps! Really?  Yes. Pneumonoultramicroscopicsilicovolcanoconiosis is long."
for w in (10, 20, 33, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc\nd  e", 8))
print(textwrap.wrap("a\tb\tc\nd  e", 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40, placeholder=' (more)'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.indent("a\n\nb\n", '> ')))
print(repr(textwrap.indent("a\n\nb\n", '> ', lambda line: True)))
w = textwrap.TextWrapper(width=12, break_on_hyphens=True)
print(w.wrap('long-hyphenated-words-here and-more'))
print(w.wrap('x--y----z  -a- b-'))
print(textwrap.wrap('aaaaaaaaaa-bbbbbbbbb', 8))
print(textwrap.fill('one two three four five six', width=9, max_lines=2))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print(e)
textwrap.shorten('abc def', 3)
