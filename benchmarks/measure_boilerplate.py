"""Measure the boilerplate detector on real corpora and on the project's own gold.

1. BuzzFeed-Webis 2016 subset (5 outlets): per outlet, the share of articles
   carrying an opinion disclaimer and the other recurring trailers found by
   :class:`framing.BoilerplateDetector` *without outlet-specific rules*, and the
   share of the mainstream outlet's (politico) characters flagged. Articles are
   rebuilt with one line per ``<paragraph>`` of the XML (the corpus's own
   paragraph offsets); the run is repeated on the flat ``mainText`` (no line
   breaks: sentence units) for comparison.
2. AllSides (37,554 articles, 491 outlets): the top recurring lines per outlet
   and how many outlets carry a disclaimer or a solicitation.
3. The bundled synthetic sample with its gold boilerplate spans: spans flagged
   outside the gold (body text flagged) and gold spans missed.

Only counts, shares and categories are written to the JSON (no text from the
real corpora is committed); the recurring lines themselves are printed to
stdout when ``--show-lines`` is given.

Usage::

    python benchmarks/measure_boilerplate.py [--data ../shared/data] [--out docs/measurements/boilerplate.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import framing  # noqa: E402
from framing.boilerplate import CATEGORIES, BoilerplateDetector, find_boilerplate  # noqa: E402
from framing.datasets import load_sample  # noqa: E402


def _nonws(s: str) -> int:
    return len("".join(s.split()))


def load_buzzfeed(folder: Path, *, lines: bool) -> framing.Corpus:
    portal = {}
    with open(folder / "overview.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            portal[row["XML"]] = row["portal"]
    rows = []
    for path in sorted((folder / "articles").glob("*.xml")):
        root = ET.parse(path).getroot()
        main = root.findtext("mainText") or ""
        if lines:
            paras = sorted((int(p.findtext("start")), int(p.findtext("end"))) for p in root.findall("paragraph"))
            text = "\n".join(main[s:e] for s, e in paras) if paras else main
        else:
            text = main
        rows.append({"doc_id": path.stem, "outlet": portal.get(path.name, "unknown"), "text": text,
                     "title": root.findtext("title") or None})
    return framing.Corpus(pd.DataFrame(rows))


def outlet_stats(corpus: framing.Corpus, det: BoilerplateDetector, out: framing.Corpus) -> dict:
    sp = det.spans(corpus)
    df = corpus.frame
    body = out.frame
    res = {}
    for outlet, g in df.groupby("outlet"):
        ids = set(g["doc_id"])
        s = sp[sp["doc_id"].isin(ids)]
        by_cat = {c: int(s.loc[s["category"] == c, "doc_id"].nunique()) for c in [*CATEGORIES, "recurring"]}
        raw_chars = sum(_nonws(t) for t in g["text"])
        bod = body[body["doc_id"].isin(ids)]
        body_chars = sum(_nonws(t) for t in bod["text_body"])
        rep = det.report()
        rep = rep[(rep["outlet"] == outlet) & rep["evidence"].str.contains("recurring")]
        res[outlet] = {
            "articles": len(g),
            "share_with_disclaimer": round(by_cat["disclaimer"] / len(g), 4),
            "share_with_category": {c: round(n / len(g), 4) for c, n in by_cat.items() if n},
            "share_of_characters_flagged": round(1 - body_chars / raw_chars, 4) if raw_chars else None,
            "recurring_lines": [
                {"category": r.category, "n_articles": int(r.n_articles), "share": round(float(r.share), 4),
                 "evidence": r.evidence, "line_chars": len(r.line)}
                for r in rep.itertuples()],
        }
    return res


def print_lines(title: str, det: BoilerplateDetector, top: int, outlets: list[str] | None = None) -> None:
    rep = det.report()
    rep = rep[rep["evidence"].str.contains("recurring")]
    print(f"\n== {title}: recurring lines (printed only, not saved)")
    for outlet, g in rep.groupby("outlet"):
        if outlets is not None and outlet not in outlets:
            continue
        print(f"  {outlet}")
        for r in g.head(top).itertuples():
            print(f"    {r.share:6.1%} {r.category:16s} {r.line[:110]}")


def measure_buzzfeed(data: Path, show: bool) -> dict:
    folder = data / "buzzfeed-webis-2016"
    out: dict = {}
    for variant, lines in (("paragraph_lines", True), ("flat_mainText", False)):
        corpus = load_buzzfeed(folder, lines=lines)
        det = BoilerplateDetector()
        t0 = time.perf_counter()
        body = det.fit_transform(corpus)
        out[variant] = {"seconds": round(time.perf_counter() - t0, 2), "outlets": outlet_stats(corpus, det, body),
                        "near_duplicate_articles": len(det.duplicates_),
                        "near_duplicate_groups": int(det.duplicates_["group"].nunique())}
        if show:
            print_lines(f"BuzzFeed-Webis ({variant})", det, 10)
    return out


def measure_allsides(data: Path, show: bool) -> dict:
    t0 = time.perf_counter()
    corpus = framing.read_corpus(data / "allsides-baly2020" / "articles.jsonl.gz", text="content_original")
    t_read = time.perf_counter() - t0
    det = BoilerplateDetector()
    t0 = time.perf_counter()
    out = det.fit_transform(corpus)
    t_fit = time.perf_counter() - t0
    rep = det.report()
    any_rows = rep[rep["category"].isin(["disclaimer", "solicitation"])]
    rec = rep[rep["evidence"].str.contains("recurring")]
    rec_ds = rec[rec["category"].isin(["disclaimer", "solicitation"])]
    df = corpus.frame
    raw_chars = df["text"].map(_nonws)
    body_chars = out.frame["text_body"].map(_nonws)
    share = 1 - body_chars.groupby(df["outlet"]).sum() / raw_chars.groupby(df["outlet"]).sum()
    top_outlets = corpus.outlets.head(20).index.tolist()
    per_outlet = {}
    for o in top_outlets:
        g = rec[rec["outlet"] == o].head(5)
        per_outlet[o] = {
            "articles": int(corpus.outlets[o]),
            "share_of_characters_flagged": round(float(share[o]), 4),
            "top_recurring": [{"category": r.category, "share": round(float(r.share), 4),
                               "n_articles": int(r.n_articles), "line_chars": len(r.line)} for r in g.itertuples()],
        }
    if show:
        print_lines("AllSides (top 20 outlets)", det, 5, top_outlets)
    return {
        "articles": len(corpus), "outlets": int(df["outlet"].nunique()),
        "seconds_read": round(t_read, 1), "seconds_fit_transform": round(t_fit, 1),
        "outlets_with_corpus_layer": int(det.outlets_["corpus_layer"].sum()),
        "outlets_with_learned_lines": int((det.outlets_["n_learned_lines"] > 0).sum()),
        "learned_lines": int(sum(len(v) for v in det.learned_.values())),
        "outlets_with_disclaimer_line": int(any_rows.loc[any_rows["category"] == "disclaimer", "outlet"].nunique()),
        "outlets_with_solicitation_line": int(any_rows.loc[any_rows["category"] == "solicitation",
                                                           "outlet"].nunique()),
        "outlets_with_disclaimer_or_solicitation": int(any_rows["outlet"].nunique()),
        "outlets_with_recurring_disclaimer_or_solicitation": int(rec_ds["outlet"].nunique()),
        "recurring_lines_kept_as_reported_content": len(det.kept_reported_),
        "near_duplicate_articles": len(det.duplicates_),
        "near_duplicate_groups": int(det.duplicates_["group"].nunique()),
        "share_of_characters_flagged_overall": round(float(1 - body_chars.sum() / raw_chars.sum()), 4),
        "share_of_characters_flagged_median_outlet": round(float(share.median()), 4),
        "top20_outlets": per_outlet,
    }


def measure_gold() -> dict:
    corpus = load_sample()
    df = corpus.frame
    from framing.datasets._sample import sample_path

    gold = [json.loads(x) for x in sample_path("gold").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold_bp = {(g["doc_id"], g["start"], g["end"]) for g in gold if g["kind"] == "boilerplate"}
    annotated = set(df.loc[df["annotated"], "doc_id"]) if "annotated" in df.columns else set(df["doc_id"])
    pattern = {(r.doc_id, s.start, s.end) for r in df.itertuples() if r.doc_id in annotated
               for s in find_boilerplate(r.text, r.title)}
    det = BoilerplateDetector().fit(corpus)
    sp = det.spans(corpus)
    both = {(d, a, b) for d, a, b in zip(sp["doc_id"], sp["start"], sp["end"], strict=True) if d in annotated}
    # body paragraphs of the gold: non-empty lines of annotated docs containing no gold boilerplate span
    body_lines = 0
    flagged_body_lines = 0
    for r in df[df["doc_id"].isin(annotated)].itertuples():
        pos = 0
        for line in r.text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if not line.strip():
                continue
            if any(d == r.doc_id and a < e and b > s for d, a, b in gold_bp):
                continue
            body_lines += 1
            if any(d == r.doc_id and a < e and b > s for d, a, b in both):
                flagged_body_lines += 1
    return {
        "annotated_articles": len(annotated), "gold_boilerplate_spans": len(gold_bp),
        "pattern_layer": {"flagged": len(pattern), "correct": len(pattern & gold_bp),
                          "flagged_outside_gold": len(pattern - gold_bp), "missed": len(gold_bp - pattern)},
        "pattern_and_corpus_layer": {"flagged": len(both), "correct": len(both & gold_bp),
                                     "flagged_outside_gold": len(both - gold_bp), "missed": len(gold_bp - both)},
        "body_lines": body_lines, "body_lines_flagged": flagged_body_lines,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "measurements" / "boilerplate.json")
    ap.add_argument("--show-lines", action="store_true", help="print the recurring lines (not saved)")
    args = ap.parse_args()
    result = {"framing_version": framing.__version__, "gold": measure_gold()}
    print("gold:", json.dumps(result["gold"]))
    if (args.data / "buzzfeed-webis-2016").is_dir():
        result["buzzfeed_webis"] = measure_buzzfeed(args.data, args.show_lines)
        for variant, v in result["buzzfeed_webis"].items():
            for o, s in v["outlets"].items():
                print(f"buzzfeed {variant:16s} {o:18s} n={s['articles']:4d} disclaimer={s['share_with_disclaimer']:.1%} "
                      f"chars_flagged={s['share_of_characters_flagged']:.1%} recurring_lines={len(s['recurring_lines'])}")
    if (args.data / "allsides-baly2020").is_dir():
        result["allsides"] = measure_allsides(args.data, args.show_lines)
        print("allsides:", json.dumps({k: v for k, v in result["allsides"].items() if k != "top20_outlets"}))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
