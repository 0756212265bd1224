"""Property-based checks: for any unicode input, spans are in bounds, ordered, deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.quotes import QUOTE_CHARS, find_quote_marks
from framing.spans import find_spans

# text biased towards the characters the finders care about
ALPHABET = st.sampled_from(list(QUOTE_CHARS + "\n .,:;!?—-abcABC said told according to") + ["said", " he ", " Ana Ruiz ", "\n\n"])
biased = st.lists(ALPHABET, max_size=200).map("".join)
anything = st.text(max_size=300)


def _check(text: str) -> None:
    spans = find_spans(text)
    assert spans == find_spans(text)  # deterministic
    keys = [(s.start, s.end, s.kind) for s in spans]
    assert keys == sorted(keys)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.kind in ("quote", "attribution", "boilerplate")


@settings(max_examples=300, deadline=None)
@given(anything)
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(biased)
def test_quote_heavy_text(text: str) -> None:
    _check(text)
    for r in find_quote_marks(text):
        assert 0 <= r.start < r.end <= len(text)
        # quote content never contains its own opening mark position
        assert r.open_mark < r.start


# text biased towards inline link teasers ("Ann Lind Ann Marie LindHarbour … MORE")
TEASER_TOKENS = st.sampled_from(["Ann ", "Lind ", "LindHarbour ", "Lind“Ab ", "MORE ", "MORE", "(D-Ore.) ", "said ",
                                 "“", "”", "\n", ", ", ". ", "Brill ", "x"])
teaser_text = st.lists(TEASER_TOKENS, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(teaser_text)
def test_link_teaser_text(text: str) -> None:
    from framing.cleaning import link_residue

    _check(text)
    zones = link_residue(text)
    assert zones == link_residue(text)
    prev_end = 0
    for s, e in zones:
        assert prev_end <= s < e <= len(text)  # ordered, disjoint, in bounds
        assert text[e - 4 : e] == "MORE"
        prev_end = e
