"""Accuracy of the quote and attribution extractors.

1. Our gold: ``tests/gold/passages.jsonl`` (hard cases written for the project)
   and, when present, the sample corpus gold (``datasets/sample/gold.jsonl``).
   Measures attribution-cue precision/recall (a predicted cue matches a gold
   cue when their character spans overlap), cue-tone, attribution-subtype and
   source-type accuracy on matched cues, quote precision/recall (overlap >= 50%
   of the longer span), quote-subtype accuracy on matched quotes, and
   direct-quote speaker accuracy (gold direct quotes with a speaker; exact
   name match, case-insensitive; a missed quote counts as wrong).
2. BuzzFeed-Webis 2016 (real data, ``../shared/data`` or ``FRAMING_DATA``):
   quote RECALL only, per outlet, over the annotated ``<quote>`` spans that
   have quotation marks around them in ``mainText`` (overlap >= 50%, and exact
   after trimming whitespace/punctuation at both ends). ``mainText`` has no
   line breaks; the paragraph separators given by ``<paragraph>`` offsets are
   turned into newlines (same offsets) so that paragraph rules apply.

Usage::

    python benchmarks/eval_attribution.py [--data PATH] [--out docs/measurements/attribution.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from framing.spans import find_spans  # noqa: E402

OPEN = "\"“‘«„'‚‹"
CLOSE = "\"”’»“'›"
TRIM = " \t\n\r\u00a0.,;:!?\"“”‘’'«»()[]—–-…"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: list[dict], pred: list, min_share: float) -> dict[int, int]:
    """Greedy one-to-one matching gold index -> pred index by overlap share."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap((g["start"], g["end"]), (p.start, p.end))
            if ov <= 0:
                continue
            share = ov / max(g["end"] - g["start"], p.end - p.start, 1)
            if share >= min_share:
                pairs.append((share, gi, pi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def eval_docs(docs: list[tuple[str, str, str | None, list[dict], str | None]], *, show_errors: bool = False) -> dict:
    c: Counter = Counter()
    errors: list[str] = []
    for doc_id, text, title, gold, outlet in docs:
        # the outlet is passed as the feature families pass it (its own name cited is not relay)
        pred = find_spans(text, title, kinds=("quote", "attribution"), outlet=outlet)
        # the library measures the body: ignore predictions inside gold boilerplate
        boiler = [(g["start"], g["end"]) for g in gold if g["kind"] == "boilerplate"]
        pred = [p for p in pred if not any(_overlap((p.start, p.end), b) for b in boiler)]
        gold = [g for g in gold if g["kind"] != "boilerplate"]
        for kind in ("attribution", "quote"):
            g = [s for s in gold if s["kind"] == kind]
            p = [s for s in pred if s.kind == kind]
            m = _match(g, p, 1e-9 if kind == "attribution" else 0.5)
            c[f"{kind}_gold"] += len(g)
            c[f"{kind}_pred"] += len(p)
            c[f"{kind}_hit"] += len(m)
            for gi, gs in enumerate(g):
                if gi not in m:
                    if show_errors:
                        errors.append(f"{doc_id} MISSED {kind} {gs['text']!r}")
                    if kind == "quote" and gs["subtype"] == "direct" and gs.get("speaker"):
                        c["speaker_n"] += 1
                    continue
                ps = p[m[gi]]
                if kind == "attribution":
                    c["tone_ok"] += ps.cue_tone == gs["cue_tone"]
                    c["asub_ok"] += ps.subtype == gs["subtype"]
                    c["stype_ok"] += ps.source_type == gs["source_type"]
                    if show_errors and (ps.cue_tone != gs["cue_tone"] or ps.subtype != gs["subtype"]
                                        or ps.source_type != gs["source_type"]):
                        errors.append(f"{doc_id} ATTR {gs['text']!r} gold=({gs['subtype']},{gs['cue_tone']},"
                                      f"{gs['source']!r},{gs['source_type']}) pred=({ps.subtype},{ps.cue_tone},"
                                      f"{ps.source!r},{ps.source_type})")
                else:
                    c["qsub_ok"] += ps.subtype == gs["subtype"]
                    if show_errors and ps.subtype != gs["subtype"]:
                        errors.append(f"{doc_id} QSUB {gs['text'][:40]!r} gold={gs['subtype']} pred={ps.subtype}")
                    if gs["subtype"] == "direct" and gs.get("speaker"):
                        c["speaker_n"] += 1
                        ok = (ps.speaker or "").lower() == gs["speaker"].lower()
                        c["speaker_ok"] += ok
                        if show_errors and not ok:
                            errors.append(f"{doc_id} SPEAKER {gs['text'][:30]!r} gold={gs['speaker']!r} pred={ps.speaker!r}")
            if show_errors:
                matched = set(m.values())
                errors += [f"{doc_id} EXTRA {kind} {ps.text[:50]!r}" for i, ps in enumerate(p) if i not in matched]

    def r(a: str, b: str) -> float | None:
        return round(c[a] / c[b], 4) if c[b] else None

    res = {
        "documents": len(docs),
        "attribution_gold": c["attribution_gold"],
        "attribution_cue_recall": r("attribution_hit", "attribution_gold"),
        "attribution_cue_precision": r("attribution_hit", "attribution_pred"),
        "cue_tone_accuracy": r("tone_ok", "attribution_hit"),
        "attribution_subtype_accuracy": r("asub_ok", "attribution_hit"),
        "source_type_accuracy": r("stype_ok", "attribution_hit"),
        "quote_gold": c["quote_gold"],
        "quote_recall": r("quote_hit", "quote_gold"),
        "quote_precision": r("quote_hit", "quote_pred"),
        "quote_subtype_accuracy": r("qsub_ok", "quote_hit"),
        "direct_quotes_with_speaker": c["speaker_n"],
        "direct_quote_speaker_accuracy": r("speaker_ok", "speaker_n"),
    }
    if show_errors:
        res["errors"] = errors
    return res


def load_passages() -> list:
    path = ROOT / "tests" / "gold" / "passages.jsonl"
    docs = []
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        docs.append((d["id"], d["text"], None, d["spans"], d.get("outlet")))
    return docs


def load_sample_gold() -> list:
    art = ROOT / "datasets" / "sample" / "articles.jsonl"
    gold = ROOT / "datasets" / "sample" / "gold.jsonl"
    if not art.exists() or not gold.exists() or not gold.stat().st_size:
        return []
    by: dict[str, list] = defaultdict(list)
    for line in gold.read_text("utf-8").splitlines():
        g = json.loads(line)
        by[g["doc_id"]].append(g)
    docs = []
    for line in art.read_text("utf-8").splitlines():
        a = json.loads(line)
        if a.get("annotated", True):
            docs.append((a["doc_id"], a["text"], a.get("title"), by.get(a["doc_id"], []), a.get("outlet")))
    return docs


def buzzfeed_recall(data: Path) -> dict:
    folder = data / "buzzfeed-webis-2016" / "articles"
    if not folder.is_dir():
        return {}
    tot: Counter = Counter()
    hit_o: Counter = Counter()
    hit_e: Counter = Counter()
    for f in sorted(folder.glob("*.xml")):
        root = ET.parse(f).getroot()
        t = root.findtext("mainText") or ""
        portal = root.findtext("portal") or "?"
        chars = list(t)
        for par in root.findall("paragraph"):
            e = int(par.findtext("end"))
            if e < len(t) and t[e].isspace():
                chars[e] = "\n"
        text = "".join(chars)
        pred = [s for s in find_spans(text, kinds=("quote",))]
        for q in root.findall("quote"):
            s, e = int(q.findtext("start")), int(q.findtext("end"))
            if not (s > 0 and e < len(t) and t[s - 1] in OPEN and t[e] in CLOSE):
                continue
            tot[portal] += 1
            g = t[s:e].strip(TRIM)
            best = 0.0
            exact = False
            for p in pred:
                ov = _overlap((s, e), (p.start, p.end))
                if ov > 0:
                    best = max(best, ov / max(e - s, p.end - p.start))
                    exact = exact or text[p.start : p.end].strip(TRIM) == g
            hit_o[portal] += best >= 0.5
            hit_e[portal] += exact
    out = {}
    for portal in sorted(tot):
        out[portal] = {"quotes": tot[portal], "recall_overlap50": round(hit_o[portal] / tot[portal], 4),
                       "recall_exact": round(hit_e[portal] / tot[portal], 4)}
    n = sum(tot.values())
    out["ALL"] = {"quotes": n, "recall_overlap50": round(sum(hit_o.values()) / n, 4),
                  "recall_exact": round(sum(hit_e.values()) / n, 4)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.environ.get("FRAMING_DATA", str(ROOT.parent / "shared" / "data")))
    ap.add_argument("--out", default=str(ROOT / "docs" / "measurements" / "attribution.json"))
    ap.add_argument("--errors", action="store_true", help="print every gold mismatch")
    args = ap.parse_args()
    passages = load_passages()
    sample = load_sample_gold()
    results: dict = {
        "gold_passages": eval_docs(passages, show_errors=args.errors),
        "sample_gold": eval_docs(sample, show_errors=args.errors) if sample else None,
        "gold_combined": eval_docs(passages + sample) if sample else None,
        "buzzfeed_webis_quote_recall": buzzfeed_recall(Path(args.data)),
    }
    for name in ("gold_passages", "sample_gold", "gold_combined"):
        res = results[name]
        if not res:
            print(f"\n{name}: not available")
            continue
        print(f"\n{name} ({res['documents']} docs, {res['attribution_gold']} cues, {res['quote_gold']} quotes)")
        for k, v in res.items():
            if k not in ("documents", "errors"):
                print(f"  {k:32s} {v}")
        for e in res.get("errors", []):
            print("   ", e)
    bw = results["buzzfeed_webis_quote_recall"]
    if bw:
        print("\nBuzzFeed-Webis quote recall (marked spans with quotation marks around them)")
        print(f"  {'outlet':18s} {'quotes':>7s} {'overlap>=50%':>13s} {'exact':>7s}")
        for portal, v in bw.items():
            print(f"  {portal:18s} {v['quotes']:7d} {v['recall_overlap50']:13.4f} {v['recall_exact']:7.4f}")
    for res in results.values():
        if isinstance(res, dict):
            res.pop("errors", None)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
