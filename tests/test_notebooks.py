"""The example notebooks: stored executed and small, in sync with their sources, and runnable.

Every ``notebooks/*.ipynb`` is re-executed with nbclient (the ``python3``
kernel, i.e. the Python running pytest) in ``notebooks/``, within the
wall-clock budget in its ``metadata["framing"]["timeout"]``. A notebook that
lists real-data files in ``metadata["framing"]["requires"]`` (paths relative to
the real-data folder: ``FRAMING_DATA`` or ``../shared/data``) is marked
``realdata`` and ``slow`` and is skipped, with the missing files named, when
they are absent. Rebuild the notebooks with ``python notebooks/_build.py``.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from conftest import find_shared_data

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("*.ipynb"))
MAX_BYTES = 1_000_000
HOW_TO_GET_DATA = ("set FRAMING_DATA to the folder of real corpora or put them in ../shared/data; "
                   "notebooks/README.md says where to download each corpus")


def _builder():
    spec = importlib.util.spec_from_file_location("_notebook_build", NB_DIR / "_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _meta(path: Path) -> dict:
    return dict(nbformat.read(path, as_version=4).metadata.get("framing", {}))


def _params(paths: list[Path]) -> list:
    out = []
    for p in paths:
        marks = [pytest.mark.realdata, pytest.mark.slow] if _meta(p).get("requires") else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def test_notebooks_exist() -> None:
    names = {p.name for p in NOTEBOOKS}
    assert {"01_quickstart.ipynb", "05_teaching_who_speaks.ipynb"} <= names, names


def test_every_notebook_is_registered() -> None:
    registry = _builder().REGISTRY
    stray = [p.name for p in NOTEBOOKS if p.name not in registry]
    assert not stray, f"notebooks without a source in notebooks/_build.py REGISTRY: {stray}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_stored_notebook_is_executed_small_and_clean(path: Path) -> None:
    size = path.stat().st_size
    assert size < MAX_BYTES, f"{path.name} is {size} bytes; keep stored notebooks under 1 MB"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    meta = nb.metadata.get("framing")
    assert meta is not None and "requires" in meta and "timeout" in meta, \
        f"{path.name}: metadata['framing'] needs 'requires' and 'timeout' (build it with notebooks/_build.py)"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{path.name} has no code cells"
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), \
        f"{path.name} is not stored freshly executed top to bottom (execution counts {counts})"
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{path.name} stores an error: {errors[0].ename}: {errors[0].evalue}"
    # an indented first line renders a markdown cell as a code block (a dedent gone wrong in the source)
    indented = [c.source.splitlines()[0] for c in nb.cells
                if c.cell_type == "markdown" and c.source[:1] in (" ", "\t")]
    assert not indented, f"{path.name}: markdown cells start indented: {indented}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_stored_notebook_matches_its_source(path: Path) -> None:
    builder = _builder()
    if path.name not in builder.REGISTRY:
        pytest.fail(f"{path.name} is not in notebooks/_build.py REGISTRY")
    fresh = builder.build(path.name)
    stored = nbformat.read(path, as_version=4)
    assert [(c.cell_type, c.source) for c in stored.cells] == [(c.cell_type, c.source) for c in fresh.cells], \
        f"{path.name} is stale: rebuild it with `python notebooks/_build.py {path.name[:2]}`"
    assert stored.metadata["framing"] == fresh.metadata["framing"]


def test_build_is_deterministic() -> None:
    builder = _builder()
    for name in builder.REGISTRY:
        assert nbformat.writes(builder.build(name)) == nbformat.writes(builder.build(name)), name


def test_missing_data() -> None:
    builder = _builder()
    assert builder.missing_data([], None) == []
    assert builder.missing_data(["a/b.csv"], None) == ["a/b.csv"]
    assert builder.missing_data(["conftest.py", "nope.csv"], ROOT / "tests") == ["nope.csv"]


@pytest.mark.parametrize("path", _params(NOTEBOOKS))
def test_notebook_runs(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    meta = nb.metadata.get("framing", {})
    requires = list(meta.get("requires", []))
    data = find_shared_data()
    if requires:
        absent = requires if data is None else [r for r in requires if not (data / r).exists()]
        if absent:
            pytest.skip(f"{path.name} needs {', '.join(absent)} "
                        f"({'no real-data folder found' if data is None else f'not in {data}'}): {HOW_TO_GET_DATA}")
    if data is not None:
        monkeypatch.setenv("FRAMING_DATA", str(data))
    timeout = int(meta.get("timeout", 600))
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(NB_DIR)}})
    t0 = time.perf_counter()
    client.execute()  # raises CellExecutionError naming the failing cell
    seconds = time.perf_counter() - t0
    assert seconds <= timeout, f"{path.name} took {seconds:.0f} s, over its {timeout} s budget"
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
