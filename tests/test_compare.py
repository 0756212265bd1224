"""framing.compare: grouping, profile, tests, effect sizes, Fightin' Words and story matching."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing import Corpus, compare
from framing.compare import SmallGroupWarning, bh_adjust, cliffs_delta, cohens_d, fightin_words


def _features(n_a: int = 20, n_b: int = 20, shift: float = 1.0, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(0, 1, n_a), rng.normal(shift, 1, n_b)])
    ids = [f"d{i}" for i in range(n_a + n_b)]
    return pd.DataFrame(
        {"x": x, "flag": x > 0, "outlet": ["A"] * n_a + ["B"] * n_b},
        index=pd.Index(ids, name="doc_id"),
    )


# ------------------------------------------------------------------ grouping
def test_with_groups_column_series_and_corpus_agree_and_do_not_mutate():
    f = _features()
    before = f.copy()
    by_col = compare.with_groups(f, "outlet")
    by_series = compare.with_groups(f.drop(columns="outlet"), f["outlet"])
    corpus = Corpus(pd.DataFrame({"doc_id": f.index, "outlet": f["outlet"].to_numpy(), "text": ["t"] * len(f)}))
    by_corpus = compare.with_groups(f.drop(columns="outlet"), "outlet", corpus=corpus)
    assert by_col["group"].tolist() == by_series["group"].tolist() == by_corpus["group"].tolist()
    assert "outlet" not in by_col.columns
    pd.testing.assert_frame_equal(f, before)


def test_with_groups_unknown_column_explains():
    with pytest.raises(ValueError, match="corpus="):
        compare.with_groups(_features(), "bias")


def test_with_groups_drops_articles_without_group():
    f = _features(3, 3)
    s = f["outlet"].copy()
    s.iloc[0] = None
    g = compare.with_groups(f.drop(columns="outlet"), s)
    assert len(g) == 5 and "d0" not in g.index


# ------------------------------------------------------------------ profile
def test_profile_values_and_ci():
    f = _features(200, 200, shift=0.0, seed=3)
    p = compare.profile(f, "outlet", columns=["x"])
    assert list(p.columns) == ["group", "feature", "n", "mean", "median", "std", "ci_low", "ci_high"]
    a = p[p["group"] == "A"].iloc[0]
    xa = f.loc[f["outlet"] == "A", "x"]
    assert a["n"] == 200
    assert a["mean"] == pytest.approx(xa.mean())
    assert a["median"] == pytest.approx(xa.median())
    assert a["std"] == pytest.approx(xa.std(ddof=1))
    # percentile bootstrap of the mean: close to the normal interval mean +- 1.96 sd / sqrt(n)
    half = 1.96 * xa.std(ddof=1) / math.sqrt(200)
    assert a["ci_low"] == pytest.approx(xa.mean() - half, abs=0.3 * half)
    assert a["ci_high"] == pytest.approx(xa.mean() + half, abs=0.3 * half)


def test_profile_is_seeded_and_handles_missing_and_bool():
    f = _features(10, 10)
    f.loc["d0", "x"] = np.nan
    p1 = compare.profile(f, "outlet")
    p2 = compare.profile(f, "outlet")
    pd.testing.assert_frame_equal(p1, p2)
    a = p1[(p1["group"] == "A") & (p1["feature"] == "x")].iloc[0]
    assert a["n"] == 9
    flag = p1[(p1["group"] == "A") & (p1["feature"] == "flag")].iloc[0]
    assert flag["mean"] == pytest.approx(f.loc[f["outlet"] == "A", "flag"].mean())
    other_seed = compare.profile(f, "outlet", random_state=7)
    assert not np.allclose(other_seed["ci_low"], p1["ci_low"], equal_nan=True)


def test_profile_constant_feature_has_degenerate_ci():
    f = pd.DataFrame({"c": [2.0] * 10, "outlet": list("AAAAABBBBB")})
    p = compare.profile(f, "outlet")
    assert (p["ci_low"] == 2.0).all() and (p["ci_high"] == 2.0).all()


# ------------------------------------------------------------------ effect sizes and correction
def test_cliffs_delta_known_values_and_brute_force():
    assert cliffs_delta([1, 2, 3], [4, 5]) == -1.0
    assert cliffs_delta([4, 5], [1, 2, 3]) == 1.0
    assert cliffs_delta([1, 3], [2, 2]) == 0.0
    # 9 pairs: 6 with x > y, 1 with x < y, 2 ties -> (6 - 1) / 9
    assert cliffs_delta([2, 3, 4], [1, 2, 3]) == pytest.approx(5 / 9)
    rng = np.random.default_rng(0)
    x, y = rng.integers(0, 5, 40), rng.integers(0, 6, 30)
    brute = (np.sign(x[:, None] - y[None, :])).mean()
    assert cliffs_delta(x, y) == pytest.approx(brute)
    assert math.isnan(cliffs_delta([], [1.0]))


def test_cohens_d_known_value():
    assert cohens_d([1, 2, 3], [3, 4, 5]) == pytest.approx(-2.0)
    # pooled sd = sqrt(((2-1)*0.5 + (3-1)*1) / 3) = sqrt(2.5/3)
    assert cohens_d([1, 2], [2, 3, 4]) == pytest.approx((1.5 - 3) / math.sqrt(2.5 / 3))
    assert math.isnan(cohens_d([1], [2, 3]))


def test_bh_adjust_hand_example():
    p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]
    # m * p(k) / k = .008 .032 .104 .082 .0672 .08 .08457 .205; then the running minimum from the top
    expected = [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.074 * 8 / 7, 0.205]
    assert bh_adjust(p) == pytest.approx(expected)
    shuffled = [p[i] for i in (3, 0, 7, 5, 1, 2, 6, 4)]
    assert bh_adjust(shuffled) == pytest.approx([expected[i] for i in (3, 0, 7, 5, 1, 2, 6, 4)])
    assert bh_adjust(p) == pytest.approx(stats.false_discovery_control(p))
    out = bh_adjust([0.5, np.nan, 0.01])
    assert math.isnan(out[1]) and out[2] == pytest.approx(0.02) and out[0] == pytest.approx(0.5)


# ------------------------------------------------------------------ test()
def test_test_matches_scipy_and_adjusts_over_all_pairs():
    rng = np.random.default_rng(5)
    n = 15
    f = pd.DataFrame({
        "x": np.concatenate([rng.normal(0, 1, n), rng.normal(2, 1, n), rng.normal(0.2, 1, n)]),
        "y": rng.normal(0, 1, 3 * n),
        "outlet": ["A"] * n + ["B"] * n + ["C"] * n,
    })
    t = compare.test(f, "outlet")
    omni = t[t["test"] == "kruskal"].set_index("feature")
    pairs = t[t["test"] == "mannwhitneyu"]
    assert len(omni) == 2 and len(pairs) == 2 * 3
    xs = [f.loc[f["outlet"] == g, "x"] for g in "ABC"]
    assert omni.loc["x", "p_value"] == pytest.approx(stats.kruskal(*xs).pvalue)
    ab = pairs[(pairs["feature"] == "x") & (pairs["group_a"] == "A") & (pairs["group_b"] == "B")].iloc[0]
    ref = stats.mannwhitneyu(xs[0], xs[1], alternative="two-sided")
    assert ab["p_value"] == pytest.approx(ref.pvalue)
    assert ab["statistic"] == pytest.approx(ref.statistic)
    assert ab["cliffs_delta"] == pytest.approx(cliffs_delta(xs[0], xs[1]))
    assert ab["cohens_d"] == pytest.approx(cohens_d(xs[0], xs[1]))
    assert ab["cliffs_delta"] < -0.5 and ab["significant"]
    # BH over all six pairwise rows together
    assert pairs["p_adj"].to_numpy() == pytest.approx(bh_adjust(pairs["p_value"].to_numpy()))
    assert (t["correction"] == "fdr_bh").all()


def test_test_user_chosen_and_bonferroni():
    f = _features(12, 12, shift=1.5)
    t = compare.test(f, "outlet", columns=["x"], pairwise="welch", correction="bonferroni")
    row = t[t["test"] == "welch_t"].iloc[0]
    a, b = f.loc[f["outlet"] == "A", "x"], f.loc[f["outlet"] == "B", "x"]
    assert row["p_value"] == pytest.approx(stats.ttest_ind(a, b, equal_var=False).pvalue)
    t2 = compare.test(f, "outlet", columns=["x"], pairwise=stats.brunnermunzel)
    assert t2.iloc[1]["test"] == "brunnermunzel"
    assert t2.iloc[1]["p_value"] == pytest.approx(stats.brunnermunzel(a, b).pvalue)


def test_small_groups_warn_not_fail():
    f = _features(20, 3)
    with pytest.warns(SmallGroupWarning, match="'B' \\(n=3\\)"):
        t = compare.test(f, "outlet", columns=["x"])
    assert t["small_n"].all() and t["p_value"].notna().all()
    with pytest.warns(SmallGroupWarning):
        compare.profile(f, "outlet")
    with warnings.catch_warnings():
        warnings.simplefilter("error", SmallGroupWarning)
        compare.test(f, "outlet", columns=["x"], min_n=3)


def test_constant_feature_gives_nan_not_error():
    f = pd.DataFrame({"c": [1.0] * 12, "outlet": ["A"] * 6 + ["B"] * 6})
    t = compare.test(f, "outlet")
    assert math.isnan(t["p_value"].iloc[0])  # Kruskal-Wallis is undefined: all values identical
    assert t["p_value"].iloc[1] == pytest.approx(1.0)  # Mann-Whitney U: no evidence of a difference
    assert not t["significant"].any() and t["cliffs_delta"].iloc[1] == 0.0


# ------------------------------------------------------------------ Fightin' Words
TINY = pd.DataFrame({
    "doc_id": ["a1", "a2", "b1"],
    "outlet": ["A", "A", "B"],
    "text": ["Tax cuts", "tax", "tax care care"],
})


def _row(fw, group, term):
    return fw[(fw["group"] == group) & (fw["term"] == term)].iloc[0]


def test_fightin_words_uniform_prior_hand_computed():
    # A: tax 2, cuts 1, care 0 (n=3); B: tax 1, care 2 (n=3); a_w = 0.03 / 3 = 0.01, a0 = 0.03
    fw = fightin_words(TINY, "outlet", prior="uniform", alpha0=0.03)
    assert list(fw.columns) == ["group", "other", "term", "count", "delta", "var", "z", "count_other"]
    tax = _row(fw, "A", "tax")
    delta = math.log(2.01 / (3 + 0.03 - 2 - 0.01)) - math.log(1.01 / (3 + 0.03 - 1 - 0.01))
    var = 1 / 2.01 + 1 / 1.01
    assert tax["other"] == "rest" and tax["count"] == 2 and tax["count_other"] == 1
    assert tax["delta"] == pytest.approx(delta)
    assert tax["delta"] == pytest.approx(1.3714797, abs=1e-6)
    assert tax["var"] == pytest.approx(var)
    assert tax["z"] == pytest.approx(delta / math.sqrt(var))
    care = _row(fw, "A", "care")
    assert care["count"] == 0
    assert care["delta"] == pytest.approx(math.log(0.01 / 3.02) - math.log(2.01 / 1.02))
    # with two groups B-vs-rest is the mirror image of A-vs-rest
    assert _row(fw, "B", "care")["z"] == pytest.approx(-care["z"])


def test_fightin_words_informative_prior_hand_computed():
    # background counts tax 3, cuts 1, care 2 (6 tokens); default a0 = 6 so a_w = the background counts
    fw = fightin_words(TINY, "outlet")
    tax = _row(fw, "A", "tax")
    delta = math.log(5 / (3 + 6 - 2 - 3)) - math.log(4 / (3 + 6 - 1 - 3))
    assert tax["delta"] == pytest.approx(delta)
    assert tax["var"] == pytest.approx(1 / 5 + 1 / 4)
    assert tax["z"] == pytest.approx(0.6652855, abs=1e-6)
    cuts = _row(fightin_words(TINY, "outlet", alpha0=3.0), "A", "cuts")
    # a0 = 3 -> a_cuts = 3 * 1/6 = 0.5
    d = math.log(1.5 / (3 + 3 - 1 - 0.5)) - math.log(0.5 / (3 + 3 - 0 - 0.5))
    assert cuts["delta"] == pytest.approx(d)
    assert cuts["z"] == pytest.approx(d / math.sqrt(1 / 1.5 + 1 / 0.5))


def test_fightin_words_three_groups_pairwise_and_one_vs_rest():
    df = pd.DataFrame({"outlet": ["A", "A", "B", "C"],
                       "text": ["rates rates", "rates tax", "tax tax", "care tax"]})
    # vocabulary care, rates, tax: a0 = 0.03 gives a_w = 0.01
    pw = fightin_words(df, "outlet", prior="uniform", alpha0=0.03, mode="pairwise")
    assert sorted(set(zip(pw["group"], pw["other"], strict=True))) == [("A", "B"), ("A", "C"), ("B", "C")]
    # B vs C on "tax": y_B=2 (n=2), y_C=1 (n=2), a=0.01, a0=0.03
    d = math.log(2.01 / (2 + 0.03 - 2 - 0.01)) - math.log(1.01 / (2 + 0.03 - 1 - 0.01))
    row = pw[(pw["group"] == "B") & (pw["other"] == "C") & (pw["term"] == "tax")].iloc[0]
    assert row["delta"] == pytest.approx(d)
    ovr = fightin_words(df, "outlet", prior="uniform", alpha0=0.03)
    assert set(ovr["other"]) == {"rest"} and set(ovr["group"]) == {"A", "B", "C"}
    # C vs rest on "care": y=1 (n=2) vs y=0 in the rest (n=6)
    d = math.log(1.01 / (2 + 0.03 - 1 - 0.01)) - math.log(0.01 / (6 + 0.03 - 0 - 0.01))
    assert _row(ovr, "C", "care")["delta"] == pytest.approx(d)
    top_a = ovr[ovr["group"] == "A"].iloc[0]
    assert top_a["term"] == "rates" and top_a["z"] > 0


def test_fightin_words_uses_text_body_and_validates():
    df = TINY.assign(text_body=["budget", "budget", "care"])
    assert set(fightin_words(df, "outlet")["term"]) == {"budget", "care"}
    assert set(fightin_words(df, "outlet", body=False)["term"]) == {"tax", "cuts", "care"}
    with pytest.raises(ValueError, match="two groups"):
        fightin_words(TINY[TINY["outlet"] == "A"], "outlet")
    with pytest.raises(ValueError, match="prior"):
        fightin_words(TINY, "outlet", prior="flat")


def test_fightin_words_min_count_keeps_totals():
    full = fightin_words(TINY, "outlet", prior="uniform", alpha0=0.03)
    cut = fightin_words(TINY, "outlet", prior="uniform", alpha0=0.03, min_count=2)
    assert set(cut["term"]) == {"tax", "care"}
    # n_i still counts "cuts"; with a uniform prior over the kept terms, a_w = 0.03 / 2
    a = 0.015
    d = math.log((2 + a) / (3 + 0.03 - 2 - a)) - math.log((1 + a) / (3 + 0.03 - 1 - a))
    assert _row(cut, "A", "tax")["delta"] == pytest.approx(d)
    assert len(full) == 6


# ------------------------------------------------------------------ matching
def _story_corpus() -> Corpus:
    stories = {
        "flood": "Flood waters rose in Elmsford overnight and the Tarn river burst its banks near the mill bridge",
        "budget": "The finance ministry published the annual budget with new spending on rail lines and schools",
        "strike": "Dock workers at Portavel began a strike over pay, halting container ships at the harbour",
    }
    rows = []
    for outlet, day, extra in (("A", 1, "Reporters said."), ("B", 2, "Officials said."), ("C", 1, "Witnesses said.")):
        for k, (name, body) in enumerate(stories.items()):
            rows.append({"doc_id": f"{outlet}-{name}", "outlet": outlet, "text": f"{body}. {extra}",
                         "date": pd.Timestamp("2024-01-01") + pd.Timedelta(days=day + 3 * k)})
    # same flood text but far outside the window
    rows.append({"doc_id": "C-flood-late", "outlet": "C", "text": stories["flood"],
                 "date": pd.Timestamp("2024-03-01")})
    return Corpus(pd.DataFrame(rows))


def test_match_stories_pairs_same_story_within_window():
    c = _story_corpus()
    m = compare.match_stories(c, window_days=3, threshold=0.3)
    assert list(m.columns) == ["doc_id_a", "doc_id_b", "group_a", "group_b", "similarity", "days_apart"]
    assert len(m) == 9  # 3 stories x 3 outlet pairs
    assert (m["doc_id_a"].str.split("-").str[1] == m["doc_id_b"].str.split("-").str[1]).all()
    assert "C-flood-late" not in set(m["doc_id_a"]) | set(m["doc_id_b"])
    assert (m["days_apart"] <= 3).all() and (m["group_a"] != m["group_b"]).all()
    assert m["similarity"].is_monotonic_decreasing
    # without the window constraint being satisfiable nothing matches
    assert compare.match_stories(c, window_days=3, threshold=0.99).empty


def test_profile_and_test_accept_matched_set():
    c = _story_corpus()
    m = compare.match_stories(c, window_days=3)
    f = pd.DataFrame({"x": np.arange(len(c), dtype=float)}, index=pd.Index(c["doc_id"], name="doc_id"))
    p = compare.profile(f, "outlet", corpus=c, matched=m, min_n=1)
    assert p["n"].sum() == 9  # C-flood-late left out
    t = compare.test(f, "outlet", corpus=c, matched=m, min_n=1)
    assert t[t["test"] == "kruskal"]["n_a"].iloc[0] == 9


def test_fightin_words_single_word_vocabulary_is_nan_not_error():
    df = pd.DataFrame({"outlet": ["A", "B"], "text": ["t.", "t. t."]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fw = fightin_words(df, "outlet")
    assert fw["z"].isna().all() and fw["count"].tolist() == [1, 2]
