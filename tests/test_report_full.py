"""The full ``framing report``: summary first, tables as CSV and HTML, plots as PNG, Fightin' Words."""

from __future__ import annotations

import re
import time

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from framing import Corpus, compare, describe_features
from framing.cli import main
from framing.datasets import load_sample
from framing.report import write_report
from framing.report_sections import summary_sentences

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    t0 = time.perf_counter()
    index = write_report(load_sample(), out)
    return out, index.read_text(encoding="utf-8"), time.perf_counter() - t0


def test_sample_report_is_fast_and_complete(sample_report):
    out, page, seconds = sample_report
    assert seconds < 60
    for name in ("features.csv", "codebook.csv", "profile.csv", "tests.csv", "fightin_words.csv",
                 "profile_heatmap.png", "quote_profile.png", "attribution_source_type.png",
                 "attribution_cue_tone.png", "over_time.png", "fightin_words_1.png"):
        assert (out / name).is_file(), name
        assert f"href='{name}'" in page or f"src='{name}'" in page
    for png in out.glob("*.png"):
        assert png.read_bytes()[:8] == PNG and png.stat().st_size < 300_000


def test_summary_is_at_the_top_and_states_effect_and_correction(sample_report):
    _, page, _ = sample_report
    sections = re.findall(r"<section id='(\w+)'>", page)
    assert sections[0] == "summary" and sections[1] == "corpus"
    assert {"features", "boilerplate", "statistics", "plots", "fightin_words"} <= set(sections)
    summary = page[page.index("<section id='summary'>"):page.index("<section id='corpus'>")]
    items = re.findall(r"<li>(.*?)</li>", summary)
    assert items, "the sample corpus has real differences between outlets"
    for s in items:
        assert "Cliff&#x27;s delta" in s and "Benjamini-Hochberg" in s


def test_summary_sentences_agree_with_tests_csv(sample_report):
    out, page, _ = sample_report
    tests = pd.read_csv(out / "tests.csv", keep_default_na=False, na_values=[""])
    cb = describe_features()
    sentences = summary_sentences(tests, units=dict(zip(cb["name"], cb["unit"], strict=True)))
    summary = page[page.index("<section id='summary'>"):page.index("<section id='corpus'>")]
    from framing.html import esc

    for s in sentences:
        assert esc(s) in summary
    # the first sentence's groups and effect size come from a significant row of the table
    first = sentences[0]
    pairs = tests[(tests["test"] != "kruskal") & tests["significant"]]
    delta = float(re.search(r"Cliff's delta = ([0-9.]+)", first).group(1))
    match = pairs[(pairs["cliffs_delta"].abs().round(2) == delta)
                  & pairs.apply(lambda r: r["group_a"] in first and r["group_b"] in first, axis=1)]
    assert len(match) >= 1


def test_tables_are_tidy(sample_report):
    out, _, _ = sample_report
    prof = pd.read_csv(out / "profile.csv")
    assert list(prof.columns) == ["group", "feature", "n", "mean", "median", "std", "ci_low", "ci_high"]
    c = load_sample()
    assert set(prof["group"]) == set(c["outlet"])
    fw = pd.read_csv(out / "fightin_words.csv")
    assert {"group", "other", "term", "count", "delta", "var", "z"} <= set(fw.columns)
    assert set(fw["other"]) == {"rest"} and fw.groupby("group").size().max() <= 15
    feats = pd.read_csv(out / "features.csv", index_col="doc_id")
    assert len(feats) == len(c) and "outlet" in feats.columns


def test_summary_sentence_wording():
    f = pd.DataFrame({
        "official_source_share": [0.58, 0.58, 0.58, 0.58, 0.58, 0.2, 0.2, 0.2, 0.2, 0.2],
        "hedge_rate": [1.0, 1.1, 0.9, 1.0, 1.05, 1.0, 1.1, 0.9, 1.0, 1.05],
        "outlet": ["Outlet B"] * 5 + ["Outlet A"] * 5,
    })
    f.loc[f.index[:5], "official_source_share"] += [0, 0.01, 0.02, 0.03, 0.04]
    t = compare.test(f, "outlet", min_n=1)
    s = summary_sentences(t, units={"official_source_share": "share"})
    assert len(s) == 1  # hedge_rate does not differ
    assert s[0].startswith("Outlet B cites officials three times as often as Outlet A")
    assert "Cliff's delta = 1.00, a large effect" in s[0]
    assert "after Benjamini-Hochberg correction over 2 comparisons" in s[0]
    assert summary_sentences(compare.test(f.assign(official_source_share=0.5), "outlet", min_n=1)) == []


def test_report_degrades_without_attribution_features(tmp_path):
    c = load_sample()
    index = write_report(c, tmp_path, families=["readability"], n_boot=100)
    page = index.read_text(encoding="utf-8")
    assert "<section id='summary'>" in page
    assert not (tmp_path / "quote_profile.png").exists()
    assert "official_source_share" not in pd.read_csv(tmp_path / "features.csv").columns


def test_report_single_group_and_cli_top_outlets(tmp_path):
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Only", "Only", "Only"],
                       "text": ["A short text. It said so.", "Another one!", "Third text here."]})
    index = write_report(Corpus(df), tmp_path / "one")
    assert "nothing to compare" in index.read_text(encoding="utf-8")
    assert main(["report", "-q", "--top-outlets", "2", "-o", str(tmp_path / "cli")]) == 0
    prof = pd.read_csv(tmp_path / "cli" / "profile.csv")
    assert prof["group"].nunique() == 2
