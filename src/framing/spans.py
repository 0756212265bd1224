"""The span contract: evidence for every measure, as character offsets into the text.

:func:`annotate` returns one row per span with the columns in :data:`SPAN_COLUMNS`:

``start``, ``end``
    Character offsets into the text given (``text[start:end] == span.text``).
``kind``
    ``"quote"``, ``"attribution"`` or ``"boilerplate"``.
``subtype``
    quotes: ``direct``, ``partial``, ``scare``, ``title``; attributions:
    ``direct``, ``indirect``, ``according_to``, ``relay``; boilerplate: its category.
``speaker``, ``cue``
    quotes: who speaks (full name where the article gives it) and the cue linked to it.
``cue``, ``cue_tone``, ``source``, ``source_type``
    attributions: the cue expression (lower-cased), its tone (``neutral``,
    ``loaded``, ``relay``), the cited source and its type.

Span finders live in their own modules (:mod:`framing.quotes`,
:mod:`framing.attribution`, :mod:`framing.boilerplate`) and register themselves
with :func:`register_spans`; this module only composes them.
"""

from __future__ import annotations

import inspect
import operator
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd

from ._builtin import load_builtin

__all__ = [
    "Span",
    "SPAN_COLUMNS",
    "register_spans",
    "find_spans",
    "spans_frame",
    "annotate",
    "annotate_corpus",
    "span_finders",
]


class Span(NamedTuple):
    """One piece of evidence in a text (see the module docstring for the fields).

    Examples
    --------
    >>> text = "Officials said the road was closed."
    >>> s = Span(10, 14, "attribution", "indirect", text[10:14], cue="said",
    ...          cue_tone="neutral", source="Officials", source_type="anonymous")
    >>> text[s.start:s.end] == s.text
    True
    """

    start: int
    end: int
    kind: str
    subtype: str
    text: str
    speaker: str | None = None
    cue: str | None = None
    cue_tone: str | None = None
    source: str | None = None
    source_type: str | None = None


SPAN_COLUMNS: list[str] = list(Span._fields)

#: A span finder takes ``(text, title)`` and returns spans over ``text``; one that
#: also takes an ``outlet`` keyword gets the publishing outlet's name when it is known.
SpanFinder = Callable[[str, "str | None"], list[Span]]

_FINDERS: dict[str, tuple[tuple[str, ...], SpanFinder, bool]] = {}  # name -> (kinds, finder, takes outlet)


def _takes_outlet(finder: SpanFinder) -> bool:
    try:
        params = inspect.signature(finder).parameters
    except (TypeError, ValueError):  # builtins without a signature
        return False
    return "outlet" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def register_spans(name: str, kinds: Iterable[str], finder: SpanFinder) -> SpanFinder:
    """Register a span finder under ``name`` producing spans of ``kinds``.

    Registering the same name again replaces the finder (useful for user
    extensions and tests). A finder whose signature has an ``outlet`` keyword
    receives the publishing outlet's name when the caller knows it
    (:func:`annotate` with ``outlet=``, :func:`annotate_corpus`, the feature
    families); others are called with ``(text, title)`` only.

    Examples
    --------
    >>> import re
    >>> def hashtags(text, title=None):
    ...     return [Span(m.start(), m.end(), "hashtag", "hashtag", m.group())
    ...             for m in re.finditer(r"#\\w+", text)]
    >>> _ = register_spans("hashtags", ["hashtag"], hashtags)
    >>> annotate("Big news #breaking", kinds=["hashtag"])["text"].tolist()
    ['#breaking']
    >>> unregister_spans("hashtags")
    """
    _FINDERS[name] = (tuple(kinds), finder, _takes_outlet(finder))
    return finder


def unregister_spans(name: str) -> None:
    """Remove a registered span finder (no error if absent)."""
    _FINDERS.pop(name, None)




def span_finders() -> dict[str, tuple[str, ...]]:
    """Registered finders and the span kinds each produces.

    Examples
    --------
    >>> "quote" in {k for kinds in span_finders().values() for k in kinds}
    True
    """
    load_builtin()
    return {name: kinds for name, (kinds, _, _) in _FINDERS.items()}


def find_spans(text: object, title: object = None, *, kinds: Iterable[str] | None = None,
               outlet: object = None) -> list[Span]:
    """All spans of ``text`` as a sorted list of :class:`Span` (the fast path of :func:`annotate`).

    Non-string input (None, NaN, numbers) gives an empty list. ``title``,
    ``kinds`` and ``outlet`` are as in :func:`annotate`.

    Examples
    --------
    >>> find_spans(None)
    []
    """
    if not isinstance(text, str) or not text:
        return []
    load_builtin()
    t = title if isinstance(title, str) else None
    o = outlet if isinstance(outlet, str) and outlet.strip() else None
    wanted = set(kinds) if kinds is not None else None
    out: list[Span] = []
    for fkinds, finder, takes_outlet in _FINDERS.values():
        if wanted is not None and not wanted.intersection(fkinds):
            continue
        spans = finder(text, t, outlet=o) if o is not None and takes_outlet else finder(text, t)
        if wanted is not None:
            spans = [s for s in spans if s.kind in wanted]
        out.extend(spans)
    out.sort(key=_START_END_KIND)
    return out


_START_END_KIND = operator.itemgetter(0, 1, 2)  # (s.start, s.end, s.kind), read in C


def spans_frame(spans: list[Span]) -> pd.DataFrame:
    """Spans as a DataFrame with :data:`SPAN_COLUMNS` (``start``/``end`` int64, the rest object).

    Examples
    --------
    >>> spans_frame([]).columns.tolist() == SPAN_COLUMNS
    True
    """
    n = len(spans)
    # the columns as rows (one transpose in C): offsets (2, n), the other fields (8, n)
    fields = np.empty((len(SPAN_COLUMNS) - 2, n), dtype=object)
    if n:
        cols = list(zip(*spans, strict=True))
        offsets = np.array(cols[:2], dtype=np.int64)
        fields[:] = cols[2:]
    else:
        offsets = np.empty((2, 0), dtype=np.int64)
    if _from_blocks is not None:
        # One int64 and one object block handed to pandas as they are (no type
        # inference): ~15x faster than the constructor below, which matters
        # because annotate() is called once per article.
        return _from_blocks([(offsets, _OFFSET_PLACES), (fields, _FIELD_PLACES)], pd.RangeIndex(n), _SPAN_INDEX)
    return _spans_frame_public(offsets.T, fields.T)


def _spans_frame_public(offsets: np.ndarray, fields: np.ndarray) -> pd.DataFrame:
    """The same frame as :func:`spans_frame`, built with public pandas constructors only."""
    return pd.concat(
        [
            pd.DataFrame(offsets, columns=SPAN_COLUMNS[:2]),
            pd.DataFrame(fields, columns=SPAN_COLUMNS[2:], dtype=object),
        ],
        axis=1,
    )


try:  # pandas >= 3.0: the documented low-level constructor for libraries
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pragma: no cover - older pandas
    _from_blocks = None
_SPAN_INDEX = pd.Index(SPAN_COLUMNS)
_OFFSET_PLACES = np.arange(2)
_FIELD_PLACES = np.arange(2, len(SPAN_COLUMNS))


def annotate(text: object, *, title: object = None, outlet: object = None,
             kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """Find quotes, attributions and boilerplate in one article.

    Parameters
    ----------
    text : str
        The article text. ``None``/NaN/empty give an empty frame.
    title : str, optional
        The headline (helps to recognise a headline repeated in the text).
    outlet : str, optional
        The publishing outlet's name (``"The Daily Blaze"``). An attribution to
        the outlet itself (``told the Blaze``, ``a Daily Blaze reporter``) is its
        own reporting, not relay (media citing media). Without it only explicit
        self-references (``told us``, ``told this newspaper``) are recognised.
    kinds : iterable of str, optional
        Restrict to these span kinds (``"quote"``, ``"attribution"``, ``"boilerplate"``).

    Returns
    -------
    pandas.DataFrame
        One row per span, sorted by ``start``, with the columns :data:`SPAN_COLUMNS`.

    Examples
    --------
    >>> from framing import annotate
    >>> spans = annotate('“We will rebuild the bridge,” said Mayor Ana Ruiz.')
    >>> spans[["kind", "subtype", "text"]].values.tolist()[0]
    ['quote', 'direct', 'We will rebuild the bridge,']
    """
    return spans_frame(find_spans(text, title, kinds=kinds, outlet=outlet))


def annotate_corpus(
    data: object,
    *,
    kinds: Iterable[str] | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Annotate every article of a corpus into one DataFrame (faster than calling :func:`annotate` per article).

    Parameters
    ----------
    data : Corpus, DataFrame with a ``text`` column, or iterable of str
        The articles; ``title`` and ``outlet`` are used when present (see :func:`annotate`).
    kinds : iterable of str, optional
        Restrict to these span kinds.
    progress : bool, optional
        Show a progress bar; ``None`` shows one for long runs in a terminal or notebook.

    Returns
    -------
    pandas.DataFrame
        ``doc_id`` followed by :data:`SPAN_COLUMNS`, one row per span, in corpus
        order then by ``start``. Offsets are into each article's ``text``.

    Examples
    --------
    >>> spans = annotate_corpus(["“Yes,” she said.", "No quotes here."])
    >>> spans[["doc_id", "kind", "text"]].values.tolist()[0]
    ['0', 'quote', 'Yes,']
    """
    from ._progress import progress_bar
    from .corpus import as_text_frame

    df = as_text_frame(data, caller="annotate_corpus")
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    outlets = df["outlet"].tolist() if "outlet" in df.columns else [None] * len(df)
    kinds = list(kinds) if kinds is not None else None
    ids: list[str] = []
    rows: list[Span] = []
    bar = progress_bar(progress, len(df), desc="annotate")
    try:
        for doc_id, text, title, outlet in zip(df["doc_id"].astype(str), df["text"].tolist(), titles, outlets,
                                               strict=True):
            spans = find_spans(text, title, kinds=kinds, outlet=outlet)
            ids.extend([doc_id] * len(spans))
            rows.extend(spans)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    out = spans_frame(rows)
    out.insert(0, "doc_id", pd.Series(ids, dtype=object))
    return out
