"""socklab's textwrap: wrap, fill, shorten, dedent and indent, and the TextWrapper class behind
them, written afresh. The lines a traceback quotes sit at the line numbers they have in CPython
3.11's textwrap.py (hence the blank stretches), so an error reads as under CPython."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '







class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    # a word breaks after a hyphen with two letters before it and a letter after: "well-" "known", not "e-" "mail"
    _hyphen_break = re.compile(r'(?:(?<=[^\d\W]{2}-)|(?<=[^\d\W]-[^\d\W]-))(?=[^\d\W]-?[^\d\W])')
    _runs = re.compile(r'\s+|\S+')
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')



















































































    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder





    def _munge_whitespace(self, text):
        """Expand tabs, then make every whitespace character a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text







    def _split(self, text):
        """The text as runs of whitespace and words, words split after joining hyphens."""
        chunks = []
        for run in self._runs.findall(text):
            if self.break_on_hyphens and not run[0].isspace():
                chunks.extend(self._hyphen_break.split(run))
            else:
                chunks.append(run)
        return chunks













    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end: a lower-case letter, then . ! or ?, maybe a quote."""
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "













    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A word longer than a line: cut it to fill the line (at a hyphen if one fits)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                cut = chunk.rfind('-', 0, space_left)
                if cut > 0 and chunk[:cut].strip('-'):
                    end = cut + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())



























    def _wrap_chunks(self, chunks):
        """Fills lines greedily from the chunks, each at most width long with its indent."""
        lines = []
        if self.width <= 0:











            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                first = self.subsequent_indent
            else:
                first = self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            size = 0
            while pending and size + len(pending[-1]) <= width:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, size, width)
                size = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                size -= len(line.pop())
            if not line:
                continue
            last = not pending or (self.drop_whitespace and len(pending) == 1
                                   and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or last and size <= width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, size, width, indent)
            break
        return lines

    def _end_with_placeholder(self, lines, line, size, width, indent):
        """The last line max_lines allows: words that fit beside the placeholder, then it."""
        while line:
            if line[-1].strip() and size + len(self.placeholder) <= width:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            size -= len(line.pop())
        if lines:
            prev = lines[-1].rstrip()
            if len(prev) + len(self.placeholder) <= self.width:
                lines[-1] = prev + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())







































    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))




def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)

def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)

def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))







def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    text = re.sub(r'(?m)^[ \t]+$', '', text)
    margin = None
    for found in re.findall(r'(?m)(^[ \t]*)(?:[^ \t\n])', text):
        if margin is None:
            margin = found
            continue
        common = 0
        while common < min(len(margin), len(found)) and margin[common] == found[common]:
            common += 1
        margin = margin[:common]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text

























def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-whitespace lines.
    """
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
