"""Reading corpora from the formats people have: :func:`read_corpus` and :func:`iter_corpus`.

Supported sources: a pandas DataFrame; ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``
(optionally ``.gz``), ``.json`` (a list of records), ``.parquet``; a folder of
``.txt`` files. Columns are inferred from common aliases (logged and recorded in
the load report); text is decoded with a UTF-8 -> cp1252 fallback and repaired
for mojibake; nothing is dropped without being counted.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import pandas as pd

from .cleaning import decode_bytes, fix_mojibake, normalize_newlines
from .corpus import Corpus, LoadReport

__all__ = ["read_corpus", "iter_corpus", "ALIASES", "domain_of"]

logger = logging.getLogger(__name__)

#: Column aliases tried, in order, when a canonical column is not given.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "content", "body", "article_text", "maintext", "content_original",
        "article", "full_text", "fulltext", "story", "article_body", "body_text",
    ),
    "outlet": (
        "outlet", "source", "site", "domain", "portal", "publisher", "source_name",
        "publication", "media", "medium", "newspaper", "news_source",
    ),
    "title": ("title", "headline", "heading", "head", "article_title"),
    "date": (
        "date", "published", "published_at", "publish_date", "pub_date", "publication_date",
        "date_published", "datetime", "published_date", "timestamp",
    ),
    "url": ("url", "uri", "link", "article_url", "href"),
    "doc_id": ("doc_id", "id", "article_id", "docid", "uid", "guid", "xml"),
    "author": ("author", "authors", "byline", "writer"),
}

Duplicate = Literal["error", "keep-first", "drop"]
_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".txt")


def domain_of(url: object) -> str | None:
    """The normalised domain of a URL (no scheme, ``www.``, port or case).

    Examples
    --------
    >>> domain_of("https://WWW.Example.co.uk:443/a/b?c=1")
    'example.co.uk'
    >>> domain_of("example.org/path")
    'example.org'
    >>> domain_of(None) is None
    True
    """
    if not isinstance(url, str) or not url.strip():
        return None
    u = url.strip()
    if "//" not in u:
        u = "//" + u
    try:
        host = urlsplit(u).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- raw readers
def _format_of(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt.lower().lstrip(".")
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suf in _SUFFIXES:
        if name.endswith(suf):
            return suf[1:].replace("ndjson", "jsonl")
    raise ValueError(
        f"read_corpus(source={str(path)!r}): cannot tell the format from the file name; "
        f"supported: {', '.join(_SUFFIXES)} (optionally .gz) or a folder of .txt files. "
        "Pass format='csv' (or tsv, jsonl, json, parquet) to say which."
    )


def _read_bytes(path: Path) -> bytes:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


# Bytes that are not valid UTF-8 are first decoded to private-use characters
# U+F780..U+F7FF (one per byte; lone surrogates would crash pandas' C parser),
# then each affected cell is re-encoded and decoded with the cp1252 fallback.
_BAD_BYTE_BASE = 0xF700


def _bad_bytes_to_private_use(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    _bad_bytes_seen[0] += 1
    return "".join(chr(_BAD_BYTE_BASE + b) for b in bad), err.end


codecs.register_error("framing-bad-bytes", _bad_bytes_to_private_use)
_bad_bytes_seen = [0]  # how often the handler fired (lets clean files skip the per-cell check)
_BAD_BYTE_RE = re.compile("[\uf780-\uf7ff]")


def _open_text(path: Path) -> io.TextIOBase:
    """A text stream that never fails on bad bytes (see ``_bad_bytes_to_private_use``)."""
    raw = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="framing-bad-bytes", newline="")


def _repair_cell(value: str) -> str:
    out = bytearray()
    for ch in value:
        o = ord(ch)
        out += bytes([o - _BAD_BYTE_BASE]) if 0xF780 <= o <= 0xF7FF else ch.encode("utf-8")
    return decode_bytes(bytes(out))[0]


def _read_delimited_chunks(
    path: Path, sep: str, chunksize: int | None, read_kwargs: dict[str, Any]
) -> Iterator[pd.DataFrame]:
    kw = {"sep": sep, "dtype": str, "keep_default_na": False, "na_values": [""]}
    kw.update(read_kwargs)
    with _open_text(path) as fh:
        if chunksize:
            yield from pd.read_csv(fh, chunksize=chunksize, **kw)
        else:
            yield pd.read_csv(fh, **kw)


def _read_jsonl_chunks(path: Path, chunksize: int | None, report: LoadReport) -> Iterator[pd.DataFrame]:
    records: list[dict[str, Any]] = []
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                report.add_skipped("invalid JSON line", 1, [f"line {lineno}"])
                report.rows_read += 1
                logger.warning("%s line %d is not valid JSON (%s): skipped", path, lineno, err.msg)
                continue
            if not isinstance(rec, dict):
                report.add_skipped("JSON line is not an object", 1, [f"line {lineno}"])
                report.rows_read += 1
                continue
            records.append(rec)
            if chunksize and len(records) >= chunksize:
                yield pd.DataFrame.from_records(records)
                records = []
    if records or not chunksize:
        yield pd.DataFrame.from_records(records)


def _read_json(path: Path) -> pd.DataFrame:
    text, _ = decode_bytes(_read_bytes(path))
    data = json.loads(text)
    if isinstance(data, dict):
        for key in ("articles", "data", "records", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        raise ValueError(f"read_corpus: {path} holds JSON {type(data).__name__}, expected a list of records.")
    return pd.DataFrame.from_records(data)


def _read_parquet_chunks(path: Path, chunksize: int | None, columns: list[str] | None) -> Iterator[pd.DataFrame]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    if not chunksize:
        yield pf.read(columns=columns).to_pandas()
        return
    for batch in pf.iter_batches(batch_size=chunksize, columns=columns):
        yield batch.to_pandas()


def _read_folder_chunks(path: Path, chunksize: int | None, report: LoadReport) -> Iterator[pd.DataFrame]:
    files = sorted(p for p in path.rglob("*.txt") if p.is_file())
    if not files:
        raise ValueError(f"read_corpus: folder {str(path)!r} has no .txt files.")
    rows: list[dict[str, Any]] = []
    for f in files:
        rel = f.relative_to(path)
        text, repaired = decode_bytes(f.read_bytes())
        if repaired:
            report.add_repaired("decoded with cp1252 fallback", 1, [rel.as_posix()])
        row = {"doc_id": rel.with_suffix("").as_posix(), "text": normalize_newlines(text),
               "file": rel.as_posix()}
        if len(rel.parts) > 1:
            row["folder"] = rel.parts[0]
        rows.append(row)
        if chunksize and len(rows) >= chunksize:
            yield pd.DataFrame(rows)
            rows = []
    if rows:
        yield pd.DataFrame(rows)


def _raw_chunks(
    source: Any,
    *,
    fmt: str | None,
    chunksize: int | None,
    report: LoadReport,
    read_kwargs: dict[str, Any],
) -> Iterator[pd.DataFrame]:
    if isinstance(source, pd.DataFrame):
        report.source = "DataFrame"
        if not chunksize:
            yield source
        else:
            for i in range(0, max(len(source), 1), chunksize):
                yield source.iloc[i : i + chunksize]
        return
    if isinstance(source, (list, tuple)) and (not source or isinstance(source[0], (dict, str))):
        report.source = "list"
        recs = [{"text": s} if isinstance(s, str) else s for s in source]
        yield pd.DataFrame.from_records(recs)
        return
    if not isinstance(source, (str, Path)):
        raise TypeError(
            f"read_corpus(source=...) takes a DataFrame, a list of texts/records, or a path; "
            f"got {type(source).__name__}."
        )
    path = Path(source).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"read_corpus(source={str(source)!r}): no such file or folder.")
    report.source = str(path)
    kind = _format_of(path, fmt)
    if kind == "csv":
        yield from _read_delimited_chunks(path, ",", chunksize, read_kwargs)
    elif kind == "tsv":
        yield from _read_delimited_chunks(path, "\t", chunksize, {"quoting": 3, **read_kwargs})
    elif kind == "jsonl":
        yield from _read_jsonl_chunks(path, chunksize, report)
    elif kind == "json":
        df = _read_json(path)
        yield from ([df] if not chunksize else (df.iloc[i : i + chunksize] for i in range(0, max(len(df), 1), chunksize)))
    elif kind == "parquet":
        yield from _read_parquet_chunks(path, chunksize, read_kwargs.get("columns"))
    elif kind in ("folder", "txt"):
        if path.is_file():
            text, repaired = decode_bytes(path.read_bytes())
            if repaired:
                report.add_repaired("decoded with cp1252 fallback", 1, [path.name])
            yield pd.DataFrame([{"doc_id": path.stem, "text": normalize_newlines(text), "file": path.name}])
        else:
            yield from _read_folder_chunks(path, chunksize, report)
    else:
        raise ValueError(f"read_corpus: unsupported format {kind!r}.")


# ------------------------------------------------------------- normalisation
def _infer(columns: list[str], canonical: str) -> str | None:
    lower = {str(c).lower(): str(c) for c in columns}
    for alias in ALIASES[canonical]:
        if alias in lower:
            return lower[alias]
    return None


def _resolve_columns(
    df: pd.DataFrame, given: dict[str, Any], report: LoadReport
) -> dict[str, str | None]:
    cols = [str(c) for c in df.columns]
    mapping: dict[str, str | None] = {}
    for canon in ("text", "outlet", "title", "date", "url", "doc_id", "author"):
        want = given.get(canon)
        if isinstance(want, str) and want in df.columns:
            mapping[canon] = want
            continue
        if canon == "outlet" and isinstance(want, str) and (want == "url" or "file" in df.columns):
            mapping[canon] = None  # the URL's domain, or a constant for a folder of files
            continue
        if want is not None and not isinstance(want, str):
            mapping[canon] = None  # mapping/callable handled later
            continue
        if isinstance(want, str):
            hint = " or outlet='url' to use the URL's domain" if canon == "outlet" else ""
            raise ValueError(
                f"read_corpus({canon}={want!r}): no such column; available columns: {cols}. "
                f"Pass {canon}=<one of them>{hint}."
            )
        found = _infer([c for c in cols if c not in mapping.values()], canon)
        mapping[canon] = found
        if found is not None and found != canon:
            msg = f"inferred {canon}={found!r}"
            logger.info("read_corpus: %s (pass %s=... to choose another column)", msg, canon)
            if msg not in report.notes:
                report.notes.append(msg)
    if mapping["text"] is None:
        raise ValueError(
            f"read_corpus: cannot find the article text column among {cols}. "
            "Pass text='<column name>' (e.g. read_corpus(df, text='body'))."
        )
    for k, v in mapping.items():
        if v is not None:
            report.column_map[k] = v
    return mapping


def _clean_text_column(
    values: pd.Series, ids: pd.Series, report: LoadReport, label: str, count_empty: bool
) -> pd.Series:
    check_bytes = _bad_bytes_seen[0] > 0
    out: list[str] = []
    missing: list[str] = []
    nonstr: list[str] = []
    empty: list[str] = []
    decoded: list[str] = []
    moji: list[str] = []
    for v, i in zip(values.tolist(), ids.tolist(), strict=True):
        if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
            missing.append(i)
            out.append("")
            continue
        if isinstance(v, bytes):
            v, rep = decode_bytes(v)
            if rep:
                decoded.append(i)
        elif not isinstance(v, str):
            nonstr.append(i)
            v = str(v)
        if check_bytes and _BAD_BYTE_RE.search(v):
            v = _repair_cell(v)
            decoded.append(i)
        v, n = fix_mojibake(v)
        if n:
            moji.append(i)
        v = normalize_newlines(v)
        if count_empty and not v.strip():
            empty.append(i)
        out.append(v)
    if count_empty:
        report.add_flagged(f"{label} missing (kept as empty string)", len(missing), missing)
        report.add_flagged(f"{label} empty or whitespace only", len(empty), empty)
    report.add_flagged(f"{label} not a string (converted with str())", len(nonstr), nonstr)
    report.add_repaired(f"{label} decoded with cp1252 fallback", len(decoded), decoded)
    report.add_repaired(f"{label} mojibake repaired", len(moji), moji)
    return pd.Series(out, index=values.index, dtype=object)


def _normalise(
    raw: pd.DataFrame,
    *,
    given: dict[str, Any],
    report: LoadReport,
    on_duplicate: Duplicate,
    seen_ids: set[str] | None,
    row_offset: int,
    keep_columns: bool,
) -> pd.DataFrame:
    report.rows_read += len(raw)
    if len(raw) == 0 and len(raw.columns) == 0:  # an empty file: an empty corpus, said so
        note = "the source holds no records"
        if note not in report.notes:
            report.notes.append(note)
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ("doc_id", "outlet", "text")})
    mapping = _resolve_columns(raw, given, report)
    n = len(raw)
    out = pd.DataFrame(index=pd.RangeIndex(n))

    # doc_id first: every later message names rows by it
    if mapping["doc_id"] is not None:
        ids = raw[mapping["doc_id"]].reset_index(drop=True)
        bad = ids.isna() | (ids.astype(str).str.strip() == "")
        if bad.any():
            report.add_repaired("doc_id missing (generated from row number)", int(bad.sum()),
                                [f"row {row_offset + i}" for i in bad[bad].index[:5]])
        gen = pd.Series([f"row-{row_offset + i:07d}" for i in range(n)])
        ids = ids.astype(str).where(~bad, gen)
    else:
        ids = pd.Series([f"doc-{row_offset + i:07d}" for i in range(n)])
        if n and "doc_id generated from row number" not in report.notes:
            report.notes.append("doc_id generated from row number")
    out["doc_id"] = ids.astype(str).str.strip().astype(object).values

    # duplicates
    dup = out["doc_id"].duplicated(keep="first")
    if seen_ids is not None:
        dup |= out["doc_id"].isin(seen_ids) & ~dup
    if dup.any():
        dups = list(dict.fromkeys(out.loc[dup, "doc_id"]))
        if on_duplicate == "error":
            raise ValueError(
                f"read_corpus: doc_id must be unique; {int(dup.sum())} duplicate row(s), e.g. "
                f"{dups[:10]}. Pass on_duplicate='keep-first' to keep the first of each, "
                "or 'drop' to drop every copy, or doc_id=<another column>."
            )
    text_series = raw[mapping["text"]].reset_index(drop=True)
    out["text"] = _clean_text_column(text_series, out["doc_id"], report, "text", True).values

    # outlet
    want_outlet = given.get("outlet")
    if mapping["outlet"] is not None:
        outlet = raw[mapping["outlet"]].reset_index(drop=True)
    elif callable(want_outlet):
        outlet = pd.Series([want_outlet(r) for r in raw.to_dict("records")])
        report.column_map["outlet"] = "callable"
    elif isinstance(want_outlet, Mapping):
        files = raw["file"].tolist() if "file" in raw.columns else [None] * n
        outlet = pd.Series([
            next((want_outlet[k] for k in (i, f, f and Path(f).stem) if k in want_outlet), None)
            for i, f in zip(out["doc_id"], files, strict=True)
        ])
        report.column_map["outlet"] = "mapping"
    elif (want_outlet == "url" or want_outlet is None) and mapping["url"] is not None:
        outlet = raw[mapping["url"]].reset_index(drop=True).map(domain_of)
        report.column_map["outlet"] = f"domain of {mapping['url']!r}"
        msg = f"outlet derived from the domain of {mapping['url']!r}"
        if msg not in report.notes:
            report.notes.append(msg)
            logger.info("read_corpus: %s", msg)
    elif isinstance(want_outlet, str) and want_outlet != "url":
        outlet = pd.Series([want_outlet] * n)
        report.column_map["outlet"] = f"constant {want_outlet!r}"
    elif "folder" in raw.columns:
        outlet = raw["folder"].reset_index(drop=True)
        report.column_map["outlet"] = "sub-folder name"
    else:
        outlet = pd.Series([None] * n)
        msg = "no outlet column or url found: outlet set to 'unknown' (pass outlet=...)"
        if n and msg not in report.notes:
            report.notes.append(msg)
            logger.warning("read_corpus: %s", msg)
    outlet_missing = outlet.isna() | (outlet.astype(str).str.strip() == "")
    if outlet_missing.any() and mapping["outlet"] is not None:
        report.add_flagged("outlet missing (set to 'unknown')", int(outlet_missing.sum()),
                           out.loc[outlet_missing.values, "doc_id"].head(5))
    out["outlet"] = outlet.astype(object).where(~outlet_missing, "unknown").astype(str).str.strip().values

    for canon in ("title", "url", "author"):
        col = mapping[canon]
        if col is None:
            continue
        series = raw[col].reset_index(drop=True)
        if canon == "title":
            out["title"] = _clean_text_column(series, out["doc_id"], report, "title", False).values
        else:
            out[canon] = series.map(lambda v: ", ".join(map(str, v)) if isinstance(v, list) else v).astype(object).values

    if mapping["date"] is not None:
        rawdate = raw[mapping["date"]].reset_index(drop=True)
        parsed = pd.to_datetime(rawdate, errors="coerce", utc=True, format="mixed")
        parsed = parsed.dt.tz_convert(None)
        blank = rawdate.isna() | (rawdate.astype(str).str.strip() == "")
        bad = parsed.isna() & ~blank
        if blank.any():
            report.add_flagged("date missing", int(blank.sum()), out.loc[blank.values, "doc_id"].head(5))
        if bad.any():
            report.add_flagged("date unparseable (set to NaT)", int(bad.sum()),
                               out.loc[bad.values, "doc_id"].head(5))
        out["date"] = parsed.values

    if keep_columns:
        used = {v for v in mapping.values() if v is not None}
        for c in raw.columns:
            if str(c) not in used and str(c) not in out.columns and not str(c).startswith("Unnamed:"):
                out[str(c)] = raw[c].reset_index(drop=True).values

    if dup.any():
        dups = out.loc[dup.values, "doc_id"]
        if on_duplicate == "keep-first":
            report.add_skipped("duplicate doc_id (kept first)", int(dup.sum()), dups.head(5))
            out = out[~dup.values]
        elif on_duplicate == "drop":
            all_dups = out["doc_id"].isin(set(dups)) | out["doc_id"].isin(seen_ids or set())
            report.add_skipped("duplicate doc_id (all copies dropped)", int(all_dups.sum()), dups.head(5))
            out = out[~all_dups.values]
    order = [c for c in ("doc_id", "outlet", "text", "title", "date", "url", "author") if c in out.columns]
    out = out[order + [c for c in out.columns if c not in order]]
    if seen_ids is not None:
        seen_ids.update(out["doc_id"])
    report.rows_kept += len(out)
    return out.reset_index(drop=True)


def _given(text: Any, outlet: Any, title: Any, date: Any, url: Any, doc_id: Any, author: Any) -> dict[str, Any]:
    return {"text": text, "outlet": outlet, "title": title, "date": date, "url": url,
            "doc_id": doc_id, "author": author}


def read_corpus(
    source: pd.DataFrame | str | Path | Iterable[Any],
    *,
    text: str | None = None,
    outlet: str | Mapping[str, str] | Callable[[dict[str, Any]], str] | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    author: str | None = None,
    on_duplicate: Duplicate = "error",
    keep_columns: bool = True,
    format: str | None = None,
    **read_kwargs: Any,
) -> Corpus:
    """Load articles into a validated :class:`~framing.Corpus`.

    Parameters
    ----------
    source : DataFrame, path, or list of texts/records
        A DataFrame (never modified), a ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``
        (optionally ``.gz``), ``.json`` or ``.parquet`` file, or a folder of
        ``.txt`` files (the outlet is the first sub-folder).
    text, title, date, url, doc_id, author : str, optional
        Column names. When not given they are inferred from :data:`ALIASES`
        (e.g. ``content``, ``body``, ``mainText`` for text); the inference is
        logged and recorded in ``corpus.report``.
    outlet : str, mapping or callable, optional
        A column name; ``"url"`` to use the domain of the URL column; a constant
        outlet name; a mapping (file stem or doc_id -> outlet); or a function of
        the raw record. Without it: an alias column (``source``, ``site``,
        ``domain``, ``portal``, ...), else the URL's domain, else ``"unknown"``.
    on_duplicate : {"error", "keep-first", "drop"}
        What to do with repeated ``doc_id`` values; the default raises an error
        naming them. The other two are counted in the load report.
    keep_columns : bool
        Keep the other columns (labels) of the source (default True).
    format : str, optional
        Force a file format (``csv``, ``tsv``, ``jsonl``, ``json``, ``parquet``).
    **read_kwargs
        Passed to :func:`pandas.read_csv` for delimited files.

    Returns
    -------
    Corpus
        With ``corpus.report`` describing what was read, repaired, flagged and skipped.

    Raises
    ------
    ValueError
        No text column (the message lists the columns and the ``text=`` fix),
        duplicate ids with ``on_duplicate="error"``, an unknown format.
    FileNotFoundError
        The path does not exist.

    Notes
    -----
    Bytes that are not valid UTF-8 are decoded as cp1252 (then latin-1) per
    cell, and typographic mojibake such as ``â€™`` is repaired; both are counted
    in the report. Missing or empty texts are kept as ``""`` and counted;
    feature extractors return NaN for them.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import read_corpus
    >>> df = pd.DataFrame({"body": ["It\\u00e2\\u20ac\\u2122s here.", None],
    ...                    "url": ["https://www.example.com/a", "http://news.example.org/b"]})
    >>> c = read_corpus(df)
    >>> c.frame[["outlet", "text"]].values.tolist()
    [['example.com', 'It’s here.'], ['news.example.org', '']]
    >>> c.report.repaired
    {'text mojibake repaired': 1}
    """
    report = LoadReport()
    given = _given(text, outlet, title, date, url, doc_id, author)
    chunks = list(
        _raw_chunks(source, fmt=format, chunksize=None, report=report, read_kwargs=read_kwargs)
    )
    raw = chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)
    frame = _normalise(raw, given=given, report=report, on_duplicate=on_duplicate,
                       seen_ids=None, row_offset=0, keep_columns=keep_columns)
    _log_report(report)
    return Corpus(frame, report=report)


def iter_corpus(
    source: pd.DataFrame | str | Path,
    *,
    chunksize: int = 10_000,
    text: str | None = None,
    outlet: Any = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    author: str | None = None,
    on_duplicate: Duplicate = "error",
    keep_columns: bool = True,
    format: str | None = None,
    **read_kwargs: Any,
) -> Iterator[Corpus]:
    """Stream a corpus in chunks of at most ``chunksize`` articles.

    Takes the same arguments as :func:`read_corpus`. Memory stays bounded by the
    chunk size (plus the set of ``doc_id`` values seen, used to catch duplicates
    across chunks). Each chunk's ``report`` covers that chunk.

    Yields
    ------
    Corpus

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import iter_corpus
    >>> df = pd.DataFrame({"text": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    >>> [len(c) for c in iter_corpus(df, chunksize=2)]
    [2, 1]
    """
    if chunksize < 1:
        raise ValueError(f"iter_corpus(chunksize={chunksize}): must be a positive integer.")
    given = _given(text, outlet, title, date, url, doc_id, author)
    seen: set[str] = set()
    offset = 0
    stream_report = LoadReport()
    for raw in _raw_chunks(source, fmt=format, chunksize=chunksize, report=stream_report,
                           read_kwargs=read_kwargs):
        report = LoadReport(source=stream_report.source)
        report.merge(stream_report)  # counts from the reader (e.g. invalid JSON lines)
        stream_report = LoadReport(source=stream_report.source)
        frame = _normalise(raw, given=given, report=report, on_duplicate=on_duplicate,
                           seen_ids=seen, row_offset=offset, keep_columns=keep_columns)
        offset += len(raw)
        yield Corpus(frame, report=report)


def _log_report(report: LoadReport) -> None:
    problems = {**report.repaired, **report.flagged, **report.skipped}
    if problems:
        logger.info("read_corpus: %s", str(report).replace("\n", "; "))
