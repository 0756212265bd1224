"""Helpers shared by the dataset loaders (not public)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import Corpus

PathLike = str | os.PathLike[str]


def build_corpus(frame: pd.DataFrame, source: str, notes: list[str] | None = None,
                 **columns: Any) -> Corpus:
    """Run :func:`framing.read_corpus` on a loader's DataFrame and name the source.

    Every loader goes through here so column inference, text repair, the load
    report and validation are the same as for user files.
    """
    from ..io import read_corpus

    corpus = read_corpus(frame, **columns)
    corpus.report.source = source
    for n in notes or []:
        if n not in corpus.report.notes:
            corpus.report.notes.append(n)
    return corpus


def existing_path(path: PathLike | None, dataset: str, how_to_get: str) -> Path:
    """``path`` as a Path, or a FileNotFoundError saying where to get the data."""
    if path is None:
        raise TypeError(
            f"{dataset}: pass path=<where you saved the data>. This dataset cannot be "
            f"downloaded or redistributed by framing; {how_to_get}"
        )
    p = Path(path).expanduser()
    if not p.exists():
        raise FileNotFoundError(
            f"{dataset}: {str(p)!r} does not exist. {how_to_get}"
        )
    return p
