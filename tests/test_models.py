"""Tests for framing.models (pipelines, leakage-aware evaluation, probe, explain, persistence)."""

from __future__ import annotations

import random
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.model_selection import KFold
from sklearn.pipeline import Pipeline
from sklearn.tree import DecisionTreeClassifier

import framing
from framing import Corpus
from framing.models import (
    BASELINES,
    DegenerateSplitError,
    DegenerateSplitWarning,
    LeakySplitError,
    OutletIdentity,
    UntrustedTypesError,
    compare_splits,
    evaluate,
    explain,
    leakage_probe,
    load,
    make_pipeline,
    save,
)

matplotlib.use("Agg")

NEUTRAL = ("council budget vote plan city report week office school road water price market "
           "court policy member state group issue public service health tax energy").split()
LOUD = ["Outrage!", "Shocking!", "Unbelievable!", "Disgrace!"]
CALM = ["The committee reviewed it.", "Officials confirmed the date.", "The figures were published."]
NAMES = ["Harbor Ledger", "Summit Courier", "Valley Sentinel", "Prairie Gazette",
         "Coastal Herald", "Granite Tribune", "River Chronicle", "Maple Dispatch"]


def sentence(rng: random.Random, n: int = 8) -> str:
    words = [rng.choice(NEUTRAL) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def make_corpus(*, signal: str = "style", signature: bool = True, per: int = 20, seed: int = 0,
                dates: bool = True) -> Corpus:
    """Eight synthetic outlets, four per side; the label is outlet-level.

    ``signal="style"``: hyper outlets write exclamations (a framing cue that
    transfers to unseen outlets). ``signal="none"``: bodies carry nothing about
    the label. ``signature``: each outlet ends its articles with its own
    sign-off line (an outlet-identity cue that does not transfer).
    """
    rng = random.Random(seed)
    rows = []
    for k, name in enumerate(NAMES):
        side = "hyper" if k % 2 == 0 else "main"
        for i in range(per):
            body = " ".join(sentence(rng) for _ in range(4))
            if signal == "style":
                extra = " ".join(rng.choice(LOUD) for _ in range(3)) if side == "hyper" else rng.choice(CALM)
                body = f"{body} {extra}"
            lines = [body]
            if signature:
                lines.append(f"Read more from the {name} newsroom, house code zq{k}x.")
            rows.append({
                "doc_id": f"{k}-{i}", "outlet": name, "side": side, "text": "\n".join(lines),
                "title": sentence(rng, 5),
                "date": pd.Timestamp("2020-01-01") + pd.Timedelta(days=rng.randrange(0, 365)) if dates else None,
            })
    return Corpus(pd.DataFrame(rows))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus()


def means(table: pd.DataFrame, metric: str = "accuracy") -> pd.Series:
    t = table[(table["fold"] == "mean") & (table["metric"] == metric)]
    return t.set_index(["split", "model"])["score"] if t["split"].nunique() > 1 else t.set_index("model")["score"]


# ------------------------------------------------------------ make_pipeline
@pytest.mark.parametrize("features", ["framing", "tfidf", "both"])
def test_make_pipeline_fits_and_predicts_every_feature_set(corpus, features):
    model = make_pipeline(features, families=["style"])
    assert list(model.named_steps) == ["features", "clf"]
    branches = [name for name, _ in model.named_steps["features"].transformer_list]
    assert branches == {"framing": ["framing"], "tfidf": ["tfidf"], "both": ["framing", "tfidf"]}[features]
    model.fit(corpus.frame, corpus["side"])
    pred = model.predict(corpus.frame)
    assert set(pred) <= {"hyper", "main"}
    assert (pred == corpus["side"].to_numpy()).mean() > 0.9  # the training data carries strong cues


def test_make_pipeline_accepts_corpus_texts_and_custom_estimator(corpus):
    model = make_pipeline("framing", DecisionTreeClassifier(max_depth=2, random_state=0), families="style")
    model.fit(corpus, corpus["side"])
    assert isinstance(model.named_steps["clf"], DecisionTreeClassifier)
    assert model.predict(["Outrage! Shocking! Disgrace!"]).tolist() == ["hyper"]


def test_default_framing_features_leave_out_raw_text_boilerplate_counts():
    from framing.registry import resolve_families

    model = make_pipeline("framing")
    fams = model.named_steps["features"].transformer_list[0][1].named_steps["extract"].families
    raw = {f.name for f in resolve_families(None) if f.uses_raw}
    assert "boilerplate" in raw  # the built-in boilerplate family reads the raw text
    assert fams and not raw & set(fams)
    assert set(fams) == {f.name for f in resolve_families(None)} - raw


def test_make_pipeline_rejects_unknown_feature_set():
    with pytest.raises(ValueError, match="features must be one of"):
        make_pipeline("words")


def test_tfidf_branch_reads_body_when_text_body_present():
    df = pd.DataFrame({"text": ["alpha beta SIGNOFF", "gamma delta SIGNOFF"],
                       "text_body": ["alpha beta", "gamma delta"]})
    model = make_pipeline("tfidf").fit(df, ["a", "b"])
    vocab = model.named_steps["features"].transformer_list[0][1].named_steps["vectorize"].vocabulary_
    assert "signoff" not in vocab and "alpha" in vocab


# ----------------------------------------------------------------- evaluate
def test_evaluate_table_shape_and_outlet_disjoint_folds(corpus):
    res = evaluate(corpus, "side", cv=4, features="framing", families="style")
    assert {"split", "model", "metric", "fold", "score", "ci_low", "ci_high", "n_train", "n_test",
            "shared_groups"} <= set(res.columns)
    assert set(res["model"]) == {"framing", *BASELINES}
    assert set(res["metric"]) == {"accuracy", "f1_macro", "balanced_accuracy"}
    folds = res[res["fold"] != "mean"]
    assert sorted(folds["fold"].unique()) == ["1", "2", "3", "4"]
    assert (folds["shared_groups"] == 0).all()
    assert (folds.groupby(["model", "metric"])["n_test"].sum() == len(corpus)).all()
    mean = res[res["fold"] == "mean"]
    assert len(mean) == 3 * 3
    assert (mean["ci_low"] <= mean["score"]).all() and (mean["score"] <= mean["ci_high"]).all()
    # the exclamation cue transfers to unseen outlets
    assert means(res)["framing"] > 0.9


def test_baselines_always_present_and_show_the_leak(corpus):
    t = compare_splits(corpus, "side", features="tfidf", cv=4, splits=["random", "outlet"])
    acc = t[t["metric"] == "accuracy"].set_index(["split", "model"])["score"]
    for split in ("random", "outlet"):
        for model in ("tfidf", "majority", "outlet_identity"):
            assert (split, model) in acc.index
    # knowing the outlet is perfect on seen outlets and useless on unseen ones
    assert acc[("random", "outlet_identity")] == 1.0
    assert acc[("outlet", "outlet_identity")] <= 0.6
    assert "gap" in t.columns
    gap = t[(t["metric"] == "accuracy") & (t["split"] == "outlet")].set_index("model")["gap"]
    assert gap["outlet_identity"] >= 0.4


def test_random_split_inflates_when_only_outlet_identity_predicts():
    c = make_corpus(signal="none", signature=True)
    t = compare_splits(c, "side", features="tfidf", cv=4, splits=["random", "outlet"])
    acc = t[t["metric"] == "balanced_accuracy"].set_index(["split", "model"])["score"]
    assert acc[("random", "tfidf")] > 0.95       # memorises each outlet's sign-off
    assert acc[("outlet", "tfidf")] < 0.75       # which says nothing about unseen outlets
    assert acc[("random", "tfidf")] - acc[("outlet", "tfidf")] > 0.25


def test_evaluate_refuses_leaky_splitter_under_outlet_split(corpus):
    with pytest.raises(LeakySplitError, match="both train and test"):
        evaluate(corpus, "side", split="outlet", cv=KFold(3, shuffle=True, random_state=0), features="tfidf")


def test_evaluate_refuses_leaky_predefined_column_and_pairs(corpus):
    f = corpus.frame
    role = np.where(np.arange(len(f)) % 4 == 0, "test", "train")  # every outlet on both sides
    c = corpus.with_columns(role=role)
    with pytest.raises(LeakySplitError) as err:
        evaluate(c, "side", split="outlet", cv="role", features="tfidf")
    assert "Harbor Ledger" in str(err.value)
    pairs = [(np.flatnonzero(role == "train"), np.flatnonzero(role == "test"))]
    with pytest.raises(LeakySplitError):
        evaluate(c, "side", split="outlet", cv=pairs, features="tfidf")
    # the same split is allowed when asked for knowingly, and the overlap is reported
    res = evaluate(c, "side", split="predefined", cv="role", features="tfidf", n_boot=50)
    assert (res.loc[res["fold"] == "1", "shared_groups"] == 8).all()


def test_evaluate_accepts_outlet_disjoint_custom_folds(corpus):
    f = corpus.frame
    test_outlets = {"Harbor Ledger", "Summit Courier"}
    role = np.where(f["outlet"].isin(test_outlets), "test", "train")
    res = evaluate(corpus.with_columns(role=role), "side", split="outlet", cv="role", features="tfidf",
                   n_boot=100)
    fold = res[res["fold"] == "1"]
    assert (fold["shared_groups"] == 0).all() and (fold["n_test"] == 40).all()
    mean = res[(res["fold"] == "mean") & (res["model"] == "tfidf")]
    assert mean["ci_low"].notna().all()  # single fold: bootstrap interval over test outlets


def test_evaluate_errors(corpus):
    with pytest.raises(ValueError, match="target column 'bias' not found"):
        evaluate(corpus, "bias")
    one = corpus.with_columns(side="hyper")
    with pytest.raises(ValueError, match="only one class"):
        evaluate(one, "side")
    single = corpus.with_columns(outlet="Only Outlet")
    with pytest.raises(ValueError, match="at least two outlets"):
        evaluate(single, "side", split="outlet")
    with pytest.raises(ValueError, match="groups column 'source' not found"):
        evaluate(corpus, "side", groups="source")
    with pytest.raises(ValueError, match="needs at least 9 outlets"):
        evaluate(corpus, "side", cv=9)
    with pytest.raises(ValueError, match="predefined"):
        evaluate(corpus, "side", split="predefined", cv=5)
    with pytest.raises(ValueError, match="split must be"):
        evaluate(corpus, "side", split="stratified")
    with pytest.raises(ValueError, match="unknown metric"):
        evaluate(corpus, "side", scoring=["auc_magic"])
    with pytest.raises(ValueError, match="'date' column"):
        evaluate(make_corpus(dates=False).frame.drop(columns="date"), "side", split="time")
    with pytest.raises(ValueError, match="needs groups"):
        evaluate(corpus, "side", groups=None)
    with pytest.raises(ValueError, match="no such column"):
        evaluate(corpus, "side", split="predefined", cv="nope")


def test_evaluate_drops_unlabelled_rows_and_maps_predictions_back(corpus):
    labels = corpus["side"].astype(object).to_numpy().copy()
    labels[::7] = None
    c = corpus.with_columns(side=labels)
    res, pred = evaluate(c, "side", cv=4, features="tfidf", return_predictions=True)
    n_labelled = int(pd.notna(labels).sum())
    one = res[(res["model"] == "tfidf") & (res["metric"] == "accuracy") & ~res["fold"].isin(["mean", "pooled"])]
    assert one["n_test"].sum() == n_labelled
    p = pred[pred["model"] == "tfidf"]
    assert len(p) == n_labelled and p["row"].is_unique
    assert (p["y_true"].to_numpy() == labels[p["row"].to_numpy()]).all()


def test_evaluate_reproducible_with_seed(corpus):
    kw = dict(split="random", cv=4, features="tfidf", return_predictions=True)
    a, pa = evaluate(corpus, "side", random_state=3, **kw)
    b, pb = evaluate(corpus, "side", random_state=3, **kw)
    pd.testing.assert_frame_equal(a.drop(columns="fit_seconds"), b.drop(columns="fit_seconds"))
    pd.testing.assert_frame_equal(pa, pb)
    _, pc = evaluate(corpus, "side", random_state=4, **kw)
    fold_of = lambda p: p[p["model"] == "tfidf"].set_index("row")["fold"].sort_index()  # noqa: E731
    assert not fold_of(pa).equals(fold_of(pc))  # a different seed deals different folds


def test_outlet_split_reproducible_and_seed_changes_groups(corpus):
    kw = dict(cv=4, features="tfidf", return_predictions=True)
    _, p1 = evaluate(corpus, "side", random_state=1, **kw)
    _, p2 = evaluate(corpus, "side", random_state=1, **kw)
    pd.testing.assert_frame_equal(p1, p2)
    f = corpus.frame

    def groups(p: pd.DataFrame) -> set[frozenset[str]]:
        p = p[p["model"] == "tfidf"]
        return {frozenset(f["outlet"].iloc[g["row"]]) for _, g in p.groupby("fold")}

    seeds = {frozenset(groups(evaluate(corpus, "side", random_state=s, **kw)[1])) for s in range(6)}
    assert len(seeds) > 1


def test_time_split_trains_on_the_past():
    c = make_corpus()
    dates = c["date"].to_numpy().copy()
    dates[:5] = np.datetime64("NaT")
    c = c.with_columns(date=dates)
    res, pred = evaluate(c, "side", split="time", cv=3, features="tfidf", return_predictions=True)
    p = pred[pred["model"] == "tfidf"].copy()
    p["date"] = c["date"].to_numpy()[p["row"].to_numpy()]
    spans = p.groupby("fold")["date"].agg(["min", "max"]).sort_index()
    assert (spans["max"].iloc[:-1].to_numpy() <= spans["min"].iloc[1:].to_numpy()).all()
    assert not set(range(5)) & set(p["row"])  # undated articles left out
    assert "5 undated" in res.loc[res["fold"] == "mean", "note"].iloc[0]


def test_untrainable_folds_are_reported_not_crashed():
    # one "main" outlet: an outlet-grouped fold that holds it out has no "main" to learn from
    c = make_corpus()
    f = c.frame
    side = np.where(f["outlet"] == "Summit Courier", "main", "hyper")
    with pytest.warns(DegenerateSplitWarning, match="'main'"):
        res = evaluate(c.with_columns(side=side), "side", cv=8, features="tfidf")
    folds = res[(res["model"] == "tfidf") & ~res["fold"].isin(["mean", "pooled"])]
    untrainable = folds[folds["note"].str.contains("one class: no model")]
    assert len(untrainable) == 3 and untrainable["score"].isna().all()
    mean = res[(res["model"] == "tfidf") & (res["fold"] == "mean")]
    assert (mean["folds_scored"] == 7).all()


def one_big_outlet_corpus(n_main: int = 60, n_hyper: int = 10, seed: int = 0) -> pd.DataFrame:
    """One large "main" outlet and four small "hyper" outlets: 'main' is one outlet, like BuzzFeed's politico."""
    rng = random.Random(seed)
    rows = []
    for name, side, n in [("Big Main", "main", n_main), *[(f"Hyper {k}", "hyper", n_hyper) for k in range(4)]]:
        for i in range(n):
            extra = " ".join(rng.choice(LOUD) for _ in range(2)) if side == "hyper" else rng.choice(CALM)
            rows.append({"doc_id": f"{name}-{i}", "outlet": name, "side": side,
                         "text": " ".join(sentence(rng) for _ in range(3)) + " " + extra})
    return pd.DataFrame(rows)


def test_single_outlet_class_flags_folds_and_warns():
    df = one_big_outlet_corpus()
    with pytest.warns(DegenerateSplitWarning, match=r"'main' \(only outlet: 'Big Main'\)") as rec:
        res = evaluate(df, "side", cv=5, features="tfidf", n_boot=0)
    assert "fewer than two outlets" in str(rec[0].message) and "pooled" in str(rec[0].message)
    assert res["degenerate"].dtype == bool
    folds = res[(res["model"] == "tfidf") & ~res["fold"].isin(["mean", "pooled"])]
    not_fitted = folds[folds["note"].str.startswith("not fitted")]
    single = folds[folds["note"].str.contains("single class in test fold", regex=False)]
    assert not_fitted["fold"].nunique() == 1 and not_fitted["score"].isna().all()
    assert single["fold"].nunique() == 4
    assert folds["degenerate"].all()
    mean = res[(res["model"] == "tfidf") & (res["fold"] == "mean")]
    assert mean["degenerate"].all() and (mean["folds_scored"] == 4).all()
    assert mean["note"].str.contains("5 of 5 folds degenerate (1 not fitted (excluded from the mean), "
                                     "4 with a single class in the test fold)", regex=False).all()
    # the mean is over fitted folds only
    f1 = folds[folds["metric"] == "f1_macro"]["score"]
    assert mean.set_index("metric").loc["f1_macro", "score"] == pytest.approx(f1.dropna().mean())
    # every test fold was single-class, so a pooled row exists; 'main' was never tested: still degenerate
    pooled = res[(res["model"] == "tfidf") & (res["fold"] == "pooled")]
    assert len(pooled) == 3 and pooled["degenerate"].all()
    assert pooled["note"].str.contains("single class").all()
    assert (pooled["n_test"] == 40).all()


def test_pooled_score_is_the_metric_over_all_out_of_fold_predictions():
    from sklearn.metrics import f1_score

    c = make_corpus(per=10)  # 8 outlets, 4 per class; leave one outlet out: every test fold has one class
    with pytest.warns(DegenerateSplitWarning, match="8 of 8 folds are degenerate"):
        res, pred = evaluate(c, "side", cv=8, features="tfidf", return_predictions=True, n_boot=50)
    folds = res[(res["model"] == "tfidf") & ~res["fold"].isin(["mean", "pooled"])]
    assert folds["degenerate"].all() and folds["note"].str.contains("single class in test fold").all()
    pooled = res[(res["model"] == "tfidf") & (res["fold"] == "pooled")].set_index("metric")
    p = pred[pred["model"] == "tfidf"]
    expected = f1_score(p["y_true"], p["y_pred"], average="macro")
    assert pooled.loc["f1_macro", "score"] == pytest.approx(expected)
    assert not pooled["degenerate"].any()  # both classes are in the pooled test set: a meaningful number
    assert pooled.loc["f1_macro", "ci_low"] <= pooled.loc["f1_macro", "score"] <= pooled.loc["f1_macro", "ci_high"]
    # the per-fold macro-F1 of a one-class test fold is capped at 0.5: its mean understates a perfect model
    maj = res[(res["model"] == "majority") & (res["metric"] == "f1_macro")].set_index("fold")["score"]
    assert maj["mean"] <= 0.5 and maj["pooled"] <= 0.5


def test_no_degenerate_flags_or_warning_on_a_clean_outlet_split(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DegenerateSplitWarning)
        res = evaluate(corpus, "side", cv=4, features="tfidf")
    assert not res["degenerate"].any()
    assert "pooled" not in set(res["fold"])
    assert not res.loc[res["fold"] == "mean", "note"].str.contains("degenerate").any()


def test_on_degenerate_raise_and_ignore():
    df = one_big_outlet_corpus()
    with pytest.raises(DegenerateSplitError, match="'main'"):
        evaluate(df, "side", cv=5, features="tfidf", on_degenerate="raise")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DegenerateSplitWarning)
        res = evaluate(df, "side", cv=5, features="tfidf", on_degenerate="ignore", n_boot=0)
    assert res.loc[res["fold"] == "mean", "degenerate"].all()  # still flagged in the table
    with pytest.raises(ValueError, match="on_degenerate"):
        evaluate(df, "side", cv=5, features="tfidf", on_degenerate="maybe")
    # random splits of the same corpus are not degenerate (classes appear in every fold)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DegenerateSplitWarning)
        rnd = evaluate(df, "side", split="random", cv=5, features="tfidf")
    assert not rnd["degenerate"].any()


def test_compare_splits_summary_keeps_flags_and_pooled_score():
    df = one_big_outlet_corpus()
    with pytest.warns(DegenerateSplitWarning):
        t = compare_splits(df, "side", features="tfidf", cv=5, splits=["random", "outlet"], n_boot=0)
    assert {"degenerate", "note", "pooled_score", "gap"} <= set(t.columns)
    assert len(t) == 2 * 3 * 3  # one row per split, model, metric
    flags = t.groupby("split")["degenerate"].all()
    assert flags["outlet"] and not t.loc[t["split"] == "random", "degenerate"].any()
    out = t[(t["split"] == "outlet")]
    assert out["pooled_score"].notna().all() and t.loc[t["split"] == "random", "pooled_score"].isna().all()
    assert out["note"].str.contains("folds degenerate").all()


def test_outlet_identity_predicts_training_majority_on_unseen_outlets():
    # 'main' is the training majority; a plain one-hot model predicts its intercept class ('hyper') for an
    # unseen outlet and scores 1.0 on every hyper-only test fold, a fake perfect baseline
    df = one_big_outlet_corpus()
    res, pred = evaluate(df, "side", cv=5, features="tfidf", return_predictions=True, n_boot=0,
                         on_degenerate="ignore")
    oi = pred[pred["model"] == "outlet_identity"].set_index(["fold", "row"])["y_pred"]
    maj = pred[pred["model"] == "majority"].set_index(["fold", "row"])["y_pred"]
    assert len(oi) == 40 and oi.equals(maj.reindex(oi.index))
    assert set(oi) == {"main"}
    sc = res[~res["fold"].isin(["mean", "pooled"])].pivot_table(index=["fold", "metric"], columns="model",
                                                                   values="score")
    assert sc["outlet_identity"].tolist() == sc["majority"].tolist()
    acc = sc.xs("accuracy", level="metric")["outlet_identity"]
    assert (acc == 0.0).all()
    rows = res[res["model"] == "outlet_identity"]
    assert rows.loc[rows["fold"] == "mean", "degenerate"].all()
    fitted = rows[rows["score"].notna() & ~rows["fold"].isin(["mean", "pooled"])]
    assert fitted["note"].str.contains("predicts the training majority class").all()
    assert (rows["estimator"] == "OutletIdentity").all()


def test_outlet_identity_estimator_on_seen_and_unseen_outlets():
    X = pd.DataFrame({"outlet": ["a"] * 2 + ["b"] * 5 + ["c"]})
    y = ["L", "L", "R", "R", "R", "R", "R", "L"]
    m = OutletIdentity(column="outlet").fit(X, y)
    assert m.predict(pd.DataFrame({"outlet": ["a", "b", "c", "never"]})).tolist() == ["L", "R", "L", "R"]
    assert OutletIdentity().fit(["a", "b"], [1, 0]).predict(["zzz", "a"]).tolist() == [0, 1]
    # labels of different lengths are not truncated when seen and unseen outlets are mixed
    m = OutletIdentity().fit(["a", "a", "b", "c"], ["yes", "yes", "no", "no"])
    assert m.predict(["a", "new", "b"]).tolist() == ["yes", "no", "no"]


def test_outlet_identity_is_perfect_on_random_split_with_outlet_level_labels(corpus):
    res = evaluate(corpus, "side", split="random", cv=4, features="tfidf")
    assert means(res)["outlet_identity"] == 1.0


def test_precomputed_features_give_the_same_result(corpus):
    feats = framing.extract_features(corpus, families="style")
    a = evaluate(corpus, "side", cv=4, features="framing", families="style")
    b = evaluate(corpus, "side", cv=4, features="framing", precomputed=feats)
    pd.testing.assert_series_equal(a["score"], b["score"])


def test_evaluate_does_not_mutate_input_and_survives_messy_text():
    df = make_corpus(per=10).frame
    df.loc[0, "text"] = ""
    df.loc[1, "text"] = "<p>Ünïcödé «quote» <b>bold</b> 中文 \"unbalanced</p>"
    df.loc[2, "text"] = "word " * 20_000
    df.loc[3, "title"] = None
    before = df.copy(deep=True)
    res = evaluate(df, "side", cv=4, features="both", families=["style", "readability"])
    pd.testing.assert_frame_equal(df, before)
    assert res["score"].notna().all()


def test_integer_labels_like_allsides_bias(corpus):
    bias = np.where(corpus["side"] == "hyper", 2, 0)
    res, pred = evaluate(corpus.with_columns(bias=bias), "bias", cv=4, features="tfidf", return_predictions=True)
    assert set(pred["y_pred"]) <= {0, 2} and res["score"].notna().all()


def test_custom_metric_callable(corpus):
    def errors(y_true, y_pred):
        return float((np.asarray(y_true) != np.asarray(y_pred)).sum())

    res = evaluate(corpus, "side", cv=4, features="tfidf", scoring=[errors, "macro_f1"])
    assert set(res["metric"]) == {"errors", "f1_macro"}


# ------------------------------------------------------------ leakage probe
def test_leakage_probe_flags_outlet_cues_and_boilerplate():
    c = make_corpus(signal="none", signature=True)
    f = c.frame
    bp = [t.splitlines()[-1] for t in f["text"]]
    rep = leakage_probe(c.with_columns(boilerplate=bp), "side", cv=4)
    assert rep.risk == "high"
    assert "split='outlet'" in rep.verdict
    t = rep.table[rep.table["metric"] == "balanced_accuracy"].set_index(["split", "probe"])["score"]
    assert t[("random", "boilerplate")] > 0.95 and t[("random", "outlet_cues")] > 0.95
    assert t[("outlet", "boilerplate")] < 0.75
    assert {"majority", "outlet_identity"} <= set(rep.table["probe"])
    assert "boilerplate text from the corpus' boilerplate column" in " ".join(rep.notes)
    assert "<script" not in rep._repr_html_()


def test_leakage_probe_low_when_edges_carry_nothing():
    c = make_corpus(signal="none", signature=False)
    rep = leakage_probe(c, "side", cv=4, mentions=False)
    assert rep.risk == "low", rep.verdict
    assert "outlet_cues" in set(rep.table["probe"])


def test_leakage_probe_counts_outlet_name_mentions():
    # bodies identical in kind, but each side cites outlets of its own side by name
    rng = random.Random(1)
    rows = []
    for k, name in enumerate(NAMES):
        side = "L" if k < 4 else "R"
        cited = NAMES[rng.randrange(0, 4)] if side == "L" else NAMES[rng.randrange(4, 8)]
        for i in range(12):
            body = " ".join(sentence(rng) for _ in range(20))
            mid = len(body) // 2
            rows.append({"doc_id": f"{k}-{i}", "outlet": name, "side": side,
                         "text": f"{body[:mid]} As the {cited} reported, {body[mid:]}"})
    c = Corpus(pd.DataFrame(rows))
    with_m = leakage_probe(c, "side", cv=4, splits=["random"], lines=1, words=3)
    without = leakage_probe(c, "side", cv=4, splits=["random"], lines=1, words=3, mentions=False)
    score = lambda r: r.table.query("probe == 'outlet_cues' and metric == 'balanced_accuracy'")["score"].item()  # noqa: E731
    assert score(with_m) > 0.9 > score(without) + 0.2


# ------------------------------------------------------------------ explain
def test_explain_joins_definitions_and_ranks_the_real_cue(corpus):
    c = make_corpus(signal="style", signature=False, seed=2)
    model = make_pipeline("framing", families="style").fit(c.frame, c["side"])
    held = make_corpus(signal="style", signature=False, seed=3)
    table = explain(model, held.frame, held["side"], n_repeats=3)
    assert {"feature", "block", "class", "coefficient", "importance_mean", "importance_std", "family",
            "unit", "definition", "reference"} <= set(table.columns)
    assert table["definition"].notna().all() and (table["block"] == "framing").all()
    assert set(table["class"]) == {"main"}  # binary: one row per feature, toward classes_[1]
    top = table.sort_values("importance_mean", ascending=False).iloc[0]
    assert top["feature"] == "exclamation_rate" and top["importance_mean"] > 0.2
    assert table.set_index("feature").loc["exclamation_rate", "coefficient"] < 0


def test_explain_linear_shortcut_matches_plain_permutation(corpus):
    """The fast path (decision-function update) equals refitting-free brute-force permutation."""
    c = make_corpus(signal="style", signature=False, seed=5)
    model = make_pipeline("framing", families="style").fit(c.frame, c["side"])
    fast = explain(model, c.frame, c["side"], n_repeats=2, random_state=0).set_index("feature")
    tree_like = Pipeline([("features", model.named_steps["features"]), ("clf", _NoCoef(model.named_steps["clf"]))])
    slow = explain(tree_like, c.frame, c["side"], n_repeats=2, random_state=0).set_index("feature")
    pd.testing.assert_series_equal(fast["importance_mean"].sort_index(), slow["importance_mean"].sort_index(),
                                   atol=1e-12)


class _NoCoef(BaseEstimator):
    """Wraps a fitted classifier but hides coef_ so explain() takes the generic path."""

    def __init__(self, inner=None):
        self.inner = inner

    @property
    def classes_(self):
        return self.inner.classes_

    def predict(self, X):
        return self.inner.predict(X)


def test_explain_multiclass_and_tfidf_terms():
    rng = random.Random(0)
    texts, labels = [], []
    for i in range(90):
        lab = ["left", "center", "right"][i % 3]
        texts.append(" ".join(rng.choice(NEUTRAL) for _ in range(10)) + f" marker{lab}")
        labels.append(lab)
    model = make_pipeline("tfidf").fit(texts, labels)
    table = explain(model, texts, labels, n_repeats=2, top_terms=5)
    assert set(table["class"]) == {"left", "center", "right"}
    assert table["definition"].isna().all()  # terms have no codebook entry
    imp = table.dropna(subset=["importance_mean"]).drop_duplicates("feature")
    assert len(imp) == 5 and set(imp["feature"]) >= {"markerleft", "markercenter", "markerright"}


def test_explain_requires_fitted_pipeline():
    with pytest.raises(ValueError, match="not fitted"):
        explain(make_pipeline("tfidf"))
    with pytest.raises(TypeError):
        explain(DecisionTreeClassifier())


# -------------------------------------------------------------- persistence
def test_save_load_round_trip(tmp_path, corpus):
    model = make_pipeline("both", families=["style", "readability"]).fit(corpus.frame, corpus["side"])
    path = save(model, tmp_path / "model.skops")
    back = load(path)
    assert type(back) is Pipeline
    np.testing.assert_array_equal(back.predict(corpus.frame), model.predict(corpus.frame))
    np.testing.assert_allclose(back.predict_proba(corpus.frame), model.predict_proba(corpus.frame))


class Sneaky(TransformerMixin, BaseEstimator):
    """A type nobody put on the allow-list."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return X


def test_load_refuses_untrusted_types(tmp_path, corpus):
    model = Pipeline([("sneaky", Sneaky()), ("inner", make_pipeline("tfidf"))]).fit(corpus.frame, corpus["side"])
    path = save(model, tmp_path / "sneaky.skops")
    with pytest.raises(UntrustedTypesError, match="test_models.Sneaky"):
        load(path)
    name = f"{Sneaky.__module__}.Sneaky"
    back = load(path, trusted=[name])
    np.testing.assert_array_equal(back.predict(corpus.frame), model.predict(corpus.frame))


def test_saved_file_is_not_a_pickle(tmp_path):
    path = save(make_pipeline("tfidf").fit(["aa bb", "cc dd"], ["x", "y"]), tmp_path / "m.skops")
    assert path.read_bytes()[:2] == b"PK"  # a zip of JSON schema + arrays


# ------------------------------------------------------------------- plots
def test_plots_return_axes(corpus):
    from matplotlib.axes import Axes

    from framing.plot import coefficients, confusion

    model = make_pipeline("framing", families="style").fit(corpus.frame, corpus["side"])
    ax = coefficients(model, top=5)
    assert isinstance(ax, Axes) and len(ax.patches) == 5
    _, pred = evaluate(corpus, "side", cv=4, features="tfidf", return_predictions=True)
    ax2 = confusion(pred, model="tfidf")
    assert isinstance(ax2, Axes) and len(ax2.texts) == 4
    with pytest.raises(ValueError, match="several models"):
        confusion(pred)
    with pytest.raises(ValueError, match="cls="):
        coefficients(model, cls="nope")


# ---------------------------------------------------------------- real data
@pytest.mark.realdata
@pytest.mark.slow
def test_buzzfeed_outlet_grouped_with_one_mainstream_outlet(shared_data):
    import xml.etree.ElementTree as ET

    from conftest import require

    base = require(shared_data / "buzzfeed-webis-2016" / "articles")
    rows = []
    for p in sorted(base.glob("*.xml"))[::3]:
        root = ET.parse(p).getroot()
        rows.append({"doc_id": p.stem, "outlet": root.findtext("portal") or "",
                     "text": root.findtext("mainText") or "", "orientation": root.findtext("orientation")})
    df = pd.DataFrame(rows)
    df["hyper"] = np.where(df["orientation"] == "mainstream", "mainstream", "hyperpartisan")
    with pytest.warns(DegenerateSplitWarning, match="mainstream"):
        res = evaluate(df, "hyper", cv=5, features="framing", families=["style", "readability"])
    folds = res[(res["model"] == "framing") & ~res["fold"].isin(["mean", "pooled"])]
    # holding out the only mainstream outlet leaves nothing to learn "mainstream" from
    assert folds["note"].str.contains("one class: no model").any()
    assert folds["note"].str.contains("single class in test fold").any()
    assert res.loc[res["fold"] == "mean", "degenerate"].all()


@pytest.mark.realdata
def test_allsides_media_split_is_not_source_disjoint(shared_data):
    """Baly et al.'s media split keeps article domains apart, but some AllSides sources span both sides."""
    from conftest import require

    base = require(shared_data / "allsides-baly2020")
    corpus = framing.read_corpus(base / "articles.jsonl.gz")
    role = {}
    for part in ("train", "test"):
        ids = pd.read_csv(base / "data" / "splits" / "media" / f"{part}.tsv", sep="\t", dtype=str)["ID"]
        role.update(dict.fromkeys(ids, part))
    c = corpus.with_columns(role=corpus.doc_ids.map(role).fillna("none"))
    with pytest.raises(LeakySplitError, match="CNN"):
        evaluate(c, "bias", split="outlet", cv="role", features="tfidf")
