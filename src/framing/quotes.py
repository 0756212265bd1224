"""Quote spans: the text between quotation marks, found in one linear scan.

:func:`find_quote_marks` walks the quotation marks and line breaks of a text
once (one precompiled regex, a small stack) and returns the quoted regions as
:class:`QuoteRegion` tuples; :func:`find_quotes` turns them into
:class:`~framing.spans.Span` objects with a *local* subtype guess.  The final
subtype, speaker and cue of each quote are set by :mod:`framing.attribution`,
which links quotes to attribution cues.

Rules (see ``docs/attribution.md``):

* A span covers the quoted content **without** the marks; whitespace just
  inside the marks is trimmed, punctuation is kept (``“Yes,” she said`` gives
  ``Yes,``).
* Double marks: straight ``"``, curly ``“ ”``, low-high ``„ “``, guillemets
  ``« »`` (and ``» «``).  Single marks: ``‘ ’``, straight ``'``, ``‚ ‘``,
  ``‹ ›``.  A mark opens when it is *left-flanking* (space or an opening
  bracket before it, a non-space after it) and closes when it is
  *right-flanking*; the glyph decides ambiguous cases.
* A single mark between two letters or digits (``it's``, ``the union’s``,
  ``rock’n’roll``) or before a digit (``’90s``) is an apostrophe, never a quote;
  a closing single mark with no single quote open is an apostrophe too
  (``the players’ union``).
* Two closing single marks right after a word (``’’`` or ``''``) close an open
  double quote when no single quote is open (``“We will win,’’ she said``, a
  convention of some wires); two opening single marks before a word (``''`` or
  ``‘‘``, with no single quote open) open one (``He called it ''a disgrace," she
  said``, typewriter copy).
* Quotes nest (``“He said ‘no’ twice.”`` gives two spans).
* A quote still open at the end of a paragraph continues into the next
  paragraph when that paragraph starts with an opening mark of the same
  family (the newspaper convention for multi-paragraph quotes): the result is
  one span.  Otherwise it ends at the paragraph end: an unbalanced mark never
  produces a span longer than its paragraph.  Unclosed *single* quotes are
  dropped (they are almost always apostrophes).
* A line break inside an open quote that looks like hard wrapping (the line
  does not end a sentence and the next starts in lower case) is not a
  paragraph end.

Every step is O(1) per mark (amortised), so the scan is linear in the text
length whatever the input (100,000 quote marks, megabytes without any).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .spans import Span

__all__ = ["QuoteRegion", "find_quote_marks", "find_quotes", "QUOTE_CHARS"]

#: Every character treated as a quotation mark.
QUOTE_CHARS = "\"'“”‘’«»„‚‹›"
_DOUBLE = frozenset("\"“”«»„")
_OPENERS = frozenset("“„«‘‚‹")
_OPENERS_ALL = frozenset("\"'“„«‘‚‹")
_CLOSERS = frozenset("”»’›")
# One pass over quote marks and line-break runs (a run starts at a newline, so
# failing positions cost one character: linear time).
# A single mark between two letters or digits (an apostrophe: it's, union’s) is
# skipped by the regex itself (the scan below would ignore it anyway).
_MARK_RE = re.compile(
    "[\n\"'“”‘’«»„‚‹›](?:(?<=\n)\\s*)?(?!(?<=[^\\W_]['‘’‚])[^\\W_])"
)  # starts with a character class: the engine skips quickly to the next candidate
# The quotation marks of _MARK_RE alone (no line breaks).
_MARK_ONLY_RE = re.compile("[\"'“”‘’«»„‚‹›](?!(?<=[^\\W_]['‘’‚])[^\\W_])")
_OPEN_CONTEXT = frozenset("([{<—–-/\u00a0" + QUOTE_CHARS)
_SENT_END = frozenset(".!?:;\"'”’»…")


class QuoteRegion(NamedTuple):
    """One quoted region: content offsets (marks excluded), nesting depth, and whether it closed.

    Examples
    --------
    >>> text = "He said “we ‘never’ stop” today"
    >>> [(text[r.start:r.end], r.depth, r.closed) for r in find_quote_marks(text)]
    [('we ‘never’ stop', 0, True), ('never', 1, True)]
    """

    start: int
    end: int
    depth: int
    closed: bool
    open_mark: int  # offset of the opening mark


def _emit(out: list[QuoteRegion], text: str, open_pos: int, end: int, depth: int, closed: bool) -> None:
    s = open_pos + 1
    if s < end and text[s] == text[open_pos] and text[s] in "'‘":
        s += 1  # (an opening pair of single marks: '' or ‘‘)
    while s < end and text[s].isspace():
        s += 1
    e = end
    while e > s and (text[e - 1].isspace() or (not closed and text[e - 1] in _OPENERS_ALL)):
        e -= 1
    if e > s:
        out.append(_new_region(QuoteRegion, (s, e, depth, closed, open_pos)))  # QuoteRegion(s, e, ...)


_new_region = tuple.__new__  # builds a QuoteRegion without the Python-level __new__ of NamedTuple


_CLOSERS_DOUBLE = frozenset("”»\"")


def _close_at_inner(out: list[QuoteRegion], text: str, stack: list[tuple[int, bool]],
                    inner_close: dict[int, int], end: int) -> None:
    """Close the outermost (double) quote at the last closing mark of a double quote nested in it."""
    outer_pos = stack[0][0]
    c = inner_close[outer_pos]
    _emit(out, text, outer_pos, c, 0, True)
    for pos, dbl in stack[1:]:  # quotes opened after that mark and still open
        if dbl and pos > c:
            _emit(out, text, pos, end, 0, False)


def _after_sentence_end(text: str, i: int) -> bool:
    """Does a sentence end just before ``text[i]`` (``. "``, ``? "``, after spaces)?"""
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < i - 1 and k >= 1 and text[k] in ".!?" and text[k - 1].isalpha()


def find_quote_marks(text: str) -> list[QuoteRegion]:
    """Quoted regions of ``text`` in one linear scan (sorted by start).

    Parameters
    ----------
    text : str
        Any text; non-strings give an empty list.

    Returns
    -------
    list of QuoteRegion
        ``(start, end, depth, closed, open_mark)``; ``text[start:end]`` is the
        content without marks, ``depth`` 0 for outermost quotes.

    Examples
    --------
    >>> t = '“It’s the union’s call,” she said, calling it ‘fair’.'
    >>> [t[r.start:r.end] for r in find_quote_marks(t)]
    ['It’s the union’s call,', 'fair']
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    out: list[QuoteRegion] = []
    # stack entries: [open_pos, is_double]
    stack: list[tuple[int, bool]] = []
    n_double = 0  # double quotes open on the stack
    n_single = 0
    skip = -1  # offset of a continuation mark already consumed
    inner_close: dict[int, int] = {}  # outermost double quote -> last closing mark of a double quote in it
    isspace = str.isspace
    # Line breaks matter only while a quote is open: with none open, the scan
    # skips ahead to the next quotation mark (the marks found are the same: a
    # line-break run never extends over a mark).
    search_all = _MARK_RE.search
    search_marks = _MARK_ONLY_RE.search
    scan = 0
    while True:
        m = search_all(text, scan) if stack else search_marks(text, scan)
        if m is None:
            break
        i, scan = m.span()
        c = text[i]
        if c == "\n":
            if not stack:
                continue
            j = m.end()
            run = m.group()
            # hard-wrapped line inside a quote: not a paragraph end
            if run.count("\n") == 1 and j < n and text[j].islower():
                k = i - 1
                while k >= 0 and text[k] in " \t\r":
                    k -= 1
                if k >= 0 and text[k] not in _SENT_END:
                    continue
            outer_pos, outer_double = stack[0]
            if outer_double and outer_pos in inner_close:
                # double marks nested in double marks, the outer one never closed:
                # the inner closing mark closed both ('“… signs that said “No,” he said.')
                _close_at_inner(out, text, stack, inner_close, i)
                stack.clear()
                n_double = n_single = 0
                continue
            if j < n:
                nc = text[j]
                if (outer_double and nc in "\"“„«") or (not outer_double and nc in "'‘‚‹"):
                    # multi-paragraph quote: keep only the outermost one open
                    del stack[1:]
                    n_double = 1 if outer_double else 0
                    n_single = 0 if outer_double else 1
                    skip = j
                    continue
            # paragraph end: close what is open (double quotes only)
            for pos, dbl in stack:
                if dbl:
                    _emit(out, text, pos, i, 0, False)
            stack.clear()
            n_double = n_single = 0
            continue
        if i == skip:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        prev_space = isspace(prev)
        next_space = isspace(nxt)
        left = not next_space and (prev_space or prev in _OPEN_CONTEXT)
        right = not prev_space and (next_space or not nxt.isalnum())
        if c in _DOUBLE:
            if n_double:
                if left and not right:
                    if c == '"' and stack[-1][1] and text[stack[-1][0]] == '"' and _after_sentence_end(text, i):
                        # a straight mark opening a sentence inside a straight quote: the writer
                        # left the quote before unclosed ('"We will win. "It's hard," he said'), or
                        # ran quoted paragraphs together; straight marks do not nest: it ends
                        # (as if closed) at this sentence's start
                        for pos, dbl in stack:
                            if dbl:
                                _emit(out, text, pos, i, 0, True)
                        if stack[0][0] in inner_close:
                            del inner_close[stack[0][0]]
                        stack.clear()
                        n_single = 0
                        stack.append((i, True))
                        n_double = 1
                        continue
                    stack.append((i, True))
                    n_double += 1
                    continue
                if c in _OPENERS and not right and c != "“":
                    stack.append((i, True))
                    n_double += 1
                    continue
                # close the innermost double quote; single quotes above it were apostrophes
                while stack:
                    pos, dbl = stack.pop()
                    if dbl:
                        n_double -= 1
                        # _emit(out, text, pos, i, len(stack), True), inlined: the usual closing mark
                        a = pos + 1
                        if text[a] == text[pos] and text[pos] in "'‘":
                            a += 1  # (an opening pair of single marks: '' or ‘‘)
                        while a < i and isspace(text[a]):
                            a += 1
                        b = i
                        while b > a and isspace(text[b - 1]):
                            b -= 1
                        if b > a:
                            out.append(_new_region(QuoteRegion, (a, b, len(stack), True, pos)))
                        if stack and stack[0][1] and c in _CLOSERS_DOUBLE:
                            inner_close[stack[0][0]] = i
                        break
                    n_single -= 1
                continue
            # no double quote open
            if left or (not right and c not in _CLOSERS):
                stack.append((i, True))
                n_double += 1
            continue
        # single-family marks
        if nxt == c and n_double and not n_single and not prev_space and c in "’'":
            # two closing single marks stand for a closing double one ('“We will,’’ she said'):
            # close the innermost double quote; the second mark is consumed
            while stack:
                pos, dbl = stack.pop()
                if dbl:
                    n_double -= 1
                    _emit(out, text, pos, i, len(stack), True)
                    break
            skip = i + 1
            continue
        if nxt == c and not n_single and c in "'‘" and (prev_space or prev in _OPEN_CONTEXT) \
                and i + 2 < n and not isspace(text[i + 2]) and text[i + 2] != c:
            # two opening single marks stand for an opening double one ('He called it ''a
            # disgrace," she said': typewriter copy); the second mark is consumed
            stack.append((i, True))
            n_double += 1
            skip = i + 1
            continue
        if prev.isalnum() and (nxt.isalnum()):
            continue  # apostrophe inside a word
        if nxt.isdigit() and not prev.isalnum():
            continue  # elision: ’90s
        if n_single and right and c not in _OPENERS:
            # close the innermost single quote; unclosed double quotes above it are dropped
            k = len(stack) - 1
            while stack[k][1]:
                k -= 1
            pos = stack[k][0]
            n_double -= sum(1 for p in stack[k + 1 :] if p[1])
            del stack[k:]
            n_single -= 1
            _emit(out, text, pos, i, len(stack), True)
            continue
        if left and c not in _CLOSERS:
            stack.append((i, False))
            n_single += 1
    # end of text: close open double quotes
    if stack and stack[0][1] and stack[0][0] in inner_close:
        _close_at_inner(out, text, stack, inner_close, n)
        stack.clear()
    for pos, dbl in stack:
        if dbl:
            _emit(out, text, pos, n, 0, False)
    # by (start, -end): start * (n + 1) - end orders the same (0 <= end <= n), one int per region
    width = n + 1
    out.sort(key=lambda r: r[0] * width - r[1])
    return out


_WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_TITLE_SMALL = frozenset(
    "a an the of and or in on at to for by with from as vs nor but de la el le du von van".split()
)


def looks_like_title(content: str) -> bool:
    """True when ``content`` is written like a title (Title Case, no sentence punctuation).

    Examples
    --------
    >>> looks_like_title("The Art of the Deal")
    True
    >>> looks_like_title("We will win this.")
    False
    """
    if content.rstrip()[-1:] in ",.;" or content[:1].islower():
        return False
    if content.count(" ") > 60:  # far more than 14 words: skip tokenising a long quote
        return False
    # 2 to 14 words, each capitalised (or a number) or a small word after the first:
    # read one word at a time, so that a sentence is rejected at its first lower-case word
    caps = 0
    k = 0
    for m in _WORD_RE.finditer(content):
        if k == 14:
            return False  # a 15th word
        w = m[0]
        if w[0].isupper() or w[0].isdigit():
            caps += 1
        elif k == 0 or w.lower() not in _TITLE_SMALL:
            return False
        k += 1
    return k >= 2 and caps >= 2


def find_quotes(text: str, title: str | None = None) -> list[Span]:
    """Quote spans with a local subtype guess (no attribution linking).

    Use :func:`framing.annotate` for the linked result (speakers, cues and
    final subtypes); this function is the raw quote layer.

    Examples
    --------
    >>> [s.text for s in find_quotes('He called it “fake” and said: "We lost."')]
    ['fake', 'We lost.']
    """
    spans: list[Span] = []
    for r in find_quote_marks(text):
        content = text[r.start : r.end]
        n_words = len(_WORD_RE.findall(content))
        if looks_like_title(content) and content[-1:] not in "!?":
            sub = "title"
        elif n_words >= 4 or content[-1:] in ".!?,":
            sub = "direct"
        else:
            sub = "scare"
        spans.append(Span(r.start, r.end, "quote", sub, content))
    return spans
