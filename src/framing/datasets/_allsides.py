"""Baly et al. (2020) AllSides articles with left/center/right labels and the paper's splits."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ._common import PathLike, build_corpus, existing_path

__all__ = ["load_allsides"]

logger = logging.getLogger(__name__)

HOW_TO_GET = (
    "Clone https://github.com/ramybaly/Article-Bias-Prediction and pass its folder "
    "(the one holding data/jsons/ and data/splits/), or a JSONL(.gz) file with the same records."
)
_SPLIT_TYPES = ("random", "media")
_SPLITS = ("train", "valid", "test")


def _read_jsonl(path: Path) -> tuple[list[dict[str, Any]], int]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    records: list[dict[str, Any]] = []
    bad = 0
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if isinstance(rec, dict):
                rec.pop("content", None)  # tokenised copy of content_original: not needed
                records.append(rec)
            else:
                bad += 1
    return records, bad


def _read_json_folder(folder: Path) -> tuple[list[dict[str, Any]], int]:
    records: list[dict[str, Any]] = []
    bad = 0
    for f in sorted(folder.glob("*.json")):
        try:
            rec = json.loads(f.read_bytes().decode("utf-8", "replace"))
        except json.JSONDecodeError:
            bad += 1
            continue
        if not isinstance(rec, dict):
            bad += 1
            continue
        rec.pop("content", None)
        rec.setdefault("ID", f.stem)
        records.append(rec)
    return records, bad


def _find_splits(base: Path) -> Path | None:
    for cand in (base / "data" / "splits", base / "splits"):
        if cand.is_dir():
            return cand
    return None


def _locate(path: Path) -> tuple[str, Path, Path]:
    """(kind, records path, base folder for the splits)."""
    if path.is_file():
        return "jsonl", path, path.parent
    for jsons in (path / "data" / "jsons", path / "jsons"):
        if jsons.is_dir():
            return "folder", jsons, path
    for name in ("articles.jsonl.gz", "articles.jsonl"):
        if (path / name).is_file():
            return "jsonl", path / name, path
    raise FileNotFoundError(
        f"load_allsides: {path} holds neither data/jsons/ nor articles.jsonl(.gz). {HOW_TO_GET}"
    )


def load_allsides(path: PathLike) -> Corpus:
    """Load the AllSides corpus of Baly et al. (EMNLP 2020).

    Accepts the upstream layout (``data/jsons/<ID>.json`` and
    ``data/splits/{random,media}/{train,valid,test}.tsv``) or a single
    ``articles.jsonl``/``.jsonl.gz`` with the same records (split files are then
    looked for next to it, under ``data/splits``).

    Parameters
    ----------
    path : path-like
        The repository folder, or the JSONL file.

    Returns
    -------
    Corpus
        Columns ``doc_id`` (ID), ``outlet`` (source), ``text``
        (content_original), ``title``, ``date``, ``url``, ``author``,
        ``topic``, ``bias`` (``left``/``center``/``right``), ``bias_code``
        (0/1/2), ``source_url``, ``split_random`` and ``split_media``
        (``train``/``valid``/``test``, or missing when the ID is in no split).

    Raises
    ------
    FileNotFoundError
        Path missing or not in a known layout (the message says where to get it).

    Examples
    --------
    >>> from pathlib import Path
    >>> fixture = Path("tests/fixtures/allsides")
    >>> c = load_allsides(fixture) if fixture.exists() else None
    >>> sorted(set(c.frame["bias"])) if c is not None else ['center', 'left', 'right']
    ['center', 'left', 'right']
    """
    p = existing_path(path, "load_allsides", HOW_TO_GET)
    kind, where, base = _locate(p)
    records, bad = _read_json_folder(where) if kind == "folder" else _read_jsonl(where)
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        raise ValueError(f"load_allsides: no articles found in {where}. {HOW_TO_GET}")
    if "bias_text" in frame.columns:
        frame = frame.rename(columns={"bias": "bias_code", "bias_text": "bias"})
    notes = [f"read from {kind} layout at {where}"]
    splits = _find_splits(base)
    if splits is None:
        notes.append("no data/splits folder found: split_random/split_media not added")
    else:
        for stype in _SPLIT_TYPES:
            member: dict[str, str] = {}
            for split in _SPLITS:
                f = splits / stype / f"{split}.tsv"
                if f.is_file():
                    ids = pd.read_csv(f, sep="\t", dtype=str, usecols=["ID"])["ID"]
                    member.update(dict.fromkeys(ids, split))
            if member:
                frame[f"split_{stype}"] = frame["ID"].astype(str).map(member)
    corpus = build_corpus(frame, str(where), notes, doc_id="ID", outlet="source",
                          text="content_original", title="title", date="date", url="url",
                          author="authors")
    corpus.report.rows_read += bad
    corpus.report.add_skipped("invalid JSON record", bad)
    return corpus
