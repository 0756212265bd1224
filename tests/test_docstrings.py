"""Every public function and class has a numpydoc docstring with a runnable example.

"Public" means listed in ``__all__`` of a public module of the installed package
(or of ``framing.datasets``); the examples themselves run in test_doctests.py and
test_datasets.py.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import framing


def _public_objects() -> list[tuple[str, object]]:
    out = []
    names = [m.name for m in pkgutil.walk_packages(framing.__path__, prefix="framing.")
             if not any(p.startswith("_") for p in m.name.split(".")[1:])]
    for name in ["framing", *names]:
        mod = importlib.import_module(name)
        for attr in getattr(mod, "__all__", []):
            obj = getattr(mod, attr)
            if not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue
            home = getattr(obj, "__module__", "")
            # each object once, under the public module that defines or re-exports it
            if home == name or (home.startswith(name + "._")):
                out.append((f"{name}.{attr}", obj))
    return sorted(dict(out).items())


PUBLIC = _public_objects()


def test_there_is_a_public_api():
    assert len(PUBLIC) > 60


@pytest.mark.parametrize("name, obj", PUBLIC, ids=[n for n, _ in PUBLIC])
def test_has_docstring_with_example(name, obj):
    doc = inspect.getdoc(obj) or ""
    assert doc, f"{name} has no docstring"
    assert "Examples\n--------" in doc and ">>>" in doc, f"{name}: docstring lacks an Examples section"
    if inspect.isclass(obj):
        for meth, fn in vars(obj).items():
            if not meth.startswith("_") and inspect.isfunction(fn):
                assert inspect.getdoc(fn), f"{name}.{meth} has no docstring"
