"""framing: measure how news outlets frame the news.

Load articles into a :class:`Corpus` (:func:`read_corpus`), find evidence spans
(quotes, attributions, boilerplate) with :func:`annotate`, compute features with
:func:`extract_features` (definitions in :func:`describe_features`), and compare
outlets. See ``docs/architecture.md`` for the map of the package.
"""

from __future__ import annotations

from ._version import __version__
from .corpus import Corpus, LoadReport
from .features import extract_features
from .io import iter_corpus, read_corpus
from .registry import describe_features
from .spans import annotate

from . import datasets  # noqa: E402  (after the core, which it uses)

__all__ = [
    "__version__",
    "Corpus",
    "LoadReport",
    "read_corpus",
    "iter_corpus",
    "annotate",
    "extract_features",
    "describe_features",
    "datasets",
]
