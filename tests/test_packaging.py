"""The installed package carries its data and typing marker."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import framing
from framing.datasets._sample import sample_path


def test_py_typed_and_version():
    assert resources.files("framing").joinpath("py.typed").is_file()
    assert framing.__version__.count(".") == 2


def test_sample_data_found_and_inside_wheel_when_installed():
    path = sample_path("articles")
    assert path.is_file() and path.stat().st_size > 0
    pkg_dir = Path(framing.__file__).resolve().parent
    if "site-packages" in str(pkg_dir):  # a normal (non-editable) install: data must travel in the wheel
        assert pkg_dir in path.resolve().parents


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, framing; print('matplotlib' in sys.modules, 'sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
