"""The fast helpers of :mod:`framing.attribution` match their reference forms exactly.

Each fast path (one regex instead of a regex plus a Python check per match, a
search from the end instead of a forward scan) is compared with the plain
definition on random strings built from the characters that matter
(abbreviations, periods, line breaks, apostrophes, clause words).
"""

from __future__ import annotations

import random

import framing.attribution as A


def _abbrev_at_ref(text: str, p: int) -> bool:
    m = A._ABBREV_DOT_RE.search(text, max(0, p - 5), p + 3)
    while m is not None and m.end() < p + 1:
        m = A._ABBREV_DOT_RE.search(text, m.end(), p + 3)
    return m is not None and m.end() == p + 1


def _sentence_bounds_ref(text: str) -> list[int]:
    return [m.end() for m in A._SENT_BOUND_RE.finditer(text)
            if not (text[m.start()] == "." and _abbrev_at_ref(text, m.start()))]


def _sent_break_ref(text: str, a: int, b: int) -> bool:
    return any(not (text[m.start()] == "." and _abbrev_at_ref(text, m.start()))
               for m in A._SENT_BOUND_RE.finditer(text, a, b))


def _mask_ref(seg: str) -> str:
    if "." in seg:
        seg = A._ABBREV_DOT_RE.sub(lambda m: m.group()[:-1] + "\u2024", seg)
    if "’s" in seg or "'s" in seg:
        seg = A._POSSESSIVE_RE.sub("\u02bc", seg)
    return seg


_SENT_TOKENS = ["Mr.", "Sen.", "Sens.", "Prof.", "vs.", "v.", "J.", ".", " ", "\n", "\t", "A", "b", "x",
                "1", "é", "_", "”", "’", "!", "?", "…", ")", "(", "\"", "'s", "’s"]


def _random_strings(tokens: list[str], n: int, max_tokens: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randrange(max_tokens))) for _ in range(n)]


def test_sentence_bounds_match_the_reference() -> None:
    for text in _random_strings(_SENT_TOKENS, 3000, 25, 1):
        assert A._sentence_bounds(text) == _sentence_bounds_ref(text), repr(text)
    text = "Sen.\nAnn Lee spoke. Mr. Ho left.\nThen Lt.  Gen. Ray said: “U.S. troops…” "
    assert A._sentence_bounds(text) == _sentence_bounds_ref(text)


def test_sent_break_matches_the_reference_on_every_window() -> None:
    for text in _random_strings(_SENT_TOKENS, 400, 12, 2):
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                assert A._sent_break(text, a, b) == _sent_break_ref(text, a, b), (repr(text), a, b)


def test_mask_inner_marks_matches_the_reference() -> None:
    for seg in _random_strings(_SENT_TOKENS, 3000, 20, 3):
        assert A._mask_inner_marks(seg) == _mask_ref(seg), repr(seg)


def test_last_clause_cut_matches_the_forward_scan() -> None:
    tokens = [" ", " - ", "-", ", ", "and", " and ", "that", "x", "Bob", "’", "'", "é", "an", "or", "so",
              "“", "—", "  ", "\u00a0", "whose", "_", "1", "s", "nd"]
    for seg in _random_strings(tokens, 5000, 80, 4):
        assert A._after_last_clause_cut(seg) == A._after_last_clause_cut_scan(seg), repr(seg)
