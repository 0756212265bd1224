"""Tests of the boilerplate pattern layer, the BoilerplateDetector and the boilerplate features.

All texts are fictional (outlets, people and places invented for these tests).
"""

from __future__ import annotations

import json
import logging
import math
import time
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing import Corpus, extract_features
from framing._boilerplate_rules import LENGTH_CLASSES, RULES, UnitScreen, looks_reported, match_rule
from framing.boilerplate import (
    CATEGORIES,
    BoilerplateDetector,
    _analyse,
    _kept_segments,
    _unit_table,
    body_segments,
    body_text,
    body_to_raw,
    classify_line,
    describe_rules,
    find_boilerplate,
    normalize_line,
)

# ------------------------------------------------------------------ pattern layer


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_example_is_matched_in_its_category(rule):
    assert classify_line(rule.example) == rule.category


BODY_LINES = [
    "By Monday, officials said the bridge would reopen.",
    "By the end of the year, prices had doubled.",
    "Support for the bill grew among rural voters.",
    "He said he would donate $1 million to the relief fund.",
    "Residents were urged to follow the advice of the fire service.",
    "Comments from the minister drew criticism.",
    "Related costs rose by 4 percent.",
    "More than 200 people attended.",
    "Read the full report, the agency said.",
    "The photo first appeared on social media on Tuesday.",
    "Copyright law is changing in the region.",
    "Apple now allows ad blockers on phones.",
    "What do you think of the plan, she asked the crowd.",
    "Updated figures show unemployment fell to 4 percent.",
    "Thoughts and prayers are not enough, the senator wrote.",
    "The newsletter was sent to 10,000 subscribers last year.",
    "Join the fight against hunger, the charity urged.",
    "Police closed the area around the bridge.",
    "“We will rebuild every home in this valley,” the governor said.",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_are_not_flagged(line):
    assert classify_line(line) is None


# ------------------------------------------------- the screen of an article's units


def _unscreened(text, title=None):
    """``_analyse`` with every unit normalised and matched: no UnitScreen (as for a text with 'İ')."""
    with mock.patch.object(UnitScreen, "of", staticmethod(lambda text: None)):
        return _analyse(text, title)


def _variants(line):
    """A line as outlets write it: case, bullets and doubled spaces, long digit runs, curly quotes."""
    return [line, line.upper(), line.lower(), "• " + line.replace(" ", "  ") + " ",
            line.replace("1", "1234").replace("2", "2\u00a02"), line.replace("'", "\u2019").replace('"', "\u201c"),
            "\u2014\t" + line.title()]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_screen_never_skips_a_rule_example_in_an_article(rule):
    # each rule's example (and variants) inside an article is found as when the line stands alone:
    # the screen that spares most lines their normalisation never drops a line a rule matches
    for line in _variants(rule.example):
        alone = match_rule(normalize_line(line.strip()), line.strip())
        text = "\n".join(BODY_LINES[:3] + [line] + BODY_LINES[3:6])
        units, cats, rules, cuts = _analyse(text, None)
        assert rules[3] == (alone.name if alone else None), line
        assert (units, cats, rules, cuts) == _unscreened(text)
        sentences = " ".join(BODY_LINES[:3] + [line] + BODY_LINES[3:6])  # no line break: sentence units
        assert _analyse(sentences, None) == _unscreened(sentences)
    assert match_rule(normalize_line(rule.example), rule.example) is not None
    assert any(sp.cue is not None for sp in find_boilerplate("\n".join([*BODY_LINES[:2], rule.example])))


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_screen_finds_every_trigger_of_a_rule_at_every_key_length_it_allows(rule):
    # match_rule tries a rule only on a key it allows whose first word or a trigger selects the rule:
    # the screen must let every such unit through (a rule added later is covered as well)
    assert not UnitScreen.of("zq zq").may_match(0, 5)
    units = [u for t in rule.triggers for u in (f"zq {t} zq", f"zq-{t}\u2019s.")]  # ('zq' selects no rule)
    units += [u for w in rule.first for u in (f"• {w.replace('0', '2031')} zq", f"\u201c{w}-zq")]
    # (upper case; with a Kelvin sign for K, which lower-cases to k: a text with one is not screened)
    for unit in units + [u.upper() for u in units] + [u.upper().replace("K", "\u212a") for u in units]:
        for n in [c for c in LENGTH_CLASSES if c <= rule.max_len]:  # the unit padded to each length class
            text = unit + " zq" * max(0, (n - len(unit)) // 3)
            screen = UnitScreen.of(text)
            assert screen is None or screen.may_match(0, len(text)), (unit, n)


def test_screen_skips_texts_whose_lower_case_has_other_ascii_letters():
    # the screen lower-cases ASCII letters only: any other character lower-casing to ASCII leaves a
    # text unscreened (this Python's Unicode tables: the Kelvin sign and 'İ')
    from framing._boilerplate_rules import _ASCII_LOWERING

    lowering = {chr(c) for c in range(128, 0x110000) if any(x < "\x80" for x in chr(c).lower())}
    assert lowering == set(_ASCII_LOWERING)
    assert all(UnitScreen.of(f"Share {c}") is None for c in lowering)


_SCREEN_WORDS = sorted({t for r in RULES for t in r.triggers | r.first})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(
    st.sampled_from(_SCREEN_WORDS).map(lambda w: st.sampled_from([w, w.upper(), w.title(), w + "s"])).flatmap(
        lambda s: s),
    st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\n", "\n\n", ". ", ", ", ": ", " | ",
                     "—", "•", "_", "(", ")", "[", "]", "<", "©", "(c)", "(C)", "’", "“", "”", "\"", "'",
                     "0", "7", "2031", "10:45", "1,234,567", "x1", "İ", "\u212a", "said", "the", "Lind"])),
    max_size=90).map("".join), st.one_of(st.none(), st.text("ab Xy", max_size=12)))
def test_property_screen_changes_nothing(text, title):
    assert _analyse(text, title) == _unscreened(text, title)
    screen = UnitScreen.of(text)
    if screen is not None:
        from framing.boilerplate import _units

        for _, _, s, e in _units(text):
            raw = text[s:e]
            if raw:
                assert screen.key_len_bound(s, e) <= len(normalize_line(raw))
                if match_rule(normalize_line(raw), raw) is not None:
                    assert screen.may_match(s, e)


@pytest.mark.parametrize("line,category", [
    # unseen, invented outlet names: the patterns must not depend on any name
    ("The views expressed in this article are solely those of the author and do not necessarily "
     "represent those of Quorvex Daily.", "disclaimer"),
    ("The views expressed in this opinion article are solely those of their author and are not "
     "necessarily either shared or endorsed by zanthor-herald.example", "disclaimer"),
    ("Help us grow. Support Brindlemoor Truth on Patreon!", "solicitation"),
    ("Support Velmora Weekly's fearless journalism", "solicitation"),
    ("Like Quorvex Daily on Facebook", "social_prompt"),
    ("Get your daily dose of Brindlemoor Truth by entering your email address below.", "social_prompt"),
    ("This article originally appeared on Velmora Weekly.", "republication"),
    ("Reposted with permission from Zanthor Herald", "republication"),
    ("Copyright © 2031 Velmora Media, LLC. Click here for reprint permission.", "copyright"),
    ("Please disable your ad blocker in order to interact with the site.", "ad_notice"),
    ("Scroll down to comment below!", "comment_widget"),
    ("View all comments", "comment_widget"),
    ("MORE FROM QUORVEX:", "related_links"),
    ("The Quorvex Wire contributed to this report.", "byline_dateline"),
    ("in ,", "scraper_artifact"),
])
def test_patterns_generalise_to_unseen_outlets(line, category):
    assert classify_line(line) == category


@pytest.mark.parametrize("line", ["in ,", "Posted on | by", "Filed under /", "Tags: ;", "By  :"])
def test_empty_template_lines_are_selected_by_their_punctuation(line):
    # the rule's triggers are its check's punctuation marks: every empty template line has one
    assert match_rule(normalize_line(line), line).name == "empty_template"
    assert classify_line(line.replace(",", "").replace("|", "").replace("/", "").replace(";", "").replace(":", "")) \
        is None


def test_normalisation_case_digits_quotes_whitespace():
    assert normalize_line("  Updated  AT 10:45 PM — “Live” it’s ") == "updated at 0:0 pm — \"live\" it's"
    assert normalize_line("a\u00a0\tb") == "a b"


@pytest.mark.parametrize("line", [
    "Plain ASCII line with no digits",
    "Backtick `quoted` in an ASCII line",  # ASCII: the backtick is kept
    "Backtick `quoted` next to \u2018curly\u2019 ones",  # non-ASCII: it is mapped too
    "\u201cLive\u201d at 10:45, \u00abdit-il\u00bb \u2014 2024",
    "Room 101 and 2,500 people",
    "tabs\tand\u00a0no-break  spaces\u2003em",
    "  padded \u3000 ideographic space ",
    "\u00c9COLE \u00c0 PARIS 3",
    "",
])
def test_vectorised_normalisation_equals_normalize_line(line):
    import pyarrow as pa

    from framing.boilerplate import _normalize_arrow

    lines = [line, line.upper(), "x " + line]
    got = _normalize_arrow(pa.array(lines, type=pa.large_string())).to_pylist()
    assert got == [normalize_line(x) for x in lines]


TABLOID = """Bridge Horror At Dawn
By Tessa Marl
Rescuers worked through the night after the old toll bridge gave way, the fire service said.

“We will not stop until everyone is found,” said chief officer Dana Pell.
ADVERTISEMENT
The views expressed in this article are solely those of the author and do not necessarily represent those of The Quorvex Blaze.
Help us grow. Support The Quorvex Blaze on Patreon!
MORE FROM THE BLAZE:
Ferry fares to SOAR in spring
Is YOUR bridge safe? The shocking truth
What do you think? Scroll down to comment below!
Notify of
in ,"""


def test_find_boilerplate_spans_are_whole_lines_with_offsets():
    spans = find_boilerplate(TABLOID, "Bridge horror at dawn")
    for s in spans:
        assert TABLOID[s.start:s.end] == s.text
        assert s.kind == "boilerplate" and s.subtype in CATEGORIES
        # whole line: starts at a line start, ends at a line end
        assert s.start == 0 or TABLOID[s.start - 1] == "\n"
        assert s.end == len(TABLOID) or TABLOID[s.end] == "\n"
    got = [(s.subtype, s.cue) for s in spans]
    assert got == [
        ("scraper_artifact", "title_repeat"), ("byline_dateline", "byline"), ("ad_notice", "ad_label"),
        ("disclaimer", "views_expressed"), ("solicitation", "patreon"), ("related_links", "related_header"),
        ("related_links", "related_list_item"), ("related_links", "related_list_item"),
        ("comment_widget", "comment_prompt"), ("comment_widget", "comment_widget_line"),
        ("scraper_artifact", "empty_template"),
    ]


def test_annotate_returns_boilerplate_spans():
    df = framing.annotate(TABLOID, kinds=["boilerplate"])
    assert set(df["kind"]) == {"boilerplate"}
    assert "disclaimer" in set(df["subtype"])
    assert all(TABLOID[a:b] == t for a, b, t in zip(df["start"], df["end"], df["text"], strict=True))


def test_body_text_keeps_the_story_and_maps_offsets():
    body = body_text(TABLOID, "Bridge horror at dawn")
    assert body == ("Rescuers worked through the night after the old toll bridge gave way, the fire service "
                    "said.\n\n“We will not stop until everyone is found,” said chief officer Dana Pell.\n")
    segs = body_segments(TABLOID, "Bridge horror at dawn")
    assert "".join(TABLOID[a:b] for a, b in segs) == body
    i = body.index("We will")
    assert TABLOID[body_to_raw(segs, i):].startswith("We will")
    with pytest.raises(ValueError):
        body_to_raw(segs, len(body) + 5)


def test_texts_without_line_breaks_use_sentences():
    text = ("Ferry fares will rise in spring, the board said. The chair called it unavoidable. "
            "The views expressed in this opinion article are solely those of their author. "
            "Get your daily dose of Velmora Weekly by entering your email address below. Email Subscribe")
    cats = [(s.subtype, s.text) for s in find_boilerplate(text)]
    assert cats == [
        ("disclaimer", "The views expressed in this opinion article are solely those of their author."),
        ("social_prompt", "Get your daily dose of Velmora Weekly by entering your email address below."),
        ("social_prompt", "Email Subscribe"),
    ]
    assert body_text(text) == "Ferry fares will rise in spring, the board said. The chair called it unavoidable. "


def test_dateline_prefix_is_removed_but_not_its_paragraph():
    text = "OSTBY, June 10 (XYZ) - The port reopened on Tuesday.\nShips queued overnight."
    spans = find_boilerplate(text)
    assert [(s.subtype, s.text) for s in spans] == [("byline_dateline", "OSTBY, June 10 (XYZ) -")]
    assert body_text(text) == "The port reopened on Tuesday.\nShips queued overnight."


def test_describe_rules_lists_every_category():
    rules = describe_rules()
    assert set(rules["category"]) == set(CATEGORIES)
    assert rules["rule"].is_unique


@pytest.mark.parametrize("bad", [None, "", "   ", 3.5, "\n\n\n", "<p>Advertisement</p>", "«»“”‘’"])
def test_bad_input_never_crashes(bad):
    assert find_boilerplate(bad) == [] or isinstance(find_boilerplate(bad), list)
    out = body_text(bad)
    assert out == bad or isinstance(out, str)


def test_linear_time_on_adversarial_input():
    evil = [
        ("views expressed " * 30 + "x") * 2000,
        "\n".join(["share " * 20 + "!"] * 5000),
        "\n".join(["by " + "A " * 50] * 5000),
        "\n".join(['"' + "word " * 60] * 3000),
        "a" * 1_000_000,
        ("Mr. A. " * 100_000),
    ]
    for text in evil:
        t0 = time.perf_counter()
        body_text(text)
        assert time.perf_counter() - t0 < 5, text[:40]


def test_looks_reported():
    assert looks_reported('"we will rebuild every single home here," the governor said.')
    assert not looks_reported('his latest book is "the long road".')


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab Xy.,!?:;|\n\t“”\"'’-0123456789©[]<>") + ["Advertisement",
       "Follow us on Twitter", "By Ana Roe", "Related:", "views expressed", " solely ", "WASHINGTON (AP) — "]),
       max_size=120).map("".join), st.one_of(st.none(), st.text(max_size=30)))
def test_property_never_crashes_and_offsets_hold(text, title):
    spans = find_boilerplate(text, title)
    for s in spans:
        assert text[s.start:s.end] == s.text
    body = body_text(text, title)
    segs = body_segments(text, title)
    assert "".join(text[a:b] for a, b in segs) == body if text else True
    assert len(body) <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(list("ab XY.,:|\n“”'0") + ["Advertisement", "Share | Tweet",
       "By Ana Roe", "Related stories:", "Ferry fares rise", "in ,", "HARBOURTON (AP) — The", "Copyright 2031 X"]),
       max_size=80).map("".join), min_size=1, max_size=8))
def test_property_vectorised_path_equals_single_article_path(texts):
    titles = [None] * len(texts)
    table = _unit_table(texts, titles)
    for d, text in enumerate(texts):
        if not text.strip():
            continue
        units, cats, _, cuts = _analyse(text, None)
        nonempty = [i for i, u in enumerate(units) if u[3] > u[2]]  # the table keeps non-empty units only
        m = table.doc == d
        got = [CATEGORIES[c] if c >= 0 else None for c in table.cat[m]]
        assert got == [cats[i] for i in nonempty]
        assert list(zip(table.start[m].tolist(), table.end[m].tolist(), strict=True)) == \
            [(units[i][2], units[i][3]) for i in nonempty]
        assert {i: int(table.cut_end[m][i]) for i in np.flatnonzero(table.cut_end[m] >= 0)} == \
            {nonempty.index(i): c[0] for i, c in cuts.items()}
        # and the body built from the table equals body_text
        det_units = list(zip(table.seg_start[m].tolist(), table.seg_end[m].tolist(), table.start[m].tolist(),
                             table.end[m].tolist(), strict=True))
        cut_rm = {i: int(table.cut_rm[m][i]) for i in np.flatnonzero(table.cut_rm[m] >= 0)}
        segs = _kept_segments(det_units, (table.cat[m] >= 0).tolist(), len(text), cut_rm)
        assert "".join(text[a:b] for a, b in segs) == body_text(text)


# ------------------------------------------------------------------ features
def test_boilerplate_features():
    feats = extract_features([TABLOID, "Plain story.\nNothing else here.", "", None], families="boilerplate")
    row = feats.iloc[0]
    assert bool(row["has_disclaimer"]) and bool(row["has_solicitation"]) and bool(row["has_comment_widget"])
    assert row["boilerplate_related_links_count"] == 3
    assert row["boilerplate_line_count"] == 10  # the headline repeat needs the title
    assert 0.3 < row["boilerplate_char_share"] < 1
    plain = feats.iloc[1]
    assert plain["boilerplate_line_count"] == 0 and plain["boilerplate_char_share"] == 0
    assert math.isnan(feats.iloc[2]["boilerplate_char_share"])
    assert set(feats.columns) == {f.name for f in framing.boilerplate.FEATURES}


# ------------------------------------------------------------------ corpus layer
def _blog(i: int, story: str) -> str:
    return (f"{story}\n\nThe Velmora Ledger thanks its {i} readers.\n"
            "Our weekly fish report is compiled by volunteers.\n"
            "The views expressed in this article are solely those of the author.")


STORIES = [
    "The harbour master closed the north quay after a storm damaged the pier on Sunday night.",
    "Council members voted to extend the tram line to the hospital by the end of next year.",
    "A local bakery won the regional bread prize for the third time in a row this autumn.",
    "Fishermen reported their best mackerel season in a decade, the cooperative announced.",
    "The town library will open on Sundays from March, following a petition by students.",
    "Night buses return to the coastal route after a two-year pause caused by driver shortages.",
    "A new footbridge over the canal will be built with money from the regional fund.",
    "The school choir travels to the capital to sing at the national youth festival.",
]
QUOTE = "“Every family will have a roof over its head before winter,” the prime minister said on Monday."


def _corpus(shuffle_seed: int | None = None) -> Corpus:
    rows = []
    for i, s in enumerate(STORIES):
        rows.append({"doc_id": f"led-{i}", "outlet": "Velmora Ledger", "text": _blog(i, s)})
    # two other outlets each repeat the same quoted sentence in most of their stories
    for o, tag in (("Quorvex Post", "qp"), ("Brindle Times", "bt")):
        for i, s in enumerate(STORIES[:6]):
            rows.append({"doc_id": f"{tag}-{i}", "outlet": o,
                         "text": f"{s.replace('the', 'a', 1)} ({tag} {i})\n{QUOTE}\nReporters visited {i} towns."})
    rows.append({"doc_id": "tiny-0", "outlet": "Tiny Gazette", "text": "Short item.\nSupport us on Patreon!"})
    rows.append({"doc_id": "tiny-1", "outlet": "Tiny Gazette", "text": "Another item.\nThe Tiny thanks you."})
    df = pd.DataFrame(rows)
    if shuffle_seed is not None:
        df = df.sample(frac=1, random_state=shuffle_seed).reset_index(drop=True)
    return Corpus(df)


def test_detector_learns_outlet_lines_and_removes_them():
    c = _corpus()
    before = c.frame.copy()
    det = BoilerplateDetector(min_count=3)
    assert det.fit(c) is det
    out = det.transform(c)
    pd.testing.assert_frame_equal(c.frame, before)  # input untouched
    assert {"text_body", "boilerplate", "body_segments"} <= set(out.columns)
    led = out.frame.set_index("doc_id")
    body = led.loc["led-0", "text_body"]
    assert body == STORIES[0] + "\n\n"
    assert "compiled by volunteers" in led.loc["led-0", "boilerplate"]
    learned = det.learned_["Velmora Ledger"]
    assert learned["our weekly fish report is compiled by volunteers."] == "recurring"
    # digits normalised: "thanks its 0 readers" recurs although every article has another number
    assert "the velmora ledger thanks its 0 readers." in learned
    # offsets map back
    for doc_id, b, segs, raw in zip(led.index, led["text_body"], led["body_segments"], led["text"], strict=True):
        assert "".join(raw[s:e] for s, e in segs) == b, doc_id


def test_quote_repeated_across_outlets_is_kept():
    c = _corpus()
    det = BoilerplateDetector(min_count=3).fit(c)
    out = det.transform(c).frame.set_index("doc_id")
    assert QUOTE in out.loc["qp-0", "text_body"] and QUOTE in out.loc["bt-3", "text_body"]
    kept = det.kept_reported_
    assert set(kept["outlet"]) == {"Quorvex Post", "Brindle Times"}
    # and the contrast: without the rule, the quote would be learned as boilerplate
    det2 = BoilerplateDetector(min_count=3, keep_reported=False).fit(c)
    assert normalize_line(QUOTE) in det2.learned_["Quorvex Post"]


def test_small_outlets_get_pattern_layer_only_and_report_says_so():
    c = _corpus()
    det = BoilerplateDetector(min_count=3).fit(c)
    tiny = det.outlets_.set_index("outlet").loc["Tiny Gazette"]
    assert not tiny["corpus_layer"] and "pattern layer only" in tiny["note"]
    assert "Tiny Gazette" not in det.learned_
    rep = det.report()
    row = rep[rep["outlet"] == "Tiny Gazette"]
    assert row["category"].tolist() == ["solicitation"]
    assert row["evidence"].str.contains("pattern layer only").all()
    out = det.transform(c).frame.set_index("doc_id")
    assert out.loc["tiny-0", "text_body"] == "Short item.\n"
    assert out.loc["tiny-1", "text_body"] == "Another item.\nThe Tiny thanks you."


def test_report_columns_and_examples():
    det = BoilerplateDetector(min_count=3).fit(_corpus())
    rep = det.report()
    assert list(rep.columns) == ["outlet", "category", "line", "n_articles", "share", "n_stories", "evidence",
                                 "example_doc_ids"]
    row = rep[(rep["outlet"] == "Velmora Ledger") & (rep["category"] == "disclaimer")].iloc[0]
    assert row["n_articles"] == 8 and row["share"] == 1.0 and row["evidence"] == "pattern+recurring"
    assert row["example_doc_ids"] == ["led-0", "led-1", "led-2"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffle_invariance(seed):
    a = BoilerplateDetector(min_count=3)
    b = BoilerplateDetector(min_count=3)
    ca, cb = _corpus(), _corpus(shuffle_seed=seed)
    oa = a.fit_transform(ca).frame.set_index("doc_id").sort_index()
    ob = b.fit_transform(cb).frame.set_index("doc_id").sort_index()
    assert a.learned_ == b.learned_
    pd.testing.assert_frame_equal(a.report(), b.report())
    pd.testing.assert_series_equal(oa["text_body"], ob["text_body"])
    pd.testing.assert_frame_equal(a.outlets_, b.outlets_)


@pytest.mark.parametrize("n_jobs", [2, -1])
def test_threads_do_not_change_results(monkeypatch, n_jobs):
    import framing.boilerplate as bp

    monkeypatch.setattr(bp, "_PARALLEL_MIN_LINES", 1)  # slice even this small corpus
    corpus = _corpus(shuffle_seed=4)
    one = BoilerplateDetector(min_count=3, n_jobs=1)
    many = BoilerplateDetector(min_count=3, n_jobs=n_jobs)
    o1, o2 = one.fit_transform(corpus).frame, many.fit_transform(corpus).frame
    pd.testing.assert_frame_equal(o1, o2)
    pd.testing.assert_frame_equal(one.report(), many.report())
    titles = corpus.frame["title"].tolist() if "title" in corpus.columns else [None] * len(corpus)
    t1, t2 = _unit_table(corpus.frame["text"], titles, 1), _unit_table(corpus.frame["text"], titles, 3)
    assert t1.keys.to_pylist() == t2.keys.to_pylist()
    for name in ("doc", "start", "end", "key_id", "cat", "rule"):
        assert np.array_equal(getattr(t1, name), getattr(t2, name)), name
    assert framing.find_near_duplicates(corpus, n_jobs=1).equals(framing.find_near_duplicates(corpus, n_jobs=2))


def test_near_duplicates_within_an_outlet_do_not_make_boilerplate():
    shared = ("The regional court ruled on Thursday that the toll on the old coast road was unlawful and "
              "must be refunded to every driver who paid it since the spring.")
    second = "Drivers can claim their money back at any post office from next month, the court said."
    # four versions of one story (each updated with a different extra paragraph): near-duplicates
    rows = [{"doc_id": f"s-{i}", "outlet": "Syndic", "text": f"{shared}\n{second}\nUpdate: {STORIES[i]}"}
            for i in range(4)]
    rows += [{"doc_id": f"o-{i}", "outlet": "Syndic", "text": f"{s}\nAnother paragraph about item {chr(65 + i)}."}
             for i, s in enumerate(STORIES)]
    c = Corpus(pd.DataFrame(rows))
    det = BoilerplateDetector(min_count=3).fit(c)
    assert normalize_line(shared) not in det.learned_.get("Syndic", {})
    assert set(det.duplicates_["doc_id"]) == {"s-0", "s-1", "s-2", "s-3"}
    out = det.transform(c).frame.set_index("doc_id")
    assert shared in out.loc["s-2", "text_body"]
    # contrast: if the copies were not grouped, the shared paragraph would count 4 times
    det_nodup = BoilerplateDetector(min_count=3, near_duplicate_threshold=1.0).fit(c)
    assert normalize_line(shared) in det_nodup.learned_["Syndic"]


def test_empty_body_after_removal_is_counted_and_features_are_nan(caplog):
    rows = [{"doc_id": f"e-{i}", "outlet": "Hollow", "text": f"{STORIES[i]}\n"
             "Hollow News is read by many.\nFollow us on Twitter"} for i in range(5)]
    rows.append({"doc_id": "e-empty", "outlet": "Hollow", "text": "Advertisement\nHollow News is read by many."})
    c = Corpus(pd.DataFrame(rows))
    with caplog.at_level(logging.WARNING, logger="framing.boilerplate"):
        out = BoilerplateDetector(min_count=3).fit_transform(c)
    assert "1 article(s) have an empty body" in caplog.text
    assert out.report.flagged["body empty after boilerplate removal (body features NaN)"] == 1
    assert "body empty after boilerplate removal (body features NaN)" not in c.report.flagged
    body = out.frame.set_index("doc_id").loc["e-empty", "text_body"]
    assert body.strip() == ""
    fams = [f for f in ("readability", "style") if f in framing.registry.families()]
    if not fams:
        pytest.skip("no body feature family registered")
    feats = extract_features(out, families=fams)
    assert feats.loc["e-empty"].isna().any()
    assert not feats.loc["e-0"].isna().all()


def test_sklearn_conventions():
    det = BoilerplateDetector(min_share=0.2, min_count=4)
    assert det.get_params()["min_share"] == 0.2
    assert not any(k.endswith("_") for k in vars(det))
    with pytest.raises(RuntimeError):
        det.transform(_corpus())
    with pytest.raises(ValueError):
        BoilerplateDetector(min_share=2).fit(_corpus())
    det.set_params(min_count=3)
    assert det.min_count == 3
    fitted = det.fit(_corpus())
    assert all(hasattr(fitted, a) for a in ("learned_", "outlets_", "duplicates_", "kept_reported_"))
    assert "BoilerplateDetector(" in repr(det)


def test_transform_new_corpus_with_unseen_outlet():
    det = BoilerplateDetector(min_count=3).fit(_corpus())
    new = Corpus(pd.DataFrame({"doc_id": ["n1", "n2"], "outlet": ["Velmora Ledger", "Unseen"],
                               "text": ["Fresh story.\nOur weekly fish report is compiled by volunteers.",
                                        "Other story.\nOur weekly fish report is compiled by volunteers."]}))
    out = det.transform(new).frame.set_index("doc_id")
    assert out.loc["n1", "text_body"] == "Fresh story.\n"
    assert out.loc["n2", "text_body"] == "Other story.\nOur weekly fish report is compiled by volunteers."


def test_detector_spans_and_lazy_export():
    c = _corpus()
    det = framing.BoilerplateDetector(min_count=3).fit(c)
    sp = det.spans(c)
    raw = c.frame.set_index("doc_id")["text"]
    assert all(raw[d][a:b] == t for d, a, b, t in zip(sp["doc_id"], sp["start"], sp["end"], sp["text"], strict=True))
    assert {"recurring", "disclaimer", "solicitation"} <= set(sp["category"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["A", "B", "C"]),
                          st.lists(st.sampled_from(list("ab .\n“”0") + ["Advertisement", "Same line here.",
                                   "Support us on Patreon!", "Another story line."]), max_size=40).map("".join)),
                min_size=0, max_size=12))
def test_property_detector_never_crashes(rows):
    df = pd.DataFrame({"doc_id": [str(i) for i in range(len(rows))], "outlet": [r[0] for r in rows],
                       "text": [r[1] for r in rows]})
    c = Corpus(df)
    det = BoilerplateDetector(min_count=2)
    out = det.fit_transform(c)
    assert len(out) == len(c)
    for raw, body, segs in zip(out["text"], out["text_body"], out["body_segments"], strict=True):
        assert "".join(raw[a:b] for a, b in segs) == body
    det.report()


# ------------------------------------------------------------------ sample corpus
def test_sample_gold_precision_and_recall():
    from framing.datasets import load_sample
    from framing.datasets._sample import sample_path

    corpus = load_sample()
    df = corpus.frame
    if "annotated" not in df.columns or not df["annotated"].any():
        pytest.skip("sample corpus not annotated yet")
    gold = [json.loads(x) for x in sample_path("gold").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold_bp = {(g["doc_id"], g["start"], g["end"]) for g in gold if g["kind"] == "boilerplate"}
    annotated = set(df.loc[df["annotated"], "doc_id"])
    pred = {(r.doc_id, s.start, s.end) for r in df.itertuples() if r.doc_id in annotated
            for s in find_boilerplate(r.text, r.title)}
    assert pred - gold_bp == set(), "a body paragraph of the gold was flagged"
    assert len(pred & gold_bp) / len(gold_bp) >= 0.9
    # the corpus layer adds no false positive on the gold either
    det = BoilerplateDetector().fit(corpus)
    sp = det.spans(corpus)
    cpred = {(d, a, b) for d, a, b in zip(sp["doc_id"], sp["start"], sp["end"], strict=True) if d in annotated}
    assert cpred - gold_bp == set()


def test_leakage_classifier_reads_boilerplate_on_raw_text_not_on_body():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from framing.datasets import load_sample

    corpus = load_sample()
    df = corpus.frame
    if "outlet_type" not in df.columns or df["outlet_type"].nunique() < 3 or len(df) < 30:
        pytest.skip("sample corpus not complete yet")
    det = BoilerplateDetector()
    out = det.fit_transform(corpus).frame
    # tokens that occur only in removed boilerplate, never in any body
    vec_b = TfidfVectorizer(min_df=2).fit(out["boilerplate"])
    vec_body = TfidfVectorizer(min_df=1).fit(out["text_body"])
    bp_only = set(vec_b.get_feature_names_out()) - set(vec_body.get_feature_names_out())
    assert bp_only

    def top_tokens(texts: pd.Series) -> set[str]:
        vec = TfidfVectorizer(min_df=2, sublinear_tf=True)
        X = vec.fit_transform(texts)
        clf = LogisticRegression(max_iter=2000, C=10).fit(X, df["outlet_type"])
        names = vec.get_feature_names_out()
        top: set[str] = set()
        for row in clf.coef_:
            top |= set(names[np.argsort(row)[-10:]])
        return top

    raw_top = top_tokens(df["text"])
    body_top = top_tokens(out["text_body"])
    assert raw_top & bp_only, "on raw text the classifier should lean on boilerplate tokens"
    assert not (body_top & bp_only), f"boilerplate tokens leaked into the body model: {body_top & bp_only}"


# ------------------------------------------------------------------ real data (skipped when absent)
@pytest.mark.realdata
def test_realdata_buzzfeed_disclaimers_found_without_outlet_rules(shared_data):
    import csv
    import xml.etree.ElementTree as ET

    from conftest import require

    folder = require(shared_data / "buzzfeed-webis-2016")
    with open(folder / "overview.csv", encoding="utf-8") as fh:
        portal = {r["XML"]: r["portal"] for r in csv.DictReader(fh)}
    rows = []
    for path in sorted((folder / "articles").glob("*.xml")):
        root = ET.parse(path).getroot()
        main = root.findtext("mainText") or ""
        paras = sorted((int(p.findtext("start")), int(p.findtext("end"))) for p in root.findall("paragraph"))
        rows.append({"doc_id": path.stem, "outlet": portal[path.name],
                     "text": "\n".join(main[s:e] for s, e in paras) if paras else main})
    corpus = Corpus(pd.DataFrame(rows))
    det = BoilerplateDetector()
    out = det.fit_transform(corpus).frame
    sp = det.spans(corpus)
    df = corpus.frame
    eagle = set(df.loc[df["outlet"] == "eagle-rising", "doc_id"])
    with_disclaimer = sp.loc[(sp["category"] == "disclaimer") & sp["doc_id"].isin(eagle), "doc_id"].nunique()
    assert with_disclaimer / len(eagle) > 0.35
    rep = det.report()
    eagle_rec = rep[(rep["outlet"] == "eagle-rising") & rep["evidence"].str.contains("recurring")]
    assert {"disclaimer", "ad_notice", "social_prompt"} <= set(eagle_rec["category"])
    # mainstream outlet: little of the text is flagged
    pol = out[out["outlet"] == "politico"]
    raw = pol["text"].str.replace(r"\s", "", regex=True).str.len().sum()
    body = pol["text_body"].str.replace(r"\s", "", regex=True).str.len().sum()
    assert 1 - body / raw < 0.03


def test_match_rules_batch_equals_match_rule_per_line():
    from framing._boilerplate_rules import RULES, match_rule, match_rules

    raws = [r.example for r in RULES] + [
        "The council met on Tuesday.", "Follow the money, the senator said.", "in ,", "",
        "By Jane Doe | Staff Writer", "© 2020 Example Media", "Read more: the budget fight",
    ]
    raws = raws + raws[::-1]  # repeated pairs go through the batch's cache
    keys = [normalize_line(r) for r in raws]
    batch = match_rules(keys, raws)
    single = [match_rule(k, r) for k, r in zip(keys, raws, strict=True)]
    assert [m.name if m else None for m in batch] == [m.name if m else None for m in single]
    assert all(m is not None for m in batch[:len(RULES)])  # every rule's own example matches a rule


TEASER = ("Sen. Ann Lind Ann Marie LindHarbour bill stalls Lind: 'We wait' Brill denies claims MORE (D-Ore.) said "
          "the vote would wait.\nThe harbour board met on Monday.")


def test_inline_link_teasers_are_related_links_boilerplate():
    spans = find_boilerplate(TEASER)
    assert [(s.subtype, s.cue) for s in spans] == [("related_links", "link_teaser")]
    assert spans[0].text.startswith(" Ann Marie LindHarbour") and spans[0].text.endswith("MORE")
    assert body_text(TEASER) == "Sen. Ann Lind (D-Ore.) said the vote would wait.\nThe harbour board met on Monday."
    segs = body_segments(TEASER)
    assert "".join(TEASER[s:e] for s, e in segs) == body_text(TEASER)


def test_detector_removes_inline_link_teasers_like_the_pattern_layer():
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Harbour Hill", "Harbour Hill"],
                       "text": [TEASER, "No teaser here.\nJust news."]})
    out = BoilerplateDetector(min_count=3).fit(Corpus(df)).transform(Corpus(df)).frame.set_index("doc_id")
    assert out.loc["a", "text_body"] == body_text(TEASER)
    assert "LindHarbour" in out.loc["a", "boilerplate"]
    assert out.loc["b", "text_body"] == "No teaser here.\nJust news."
    segs = out.loc["a", "body_segments"]
    assert "".join(TEASER[s:e] for s, e in segs) == out.loc["a", "text_body"]


def test_inline_ad_markers_are_ad_notice_spans_and_leave_the_body():
    from framing.boilerplate import body_text, find_boilerplate

    t = "Ann Lind spoke on Monday. Story Continued Below Lind said the plan was fine."
    spans = find_boilerplate(t)
    assert [(s.subtype, s.cue, s.text) for s in spans] == [("ad_notice", "inline_marker", "Story Continued Below")]
    assert "Continued" not in body_text(t)
    # a sentence that only reads like one stays
    assert find_boilerplate("The story continued below the fold on Monday.") == []


def test_bracketed_teasers_are_related_links_and_leave_the_body():
    from framing.boilerplate import body_text, find_boilerplate

    t = "He did it. [Read Related Article: Harbour Bill Stalls] Then more. ( PHOTOS: the flood) End."
    spans = find_boilerplate(t)
    assert [s.subtype for s in spans] == ["related_links"] * 2  # (the second may be a line rule's)
    assert spans[0].cue == "bracketed_teaser"
    assert "Harbour Bill" not in body_text(t) and "flood" not in body_text(t)
    # an author's aside is no teaser
    assert find_boilerplate("(Watch for Ann Lind to gain ground.) It rained.") == []


def test_inline_markers_match_the_regex_scan():
    from framing import cleaning as C

    for t in ["Story Continued Below", "x Story continues below y STORY CONTINUES BELOW", "ARTICLE CONTINUES BELOW" * 3,
              "belowbelow Continue Reading Below.", "the story continued below the fold", "Story Continued Belowground"]:
        assert C.inline_markers(t) == [m.span() for m in C._INLINE_MARKER_RE.finditer(t)], t


def test_bracketed_teasers_match_the_regex_scan():
    from framing import cleaning as C

    for t in ["(Read more) [Related: x] ( PHOTOS: y)", "((RELATED: nested) x)", "[Read [Related: a] b]", "no brackets",
              "(Watch for it.) (WATCH: it)", "(" * 50 + "Read" + ")" * 50]:
        assert C.bracketed_teasers(t) == [m.span() for m in C._BRACKETED_TEASER_RE.finditer(t)], t
