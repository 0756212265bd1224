"""Outlet boilerplate: disclaimers, donation pleas, share/comment widgets, bylines, copyright lines.

Two layers, both documented in ``docs/boilerplate.md``:

Pattern layer (one article, no corpus)
    A project-written lexicon of rules (:mod:`framing._boilerplate_rules`, listed
    by :func:`describe_rules`) in ten categories (:data:`CATEGORIES`). Each rule
    matches a whole *unit*: a line, or a sentence when the article has no line
    breaks. Units are compared after :func:`normalize_line` (lower case, digit
    runs -> ``0``, curly quotes -> straight quotes, whitespace collapsed). A
    header such as "Related stories:" also flags the headline-like lines that
    follow it, and a first line repeating the headline is a scraper artifact.
    :func:`framing.annotate` returns the matches as ``kind="boilerplate"`` spans;
    :func:`body_text` removes them.

Corpus layer (:class:`BoilerplateDetector`)
    Learns, per outlet, the normalised lines that recur across that outlet's
    *distinct stories* (near-duplicate articles are grouped first with
    :func:`framing.find_near_duplicates`), and removes them too. A line that
    looks like reported content (a quotation or a speech verb) and occurs in
    more than one outlet is never learned: the same speech quoted by several
    outlets stays in the body.

The ``boilerplate`` feature family (:data:`FEATURES`) counts what was found.

Examples
--------
>>> from framing.boilerplate import body_text
>>> text = "The council met on Monday.\\nAdvertisement\\nIt approved the budget.\\nFollow us on Twitter!"
>>> print(body_text(text))
The council met on Monday.
It approved the budget.
<BLANKLINE>
"""

from __future__ import annotations

import copy
import logging
import math
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ._boilerplate_rules import (
    CATEGORIES,
    LENGTH_CLASSES,
    MAX_RULE_LEN,
    RULES,
    UnitScreen,
    dateline_prefix,
    first_words,
    headline_like,
    looks_reported,
    match_rule,
    match_rules,
    prefilter_pattern,
)
from ._parallel import arrow_threads, thread_map
from .cleaning import inline_residue, inline_zones
from .corpus import Corpus
from .registry import Family, FeatureDef, register_family
from .spans import Span, register_spans

__all__ = [
    "CATEGORIES",
    "BoilerplateDetector",
    "body_text",
    "body_segments",
    "body_to_raw",
    "classify_line",
    "describe_rules",
    "find_boilerplate",
    "normalize_line",
]

logger = logging.getLogger(__name__)

# ----------------------------------------------------------------- normalising
_SINGLE_QUOTES = "‘’‛ʼ′`´"  # -> ' (no regex metacharacter among these)
_DOUBLE_QUOTES = "“”„‟″«»"  # -> "
_SINGLE_QUOTE_RE = re.compile(f"[{_SINGLE_QUOTES}]")
_DOUBLE_QUOTE_RE = re.compile(f"[{_DOUBLE_QUOTES}]")
_DIGITS_RE = re.compile(r"[0-9]+")


def normalize_line(line: str) -> str:
    """The comparison key of a line: lower case, digits -> 0, straight quotes, single spaces.

    Parameters
    ----------
    line : str
        One line (or sentence) of an article.

    Returns
    -------
    str
        The normalised line, stripped of surrounding whitespace.

    Examples
    --------
    >>> normalize_line("  Updated  at 10:45 PM — “Live”  ")
    'updated at 0:0 pm — "live"'
    """
    s = line.lower()
    if not s.isascii():  # (two regex scans: faster than str.translate on a non-ASCII string)
        s = _DOUBLE_QUOTE_RE.sub('"', _SINGLE_QUOTE_RE.sub("'", s))
    s = _DIGITS_RE.sub("0", s)
    return " ".join(s.split())


def classify_line(line: str) -> str | None:
    """The boilerplate category of one line on its own (pattern layer), or None.

    Examples
    --------
    >>> classify_line("Support The Lantern on Patreon!")
    'solicitation'
    >>> classify_line("The mayor said the bridge would reopen.") is None
    True
    """
    if not isinstance(line, str):
        return None
    s = line.strip()
    if not s or len(s) > MAX_RULE_LEN:
        return None
    r = match_rule(normalize_line(s), s)
    return r.category if r is not None else None


def describe_rules() -> pd.DataFrame:
    """The pattern lexicon: one row per rule with its category, length limit and a fictional example.

    Examples
    --------
    >>> rules = describe_rules()
    >>> sorted(rules["category"].unique()) == sorted(CATEGORIES)
    True
    """
    return pd.DataFrame(
        [{"category": r.category, "rule": r.name, "max_chars": r.max_len, "guarded": r.guard,
          "description": r.description, "example": r.example} for r in RULES]
        + [{"category": "related_links", "rule": "related_list_item", "max_chars": 160, "guarded": True,
            "description": "headline-like lines (no final period) following a related-articles header",
            "example": "Ferry fares to rise in spring"},
           {"category": "scraper_artifact", "rule": "title_repeat", "max_chars": MAX_RULE_LEN,
            "guarded": False, "description": "a first line that repeats the headline",
            "example": "(the article's own title)"},
           {"category": "byline_dateline", "rule": "dateline", "max_chars": MAX_RULE_LEN, "guarded": False,
            "description": "an opening 'PLACE, Month D (AGENCY) -' on the first body line (prefix only)",
            "example": "OSTBY, June 10 (XYZ) - The port reopened on Tuesday."}]
    )


# ---------------------------------------------------------------------- units
# Sentence boundary for texts without line breaks: end punctuation, optional closing
# quotes/brackets, whitespace; the next character must not be lower case.
_SENT_BREAK = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in _SENT_BREAK.finditer(text):
        e = m.end()
        if e < len(text) and not text[e].islower():
            starts.append(e)
    return starts


def _units(text: str) -> list[tuple[int, int, int, int]]:
    """Units of ``text`` as ``(seg_start, seg_end, start, end)``.

    ``[seg_start, seg_end)`` is what removing the unit deletes (the line and its
    newline); ``[start, end)`` its content without surrounding whitespace.
    Lines when the text has a line break, sentences otherwise.
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(text)
    if "\n" in text.strip():
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            if len(line.strip()) == len(line):  # (most lines: nothing to strip, or empty)
                out.append((pos, min(end + 1, n), pos, end))
            else:
                out.append(_unit(pos, min(end + 1, n), line))
            pos = end + 1
        return out
    starts = _sentence_starts(text)
    for s, e in zip(starts, [*starts[1:], n], strict=True):
        out.append(_unit(s, e, text[s:e]))
    return out


def _unit(seg_start: int, seg_end: int, piece: str) -> tuple[int, int, int, int]:
    """(segment start, segment end, content start, content end) of ``piece`` at ``seg_start``."""
    stripped = piece.strip()
    if not stripped:
        return (seg_start, seg_end, seg_start, seg_start)
    start = seg_start + (len(piece) - len(piece.lstrip()))
    return (seg_start, seg_end, start, start + len(stripped))


_MAX_RELATED_ITEMS = 15


def _continue_related(keys: Sequence[str], raws: Sequence[str], cats: list[Any], rules: list[Any],
                      header_rows: Iterable[int]) -> None:
    """Flag the headline-like lines that follow a related-articles header (in place)."""
    n = len(keys)
    for h in header_rows:
        items = 0
        i = h + 1
        while i < n and items < _MAX_RELATED_ITEMS:
            if not keys[i]:
                i += 1
                continue
            if cats[i] is not None:
                if rules[i] == "related_header":
                    break
                i += 1
                items += 1
                continue
            if not headline_like(raws[i]):
                break
            cats[i] = "related_links"
            rules[i] = "related_list_item"
            items += 1
            i += 1


def _analyse(text: str, title: str | None) -> tuple[list[tuple[int, int, int, int]], list[Any], list[Any],
                                                    dict[int, tuple[int, int]]]:
    """Units of one article with the category and rule of each (None for body units).

    The fourth value maps a unit to ``(span_end, remove_end)`` when only its
    opening dateline is boilerplate. Only the units that a
    :class:`framing._boilerplate_rules.UnitScreen` lets through are normalised
    and matched: most lines of an article are body text that no rule can match.
    """
    units = _units(text)
    screen = UnitScreen.of(text)  # (None for a text with 'İ' or a Kelvin sign: every unit is matched)
    raws: list[str] = []
    cats: list[Any] = []
    rules: list[Any] = []
    headers: list[int] = []
    for i, (_, _, s, e) in enumerate(units):
        raw = text[s:e]
        raws.append(raw)
        r = None
        if 0 < e - s <= MAX_RULE_LEN and (screen is None or screen.may_match(s, e)):
            r = match_rule(normalize_line(raw), raw)
        if r is None:
            cats.append(None)
            rules.append(None)
        else:
            cats.append(r.category)
            rules.append(r.name)
            if r.name == "related_header":
                headers.append(i)
    # a unit's key is empty exactly when the unit is: the raw units stand for the keys below
    if headers:
        _continue_related(raws, raws, cats, rules, headers)
    if title:
        for i, raw in enumerate(raws):
            if raw:
                key = normalize_line(raw) if len(raw) <= MAX_RULE_LEN else raw
                if cats[i] is None and key == normalize_line(title):
                    cats[i] = "scraper_artifact"
                    rules[i] = "title_repeat"
                break
    cuts: dict[int, tuple[int, int]] = {}
    for i, c in enumerate(cats):
        if c is None and raws[i]:
            d = dateline_prefix(raws[i])
            if d is not None:
                cuts[i] = (units[i][2] + d[0], units[i][2] + d[1])
            break
    return units, cats, rules, cuts


def find_boilerplate(text: object, title: object = None) -> list[Span]:
    """Pattern-layer boilerplate spans of one article (the registered span finder).

    Each span covers one whole line (or sentence, for texts without line
    breaks), with ``kind="boilerplate"``, ``subtype`` its category and ``cue``
    the name of the rule that matched.

    Examples
    --------
    >>> [(s.subtype, s.text) for s in find_boilerplate("Rain fell.\\nComments (3)\\nShare | Tweet")]
    [('comment_widget', 'Comments (3)'), ('social_prompt', 'Share | Tweet')]
    """
    if not isinstance(text, str) or not text.strip():
        return []
    t = title if isinstance(title, str) else None
    units, cats, rules, cuts = _analyse(text, t)
    out = [Span(s, e, "boilerplate", c, text[s:e], cue=r)
           for (_, _, s, e), c, r in zip(units, cats, rules, strict=True) if c is not None]
    for i, (end, _) in cuts.items():
        s = units[i][2]
        out.append(Span(s, end, "boilerplate", "byline_dateline", text[s:end], cue="dateline"))
    out.sort(key=lambda sp: sp.start)
    # inline related-story teasers ('Ann Lind Ann Marie LindHeadline … MORE', '[Read Related Article:
    # …]') and ad-slot markers ('… Story Continued Below …') inside paragraphs
    zones = inline_zones(text)
    if zones:
        # a zone inside a line already marked is not marked again (one merge pass: both are ordered)
        inline: list[Span] = []
        k = 0
        for s, e, rule in zones:
            while k < len(out) and out[k].end <= s:
                k += 1
            if not (k < len(out) and out[k].start < e) and not (inline and inline[-1].end > s):
                inline.append(Span(s, e, "boilerplate", _INLINE_CATEGORY[rule], text[s:e], cue=rule))
        out = sorted(out + inline, key=lambda sp: sp.start)
    return out


# the pattern-layer category of each kind of inline zone (framing.cleaning.inline_zones)
_INLINE_CATEGORY = {"link_teaser": "related_links", "inline_marker": "ad_notice", "bracketed_teaser": "related_links"}


def body_segments(text: object, title: object = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` pieces of ``text`` kept as body by the pattern layer.

    ``"".join(text[s:e] for s, e in body_segments(text))`` is :func:`body_text`;
    use :func:`body_to_raw` to map a body offset back to the raw text.

    Examples
    --------
    >>> body_segments("Story.\\nADVERTISEMENT\\nMore story.")
    [(0, 7), (21, 32)]
    """
    if not isinstance(text, str) or not text:
        return []
    t = title if isinstance(title, str) else None
    units, cats, _, cuts = _analyse(text, t)
    segs = _kept_segments(units, [c is not None for c in cats], len(text),
                          {i: rm for i, (_, rm) in cuts.items()})
    return _without(segs, inline_residue(text))


def _without(segs: list[tuple[int, int]], zones: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``segs`` (ordered, disjoint) minus ``zones`` (ordered, disjoint): the kept pieces.

    Examples
    --------
    >>> _without([(0, 10), (20, 30)], [(5, 8), (25, 40)])
    [(0, 5), (8, 10), (20, 25)]
    """
    if not zones:
        return segs
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in segs:
        while k < len(zones) and zones[k][1] <= s:
            k += 1
        j = k
        cur = s
        while j < len(zones) and zones[j][0] < e:
            zs, ze = zones[j]
            if zs > cur:
                out.append((cur, zs))
            cur = max(cur, ze)
            j += 1
        if cur < e:
            out.append((cur, e))
    return out


def _kept_segments(units: Sequence[tuple[int, int, int, int]], removed: Sequence[bool],
                   n: int, cuts: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """Kept ``(start, end)`` pieces; ``cuts`` maps a kept unit to the end of its removed opening."""
    segs: list[tuple[int, int]] = []
    cur = 0
    for i, ((ss, se, st, _), rm) in enumerate(zip(units, removed, strict=True)):
        if rm:
            if ss > cur:
                segs.append((cur, ss))
            cur = max(cur, se)
        elif cuts and i in cuts:
            if st > cur:
                segs.append((cur, st))
            cur = cuts[i]
    if n > cur:
        segs.append((cur, n))
    return segs


def body_text(text: str, title: str | None = None) -> str:
    """The article without its pattern-layer boilerplate lines.

    Used by the feature pipeline when a corpus has no ``text_body`` column
    (a :class:`BoilerplateDetector` adds one with corpus-learned lines removed too).

    Parameters
    ----------
    text : str
        The raw article text. Non-strings are returned unchanged.
    title : str, optional
        The headline (a first line repeating it is removed).

    Returns
    -------
    str
        The kept lines, concatenated exactly as in ``text`` (offsets map through
        :func:`body_segments`).

    Examples
    --------
    >>> body_text("Flood waters rose.\\nThe views expressed here are solely those of the author.")
    'Flood waters rose.\\n'
    """
    if not isinstance(text, str) or not text:
        return text
    segs = body_segments(text, title)
    if len(segs) == 1 and segs[0] == (0, len(text)):
        return text
    return "".join(text[s:e] for s, e in segs)


def body_to_raw(segments: Sequence[tuple[int, int]], offset: int) -> int:
    """Map a character offset in the body text to the raw text, given the kept segments.

    Examples
    --------
    >>> segs = body_segments("Story.\\nADVERTISEMENT\\nMore story.")
    >>> body_to_raw(segs, 7)  # first character of "More story."
    21
    """
    acc = 0
    for s, e in segments:
        if offset < acc + (e - s):
            return s + offset - acc
        acc += e - s
    if segments and offset == acc:
        return segments[-1][1]
    raise ValueError(f"body offset {offset} is outside the body (length {acc})")


register_spans("boilerplate", ["boilerplate"], find_boilerplate)


# -------------------------------------------------------------------- features
def _nonws(s: str) -> int:
    return len(s) - sum(s.count(c) for c in (" ", "\n", "\t", "\r", "\xa0"))


_COUNT_NAMES = [f"boilerplate_{c}_count" for c in CATEGORIES]

FEATURES: tuple[FeatureDef, ...] = (
    FeatureDef("has_disclaimer", "boilerplate", "bool", "{False, True}",
               "The raw text has a line in the disclaimer category (e.g. 'the views expressed are "
               "solely those of the author').", "project-defined", "bool"),
    FeatureDef("has_solicitation", "boilerplate", "bool", "{False, True}",
               "The raw text has a donation, membership or subscription plea.", "project-defined", "bool"),
    FeatureDef("has_comment_widget", "boilerplate", "bool", "{False, True}",
               "The raw text has comment-section residue or a comment prompt.", "project-defined", "bool"),
    FeatureDef("boilerplate_char_share", "boilerplate", "share", "[0, 1]",
               "Non-whitespace characters in boilerplate lines / non-whitespace characters of the raw "
               "text. Boilerplate lines are the pattern-layer spans, or, when a body text was given "
               "(text_body from BoilerplateDetector), everything the body lacks, whichever is larger. "
               "NaN for an empty text.", "project-defined", "float"),
    FeatureDef("boilerplate_line_count", "boilerplate", "count", "[0, inf)",
               "Number of boilerplate lines (pattern-layer spans, an inline link teaser counting as one, "
               "or non-empty lines removed from the body, whichever is larger).", "project-defined", "int"),
    *(FeatureDef(name, "boilerplate", "count", "[0, inf)",
                 f"Number of pattern-layer boilerplate lines in the {cat!r} category.",
                 "project-defined", "int")
      for name, cat in zip(_COUNT_NAMES, CATEGORIES, strict=True)),
)


def _compute(doc: Any) -> dict[str, Any]:
    if not doc.valid:
        return {f.name: math.nan for f in FEATURES}
    raw = doc.raw
    spans = doc.raw_spans
    counts = dict.fromkeys(CATEGORIES, 0)
    for s in spans:
        if s.subtype in counts:
            counts[s.subtype] += 1
    total = _nonws(raw)
    span_chars = sum(_nonws(s.text) for s in spans)
    lines = len(spans)
    body = doc.text
    if body != raw:
        span_chars = max(span_chars, total - _nonws(body))
        removed_lines = sum(1 for x in raw.split("\n") if x.strip()) - sum(1 for x in body.split("\n") if x.strip())
        lines = max(lines, removed_lines)
    out: dict[str, Any] = {
        "has_disclaimer": counts["disclaimer"] > 0,
        "has_solicitation": counts["solicitation"] > 0,
        "has_comment_widget": counts["comment_widget"] > 0,
        "boilerplate_char_share": (min(1.0, span_chars / total) if total else math.nan),
        "boilerplate_line_count": lines,
    }
    for name, cat in zip(_COUNT_NAMES, CATEGORIES, strict=True):
        out[name] = counts[cat]
    return out


register_family(Family(name="boilerplate", features=FEATURES, compute=_compute, uses_raw=True))


# ------------------------------------------------------------ corpus: unit table
@dataclass
class UnitTable:
    """Every unit of every article of a corpus, as parallel numpy arrays (internal).

    Attributes: ``doc`` (article row), ``seg_start``/``seg_end`` (what removal
    deletes), ``start``/``end`` (content), ``key_id`` (index into ``keys``, the
    distinct comparison keys: normalised for units up to MAX_RULE_LEN characters,
    the stripped line otherwise), ``key_len``, ``cat`` (pattern category index
    into CATEGORIES, -1 for none), ``rule`` (rule name or None).
    """

    doc: np.ndarray
    seg_start: np.ndarray
    seg_end: np.ndarray
    start: np.ndarray
    end: np.ndarray
    key_id: np.ndarray
    key_len: np.ndarray
    cat: np.ndarray
    rule: np.ndarray
    keys: Any  # pyarrow (chunked) array of distinct keys
    n_docs: int
    cut_end: np.ndarray | None = None  # dateline span end (absolute), -1 for none
    cut_rm: np.ndarray | None = None  # end of the removed dateline opening, -1 for none

    def key(self, i: int) -> str:
        return str(self.keys[int(i)].as_py())


_WS_CLASS = r"\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"


_QUOTE_CHARS = _SINGLE_QUOTES + _DOUBLE_QUOTES
_WS_PATTERN = f"[{_WS_CLASS}]{{2,}}|[{_WS_CLASS.replace(' ', '')}]"


def _rows(arr: Any, idx: Any) -> Any:
    """``arr.take(idx)`` for a pyarrow array; for increasing ``idx`` covering 2% or more of
    the rows, a boolean filter instead (same result, up to 6x faster on string arrays,
    where ``take`` copies row by row)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    idx = np.asarray(idx, dtype=np.int64)
    if len(idx) * 50 >= len(arr) and len(idx) > 1 and bool((idx[1:] > idx[:-1]).all()):
        mask = np.zeros(len(arr), dtype=bool)
        mask[idx] = True
        return pc.filter(arr, pa.array(mask))
    return pc.take(arr, pa.array(idx))


def _chunks(arr: Any) -> list[Any]:
    """The chunks of a pyarrow ChunkedArray (an Array is its own single chunk), as large_string."""
    import pyarrow as pa

    return [c.cast(pa.large_string()) for c in getattr(arr, "chunks", [arr])]


def _replace_where(x: Any, hit: Any, pattern: str, repl: str) -> Any:
    """``replace_substring_regex`` applied only to the rows flagged by ``hit`` (the others are unchanged)."""
    import pyarrow.compute as pc

    rows = np.flatnonzero(hit.to_numpy(zero_copy_only=False))
    if len(rows) == 0:
        return x
    if len(rows) == len(x):
        return pc.replace_substring_regex(x, pattern, repl)
    sub = pc.replace_substring_regex(_rows(x, rows), pattern, repl)
    return pc.replace_with_mask(x, hit, sub.cast(x.type))


_PARALLEL_MIN_LINES = 20_000  # fewer lines are normalised in one thread (thread start-up would dominate)


def _normalize_arrow(arr: Any, threads: int = 1) -> Any:
    """Vectorised :func:`normalize_line` over a pyarrow string array (on slices in ``threads`` threads).

    The quote and whitespace replacements run only on the rows that need them
    (found with a match first): most lines have no curly quote and no odd
    whitespace. As in :func:`normalize_line`, quotes are mapped only in
    non-ASCII lines (so an ASCII backtick is kept in an ASCII line).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    if threads > 1 and len(arr) >= _PARALLEL_MIN_LINES:
        step = -(-len(arr) // threads)
        parts = thread_map(_normalize_arrow, [arr.slice(i, step) for i in range(0, len(arr), step)], threads)
        return pa.concat_arrays([p.cast(pa.large_string()) for p in parts])
    x = pc.utf8_lower(arr)
    # quotes: searched for in the non-ASCII lines only (a third of them)
    non_ascii = np.flatnonzero(~pc.string_is_ascii(x).to_numpy(zero_copy_only=False))
    has_q = pc.match_substring_regex(_rows(x, non_ascii), f"[{_QUOTE_CHARS}]")
    rows = non_ascii[has_q.to_numpy(zero_copy_only=False)]
    if len(rows):
        quoted = np.zeros(len(x), dtype=bool)
        quoted[rows] = True
        quoted = pa.array(quoted)
        sub = _rows(x, rows)
        sub = pc.replace_substring_regex(sub, f"[{_SINGLE_QUOTES}]", "'")
        sub = pc.replace_substring_regex(sub, f"[{_DOUBLE_QUOTES}]", '"')
        x = pc.replace_with_mask(x, quoted, sub.cast(x.type))
    # digits: a quarter of the lines have any; finding them is cheaper than replacing in every line
    x = _replace_where(x, pc.match_substring_regex(x, "[0-9]"), "[0-9]+", "0")
    x = _replace_where(x, pc.match_substring_regex(x, _WS_PATTERN), _WS_PATTERN, " ")
    return pc.utf8_trim(x, " ")


def _text_array(texts: Sequence[Any] | pd.Series) -> Any:
    """The texts as one pyarrow large_string array ("" for missing/non-string values)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = None
    if isinstance(texts, pd.Series):
        try:  # zero-copy for pyarrow-backed string columns
            arr = pa.array(texts, from_pandas=True)
            if isinstance(arr, pa.ChunkedArray):
                arr = arr.combine_chunks()
            if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
                arr = None
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            arr = None
    if arr is None:
        arr = pa.array([t if isinstance(t, str) else "" for t in texts], type=pa.large_string())
    return pc.fill_null(arr.cast(pa.large_string()), "")


def _unit_table(texts: Sequence[Any] | pd.Series, titles: Sequence[Any], threads: int = 1) -> UnitTable:
    """Build the unit table of a corpus (vectorised; articles without line breaks use sentences).

    With ``threads`` > 1 the pyarrow kernels (which release the GIL) run in that many
    threads: normalisation on slices of the lines, and the key encoding while the
    pattern layer (Python) runs. The table is the same for any number of threads."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr_all = _text_array(texts)
    titles = list(titles)
    n_docs = len(arr_all)
    multi = pc.match_substring(pc.utf8_trim_whitespace(arr_all), "\n").to_numpy(zero_copy_only=False)
    ml_idx = np.nonzero(multi)[0]
    parts: list[dict[str, Any]] = []

    def get_texts(rows: Any) -> list[str]:
        return _rows(arr_all, rows).to_pylist()

    # --- articles with line breaks: split, offsets and keys with pyarrow
    if len(ml_idx):
        arr = arr_all if len(ml_idx) == n_docs else _rows(arr_all, ml_idx)
        split = pc.split_pattern(arr, "\n")
        counts = pc.list_value_length(split).to_numpy()
        flat = pc.list_flatten(split)
        doc = np.repeat(ml_idx, counts)
        length = pc.utf8_length(flat).to_numpy().astype(np.int64)
        # offsets: exclusive cumulative sum of (length + 1) within each doc
        step = length + 1
        csum = np.cumsum(step)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        base = np.concatenate([[0], csum])[first]
        seg_start = csum - step - base
        text_len = pc.utf8_length(arr).to_numpy().astype(np.int64)
        seg_end = np.minimum(seg_start + step, np.repeat(text_len, counts))
        # content extent: lines that may be short are trimmed by pyarrow; long ones
        # (over 2 * MAX_RULE_LEN characters) keep their extent unless their first or
        # last character is whitespace (rare: those few are measured in Python)
        lead = np.zeros(len(length), dtype=np.int64)
        clen = length.copy()
        maybe_short = np.flatnonzero((length > 0) & (length <= 2 * MAX_RULE_LEN))
        stripped_ms = pc.utf8_trim_whitespace(_rows(flat, maybe_short))
        clen[maybe_short] = pc.utf8_length(stripped_ms).to_numpy()
        long_raw = np.flatnonzero(length > 2 * MAX_RULE_LEN)
        if len(long_raw):
            lr = _rows(flat, long_raw)
            edge = pc.or_(pc.utf8_is_space(pc.utf8_slice_codeunits(lr, 0, 1)),
                          pc.utf8_is_space(pc.utf8_slice_codeunits(lr, -1)))
            fix = long_raw[edge.to_numpy(zero_copy_only=False)]
            for u, x in zip(fix.tolist(), _rows(flat, fix).to_pylist(), strict=True):
                lead[u] = len(x) - len(x.lstrip())
                clen[u] = len(x.strip())
        ms_trim = maybe_short[clen[maybe_short] != length[maybe_short]]
        ms_trim = ms_trim[clen[ms_trim] > 0]
        if len(ms_trim):  # leading whitespace, measured on the few lines that have any
            lines = _rows(flat, ms_trim).to_pylist()
            lead[ms_trim] = [len(x) - len(x.lstrip()) for x in lines]
        # drop empty lines: removing a unit deletes its line and newline; the rest is kept
        keep = np.flatnonzero(clen > 0)
        pos_ms = np.full(len(length), -1, dtype=np.int64)
        pos_ms[maybe_short] = np.arange(len(maybe_short))
        doc, seg_start, seg_end, clen, lead = doc[keep], seg_start[keep], seg_end[keep], clen[keep], lead[keep]
        flat_idx = keep
        counts = np.bincount(np.searchsorted(ml_idx, doc), minlength=len(ml_idx))
        start = seg_start + lead
        end = start + clen
        short = clen <= MAX_RULE_LEN
        short_idx = np.nonzero(short)[0]
        norm_short = _normalize_arrow(_rows(stripped_ms, pos_ms[flat_idx[short_idx]]), threads)
        long_idx = np.nonzero(~short)[0]

        def encode_keys() -> tuple[np.ndarray, Any]:
            # key ids: the normalised short units and the verbatim long ones are encoded
            # separately (they cannot collide: a long key is longer than any short one)
            enc_s = pc.dictionary_encode(norm_short)
            long_keys = _rows(flat, flat_idx[long_idx])
            if len(long_idx) and (lead[long_idx].any()
                                  or (clen[long_idx] != pc.utf8_length(long_keys).to_numpy()).any()):
                long_keys = pc.utf8_trim_whitespace(long_keys)
            enc_l = pc.dictionary_encode(long_keys)
            key_ids = np.empty(len(doc), dtype=np.int64)
            key_ids[short_idx] = enc_s.indices.to_numpy(zero_copy_only=False)
            key_ids[long_idx] = enc_l.indices.to_numpy(zero_copy_only=False) + len(enc_s.dictionary)
            # chunks, not one concatenated array: no copy of the (large) long-unit keys
            return key_ids, pa.chunked_array([enc_s.dictionary.cast(pa.large_string()),
                                              enc_l.dictionary.cast(pa.large_string())])

        pool = ThreadPoolExecutor(max_workers=1) if threads > 1 else None
        encoded = pool.submit(encode_keys) if pool is not None else None
        # pattern layer on candidates
        cat = np.full(len(doc), -1, dtype=np.int8)
        rule = np.full(len(doc), None, dtype=object)
        klen_short = pc.utf8_length(norm_short).to_numpy()
        cand = np.zeros(len(klen_short), dtype=bool)
        first_tok = pc.struct_field(pc.extract_regex(norm_short, r"^[^a-z0-9]{0,6}(?P<w>[a-z0-9]+)"), [0])
        lo = 0
        for hi in LENGTH_CLASSES:
            sub = np.nonzero((klen_short > lo) & (klen_short <= hi))[0]
            if len(sub):
                hit = pc.match_substring_regex(_rows(norm_short, sub), prefilter_pattern(lo))
                cand[sub[hit.to_numpy(zero_copy_only=False)]] = True
                fw = first_words(lo)
                if fw:
                    hit = pc.is_in(_rows(first_tok, sub), value_set=pa.array(fw))
                    cand[sub[hit.to_numpy(zero_copy_only=False)]] = True
            lo = hi
        tiny = np.nonzero(klen_short <= 40)[0]
        if len(tiny):
            hit = pc.match_substring_regex(_rows(norm_short, tiny), "[,;:|/]")
            cand[tiny[hit.to_numpy(zero_copy_only=False)]] = True
        cidx = np.nonzero(cand)[0]
        ckeys = _rows(norm_short, cidx).to_pylist()
        craws = _rows(stripped_ms, pos_ms[flat_idx[short_idx[cidx]]]).to_pylist()
        cat_index = {c: i for i, c in enumerate(CATEGORIES)}
        # a quarter of the candidates repeat (outlet trailers): match_rules matches each pair once
        for j, m in enumerate(match_rules(ckeys, craws)):
            if m is not None:
                u = short_idx[cidx[j]]
                cat[u] = cat_index[m.category]
                rule[u] = m.name
        if encoded is not None:
            key_ids, keys_arr = encoded.result()
            pool.shutdown()
        else:
            key_ids, keys_arr = encode_keys()
        part = {"doc": doc, "seg_start": seg_start, "seg_end": seg_end, "start": start, "end": end,
                "cat": cat, "rule": rule, "keys": keys_arr, "key_ids": key_ids, "clen": clen}
        part["flat"], part["flat_idx"], part["lead"] = flat, flat_idx, lead
        _post_rules(part, get_texts, titles, ml_idx, counts)
        del part["flat"], part["flat_idx"], part["lead"]
        parts.append(part)

    # --- articles without line breaks: sentence units, in Python
    sl_idx = np.nonzero(~multi)[0]
    if len(sl_idx):
        texts = dict(zip(sl_idx.tolist(), get_texts(sl_idx), strict=True))
        rows: dict[str, list[Any]] = {k: [] for k in ("doc", "seg_start", "seg_end", "start", "end", "cat",
                                                      "rule", "keys", "clen", "cut_end", "cut_rm")}
        cat_index = {c: i for i, c in enumerate(CATEGORIES)}
        for i in sl_idx:
            text = texts[i]
            title = titles[i] if isinstance(titles[i], str) else None
            units, cats, rules, cuts = _analyse(text, title) if text.strip() else ([], [], [], {})
            for ui, ((ss, se, s, e), c, r) in enumerate(zip(units, cats, rules, strict=True)):
                raw = text[s:e]
                rows["doc"].append(i)
                rows["seg_start"].append(ss)
                rows["seg_end"].append(se)
                rows["start"].append(s)
                rows["end"].append(e)
                rows["cat"].append(cat_index[c] if c else -1)
                rows["rule"].append(r)
                rows["keys"].append(normalize_line(raw) if 0 < e - s <= MAX_RULE_LEN else raw)
                rows["clen"].append(e - s)
                rows["cut_end"].append(cuts[ui][0] if ui in cuts else -1)
                rows["cut_rm"].append(cuts[ui][1] if ui in cuts else -1)
        part = {k: (np.asarray(v, dtype=np.int64) if k in ("doc", "seg_start", "seg_end", "start", "end",
                                                            "clen", "cut_end", "cut_rm") else v)
                for k, v in rows.items()}
        part["cat"] = np.asarray(rows["cat"], dtype=np.int8)
        part["rule"] = np.asarray(rows["rule"], dtype=object)
        enc = pc.dictionary_encode(pa.array(rows["keys"], type=pa.large_string()))
        part["keys"] = enc.dictionary
        part["key_ids"] = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        parts.append(part)

    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return UnitTable(empty, empty, empty, empty, empty, empty.astype(np.int32), empty,
                         empty.astype(np.int8), np.zeros(0, dtype=object), pa.array([], pa.large_string()),
                         n_docs, empty, empty)
    doc = np.concatenate([p["doc"] for p in parts]).astype(np.int64)
    order = np.argsort(doc, kind="stable")
    if len(parts) == 1:
        dictionary = parts[0]["keys"]
        key_id = parts[0]["key_ids"]
    else:  # unify the parts' dictionaries (the second part is small)
        d0, d1 = parts[0]["keys"], parts[1]["keys"]
        # hash the small dictionary, scan the large one
        back = pc.index_in(d0, value_set=d1).to_numpy(zero_copy_only=False)
        back = np.where(np.isnan(back.astype(float)), -1, back).astype(np.int64)
        pos = np.full(len(d1), -1, dtype=np.int64)
        hit = np.flatnonzero(back >= 0)
        pos[back[hit]] = hit
        new = np.flatnonzero(pos < 0)
        remap = pos.copy()
        remap[new] = len(d0) + np.arange(len(new))
        dictionary = pa.chunked_array([*_chunks(d0), _rows(d1, new).cast(pa.large_string())])
        key_id = np.concatenate([parts[0]["key_ids"], remap[parts[1]["key_ids"]]])
    key_id = key_id[order].astype(np.int32)
    klen_dict = pc.utf8_length(dictionary).to_numpy()

    def cat_(name: str, dtype: Any = np.int64) -> np.ndarray:
        return np.concatenate([np.asarray(p[name]) for p in parts]).astype(dtype)[order]

    return UnitTable(
        doc=doc[order], seg_start=cat_("seg_start"), seg_end=cat_("seg_end"), start=cat_("start"),
        end=cat_("end"), key_id=key_id, key_len=klen_dict[key_id].astype(np.int64),
        cat=cat_("cat", np.int8), rule=cat_("rule", object), keys=dictionary, n_docs=n_docs,
        cut_end=cat_("cut_end"), cut_rm=cat_("cut_rm"),
    )


def _post_rules(part: dict[str, Any], get_texts: Any, titles: Sequence[Any], doc_rows: np.ndarray,
                counts: np.ndarray) -> None:
    """Related-list continuation and headline repeats for the vectorised path (in place)."""
    cat = part["cat"]
    rule = part["rule"]
    keys = part["keys"]
    key_ids = part["key_ids"]
    clen = part["clen"]
    offsets = np.concatenate([[0], np.cumsum(counts)])
    rel_idx = CATEGORIES.index("related_links")
    art_idx = CATEGORIES.index("scraper_artifact")
    # related-article lists: only the (few) documents with a header
    header_units = np.nonzero(rule == "related_header")[0]
    if len(header_units):
        doc_pos = np.unique(np.searchsorted(offsets, header_units, side="right") - 1)
        ranges = [np.arange(offsets[d], offsets[d + 1]) for d in doc_pos]
        all_keys = _rows(keys, key_ids[np.concatenate(ranges)]).to_pylist()
        doc_texts = get_texts(doc_rows[doc_pos])
        at = 0
        for d, text in zip(doc_pos, doc_texts, strict=True):
            lo, hi = offsets[d], offsets[d + 1]
            ks = all_keys[at:at + hi - lo]
            at += hi - lo
            raws = [text[s:e] for s, e in zip(part["start"][lo:hi], part["end"][lo:hi], strict=True)]
            cats = [CATEGORIES[c] if c >= 0 else None for c in cat[lo:hi]]
            rules = list(rule[lo:hi])
            _continue_related(ks, raws, cats, rules, [i for i, r in enumerate(rules) if r == "related_header"])
            for i, (_c, r) in enumerate(zip(cats, rules, strict=True)):
                if r == "related_list_item":
                    cat[lo + i] = rel_idx
                    rule[lo + i] = r
    # a first non-empty line repeating the headline
    has_title = np.fromiter((isinstance(titles[i], str) and titles[i].strip() != "" for i in doc_rows),
                            dtype=bool, count=len(doc_rows))
    docs_with = np.flatnonzero(has_title & (counts > 0) & (clen[np.minimum(offsets[:-1], len(clen) - 1)] > 0)
                               if len(clen) else np.zeros(0, dtype=bool))
    if len(docs_with):
        first_units = offsets[docs_with]
        fk = _rows(keys, key_ids[first_units]).to_pylist()
        for u, d, k in zip(first_units.tolist(), docs_with.tolist(), fk, strict=True):
            if cat[u] < 0 and k == normalize_line(titles[doc_rows[d]]):
                cat[u] = art_idx
                rule[u] = "title_repeat"
    # a dateline opening the first body unit
    cut_end = np.full(len(cat), -1, dtype=np.int64)
    cut_rm = np.full(len(cat), -1, dtype=np.int64)
    body = np.flatnonzero((cat < 0) & (clen > 0))
    if len(body):
        unit_doc = np.searchsorted(offsets, body, side="right") - 1
        first_idx = np.flatnonzero(np.concatenate([[True], unit_doc[1:] != unit_doc[:-1]]))
        firsts = body[first_idx]
        lines = _rows(part["flat"], part["flat_idx"][firsts]).to_pylist()
        for u, line in zip(firsts.tolist(), lines, strict=True):
            st = int(part["start"][u])
            lead = int(part["lead"][u])
            raw = line[lead:lead + int(clen[u])]
            if not raw[:1].isupper():
                continue
            dl = dateline_prefix(raw)
            if dl is not None:
                cut_end[u] = st + dl[0]
                cut_rm[u] = st + dl[1]
    part["cut_end"] = cut_end
    part["cut_rm"] = cut_rm


# ------------------------------------------------------------------ the detector
def _uniq(a: np.ndarray) -> np.ndarray:
    """Sorted unique values (hash first, then sort the few: faster than np.unique on large arrays)."""
    return np.sort(pd.unique(a))


def _runs(sorted_a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Values and run lengths of a sorted array."""
    if len(sorted_a) == 0:
        return sorted_a, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate([[True], sorted_a[1:] != sorted_a[:-1]]))
    return sorted_a[starts], np.diff(np.append(starts, len(sorted_a)))


_LETTER_RE = re.compile(r"[^\W\d_]")


class BoilerplateDetector:
    """Learn each outlet's recurring boilerplate lines and remove them (with the pattern layer).

    Parameters
    ----------
    min_share : float
        A line is learned for an outlet when it occurs in at least this share of
        the outlet's distinct stories (default 0.05) ...
    min_count : int
        ... and in at least this many distinct stories (default 3). Outlets with
        fewer distinct stories get the pattern layer only (said in
        :meth:`report` and :attr:`outlets_`).
    near_duplicate_threshold : float
        Similarity at which two articles of one outlet count as one story (see
        :func:`framing.find_near_duplicates`; default 0.5).
    keep_reported : bool
        Never learn a line that looks like reported content (a quotation or a
        speech verb) and occurs in at least ``reported_min_outlets`` outlets
        (default True).
    reported_min_outlets : int
        See ``keep_reported`` (default 2).
    patterns : bool
        Also remove pattern-layer matches (default True).
    n_jobs : int, optional
        Threads for the vectorised (pyarrow) part of ``fit`` and ``transform``:
        ``None`` (default) uses pyarrow's thread count (``pyarrow.cpu_count()``),
        ``1`` one thread, ``-1`` all cores. The results do not depend on it.

    Attributes
    ----------
    learned_ : dict
        Outlet -> {normalised line: category} (``"recurring"`` when no pattern names it).
    outlets_ : pandas.DataFrame
        Per outlet: articles, distinct stories, learned lines, and whether the corpus layer applied.
    duplicates_ : pandas.DataFrame
        The near-duplicate groups found in ``fit`` (see :func:`framing.find_near_duplicates`).
    kept_reported_ : pandas.DataFrame
        Recurring lines *not* learned because they look like reported content shared across outlets.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import Corpus
    >>> from framing.boilerplate import BoilerplateDetector
    >>> stories = ["The ferry is late.", "Fish prices rose.", "A new pier opened.", "The mayor resigned."]
    >>> texts = [f"{s}\\nThe Harbour Bell thanks its {i} readers." for i, s in enumerate(stories)]
    >>> c = Corpus(pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": "Bell", "text": texts}))
    >>> det = BoilerplateDetector(min_count=3).fit(c)
    >>> out = det.transform(c)
    >>> out["text_body"][0]
    'The ferry is late.\\n'
    >>> det.report()[["outlet", "category", "line", "n_articles"]].values.tolist()[0]
    ['Bell', 'recurring', 'the harbour bell thanks its 0 readers.', 4]
    """

    def __init__(self, min_share: float = 0.05, min_count: int = 3, *, near_duplicate_threshold: float = 0.5,
                 keep_reported: bool = True, reported_min_outlets: int = 2, patterns: bool = True,
                 n_jobs: int | None = None) -> None:
        self.min_share = min_share
        self.min_count = min_count
        self.near_duplicate_threshold = near_duplicate_threshold
        self.keep_reported = keep_reported
        self.reported_min_outlets = reported_min_outlets
        self.patterns = patterns
        self.n_jobs = n_jobs

    # sklearn-style parameter access
    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters (scikit-learn convention)."""
        return {k: getattr(self, k) for k in ("min_share", "min_count", "near_duplicate_threshold",
                                              "keep_reported", "reported_min_outlets", "patterns", "n_jobs")}

    def set_params(self, **params: Any) -> BoilerplateDetector:
        """Set constructor parameters (scikit-learn convention)."""
        for k, v in params.items():
            if k not in self.get_params():
                raise ValueError(f"BoilerplateDetector has no parameter {k!r}")
            setattr(self, k, v)
        return self

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"BoilerplateDetector({args})"

    # ------------------------------------------------------------------ fit
    def _check(self, corpus: Any) -> Corpus:
        if isinstance(corpus, pd.DataFrame):
            corpus = Corpus(corpus)
        if not isinstance(corpus, Corpus):
            raise TypeError(f"BoilerplateDetector takes a framing.Corpus (or DataFrame), got {type(corpus).__name__}")
        if not 0 <= self.min_share <= 1:
            raise ValueError(f"min_share must be in [0, 1], got {self.min_share}")
        if int(self.min_count) < 1:
            raise ValueError(f"min_count must be >= 1, got {self.min_count}")
        return corpus

    def _table(self, corpus: Corpus) -> UnitTable:
        df = corpus._frame
        titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
        return _unit_table(df["text"], titles, arrow_threads(self.n_jobs))

    def fit(self, corpus: Corpus, y: Any = None) -> BoilerplateDetector:
        """Learn each outlet's recurring lines from ``corpus``. Returns ``self``."""
        from .duplicates import _groups_from_table

        corpus = self._check(corpus)
        table = self._table(corpus)
        self._fit_table(corpus, table, _groups_from_table)
        self._cache = (id(corpus), len(corpus), table)
        return self

    def _fit_table(self, corpus: Corpus, table: UnitTable, groups_fn: Any) -> None:
        df = corpus._frame
        doc_ids = df["doc_id"].astype(str).to_numpy()
        outlets = df["outlet"].astype(str).to_numpy()
        outlet_names, outlet_code = np.unique(outlets, return_inverse=True)
        n_docs = len(df)
        n_out = len(outlet_names)
        dup = groups_fn(table, doc_ids, outlet_code, threshold=self.near_duplicate_threshold)
        group = dup["group_of_doc"]  # int per doc; singletons have their own id
        self.duplicates_ = dup["frame"].assign(outlet=lambda d: outlets[d["_row"].to_numpy()]) \
            .drop(columns="_row")[["doc_id", "outlet", "group", "group_size", "similarity"]] \
            if len(dup["frame"]) else pd.DataFrame(columns=["doc_id", "outlet", "group", "group_size",
                                                             "similarity"])
        n_groups = int(group.max()) + 1 if n_docs else 0
        # distinct stories per outlet
        stories = np.zeros(n_out, dtype=np.int64)
        g_out = np.full(n_groups, -1, dtype=np.int64)
        g_out[group] = outlet_code
        np.add.at(stories, g_out[g_out >= 0], 1)
        articles = np.bincount(outlet_code, minlength=n_out)

        unit_out = outlet_code[table.doc] if len(table.doc) else np.zeros(0, dtype=np.int64)
        valid = table.key_len > 0
        kid = table.key_id.astype(np.int64)
        n_keys = len(table.keys)
        # (key, outlet) -> distinct stories, distinct articles
        ko = kid * n_out + unit_out
        s_code = _uniq((ko * n_groups + group[table.doc])[valid]) if n_groups else np.zeros(0, np.int64)
        ko_s, n_st = _runs(s_code // max(n_groups, 1))
        a_code = _uniq((ko * n_docs + table.doc)[valid])
        ko_a, n_art = _runs(a_code // max(n_docs, 1))

        def art_of(codes: list[int]) -> list[int]:
            """Distinct articles per (key, outlet) code (0 when absent), by binary search in ``ko_a``."""
            c = np.asarray(codes, dtype=np.int64)
            pos = np.minimum(np.searchsorted(ko_a, c), max(len(ko_a) - 1, 0))
            found = (ko_a[pos] == c) if len(ko_a) else np.zeros(len(c), dtype=bool)
            return np.where(found, n_art[pos] if len(ko_a) else 0, 0).tolist()
        # outlets per key (any article)
        key_outlets = np.bincount(_uniq(ko[valid]) // n_out, minlength=n_keys)

        o = ko_s % n_out
        k = ko_s // n_out
        share = n_st / np.maximum(stories[o], 1)
        rec = (n_st >= self.min_count) & (share >= self.min_share)
        learned: dict[str, dict[str, str]] = {}
        kept_rows = []
        cat_names = np.array([*CATEGORIES, "recurring"], dtype=object)
        # pattern category of each key (the first unit's), for learned keys
        key_cat = np.full(n_keys, -1, dtype=np.int64)
        pat = table.cat >= 0
        key_cat[table.key_id[pat]] = table.cat[pat]
        rec_rows = []
        for oi, ki, ns, _sh in zip(o[rec], k[rec], n_st[rec], share[rec], strict=True):
            line = table.key(ki)
            if not _LETTER_RE.search(line):  # separators, bare numbers
                continue
            if (self.keep_reported and key_cat[ki] < 0 and key_outlets[ki] >= self.reported_min_outlets
                    and looks_reported(line.lower())):
                kept_rows.append({"outlet": outlet_names[oi], "line": line, "n_stories": int(ns),
                                  "n_outlets": int(key_outlets[ki])})
                continue
            category = str(cat_names[key_cat[ki]]) if key_cat[ki] >= 0 else "recurring"
            learned.setdefault(str(outlet_names[oi]), {})[line] = category
            rec_rows.append((oi, ki, int(ns), category))
        self.learned_ = {o_: dict(sorted(v.items())) for o_, v in sorted(learned.items())}
        self.kept_reported_ = pd.DataFrame(kept_rows, columns=["outlet", "line", "n_stories", "n_outlets"]) \
            .sort_values(["outlet", "line"], ignore_index=True)
        n_learned = {o_: len(v) for o_, v in self.learned_.items()}
        self.outlets_ = pd.DataFrame({
            "outlet": outlet_names, "n_articles": articles, "n_stories": stories,
            "corpus_layer": stories >= self.min_count,
            "n_learned_lines": [n_learned.get(str(x), 0) for x in outlet_names],
        })
        self.outlets_["note"] = np.where(
            self.outlets_["corpus_layer"], "",
            "pattern layer only: fewer than min_count distinct stories")

        # ---- the report: learned lines + pattern-layer lines, per outlet
        rows = []
        learned_pairs = set()
        rec_art = art_of([int(ki) * n_out + int(oi) for oi, ki, _, _ in rec_rows])
        for (oi, ki, ns, category), na in zip(rec_rows, rec_art, strict=True):
            learned_pairs.add((oi, ki))
            rows.append({"outlet": outlet_names[oi], "category": category, "line": table.key(ki),
                         "n_articles": na, "share": na / articles[oi], "n_stories": ns,
                         "evidence": "pattern+recurring" if category != "recurring" else "recurring",
                         "example_doc_ids": None, "_o": oi, "_k": ki})
        if pat.any():
            pk = _uniq(ko[pat])
            for code, na in zip(pk.tolist(), art_of(pk), strict=True):
                oi, ki = code % n_out, code // n_out
                if (oi, ki) in learned_pairs:
                    continue
                small = stories[oi] < self.min_count
                rows.append({"outlet": outlet_names[oi], "category": CATEGORIES[key_cat[ki]],
                             "line": table.key(ki), "n_articles": na, "share": na / articles[oi],
                             "n_stories": None,
                             "evidence": "pattern (outlet too small: pattern layer only)" if small else "pattern",
                             "example_doc_ids": None, "_o": oi, "_k": ki})
        rep = pd.DataFrame(rows, columns=["outlet", "category", "line", "n_articles", "share", "n_stories",
                                          "evidence", "example_doc_ids", "_o", "_k"])
        if len(rep):
            # examples: first three doc_ids (sorted) per (outlet, key), computed in one pass
            want = rep["_k"].to_numpy(dtype=np.int64) * n_out + rep["_o"].to_numpy(dtype=np.int64)
            sel = np.flatnonzero(np.isin(ko, want))
            ex: dict[tuple[int, int], set[str]] = {}
            for code, d in zip(ko[sel].tolist(), table.doc[sel].tolist(), strict=True):
                ex.setdefault((code % n_out, code // n_out), set()).add(doc_ids[d])
            rep["example_doc_ids"] = [sorted(ex.get((a, b), ()))[:3] for a, b in zip(rep["_o"], rep["_k"],
                                                                                     strict=True)]
            rep["n_stories"] = rep["n_stories"].astype("Int64")
            rep = rep.sort_values(["outlet", "n_articles", "line"], ascending=[True, False, True],
                                  ignore_index=True)
        self._report = rep.drop(columns=["_o", "_k"])

    # ------------------------------------------------------------ transform
    def _check_fitted(self) -> None:
        if not hasattr(self, "learned_"):
            raise RuntimeError("This BoilerplateDetector is not fitted yet: call fit(corpus) first.")

    def transform(self, corpus: Corpus) -> Corpus:
        """A new Corpus with ``text_body``, ``boilerplate`` and ``body_segments`` columns.

        ``text_body`` is the text without boilerplate lines; ``body_segments`` the
        list of ``(raw_start, raw_end)`` pieces it is made of (map offsets with
        :func:`body_to_raw`); ``boilerplate`` the removed lines joined by newlines.
        Articles left empty are counted in the new corpus's ``report.flagged``
        and logged; their body features are NaN.
        """
        self._check_fitted()
        corpus = self._check(corpus)
        cache = getattr(self, "_cache", None)
        if cache is not None and cache[0] == id(corpus) and cache[1] == len(corpus):
            table = cache[2]
        else:
            table = self._table(corpus)
        return self._transform_table(corpus, table)

    def fit_transform(self, corpus: Corpus, y: Any = None) -> Corpus:
        """``fit(corpus).transform(corpus)``, building the unit table once."""
        return self.fit(corpus).transform(corpus)

    def removal_mask(self, corpus: Corpus, table: UnitTable | None = None) -> tuple[UnitTable, np.ndarray, np.ndarray]:
        """Internal: the unit table, the removed-unit mask and each unit's category name."""
        import pyarrow as pa
        import pyarrow.compute as pc

        self._check_fitted()
        if table is None:
            table = self._table(corpus)
        df = corpus._frame
        outlets = df["outlet"].astype(str).to_numpy()
        names = sorted(self.learned_)
        o_index = {o: i for i, o in enumerate(names)}
        doc_out = np.fromiter((o_index.get(o, -1) for o in outlets), dtype=np.int64, count=len(outlets))
        all_lines = sorted({line for v in self.learned_.values() for line in v})
        cats = np.array([*CATEGORIES, "recurring"], dtype=object)
        unit_cat = np.where(table.cat >= 0, table.cat, -1).astype(np.int64)
        removed = (table.cat >= 0) if self.patterns else np.zeros(len(table.cat), dtype=bool)
        if all_lines and len(table.doc):
            pos = pc.index_in(table.keys, value_set=pa.array(all_lines, type=pa.large_string()))
            pos = pos.to_numpy(zero_copy_only=False)
            pos = np.where(np.isnan(pos.astype(float)), -1, pos).astype(np.int64)
            line_pos = pos[table.key_id]
            allowed = np.zeros((len(names), len(all_lines)), dtype=np.int8)  # 0 no, else cat+1
            line_index = {line: i for i, line in enumerate(all_lines)}
            cat_code = {c: i for i, c in enumerate(cats)}
            for o, v in self.learned_.items():
                for line, c in v.items():
                    allowed[o_index[o], line_index[line]] = cat_code[c] + 1
            uo = doc_out[table.doc]
            m = (line_pos >= 0) & (uo >= 0)
            hit = np.zeros(len(m), dtype=np.int8)
            hit[m] = allowed[uo[m], line_pos[m]]
            learned_hit = hit > 0
            unit_cat = np.where(learned_hit & (unit_cat < 0), hit.astype(np.int64) - 1, unit_cat)
            removed = removed | learned_hit
        unit_names = np.where(unit_cat >= 0, cats[np.maximum(unit_cat, 0)], None)
        return table, removed, unit_names

    def _transform_table(self, corpus: Corpus, table: UnitTable) -> Corpus:
        df = corpus._frame
        texts = _text_array(df["text"]).to_pylist()  # "" for missing values, as str
        table, removed, _ = self.removal_mask(corpus, table)
        n = len(texts)
        bodies = list(texts)
        segments: list[list[tuple[int, int]]] = [[(0, len(t))] if t else [] for t in texts]
        removed_txt = [""] * n
        has_cut = table.cut_rm >= 0
        docs_hit = np.unique(table.doc[removed | has_cut])
        if len(docs_hit):
            bounds = np.searchsorted(table.doc, docs_hit, side="left"), np.searchsorted(table.doc, docs_hit,
                                                                                        side="right")
            ss, se, st, en = table.seg_start, table.seg_end, table.start, table.end
            for d, lo, hi in zip(docs_hit.tolist(), bounds[0].tolist(), bounds[1].tolist(), strict=True):
                t = texts[d]
                units = list(zip(ss[lo:hi].tolist(), se[lo:hi].tolist(), st[lo:hi].tolist(), en[lo:hi].tolist(),
                                 strict=True))
                rm = removed[lo:hi].tolist()
                cuts = {i: int(table.cut_rm[lo + i]) for i in np.flatnonzero(has_cut[lo:hi]).tolist()}
                segs = _kept_segments(units, rm, len(t), cuts)
                segments[d] = segs
                bodies[d] = "".join(t[a:b] for a, b in segs)
                removed_txt[d] = "\n".join(
                    t[u[2]:u[3]] if r else t[u[2]:int(table.cut_end[lo + i])]
                    for i, (u, r) in enumerate(zip(units, rm, strict=True)) if r or i in cuts)
        # inline link teasers and ad markers (framing.cleaning.inline_residue), as body_segments removes them
        teased = []
        for d, t in enumerate(texts):
            zones = inline_residue(t)
            if zones:
                segments[d] = _without(segments[d], zones)
                bodies[d] = "".join(t[a:b] for a, b in segments[d])
                removed_txt[d] = "\n".join(x for x in [removed_txt[d], *(t[a:b] for a, b in zones)] if x)
                teased.append(d)
        # only an article that lost a unit or a teaser can have become empty
        empty = [d for d in sorted(set(docs_hit.tolist()) | set(teased)) if texts[d].strip() and not bodies[d].strip()]
        report = copy.deepcopy(corpus.report)
        if empty:
            ids = df["doc_id"].astype(str).to_numpy()[empty]
            report.add_flagged("body empty after boilerplate removal (body features NaN)", len(empty), ids[:5])
            logger.warning("BoilerplateDetector: %d article(s) have an empty body after boilerplate removal; "
                           "their body features will be NaN (examples: %s)", len(empty), ", ".join(ids[:5]))
        # the text column's own string dtype: pandas' inference from an object array
        # of long strings costs ten times more than this conversion
        sdt = df["text"].dtype if isinstance(df["text"].dtype, pd.StringDtype) else object
        out = corpus.with_columns(text_body=pd.Series(bodies, dtype=sdt),
                                  boilerplate=pd.Series(removed_txt, dtype=sdt),
                                  body_segments=pd.Series(segments, dtype=object))
        out.report = report
        return out

    # --------------------------------------------------------------- report
    def report(self) -> pd.DataFrame:
        """Per outlet, the boilerplate lines found, with their evidence.

        Returns
        -------
        pandas.DataFrame
            Columns ``outlet, category, line`` (normalised), ``n_articles`` and
            ``share`` (of the outlet's articles carrying the line), ``n_stories``
            (distinct stories, for learned lines), ``evidence`` (``"recurring"``,
            ``"pattern+recurring"``, ``"pattern"``, or ``"pattern (outlet too small:
            pattern layer only)"``) and ``example_doc_ids`` (up to three, sorted).
        """
        self._check_fitted()
        return self._report.copy()

    def spans(self, corpus: Corpus) -> pd.DataFrame:
        """Every removed line of ``corpus`` as a span: ``doc_id, start, end, category, rule, text``.

        Examples
        --------
        >>> import pandas as pd
        >>> from framing import Corpus
        >>> c = Corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": ["News.\\nADVERTISEMENT"]}))
        >>> BoilerplateDetector().fit(c).spans(c)[["doc_id", "category", "text"]].values.tolist()
        [['a', 'ad_notice', 'ADVERTISEMENT']]
        """
        corpus = self._check(corpus)
        cache = getattr(self, "_cache", None)
        table = cache[2] if cache is not None and cache[0] == id(corpus) and cache[1] == len(corpus) else None
        table, removed, names = self.removal_mask(corpus, table)
        df = corpus._frame
        texts = df["text"].tolist()
        ids = df["doc_id"].astype(str).to_numpy()
        idx = np.nonzero(removed)[0]
        rows = [{"doc_id": ids[table.doc[i]], "start": int(table.start[i]), "end": int(table.end[i]),
                 "category": names[i], "rule": table.rule[i] if table.rule[i] is not None else "recurring",
                 "text": texts[table.doc[i]][table.start[i]:table.end[i]]} for i in idx.tolist()]
        for i in np.flatnonzero((table.cut_end >= 0) & ~removed).tolist():
            rows.append({"doc_id": ids[table.doc[i]], "start": int(table.start[i]), "end": int(table.cut_end[i]),
                         "category": "byline_dateline", "rule": "dateline",
                         "text": texts[table.doc[i]][table.start[i]:table.cut_end[i]]})
        rows.sort(key=lambda r: (r["doc_id"], r["start"]))
        return pd.DataFrame(rows, columns=["doc_id", "start", "end", "category", "rule", "text"])
