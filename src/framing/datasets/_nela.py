"""NELA-GT (2018-2022): per-source JSON files or the SQLite database, plus source labels.

NELA-GT masks part of every article for copyright reasons: runs of tokens are
replaced by ``@`` (e.g. ``@ @ @ @ @ @ @``). The loader finds these runs,
replaces each by a neutral placeholder (a single space by default) so no word,
character or punctuation count sees them, and records how many it found per
article (``n_masked_runs``, ``n_masked_tokens``) and in the load report.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ._common import PathLike, build_corpus, existing_path

__all__ = ["load_nela_gt", "unmask_nela"]

logger = logging.getLogger(__name__)

HOW_TO_GET = (
    "NELA-GT is distributed on Harvard Dataverse (e.g. NELA-GT-2020: "
    "https://doi.org/10.7910/DVN/CHMUYZ; 2019: https://doi.org/10.7910/DVN/O7FWPO; 2018: "
    "https://doi.org/10.7910/DVN/ULHLCB; 2021: https://doi.org/10.7910/DVN/RBKVBM; 2022: "
    "https://doi.org/10.7910/DVN/AMCV2H). Download the JSON folder or the .db file and the "
    "labels.csv, then pass path=<folder or .db>."
)

# A run of masked tokens: "@" groups separated by blanks, not touching a word
# or another "@" (so e-mail addresses and @handles are left alone). Each
# repetition must consume an "@", so matching is linear.
_MASK_RE = re.compile(r"(?<![\w@])@+(?:[ \t]+@+)+(?![\w@])|(?<![\w@])@{2,}(?![\w@])")
_AT_GROUP_RE = re.compile(r"@+")


def unmask_nela(text: str, placeholder: str = " ") -> tuple[str, int, int]:
    """Replace NELA-GT ``@`` masking runs by ``placeholder``.

    Parameters
    ----------
    text : str
        Article text.
    placeholder : str
        What each run becomes (default one space: invisible to word counts).

    Returns
    -------
    text : str
    runs : int
        Number of masked runs found.
    tokens : int
        Number of masked tokens (``@`` groups) in them.

    Examples
    --------
    >>> unmask_nela("The mayor said @ @ @ @ @ @ @ on Friday, mail me@example.org.")
    ('The mayor said   on Friday, mail me@example.org.', 1, 7)
    >>> unmask_nela("no masking here")
    ('no masking here', 0, 0)
    """
    if not isinstance(text, str) or "@" not in text:
        return text, 0, 0
    runs = 0
    tokens = 0

    def _sub(m: re.Match[str]) -> str:
        nonlocal runs, tokens
        runs += 1
        s = m.group()
        tokens += len(_AT_GROUP_RE.findall(s)) if " " in s or "\t" in s else 1
        return placeholder

    return _MASK_RE.sub(_sub, text), runs, tokens


def _read_json_files(files: list[Path], sources: set[str] | None) -> tuple[list[dict[str, Any]], int]:
    records: list[dict[str, Any]] = []
    bad = 0
    for f in files:
        if sources is not None and f.stem not in sources:
            continue
        try:
            data = json.loads(f.read_bytes().decode("utf-8", "replace"))
        except json.JSONDecodeError:
            bad += 1
            logger.warning("load_nela_gt: %s is not valid JSON: skipped", f)
            continue
        if isinstance(data, dict):
            data = data.get("articles", [data])
        for rec in data if isinstance(data, list) else []:
            if isinstance(rec, dict):
                rec.setdefault("source", f.stem)
                records.append(rec)
            else:
                bad += 1
    return records, bad


def _read_sqlite(db: Path, sources: set[str] | None) -> list[dict[str, Any]]:
    uri = f"file:{db.resolve().as_posix()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        table = "newsdata" if "newsdata" in tables else "articles" if "articles" in tables else None
        if table is None:
            raise ValueError(f"load_nela_gt: {db} has no 'newsdata' or 'articles' table (tables: {sorted(tables)}).")
        query = f"SELECT * FROM {table}"  # table name from the fixed list above
        params: list[str] = []
        if sources is not None:
            query += f" WHERE source IN ({','.join('?' * len(sources))})"
            params = sorted(sources)
        cur = con.execute(query, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]


def _find_labels(base: Path) -> Path | None:
    for folder in (base, base.parent):
        for name in ("labels.csv", "labels.tsv"):
            if (folder / name).is_file():
                return folder / name
    return None


def load_nela_gt(
    path: PathLike,
    *,
    labels: PathLike | None = None,
    sources: Iterable[str] | None = None,
    placeholder: str = " ",
) -> Corpus:
    """Load a NELA-GT release (2018-2022) from its JSON files or SQLite database.

    Parameters
    ----------
    path : path-like
        A folder of per-source ``<source>.json`` files (directly or in
        ``newsdata/``), a ``.db`` SQLite file (table ``newsdata``, or
        ``articles`` in NELA-GT-2018), or a folder holding one ``.db``.
    labels : path-like, optional
        The source-level ``labels.csv``; by default looked for next to ``path``.
        Its first column (``source``) is joined to the article source; its other
        columns are added (prefixed ``source_`` when a name is taken).
    sources : iterable of str, optional
        Load only these sources (file stems / ``source`` values).
    placeholder : str
        Replacement for each ``@`` masking run (see :func:`unmask_nela`).

    Returns
    -------
    Corpus
        Columns ``doc_id`` (id), ``outlet`` (source), ``text`` (content with
        masking runs replaced), ``title``, ``date``, ``url``, ``author``,
        ``n_masked_runs``, ``n_masked_tokens``, the remaining upstream fields and
        the label columns.

    Examples
    --------
    >>> from pathlib import Path
    >>> fixture = Path("tests/fixtures/nela_gt/newsdata")
    >>> c = load_nela_gt(fixture) if fixture.exists() else None
    >>> int(c.frame["n_masked_runs"].sum() > 0) if c is not None else 1
    1
    """
    p = existing_path(path, "load_nela_gt", HOW_TO_GET)
    wanted = set(sources) if sources is not None else None
    bad = 0
    if p.is_file() and p.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        records, kind = _read_sqlite(p, wanted), "sqlite"
    elif p.is_file() and p.suffix.lower() == ".json":
        (records, bad), kind = _read_json_files([p], wanted), "json"
    else:
        dbs = sorted(p.glob("*.db"))
        folder = p / "newsdata" if (p / "newsdata").is_dir() else p
        files = sorted(folder.glob("*.json"))
        if files:
            (records, bad), kind = _read_json_files(files, wanted), "json"
        elif dbs:
            records, kind = _read_sqlite(dbs[0], wanted), "sqlite"
        else:
            raise FileNotFoundError(f"load_nela_gt: no .json files or .db in {p}. {HOW_TO_GET}")
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        raise ValueError(f"load_nela_gt: no articles read from {p}"
                         + (f" for sources {sorted(wanted)}" if wanted else "") + ".")
    if "content" not in frame.columns:
        raise ValueError(f"load_nela_gt: no 'content' field in {p}; columns: {list(frame.columns)}")
    if "name" in frame.columns and "title" not in frame.columns:  # NELA-GT-2018
        frame = frame.rename(columns={"name": "title"})
    if "id" not in frame.columns:
        frame["id"] = [f"{s}-{i:07d}" for i, s in enumerate(frame["source"].astype(str))]
    unmasked = [unmask_nela(t, placeholder) for t in frame["content"].tolist()]
    frame["content"] = [u[0] for u in unmasked]
    frame["n_masked_runs"] = [u[1] for u in unmasked]
    frame["n_masked_tokens"] = [u[2] for u in unmasked]
    runs = int(frame["n_masked_runs"].sum())
    toks = int(frame["n_masked_tokens"].sum())
    notes = [f"read {kind} from {p}",
             f"NELA-GT '@' masking: {runs:,} runs ({toks:,} masked tokens) replaced by "
             f"{placeholder!r}; counts in n_masked_runs / n_masked_tokens"]
    label_path = Path(labels) if labels is not None else _find_labels(p if p.is_dir() else p.parent)
    unmatched: list[str] = []
    if label_path is not None:
        lab = pd.read_csv(label_path, dtype=str, keep_default_na=False, na_values=[""])
        key = lab.columns[0]
        lab = lab.rename(columns={key: "source"}).drop_duplicates("source")
        taken = set(frame.columns)
        lab = lab.rename(columns={c: (f"source_{c}" if c in taken else c)
                                  for c in lab.columns if c != "source"})
        unmatched = sorted(set(frame["source"].astype(str)) - set(lab["source"]))
        frame = frame.merge(lab, on="source", how="left")
        notes.append(f"source labels joined from {label_path} ({len(lab)} sources)")
    else:
        notes.append("no labels.csv found next to the data: pass labels=<path> to add source labels")
    corpus = build_corpus(frame, str(p), notes, doc_id="id", outlet="source", text="content",
                          title="title" if "title" in frame.columns else None,
                          date="date" if "date" in frame.columns else None,
                          url="url" if "url" in frame.columns else None,
                          author="author" if "author" in frame.columns else None)
    rep = corpus.report
    rep.rows_read += bad
    rep.add_skipped("invalid JSON file or record", bad)
    masked = corpus.frame.loc[corpus.frame["n_masked_runs"] > 0, "doc_id"]
    rep.add_repaired("text with '@' masking runs (replaced, counted in n_masked_runs)",
                     len(masked), masked.head(5))
    if unmatched:
        n = int(corpus.frame["outlet"].isin(set(unmatched)).sum())
        rep.add_flagged("source has no row in labels.csv", n, unmatched)
    return corpus
