"""Dataset loaders on small fictional fixtures in each real format, and on the real copies.

Fixtures under tests/fixtures/ were written for this project (invented outlets,
people and events); real-data tests use ``shared_data`` and skip when absent.
"""

from __future__ import annotations

import doctest
import gzip
import importlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from framing import Corpus
from framing.datasets import (
    describe,
    fetch_horne2017,
    fetch_mbfc,
    fetch_opensources,
    join_outlet_labels,
    load_allsides,
    load_buzzfeed_webis,
    load_fakenewscorpus,
    load_folder_of_txt,
    load_liar,
    load_nela_gt,
)

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    from framing.datasets import _fetch

    def boom(url, timeout):
        raise AssertionError(f"a test tried to download {url}")

    monkeypatch.setattr(_fetch, "URLOPEN", boom)


# ------------------------------------------------------------------ Horne 2017
def _horne_zip(path: Path) -> Path:
    """A zip in the upstream layout: cp1252 bytes, CRLF, titles in parallel folders."""
    files = {
        "Public Data/README.txt": b"fixture",
        "Public Data/Buzzfeed Political News Dataset/Fake/1_Fake.txt":
            b"The mayor of Quillby \x97 sources claim \x93everything\x94 changed.\r\nMore.\r\n",
        "Public Data/Buzzfeed Political News Dataset/Fake_titles/1_Fake.txt": b"Quillby shock\r\n",
        "Public Data/Buzzfeed Political News Dataset/Real/2_Real.txt": b"Rain fell in Ostmark.\r\n",
        "Public Data/Buzzfeed Political News Dataset/Real_titles/2_Real.txt": b"Rain\r\n",
        "Public Data/Random Poltical News Dataset/Satire/007.txt": b"A goose ran for office.\r\n",
        "Public Data/Random Poltical News Dataset/Satire_titles/007.txt": b"Goose 2024\r\n",
        "Public Data/Random Poltical News Dataset/Real/12.txt": b"Bridge reopens.\r\n",
    }
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Public Data/Buzzfeed Political News Dataset/", b"")
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_horne_fixture_via_mirror(tmp_path, monkeypatch):
    from framing.datasets import _fetch

    zpath = tmp_path / "fakenewsdata1" / "Horne2017_FakeNewsData.zip"
    zpath.parent.mkdir()
    _horne_zip(zpath)
    rf = _fetch.REMOTE_FILES["horne2017"]
    monkeypatch.setitem(_fetch.REMOTE_FILES, "horne2017",
                        _fetch.RemoteFile(rf.name, rf.path, rf.url, _fetch.sha256_of(zpath)))
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path))
    c = fetch_horne2017(download_if_missing=False)
    assert isinstance(c, Corpus)
    f = c.frame.set_index("doc_id")
    assert list(f.index) == ["buzzfeed/fake/1_Fake", "buzzfeed/real/2_Real",
                             "random/real/12", "random/satire/007"]
    assert f.loc["buzzfeed/fake/1_Fake", "text"] == (
        "The mayor of Quillby \u2014 sources claim \u201ceverything\u201d changed.\nMore.\n")
    assert f.loc["buzzfeed/fake/1_Fake", "title"] == "Quillby shock"
    assert f.loc["random/satire/007", "label"] == "satire"
    assert f.loc["random/real/12", "title"] == ""  # no title file: empty, flagged
    assert set(f["outlet"]) == {"unknown"}
    rep = c.report
    assert rep.repaired["text decoded with cp1252 fallback"] == 1
    assert rep.flagged["body without a title file"] == 1
    assert any("README" in n for n in rep.notes)


def test_horne_checksum_mismatch_is_an_error(tmp_path, monkeypatch):
    from framing.datasets._fetch import ChecksumError

    zpath = tmp_path / "fakenewsdata1" / "Horne2017_FakeNewsData.zip"
    zpath.parent.mkdir()
    _horne_zip(zpath)
    with pytest.raises(ChecksumError):
        fetch_horne2017(data_home=tmp_path, download_if_missing=False)


def test_horne_missing_no_download(tmp_path):
    with pytest.raises(FileNotFoundError, match="github"):
        fetch_horne2017(data_home=tmp_path, download_if_missing=False)


@pytest.mark.realdata
def test_horne_real(shared_data):
    if not (shared_data / "fakenewsdata1").exists():
        pytest.skip("fakenewsdata1 absent")
    c = fetch_horne2017(data_home=shared_data, download_if_missing=False)
    counts = c.frame.groupby(["dataset", "label"]).size().to_dict()
    assert counts == {("buzzfeed", "fake"): 48, ("buzzfeed", "real"): 53,
                      ("random", "fake"): 75, ("random", "real"): 75, ("random", "satire"): 75}
    assert c.frame["title"].notna().all()
    assert not c.frame["text"].str.contains("\r").any()
    assert c.report.repaired.get("text decoded with cp1252 fallback", 0) > 0


# ------------------------------------------------------------------ BuzzFeed-Webis
def test_buzzfeed_fixture():
    c = load_buzzfeed_webis(FIX / "buzzfeed_webis")
    f = c.frame.set_index("doc_id")
    assert list(f.index) == ["0001", "0002"]
    assert f.loc["0001", "outlet"] == "lakeside-ledger"
    assert f.loc["0001", "url"] == "http://www.lakeside-ledger.example/council-vote/"
    assert f.loc["0002", "veracity"] == "mixture of true and false"
    assert "\u00bd" in f.loc["0002", "text"] and "&frac12;" not in f.loc["0002", "text"]
    assert f.loc["0002", "title"] == "Harbour & budget: what they won\u2019t tell you"
    assert f.loc["0001", "text"].startswith("The town council")
    assert "\u201cWe finally" in f.loc["0001", "text"]  # &#8220; decoded by the XML parser
    assert list(f["n_quotes"]) == [1, 1]
    assert any("number_of_quotes" in n for n in c.report.notes)
    assert c.report.flagged["spans with offset -1, not located upstream (dropped)"] == 1
    assert c.report.repaired["HTML entities decoded in mainText (span offsets moved)"] == 1


def test_buzzfeed_paragraph_breaks_restored_from_paragraph_offsets():
    c = load_buzzfeed_webis(FIX / "buzzfeed_webis")
    t = c.frame.set_index("doc_id").loc["0001", "text"]
    # the space joining two <paragraph> spans is a newline, one character for one
    assert t[79] == "\n" and t[147] == "\n" and t.count("\n") == 2
    assert t.startswith("The town council of Port Aldwin voted on Tuesday to approve the harbour budget.\n")
    assert any("paragraph breaks restored" in n for n in c.report.notes)
    raw = load_buzzfeed_webis(FIX / "buzzfeed_webis", paragraphs=False).frame.set_index("doc_id").loc["0001", "text"]
    assert "\n" not in raw and raw.replace(" ", "\n") == t.replace(" ", "\n") and len(raw) == len(t)


def test_buzzfeed_spans_align_with_text():
    c, gold = load_buzzfeed_webis(FIX / "buzzfeed_webis", spans=True)
    texts = dict(zip(c.frame["doc_id"], c.frame["text"], strict=True))
    assert {"doc_id", "start", "end", "kind", "text", "href"} <= set(gold.columns)
    for row in gold.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    quotes = gold[gold["kind"] == "quote"].set_index("doc_id")["text"].to_dict()
    assert quotes == {"0001": "We finally have a plan,", "0002": "a disgrace"}
    link = gold[gold["kind"] == "hyperlink"].iloc[0]
    assert (link["text"], link["href"]) == ("council website", "https://council.example/budget")
    # the paragraph after the decoded entity moved left by len("&frac12;") - 1
    paras = gold[(gold["doc_id"] == "0002") & (gold["kind"] == "paragraph")]
    assert paras["text"].tolist()[1].startswith("One resident")
    assert paras["start"].tolist()[1] == 66 - 7


def test_buzzfeed_refuses_dtd_and_counts_bad_xml(tmp_path):
    shutil.copytree(FIX / "buzzfeed_webis", tmp_path / "bw")
    (tmp_path / "bw" / "articles" / "0003.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "boom">]><article><mainText>&x;</mainText></article>')
    (tmp_path / "bw" / "articles" / "0004.xml").write_text("<article><mainText>unclosed")
    c = load_buzzfeed_webis(tmp_path / "bw")
    assert len(c) == 2
    assert c.report.skipped == {"XML with a DTD/entity declaration (refused)": 1, "XML not well-formed": 1}
    assert c.report.rows_read == 4
    assert "loaded but not listed in overview.csv" not in c.report.flagged


def test_buzzfeed_missing_path_says_where_to_get_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="zenodo"):
        load_buzzfeed_webis(tmp_path / "nope")


@pytest.mark.realdata
def test_buzzfeed_real(shared_data):
    folder = shared_data / "buzzfeed-webis-2016"
    if not folder.exists():
        pytest.skip("buzzfeed-webis-2016 absent")
    c, gold = load_buzzfeed_webis(folder, spans=True)
    assert len(c) == 858
    overview = pd.read_csv(folder / "overview.csv")
    assert c.outlets.to_dict() == overview["portal"].value_counts().to_dict()
    assert not any("overview" in k for k in c.report.flagged)
    texts = dict(zip(c.frame["doc_id"], c.frame["text"], strict=True))
    assert all(texts[d][a:b] == t for d, a, b, t in
               zip(gold["doc_id"], gold["start"], gold["end"], gold["text"], strict=True))
    assert set(gold["kind"]) == {"quote", "paragraph", "hyperlink"}
    assert len(gold) > 20_000


# ------------------------------------------------------------------ AllSides
def test_allsides_upstream_layout():
    c = load_allsides(FIX / "allsides")
    f = c.frame.set_index("doc_id")
    assert len(c) == 3
    assert f.loc["aaQ1fictional01", "outlet"] == "Quill Daily"
    assert f.loc["aaQ1fictional01", "author"] == "Ana Pell, Rui Dorn"
    assert f["bias"].to_dict() == {"aaQ1fictional01": "left", "bbQ2fictional02": "center",
                                   "ccQ3fictional03": "right"}
    assert f["bias_code"].astype(int).tolist() == [0, 1, 2]
    assert f.loc["ccQ3fictional03", "split_random"] == "test"
    assert f.loc["bbQ2fictional02", "split_media"] == "valid"
    assert pd.isna(f.loc["ccQ3fictional03", "split_media"])
    assert "content" not in c.columns and f.loc["aaQ1fictional01", "topic"] == "elections"
    assert str(f.loc["aaQ1fictional01", "date"].date()) == "2019-03-04"
    assert c.report.flagged.get("date unparseable (set to NaT)") == 1


def test_allsides_single_jsonl_gz_equals_upstream_layout(tmp_path):
    recs = [json.loads(p.read_text()) for p in sorted((FIX / "allsides/data/jsons").glob("*.json"))]
    with gzip.open(tmp_path / "articles.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
        fh.write("{not json\n")
    shutil.copytree(FIX / "allsides/data/splits", tmp_path / "data/splits")
    a = load_allsides(tmp_path).frame
    b = load_allsides(FIX / "allsides").frame
    pd.testing.assert_frame_equal(a.sort_values("doc_id").reset_index(drop=True),
                                  b.sort_values("doc_id").reset_index(drop=True))
    assert load_allsides(tmp_path / "articles.jsonl.gz").report.skipped == {"invalid JSON record": 1}


def test_allsides_missing_layout(tmp_path):
    with pytest.raises(FileNotFoundError, match="Article-Bias-Prediction"):
        load_allsides(tmp_path)


@pytest.mark.realdata
def test_allsides_real(shared_data):
    folder = shared_data / "allsides-baly2020"
    if not folder.exists():
        pytest.skip("allsides-baly2020 absent")
    c = load_allsides(folder)
    f = c.frame
    stats = json.loads((folder / "stats.json").read_text())
    assert len(c) == 37_554 == stats["n_articles"]
    assert f["bias"].value_counts().to_dict() == stats["bias"]
    assert f["bias"].nunique() == 3 and f["outlet"].nunique() == 491
    for stype in ("random", "media"):
        for split in ("train", "valid", "test"):
            n = len(pd.read_csv(folder / f"data/splits/{stype}/{split}.tsv", sep="\t"))
            assert (f[f"split_{stype}"] == split).sum() == n


# ------------------------------------------------------------------ NELA-GT
def test_nela_json_masking_and_labels():
    c = load_nela_gt(FIX / "nela_gt")
    f = c.frame.set_index("doc_id")
    ferry = f.loc["quilldaily--2020-05-01--Ferry service resumes"]
    assert "@" not in ferry["text"] and ferry["n_masked_runs"] == 1 and ferry["n_masked_tokens"] == 7
    lib = f.loc["quilldaily--2020-05-02--Library hours"]
    assert "desk@quill.example" in lib["text"] and lib["n_masked_runs"] == 0  # an address is not masking
    ember = f.loc["emberreport--2020-05-01--Secret ferry deal"]
    assert (ember["n_masked_runs"], ember["n_masked_tokens"]) == (2, 10)
    assert "@" not in ember["text"] and ember["text"].lstrip().startswith("What they hide")
    assert f.loc["quilldaily--2020-05-01--Ferry service resumes", "label"] == "0"
    assert pd.isna(ember["label"])
    rep = c.report
    assert rep.repaired["text with '@' masking runs (replaced, counted in n_masked_runs)"] == 2
    assert rep.flagged["source has no row in labels.csv"] == 1
    assert any("3 runs (17 masked tokens)" in n for n in rep.notes)


def test_nela_masking_kept_out_of_word_counts():
    from framing.document import words_of

    c = load_nela_gt(FIX / "nela_gt")
    text = c.frame.set_index("doc_id").loc["emberreport--2020-05-01--Secret ferry deal", "text"]
    assert words_of(text) == ["What", "they", "hide", "about", "the", "ferry", "Ask", "why"]


def test_nela_sqlite_same_as_json(tmp_path):
    db = tmp_path / "nela-gt-2020.db"
    recs = []
    for f in sorted((FIX / "nela_gt/newsdata").glob("*.json")):
        recs += json.loads(f.read_text())
    con = sqlite3.connect(db)
    cols = list(recs[0])
    con.execute(f"CREATE TABLE newsdata ({', '.join(cols)})")
    con.executemany(f"INSERT INTO newsdata VALUES ({', '.join('?' * len(cols))})",
                    [tuple(r[k] for k in cols) for r in recs])
    con.commit()
    con.close()
    shutil.copy(FIX / "nela_gt/labels.csv", tmp_path / "labels.csv")
    a = load_nela_gt(db).frame.sort_values("doc_id").reset_index(drop=True)
    b = load_nela_gt(FIX / "nela_gt").frame.sort_values("doc_id").reset_index(drop=True)
    assert a["text"].tolist() == b["text"].tolist()
    assert a["n_masked_tokens"].tolist() == b["n_masked_tokens"].tolist()
    assert a["label"].fillna("-").tolist() == b["label"].fillna("-").tolist()
    only = load_nela_gt(db, sources=["emberreport"])
    assert set(only.frame["outlet"]) == {"emberreport"}


def test_nela_2018_articles_table(tmp_path):
    db = tmp_path / "articles.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE articles (date TEXT, source TEXT, name TEXT, content TEXT)")
    con.execute("INSERT INTO articles VALUES ('2018-02-01', 'quilldaily', 'Snow', "
                "'Snow closed the pass. @ @ @ @ @ @ @ It reopens soon.')")
    con.commit()
    con.close()
    c = load_nela_gt(db)
    assert c.frame["title"].tolist() == ["Snow"] and c.frame["n_masked_tokens"].tolist() == [7]


def test_nela_missing_says_where(tmp_path):
    with pytest.raises(FileNotFoundError, match="Dataverse"):
        load_nela_gt(tmp_path / "nope")


# ------------------------------------------------------------------ FakeNewsCorpus, LIAR, txt
def test_fakenewscorpus_fixture():
    c = load_fakenewscorpus(FIX / "fakenewscorpus/news_sample.csv")
    f = c.frame.set_index("doc_id")
    assert list(f.index) == ["101", "102", "103"]
    assert f.loc["101", "text"] == 'The ferry runs again.\n\nTickets are cheaper, with "fewer" delays.'
    assert f.loc["103", "outlet"] == "www.blogs.example"
    assert f["type"].tolist() == ["reliable", "conspiracy", "fake"]
    assert "Unnamed: 0" not in c.columns
    sub = load_fakenewscorpus(FIX / "fakenewscorpus/news_sample.csv", types=["fake", "conspiracy"],
                              chunksize=1)
    assert sorted(sub.frame["doc_id"]) == ["102", "103"] and sub.report.rows_read == 3


def test_fakenewscorpus_sample_needs_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_fakenewscorpus(data_home=tmp_path, download_if_missing=False)


@pytest.mark.realdata
def test_fakenewscorpus_real_sample(shared_data):
    if not (shared_data / "fakenewscorpus-sample").exists():
        pytest.skip("fakenewscorpus-sample absent")
    c = load_fakenewscorpus(data_home=shared_data, download_if_missing=False)
    assert len(c) == 250 and c.report.rows_read == 250
    assert c.frame["type"].isna().sum() == 12 == c.report.flagged["type (label) missing"]


def test_liar_fixture():
    c = load_liar(FIX / "liar")
    f = c.frame.set_index("doc_id")
    assert list(f.index) == ["1001.json", "1002.json", "1003.json", "1004.json"]
    assert f["split"].tolist() == ["train", "train", "valid", "test"]
    assert f.loc["1002.json", "text"] == 'Lamp Island will sink by "Tuesday.'  # unbalanced quote kept
    assert f.loc["1002.json", "outlet"] == "j-sable"
    assert f.loc["1003.json", "outlet"] == "unknown"
    assert f.loc["1002.json", "pants_on_fire_count"] == 5
    assert pd.isna(f.loc["1003.json", "false_count"])
    assert f.loc["1001.json", "label"] == "half-true"
    assert len(load_liar(FIX / "liar/test.tsv")) == 1


def test_liar_missing_says_where(tmp_path):
    with pytest.raises(FileNotFoundError, match="liar_dataset.zip"):
        load_liar(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="liar_dataset.zip"):
        load_liar(tmp_path)


def test_folder_of_txt(tmp_path):
    (tmp_path / "Quill Daily").mkdir()
    (tmp_path / "Quill Daily" / "a.txt").write_bytes(b"Caf\xe9 opens.\r\n")
    (tmp_path / "loose.txt").write_text("Top level.", encoding="utf-8")
    c = load_folder_of_txt(tmp_path)
    f = c.frame.set_index("doc_id")
    assert f.loc["Quill Daily/a", "outlet"] == "Quill Daily"
    assert f.loc["Quill Daily/a", "text"] == "Caf\u00e9 opens.\n"
    assert f.loc["loose", "outlet"] == "unknown"
    assert set(load_folder_of_txt(tmp_path, outlet="X").frame["outlet"]) == {"X"}
    with pytest.raises(FileNotFoundError):
        load_folder_of_txt(tmp_path / "nope")


# ------------------------------------------------------------------ outlet labels
def _mirror(tmp_path, monkeypatch, name, text):
    from framing.datasets import _fetch

    rf = _fetch.REMOTE_FILES[name]
    p = tmp_path / rf.path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    monkeypatch.setitem(_fetch.REMOTE_FILES, name,
                        _fetch.RemoteFile(rf.name, rf.path, rf.url, _fetch.sha256_of(p)))


def test_fetch_mbfc_and_opensources_from_mirror(tmp_path, monkeypatch):
    _mirror(tmp_path, monkeypatch, "mbfc_emnlp18",
            "source_url\tsource_url_normalized\tref\tfact\tbias\n"
            "http://www.quill.example/\tquill.example\thttps://mbfc.example/quill/\thigh\tleft-center\n"
            "https://EmberReport.example:443/news\temberreport.example-news\thttps://mbfc.example/e/\tlow\tright\n")
    _mirror(tmp_path, monkeypatch, "opensources",
            ",url,type,2nd_type,3rd_type,active\n0,emberreport.example,conspiracy,fake,,\n"
            "1,www.blogs.example,fake,,,\n")
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path))
    m = fetch_mbfc(download_if_missing=False)
    assert m["domain"].tolist() == ["quill.example", "emberreport.example"]
    assert m.columns.tolist() == ["domain", "source_url", "source_url_normalized", "mbfc_url",
                                  "fact", "bias"]
    o = fetch_opensources(download_if_missing=False)
    assert o["domain"].tolist() == ["emberreport.example", "blogs.example"]
    assert o.loc[0, "type_2"] == "fake"
    with pytest.raises(ValueError, match="emnlp18"):
        fetch_mbfc(version="2019")

    c = load_fakenewscorpus(FIX / "fakenewscorpus/news_sample.csv")
    j = join_outlet_labels(c, m, on="url")
    assert j.frame["fact"].fillna("-").tolist() == ["high", "low", "-"]
    assert j.report.flagged["article outlet not in the label list"] == 1
    assert any("blogs.example (1)" in n for n in j.report.notes)
    j2 = join_outlet_labels(c, o, on="domain")
    # the corpus already has 'type': the label column is renamed, the original untouched
    assert j2.frame["type"].tolist() == ["reliable", "conspiracy", "fake"]
    assert j2.frame["label_type"].fillna("-").tolist() == ["-", "conspiracy", "fake"]
    assert c.columns == load_fakenewscorpus(FIX / "fakenewscorpus/news_sample.csv").columns


def test_join_outlet_names_and_parent_domains():
    from framing import read_corpus

    c = read_corpus(pd.DataFrame({
        "text": ["a", "b", "c", "d"],
        "outlet": ["The Quill", "edition.ember.example", "someone.wordpress.com", "Nobody"],
    }))
    names = pd.DataFrame({"outlet": ["the  quill"], "bias": ["left"]})
    j = join_outlet_labels(c, names, on="outlet")
    assert j.frame["bias"].fillna("-").tolist() == ["left", "-", "-", "-"]
    doms = pd.DataFrame({"domain": ["ember.example", "wordpress.com"], "fact": ["low", "high"]})
    j = join_outlet_labels(c, doms, on="domain")
    assert j.frame["fact"].fillna("-").tolist() == ["-", "low", "-", "-"]
    assert any("via a parent domain" in n for n in j.report.notes)
    j = join_outlet_labels(c, doms, on="domain", parent_domains=False)
    assert j.frame["fact"].isna().all()
    with pytest.raises(ValueError, match="no 'url'"):
        join_outlet_labels(c, doms, on="url")
    with pytest.raises(ValueError, match="choose"):
        join_outlet_labels(c, doms, on="name")


@pytest.mark.realdata
def test_label_lists_real(shared_data):
    if not (shared_data / "source-labels").exists():
        pytest.skip("source-labels absent")
    assert len(fetch_mbfc(shared_data, False)) == 1066
    acl = fetch_mbfc(shared_data, False, version="acl2020")
    assert len(acl) == 859 and set(acl["bias"]) == {"left", "center", "right"}
    o = fetch_opensources(shared_data, False)
    assert len(o) == 1001 and o["domain"].notna().all()
    c = load_fakenewscorpus(data_home=shared_data, download_if_missing=False)
    j = join_outlet_labels(c, o, on="domain")
    assert j.frame["label_type"].notna().all()  # every sample domain is on the OpenSources list


# ------------------------------------------------------------------ cards
@pytest.mark.parametrize("name", ["horne2017", "buzzfeed_webis", "allsides", "nela_gt",
                                  "fakenewscorpus", "liar", "mbfc", "opensources", "sample"])
def test_cards_complete(name):
    card = describe(name)
    for attr in ("title", "loader", "source", "paper", "bibtex", "licence", "obtain"):
        assert getattr(card, attr).strip(), attr
    assert card.fields and card.counts
    assert card.bibtex.lstrip().startswith("@")
    assert card.bibtex.count("{") == card.bibtex.count("}")
    md = card.to_markdown()
    assert md.startswith(f"## {card.title}")


def test_describe_unknown_and_table():
    with pytest.raises(KeyError, match="known"):
        describe("nope")
    assert describe("buzzfeed-webis").name == "buzzfeed_webis"
    assert len(describe()) == 9


def test_readme_in_sync_with_cards():
    from framing.datasets._cards import cards_markdown

    readme = Path(__file__).resolve().parents[1] / "datasets" / "README.md"
    assert readme.read_text(encoding="utf-8") == cards_markdown(), (
        "datasets/README.md is stale: regenerate it (command at the top of the file)")


@pytest.mark.parametrize("module", ["_fetch", "_horne", "_buzzfeed", "_allsides", "_nela",
                                    "_tabular", "_labels", "_cards"])
def test_private_module_docstrings(module, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])  # examples use tests/fixtures
    mod = importlib.import_module(f"framing.datasets.{module}")
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.failed == 0
