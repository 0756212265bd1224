"""The arithmetic of the audit script's ``pool`` (the intervals docs/attribution.md reports)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from audit_attribution import pool, wilson


def test_wilson_interval_matches_the_closed_form():
    # 8 of 10: the Wilson 95 % interval is 0.490–0.943 (textbook value)
    lo, hi = wilson(8, 10)
    assert lo == pytest.approx(0.4902, abs=1e-4) and hi == pytest.approx(0.9433, abs=1e-4)
    lo, hi = wilson(1633, 1900)
    assert lo < 1633 / 1900 < hi and hi - lo < 0.04


def test_pool_adds_the_counts(capsys):
    pool(["321/377", "328/383"])
    assert capsys.readouterr().out.startswith("649/760 = 0.854 (Wilson 95%: ")
