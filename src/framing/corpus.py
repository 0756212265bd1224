"""The :class:`Corpus`: a validated wrapper over one pandas DataFrame of articles.

Canonical columns
-----------------
``doc_id`` (unique str), ``outlet`` (str), ``text`` (str); optional ``title``
(str), ``date`` (datetime64), ``url`` (str), ``author`` (str); any other column
(labels such as ``bias`` or ``veracity``) is kept as the user gave it.

A Corpus is immutable in spirit: every method returns a new Corpus and the
DataFrame handed in is never modified.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["Corpus", "LoadReport", "CANONICAL_COLUMNS", "OPTIONAL_COLUMNS", "as_text_frame"]

CANONICAL_COLUMNS = ("doc_id", "outlet", "text")
OPTIONAL_COLUMNS = ("title", "date", "url", "author")


@dataclass
class LoadReport:
    """What a loader read, kept, repaired and skipped, and why.

    Attributes
    ----------
    source : str
        Where the rows came from (a path, ``"DataFrame"``, a dataset name).
    rows_read : int
        Rows (records, lines, files) read from the source.
    rows_kept : int
        Rows in the resulting corpus.
    column_map : dict
        Canonical column -> source column (or how it was derived).
    repaired : dict
        Reason -> number of rows repaired (decoding fallback, mojibake, ...).
    flagged : dict
        Reason -> number of rows kept but worth knowing about (empty text, ...).
    skipped : dict
        Reason -> number of rows not kept.
    notes : list of str
        Free-text remarks (inferences, fallbacks) in the order they happened.
    examples : dict
        Reason -> up to five doc_ids (or row numbers) showing it.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import read_corpus
    >>> report = read_corpus(pd.DataFrame({"text": ["ok", None], "outlet": ["X", "X"]})).report
    >>> report.rows_kept, report.flagged
    (2, {'text missing (kept as empty string)': 1})
    """

    source: str = "DataFrame"
    rows_read: int = 0
    rows_kept: int = 0
    column_map: dict[str, str] = field(default_factory=dict)
    repaired: dict[str, int] = field(default_factory=dict)
    flagged: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def _add(self, bucket: dict[str, int], reason: str, n: int, examples: Any = ()) -> None:
        if n <= 0:
            return
        bucket[reason] = bucket.get(reason, 0) + int(n)
        ex = self.examples.setdefault(reason, [])
        for e in examples:
            if len(ex) >= 5:
                break
            ex.append(str(e))

    def add_repaired(self, reason: str, n: int, examples: Any = ()) -> None:
        """Count ``n`` rows repaired for ``reason``."""
        self._add(self.repaired, reason, n, examples)

    def add_flagged(self, reason: str, n: int, examples: Any = ()) -> None:
        """Count ``n`` rows kept but flagged for ``reason``."""
        self._add(self.flagged, reason, n, examples)

    def add_skipped(self, reason: str, n: int, examples: Any = ()) -> None:
        """Count ``n`` rows skipped for ``reason``."""
        self._add(self.skipped, reason, n, examples)

    def merge(self, other: LoadReport) -> None:
        """Add another report's counts to this one (used when streaming chunks)."""
        self.rows_read += other.rows_read
        self.rows_kept += other.rows_kept
        for mine, theirs in (
            (self.repaired, other.repaired),
            (self.flagged, other.flagged),
            (self.skipped, other.skipped),
        ):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        for k, v in other.examples.items():
            ex = self.examples.setdefault(k, [])
            ex.extend(v[: max(0, 5 - len(ex))])
        for n in other.notes:
            if n not in self.notes:
                self.notes.append(n)
        for k, v in other.column_map.items():
            self.column_map.setdefault(k, v)

    def to_frame(self) -> pd.DataFrame:
        """The counts as a tidy DataFrame with columns ``status, reason, rows, examples``.

        Examples
        --------
        >>> r = LoadReport(rows_read=3, rows_kept=2)
        >>> r.add_skipped("duplicate doc_id", 1, ["a"])
        >>> r.to_frame()[["status", "reason", "rows"]].to_dict("records")[-1]
        {'status': 'skipped', 'reason': 'duplicate doc_id', 'rows': 1}
        """
        rows = [
            {"status": "read", "reason": "", "rows": self.rows_read, "examples": ""},
            {"status": "kept", "reason": "", "rows": self.rows_kept, "examples": ""},
        ]
        for status, bucket in (
            ("repaired", self.repaired),
            ("flagged", self.flagged),
            ("skipped", self.skipped),
        ):
            for reason, n in bucket.items():
                ex = ", ".join(self.examples.get(reason, []))
                rows.append({"status": status, "reason": reason, "rows": n, "examples": ex})
        return pd.DataFrame(rows, columns=["status", "reason", "rows", "examples"])

    def __str__(self) -> str:
        parts = [f"read {self.rows_read:,} rows from {self.source}, kept {self.rows_kept:,}"]
        for label, bucket in (
            ("repaired", self.repaired),
            ("flagged", self.flagged),
            ("skipped", self.skipped),
        ):
            if bucket:
                items = "; ".join(f"{k}: {v:,}" for k, v in bucket.items())
                parts.append(f"{label}: {items}")
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return _report_html(self)


def _report_html(report: LoadReport) -> str:
    esc = html.escape
    rows = "".join(
        f"<tr><td>{esc(str(r.status))}</td><td>{esc(str(r.reason))}</td>"
        f"<td style='text-align:right'>{r.rows:,}</td><td>{esc(str(r.examples))}</td></tr>"
        for r in report.to_frame().itertuples()
    )
    notes = "".join(f"<li>{esc(n)}</li>" for n in report.notes)
    cmap = ", ".join(f"{esc(k)} &larr; {esc(v)}" for k, v in report.column_map.items())
    return (
        f"<div class='framing-load-report'><b>Load report</b> ({esc(report.source)})"
        f"<table><tr><th>status</th><th>reason</th><th>rows</th><th>examples</th></tr>{rows}</table>"
        + (f"<p>Columns: {cmap}</p>" if cmap else "")
        + (f"<ul>{notes}</ul>" if notes else "")
        + "</div>"
    )


class Corpus:
    """A validated collection of news articles backed by one pandas DataFrame.

    Build one with :func:`framing.read_corpus` (which infers columns and repairs
    text) or directly from a DataFrame that already has the canonical columns.

    Parameters
    ----------
    frame : pandas.DataFrame
        Must hold ``doc_id``, ``outlet`` and ``text``; ``title``, ``date``, ``url``
        and ``author`` are optional; other columns are kept. The frame is copied
        (shallowly), never modified.
    report : LoadReport, optional
        The load report of the loader that made this corpus.

    Raises
    ------
    ValueError
        If a canonical column is missing, ``doc_id`` has duplicates or missing
        values, or ``text``/``outlet`` are not strings.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import Corpus
    >>> c = Corpus(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                          "text": ["One.", "Two."]}))
    >>> len(c), list(c.outlets.index)
    (2, ['X', 'Y'])
    """

    def __init__(self, frame: pd.DataFrame, *, report: LoadReport | None = None) -> None:
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(
                f"Corpus(frame=...) takes a pandas DataFrame, got {type(frame).__name__}; "
                "use framing.read_corpus(...) to load files or other objects."
            )
        missing = [c for c in CANONICAL_COLUMNS if c not in frame.columns]
        if missing:
            raise ValueError(
                f"Corpus is missing column(s) {missing}; available columns: "
                f"{list(map(str, frame.columns))}. Use framing.read_corpus(df, text=..., "
                "outlet=..., doc_id=...) to map or derive them."
            )
        ids = frame["doc_id"]
        if ids.isna().any():
            rows = list(ids[ids.isna()].index[:5])
            raise ValueError(f"doc_id has missing values (rows {rows}); give every article an id.")
        if ids.duplicated().any():
            dups = list(dict.fromkeys(ids[ids.duplicated()].astype(str)))[:10]
            raise ValueError(
                f"doc_id must be unique; duplicates: {dups}. Pass on_duplicate='keep-first' "
                "or 'drop' to framing.read_corpus to resolve them."
            )
        for col in ("text", "outlet"):
            bad = ~frame[col].map(lambda v: isinstance(v, str))
            if bad.any():
                first = frame.loc[bad, "doc_id"].head(5).tolist()
                raise ValueError(
                    f"column {col!r} must hold strings; non-strings in rows with doc_id {first}. "
                    "framing.read_corpus converts and reports them."
                )
        self._frame = frame.copy(deep=False)
        self._frame.index = pd.RangeIndex(len(self._frame))
        self.report = report if report is not None else LoadReport(
            source="DataFrame", rows_read=len(frame), rows_kept=len(frame)
        )

    # ------------------------------------------------------------------ basics
    @property
    def frame(self) -> pd.DataFrame:
        """The articles as a DataFrame (a shallow copy: changing it leaves the corpus intact)."""
        return self._frame.copy(deep=False)

    @property
    def texts(self) -> pd.Series:
        """The ``text`` column."""
        return self._frame["text"]

    @property
    def doc_ids(self) -> pd.Series:
        """The ``doc_id`` column."""
        return self._frame["doc_id"]

    @property
    def columns(self) -> list[str]:
        """Column names."""
        return [str(c) for c in self._frame.columns]

    @property
    def outlets(self) -> pd.Series:
        """Number of articles per outlet, largest first.

        Examples
        --------
        >>> from framing.datasets import load_sample
        >>> int(load_sample().outlets.sum()) > 0
        True
        """
        counts = self._frame["outlet"].value_counts()
        counts.name = "articles"
        counts.index.name = "outlet"
        return counts

    def __len__(self) -> int:
        return len(self._frame)

    def __iter__(self) -> Iterator[Any]:
        """Iterate over articles as named tuples (``row.doc_id``, ``row.text``, ...)."""
        return self._frame.itertuples(index=False, name="Article")

    def __getitem__(self, column: str) -> pd.Series:
        return self._frame[column]

    def __contains__(self, column: object) -> bool:
        return column in self._frame.columns

    # ------------------------------------------------------------- selection
    def filter(
        self,
        mask: Any = None,
        *,
        outlet: str | list[str] | None = None,
        date_from: Any = None,
        date_to: Any = None,
        **equals: Any,
    ) -> Corpus:
        """Return the articles that match every condition given.

        Parameters
        ----------
        mask : boolean array-like, callable or str, optional
            A boolean mask aligned with the corpus, a function of the DataFrame
            returning one, or a :meth:`pandas.DataFrame.query` string.
        outlet : str or list of str, optional
            Keep these outlets.
        date_from, date_to : date-like, optional
            Inclusive bounds on ``date``.
        **equals
            ``column=value`` (or ``column=[values]``) conditions.

        Returns
        -------
        Corpus

        Examples
        --------
        >>> from framing.datasets import load_sample
        >>> c = load_sample()
        >>> one = c.outlets.index[0]
        >>> set(c.filter(outlet=one).frame["outlet"]) == {one}
        True
        """
        df = self._frame
        keep = pd.Series(True, index=df.index)
        if mask is not None:
            if isinstance(mask, str):
                keep &= df.index.isin(df.query(mask).index)
            elif callable(mask):
                keep &= pd.Series(mask(df), index=df.index).astype(bool)
            else:
                m = pd.Series(list(mask) if not isinstance(mask, pd.Series) else mask.values)
                if len(m) != len(df):
                    raise ValueError(
                        f"filter(mask=...) has {len(m)} values but the corpus has {len(df)} rows."
                    )
                keep &= m.astype(bool).values
        if outlet is not None:
            outlets = [outlet] if isinstance(outlet, str) else list(outlet)
            unknown = sorted(set(outlets) - set(df["outlet"]))
            if unknown:
                raise ValueError(
                    f"filter(outlet=...): unknown outlet(s) {unknown}; known: "
                    f"{sorted(df['outlet'].unique())[:20]}"
                )
            keep &= df["outlet"].isin(outlets)
        if date_from is not None or date_to is not None:
            if "date" not in df.columns:
                raise ValueError("filter(date_from/date_to): this corpus has no 'date' column.")
            if date_from is not None:
                keep &= df["date"] >= pd.Timestamp(date_from)
            if date_to is not None:
                keep &= df["date"] <= pd.Timestamp(date_to)
        for col, value in equals.items():
            if col not in df.columns:
                raise ValueError(f"filter({col}=...): no column {col!r}; columns: {self.columns}")
            if isinstance(value, (list, tuple, set, frozenset)):
                keep &= df[col].isin(list(value))
            else:
                keep &= df[col] == value
        return self._derive(df[keep.values])

    def sample(
        self,
        n: int | None = None,
        *,
        frac: float | None = None,
        by: str | None = None,
        random_state: int | None = 0,
    ) -> Corpus:
        """A random subset, optionally ``n`` (or ``frac``) per group of ``by``.

        Parameters
        ----------
        n : int, optional
            Number of articles (per group with ``by``); capped at the group size.
        frac : float, optional
            Fraction instead of ``n``.
        by : str, optional
            Column to stratify on, e.g. ``"outlet"``.
        random_state : int, optional
            Seed (default 0, so results are reproducible).

        Returns
        -------
        Corpus

        Examples
        --------
        >>> from framing.datasets import load_sample
        >>> c = load_sample().sample(2, by="outlet")
        >>> int(c.outlets.max())
        2
        """
        if (n is None) == (frac is None):
            raise ValueError("sample(): give exactly one of n= or frac=.")
        df = self._frame
        if by is None:
            if n is not None:
                out = df.sample(n=min(n, len(df)), random_state=random_state)
            else:
                out = df.sample(frac=frac, random_state=random_state)
        else:
            if by not in df.columns:
                raise ValueError(f"sample(by={by!r}): no such column; columns: {self.columns}")
            parts = []
            for _, g in df.groupby(by, sort=True, observed=True):
                if n is not None:
                    parts.append(g.sample(n=min(n, len(g)), random_state=random_state))
                else:
                    parts.append(g.sample(frac=frac, random_state=random_state))
            out = pd.concat(parts) if parts else df.iloc[:0]
        return self._derive(out)

    def with_columns(self, **columns: Any) -> Corpus:
        """A new Corpus with columns added or replaced (the original is untouched).

        Examples
        --------
        >>> from framing.datasets import load_sample
        >>> c = load_sample()
        >>> "n_chars" in c.with_columns(n_chars=c.texts.str.len())
        True
        """
        df = self._frame.copy(deep=False)
        for k, v in columns.items():
            df[k] = v.values if isinstance(v, pd.Series) else v
        return self._derive(df)

    def _derive(self, df: pd.DataFrame) -> Corpus:
        new = Corpus.__new__(Corpus)
        new._frame = df.reset_index(drop=True)
        new.report = self.report
        return new

    # ------------------------------------------------------------- display
    def _summary(self) -> dict[str, Any]:
        df = self._frame
        info: dict[str, Any] = {
            "documents": len(df),
            "outlets": int(df["outlet"].nunique()),
            "columns": self.columns,
        }
        if "date" in df.columns and pd.api.types.is_datetime64_any_dtype(df["date"]):
            d = df["date"].dropna()
            info["date_range"] = (
                (d.min().date().isoformat(), d.max().date().isoformat()) if len(d) else None
            )
        info["median_words"] = (
            int(df["text"].str.split().str.len().median()) if len(df) else 0
        )
        return info

    def __repr__(self) -> str:
        s = self._summary()
        top = ", ".join(f"{k} ({v})" for k, v in self.outlets.head(5).items())
        more = "" if s["outlets"] <= 5 else f", ... {s['outlets'] - 5} more"
        dr = s.get("date_range")
        dates = f", {dr[0]} to {dr[1]}" if dr else ""
        return (
            f"<Corpus: {s['documents']:,} documents, {s['outlets']} outlets{dates}>\n"
            f"  outlets: {top}{more}\n  columns: {', '.join(s['columns'])}"
        )

    def _repr_html_(self) -> str:
        from .html import corpus_card

        return corpus_card(self)


def as_text_frame(data: Any, *, caller: str) -> pd.DataFrame:
    """Normalise the inputs every text-consuming function accepts to a DataFrame with ``text``.

    Accepted: a :class:`Corpus`; a DataFrame with a ``text`` (or ``text_body``)
    column, or with exactly one column (as scikit-learn's ``ColumnTransformer``
    passes it); a Series (its index becomes ``doc_id``); a 1-D or one-column
    array; any iterable of texts. A ``doc_id`` column is added (row positions as
    strings) when the input has none. The input is never modified.

    Parameters
    ----------
    data : Corpus, DataFrame, Series, array or iterable of str
        The articles.
    caller : str
        Name used in error messages (e.g. ``"extract_features"``).

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    TypeError
        For a single string (a common slip: wrap it in a list).
    ValueError
        For a DataFrame without a text column, or an array that is not 1-D.

    Examples
    --------
    >>> as_text_frame(["a", "b"], caller="demo")[["doc_id", "text"]].values.tolist()
    [['0', 'a'], ['1', 'b']]
    """
    if isinstance(data, Corpus):
        return data._frame
    if isinstance(data, str):
        raise TypeError(f"{caller} takes a Corpus, a DataFrame or a list of texts, not one string; "
                        f"wrap it in a list: {caller}([text]).")
    if isinstance(data, pd.DataFrame):
        if "text" in data.columns or "text_body" in data.columns:
            df = data
        elif data.shape[1] == 1:
            df = pd.DataFrame({"text": data.iloc[:, 0].to_numpy(dtype=object)}, index=data.index)
        else:
            raise ValueError(
                f"{caller}: the DataFrame has no 'text' column (columns: {list(map(str, data.columns))}); "
                "load it with framing.read_corpus(df, text=...) first, or select one text column."
            )
        if "doc_id" not in df.columns:
            df = df.assign(doc_id=[str(i) for i in range(len(df))])
        return df
    if isinstance(data, pd.Series):
        return pd.DataFrame({"text": data.to_numpy(dtype=object), "doc_id": data.index.astype(str)})
    if isinstance(data, np.ndarray):
        if data.ndim == 2 and data.shape[1] == 1:
            data = data[:, 0]
        elif data.ndim != 1:
            raise ValueError(f"{caller}: expected a 1-D array of texts, got shape {data.shape}.")
        texts = list(data)
    else:
        texts = list(data)
    return pd.DataFrame({"text": pd.Series(texts, dtype=object),
                         "doc_id": [str(i) for i in range(len(texts))]})
