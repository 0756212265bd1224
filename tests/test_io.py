"""read_corpus / iter_corpus: formats, column inference, and every bad-input case."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

import pandas as pd
import pytest

from framing import iter_corpus, read_corpus
from framing.io import domain_of

ROWS = [
    {"id": "n1", "site": "Harbour Herald", "headline": "Bridge reopens", "body": "The bridge reopened today.",
     "published": "2025-03-01", "link": "https://www.harbourherald.example/a"},
    {"id": "n2", "site": "Valley Voice", "headline": "Storm warning", "body": "Officials warned of a storm.",
     "published": "2025-03-02", "link": "https://valleyvoice.example/b"},
]


def _write(path: Path, fmt: str) -> Path:
    df = pd.DataFrame(ROWS)
    if fmt == "csv":
        df.to_csv(path, index=False)
    elif fmt == "tsv":
        df.to_csv(path, sep="\t", index=False)
    elif fmt in ("jsonl", "ndjson"):
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    elif fmt == "jsonl.gz":
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write("".join(json.dumps(r) + "\n" for r in ROWS))
    elif fmt == "json":
        path.write_text(json.dumps(ROWS), encoding="utf-8")
    elif fmt == "parquet":
        df.to_parquet(path)
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "ndjson", "jsonl.gz", "json", "parquet"])
def test_every_file_format_with_inferred_columns(tmp_path, fmt, caplog):
    path = _write(tmp_path / f"articles.{fmt}", fmt)
    with caplog.at_level(logging.INFO, logger="framing.io"):
        c = read_corpus(path)
    f = c.frame
    assert f["doc_id"].tolist() == ["n1", "n2"]
    assert f["outlet"].tolist() == ["Harbour Herald", "Valley Voice"]
    assert f["text"].tolist() == ["The bridge reopened today.", "Officials warned of a storm."]
    assert f["title"].tolist() == ["Bridge reopens", "Storm warning"]
    assert pd.api.types.is_datetime64_any_dtype(f["date"])
    assert f["date"].dt.day.tolist() == [1, 2]
    assert f["url"].tolist()[1] == "https://valleyvoice.example/b"
    assert c.report.column_map == {"text": "body", "outlet": "site", "title": "headline",
                                   "date": "published", "url": "link", "doc_id": "id"}
    assert "inferred text='body'" in caplog.text
    assert c.report.rows_read == 2 and c.report.rows_kept == 2


def test_explicit_columns_win_over_aliases():
    df = pd.DataFrame({"text": ["short"], "long_body": ["the real text"], "source": ["A"]})
    c = read_corpus(df, text="long_body")
    assert c.texts.tolist() == ["the real text"]
    assert "text" not in c.report.notes


def test_missing_text_column_lists_columns_and_fix():
    df = pd.DataFrame({"words": ["a"], "outlet": ["X"]})
    with pytest.raises(ValueError) as err:
        read_corpus(df)
    msg = str(err.value)
    assert "['words', 'outlet']" in msg and "text='<column name>'" in msg


def test_unknown_explicit_column_is_an_error():
    with pytest.raises(ValueError, match=r"read_corpus\(title='nope'\): no such column"):
        read_corpus(pd.DataFrame({"text": ["a"]}), title="nope")


def test_dataframe_is_never_mutated():
    df = pd.DataFrame(ROWS)
    before = df.copy()
    read_corpus(df)
    read_corpus(df, outlet="url")
    pd.testing.assert_frame_equal(df, before)


def test_outlet_from_url_domain():
    df = pd.DataFrame({"content": ["x", "y"], "url": ["https://WWW.A.example:8080/p", "b.example/q"]})
    c = read_corpus(df)
    assert c.frame["outlet"].tolist() == ["a.example", "b.example"]
    c2 = read_corpus(pd.DataFrame(ROWS), outlet="url")
    assert c2.frame["outlet"].tolist() == ["harbourherald.example", "valleyvoice.example"]


@pytest.mark.parametrize(
    "url, expected",
    [("http://www.Example.com/", "example.com"), ("https://sub.example.org:443/x?y", "sub.example.org"),
     ("example.net", "example.net"), ("", None), (None, None), (3, None)],
)
def test_domain_of(url, expected):
    assert domain_of(url) == expected


def test_no_outlet_at_all_is_unknown_and_noted():
    c = read_corpus(["just a text", "another"])
    assert c.frame["outlet"].tolist() == ["unknown", "unknown"]
    assert any("outlet set to 'unknown'" in n for n in c.report.notes)


def test_non_string_and_empty_text_are_kept_and_counted():
    df = pd.DataFrame({"text": ["fine", None, float("nan"), 42, "   ", b"bytes"], "outlet": ["X"] * 6})
    c = read_corpus(df)
    assert len(c) == 6
    assert c.texts.tolist() == ["fine", "", "", "42", "   ", "bytes"]
    fl = c.report.flagged
    assert fl["text missing (kept as empty string)"] == 2
    assert fl["text empty or whitespace only"] == 1  # missing ones are counted once, above
    assert fl["text not a string (converted with str())"] == 1
    assert c.report.examples["text missing (kept as empty string)"] == ["doc-0000001", "doc-0000002"]


def test_duplicate_ids_error_names_them():
    df = pd.DataFrame({"id": ["a", "b", "a", "c", "c"], "text": list("vwxyz"), "outlet": ["X"] * 5})
    with pytest.raises(ValueError) as err:
        read_corpus(df)
    assert "['a', 'c']" in str(err.value) and "on_duplicate='keep-first'" in str(err.value)


def test_duplicate_ids_keep_first_and_drop_are_reported():
    df = pd.DataFrame({"id": ["a", "b", "a", "c", "c"], "text": list("vwxyz"), "outlet": ["X"] * 5})
    c = read_corpus(df, on_duplicate="keep-first")
    assert c.frame["doc_id"].tolist() == ["a", "b", "c"]
    assert c.texts.tolist() == ["v", "w", "y"]
    assert c.report.skipped == {"duplicate doc_id (kept first)": 2}
    d = read_corpus(df, on_duplicate="drop")
    assert d.frame["doc_id"].tolist() == ["b"]
    assert d.report.skipped == {"duplicate doc_id (all copies dropped)": 4}
    assert d.report.rows_read == 5 and d.report.rows_kept == 1


def test_undecodable_bytes_fall_back_to_cp1252_per_row(tmp_path):
    p = tmp_path / "mixed.csv"
    good = "id,outlet,text\n1,X,caf\u00e9 ok\n".encode()
    bad = "2,Y,\u201csmart\u201d quotes \u2013 dash\n".encode("cp1252")
    p.write_bytes(good + bad)
    c = read_corpus(p)
    assert c.texts.tolist() == ["caf\u00e9 ok", "\u201csmart\u201d quotes \u2013 dash"]
    assert c.report.repaired == {"text decoded with cp1252 fallback": 1}
    assert c.report.examples["text decoded with cp1252 fallback"] == ["2"]


def test_mojibake_is_repaired_and_counted():
    df = pd.DataFrame({"text": ["It\u00e2\u20ac\u2122s \u00e2\u20ac\u0153fine\u00e2\u20ac\u009d", "clean text"],
                       "title": ["Caf\u00c3\u00a9 news", "t"], "outlet": ["X", "X"]})
    c = read_corpus(df)
    assert c.texts.tolist()[0] == "It\u2019s \u201cfine\u201d"
    assert c.frame["title"].tolist()[0] == "Caf\u00e9 news"
    assert c.report.repaired == {"text mojibake repaired": 1, "title mojibake repaired": 1}


def test_crlf_is_normalised():
    c = read_corpus(pd.DataFrame({"text": ["a\r\nb\rc"], "outlet": ["X"]}))
    assert c.texts.iloc[0] == "a\nb\nc"


def test_unparseable_dates_are_flagged_not_dropped():
    df = pd.DataFrame({"text": ["a", "b", "c"], "date": ["2025-01-02", "not a date", None], "outlet": ["X"] * 3})
    c = read_corpus(df)
    assert len(c) == 3
    assert c.frame["date"].isna().tolist() == [False, True, True]
    assert c.report.flagged["date unparseable (set to NaT)"] == 1


def test_invalid_json_lines_are_skipped_and_counted(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "ok", "outlet": "X"}\n{broken\n\n[1, 2]\n{"text": "ok2", "outlet": "X"}\n')
    c = read_corpus(p)
    assert c.texts.tolist() == ["ok", "ok2"]
    assert c.report.skipped == {"invalid JSON line": 1, "JSON line is not an object": 1}
    assert c.report.rows_read == 4


def test_folder_of_txt_outlet_from_subfolder(tmp_path):
    (tmp_path / "Herald").mkdir()
    (tmp_path / "Voice").mkdir()
    (tmp_path / "Herald" / "one.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "Herald" / "two.txt").write_bytes("Caf\u00e9 story.\r\n".encode("cp1252"))
    (tmp_path / "Voice" / "three.txt").write_text("Third story.", encoding="utf-8")
    c = read_corpus(tmp_path)
    f = c.frame
    assert f["doc_id"].tolist() == ["Herald/one", "Herald/two", "Voice/three"]
    assert f["outlet"].tolist() == ["Herald", "Herald", "Voice"]
    assert f["text"].tolist()[1] == "Caf\u00e9 story.\n"
    assert c.report.repaired == {"decoded with cp1252 fallback": 1}


def test_folder_of_txt_outlet_from_mapping_and_constant(tmp_path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    c = read_corpus(tmp_path, outlet={"a": "Herald", "b": "Voice"})
    assert c.frame["outlet"].tolist() == ["Herald", "Voice"]
    c2 = read_corpus(tmp_path, outlet="Herald")
    assert c2.frame["outlet"].tolist() == ["Herald", "Herald"]


def test_bad_paths_and_formats(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        read_corpus(tmp_path / "missing.csv")
    odd = tmp_path / "data.xyz"
    odd.write_text("x")
    with pytest.raises(ValueError, match="format='csv'"):
        read_corpus(odd)
    with pytest.raises(TypeError, match="takes a DataFrame"):
        read_corpus(42)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no .txt files"):
        read_corpus(tmp_path / "empty")


def test_iter_corpus_streams_chunks_and_catches_duplicates_across_chunks(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("".join(json.dumps({"id": f"d{i}", "text": f"t{i}", "outlet": "X"}) + "\n" for i in range(7)))
    chunks = list(iter_corpus(p, chunksize=3))
    assert [len(c) for c in chunks] == [3, 3, 1]
    assert [i for c in chunks for i in c.doc_ids] == [f"d{i}" for i in range(7)]
    p.write_text("".join(json.dumps({"id": i, "text": "t", "outlet": "X"}) + "\n" for i in ["a", "b", "c", "a"]))
    with pytest.raises(ValueError, match=r"\['a'\]"):
        list(iter_corpus(p, chunksize=2))
    kept = list(iter_corpus(p, chunksize=2, on_duplicate="keep-first"))
    assert [i for c in kept for i in c.doc_ids] == ["a", "b", "c"]
    assert kept[1].report.skipped == {"duplicate doc_id (kept first)": 1}


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_iter_corpus_matches_read_corpus(tmp_path, fmt):
    path = _write(tmp_path / f"a.{fmt}", fmt)
    whole = read_corpus(path).frame
    parts = pd.concat([c.frame for c in iter_corpus(path, chunksize=1)], ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts)


def test_iter_corpus_rejects_bad_chunksize():
    with pytest.raises(ValueError, match="chunksize"):
        next(iter_corpus(pd.DataFrame({"text": ["a"]}), chunksize=0))


def test_numeric_ids_become_strings():
    c = read_corpus(pd.DataFrame({"id": [3, 1, 2], "text": ["a", "b", "c"], "outlet": ["X"] * 3}))
    assert c.doc_ids.tolist() == ["3", "1", "2"]


def test_labels_are_kept():
    df = pd.DataFrame({"text": ["a"], "outlet": ["X"], "bias": ["left"], "Unnamed: 0": [0]})
    c = read_corpus(df)
    assert c["bias"].tolist() == ["left"]
    assert "Unnamed: 0" not in c.columns


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_file_gives_empty_corpus_with_note(tmp_path, content):
    p = tmp_path / "empty.jsonl"
    p.write_text(content)
    c = read_corpus(p)
    assert len(c) == 0 and c.columns[:3] == ["doc_id", "outlet", "text"]
    assert "the source holds no records" in c.report.notes


def test_link_residue_spans():
    from framing.cleaning import link_residue

    t = "Sen. Ann Lind Ann Marie LindHarbour bill stalls MORE (D-Ore.) said no. Rep. Ray Brill Raymond BrillTax plan dies MORE agreed."
    assert [t[s:e] for s, e in link_residue(t)] == [" Ann Marie LindHarbour bill stalls MORE", " Raymond BrillTax plan dies MORE"]
    # no glued name near it: "READ MORE", a possessive, or a camel-case brand far from its word
    assert link_residue("READ MORE: our coverage") == []
    assert link_residue("Ann Lind said Lind's plan works. READ MORE") == []
    assert link_residue("You can watch it. " + "x " * 40 + "on YouTube now. LEARN MORE") == []
    assert link_residue(None) == [] and link_residue("") == []
