"""Tests of framing.find_near_duplicates (fictional texts only)."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing import Corpus
from framing.duplicates import find_near_duplicates

P = [
    "The river ferry will stop running in March, the transport board announced on Friday afternoon.",
    "Passengers will be offered a replacement bus service until a new boat is delivered next year.",
    "The board said the old vessel had failed two safety inspections and could not be repaired.",
    "A new library opens in the old town hall next week after two years of building work.",
    "The library will hold forty thousand books and a room for children's reading groups.",
    "Farmers in the valley expect a record apple harvest after a warm and wet summer season.",
    "The cooperative has hired extra pickers and rented two cold stores near the station.",
]
TRAILER = "This trailer line is the same in every article of the outlet and is long enough to count."


def _frame(rows):
    return Corpus(pd.DataFrame(rows, columns=["doc_id", "outlet", "text"]))


def test_copies_and_updates_are_grouped():
    c = _frame([
        ("a", "X", f"{P[0]}\n{P[1]}\n{P[2]}"),
        ("b", "X", f"{P[0]}\n{P[1]}\n{P[2]}\nUpdated with a new line at the end of this version."),  # update
        ("c", "Y", f"{P[0].upper()}\n{P[1]}\n{P[2]}"),  # syndicated copy, other outlet, other case
        ("d", "X", f"{P[3]}\n{P[4]}"),
        ("e", "X", f"{P[5]}\n{P[6]}"),
    ])
    out = find_near_duplicates(c)
    assert list(out.columns) == ["doc_id", "outlet", "group", "group_size", "similarity"]
    assert out["doc_id"].tolist() == ["a", "b", "c"]
    assert out["group"].tolist() == [0, 0, 0] and out["group_size"].tolist() == [3, 3, 3]
    assert out["similarity"].max() == 1.0
    # within outlets only: the copy in Y is no longer a near-duplicate
    by = find_near_duplicates(c, by="outlet")
    assert by["doc_id"].tolist() == ["a", "b"]


def test_shared_trailer_does_not_make_distinct_stories_duplicates():
    rows = [(f"s{i}", "X", f"{P[i]}\n{TRAILER}\n{TRAILER.replace('same', 'identical')}") for i in range(7)]
    assert find_near_duplicates(_frame(rows)).empty
    # but with the template filter off (every unit counts), the trailer dominates and they merge
    merged = find_near_duplicates(_frame(rows), max_df_share=1.0, max_df=10_000)
    assert len(merged) == 7


def test_threshold_controls_grouping():
    a = f"{P[0]}\n{P[1]}\n{P[2]}"
    b = f"{P[0]}\n{P[5]}\n{P[6]}"  # shares one paragraph of three
    c = _frame([("a", "X", a), ("b", "X", b)])
    assert find_near_duplicates(c).empty
    low = find_near_duplicates(c, threshold=0.1)
    assert set(low["doc_id"]) == {"a", "b"}
    assert 0.1 <= low["similarity"].iloc[0] < 0.5
    with pytest.raises(ValueError):
        find_near_duplicates(c, threshold=0)
    with pytest.raises(ValueError):
        find_near_duplicates(c, by="nope")


def test_texts_without_line_breaks_use_sentences():
    one = " ".join(P[:3])
    c = _frame([("a", "X", one), ("b", "X", one + " Updated."), ("c", "X", " ".join(P[3:5]))])
    assert find_near_duplicates(c)["doc_id"].tolist() == ["a", "b"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_shuffle_invariance(seed):
    rows = [("a", "X", f"{P[0]}\n{P[1]}"), ("b", "X", f"{P[0]}\n{P[1]}\nExtra."), ("c", "X", f"{P[3]}\n{P[4]}"),
            ("d", "X", f"{P[3]}\n{P[4]}"), ("e", "Y", f"{P[5]}\n{P[6]}"), ("f", "Y", P[2])]
    base = find_near_duplicates(_frame(rows))
    df = pd.DataFrame(rows, columns=["doc_id", "outlet", "text"]).sample(frac=1, random_state=seed)
    pd.testing.assert_frame_equal(find_near_duplicates(Corpus(df.reset_index(drop=True))), base)
    assert base["group"].tolist() == [0, 0, 1, 1]


def test_empty_and_degenerate_corpora():
    assert find_near_duplicates(_frame([])).empty
    assert find_near_duplicates(_frame([("a", "X", ""), ("b", "X", "")])).empty
    assert find_near_duplicates(_frame([("a", "X", "short"), ("b", "X", "short")])).empty
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "text": [P[0], P[0]]})
    assert framing.find_near_duplicates(df)["doc_id"].tolist() == ["a", "b"]


def test_many_copies_are_linear_enough():
    rows = [(f"d{i}", "X", f"{P[i % 7]}\nParagraph {i} unique text for this document, long enough to count.")
            for i in range(3000)]
    t0 = time.perf_counter()
    out = find_near_duplicates(_frame(rows))
    assert time.perf_counter() - t0 < 20
    assert out.empty or out["similarity"].min() >= 0.5


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["X", "Y"]),
                          st.lists(st.sampled_from([*P, "short.", "", "Advertisement"]), max_size=5)
                          .map("\n".join)), max_size=10),
       st.randoms(use_true_random=False))
def test_property_never_crashes_and_order_independent(rows, rnd):
    frame = [(str(i), o, t) for i, (o, t) in enumerate(rows)]
    base = find_near_duplicates(_frame(frame))
    shuffled = frame[:]
    rnd.shuffle(shuffled)
    pd.testing.assert_frame_equal(find_near_duplicates(_frame(shuffled)), base)
    assert (base["similarity"] >= 0.5).all()
