"""The `framing` command line and the report it writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main


def test_report_on_sample(tmp_path, capsys):
    out = tmp_path / "rep"
    assert main(["report", "-o", str(out), "-q"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "framing report" in html and "Load report" in html
    summary = pd.read_csv(out / "corpus_summary.csv")
    assert summary["articles"].sum() >= 60
    assert summary["outlet"].nunique() >= 5


def test_report_on_a_csv_with_escaping(tmp_path):
    src = tmp_path / "a.csv"
    pd.DataFrame({"id": ["1", "2"], "site": ["<b>X</b>", "Y"],
                  "body": ["<script>alert('x')</script> text.", "Plain."]}).to_csv(src, index=False)
    out = tmp_path / "rep"
    assert main(["report", str(src), "-o", str(out), "-q"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<b>X</b>" not in html


@pytest.mark.parametrize(
    "args, message",
    [
        (["report", "does-not-exist.csv"], "no such file"),
        (["report", "--by", "nope"], "--by 'nope'"),
        (["report", "--n-jobs", "0"], "--n-jobs 0"),
    ],
)
def test_bad_input_exits_nonzero_with_one_line(tmp_path, capsys, args, message):
    code = main([*args, "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and err.startswith("framing: error:")


def test_missing_text_column_message(tmp_path, capsys):
    src = tmp_path / "a.csv"
    pd.DataFrame({"words": ["x"]}).to_csv(src, index=False)
    assert main(["report", str(src), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "['words']" in err and "text=" in err


def test_top_outlets(tmp_path):
    src = tmp_path / "a.csv"
    pd.DataFrame({"outlet": ["A"] * 3 + ["B"] * 2 + ["C"], "text": ["t."] * 6}).to_csv(src, index=False)
    out = tmp_path / "rep"
    assert main(["report", str(src), "-o", str(out), "--top-outlets", "2", "-q"]) == 0
    assert pd.read_csv(out / "corpus_summary.csv")["outlet"].tolist() == ["A", "B"]


def test_console_script_help():
    here = Path(sys.executable).parent / "framing"
    exe = str(here) if here.exists() else shutil.which("framing")
    if exe is None:
        pytest.skip("the framing console script is not on PATH (package not installed)")
    res = subprocess.run([exe, "report", "--help"], capture_output=True, text=True, check=True)
    for flag in ("--by", "-o", "--top-outlets", "--on-duplicate", "SOURCE".lower()):
        assert flag in res.stdout.lower()


def test_module_version_flag():
    res = subprocess.run([sys.executable, "-c", "from framing.cli import main; main(['--version'])"],
                         capture_output=True, text=True)
    assert "media-framing" in res.stdout


def test_n_jobs_gives_the_same_report(tmp_path):
    import pandas as pd

    assert main(["report", "-q", "-o", str(tmp_path / "one")]) == 0
    assert main(["report", "-q", "--n-jobs", "2", "-o", str(tmp_path / "two")]) == 0
    csvs = sorted(p.name for p in (tmp_path / "one").glob("*.csv"))
    assert "features.csv" in csvs and csvs == sorted(p.name for p in (tmp_path / "two").glob("*.csv"))
    for name in csvs:
        pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "one" / name), pd.read_csv(tmp_path / "two" / name))
