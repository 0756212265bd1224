"""How many workers a ``n_jobs`` argument means, and a thread map for GIL-free work.

``n_jobs`` follows scikit-learn: a positive number is that many workers, ``-1``
all cores, ``-2`` all but one. What ``None`` means is the caller's choice (one
worker for process pools; pyarrow's thread count for work done in pyarrow
kernels, which release the GIL and run in parallel in threads).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def n_workers(n_jobs: int | None, *, default: int = 1) -> int:
    """Workers for ``n_jobs`` (``None``/0: ``default``; negative: counted back from the core count)."""
    if n_jobs is None or n_jobs == 0:
        return max(1, int(default))
    cpus = os.cpu_count() or 1
    return max(1, cpus + 1 + n_jobs) if n_jobs < 0 else int(n_jobs)


def arrow_threads(n_jobs: int | None) -> int:
    """Threads for pyarrow-kernel work: ``None`` means pyarrow's own thread count (``pyarrow.cpu_count()``)."""
    import pyarrow as pa

    return n_workers(n_jobs, default=pa.cpu_count())


def thread_map(fn: Callable[[Any], T], items: Sequence[Any], threads: int) -> list[T]:
    """``[fn(x) for x in items]``, in up to ``threads`` threads (in order; serial for one thread or item)."""
    if threads <= 1 or len(items) <= 1:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(max_workers=min(threads, len(items))) as ex:
        return list(ex.map(fn, items))
