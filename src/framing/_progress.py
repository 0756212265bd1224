"""Progress bars for long work: tqdm in terminals and notebooks, silent otherwise."""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

__all__ = ["PROGRESS_MIN_DOCS", "interactive", "progress_bar"]

#: Runs with at least this many articles show a progress bar when ``progress=None``
#: and the session is interactive.
PROGRESS_MIN_DOCS = 2_000


def interactive() -> bool:
    """True in a Jupyter/IPython session or when stderr is a terminal."""
    if "ipykernel" in sys.modules or "IPython" in sys.modules:
        try:
            from IPython import get_ipython  # type: ignore[import-not-found]

            if get_ipython() is not None:
                return True
        except ImportError:  # pragma: no cover
            pass
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # pragma: no cover - closed or replaced stderr
        return False


def progress_bar(progress: bool | None, total: int | None, *, desc: str) -> Any:
    """A ``tqdm.auto`` bar, or None when it should stay silent.

    ``progress=None`` shows it only for long runs (``total`` unknown or at least
    :data:`PROGRESS_MIN_DOCS`) in an interactive session; True/False force it.
    """
    long_run = total is None or total >= PROGRESS_MIN_DOCS
    show = progress if progress is not None else (long_run and interactive())
    if not show:
        return None
    if importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.auto import tqdm  # a widget in notebooks, text in terminals
    else:  # tqdm.auto would warn "IProgress not found" in a notebook without ipywidgets
        from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc=desc)
