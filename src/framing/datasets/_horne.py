"""Horne & Adali (2017) fake/real/satire news, read straight from the upstream zip."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path, PurePosixPath

import pandas as pd

from ..corpus import Corpus
from ._common import PathLike, build_corpus
from ._fetch import fetch_file

__all__ = ["fetch_horne2017", "read_horne2017_zip"]

logger = logging.getLogger(__name__)

# Folder names inside the zip (the upstream spells "Poltical"); matched loosely.
_SETS = {"buzzfeed": "buzzfeed", "random": "random"}


def _set_name(folder: str) -> str | None:
    low = folder.lower()
    for key, value in _SETS.items():
        if low.startswith(key):
            return value
    return None


def read_horne2017_zip(path: PathLike) -> Corpus:
    """Read ``Horne2017_FakeNewsData.zip`` (or a zip with the same layout).

    Layout: ``<top>/<set> ... Dataset/<Label>/<id>.txt`` for bodies and
    ``<Label>_titles/<id>.txt`` for titles, with ``<set>`` starting with
    "Buzzfeed" or "Random". Files are decoded as UTF-8 with a cp1252 fallback
    (counted in the load report) and CRLF becomes LF.

    Parameters
    ----------
    path : path-like
        The zip file.

    Returns
    -------
    Corpus
        Columns ``doc_id`` (``<set>/<label>/<file stem>``), ``outlet``
        (``"unknown"``: the dataset names no per-article outlet), ``text``,
        ``title``, ``dataset`` (``buzzfeed`` / ``random``), ``label``
        (``fake`` / ``real`` / ``satire``).

    Examples
    --------
    >>> import io, tempfile, zipfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "h.zip"
    >>> with zipfile.ZipFile(p, "w") as z:
    ...     z.writestr("Public Data/Random Dataset/Satire/1.txt", b"Body \\x97 text.\\r\\n")
    ...     z.writestr("Public Data/Random Dataset/Satire_titles/1.txt", b"A title\\r\\n")
    >>> c = read_horne2017_zip(p)
    >>> c.frame[["dataset", "label", "title", "text"]].values.tolist()
    [['random', 'satire', 'A title', 'Body — text.\\n']]
    """
    path = Path(path)
    bodies: dict[tuple[str, str, str], bytes] = {}
    titles: dict[tuple[str, str, str], bytes] = {}
    ignored = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            parts = PurePosixPath(info.filename).parts
            if len(parts) < 3 or not parts[-1].lower().endswith(".txt"):
                ignored += 1
                continue
            dataset = _set_name(parts[-3])
            if dataset is None:
                ignored += 1
                continue
            folder, stem = parts[-2], PurePosixPath(parts[-1]).stem
            is_title = folder.lower().endswith("_titles")
            label = (folder[: -len("_titles")] if is_title else folder).lower()
            key = (dataset, label, stem)
            (titles if is_title else bodies)[key] = zf.read(info)
    rows = []
    for key in sorted(bodies, key=lambda k: (k[0], k[1], _natural(k[2]))):
        dataset, label, stem = key
        title = titles.get(key)
        rows.append({
            "doc_id": f"{dataset}/{label}/{stem}",
            "text": bodies[key],
            "title": title.strip() if title is not None else None,
            "dataset": dataset,
            "label": label,
            "outlet": "unknown",
        })
    frame = pd.DataFrame(rows, columns=["doc_id", "outlet", "text", "title", "dataset", "label"])
    notes = ["outlet is 'unknown': the dataset does not say which outlet published each article"]
    if ignored:
        notes.append(f"{ignored} zip member(s) outside the Fake/Real/Satire folders ignored (README etc.)")
    corpus = build_corpus(frame, str(path), notes, outlet="outlet", doc_id="doc_id",
                          text="text", title="title")
    orphans = sorted(set(titles) - set(bodies))
    corpus.report.add_flagged("title file without a body (ignored)", len(orphans),
                              ["/".join(k) for k in orphans])
    no_title = [f"{k[0]}/{k[1]}/{k[2]}" for k in bodies if k not in titles]
    corpus.report.add_flagged("body without a title file", len(no_title), no_title)
    return corpus


def _natural(stem: str) -> tuple[int, str]:
    digits = "".join(ch for ch in stem.split("_")[0] if ch.isdigit())
    return (int(digits) if digits else 1 << 30, stem)


def fetch_horne2017(data_home: PathLike | None = None, download_if_missing: bool = True) -> Corpus:
    """Horne & Adali (2017): fake, real and satire political news, as a Corpus.

    Two independent sets: "Buzzfeed Political News" (48 fake, 53 real) and
    "Random Political News" (75 fake, 75 real, 75 satire). Read directly from
    ``Horne2017_FakeNewsData.zip`` (found in ``data_home``, downloaded from
    GitHub and SHA-256-verified when missing and allowed).

    Parameters
    ----------
    data_home : path-like, optional
        Folder holding ``fakenewsdata1/Horne2017_FakeNewsData.zip``; default
        ``FRAMING_DATA`` or the per-user cache (see :func:`get_data_home`).
    download_if_missing : bool
        Download the 0.7 MB zip when it is not there (default True).

    Returns
    -------
    Corpus
        Columns ``doc_id, outlet, text, title, dataset, label``; see
        ``describe("horne2017")`` for the card (licence, citation, quirks).

    Examples
    --------
    >>> c = fetch_horne2017(download_if_missing=False)  # doctest: +SKIP
    >>> c.frame.groupby(["dataset", "label"]).size().to_dict()  # doctest: +SKIP
    {('buzzfeed', 'fake'): 48, ('buzzfeed', 'real'): 53, ('random', 'fake'): 75, ...}
    """
    path = fetch_file("horne2017", data_home, download_if_missing)
    corpus = read_horne2017_zip(path)
    corpus.report.source = f"Horne & Adali 2017 ({path})"
    return corpus
