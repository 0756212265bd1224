"""Benchmark the feature pipeline on the AllSides corpus (37,554 articles).

Reports, in one run on the same texts:

* articles/s for the full default feature set on one core, and the ratio to
  textstat's five main metrics alone (Flesch reading ease, Flesch-Kincaid grade,
  SMOG, Gunning fog, Coleman-Liau; textstat made offline with
  :func:`framing.readability.enable_textstat_offline`);
* the speed-up of ``n_jobs=2`` over ``n_jobs=1``;
* peak RSS of ``extract_features_to`` (measured in a fresh subprocess) at
  several corpus sizes, to show memory is flat in corpus size.

Usage::

    python benchmarks/bench_features.py                       # 3,000 articles for speed, RSS at 5k and all
    python benchmarks/bench_features.py --limit 500 --rss 1000  # quick check
    python benchmarks/bench_features.py --data /path/to/articles.jsonl.gz

The corpus is read from ``$FRAMING_DATA`` or ``../shared/data`` next to the
project. Nothing from it is printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_data() -> Path:
    base = Path(os.environ["FRAMING_DATA"]) if os.environ.get("FRAMING_DATA") else ROOT.parent / "shared" / "data"
    return base / "allsides-baly2020" / "articles.jsonl.gz"


def load(path: Path, limit: int) -> tuple[list[str], list[str]]:
    texts, titles = [], []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts.append(rec.get("content_original") or "")
            titles.append(rec.get("title") or "")
            if len(texts) >= limit:
                break
    return texts, titles


def time_it(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


RSS_SCRIPT = """
import resource, sys, time
from framing.features import extract_features_to
t = time.perf_counter()
extract_features_to(sys.argv[1], sys.argv[2], chunksize=int(sys.argv[3]), text="content_original",
                    outlet="source", title="title", doc_id="ID", progress=False)
dt = time.perf_counter() - t
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, dt)
"""


def rss_run(source: Path, n: int, chunksize: int, tmp: Path) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of extract_features_to over the first n articles, in a subprocess."""
    src = source
    if n > 0:
        src = tmp / f"first_{n}.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as fin, src.open("w", encoding="utf-8") as fout:
            for i, line in enumerate(fin):
                if i >= n:
                    break
                fout.write(line)
    out = subprocess.run([sys.executable, "-c", RSS_SCRIPT, str(src), str(tmp / "out.parquet"), str(chunksize)],
                         check=True, capture_output=True, text=True)
    kb, secs = out.stdout.split()
    return int(kb) / 1024, float(secs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--limit", type=int, default=3000, help="articles for the speed measurements")
    ap.add_argument("--rss", type=str, default="5000,0",
                    help="comma-separated corpus sizes for the RSS runs (0 = whole corpus; '' to skip)")
    ap.add_argument("--chunksize", type=int, default=5000, help="extract_features_to chunk size")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"corpus not found: {args.data} (set FRAMING_DATA)")

    import pandas as pd

    import framing
    from framing.readability import enable_textstat_offline

    tmp = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    enable_textstat_offline(tmp / "nltk_data")
    import textstat

    texts, titles = load(args.data, args.limit)
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": texts, "title": titles})
    n = len(df)
    fams = framing.registry.families(default_only=True)
    print(f"articles: {n:,}  default families: {fams}  python {sys.version.split()[0]}  cores: {os.cpu_count()}")

    # warm up: load dictionaries in this process (not counted)
    framing.extract_features(df.head(20), progress=False)
    for t in texts[:5]:
        textstat.flesch_reading_ease(t)

    def run_textstat() -> None:
        for t in texts:
            textstat.flesch_reading_ease(t)
            textstat.flesch_kincaid_grade(t)
            textstat.smog_index(t)
            textstat.gunning_fog(t)
            textstat.coleman_liau_index(t)

    t_ts = time_it(run_textstat)
    t_one = time_it(lambda: framing.extract_features(df, n_jobs=1, progress=False))
    t_read = time_it(lambda: framing.extract_features(df, families="readability", n_jobs=1, progress=False))
    t_two = time_it(lambda: framing.extract_features(df, n_jobs=2, progress=False))
    print(f"textstat five metrics        : {n / t_ts:8.1f} articles/s")
    print(f"framing readability family   : {n / t_read:8.1f} articles/s")
    print(f"framing full default, 1 core : {n / t_one:8.1f} articles/s   ratio to textstat: {t_ts / t_one:.2f}x")
    print(f"framing full default, n_jobs=2: {n / t_two:8.1f} articles/s   speed-up: {t_one / t_two:.2f}x "
          "(includes starting 2 worker processes)")

    for fam in fams:  # where the time goes (each family alone; shared analyses are recomputed)
        t_fam = time_it(lambda fam=fam: framing.extract_features(df, families=fam, progress=False))
        print(f"  family {fam:<22}: {n / t_fam:8.1f} articles/s alone")

    sizes = [int(s) for s in args.rss.split(",") if s.strip()]
    for size in sizes:
        mb, secs = rss_run(args.data, size, args.chunksize, tmp)
        label = f"{size:,}" if size else "all"
        print(f"extract_features_to peak RSS ({label} articles, chunksize {args.chunksize:,}): {mb:7.1f} MB"
              f"  ({secs:.0f} s)")


if __name__ == "__main__":
    main()
