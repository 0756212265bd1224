"""extract_features: shapes, dtypes, body switch, chunking/n_jobs invariance, Parquet streaming, Dask."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing import extract_features
from framing.features import dask_features, extract_features_to, feature_meta, feature_names
from framing.registry import Family, FeatureDef, register_family, resolve_families

PROSE = (
    "The council met on Tuesday to discuss the budget. Members said the plan may "
    "be too expensive. “We cannot afford this,” one member said. Others argued the "
    "repairs were overdue and very urgent. The vote was close! Will it pass next year?"
)


def _frame(n: int = 12) -> pd.DataFrame:
    texts = [PROSE * (1 + i % 3) if i % 5 else "" for i in range(n)]
    texts[3] = None  # a missing text
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)],
        "outlet": ["AB"[i % 2] for i in range(n)],
        "title": [f"Budget vote {i}?" if i % 4 else None for i in range(n)],
        "text": texts,
    })


def test_one_row_per_input_indexed_by_doc_id_and_no_object_columns() -> None:
    df = _frame()
    out = extract_features(df)
    assert list(out.index) == list(df["doc_id"]) and out.index.name == "doc_id"
    assert list(out.columns) == feature_names()
    assert not any(pd.api.types.is_object_dtype(dt) for dt in out.dtypes)
    for col in out.columns:
        assert pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col]), col


def test_default_set_is_every_default_family() -> None:
    defaults = [f.name for f in resolve_families(None)]
    assert {"readability", "style"} <= set(defaults)
    assert "sentiment" not in defaults
    cols = set(extract_features(["A text."]).columns)
    for fam in resolve_families(None):
        assert set(fam.names) <= cols


def test_input_not_mutated_and_list_series_inputs() -> None:
    df = _frame()
    before = df.copy()
    extract_features(df)
    pd.testing.assert_frame_equal(df, before)
    s = pd.Series([PROSE, "Short."], index=["x", "y"])
    assert list(extract_features(s).index) == ["x", "y"]
    assert list(extract_features([PROSE, None, float("nan")]).index) == ["0", "1", "2"]
    with pytest.raises(TypeError, match="wrap it in a list"):
        extract_features(PROSE)


def test_missing_text_gives_nan_not_zero() -> None:
    out = extract_features([None, PROSE], families=["readability", "style"])
    assert out["word_count"].isna().iloc[0] and out["word_count"].iloc[1] > 0
    assert np.isnan(out["hedge_rate"].iloc[0])
    assert not bool(out["readability_ok"].iloc[0])


@pytest.mark.parametrize("chunksize", [1, 3, 5, 100])
def test_independent_of_chunking(chunksize: int) -> None:
    df = _frame(13)
    pd.testing.assert_frame_equal(extract_features(df), extract_features(df, chunksize=chunksize))


def test_n_jobs_gives_identical_results() -> None:
    df = _frame(20)
    serial = extract_features(df)
    pd.testing.assert_frame_equal(serial, extract_features(df, n_jobs=2, chunksize=3))
    pd.testing.assert_frame_equal(serial, extract_features(df, n_jobs=-1))


def test_body_switch_uses_text_body_column() -> None:
    df = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "title": ["T"],
                       "text": [PROSE + " Subscribe now! Share this! Follow us!"],
                       "text_body": [PROSE]})
    on_body = extract_features(df, families="style")
    on_raw = extract_features(df, families="style", body=False)
    assert on_raw.loc["a", "exclamation_rate"] > on_body.loc["a", "exclamation_rate"]
    only_body = extract_features(df[["doc_id", "outlet", "title"]].assign(text=PROSE), families="style")
    assert on_body.loc["a", "exclamation_rate"] == only_body.loc["a", "exclamation_rate"]


def test_progress_bar_forced_and_silent(capsys: pytest.CaptureFixture[str]) -> None:
    extract_features([PROSE] * 3, families="style", progress=False)
    assert capsys.readouterr().err == ""
    extract_features([PROSE] * 3, families="style", progress=True)
    assert "3/3" in capsys.readouterr().err
    extract_features([PROSE] * 3, families="style")  # default: short run, not a tty -> silent
    assert capsys.readouterr().err == ""


def test_a_new_family_is_one_registration() -> None:
    fam = Family(
        name="test_hashtags",
        features=(FeatureDef("test_hashtag_count", "test_hashtags", "count", "[0, inf)",
                             "Number of # characters.", "test", "int"),),
        compute=lambda doc: {"test_hashtag_count": doc.text.count("#")},
        default=False,
    )
    from framing import registry

    register_family(fam)
    try:
        out = extract_features(["#a #b", "none"], families=["test_hashtags"])
        assert out["test_hashtag_count"].tolist() == [2, 0]
        assert "test_hashtag_count" not in extract_features(["x"]).columns  # default=False
    finally:
        registry._FAMILIES.pop("test_hashtags", None)  # leave the registry as other tests expect it


def test_extract_features_to_parquet_matches_in_memory(tmp_path) -> None:
    df = _frame(23).assign(text=lambda d: d["text"].fillna(""))
    dest = extract_features_to(df, tmp_path / "f.parquet", chunksize=5)
    back = pd.read_parquet(dest, dtype_backend="numpy_nullable").set_index("doc_id")
    assert not any(pd.api.types.is_object_dtype(dt) for dt in back.dtypes)
    mem = extract_features(framing.read_corpus(df))
    assert len(back) == 23 and list(back.columns) == list(mem.columns)
    pd.testing.assert_frame_equal(back.astype("float64"), mem.astype("float64"), check_index_type=False)
    # a Corpus source and worker processes give the same file content
    dest2 = extract_features_to(framing.read_corpus(df), tmp_path / "g.parquet", chunksize=7, n_jobs=2)
    pd.testing.assert_frame_equal(pd.read_parquet(dest2), pd.read_parquet(dest))


def test_feature_meta_matches_names() -> None:
    meta = feature_meta()
    assert list(meta.columns) == feature_names() and len(meta) == 0


def test_dask_on_local_cluster() -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    df = _frame(16).assign(text=lambda d: d["text"].fillna(""))
    expected = extract_features(df)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        ddf = dd.from_pandas(df, npartitions=3)
        lazy = extract_features(ddf)
        assert list(lazy.columns) == list(expected.columns)
        got = lazy.compute()
        assert list(got.dtypes) == list(feature_meta().dtypes)
        pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_index_type=False)
        assert dask_features(ddf, families="style").compute().shape == (16, len(feature_names("style")))


@pytest.mark.realdata
def test_real_articles_smoke(shared_data) -> None:
    from conftest import require

    path = require(shared_data / "allsides-baly2020" / "articles.jsonl.gz")
    chunk = next(iter(framing.iter_corpus(path, chunksize=300, text="content_original", outlet="source")))
    out = extract_features(chunk)
    assert len(out) == 300
    ok = out["readability_ok"].astype(bool)
    assert ok.mean() > 0.8  # news prose is scored
    grade = out.loc[ok, "flesch_kincaid_grade"]
    assert grade.between(0, 40).all() and 8 < grade.median() < 16  # news reads at grade ~11
