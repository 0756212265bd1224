"""The span contract: annotate / annotate_corpus / spans_frame / the finder registry."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing.spans import (
    SPAN_COLUMNS,
    Span,
    register_spans,
    span_finders,
    spans_frame,
    unregister_spans,
)


def test_spans_frame_dtypes_and_values():
    df = spans_frame([Span(0, 3, "quote", "direct", "abc", "Ana Ruiz", "said")])
    assert df.columns.tolist() == SPAN_COLUMNS
    assert df.dtypes.tolist() == [np.dtype("int64")] * 2 + [np.dtype("O")] * 8
    assert df.iloc[0].tolist() == [0, 3, "quote", "direct", "abc", "Ana Ruiz", "said", None, None, None]
    empty = spans_frame([])
    assert len(empty) == 0 and empty.dtypes.tolist() == df.dtypes.tolist()


def test_spans_frame_fast_path_equals_public_constructors():
    from framing.spans import _spans_frame_public, find_spans

    corpus = framing.datasets.load_sample()
    for text in corpus.frame["text"].head(20):
        spans = find_spans(text)
        fast = spans_frame(spans)
        n = len(spans)
        offsets = np.array([s[:2] for s in spans], dtype=np.int64).reshape(n, 2)
        fields = np.empty((n, len(SPAN_COLUMNS) - 2), dtype=object)
        if n:
            fields[:] = [s[2:] for s in spans]
        pd.testing.assert_frame_equal(fast, _spans_frame_public(offsets, fields))
        # an ordinary, writable frame: editing it is allowed and touches nothing else
        fast.loc[:, "start"] = 0
        fast["extra"] = 1
        assert (spans_frame(spans)["start"] == [s.start for s in spans]).all()


@pytest.mark.parametrize("bad", [None, float("nan"), 3, "", b"bytes"])
def test_annotate_never_crashes_on_non_text(bad):
    out = framing.annotate(bad)
    assert out.columns.tolist() == SPAN_COLUMNS and len(out) == 0


def test_annotate_corpus_matches_per_article_annotate():
    corpus = framing.datasets.load_sample().sample(12, random_state=1)
    batch = framing.annotate_corpus(corpus)
    assert batch.columns.tolist() == ["doc_id", *SPAN_COLUMNS]
    per_doc = pd.concat(
        [framing.annotate(r.text, title=r.title, outlet=r.outlet).assign(doc_id=r.doc_id) for r in corpus],
        ignore_index=True,
    )[["doc_id", *SPAN_COLUMNS]]
    pd.testing.assert_frame_equal(batch, per_doc.astype({"doc_id": object}))
    assert set(batch["doc_id"]) <= set(corpus.doc_ids)


def test_annotate_corpus_inputs_and_kinds():
    out = framing.annotate_corpus(["“Yes,” she said.", None, ""], kinds=["quote"])
    assert out["doc_id"].tolist() == ["0"] and out["kind"].tolist() == ["quote"]
    with pytest.raises(TypeError, match="not one string"):
        framing.annotate_corpus("one text")


def test_register_and_unregister_a_finder():
    def shouting(text, title=None):
        return [Span(0, 4, "shout", "caps", text[:4])] if text[:4].isupper() else []

    register_spans("shouting", ["shout"], shouting)
    try:
        assert "shouting" in span_finders()
        assert framing.annotate("WOW that", kinds=["shout"])["text"].tolist() == ["WOW "]
        # other kinds are unaffected by the filter
        assert "shout" not in set(framing.annotate("WOW “that,” he said.", kinds=["quote"])["kind"])
    finally:
        unregister_spans("shouting")
    assert "shouting" not in span_finders()
