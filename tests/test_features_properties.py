"""Property tests: any input gives one row per text, values in range or NaN, deterministically."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import describe_features, extract_features

_BOUNDS = re.compile(r"^([\[(])\s*([-+]?(?:inf|[\d.]+))\s*,\s*([-+]?(?:inf|[\d.]+))\s*([\])])$")
FAMILIES = ["readability", "style"]

texts = st.one_of(
    st.none(),
    st.just(float("nan")),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.lists(st.sampled_from(["the", "vote", "May", "<p>", "</b>", "!", "?", "“", "”", "http://x.io/a",
                              "WORST", "we", "you", "3.5%", ".", "\n\n", "é", "数"]),
             max_size=200).map(" ".join),
)


def _check_ranges(out: pd.DataFrame) -> None:
    book = describe_features(FAMILIES).set_index("name")
    for name in out.columns:
        rng = book.loc[name, "range"]
        col = out[name]
        if book.loc[name, "dtype"] == "bool":
            assert set(col.dropna().astype(bool).unique()) <= {True, False}
            continue
        m = _BOUNDS.match(rng)
        assert m, f"unparseable range {rng!r} for {name}"
        lo, hi = float(m.group(2)), float(m.group(3))
        vals = col.dropna().astype("float64")
        assert np.isfinite(vals).all(), name
        assert (vals >= lo - 1e-9).all() if m.group(1) == "[" else (vals > lo).all(), name
        assert (vals <= hi + 1e-9).all() if m.group(4) == "]" else (vals < hi).all(), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=0, max_size=8), st.lists(st.one_of(st.none(), st.text(max_size=40)),
                                                          min_size=8, max_size=8))
def test_any_input_one_row_in_range(xs: list, titles: list) -> None:
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(xs))],
                       "text": pd.Series(xs, dtype=object), "title": pd.Series(titles[: len(xs)], dtype=object)})
    out = extract_features(df, families=FAMILIES)
    assert len(out) == len(xs)
    assert not any(pd.api.types.is_object_dtype(dt) for dt in out.dtypes)
    _check_ranges(out)
    # deterministic and independent of chunking
    pd.testing.assert_frame_equal(out, extract_features(df, families=FAMILIES, chunksize=1))


def test_independent_of_n_jobs_on_mixed_inputs() -> None:
    xs = [None, "", "<html><body>Hi</body></html>", "no punctuation at all " * 40,
          "Ceci n'est pas une pipe. " * 20, "A real sentence here. " * 30, "数" * 1000] * 3
    df = pd.DataFrame({"text": pd.Series(xs, dtype=object)})
    pd.testing.assert_frame_equal(extract_features(df, families=FAMILIES),
                                  extract_features(df, families=FAMILIES, n_jobs=2, chunksize=2))


@pytest.mark.parametrize("kind", ["prose", "nopunct", "html", "one_token"])
def test_five_megabyte_document(kind: str) -> None:
    unit = {"prose": "The council met again on Tuesday and the vote may pass. ",
            "nopunct": "the council met again and the vote may pass ",
            "html": "<div><p>The vote <b>may</b> pass.</p></div> ",
            "one_token": "x"}[kind]
    text = unit * (5_000_000 // len(unit))
    out = extract_features([text], families=FAMILIES)
    assert len(out) == 1
    _check_ranges(out)
    if kind == "prose":
        assert bool(out["readability_ok"].iloc[0]) and out["word_count"].iloc[0] > 500_000
    if kind == "nopunct":
        assert math.isnan(out["flesch_reading_ease"].iloc[0])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=5))
def test_whole_default_set_never_raises(xs: list) -> None:
    # every registered default family (whoever wrote it): one row per input, no object columns
    out = extract_features(pd.Series(xs, dtype=object))
    assert len(out) == len(xs)
    assert not any(pd.api.types.is_object_dtype(dt) for dt in out.dtypes)
