"""Readability family: offline, textstat-compatible, NaN with a reason where undefined."""

from __future__ import annotations

import math
import random

import pytest

from framing.readability import (
    MIN_WORDS,
    enable_textstat_offline,
    english_share,
    readability,
    syllable_count,
)

# Synthetic prose (project-written, not from any corpus).
PROSE = (
    "The city council met on Tuesday evening to discuss the new budget. "
    "Several members argued that the proposed spending on roads was excessive. "
    "Others said the repairs were overdue and could not wait another year. "
    "After a long debate, the council approved the plan by a narrow margin. "
    "The mayor welcomed the decision and promised a detailed report next month. "
    "Residents who attended the meeting asked questions about local taxes. "
)
VOCAB = ("the of and to council budget road meeting decision residents "
         "unprecedented responsibility administration government economy "
         "said was could not will after before about question answer").split()


def _random_prose(seed: int, n_sent: int = 12) -> str:
    rng = random.Random(seed)
    sents = []
    for _ in range(n_sent):
        words = [rng.choice(VOCAB) for _ in range(rng.randint(5, 25))]
        sents.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!"]))
    return " ".join(sents)


def test_known_values_by_hand() -> None:
    # "The cat sat on the mat." x10: 60 words, 10 sentences, 60 syllables, 170 letters
    r = readability("The cat sat on the mat. " * 10)
    assert r["reason"] == "ok" and r["readability_ok"] is True
    assert (r["word_count"], r["sentence_count"]) == (60, 10)
    assert r["syllables_per_word"] == pytest.approx(1.0)
    assert r["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 6 - 84.6)
    assert r["flesch_kincaid_grade"] == pytest.approx(0.39 * 6 + 11.8 - 15.59)
    assert r["smog_index"] == pytest.approx(3.1291)  # no polysyllables
    assert r["coleman_liau"] == pytest.approx(0.058 * 100 * 170 / 60 - 0.296 * 100 * 10 / 60 - 15.8)
    assert r["difficult_word_share"] == pytest.approx(0.0)  # all on the easy list
    assert r["dale_chall"] == pytest.approx(0.0496 * 6)


def test_syllables_from_cmudict_and_pyphen() -> None:
    assert syllable_count("readability") == 5
    assert syllable_count("government") == 3
    # not in the CMU dictionary: Pyphen hyphenation points + 1, always >= 1
    assert syllable_count("zzqxv") >= 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (None, "no_text"),
        (float("nan"), "no_text"),
        ("", "no_text"),
        ("   \n\t ", "no_text"),
        ("<p></p>", "no_text"),
        ("Short text here.", "too_short"),
        ("https://example.com/a/very/long/url?with=query&and=more " * 20, "no_text"),
        ("the council met and the mayor said that it was good " * 20, "no_sentences"),
        ("Le conseil municipal a voté le budget mardi soir. " * 10, "not_english"),
        ("Der Stadtrat hat am Dienstag den Haushalt beschlossen. " * 10, "not_english"),
        ("市议会周二晚上通过了预算。" * 20 + " 好。 " * 40, "not_english"),
    ],
)
def test_nan_with_reason(text: object, reason: str) -> None:
    r = readability(text)
    assert r["reason"] == reason
    assert r["readability_ok"] is False
    for k in ("flesch_reading_ease", "flesch_kincaid_grade", "smog_index", "gunning_fog",
              "dale_chall", "coleman_liau", "syllables_per_word", "difficult_word_share"):
        assert math.isnan(r[k]), k


def test_not_english_is_flagged_and_english_is_not() -> None:
    assert readability(PROSE)["lang_ok"] is True
    assert readability("Le conseil municipal a voté le budget mardi soir. " * 10)["lang_ok"] is False
    assert english_share(PROSE.split()) > 0.2
    # too short to judge: NA, not a guess
    assert math.isnan(readability("Budget approved.")["lang_ok"])


def test_html_and_urls_are_removed_first() -> None:
    plain = readability(PROSE)
    marked = readability("<div><p>" + PROSE.replace(". ", ". <br/>") + "</p></div> "
                         "https://example.com/some/path?x=1")
    assert marked["word_count"] == plain["word_count"]
    assert marked["flesch_reading_ease"] == pytest.approx(plain["flesch_reading_ease"])


def test_min_words_boundary() -> None:
    words = ("The cat sat on the mat. " * MIN_WORDS).split()
    short = " ".join(words[: MIN_WORDS - 1]) + "."
    assert readability(short)["word_count"] == MIN_WORDS - 1
    assert readability(short)["reason"] == "too_short"
    long = " ".join(words[:MIN_WORDS]) + "."
    assert readability(long)["reason"] == "ok"


@pytest.fixture(scope="module")
def textstat_offline(tmp_path_factory: pytest.TempPathFactory):
    enable_textstat_offline(tmp_path_factory.mktemp("nltk_data"))
    import textstat

    return textstat


def test_enable_textstat_offline_makes_textstat_work(textstat_offline) -> None:
    # without network, textstat would call nltk.download and fail; with the
    # packaged dictionary in place it scores text
    assert textstat_offline.syllable_count("readability") == 5


@pytest.mark.parametrize("seed", range(12))
def test_matches_textstat_within_tolerance(textstat_offline, seed: int) -> None:
    ts = textstat_offline
    text = PROSE + " " + _random_prose(seed)
    r = readability(text)
    assert r["reason"] == "ok"
    assert r["word_count"] == ts.lexicon_count(text)
    assert r["sentence_count"] == ts.sentence_count(text)
    pairs = {
        "flesch_reading_ease": ts.flesch_reading_ease(text),
        "flesch_kincaid_grade": ts.flesch_kincaid_grade(text),
        "smog_index": ts.smog_index(text),
        "gunning_fog": ts.gunning_fog(text),
        "dale_chall": ts.dale_chall_readability_score(text),
        "coleman_liau": ts.coleman_liau_index(text),
    }
    for name, expected in pairs.items():
        # textstat rounds to 2 decimals by default; our values are unrounded
        assert r[name] == pytest.approx(expected, abs=0.02), name


def test_deterministic() -> None:
    assert readability(PROSE) == readability(PROSE)


def test_no_catastrophic_time_on_pathological_input() -> None:
    import time

    for text in ("!" * 500_000, "a" * 500_000, "- " * 250_000, "@" * 200_000 + "x"):
        t = time.perf_counter()
        readability(text)
        assert time.perf_counter() - t < 5
