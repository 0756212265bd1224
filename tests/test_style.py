"""Style family: lexicon rates, typography, headline features, optional sentiment."""

from __future__ import annotations

import math

import pytest

from framing.registry import describe_features
from framing.style import lexicon, sentiment_features, style_features, title_features


def test_lexicons_load_and_skip_comments() -> None:
    for name in ("hedges", "intensifiers", "first_person", "second_person"):
        words = lexicon(name)
        assert len(words) >= 10
        assert not any(w.startswith("#") or w != w.lower() or " " in w for w in words)
    assert "reportedly" in lexicon("hedges") and "unprecedented" in lexicon("intensifiers")


def test_rates_per_100_words_counted_by_hand() -> None:
    # 20 words: hedges reportedly+might (2), intensifiers extremely+worst (2),
    # first person we+our (2), second person you (1), all caps NASA+FBI (2), numbers 2024+45 (2)
    text = ("We reportedly saw worst storm in our town since 2024! NASA and "
                "FBI might say you lost 45 extremely trees?")
    f = style_features(text)
    assert f["hedge_rate"] == pytest.approx(10.0)
    assert f["intensifier_rate"] == pytest.approx(10.0)
    assert f["first_person_rate"] == pytest.approx(10.0)
    assert f["second_person_rate"] == pytest.approx(5.0)
    assert f["allcaps_rate"] == pytest.approx(10.0)
    assert f["number_rate"] == pytest.approx(10.0)
    assert f["exclamation_rate"] == pytest.approx(5.0)
    assert f["question_rate"] == pytest.approx(5.0)


def test_month_may_is_not_a_hedge() -> None:
    assert style_features("It opened in May and may close soon.")["hedge_rate"] == pytest.approx(100 / 8)


def test_empty_text_gives_nan() -> None:
    assert all(math.isnan(v) for v in style_features("").values())
    assert all(math.isnan(v) for v in style_features("!!! ???").values())


def test_title_features() -> None:
    f = title_features("SHOCKING: Senator Says “No Deal” Today?!")
    assert f["title_word_count"] == 6
    assert f["title_caps_share"] == pytest.approx(1 / 6)
    assert f["title_capitalized_share"] == pytest.approx(1.0)
    assert f["title_has_question"] and f["title_has_exclamation"] and f["title_has_quote"]
    plain = title_features("Council's budget passes after long debate")
    assert not plain["title_has_quote"]  # an apostrophe inside a word is not a quote
    assert not plain["title_has_question"] and not plain["title_has_exclamation"]
    assert plain["title_capitalized_share"] == pytest.approx(1 / 6)


@pytest.mark.parametrize("title", [None, "", "   ", float("nan")])
def test_missing_title_is_nan(title: object) -> None:
    assert all(isinstance(v, float) and math.isnan(v) for v in title_features(title).values())


def test_codebook_lists_style_and_sentiment() -> None:
    book = describe_features(["style", "sentiment"])
    assert {"hedge_rate", "title_word_count", "sentiment_compound"} <= set(book["name"])
    assert book["definition"].str.len().min() > 20


def test_sentiment_with_vader() -> None:
    pytest.importorskip("vaderSentiment")
    pos = sentiment_features("What a wonderful, happy and lovely day.", "Great news")
    neg = sentiment_features("A horrible, tragic and awful disaster.", None)
    assert pos["sentiment_compound"] > 0.5 > -0.5 > neg["sentiment_compound"]
    assert 0 <= pos["sentiment_pos"] <= 1 and pos["title_sentiment_compound"] > 0
    assert math.isnan(neg["title_sentiment_compound"])
