"""framing: measure how news outlets frame the news.

Load articles into a :class:`Corpus` (:func:`read_corpus`), find evidence spans
(quotes, attributions, boilerplate) with :func:`annotate`, compute features with
:func:`extract_features` (definitions in :func:`describe_features`), and compare
outlets. See ``docs/architecture.md`` for the map of the package.
"""

from __future__ import annotations

import importlib
from typing import Any

from . import datasets
from ._version import __version__
from .corpus import Corpus, LoadReport
from .features import extract_features
from .io import iter_corpus, read_corpus
from .registry import describe_features
from .spans import annotate, annotate_corpus

# Heavier or optional parts load on first use: ``framing.show`` does not import
# matplotlib, and ``import framing`` stays fast.
_LAZY = {
    "show": "framing.highlight",
    "BoilerplateDetector": "framing.boilerplate",
    "find_near_duplicates": "framing.duplicates",
    "FramingFeatures": "framing.transformer",
    "extract_features_to": "framing.features",
    "compare": "framing.compare",
    "plot": "framing.plot",
    "models": "framing.models",
}

__all__ = [
    "__version__",
    "Corpus",
    "LoadReport",
    "read_corpus",
    "iter_corpus",
    "annotate",
    "annotate_corpus",
    "extract_features",
    "describe_features",
    "datasets",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name])
        value = module if module.__name__.rsplit(".", 1)[-1] == name else getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
