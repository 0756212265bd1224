"""Speed of BoilerplateDetector.fit + transform on the AllSides corpus, against the time to read it.

Reads the 37,554 AllSides articles with :func:`framing.read_corpus` (timed; one
thread: the JSON lines are parsed in Python), then times
``BoilerplateDetector().fit(corpus)`` and ``.transform(corpus)`` in the same
process (default ``n_jobs=None``: the pyarrow kernels run in pyarrow's thread
count, ``pyarrow.cpu_count()``), the same with ``n_jobs=1`` (one thread), and
:func:`framing.find_near_duplicates` on its own, interleaved, ``--repeat`` rounds.
The target of the issue is fit + transform in under twice the reading time.
The best times are compared (``ratio_fit_transform_to_read``; the one-thread
ratio and the CPU-time ratio are reported beside it), and each round's own ratio
is kept (``ratio_per_run``); the machine's load average is recorded, since the
runs share cores with other work.

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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import framing  # noqa: E402
from framing._parallel import arrow_threads  # noqa: E402
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
    runs: dict[str, list[float]] = {k: [] for k in (
        "read", "read_cpu", "fit", "transform", "fit_transform_cpu",
        "fit_transform_1thread", "fit_transform_1thread_cpu", "find_near_duplicates")}
    corpus = None

    def timed(fn: Any) -> tuple[float, float, Any]:
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        return time.perf_counter() - t0, time.process_time() - c0, out

    for _ in range(args.repeat):
        wall, cpu, corpus = timed(lambda: framing.read_corpus(path, text="content_original"))
        runs["read"].append(wall)
        runs["read_cpu"].append(cpu)
        det = BoilerplateDetector()  # default n_jobs=None: pyarrow's thread count
        wf, cf, _ = timed(lambda: det.fit(corpus))  # noqa: B023
        wt, ct, _ = timed(lambda: det.transform(corpus))  # noqa: B023
        runs["fit"].append(wf)
        runs["transform"].append(wt)
        runs["fit_transform_cpu"].append(cf + ct)
        one = BoilerplateDetector(n_jobs=1)
        w1, c1, _ = timed(lambda: one.fit(corpus).transform(corpus))  # noqa: B023
        runs["fit_transform_1thread"].append(w1)
        runs["fit_transform_1thread_cpu"].append(c1)
        wd, _, _ = timed(lambda: framing.find_near_duplicates(corpus, by="outlet"))  # noqa: B023
        runs["find_near_duplicates"].append(wd)
        print(f"read {runs['read'][-1]:.1f}s  fit {wf:.1f}s  transform {wt:.1f}s  "
              f"fit+transform one thread {w1:.1f}s  find_near_duplicates {wd:.1f}s  "
              f"load {os.getloadavg()[0]:.1f}")
    assert corpus is not None
    best = {k: min(v) for k, v in runs.items()}
    fit_transform = min(f + t for f, t in zip(runs["fit"], runs["transform"], strict=True))
    result = {
        "command": "python benchmarks/bench_boilerplate.py --repeat " + str(args.repeat),
        "articles": len(corpus), "characters": int(corpus.texts.str.len().sum()),
        "threads": arrow_threads(None),
        "seconds_read_best": round(best["read"], 2), "seconds_fit_best": round(best["fit"], 2),
        "seconds_transform_best": round(best["transform"], 2),
        "seconds_fit_transform_best": round(fit_transform, 2),
        "seconds_fit_transform_1thread_best": round(best["fit_transform_1thread"], 2),
        "seconds_find_near_duplicates_best": round(best["find_near_duplicates"], 2),
        "ratio_fit_transform_to_read": round(fit_transform / best["read"], 2), "target_ratio": 2.0,
        "ratio_fit_transform_1thread_to_read": round(best["fit_transform_1thread"] / best["read"], 2),
        "ratio_cpu_fit_transform_to_cpu_read": round(best["fit_transform_cpu"] / best["read_cpu"], 2),
        "ratio_per_run": [round((f + t) / r, 2)
                          for r, f, t in zip(runs["read"], runs["fit"], runs["transform"], strict=True)],
        "runs": {k: [round(x, 2) for x in v] for k, v in runs.items()},
        "load_average_1min_at_end": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "python": platform.python_version(), "framing_version": framing.__version__,
    }
    print(json.dumps(result, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
