"""Speed of BoilerplateDetector.fit + transform on the AllSides corpus, against the time to read it.

Reads the 37,554 AllSides articles with :func:`framing.read_corpus` (timed),
then times ``BoilerplateDetector().fit(corpus)`` and ``.transform(corpus)`` in
the same process, and :func:`framing.find_near_duplicates` on its own. The
target of the issue is fit + transform in under twice the reading time. The
best times are compared (``ratio_fit_transform_to_read``), and each run's own
ratio is kept (``ratio_per_run``); the machine's load average is recorded,
since the runs share cores with other work, and so is the process CPU time of
fit + transform (less sensitive to that load than wall time).

Usage::

    python benchmarks/bench_boilerplate.py [--data ../shared/data] [--repeat 3]
        [--out docs/measurements/boilerplate_speed.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import framing  # noqa: E402
from framing.boilerplate import BoilerplateDetector  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs for each step")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "measurements" / "boilerplate_speed.json")
    args = ap.parse_args()
    path = args.data / "allsides-baly2020" / "articles.jsonl.gz"
    if not path.exists():
        sys.exit(f"{path} not found")
    reads, fits, transforms, dups = [], [], [], []
    cpu_fit_transform: list[float] = []
    corpus = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        corpus = framing.read_corpus(path, text="content_original")
        reads.append(time.perf_counter() - t0)
        det = BoilerplateDetector()
        c0 = time.process_time()
        t0 = time.perf_counter()
        det.fit(corpus)
        fits.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        det.transform(corpus)
        transforms.append(time.perf_counter() - t0)
        cpu_fit_transform.append(time.process_time() - c0)
        t0 = time.perf_counter()
        framing.find_near_duplicates(corpus, by="outlet")
        dups.append(time.perf_counter() - t0)
        print(f"read {reads[-1]:.1f}s  fit {fits[-1]:.1f}s  transform {transforms[-1]:.1f}s  "
              f"find_near_duplicates {dups[-1]:.1f}s  load {os.getloadavg()[0]:.1f}")
    read = min(reads)
    fit_transform = min(f + t for f, t in zip(fits, transforms, strict=True))
    result = {
        "articles": len(corpus), "characters": int(corpus.texts.str.len().sum()),
        "seconds_read_best": round(read, 2), "seconds_fit_best": round(min(fits), 2),
        "seconds_transform_best": round(min(transforms), 2), "seconds_fit_transform_best": round(fit_transform, 2),
        "seconds_find_near_duplicates_best": round(min(dups), 2),
        "ratio_fit_transform_to_read": round(fit_transform / read, 2), "target_ratio": 2.0,
        "ratio_per_run": [round((f + t) / r, 2) for r, f, t in zip(reads, fits, transforms, strict=True)],
        "cpu_seconds_fit_transform_best": round(min(cpu_fit_transform), 2),
        "runs": {"read": [round(x, 2) for x in reads], "fit": [round(x, 2) for x in fits],
                 "transform": [round(x, 2) for x in transforms],
                 "find_near_duplicates": [round(x, 2) for x in dups],
                 "cpu_fit_transform": [round(x, 2) for x in cpu_fit_transform]},
        "load_average_1min_at_end": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "python": platform.python_version(), "framing_version": framing.__version__,
    }
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
