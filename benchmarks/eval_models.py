"""Leakage-aware evaluation of outlet-type classifiers on real corpora.

Three measurements (see docs/models.md for the results and how to read them):

* ``allsides``: AllSides (Baly et al. 2020), target ``bias`` (0 left, 1 center,
  2 right; fixed per source). The released *random* split vs the released
  *media* split vs our outlet-grouped CV (and our random CV), each with framing
  features, TF-IDF and both, plus the majority and outlet-identity baselines.
  Also checks whether the released media split is outlet-disjoint by our
  ``outlet`` column (``evaluate(split="outlet", cv="role_media")`` refuses it
  if not).
* ``splits``: how many outlets (AllSides source names) and article domains
  (``source_url``) the released random and media splits share between train
  and test.
* ``buzzfeed``: the BuzzFeed-Webis subset (5 outlets), hyperpartisan (left +
  right) vs mainstream with framing (style) features: random CV (as in
  Potthast et al. 2018), leave-one-outlet-out, and a hybrid that holds out one
  hyperpartisan outlet at a time while splitting the single mainstream outlet
  by article.
* ``probe``: :func:`framing.models.leakage_probe` on both corpora (AllSides
  sampled to ``--probe-limit`` articles).
* ``timing``: fit time on all AllSides articles of framing features +
  LogisticRegression (features already extracted) and of TF-IDF +
  LogisticRegression (vectorising included).

Framing features are extracted once and cached as Parquet in ``--cache``.

Usage::

    python benchmarks/eval_models.py                          # everything (first run extracts features)
    python benchmarks/eval_models.py --part buzzfeed
    python benchmarks/eval_models.py --part allsides --limit 3000 --cv 3   # quick
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import framing  # noqa: E402
from framing.features import extract_features, feature_names  # noqa: E402
from framing.models import _body_texts, _cv_model, evaluate  # noqa: E402

SCORING = ("accuracy", "f1_macro", "balanced_accuracy")


def data_dir(arg: str | None) -> Path:
    for cand in (arg, os.environ.get("FRAMING_DATA"), str(ROOT.parent / "shared" / "data")):
        if cand and Path(cand).is_dir():
            return Path(cand)
    sys.exit("real corpora not found: pass --data or set FRAMING_DATA")


def cached_features(corpus: framing.Corpus, name: str, cache: Path, n_jobs: int) -> tuple[pd.DataFrame, float]:
    """Framing features for ``corpus`` (Parquet cache keyed by ids and feature set); extraction seconds."""
    key = hashlib.sha1("\n".join(corpus.doc_ids).encode()).hexdigest()[:12]
    path = cache / f"{name}_{len(corpus)}_{key}.parquet"
    if path.exists():  # delete it to re-extract after feature families change
        feats = pd.read_parquet(path)
        print(f"  cached features: {path} ({feats.shape[1]} columns)")
        return feats, float("nan")
    t0 = time.perf_counter()
    feats = extract_features(corpus, n_jobs=n_jobs, progress=False)
    secs = time.perf_counter() - t0
    cache.mkdir(parents=True, exist_ok=True)
    feats.to_parquet(path)
    print(f"  extracted {feats.shape[1]} features for {len(corpus):,} articles in {secs:.1f} s "
          f"({len(corpus) / secs:.0f} articles/s, n_jobs={n_jobs}) -> {path}")
    return feats, secs


def means(table: pd.DataFrame, label: str) -> pd.DataFrame:
    t = table[table["fold"] == "mean"].copy()
    t.insert(0, "evaluation", label)
    return t[["evaluation", "model", "metric", "score", "ci_low", "ci_high", "n_train", "n_test", "note"]]


def show(df: pd.DataFrame, metric: str = "f1_macro") -> None:
    sub = df[df["metric"] == metric]
    piv = sub.pivot_table(index="model", columns="evaluation", values="score", sort=False)
    print(f"\n{metric}:\n{piv.round(3).to_string()}")


# ------------------------------------------------------------------ AllSides
def load_allsides(base: Path, limit: int | None, seed: int) -> framing.Corpus:
    corpus = framing.read_corpus(base / "articles.jsonl.gz")
    roles = {}
    for kind in ("random", "media"):
        r = {}
        for part in ("train", "valid", "test"):
            ids = pd.read_csv(base / "data" / "splits" / kind / f"{part}.tsv", sep="\t", dtype=str)["ID"]
            r.update(dict.fromkeys(ids, part))
        roles[f"role_{kind}"] = corpus.doc_ids.map(r).fillna("none")
    corpus = corpus.with_columns(**roles)
    if limit and limit < len(corpus):
        corpus = corpus.sample(limit, random_state=seed)
    return corpus


def with_body(corpus: framing.Corpus) -> framing.Corpus:
    """Add ``text_body`` (pattern-layer body text) once, so each evaluation does not recompute it."""
    t0 = time.perf_counter()
    out = corpus.with_columns(text_body=_body_texts(corpus.frame, True))
    print(f"  body text for {len(corpus):,} articles in {time.perf_counter() - t0:.1f} s")
    return out


def run_allsides(base: Path, args: argparse.Namespace) -> dict:
    print("== AllSides (target: bias) ==")
    corpus = load_allsides(base / "allsides-baly2020", args.limit, args.seed)
    print(f"  {len(corpus):,} articles, {corpus.frame['outlet'].nunique()} outlets; "
          f"bias counts {corpus['bias'].value_counts().sort_index().to_dict()}")
    feats, secs = cached_features(corpus, "allsides", Path(args.cache), args.n_jobs)
    corpus = with_body(corpus)
    sets = args.features
    kw = dict(features=sets, precomputed=feats, random_state=args.seed, scoring=SCORING)
    out, notes = [], {}
    # Is the released media split outlet-disjoint by our outlet column?
    try:
        evaluate(corpus, "bias", split="outlet", cv="role_media", features="tfidf", baselines=False,
                 tfidf={"max_features": 10}, n_boot=0)
        notes["media_split_outlet_disjoint"] = True
    except framing.models.LeakySplitError as err:
        notes["media_split_outlet_disjoint"] = False
        notes["media_split_refusal"] = str(err)[:400]
    print(f"  released media split outlet-disjoint by `outlet`: {notes['media_split_outlet_disjoint']}")
    f = corpus.frame
    for kind in ("random", "media"):
        tr = set(f.loc[f[f"role_{kind}"] == "train", "outlet"])
        te = set(f.loc[f[f"role_{kind}"] == "test", "outlet"])
        notes[f"{kind}_split_outlets_train_test_shared"] = [len(tr), len(te), len(tr & te)]
    for label, split, cv in (("released random split", "predefined", "role_random"),
                             ("released media split", "predefined", "role_media"),
                             (f"our random {args.cv}-fold CV", "random", args.cv),
                             (f"our outlet-grouped {args.cv}-fold CV", "outlet", args.cv)):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = evaluate(corpus, "bias", split=split, cv=cv, **kw)
        print(f"  {label}: {time.perf_counter() - t0:.0f} s")
        out.append(means(res, label))
    table = pd.concat(out, ignore_index=True)
    for m in SCORING:
        show(table, m)
    return {"n_articles": len(corpus), "n_outlets": int(f["outlet"].nunique()), "extract_seconds": secs,
            "notes": notes, "table": table.to_dict("records")}


def run_splits(base: Path, args: argparse.Namespace) -> dict:
    """How outlet-disjoint are the released AllSides splits, by source name and by article domain?"""
    print("\n== AllSides released splits: outlets on both sides ==")
    f = load_allsides(base / "allsides-baly2020", args.limit, args.seed).frame
    out = {}
    for kind in ("random", "media"):
        r = f[f"role_{kind}"]
        row = {"articles": r.value_counts().to_dict()}
        for col in ("outlet", "source_url"):
            tr, te = set(f.loc[r == "train", col]), set(f.loc[r == "test", col])
            shared = tr & te
            row[col] = {"train": len(tr), "test": len(te), "shared": len(shared),
                        "test_articles_from_shared": int(((r == "test") & f[col].isin(shared)).sum()),
                        "examples": sorted(shared)[:12]}
        out[kind] = row
        print(f"  {kind}: {json.dumps(row)}")
    return out


# ------------------------------------------------------------------ BuzzFeed
def load_buzzfeed(base: Path) -> framing.Corpus:
    rows = []
    for p in sorted((base / "articles").glob("*.xml")):
        root = ET.parse(p).getroot()

        def get(tag: str, root: ET.Element = root) -> str | None:
            el = root.find(tag)
            return el.text if el is not None and el.text is not None else None

        rows.append({"doc_id": p.stem, "outlet": get("portal") or "", "text": get("mainText") or "",
                     "title": get("title"), "author": get("author"), "orientation": get("orientation")})
    df = pd.DataFrame(rows)
    df["hyperpartisan"] = np.where(df["orientation"] == "mainstream", "mainstream", "hyperpartisan")
    return framing.read_corpus(df)


def hybrid_folds(corpus: framing.Corpus, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Hold out one hyperpartisan outlet per fold; split the mainstream articles by article into as many parts."""
    f = corpus.frame
    hyper = sorted(f.loc[f["hyperpartisan"] == "hyperpartisan", "outlet"].unique())
    main = np.flatnonzero((f["hyperpartisan"] == "mainstream").to_numpy())
    rng = np.random.default_rng(seed)
    parts = np.array_split(rng.permutation(main), len(hyper))
    folds = []
    for k, o in enumerate(hyper):
        test = np.concatenate([np.flatnonzero((f["outlet"] == o).to_numpy()), parts[k]])
        train = np.setdiff1d(np.arange(len(f)), test)
        folds.append((train, test))
    return folds


def f1_hyper(preds: pd.DataFrame) -> dict:
    from sklearn.metrics import f1_score

    out = {}
    for model, g in preds.groupby("model"):
        out[model] = round(float(f1_score(g["y_true"], g["y_pred"], pos_label="hyperpartisan",
                                          average="binary", zero_division=0)), 3)
    return out


def run_buzzfeed(base: Path, args: argparse.Namespace) -> dict:
    print("\n== BuzzFeed-Webis subset (target: hyperpartisan vs mainstream) ==")
    corpus = load_buzzfeed(base / "buzzfeed-webis-2016")
    f = corpus.frame
    print(f"  {len(corpus)} articles; {f.groupby(['outlet', 'hyperpartisan']).size().to_dict()}")
    feats, _ = cached_features(corpus, "buzzfeed", Path(args.cache), args.n_jobs)
    kw = dict(features="framing", precomputed=feats, random_state=args.seed, scoring=SCORING,
              return_predictions=True)
    out, f1h, notes = [], {}, {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res, pred = evaluate(corpus, "hyperpartisan", split="random", cv=args.cv, **kw)
        out.append(means(res, f"random {args.cv}-fold"))
        f1h[f"random {args.cv}-fold"] = f1_hyper(pred)
        res, pred = evaluate(corpus, "hyperpartisan", split="outlet", cv=5, **kw)
        out.append(means(res, "leave-one-outlet-out"))
        f1h["leave-one-outlet-out"] = f1_hyper(pred)
        notes["leave_one_outlet_out_folds"] = (
            res[(~res["fold"].isin(["mean", "pooled"])) & (res["model"] == "framing") & (res["metric"] == "accuracy")]
            [["fold", "n_train", "n_test", "score", "note"]].to_dict("records"))
        folds = hybrid_folds(corpus, args.seed)
        try:
            evaluate(corpus, "hyperpartisan", split="outlet", cv=folds, features="framing", precomputed=feats)
        except framing.models.LeakySplitError as err:
            notes["hybrid_refused_under_split_outlet"] = str(err)[:200]
        res, pred = evaluate(corpus, "hyperpartisan", split="predefined", cv=folds, **kw)
        out.append(means(res, "hyper outlet held out, politico by article"))
        f1h["hyper outlet held out, politico by article"] = f1_hyper(pred)
    table = pd.concat(out, ignore_index=True)
    for m in SCORING:
        show(table, m)
    print(f"\nF1 of the hyperpartisan class (pooled out-of-fold predictions):\n{json.dumps(f1h, indent=1)}")
    return {"n_articles": len(corpus), "table": table.to_dict("records"), "f1_hyperpartisan": f1h, "notes": notes}


# --------------------------------------------------------------------- probe
def run_probe(base: Path, args: argparse.Namespace) -> dict:
    print("\n== Leakage probe ==")
    out = {}
    bf = load_buzzfeed(base / "buzzfeed-webis-2016")
    allsides = load_allsides(base / "allsides-baly2020", args.probe_limit, args.seed)
    for name, corpus, target in (("buzzfeed", bf, "hyperpartisan"), ("allsides", allsides, "bias")):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rep = framing.models.leakage_probe(corpus, target, cv=args.cv, random_state=args.seed)
        secs = time.perf_counter() - t0
        tab = rep.table[rep.table["metric"] == "balanced_accuracy"]
        print(f"\n{name} ({len(corpus):,} articles, {secs:.0f} s): risk {rep.risk}\n{rep}")
        print(tab.pivot_table(index="probe", columns="split", values="score").round(3).to_string())
        out[name] = {"n_articles": len(corpus), "risk": rep.risk, "verdict": rep.verdict, "notes": rep.notes,
                     "table": rep.table.to_dict("records"), "seconds": round(secs, 1)}
    return out


# -------------------------------------------------------------------- timing
def run_timing(base: Path, args: argparse.Namespace) -> dict:
    print("\n== Fit time on AllSides ==")
    corpus = load_allsides(base / "allsides-baly2020", args.limit, args.seed)
    feats, _ = cached_features(corpus, "allsides", Path(args.cache), args.n_jobs)
    y = corpus["bias"].to_numpy()
    X = feats.astype("float64").reset_index(drop=True)
    cols = list(X.columns)
    res = {"n_articles": len(corpus)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = _cv_model("framing", cols, None, None, args.seed)
        t0 = time.perf_counter()
        model.fit(X, y)
        res["framing_lr_fit_seconds"] = round(time.perf_counter() - t0, 2)
        res["framing_n_features"] = len(cols)
        t0 = time.perf_counter()
        texts = _body_texts(corpus.frame, True)
        res["body_text_seconds"] = round(time.perf_counter() - t0, 2)
        Xt = pd.DataFrame({"__text__": np.asarray(texts, dtype=object)})
        model = _cv_model("tfidf", [], None, None, args.seed)
        t0 = time.perf_counter()
        model.fit(Xt, y)
        res["tfidf_lr_fit_seconds"] = round(time.perf_counter() - t0, 2)
        res["tfidf_vocabulary"] = len(model.named_steps["features"].named_transformers_["tfidf"].vocabulary_)
    print(json.dumps(res, indent=1))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="folder of real corpora (default: $FRAMING_DATA or ../shared/data)")
    ap.add_argument("--part", choices=["splits", "allsides", "buzzfeed", "probe", "timing", "all"], default="all")
    ap.add_argument("--limit", type=int, help="random sample of AllSides articles (default: all)")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--probe-limit", type=int, default=10_000, help="AllSides articles for the leakage probe")
    ap.add_argument("--features", nargs="+", default=["framing", "tfidf", "both"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-jobs", type=int, default=1, help="processes for feature extraction")
    ap.add_argument("--cache", default="/tmp/framing_eval_cache")
    ap.add_argument("--threads", type=int, default=1, help="BLAS/OpenMP threads (default 1)")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    base = data_dir(args.data)
    # One BLAS/OpenMP thread: on a shared 2-core machine, multi-threaded BLAS inside
    # LogisticRegression (lbfgs) was 20x slower than single-threaded (0.75 s vs 17 s).
    from threadpoolctl import threadpool_limits

    threadpool_limits(args.threads)
    results = {"framing_version": framing.__version__, "feature_names": feature_names(), "args": vars(args)}
    if args.part in ("splits", "all"):
        results["splits"] = run_splits(base, args)
    if args.part in ("buzzfeed", "all"):
        results["buzzfeed"] = run_buzzfeed(base, args)
    if args.part in ("allsides", "all"):
        results["allsides"] = run_allsides(base, args)
    if args.part in ("probe", "all"):
        results["probe"] = run_probe(base, args)
    if args.part in ("timing", "all"):
        results["timing"] = run_timing(base, args)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(results, indent=1, default=str))
        print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
