"""Text repair used by every loader: byte decoding, mojibake repair, HTML stripping, link residue.

All functions are pure, linear in the input length, and never raise on
strings; they are shared by :mod:`framing.io`, :mod:`framing.datasets` and the
feature extractors so that one rule lives in one place.
"""

from __future__ import annotations

import html
import re

__all__ = ["decode_bytes", "fix_mojibake", "strip_html", "normalize_newlines", "link_residue", "inline_markers",
           "bracketed_teasers", "inline_zones", "inline_residue"]

# Sequences produced when UTF-8 bytes of typographic characters were decoded as
# cp1252 (or latin-1). Only sequences that cannot occur in real English text are
# listed, so the repair is unambiguous. Longest first, so that e.g. the three-char
# right quote wins over a two-char prefix.
def _sloppy_cp1252(data: bytes) -> str:
    """cp1252, with the five bytes it leaves undefined passed through as latin-1 (as browsers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


_MOJIBAKE: dict[str, str] = {}
# The characters whose mis-decoding we repair: typographic punctuation, and every
# character of cp1252's upper half (which also repairs mojibake of mojibake).
_REPAIRABLE = "‘’‚“”„•–—…€™′″" + bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
for _ch in dict.fromkeys(_REPAIRABLE):
    _utf8 = _ch.encode("utf-8")
    for _bad in (_sloppy_cp1252(_utf8), _utf8.decode("latin-1")):
        if _bad != _ch and len(_bad) >= 2:
            _MOJIBAKE[_bad] = _ch
# "Â " (a no-break space decoded as cp1252) is the most common; keep it but only
# when followed by a space-like char, handled by the generic table above.
_MOJIBAKE_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(_MOJIBAKE, key=len, reverse=True))
)
# Fast pre-check: every entry starts with one of a few lead characters; ``in`` is a C scan.
_MOJIBAKE_LEADS = tuple(sorted({k[0] for k in _MOJIBAKE}))


def decode_bytes(data: bytes) -> tuple[str, bool]:
    """Decode bytes as UTF-8, falling back to cp1252, then latin-1.

    Parameters
    ----------
    data : bytes
        Raw file or field content.

    Returns
    -------
    text : str
        The decoded text (a leading UTF-8 byte-order mark is removed).
    repaired : bool
        True when UTF-8 failed and a fallback codec was used.

    Examples
    --------
    >>> decode_bytes("caf\\u00e9".encode("cp1252"))
    ('café', True)
    >>> decode_bytes(b"plain")
    ('plain', False)
    """
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        # latin-1 maps every byte: this cannot fail
        return data.decode("latin-1"), True


def fix_mojibake(text: str) -> tuple[str, int]:
    """Repair typographic mojibake such as ``â€™`` (UTF-8 read as cp1252).

    Only multi-character sequences that are unambiguous (they never occur in
    correctly decoded English text) are replaced.

    Parameters
    ----------
    text : str
        Text to repair.

    Returns
    -------
    text : str
        The repaired text.
    n : int
        The number of sequences replaced.

    Examples
    --------
    >>> fix_mojibake("It\\u00e2\\u20ac\\u2122s")
    ('It’s', 1)
    """
    count = 0

    def _sub(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _MOJIBAKE[m.group(0)]

    # Up to three passes: text that was mis-decoded twice ("Ã¢â‚¬â„¢") needs two.
    for _ in range(3):
        if not text or not any(lead in text for lead in _MOJIBAKE_LEADS):
            break
        before = count
        text = _MOJIBAKE_RE.sub(_sub, text)
        if count == before:
            break
    return text, count


# Tags only (bounded, so linear time); the content of <script>/<style> stays as text.
_TAG_RE = re.compile(r"</?[A-Za-z!][^<>]{0,2000}>")
_BLOCK_RE = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", re.I)


def strip_html(text: str) -> str:
    """Remove HTML tags (keeping block breaks as newlines) and decode entities.

    Parameters
    ----------
    text : str
        Text that may contain HTML markup.

    Returns
    -------
    str
        Plain text.

    Examples
    --------
    >>> strip_html("<p>One &amp; two</p><p>three</p>")
    'One & two\\nthree'
    """
    if "<" not in text and "&" not in text:
        return text
    text = _BLOCK_RE.sub("\n", text)
    text = _TAG_RE.sub("", text)
    return html.unescape(text).strip()


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF.

    Examples
    --------
    >>> normalize_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------- link residue

_MORE_RE = re.compile(r"\bMORE\b(?![a-z])")
_TOKEN_RE = re.compile(r"[^\s()]+")
_RESIDUE_WINDOW = 1000  # characters before "MORE" searched for the glued name
_RESIDUE_GAP = 60  # at most this many characters between the name as written and its glued repeat


def link_residue(text: str) -> list[tuple[int, int]]:
    """Spans of inline link teasers left by scraping: ``Ann Lind Ann Marie LindHeadline … MORE``.

    Some outlets hyperlink a person's name to a pop-up that repeats the full name
    followed, with no space, by the headlines of related stories and ``MORE``; a
    scraper keeps all of it inside the sentence (``Sen. Ann Lind Ann Marie
    LindHarbour bill stalls Lind: 'We wait' MORE (D-Ore.) said …``). A residue is
    recognised by that glued token: a capitalised word seen just before
    (``Lind``) with the first word of a headline stuck to it (``LindHarbour``).
    It runs from the end of that earlier word (at most 60 characters before) to
    the end of ``MORE``; the name as the article writes it stays outside. Linear:
    each ``MORE`` looks back at most 1,000 characters, and not before the
    previous ``MORE``.

    Parameters
    ----------
    text : str
        The article text. Anything else (None, NaN) has no residue: ``[]``.

    Returns
    -------
    list of (start, end)
        Character offsets, in order, not overlapping.

    Examples
    --------
    >>> t = "Sen. Ann Lind Ann Marie LindHarbour bill stalls MORE (D-Ore.) said no."
    >>> [t[s:e] for s, e in link_residue(t)]
    [' Ann Marie LindHarbour bill stalls MORE']
    >>> link_residue("READ MORE: our coverage")
    []
    """
    if not isinstance(text, str) or "MORE" not in text:
        return []
    out: list[tuple[int, int]] = []
    floor = 0
    for m in _MORE_RE.finditer(text):
        lo = max(floor, m.start() - _RESIDUE_WINDOW)
        start = -1
        # only tokens with a lower-case letter followed by a capital, digit or opening quote can
        # be glued; for each, the word before the glue must end a token at most 60 characters back
        for g in _GLUED_CANDIDATE_RE.finditer(text, lo, m.start()):
            t0 = g.start()
            w = text[t0 : _TOKEN_RE.match(text, t0).end()]
            for k in range(2, min(len(w) - 1, 30)):
                c = w[k]
                if (c.isupper() or c.isdigit() or c in "‘“\"") and w[k - 1].islower():
                    end = _word_end_before(text, w[:k], max(lo, t0 - _RESIDUE_GAP - k - 4), t0)
                    if end >= 0 and t0 - end <= _RESIDUE_GAP:
                        start = end
                        break
            if start >= 0:
                break
        if start >= 0:
            out.append((start, m.end()))
        floor = m.end()  # (a glue before this MORE was looked for already: each character is read once)
    return out


# a token (after a space or bracket) with a lower-case letter then a capital, digit or opening quote
_GLUED_CANDIDATE_RE = re.compile(r"(?<![^\s()])[A-Z][^\s()]*?[a-z][A-Z0-9‘“\"]")


def _word_end_before(text: str, word: str, lo: int, hi: int) -> int:
    """End of the last token in ``text[lo:hi]`` that is ``word`` (plus trailing ``,.;:``), or -1."""
    k = text.rfind(word, lo, hi)
    while k >= 0:
        e = k + len(word)
        while e < hi and text[e] in ",.;:":
            e += 1
        if (k == 0 or text[k - 1].isspace() or text[k - 1] in "()") and (e >= len(text) or text[e].isspace()
                                                                          or text[e] in "()"):
            return e
        k = text.rfind(word, lo, k)
    return -1


# "Story Continued Below" and its kin, left inside a paragraph by scraping (on a line of their own,
# the boilerplate rules mark them); capitalised as the widgets print them
_INLINE_MARKER_RE = re.compile(
    r"(?<![\w’'])(?:Story|Article) [Cc]ontinue[sd]? [Bb]elow\b|(?<![\w’'])Continue [Rr]eading [Bb]elow\b"
    r"|(?<![\w’'])(?:STORY|ARTICLE) CONTINUES? BELOW\b|(?<![\w’'])CONTINUE READING BELOW\b"
)


def inline_markers(text: str) -> list[tuple[int, int]]:
    """Spans of ad-slot markers left inside a paragraph: ``… on Monday. Story Continued Below Lind said …``.

    Only the capitalised forms a widget prints (``Story Continued Below``, ``Article
    continues below``, ``Continue Reading Below``), so that a sentence such as "the
    story continued below the fold" is left alone. Each occurrence of *below*
    (found by ``str.find``) is checked by a regex over the 30 characters before
    it: linear.

    Parameters
    ----------
    text : str
        The article text. Anything else (None, NaN) has no marker: ``[]``.

    Returns
    -------
    list of (start, end)
        Character offsets, in order, not overlapping.

    Examples
    --------
    >>> t = "It rained. Story Continued Below Lind said no."
    >>> [t[s:e] for s, e in inline_markers(t)]
    ['Story Continued Below']
    >>> inline_markers("the story continued below the fold")
    []
    """
    if not isinstance(text, str):
        return []
    out: list[tuple[int, int]] = []
    # each marker ends in "below": look only around its occurrences (str.find is a C scan; the
    # regex, tried from 30 characters before each, never runs over the whole text)
    for key in ("elow", "ELOW"):
        k = text.find(key)
        while k >= 0:
            m = _INLINE_MARKER_RE.search(text, max(0, k - 30), k + 4)
            if m is not None and (not out or m.start() >= out[-1][1]) \
                    and not text[m.end() : m.end() + 1].isalnum():  # (the word boundary the search's end hides)
                out.append(m.span())
            k = text.find(key, k + 4)
    out.sort()
    return out


# a bracketed pointer to other content inside a paragraph: "[Read Related Article: …]", "( PHOTOS: …)"
_BRACKETED_TEASER_RE = re.compile(
    r"[\[(][ ]?(?:Read|READ|Related|RELATED|See [Aa]lso|SEE ALSO|Also [Rr]ead|ALSO READ|"
    r"PHOTOS?|VIDEO|Photos|Video|(?:Watch|WATCH)(?=:))\b[^\[\]()\n]{0,200}[\])]"
)


def bracketed_teasers(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed pointers to other content inside a paragraph.

    ``[Read Related Article: Harbour Bill Stalls]``, ``( PHOTOS: the flood)``,
    ``(See also: our coverage)``: a bracket opening with *Read*, *Related*, *See
    also*, *Also read*, *Photos*, *Video* or *Watch:* and closing within 200
    characters on the same line (not an aside such as ``(Watch for Lind to
    gain.)``). The regex is tried at each opening bracket only, and a match
    reads at most 200 characters: linear.

    Parameters
    ----------
    text : str
        The article text. Anything else (None, NaN) has none: ``[]``.

    Returns
    -------
    list of (start, end)
        Character offsets, in order, not overlapping.

    Examples
    --------
    >>> t = "He did it. [Read Related Article: Harbour Bill Stalls] In 2008 he said so."
    >>> [t[s:e] for s, e in bracketed_teasers(t)]
    ['[Read Related Article: Harbour Bill Stalls]']
    >>> bracketed_teasers("He read (and liked) it.")
    []
    """
    if not isinstance(text, str):
        return []
    out: list[tuple[int, int]] = []
    # the regex is tried at each opening bracket only (str.find: a C scan; an article has a few)
    for opener in ("(", "["):
        k = text.find(opener)
        while k >= 0:
            m = _BRACKETED_TEASER_RE.match(text, k)
            if m is not None:
                out.append(m.span())
                k = text.find(opener, m.end())
            else:
                k = text.find(opener, k + 1)
    out.sort()  # (no two overlap: a match holds no bracket but its closing one)
    return out


def inline_zones(text: str) -> list[tuple[int, int, str]]:
    """Every inline residue of ``text`` with its kind: ``(start, end, kind)``, sorted.

    ``kind`` is ``"link_teaser"`` (:func:`link_residue`), ``"inline_marker"``
    (:func:`inline_markers`) or ``"bracketed_teaser"`` (:func:`bracketed_teasers`);
    zones of different kinds may overlap (:func:`inline_residue` merges them).

    Parameters
    ----------
    text : str
        The article text. Anything else (None, NaN) has none: ``[]``.

    Returns
    -------
    list of (start, end, kind)
        Character offsets and kind, sorted by start.

    Examples
    --------
    >>> t = "Lind said no. Story Continued Below (RELATED: Harbour bill stalls) More."
    >>> [(t[s:e], kind) for s, e, kind in inline_zones(t)]
    [('Story Continued Below', 'inline_marker'), ('(RELATED: Harbour bill stalls)', 'bracketed_teaser')]
    """
    zones = [(s, e, "link_teaser") for s, e in link_residue(text)]
    zones += [(s, e, "inline_marker") for s, e in inline_markers(text)]
    zones += [(s, e, "bracketed_teaser") for s, e in bracketed_teasers(text)]
    zones.sort()
    return zones


def inline_residue(text: str) -> list[tuple[int, int]]:
    """The zones of :func:`inline_zones` merged: ordered, disjoint ``(start, end)``.

    What the quote and attribution finder reads as blanks, and what the body text
    leaves out, inside paragraphs that are otherwise article text.

    Examples
    --------
    >>> t = "Sen. Ann Lind Ann Marie LindHarbour bill stalls MORE said no. Story Continued Below More."
    >>> [t[s:e] for s, e in inline_residue(t)]
    [' Ann Marie LindHarbour bill stalls MORE', 'Story Continued Below']
    """
    out: list[tuple[int, int]] = []
    for s, e, _ in inline_zones(text):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
