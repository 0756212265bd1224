"""Style family (and optional VADER sentiment family): lexical and typographic cues.

Family ``"style"`` (default) measures, on the body text, rates per 100 word
tokens (:func:`framing.document.words_of`) of hedges, intensifiers/superlatives,
first- and second-person pronouns, exclamation and question marks, all-caps
words and numbers, plus headline features after Horne & Adali (2017, "This
just in: fake news packs a lot in title, uses simpler, repetitive content in
text body, more similar to satire than real news"): title length, all-caps and
capitalised-word shares, and whether the title asks, exclaims or quotes.

The word lists are project-written and documented in
``framing/lexicons/*.txt`` (one lower-case token per line, ``#`` comments).
Matching is by token after lower-casing, except that a capitalised ``May`` is
taken as the month and not counted as a hedge.

Family ``"sentiment"`` (not in the default set) adds VADER scores (Hutto &
Gilbert 2014) when the optional ``vaderSentiment`` package is installed
(``pip install "media-framing[sentiment]"``); without it the features are NaN
and one warning says how to install it.
"""

from __future__ import annotations

import logging
import math
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .document import words_of
from .registry import Family, FeatureDef, register_family

__all__ = ["lexicon", "style_features", "title_features", "sentiment_features", "FEATURES",
           "SENTIMENT_FEATURES"]

logger = logging.getLogger(__name__)

_NUMBER_RE = re.compile(r"\d")
_QUOTE_CHARS = frozenset("\"“”‘’«»")
_QUOTE_RE = re.compile(r"[\"“”«»]|(?<!\w)[‘'](?=\w)|(?<=\w)[’'](?!\w)")


@cache
def lexicon(name: str) -> frozenset[str]:
    """The project word list ``name`` (``hedges``, ``intensifiers``, ``first_person``, ``second_person``).

    Examples
    --------
    >>> "reportedly" in lexicon("hedges")
    True
    """
    text = resources.files("framing").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def _is_allcaps(w: str) -> bool:
    # two or more letters, all upper case (acronyms such as "FBI" count too)
    return w.isupper() and sum(c.isalpha() for c in w) >= 2


def style_features(text: str, words: list[str] | None = None) -> dict[str, float]:
    """Body-text style rates (per 100 words) of one text.

    Parameters
    ----------
    text : str
        The body text.
    words : list of str, optional
        Its word tokens (computed with :func:`framing.document.words_of` when omitted).

    Returns
    -------
    dict
        ``hedge_rate``, ``intensifier_rate``, ``first_person_rate``,
        ``second_person_rate``, ``exclamation_rate``, ``question_rate``,
        ``allcaps_rate``, ``number_rate``; NaN when the text has no words.

    Examples
    --------
    >>> f = style_features("We may win! It is VERY likely, you know, ok.")
    >>> f["hedge_rate"], f["first_person_rate"], f["exclamation_rate"], f["allcaps_rate"]
    (20.0, 10.0, 10.0, 10.0)
    """
    if words is None:
        words = words_of(text)
    n = len(words)
    if n == 0:
        return dict.fromkeys(_STYLE_NAMES, math.nan)
    hedges, intens = lexicon("hedges"), lexicon("intensifiers")
    first, second = lexicon("first_person"), lexicon("second_person")
    h = i = p1 = p2 = caps = num = 0
    for w in words:
        lw = w.lower()
        if lw in hedges and w != "May":
            h += 1
        elif lw in intens:
            i += 1
        elif lw in first:
            p1 += 1
        elif lw in second:
            p2 += 1
        if _is_allcaps(w):
            caps += 1
        if _NUMBER_RE.search(w):
            num += 1
    k = 100.0 / n
    return {
        "hedge_rate": h * k,
        "intensifier_rate": i * k,
        "first_person_rate": p1 * k,
        "second_person_rate": p2 * k,
        "exclamation_rate": text.count("!") * k,
        "question_rate": text.count("?") * k,
        "allcaps_rate": caps * k,
        "number_rate": num * k,
    }


def title_features(title: Any) -> dict[str, Any]:
    """Headline features of Horne & Adali (2017); NaN/NA when there is no title.

    Examples
    --------
    >>> f = title_features("BREAKING: Is This The End?")
    >>> f["title_word_count"], f["title_caps_share"], f["title_has_question"]
    (5, 0.2, True)
    """
    if not isinstance(title, str) or not title.strip():
        return {"title_word_count": math.nan, "title_caps_share": math.nan,
                "title_capitalized_share": math.nan, "title_has_question": math.nan,
                "title_has_exclamation": math.nan, "title_has_quote": math.nan}
    words = words_of(title)
    n = len(words)
    return {
        "title_word_count": n,
        "title_caps_share": sum(map(_is_allcaps, words)) / n if n else math.nan,
        "title_capitalized_share": sum(1 for w in words if w[:1].isupper()) / n if n else math.nan,
        "title_has_question": "?" in title,
        "title_has_exclamation": "!" in title,
        "title_has_quote": bool(_QUOTE_RE.search(title)),
    }


def _compute(doc: Any) -> dict[str, Any]:
    if not doc.valid:
        out: dict[str, Any] = dict.fromkeys(_STYLE_NAMES, math.nan)
    else:
        out = style_features(doc.text, doc.words)
    out.update(title_features(doc.title))
    return out


# ----------------------------------------------------------------- sentiment
@lru_cache(maxsize=1)
def _vader() -> Any:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        logger.warning('the "sentiment" family needs vaderSentiment: pip install "media-framing[sentiment]"; '
                       "its features are NaN")
        return None
    return SentimentIntensityAnalyzer()


def sentiment_features(text: Any, title: Any = None) -> dict[str, float]:
    """VADER compound/positive/negative scores of the body and the title's compound score.

    NaN when ``vaderSentiment`` is not installed or the text is empty.

    Examples
    --------
    >>> f = sentiment_features("This is a wonderful, happy day.")
    >>> math.isnan(f["sentiment_compound"]) or f["sentiment_compound"] > 0
    True
    """
    out = dict.fromkeys(_SENTIMENT_NAMES, math.nan)
    analyzer = _vader()
    if analyzer is None:
        return out
    if isinstance(text, str) and text.strip():
        s = analyzer.polarity_scores(text)
        out.update(sentiment_compound=s["compound"], sentiment_pos=s["pos"], sentiment_neg=s["neg"])
    if isinstance(title, str) and title.strip():
        out["title_sentiment_compound"] = analyzer.polarity_scores(title)["compound"]
    return out


def _compute_sentiment(doc: Any) -> dict[str, Any]:
    return sentiment_features(doc.text if doc.valid else None, doc.title)


_S = "style"
_P100 = "per 100 words"
_REF = "project-written lexicon (framing/lexicons); cue category after Horne & Adali (2017)"
FEATURES: tuple[FeatureDef, ...] = (
    FeatureDef("hedge_rate", _S, _P100, "[0, 100]",
               "Hedges (lexicons/hedges.txt: may, reportedly, allegedly, ...) per 100 body words.",
               "Hyland (1998) hedging; " + _REF),
    FeatureDef("intensifier_rate", _S, _P100, "[0, 100]",
               "Intensifiers and superlatives (lexicons/intensifiers.txt: very, extremely, worst, "
               "unprecedented, ...) per 100 body words.", "Hyland (2005) boosters; " + _REF),
    FeatureDef("first_person_rate", _S, _P100, "[0, 100]",
               "First-person pronouns (I, me, we, our, ...) per 100 body words; in news mostly inside quotes.",
               "LIWC i/we categories (Pennebaker et al. 2015); " + _REF),
    FeatureDef("second_person_rate", _S, _P100, "[0, 100]",
               "Second-person pronouns (you, your, ...) per 100 body words: direct address of the reader.",
               "LIWC you category (Pennebaker et al. 2015); " + _REF),
    FeatureDef("exclamation_rate", _S, _P100, "[0, inf)", "Exclamation marks per 100 body words.",
               "Horne & Adali (2017)"),
    FeatureDef("question_rate", _S, _P100, "[0, inf)", "Question marks per 100 body words.",
               "Horne & Adali (2017)"),
    FeatureDef("allcaps_rate", _S, _P100, "[0, 100]",
               "Words of two or more letters written all in capitals (acronyms included) per 100 body words.",
               "Horne & Adali (2017)"),
    FeatureDef("number_rate", _S, _P100, "[0, 100]",
               "Word tokens containing a digit (figures, percentages, years) per 100 body words.",
               "project-defined"),
    FeatureDef("title_word_count", _S, "count", "[0, inf)", "Words in the title; NA without a title.",
               "Horne & Adali (2017)", "int"),
    FeatureDef("title_caps_share", _S, "share", "[0, 1]",
               "Share of title words written all in capitals; NaN without a title.", "Horne & Adali (2017)"),
    FeatureDef("title_capitalized_share", _S, "share", "[0, 1]",
               "Share of title words starting with a capital (title case scores near 1); NaN without a title.",
               "Horne & Adali (2017)"),
    FeatureDef("title_has_question", _S, "flag", "{True, False}", "The title contains '?'; NA without a title.",
               "Horne & Adali (2017)", "bool"),
    FeatureDef("title_has_exclamation", _S, "flag", "{True, False}",
               "The title contains '!'; NA without a title.", "Horne & Adali (2017)", "bool"),
    FeatureDef("title_has_quote", _S, "flag", "{True, False}",
               "The title contains a quotation mark (straight, curly or guillemet; apostrophes inside "
               "words do not count); NA without a title.", "Horne & Adali (2017)", "bool"),
)
_STYLE_NAMES = [f.name for f in FEATURES[:8]]

_SE = "sentiment"
SENTIMENT_FEATURES: tuple[FeatureDef, ...] = (
    FeatureDef("sentiment_compound", _SE, "score", "[-1, 1]",
               "VADER compound score of the body text (needs the [sentiment] extra; NaN without it).",
               "Hutto & Gilbert (2014), vaderSentiment"),
    FeatureDef("sentiment_pos", _SE, "share", "[0, 1]", "VADER share of positive tokens in the body.",
               "Hutto & Gilbert (2014), vaderSentiment"),
    FeatureDef("sentiment_neg", _SE, "share", "[0, 1]", "VADER share of negative tokens in the body.",
               "Hutto & Gilbert (2014), vaderSentiment"),
    FeatureDef("title_sentiment_compound", _SE, "score", "[-1, 1]",
               "VADER compound score of the title; NaN without a title.", "Hutto & Gilbert (2014), vaderSentiment"),
)
_SENTIMENT_NAMES = [f.name for f in SENTIMENT_FEATURES]

register_family(Family(name=_S, features=FEATURES, compute=_compute, default=True))
register_family(Family(name=_SE, features=SENTIMENT_FEATURES, compute=_compute_sentiment, default=False))
