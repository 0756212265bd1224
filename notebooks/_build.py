"""Build the example notebooks from readable Python sources and execute them in place.

Each notebook has one source module in ``notebooks/src/`` and one line in
:data:`REGISTRY`. A source module defines:

``TITLE`` : str
    One line describing the notebook (shown by ``--list``).
``REQUIRES`` : list of str
    Files or folders the notebook reads, relative to the real-data folder
    (``FRAMING_DATA``, else ``../shared/data`` next to the project). Empty for
    notebooks that only use the bundled sample corpus.
``TIMEOUT`` : int
    Wall-clock budget of the whole notebook in seconds (CI fails above it).
``CELLS`` : list of (kind, text)
    ``kind`` is ``"md"`` or ``"code"``; ``text`` is dedented and stripped.

The builder writes ``notebooks/<name>.ipynb`` with the cells, stable cell ids,
the python3 kernel and ``metadata["framing"] = {"requires", "timeout",
"source"}``, then executes it with nbclient (working directory
``notebooks/``, ``FRAMING_DATA`` set to the data folder when found) and stores
it executed. Re-running regenerates the same files.

Usage::

    python notebooks/_build.py                  # build and execute every notebook
    python notebooks/_build.py 01 05            # only names starting with 01 or 05
    python notebooks/_build.py --no-execute     # write the cells without running them
    python notebooks/_build.py --list           # registry, data needs and budgets

A notebook whose data are missing is not rebuilt (the stored copy is kept).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = HERE / "src"

#: Output notebook -> source module in notebooks/src/ (without ``.py``). Add new notebooks here.
REGISTRY: dict[str, str] = {
    "01_quickstart.ipynb": "nb01_quickstart",
    "02_reproduce_horne_adali_2017.ipynb": "nb02_reproduce_horne_adali_2017",
    "03_reproduce_potthast_2018.ipynb": "nb03_reproduce_potthast_2018",
    "04_leakage_allsides.ipynb": "nb04_leakage_allsides",
    "05_teaching_who_speaks.ipynb": "nb05_teaching_who_speaks",
}

#: Executed notebooks must stay below this size (they are read on GitHub).
MAX_BYTES = 1_000_000

logger = logging.getLogger("notebooks.build")


def find_data() -> Path | None:
    """The real-data folder: ``FRAMING_DATA`` or ``../shared/data`` (as tests/conftest.py)."""
    env = os.environ.get("FRAMING_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "data")
    for c in candidates:
        if c.is_dir() and any(c.iterdir()):
            return c
    return None


def load_source(module: str) -> ModuleType:
    """Import ``notebooks/src/<module>.py`` by path (the folder is not a package)."""
    path = SRC / f"{module}.py"
    spec = importlib.util.spec_from_file_location(f"_nbsrc_{module}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load notebook source {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for attr in ("TITLE", "REQUIRES", "TIMEOUT", "CELLS"):
        if not hasattr(mod, attr):
            raise AttributeError(f"{path} must define {attr}")
    for kind, _ in mod.CELLS:
        if kind not in ("md", "code"):
            raise ValueError(f"{path}: cell kind must be 'md' or 'code', got {kind!r}")
    return mod


def _clean(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n").rstrip()


def build(name: str):  # -> nbformat.NotebookNode
    """The unexecuted notebook ``name`` (a key of :data:`REGISTRY`)."""
    import nbformat

    module = REGISTRY[name]
    src = load_source(module)
    nb = nbformat.v4.new_notebook()
    cells = []
    for i, (kind, text) in enumerate(src.CELLS):
        body = _clean(text)
        cell = nbformat.v4.new_markdown_cell(body) if kind == "md" else nbformat.v4.new_code_cell(body)
        cell.id = f"{module[:4]}-{i:03d}"  # stable ids: rebuilding gives the same file
        cells.append(cell)
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["framing"] = {"requires": list(src.REQUIRES), "timeout": int(src.TIMEOUT),
                              "source": f"notebooks/src/{module}.py", "title": src.TITLE}
    return nb


def missing_data(requires: list[str], data: Path | None) -> list[str]:
    """The required paths that are not present (all of them when there is no data folder)."""
    if not requires:
        return []
    if data is None:
        return list(requires)
    return [r for r in requires if not (data / r).exists()]


def execute(nb, *, timeout: int, data: Path | None) -> float:
    """Run ``nb`` in place with the python3 kernel in ``notebooks/``; returns the wall time in seconds.

    ``timeout`` bounds every cell; the caller compares the total with the budget.
    """
    from nbclient import NotebookClient

    env_before = os.environ.get("FRAMING_DATA")
    if data is not None:
        os.environ["FRAMING_DATA"] = str(data)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    try:
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(HERE)}})
        t0 = time.perf_counter()
        client.execute()
        return time.perf_counter() - t0
    finally:
        if env_before is None:
            os.environ.pop("FRAMING_DATA", None)
        else:
            os.environ["FRAMING_DATA"] = env_before


def main(argv: list[str] | None = None) -> int:
    import nbformat

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("names", nargs="*", help="notebook name prefixes (default: all)")
    p.add_argument("--no-execute", action="store_true", help="write the notebooks without running them")
    p.add_argument("--list", action="store_true", help="show the registry and exit")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = find_data()
    chosen = [n for n in REGISTRY if not args.names or any(n.startswith(x) for x in args.names)]
    if not chosen:
        logger.error("no notebook matches %s; known: %s", args.names, ", ".join(REGISTRY))
        return 2
    if args.list:
        for n in chosen:
            src = load_source(REGISTRY[n])
            logger.info("%-40s %4ds  requires %s  -- %s", n, src.TIMEOUT, src.REQUIRES or "nothing", src.TITLE)
        return 0
    status = 0
    for n in chosen:
        nb = build(n)
        meta = nb.metadata["framing"]
        out = HERE / n
        if not args.no_execute:
            absent = missing_data(meta["requires"], data)
            if absent:
                logger.warning("%s: skipped, data not found: %s (set FRAMING_DATA)", n, ", ".join(absent))
                continue
            logger.info("%s: executing ...", n)
            seconds = execute(nb, timeout=meta["timeout"], data=data)
            if seconds > meta["timeout"]:
                logger.error("%s: took %.1f s, over its %d s budget", n, seconds, meta["timeout"])
                status = 1
        else:
            seconds = float("nan")
        nbformat.validate(nb)
        nbformat.write(nb, out)
        size = out.stat().st_size
        logger.info("%s: %.1f s, %d bytes", n, seconds, size)
        if size >= MAX_BYTES:
            logger.error("%s: %d bytes, over the %d byte limit: shrink its outputs", n, size, MAX_BYTES)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
