"""FakeNewsCorpus (CSV), LIAR (TSV) and plain folders of .txt files."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..corpus import Corpus
from ._common import PathLike, build_corpus, existing_path
from ._fetch import fetch_file

__all__ = ["load_fakenewscorpus", "load_liar", "load_folder_of_txt", "LIAR_COLUMNS"]

logger = logging.getLogger(__name__)

FNC_HOW_TO_GET = (
    "The full FakeNewsCorpus (9.4M articles, about 30 GB unpacked) is released at "
    "https://github.com/several27/FakeNewsCorpus/releases/tag/v1.0 (news.csv.zip split in parts); "
    "pass path=<news.csv>. Without path=, the 250-row news_sample.csv is fetched."
)
LIAR_HOW_TO_GET = (
    "Download liar_dataset.zip (Wang 2017) from https://www.cs.ucsb.edu/~william/data/liar_dataset.zip, "
    "unzip it and pass the folder holding train.tsv, valid.tsv and test.tsv (or one of them)."
)

#: Columns of the LIAR TSV files (no header upstream), as in its README.
LIAR_COLUMNS = [
    "id", "label", "statement", "subject", "speaker", "speaker_job", "state",
    "party", "barely_true_count", "false_count", "half_true_count",
    "mostly_true_count", "pants_on_fire_count", "context",
]
_LIAR_COUNTS = LIAR_COLUMNS[8:13]


def load_fakenewscorpus(
    path: PathLike | None = None,
    *,
    data_home: PathLike | None = None,
    download_if_missing: bool = True,
    nrows: int | None = None,
    types: Iterable[str] | None = None,
    domains: Iterable[str] | None = None,
    chunksize: int = 100_000,
) -> Corpus:
    """Load the FakeNewsCorpus CSV (articles labelled with their domain's OpenSources type).

    Parameters
    ----------
    path : path-like, optional
        ``news.csv`` (the full corpus) or any CSV in that format. Without it,
        the 250-row ``news_sample.csv`` from the upstream repository is used
        (found in ``data_home`` or downloaded and SHA-256-verified).
    data_home, download_if_missing
        Where to find / whether to download the sample (see :func:`get_data_home`).
    nrows : int, optional
        Read at most this many rows (before filtering).
    types, domains : iterable of str, optional
        Keep only these labels (``fake``, ``reliable``, ...) / domains. The file
        is read in chunks of ``chunksize`` rows, so filtering the full corpus
        needs memory only for what is kept.
    chunksize : int
        Rows per chunk.

    Returns
    -------
    Corpus
        Columns ``doc_id`` (id), ``outlet`` (domain), ``text`` (content),
        ``title``, ``url``, ``author`` (authors), ``type`` (the label) and the
        other upstream fields (``scraped_at``, ``keywords``, ``meta_description``, ...).

    Examples
    --------
    >>> from pathlib import Path
    >>> fixture = Path("tests/fixtures/fakenewscorpus/news_sample.csv")
    >>> c = load_fakenewscorpus(fixture) if fixture.exists() else None
    >>> "type" in c if c is not None else True
    True
    """
    if path is None:
        p = fetch_file("fakenewscorpus_sample", data_home, download_if_missing)
    else:
        p = existing_path(path, "load_fakenewscorpus", FNC_HOW_TO_GET)
    want_types = set(types) if types is not None else None
    want_domains = set(domains) if domains is not None else None
    kept: list[pd.DataFrame] = []
    read = 0
    reader = pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""], chunksize=chunksize,
                         nrows=nrows, encoding_errors="replace")
    for chunk in reader:
        read += len(chunk)
        chunk = chunk.drop(columns=[c for c in chunk.columns if str(c).startswith("Unnamed")])
        if want_types is not None:
            chunk = chunk[chunk["type"].isin(want_types)]
        if want_domains is not None:
            chunk = chunk[chunk["domain"].isin(want_domains)]
        kept.append(chunk)
    frame = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame()
    if "content" not in frame.columns:
        raise ValueError(f"load_fakenewscorpus: {p} has no 'content' column; is it FakeNewsCorpus?")
    notes = ["labels are OpenSources domain labels copied to every article of the domain"]
    if read != len(frame):
        notes.append(f"{read - len(frame):,} rows filtered out by types=/domains=")
    corpus = build_corpus(frame, str(p), notes, doc_id="id", outlet="domain", text="content",
                          title="title", url="url", author="authors", on_duplicate="keep-first")
    corpus.report.rows_read = read
    if "type" in corpus.columns:
        no_type = corpus.frame.loc[corpus.frame["type"].isna(), "doc_id"]
        corpus.report.add_flagged("type (label) missing", len(no_type), no_type.head(5))
    return corpus


def _read_liar_tsv(f: Path) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    bad = 0
    with open(f, encoding="utf-8", errors="replace", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not rec or not any(x.strip() for x in rec):
                continue
            if len(rec) < 3:
                bad += 1
                continue
            rows.append((rec + [""] * len(LIAR_COLUMNS))[: len(LIAR_COLUMNS)])
    return rows, bad


def load_liar(path: PathLike) -> Corpus:
    """Load LIAR (Wang 2017): 12.8k short PolitiFact statements with six truth labels.

    Parameters
    ----------
    path : path-like
        The unzipped folder (``train.tsv``, ``valid.tsv``, ``test.tsv``) or one
        TSV file. The files have no header; columns are :data:`LIAR_COLUMNS`.

    Returns
    -------
    Corpus
        ``doc_id`` (id, e.g. ``2635.json``), ``outlet`` (the speaker: LIAR
        statements have speakers, not outlets; ``unknown`` when empty),
        ``text`` (the statement), ``label`` (``pants-fire``, ``false``,
        ``barely-true``, ``half-true``, ``mostly-true``, ``true``),
        ``split``, subject, speaker metadata, ``party``, the five credit-history
        counts (integers) and ``context``.

    Raises
    ------
    FileNotFoundError
        Path missing or no TSV inside (the message says where to download LIAR).

    Examples
    --------
    >>> from pathlib import Path
    >>> fixture = Path("tests/fixtures/liar")
    >>> c = load_liar(fixture) if fixture.exists() else None
    >>> sorted(set(c.frame["split"])) if c is not None else ['test', 'train', 'valid']
    ['test', 'train', 'valid']
    """
    p = existing_path(path, "load_liar", LIAR_HOW_TO_GET)
    files = [p] if p.is_file() else sorted(
        (p / f"{s}.tsv" for s in ("train", "valid", "test") if (p / f"{s}.tsv").is_file()),
        key=lambda f: ("train", "valid", "test").index(f.stem))
    if not files:
        raise FileNotFoundError(f"load_liar: no train/valid/test.tsv in {p}. {LIAR_HOW_TO_GET}")
    frames = []
    bad_total = 0
    for f in files:
        rows, bad = _read_liar_tsv(f)
        bad_total += bad
        df = pd.DataFrame(rows, columns=LIAR_COLUMNS)
        df["split"] = f.stem
        frames.append(df)
    frame = pd.concat(frames, ignore_index=True)
    for col in _LIAR_COUNTS:
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    frame["speaker"] = frame["speaker"].where(frame["speaker"].str.strip() != "", None)
    frame["outlet"] = frame["speaker"]
    frame = frame.rename(columns={"statement": "text"})
    notes = ["outlet is the statement's speaker (LIAR has no outlets)"]
    corpus = build_corpus(frame, str(p), notes, doc_id="id", outlet="outlet", text="text",
                          on_duplicate="keep-first")
    corpus.report.rows_read += bad_total
    corpus.report.add_skipped("TSV line with fewer than 3 fields", bad_total)
    return corpus


def load_folder_of_txt(path: PathLike, *, outlet: str | None = None) -> Corpus:
    """Load a folder of ``.txt`` files, one article each (searched recursively).

    Parameters
    ----------
    path : path-like
        The folder. Files are decoded as UTF-8 with a cp1252 fallback (counted
        in the load report); CRLF becomes LF.
    outlet : str, optional
        One outlet name for every file. Without it the first sub-folder is the
        outlet (``<folder>/<outlet>/<file>.txt``), or ``unknown`` for files at
        the top level.

    Returns
    -------
    Corpus
        ``doc_id`` (the relative path without ``.txt``), ``outlet``, ``text``,
        ``file``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> (d / "Daily Quill").mkdir()
    >>> _ = (d / "Daily Quill" / "a.txt").write_bytes(b"Caf\\xe9 opens.\\r\\n")
    >>> load_folder_of_txt(d).frame[["doc_id", "outlet", "text"]].values.tolist()
    [['Daily Quill/a', 'Daily Quill', 'Café opens.\\n']]
    """
    from ..io import read_corpus

    p = Path(path).expanduser()
    if not p.is_dir():
        raise FileNotFoundError(f"load_folder_of_txt: {str(p)!r} is not a folder.")
    if outlet is not None:
        corpus = read_corpus(p, outlet=outlet)
    else:
        corpus = read_corpus(p)
    return corpus
