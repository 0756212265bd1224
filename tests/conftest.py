"""Shared test fixtures.

Real corpora are found through the ``FRAMING_DATA`` environment variable or
``../shared/data`` (relative to the project root); tests that need them use the
``shared_data`` fixture and are skipped, with the reason, when absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def find_shared_data() -> Path | None:
    """The folder of real corpora, or None."""
    env = os.environ.get("FRAMING_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "data")
    for c in candidates:
        if c.is_dir() and any(c.iterdir()):
            return c
    return None


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to the real corpora; skips the test when they are absent."""
    path = find_shared_data()
    if path is None:
        pytest.skip("real corpora not found: set FRAMING_DATA or put them in ../shared/data")
    return path


def require(path: Path) -> Path:
    """Skip the calling test (with the reason) if ``path`` does not exist."""
    if not path.exists():
        pytest.skip(f"{path} not found (see ../shared/data/README.md for the layout)")
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-network", action="store_true", default=False,
                     help="run tests marked 'network' (real downloads)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-network"):
        return
    skip = pytest.mark.skip(reason="downloads from the internet: run with --run-network")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)
