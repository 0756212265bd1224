"""Load time of every public-dataset loader on the real copies in ../shared/data.

Usage::

    /work/venv/bin/python benchmarks/bench_loaders.py [--data ../shared/data] [--repeat 3]

Prints a table (loader, rows, best and median wall time over the repeats) and
writes ``docs/measurements/loaders.json``. Loaders whose data is absent are
listed as skipped. Nothing is downloaded (``download_if_missing=False``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.environ.get("FRAMING_DATA") or str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "docs" / "measurements" / "loaders.json"))
    args = ap.parse_args()
    data = Path(args.data)

    import framing.datasets as ds

    cases = [
        ("fetch_horne2017", "fakenewsdata1",
         lambda: ds.fetch_horne2017(data, download_if_missing=False)),
        ("load_buzzfeed_webis", "buzzfeed-webis-2016",
         lambda: ds.load_buzzfeed_webis(data / "buzzfeed-webis-2016")),
        ("load_buzzfeed_webis(spans=True)", "buzzfeed-webis-2016",
         lambda: ds.load_buzzfeed_webis(data / "buzzfeed-webis-2016", spans=True)[0]),
        ("load_allsides", "allsides-baly2020",
         lambda: ds.load_allsides(data / "allsides-baly2020")),
        ("load_fakenewscorpus (sample)", "fakenewscorpus-sample",
         lambda: ds.load_fakenewscorpus(data_home=data, download_if_missing=False)),
        ("fetch_mbfc(emnlp18)", "source-labels",
         lambda: ds.fetch_mbfc(data, False)),
        ("fetch_mbfc(acl2020)", "source-labels",
         lambda: ds.fetch_mbfc(data, False, version="acl2020")),
        ("fetch_opensources", "source-labels",
         lambda: ds.fetch_opensources(data, False)),
    ]
    results = []
    print(f"{'loader':36} {'rows':>8} {'best s':>8} {'median s':>9}")
    for name, folder, fn in cases:
        if not (data / folder).exists():
            print(f"{name:36} skipped ({data / folder} absent)")
            results.append({"loader": name, "skipped": True})
            continue
        times = []
        rows = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            out = fn()
            times.append(time.perf_counter() - t0)
            rows = len(out)
        best, med = min(times), statistics.median(times)
        print(f"{name:36} {rows:>8,} {best:>8.3f} {med:>9.3f}")
        results.append({"loader": name, "rows": rows, "best_s": round(best, 4),
                        "median_s": round(med, 4), "repeats": args.repeat})
    for name in ("load_nela_gt", "load_liar"):
        print(f"{name:36} skipped (no real copy in the shared data; tested on fixtures)")
        results.append({"loader": name, "skipped": True, "reason": "no real copy available"})
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "command": f"python benchmarks/bench_loaders.py --repeat {args.repeat}",
        "python": sys.version.split()[0], "platform": platform.platform(),
        "pandas": __import__("pandas").__version__, "results": results,
    }, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
