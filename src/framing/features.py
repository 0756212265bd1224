"""Feature extraction: run the registered families over a corpus, one row per article.

:func:`extract_features` is a pure function of the articles (text, title and,
when present, ``text_body``), so it can be split freely: over chunks and
processes (``n_jobs``), over a stream of chunks written to Parquet
(:func:`extract_features_to`, flat memory), or over the partitions of a Dask
DataFrame (:func:`dask_features`). Every route gives the same values.

The families are whatever is registered (see :mod:`framing.registry`); the
default set is every family registered with ``default=True``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._parallel import n_workers
from ._progress import progress_bar
from .corpus import Corpus, as_text_frame
from .document import Doc
from .registry import Family, resolve_families

__all__ = [
    "extract_features",
    "extract_features_to",
    "dask_features",
    "feature_meta",
    "feature_names",
    "compute_rows",
]

logger = logging.getLogger(__name__)

_PYARROW_TYPES = {"float": "float64", "int": "int64", "bool": "bool"}


# --------------------------------------------------------------------- inputs
def _as_frame(data: Any) -> pd.DataFrame:
    return as_text_frame(data, caller="extract_features")


def _column(df: pd.DataFrame, name: str) -> list[Any] | None:
    if name not in df.columns:
        return None
    # object lists so that missing values arrive as None/NaN, never as pd.NA in families
    return [v if isinstance(v, str) else None for v in df[name].tolist()]


# ----------------------------------------------------------------------- core
def compute_rows(texts: Iterable[Any], titles: Iterable[Any], bodies: Iterable[Any] | None,
                 fams: list[Family], *, derive_body: bool = False,
                 outlets: Iterable[Any] | None = None) -> dict[str, list[Any]]:
    """Compute every feature of ``fams`` for each article; the pure core of extraction.

    Parameters
    ----------
    texts, titles : iterable
        Raw texts and titles (non-strings are treated as missing).
    bodies : iterable, optional
        Body texts (boilerplate removed); when None the body is the raw text, or
        ``framing.boilerplate.body_text(text, title)`` with ``derive_body=True``.
    fams : list of Family
        The families to run.
    derive_body : bool
        Derive the body with :mod:`framing.boilerplate` when ``bodies`` is None.
    outlets : iterable, optional
        The publishing outlets (an outlet citing itself is not relay).

    Returns
    -------
    dict
        Feature name -> list of values, in article order.

    Examples
    --------
    >>> from framing.registry import resolve_families
    >>> compute_rows(["One. Two!"], [None], None, resolve_families("style"))["exclamation_rate"]
    [50.0]
    """
    cols: dict[str, list[Any]] = {f.name: [] for fam in fams for f in fam.features}
    body_list = list(bodies) if bodies is not None else None
    body_fn = None
    if derive_body and body_list is None:
        from .boilerplate import body_text as body_fn  # imported here: keeps `import framing` light
    outlet_list = list(outlets) if outlets is not None else None
    for i, (raw, title) in enumerate(zip(texts, titles, strict=True)):
        if body_list is not None:
            body = body_list[i] if isinstance(body_list[i], str) else raw
        elif body_fn is not None and isinstance(raw, str):
            body = body_fn(raw, title if isinstance(title, str) else None)
        else:
            body = raw
        doc = Doc(body, title=title, raw=raw, outlet=outlet_list[i] if outlet_list is not None else None)
        for fam in fams:
            values = fam.compute(doc)
            for name in fam.names:
                cols[name].append(values.get(name, math.nan))
    return cols


def _cast(values: list[Any], dtype: str, nullable: bool = False) -> pd.Series:
    s = pd.Series(values, dtype=object)
    if dtype == "float":
        return pd.to_numeric(s, errors="coerce").astype("float64")
    na = s.map(lambda v: v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)))
    has_na = bool(na.any())
    if dtype == "int":
        if has_na or nullable:
            return pd.Series([pd.NA if m else int(v) for v, m in zip(s, na, strict=True)], dtype="Int64")
        return s.astype("int64")
    if has_na or nullable:
        return pd.Series([pd.NA if m else bool(v) for v, m in zip(s, na, strict=True)], dtype="boolean")
    return s.astype(bool)


def feature_names(families: Iterable[str] | str | None = None) -> list[str]:
    """Column names :func:`extract_features` returns for ``families``, in order.

    Examples
    --------
    >>> "flesch_reading_ease" in feature_names("readability")
    True
    """
    return [f.name for fam in resolve_families(families) for f in fam.features]


def feature_meta(families: Iterable[str] | str | None = None) -> pd.DataFrame:
    """An empty frame with the columns and (nullable) dtypes of the features: Dask's ``meta``.

    Examples
    --------
    >>> feature_meta("readability")["word_count"].dtype
    Int64Dtype()
    """
    fams = resolve_families(families)
    out = pd.DataFrame({f.name: _cast([], f.dtype, nullable=True) for fam in fams for f in fam.features})
    out.index = pd.Index([], dtype=object, name="doc_id")
    return out


def _chunk_worker(args: tuple[list[Any], list[Any], list[Any] | None, list[str], bool, list[Any] | None]
                  ) -> dict[str, list[Any]]:
    texts, titles, bodies, fam_names, derive_body, outlets = args
    return compute_rows(texts, titles, bodies, resolve_families(fam_names), derive_body=derive_body,
                        outlets=outlets)


def _compute_frame(df: pd.DataFrame, fams: list[Family], *, body: bool, n_jobs: int,
                   chunksize: int | None, progress: bool | None, nullable: bool = False,
                   executor: Executor | None = None) -> pd.DataFrame:
    n = len(df)
    texts = _column(df, "text") or []
    titles = _column(df, "title") or [None] * n
    outlets = _column(df, "outlet")
    bodies = _column(df, "text_body") if body else None
    derive_body = body and bodies is None
    workers = n_workers(n_jobs) if executor is None else max(2, n_workers(n_jobs))
    if chunksize is None:
        chunksize = max(1, min(1_000, math.ceil(n / (4 * workers)))) if workers > 1 else 1_000
    if chunksize < 1:
        raise ValueError(f"extract_features(chunksize={chunksize}): must be a positive integer.")
    starts = range(0, n, chunksize)
    fam_names = [f.name for f in fams]
    jobs = [
        (texts[s:s + chunksize], titles[s:s + chunksize],
         bodies[s:s + chunksize] if bodies is not None else None, fam_names, derive_body,
         outlets[s:s + chunksize] if outlets is not None else None)
        for s in starts
    ]
    cols: dict[str, list[Any]] = {f.name: [] for fam in fams for f in fam.features}
    bar = progress_bar(progress, n, desc="features")
    try:
        if (workers > 1 or executor is not None) and len(jobs) > 1:
            own = executor is None
            if own:
                _warm_up(fams)
            pool = executor if executor is not None else ProcessPoolExecutor(max_workers=workers)
            try:
                results: Iterator[dict[str, list[Any]]] = pool.map(_chunk_worker, jobs)
                for job, part in zip(jobs, results, strict=True):
                    for k, v in part.items():
                        cols[k].extend(v)
                    if bar is not None:
                        bar.update(len(job[0]))
            finally:
                if own:
                    pool.shutdown()
        else:
            for job in jobs:
                part = compute_rows(job[0], job[1], job[2], fams, derive_body=derive_body, outlets=job[5])
                for k, v in part.items():
                    cols[k].extend(v)
                if bar is not None:
                    bar.update(len(job[0]))
    finally:
        if bar is not None:
            bar.close()
    dtypes = {f.name: f.dtype for fam in fams for f in fam.features}
    out = pd.DataFrame({k: _cast(v, dtypes[k], nullable) for k, v in cols.items()}, index=pd.RangeIndex(n))
    ids = df["doc_id"].astype(str).tolist() if "doc_id" in df.columns else [str(i) for i in range(n)]
    out.index = pd.Index(ids, dtype=object, name="doc_id")
    return out


_WARM_UP_TEXT = ("The committee said on Tuesday that the report was reviewed. " * 6).strip()


def _warm_up(fams: list[Family]) -> None:
    """Load the families' lazy tables (syllable dictionary, lexicons) before starting workers.

    With the ``fork`` start method (Linux) the workers inherit them instead of
    each loading them again, which is most of a worker's start-up time.
    """
    compute_rows([_WARM_UP_TEXT], ["A title"], None, fams)


def _is_dask(data: Any) -> bool:
    return type(data).__module__.split(".")[0] in ("dask", "dask_expr")


# ------------------------------------------------------------------------ API
def extract_features(
    data: Corpus | pd.DataFrame | Iterable[str],
    *,
    families: Iterable[str] | str | None = None,
    body: bool = True,
    n_jobs: int = 1,
    chunksize: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Compute the registered features for every article.

    Parameters
    ----------
    data : Corpus, DataFrame with a ``text`` column, iterable of str, or Dask DataFrame
        The articles. ``title`` and ``doc_id`` columns are used when present.
        A Dask DataFrame returns a Dask DataFrame (see :func:`dask_features`).
    families : list of str, optional
        Families to compute (default: every family registered with
        ``default=True``; see :func:`framing.describe_features`).
    body : bool
        True (default) measures the body: the ``text_body`` column when present,
        else ``framing.boilerplate.body_text(text, title)``. False measures the
        raw text as loaded.
        Families marked ``uses_raw`` always see the raw text.
    n_jobs : int
        Worker processes; ``-1`` uses every core. Results are identical to
        ``n_jobs=1``. Families registered at run time in a notebook are seen by
        the workers on Linux (fork); elsewhere put them in an importable module.
    chunksize : int, optional
        Articles per task (default: about four tasks per worker, at most 1,000).
    progress : bool, optional
        Show a tqdm progress bar. ``None`` (default) shows it only in a terminal
        or notebook and only for runs of at least 2,000 articles.

    Returns
    -------
    pandas.DataFrame
        One row per article in input order, indexed by ``doc_id``; dtypes are
        float64, int64 and bool (nullable ``Int64``/``boolean`` when a value is
        missing), never object.

    Examples
    --------
    >>> from framing import extract_features
    >>> df = extract_features(["We may win! The vote is on Tuesday."], families="style")
    >>> df.loc["0", ["hedge_rate", "exclamation_rate"]].tolist()
    [12.5, 12.5]
    """
    if _is_dask(data):
        return dask_features(data, families=families, body=body)
    df = _as_frame(data)
    fams = resolve_families(families)
    return _compute_frame(df, fams, body=body, n_jobs=n_jobs, chunksize=chunksize, progress=progress)


def _parquet_schema(fams: list[Family]) -> Any:
    import pyarrow as pa

    fields = [pa.field("doc_id", pa.string())]
    fields += [pa.field(f.name, pa.from_numpy_dtype(np.dtype(_PYARROW_TYPES[f.dtype])))
               for fam in fams for f in fam.features]
    return pa.schema(fields)


def extract_features_to(
    source: Corpus | pd.DataFrame | str | Path,
    dest: str | Path,
    *,
    chunksize: int = 5_000,
    families: Iterable[str] | str | None = None,
    body: bool = True,
    n_jobs: int = 1,
    progress: bool | None = None,
    **read_kwargs: Any,
) -> Path:
    """Stream a corpus through :func:`extract_features` into a Parquet file.

    The source is read with :func:`framing.iter_corpus` ``chunksize`` articles at
    a time and each chunk's features are appended to ``dest`` with
    :class:`pyarrow.parquet.ParquetWriter`, so peak memory depends on the chunk
    size, not on the corpus size.

    Parameters
    ----------
    source : path, DataFrame or Corpus
        What :func:`framing.iter_corpus` reads (a Corpus is chunked as is).
    dest : str or Path
        The Parquet file to write (overwritten). Columns: ``doc_id`` then the features.
    chunksize : int
        Articles per chunk.
    families, body, n_jobs, progress
        As in :func:`extract_features`; worker processes are reused across chunks.
    **read_kwargs
        Column mapping and options for :func:`framing.iter_corpus` (``text=``, ``outlet=``, ...).

    Returns
    -------
    Path
        ``dest``. Read it back with
        ``pandas.read_parquet(dest, dtype_backend="numpy_nullable").set_index("doc_id")``
        (the nullable backend keeps boolean columns with missing values boolean).

    Examples
    --------
    >>> import pandas as pd, tempfile, pathlib
    >>> from framing import extract_features_to
    >>> src = pd.DataFrame({"text": ["One sentence here.", "Another one!"], "outlet": ["A", "B"]})
    >>> out = extract_features_to(src, pathlib.Path(tempfile.mkdtemp()) / "f.parquet", families="style")
    >>> pd.read_parquet(out)["exclamation_rate"].tolist()
    [0.0, 50.0]
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .io import iter_corpus

    dest = Path(dest)
    fams = resolve_families(families)
    schema = _parquet_schema(fams)
    if isinstance(source, Corpus):
        frame = source._frame
        chunks: Iterable[Any] = (frame.iloc[s:s + chunksize] for s in range(0, len(frame), chunksize))
    else:
        chunks = iter_corpus(source, chunksize=chunksize, **read_kwargs)
    workers = n_workers(n_jobs)
    if workers > 1:
        _warm_up(fams)
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    written = 0
    bar = progress_bar(progress, None, desc="features")  # streaming: the total is unknown
    try:
        with pq.ParquetWriter(dest, schema) as writer:
            for chunk in chunks:
                df = _as_frame(chunk)
                feats = _compute_frame(df, fams, body=body, n_jobs=workers, chunksize=None,
                                       progress=False, nullable=True, executor=pool)
                table = pa.Table.from_pandas(feats.reset_index(), schema=schema, preserve_index=False)
                writer.write_table(table)
                written += len(feats)
                if bar is not None:
                    bar.update(len(feats))
                del df, feats, table, chunk
    finally:
        if pool is not None:
            pool.shutdown()
        if bar is not None:
            bar.close()
    logger.info("extract_features_to: wrote %d rows to %s", written, dest)
    return dest


def _partition_features(pdf: pd.DataFrame, families: list[str], body: bool) -> pd.DataFrame:
    fams = resolve_families(families)
    return _compute_frame(pdf, fams, body=body, n_jobs=1, chunksize=None, progress=False, nullable=True)


def dask_features(ddf: Any, *, families: Iterable[str] | str | None = None, body: bool = True) -> Any:
    """Features of a Dask DataFrame, partition by partition (``map_partitions``).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        With a ``text`` column (and optionally ``title``, ``text_body``, ``doc_id``).
    families, body
        As in :func:`extract_features`.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; indexed by ``doc_id`` with nullable dtypes (:func:`feature_meta`).
        ``.compute()`` equals ``extract_features`` on the same rows.

    Examples
    --------
    >>> import pandas as pd
    >>> import pytest
    >>> dd = pytest.importorskip("dask.dataframe")  # the [dask] extra
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Yes!", "No?"], "doc_id": ["a", "b"]}), npartitions=2)
    >>> dask_features(ddf, families="style")["exclamation_rate"].compute().tolist()
    [100.0, 0.0]
    """
    if "text" not in ddf.columns:
        raise ValueError(f"dask_features: no 'text' column (columns: {list(ddf.columns)}).")
    names = [f.name for f in resolve_families(families)]
    return ddf.map_partitions(_partition_features, names, body, meta=feature_meta(names))
