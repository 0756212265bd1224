"""Quote span finder: marks, apostrophes, nesting, paragraphs, unbalanced input."""

from __future__ import annotations

import pytest

from framing.quotes import find_quote_marks, find_quotes, looks_like_title


def texts(t: str) -> list[str]:
    return [t[r.start : r.end] for r in find_quote_marks(t)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we won" today.', ["we won"]),
        ("“We will rebuild the bridge,” said the mayor.", ["We will rebuild the bridge,"]),
        ("She called it ‘absurd’ twice.", ["absurd"]),
        ("Il a dit « non » hier.", ["non"]),
        ("Er sagte „Guten Morgen“ und ging.", ["Guten Morgen"]),
        ("Sie sagte »Nein« laut.", ["Nein"]),
        ("She said 'maybe' again.", ["maybe"]),
        ("“ spaced out ” text", ["spaced out"]),
    ],
)
def test_mark_styles(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    t = "It’s the union’s call, and it's the players’ union in the ’90s, rock’n’roll."
    assert texts(t) == []


def test_apostrophes_inside_single_quotes() -> None:
    t = "The memo said the plan was ‘the union’s best shot, and it’s late’ by design."
    assert texts(t) == ["the union’s best shot, and it’s late"]


def test_nested_quotes_give_both_spans() -> None:
    t = "“He told me ‘get out’ and left,” she said."
    regs = find_quote_marks(t)
    assert [(t[r.start : r.end], r.depth) for r in regs] == [
        ("He told me ‘get out’ and left,", 0),
        ("get out", 1),
    ]


def test_multi_paragraph_quote_is_one_span() -> None:
    t = "“The first part ends here.\n\n“The second part continues,” she said.\n\nAfter."
    regs = find_quote_marks(t)
    assert len(regs) == 1
    assert t[regs[0].start : regs[0].end].startswith("The first part")
    assert t[regs[0].start : regs[0].end].endswith("continues,")
    assert regs[0].closed


def test_double_marks_nested_in_double_marks_close_together() -> None:
    # the writer nests “ inside “ and one ” ends both: the outer quote ends there,
    # not at the paragraph end, and is not merged with the next paragraph's quote
    t = "“It was calm, people held signs that said “Go home,” Ana Ruiz told me.\n“Then it rained.” she said."
    regs = find_quote_marks(t)
    assert [(t[r.start : r.end], r.depth, r.closed) for r in regs] == [
        ("It was calm, people held signs that said “Go home,", 0, True),
        ("Go home,", 1, True),
        ("Then it rained.", 0, True),
    ]
    # a properly closed outer quote is unchanged
    t2 = "“They called it “fair” twice,” she said."
    assert [(t2[r.start : r.end], r.depth) for r in find_quote_marks(t2)] == [
        ("They called it “fair” twice,", 0), ("fair", 1)]


def test_straight_mark_opening_a_sentence_inside_a_straight_quote_starts_a_new_one() -> None:
    # straight marks do not nest: the writer left the first quote unclosed (or ran quoted
    # paragraphs together); the quotes after it are no longer swallowed by it
    t = '"My heart said we would win. "It\'s hard," he said. "I mourn it," she said.'
    assert [(t[r.start : r.end], r.depth) for r in find_quote_marks(t)] == [
        ("My heart said we would win.", 0), ("It's hard,", 0), ("I mourn it,", 0)]
    # a straight quote inside a straight quote mid-sentence still nests
    t2 = '"He told me "no" yesterday," she said.'
    assert [(t2[r.start : r.end], r.depth) for r in find_quote_marks(t2)] == [
        ('He told me "no" yesterday,', 0), ("no", 1)]


def test_unclosed_quote_ends_at_paragraph() -> None:
    t = "He said “this never closes\n\nA new paragraph with “a real one” here."
    regs = find_quote_marks(t)
    assert texts(t) == ["this never closes", "a real one"]
    assert not regs[0].closed and regs[1].closed


def test_stray_closing_marks_and_inches() -> None:
    assert texts('A 6\'2" man and a ” stray mark.') == []


def test_hard_wrapped_line_does_not_end_quote() -> None:
    t = "“This line is wrapped\nin the middle,” he said."
    assert texts(t) == ["This line is wrapped\nin the middle,"]


def test_offsets_exclude_marks() -> None:
    t = 'x "abc" y'
    (r,) = find_quote_marks(t)
    assert (r.start, r.end) == (3, 6)
    assert t[r.start - 1] == '"' and t[r.end] == '"'


@pytest.mark.parametrize("bad", [None, "", 3, '"', "“", "”", "'", '""', "\n\n", '"\n"'])
def test_degenerate_inputs(bad: object) -> None:
    assert find_quote_marks(bad) == []  # type: ignore[arg-type]


def test_title_detection() -> None:
    assert looks_like_title("The Art of the Deal")
    assert not looks_like_title("we will win")
    assert not looks_like_title("Yes.")
    spans = find_quotes("His book “The Long Road Home” sold well; critics called it “boring”.")
    assert [(s.text, s.subtype) for s in spans] == [("The Long Road Home", "title"), ("boring", "scare")]


def test_linear_time_adversarial() -> None:
    for t in ['"' * 100_000, "“‘" * 50_000, "'a " * 50_000, "\n\"" * 50_000, "x" * 5_000_000]:
        regs = find_quote_marks(t)  # returns (the benchmark reports the time)
        assert all(0 <= r.start <= r.end <= len(t) for r in regs)


def test_two_closing_single_marks_close_a_double_quote() -> None:
    # some wires close a double quote with two single marks: “We will win,’’ Lind said.
    t = "Ann Lind spoke. “We will win,’’ Lind said. “It is over.”"
    regions = find_quote_marks(t)
    assert [t[r.start:r.end] for r in regions] == ["We will win,", "It is over."]
    assert all(r.closed for r in regions)


def test_two_opening_single_marks_open_a_double_quote() -> None:
    # typewriter copy opens a double quote with two single marks: ''We will win," Lind said.
    t = "The board does not ''want to lose the vote,\" Ann Lind said. \"It is over.\""
    regions = find_quote_marks(t)
    assert [t[r.start:r.end] for r in regions] == ["want to lose the vote,", "It is over."]
    assert all(r.closed for r in regions)
    t = "He called it ‘‘a disgrace’’ and left. ''Fine'' she said."
    assert [t[r.start:r.end] for r in find_quote_marks(t)] == ["a disgrace", "Fine"]
    # ... not an apostrophe after a word, nor a pair of marks before a space
    t = "The players'' union met. It was '' odd."
    assert find_quote_marks(t) == []
