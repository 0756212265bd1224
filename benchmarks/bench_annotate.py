"""Speed of quote/attribution annotation on real articles, and on adversarial input.

Reports articles/s of ``framing.spans.find_spans`` (the hot path of
``framing.annotate`` without building the DataFrame) and of ``annotate``
itself, on one core, over the AllSides articles, and the ratio to a plain
``re.findall`` of quotation marks over the same texts in the same run.
Then times adversarial inputs (100,000 quote marks; 5 MB without punctuation)
to show linear behaviour.

Usage::

    python benchmarks/bench_annotate.py [--data PATH] [--n 5000] [--out docs/measurements/annotate_speed.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from framing.spans import annotate, find_spans  # noqa: E402


def load_texts(data: Path, n: int) -> list[str]:
    path = data / "allsides-baly2020" / "articles.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line).get("content_original")
            if isinstance(t, str) and t:
                out.append(t)
            if len(out) >= n:
                break
    return out


def timed(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.environ.get("FRAMING_DATA", str(ROOT.parent / "shared" / "data")))
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--out", default=str(ROOT / "docs" / "measurements" / "annotate_speed.json"))
    args = ap.parse_args()
    texts = load_texts(Path(args.data), args.n)
    chars = sum(map(len, texts))
    find_spans("warm up “the” regexes,” she said.")
    qre = re.compile("[\"“”‘’«»„]")
    t_re = timed(qre.findall, texts)
    t_spans = timed(lambda t: find_spans(t, kinds=("quote", "attribution")), texts)
    n_df = min(len(texts), 1000)
    t_df = timed(lambda t: annotate(t, kinds=("quote", "attribution")), texts[:n_df])
    res = {
        "articles": len(texts),
        "mean_chars": round(chars / len(texts)),
        "find_spans_articles_per_s": round(len(texts) / t_spans),
        "annotate_dataframe_articles_per_s": round(n_df / t_df),
        "re_findall_quote_marks_articles_per_s": round(len(texts) / t_re),
        "ratio_find_spans_to_re_findall": round(t_spans / t_re, 1),
        "python": sys.version.split()[0],
    }
    adv = {}
    for name, text in [
        ("100000 straight quote marks", '"' * 100_000),
        ("100000 mixed curly/straight marks", "“‘\"'”’" * 16_667),
        ("50000 quoted words", '"a" ' * 50_000),
        ("5 MB without punctuation", ("lorem ipsum dolor said " * 220_000)[:5_000_000]),
        ("5 MB of one letter", "x" * 5_000_000),
        ("100000 newlines and marks", "\n“" * 50_000),
    ]:
        t0 = time.perf_counter()
        spans = find_spans(text, kinds=("quote", "attribution"))
        adv[name] = {"chars": len(text), "seconds": round(time.perf_counter() - t0, 3), "spans": len(spans)}
    res["adversarial"] = adv
    print(f"AllSides: {res['articles']} articles, mean {res['mean_chars']} chars, one core")
    print(f"  find_spans (quotes+attribution): {res['find_spans_articles_per_s']:>8,} articles/s")
    print(f"  annotate (DataFrame)           : {res['annotate_dataframe_articles_per_s']:>8,} articles/s")
    print(f"  re.findall of quote marks      : {res['re_findall_quote_marks_articles_per_s']:>8,} articles/s")
    print(f"  find_spans time / re.findall time: {res['ratio_find_spans_to_re_findall']}x")
    print("Adversarial inputs:")
    for k, v in adv.items():
        print(f"  {k:36s} {v['chars']:>9,} chars  {v['seconds']:7.3f} s  {v['spans']:>7,} spans")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
