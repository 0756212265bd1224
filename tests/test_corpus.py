"""Corpus: validation, selection, display; the user's DataFrame is never mutated."""

from __future__ import annotations

import pandas as pd
import pytest

from framing import Corpus, read_corpus


def _df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "outlet": ["X", "X", "Y", "Z"],
            "text": ["One two.", "Three <b>four</b>.", "Five.", "<script>alert(1)</script>"],
            "date": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01", None]),
            "label": [1, 0, 1, 0],
        }
    )


def test_corpus_basics():
    c = Corpus(_df())
    assert len(c) == 4
    assert c.outlets.to_dict() == {"X": 2, "Y": 1, "Z": 1}
    rows = list(c)
    assert rows[0].doc_id == "a" and rows[0].text == "One two."
    assert c["label"].tolist() == [1, 0, 1, 0]
    assert "label" in c


def test_corpus_does_not_mutate_and_frame_is_a_copy():
    df = _df()
    before = df.copy()
    c = Corpus(df)
    f = c.frame
    f["text"] = "changed"
    f["new"] = 1
    pd.testing.assert_frame_equal(df, before)
    assert c.texts.iloc[0] == "One two."
    assert "new" not in c


@pytest.mark.parametrize("missing", ["doc_id", "outlet", "text"])
def test_missing_canonical_column_names_it_and_the_fix(missing):
    with pytest.raises(ValueError, match=missing) as err:
        Corpus(_df().drop(columns=missing))
    assert "read_corpus" in str(err.value)


def test_duplicate_ids_are_named():
    df = _df()
    df.loc[1, "doc_id"] = "a"
    with pytest.raises(ValueError, match=r"duplicates: \['a'\]"):
        Corpus(df)


def test_non_string_text_is_refused_with_rows():
    df = _df()
    df["text"] = df["text"].astype(object)
    df.loc[2, "text"] = None
    with pytest.raises(ValueError, match=r"'text' must hold strings.*\['c'\]"):
        Corpus(df)


def test_filter_variants():
    c = Corpus(_df())
    assert c.filter(outlet="X").doc_ids.tolist() == ["a", "b"]
    assert c.filter(outlet=["Y", "Z"]).doc_ids.tolist() == ["c", "d"]
    assert c.filter(label=1).doc_ids.tolist() == ["a", "c"]
    assert c.filter("label == 0").doc_ids.tolist() == ["b", "d"]
    assert c.filter(lambda d: d["text"].str.len() > 6).doc_ids.tolist() == ["a", "b", "d"]
    assert c.filter(date_from="2025-01-15", date_to="2025-03-01").doc_ids.tolist() == ["b", "c"]
    assert c.filter([True, False, False, True]).doc_ids.tolist() == ["a", "d"]
    with pytest.raises(ValueError, match="unknown outlet"):
        c.filter(outlet="Nope")
    with pytest.raises(ValueError, match="no column 'nope'"):
        c.filter(nope=1)
    with pytest.raises(ValueError, match="has 2 values"):
        c.filter([True, False])


def test_sample_is_seeded_and_stratified():
    c = Corpus(_df())
    a = c.sample(2).doc_ids.tolist()
    assert a == c.sample(2).doc_ids.tolist()
    per = c.sample(1, by="outlet")
    assert per.outlets.to_dict() == {"X": 1, "Y": 1, "Z": 1}
    assert len(c.sample(frac=0.5)) == 2
    with pytest.raises(ValueError, match="exactly one"):
        c.sample()


def test_repr_and_html_card_escape_text():
    c = Corpus(_df())
    r = repr(c)
    assert "4 documents" in r and "3 outlets" in r and "2025-01-01 to 2025-03-01" in r
    html = c._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "4 documents" in html


def test_empty_corpus_displays():
    c = read_corpus(pd.DataFrame({"text": [], "outlet": []}))
    assert len(c) == 0
    assert "0 documents" in repr(c)
    assert "0 documents" in c._repr_html_()


def test_with_columns_returns_new_corpus():
    c = Corpus(_df())
    c2 = c.with_columns(n=c.texts.str.len())
    assert "n" in c2 and "n" not in c
