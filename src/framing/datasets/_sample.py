"""The synthetic sample corpus bundled with the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

from ..corpus import Corpus

__all__ = ["load_sample", "load_sample_gold", "sample_path"]

_FILES = {
    "articles": ("sample_articles.jsonl", "articles.jsonl"),
    "gold": ("sample_gold.jsonl", "gold.jsonl"),
    "card": ("sample_README.md", "README.md"),
}


def sample_path(which: str = "articles") -> Path:
    """Path of a sample-corpus file: ``"articles"``, ``"gold"`` or ``"card"``.

    Inside an installed wheel the files live in ``framing/datasets/_data``; in a
    source checkout (editable install) they are read from ``datasets/sample/``.
    """
    packaged, source = _FILES[which]
    res = resources.files("framing.datasets").joinpath("_data", packaged)
    if res.is_file():
        return Path(str(res))
    checkout = Path(__file__).resolve().parents[3] / "datasets" / "sample" / source
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(
        f"the sample corpus file {packaged!r} is missing from this installation; "
        "reinstall media-framing (pip install --force-reinstall media-framing)."
    )


def load_sample() -> Corpus:
    """Load the bundled synthetic sample corpus (fictional outlets and events).

    Five fictional outlets with distinct house styles (wire service, public
    broadcaster, partisan blog, state-affiliated outlet, tabloid) cover the same
    fictional events. Written for this project: no real article text. For
    demos, teaching and tests, not for claims about real outlets.

    Returns
    -------
    Corpus
        Columns ``doc_id, outlet, text, title, date, url, author`` plus
        ``outlet_type``, ``event`` and ``annotated`` (has gold spans).

    Examples
    --------
    >>> from framing.datasets import load_sample
    >>> c = load_sample()
    >>> len(c) >= 60 and c.frame["outlet"].nunique() >= 5
    True
    """
    from ..io import read_corpus

    corpus = read_corpus(sample_path("articles"))
    corpus.report.source = "framing sample corpus"
    return corpus


def load_sample_gold() -> pd.DataFrame:
    """Hand-made gold spans for the annotated articles of :func:`load_sample`.

    Returns
    -------
    pandas.DataFrame
        One row per span: ``doc_id`` plus the :data:`framing.spans.SPAN_COLUMNS`.

    Examples
    --------
    >>> gold = load_sample_gold()
    >>> set(gold["kind"]) <= {"quote", "attribution", "boilerplate"}
    True
    """
    df = pd.read_json(sample_path("gold"), lines=True, dtype=False)
    return df.astype({"start": "int64", "end": "int64"})
