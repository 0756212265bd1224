"""framing.plot: the artists drawn (labels, counts, limits, colours), not just "it ran"."""

from __future__ import annotations

import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from framing import Corpus, compare, plot


@pytest.fixture(autouse=True)
def _fresh():
    plot.reset_colours()
    yield
    plt.close("all")


def _features(seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    groups = ["Alpha"] * 12 + ["Beta"] * 8 + ["Gamma"] * 5
    n = len(groups)
    return pd.DataFrame(
        {
            "outlet": groups,
            "hedge_rate": np.r_[rng.normal(2, 0.5, 12), rng.normal(1, 0.5, 8), rng.normal(3, 0.5, 5)],
            "quotes_per_100_words": rng.uniform(0, 3, n),
            "quote_char_share": rng.uniform(0, 0.5, n),
            "constant": np.ones(n),
            "date": pd.to_datetime("2024-01-01") + pd.to_timedelta(np.arange(n) % 14, unit="D"),
        },
        index=pd.Index([f"d{i}" for i in range(n)], name="doc_id"),
    )


def test_import_framing_does_not_import_matplotlib():
    code = "import sys, framing; framing.plot; assert 'matplotlib' not in sys.modules, 'imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_palette_is_stable_and_colour_blind_safe():
    first = plot.palette(["Beta", "Alpha"])
    assert first == {"Beta": plot.OKABE_ITO[0], "Alpha": plot.OKABE_ITO[1]}
    assert plot.palette(["Alpha", "Zeta"])["Alpha"] == plot.OKABE_ITO[1]
    many = plot.palette([f"g{i}" for i in range(17)])  # Beta, Alpha, Zeta + 17 = 20 groups, 17 colours
    assigned = [*first.values(), plot.colour("Zeta"), *many.values()]
    assert len(set(assigned[:17])) == 17 and set(assigned[:17]) == set(plot.OKABE_ITO + plot.TOL_MUTED)
    assert assigned[17:] == [plot.GREY] * 3
    plot.set_colours({"Alpha": "#000000"})
    assert plot.colour("Alpha") == "#000000"


def test_feature_by_group_artists():
    f = _features()
    ax = plot.feature_by_group(f, x="outlet", y="hedge_rate")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Alpha", "Beta", "Gamma"]
    assert ax.get_ylabel() == "hedge_rate" and ax.get_xlabel() == "outlet"
    boxes = [p for p in ax.patches if p.get_label() in ("Alpha", "Beta", "Gamma")]
    assert [b.get_label() for b in boxes] == ["Alpha", "Beta", "Gamma"]
    assert [to_hex(b.get_facecolor(), keep_alpha=False) for b in boxes] == [
        plot.colour("Alpha").lower(), plot.colour("Beta").lower(), plot.colour("Gamma").lower()]
    # one point per article, per group
    sizes = [len(c.get_offsets()) for c in ax.collections if c.get_label().endswith("articles")]
    assert sizes == [12, 8, 5]
    # the mean markers sit at the group means
    mean_line = next(ln for ln in ax.lines if ln.get_marker() == "D")
    expected = f.groupby("outlet")["hedge_rate"].mean().loc[["Alpha", "Beta", "Gamma"]].to_numpy()
    np.testing.assert_allclose(np.asarray(mean_line.get_ydata(), dtype=float), expected)
    lo, hi = ax.get_ylim()
    assert lo <= f["hedge_rate"].min() and hi >= f["hedge_rate"].max()


def test_feature_by_group_joins_corpus_and_keeps_input():
    f = _features()
    before = f.copy()
    corpus = Corpus(pd.DataFrame({"doc_id": f.index, "outlet": f["outlet"].to_numpy(), "text": ["x"] * len(f)}))
    ax = plot.feature_by_group(f.drop(columns="outlet"), x="outlet", y="hedge_rate", corpus=corpus)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Alpha", "Beta", "Gamma"]
    pd.testing.assert_frame_equal(f, before)


def test_profile_heatmap_zscores_symmetric_limits_and_annotations():
    f = _features()
    ax = plot.profile_heatmap(f, by="outlet", columns=["hedge_rate", "quotes_per_100_words", "constant"])
    im = ax.images[0]
    arr = np.asarray(im.get_array())
    # the constant feature has no variance and is dropped
    assert [t.get_text() for t in ax.get_xticklabels()] == ["hedge_rate", "quotes_per_100_words"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha", "Beta", "Gamma"]
    x = f["hedge_rate"]
    z_beta = (x[f["outlet"] == "Beta"].mean() - x.mean()) / x.std(ddof=1)
    assert arr[1, 0] == pytest.approx(z_beta)
    vmin, vmax = im.get_clim()
    assert vmin == pytest.approx(-vmax) and vmax == pytest.approx(np.abs(arr).max())
    assert im.get_cmap().name == "RdBu_r"
    texts = [t.get_text() for t in ax.texts]
    assert len(texts) == 6 and f"{z_beta:+.1f}" in texts


def test_fightin_words_plot_labels_top_terms_in_group_colours():
    df = pd.DataFrame({
        "outlet": ["Alpha"] * 30 + ["Beta"] * 30,
        "text": ["tax cuts growth market"] * 30 + ["care health nurses market"] * 30,
    })
    res = compare.fightin_words(df, "outlet")
    plot.palette(["Beta", "Alpha"])  # Beta registered first: colours must follow the registry
    ax = plot.fightin_words(res, group="Alpha", top=2)
    labels = {t.get_text(): to_hex(t.get_color()) for t in ax.texts}
    sub = res[res["group"] == "Alpha"].sort_values("z")
    top_pos = set(sub.tail(2)["term"])
    top_neg = set(sub.head(2)["term"])
    assert set(labels) == top_pos | top_neg
    assert all(labels[t] == plot.colour("Alpha").lower() for t in top_pos)
    assert ax.get_xscale() == "log"
    pts = ax.collections[0]
    assert len(pts.get_offsets()) == len(sub)
    assert "Alpha vs rest" in ax.get_title()
    # "market" is shared: not significant, grey
    i = list(res[res["group"] == "Alpha"]["term"]).index("market")
    assert to_hex(pts.get_facecolors()[i], keep_alpha=False) == plot.GREY.lower()


def test_attribution_mix_from_annotations_and_features():
    spans = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "b", "c"],
        "kind": ["attribution", "attribution", "quote", "attribution", "attribution", "attribution"],
        "source_type": ["official", "media", None, "official", "anonymous", "official"],
        "cue_tone": ["neutral", "loaded", None, "neutral", "neutral", "relay"],
    })
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Alpha", "Alpha", "Beta"]})
    table = plot.mix_table(spans, by="outlet", corpus=corpus)
    assert table.loc["Alpha"].to_dict() == {"official": 0.5, "media": 0.25, "anonymous": 0.25}
    ax = plot.attribution_mix(spans, by="outlet", corpus=corpus)
    assert [c.get_label() for c in ax.containers] == ["official", "media", "anonymous"]
    widths = [b.get_width() for b in ax.containers[0]]
    assert widths == [0.5, 1.0]
    assert to_hex(ax.containers[0][0].get_facecolor(), keep_alpha=False) == plot.CATEGORY_COLOURS["official"].lower()
    assert ax.get_xlim() == (0.0, 1.0)
    tones = plot.mix_table(spans, by="outlet", corpus=corpus, kind="cue_tone")
    assert tones.loc["Alpha", "loaded"] == pytest.approx(0.25)
    feats = pd.DataFrame({"outlet": ["A", "A", "B"], "official_source_share": [0.5, 0.3, 0.1],
                          "anonymous_source_share": [0.5, 0.7, 0.9]})
    t2 = plot.mix_table(feats, by="outlet")
    assert t2.loc["A", "official"] == pytest.approx(0.4) and t2.loc["B", "anonymous"] == pytest.approx(0.9)
    with pytest.raises(ValueError, match="columns="):
        plot.mix_table(feats[["outlet"]].assign(x=1.0), by="outlet")


def test_quote_profile_means_and_colours():
    f = _features()
    plot.palette(["Gamma"])
    ax = plot.quote_profile(f, by="outlet")
    conts = ax.containers
    assert [c.get_label() for c in conts] == ["Alpha", "Beta", "Gamma"]
    for c in conts:
        g = c.get_label()
        x, y = c.lines[0].get_data()
        assert x[0] == pytest.approx(f.loc[f["outlet"] == g, "quotes_per_100_words"].mean())
        assert y[0] == pytest.approx(f.loc[f["outlet"] == g, "quote_char_share"].mean())
        assert to_hex(c.lines[0].get_color()) == plot.colour(g).lower()
    assert plot.colour("Gamma") == plot.OKABE_ITO[0]
    with pytest.raises(ValueError, match="quote_char_share"):
        plot.quote_profile(f.drop(columns="quote_char_share"))


def test_over_time_weekly_means():
    f = _features()
    ax = plot.over_time(f, y="hedge_rate", by="outlet", freq="W")
    assert [ln.get_label() for ln in ax.lines] == ["Alpha", "Beta", "Gamma"]
    alpha = f[f["outlet"] == "Alpha"].set_index("date")["hedge_rate"].resample("W").mean()
    np.testing.assert_allclose(ax.lines[0].get_ydata(), alpha.to_numpy())
    assert to_hex(ax.lines[1].get_color()) == plot.colour("Beta").lower()


def test_over_time_date_from_corpus():
    f = _features()
    corpus = pd.DataFrame({"doc_id": f.index, "outlet": f["outlet"], "date": f["date"]})
    ax = plot.over_time(f.drop(columns=["date", "outlet"]), y="hedge_rate", corpus=corpus, freq="MS")
    assert len(ax.lines) == 3 and all(len(ln.get_xdata()) == 1 for ln in ax.lines)
    with pytest.raises(ValueError, match="corpus="):
        plot.over_time(f.drop(columns=["date"]), y="hedge_rate")


def test_boilerplate_bars_sorted_and_coloured():
    rep = pd.DataFrame({"outlet": ["Alpha", "Beta", "Alpha"], "pattern": ["Sign up", "Read more", "Share this"],
                        "count": [5, 40, 12]})
    ax = plot.boilerplate(rep, top=2)
    assert [float(p.get_width()) for p in ax.patches] == [40.0, 12.0]
    ticks = sorted(zip(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()], strict=True))
    assert [t for _, t in ticks] == ["Share this", "Read more"]  # largest on top
    assert to_hex(ax.patches[0].get_facecolor(), keep_alpha=False) == plot.colour("Beta").lower()


def test_same_outlet_same_colour_across_plots():
    f = _features()
    ax1 = plot.feature_by_group(f, y="hedge_rate")
    ax2 = plot.over_time(f, y="hedge_rate")
    box_colours = {p.get_label(): to_hex(p.get_facecolor(), keep_alpha=False) for p in ax1.patches
                   if p.get_label() in ("Alpha", "Beta", "Gamma")}
    line_colours = {ln.get_label(): to_hex(ln.get_color()) for ln in ax2.lines}
    assert box_colours == line_colours


def test_plots_never_show(monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: (_ for _ in ()).throw(AssertionError("show called")))
    f = _features()
    plot.feature_by_group(f, y="hedge_rate")
    plot.profile_heatmap(f)
    plot.quote_profile(f)
    plot.over_time(f, y="hedge_rate")
    fig, ax = plt.subplots()
    assert plot.feature_by_group(f, y="hedge_rate", ax=ax) is ax


def test_mix_table_from_features_keeps_the_uncovered_share():
    """Features with only loaded/relay shares must not be rescaled to sum to 1 (regression)."""
    feats = pd.DataFrame(
        {"share_attributions_loaded": [0.1, 0.0, 0.5], "share_attributions_relay": [0.0, 0.2, 0.5],
         "official_source_share": [0.25, 0.5, 0.0], "group": ["A", "A", "B"]},
        index=pd.Index(["d1", "d2", "d3"], name="doc_id"),
    )
    tones = plot.mix_table(feats, by="group", kind="cue_tone")
    assert list(tones.columns) == ["neutral", "loaded", "relay"]
    assert tones.loc["A"].tolist() == pytest.approx([0.85, 0.05, 0.1])
    assert tones.loc["B", "neutral"] == pytest.approx(0.0)
    types = plot.mix_table(feats, by="group", kind="source_type")
    assert types.loc["A"].tolist() == pytest.approx([0.375, 0.625])
    assert list(types.columns) == ["official", "other"]
