"""The analysis sections of ``framing report``: summary, features, boilerplate, statistics, plots, Fightin' Words.

Importing this module registers the sections with
:func:`framing.report.register_section` (``write_report`` imports it). The
plain-language summary is rendered first; it is generated from the
:func:`framing.compare.test` table, and every sentence states the effect size
(Cliff's delta) and the multiple-comparison correction (Benjamini-Hochberg).

Files written next to ``index.html``: ``features.csv``, ``codebook.csv``,
``profile.csv``, ``tests.csv``, ``fightin_words.csv``, ``boilerplate.csv``
(when the boilerplate detector is installed) and one PNG per plot.

Options (``write_report(..., **options)``): ``families`` (feature families,
default all default ones), ``n_jobs`` (feature extraction workers, default 1),
``n_boot`` (bootstrap resamples, default 1000), ``min_n`` (default 5),
``fightin_top`` (words per outlet, default 15), ``mix_sample`` (articles per
outlet annotated for the attribution mix, default 300).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from . import compare
from .compare import GROUP
from .html import esc, table
from .report import _SECTIONS, ReportContext, register_section

__all__ = ["summary_sentences", "PRIORITY_FEATURES", "PHRASES"]

logger = logging.getLogger(__name__)

#: Features the summary talks about first, when present and significant.
PRIORITY_FEATURES = (
    "official_source_share",
    "quotes_per_100_words",
    "share_attributions_loaded",
    "anonymous_source_count",
    "unattributed_quote_share",
    "attributions_per_100_words",
    "hedge_rate",
    "intensifier_rate",
    "exclamation_rate",
)

#: Plain-language templates: ``{a}`` the higher group, ``{b}`` the lower, ``{cmp}`` e.g. "3.1 times as often as".
PHRASES = {
    "official_source_share": "{a} cites officials {cmp} {b}",
    "quotes_per_100_words": "{a} quotes people {cmp} {b}",
    "quote_count": "{a} quotes people {cmp} {b}",
    "share_attributions_loaded": "{a} uses loaded attribution verbs (claimed, admitted, insisted) {cmp} {b}",
    "share_attributions_relay": "{a} relays what other media reported {cmp} {b}",
    "anonymous_source_count": "{a} cites anonymous sources {cmp} {b}",
    "unattributed_quote_share": "{a} leaves quotes without a named speaker {cmp} {b}",
    "attributions_per_100_words": "{a} attributes information to a source {cmp} {b}",
    "according_to_count": "{a} writes \u201caccording to\u201d {cmp} {b}",
    "hedge_rate": "{a} hedges (may, might, reportedly) {cmp} {b}",
    "intensifier_rate": "{a} uses intensifiers (very, extremely) {cmp} {b}",
    "exclamation_rate": "{a} uses exclamation marks {cmp} {b}",
    "question_rate": "{a} asks questions {cmp} {b}",
    "second_person_rate": "{a} addresses the reader as \u201cyou\u201d {cmp} {b}",
    "first_person_rate": "{a} writes in the first person {cmp} {b}",
    "allcaps_rate": "{a} writes words in capitals {cmp} {b}",
}
_SKIP_SUMMARY = {"lang_ok", "readability_ok"}


def _size(d: float) -> str:
    a = abs(d)
    return "negligible" if a < 0.147 else "small" if a < 0.33 else "medium" if a < 0.474 else "large"


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _cmp(ma: float, mb: float) -> str:
    if mb > 0 and ma > 0:
        r = ma / mb
        if r >= 1.95:
            words = {2: "twice", 3: "three times", 4: "four times", 5: "five times"}
            n = round(r)
            return f"{words[n]} as often as" if abs(r - n) < 0.05 and n in words else f"{r:.1f} times as often as"
        return f"{(r - 1) * 100:.0f}% more often than"
    return "more often than"


def _sentence(row: pd.Series, units: dict[str, str], m: int, correction: str, test_name: str) -> str:
    a, b = str(row["group_a"]), str(row["group_b"])
    ma, mb, d = float(row["mean_a"]), float(row["mean_b"]), float(row["cliffs_delta"])
    if d < 0:  # orient so that a is the higher group
        a, b, ma, mb, d = b, a, mb, ma, -d
    feat = str(row["feature"])
    unit = units.get(feat, "")
    if feat in PHRASES:
        core = PHRASES[feat].format(a=a, b=b, cmp=_cmp(ma, mb))
    else:
        core = f"{a} scores higher than {b} on {feat.replace('_', ' ')}"
    corr = {"fdr_bh": "Benjamini-Hochberg correction", "bonferroni": "Bonferroni correction"}.get(
        correction, "no correction")
    return (
        f"{core} (mean {ma:.3g} vs {mb:.3g}{' ' + unit if unit else ''}; Cliff's delta = {d:.2f}, "
        f"a {_size(d)} effect; {test_name} {_p(float(row['p_adj']))} after {corr} "
        f"over {m} comparison{'s' if m != 1 else ''})."
    )


def summary_sentences(tests: pd.DataFrame, *, units: dict[str, str] | None = None, max_sentences: int = 5,
                      alpha: float = 0.05) -> list[str]:
    """Plain-language findings from a :func:`framing.compare.test` table, largest and most relevant first.

    For each feature (the :data:`PRIORITY_FEATURES` first, then by effect
    size) the pair of groups with the largest significant |Cliff's delta| is
    described once, with the means, the effect size and the corrected p-value.

    Parameters
    ----------
    tests : DataFrame
        Output of :func:`framing.compare.test`.
    units : dict, optional
        Feature -> unit (from :func:`framing.describe_features`).
    max_sentences : int
        At most this many findings.
    alpha : float
        Level applied to the adjusted p-values.

    Returns
    -------
    list of str

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import compare
    >>> f = pd.DataFrame({"official_source_share": [0.6, 0.5, 0.7, 0.6, 0.5, 0.2, 0.1, 0.2, 0.3, 0.2],
    ...                   "outlet": ["Outlet A"] * 5 + ["Outlet B"] * 5})
    >>> print(summary_sentences(compare.test(f, "outlet"))[0])  # doctest: +ELLIPSIS
    Outlet A cites officials 2.9 times as often as Outlet B (mean 0.58 vs 0.2; Cliff's delta = 1.00, a large effect; ...
    """
    units = units or {}
    pairs = tests[(tests["test"] != "kruskal") & tests["p_adj"].notna()]
    m = len(pairs)
    sig = pairs[(pairs["p_adj"] <= alpha) & ~pairs["feature"].isin(_SKIP_SUMMARY)]
    if sig.empty:
        return []
    sig = sig.assign(_abs=sig["cliffs_delta"].abs()).sort_values("_abs", ascending=False, kind="mergesort")
    best = sig.drop_duplicates("feature")
    prio = [f for f in PRIORITY_FEATURES if f in set(best["feature"])]
    rest = [f for f in best["feature"] if f not in prio]
    chosen = (prio + rest)[:max_sentences]
    correction = str(tests["correction"].iloc[0]) if "correction" in tests.columns and len(tests) else "fdr_bh"
    name = {"mannwhitneyu": "Mann-Whitney U", "welch_t": "Welch's t"}
    out = []
    for f in chosen:
        row = best[best["feature"] == f].iloc[0]
        out.append(_sentence(row, units, m, correction, name.get(str(row["test"]), str(row["test"]))))
    return out


# --------------------------------------------------------------------------- shared computation
def _units() -> dict[str, str]:
    from .registry import describe_features

    cb = describe_features()
    return dict(zip(cb["name"], cb["unit"], strict=True))


def _body_corpus(ctx: ReportContext) -> Any:
    """The corpus with a ``text_body`` column from :class:`framing.BoilerplateDetector`."""
    if "body_corpus" not in ctx.results:
        from .boilerplate import BoilerplateDetector

        corpus = ctx.corpus
        if "text_body" not in corpus.columns:
            t0 = time.perf_counter()
            try:
                det = BoilerplateDetector().fit(corpus)  # n_jobs=None: pyarrow's threads
                corpus = det.transform(corpus)
                ctx.results["boilerplate_report"] = det.report()
            except Exception as err:  # optional stage: the report must still be written
                logger.warning("report: boilerplate detector failed: %s", err)
                ctx.results["boilerplate_error"] = str(err)
            logger.info("report: boilerplate detector in %.1f s", time.perf_counter() - t0)
        ctx.results["body_corpus"] = corpus
    return ctx.results["body_corpus"]


def _features(ctx: ReportContext) -> pd.DataFrame:
    if "features" not in ctx.results:
        from .features import extract_features

        corpus = _body_corpus(ctx)
        t0 = time.perf_counter()
        feats = extract_features(corpus, families=ctx.options.get("families"),
                                 n_jobs=int(ctx.options.get("n_jobs", 1)), progress=ctx.options.get("progress"))
        logger.info("report: features of %d articles in %.1f s", len(feats), time.perf_counter() - t0)
        ctx.results["features"] = feats
        groups = pd.Series(ctx.corpus._frame[ctx.by].astype(str).to_numpy(),
                           index=ctx.corpus._frame["doc_id"].astype(str).to_numpy())
        ctx.results["groups"] = groups
    return ctx.results["features"]


def _quiet(fn: Callable[[], Any]) -> tuple[Any, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", compare.SmallGroupWarning)
        out = fn()
    return out, [str(w.message) for w in caught if issubclass(w.category, compare.SmallGroupWarning)]


def _stats(ctx: ReportContext) -> tuple[pd.DataFrame, pd.DataFrame]:
    if "tests" not in ctx.results:
        feats = _features(ctx)
        groups = ctx.results["groups"]
        min_n = int(ctx.options.get("min_n", 5))
        t0 = time.perf_counter()
        prof, w1 = _quiet(lambda: compare.profile(feats, groups, n_boot=int(ctx.options.get("n_boot", 1000)),
                                                  min_n=min_n))
        tests, w2 = _quiet(lambda: compare.test(feats, groups, min_n=min_n))
        logger.info("report: profile and tests in %.1f s", time.perf_counter() - t0)
        ctx.results["profile"], ctx.results["tests"] = prof, tests
        ctx.results["stat_warnings"] = list(dict.fromkeys(w1 + w2))
    return ctx.results["profile"], ctx.results["tests"]


def _png(ctx: ReportContext, name: str, draw: Callable[[], Any], alt: str) -> str:
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "pdf", "svg", "cairo"):
        try:
            matplotlib.use("Agg")
        except Exception:  # pragma: no cover - backend already fixed by the user
            pass
    import matplotlib.pyplot as plt

    try:
        ax = draw()
    except ValueError as err:
        logger.info("report: plot %s skipped: %s", name, err)
        return f"<p class='muted'>{esc(alt)}: not drawn ({esc(err)}).</p>"
    fig = ax.figure if hasattr(ax, "figure") else ax
    fig.savefig(ctx.out_dir / name, dpi=90)
    plt.close(fig)
    ctx.files.append(name)
    return f"<figure><img src='{esc(name)}' alt='{esc(alt)}' style='max-width:100%'></figure>"


def _interesting(ctx: ReportContext, k: int) -> list[str]:
    """Features to plot: significant priority features first, then the strongest Kruskal-Wallis results."""
    _, tests = _stats(ctx)
    omni = tests[(tests["test"] == "kruskal") & ~tests["feature"].isin(_SKIP_SUMMARY)].sort_values(
        "statistic", ascending=False, kind="mergesort", na_position="last")
    sig = set(omni.loc[omni["significant"], "feature"])
    prio = [f for f in PRIORITY_FEATURES if f in sig]
    rest = [f for f, h in zip(omni["feature"], omni["statistic"], strict=True) if f not in prio and np.isfinite(h)]
    return (prio + rest)[:k]


# --------------------------------------------------------------------------- sections
def _section_summary(ctx: ReportContext) -> str:
    _, tests = _stats(ctx)
    units = _units()
    sentences = summary_sentences(tests, units=units)
    n_groups = int(ctx.results["groups"].nunique())
    n = len(ctx.results["features"])
    pairs = tests[tests["test"] != "kruskal"]
    intro = (
        f"<p>{n:,} articles from {n_groups} groups ({esc(ctx.by)}). Each finding below compares two groups on one "
        "measure; it is listed only when it survives the Benjamini-Hochberg correction for the "
        f"{len(pairs):,} pairwise comparisons made (false discovery rate 5%). Cliff's delta is the "
        "probability that an article of the first group scores higher minus the probability that it scores lower "
        "(0 = no difference, 1 = every article higher).</p>"
    )
    if sentences:
        body = "<ol class='findings'>" + "".join(f"<li>{esc(s)}</li>" for s in sentences) + "</ol>"
    elif n_groups < 2:
        body = "<p>Only one group: nothing to compare.</p>"
    else:
        body = "<p>No difference between groups survived the correction at 5%.</p>"
    warn = "".join(f"<p class='muted'>Caution: {esc(w)}</p>" for w in ctx.results.get("stat_warnings", []))
    caveat = ("<p class='muted'>These are differences between the articles in this corpus, measured by automatic "
              "rules; they describe these texts, not the outlets' intentions. Open the evidence with "
              "<code>framing.show</code> before quoting a number.</p>")
    return "<h2>Summary</h2>" + intro + body + warn + caveat


def _section_features(ctx: ReportContext) -> str:
    from .registry import describe_features

    feats = _features(ctx)
    out = feats.copy()
    out.insert(0, ctx.by, ctx.results["groups"].reindex(out.index).to_numpy())
    ctx.write_csv("features.csv", out)
    cb = describe_features()
    cb = cb[cb["name"].isin(feats.columns)]
    ctx.write_csv("codebook.csv", cb, index=False)
    return (
        "<h2>Features</h2>"
        f"<p>{len(feats.columns)} measures for each of {len(feats):,} articles, computed on the body text "
        "(boilerplate removed). One row per article in <a href='features.csv'>features.csv</a>; definitions in "
        "<a href='codebook.csv'>codebook.csv</a>.</p>"
        + table(cb[["name", "family", "unit", "definition"]], max_rows=80)
    )


def _section_boilerplate(ctx: ReportContext) -> str:
    feats = _features(ctx)
    from .registry import describe_features

    cb = describe_features()
    bp_cols = [c for c in cb.loc[cb["family"] == "boilerplate", "name"] if c in feats.columns]
    parts = ["<h2>Boilerplate</h2>"]
    if bp_cols:
        g = ctx.results["groups"].reindex(feats.index).to_numpy()
        means = feats[bp_cols].apply(pd.to_numeric, errors="coerce").groupby(g).mean()
        means.index.name = ctx.by
        parts.append("<p>Mean per group of the boilerplate measures (computed on the raw text).</p>"
                     + table(means.reset_index()))
    report = ctx.results.get("boilerplate_report")
    if "boilerplate_error" in ctx.results:
        parts.append(f"<p class='muted'>Boilerplate detector failed: {esc(ctx.results['boilerplate_error'])}</p>")
    if isinstance(report, pd.DataFrame) and not report.empty:
        ctx.write_csv("boilerplate.csv", report, index=False)
        parts.append("<p>Repeated lines found by the detector (<a href='boilerplate.csv'>boilerplate.csv</a>).</p>")
        parts.append(_png(ctx, "boilerplate.png", lambda: __import__("framing.plot").plot.boilerplate(
            report, hue=ctx.by if ctx.by in report.columns else "outlet"), "most frequent boilerplate"))
        parts.append(table(report, max_rows=20))
    if len(parts) == 1:
        parts.append("<p class='muted'>No boilerplate measures or detector installed.</p>")
    return "".join(parts)


def _section_statistics(ctx: ReportContext) -> str:
    prof, tests = _stats(ctx)
    ctx.write_csv("profile.csv", prof, index=False)
    ctx.write_csv("tests.csv", tests, index=False)
    omni = tests[tests["test"] == "kruskal"].sort_values("statistic", ascending=False, kind="mergesort",
                                                        na_position="last")
    pairs = tests[(tests["test"] != "kruskal") & tests["significant"]]
    pairs = pairs.assign(_a=pairs["cliffs_delta"].abs()).sort_values("_a", ascending=False, kind="mergesort")
    show_p = ["feature", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "cliffs_delta", "cohens_d",
              "p_value", "p_adj"]
    wide = prof.pivot(index="feature", columns=GROUP, values="mean")
    wide = wide[[g for g in dict.fromkeys(prof[GROUP])]]
    return (
        "<h2>Profiles and tests</h2>"
        "<p>Mean of each measure per group (95% bootstrap confidence intervals, 1,000 seeded resamples, in "
        "<a href='profile.csv'>profile.csv</a>).</p>" + table(wide.reset_index(), max_rows=80)
        + "<h3>Do the groups differ? (Kruskal-Wallis, Benjamini-Hochberg across measures)</h3>"
        + table(omni[["feature", "n_a", "statistic", "p_value", "p_adj", "significant"]].rename(
            columns={"n_a": "n", "statistic": "H"}), max_rows=80)
        + f"<h3>Significant pairwise differences ({len(pairs):,}; Mann-Whitney U, Benjamini-Hochberg over all "
          "pairs and measures), largest effect first</h3>"
        + table(pairs[show_p], max_rows=40)
        + "<p>All rows, including non-significant ones: <a href='tests.csv'>tests.csv</a>.</p>"
    )


def _section_plots(ctx: ReportContext) -> str:
    from . import plot

    feats = _features(ctx)
    groups = ctx.results["groups"]
    parts = ["<h2>Plots</h2>"]
    top = _interesting(ctx, 12)
    if top:
        parts.append(_png(ctx, "profile_heatmap.png",
                          lambda: plot.profile_heatmap(feats, by=groups, columns=top), "feature profile heatmap"))
    for f in top[:4]:
        parts.append(_png(ctx, f"by_group_{f}.png", lambda f=f: plot.feature_by_group(feats, x=groups, y=f),
                          f"{f} by group"))
    if {"quotes_per_100_words", "quote_char_share"} <= set(feats.columns):
        parts.append(_png(ctx, "quote_profile.png", lambda: plot.quote_profile(feats, by=groups),
                          "quotes per 100 words vs quoted share"))
    spans = _attribution_sample(ctx)
    if spans is not None and not spans.empty:
        for kind in ("source_type", "cue_tone"):
            parts.append(_png(ctx, f"attribution_{kind}.png",
                              lambda kind=kind: plot.attribution_mix(spans, by=ctx.by, kind=kind),
                              f"attribution mix: {kind}"))
        n_s = int(ctx.options.get("mix_sample", 300))
        parts.append(f"<p class='muted'>Attribution mix from up to {n_s} randomly chosen articles per group "
                     "(seed 0).</p>")
    cf = ctx.corpus._frame
    if "date" in cf.columns and pd.api.types.is_datetime64_any_dtype(cf["date"]) and cf["date"].notna().any() and top:
        d = cf["date"].dropna()
        freq = "W" if (d.max() - d.min()).days <= 365 else "MS"
        f = "quotes_per_100_words" if "quotes_per_100_words" in feats.columns else top[0]
        parts.append(_png(ctx, "over_time.png", lambda: plot.over_time(feats, y=f, by=groups, corpus=cf, freq=freq),
                          f"{f} over time"))
    return "".join(parts)


def _attribution_sample(ctx: ReportContext) -> pd.DataFrame | None:
    from .spans import annotate

    cf = ctx.corpus._frame
    n_s = int(ctx.options.get("mix_sample", 300))
    parts = []
    rng = np.random.default_rng(0)
    texts = compare.body_texts(_body_corpus(ctx))
    for _, idx in cf.groupby(ctx.by, sort=True, observed=True).indices.items():
        pick = np.sort(rng.choice(idx, size=min(n_s, len(idx)), replace=False))
        for i in pick:
            try:
                s = annotate(texts[i], kinds=["attribution"], outlet=cf["outlet"].iat[i])
            except ValueError:  # no attribution finder registered
                return None
            if len(s):
                parts.append(s.assign(doc_id=str(cf["doc_id"].iat[i]), **{ctx.by: str(cf[ctx.by].iat[i])}))
    return pd.concat(parts, ignore_index=True) if parts else None


def _section_fightin_words(ctx: ReportContext) -> str:
    from . import plot

    cf = ctx.corpus._frame
    if cf[ctx.by].nunique() < 2:
        return "<h2>Distinctive words</h2><p>Only one group.</p>"
    t0 = time.perf_counter()
    min_count = 1 if len(cf) < 1000 else 5
    fw = compare.fightin_words(_body_corpus(ctx), ctx.by, mode="one_vs_rest", min_count=min_count)
    logger.info("report: fightin' words in %.1f s", time.perf_counter() - t0)
    k = int(ctx.options.get("fightin_top", 15))
    top = pd.concat([g.head(k) for _, g in fw.groupby("group", sort=False)], ignore_index=True)
    ctx.write_csv("fightin_words.csv", top, index=False)
    parts = [
        "<h2>Distinctive words (Fightin' Words)</h2>",
        "<p>Words each group uses more than the others, by the log-odds ratio with an informative Dirichlet prior "
        "(Monroe, Colaresi &amp; Quinn 2008), each group against all other groups; z &gt; 1.96 is the usual "
        f"threshold. Top {k} per group in <a href='fightin_words.csv'>fightin_words.csv</a>.</p>",
    ]
    for i, (g, sub) in enumerate(top.groupby("group", sort=False)):
        words = ", ".join(f"{t} ({z:.1f})" for t, z in zip(sub["term"], sub["z"], strict=True) if z > 1.96)
        parts.append(f"<h3>{esc(g)}</h3><p>{esc(words) or '<span class=muted>no word above z = 1.96</span>'}</p>")
        parts.append(_png(ctx, f"fightin_words_{i + 1}.png",
                          lambda g=g: plot.fightin_words(fw, group=g, top=10), f"distinctive words: {g}"))
    return "".join(parts)


def _register() -> None:
    register_section("summary", _section_summary)
    register_section("features", _section_features)
    register_section("boilerplate", _section_boilerplate)
    register_section("statistics", _section_statistics)
    register_section("plots", _section_plots)
    register_section("fightin_words", _section_fightin_words)
    # the summary goes to the top of the page (sections render in list order)
    names = [n for n, _ in _SECTIONS]
    i = names.index("summary")
    _SECTIONS.insert(0, _SECTIONS.pop(i))


_register()
