"""Plots for comparing outlets, in the style of seaborn: ``plot.x(data, *, x=, y=, hue=, ax=None) -> Axes``.

Every function draws on ``ax`` (or on a new figure sized for slides when
``ax`` is None) and returns the Axes; none calls ``plt.show()``. matplotlib is
imported when a function is first called, never by ``import framing``.

Colours: groups (outlets) get colours from a colour-blind-safe palette (Okabe
& Ito 2008, then Paul Tol's "muted" set for groups 9-17) in order of first
appearance, and keep them for the whole session, so an outlet is the same
colour in every plot. See :func:`palette`, :func:`set_colours` and
:func:`reset_colours`.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from framing import plot
>>> f = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "hedge_rate": [1.0, 2.0, 0.5, 0.7]})
>>> ax = plot.feature_by_group(f, x="outlet", y="hedge_rate")
>>> [t.get_text() for t in ax.get_xticklabels()]
['A', 'B']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import compare
from .compare import GROUP

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .corpus import Corpus

__all__ = [
    "OKABE_ITO",
    "palette",
    "colour",
    "set_colours",
    "reset_colours",
    "feature_by_group",
    "profile_heatmap",
    "fightin_words",
    "attribution_mix",
    "mix_table",
    "quote_profile",
    "over_time",
    "boilerplate",
    "coefficients",
    "confusion",
]

#: Okabe & Ito (2008) colour-blind-safe palette (black moved last, yellow late: low contrast on white).
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
#: Paul Tol's "muted" qualitative scheme, used after the eight Okabe-Ito colours.
TOL_MUTED = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
_PALETTE = OKABE_ITO + TOL_MUTED
#: Colour of "not significant" and of groups beyond the palette.
GREY = "#BBBBBB"

#: Fixed colours of the attribution categories (source types and cue tones).
CATEGORY_COLOURS = {
    "named_person": "#0072B2", "official": "#E69F00", "organisation": "#009E73", "media": "#CC79A7",
    "anonymous": "#D55E00", "document": "#56B4E9", "unknown": GREY,
    "neutral": "#56B4E9", "loaded": "#D55E00", "relay": "#009E73",
}
SOURCE_TYPES = ("named_person", "official", "organisation", "media", "anonymous", "document")
CUE_TONES = ("neutral", "loaded", "relay")

_COLOURS: dict[str, str] = {}

# slide-size defaults
FIGSIZE = (9.0, 5.5)
_TITLE, _LABEL, _TICK = 15, 13, 11


def _plt() -> Any:
    import matplotlib.pyplot as plt

    return plt


def _axes(ax: Axes | None, figsize: tuple[float, float] = FIGSIZE) -> Axes:
    if ax is not None:
        return ax
    _, new = _plt().subplots(figsize=figsize, layout="constrained")
    return new


def _finish(ax: Axes, *, title: str | None = None, xlabel: str | None = None, ylabel: str | None = None) -> Axes:
    if title is not None:
        ax.set_title(title, fontsize=_TITLE)
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=_LABEL)
    if ylabel is not None:
        ax.set_ylabel(ylabel, fontsize=_LABEL)
    ax.tick_params(labelsize=_TICK)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


# --------------------------------------------------------------------------- colours
def colour(group: Any) -> str:
    """The session colour of ``group`` (assigned on first use, then fixed).

    Examples
    --------
    >>> reset_colours()
    >>> colour("Outlet A"), colour("Outlet B"), colour("Outlet A")
    ('#0072B2', '#E69F00', '#0072B2')
    """
    key = str(group)
    if key not in _COLOURS:
        used = set(_COLOURS.values())
        free = [c for c in _PALETTE if c not in used]
        _COLOURS[key] = free[0] if free else GREY
    return _COLOURS[key]


def palette(groups: Iterable[Any]) -> dict[str, str]:
    """Group -> colour for ``groups``, registering new ones in order.

    Examples
    --------
    >>> reset_colours()
    >>> palette(["X", "Y"])
    {'X': '#0072B2', 'Y': '#E69F00'}
    """
    return {str(g): colour(g) for g in groups}


def set_colours(mapping: Mapping[Any, str]) -> None:
    """Fix the colours of some groups (e.g. to match a paper's figures).

    Examples
    --------
    >>> set_colours({"Left Outlet": "#0072B2"})
    >>> colour("Left Outlet")
    '#0072B2'
    """
    for g, c in mapping.items():
        _COLOURS[str(g)] = c


def reset_colours() -> None:
    """Forget every assignment (the next groups start again at the first colour).

    Examples
    --------
    >>> reset_colours()
    >>> colour("Outlet A") == OKABE_ITO[0]
    True
    """
    _COLOURS.clear()


# --------------------------------------------------------------------------- helpers
def _grouped(data: pd.DataFrame, by: Any, corpus: Corpus | pd.DataFrame | None) -> pd.DataFrame:
    """``data`` with a ``group`` column (see :func:`framing.compare.with_groups`)."""
    return compare.with_groups(data, by, corpus=corpus)


def _order(groups: pd.Series, order: Sequence[str] | None) -> list[str]:
    if order is not None:
        return [str(g) for g in order]
    counts = groups.value_counts()
    return sorted(map(str, counts.index), key=lambda g: (-counts[g], g))


def _need(df: pd.DataFrame, cols: Iterable[str], fn: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"plot.{fn}: column(s) {missing} not found; columns: {list(map(str, df.columns))}")


def _short(label: str, n: int = 28) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


# --------------------------------------------------------------------------- plots
def feature_by_group(
    data: pd.DataFrame,
    *,
    x: str | pd.Series = "outlet",
    y: str,
    hue: str | None = None,
    ax: Axes | None = None,
    corpus: Corpus | pd.DataFrame | None = None,
    order: Sequence[str] | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    points: bool = True,
) -> Axes:
    """One feature per group: box plot, the articles as jittered points, and the mean with its bootstrap CI.

    Parameters
    ----------
    data : DataFrame
        Per-article features (e.g. :func:`framing.extract_features`).
    x : str or Series
        The grouping: a column of ``data``, a column of ``corpus`` (joined on
        ``doc_id``) or a Series aligned on ``doc_id``.
    y : str
        The feature to plot.
    hue : str, optional
        Ignored except for colour: boxes are always coloured by group (kept
        for seaborn-like call sites).
    ax : Axes, optional
        Where to draw (default: a new slide-sized figure).
    corpus : Corpus or DataFrame, optional
        Where to find ``x`` when it is not a column of ``data``.
    order : list of str, optional
        Group order (default: largest first).
    ci, n_boot : float, int
        Confidence level and resamples of the mean's CI (:func:`framing.compare.profile`).
    points : bool
        Draw the articles as points (default True).

    Returns
    -------
    matplotlib.axes.Axes
        Boxes in ``ax.patches``; points in ``ax.collections`` (one per group);
        the means with CIs as the errorbar line labelled ``"mean (95% CI)"``.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "B", "B"], "hedge_rate": [1.0, 0.5, 0.7]})
    >>> feature_by_group(f, y="hedge_rate").get_ylabel()
    'hedge_rate'
    """
    df = _grouped(data, x, corpus)
    _need(df, [y], "feature_by_group")
    groups = _order(df[GROUP], order)
    ax = _axes(ax)
    vals = [pd.to_numeric(df.loc[df[GROUP] == g, y], errors="coerce").dropna().to_numpy(dtype=float) for g in groups]
    cols = palette(groups)
    pos = np.arange(1, len(groups) + 1)
    nonempty = [i for i, v in enumerate(vals) if len(v)]
    if nonempty:
        bp = ax.boxplot([vals[i] for i in nonempty], positions=pos[nonempty], widths=0.55, patch_artist=True,
                        showfliers=not points, medianprops={"color": "black", "linewidth": 1.5})
        for i, box in zip(nonempty, bp["boxes"], strict=True):
            box.set_facecolor(cols[groups[i]])
            box.set_alpha(0.45)
            box.set_label(groups[i])
    rng = np.random.default_rng(0)
    if points:
        for p, g, v in zip(pos, groups, vals, strict=True):
            ax.scatter(p + rng.uniform(-0.18, 0.18, len(v)), v, s=12, color=cols[g], alpha=0.7,
                       edgecolors="none", zorder=3, label=f"_{g} articles")
    prof = compare.profile(df, GROUP, columns=[y], ci=ci, n_boot=n_boot, min_n=0).set_index(GROUP)
    means = [prof.loc[g, "mean"] if g in prof.index else math.nan for g in groups]
    lo = [prof.loc[g, "ci_low"] if g in prof.index else math.nan for g in groups]
    hi = [prof.loc[g, "ci_high"] if g in prof.index else math.nan for g in groups]
    err = np.array([np.subtract(means, lo), np.subtract(hi, means)])
    ax.errorbar(pos + 0.33, means, yerr=err, fmt="D", color="black", markersize=6, capsize=4, zorder=4,
                label=f"mean ({ci:.0%} CI)")
    ax.set_xticks(pos, [_short(g) for g in groups], rotation=30 if len(groups) > 4 else 0,
                  ha="right" if len(groups) > 4 else "center")
    ax.set_xlim(0.4, len(groups) + 0.7)
    ax.legend(loc="best", fontsize=_TICK, frameon=False)
    return _finish(ax, title=y, xlabel=x if isinstance(x, str) else (x.name or "group"), ylabel=y)


def _zscores(features: pd.DataFrame, by: Any, columns: Sequence[str] | None,
             corpus: Corpus | pd.DataFrame | None, order: Sequence[str] | None) -> pd.DataFrame:
    df = _grouped(features, by, corpus)
    cols = compare.feature_columns(df, columns)
    vals = pd.DataFrame(compare._values(df, cols), columns=cols, index=df.index)
    mu, sd = vals.mean(), vals.std(ddof=1)
    keep = [c for c in cols if np.isfinite(sd[c]) and sd[c] > 0]
    means = vals[keep].groupby(df[GROUP].to_numpy()).mean()
    z = (means - mu[keep]) / sd[keep]
    return z.loc[_order(df[GROUP], order)]


def profile_heatmap(
    features: pd.DataFrame,
    *,
    by: str | pd.Series = "outlet",
    columns: Sequence[str] | None = None,
    corpus: Corpus | pd.DataFrame | None = None,
    order: Sequence[str] | None = None,
    annot: bool = True,
    cmap: str = "RdBu_r",
    ax: Axes | None = None,
) -> Axes:
    """Groups x features heatmap of z-scores: (group mean - mean of all articles) / SD of all articles.

    A diverging colour map centred at 0 (blue below the corpus average, red
    above; ColorBrewer RdBu is colour-blind safe) with each cell annotated.
    Features with zero or undefined variance are left out.

    Parameters
    ----------
    features : DataFrame
        Per-article features.
    by, corpus
        The grouping (see :func:`framing.compare.with_groups`).
    columns : list of str, optional
        Features to show (default: every numeric column with variance).
    order : list of str, optional
        Row order (default: largest group first).
    annot : bool
        Write the z-score in every cell.
    cmap : str
        A diverging matplotlib colour map.
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        The image is ``ax.images[0]`` (its array holds the z-scores, its
        colour limits are symmetric around 0).

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "x": [1.0, 2, 3, 4], "y": [0.0, 1, 1, 0]})
    >>> profile_heatmap(f).images[0].get_clim()
    (-0.7745966692414834, 0.7745966692414834)
    """
    z = _zscores(features, by, columns, corpus, order)
    n_rows, n_cols = z.shape
    ax = _axes(ax, figsize=(max(6.0, 0.75 * n_cols + 3.5), max(3.0, 0.6 * n_rows + 2.0)))
    arr = z.to_numpy(dtype=float)
    finite = arr[np.isfinite(arr)]
    vmax = float(np.abs(finite).max()) if finite.size else 1.0
    vmax = vmax if vmax > 0 else 1.0
    im = ax.imshow(np.ma.masked_invalid(arr), cmap=cmap, vmin=-vmax, vmax=vmax, aspect="auto")
    ax.set_xticks(range(n_cols), list(z.columns), rotation=45, ha="right")
    ax.set_yticks(range(n_rows), [_short(str(g), 30) for g in z.index])
    if annot:
        for i in range(n_rows):
            for j in range(n_cols):
                v = arr[i, j]
                if np.isfinite(v):
                    ax.text(j, i, f"{v:+.1f}", ha="center", va="center", fontsize=_TICK - 1,
                            color="white" if abs(v) > 0.6 * vmax else "black")
    cb = ax.figure.colorbar(im, ax=ax, shrink=0.8)
    cb.set_label("z-score (SDs from the corpus mean)", fontsize=_TICK)
    _finish(ax, title="Feature profile by group", xlabel="", ylabel="")
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    return ax


def fightin_words(
    result: pd.DataFrame,
    *,
    group: str | None = None,
    other: str | None = None,
    top: int = 10,
    z: float = 1.96,
    ax: Axes | None = None,
) -> Axes:
    """The classic Fightin' Words plot: z-score against frequency, with the most distinctive terms labelled.

    Parameters
    ----------
    result : DataFrame
        Output of :func:`framing.compare.fightin_words`.
    group : str, optional
        The group to show (default: the first in ``result``).
    other : str, optional
        The comparison (default: the first for ``group``; ``"rest"`` in one-vs-rest mode).
    top : int
        Label this many terms at each end.
    z : float
        Significance threshold drawn as dashed lines (|z| > 1.96 ~ p < .05, uncorrected).
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        All terms in ``ax.collections[0]`` (x = count in both sets, log scale);
        the labels are ``ax.texts``.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.compare import fightin_words as fw
    >>> r = fw(pd.DataFrame({"text": ["tax cuts tax", "tax care care"], "outlet": ["A", "B"]}), "outlet")
    >>> sorted(t.get_text() for t in fightin_words(r, group="A", top=1, z=0.1).texts)
    ['care', 'cuts']
    """
    _need(result, ["group", "other", "term", "count", "z"], "fightin_words")
    if result.empty:
        raise ValueError("plot.fightin_words: the result is empty.")
    group = str(result["group"].iloc[0]) if group is None else str(group)
    sub = result[result["group"].astype(str) == group]
    if sub.empty:
        raise ValueError(f"plot.fightin_words: no rows for group {group!r}; groups: {sorted(set(result['group']))}")
    other = str(sub["other"].iloc[0]) if other is None else str(other)
    sub = sub[sub["other"].astype(str) == other]
    total = sub["count"].to_numpy(dtype=float) + (sub["count_other"].to_numpy(dtype=float)
                                                  if "count_other" in sub.columns else 0.0)
    zs = sub["z"].to_numpy(dtype=float)
    c_group = colour(group)
    c_other = colour(other) if other != "rest" else "#555555"
    colours = np.where(zs > z, c_group, np.where(zs < -z, c_other, GREY))
    ax = _axes(ax)
    ax.scatter(np.maximum(total, 1), zs, c=list(colours), s=14, alpha=0.8, edgecolors="none")
    ax.set_xscale("log")
    for v in (z, -z):
        ax.axhline(v, color="#777777", linestyle="--", linewidth=1)
    order = np.argsort(-zs, kind="mergesort")
    picks = [i for i in order[:top] if zs[i] > z] + [i for i in order[::-1][:top] if zs[i] < -z]
    terms = sub["term"].astype(str).to_numpy()
    # keep labels apart vertically: walk outwards from the extreme and push each label at least `gap` away
    finite = zs[np.isfinite(zs)]
    span = (finite.max() - finite.min()) if finite.size else 1.0
    gap = 0.05 * (span if span > 0 else 1.0)
    for side in (1, -1):
        idx = sorted((i for i in picks if np.sign(zs[i]) == side), key=lambda i: -side * zs[i])
        prev = None
        for i in idx:
            ty = zs[i] if prev is None else (min(zs[i], prev - gap) if side > 0 else max(zs[i], prev + gap))
            prev = ty
            ax.annotate(terms[i], (max(total[i], 1), zs[i]), xytext=(max(total[i], 1) * 1.15, ty),
                        textcoords="data", fontsize=_TICK, color=c_group if side > 0 else c_other, va="center",
                        arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6} if ty != zs[i] else None)
    return _finish(ax, title=f"{_short(group, 40)} vs {_short(other, 40)}: distinctive words",
                   xlabel="frequency (count in both, log scale)",
                   ylabel=f"z-score (log-odds; > 0: {_short(group, 24)})")


def _find_columns(df: pd.DataFrame, cats: Sequence[str], patterns: Sequence[str]) -> dict[str, str]:
    found = {}
    for cat in cats:
        for pat in patterns:
            name = pat.format(cat)
            if name in df.columns:
                found[cat] = name
                break
    return found


_SOURCE_PATTERNS = ("{}_source_share", "source_share_{}", "share_sources_{}", "{}_share")
_TONE_PATTERNS = ("share_attributions_{}", "{}_cue_share", "cue_share_{}", "{}_attribution_share")


def mix_table(
    data: pd.DataFrame,
    *,
    by: str | pd.Series = "outlet",
    kind: str = "source_type",
    corpus: Corpus | pd.DataFrame | None = None,
    columns: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Share of each category (source type or cue tone) per group: the table behind :func:`attribution_mix`.

    Parameters
    ----------
    data : DataFrame
        Either span annotations (columns ``kind``, ``source_type``,
        ``cue_tone`` and ``doc_id`` or the ``by`` column; e.g. concatenated
        :func:`framing.annotate` outputs) -- every attribution span counts once;
        or per-article features with one share column per category (e.g.
        ``official_source_share``, ``share_attributions_loaded``, or given by
        ``columns``) -- the group value is the mean share over articles.
    by, corpus
        The grouping (see :func:`framing.compare.with_groups`).
    kind : {"source_type", "cue_tone"}
        Which categories.
    columns : mapping, optional
        Category -> feature column, for features named otherwise.

    Returns
    -------
    DataFrame
        Groups x categories; rows sum to 1 (groups without any attribution are NaN).

    Examples
    --------
    >>> import pandas as pd
    >>> spans = pd.DataFrame({"outlet": ["A", "A", "B"], "kind": ["attribution"] * 3,
    ...                       "source_type": ["official", "media", "official"], "cue_tone": ["neutral"] * 3})
    >>> mix_table(spans)["official"].tolist()
    [0.5, 1.0]
    """
    if kind not in ("source_type", "cue_tone"):
        raise ValueError(f"kind={kind!r}: use 'source_type' or 'cue_tone'.")
    cats = SOURCE_TYPES if kind == "source_type" else CUE_TONES
    if "kind" in data.columns and kind in data.columns:
        spans = data[data["kind"] == "attribution"]
        if not isinstance(by, pd.Series) and by in spans.columns:
            g = spans[by].astype(str)
        else:
            if "doc_id" not in spans.columns:
                raise ValueError("mix_table: annotations need a doc_id column (or the by column) to group them.")
            if isinstance(by, pd.Series):
                lookup = by.copy()
                lookup.index = lookup.index.astype(str)
            elif corpus is not None:
                cf = corpus._frame if hasattr(corpus, "_frame") else corpus
                lookup = pd.Series(cf[by].to_numpy(), index=cf["doc_id"].astype(str).to_numpy())
            else:
                raise ValueError(f"mix_table: {by!r} is not a column of the annotations; pass corpus=.")
            g = spans["doc_id"].astype(str).map(lookup)
        cat = spans[kind].astype(object).where(spans[kind].notna(), "unknown").astype(str)
        counts = pd.crosstab(g.to_numpy(), cat.to_numpy())
        order = [c for c in (*cats, "unknown") if c in counts.columns] + sorted(
            c for c in counts.columns if c not in cats and c != "unknown")
        counts = counts[order]
        totals = counts.sum(axis=1)
        out = counts.div(totals.where(totals > 0), axis=0)
    else:
        found = dict(columns) if columns is not None else _find_columns(
            data, cats, _SOURCE_PATTERNS if kind == "source_type" else _TONE_PATTERNS)
        if not found:
            raise ValueError(
                f"mix_table: no {kind} columns found; give columns={{category: column}} or pass span "
                "annotations (framing.annotate) with kind and source_type/cue_tone columns."
            )
        df = _grouped(data, by, corpus)
        vals = df[list(found.values())].apply(pd.to_numeric, errors="coerce")
        vals.columns = list(found.keys())
        # Per-article shares of the categories that have a feature; what they leave
        # is its own category ("neutral" for tones when only loaded/relay exist,
        # else "other") -- never rescaled away, which would inflate the shares.
        missing = [c for c in cats if c not in vals.columns]
        if missing:
            rest = "neutral" if kind == "cue_tone" and missing == ["neutral"] else "other"
            vals[rest] = (1.0 - vals.sum(axis=1, min_count=1)).clip(lower=0.0)
            vals = vals[[c for c in (*cats, "other") if c in vals.columns]]
        means = vals.groupby(df[GROUP].to_numpy()).mean()
        totals = means.sum(axis=1)
        out = means.div(totals.where(totals > 0), axis=0)
    out.index = out.index.astype(str)
    out.index.name = GROUP
    out.columns.name = kind
    return out


def attribution_mix(
    data: pd.DataFrame,
    *,
    by: str | pd.Series = "outlet",
    kind: str = "source_type",
    corpus: Corpus | pd.DataFrame | None = None,
    columns: Mapping[str, str] | None = None,
    order: Sequence[str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Who gets to speak: stacked horizontal bars of source types (or cue tones) per group.

    Parameters
    ----------
    data, by, kind, corpus, columns
        See :func:`mix_table`.
    order : list of str, optional
        Bar order, top to bottom (default: the table's order).
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        One bar container per category (``ax.containers``), bar widths are the
        shares; categories have fixed colours (:data:`CATEGORY_COLOURS`).

    Examples
    --------
    >>> import pandas as pd
    >>> spans = pd.DataFrame({"outlet": ["A", "A", "B"], "kind": ["attribution"] * 3,
    ...                       "source_type": ["official", "media", "official"], "cue_tone": ["neutral"] * 3})
    >>> len(attribution_mix(spans).containers)
    2
    """
    table = mix_table(data, by=by, kind=kind, corpus=corpus, columns=columns)
    if order is not None:
        table = table.reindex([str(g) for g in order])
    ax = _axes(ax, figsize=(9.0, max(3.0, 0.55 * len(table) + 1.8)))
    y = np.arange(len(table))[::-1]
    left = np.zeros(len(table))
    for cat in table.columns:
        w = table[cat].fillna(0).to_numpy(dtype=float)
        ax.barh(y, w, left=left, color=CATEGORY_COLOURS.get(cat, GREY), label=cat.replace("_", " "),
                edgecolor="white", height=0.7)
        left += w
    ax.set_yticks(y, [_short(g, 30) for g in table.index])
    ax.set_xlim(0, 1)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=_TICK, frameon=False)
    what = "cited source types" if kind == "source_type" else "attribution cue tones"
    return _finish(ax, title=f"Who gets to speak: {what}", xlabel="share of attributions", ylabel="")


def quote_profile(
    data: pd.DataFrame,
    *,
    x: str = "quotes_per_100_words",
    y: str = "quote_char_share",
    by: str | pd.Series = "outlet",
    corpus: Corpus | pd.DataFrame | None = None,
    order: Sequence[str] | None = None,
    points: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """How much each group quotes: mean quotes per 100 words against mean quoted share of text, with 95% CIs.

    Parameters
    ----------
    data : DataFrame
        Per-article features holding ``x`` and ``y``.
    x, y : str
        The two quote features.
    by, corpus
        The grouping (see :func:`framing.compare.with_groups`).
    order : list of str, optional
        Groups to show (default: all).
    points : bool
        Draw the articles faintly behind the means.
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        One errorbar container per group (``ax.containers``), labelled with the group name.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "quotes_per_100_words": [1.0, 2, 0, 1],
    ...                   "quote_char_share": [0.2, 0.3, 0.0, 0.1]})
    >>> [c.get_label() for c in quote_profile(f).containers]
    ['A', 'B']
    """
    df = _grouped(data, by, corpus)
    _need(df, [x, y], "quote_profile")
    groups = _order(df[GROUP], order)
    prof = compare.profile(df, GROUP, columns=[x, y], min_n=0).set_index([GROUP, "feature"])
    ax = _axes(ax)
    cols = palette(groups)
    for g in groups:
        sub = df[df[GROUP] == g]
        if points:
            ax.scatter(pd.to_numeric(sub[x], errors="coerce"), pd.to_numeric(sub[y], errors="coerce"),
                       s=8, color=cols[g], alpha=0.2, edgecolors="none", label=f"_{g}")
    for g in groups:
        if (g, x) not in prof.index:
            continue
        px, py = prof.loc[(g, x)], prof.loc[(g, y)]
        ax.errorbar(px["mean"], py["mean"],
                    xerr=[[px["mean"] - px["ci_low"]], [px["ci_high"] - px["mean"]]],
                    yerr=[[py["mean"] - py["ci_low"]], [py["ci_high"] - py["mean"]]],
                    fmt="o", color=cols[g], markersize=9, capsize=4, label=g, zorder=4)
    ax.legend(loc="best", fontsize=_TICK, frameon=False)
    return _finish(ax, title="How much each outlet quotes (mean, 95% CI)", xlabel=x, ylabel=y)


def over_time(
    features: pd.DataFrame,
    *,
    y: str,
    by: str | pd.Series = "outlet",
    freq: str = "W",
    date: str = "date",
    corpus: Corpus | pd.DataFrame | None = None,
    order: Sequence[str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """A feature's mean per period (``freq``, a pandas offset alias such as ``"W"`` or ``"MS"``) per group.

    Parameters
    ----------
    features : DataFrame
        Per-article features; the ``date`` column is taken from it or from ``corpus``.
    y : str
        The feature.
    by, corpus
        The grouping (see :func:`framing.compare.with_groups`); ``corpus`` also
        supplies ``date`` when the features lack it.
    freq : str
        Period length (default weekly).
    date : str
        Name of the date column.
    order : list of str, optional
        Groups to draw.
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        One line per group (``ax.lines``) labelled with the group; articles
        without a date are left out.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B"], "x": [1.0, 3.0, 2.0],
    ...                   "date": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-01"])})
    >>> [ln.get_label() for ln in over_time(f, y="x").lines]
    ['A', 'B']
    """
    df = _grouped(features, by, corpus)
    if date not in df.columns:
        if corpus is None:
            raise ValueError(f"plot.over_time: no {date!r} column in the features; pass corpus= to join it.")
        cf = corpus._frame if hasattr(corpus, "_frame") else corpus
        _need(cf, ["doc_id", date], "over_time")
        df = df.assign(**{date: pd.Series(cf[date].to_numpy(), index=cf["doc_id"].astype(str)).reindex(df.index)})
    _need(df, [y], "over_time")
    d = pd.to_datetime(df[date], errors="coerce")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_localize(None)
    frame = pd.DataFrame({GROUP: df[GROUP].to_numpy(), "_date": d.to_numpy(),
                          "_y": pd.to_numeric(df[y], errors="coerce").to_numpy(dtype=float)}).dropna(subset=["_date"])
    groups = _order(df[GROUP], order)
    ax = _axes(ax)
    cols = palette(groups)
    for g in groups:
        sub = frame[frame[GROUP] == g]
        if sub.empty:
            continue
        s = sub.set_index("_date")["_y"].sort_index().resample(freq).mean()
        ax.plot(s.index, s.to_numpy(), marker="o", markersize=4, color=cols[g], label=g, linewidth=2)
    ax.legend(loc="best", fontsize=_TICK, frameon=False)
    ax.figure.autofmt_xdate()
    return _finish(ax, title=f"{y} over time (mean per period {freq})", xlabel="", ylabel=y)


def boilerplate(
    detector_report: Any,
    *,
    x: str | None = None,
    y: str | None = None,
    hue: str | None = "outlet",
    top: int = 15,
    ax: Axes | None = None,
) -> Axes:
    """The most frequent boilerplate (repeated lines, bylines, footers) as horizontal bars coloured by outlet.

    Parameters
    ----------
    detector_report : DataFrame or object
        A table with one row per boilerplate pattern, e.g. the report of
        :class:`framing.BoilerplateDetector`; an object with a ``report()`` or
        ``to_frame()`` method is converted first.
    x : str, optional
        The size column (default: the first of ``count, n_articles, n_docs,
        docs, share, frequency`` present, else the first numeric column).
    y : str, optional
        The label column (default: the first of ``pattern, text, line, kind``
        present, else the first text column).
    hue : str, optional
        Colour bars by this column (default ``outlet`` when present).
    top : int
        Show the ``top`` largest rows.
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per row shown (``ax.patches``), largest on top.

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"outlet": ["A", "B"], "pattern": ["Subscribe now", "Read more"], "count": [40, 12]})
    >>> [float(p.get_width()) for p in boilerplate(r).patches]
    [40.0, 12.0]
    """
    rep = detector_report
    for meth in ("report", "to_frame"):
        if not isinstance(rep, pd.DataFrame) and callable(getattr(rep, meth, None)):
            rep = getattr(rep, meth)()
    if not isinstance(rep, pd.DataFrame):
        raise TypeError(f"plot.boilerplate takes a DataFrame (a detector report), got {type(rep).__name__}")
    if x is None:
        nums = [c for c in rep.columns if pd.api.types.is_numeric_dtype(rep[c]) and not pd.api.types.is_bool_dtype(rep[c])]
        x = next((c for c in ("count", "n_articles", "n_docs", "docs", "share", "frequency") if c in nums), nums[0] if nums else None)
    if y is None:
        texts = [c for c in rep.columns if c not in (x, hue) and not pd.api.types.is_numeric_dtype(rep[c])]
        y = next((c for c in ("pattern", "text", "line", "kind") if c in texts), texts[0] if texts else None)
    if x is None or y is None:
        raise ValueError(f"plot.boilerplate: need a numeric and a text column; columns: {list(rep.columns)}")
    _need(rep, [x, y], "boilerplate")
    sub = rep.sort_values(x, ascending=False, kind="mergesort").head(top)
    use_hue = hue is not None and hue in sub.columns
    ax = _axes(ax, figsize=(10.0, max(3.0, 0.4 * len(sub) + 1.5)))
    pos = np.arange(len(sub))[::-1]
    colours = [colour(h) for h in sub[hue]] if use_hue else [colour("boilerplate")] * len(sub)
    ax.barh(pos, sub[x].to_numpy(dtype=float), color=colours, height=0.7)
    ax.set_yticks(pos, [_short(" ".join(str(v).split()), 50) for v in sub[y]])
    if use_hue:
        from matplotlib.patches import Patch

        seen = list(dict.fromkeys(map(str, sub[hue])))
        ax.legend(handles=[Patch(color=colour(h), label=h) for h in seen], fontsize=_TICK, frameon=False,
                  loc="lower right")
    return _finish(ax, title="Most frequent boilerplate", xlabel=x, ylabel="")


# ------------------------------------------------------------- model plots
def coefficients(
    model_or_table: Any,
    *,
    top: int = 15,
    cls: Any = None,
    block: str | None = None,
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Horizontal bars of the largest model coefficients (positive: toward ``cls``).

    Parameters
    ----------
    model_or_table : Pipeline or DataFrame
        A fitted pipeline from :func:`framing.models.make_pipeline`, or the table
        :func:`framing.models.explain` returned.
    top : int
        Number of features shown (largest absolute coefficient).
    cls : optional
        Class whose coefficients are shown (default: the first in the table; a
        binary model has one).
    block : {"framing", "tfidf"}, optional
        Only this block of features.
    ax : matplotlib Axes, optional
        Where to draw.
    title : str, optional
        Axes title (default names the class).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from framing.models import make_pipeline
    >>> from framing.plot import coefficients
    >>> m = make_pipeline("tfidf").fit(["calm report here", "outrage again now"], ["main", "hyper"])
    >>> coefficients(m, top=4).get_xlabel()
    'coefficient (log-odds toward main)'
    """
    if isinstance(model_or_table, pd.DataFrame):
        table = model_or_table
    else:
        from .models import explain

        table = explain(model_or_table)
    if "coefficient" not in table.columns or table["coefficient"].isna().all():
        raise ValueError("no coefficients to plot: the model's classifier is not linear.")
    if block is not None:
        table = table[table["block"] == block]
    classes = list(pd.unique(table["class"]))
    if cls is None:
        cls = classes[0] if classes else None
    elif cls not in classes:
        raise ValueError(f"cls={cls!r} not in the table; classes: {classes}")
    sub = table[table["class"] == cls] if cls is not None else table
    sub = sub.assign(_a=sub["coefficient"].abs()).nlargest(top, "_a").iloc[::-1]
    ax = _axes(ax, (6.0, max(2.0, 0.3 * len(sub) + 1.0)))
    colors = np.where(sub["coefficient"].to_numpy() >= 0, "#c0392b", "#2c7fb8")
    labels = [f"{f} ({b})" if b and block is None and table["block"].nunique() > 1 else str(f)
              for f, b in zip(sub["feature"], sub["block"], strict=True)]
    ax.barh(range(len(sub)), sub["coefficient"].to_numpy(), color=colors)
    ax.set_yticks(range(len(sub)))
    ax.set_yticklabels(labels)
    ax.axvline(0, color="#444", linewidth=0.8)
    ax.set_xlabel(f"coefficient (log-odds toward {cls})")
    ax.set_title(title if title is not None else f"Top {len(sub)} coefficients")
    return ax


def confusion(
    y_true: Any,
    y_pred: Any = None,
    *,
    labels: Any = None,
    normalize: str | None = "true",
    model: str | None = None,
    split: str | None = None,
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Confusion matrix as a heatmap with the counts (or shares) written in.

    Parameters
    ----------
    y_true : array-like or DataFrame
        True labels, or the predictions table of
        ``framing.models.evaluate(..., return_predictions=True)`` (columns
        ``y_true``, ``y_pred``, ``model``, ``split``).
    y_pred : array-like, optional
        Predicted labels (not needed with a predictions table).
    labels : list, optional
        Class order (default: sorted union of both).
    normalize : {"true", "pred", "all"} or None
        Rows sum to 1 (default: recall per true class), columns, all, or raw counts.
    model, split : str, optional
        With a predictions table: which model/split to show (required when it holds several).
    ax : matplotlib Axes, optional
        Where to draw.
    title : str, optional
        Axes title.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from framing.plot import confusion
    >>> ax = confusion(["L", "L", "R"], ["L", "R", "R"], normalize=None)
    >>> [t.get_text() for t in ax.texts]
    ['1', '1', '0', '1']
    """
    from sklearn.metrics import confusion_matrix

    if isinstance(y_true, pd.DataFrame):
        preds = y_true
        for col, val in (("model", model), ("split", split)):
            if col in preds.columns:
                if val is not None:
                    preds = preds[preds[col] == val]
                elif preds[col].nunique() > 1:
                    raise ValueError(f"the predictions table holds several {col}s "
                                     f"({sorted(preds[col].astype(str).unique())}); pass {col}=...")
        if preds.empty:
            raise ValueError("no predictions left to plot after selecting model/split.")
        y_true, y_pred = preds["y_true"].to_numpy(), preds["y_pred"].to_numpy()
    elif y_pred is None:
        raise ValueError("confusion() needs y_pred, or a predictions DataFrame as first argument.")
    yt, yp = np.asarray(list(y_true), dtype=object), np.asarray(list(y_pred), dtype=object)
    if labels is None:
        labels = sorted(set(yt) | set(yp), key=str)
    cm = confusion_matrix(yt, yp, labels=labels, normalize=normalize)
    ax = _axes(ax, (1.2 * len(labels) + 2.0, 1.1 * len(labels) + 1.5))
    im = ax.imshow(cm, cmap="Blues", vmin=0)
    hi = cm.max() if cm.size else 0
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            v = cm[i, j]
            txt = f"{v:.2f}" if normalize else f"{int(v)}"
            ax.text(j, i, txt, ha="center", va="center", color="white" if hi and v > hi / 2 else "black")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels([str(v) for v in labels])
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([str(v) for v in labels])
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    if title is not None:
        ax.set_title(title)
    return ax
