"""Loading the built-in span finders and feature families on first use.

Finders and families register themselves when their module is imported; the
registries call :func:`load_builtin` before answering, so ``import framing``
stays fast and free of import cycles.
"""

from __future__ import annotations

import importlib

#: Modules whose import registers built-in span finders and/or feature families.
BUILTIN_MODULES = (
    "framing.attribution",
    "framing.boilerplate",
    "framing.readability",
    "framing.style",
)
_state = {"loaded": False}


def load_builtin() -> None:
    """Import every module in :data:`BUILTIN_MODULES` once."""
    if _state["loaded"]:
        return
    _state["loaded"] = True  # set first: a module may use a registry while it loads
    try:
        for mod in BUILTIN_MODULES:
            importlib.import_module(mod)
    except BaseException:
        _state["loaded"] = False
        raise
