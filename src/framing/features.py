"""Feature extraction: run the registered families over a corpus and return one row per article.

Minimal sequential version (the Foundation); the feature-pipeline issue adds
parallelism, chunking, progress bars, streaming to Parquet and the sklearn
transformer on top of :func:`extract_features`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus
from .document import Doc
from .registry import Family, resolve_families

__all__ = ["extract_features", "compute_rows"]


def _as_frame(data: Any) -> pd.DataFrame:
    if isinstance(data, Corpus):
        return data._frame
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError(
                f"extract_features: the DataFrame has no 'text' column (columns: {list(data.columns)}); "
                "load it with framing.read_corpus(df, text=...) first."
            )
        return data
    if isinstance(data, str):
        raise TypeError("extract_features takes a Corpus, a DataFrame or a list of texts, not one string; "
                        "wrap it in a list: extract_features([text]).")
    if isinstance(data, pd.Series):
        return pd.DataFrame({"text": data.values, "doc_id": data.index.astype(str)})
    texts = list(data)
    return pd.DataFrame({"text": texts, "doc_id": [str(i) for i in range(len(texts))]})


def compute_rows(texts: Iterable[Any], titles: Iterable[Any], bodies: Iterable[Any] | None,
                 fams: list[Family]) -> dict[str, list[Any]]:
    """Compute every feature of ``fams`` for each article; the pure core of extraction."""
    cols: dict[str, list[Any]] = {f.name: [] for fam in fams for f in fam.features}
    body_list = list(bodies) if bodies is not None else None
    for i, (raw, title) in enumerate(zip(texts, titles, strict=True)):
        body = body_list[i] if body_list is not None else raw
        doc = Doc(body, title=title, raw=raw)
        for fam in fams:
            values = fam.compute(doc)
            for name in fam.names:
                cols[name].append(values.get(name, math.nan))
    return cols


def _cast(values: list[Any], dtype: str) -> pd.Series:
    s = pd.Series(values)
    if dtype == "float":
        return pd.to_numeric(s, errors="coerce").astype("float64")
    has_na = s.isna().any()
    if dtype == "int":
        return s.astype("Int64") if has_na else s.astype("int64")
    return s.astype("boolean") if has_na else s.astype(bool)


def extract_features(
    data: Corpus | pd.DataFrame | Iterable[str],
    *,
    families: Iterable[str] | str | None = None,
    body: bool = True,
) -> pd.DataFrame:
    """Compute the registered features for every article.

    Parameters
    ----------
    data : Corpus, DataFrame with a ``text`` column, or iterable of str
        The articles.
    families : list of str, optional
        Families to compute (default: every default family, see
        :func:`framing.describe_features`).
    body : bool
        Measure the body text (``text_body`` column when present); False uses the raw text.

    Returns
    -------
    pandas.DataFrame
        One row per article, indexed by ``doc_id``; numeric/bool dtypes only.

    Examples
    --------
    >>> from framing import extract_features
    >>> extract_features(["“Hi,” she said."], families="quotes")["quote_count"].tolist()
    [1]
    """
    df = _as_frame(data)
    fams = resolve_families(families)
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    bodies = df["text_body"].tolist() if body and "text_body" in df.columns else None
    cols = compute_rows(df["text"].tolist(), titles, bodies, fams)
    dtypes = {f.name: f.dtype for fam in fams for f in fam.features}
    out = pd.DataFrame({k: _cast(v, dtypes[k]) for k, v in cols.items()})
    ids = df["doc_id"].astype(str) if "doc_id" in df.columns else pd.Series(np.arange(len(df)).astype(str))
    out.index = pd.Index(ids.values, name="doc_id")
    return out
