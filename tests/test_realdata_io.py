"""read_corpus on the real corpora in FRAMING_DATA / ../shared/data (skipped when absent)."""

from __future__ import annotations

import pytest

from conftest import require
from framing import iter_corpus, read_corpus

pytestmark = pytest.mark.realdata


@pytest.mark.slow
def test_allsides_jsonl_gz_column_inference(shared_data):
    path = require(shared_data / "allsides-baly2020" / "articles.jsonl.gz")
    c = read_corpus(path)
    assert len(c) == 37_554
    cm = c.report.column_map
    assert cm["text"] == "content_original"
    assert cm["outlet"] == "source"
    assert cm["doc_id"] == "ID"
    assert cm["title"] == "title" and cm["url"] == "url" and cm["author"] == "authors"
    assert c.frame["outlet"].nunique() == 491
    assert set(c["bias_text"]) == {"left", "center", "right"}
    assert c.frame["date"].notna().sum() + c.report.flagged["date missing"] == 37_554
    assert c.report.rows_read == c.report.rows_kept == 37_554
    # nothing is dropped: whatever was odd is counted
    assert sum(c.report.skipped.values()) == 0


def test_fakenewscorpus_sample_csv(shared_data):
    path = require(shared_data / "fakenewscorpus-sample" / "news_sample.csv")
    c = read_corpus(path)
    assert len(c) == 250
    cm = c.report.column_map
    assert cm["text"] == "content" and cm["outlet"] == "domain" and cm["doc_id"] == "id"
    assert c.frame["outlet"].str.contains(r"\.").all()  # domains
    assert "type" in c.columns  # the OpenSources label is kept
    assert (c.texts.str.len() > 0).mean() > 0.95


@pytest.mark.slow
def test_allsides_streaming_matches_size(shared_data):
    path = require(shared_data / "allsides-baly2020" / "articles.jsonl.gz")
    sizes = [len(ch) for ch in iter_corpus(path, chunksize=10_000)]
    assert sizes == [10_000, 10_000, 10_000, 7_554]
