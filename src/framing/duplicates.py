"""Near-duplicate articles: updated versions of one story, syndicated copies, re-scrapes.

Method (paragraph fingerprints)
-------------------------------
Each article is split into units (lines, or sentences when it has no line
breaks, as in :mod:`framing.boilerplate`) and each unit normalised (case,
digits, quotes, whitespace). The *fingerprint* of an article is the set of its
units that are

* at least ``min_unit_chars`` characters long (40 by default: short lines such
  as "Advertisement" or a dateline say nothing about the story),
* not boilerplate according to the pattern layer, and
* not *template text*: units shared by more than ``max(5, max_df_share *
  n)`` articles of the scope (``n`` its article count; ``max_df_share=0.2``)
  or by more than ``max_df`` (200) articles are ignored, so that an outlet's
  recurring trailer cannot make its articles look alike.

The similarity of two articles is the character-weighted Jaccard index of
their fingerprints: the characters of the units they share divided by the
characters of the units either has. Two articles are near-duplicates when it
is at least ``threshold`` (0.5 by default: more than half of their distinct
paragraph text is identical after normalisation); groups are the connected
components of that relation. Candidate pairs come from an inverted index over
units, so the work is linear in the number of units plus the number of pairs
that actually share a unit.

The result does not depend on the order of the articles: groups are numbered
by their smallest ``doc_id``.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus

__all__ = ["find_near_duplicates"]

logger = logging.getLogger(__name__)


def _groups_from_table(table: Any, doc_ids: np.ndarray, scope_code: np.ndarray | None, *,
                       threshold: float = 0.5, min_unit_chars: int = 40, max_df_share: float = 0.2,
                       max_df: int = 200) -> dict[str, Any]:
    """Near-duplicate groups from a :class:`framing.boilerplate.UnitTable`.

    Returns a dict with ``group_of_doc`` (int per article; articles in no group
    get their own number) and ``frame`` (one row per article in a group).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(doc_ids)
    scope = np.zeros(n, dtype=np.int64) if scope_code is None else np.asarray(scope_code, dtype=np.int64)
    empty = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "group": pd.Series([], dtype="int64"),
                          "group_size": pd.Series([], dtype="int64"), "similarity": pd.Series([], dtype=float),
                          "_row": pd.Series([], dtype="int64")})
    sel = (table.key_len >= min_unit_chars) & (table.cat < 0)
    doc = table.doc[sel].astype(np.int64)
    key = table.key_id[sel].astype(np.int64)
    klen = table.key_len[sel].astype(np.int64)
    best = np.zeros(n)
    edges_a: list[np.ndarray] = []
    edges_b: list[np.ndarray] = []
    if len(doc):
        # unique (key, doc) pairs, sorted by key then doc
        code = key * n + doc
        code, first = np.unique(code, return_index=True)
        key_u, doc_u, len_u = code // n, code % n, klen[first]
        # group postings by (scope, key); scope of a unit = scope of its doc
        sk = scope[doc_u]
        order = np.lexsort((doc_u, sk, key_u))
        key_u, doc_u, len_u, sk = key_u[order], doc_u[order], len_u[order], sk[order]
        n_scope = np.bincount(scope, minlength=int(scope.max()) + 1)
        cap = np.minimum(np.maximum(5, np.floor(max_df_share * n_scope)), max_df).astype(np.int64)
        brk = np.flatnonzero((np.diff(key_u) != 0) | (np.diff(sk) != 0)) + 1
        starts = np.concatenate([[0], brk])
        ends = np.concatenate([brk, [len(key_u)]])
        sizes = ends - starts
        ok = (sizes >= 2) & (sizes <= cap[sk[starts]])
        # weight of each doc's fingerprint: only units that are not template text
        post_ok = np.repeat(sizes <= cap[sk[starts]], sizes)
        weight = np.bincount(doc_u[post_ok], weights=len_u[post_ok], minlength=n)
        pa_list: list[np.ndarray] = []
        pb_list: list[np.ndarray] = []
        pw_list: list[np.ndarray] = []
        for s, e in zip(starts[ok].tolist(), ends[ok].tolist(), strict=True):
            members = doc_u[s:e]
            i, j = np.triu_indices(len(members), k=1)
            pa_list.append(members[i])
            pb_list.append(members[j])
            pw_list.append(np.full(len(i), len_u[s], dtype=np.int64))
        if pa_list:
            pa = np.concatenate(pa_list)
            pb = np.concatenate(pb_list)
            pw = np.concatenate(pw_list)
            pcode = pa * n + pb
            ucode, inv = np.unique(pcode, return_inverse=True)
            shared = np.bincount(inv, weights=pw)
            a, b = ucode // n, ucode % n
            union = weight[a] + weight[b] - shared
            sim = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
            keep = sim >= threshold
            a, b, sim = a[keep], b[keep], sim[keep]
            edges_a.append(a)
            edges_b.append(b)
            np.maximum.at(best, a, sim)
            np.maximum.at(best, b, sim)
    if edges_a and len(edges_a[0]):
        a = np.concatenate(edges_a)
        b = np.concatenate(edges_b)
        graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
        _, labels = connected_components(graph, directed=False)
    else:
        labels = np.arange(n)
    sizes_l = np.bincount(labels, minlength=n)
    in_group = sizes_l[labels] >= 2
    # number components by their smallest doc_id: order-independent
    comp_min: dict[int, str] = {}
    for lab, d in zip(labels[in_group].tolist(), doc_ids[in_group].tolist(), strict=True):
        if lab not in comp_min or d < comp_min[lab]:
            comp_min[lab] = d
    ranked = sorted(comp_min, key=lambda lab: comp_min[lab])
    number = {lab: i for i, lab in enumerate(ranked)}
    group_of_doc = np.empty(n, dtype=np.int64)
    # singletons after the groups, numbered by doc_id order too
    single_rows = np.flatnonzero(~in_group)
    single_order = single_rows[np.argsort(doc_ids[single_rows], kind="stable")]
    group_of_doc[single_order] = len(ranked) + np.arange(len(single_order))
    rows = np.flatnonzero(in_group)
    if len(rows):
        group_of_doc[rows] = [number[lab] for lab in labels[rows].tolist()]
        frame = pd.DataFrame({"doc_id": doc_ids[rows].astype(object), "group": group_of_doc[rows],
                              "group_size": sizes_l[labels[rows]].astype(np.int64),
                              "similarity": best[rows], "_row": rows})
        frame = frame.sort_values(["group", "doc_id"], ignore_index=True)
    else:
        frame = empty
    return {"group_of_doc": group_of_doc, "frame": frame}


def find_near_duplicates(corpus: Corpus | pd.DataFrame, *, threshold: float = 0.5, by: str | None = None,
                         min_unit_chars: int = 40, max_df_share: float = 0.2, max_df: int = 200,
                         n_jobs: int | None = None) -> pd.DataFrame:
    """Groups of near-duplicate articles (same story re-published, updated or re-scraped).

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (``doc_id``, ``outlet``, ``text``; ``title`` optional).
    threshold : float
        Minimum character-weighted Jaccard similarity of the articles'
        paragraph fingerprints (default 0.5; see the module docstring).
    by : str, optional
        Only compare articles with the same value of this column (e.g.
        ``"outlet"``, as :class:`framing.BoilerplateDetector` does). Default:
        the whole corpus, so syndicated copies across outlets are found too.
    min_unit_chars : int
        Units shorter than this (normalised) are not part of the fingerprint.
    max_df_share, max_df : float, int
        Units shared by more than ``max(5, max_df_share * n)`` or ``max_df``
        articles of a scope are template text and ignored.
    n_jobs : int, optional
        Threads for the vectorised line table (as in :class:`framing.BoilerplateDetector`:
        ``None`` uses pyarrow's thread count). The result does not depend on it.

    Returns
    -------
    pandas.DataFrame
        One row per article that belongs to a group: ``doc_id``, ``outlet``,
        ``group`` (0, 1, ... numbered by the smallest doc_id of the group),
        ``group_size`` and ``similarity`` (its highest similarity to another
        member). Articles without a near-duplicate are not listed.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import Corpus, find_near_duplicates
    >>> p1 = "The river ferry will stop running in March, the transport board announced on Friday."
    >>> p2 = "Passengers will be offered a replacement bus service until a new boat is delivered."
    >>> p3 = "A new library opens in the old town hall next week after two years of building work."
    >>> c = Corpus(pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": "X",
    ...                          "text": [p1 + "\\n" + p2, p1 + "\\n" + p2 + "\\nUpdated.", p3]}))
    >>> find_near_duplicates(c)[["doc_id", "group", "similarity"]].values.tolist()
    [['a', 0, 1.0], ['b', 0, 1.0]]
    """
    from ._parallel import arrow_threads
    from .boilerplate import _unit_table

    if isinstance(corpus, pd.DataFrame):
        corpus = Corpus(corpus)
    if not isinstance(corpus, Corpus):
        raise TypeError(f"find_near_duplicates takes a Corpus or DataFrame, got {type(corpus).__name__}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    df = corpus._frame
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    table = _unit_table(df["text"], titles, arrow_threads(n_jobs))
    doc_ids = df["doc_id"].astype(str).to_numpy()
    scope = None
    if by is not None:
        if by not in df.columns:
            raise ValueError(f"find_near_duplicates(by={by!r}): no such column; columns: {corpus.columns}")
        _, scope = np.unique(df[by].astype(str).to_numpy(), return_inverse=True)
    res = _groups_from_table(table, doc_ids, scope, threshold=threshold, min_unit_chars=min_unit_chars,
                             max_df_share=max_df_share, max_df=max_df)
    frame = res["frame"]
    outlets = df["outlet"].astype(str).to_numpy()
    frame.insert(1, "outlet", outlets[frame["_row"].to_numpy()] if len(frame) else pd.Series([], dtype=object))
    return frame.drop(columns="_row")
