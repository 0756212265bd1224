"""Every docstring example in the installed package runs (numpydoc examples are doctests)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import framing

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(framing.__path__, prefix="framing.")
    if not m.name.split(".")[-1].startswith("_") or m.name.endswith("_sample")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    try:
        module = importlib.import_module(name)
    except ImportError as err:  # optional extras (dask, vaderSentiment, ...)
        pytest.skip(f"{name} needs an optional dependency: {err}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
