"""Outlet-level label lists (Media Bias/Fact Check via Baly et al., OpenSources) and joining them."""

from __future__ import annotations

import logging
from typing import Literal

import pandas as pd

from ..corpus import Corpus
from ..io import domain_of
from ._common import PathLike
from ._fetch import fetch_file

__all__ = ["fetch_mbfc", "fetch_opensources", "join_outlet_labels", "normalize_outlet"]

logger = logging.getLogger(__name__)


def fetch_mbfc(
    data_home: PathLike | None = None,
    download_if_missing: bool = True,
    *,
    version: Literal["emnlp18", "acl2020"] = "emnlp18",
) -> pd.DataFrame:
    """Media Bias/Fact Check labels per outlet, as released by Baly et al.

    Parameters
    ----------
    data_home : path-like, optional
        Folder holding ``source-labels/mbfc-baly/data/<version>/corpus.tsv``;
        see :func:`get_data_home`.
    download_if_missing : bool
        Download (from GitHub, SHA-256-verified) when missing.
    version : {"emnlp18", "acl2020"}
        ``emnlp18``: 1,066 sites, factuality low/mixed/high and a 7-point bias
        scale; ``acl2020``: 859 sites, factuality and left/center/right.

    Returns
    -------
    pandas.DataFrame
        ``domain`` (normalised: no scheme, ``www.``, port, path or case),
        ``source_url``, ``source_url_normalized``, ``mbfc_url``, ``fact``, ``bias``.

    Examples
    --------
    >>> labels = fetch_mbfc(download_if_missing=False)  # doctest: +SKIP
    >>> len(labels), sorted(labels["fact"].unique())  # doctest: +SKIP
    (1066, ['high', 'low', 'mixed'])
    """
    if version not in ("emnlp18", "acl2020"):
        raise ValueError(f"fetch_mbfc(version={version!r}): choose 'emnlp18' or 'acl2020'.")
    path = fetch_file(f"mbfc_{version}", data_home, download_if_missing)
    df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, na_values=[""])
    df = df.rename(columns={"ref": "mbfc_url"})
    df.insert(0, "domain", df["source_url"].map(domain_of))
    df.attrs["source"] = f"MBFC {version} (Baly et al.) {path}"
    return df


def fetch_opensources(data_home: PathLike | None = None, download_if_missing: bool = True) -> pd.DataFrame:
    """The OpenSources domain list as shipped with FakeNewsCorpus (``websites.csv``).

    Parameters
    ----------
    data_home : path-like, optional
        Folder holding ``source-labels/opensources-fakenewscorpus/websites.csv``.
    download_if_missing : bool
        Download (from GitHub, SHA-256-verified) when missing.

    Returns
    -------
    pandas.DataFrame
        ``domain`` (normalised), ``type``, ``type_2``, ``type_3`` (up to three
        OpenSources categories: fake, satire, bias, conspiracy, junksci, hate,
        clickbait, unreliable, political, reliable, ...) and the other upstream columns.

    Examples
    --------
    >>> sites = fetch_opensources(download_if_missing=False)  # doctest: +SKIP
    >>> len(sites)  # doctest: +SKIP
    1001
    """
    path = fetch_file("opensources", data_home, download_if_missing)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    df = df.drop(columns=[c for c in df.columns if str(c).startswith("Unnamed")])
    df = df.rename(columns={"2nd_type": "type_2", "3rd_type": "type_3"})
    df.insert(0, "domain", df["url"].map(domain_of))
    df = df.drop(columns=["url"])
    df.attrs["source"] = f"OpenSources websites.csv {path}"
    return df


def normalize_outlet(name: object) -> str | None:
    """Outlet names compared case- and space-insensitively.

    Examples
    --------
    >>> normalize_outlet("  The  Daily QUILL ")
    'the daily quill'
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return " ".join(name.lower().split())


# Parents never used as a fallback: hosts shared by unrelated outlets and
# common two-level public suffixes.
_BLOG_HOSTS = frozenset({
    "wordpress.com", "blogspot.com", "medium.com", "substack.com", "tumblr.com", "github.io",
    "wixsite.com", "weebly.com", "typepad.com", "livejournal.com", "squarespace.com",
})
_SHARED_HOSTS = _BLOG_HOSTS | frozenset({
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.in",
    "co.za", "com.br", "co.jp", "com.mx", "com.ar", "com.tr", "com.cn", "com.sg",
})


def _parents(domain: str) -> list[str]:
    """``a.b.example.co.uk`` -> [``a.b.example.co.uk``, ``b.example.co.uk``, ``example.co.uk``]."""
    parts = domain.split(".")
    cands = [".".join(parts[i:]) for i in range(len(parts) - 1)]
    return [c for c in cands if c not in _SHARED_HOSTS]


def join_outlet_labels(
    corpus: Corpus,
    labels: pd.DataFrame,
    on: Literal["url", "domain", "outlet"] = "domain",
    *,
    key: str | None = None,
    prefix: str = "",
    parent_domains: bool = True,
) -> Corpus:
    """Add outlet-level labels (MBFC, OpenSources, your own) to every article.

    Parameters
    ----------
    corpus : Corpus
        The articles (not modified).
    labels : DataFrame
        One row per outlet, e.g. from :func:`fetch_mbfc` or :func:`fetch_opensources`.
    on : {"domain", "url", "outlet"}
        How articles are matched: ``"domain"`` — the corpus ``outlet`` read as
        a domain; ``"url"`` — the domain of each article's ``url``; both
        normalised (scheme, ``www.``, port, case, trailing path removed) and
        matched against the labels' ``domain`` column (or the domain of its
        ``url``/``source_url`` column). ``"outlet"`` — the outlet name, case-
        and space-insensitive, against ``key`` (default: ``outlet`` or ``source``).
    key : str, optional
        The labels column to match on (overrides the default).
    prefix : str
        Prefix for the added columns. Columns whose names are already in the
        corpus are prefixed ``label_`` in any case.
    parent_domains : bool
        For ``domain``/``url``: when ``edition.news.example.com`` has no
        label, try ``news.example.com`` then ``example.com`` (default True).

    Returns
    -------
    Corpus
        The corpus with the label columns. Its ``report`` counts the articles
        without a label and the notes list the unmatched outlets.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import read_corpus
    >>> c = read_corpus(pd.DataFrame({"text": ["a", "b", "c"], "url": [
    ...     "https://www.quill.example/x", "http://edition.quill.example:8080/y",
    ...     "https://other.example/z"]}))
    >>> labels = pd.DataFrame({"domain": ["quill.example"], "bias": ["center"]})
    >>> out = join_outlet_labels(c, labels, on="url")
    >>> out.frame["bias"].isna().tolist()
    [False, False, True]
    >>> out.report.flagged
    {'article outlet not in the label list': 1}
    """
    if on not in ("url", "domain", "outlet"):
        raise ValueError(f"join_outlet_labels(on={on!r}): choose 'url', 'domain' or 'outlet'.")
    if not isinstance(labels, pd.DataFrame):
        raise TypeError("join_outlet_labels(labels=...) takes a pandas DataFrame of outlet labels.")
    frame = corpus.frame
    lab = labels.copy()
    if key is None:
        if on == "outlet":
            key = next((c for c in ("outlet", "source", "name") if c in lab.columns), None)
        else:
            key = next((c for c in ("domain", "url", "source_url", "site") if c in lab.columns), None)
    if key is None or key not in lab.columns:
        raise ValueError(f"join_outlet_labels: no key column in labels (columns: {list(lab.columns)}); "
                         "pass key=<column>.")
    norm = normalize_outlet if on == "outlet" else domain_of
    lab["__key"] = lab[key].map(norm)
    n_dup = int(lab["__key"].duplicated().sum())
    lab = lab.dropna(subset=["__key"]).drop_duplicates("__key")
    lookup = {k: i for i, k in enumerate(lab["__key"])}
    if on == "url":
        if "url" not in frame.columns:
            raise ValueError("join_outlet_labels(on='url'): the corpus has no 'url' column.")
        article_keys = frame["url"].map(domain_of)
    elif on == "domain":
        article_keys = frame["outlet"].map(domain_of)
    else:
        article_keys = frame["outlet"].map(normalize_outlet)
    via_parent = 0
    rows: list[int | None] = []
    for k in article_keys.tolist():
        idx = lookup.get(k) if k is not None else None
        if idx is None and k is not None and on != "outlet" and parent_domains:
            if any(k.endswith("." + h) for h in _BLOG_HOSTS):
                rows.append(None)
                continue  # user.wordpress.com is not wordpress.com
            for parent in _parents(k)[1:]:
                if parent in lookup:
                    idx = lookup[parent]
                    via_parent += 1
                    break
        rows.append(idx)
    add_cols = [c for c in lab.columns if c not in ("__key",) and c != key]
    out = frame.copy()
    taken = set(out.columns)
    positions = pd.array(rows, dtype="Int64")
    matched = ~pd.isna(positions)
    for c in add_cols:
        name = f"{prefix}{c}"
        if name in taken:
            name = f"label_{name}"
        values = lab[c].tolist()
        out[name] = [values[i] if i is not None else None for i in rows]
    from ..corpus import LoadReport

    report = LoadReport(source=corpus.report.source)
    report.merge(corpus.report)
    report.rows_read, report.rows_kept = corpus.report.rows_read, corpus.report.rows_kept
    unmatched_mask = ~pd.Series(matched, index=out.index)
    unmatched_outlets = (frame.loc[unmatched_mask.values, "url" if on == "url" else "outlet"]
                         .map(domain_of if on == "url" else (lambda v: v)).value_counts())
    report.add_flagged("article outlet not in the label list", int(unmatched_mask.sum()),
                       frame.loc[unmatched_mask.values, "doc_id"].head(5))
    shown = ", ".join(f"{o} ({n})" for o, n in unmatched_outlets.head(50).items())
    msg = (f"join_outlet_labels(on={on!r}): {int(matched.sum()):,}/{len(frame):,} articles matched "
           f"{len(lab):,} labelled outlets")
    if via_parent:
        msg += f"; {via_parent:,} via a parent domain"
    report.notes.append(msg)
    if len(unmatched_outlets):
        more = f" and {len(unmatched_outlets) - 50} more" if len(unmatched_outlets) > 50 else ""
        report.notes.append(f"unmatched outlets ({len(unmatched_outlets)}): {shown}{more}")
        logger.info("join_outlet_labels: %d outlet(s) without a label", len(unmatched_outlets))
    if n_dup:
        report.notes.append(f"{n_dup} duplicate label key(s) after normalisation: first kept")
    return Corpus(out, report=report)
