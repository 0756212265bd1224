"""Time the quote/attribution finder of another git revision against the working tree, interleaved.

``bench_annotate.py`` reports a ratio to a regex baseline, which moves with the
machine; to see what a set of changes costs, run the finder of both versions in
turn on the same AllSides articles. Each round runs one fresh process per
version (the revision first, from a temporary ``git worktree``), each timing
``find_spans(text, kinds=("quote", "attribution"))`` over ``--n`` articles after
a warm-up pass, best of 3 (CPU time of the process), and prints articles/s.

Usage::

    python benchmarks/compare_revisions.py 154358d [--n 2000] [--rounds 2] [--data PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# run in a child process with the src/ folder to time as its first path entry
_CHILD = r"""
import sys, time
src, data, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, src)
sys.path.insert(1, sys.argv[4])  # benchmarks/, for load_texts
import framing  # (before bench_annotate, which puts the working tree's src/ on the path)
assert framing.__file__.startswith(src), framing.__file__
from pathlib import Path
from bench_annotate import load_texts
from framing.spans import find_spans
texts = load_texts(Path(data), n)
for t in texts:
    find_spans(t, kinds=("quote", "attribution"))
best = float("inf")
for _ in range(3):
    t0 = time.process_time()
    for t in texts:
        find_spans(t, kinds=("quote", "attribution"))
    best = min(best, time.process_time() - t0)
print(round(len(texts) / best))
"""


@contextlib.contextmanager
def revision_src(rev: str) -> Iterator[Path]:
    """The ``src/`` folder of git revision ``rev``, checked out in a temporary worktree for the
    duration (``.``: the working tree's own)."""
    if rev == ".":
        yield ROOT / "src"
        return
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "rev"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(wt), rev], check=True)
        try:
            yield wt / "src"
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=True)


def child_env() -> dict[str, str]:
    """The environment for a child process that puts a revision's ``src/`` first on its path."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def rate(src: Path, data: Path, n: int) -> int:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(data), str(n), str(ROOT / "benchmarks")],
                         check=True, capture_output=True, text=True, env=child_env())
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", help="the git revision to compare with the working tree")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--data", type=Path,
                    default=Path(os.environ.get("FRAMING_DATA", str(ROOT.parent / "shared" / "data"))))
    args = ap.parse_args()
    with revision_src(args.rev) as src:
        for k in range(args.rounds):
            a = rate(src, args.data, args.n)
            b = rate(ROOT / "src", args.data, args.n)
            print(f"round {k + 1}: {args.rev} {a:,} articles/s, working tree {b:,} articles/s")


if __name__ == "__main__":
    main()
