"""Compare framing across outlets: group profiles, significance tests, Fightin' Words, story matching.

Every function takes the features of :func:`framing.extract_features` (one row
per article, indexed by ``doc_id``) plus a *grouping*, and returns one tidy
DataFrame:

* :func:`profile` -- per group and feature: n, mean, median, standard deviation
  and a seeded percentile-bootstrap confidence interval of the mean;
* :func:`test` -- per feature: Kruskal-Wallis across all groups, then pairwise
  Mann-Whitney U (or Welch's t, or your own test) with the Benjamini-Hochberg
  correction, Cliff's delta and Cohen's d;
* :func:`fightin_words` -- the words that distinguish one group from another
  (Monroe, Colaresi & Quinn 2008), pairwise or one-vs-rest;
* :func:`match_stories` -- pairs of articles from different outlets about the
  same story (TF-IDF cosine within a date window), to compare framing with the
  topic held fixed: pass the result as ``matched=`` to :func:`profile` and
  :func:`test`.

The grouping (``by=``) is resolved by :func:`with_groups` in this order:

1. a pandas Series: aligned on the features' index (``doc_id``);
2. a column name present in ``features``;
3. a column name of ``corpus=`` (a :class:`~framing.Corpus` or a DataFrame with
   ``doc_id``), joined on ``doc_id``.

The methods and formulas are documented in ``docs/compare.md``.
"""

from __future__ import annotations

import itertools
import logging
import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus

__all__ = [
    "GROUP",
    "SmallGroupWarning",
    "with_groups",
    "feature_columns",
    "profile",
    "test",
    "bh_adjust",
    "cliffs_delta",
    "cohens_d",
    "fightin_words",
    "match_stories",
    "matched_ids",
    "body_texts",
]

logger = logging.getLogger(__name__)

#: Name of the group column in the frames this module returns.
GROUP = "group"

class SmallGroupWarning(UserWarning):
    """A group has fewer articles than ``min_n``: its statistics are unreliable.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", SmallGroupWarning)  # silence it knowingly
    """


# --------------------------------------------------------------------------- grouping
def _corpus_frame(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    if isinstance(corpus, Corpus):
        return corpus._frame
    if isinstance(corpus, pd.DataFrame):
        return corpus
    raise TypeError(f"corpus= takes a Corpus or a DataFrame, got {type(corpus).__name__}")


def with_groups(
    features: pd.DataFrame,
    by: str | pd.Series = "outlet",
    *,
    corpus: Corpus | pd.DataFrame | None = None,
    matched: pd.DataFrame | Iterable[str] | None = None,
) -> pd.DataFrame:
    """The features with a ``group`` column: the grouping every function here uses.

    Parameters
    ----------
    features : DataFrame
        Output of :func:`framing.extract_features` (indexed by ``doc_id``), or any
        frame of per-article values; a ``doc_id`` column is used as the index when present.
    by : str or Series
        A Series (aligned on ``doc_id``), a column of ``features``, or a column of
        ``corpus`` joined on ``doc_id``.
    corpus : Corpus or DataFrame, optional
        Where to find ``by`` when it is not a column of ``features``.
    matched : DataFrame or iterable of str, optional
        Keep only these articles: the output of :func:`match_stories` (every
        ``doc_id_a``/``doc_id_b``) or a list of ``doc_id``.

    Returns
    -------
    DataFrame
        A copy of ``features`` (the input is not modified) with a ``group``
        column of strings; articles without a group are dropped (and logged).

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"x": [1.0, 2.0, 3.0]}, index=pd.Index(["a", "b", "c"], name="doc_id"))
    >>> with_groups(f, pd.Series({"a": "P", "b": "Q", "c": "P"}))["group"].tolist()
    ['P', 'Q', 'P']
    """
    if not isinstance(features, pd.DataFrame):
        raise TypeError(f"features must be a DataFrame (from framing.extract_features), got {type(features).__name__}")
    df = features
    if "doc_id" in df.columns:
        df = df.set_index("doc_id")
    df = df.copy(deep=False)
    df.index = df.index.astype(str)
    if isinstance(by, pd.Series):
        groups = by.copy()
        groups.index = groups.index.astype(str)
        if groups.index.has_duplicates:
            raise ValueError("by= Series has duplicate doc_id values in its index.")
        g = groups.reindex(df.index)
    elif isinstance(by, str):
        if by in df.columns:
            g = df[by]
            if by != GROUP:
                df = df.drop(columns=[by])
        elif corpus is not None:
            cf = _corpus_frame(corpus)
            if by not in cf.columns:
                raise ValueError(f"by={by!r}: not a column of the features or of the corpus "
                                 f"(corpus columns: {list(map(str, cf.columns))})")
            if "doc_id" not in cf.columns:
                raise ValueError("corpus= needs a doc_id column to join on.")
            g = pd.Series(cf[by].to_numpy(), index=cf["doc_id"].astype(str).to_numpy()).reindex(df.index)
        else:
            raise ValueError(
                f"by={by!r} is not a column of the features; pass corpus=... to join it on doc_id, "
                "or by=<Series indexed by doc_id>."
            )
    else:
        raise TypeError(f"by= takes a column name or a pandas Series, got {type(by).__name__}")
    out = df.copy()
    out[GROUP] = pd.Series(np.asarray(g, dtype=object), index=df.index).map(
        lambda v: None if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA else str(v)
    )
    missing = out[GROUP].isna()
    if missing.any():
        logger.info("with_groups: %d article(s) have no group and are left out", int(missing.sum()))
        out = out[~missing.to_numpy()]
    if matched is not None:
        keep = matched_ids(matched)
        out = out[out.index.isin(keep)]
    out[GROUP] = out[GROUP].astype(object)
    return out


def feature_columns(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[str]:
    """Numeric and boolean columns of ``frame`` (excluding ``group``), or the ``columns`` asked for.

    Examples
    --------
    >>> import pandas as pd
    >>> feature_columns(pd.DataFrame({"a": [1.0], "b": ["x"], "c": [True], "group": ["g"]}))
    ['a', 'c']
    """
    if columns is not None:
        cols = [columns] if isinstance(columns, str) else list(columns)
        unknown = [c for c in cols if c not in frame.columns]
        if unknown:
            raise ValueError(f"unknown feature column(s) {unknown}; available: {list(frame.columns)}")
        return cols
    out = []
    for c in frame.columns:
        if c == GROUP:
            continue
        s = frame[c]
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_numeric_dtype(s):
            out.append(str(c))
    return out


def _values(frame: pd.DataFrame, cols: list[str]) -> np.ndarray:
    """Float matrix (articles x features) with NaN for missing values."""
    if not cols:
        return np.empty((len(frame), 0))
    arr = [pd.to_numeric(frame[c].astype("Float64") if pd.api.types.is_bool_dtype(frame[c]) else frame[c],
                         errors="coerce").to_numpy(dtype="float64", na_value=np.nan) for c in cols]
    return np.column_stack(arr)


def _group_order(groups: pd.Series) -> list[str]:
    counts = groups.value_counts()
    return sorted(counts.index, key=lambda g: (-counts[g], g))


def _warn_small(sizes: dict[str, int], min_n: int, where: str) -> list[str]:
    small = [g for g, n in sizes.items() if n < min_n]
    if small:
        warnings.warn(
            f"{where}: group(s) {', '.join(f'{g!r} (n={sizes[g]})' for g in small)} have fewer than "
            f"min_n={min_n} articles; their statistics are unreliable.",
            SmallGroupWarning,
            stacklevel=3,
        )
    return small


# --------------------------------------------------------------------------- profile
def _bootstrap_means(x: np.ndarray, n_boot: int, rng: np.random.Generator, batch: int = 250) -> np.ndarray:
    """Means over non-missing values of ``n_boot`` resamples of the rows of ``x`` (articles x features)."""
    n, k = x.shape
    ok = ~np.isnan(x)
    vals = np.where(ok, x, 0.0)
    okf = ok.astype("float64")
    out = np.empty((n_boot, k))
    p = np.full(n, 1.0 / n)
    for s in range(0, n_boot, batch):
        b = min(batch, n_boot - s)
        w = rng.multinomial(n, p, size=b).astype("float64")  # how often each article is drawn
        with np.errstate(invalid="ignore", divide="ignore"):
            out[s:s + b] = (w @ vals) / (w @ okf)
    return out


def profile(
    features: pd.DataFrame,
    by: str | pd.Series = "outlet",
    *,
    corpus: Corpus | pd.DataFrame | None = None,
    columns: Sequence[str] | None = None,
    matched: pd.DataFrame | Iterable[str] | None = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    random_state: int | None = 0,
    min_n: int = 5,
) -> pd.DataFrame:
    """Per group and feature: n, mean, median, standard deviation and a bootstrap CI of the mean.

    Parameters
    ----------
    features : DataFrame
        Per-article features (:func:`framing.extract_features`).
    by, corpus, matched
        The grouping and an optional matched set; see :func:`with_groups`.
    columns : list of str, optional
        Features to profile (default: every numeric or boolean column).
    n_boot : int
        Bootstrap resamples (default 1,000). Each resample draws the group's
        articles with replacement; the interval is the percentile interval of
        the resampled means (missing values are left out of each mean).
    ci : float
        Confidence level (default 0.95).
    random_state : int, optional
        Seed of the bootstrap (default 0: the same numbers every run).
    min_n : int
        Groups with fewer articles get a :class:`SmallGroupWarning`.

    Returns
    -------
    DataFrame
        Columns ``group, feature, n, mean, median, std, ci_low, ci_high``; one
        row per group and feature, groups largest first. ``n`` counts the
        non-missing values; booleans are treated as 0/1 (the mean is a share).

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"x": [1.0, 2.0, 3.0, 10.0, 11.0, 12.0],
    ...                   "outlet": ["A", "A", "A", "B", "B", "B"]})
    >>> p = profile(f, "outlet", min_n=1)
    >>> p[["group", "feature", "n", "mean", "median"]].to_dict("records")[0]
    {'group': 'A', 'feature': 'x', 'n': 3, 'mean': 2.0, 'median': 2.0}
    >>> bool((p["ci_low"] <= p["mean"]).all() and (p["mean"] <= p["ci_high"]).all())
    True
    """
    if not 0 < ci < 1:
        raise ValueError(f"profile(ci={ci}): must be between 0 and 1.")
    if n_boot < 1:
        raise ValueError(f"profile(n_boot={n_boot}): must be a positive integer.")
    df = with_groups(features, by, corpus=corpus, matched=matched)
    cols = feature_columns(df, columns)
    order = _group_order(df[GROUP])
    sizes = {g: int((df[GROUP] == g).sum()) for g in order}
    _warn_small(sizes, min_n, "profile")
    rng = np.random.default_rng(random_state)
    lo_q, hi_q = (1 - ci) / 2, 1 - (1 - ci) / 2
    rows = []
    x_all = _values(df, cols)
    gv = df[GROUP].to_numpy()
    for g in order:
        x = x_all[gv == g]
        n_ok = (~np.isnan(x)).sum(axis=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            mean = np.nanmean(x, axis=0) if len(x) else np.full(len(cols), np.nan)
            median = np.nanmedian(x, axis=0) if len(x) else np.full(len(cols), np.nan)
            std = np.nanstd(x, axis=0, ddof=1) if len(x) else np.full(len(cols), np.nan)
            boots = _bootstrap_means(x, n_boot, rng) if len(x) else np.full((1, len(cols)), np.nan)
            lo = np.nanquantile(boots, lo_q, axis=0)
            hi = np.nanquantile(boots, hi_q, axis=0)
        for j, c in enumerate(cols):
            rows.append({
                GROUP: g, "feature": c, "n": int(n_ok[j]), "mean": float(mean[j]), "median": float(median[j]),
                "std": float(std[j]) if n_ok[j] > 1 else math.nan,
                "ci_low": float(lo[j]) if n_ok[j] else math.nan, "ci_high": float(hi[j]) if n_ok[j] else math.nan,
            })
    out = pd.DataFrame(rows, columns=[GROUP, "feature", "n", "mean", "median", "std", "ci_low", "ci_high"])
    out["n"] = out["n"].astype("int64")
    return out


# --------------------------------------------------------------------------- effect sizes
def cliffs_delta(x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> float:
    """Cliff's delta: P(X > Y) - P(X < Y) over all pairs (missing values dropped).

    Computed from ranks in O((m + n) log(m + n)). Ranges from -1 (every y is
    larger) to 1 (every x is larger); 0 means the two overlap evenly. Common
    rule of thumb (Romano et al. 2006): |d| < 0.147 negligible, < 0.33 small,
    < 0.474 medium, otherwise large.

    Examples
    --------
    >>> cliffs_delta([1, 2, 3], [4, 5])
    -1.0
    >>> cliffs_delta([1, 3], [2, 2])
    0.0
    >>> round(cliffs_delta([2, 3, 4], [1, 2, 3]), 4)
    0.5556
    """
    a = np.asarray(x, dtype="float64")
    b = np.asarray(y, dtype="float64")
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    m, n = len(a), len(b)
    if m == 0 or n == 0:
        return math.nan
    from scipy.stats import rankdata

    ranks = rankdata(np.concatenate([a, b]))
    u = ranks[:m].sum() - m * (m + 1) / 2  # pairs with x > y, ties counted one half
    return float(2 * u / (m * n) - 1)


def cohens_d(x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> float:
    """Cohen's d: (mean(x) - mean(y)) / pooled standard deviation (ddof=1; missing values dropped).

    NaN when either group has fewer than two values or the pooled SD is 0.

    Examples
    --------
    >>> cohens_d([1, 2, 3], [3, 4, 5])
    -2.0
    """
    a = np.asarray(x, dtype="float64")
    b = np.asarray(y, dtype="float64")
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    m, n = len(a), len(b)
    if m < 2 or n < 2:
        return math.nan
    pooled = math.sqrt(((m - 1) * a.var(ddof=1) + (n - 1) * b.var(ddof=1)) / (m + n - 2))
    if pooled == 0:
        return math.nan
    return float((a.mean() - b.mean()) / pooled)


def bh_adjust(pvalues: Sequence[float] | np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (false discovery rate); NaN stays NaN and is not counted.

    With m p-values sorted ascending, ``p_adj(i) = min_{k >= i} min(1, m p(k) / k)``.
    Reject at FDR q where ``p_adj <= q``.

    Examples
    --------
    >>> bh_adjust([0.01, 0.04, 0.03, 0.005]).round(4).tolist()
    [0.02, 0.04, 0.04, 0.02]
    """
    p = np.asarray(pvalues, dtype="float64")
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = len(q)
    if m == 0:
        return out
    order = np.argsort(q, kind="mergesort")
    scaled = q[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(scaled[::-1])[::-1]
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[ok] = res
    return out


def _adjust(p: np.ndarray, correction: str | None) -> np.ndarray:
    if correction is None or correction == "none":
        return p.copy()
    if correction in ("fdr_bh", "bh", "benjamini-hochberg"):
        return bh_adjust(p)
    if correction == "bonferroni":
        m = int((~np.isnan(p)).sum())
        return np.minimum(p * m, 1.0)
    raise ValueError(f"correction={correction!r}: use 'fdr_bh', 'bonferroni' or None.")


# --------------------------------------------------------------------------- tests
def _pair_test(name: str | Callable[..., Any]) -> tuple[str, Callable[[np.ndarray, np.ndarray], tuple[float, float]]]:
    from scipy import stats

    if callable(name):
        label = getattr(name, "__name__", "custom")

        def run(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
            r = name(a, b)
            return float(r[0]), float(r[1])

        return label, run
    if name in ("mannwhitneyu", "mann-whitney", "mwu"):
        def mwu(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
            r = stats.mannwhitneyu(a, b, alternative="two-sided", method="auto")
            return float(r.statistic), float(r.pvalue)

        return "mannwhitneyu", mwu
    if name in ("welch", "ttest", "t-test"):
        def welch(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
            r = stats.ttest_ind(a, b, equal_var=False)
            return float(r.statistic), float(r.pvalue)

        return "welch_t", welch
    raise ValueError(f"pairwise={name!r}: use 'mannwhitneyu', 'welch' or a function (x, y) -> (statistic, p).")


def _safe(fn: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            s, p = fn()
        except ValueError:  # e.g. scipy: all numbers identical
            return math.nan, math.nan
    return s, p


def test(
    features: pd.DataFrame,
    by: str | pd.Series = "outlet",
    *,
    corpus: Corpus | pd.DataFrame | None = None,
    columns: Sequence[str] | None = None,
    matched: pd.DataFrame | Iterable[str] | None = None,
    pairwise: str | Callable[..., Any] = "mannwhitneyu",
    correction: str | None = "fdr_bh",
    alpha: float = 0.05,
    min_n: int = 5,
) -> pd.DataFrame:
    """Are the groups different, feature by feature? Omnibus and pairwise tests with effect sizes.

    For each feature: a Kruskal-Wallis H test across all groups, then a test for
    every pair of groups (two-sided Mann-Whitney U by default), with Cliff's
    delta and Cohen's d. P-values are adjusted with Benjamini-Hochberg (false
    discovery rate) over *all* pairwise rows of the call (every feature x pair),
    and separately over the omnibus rows (one per feature).

    Parameters
    ----------
    features : DataFrame
        Per-article features (:func:`framing.extract_features`).
    by, corpus, matched
        The grouping and an optional matched set; see :func:`with_groups`.
    columns : list of str, optional
        Features to test (default: every numeric or boolean column).
    pairwise : {"mannwhitneyu", "welch"} or callable
        The pairwise test; a callable gets two float arrays and returns
        ``(statistic, pvalue)`` (e.g. ``scipy.stats.brunnermunzel``).
    correction : {"fdr_bh", "bonferroni", None}
        Multiple-comparison correction (default Benjamini-Hochberg).
    alpha : float
        Level for the ``significant`` column (applied to ``p_adj``).
    min_n : int
        Groups with fewer articles get a :class:`SmallGroupWarning` and
        ``small_n=True`` in their rows; they are still tested.

    Returns
    -------
    DataFrame
        One row per feature for the omnibus test (``test="kruskal"``,
        ``group_a``/``group_b`` empty) followed by one row per feature and
        pair. Columns ``feature, test, group_a, group_b, n_a, n_b, mean_a,
        mean_b, median_a, median_b, statistic, p_value, p_adj, significant,
        cliffs_delta, cohens_d, small_n, correction``. Positive effect sizes
        mean ``group_a`` is higher. Constant features give NaN p-values.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"x": [1.0, 2, 3, 4, 5, 11, 12, 13, 14, 15],
    ...                   "outlet": ["A"] * 5 + ["B"] * 5})
    >>> t = test(f, "outlet")
    >>> t[["test", "group_a", "group_b", "cliffs_delta"]].to_dict("records")[1]
    {'test': 'mannwhitneyu', 'group_a': 'A', 'group_b': 'B', 'cliffs_delta': -1.0}
    >>> round(float(t["p_value"].iloc[1]), 4)
    0.0079
    """
    from scipy import stats

    df = with_groups(features, by, corpus=corpus, matched=matched)
    cols = feature_columns(df, columns)
    order = _group_order(df[GROUP])
    sizes = {g: int((df[GROUP] == g).sum()) for g in order}
    small = set(_warn_small(sizes, min_n, "test"))
    label, run = _pair_test(pairwise)
    x_all = _values(df, cols)
    gv = df[GROUP].to_numpy()
    per_group = {g: x_all[gv == g] for g in order}
    omni, pairs = [], []
    for j, c in enumerate(cols):
        samples = {g: per_group[g][:, j][~np.isnan(per_group[g][:, j])] for g in order}
        present = [s for s in samples.values() if len(s)]
        if len(present) >= 2:
            h, p = _safe(lambda present=present: tuple(stats.kruskal(*present)))  # type: ignore[misc]
        else:
            h, p = math.nan, math.nan
        omni.append({"feature": c, "test": "kruskal", "group_a": "", "group_b": "", "n_a": sum(map(len, present)),
                     "n_b": 0, "mean_a": math.nan, "mean_b": math.nan, "median_a": math.nan, "median_b": math.nan,
                     "statistic": h, "p_value": p, "cliffs_delta": math.nan, "cohens_d": math.nan,
                     "small_n": bool(small)})
        for ga, gb in itertools.combinations(order, 2):
            a, b = samples[ga], samples[gb]
            if len(a) and len(b):
                s, p = _safe(lambda a=a, b=b: run(a, b))
            else:
                s, p = math.nan, math.nan
            pairs.append({
                "feature": c, "test": label, "group_a": ga, "group_b": gb, "n_a": len(a), "n_b": len(b),
                "mean_a": float(a.mean()) if len(a) else math.nan, "mean_b": float(b.mean()) if len(b) else math.nan,
                "median_a": float(np.median(a)) if len(a) else math.nan,
                "median_b": float(np.median(b)) if len(b) else math.nan,
                "statistic": s, "p_value": p, "cliffs_delta": cliffs_delta(a, b), "cohens_d": cohens_d(a, b),
                "small_n": ga in small or gb in small,
            })
    cols_out = ["feature", "test", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "median_a", "median_b",
                "statistic", "p_value", "p_adj", "significant", "cliffs_delta", "cohens_d", "small_n", "correction"]
    parts = []
    for rows in (omni, pairs):
        part = pd.DataFrame(rows, columns=[c for c in cols_out if c not in ("p_adj", "significant", "correction")])
        part["p_value"] = part["p_value"].astype("float64")
        part["p_adj"] = _adjust(part["p_value"].to_numpy(), correction)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols_out)
    out["significant"] = (out["p_adj"] <= alpha).astype(bool)
    out["correction"] = correction or "none"
    for c in ("n_a", "n_b"):
        out[c] = out[c].astype("int64")
    return out[cols_out]


test.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported into a test module


# --------------------------------------------------------------------------- text
def body_texts(corpus: Corpus | pd.DataFrame, *, body: bool = True) -> list[str]:
    """The texts to count words in: ``text_body`` when present, else boilerplate-stripped, else raw.

    With ``body=True`` (default): the corpus ``text_body`` column when present,
    else ``framing.boilerplate.body_text(text, title)`` (the pattern layer).
    ``body=False`` gives the raw ``text``. Missing texts become ``""``. This is the
    one rule every part of the library uses to pick the text it measures.

    Examples
    --------
    >>> import pandas as pd
    >>> body_texts(pd.DataFrame({"text": ["Hi.", None]}), body=False)
    ['Hi.', '']
    """
    df = _corpus_frame(corpus)
    texts = [t if isinstance(t, str) else "" for t in df["text"].tolist()] if "text" in df.columns else []
    if not body:
        return texts
    if "text_body" in df.columns:
        return [b if isinstance(b, str) else t for b, t in zip(df["text_body"].tolist(), texts, strict=True)]
    from .boilerplate import body_text

    titles = df["title"].tolist() if "title" in df.columns else [None] * len(texts)
    return [body_text(t, ti if isinstance(ti, str) else None) if t else t for t, ti in zip(texts, titles, strict=True)]


#: Words: letters with inner apostrophes or hyphens (no digits, no underscores).
TOKEN_PATTERN = r"(?u)\b[^\W\d_]+(?:['’\-][^\W\d_]+)*\b"


def _count_matrix(texts: list[str], *, lowercase: bool, stop_words: Any, ngram_range: tuple[int, int],
                  min_count: int, max_terms: int | None) -> tuple[Any, np.ndarray]:
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(lowercase=lowercase, token_pattern=TOKEN_PATTERN, stop_words=stop_words,
                         ngram_range=ngram_range, dtype=np.int64)
    try:
        x = cv.fit_transform(texts)
    except ValueError:  # empty vocabulary
        return None, np.array([], dtype=object)
    terms = cv.get_feature_names_out()
    totals = np.asarray(x.sum(axis=0)).ravel()
    keep = np.flatnonzero(totals >= min_count)
    if max_terms is not None and len(keep) > max_terms:
        top = np.argsort(-totals[keep], kind="mergesort")[:max_terms]
        keep = np.sort(keep[top])
    return x[:, keep], terms[keep]


def fightin_words(
    corpus: Corpus | pd.DataFrame,
    by: str | pd.Series = "outlet",
    *,
    prior: str = "informative",
    alpha0: float | None = None,
    mode: str = "one_vs_rest",
    groups: Sequence[str] | None = None,
    body: bool = True,
    lowercase: bool = True,
    stop_words: str | list[str] | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    min_count: int = 1,
    max_terms: int | None = None,
) -> pd.DataFrame:
    """Distinctive words of each group: log-odds ratios with a Dirichlet prior (Monroe et al. 2008).

    For group i against j (another group, or all other groups together) and
    term w, with counts y, totals n, prior pseudo-counts a_w and a0 = sum a_w::

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    Positive z: w is used relatively more by ``group``; |z| > 1.96 is the
    conventional threshold.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        With a ``text`` column (and ``doc_id`` when ``by`` is a Series).
    by : str or Series
        Group column of the corpus, or a Series aligned on ``doc_id``.
    prior : {"informative", "uniform"}
        ``informative`` (default): a_w = a0 x the share of w in the whole corpus
        (all groups, after ``groups=`` filtering). ``uniform``: a_w = a0 / V.
    alpha0 : float, optional
        Total prior weight a0. Default: the corpus token count for
        ``informative`` (the background counts themselves are the prior, as in
        the common implementations) and 0.01 x V for ``uniform`` (a_w = 0.01).
    mode : {"one_vs_rest", "pairwise"}
        ``one_vs_rest`` (default): each group against all others (``other ==
        "rest"``). ``pairwise``: every unordered pair once, ``group`` the
        earlier in order (largest group first); swap the sign of ``delta`` and
        ``z`` for the reverse direction.
    groups : list of str, optional
        Only these groups (the rest of the corpus is ignored entirely).
    body : bool
        Count words in the body text (see :func:`body_texts`; default True).
    lowercase, stop_words, ngram_range
        Tokenisation (:class:`sklearn.feature_extraction.text.CountVectorizer`
        with :data:`TOKEN_PATTERN`). Stop words are kept by default: the prior
        already shrinks frequent words.
    min_count : int
        Drop terms used fewer times in the whole corpus (they stay in n_i).
    max_terms : int, optional
        Keep only the most frequent terms (they stay in n_i).

    Returns
    -------
    DataFrame
        Columns ``group, other, term, count, delta, var, z, count_other``
        (``count`` is y_iw, ``count_other`` is y_jw), sorted by group, other
        and descending z.

    References
    ----------
    Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words:
    Lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis*, 16(4), 372-403.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["tax cuts tax", "tax care care"], "outlet": ["A", "B"]})
    >>> fw = fightin_words(df, "outlet", prior="uniform", alpha0=0.03)
    >>> fw[fw["group"] == "A"][["term", "count"]].to_dict("records")
    [{'term': 'tax', 'count': 2}, {'term': 'cuts', 'count': 1}, {'term': 'care', 'count': 0}]
    """
    if prior not in ("informative", "uniform"):
        raise ValueError(f"fightin_words(prior={prior!r}): use 'informative' or 'uniform'.")
    if mode not in ("one_vs_rest", "pairwise"):
        raise ValueError(f"fightin_words(mode={mode!r}): use 'one_vs_rest' or 'pairwise'.")
    if alpha0 is not None and not alpha0 > 0:
        raise ValueError(f"fightin_words(alpha0={alpha0}): must be positive.")
    df = _corpus_frame(corpus)
    if isinstance(by, pd.Series):
        if "doc_id" not in df.columns:
            raise ValueError("by= Series needs a doc_id column in the corpus to align on.")
        s = by.copy()
        s.index = s.index.astype(str)
        g = s.reindex(df["doc_id"].astype(str)).to_numpy(dtype=object)
    else:
        if by not in df.columns:
            raise ValueError(f"by={by!r}: no such column; columns: {list(map(str, df.columns))}")
        g = df[by].to_numpy(dtype=object)
    labels = pd.Series([None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v)
                        for v in g], dtype=object)
    keep = labels.notna().to_numpy()
    if groups is not None:
        keep &= labels.isin([str(x) for x in groups]).to_numpy()
    texts = [t for t, k in zip(body_texts(df, body=body), keep, strict=True) if k]
    labels = labels[keep].reset_index(drop=True)
    cols = ["group", "other", "term", "count", "delta", "var", "z", "count_other"]
    order = _group_order(labels) if len(labels) else []
    if len(order) < 2:
        raise ValueError(f"fightin_words needs at least two groups, found {len(order)}: {order}")
    x, terms = _count_matrix(texts, lowercase=lowercase, stop_words=stop_words, ngram_range=ngram_range,
                             min_count=min_count, max_terms=max_terms)
    if x is None or len(terms) == 0:
        return pd.DataFrame(columns=cols)
    # n_i counts every token of the group, including terms dropped by min_count/max_terms
    full, _ = _count_matrix(texts, lowercase=lowercase, stop_words=stop_words, ngram_range=ngram_range,
                            min_count=1, max_terms=None) if (min_count > 1 or max_terms) else (x, terms)
    lab = labels.to_numpy()
    counts = {gname: np.asarray(x[lab == gname].sum(axis=0)).ravel().astype("float64") for gname in order}
    totals = {gname: float(full[lab == gname].sum()) for gname in order}
    background = sum(counts.values())
    v = len(terms)
    if prior == "informative":
        a0 = float(alpha0) if alpha0 is not None else float(sum(totals.values()))
        bg_total = background.sum()
        a = a0 * background / bg_total
    else:
        a0 = float(alpha0) if alpha0 is not None else 0.01 * v
        a = np.full(v, a0 / v)

    def block(gi: str, other: str, yi: np.ndarray, ni: float, yj: np.ndarray, nj: float) -> pd.DataFrame:
        with np.errstate(divide="ignore", invalid="ignore"):  # a one-word vocabulary has no odds: NaN
            delta = (np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a)))
            var = 1.0 / (yi + a) + 1.0 / (yj + a)
            z = delta / np.sqrt(var)
        delta = np.where(np.isfinite(delta), delta, np.nan)
        z = np.where(np.isfinite(z), z, np.nan)
        part = pd.DataFrame({"group": gi, "other": other, "term": terms.astype(object), "count": yi.astype("int64"),
                             "delta": delta, "var": var, "z": z, "count_other": yj.astype("int64")})
        return part.sort_values(["z", "term"], ascending=[False, True], kind="mergesort")

    parts = []
    if mode == "one_vs_rest":
        grand_n = sum(totals.values())
        for gi in order:
            parts.append(block(gi, "rest", counts[gi], totals[gi], background - counts[gi], grand_n - totals[gi]))
    else:
        for gi, gj in itertools.combinations(order, 2):
            parts.append(block(gi, gj, counts[gi], totals[gi], counts[gj], totals[gj]))
    out = pd.concat(parts, ignore_index=True)
    out["group"] = out["group"].astype(object)
    out["other"] = out["other"].astype(object)
    return out[cols]


# --------------------------------------------------------------------------- matching
def matched_ids(matched: pd.DataFrame | Iterable[str]) -> set[str]:
    """The doc_ids of a matched set (the output of :func:`match_stories`, or any list of ids).

    Examples
    --------
    >>> import pandas as pd
    >>> sorted(matched_ids(pd.DataFrame({"doc_id_a": ["x"], "doc_id_b": ["y"]})))
    ['x', 'y']
    """
    if isinstance(matched, pd.DataFrame):
        if not {"doc_id_a", "doc_id_b"} <= set(matched.columns):
            raise ValueError("matched= DataFrame needs doc_id_a and doc_id_b columns (see match_stories).")
        return set(matched["doc_id_a"].astype(str)) | set(matched["doc_id_b"].astype(str))
    if isinstance(matched, str):
        return {matched}
    return {str(m) for m in matched}


def match_stories(
    corpus: Corpus | pd.DataFrame,
    by: str = "outlet",
    *,
    window_days: float = 3,
    threshold: float = 0.3,
    one_to_one: bool = True,
    body: bool = True,
    max_features: int = 100_000,
    min_df: int = 1,
    max_df: float = 0.5,
) -> pd.DataFrame:
    """Pair articles from different groups that cover the same story.

    Articles are represented as TF-IDF vectors (English stop words removed,
    sublinear term frequency, terms in more than ``max_df`` of the articles
    ignored, L2-normalised), and two articles from different groups are a
    candidate pair when their cosine similarity is at least ``threshold`` and
    their dates are at most ``window_days`` apart (articles without a date are
    only compared when the corpus has no dates at all). With ``one_to_one``
    (default) candidates are accepted greedily from the most similar down, so
    each article is matched at most once per other group.

    Thresholds: cosine 0.3 on these TF-IDF vectors is a conservative "same
    event" cut for news text (articles sharing names, places and numbers);
    0.2 finds more pairs with some topic-only matches; 0.5 keeps near-rewrites
    of the same wire copy. Check a sample of pairs before trusting a cut.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        With ``doc_id``, ``text``, the ``by`` column and, ideally, ``date``.
    by : str
        Group column; only pairs of different groups are formed.
    window_days : float
        Maximum distance in days between the two dates (default 3).
    threshold : float
        Minimum cosine similarity (default 0.3).
    one_to_one : bool
        Match each article at most once per other group (default True).
    body : bool
        Use the body text (see :func:`body_texts`).
    max_features, min_df, max_df
        Passed to :class:`sklearn.feature_extraction.text.TfidfVectorizer`
        (``max_df`` only applies to corpora of 20 articles or more).

    Returns
    -------
    DataFrame
        Columns ``doc_id_a, doc_id_b, group_a, group_b, similarity,
        days_apart``, most similar first. Pass it as ``matched=`` to
        :func:`profile` or :func:`test` to compare on matched stories only.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a1", "b1", "b2"], "outlet": ["A", "B", "B"],
    ...     "text": ["Flood hits the river town of Elmsford", "Elmsford river town flood damage",
    ...              "Parliament passes the annual budget"]})
    >>> match_stories(df, threshold=0.2)[["doc_id_a", "doc_id_b"]].values.tolist()
    [['a1', 'b1']]
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    df = _corpus_frame(corpus)
    for col in ("doc_id", by):
        if col not in df.columns:
            raise ValueError(f"match_stories: no {col!r} column; columns: {list(map(str, df.columns))}")
    cols = ["doc_id_a", "doc_id_b", "group_a", "group_b", "similarity", "days_apart"]
    n = len(df)
    if n < 2:
        return pd.DataFrame(columns=cols)
    texts = body_texts(df, body=body)
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_features=max_features, min_df=min_df,
                          max_df=max_df if n >= 20 else 1.0, token_pattern=TOKEN_PATTERN, dtype=np.float32)
    try:
        x = vec.fit_transform(texts).tocsr()
    except ValueError:  # empty vocabulary
        return pd.DataFrame(columns=cols)
    groups = df[by].astype(object).to_numpy()
    ids = df["doc_id"].astype(str).to_numpy()
    if "date" in df.columns and pd.api.types.is_datetime64_any_dtype(df["date"]) and df["date"].notna().any():
        days = (df["date"].dt.tz_localize(None) if getattr(df["date"].dt, "tz", None) is not None
                else df["date"]).to_numpy(dtype="datetime64[s]").astype("float64") / 86_400.0
        has_dates = True
    else:
        days = np.zeros(n)
        has_dates = False
    valid = ~np.isnan(days) if has_dates else np.ones(n, bool)
    idx = np.flatnonzero(valid)
    idx = idx[np.argsort(days[idx], kind="mergesort")]
    d_sorted = days[idx]
    cand: list[tuple[float, int, int]] = []
    block = 256
    # sweep over date-sorted articles: each block is compared with itself and the articles that follow
    # within the window, so the work is linear in n for corpora spread over time
    for s in range(0, len(idx), block):
        rows = idx[s:s + block]
        hi = int(np.searchsorted(d_sorted, d_sorted[min(s + block, len(idx)) - 1] + window_days, side="right"))
        colsi = idx[s:hi]
        sim = (x[rows] @ x[colsi].T).tocsr()
        sim.data[sim.data < threshold] = 0
        sim.eliminate_zeros()
        sim = sim.tocoo()
        for r, c, v in zip(sim.row, sim.col, sim.data, strict=True):
            i, j = int(rows[r]), int(colsi[c])
            if s + r >= s + c or v < threshold:  # each unordered pair once (position in the sweep)
                continue
            if groups[i] == groups[j] or abs(days[i] - days[j]) > window_days:
                continue
            cand.append((float(v), i, j))
    cand.sort(key=lambda t: (-t[0], ids[t[1]], ids[t[2]]))
    used: set[tuple[int, Any]] = set()
    out = []
    for v, i, j in cand:
        if one_to_one and ((i, groups[j]) in used or (j, groups[i]) in used):
            continue
        used.add((i, groups[j]))
        used.add((j, groups[i]))
        a, b = (i, j) if (str(groups[i]), ids[i]) <= (str(groups[j]), ids[j]) else (j, i)
        out.append({"doc_id_a": ids[a], "doc_id_b": ids[b], "group_a": groups[a], "group_b": groups[b],
                    "similarity": round(v, 6), "days_apart": abs(days[a] - days[b]) if has_dates else math.nan})
    return pd.DataFrame(out, columns=cols)
