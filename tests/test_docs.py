"""The generated docs pages are current, and the hand-written ones link to pages that exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_generated_pages_are_current():
    res = subprocess.run([sys.executable, str(ROOT / "docs" / "gen_pages.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "docs").glob("*.md")))
def test_relative_links_resolve(page):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:\s]+\.(?:md|png|ipynb))", text):
        assert (ROOT / "docs" / target).exists(), f"{page} links to missing {target}"
