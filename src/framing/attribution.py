"""Source attribution: who is quoted or cited, and how the outlet introduces them.

This module finds attribution cues (``said``, ``claimed``, ``according to``,
``told the BBC`` ...), links them to the quotes of :mod:`framing.quotes`,
extracts and types the cited source, resolves speakers (surname -> full name,
``she said`` -> the most recent compatible person) and sets the final quote
subtypes.  It registers

* the span finder ``"quotes_attribution"`` (kinds ``quote`` and
  ``attribution``) used by :func:`framing.annotate`, and
* the feature families ``"quotes"`` and ``"attribution"``.

The cue lexicon is a project-written CSV (``framing/lexicons/cues.csv``, one
cue per row with its tone and subtype hint); every inflected form is matched
case-insensitively.  Extend it with :func:`add_cue` or :func:`load_cues`.
The rules are documented in ``docs/attribution.md``.
"""

from __future__ import annotations

import bisect
import csv
import functools
import itertools
import logging
import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .cleaning import inline_residue
from .quotes import _MARK_ONLY_RE, QuoteRegion, find_quote_marks, looks_like_title
from .registry import Family, FeatureDef, register_family
from .spans import Span, register_spans

if TYPE_CHECKING:
    from .document import Doc

__all__ = [
    "Cue",
    "cues",
    "load_cues",
    "add_cue",
    "reset_cues",
    "inflections",
    "source_type",
    "find_quotes_and_attributions",
    "QUOTE_FEATURES",
    "ATTRIBUTION_FEATURES",
]

log = logging.getLogger(__name__)

TONES = ("neutral", "loaded", "relay")

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Cue:
    """One row of the cue lexicon.

    Attributes
    ----------
    cue : str
        The lemma (``"say"``) or fixed phrase (``"according to"``).
    kind : {"verb", "phrase"}
        Verbs are matched in every inflected form; phrases as written (plus ``forms``).
    tone : {"neutral", "loaded", "relay"}
        How the cue presents the source.
    subtype : str
        ``""`` (decided from context: direct or indirect), ``"according_to"`` or ``"relay"``.
    forms : tuple of str
        Extra or irregular forms (``said``, ``told``).
    strict : int
        0: always a cue (unless used as a noun, after a determiner); 1: the word
        has common non-speech uses (``the state``, ``added jobs``) and counts
        only in a speech context (an adjacent quote, ``that``, a clause end);
        2: counts only next to a quote (``asked``, ``continued``); 3: only next to a
        quote and in the past tense (``texted``, ``emailed``: *a text*, *emails* are
        nouns).

    Examples
    --------
    >>> c = next(c for c in cues() if c.cue == "claim")
    >>> c.tone, c.kind
    ('loaded', 'verb')
    """

    cue: str
    kind: str = "verb"
    tone: str = "neutral"
    subtype: str = ""
    forms: tuple[str, ...] = ()
    strict: int = 0


_VOWELS = set("aeiou")


def inflections(lemma: str) -> list[str]:
    """Regular inflected forms of a verb (multi-word verbs inflect their first word).

    Doubling of a final consonant (``admitted``) is irregular: list it in the
    lexicon's ``forms`` column.

    Examples
    --------
    >>> inflections("say")
    ['say', 'says', 'sayed', 'saying']
    >>> inflections("deny")
    ['deny', 'denies', 'denied', 'denying']
    >>> inflections("lash out")
    ['lash out', 'lashes out', 'lashed out', 'lashing out']
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    w = head
    if w.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = w + "es"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    if w.endswith("e"):
        past = w + "d"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        past = w[:-1] + "ied"
    else:
        past = w + "ed"
    if w.endswith("ie"):
        ger = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith("ee"):
        ger = w[:-1] + "ing"
    else:
        ger = w + "ing"
    return [f + tail for f in (w, third, past, ger)]


_DEFAULT_CUES_FILE = "cues.csv"
_CUES: dict[str, Cue] = {}  # lemma -> Cue
_FORMS: dict[str, Cue] = {}  # lower-case form -> Cue
_CUE_RE: re.Pattern[str] | None = None  # any text (case-insensitive); fallback scan
_CUE_LOW_RE: re.Pattern[str] | None = None  # lower-cased text: a non-word character, then a cue
_CUE_AT_RE: re.Pattern[str] | None = None  # lower-cased text: a cue at the very start
# Every character that is not a word character in ASCII, and every non-ASCII
# character (checked afterwards). An explicit class makes the regex engine skip
# ahead to candidate positions without a Unicode category lookup per character;
# written negated (the same set as [\x00-/:-@\[-^`{-\x7f\u0080-\U0010ffff]), which the
# engine checks with one bitmap lookup.
_NONWORD_PREFIX = "[^0-9A-Z_a-z]"


def _read_csv(lines: Iterable[str]) -> list[Cue]:
    out = []
    for row in csv.DictReader(lines):
        cue = (row.get("cue") or "").strip().lower()
        if not cue or cue.startswith("#"):
            continue
        tone = (row.get("tone") or "neutral").strip() or "neutral"
        if tone not in TONES:
            raise ValueError(f"cue {cue!r}: tone must be one of {TONES}, got {tone!r}")
        forms = tuple(f.strip().lower() for f in (row.get("forms") or "").split("|") if f.strip())
        out.append(
            Cue(
                cue=cue,
                kind=(row.get("kind") or "verb").strip() or "verb",
                tone=tone,
                subtype=(row.get("subtype") or "").strip(),
                forms=forms,
                strict=_strict(row.get("strict")),
            )
        )
    return out


def _strict(v: object) -> int:
    v = str(v or "0").strip().lower()
    if v in ("true", "yes"):
        return 1
    return int(v) if v in ("0", "1", "2", "3") else 0


def _rebuild() -> None:
    global _CUE_RE, _CUE_LOW_RE, _CUE_AT_RE
    _FORMS.clear()
    for c in _CUES.values():
        base = inflections(c.cue) if c.kind == "verb" else [c.cue]
        for f in (*base, *c.forms):
            if c.strict == 3 and not f.endswith("ed"):
                continue  # level 3: only the past tense is a cue ('Josh', 'a text', 'emails' stay words)
            _FORMS[f] = c
    # a trie-shaped regex (one branch per first letter), so that most text
    # positions are rejected after one character: linear and fast; the first
    # letters are tried most frequent word-initial letter first (the engine tries
    # a branch's alternatives in order, and at most one can match: same matches)
    trie = _trie_pattern(list(_FORMS), _WORD_INITIAL_ORDER)
    _CUE_RE = re.compile(rf"\b(?:{trie})\b", re.IGNORECASE)
    _CUE_LOW_RE = re.compile(rf"{_NONWORD_PREFIX}({trie})\b")
    _CUE_AT_RE = re.compile(rf"(?:{trie})\b")
    # the person names read from capitalised runs drop trailing cue forms ("Lind Vows"): cached
    # under the lexicon they were read with; so are the words read before surnames
    _RUN_NAMES.clear()
    _REV_WORDS.clear()


# letters by how often English words start with them (most often first); others after them
_WORD_INITIAL_ORDER = "taswiocphbmfrdlengvujykqzx"


def _trie_pattern(words: list[str], first_order: str = "") -> str:
    """A regex matching exactly ``words`` (longest first), as a trie: one alternative per character.

    ``first_order`` sets the order of the alternatives for the first character
    (characters not in it come after, sorted); deeper levels are sorted. Sibling
    alternatives start with different characters, so the order never changes a match.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, order: str = "") -> str:
        end = "" in node
        branches = []
        for ch in sorted((k for k in node if k), key=lambda c: (order.find(c) % (len(order) + 1), c)):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return emit(trie, first_order)


def reset_cues() -> None:
    """Restore the packaged lexicon (undoing :func:`add_cue` / :func:`load_cues`).

    Examples
    --------
    >>> n = len(cues())
    >>> _ = add_cue("grumble", tone="loaded")
    >>> reset_cues()
    >>> len(cues()) == n
    True
    """
    _CUES.clear()
    text = resources.files("framing").joinpath("lexicons", _DEFAULT_CUES_FILE).read_text("utf-8")
    for c in _read_csv(text.splitlines()):
        _CUES[c.cue] = c
    _rebuild()


def load_cues(path: str | Path, *, replace: bool = False) -> int:
    """Add the cues of a CSV file (same columns as ``framing/lexicons/cues.csv``).

    Parameters
    ----------
    path : str or Path
        CSV with at least ``cue`` and ``tone``; optional ``kind``, ``subtype``, ``forms``, ``strict``.
    replace : bool
        Drop the current lexicon first.

    Returns
    -------
    int
        Number of cues read.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "my.csv")
    >>> _ = open(p, "w").write("cue,tone\\nharrumph,loaded\\n")
    >>> load_cues(p)
    1
    >>> annotate_cues = find_quotes_and_attributions("The mayor harrumphed that it was late.")
    >>> [(s.cue, s.cue_tone) for s in annotate_cues]
    [('harrumphed', 'loaded')]
    >>> reset_cues()
    """
    with open(path, encoding="utf-8", newline="") as fh:
        rows = _read_csv(fh)
    if replace:
        _CUES.clear()
    for c in rows:
        _CUES[c.cue] = c
    _rebuild()
    return len(rows)


def add_cue(
    cue: str,
    tone: str = "neutral",
    *,
    kind: str = "verb",
    subtype: str = "",
    forms: Iterable[str] = (),
    strict: int = 0,
) -> Cue:
    """Add (or replace) one cue in the lexicon.

    Examples
    --------
    >>> _ = add_cue("grumble", "loaded")
    >>> [s.cue for s in find_quotes_and_attributions("Critics grumbled that it was too late.")]
    ['grumbled']
    >>> reset_cues()
    """
    if tone not in TONES:
        raise ValueError(f"tone must be one of {TONES}, got {tone!r}")
    c = Cue(cue.strip().lower(), kind, tone, subtype, tuple(f.lower() for f in forms), int(strict))
    _CUES[c.cue] = c
    _rebuild()
    return c


def cues() -> list[Cue]:
    """The current cue lexicon.

    Examples
    --------
    >>> {c.cue: c.tone for c in cues()}["claim"]
    'loaded'
    """
    return list(_CUES.values())


# --------------------------------------------------------------------------- source typing

_PRONOUNS = {"he": "m", "she": "f", "they": "", "it": "", "we": "", "i": "", "him": "m", "her": "f"}
_MEDIA_NAMES = (
    "reuters|associated press|ap|afp|agence france-presse|bbc|cnn|fox news|foxnews|msnbc|nbc|abc|cbs|"
    "npr|pbs|politico|bloomberg|al jazeera|rt|sputnik|tass|xinhua|the guardian|guardian|"
    "new york times|the new york times|nyt|washington post|the washington post|wall street journal|"
    "the wall street journal|wsj|usa today|los angeles times|the times|the telegraph|daily mail|"
    "the daily mail|huffington post|huffpost|buzzfeed|buzzfeed news|axios|the hill|breitbart|vox|"
    "the atlantic|newsweek|time magazine|the economist|financial times|ft|the independent|"
    "sky news|cnbc|univision|telemundo|the daily caller|daily caller|the intercept|vice|vice news|"
    "the new yorker|mother jones|national review|the federalist|infowars|drudge report|"
    "the associated press|yahoo news|abc news|cbs news|nbc news|fox business|der spiegel|le monde|"
    "politico magazine|the blaze|theblaze|salon|slate|propublica|the daily beast"
)
_MEDIA_RE = re.compile(
    rf"^(?:the\s+)?(?:{_MEDIA_NAMES})$"
    r"|\b(?:news|times|post|journal|herald|tribune|gazette|telegraph|daily|magazine|radio|"
    r"globe|chronicle|inquirer|sentinel|courier|enquirer|"
    r"television|tv|network|broadcasting|broadcaster|newspaper|paper|outlet|press|wire|agency news|"
    r"news agency|channel|reporter|reporters|correspondent|journalist|journalists|"
    r"editorial|blog|website|podcast)\b",
    re.IGNORECASE,
)
_MEDIA_EXACT_RE = re.compile(rf"^(?:the\s+)?(?:{_MEDIA_NAMES})(?:'s|’s)?$", re.IGNORECASE)
_DOC_HEADS = frozenset(
    "statement statements report reports study studies survey surveys poll polls letter letters "
    "document documents memo memos filing filings indictment complaint lawsuit records data figures "
    "release ruling judgment judgement order papers paper transcript transcripts email emails "
    "analysis audit review findings guidance notice affidavit charges estimates estimate "
    "minutes testimony tweet website bill draft plan proposal sign flyer leaflet notice disclosure disclosures "
    "article articles editorial editorials column op-ed essay brief briefs note".split()
)
_ANON_RE = re.compile(
    r"\b(?:sources?|insiders?|familiar|anonymity|anonymous|unnamed|unidentified|people|person|"
    r"someone|officials|authorities|aides|observers|critics|analysts|experts|witnesses|residents|"
    r"diplomats|investigators|rumou?rs?)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = frozenset(
    "minister president vice-president spokesman spokeswoman spokesperson police governor mayor "
    "commissioner senator sen. rep. representative congressman congresswoman secretary chief director "
    "prosecutor judge justice ambassador chancellor premier officer sheriff chairman chairwoman chair "
    "commander general colonel captain lieutenant sergeant inspector superintendent "
    "attorney-general attorney councillor councilman councilwoman councilor deputy envoy king queen "
    "prince princess pope mp mep president-elect speaker official coroner ombudsman auditor "
    "administrator head minister-president gov. pres. lt. gen. col. capt. sgt. insp. supt. coach leader "
    "boss ceo chairperson manager mediator master spokespeople negotiator secretary-general "
    "commissioner dean principal warden mp cpl. corporal det. detective trooper maj. adm. delegate whip".split()
)
_ORG_WORDS = frozenset(
    "authority authorities ministry department committee council party society university union "
    "agency office commission court company corp corp. inc inc. ltd ltd. group association institute "
    "foundation bank services service campaign registry government administration house pentagon "
    "kremlin congress senate parliament army navy military fbi cia nsa board federation league "
    "organisation organization coalition alliance network center centre hospital school police "
    "force forces patrol team club firm unit embassy consulate bureau trust fund movement church "
    "cabinet assembly tribunal prosecutors regulator watchdog charity cooperative co-op operator "
    "provider utility insurer engineering security systems partners holdings energy airlines motors "
    "labs industries corporation enterprises caucus therapeutics pharmaceuticals technologies solutions "
    "laboratories ventures biosciences archive archives project initiative library museum".split()
)
_COMMON_EXTRA = frozenset(
    "the a an his her their its our my this that these those some many several two three one "
    "senior local former top "
    # words that open a sentence before a name ("But Lind said", "Although Brenn said"), weekdays
    # and number words: never part of a person's name
    "but and although though when while if as so yet then after before since because also meanwhile "
    "however still now later earlier today yesterday tonight here there what where why how "
    "monday tuesday wednesday thursday friday saturday sunday "
    "january february march september october november december "  # (April, May, June, August: names too)
    "four five six seven eight nine ten dozens hundreds thousands "
    # prepositions, quantifiers and adverbs that open sentences ("For Garcia, ...", "Both Biden and",
    # "Last November, ...") and page residue ("Images", "Watch"): never a word of a name
    "for on in at by with from to of into about over under during without within between against among "
    "through across toward towards despite unlike like following including according speaking asked "
    "both either neither all every each any more most less only even just last next first second third "
    "other another same such own much few no not nor or than too very again ever never always often "
    "perhaps maybe instead rather thus therefore otherwise indeed already almost nearly until unless "
    "whether once whatever whoever i you we they it he she me us them "
    "whereas whilst unless besides plus hence nonetheless nevertheless moreover furthermore "
    "image images photo photos video videos watch read click share related advertisement caption captions".split()
)
_ACRONYM_RE = re.compile(r"^(?:the\s+)?[A-Z]{2,6}s?$")
_TITLE_STRIP = frozenset(
    "ag a.g. mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady the a an former acting "
    "interim late then new senior top chief deputy foreign interior defence defense finance health "
    "state federal regional local city county national assistant associate executive general "
    "managing press white house prime vice majority minority ayatollah constable candidate".split()
) | _TITLE_WORDS
_FEMALE_HINTS = frozenset(
    "ms ms. mrs mrs. miss she her spokeswoman congresswoman chairwoman councilwoman businesswoman "
    "woman mother daughter wife sister grandmother actress queen princess dame lady aunt widow "
    "girl".split()
)
_MALE_HINTS = frozenset(
    "mr mr. he his him spokesman congressman chairman councilman businessman man father son "
    "husband brother grandfather actor king prince sir lord uncle widower boy pope pontiff cardinal archbishop".split()
)


def source_type(source: str | None) -> str | None:
    """Heuristic type of a cited source.

    One of ``named_person``, ``official`` (a title: minister, spokesman,
    president, police ...), ``organisation``, ``media`` (a news outlet),
    ``anonymous`` (``officials``, ``a source familiar with``, unnamed people)
    or ``document`` (``a statement``, ``the report``); None for no source.
    Pronouns are typed by :func:`find_quotes_and_attributions` from the
    person they refer to (here: ``named_person`` for he/she, ``organisation``
    for it).

    Examples
    --------
    >>> [source_type(s) for s in ["Ana Ruiz", "Foreign Minister Ana Ruiz", "the Harbour Authority",
    ...  "Reuters", "officials", "a source familiar with the talks", "a ministry statement"]]
    ['named_person', 'official', 'organisation', 'media', 'anonymous', 'anonymous', 'document']
    """
    if not source:
        return None
    return _source_type(source)


@lru_cache(maxsize=65536)
def _source_type(source: str) -> str | None:
    s = source.strip()
    low = s.lower()
    if low in _PRONOUNS:
        return "organisation" if low == "it" else ("anonymous" if low == "they" else "named_person")
    words = low.replace("’s", "").replace("'s", "").split()
    if not words:
        return None
    if len(words) == 1 and _PARTICLE_SURNAME_RE.fullmatch(s) is not None:
        return "named_person"  # 'al-Yasseri': a surname with a lower-case particle
    if len(words) == 1 and (site := _SITE_ADDRESS_RE.fullmatch(s)) is not None:
        # a site by its address: a body's under .org, .gov, .edu or with a body's name ('Harbour.org',
        # 'HarbourBank.com'), else a publisher's ('Vindy.com reports', 'ConfirmLind.com')
        return "organisation" if low.endswith((".org", ".gov", ".edu")) or _source_type(site.group(1)) == "organisation" \
            else "media"
    if len(words) >= 5 and words[-3] in _ROLE_NOUNS and s.split()[-3].islower() \
            and any(w in _PREPS for w in words[1:-3]) and _first_name_gender(" ".join(s.split()[-2:])):
        # an institution with a preposition, then a role and a person's name: 'University of Harbour
        # at Irvine law professor Ann Lind' (not the university)
        return "official" if words[-3] in _TITLE_WORDS else "named_person"
    # the head of the noun phrase: the last word before a preposition or relative clause
    core = words
    for k, w in enumerate(words[1:], 1):
        if w in _PREPS or (w == "about" and words[k - 1] == "knowledgeable"):  # ('a person knowledgeable about the plan')
            core = words[:k]
            break
    head = core[-1]
    toks = s.split()[: len(core)]
    has_name = any(
        w[:1].isupper() and w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") not in _COMMON
        for w in toks
    )
    head_upper = toks[-1][:1].isupper() if toks else False
    if _MEDIA_EXACT_RE.match(s) and not s.islower():  # (not 'the economist', 'the guardian': people)
        return "media"
    if head in _MEDIA_HEADS or (has_name and _MEDIA_RE.search(" ".join(core)) and head not in _ORG_WORDS
                                and not any(w in _TITLE_WORDS for w in core)
                                and not (head in _FAME_HEADS and not head_upper)):
        # (not a person known from a medium: 'the former reality TV star')
        return "media"
    if head_upper and len(toks) >= 2 and head not in _ORG_WORDS and head not in _ORG_HEADS \
            and (toks[-2].rstrip(".").lower() in _PERSON_PREFIXES
                 or (toks[-2].lower() in _first_names() and core[0] not in ("the", "a", "an"))):
        # a capitalised head after an honorific or a known first name is a surname, also when
        # it is a common noun: "Mr. Letter", "counsel Douglas Letter", "Ann Marsh" (not "the
        # Clark Poll"); a role in an institution makes an official ("White House counselor Ann Lind")
        role = core[:-1] if toks[-2].rstrip(".").lower() in _PERSON_PREFIXES else core[:-2]  # "Gov. Lind"
        return "official" if any(w in _TITLE_WORDS or w.rstrip(".") in _TITLE_ABBREVS or w == "counsel"
                                 or (w in _ORG_WORDS and w != "campaign") for w in role) \
            else "named_person"
    if len(toks) == 1 and head_upper and head in _DOC_HEADS and head in _first_names():
        return "named_person"  # 'Bill told Dolly': a first name, not a bill
    if head in _DOC_HEADS or (_WRITTEN_NAME_RE.fullmatch(s) is not None and head not in _ANON_HEADS
                              and head not in _TITLE_WORDS and head not in _ORG_WORDS):  # (not 'Opponents of the X Act')
        return "document"
    if _PEOPLE_GROUP_NAME_RE.fullmatch(s) is not None:
        return "organisation"  # 'Doctors Without Borders', 'Physicians for Human Rights'
    if _ANON_HARD_RE.search(low):
        return "anonymous"
    if head in _ANON_HEADS or (core[0] in _INDEFINITE and not head_upper and not any(w in _TITLE_WORDS for w in core)):
        return "anonymous"
    if core[0] in _INDEFINITE and head in _PARTY_NOUNS:
        return "anonymous"  # one unnamed party member: "one Democrat", "a top Senate Republican"
    if head in _UNNAMED_ROLE_HEADS and not head_upper and core[0] != "the" \
            and not _first_name_gender(" ".join(toks[:2])):
        # one unnamed person of an institution: 'that House GOP aide', 'a White House staffer' (a
        # definite description may stand for a person named before: 'the Trump aide')
        return "anonymous"
    if head in _ORG_WORDS and head != "police":
        return "organisation"
    if any(w in _TITLE_WORDS for w in core) \
            or ("counsel" in core[:-1] and head_upper and not any(w in _ORG_WORDS and w != "house" for w in core)):
        # ('White House Counsel Ann Lind', 'special counsel Ray Brill'; not the 'Liberty Counsel', nor
        # 'Harbour Defense Fund Legal Counsel Ann Lind': the fund's)
        return "official"
    if any(w in _ORG_WORDS for w in core) or _ACRONYM_RE.match(s):
        return "organisation"
    if not head_upper and head.endswith("s") and len(core) <= 3:
        return "anonymous"  # unnamed groups: "furious residents", "weather bosses"
    if has_name and _long_linked_name(s):
        return "organisation"  # a long name with 'for', 'against', 'and' in it: 'Families United for Justice Against Terror'
    if has_name:
        return "named_person"
    return "anonymous"


_ORG_NAME_LINKS = frozenset("for against and of on the to in".split())
# a group's name: a people in the plural, then 'Without', 'Against' or 'for' and a capitalised name
# ('Doctors Without Borders', 'Physicians for Human Rights', 'Mothers Against Drunk Driving')
# (not people acting for someone: 'Lawyers for Lind', 'Representatives for Harbour World')
_PEOPLE_GROUP_NAME_RE = re.compile(r"(?:The[ ])?(?!(?:Lawyers|Attorneys|Aides|Advisers|Advisors|Supporters|Fans|Friends|Allies|"
                                   r"Critics|Representatives|Officials|Backers|Spokesmen|Relatives|Members|Donors|Staffers)[ ])"
                                   r"[A-Z][a-z]+s[ ](?:Without|Against|[Ff]or|United[ ]for)[ ][A-Z][\w'’\-]*"
                                   r"(?:[ ](?:[A-Z][\w'’\-]*|of|for|and|the|in|on))*")


def _long_linked_name(s: str) -> bool:
    """Five or more capitalised words joined by *for*, *against* or *to* (only *and* before that), with no
    person's name or title in them: a body's name (*Harbour Families and Survivors United for Justice
    Against Terrorism*, *Harbour Center to Prevent Floods*; not *Ann Lind of the Harbour Movement*)."""
    toks = s.split()
    links = [w for w in toks[1:-1] if w in _ORG_NAME_LINKS]
    k_for = next((k for k, w in enumerate(links) if w in ("for", "against", "to")), -1)
    return len(toks) >= 5 and all(w[:1].isupper() or w[:1].isdigit() or w in _ORG_NAME_LINKS for w in toks) \
        and k_for >= 0 and all(w == "and" for w in links[:k_for]) \
        and not any(w.lower().rstrip(".,") in _TITLE_WORDS or w.lower().rstrip(".,") in _ROLE_NOUNS
                    for w in toks[: toks.index(links[0])]) \
        and not any(_first_name_gender(f"{toks[j]} {toks[j + 1]}") for j in range(len(toks) - 1))

# people known from a medium, not its journalists ('the reality TV star', 'a former Fox News personality')
_FAME_HEADS = frozenset("star celebrity personality mogul model actor actress comedian icon".split())
# people of an institution a description names by their role alone ('House GOP aide')
_UNNAMED_ROLE_HEADS = frozenset("aide staffer adviser advisor strategist operative insider".split())
_TITLE_ABBREVS = frozenset("sen rep gov gen".split())
_PERSON_PREFIXES = frozenset("mr mrs ms miss dr".split()) | _TITLE_ABBREVS
_PREPS = frozenset("of from at in with for on who which that close familiar".split())
_INDEFINITE = frozenset("a an one some several many two three four few most other another".split())
# a party member or supporter, capitalised: "one Democrat", "a top Senate Republican"
_PARTY_NOUNS = frozenset(
    "democrat democrats republican republicans conservative conservatives liberal liberals tory tories "
    "libertarian libertarians progressive progressives".split()
)
_ANON_HARD_RE = re.compile(
    r"\b(?:sources?|insiders?|familiar with|anonymity|anonymous|unnamed|unidentified|"
    r"close to the|people|person|someone)\b"
)
_ANON_HEADS = frozenset(
    "officials authorities aides observers critics analysts experts witnesses residents diplomats "
    "investigators rumours rumors neighbours neighbors locals sources insiders "
    "supporters opponents advocates proponents defenders activists protesters protestors demonstrators "
    "economists researchers scientists lawmakers legislators voters justices judges jurors "
    "lawyers attorneys doctors physicians nurses teachers workers students parents scholars historians "
    "agents employees staffers soldiers troops volunteers".split()
)
_MEDIA_HEADS = frozenset(
    "newspaper broadcaster broadcasters network outlet channel daily weekly tabloid magazine "
    "paper".split()
)
_COMMON = (
    _DOC_HEADS | _TITLE_WORDS | _ORG_WORDS | _COMMON_EXTRA
    | frozenset(_ANON_RE.pattern.replace("\\b", "").replace("(?:", "").replace(")", "").replace("?", "").split("|"))
)


_COMPOUND_ADJ_ENDINGS = ("-born", "-based", "-led", "-backed", "-owned", "-funded", "-run", "-style", "-era",
                         "-old", "-brand", "-like", "-linked", "-aligned", "-affiliated", "-allied", "-appointed",
                         "-type", "-themed", "-inspired", "-loving", "-hating", "-supporting", "-friendly")
_ADVERB_ENDINGS = ("ingly", "ously", "ately", "ically", "edly", "fully", "ially", "ively")
# adverbs that open a new sentence with a comma ('Later, Lind said'), besides those in _ADVERB_ENDINGS
_OPENING_ADVERBS = frozenset("later then finally meanwhile afterward afterwards instead still again now today yesterday "
                             "earlier soon shortly eventually however".split())
_STRIP_CUT = frozenset(("from", "of", "at", "in", "who", "which", "with"))
_NAME_TOKEN: dict[str, bool] = {}  # token -> may be part of a person's name (cached per form)


def _name_word(t: str) -> bool:
    """May ``t`` be a word of a person's name? Capitalised; not a title, a common or function
    word (first names such as *Bill* excepted), a possessive or a word in capitals (page residue)."""
    low = t.lower().rstrip(",")
    return bool(t[:1].isupper() and low not in _TITLE_STRIP and low.rstrip(".") not in _TITLE_STRIP
                and not low.endswith(_COMPOUND_ADJ_ENDINGS)  # "the Australian-born Lind"
                and not low.startswith("then-")  # "Then-Sen. Lind", "Then-Mayor Lind": a past title
                and not low.endswith(("’s", "'s")) and (low not in _COMMON or low in _first_names())
                and not (len(t) >= 4 and t.isalpha() and t.isupper()))  # "JUST WATCHED Lind"


def _is_name_token(t: str) -> bool:
    """:func:`_name_word`, minus sentence adverbs (*Interestingly*), cached per form."""
    try:
        return _NAME_TOKEN[t]
    except KeyError:
        pass
    ok = _name_word(t) and not t.lower().rstrip(",").endswith(_ADVERB_ENDINGS)
    if len(_NAME_TOKEN) > 200_000:
        _NAME_TOKEN.clear()
    _NAME_TOKEN[t] = ok
    return ok


@lru_cache(maxsize=65536)
def _strip_titles(name: str) -> str:
    """The person's name inside a source phrase: ``Union boss Ines Varga`` -> ``Ines Varga`` (cached).

    The last run of name words before *of*, *from*, *who* ... (``Ines Varga of
    the union``); when that run opens with no known first name and a later run
    does (``Harbour College Dean of Admissions Ines Varga``), the later run.
    """
    all_toks = name.split()
    if len(all_toks) > 1 and all_toks[-1].rstrip(".,") in _NAME_SUFFIXES:
        # a generational suffix belongs to the name found before it: "Ann Lee King III" (not
        # "III" after the title word "King"), "Gen. Ray Brill, Jr." -> "Ray Brill Jr."
        core = _strip_titles(" ".join(all_toks[:-1]).rstrip(","))
        return f"{core} {all_toks[-1].rstrip(',')}" if core[:1].isupper() else core
    toks = all_toks
    for k in range(1, len(toks)):
        if toks[k].lower() in _STRIP_CUT:
            toks = toks[:k]
            break
    best = _last_name_run(toks)
    if (not best or not _first_name_gender(" ".join(best[:2]))) and len(toks) < len(all_toks) \
            and not (len(best) == 1 and len(toks) >= 2 and toks[-2].rstrip(".").lower() in _PERSON_PREFIXES
                     and toks[-1] == best[0]):
        # (not after an honorific and a surname: 'Ms. Lind of the Susan B. Anthony List' is Lind)
        later = _last_name_run(all_toks[len(toks) :])
        i = next((i for i in range(len(later) - 1) if _first_name_gender(" ".join(later[i : i + 2]))), -1)
        if i >= 0 and (len(best) < 2 or later[-1] == all_toks[-1].rstrip(",")) \
                and not (later[-1] != all_toks[-1].rstrip(",") and all_toks[-1].rstrip(",").lower() in _ORG_WORDS):
            # (not "Ann Popescu of George Mason University", "Kerr of George Washington
            # University": a name, then an institution named for someone)
            best = later[i:]  # "Admissions Ines Varga" -> "Ines Varga"
        elif (not best or best[-1].lower() in _ORG_WORDS) and len(later) == 2 \
                and later[-1] == all_toks[-1].rstrip(",") and " ".join(later) not in _US_STATE_ENDINGS:
            # "University of Harbour political science professor Ola Brenn" (not "the mayor of Salt
            # Lake County", "the governor of North Dakota": places)
            best = later
        elif len(later) >= 2 and later[-1] == all_toks[-1].rstrip(",") and later[-1].lower() not in _ORG_WORDS \
                and toks[-1].lower() in _TITLE_WORDS and (
                    (not best and all(t.lower() in _TITLE_STRIP for t in toks) and len(later) > 2
                     and later[0] not in _PLACE_INITIALS and later[-1] not in _US_STATE_ENDINGS)
                    or (len(best) == 1 and best[0] == toks[-2])):
            # "Oslo Secretary of State Ola Brenn", "Director of National Intelligence Ola M. Brenn":
            # the name closes the title (a lone word before the title word is a place, not a surname)
            best = later[-3:] if len(later) > 2 and len(later[-2].rstrip(".")) == 1 else later[-2:]
    return " ".join(best) if best else name


# generational suffixes after a surname ("Ann Lee Jr.", "Ray Brill III")
_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())
_ABBREV_SUFFIXES = ("Jr", "Sr")  # written with a period: "Ray Brill Jr."
_SUFFIX_ALT = "|".join(sorted(_NAME_SUFFIXES, key=lambda w: (-len(w), w)))  # (III before II)
# title words that are also common surnames, after a first name the lexicon may not know ('Alveda King')
_SURNAME_TITLES = frozenset("king prince bishop judge major dean pope knight earl".split())


# first words of organisations named 'X for Y' ('Democracy for America', 'Americans for Prosperity',
# 'Club for Growth', 'Students for Fair Admissions'): 'for' joins their run
_FOR_ORG_HEADS = frozenset("democracy americans citizens students parents physicians doctors veterans women "
                           "families mothers moms scientists lawyers republicans democrats conservatives "
                           "club center centre committee coalition alliance council campaign fund foundation "
                           "institute league network partnership project society union".split())


def _last_name_run(toks: list[str]) -> list[str]:
    run: list[str] = []
    best: list[str] = []
    prev = ""
    last = len(toks) - 1
    for i, t in enumerate(toks):
        if _is_name_token(t) or (i < last and _INITIALS_RE.match(t) and t not in _PLACE_INITIALS
                                 and (run or _INITIALS_RE.match(toks[i + 1]) is not None)) \
                or (run and i < last and t in _NAME_PARTICLES and toks[i + 1][:1].isupper()) \
                or (run and i < last and t == "for" and toks[i + 1][:1].isupper() and toks[i + 1].rstrip(",").isalpha()
                    and run[0].lower() in _FOR_ORG_HEADS) \
                or (t[:1].isupper() and t.rstrip(",")[1:].isalpha() and t[1:].islower()
                                 and t.lower() not in _ORG_WORDS
                                 and (t.lower() not in _TITLE_STRIP or (i == last and run))
                                 and ((run and (prev.lower() in _first_names() or prev.lower() in _UNISEX_FIRST_NAMES))
                                      or (len(run) >= 2 and _INITIALS_RE.fullmatch(prev) is not None
                                          and run[-2].lower() in _first_names())
                                      or (run and i == last and t.lower() in _SURNAME_TITLES)
                                      or (not run and prev.rstrip(".").lower() in _HONORIFIC_GENDER))):
            # (a common word after a known first name, one of either gender or an honorific is a
            # surname: "Douglas Letter", "Dana White", "Jonathan V. Last", "Mr. Letter"; so is a title
            # word ending the phrase: "Robert King")
            run.append(t.rstrip(","))
        else:
            if run:
                best = run
            run = []
        prev = t
    return run or best


# --------------------------------------------------------------------------- linking

# A sentence bound: a line break, or sentence punctuation (closing marks after it) and space before
# an (optionally quoted or bracketed) capital or digit; written to start with a character class so
# that the regex engine skips ahead to candidate characters.
_SENT_BOUND_RE = re.compile(r"[\n.!?…](?:(?<=\n)|(?<!\n)[.!?…]*[\"'”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])"
                            r"|(?<=[a-z][a-z][a-z]\.)(?=[A-Z][a-z])|(?<=[0-9][0-9]\.)(?=[A-Z][a-z]{2})"
                            r"|(?<=[a-z][.!?])(?:”+(?=[A-Z][a-z])|(?=“[A-Z][a-z])))")
# (the last branches: a space lost in scraping, 'a presidential bid.Clinton', 'until Feb. 17.Democrats',
# 'party.”Perkins', 'said.“Moore')
_CLAUSE_CUT_RE_PLAIN = re.compile(
    r"[,;:()\[\]—–\"“”«»]|(?<![^\W\d_])[‘’']|[‘’'](?![^\W\d_])|\s-\s|\s--(?:\s|$)|\b(?:and|but|that|while|as|when|because|after|before|since|"
    r"although|though|who|which|where|if|so|or|than|whom|whose)\b"
)
_CLAUSE_WORDS_CUT = "and but that while as when because after before since although though who which where if so or " \
    "than whom whose".split()
# The same matches as _CLAUSE_CUT_RE_PLAIN (the documented form), written to start
# with a character class (the first character of every alternative) so that the
# regex engine skips ahead to candidate characters; each alternative then checks
# its first character with a lookbehind. At any position at most one alternative
# can match (they start with disjoint characters), so matches are identical.
_CLAUSE_CUT_RE = re.compile(
    "[,;:()\\[\\]—–\"“”«»‘’'\\s" + "".join(sorted({w[0] for w in _CLAUSE_WORDS_CUT})) + "]"
    "(?:(?<=[,;:()\\[\\]—–\"“”«»])"
    "|(?<=[‘’'])(?:(?<![^\\W\\d_].)|(?![^\\W\\d_]))"
    "|(?<=\\s)-(?:\\s|-(?:\\s|$))"
    "|(?<!\\w.)(?:"
    + "|".join(
        f"(?<={c})(?:{'|'.join(w[1:] for w in _CLAUSE_WORDS_CUT if w[0] == c)})"
        for c in sorted({w[0] for w in _CLAUSE_WORDS_CUT})
    )
    + ")\\b)"
)
_AUX = frozenset(
    "has have had was were is are be been also later then previously repeatedly again earlier once "
    "would will did does do not never publicly reportedly separately further flatly quickly "
    "recently simply quoted as being it's has’ve can could may might should must still just even instead "
    "however rather".split()
)
# a match at 0: the string has at least 3 (5) words, a word being [^\W_][\w'’.\-]* (each taken
# whole: the lookahead stops backtracking inside a word)
_THREE_WORDS_RE = re.compile(r"(?:[\W_]*[^\W_][\w'’.\-]*(?![\w'’.\-])){3}")
_FIVE_WORDS_RE = re.compile(r"(?:[\W_]*[^\W_][\w'’.\-]*(?![\w'’.\-])){5}")
# lower-case particles inside a name: "Art del Cueto", "Marc de Wit", "Ludwig van Beethoven"
_NAME_PARTICLES = frozenset("de da van von bin al del la le".split())
_PARTICLES_ALT = "|".join(sorted(_NAME_PARTICLES, key=lambda w: (-len(w), w)))
_NAME_TAIL = rf"(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]*|{_PARTICLES_ALT}))*"
# honorific after its capital letter: Mr, Mrs, Ms, Dr, Prof, Sen, Sgt, Rep, Gov, Gen, Lt, Col, Capt
_NAME_HON = r"(?:(?<=M)(?:r|rs|s|aj)|(?<=A)dm|(?<=D)r|(?<=P)rof|(?<=S)(?:en|gt)|(?<=R)ep|(?<=G)(?:ov|en)|(?<=L)t|(?<=C)(?:ol|apt|pl)|(?<=D)et)"
#: A run of capitalised words (with initials and name particles), optionally
#: after an honorific.  Written to start with ``[A-Z]`` so that the regex engine
#: jumps between capital letters.
# (joined initials open one too: "E.W. Jackson", "J.K. Rowling"; not a middle initial alone)
_NAME_INITIALS = r"(?:\.[A-Z])+\.\s+[A-Z][a-z][\w'’\-]*"
_NAME_RUN_RE = re.compile(
    rf"[A-Z](?:{_NAME_HON}\.?\s+[A-Z][\w'’\-]*{_NAME_TAIL}|{_NAME_INITIALS}{_NAME_TAIL}|[\w'’\-]*{_NAME_TAIL})"
)
# The same runs, minus those of a single word (never a person's full name): a
# single capitalised word fails here, and the scan resumes inside it, where no
# longer run can start, so the multi-word runs found are exactly those above.
_NAME_RUN2_RE = re.compile(
    rf"[A-Z](?:{_NAME_HON}\.?\s+[A-Z][\w'’\-]*{_NAME_TAIL}|{_NAME_INITIALS}{_NAME_TAIL}|[\w'’\-]*{_NAME_TAIL[:-1]}+)"
)
# characters that never occur inside a name run: a scan may restart after one
_RUN_BREAKERS = ",;:()!?\"“”"
_FOLLOW_NP_RE = re.compile(
    r"\s*((?:(?:the|a|an|[A-Z][\w'’.\-]*|[a-z][\w'’\-]*)(?:\s+|$)){1,8})"
)
_QUOTE_OPEN = "\"“‘«„'"
_MAX_WORDS_SOURCE = 8


def _sentence_bounds(text: str) -> list[int]:
    return list(map(_MATCH_END, _SENT_BOUND_NOABBREV_RE.finditer(text)))


_MATCH_END = re.Match.end


def _abbrev_at(text: str, p: int) -> bool:
    """True when the period at ``p`` ends an abbreviation or an initial followed by a capital (``Sen. Ann``)."""
    m = _ABBREV_DOT_RE.search(text, max(0, p - 5), p + 3)
    while m is not None and m.end() < p + 1:
        m = _ABBREV_DOT_RE.search(text, m.end(), p + 3)
    return m is not None and m.end() == p + 1


def _sent_break(text: str, a: int, b: int) -> bool:
    """A sentence bound in ``text[a:b]`` that is not the period of an abbreviation."""
    if a <= 0 or text[a - 1] != ".":
        return _SENT_BOUND_NOABBREV_RE.search(text, a, b) is not None
    # a scan starting just after a period: a line break there is a bound even after an abbreviation
    for m in _SENT_BOUND_RE.finditer(text, a, b):
        if not (text[m.start()] == "." and (_abbrev_at(text, m.start()) or _date_abbrev_at(text, m.start()))):
            return True
    return False


# the period of a month's abbreviation before a day ('Sept. 14', 'Aug. 19'): no sentence bound
_DAY_MONTHS = ("Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_DATE_ABBREV_DOT_RE = re.compile(rf"(?<!\w)(?:{'|'.join(_DAY_MONTHS)})\.(?=[ ]\d)")
# ... as lookbehinds (one per length: fixed widths) for _SENT_BOUND_NOABBREV_RE
_DAY_MONTH_BEHIND = "".join(
    rf"(?<!(?<!\w)(?:{'|'.join(m for m in _DAY_MONTHS if len(m) == n)})\.)" for n in sorted({len(m) for m in _DAY_MONTHS}))


def _date_abbrev_at(text: str, p: int) -> bool:
    """True when the period at ``p`` ends a month's abbreviation before a day (``Sept. 14``)."""
    m = _DATE_ABBREV_DOT_RE.search(text, max(0, p - 4), p + 3)
    return m is not None and m.end() == p + 1


def _words_between(text: str, a: int, b: int) -> int:
    """Approximate number of words in ``text[a:b]`` (spaces + 1; cheap)."""
    if b <= a:
        return 0
    return text.count(" ", a, b) + (0 if text[b - 1] == " " else 1) - (1 if text[a] == " " else 0)


def _source_before(text: str, start: int, lo: int) -> str | None:
    """The subject noun phrase before a cue at ``start`` (clause-bounded, appositions skipped).

    A pure function of ``text[max(lo, start - 240) : start]`` (widened past a blanked link
    teaser, and not starting inside a word); the results for short
    contexts, which recur across articles (`` he ``, ``He also ``, `` the president ``:
    about half of them on a first pass over AllSides), are cached.
    """
    a = start - 240 if start - 240 > lo else lo
    if a > lo and text.find("          ", a, start) >= 0:
        # a blanked link teaser inside the window: as much text again before it
        a = max(lo, a - len(max(_BLANK_RUN_RE.findall(text, a, start), key=len)))
    if a > lo and text[a - 1].isalnum():
        a = text.find(" ", a, start) + 1 or start  # (not from inside a word: 'ornyn' of 'Cornyn')
    seg0 = text[a:start]
    src = _source_before_text(seg0)
    if src is None and a == lo and a >= 2 and text[a - 2 : a] in (",”", ',"') and _DESC_GAP_RE.fullmatch(seg0) is not None:
        return seg0.strip()  # '“…,” a government official directly involved in the process told'
    if seg0.endswith(", "):
        # '“…,” Ann Lind, a strategist and adviser to Sen. Ray Brill, a former candidate, told':
        # the name after the quote (the window may start right after it: its closing mark is read too)
        seg1 = text[a - 2 : start] if a == lo and a >= 2 else seg0
        alt = _name_after_close_appos(seg1.rstrip()) if "”" in seg1 or '"' in seg1 else None
        if alt is None and a == lo and a >= 2 and text[a - 2] == "," \
                and (sur := _name_after_close_appos(seg1.rstrip(), _CLOSE_SURNAME_APPOS_RE)) is not None \
                and sur.lower() not in _COMMON and sur.lower() not in _TIME_OPENERS and sur != src:
            # '“…,” Lind, a former aide who now heads the Institute for Peace and Security, said': the
            # surname right after a quote that ends in a comma, before its apposition
            alt = sur
        if alt is None and (src is None or (" " not in src and src[:1].islower())):
            # 'Chris Hood, a resident planning to join the "Free Speech" rally, told': the name that
            # opens the sentence, not the word after the quote inside its apposition
            wide = text[max(0, start - 240) : start]
            if "”" in wide or '"' in wide:
                alt = _name_after_close_appos(wide.rstrip(), _SENT_NAME_APPOS_RE)
        if alt is not None:
            src = alt
    elif src is None and ("Asked " in seg0 or "Pressed " in seg0 or "Questioned " in seg0) \
            and (asked := _ASKED_NO_COMMA_RE.search(seg0)) is not None and _is_titled_name(asked.group(1)):
        # 'Asked whether the port is in play Lind said': the comma after the participle's clause is
        # missing; the name before the cue is its subject
        src = asked.group(1)
    elif (src is None or src.startswith(("the ", "a ", "an "))) and a == lo and a >= 2 \
            and ("”" in text[a - 2 : a + 1] or '"' in text[a - 2 : a + 1]):
        # '“…,” Ann Lind, the director in charge of the Harbour office said', '“…,” Ann Lind, the
        # port's harbour master said': an apposition whose closing comma is missing, right after
        # the quote (a surname alone before a role: '“…,” Lind, the leader of the Harbour Chapel told')
        src = _name_after_close_appos(text[a - 2 : start].rstrip()) \
            or _name_after_close_appos(text[a - 2 : start].rstrip(), _CLOSE_SURNAME_ROLE_RE) \
            or _name_after_close_appos(text[a - 2 : start].rstrip(), _CLOSE_SURNAME_WHO_RE) or src
    if src is None and " by " in seg0 and (by := _DOC_BY_TAIL_RE.search(seg0)) is not None:
        # 'one of the signs carried by the red clad strikers said:' (too long a phrase as a whole):
        # the document or sign before the participle
        doc = _source_before_text(seg0[: by.start()])
        if doc is not None and doc.rsplit(" ", 1)[-1].lower() in _READING_DOCS \
                and seg0[: by.start()].rstrip().endswith(doc) \
                and (doc[:1].isupper() or doc.split(" ", 1)[0] in _DOC_DETERMINERS):
            src = doc
    return src


# a participle and 'by' with its agent, ending the window before a cue ('… carried by the strikers ')
_DOC_BY_TAIL_RE = re.compile(r"[ ](?:[a-z]+ed|held|written|sent|made|signed|carried|posted)[ ]by[ ]"
                             r"(?:(?!(?:who|which|that)[ ])[\w'’\-]+[ ]){1,8}$")
_DOC_DETERMINERS = frozenset("a an the one another this that these those his her their its".split())


def _source_before_text(seg0: str) -> str | None:
    """:func:`_source_before` of the window ``seg0`` alone (cached for short windows)."""
    cached = len(seg0) <= _SOURCE_BEFORE_CACHED_CHARS
    if cached and seg0 in _SOURCE_BEFORE_CACHE:
        return _SOURCE_BEFORE_CACHE[seg0]
    src = _source_before_seg(seg0)
    if src is not None and (_DATE_SOURCE_RE.match(src) or not any(c.isalpha() for c in src) or src in ("Which", "What")
                            or (src.endswith((" himself", " herself", " themselves"))  # ('and let himself boast', not
                                and src.rsplit(" ", 2)[-2][:1].islower())  # 'Trump himself insisted')
                            or (src[:1].islower() and " " in src and src.rsplit(" ", 1)[1][:1].islower()
                                and (_is_participle(w0 := src.split(" ", 1)[0])
                                     or (_PAST_VERB_RE.fullmatch(w0) and not src.endswith(" to") and " by " not in src)))):
        # 'December 15 said' in a list of dated quotes, 'Aug. 30 remarks': a date or number is no
        # source; nor a participle's or a past tense's phrase ('…, replying with a grin, said', 'and
        # spoke dismissively of his credentials in an interview with')
        src = None
    elif src is not None and " " in src and (held := _HELD_SIGNS_RE.fullmatch(src)) is not None:
        src = held.group(1)  # 'The protesters held signs reading': the people who held them
    elif src is not None and (own := _FIRST_PERSON_CONTRACTION_RE.fullmatch(src)) is not None:
        src = own.group(1)  # "I’ve said": I
    elif src is not None and src[:1] in "aAt" and (rel := _REDUCED_RELATIVE_RE.fullmatch(src)) is not None:
        src = rel.group(1)  # '— a move the officials said appeared planned': the officials
    if cached:
        if len(_SOURCE_BEFORE_CACHE) > 50_000:
            _SOURCE_BEFORE_CACHE.clear()
        _SOURCE_BEFORE_CACHE[seg0] = src
    return src


# a name right after a quote's closing mark, and an apposition after it: '“…,” Ann Lind, a
# strategist and a longtime adviser to Sen. Ray Brill, a former candidate, told X'
_APPOS_OPENER = r"(?:a|an|the|who|one|now|then|also|his|her|their|its|[A-Z][a-z]+[ ](?:of|for|at))[ ]"  # ('Chief of')
_CLOSE_NAME_APPOS_RE = re.compile(r"[”\"][ ]+((?:[A-Z][\w.'’\-]*[ ]){1,3}[A-Z][\w'’\-]+)(?:[ ]\([DRI](?:[-–][A-Za-z.]+)?\))?,[ ]+"
                                  + _APPOS_OPENER)  # (a party tag after the name: 'Rep. Ann Lind (D-Ill.), the …')


# a passive participle's clause opening the sentence, its comma missing, then a name: 'Asked whether
# the port is in play Lind' (then the cue)
_ASKED_NO_COMMA_RE = re.compile(r"(?:^|[.!?][ ]+|\n)(?:Asked|Pressed|Questioned)[ ][^,;:“”\"\n]{3,160}?[ ][a-z]+"
                                r"[ ]((?:[A-Z][\w.'’\-]*[ ]){0,2}[A-Z][\w'’\-]+)[ ]*$")
# ... or a surname alone, then a role with 'of' ('“…,” Lind, the leader of the Harbour Chapel')
_CLOSE_SURNAME_ROLE_RE = re.compile(r"[”\"][ ]+([A-Z][a-z][\w'’\-]+),[ ]+the[ ](?:[a-z][\w\-]*[ ]){1,3}of[ ]")
# ... or before an apposition opened by 'a', 'an' or 'who', the quote ending in a comma: '“…,” Lind, a
# former aide who now heads the Institute for Peace and Security, said'
_CLOSE_SURNAME_APPOS_RE = re.compile(r",[”\"][ ]+([A-Z][a-z][\w'’\-]+),[ ]+(?:a|an|who)[ ]")
# ... and a surname alone before a relative clause: '“…,” Wilder, who was elected in 1989 told'
_CLOSE_SURNAME_WHO_RE = re.compile(r"[”\"][ ]+([A-Z][a-z][\w'’\-]+),[ ]+who[ ]")
# ... or opening the sentence (after its bound or a line break)
_SENT_NAME_APPOS_RE = re.compile(r"(?:^|[.!?][”\"]?[ ]+|\n[ ]*)((?:[A-Z][\w.'’\-]*[ ]){1,3}[A-Z][\w'’\-]+),[ ]+"
                                 + _APPOS_OPENER)
_AND_NAME_RE = re.compile(r"\band[ ]([A-Z][a-z]+)[ ][A-Z]")  # '… and Ray Brill' (a known first name)


def _name_after_close_appos(seg: str, pattern: re.Pattern[str] = _CLOSE_NAME_APPOS_RE) -> str | None:
    """The name that follows the last closing mark in ``seg`` (the text before a cue, ending in a
    comma; with ``pattern`` :data:`_SENT_NAME_APPOS_RE`, the name opening the sentence) and opens
    an apposition that runs to the cue with no sentence bound and names no second person ('…
    and Ray Brill, a lawyer,'): the source when the apposition is too long or holds commas or
    quotes of its own."""
    m = None
    for found in pattern.finditer(seg):
        m = found  # (the last)
    if m is None or _sent_break(seg, m.end(), len(seg)) \
            or any(_first_name_gender(a.group(1)) for a in _AND_NAME_RE.finditer(seg, m.end())):
        return None
    name = m.group(1)
    return name if all(_is_name_token(w) for w in _strip_titles(name).split()) else None  # ('Rep. Ann Lind')


# nouns ending in -ly: no adverb before a cue ('the family said', 'a close ally said')
_LY_NOUNS = frozenset("ally family assembly rally daily weekly monthly quarterly elderly bully monopoly supply reply "
                      "homily anomaly belly jelly tally folly lily gadfly butterfly".split())


def _is_ly_adverb(w: str) -> bool:
    """A lower-case word in *-ly* that is no noun (``later``, ``repeatedly``; not ``family``, ``ally``)."""
    return w.endswith("ly") and w[:1].islower() and w not in _LY_NOUNS


def _is_participle(word: str) -> bool:
    """A lower-case word in *-ing* that opens a participle's phrase (``replying``, ``speaking``; not
    ``ranking``, ``acting``, ``second-ranking``, ``something``)."""
    return word.endswith("ing") and "-" not in word and word not in _ADJ_ING


# (and 'going': 'going on to add' is the previous cue's speaker, read later)
_ADJ_ING = frozenset("going "
                     "ranking acting leading outgoing incoming sitting serving governing founding managing presiding "
                     "ruling reigning retiring remaining visiting something nothing anything everything".split())
# people who hold signs that read something: their words ('Protesters held signs reading “…”')
_HELD_SIGNS_RE = re.compile(r"(.+?)[ ](?:held|holding|carried|carrying|waved|waving|displayed|hoisted|raised|wore|"
                            r"wearing)[ ](?:[\w\-]+[ ]){0,2}(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?)")
# a surname opening with a lower-case particle ('al-Yasseri', 'el-Sisi', 'bin Salman' is two words)
_PARTICLE_SURNAME_RE = re.compile(r"(?:al|el|ad|as|at|ar|an|ash|abu|ibn)-[A-Z][\w'’\-]+")
_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w\-])(al|el|ad|as|at|ar|an|ash|abu|ibn)-$")  # ('al-' before 'Sisi')
# groups named after a person ('the Lind campaign', 'the Lind transition team'): not the person
_NAMED_GROUP_HEADS = frozenset("team campaign administration camp office staff family government allies aides "
                               "attorneys lawyers supporters".split())
# adjectives before 'say' that make it a noun ('the final say', 'an equal say')
_SAY_NOUN_BEFORE = frozenset("final last big bigger greater equal much little real fair".split())
# bodies a lower-case head stands for, by the head: named with 'of' after it ('the Bureau of
# Investigation') or by an acronym ('FBI')
_ORG_OF_HEADS = {
    "bureau": ("FBI",), "agency": ("CIA", "NSA", "EPA", "FDA", "DIA"), "department": ("DOJ", "DHS", "DOD", "DOE"),
    "ministry": (), "commission": ("FCC", "FEC", "SEC", "FTC"), "committee": (), "council": (), "court": (),
    "office": ("GAO", "CBO", "OMB"), "service": ("IRS",), "board": (),
}
_ORG_OF_NAME_RE = {head: re.compile(r"(?<![\w’'])((?:(?!(?:The|A|An)[ ])[A-Z][\w.&’'\-]*[ ]){0,3}" + head.capitalize()
                                     + r"(?:[ ](?:of|for|on)(?:[ ]the)?(?:[ ](?:[A-Z][\w.&’'\-]*|and)){1,5})?"
                                     + "".join(f"|{acr}" for acr in acrs) + r")(?![\w’'])")
                   for head, acrs in _ORG_OF_HEADS.items()}


def _org_of_head(text: str, pos: int, cap: str) -> str | None:
    """The body the lower-case head ``cap.lower()`` stands for at ``pos`` (``the bureau``): the last
    name before it, within 3,000 characters, with that head and more than the head alone (``Georgia
    Bureau of Investigation``, ``Bureau of Prisons``) or one of the head's acronyms (``FBI``); else None."""
    last = None
    for m in _ORG_OF_NAME_RE[cap.lower()].finditer(text, max(0, pos - 3000), pos):
        if m.group(1) != cap:
            last = m.group(1)
    return last


# a title that goes with one name, the name in full: 'Pope Francis', 'King Charles III'
_REGNAL_NAME_RE = re.compile(r"(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Sheikh|Ayatollah|Patriarch)"
                             r"[ ][A-Z][a-z]+(?:[ ][IVX]+)?")
# participles of issuing before the issuer ('a brief released by the team')
_ISSUED_BY_WORDS = frozenset("released issued filed written published sent".split())
# a past tense opening a verb's phrase (not 'red', 'need', 'bed')
_PAST_TENSE = (r"(?:[a-z]{2,}[^e\W]ed|[a-z]+ied|spoke|told|wrote|took|made|gave|went|sent|came|kept|left|held"
               r"|brought|thought|felt|found|stood|threw|knew|saw|became|broke|chose|swore)")
_PAST_VERB_RE = re.compile(_PAST_TENSE)
# a short aside in brackets after a word, opening in lower case: '(the golfer)', '(pictured)'
_PAREN_ASIDE_RE = re.compile(r"(?<=[\w.])[ ]\([a-z][^()\n“”\"]{1,60}\)$")
_SOURCE_BEFORE_CACHED_CHARS = 24
# a noun and a relative clause without 'that' whose subject is a description: 'a move the officials
# (said …)', 'an error the union (said …)'
_REDUCED_RELATIVE_RE = re.compile(r"(?:[Aa]n?|[Tt]he)[ ][a-z]+[ ]((?:the|his|her|their|its)[ ](?:[\w’'\-]+[ ]){0,2}[a-z][\w’'\-]+)")
# a first-person pronoun and a verb's contraction ('I’m', "We've"): the pronoun is the subject
_FIRST_PERSON_CONTRACTION_RE = re.compile(r"(I|We)[’'](?:m|ve|d|ll|re)")
_SOURCE_BEFORE_CACHE: dict[str, str | None] = {}
_BLANK_RUN_RE = re.compile(" {10,}")
# sentence adverbials set off by commas between a subject and its cue: 'The union, for its part, said'
_PARENTHETICAL_ADVERBIALS = frozenset((
    "meanwhile", "however", "though", "too", "also", "instead", "likewise", "similarly", "separately",
    "in turn", "in response", "in contrast", "by contrast", "for example", "for instance", "in addition",
    "for his part", "for her part", "for its part", "for their part", "in a statement", "in a tweet",
    "in an email", "in a letter", "in a post", "at the time", "at one point", "later", "earlier", "again",
    "once", "still", "today", "yesterday", "in fact", "of course", "nevertheless", "nonetheless",
))
_AUX_SURNAMES = frozenset(("Will", "May"))  # capitalised right before a cue: a surname (George Will, Theresa May)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_DATE_SOURCE_RE = re.compile(
    "(?:" + "|".join(m.capitalize() for m in _MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"\.?[ ]\d{1,2}(?:,?[ ]\d{4})?$"
)


def _name_before_aux(before: str) -> bool:
    """Whether what precedes a capitalised *Will*/*May* makes it a surname: nothing, a quote or
    comma, or a capitalised word that is no preposition or time word (``George``, not ``in``)."""
    if not before or before[-1] in "”\"’,":
        return True
    last = before.rsplit(" ", 1)[-1]
    return last[:1].isupper() and last.isalpha() and last.lower() not in _TIME_OPENERS and last.lower() not in _PREPS


# 'Here's how Ann Lind put it …', 'This is how Ann Lind described it': the name after 'how'
_HOW_NAME_RE = re.compile(r"(?<![\w’'])(?:how|why|what|whether|when|where)[ ]((?!I['’])(?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)$")
# 'what <name> (of <affiliation>) had to' before 'say': the name
# 'what <a description> (told me)': the description, right before the cue
_WHAT_NP_RE = re.compile(r"\bwhat[ ]((?:a|an|one|another)[ ](?:[\w’'\-]+[ ]){0,8}?[a-z][\w’'\-]+)$")
_WHAT_HAD_TO_RE = re.compile(r"\bwhat[ ](?:else[ ])?(the[ ](?:[A-Za-z][\w.'’\-]*[ ]){0,2}[A-Za-z][\w'’\-]+"
                             r"|(?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)"
                             r"(?:[ ](?:of|from|at)[ ][^,;:.“”\"]{1,60}?)?[ ](?:had|has|have)[ ]to$")


# a plural possessive ('the ministers’ statement'): its apostrophe is no quote mark ending a clause
# (of a lower-case noun: 'Collins’ vote', 'Sanders' qualification' are a person's)
_PLURAL_POSS_RE = re.compile(r"(?<![\w'’])(?:[A-Za-z]?[a-z]*s(['’])(?=[ ][a-z])|[A-Z][a-z]+s(['’])(?=[ ][A-Z][a-z]))")
# (and 'Daily Kos’ account'; a capitalised one before a capitalised word, 'the White House
# Correspondents’ Association', only with no single quote opened before it: not '‘deplorables’ Clinton')
_POSS_STAND_IN = {"'": "\u02bc", "’": "\u02bb"}  # (letters of the same length, mapped back after)
_POSS_STAND_BACK = str.maketrans({v: k for k, v in _POSS_STAND_IN.items()})


def _possessive_stand_in(m: re.Match[str]) -> str:
    """A :data:`_PLURAL_POSS_RE` match with its apostrophe replaced by a letter (kept as it is for a
    capitalised possessive after an opening single quote: the closing quote of ``‘Workers’``)."""
    mark = m.group(1) or m.group(2)
    if m.group(1) is None and ("‘" in m.string[: m.start()] or " '" in m.string[: m.start()]):
        return m.group()
    return m.group()[:-1] + _POSS_STAND_IN[mark]


def _source_before_seg(seg0: str) -> str | None:
    """:func:`_source_before` of the text before the cue (``seg0``, at most 240 characters)."""
    if ("s'" in seg0 or "s’" in seg0) and _PLURAL_POSS_RE.search(seg0):
        src = _source_before_phrase(_PLURAL_POSS_RE.sub(_possessive_stand_in, seg0))
        return src.translate(_POSS_STAND_BACK) if src is not None else None
    return _source_before_phrase(seg0)


# a cleft opening the clause of the source: "That’s why (people say)", 'This is how (officials put it)'
_THATS_WHY_RE = re.compile(r"(?:that|this|it|which)(?:['’]s|[ ]is|[ ]was)[ ](?:why|how|because|when|where)[ ]", re.IGNORECASE)
# an apposition giving a group's name: 'known as Harbour Families United', 'called the Harbour League'
_KNOWN_AS_APP_RE = re.compile(r"(?:known[ ]as|called)[ ]((?:the[ ])?[A-Z0-9][\w/&'’.\-]*(?:[ ](?:[A-Z0-9][\w/&'’.\-]*"
                              r"|of|for|and|the|on|in|against|to)){0,10})")
# the words for a body that an apposition may name
_GROUP_WORDS = frozenset("group coalition organization organisation campaign movement network alliance "
                         "association committee caucus party firm company union collective".split())


# a passive participle's phrase in apposition ('commissioned by the governor', 'led by Ann Lind'),
# not of the words' author, who speaks for them ('The article, written by Ann Lind, explained')
_PASSIVE_BY_APP_RE = re.compile(r"(?!(?:written|co-written|drafted|authored|co-authored|penned|issued|signed|released"
                                r"|prepared|produced|published|compiled|posted|sent|filed|presented|delivered)[ ])"
                                r"(?:[a-z]+(?:ed|en)|led|run|made|built|held|paid|funded)[ ]by[ ]")


# the end of a long quote, then the subject of 'shared': '“…,” Lind emotionally shared.'
_SHARED_AFTER_QUOTE_RE = re.compile(r"[,?!…][”\"][ ]+((?:[\w’'.\-]+[ ]){1,5})$")
_AGED_NAME_APP_RE = re.compile(r"\d{1,3}-year-old ([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})")


# the person heard (or shown) speaking before a cue: 'I heard a TV reporter (say)', 'we hear him
# (say)', 'Footage showed people (shouting)'
# (a description by a determiner, a capitalised name or an indefinite pronoun: not 'heard sirens and
# were (told)', 'heard from families who (say)', 'heard what Lind (said)', 'heard over the intercom
# (saying)'; nor a court's 'decision not to hear Lind (suggests)')
_HEARD_SAY_RE = re.compile(r"(?<![\w’'])(?<!not to )(?<!agreed to )(?<!refused to )(?<!declined to )"
                           r"(?:heard|hear|showed|shows)[ ]((?:him|her|them|someone|somebody|anyone|anybody|people)"
                           r"|(?:a|an|the|one|another|his|her|their|my|our)(?:[ ](?!(?:and|or|who|which|that|to|"
                           r"were|was|is|are|have|has|had)(?:[ ]|$))[\w’'\-.]+){1,3}"
                           r"|(?:[A-Z][\w’'\-.]*[ ]){0,2}[A-Z][\w’'\-]*)$")
_OBJECT_TO_SUBJECT = {"him": "he", "her": "she", "them": "they"}


def _source_before_phrase(seg0: str) -> str | None:
    """:func:`_source_before_seg` once plural possessives are no clause bounds."""
    seg = seg0.rstrip()
    if seg.endswith(" to") and "what " in seg[-120:] \
            and (what := _WHAT_HAD_TO_RE.search(seg, max(0, len(seg) - 120))) is not None \
            and (_is_titled_name(what.group(1))
                 or (what.group(1).startswith("the ") and source_type(what.group(1)) == "official")):
        # 'Here’s what Ann Lind of the Harbour Gazette had to (say)', 'what else the President had to'
        return what.group(1)
    if (" heard " in seg[-60:] or " hear " in seg[-60:] or " show" in seg[-60:]) \
            and (heard := _HEARD_SAY_RE.search(seg, max(0, len(seg) - 60))) is not None:
        # 'I heard a TV reporter say, “…”': the person heard speaking (a pronoun as its subject form)
        who = heard.group(1)
        return _OBJECT_TO_SUBJECT.get(who.lower(), who)
    if "what " in seg[-90:] and (what_np := _WHAT_NP_RE.search(seg, max(0, len(seg) - 90))) is not None:
        return what_np.group(1)  # 'Which confirmed what a policy staffer on the campaign (told me)'
    if ("how " in (tail60 := seg[-60:]) or "wh" in tail60) \
            and (m := _HOW_NAME_RE.search(seg, max(0, len(seg) - 60))) is not None:
        # ('asked how Ann Lind', 'to know why Lind', 'what Lind'): the name is the subject
        return m.group(1)
    if seg.endswith(")"):  # "Sen. Ann Lee (D-N.Y.) told": the party and state are no clause boundary
        seg = _PAREN_PARTY_RE.sub("", seg).rstrip()
    elif seg.endswith("),"):  # "…, Sen. Ann Lee (I-Vt.), said"
        seg = _PAREN_PARTY_RE.sub("", seg[:-1]).rstrip() + ","
    elif seg.endswith(".") and (k_tag := seg.rfind(", ", len(seg) - 24)) > 0 \
            and _PARTY_STATE_RE.match(seg, k_tag + 2) is not None and seg[k_tag - 1 : k_tag].isalpha():
        seg = seg[:k_tag]  # "Sen. Ann Lee, R-Tenn. said": the tag's period ends no sentence (its comma missing)
    elif " of " in seg[-40:]:  # "Rep. Ann Lee (R) of Michigan(,) said": the party tag and state too
        seg = _PARTY_OF_STATE_RE.sub("", seg).rstrip()
    elif seg.endswith(" to") and ") " in seg[-45:] and seg.count("(", len(seg) - 90) == 1:
        # 'Sen. Ann Lee (R-Ore.) was heard to ask': the party tag before the verbs of an infinitive
        # cue (one person's: not 'Ann Lee (D-Ore.) and Ray Brill (D-Wash.) voted to')
        seg = _PARTY_BEFORE_TO_RE.sub("", seg, 1)
    after_ly = False
    while True:  # "Max Ebert, later boasted" / "has repeatedly said" / "so pithily put it"
        sp = seg.rfind(" ")
        w = seg[sp + 1 :]
        # a weekday before the cue: 'a spokeswoman for the company (on) Saturday told CNN'
        weekday = w[:1].isupper() and w.lower() in _WEEKDAYS and sp > 0 and " " in seg[:sp].strip()
        intensifier = after_ly and w in ("so", "very", "quite", "rather", "too", "more", "most", "less")
        after_ly = _is_ly_adverb(w)
        if w and (w.lower() in _AUX or after_ly or weekday or intensifier or w in ("now", "often")) \
                and not (w in _AUX_SURNAMES and _name_before_aux(seg[:sp].rstrip())):
            # (a capitalised auxiliary right before the cue after a name or a quote is a surname:
            # "George Will said", '“…,” May said'; not "in May")
            seg = seg[: max(sp, 0)].rstrip()
            if weekday and seg.endswith(" on"):
                seg = seg[:-3].rstrip()
        else:
            break
    if seg.endswith(")") and (aside := _PAREN_PARTY_RE.search(seg, max(0, len(seg) - 30))
                              or _PAREN_ASIDE_RE.search(seg, max(0, len(seg) - 70))) is not None \
            and _is_name_token(seg[: aside.start()].rstrip().rsplit(" ", 1)[-1]):
        # 'Ray Brill (the golfer) once said', 'Ann Lind (pictured) told', 'Gov. Ann Lind (D) just
        # told': a short aside or a party tag in brackets after a name, before an adverb, is no
        # clause bound
        seg = seg[: aside.start()].rstrip()
    if seg.endswith(",") and (k_par := seg.rfind(", ", max(0, len(seg) - 22))) > 0 \
            and seg[k_par + 2 : -1].lower() in _PARENTHETICAL_ADVERBIALS and seg[k_par - 1] != ".":
        # 'The attorney, meanwhile, said', 'The union, for its part, said': a sentence adverbial
        # between commas is no apposition; the subject stands before it (not after a party tag or
        # a suffix: 'Ann Lee, R-Ky., though, said' reads as an apposition)
        seg = seg[:k_par].rstrip()
        if seg.endswith(")"):  # 'Rep. Ann Lee (R-Ky.), for instance, said'
            seg = _PAREN_PARTY_RE.sub("", seg).rstrip()
    if seg.endswith((",", ".")) and ", " in seg[-7:]:  # "Ray Brill, Jr., said": the suffix is no apposition
        m = _COMMA_SUFFIX_RE.search(seg, max(0, len(seg) - 7))
        if m is not None:
            seg = seg[: m.start()] + m.group(1)
    if seg.endswith(","):  # age and home town: "Ray Brill, 56, of Clemson, S.C., said" -> "Ray Brill"
        m = _AGE_PLACE_APPOS_RE.search(seg, max(0, len(seg) - 80))
        if m is not None:
            seg = seg[: m.start()]
    elif (seg[-1:].isalpha() or seg.endswith(".")) and seg.endswith(_US_STATE_ENDINGS):
        # "Dylan Hoos from Kauai, Hawaii said" -> "Dylan Hoos" (seg is right-stripped: "$" is its end)
        m = _FROM_PLACE_END_RE.search(seg, max(0, len(seg) - 80))
        if m is not None and _NAME_END_RE.search(seg, max(0, m.start() - 40), m.start()):
            seg = seg[: m.start()]
    # apposition: "Nadia Ferro, a hydrologist at X, said" -> jump over ", ... ,"
    stripped = seg.rstrip()
    if stripped.endswith(","):
        body = stripped[:-1]
        cut = body.rfind(",")
        if cut > 0 and body[cut + 1 :].strip() in _US_STATE_SET and body.rfind(",", 0, cut) > 0:
            # 'Ann Lind, a teacher from Tampa, Fla., said': the state belongs to the apposition
            body = body[:cut]
            cut = body.rfind(",")
        if cut > 0 and body.startswith(" and ", cut + 1) and (c2 := body.rfind(",", 0, cut)) > 0 \
                and _PASSIVE_BY_APP_RE.match(body, c2 + 2) is not None:
            cut = c2  # 'A 2014 study, sponsored by the Harbour Program on Policy and Governance, and X, reveals'
        if cut > 0:
            app = body[cut + 1 :].strip()
            first = app.split(" ", 1)[0].lower() if app else ""
            # the words before the apposition, without a party tag in brackets ('Rep. Ann Lee (R-Texas)')
            named = body[:cut].rstrip()
            if named.endswith(")"):
                named = _PAREN_PARTY_RE.sub("", named).rstrip()
            elif ", " in named[-20:] and _PARTY_STATE_RE.match(named[named.rfind(", ") + 2 :]) is not None:
                named = named[: named.rfind(", ")]  # ('Rep. Ann Lee, R-Fla., chairman of the X, said')
            if first[:1].isdigit() and named.rsplit(None, 1)[-1].islower() \
                    and (aged := _AGED_NAME_APP_RE.fullmatch(app)) is not None:
                # 'His elder sister, 11-year-old Ann, interrupts': the person an aged name in
                # apposition to a description names
                return aged.group(1)
            if first in ("known", "called") and (known := _KNOWN_AS_APP_RE.fullmatch(app)) is not None \
                    and named.rsplit(" ", 1)[-1].lower() in _GROUP_WORDS:
                # 'the group, known as Harbour Families United for Justice, said': the name it goes by
                return known.group(1)
            if first in ("a", "an", "the", "who", "which", "whose", "whom", "one", "his", "her", "their",
                         "its", "now", "then", "himself", "herself", "also", "of", "from", "at", "with") \
                    or first.isdigit() \
                    or (first and first[0].isdigit()) \
                    or _PARTY_STATE_RE.match(app) is not None \
                    or _STATE_PARTY_RE.match(app) is not None or _PARTY_OF_STATE_APP_RE.match(app) is not None \
                    or (_ACRONYM_ROLE_APP_RE.match(app) is not None and named[-1:].isalpha()
                        and _is_name_token(named.rsplit(None, 1)[-1])
                        and not _first_name_gender(" ".join(app.split()[-2:]))) \
                    or (any(w.lower() in _TITLE_WORDS or w.lower() in _TITLE_WORDS_OF for w in app.split()[:3])
                        and (" at " in f" {app} " or " of " in f" {app} ")
                        and _first_name_gender(" ".join(named.split()[-2:])) and named.rsplit(None, 1)[-1][:1].isupper()) \
                    or ((app[:1].islower() or app.split(" ", 1)[0].endswith(("'s", "’s"))
                         or (app.rsplit(" ", 1)[-1][:1].islower() and len(named.split()) >= 2
                             and all(_is_name_token(w) for w in named.split()[-2:])))
                        and (named[-1:].isalpha() or (named.endswith((" Jr.", " Sr.")) and named[-5:-4] != ","))
                        and named.rsplit(None, 1)[-1][:1].isupper()) \
                    or (_PASSIVE_BY_APP_RE.match(app) is not None and named[-1:].isalpha() and "," not in named[-100:]):
                # (or a passive participle's phrase after a subject with no apposition of its own:
                # 'The report, commissioned by the governor, said')
                # "Rep. Ann Lee, D-Ariz., said", "Ann Lee, Kentucky Republican, said", "Ann Lee,
                # Climate Director at Harbour Watch, told", "Ann Lee, Co-founder of Harbour Research, wrote",
                # "Ann Lee, executive director of the X, said", "Ann Lee, IPCC co-chair, said"
                app_words = app.split()
                if first in ("the", "a", "an") and named[-1:].isalpha() and named.rsplit(None, 1)[-1].islower() \
                        and len(app_words) >= 4 and app_words[-3].islower() and app_words[-3] not in _PREPS \
                        and app_words[-3] not in _PREP_BEFORE_NAME \
                        and all(_is_name_token(w) for w in app_words[-2:]) and _first_name_gender(" ".join(app_words[-2:])):
                    # 'His partner, the Belgian politician Ann Lee, told': a description, then the person's
                    # name in apposition to it (a role word, then a known first name and a surname; not 'a
                    # woman in Ann Arbor')
                    return " ".join(app_words[-2:])
                stripped = body[:cut].rstrip()
                if stripped.endswith(")"):  # "Ann Lee (R-La.), the party whip, told"
                    stripped = _PAREN_PARTY_RE.sub("", stripped).rstrip()
                elif (age := _AGE_TAIL_RE.search(stripped, max(0, len(stripped) - 6))) is not None \
                        and 0 < len(before_age := stripped[: age.start()].rsplit(", ", 1)[-1].split()) <= 5 \
                        and all(w[:1].isupper() for w in before_age) and before_age[-1].lower() not in _MONTH_WORDS:
                    # 'Ann Lind, 73, a retired pilot, said': the age before the apposition, after a
                    # name alone (not 'Police arrested Ann Lind, 41, of Avel, accusing')
                    stripped = stripped[: age.start()]
                elif ", " in stripped[-20:]:
                    # "Sen. Ann Lee, R-S.C., who often ..., told", "Sen. Ann Lee, D-Ore., a member of
                    # X, said": the party tag before the clause or apposition too
                    k = stripped.rfind(", ")
                    if _PARTY_STATE_RE.match(stripped[k + 2 :]) is not None:
                        stripped = stripped[:k]
            else:
                stripped = body
        else:
            stripped = body
    # a party and state with its closing comma missing: '“…,” Mr. Brill, Texas Republican said'
    if stripped.endswith(("Republican", "Democrat", "Independent")) and ", " in stripped[-45:]:
        k = stripped.rfind(", ")
        before = stripped[:k].split()[-4:]
        run = _last_name_run(before)
        if _STATE_PARTY_RE.fullmatch(stripped[k + 2 :]) and run and before[-1].rstrip(",") == run[-1]:
            return " ".join(run)
    # an apposition with its closing comma missing: '“…,” Ray Brill, a Republican said' (the name
    # opens the text before the cue, after a quote or at the sentence start; else a known first name)
    if ", a" in stripped[-45:] or ((" of " in stripped[-60:] or ", spokes" in stripped[-70:]) and ", " in stripped[-70:]):
        m = _NAME_OPEN_APPOS_RE.search(stripped, max(0, len(stripped) - 100))
        if m is not None and all(_is_name_token(w) for w in m.group(2).split()) \
                and (m.group(1) is not None or _first_name_gender(m.group(2))
                     or (not stripped[: m.start(2)].strip() and not m.group(2).endswith("ly") and m.group(2) not in _US_STATE_ENDINGS
                         and m.group(2).lower() not in _COMMON)):  # (not 'Similarly, a …', 'Utah, a …')
            return m.group(2)
    # 'Ann Lind issued a statement that said': the person whose statement it is
    if stripped.endswith(" that"):
        m = _ISSUED_DOC_THAT_RE.search(stripped, max(0, len(stripped) - 120)) \
            or _DOC_FROM_THAT_RE.search(stripped, max(0, len(stripped) - 120))
        if m is not None and _is_titled_name(m.group(1)):
            return m.group(1)
    if " who " in stripped[-40:] and (who_adv := _WHO_ADVERBIAL_RE.search(stripped, max(0, len(stripped) - 60))) is not None:
        # 'Ann Lind, who in 2000 predicted', 'Ann Lind — who once said': the relative pronoun's
        # adverbial dropped, a dash read as the comma
        stripped = stripped[: who_adv.start()] + ", who"
    # 'Ann Lind (D-Ore.), who said': the name the relative pronoun stands for
    if stripped.endswith(("who", "which")):
        is_who = stripped.endswith("who")
        for n_rx, (rx, width) in enumerate(_WHO_SOURCE_RES):
            who = rx.search(stripped, max(0, len(stripped) - width))
            if who is None or (n_rx >= 3 and not is_who):
                continue
            if n_rx == 4 and (stripped[: who.start()].rstrip().endswith((",", " and", " at", " of", " from", " in", " for"))
                              or stripped[: who.start()].rstrip()[-1:] in ("‘", "’", "'")):
                continue  # (no comma before 'who': not the last of a list, nor a place's or owner's name)
            if n_rx >= 2 and not (_first_name_gender(who.group(1)) if is_who
                                  else source_type(who.group(1)) in ("organisation", "media")):
                continue  # (after an apposition, a person known by a first name, an organisation or an outlet)
            if n_rx == 2 and stripped[: stripped.rfind(",")].rsplit(" ", 1)[-1][:1].isupper():
                continue  # (the relative pronoun stands for the name ending the apposition: 'NATO, a move opposed by Russia, which')
            found_who = who.group(1)
            if is_who and not _is_titled_name(found_who) and found_who.count(" ") >= 2:
                # a place before a title: 'Hawaii Sen. Brian Lind, who' (the titled name after it)
                toks_who = found_who.split()
                found_who = next((" ".join(toks_who[k:]) for k in (1, 2) if len(toks_who) - k >= 2
                                  and _is_titled_name(" ".join(toks_who[k:]))
                                  and _first_name_gender(_strip_titles(" ".join(toks_who[k:])))), found_who)
            if (not _PLACE_OF_BEFORE_RE.search(stripped, max(0, who.start() - 8), who.start())
                    or (" " in (bare := _strip_titles(found_who)) and _first_name_gender(bare))) \
                    and (_is_titled_name(found_who) and not _ARTICLE_BEFORE_RE.search(stripped, max(0, who.start() - 5),
                                                                                   who.start())
                         if is_who else source_type(found_who) in ("organisation", "media")):
                # (not a place or a description: 'Ray Brill of New Jersey, who', 'an Iowa Republican, who')
                return _after_possessive(found_who)
        if not is_who and _WHICH_CUE_RE.search(seg0.rstrip(), max(0, len(seg0) - 30)) is not None \
                and (written := _WHICH_TEXT_RE.search(stripped, max(0, len(stripped) - 100))) is not None \
                and (written.group(2) is not None
                     or written.group(1).rsplit(" ", 1)[-1].lower().strip(".") in _WRITTEN_TEXT_HEADS):
            # a written text, then ', which' right before the cue: 'the Harbour Flag Code, which
            # states', 'Article II of the Constitution, which says', 'Isaiah 41:10, which says', 'a
            # text message, which read': the text (not 'the statement, which did not mention')
            return written.group(1)
        if is_who and stripped.endswith(", who") \
                and (desc_who := _DESC_BEFORE_WHO_RE.search(stripped, max(0, len(stripped) - 60))) is not None \
                and _person_head(desc_who.group(1).rsplit(" ", 1)[-1]):
            # a person described, then ', who': 'his mom, who immediately demanded', 'a New Hampshire
            # Republican, who also conceded' (the people after 'of' when what stands before it is no
            # person nor a quantity: 'in the words of one official, who added')
            desc_text = desc_who.group(1)
            before_of, of_, after_of = desc_text.rpartition(" of ")
            head_of = before_of.rsplit(" ", 1)[-1]
            if of_ and _person_head(after_of.rsplit(" ", 1)[-1]) and head_of.islower() and not _person_head(head_of) \
                    and head_of not in _QUANTITY_HEADS:
                return after_of
            return desc_text
        if is_who and not stripped.endswith(", who") and (antecedent := _relative_antecedent(stripped + " ")) is not None \
                and (antecedent.split(" ", 1)[0].lower() in _NP_DETERMINERS | {"other"}
                     or (" " not in antecedent and antecedent.endswith("s") and antecedent != stripped[:-4].strip())):
            # people described, then who: 'a sex counselor who proclaimed', 'the child who told' (or a
            # plural alone: 'they assumed that people who said', 'Republicans who say')
            before_np = stripped[: len(stripped) - len(antecedent) - 4].rstrip()
            if before_np.endswith(" one of"):
                return None  # ('He was one of the House managers who argued': he)
            if (named_m := _NAME_BEFORE_DESC_RE.search(before_np, max(0, len(before_np) - 60))) is not None \
                    and _is_titled_name(named_m.group(1)):
                return named_m.group(1)  # 'Andrew Lind, a fantasist who describes': the name
            return antecedent
    # clause start: after the last clause boundary
    tail = _after_last_clause_cut(stripped)
    if tail is None:
        return None
    if (why := _THATS_WHY_RE.match(tail)) is not None and why.end() < len(tail):
        tail = tail[why.end() :]  # "That’s why people are saying": people
    cut = len(stripped) - len(tail)
    head = stripped[:cut]  # what comes before the clause of the source
    words = tail.split()
    if len(words) > 3 and (iss := _ISSUED_TAIL_RE.search(tail)) is not None and tail[: iss.start()].strip():
        words = tail[: iss.start()].split()  # 'the ACLU issued a statement Saturday declaring': the ACLU
    if words:
        c = _PRONOUN_CONTRACTION_RE.match(words[-1])
        if c is not None:
            words[-1] = c.group(1)  # "she’d said", "he'll tell": the pronoun
    while words and (words[-1].lower() in _AUX or _is_ly_adverb(words[-1]) or words[-1] in ("now", "often")) \
            and not (words[-1] in _AUX_SURNAMES and (len(words) == 1 or _name_before_aux(words[-2]))):
        words.pop()  # ('“…,” Will said': George Will)
    if len(words) > 1 and words[-1].lower() in _SUBJECT_PRONOUNS and words[-2].lower() not in ("and", "or", "nor"):
        # a subject pronoun ends the source: what comes before it is an adverbial ('In 2008 he
        # said', 'On the other hand she said'), not part of the source
        words = words[-1:]
    # drop time adverbials at the start ("On Tuesday the minister said", "In the past week Lind
    # said", "On December 15 the minister said", "Last year officials said")
    while words and words[0].lower() in _TIME_OPENERS \
            and not (words[0].lower() == "this" and len(words) == 2 and words[1].lower() not in _TIME_WORDS):
        # ('this source said', 'this official said': a description, not 'this week')
        prep = words.pop(0).lower()
        if prep == "at" and len(words) > 2 and words[0].lower() in ("one", "another", "that", "this", "some") \
                and words[1].lower() in ("point", "time", "moment", "stage"):
            del words[:2]  # 'At another point the group shouted'
        elif words and words[0][:1].isupper() and words[0].lower() in _WEEKDAYS:
            words.pop(0)
        elif prep in ("in", "on", "at") and words and words[0][:1].islower() and words[0] not in _PRONOUNS \
                and words[-1][:1].islower() and not _is_time_phrase(words):
            return None  # a place or manner, not a time: 'he did so in a perfectly calm manner, saying'
        while len(words) > 1 and _is_time_phrase(words):
            words.pop(0)
    # the rest of a time phrase cut at 'that' ('Later that day the minister said' -> 'day the minister')
    while len(words) > 1 and words[0] in _TIME_WORDS \
            and not (words[0] == "that" and len(words) == 2 and words[1].lower() not in _TIME_WORDS):
        words.pop(0)  # (not 'that tweet said')
    if len(words) > 1 and words[0] in _LEAD_CONJ:
        words.pop(0)  # "But he added", "And the minister said"
    if len(words) > 1 and (words[0] in ("as", "As") or (words[0] in ("like", "Like") and words[1][:1].isupper())):
        words.pop(0)  # "as Ann Lind put it", "As Lind wrote", "Like Ray Brill once said"
    elif len(words) > 1 and words[0] in _SUB_CONJ_CAP \
            and (words[0] not in _PREP_CONJ or words[1][:1].isupper() or words[1].lower() in _PRONOUNS):
        # "Whenever Lind talks", "When she said": the clause's subject (not 'After the defeat, the
        # president …', a preposition's object)
        words.pop(0)
    if len(words) > 1 and words[0] == "with" and (words[1][:1].isupper()
                                                   or (words[1] in _INDEFINITE and words[1] not in ("a", "an"))
                                                   or (words[1] in ("a", "an", "the") and len(words) > 2
                                                       and _person_head(_np_head(" ".join(words[2:]))))):
        words.pop(0)  # 'with Ann Lind saying …', 'with a spokesman saying …': the participle's subject
    if words and words[0][:1].islower() and words[0] != "the" and words[0] not in _PRONOUNS and cut > 0:
        # an apposition not closed by a comma: 'Owen Lind, manager of X at Y said' -> the name
        # (a singular role noun, not a group, a pronoun or a definite description: 'When asked
        # about Ann Lind, officials said', '… beneath a statue of Ann Lind, he said')
        head_ = _np_head(" ".join(words))
        if head_[:1].islower() and (not head_.endswith("s") or head_ in _TITLE_WORDS):
            m = _NAME_COMMA_END_RE.search(stripped, max(0, cut - 60), cut)
            if m is not None and _first_name_gender(m.group(1)):
                return m.group(1)
    if words and words[0] in _PP_OPENERS:
        return None  # a prepositional phrase is no subject: 'and with a toss of the head, remarked'
    if words and len(words) > _MAX_WORDS_SOURCE and not _long_title_name(words) and not _long_person_description(words) \
            and not _long_org_name(words):
        # (a long indefinite description of a person is one: 'a top Democrat with close ties to the
        # campaign', 'one of the Senate's most influential aides')
        # a long relative clause: the description it qualifies ('Another strategist who is deeply
        # involved in the party's planning said')
        rel = _REL_END_RE.search(head, max(0, len(head) - 12))
        return _np_before_relative(head, rel, strip_lead=True) if rel is not None else None
    if not words:
        return None
    src = " ".join(words)
    if src[0] in " ,.;:" or src[-1] in " ,.;:":
        src = src.strip(" ,.;:")
        if src.endswith(_ABBREV_SUFFIXES) and src[-3:-2] == " ":
            src += "."  # (the abbreviation's period stays: "Ray Brill Jr.")
        if not src:
            return None
        words = src.split()
    cut_at = len(stripped) - len(tail.lstrip())
    if stripped.endswith(tail) and stripped[:cut_at].endswith(" and ") and _is_titled_name(src):
        # two people: 'Ray Brill and Ann Lind said' (the clause cut split them at "and")
        pair = _PAIR_FIRST_RE.search(stripped, max(0, cut_at - 50), cut_at)
        if pair is not None and _is_titled_name(pair.group(1)) and (" " in pair.group(1)) == (" " in src):
            return f"{pair.group(1)} and {src}"  # (full names or surnames both: not 'Law and Ann Lind')
    if len(words) >= 3 and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS \
            and words[0].lower() not in _INDEFINITE:
        # a name, then a past-tense verb: 'Betsy DeVos later issued a statement saying' -> the name
        k = next((i for i, w in enumerate(words[1:-1], 1)
                  if w[:1].islower() and (w.endswith("ed") or w in _PAST_VERBS) and w not in _TITLE_STRIP
                  and w not in ("quoted", "cited")  # ('Reuters quoted an official as saying': a relay)
                  and words[i + 1] in _OBJECT_OPENERS), 0)  # (a verb with an object: not 'armed forces')
        if k:
            lead = words[:k]
            while lead and lead[-1][:1].islower() and (_is_ly_adverb(lead[-1]) or lead[-1].lower() in _AUX):
                lead.pop()
            if lead and all(w[:1].isupper() for w in lead) and not lead[-1].endswith(("'s", "’s")):
                words = lead
                src = " ".join(words)
    is_clause = _is_clause_words(words)  # (words == src.split())
    if is_clause and words[0] not in _CLAUSE_WORDS:
        return _clause_subject(src)  # "Members of Congress haven't": the subject
    rel = _REL_END_RE.search(head, max(0, len(head) - 12)) \
        if head.endswith(("who", "who ")) and words[0].lower() not in _PRONOUNS else None  # ('… who, he said, …')
    if is_clause or rel is not None:
        # a relative clause is not the source, the noun phrase it describes is:
        # "An IT contractor who has worked on ... told", "A source who worked there told"
        np_ = _np_before_relative(head, rel) if rel is not None else None
        return f"{np_} {rel.group(1)} {src}" if rel is not None and np_ is not None else None
    if src[:1].isupper() and words[-1].lower() in _ORG_HEADS and cut > 0:
        # "the Harbourton Fire and Rescue Service said": the clause cut at "and" split the name
        x = _ORG_AND_BEFORE_RE.search(stripped, max(0, cut - 80), cut)
        if x is not None:
            src = f"{x.group(1)} and {src}"
    return src


# cues whose inverted subject may follow them after a clause ('…, said Ann Lind.'); verbs that take
# an object there ('urged Iran, the US and …', 'told the Gazette') are not among them
_INVERSION_CUES = frozenset(
    "say state add explain note write reply respond comment declare recall observe argue suggest "
    "acknowledge agree continue insist claim admit concede boast confess quip lament complain assert "
    "proclaim remark contend maintain predict".split()
)
_PREPS_AFTER = frozenset("of to about in on at for with from into over by as".split())
# after '…, says Ann Lind': her affiliation, to the end of the sentence ('of the Harbour Institute.')
_NAME_AFFIL_RE = re.compile(r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*(?: (?:of|at|from|with) .*)?")  # 'Ann Lind (of …)'
_AFFIL_TO_END_RE = re.compile(r"[ ](?:of|at|from|with)[ ][^.;!?\n“”\"]{0,120}(?:[.;!?\n]|$)")
# after '…, said the Harbour Post,': a relative or participle clause on the source
_INVERTED_NP_COMMA_RE = re.compile(r"[ ](?:which|who|whose|where|[a-z]+ing)\b")


# the verbs by which someone puts out a document, and the name before them ('Ann Lind issued')
_ISSUING_VERBS = r"(?:issued|released|put out|posted|sent(?: out)?|published|shared|penned|submitted|filed|wrote)"
_ISSUER_NAME = r"(?<![\w'’])((?:[A-Z][\w.'’\-]+ ){0,2}[A-Z][\w'’\-]+)"
# a statement issued right before a participle cue: 'X issued a statement (on) Saturday declaring', '…
# a statement following the vote saying'
_ISSUED_TAIL_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?" + _ISSUING_VERBS + r"\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[a-z\-]+\s+){0,2}(?:statement|letter|tweet|post|memo|message|note|email|video)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:following|after)\s+(?:the|his|her|its|their)\s+(?:[a-z\-]+\s+){0,2}?[a-z]+"
    r"|\s+(?:to|for)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w\-]+\s+){0,5}?[\w\-]+)?"  # ('… a memo to the secretary of the Air Force')
    r"\s*$"
)
# 'Ann Lind issued a personal statement (Thursday) that' (then the cue): the name
_ISSUED_DOC_THAT_RE = re.compile(
    _ISSUER_NAME + r"(?: [a-z]+ly)? " + _ISSUING_VERBS + r" (?:a|an|the|his|her|their) (?:[a-z\-]+ ){0,2}"
    r"(?:statement|letter|tweet|post|memo|message|note|email|video)"
    r"(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))? that$"
)
# '… a tweet this week from Ann Lind that' (then the cue): the name
_DOC_FROM_THAT_RE = re.compile(
    r"\b(?:a|an|the)[ ](?:tweet|statement|post|letter|memo|message|note|email)(?:[ ][a-z]+){0,3}[ ]from[ ]"
    r"((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)[ ]that$")
# a name right after these is their object, no subject ('a spokeswoman for Ann Lind issued', 'at
# Gilmor Homes, a group of …')
_PREP_BEFORE_NAME = frozenset("at in on of from for to with by".split())


def _after_preposition(text: str, pos: int) -> bool:
    """Is the word right before ``pos`` one of :data:`_PREP_BEFORE_NAME`?"""
    words = text[max(0, pos - 8) : pos].split()
    return bool(words) and words[-1] in _PREP_BEFORE_NAME


# 'Rep. Ann Lind (D-Ore.) sent a', 'the Harbour Assembly, which issued a' right before a document's noun
# (searched up to it): who issued it
_ISSUED_DOC_RE = re.compile(
    _ISSUER_NAME + r"(?: \([^()\n]{1,25}\))?(?:,? (?:which|who))?(?: [a-z]+ly)? " + _ISSUING_VERBS
    + r" (?:a|an|the|his|her|their|its) (?:[\w\-]+ ){0,3}$"
)
# an apposition opening with an acronym and a lower-case role: 'Ann Lind, TV columnist for the Gazette,',
# 'Ann Lind, GOP strategist,' (not one ending in a person's name: 'An architect of X, MIT professor Ann Lind,')
_ACRONYM_ROLE_APP_RE = re.compile(r"[A-Z]{2,5}[ ][a-z]+(?:er|or|ist|ian|ant|ent|man|woman|host|anchor|chief|head)\b")
# a name opening its clause (after a quote: group 1), then ', a/an …' to the end
# role words opening an apposition with 'of' ('Ann Lind, chief of emergency services at X said')
_TITLE_WORDS_OF = ("chief", "director", "president", "head", "chairman", "chairwoman", "chair", "professor",
                   "founder", "co-founder", "executive director", "editor", "dean", "secretary", "mayor", "governor")
_NAME_OPEN_APPOS_RE = re.compile(
    r"(?:([,.!?…]\s*[\"”]\s+)|^\s*|[.!?]\s+|\n\s*)((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+), "
    r"(?:an? [^,;:.\n“”\"]{1,40}|one of (?:the|his|her|their|its) [^,;:.\n“”\"]{1,40}|"
    r"(?:" + "|".join(sorted(_TITLE_WORDS_OF)) + r") of [^,;:.\n“”\"]{1,50}"
    r"|(?:spokesman|spokeswoman|spokesperson) (?:for|of|at) [^,;:.\n“”\"]{1,50})$"  # ('Ann Lind, spokesman for X said')
)
# an age ending the words before an apposition: 'Ann Lind, 73' (of 'Ann Lind, 73, a retired pilot, said')
_AGE_TAIL_RE = re.compile(r",[ ]\d{1,3}$")
_AGE_PLACE_APPOS_RE = re.compile(
    r",[ ](?:\d{1,3},[ ])?(?:of|from)[ ][A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}"
    r",[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?,$"
)
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|"
    "Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.|"
    "N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|R\\.I\\.|S\\.C\\.|S\\.D\\.|Tenn\\.|Vt\\.|Va\\.|Wash\\.|W\\.Va\\.|Wis\\.|Wyo\\.|D\\.C\\."
)
# a home town after a name with no commas around it: 'Dylan Hoos from Kauai, Hawaii said'
_FROM_PLACE_END_RE = re.compile(
    r"[ ](?:from|of)[ ][A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,2},[ ](?:" + _US_STATES + r")$"
)
# what a text must end with for _FROM_PLACE_END_RE to match it (no final line break): a state
_US_STATE_ENDINGS = tuple(s.replace("\\.", ".") for s in _US_STATES.split("|"))
_US_STATE_SET = frozenset(_US_STATE_ENDINGS)
_NAME_END_RE = re.compile(r"(?:^|[ ])[A-Z][a-z'’\-]+[ ][A-Z][\w'’\-]+$")
_PLACE_OF_BEFORE_RE = re.compile(r"\b(?:of|in|at|from|to|near)\s+$")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _after_possessive(name: str) -> str:
    """The name after an outlet's or organisation's possessive inside a run of capitalised words
    (``Los Angeles Times' Ann Lind`` -> ``Ann Lind``), else ``name``."""
    cut = max(name.rfind(m) + len(m) for m in ("'s ", "’s ", "s' ", "s’ "))
    if cut > 3 and _is_titled_name(name[cut:]) and " " in name[cut:]:
        return name[cut:]
    return name


# 'Ann Lind (D-Ore.), who', 'Ann Lind, R-Utah, who', 'the Harbour Authority, which'
_WHO_SOURCE_RE = re.compile(
    r"(?<![\w\-’'.])((?:[A-Z][\w'’.\-]*[ ]){0,3}[A-Z][\w'’\-]+)"
    r"(?:[ ]\([^()\n]{1,40}\)|,[ ][DRI]-[A-Z][\w.]*)?,[ ]+wh(?:o|ich)$"
)
# ... and an apposition between them: 'JoAnn Birrell, a local elected official, who' (no relative
# clause in it, no capitalised word ending it: not 'NATO, a move opposed by Russia, which')
_WHO_APPOS_SOURCE_RE = re.compile(
    r"(?<![\w\-’'.])((?:[A-Z][\w'’.\-]*[ ]){0,3}[A-Z][\w'’\-]+),[ ](?:a|an|the|one)[ ]"
    r"(?:(?![A-Z][\w'’.\-]*[ ][A-Z]|(?<=[ ])(?:that|who|which|whose)[ ])[^,;:“”\"()\n]){1,60}(?<=[a-z0-9]),[ ]+wh(?:o|ich)$"
)
# ... with names in the apposition, for a person known by a first name: 'Adam Schiff, the chairman of the
# House Intelligence Committee, who', 'Jamal al-Shahoud, a refugee from Syria, who'
_WHO_PERSON_APPOS_RE = re.compile(
    r"(?<![\w\-’'.])((?:[A-Z][\w'’.\-]*[ ]){1,3}[A-Z][\w'’\-]+)(?:,?[ ](?:Jr|Sr)\.)?,[ ](?:a|an|the|one)[ ]"
    r"(?:(?!(?<=[ ])(?:that|who|which|whose)[ ])[^,;:“”\"()\n]){1,110},[ ]+who$"
)
# a name and a suffix before 'who': 'Donald Trump Jr., who'
_WHO_SUFFIX_SOURCE_RE = re.compile(r"(?<![\w\-’'.])((?:[A-Z][\w'’.\-]*[ ]){1,3}[A-Z][\w'’\-]+,?[ ](?:Jr|Sr)\.),[ ]+who$")
# a person's full name right before 'who', no comma: 'the campaign's chief strategist Ray Brill who wrote'
_WHO_BARE_SOURCE_RE = re.compile(r"(?<![\w\-’'.])((?:[A-Z][\w'’.\-]*[ ]){1,3}[A-Z][\w'’\-]+)[ ]who$")
# (tried in turn, each on the last ``width`` characters)
_BIBLE_BOOKS = (
    "Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|"
    "Samuel|Kings|Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|"
    "Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Micah|Habakkuk|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|"
    "Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus|Hebrews|James|"
    "Peter|Jude|Revelation"
)
# a verse by book, chapter and optional verse: 'Isaiah 41:10', 'Proverbs 15', '2 Timothy 3:1-3'
_VERSE = rf"(?:[1-3][ ])?(?:{_BIBLE_BOOKS})[ ]\d{{1,3}}(?::[ ]?\d{{1,3}}(?:[-–]\d{{1,3}})?)?"
# a written text named before ', which' (its head checked against _WRITTEN_TEXT_HEADS): capitalised
# words joined by 'of (the)' ('Article II of the U.S. Constitution', 'its 1776 Constitution'), a
# determiner or possessive and up to three words ('a text message', 'Ann Lind’s statement'); or
# (group 2) a verse ('Isaiah 41:10', 'Proverbs 15')
_WHICH_TEXT_RE = re.compile(
    r"(?<![\w.’'\-])((?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ])?(?:[A-Z0-9][\w.’'\-]*[ ](?:of[ ](?:the[ ])?)?){0,6}"
    r"[A-Z][\w.’'\-]*"
    r"|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[A-Z][\w.\-]*(?:[ ][A-Z][\w.\-]*){0,3}[’']s)"
    r"(?:[ ][\w\-]+){0,2}[ ][a-z][\w\-]*"
    rf"|{_VERSE}()),[ ]which$"
)
# a law, charter or verse by its name: 'the Harbour Flag Code', 'Article II of the U.S. Constitution',
# 'the Affordable Care Act', 'Isaiah 41:10' (a document, not a person)
_WRITTEN_NAME_RE = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ])?(?:(?:Article|Section|Chapter|Title)[ ][\w.]+,?[ ]"
    r"(?:(?:Section|Clause)[ ][\w.]+,?[ ])?of[ ](?:the[ ])?)?(?:[A-Z0-9][\w.’'\-]*[ ](?:of[ ](?:the[ ])?)?){0,5}"
    r"(?:Constitution|Code|Amendment|Charter|Clause|Treaty|Statute|Preamble|Act|Manual)"
    rf"|{_VERSE}"
)
_WHICH_CUE_RE = re.compile(r",[ ]which(?:[ ][a-z]+ly)?$")
# the heads of written texts that 'say' or 'read' what follows them
_WRITTEN_TEXT_HEADS = frozenset(
    "constitution code act amendment charter declaration clause platform treaty law statute resolution "
    "ordinance message text post caption plaque inscription banner handbill handbills graffiti passage verse "
    "preamble oath motto creed pledge letter statement memo note email tweet sign poster billboard notice "
    "placard leaflet flyer policy manual handbook guidelines headline bulletin".split()
)
_WHO_SOURCE_RES = ((_WHO_SOURCE_RE, 100), (_WHO_SUFFIX_SOURCE_RE, 100), (_WHO_APPOS_SOURCE_RE, 170),
                   (_WHO_PERSON_APPOS_RE, 225), (_WHO_BARE_SOURCE_RE, 60))
# a clause after a cue that holds the next cue: ' when Schiff ' ('“…,” Lind said when Schiff asked')
_WHEN_CLAUSE_GAP_RE = re.compile(r"[^.!?;:\n“”\"]{0,40}\b(?:when|after|as|while|before|because)\b[^.!?;:\n“”\"]{0,60}")
# an indefinite description between a quote ending in a comma and its cue: '“…,” a government official
# directly involved in the process told Reuters' (no clause: no comma, quote or verb of its own)
_DESC_GAP_RE = re.compile(r"[ ]+(?:a|an|one|another)[ ](?:(?!(?:said|says|told|is|was|were|are|has|had|have|and|but|"
                          r"that|which|who|whose|whom)[ ])[a-z][\w’'\-]*[ ]){2,12}")
# a name and a relative clause between a quote and its cue: '“…” Ann Lind, who was held as a prisoner, asked'
_WHO_GAP_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.\-]+[ ]){0,3}[A-Z][\w'’\-]+,[ ]who[ ][^,“”\"\n]{2,120},[ \t]*")
# a name and its apposition between a quote and its cue: '“…” Ann Lind, a former official, wrote'
# (an age may come first: ', 73, a retired pilot,'; the apposition may end in a place and its state:
# ', a teacher from Newport News, Virginia,')
_APPOS_GAP_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.\-]+[ ]){1,5}[A-Z][\w'’\-]+(?:,[ ]\d{1,3}(?=,))?,[^,“”\"\n]{2,70}"
                           r"(?:,[ ][A-Z][\w.]+(?:[ ][A-Z][\w.]+)?(?=,))?,?[ \t]*")
# ... and a longer one, closed by its comma: '“…,” Ann Lind, vice president of policy at the Harbour
# Partners Chamber of Commerce, wrote'
_LONG_APPOS_GAP_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.\-]+[ ]){1,5}[A-Z][\w'’\-]+,[^,“”\"\n]{71,110},[ \t]*")
# ... and a surname alone, then an apposition closed by its comma: '“…?” Dane, a physician and former
# governor, tweeted'
_SURNAME_APPOS_GAP_RE = re.compile(r"[ \t]*([A-Z][a-z][\w'’\-]+),[ ](?:a|an|the|who|one|his|her|their)[ ][^,“”\"\n]{2,70},[ \t]*")
_PAIR_FIRST_RE = re.compile(r"(?:^|(?<=[\s,;(]))((?:[A-Z][\w'’.\-]+[ ]){0,2}[A-Z][\w'’\-]+)[ ]and[ ]$")
# role words that may open a three-word name run ('Activist Kai Lind'): no first name there
_ROLE_FIRST_WORDS = frozenset(
    "rabbi pastor reverend father student teacher officer chef coach doctor nurse activist voter resident "
    "organizer volunteer worker farmer veteran".split()
)
_NP_FUNCTION_WORDS = frozenset("of for and in on the".split())
_PARTY_OF_STATE_RE = re.compile(r"[ ]\([DRI](?:-[A-Za-z.]+)?\)[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,?$")
_PARTY_TAG_AFTER_RE = re.compile(r"[ ]\([DRI](?:[-–][A-Za-z. ]{1,12})?\)")
_PP_OPENERS = frozenset("with by for from of to into about under over through during without".split())
_LEAD_CONJ = frozenset("But And So Yet Still".split())
# a name in apposition after a description: 'said the spokesman, Ray Brill.'
_APPOS_NAME_RE = re.compile(r",[ ](?:(?:identified|named)[ ]as[ ]|(?:named|called)[ ])?"
                            r"((?:[A-Z][\w'’.\-]+[ ]){1,2}[A-Z][\w'’\-]+)(?=[.,;]|[ ]*$|[ ]*\n|[ ](?:of|from)[ ][A-Z])")
# ... and an age after it: 'says Daniel’s wife, Dena Hughes, 44.'
_AGE_AFTER_RE = re.compile(r",[ ]\d{1,3}(?=[.,;])")
# ... a site's address after 'the website', 'the site', 'the blog' ('says the website, ConfirmLind.com')
_SITE_WORDS = frozenset("website site blog page".split())
_SITE_ADDRESS = r"([A-Za-z][\w\-]*)\.(?:com|org|net|gov|edu|info|co\.uk|us)"
_SITE_ADDRESS_RE = re.compile(_SITE_ADDRESS)
_APPOS_SITE_RE = re.compile(r",[ ](" + _SITE_ADDRESS + r")(?=[.,;]|[ ]*$|[ ]*\n)")
# ... titles before it, and a suffix after it: 'said his son, retired Harbour County Judge Ray Allen
# Brill Jr.' (group 1 the capitalised words; the name is the last two or three of them)
_APPOS_TITLED_NAME_RE = re.compile(r",[ ](?:(?:retired|former|then|now)[ ](?:[a-z]+[ ])?)?"
                                   r"((?:[A-Z][\w'’.\-]*[ ]){1,8}(?!(?:Jr|Sr)\b)[A-Z][\w'’\-]+)"
                                   r"(?:,?[ ](?:Jr|Sr)(?=\.)|[ ](?:II|III|IV)\b)?(?=[.,;]|[ ]*$|[ ]*\n)")
# ... a surname alone, ending the sentence: "said Lind's budget director, Brill."
_APPOS_SURNAME_RE = re.compile(r",[ ]([A-Z][a-z][\w'’\-]+)(?=[.;](?![A-Za-z]))")  # (not 'Harbour.com')
# a description of a person right before ', who' (for _source_before_phrase)
_DESC_BEFORE_WHO_RE = re.compile(r"(?<![\w’'])((?:a|an|the|his|her|their|my|our|one)"
                                 r"(?:[ ](?!(?:to|by|for|with|from|in|on|at|about|into|against|that|which|who|whom|whose)[ ])"
                                 r"[\w’'\-]+){1,4}),[ ]who$")
_QUANTITY_HEADS = frozenset("number group handful couple dozen dozens hundreds thousands many some most few "
                            "majority minority share half one two three several all each both none".split())
_NAME_COMMA_END_RE = re.compile(r"((?:[A-Z][\w'’\-.]+[ ]){1,2}[A-Z][\w'’\-]+),[ ]*$")


def _np_before_relative(head: str, rel: re.Match[str], strip_lead: bool = False) -> str | None:
    """The noun phrase a relative pronoun (``rel``, ending ``head``) describes: ``Another
    strategist`` in ``Another strategist who``; at most five words, no clause, opening with a
    capital, an article or a quantifier. With ``strip_lead``, a leading conjunction and *even*
    are dropped first (``But even some analysts who``)."""
    np_ = _after_last_clause_cut(head[: rel.start()].rstrip())
    npw = np_.split() if np_ else []
    while strip_lead and len(npw) > 1 and (npw[0] in _LEAD_CONJ or npw[0] == "even"):
        npw = npw[1:]
    np_ = " ".join(npw)
    if not npw or len(npw) > 5 or _is_clause(np_) \
            or not (npw[0][:1].isupper() or npw[0].lower() in _INDEFINITE or npw[0].lower() == "the"):
        return None
    return np_


def _np_head(phrase: str) -> str:
    """The last word of ``phrase`` before a preposition or relative pronoun (``Ann Lind of X`` -> ``Lind``)."""
    words = phrase.split()
    for k, w in enumerate(words[1:], 1):
        if w in _PREPS:
            return words[k - 1]
    return words[-1] if words else ""


# the prepositions after the head of a long description (not 'on': 'an official on the committee')
_DESC_PREPS = _PREPS - {"on", "who", "which", "that"}


def _long_person_description(words: list[str]) -> bool:
    """An indefinite description of a person or group of people, at most 12 words, that is no
    clause: its head noun (before its first preposition, after 'one of the') names people
    (``a top Democrat with close ties to the campaign``; not ``an inquiry by the attorney
    general found``)."""
    if len(words) > 12 or words[0].lower() not in _INDEFINITE or _is_clause_words(words) \
            or any(w[:1].islower() and (w.endswith("ed") or w in _FORMS) for w in words):
        return False
    i = 1
    if len(words) > 3 and words[1] == "of" and words[2] == "the":
        i = 3  # 'one of the Senate's most influential aides'
    k = next((j for j in range(i + 1, len(words)) if words[j] in _DESC_PREPS), len(words))
    return words[k - 1].lower().strip(",") in _PEOPLE_HEADS


_TITLE_BEFORE_NAME_RE = re.compile(r"(?:Dr|Gen|Sen|Rep|Gov|Lt|Col|Adm|Prof|Rev|Amb)\.|President|Premier|Minister|Chancellor"
                                   r"|King|Queen|Prince|Princess|Sheikh|Pope|Cardinal|Bishop|Judge|Justice|Mayor")


# a name and a relative clause on it: 'Mitch McConnell, who predicted …'
_WHO_NAME_RE = re.compile(r"([A-Z][\w.'’\-]+(?:[ ][A-Z][\w.'’\-]+){1,3}),[ ]who[ ][a-z]")


def _last_who_name(text: str, lo: int, hi: int) -> str | None:
    """The name of the last '<Name>, who <verb>' in ``text[lo:hi]`` (at most 200 characters back)
    whose clause runs to ``hi`` with no other comma than the one before ``hi``, else None."""
    m = None
    for found in _WHO_NAME_RE.finditer(text, max(lo, hi - 200), hi):
        m = found
    if m is None or text.count(",", m.end(), hi - 2) or not all(_is_name_token(w) for w in m.group(1).split()):
        return None
    return m.group(1)


def _long_title_name(words: list[str]) -> bool:
    """A title of more than ``_MAX_WORDS_SOURCE`` words before a name with a known first name
    (``Chairman of the Joint Chiefs of Staff Gen. Ann Lind``, ``the NRA's executive vice
    president Ann Lind``): capitalised words, title and role words and *of*, *the*, *for*,
    *and* only, at most 14 words."""
    if len(words) > 2 and _INITIALS_RE.match(words[-2]):
        name = f"{words[-3]} {words[-1]}"  # '… Angela V. Colmenero': the first name before the initial
    else:
        name = " ".join(words[-2:])
    # (or a three-word name after a title: 'World Health Organization chief Dr. Tedros Adhanom
    # Ghebreyesus'; a lower-case role word may stand in the title)
    return len(words) <= 14 and (bool(_first_name_gender(name)) or (
        len(words) > 4 and _TITLE_BEFORE_NAME_RE.fullmatch(words[-4]) is not None
        and all(w[:1].isupper() and w[1:].islower() for w in words[-3:]))) \
        and all((w[:1].isupper() and not w.endswith(",")) or w in ("of", "the", "for", "and")
                or w in _TITLE_STRIP or w in _ROLE_NOUNS for w in words)


def _after_last_clause_cut(seg: str) -> str | None:
    """``seg`` after its last clause boundary, or None when that clause is obviously too long.

    The boundary is looked for in the last 120 characters first (a match that
    does not start at the window's first character is a match of the whole
    string too); only when that window has none and few words is the whole
    segment scanned.  A clause with no boundary in 120 characters and more
    than 16 words there has far more than ``_MAX_WORDS_SOURCE`` words.

    The last boundary is found from the end (``_CLAUSE_CUT_LAST_RE``: the last
    position where a boundary matches).  That is the last match of a forward
    scan too, unless it starts with a space: only `` - `` matches can overlap
    (``a - - b``), and then the forward scan decides.
    """
    if len(seg) > _CLAUSE_WINDOW:
        w0 = len(seg) - _CLAUSE_WINDOW
        m = _CLAUSE_CUT_LAST_RE.match(seg, w0)
        if m is not None and seg[m.start(1)].isspace():
            return _after_last_clause_cut_scan(seg)
        if m is not None and m.start(1) > w0:
            return seg[m.end() :]
        if seg.count(" ", w0) > 16:
            return None
    m = _CLAUSE_CUT_LAST_RE.match(seg)
    if m is None:
        return seg
    if seg[m.start(1)].isspace():
        return _after_last_clause_cut_scan(seg)
    return seg[m.end() :]


def _after_last_clause_cut_scan(seg: str) -> str | None:
    """:func:`_after_last_clause_cut` by forward scans (the reference)."""
    if len(seg) > _CLAUSE_WINDOW:
        w0 = len(seg) - _CLAUSE_WINDOW
        last = None
        for m in _CLAUSE_CUT_RE.finditer(seg, w0):
            if m.start() > w0:
                last = m
        if last is not None:
            return seg[last.end() :]
        if seg.count(" ", w0) > 16:
            return None
    last = None
    for m in _CLAUSE_CUT_RE.finditer(seg):
        last = m
    return seg[last.end() :] if last is not None else seg


# the last position where a clause boundary matches (greedy: tried from the end backwards)
_CLAUSE_CUT_LAST_RE = re.compile("(?s:.*)(" + _CLAUSE_CUT_RE.pattern + ")")

_CLAUSE_WINDOW = 120
#: time adverbials dropped at the start of a source ("On Tuesday the minister said")
_TIME_OPENERS = frozenset(
    ("on", "in", "at", "last", "this", "yesterday", "today", "earlier", "later", "meanwhile", "separately",
     "now", "also", "then")
)

_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "it"))
_OBJECT_OPENERS = frozenset("a an the his her their its this that these those him them it reporters".split())
_PAST_VERBS = frozenset("gave made took wrote sent put read got went came became began held led left met ran "
                        "sat stood spoke told brought thought sought".split())
_PRONOUN_CONTRACTION_RE = re.compile(r"((?i:he|she|they|we|i|it))['’](?:d|ll|ve|re|s|m)$")
_MONTH_WORDS = frozenset(_MONTHS) | frozenset(
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. "
    "dec dec.".split()
)
# words of a time phrase after a time opener ('In 2008', 'On December 15, 2016', 'last year',
# 'later that day', 'in the past week'); 'the', 'that', 'past' ... only before another of them
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning evening night afternoon "
    "day days week weeks month months year years decade decades ago weekend point moment".split()
) | _MONTH_WORDS
_TIME_LEADS = frozenset("the that this past next following same early late mid last recent".split())


def _is_time_phrase(words: list[str]) -> bool:
    """Whether ``words[0]`` opens (or continues) a time phrase: a number or year (``2008``,
    ``15,``, ``1990s``), a month, a day or period word, or a lead word (*the*, *that*, *past*
    ...) right before one of those."""
    w = words[0].lower().rstrip(",")
    if w in _TIME_WORDS or (w[:1].isdigit() and (w.isdigit() or w.endswith(("s", "th", "st", "nd", "rd")))
                            and len(w) <= 5):
        return True
    if w in _TIME_LEADS and len(words) > 1:
        return _is_time_phrase(words[1:])
    return False


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning evening night afternoon "
    "week month year".split()
)
# words opening a time phrase after a cue ('said Thursday', 'said last week', 'said in March')
_WHEN_WORDS = _WEEKDAYS | _TIME_OPENERS | frozenset(_MONTHS) | {"tonight"}


# words that open no subject after a cue
_NO_SOURCE_AFTER = frozenset(
    "that to when if whether how what why because as in on at for with from about by of into than so "
    "then there here it".split()
)
_SOURCE_AFTER_RE = re.compile(
    r"\s*(.*?)(?=[,.;:!?()\[\]\"“”‘’«»\n—–]|\s-\s|$|\s(?:on|in|at|during|after|before|"
    r"when|while|that|who|which|as|last|this|yesterday|today|earlier|later|to|for|with|"
    r"and|but|by|from|about|via)\b)"
)


# the period of a title abbreviation or an initial does not end the noun phrase: "said Sen. Ann Lee",
# "said retired Army Lt. Gen. Tom Hale", "said Mark J. Lind", "said U.S. Attorney Ann Lee"
_ABBREV_WORDS = (
    "Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Cmdr|Adm|Maj|Mr|Mrs|Ms|Dr|Prof|Rev|St|Jr|Sr|Pres|Atty|"
    "Supt|Det|Insp|Cpl|Pvt|Amb|Sec|Hon|Fr|Sens|Reps|Msgr|Brig|Del|Dels|vs?"
)
_ABBREV_DOT_RE = re.compile(rf"(?<!\w)(?:{_ABBREV_WORDS}|[A-Z])\.(?=\s?[A-Z])")


def _abbrev_dot_behind(tail: str) -> str:
    """Lookbehinds: an abbreviation of ``_ABBREV_DOT_RE`` (word and period), then ``tail``, end here.

    One fixed-width lookbehind per word length (the regex engine needs fixed widths).
    """
    by_len: dict[int, list[str]] = {}
    for w in _ABBREV_WORDS.replace("vs?", "v|vs").split("|"):
        by_len.setdefault(len(w), []).append(w)
    parts = [rf"(?<=(?<!\w)(?:{'|'.join(ws)})\.{tail})" for _, ws in sorted(by_len.items())]
    parts.append(rf"(?<=(?<!\w)[A-Z]\.{tail})")
    return "(?:" + "|".join(parts) + ")"


# The matches of _SENT_BOUND_RE minus those at the period of an abbreviation
# (``_abbrev_at``), in one regex.  The period of an abbreviation before one space
# and a capital does not match: its match was those two characters, and neither
# the space nor the capital starts a match, except a line break, which the old
# match consumed: a line break there does not match either.  No other match changes.
# (The cheap "space, capital" test comes first; the lookbehinds then check the word.)
_SENT_BOUND_NOABBREV_RE = re.compile(
    r"[\n.!?…](?:(?<!(?<!\w)No\.)(?<!(?<![\w.])[SHA]\.[BR]\.)" + _DAY_MONTH_BEHIND + r"|(?![ ]\d))"
    # ('the No. 2 Republican', 'on Sept. 14, saying', a bill's number 'introduced S.B. 792, said': no bound)
    r"(?:(?<=\n)(?![A-Z]" + _abbrev_dot_behind(r"\n[A-Z]") + r")"
    r"|(?<!\n)(?!\s[A-Z]" + _abbrev_dot_behind(r"\s[A-Z]") + r")"
    r"[.!?…]*[\"'”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])"
    r"|(?<=[a-z][a-z][a-z]\.)(?![A-Z]" + _abbrev_dot_behind(r"[A-Z]") + r")(?=[A-Z][a-z])"
    r"|(?<=[0-9][0-9]\.)(?=[A-Z][a-z]{2})"
    r"|(?<=[a-z][.!?])(?:”+(?=[A-Z][a-z])|(?=“[A-Z][a-z])))"
)  # (the last branches: a space lost in scraping, as for _SENT_BOUND_RE)


# a possessive apostrophe ("the union’s"), or one inside a name ("D’Souza", "O’Connell"); written
# to start with the mark, so that the engine skips ahead to candidates
_POSSESSIVE_MARK_RE = re.compile(r"[’'](?<=\w[’'])(?=s\b|[A-Z][a-z])")
# The periods of the matches of _ABBREV_DOT_RE (which never overlap: each is a
# whole word and its period): the regex starts with the period, a literal, so the
# engine skips ahead to periods, and the replacement is a plain string.
_ABBREV_PERIOD_RE = re.compile(r"\." + _abbrev_dot_behind("") + r"(?=\s?[A-Z])")


# the last period of initials used as an adjective, before a lower-case word: 'U.S. journalist',
# 'D.C. resident' (the periods before it, before a capital, are masked first)
_INITIALS_BEFORE_LOWER_RE = re.compile(r"\.(?<=(?<![\w.\u2024])[A-Z][.\u2024][A-Z]\.)(?= [a-z])")


def _mask_inner_marks(seg: str) -> str:
    """``seg`` with the period of each abbreviation replaced by U+2024 and possessive apostrophes
    and apostrophes inside names (``O’Connell``) by U+02BC (same length: offsets kept), so that
    none ends a noun phrase."""
    if "." in seg:
        seg = _ABBREV_PERIOD_RE.sub("\u2024", seg)
        if "." in seg:
            seg = _INITIALS_BEFORE_LOWER_RE.sub("\u2024", seg)  # 'said D.C. journalist Ann Lind'
    if "’" in seg or "'" in seg:
        seg = _POSSESSIVE_MARK_RE.sub("\u02bc", seg)
    return seg


def _without_sentence_period(name: str) -> str:
    """``name`` without a sentence's period after its last word (``Ann Lind.``); an initial's,
    ``Jr.``'s or another abbreviation's of three characters or fewer stays."""
    return name[:-1] if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3 else name


def _source_after(text: str, end: int, hi: int, clause_ok: bool = False) -> str | None:
    """The noun phrase right after a cue (``said Mayor Ana Ruiz``, ``according to the report``)."""
    seg = text[end : min(hi, end + 160)]
    m = _SOURCE_AFTER_RE.match(_mask_inner_marks(seg))
    if not m:
        return None
    src = seg[m.start(1) : m.end(1)].strip()
    if " " in src and src.rsplit(" ", 1)[1] in _ISSUED_BY_WORDS and seg.startswith(" by ", m.end(1)):
        src = src.rsplit(" ", 1)[0]  # 'reads a trial brief released by the team': the document (its issuer after)
    elif " " in src and src.endswith("ed") and src.rsplit(" ", 2)[-2] in _READING_DOCS \
            and _DOC_PARTICIPLE_AFTER_RE.match(seg, m.end(1)) is not None:
        src = src.rsplit(" ", 1)[0]  # 'read the notice blasted to the caucus': the document
    if src.split(" ", 1)[0].lower() in _NO_SOURCE_AFTER or _DATE_SOURCE_RE.match(src) or src.lower() in _WEEKDAYS:
        # a clause or infinitive follows the verb ('acknowledged that a run …', 'claim to be'), or a
        # date or a day ('“…” — tweet Wednesday')
        return None
    if src and seg.startswith(" and ", m.end(1)):
        # "the Harbourton Fire and Rescue Service": "and" inside a capitalised organisation name
        x = _ORG_AND_AFTER_RE.match(seg, m.end(1))
        if x is not None and src.split()[-1][:1].isupper() and x.group(1).split()[-1].lower() in _ORG_HEADS:
            src = src + x.group()
    lead = 7 if src.startswith("former ") else 0
    if src and src[lead : lead + 1].isupper() and src[-1:].isalpha() \
            and seg.startswith((" for ", " on ", " and ", " of ", " at "), m.end(1)) \
            and not _first_name_gender(_strip_titles(src)) and (named := _org_role_name(seg, m.start(1) + lead)) is not None:
        # 'said Club for Growth President Ann Lind', 'says (former) Office of Management and Budget
        # spokeswoman Ann Lind': an organisation's name with 'for'/'and' in it, a role, the name
        return named
    if src and len(src.split()) <= 3 and src.split()[-1].islower() and seg.startswith(" and ", m.end(1)):
        # 'said writer and producer Ann Lind': two roles, then the name
        x = _ROLE_AND_NAME_RE.match(seg, m.end(1))
        role = x.group(1).rsplit(" ", 1)[-1] if x is not None else ""
        if x is not None and (_AGENT_NOUN_RE.fullmatch(role) or role in _ROLE_NOUNS) \
                and _is_titled_name(x.group(2).strip()):
            name = _without_sentence_period(x.group(2).strip())  # ('… Michael Caputo.')
            src = f"{src} and {x.group(1)} {name}"
        elif (x := _KIND_AND_BODY_RE.match(seg, m.end(1))) is not None:
            # 'reckons Swiss refining and finance group MKS Pamp': two kinds of business, then the body's name
            src = f"{src} and {x.group(1)} {_without_sentence_period(x.group(2))}"
    if src and src.rsplit(" ", 1)[-1].lower() in _TO_TITLES and seg.startswith(" to ", m.end(1)) \
            and (caps := _CAP_WORDS_AFTER_RE.match(seg, m.end(1) + 4)) is not None:
        # 'said former U.S. Ambassador to Switzerland Ann Lind': the place, then the name
        ws = _without_sentence_period(caps.group().strip()).split()
        if any(_first_name_gender(" ".join(ws[j : j + 2])) for j in range(1, len(ws) - 1)) \
                or (len(ws) == 3 and all(w.isalpha() and w[1:].islower() for w in ws)
                    and ws[1].lower() not in _COMMON and ws[2].lower() not in _COMMON):
            # (or a one-word place, then a name of two words: '… to Switzerland Faith Whittlesey')
            src = f"{src} to {' '.join(ws)}"
    if src and src.rsplit(" ", 1)[-1].lower() in _TITLE_WORDS and seg.startswith(" for ", m.end(1)) \
            and (held := _FOR_BODY_NAME_RE.match(seg, m.end(1) + 5)) is not None:
        # 'said U.S. Attorney for the District of Maryland Rod J. Rosenstein': the body, then the name
        ws = _without_sentence_period(held.group().strip()).split()
        for k_n in (3, 2):
            if len(ws) > k_n and ws[-k_n - 1] not in ("of", "and", "the") and _first_name_gender(" ".join(ws[-k_n:])) \
                    and all(w[:1].isupper() for w in ws[-k_n:]):
                return f"{src} for {' '.join(ws)}"  # (as written, longer than a noun phrase may be)
    if src and not clause_ok and _is_clause(src):
        src = _clause_subject(src) or ""  # (no subject: no source)
    if src and src[-1:].islower() and " " in src:
        t = _TRAILING_TIME_RE.search(src)
        if t is not None and t.start() > 0:
            src = src[: t.start()]  # 'said the nominee a few hours earlier': the nominee
    if not src:
        return None
    first = src.split(" ", 1)[0]
    if seg.startswith(" from ", m.end(1)) and src.rsplit(" ", 1)[-1] in _WRITTEN_BY_ISSUER and first in ("a", "an", "the"):
        if (issuer := _FROM_NAME_RE.match(seg, m.end(1) + 6)) is not None \
                and _is_titled_name(issuer.group(1)) and _first_name_gender(_strip_titles(issuer.group(1))):
            return issuer.group(1)  # 'said an email from Ann Lind, the board’s director': the person who wrote it
        if (issuer := _FROM_DESC_NAME_RE.match(seg, m.end(1) + 6)) is not None and _first_name_gender(issuer.group(1)):
            # 'said a statement from the council’s secretary-general, Ann Lind': the person named after it
            return issuer.group(1)
    if (first in ("the", "a", "an", "one", "another", "his", "her", "their")
            or (first.endswith(("’s", "'s")) and first[:1].isupper())
            or ("s " in src and _CAP_POSSESSIVE_RE.match(src) is not None)) \
            and (src[-1:].islower() or (src.rsplit(" ", 1)[-1] in _PARTY_WORDS and " " in src)):
        # (also a party word ending the description: "said the Senate's top Democrat, Ann Lind")
        a = _APPOS_NAME_RE.match(seg, m.end(1)) or _APPOS_SURNAME_RE.match(seg, m.end(1))
        if a is not None and (_first_name_gender(a.group(1)) or seg[a.end() : a.end() + 1] in (".", ";")
                              or _AGE_AFTER_RE.match(seg, a.end()) is not None) \
                and (" " in a.group(1) or (a.group(1).lower() not in _COMMON and a.group(1).lower() not in _WEEKDAYS
                                           and a.group(1).lower() not in _MONTH_WORDS)):
            # 'said the spokesman, Ray Brill.', "added Lind's state director, Ray Brill.", "said Harbour
            # Mayor Lind's budget director, Brill.", 'said the
            # nurse, identified as Ann Lind.', 'said one resident of the capital, Abebe Arega.', 'said
            # her sister, Beth Serrano.': the name
            return a.group(1)
        if a is None and src.rsplit(" ", 1)[-1] in _SITE_WORDS \
                and (site := _APPOS_SITE_RE.match(seg, m.end(1))) is not None:
            return site.group(1)  # 'says the website, ConfirmLind.com': the site by its name
        if a is None and (a := _APPOS_TITLED_NAME_RE.match(seg, m.end(1))) is not None:
            # 'said his son, retired Harbour County Judge Ray Allen Brill Jr.': the name after the titles
            ws = a.group(1).split()
            titled = next((" ".join(ws[-k:]) for k in (3, 2) if len(ws) >= k and _first_name_gender(" ".join(ws[-k:]))),
                          None)
            if titled is not None:
                return titled
    words = src.split()
    if len(words) > _MAX_WORDS_SOURCE and not (len(words) <= _MAX_WORDS_SOURCE + 2 and " and " in src):
        # too long for a noun phrase, unless a name opens it before an apposition with its comma
        # missing ("said Ann Lind a co-founder of X") or ends it after a description ("said
        # Harbour University political science professor Ann Lind")
        k = next((i for i, w in enumerate(words) if w in ("a", "an", "the")), 0)
        if k >= 2 and all(_is_name_token(w) for w in words[:k]) and _first_name_gender(" ".join(words[:k])):
            return " ".join(words[:k])
        k = next((i for i, w in enumerate(words) if w[:1].islower()), 0)
        if 2 <= k <= 7 and words[k] in ("of", "from", "at") \
                and (all(_is_name_token(w) for w in words[:k])
                     or (all(w[:1].isupper() for w in words[:k])
                         and any(_first_name_gender(" ".join(words[j:k])) for j in (k - 3, k - 2) if j >= 0))):
            # a name and its affiliation: 'said Ola Brenn of the University of Harbour’s Policy Center'
            # (also titles before the name: 'said Senate Minority Leader Chuck E. Schumer of New York')
            return " ".join(words[:k])
        k = next((i for i, w in enumerate(words) if w in ("of", "from", "at")), 0)
        if 2 <= k <= _MAX_WORDS_SOURCE and all(_is_name_token(w) for w in words[k - 2 : k]) \
                and _first_name_gender(" ".join(words[k - 2 : k])):
            # a role, a name, its affiliation: 'says study coauthor Seth Masket of the University of Denver'
            return " ".join(words[:k])
        if words[0] in ("one", "a", "an", "another", "the") \
                and (k := next((i for i, w in enumerate(words[:6]) if i >= 2 and w.endswith("ed") and w.isalpha()
                                and w.islower() and w not in _AUX), 0)) \
                and words[k - 1].isalpha() and words[k - 1].lower() not in _PREPS:
            # a description, then a participle's clause: 'said one Harbour ally worried it gave the
            # look of wrongdoing': the description
            return " ".join(words[:k])
        k = max((i for i, w in enumerate(words) if w[:1].islower()), default=len(words))
        tail = words[k + 1 :]
        if len(tail) >= 2 and all(_is_name_token(w) for w in tail) and words[k] in _TITLE_WORDS | _ROLE_NOUNS \
                and words[0].lower() not in ("that", "how", "what", "whether", "if", "why"):
            return " ".join(words[k:])
        return None
    if src[-1:].islower() and src.rsplit(" ", 1)[-1] in _POSTMOD_WORDS and " " in src \
            and (pp := _POSTMOD_PP_RE.match(seg, m.end(1))) is not None:
        # 'said a GOP source familiar with the talks', 'said one aide close to the senator': the
        # description with its phrase, as written before a cue ('A source familiar with the talks said')
        src += _POSTMOD_TIME_RE.sub("", pp.group())
    elif src.endswith(" speaking") and src.count(" ") >= 2 and src[:1].islower():
        src = src[:-9]  # 'said a senior official speaking on condition of anonymity': the official
    return src


# words after the head of a description that open a phrase belonging to it ('a source familiar with
# the talks', 'two people briefed on the matter'), and that phrase after a cue: a preposition, then at
# most seven words up to punctuation, a relative clause or a conjunction
_POSTMOD_WORDS = frozenset("familiar close involved briefed knowledgeable privy".split())
_POSTMOD_STOP = r"(?:who|that|which|and|but|because|as|when|while|after|before|since)\b"
_POSTMOD_PP_RE = re.compile(r"[ ](?:with|to|in|on|about|of|under)(?:[ ](?!" + _POSTMOD_STOP + r")(?:[A-Z]\.)+"
                            r"|[ ](?!" + _POSTMOD_STOP + r")[\w'’\-&]+){1,7}"
                            r"(?=[,.;:!?)\]\n—–”\"]|[ ]" + _POSTMOD_STOP + r"|$)")
# a time after that phrase: 'briefed on the matter on Friday', '… last week'
_POSTMOD_TIME_RE = re.compile(r"(?:[ ]on)?[ ](?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
                              r"(?:[ ](?:morning|afternoon|evening|night))?"
                              r"|(?:last|this)[ ](?:week|month|year|night|morning|afternoon|evening))$")


# a description of the writer, then the writer's name: 'the council’s secretary-general, Ann Lind'
_FROM_DESC_NAME_RE = re.compile(r"(?:the|its|his|her)[ ][^,.;:“”\"\n]{1,60},[ ]((?:[A-Z][\w'’.\-]+[ ]){1,2}[A-Z][\w'’\-]+)(?=[.,;]|$)")
# written things whose writer may follow 'from' after a cue ('said an email from Ann Lind')
_WRITTEN_BY_ISSUER = frozenset("email e-mail statement letter memo message note tweet post text".split())
_FROM_NAME_RE = re.compile(r"((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)(?=[,.;]|$)")
# a capitalised run ending in a possessive, opening a source: "Harbour Mayor Lind's budget director"
_CAP_POSSESSIVE_RE = re.compile(r"(?:[A-Z][\w.\-]*[ ]){1,3}[A-Z][\w\-]*['’]s[ ]")
# words after a cue up to punctuation (at most 14): an organisation's name, a role and a name
_WORDS_AFTER_RE = re.compile(r"[A-Za-z][\w'’&.\-]*(?:[ ][A-Za-z][\w'’&.\-]*){0,13}")
_ORG_NAME_CONNECTORS = frozenset(("of", "for", "on", "and", "the", "&", "at"))  # ('University of Harbour at Erie')


def _org_role_name(seg: str, k: int) -> str | None:
    """``role Name`` after an organisation's name at ``seg[k:]`` (``Club for Growth President Ann
    Lind`` -> ``President Ann Lind``): the first title or role noun after capitalised words and
    connectors, then a name opening with a known first name; else None."""
    m = _WORDS_AFTER_RE.match(seg, k)
    if m is None:
        return None
    toks = m.group().split(" ")
    lower = 0  # lower-case words before the role ('senior fellow')
    for j in range(1, len(toks) - 2):
        w = toks[j]
        role = w.lower()
        if role in _TITLE_WORDS or role in _ROLE_NOUNS or (_AGENT_NOUN_RE.fullmatch(role) and role not in _NOT_AGENT_NOUNS):
            for n in (3, 2):
                name = " ".join(toks[j + 1 : j + 1 + n]).rstrip(".")
                if len(toks) >= j + 1 + n and all(t[:1].isupper() for t in toks[j + 1 : j + 1 + n]) \
                        and _first_name_gender(name):
                    return f"{' '.join(toks[j - lower : j + 1])} {name}"
            if lower or toks[j + 1] not in _ORG_NAME_CONNECTORS:
                return None  # a role and a name of no known first name ('President Kristine E. Guillaume')
        if role in _WEEKDAYS:
            return None  # 'said Lind on Monday'
        if (w in _ORG_NAME_CONNECTORS and toks[j + 1][:1].isupper()) or (w[:1].isupper() and not lower):
            continue
        if not w.islower() or lower == 2 or w in _DETERMINERS or w in _ORG_NAME_CONNECTORS:
            return None
        lower += 1
    return None


# a time phrase ending a source after its cue: 'a few hours earlier', 'two days later', 'earlier this week'
_TRAILING_TIME_RE = re.compile(
    r"\s+(?:(?:a|an|a few|a couple of|several|some|two|three|four|five|six|\d+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)(?:\s+(?:earlier|later|ago|before|after))?"
    r"|(?:earlier|later)(?:\s+(?:this|that|in the|last)\s+(?:day|week|month|year|morning|afternoon|evening))?)$"
)
#: head nouns that close an organisation name with "and" inside it
_ORG_HEADS = frozenset(
    "service services department ministry authority agency council union association commission "
    "committee board office institute foundation federation bureau trust society corporation "
    "company group alliance coalition league centre center administration".split()
)
# after a title and 'for': a body's capitalised name (with 'of', 'and', 'the'), then a person's name
_FOR_BODY_NAME_RE = re.compile(r"(?:the[ ])?[A-Z][\w.'’\-]*(?:[ ](?:[A-Z][\w.'’\-]*|of|and|the)){1,9}")
# titles held 'to' a place or body ('Ambassador to Switzerland Ann Lind'), and the capitalised words after 'to'
_TO_TITLES = frozenset("ambassador envoy adviser advisor representative delegate liaison emissary".split())
_CAP_WORDS_AFTER_RE = re.compile(r"(?:the[ ])?(?:[A-Z][\w.'’\-]*[ ]?){2,6}")
# after a role: " and" + another role + a name, e.g. " and producer Ann Lind", " and Gazette TV contributor Ann Lind"
_ROLE_AND_NAME_RE = re.compile(r" and ((?:[A-Z][\w'’\-]* ){0,3}[a-z][\w\-]+) ((?:[A-Z][\w'’\-.]*[ ]?){2,3})")
# after a role or a kind of business: " and" + lower-case words ending in a kind of body, then the body's
# capitalised name: ' and finance group MKS Pamp', ' and consulting firm Harbour Partners'
_KIND_AND_BODY_RE = re.compile(r" and ((?:[a-z][\w\-]+ ){0,2}(?:group|firm|company|bank|fund|brokerage|consultancy|"
                               r"agency|giant|maker|producer|provider|house|network|organi[sz]ation|charity|nonprofit))"
                               r" ((?:[A-Z][\w.&\-]*)(?: [A-Z][\w.&\-]*){0,3})")
# after a capitalised word: " and" + capitalised words (at most 4), e.g. " and Rescue Service"
_ORG_AND_AFTER_RE = re.compile(r" and((?: [A-Z][\w'’\-]*){1,4})")
# before a capitalised tail: capitalised words (and of/for/the) then " and ", at the end of the string
_ORG_AND_BEFORE_RE = re.compile(r"(?:(?<=\s)|^)((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of|for|the|[A-Z][\w'’\-]*)){0,8})\s+and\s*$")
# a pronoun and a contracted verb: "he's making an exception"
_PRONOUN_VERB = frozenset(
    "he's she's it's they're we're i'm he’s she’s it’s they’re we’re i’m He's She's It's They're We're "
    "He’s She’s It’s They’re We’re".split()
)
#: words that make a phrase a clause (a finite verb, an existential start): never a source
_CLAUSE_WORDS = frozenset(
    "is was were are am has have had will would can could should may might must do does did be been being "
    "won't can't don't didn't doesn't isn't wasn't weren't hasn't haven't won’t can’t don’t didn’t "
    "doesn’t isn’t wasn’t weren’t hasn’t haven’t".split()
) | _PRONOUN_VERB
# conjunctions and adverbs opening a clause, not a subject: "whether it’s …", "Though it’s …"
_CLAUSE_OPENERS = frozenset("whether though although and but so then maybe perhaps saying if because".split())


_REL_END_RE = re.compile(r"\s(who)\s*$")
# ', who' or ' — who' and an adverbial of time before the cue: ', who in 2000', ' — who once'
_WHO_ADVERBIAL_RE = re.compile(r"(?:,|[ ][—–]|[ ]--)[ ]who(?:[ ](?:(?:in|during|since|by)[ ](?:\d{4}|the[ ][\w\-]+|[A-Z][a-z]+"
                               r"(?:[ ]\d{4})?)|once|also|then|previously|recently|famously|later|earlier|repeatedly|"
                               r"often|last[ ](?:year|week|month)|(?:on[ ])?[A-Z][a-z]+day))?$")
# 'and' and a past tense's phrase with no clause of its own, ending before a cue: ' and spoke
# dismissively of his credentials ' (for a phrase cue after it: 'in an interview with')
_AND_VERB_PHRASE_BEFORE_RE = re.compile(r"[ ]and[ ](?:[a-z]+ly[ ])?(?:" + _PAST_TENSE + r"|said|put|led)"
                                        r"(?:[ ][^,;:.!?“”\"\n]{1,70})?[ ]$")
# a passive before 'quoted by': 'he was quoted by', 'Ann Lind is quoted by'
_PASSIVE_BEFORE_RE = re.compile(r"(?<![\w’'])((?:[A-Z][\w'’.\-]*[ ]){0,2}[A-Z][\w'’\-]*|he|she)[ ](?:was|is|has[ ]been|had[ ]been)[ ]$")


_SUBJECT_REJECT = frozenset("there here what it this that which who you i we they".split())


def _clause_subject(src: str) -> str | None:
    """The subject of a clause-like source (``The Wire was told`` -> ``The Wire``), or None.

    The words before the first verb-like word; None when there are none, or
    when they are an existential or a pronoun (``there was no money``).
    """
    words = src.split()
    k = next((i for i, w in enumerate(words) if w in _CLAUSE_WORDS), None)
    if k is None:
        return src
    subj = words[:k]
    if words[k] in _PRONOUN_VERB:
        # a new clause inside the phrase: the cue's subject is a name closing the phrase ('It’s
        # the day Ann Lind [said]'), or the one before the verb before it ('Ann Lind says it’s
        # time to [act]'), not a conjunction ('whether it’s …')
        t = len(words)
        while t > k + 2 and words[t - 1][:1].isupper() and _is_name_token(words[t - 1]):
            t -= 1
        if t < len(words) and words[t - 1][:1].islower():
            return " ".join(words[t:])
        while subj and subj[-1][:1].islower():
            subj.pop()
        if subj and (subj[0].lower() in _CLAUSE_OPENERS or subj[-1] in ("The", "A", "An")):
            return None
    if not subj or subj[0].lower() in _SUBJECT_REJECT \
            or subj[-1].lower().endswith(("’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d")):
        return None
    return " ".join(subj)


def _is_clause(src: str) -> bool:
    """True when ``src`` reads as a clause, not a noun phrase (``there was no money``)."""
    return _is_clause_words(src.split())


def _is_clause_words(words: list[str]) -> bool:
    """:func:`_is_clause` of the words of a phrase (``src.split()``)."""
    if words[0] in ("there", "There", "here", "Here", "what", "What") and len(words) > 1:
        return True
    return not _CLAUSE_WORDS.isdisjoint(words)


def _name_occurrences(text: str, surname: str, rev: str | None = None) -> list[tuple[int, str | None]]:
    """The first 50 occurrences of ``surname`` with the capitalised name each ends (or None).

    The name is the surname after at most two words (the second only after an
    initial, ``Mark J. Lind``, or as a known first name before a middle name,
    ``Ann Bader Lind``), read one space-separated run of letters, digits
    and ``'’-.`` at a time backwards from the occurrence. Each run is one regex
    match on the reversed text (``rev``, ``text[::-1]``, made here when not given).
    """
    out: list[tuple[int, str | None]] = []
    k = text.find(surname)
    if k < 0:
        return out
    if rev is None:
        rev = text[::-1]
    n = len(surname)
    nt = len(text)
    word_back = _REV_WORD_RE.match
    forms = _FORMS
    words = _REV_WORDS
    if len(words) > 200_000:
        words.clear()
    while 0 <= k and len(out) < 50:
        if text[k + n : k + n + 1].isalnum():  # "Just" in "Justice": not a mention
            k = text.find(surname, k + n)
            continue
        cand = None
        if k > 0 and text[k - 1] == " ":  # else no word before it: nothing to walk back over
            m = word_back(rev, nt - k)
            assert m is not None  # (matches: text[k - 1] is a space)
            wr = m.group(1)
            info = words.get(wr)
            if info is None:
                info = words[wr] = _rev_word_info(wr, forms)
            w, ok, first, more = info
            if ok and not first and w.endswith("ing") and len(w) > 5 \
                    and ((ws := nt - m.end(1)) == 0 or text[ws - 1] == "\n" or text[max(0, ws - 2) : ws] in (". ", "? ", "! ")):
                ok = False  # a gerund opening a heading or sentence: 'Assessing Obama’s legacy'
            if ok:
                cand = f"{w} {surname}"
                # an initial ("J.") or a middle name: one more word may come before it, the second
                # only when it is a known first name ("Ann Bader Lind"); a known first name before
                # a middle name that is one too ("Christine Todd Whitman")
                m = word_back(rev, m.end())
                if m is not None:
                    wr = m.group(1)
                    info2 = words.get(wr)
                    if info2 is None:
                        info2 = words[wr] = _rev_word_info(wr, forms)
                    if info2[1] and (w[-1] == "." or info2[2] or w in _NAME_PARTICLES) \
                            and (more or w not in _TITLE_FIRST_NAMES) and info2[0] not in _NAME_PARTICLES \
                            and info2[0].lower() not in _NOT_FIRST_WORDS:  # (not "Adviser H.R. McMaster")
                        cand = f"{info2[0]} {cand}"  # ("Art del Cueto": any name word before a particle)
                    elif w in _NAME_PARTICLES:
                        cand = None  # a particle opens no name ("Puerto de la Cruz")
                    elif info2[1] and info2[0].isalpha() and info2[0].lower() not in _COMMON \
                            and info2[0].lower() not in _NOT_FIRST_WORDS and info2[0] not in _NAME_PARTICLES:
                        # a first name the list lacks, right after a title, a role or a cue:
                        # "President Recep Tayyip Erdogan", "NAACP President Cornell William Brooks",
                        # "said Shana Kushner Gadarian", "a letter written by Coretta Scott King"
                        m3 = word_back(rev, m.end())
                        w3 = m3.group(1)[::-1] if m3 is not None else ""
                        if (w3.lower() in _TITLE_WORDS or w3 in _ROLE_NOUNS or w3 in forms
                                or (w3 == "by" and not info2[0].endswith("s"))) \
                                and info2[0].lower() not in _PARTY_NOUNS:  # ('by Senators Ann Lind and …': a title)
                            cand = f"{info2[0]} {cand}"
                elif w in _NAME_PARTICLES:
                    cand = None
        out.append((k, cand))
        k = text.find(surname, k + n)
    return out


# a word as _name_occurrences reads it backwards (``m.group(1)`` on the reversed text) -> (the
# word, whether it may stand before a surname (:func:`_before_name_word`, and no cue form),
# whether it is a known first name and no initial, whether one more word may come before it (an
# initial, or no known first name)); a pure function of the word and the cue lexicon: cleared
# when the lexicon changes (_rebuild)
_REV_WORDS: dict[str, tuple[str, bool, bool, bool]] = {}


def _rev_word_info(wr: str, forms: dict[str, Cue]) -> tuple[str, bool, bool, bool]:
    w = wr[::-1]
    if not w:
        return w, False, False, False
    if w in _NAME_PARTICLES:
        return w, True, False, True  # "Art del Cueto": a first name may come before the particle
    low = w.lower()
    first = low in _first_names()
    return w, _before_name_word(w) and low not in forms, first and w[-1] != ".", w[-1] == "." or not first


# in the reversed text: spaces, then a run of letters, digits and '’-. (a word read backwards)
_REV_WORD_RE = re.compile(r" +((?:[^\W_]|['’.\-])*)")
_BEFORE_NAME_WORD: dict[str, bool] = {}


def _before_name_word(w: str) -> bool:
    """May the word ``w`` stand before a surname in the name :func:`_name_occurrences` reads
    (apart from cue forms, checked by the caller)? Cached per form."""
    try:
        return _BEFORE_NAME_WORD[w]
    except KeyError:
        pass
    initials = _INITIALS_RE.match(w) is not None and w not in _PLACE_INITIALS  # "J.", "P.J." (not "U.S.")
    ok = (_name_word(w) or w in _TITLE_FIRST_NAMES or initials) \
        and not w.endswith(("s'", "s’")) \
        and (initials or not w.endswith("."))
    if len(_BEFORE_NAME_WORD) > 200_000:
        _BEFORE_NAME_WORD.clear()
    _BEFORE_NAME_WORD[w] = ok
    return ok


# endings of role nouns and demonyms that may stand capitalised before a name ('Pensioner', 'Texan')
_ROLE_WORD_ENDINGS = ("er", "or", "an", "ar", "ist", "ent", "ant", "ee", "ese", "ish", "ic", "al", "ive", "ian",
                      "ff", "ef", "ury")
# title words that are also first names, read as a first name right before a surname ("Dean Baquet")
_TITLE_FIRST_NAMES = frozenset({"Dean"})
_PLACE_INITIALS = frozenset("U.S. U.N. E.U. U.K. D.C. N.Y. L.A.".split())  # initials that are no first name
_NEXT_CAP_RE = re.compile(r"[A-Z][\w'’\-]+")


@dataclass(slots=True)
class _Person:
    name: str
    pos: int
    gender: str | None  # "m", "f" or ""; None: not computed yet (a name run: from text[pos:end])
    stype: str
    end: int = -1
    origin: _Person | None = None  # a later mention of this person (same gender)


_POS = operator.attrgetter("pos")
_HINT_TOKEN_RE = re.compile(r"[a-z.]+")
_F_HINTS = _FEMALE_HINTS - {"her", "she"}  # pronouns are what we resolve: not evidence
_M_HINTS = _MALE_HINTS - {"his", "he", "him"}


# a whole hint token (its own run of [a-z.]); the words as a trie (one branch per first letter):
# at most one word can match at a position, so the matches are those of the plain alternation
_HINT_WORD_RE = re.compile("(?<![a-z.])(?:" + _trie_pattern(sorted(_F_HINTS | _M_HINTS)) + ")(?![a-z.])")


def _gender_near_low(low: str, a: int, b: int, text: str | None = None) -> str:
    """:func:`_gender_near` on the lower-cased text (same length as the text): one regex search.

    The window is sliced (so a word cut at its edges is seen cut, as in
    :func:`_gender_near`) and searched for whole hint tokens only.
    """
    e = b + 28 if b + 28 < len(low) else len(low)
    cut = low.find(". ", b, e)
    if cut >= 0:
        e = cut
    f = m = False
    lo = a - 5 if a > 5 else 0
    for h in _HINT_WORD_RE.finditer(low[lo:e]):
        w = h.group()
        if text is not None and a < lo + h.start() < b and text[lo + h.start()].isupper() \
                and text[lo + h.start() - 2 : lo + h.start()].rstrip()[-1:].isalpha():
            continue  # a capitalised word inside the name after another word: the surname "King"
        if w in _F_HINTS:
            f = True
        else:
            m = True
    if f and not m:
        return "f"
    if m and not f:
        return "m"
    return ""


def _gender_near(text: str, a: int, b: int) -> str:
    """Gender hint around ``text[a:b]`` (for texts whose lower-casing changes offsets)."""
    lo = max(0, a - 5)
    win = text[lo : min(len(text), b + 28)]
    low = win.lower()
    if len(low) == len(win):  # the usual case: the window itself keeps its offsets
        return _gender_near_low(low, a - lo, b - lo, win)
    after = text[b : min(len(text), b + 28)]
    cut = after.find(". ")
    ctx = (text[max(0, a - 5) : b] + (after[:cut] if cut >= 0 else after)).lower()
    words = _HINT_TOKEN_RE.findall(ctx)
    f = not _F_HINTS.isdisjoint(words)
    m = not _M_HINTS.isdisjoint(words)
    if f and not m:
        return "f"
    if m and not f:
        return "m"
    return ""


# countries (no he/she stands for one: 'admitted Germany could only cope if she …')
_COUNTRIES = frozenset((
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium "
    "Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chad Chile China Colombia Croatia Cuba Cyprus "
    "Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti "
    "Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo "
    "Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal "
    "Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland "
    "Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan "
    "Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales "
    "Yemen Zambia Zimbabwe America"
).split()) | frozenset(("United States", "United Kingdom", "Saudi Arabia", "South Africa", "South Korea",
                        "North Korea", "New Zealand", "Sri Lanka", "Czech Republic", "United Arab Emirates"))


def _no_person(name: str) -> bool:
    """No he/she stands for ``name``: a group or title cited alone ('Police said a woman …'), a
    country, an outlet or an organisation (they took a gender from a word after them)."""
    return (" " not in name and name.lower() in _COMMON and name.lower() not in _first_names()) \
        or name in _COUNTRIES or source_type(name) in ("media", "organisation") \
        or (name.endswith((" Day", " Eve")) and name.split(" ", 1)[0].replace("’", "'") in _HOLIDAY_OPENERS)


# first words of holidays and other days written like a name ('Christmas Day', 'Inauguration Day'; not 'Doris Day')
_HOLIDAY_OPENERS = frozenset("Christmas Easter Memorial Labor Labour Election Independence Veterans Veterans' Thanksgiving "
                             "Boxing Inauguration Presidents Presidents' Columbus Armistice Remembrance Victory Flag Earth "
                             "Pentecost Valentine's Mother's Father's Groundhog Tax Primary Decision Opening "
                             "Bastille Australia Canada Patriots New".split())


# a people or party in the plural, one capitalised word: 'Russians', 'Republicans', 'Democrats', 'Iraqis'
_PEOPLE_ENDINGS = "ians|cans|rats|ists|tives|rals|sives"  # (no first name ends so: see _NAME_OPENING_PEOPLE_RE)
_PLURAL_PEOPLE_RE = re.compile(rf"[A-Z][a-z]+(?:{_PEOPLE_ENDINGS}|ese|nis|qis|dis|lis)")
# ... closing a run of words, or a people's adjective doing so: 'Muslim Americans', 'Senate Democrats',
# 'the Muslim American population'
_PEOPLE_TAIL_RE = re.compile(rf"[ ](?:[A-Z][a-z]+(?:{_PEOPLE_ENDINGS})|American|African|Asian|European|Hispanic|Latino"
                             r"|Latina|Muslim|Jewish)$")


_PRONOUN_WINDOW = 1200  # characters before a pronoun searched for capitalised names
_COREF_CHARS = 1500  # a description ('the Ohio senator') names a person cited this close before
# titles written before the name of a person a description's head names ('the senator': 'Sen. Lind')
_COREF_TITLES = {
    "senator": ("Sen.", "Senator", "Sen"), "president": ("President",), "governor": ("Gov.", "Governor", "Gov"),
    "mayor": ("Mayor",), "congressman": ("Rep.", "Representative", "Congressman"),
    "congresswoman": ("Rep.", "Representative", "Congresswoman"), "representative": ("Rep.", "Representative"),
    "secretary": ("Secretary",), "judge": ("Judge",), "justice": ("Justice",), "chancellor": ("Chancellor",),
    "minister": ("Minister",), "premier": ("Premier",), "speaker": ("Speaker",),
    "president-elect": ("President-elect", "President"), "pm": ("PM", "Prime Minister"),
}
# the short forms of one-word titles ('the governor' may be written 'Gov. Ann Lind' before)
_TITLE_SHORT = {"Governor": ("Gov.", "Gov"), "Senator": ("Sen.", "Sen"), "Representative": ("Rep.",),
                "Congressman": ("Rep.",), "Congresswoman": ("Rep.",), "Professor": ("Prof.",),
                "Lieutenant": ("Lt.",), "General": ("Gen.",), "Attorney General": ("AG", "A.G.")}
_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO CIO VP MP MEP MLA MPP MSP".split())  # role heads written in capitals ('a former energy CEO', 'the Labour MP')
# role heads a description may name a cited person by without a title ('the nominee'); not party
# or office words ('the Republican', 'the chairman'), which many people in an article share
_COREF_ROLES = frozenset("nominee candidate frontrunner front-runner incumbent challenger senator-elect contender".split())
_COREF_ROLE_HEADS = frozenset(_COREF_TITLES) | _COREF_ROLES  # the heads coref_person resolves
# the titles a name written with one may stand for a description's head by ('Pope Leo … the pontiff')
_COREF_HEAD_TITLES = {**_COREF_TITLES, "pontiff": ("Pope",), "pope": ("Pope",)}
# the states' short forms in party tags ('R-Ky.', 'D-NY'): full name -> (AP style, postal code)
_STATE_FORMS = {
    st: forms.split() for st, forms in (x.split(":") for x in (
        "Alabama:Ala. AL|Alaska:Alaska AK|Arizona:Ariz. AZ|Arkansas:Ark. AR|California:Calif. CA|Colorado:Colo. CO|"
        "Connecticut:Conn. CT|Delaware:Del. DE|Florida:Fla. FL|Georgia:Ga. GA|Hawaii:Hawaii HI|Idaho:Idaho ID|"
        "Illinois:Ill. IL|Indiana:Ind. IN|Iowa:Iowa IA|Kansas:Kan. KS|Kentucky:Ky. KY|Louisiana:La. LA|Maine:Maine ME|"
        "Maryland:Md. MD|Massachusetts:Mass. MA|Michigan:Mich. MI|Minnesota:Minn. MN|Mississippi:Miss. MS|"
        "Missouri:Mo. MO|Montana:Mont. MT|Nebraska:Neb. NE|Nevada:Nev. NV|New Hampshire:N.H. NH|New Jersey:N.J. NJ|"
        "New Mexico:N.M. NM|New York:N.Y. NY|North Carolina:N.C. NC|North Dakota:N.D. ND|Ohio:Ohio OH|"
        "Oklahoma:Okla. OK|Oregon:Ore. OR|Pennsylvania:Pa. PA|Rhode Island:R.I. RI|South Carolina:S.C. SC|"
        "South Dakota:S.D. SD|Tennessee:Tenn. TN|Texas:Texas TX|Utah:Utah UT|Vermont:Vt. VT|Virginia:Va. VA|"
        "Washington:Wash. WA|West Virginia:W.Va. WV|Wisconsin:Wis. WI|Wyoming:Wyo. WY").split("|"))
}
_PARTY_TAG_AFTER_NAME_RE = re.compile(r"\)?,?[ ]\(?([RDI])-([A-Z][A-Za-z.]*(?:[ ][A-Z][a-z.]+)?)"
                                      r"|,[ ](?:the|a|an)[ ]((?:[A-Z][a-z]+[ ]){1,2})(Republican|Democrat)\b")
_STATE_BEFORE_TITLE_RE = re.compile(r"((?:[A-Z][a-z]+[ ]){1,2})(?:Sen\.|Rep\.|Gov\.|Senator|Representative|Governor|"
                                    r"Congressman|Congresswoman)[ ]$")


def _party_state_fits(text: str, name: str, party: str, state: str, pos: int) -> bool:
    """Whether what the article writes of ``name``'s party and state in the ``_PARTY_TAG_CHARS``
    before ``pos``, if anything, fits ``party`` (``R``/``D``) and ``state`` (a full name): a party
    tag after the surname (``Ann Lind (R-Ky.)``, ``Lind, D-N.Y.,``, ``Ann Lind, the Missouri
    Democrat``) or a state before the title (``Arizona Sen. Ann Lind``)."""
    last = name.rsplit(" ", 1)[-1]
    forms = {state, *_STATE_FORMS.get(state, ())}
    k = text.find(last, max(0, pos - _PARTY_TAG_CHARS), pos)
    for _ in range(20):
        if k < 0:
            return True
        m = _PARTY_TAG_AFTER_NAME_RE.match(text, k + len(last))
        if m is not None and m.group(1) is not None:
            tag = m.group(2).rstrip(".,")
            return m.group(1) == party and (tag in forms or tag + "." in forms)
        if m is not None:
            return m.group(4)[0] == party and m.group(3).strip() == state
        first = text.rfind(name, max(0, k - len(name)), k + len(last)) if " " in name else -1
        b = _STATE_BEFORE_TITLE_RE.search(text, max(0, first - 40), first) if first >= 0 else None
        if b is not None and b.group(1).strip() in _STATE_FORMS:
            return b.group(1).strip() == state
        k = text.find(last, k + 1, pos)
    return True


_PARTY_TAG_CHARS = 4000  # how far back a politician's party tag is looked for
_WRITTEN_NEAR_CHARS = 30_000  # how far around a mention a title written before the name is looked for


# a lower-case word right after a name, read as its verb ('Lind claimed', 'Lind then said'; not 'Lind’s')
_VERB_AFTER_SUBJECT_RE = re.compile(r"[ ](?!(?:and|or|of|for|to|in|on|at|with|from|by|as)\b)[a-z]{2,}\b")
# the relatives and aides a possessive names: 'Ray Brill’s wife', 'Ms. Lind’s attorney'
_RELATION_WORDS = (r"wife|husband|son|daughter|father|mother|brother|sister|widow|widower|fiancée?|girlfriend|boyfriend|"
                   r"spouse|attorney|lawyer|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|friend|niece|nephew|"
                   r"grandson|granddaughter|cousin|uncle|aunt|stepfather|stepmother")
# the subject of a sentence and its verb, after an introductory phrase and its comma, if any ('In an
# interview with PBS, he talked', 'For his part, the former president weighed in'), with an
# apposition after it ('The campaign, understanding the gift, pounced')
_SENTENCE_SUBJECT_RE = re.compile(
    r"(?:(?:In|On|At|For|After|Before|During|With|As|When|While|Despite|Since|Later|Earlier|Meanwhile|However|"
    r"Still|Instead|Yet|Then|Last|Also|Like|Unlike|Speaking|Asked|Writing|Responding|Today|Yesterday|Now|But|And|"
    r"So|Amid|Following|Over|Under|Within|Without|Through|Throughout|Once|Again|Indeed|Finally|Moreover|Overall|"
    r"Late|Early|Toward|Towards|Afterward|Afterwards|Elsewhere|Here|There|Separately|Similarly|Likewise|Back|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Next|This|By|From|To|Of|About|Against|"
    r"[A-Z][a-z]+(?:ing|ed|ly))(?:[ ][^,.;:!?“”\"\n]{0,60})?,[ ])?"
    r"(?P<subj>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:[ ](?!(?:also|then|later|again|even|still|never)\b)[\w’'\-]+){1,4}?(?<!ly)"
    r"|(?:[A-Z][\w.’'\-]*[ ]){0,3}[A-Z][\w’'\-]+"
    r"|(?:[A-Z][\w.’'\-]*[ ]){0,3}[A-Z][\w.\-]*(?:['’]s|s['’])(?:[ ][a-z][\w\-]*)?[ ](?:" + _RELATION_WORDS + "))"
    r"(?:,[^,.;:!?“”\"\n]{1,120},)?[ ](?:(?:[a-z]+ly|also|then|later|again|even|still|never)[ ])?"
    r"(?:[a-z]+ed|did|was|were|had|has|is|are|took|went|made|gave|told|said|wrote|spoke|met|sent|came|ran|put|"
    r"got|kept|left|began|held|led|brought|thought|felt|found|stood|won|lost|struck|hit|fought|sought|threw|drew|"
    r"knew|saw|became|rose|broke|chose|tore|swore)\b")
# words that open a sentence before its subject, or are no subject: not taken as one
_SUBJECT_LEAD_WORDS = frozenset("for in after before as but and so yet or when while if during on at by with from since "
                                 "although though because once then now still also even meanwhile instead however "
                                 "indeed later earlier last this that these those many some most all one two three "
                                 "four five several both each".split())


def _sentence_subject(subj: str, res: _Resolver) -> str | None:
    """The subject :data:`_SENTENCE_SUBJECT_RE` found, without opening words that are no part of
    it (``As Ann Lind`` -> ``Ann Lind``); None when nothing of a subject is left, or a capitalised
    word or run that is no name (``Democratic``: 'But Democratic lawmakers … questioned')."""
    words = subj.split()
    while words and words[0].lower() in _SUBJECT_LEAD_WORDS:
        words = words[1:]
    if not words:
        return None
    out = " ".join(words)
    if out.lower() in _SUBJECT_PRONOUNS:
        return out
    if len(words) == 1 and out[:1].isupper() \
            and (res._common_word(out) or (out.endswith(("ic", "an")) and not _first_name_gender(out))):
        return None
    if words[0].lower() in _DETERMINERS or (len(words) > 1 and all(w[:1].isupper() for w in words)) \
            or (_is_titled_name(out) and out.lower() not in _COMMON) or _POSS_RELATION_RE.fullmatch(out) is not None:
        return out  # ('Ray Brill’s attorney': the relative or aide, as described)
    return None


_PREP_WORDS = frozenset("by with of on to for in at about from after before during into like than over".split())


def _odd_participle_source(src: str) -> bool:
    """Whether ``src``, the words before a participle cue (``…, saying``, ``by saying``), is no
    subject: one lower-case word that is no pronoun (``pounced``), a phrase ending or opening with
    a preposition (``the president responded on Twitter by``, ``For his part``), an interview
    (``an interview with PBS``), or a clause with a pronoun subject (``he faked an accent``, ``he
    never called Ann Lind a liar``)."""
    words = src.split()
    first = words[0].lower()
    return (len(words) == 1 and words[0].islower() and first not in _PRONOUNS and first not in _SECOND_PERSON) \
        or words[-1].lower() in _PREP_WORDS or first in _PREP_WORDS or (len(words) > 2 and words[1] == "interview") \
        or (len(words) > 2 and first in _SUBJECT_PRONOUNS) \
        or (len(words) > 1 and words[0].islower() and first.endswith("ed") and first not in _ADJ_ED
            and words[1].lower() in _PREDICATE_OBJECT_OPENERS) \
        or (_POSS_RELATION_VERB_RE.match(src) is not None)


# past participles used as adjectives before a person's role ('retired general', 'embattled senator')
_ADJ_ED = frozenset("retired embattled unnamed elected disgraced armed detained married celebrated acclaimed noted "
                    "renowned respected indicted accused alleged jailed exiled appointed designated unidentified "
                    "concerned interested unvaccinated vaccinated talented learned beloved".split())
# what opens a verb's object or adverbial: 'blasted the bureau', 'pushed back on Monday'
_PREDICATE_OBJECT_OPENERS = frozenset("the a an his her its their this that these those back out up on in at to "
                                      "for with by from about".split())


# a person named by a possessive and a relation to its owner: 'Ray Brill’s wife', 'Ms. Lind’s longtime attorney'
_POSS_RELATION_RE = re.compile(
    r"(?!(?:Since|When|While|After|Before|As|But|And|If|Because|Although|Though|Then|So|Now|Later)[ ])"
    r"(?:(?:[A-Z][\w.'’\-]*|the|The)[ ]){0,4}[A-Z][\w.\-]*(?:['’]s|s['’])(?:[ ][a-z][\w\-]*){0,2}[ ]"
    r"(?:" + _RELATION_WORDS + ")")
# a possessive relation as a clause's subject, then its verb: 'Ray Brill’s attorney blasted the bureau on Monday'
_POSS_RELATION_VERB_RE = re.compile(_POSS_RELATION_RE.pattern + r"[ ](?:[a-z]+ly[ ])?[a-z]+ed\b")
# the titles of the politicians a party and a state describe ('the Kentucky Republican')
_POLITICIAN_TITLES = ("Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Congressman",
                      "Congresswoman", "Speaker", "Leader", "Mayor")
_QUOTED_AS_RE = re.compile(r"\b(?:quoted|quotes|cited|cites)[ ](.+)$")  # 'Reuters quoted X (as saying)'
_MEDIA_COREF_HEADS = frozenset(
    "publication newspaper paper outlet magazine network station channel tabloid broadcaster daily weekly".split()
)
# words of outlets' names that name none alone (a name cut: 'News')
_GENERIC_OUTLET_WORDS = frozenset("news times post journal press daily media tv radio network".split())
# an outlet's editorial board by description: 'the newspaper’s editorial board', 'the editorial board'
_EDITORIAL_BOARD_RE = re.compile(r"[Tt]he[ ](?:(?:newspaper|paper|magazine|publication)['’]s[ ])?editorial[ ]"
                                 r"(?:board|page|writers|team)")
_CONTINUING_CUES = frozenset(("add", "continue"))  # 'he added', 'she continued': the speaker goes on


def _outlet_cited_before(atts: list[_Att], end: int, pos: int) -> str | None:
    """The outlet (not a journalist of one) the last of ``atts[:end]`` (cues before ``pos``, in
    text order; the list is not copied) cites, looking back over at most 8 cues within
    ``_COREF_CHARS``: what *the paper*, *the newspaper*, *the network* stand for."""
    for prev in reversed(atts[max(0, end - 8) : end]):
        if pos - prev.end > _COREF_CHARS:
            break
        if prev.stype == "media" and prev.speaker and not _first_name_gender(prev.speaker) \
                and not prev.speaker.startswith("the "):  # (an outlet described is no name for it)
            return prev.speaker
    return None


def _editorial_outlet(res: _Resolver, atts_done: list[_Att], pos: int, anchor: int | None = None) -> str | None:
    """The outlet whose words an editorial (or its editorial board) at the cue ``pos`` gives: the one
    the last cue of ``atts_done`` before it cites, else, with ``anchor``, the one named last before
    ``anchor``; None for a word that names no outlet alone (a name cut to *News*)."""
    outlet = _outlet_cited_before(atts_done, len(atts_done) - 1, pos)
    if outlet is None and anchor is not None:
        outlet = _outlet_named_before(res, anchor)
    return outlet if outlet is not None and outlet.lower() not in _GENERIC_OUTLET_WORDS else None


_OUTLET_BEFORE_CHARS = 800
# a capitalised run of one to four words (an outlet's name: 'the nationalist Global Times')
_CAP_RUN_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w&'’\-]*[ ]){0,3}[A-Z][\w&'’\-]*")
_CAP_RUN_BEFORE_RE = re.compile(r"(?<![\w'’])((?:[A-Z][\w&'’\-]*[ ]){1,3})$")  # capitalised words right before a name's end
_RUN_LEAD_WORDS = frozenset("As In At On By From For To Of And But So Then It Its While When After Before".split())


def _outlet_named_before(res: _Resolver, pos: int) -> str | None:
    """The outlet named last (outside quotes) in the ``_OUTLET_BEFORE_CHARS`` before ``pos``, as written
    without *the*, or None: what *the newspaper* stands for when no cue cites an outlet ('In its
    editorial, the nationalist Harbour Times, a state-run tabloid, indicated … / “…,” the
    newspaper warned')."""
    found = None
    for m in _CAP_RUN_RE.finditer(res.text, max(0, pos - _OUTLET_BEFORE_CHARS), pos):
        words = m.group().removesuffix("’s").removesuffix("'s").split(" ")
        while len(words) > 1 and words[0] in _RUN_LEAD_WORDS:
            words.pop(0)  # ('As Reader Supported News reported')
        name = " ".join(words)
        if source_type(name) == "media" and not res.inside_quote(m.start()) and not _first_name_gender(name) \
                and not res.text.startswith(" of ", m.end()) and not res.text.endswith(" of ", 0, m.start()):
            # (not 'the Quarterly Journal of Economics', 'the Academy of Television Arts')
            # (without 'the' before two words or more: 'New York Times', 'The Hill')
            found = _LEADING_ARTICLE_RE.sub("", name) if len(words) > 2 else name
    return found


_GOING_ON_TO_RE = re.compile(r",[ ](?:before[ ]|who[ ])?(?:going|went)[ ]on[ ]to[ ]$")  # (', who went on to ask')
_STRANDED_TO = frozenset(("spoke", "talked", "listened", "wrote", "turned", "reached", "speak", "talk"))


def _to_clause_source(src: str) -> str | None:
    """The speaker in a source phrase that ends in *to* before the cue: the person a verb makes
    speak (*led Bush to retort*, *prompting President Ann Lind to declare*), else a pronoun or
    name opening the phrase (*she went on to say*, *Mr. Lind planned to say*, *The Times went on
    to say*); None for a phrase with no one in it (*going on to add*, *refusal to concede*,
    *used to describe*)."""
    words = src.split()[:-1]
    if len(words) > 1 and words[-1] in _STRANDED_TO:
        return src  # a relative clause: 'Residents we spoke to', 'the officials she talked to'

    def name_word(w: str) -> bool:
        return _is_name_token(w) or (w[:1].isupper() and w.lower() in _TITLE_STRIP)

    k = len(words)
    while k > 0 and name_word(words[k - 1]):
        k -= 1
    if k < len(words) and _is_name_token(words[-1]) and not words[-1].isupper():
        return " ".join(words[k:])  # 'led Bush to', 'prompting President Ann Lind to'
    while len(words) > 1 and words[0].lower() in ("but", "and", "then", "so", "yet", "later", "also", "now"):
        words.pop(0)  # 'But then Lind went on to'
    if not words:
        return None
    if words[0].lower() in ("he", "she", "they", "i", "we", "it"):
        return words[0]
    if (own := _FIRST_PERSON_CONTRACTION_RE.fullmatch(words[0])) is not None:
        return own.group(1)  # 'I’m sad to (say)': I
    k = 1 if words[0] in ("The", "the") else 0
    while k < len(words) and name_word(words[k]):
        k += 1
    if k < len(words) and k > 0 and _is_name_token(words[k - 1]) and words[k][:1].islower():
        return " ".join(words[:k])  # 'Mr. Lind planned to', 'The Times went on to'
    return None
# heads of a definite description of one person by role or age ('the teen', 'the retired inventor')
_PERSON_HEADS = frozenset(
    "teen teenager inventor nurse student mother father veteran widow widower "
    "driver suspect survivor resident owner farmer artist singer actor actress rapper "
    "entrepreneur businessman businesswoman billionaire novelist filmmaker pastor priest rabbi".split()
)
_GROUP_ROLE_WORDS = frozenset("writer author reporter columnist editor lawyer attorney senator rep sen".split())
_PARTY_WORDS = frozenset("Republican Republicans Democrat Democrats Independent Independents".split())
_AFTER_FUNCTION_WORD_RE = re.compile(
    r"(?:(?:the|The|in|at|from|to|of|for)[ ]|[’']s[ ])((?:[A-Z][\w'’\-]*)(?:[ ][A-Z][\w'’\-]*){1,3})"
)
_CAP_WORD_RE = re.compile(r"[A-Z][\w'’\-]*")
_COMMON_SCANS = 64  # words written_lower searches the text for directly before it builds a token set
_DELIMITED_TOKEN_RE = re.compile(r"(?<=[ ])[^\s,.;:]+(?=[ ,.;:])")
# a full name and its generational suffix: "Ann Lind Jr.", "Ray Brill, III"
_SUFFIXED_NAME_RE = re.compile(rf"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-.]*){{1,2}}),? ({_SUFFIX_ALT})\b(\.?)")
# a first name (and middle initial) right before a position: "Ray (J.) "
_FIRST_BEFORE_RE = re.compile(r"(?<![\w.])([A-Z][a-z][\w'’\-]*) (?:[A-Z]\. )?$")
_SURNAME_PRONOUN_CHARS = 240  # after a bare surname, its pronoun is looked for this far (two sentences)
# a pronoun that tells a person's gender, or a capitalised word (a name: maybe another person's)
_SURNAME_PRONOUN_RE = re.compile(r"\b(?:[Hh](?:e|is|im|er|imself|erself)|[Ss]he)\b|\b[A-Z][a-z]+\b")
_PRONOUN_GENDER = {**{p: g for p, g in _PRONOUNS.items() if g}, "his": "m", "himself": "m", "herself": "f"}
# words opening a question or a clause before a name, never a first name ('Is Donald Trump …?')
_QUESTION_OPENERS = frozenset("Is Was Are Were Do Does Did Has Have Had Can Could Would Should Why How What When "
                              "Where Who Whom Whose Which If Unlike Given Considering Facing".split())
_MAX_NAMES_SCANNED = 400  # names per article whose mentions are looked up from the text's start
_THIS_PERSON = frozenset(("person", "this person", "that person"))  # a person described just before
_THIS_PERSON_CHARS = 600
_NEAR_UNKNOWN_CHARS = 400  # a person of unknown gender this close before a pronoun ...
_FAR_KNOWN_CHARS = 800  # ... beats one of the pronoun's gender named this much earlier
# sentence ends and subject pronouns in lower-cased text (:meth:`_Resolver._pronoun_after`)
_SENT_OR_PRONOUN_RE = re.compile(r"[.!?](?=\s)|\b(he|she)\b")
_NAMED_BEFORE_CHARS = 300  # a role description ('the Arizona senator') names the one person named this close before
_LAST_SPEAKER_CHARS = 300  # a speaker attributed this close before a pronoun is its antecedent
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_IT_THEY_CHARS = 400  # "it said"/"they said" look this far back for the organisation or group
# a capitalised word with no capitalised word right after it ('to Nate,', 'Jordan had'; the word
# before it is read by the caller)
_LONE_AFTER = r"\b(?![ ][A-Z])(?!['’-][a-z]{2})"
_LONE_CAP_WORD_RE = re.compile(r"\b([A-Z][a-z]+)" + _LONE_AFTER)
# first names given to men and women alike, which lexicons/first_names.txt leaves out: a person
# called by one alone may be the antecedent of either pronoun
_UNISEX_FIRST_NAMES = frozenset("jordan kelly lindsey taylor ashley dana alex casey jamie morgan riley sam jesse "
                                "robin chris pat terry leslie avery cameron drew quinn".split())
_FIRST_NAME_WINDOW = 700  # characters before a pronoun searched for a person called by a first name alone


@lru_cache(maxsize=4096)
def _lone_word_re(word: str) -> re.Pattern[str]:
    """:data:`_LONE_CAP_WORD_RE` for one word."""
    return re.compile(r"\b" + re.escape(word) + _LONE_AFTER)


@lru_cache(maxsize=4096)
def _name_part_next_re(word: str) -> re.Pattern[str]:
    """``word`` right after or right before another capitalised word (part of a longer name)."""
    w = re.escape(word)
    return re.compile(r"(?<![\w'’.\-])(?!" + _NOT_NAME_BEFORE + r"[ ])[A-Z][\w'’.\-]*[ ]" + w + r"\b|\b" + w
                      + r"[ ](?:[A-Z][a-z]|(?:de|del|da|van|von|bin|al|la|le|di|du)[ ][A-Z])")


# what comes before a word opening a sentence: its end, and an opening conjunction or adverb with
# a comma ('So, Mark'; 'But Mark' has a capitalised word right before the name, which
# _first_name_people passes over)
_OPENER_WORD = r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Meanwhile)[ ,]+)?"
_SENTENCE_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?][”\"]?[ ]+|\n[ \t]*)" + _OPENER_WORD + "$")
# the first word of a sentence, after an opening conjunction or adverb and a comma ('Still, Nate …')
_SENTENCE_FIRST_WORD_RE = re.compile(_OPENER_WORD + r"([A-Z][a-z]+)\b")
# capitalised words that may stand before a first name without being part of the name ('But Nate said')
_NOT_NAME_BEFORE = ("(?:But|And|So|When|As|After|Then|If|While|For|To|At|In|On|Of|With|By|From|The|A|An|Yet|Or|"
                    "Now|Still|Later|Before|Because|Since|Although|Though|Meanwhile|Like|Unlike|Even|Only|Just|"
                    "Also|Said|Says|Asked|Told|Dear|Hi|Hey|Oh|Recalls|Adds|Explains)")


# a capitalised word opening a sentence or paragraph, followed by a lower-case word (a subject)
_SUBJECT_WORD_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=[a-z], ))([A-Z][a-z'’\-]+)(?= [a-z])")
_DATELINE_AFTER_RE = re.compile(r",[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?[ ]*(?:\(|—|–|-)")  # ', Iowa (AP)'
_SUBJECT_WINDOW = 700  # characters before a pronoun's sentence searched for the subjects of sentences
# an indefinite description of one person opening a sentence: "One fitness coach", "A retired teacher"
# after a description opening a sentence: the rest of its phrase, a comma, then a subject pronoun
_APPOS_THEN_PRONOUN_RE = re.compile(r"(?:[ ](?:since|for|of|at|from|in|with|on)[ ][^,.;:!?“”\"]{0,60})?,[ ](he|she)\b")
_DESC_SUBJECT_RE = re.compile(
    r"(?:A|An|One|Another)[ ](?:[a-z][a-z\-]*[ ]){0,3}"
    r"(?:president|senator|governor|mayor|minister|secretary|congressman|congresswoman|lawmaker|judge|"
    r"coach|owner|worker|resident|teacher|nurse|doctor|officer|voter|farmer|student|man|woman|father|"
    r"mother|friend|neighbor|neighbour|veteran|lawyer|attorney|activist|official|spokesman|spokeswoman|"
    r"executive|analyst|expert|professor|pastor|priest|soldier|driver|parent|survivor|witness|leader)"
    r"(?=[ ,](?!of\b))"
)
# titles that only people hold, written before a name: "President Lind", "Sen. Lind"
_STRONG_TITLES = frozenset(
    "Sen. Rep. Gov. Lt. Gen. Col. Capt. Sgt. Dr. Prof. Adm. Maj. Gov Sen Rep Dr President Senator Governor "
    "Mayor Minister Secretary Judge Justice Chancellor Premier Speaker Representative Congressman "
    "Congresswoman Ambassador Commissioner Professor Pope King Queen Prince Princess Chairman Chairwoman "
    "Leader Director Spokesman Spokeswoman Attorney General Commander Sheriff Officer Detective Agent "
    "Sergeant Lieutenant Captain Colonel Admiral Bishop Rabbi Reverend Rev. Coach Cpl. Det. Corporal Detective "
    "Trooper Delegate".split()
)
# the subject of a sentence: a name (or he/she) after an optional conjunction or short
# introductory phrase and comma, followed by an apposition comma, a bracket or a lower-case word
# names ending in -ed that are no participle
_ED_NAMES = frozenset("mahmoud ahmed mohammed muhammad mohamed hamed saeed rasheed khaled walid".split())
# after a possessive: a lower-case description and the name in apposition ("’s campaign manager, Ray Brill,")
_POSS_APPOS_RE = re.compile(r"(?:[ ][a-z][\w\-]*){1,4},[ ]((?:[A-Z][\w'’\-.]+[ ]){1,2}[A-Z][\w'’\-]+)(?=,)")
# a state or county before a title: "Minnesota Sen. Amy Lind", "Gwinnett County Cpl. Ray Brill"
# (a state, a party or both before a title: 'Ohio Rep.', 'GOP Rep.', 'Ohio GOP Rep.')
_STATE_BEFORE_TITLE = (r"(?:(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:GOP[ ])?|GOP[ ])"
                       r"(?=(?:Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Det|Dr)\.[ ]))?")
_SUBJECT_LEAD = (r"(?:[A-Z][A-Z.’' ]{2,30}(?:,[ ][A-Z][A-Za-z.]+)?[ ]?(?:\([A-Za-z ]{2,20}\)[ ]?)?[—–][ ]?)?"  # 'PHILADELPHIA—'
                 r"(?:(?:Oh|Well|Yes|No),[ \u00a0]+(?:and|but|so)[ \u00a0]+)?"  # ('Oh, and Ann Lind tried as well')
                 r"(?:(?:But|And|So|Yet|Still|Meanwhile|However|Now|Instead|Later|Then|Also|Separately|Indeed|Finally|Eventually|Ultimately|Suddenly|Soon|Again|Next|Afterwards?)"
                 r",?[ \u00a0]+(?:on[ ][A-Z][a-z]+day,?[ \u00a0]+)?)?"  # "But on Tuesday Ann Lind, …"
                 # an adverb and participle before the name: "Newly elected Mayor Ann Lind"
                 # (not a clause: 'Apparently concerned that Lind …, Ray Brill')
                 r"(?:[A-Z][a-z]+ly[ ](?:(?!(?:that|to|of|by|with|about|for|from|in|on|at|as|if|when)[ ])[a-z]+[ ]){0,2}"
                 r"(?=[A-Z]))?"
                 + _STATE_BEFORE_TITLE)
_SUBJECT_NAME = (r"(?P<name>(?:He|She|(?<=[ \u00a0])(?:he|she))(?:(?![\w'’\-])|(?=['’](?:s|d|ll)[ \u00a0]))|"
                 + _NAME_RUN_RE.pattern + r")"
                 # (after a pronoun, a contraction: "Now she’s mild for …", "He’d said …")
                 r"(?:,?[ \u00a0]+(?:Jr|Sr)\.?)?(?=,|:[ \u00a0]*[“\"‘']|[ \u00a0]+[a-z(]"
                 r"|(?<=(?<![\w'’\-])[Hh]e)['’](?:s|d|ll)[ \u00a0]+[a-z]|(?<=(?<![\w'’\-])[Ss]he)['’](?:s|d|ll)[ \u00a0]+[a-z])")
# a person's title or honorific and the surname after it, the last word of its run: 'President Lind
# said', 'Mr. Lind' (not 'President Ann Lind': the full name gives the person)
_TITLE_THEN_SURNAME_RE = re.compile(
    # (written to start with a character class, so that the engine skips ahead to candidates; each
    # title's first letter is checked by a lookbehind: Mr Mrs Ms Mayor Minister Dr Sen Senator Speaker
    # Secretary Rep Rev Gov Gen Governor Prof President Professor Justice Judge Chancellor Congressman
    # Congresswoman Ambassador)
    r"[ACDGJMPRS](?<![\w.].)(?:(?<=M)(?:r|rs|s|ayor|inister)|(?<=D)r|(?<=S)(?:en|enator|peaker|ecretary)|(?<=R)(?:ep|ev)"
    r"|(?<=G)(?:ov|en|overnor)|(?<=P)(?:rof|resident|rofessor)|(?<=J)(?:ustice|udge)"
    r"|(?<=C)(?:hancellor|ongressman|ongresswoman)|(?<=A)mbassador)\.?[ \u00a0]+([A-Z][a-z][\w\-]*)(?![\w\-]|[ \u00a0]+[A-Z])")
# after a name's "'s", a contraction of 'is' or 'has' rather than a possessive: "Lind's getting",
# "Lind's been", "Lind's not"
# (-ing forms that are seldom nouns: not 'Lind's meeting', 'Lind's running mate')
_CONTRACTED_IS_RE = re.compile(r"[ \u00a0]+(?:(?:gett|go|try|do|say|tell|mak|tak|push|ask|com|look|giv|putt|hop|plann|"
                               r"threaten|pay|sett|keep|doubl)ing|"
                               r"been|got|gotten|not|already|never|just)[ \u00a0]")
# words whose 's is a contraction ("it's", "that's"; for _NOT_POSSESSIVE too), and the words that are
# no name before such an 's
_CONTRACTING_WORDS = ("it", "he", "she", "that", "there", "what", "who", "here", "where", "let")
_NOT_NAMES_BEFORE_IS = frozenset(_CONTRACTING_WORDS) | frozenset("how this everyone everybody nobody".split())
# words that open an introductory phrase, not a name ('Shortly after the interview aired, Ann Lind …')
_INTRO_ADVERBS = frozenset("Shortly Right Just Soon Moments Minutes Hours Days Weeks Months Years Immediately Only "
                           "Even Long Not Back Early Late Hard".split())
_SUBJECT_RES = (
    re.compile(_SUBJECT_LEAD + _SUBJECT_NAME),
    # after an introductory phrase: "As a result, Mr. Lunt", "In a joint press conference with …, Ann Lee"
    # (or two, the second in lower case or a state: "According to the Gazette, on Nov. 11, Ann Lee",
    # "At a rally in Erie, Pennsylvania, Ann Lee"; not "In a statement, Sen. Ann Lee, Ohio Republican,")
    re.compile(_SUBJECT_LEAD + r"[A-Za-z][^,\n“”\"]{0,90},[ \u00a0]+"
               r"(?:(?:[a-z][^,\n“”\"]{0,90}|(?:" + _US_STATES + r")(?:[ ][a-z][^,\n“”\"]{0,60})?),[ \u00a0]+)?"
               + _STATE_BEFORE_TITLE + _SUBJECT_NAME),
    # after an introductory phrase ending in a work's name in quotes, its comma inside them: 'On CBS’s
    # “Face the Nation,” Ann Lee'
    re.compile(_SUBJECT_LEAD + r"[A-Za-z][^,\n“”\"]{0,60}[“\"][^”\"\n]{1,40},[”\"][ \u00a0]+" + _STATE_BEFORE_TITLE + _SUBJECT_NAME),
)
# a title's definite description opening a sentence, then a verb: 'The president then praised …'
# a sentence opened by a short subordinate clause, then 'he'/'she' and a verb: 'When (he was) elected he did'
_SUBORD_PRONOUN_RE = re.compile(r"(?:When|After|Before|Once|While|Since|As|If|Although|Though|Because)[ ]"
                                r"[^,.;:!?“”\"\n]{1,60}?,?[ ](he|she)[ ](?!said|says)[a-z]")
_DEF_TITLE_SUBJECT_RE = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|Then|Later|Instead)[ ,]+)?[Tt]he[ ](?:[a-z][a-z\-]*[ ]){0,2}?"
    r"(president|senator|governor|mayor|congressman|congresswoman|secretary|minister|premier|speaker|"
    r"chancellor|president-elect)[ ](?:also[ ]|then[ ]|later[ ]|again[ ])?[a-z]+(?:ed|s)\b")
# a name between 'the' and a lower-case noun is a modifier: 'the Hillary Clinton email case'
# a person's relations, after a name ('a longtime Lind friend'): the name is a mention of that person
_RELATION_NOUNS = frozenset("friend ally aide adviser advisor associate confidant confidante spokesman spokeswoman "
                            "spokesperson lawyer attorney supporter loyalist critic rival biographer son daughter "
                            "wife husband brother sister".split())
_THE_BEFORE_RE = re.compile(r"(?<![\w])(?:[Tt]he|[Aa]n?)(?:[ ](?:former|onetime|one-time|longtime|ex-))?[ ]?$")
# (a noun after it, not a verb: 'the agency's Ann Lind said'; the run is the name alone: not 'the
# United Nations Nikki Haley spoke')
_ATTRIBUTIVE_AFTER_RE = re.compile(r"[ ]([a-z]+)\b")
# where a clause starts inside a sentence (for the subject of the last clause before a colon)
_COLON_CLAUSE_CUT_RE = re.compile(r"(?:[,;]|[ \u00a0]*(?:[—–]|---?))[ \u00a0]+")
# a description or an outlet's possessive before a clause's subject: 'his adviser Ann Brill',
# 'Gazette's Ray Brill' (not a relative or subordinating word: 'which Ann Lind opposed')
_CLAUSE_LEAD_RE = re.compile(r"(?:(?:his|her|their|its|the)[ ](?:[a-z][\w\-]*[ ]){1,3}|"
                             r"(?:[A-Z][\w&.\-]*[ ]){0,3}[A-Z][\w&.\-]*['’]s[ ](?:[a-z][\w\-]*[ ]){0,2})(?=[A-Z])")
# a name after a description ending in a title word: "Lib Dem leader Jo Swinson said"
_TITLE_THEN_NAME_RE = re.compile(
    r"[ \u00a0]+((?:[a-z][\w\-]*[ \u00a0]+){1,3}?)(?P<name>" + _NAME_RUN_RE.pattern + r")(?=[,:]|[ \u00a0]+[a-z(])"
)
# verbs (besides cue forms and '-ed' forms) that may stand before a role noun and a name: 'met host Ann Lind'
_VERB_BEFORE_ROLE = frozenset("met meets joins joined hit hits beat beats sent sends took takes thanks hires fires "
                              "replaces succeeds interviews praises blames attacks accuses follows urges".split())
# an agent noun ('protester', 'organizer', 'activist', 'student', 'chairman') ...
_AGENT_NOUN_RE = re.compile(r"[a-z\-]{3,}(?:er|or|ist|ant|(?<!m)ent|ian|man|woman)")  # (not 'development')
# ... not these words with the same endings
_NOT_AGENT_NOUNS = frozenset(
    "after under over other ever never however whether rather either neither together later earlier sooner "
    "sent went spent meant different recent current present absent silent violent prominent independent "
    "important relevant significant brilliant constant instant pleasant".split()
)
# role nouns that stand between a name and the person's own name: "Ann Lind associate Ray Brill"
_ROLE_NOUNS = frozenset(
    "associate aide adviser advisor ally lawyer attorney strategist spokesman spokeswoman spokesperson "
    "director analyst economist professor reporter correspondent host anchor columnist editor owner head "
    "chief expert researcher scientist activist organizer pollster consultant official counsel user".split()
)
# titles and role nouns: no name's first word before an initial or a middle name
_NOT_FIRST_WORDS = frozenset(w.lower() for w in _TITLE_STRIP | _TITLE_WORDS | _ROLE_NOUNS)
# head nouns that name people (the head of a long indefinite description)
_PEOPLE_HEADS = _ANON_HEADS | _ROLE_NOUNS | _PARTY_NOUNS | _TITLE_WORDS | _PERSON_HEADS | frozenset(
    "aide official source fellow member members author authors person staffer staffers operative "
    "operatives strategist strategists lawmakers advisers advisors".split()
)
# a plural noun, then an auxiliary: the word before it opens a noun phrase ('Bill sponsors had …'), no name
_NOUN_THEN_AUX_RE = re.compile(r"[ ][a-z]+s[ ](?:had|have|were|are|will|would|could|may|might|must|should|say|said)\b")
_REFRESH_WINDOW = 5000  # characters before a pronoun searched for a candidate's surname
_RUN_NAMES: dict[str, str | None] = {}
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# an honorific and a surname opening a clause, before a lower-case word: 'Mrs. Lind was', 'Mr Brill
# said' (no possessive: 'Mr. Lind’s plan')
_HONORIFIC_NAME_RE = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=, )|(?<=^))(Mr|Mrs|Ms|Miss)\.?[ ]"
                                r"([A-Z][a-z][a-z'\-]*)(?= [a-z])")


def _honorific_of(phrase: str) -> str:
    """``"m"``/``"f"`` when ``phrase`` opens with *Mr.*, *Mrs.*, *Ms.* or *Miss*, else ``""``."""
    return _HONORIFIC_GENDER.get(phrase.split(" ", 1)[0].rstrip(".").lower(), "")


_HONORIFIC_END_RE = re.compile(r"(?<![\w.])(Mrs|Mr|Ms|Miss)\.? $")  # "Mr. " just before a name
_STREET_WORDS = frozenset("Street Avenue Drive Road Boulevard Highway Plaza".split())
_PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near|across|outside|inside|into|around|through)\s+$")
_RUN_GOES_ON_RE = re.compile(rf"[\w'’\-]|\s+(?:[A-Z]|(?:{_PARTICLES_ALT})\b)")


def _run_start(text: str, k: int) -> int:
    """Start of the capitalised words just before ``k`` (``Congressman`` in ``Congressman Ann Lee``).

    At most four words of at most 20 characters are stepped over (bounded work).
    """
    i = k
    for _ in range(4):
        j = i - 1
        if j < 1 or text[j] != " ":
            break
        t = j - 1
        stop = max(0, j - 20)
        while t > stop and not text[t - 1].isspace():
            t -= 1
        if not text[t].isupper():
            break
        i = t
    return i


def _ends_name_run(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a whole name that ends its capitalised run.

    ``Saudi Arabia`` in ``Saudi Arabian Crown Prince`` or ``Saudi Arabia's King``
    is not (the run names someone else).
    """
    if start > 0 and text[start - 1].isalnum():
        return False
    return _RUN_GOES_ON_RE.match(text, end) is None


def _skip_space(text: str, i: int, hi: int) -> int:
    """The first position from ``i`` (before ``hi``) that is no space, tab, newline or no-break space."""
    while i < hi and text[i] in " \t\n\u00a0":
        i += 1
    return i


def _without_possessive(word: str) -> str | None:
    """``word`` without its possessive ending (``Lind’s`` -> ``Lind``, ``Harris’`` -> ``Harris``), else None."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("s’", "s'")):
        return word[:-1]
    return None


# a people or party in the plural opening a name run: _PLURAL_PEOPLE_RE without the endings of first
# names ('Therese', 'Dennis')
_NAME_OPENING_PEOPLE_RE = re.compile(rf"[A-Z][a-z]+(?:{_PEOPLE_ENDINGS})")


def _run_name(run: str) -> str | None:
    """The person name in a capitalised run, or None (cached: a pure function of the run)."""
    try:
        return _RUN_NAMES[run]
    except KeyError:
        pass
    key = run
    toks = run.split()
    if toks[0] in _PLACE_INITIALS or toks[0] in _SUB_CONJ_CAP:
        # "U.S. Senator Ann Lind": the place is no part of the name; nor 'Whenever' of 'Whenever
        # Lind talks', a sentence's first word
        toks = toks[1:]
        if not toks:
            return None
    if len(toks[-1]) > 3 and (owner := _without_possessive(toks[-1])) is not None:
        toks[-1] = owner  # "Ann Lind’s victory", "Ann Harris’ victory": a mention of the person
    while len(toks) > 1 and toks[-1].lower() in _FORMS:  # "Lind Vows": a title-case headline, not a name
        toks.pop()
    name: str | None = None
    parts = _strip_titles(" ".join(toks)).split()
    suffix = f" {parts.pop()}" if len(parts) > 2 and parts[-1].rstrip(".") in _NAME_SUFFIXES else ""
    if len(parts) > 2 and not _INITIALS_RE.match(parts[-2]) \
            and not (len(parts) == 3 and parts[0].lower() in _first_names() and parts[0] not in _TITLE_FIRST_NAMES
                     and (parts[1].lower() in _first_names() or _is_middle_name(toks, parts))):
        # "Engineer Tomas Brill" -> "Tomas Brill" (not "Christine Todd Whitman": two first names;
        # not "Press Secretary Ann Bader Lind": a known first name after a title, then a middle name)
        parts = parts[-2:]
    if len(parts) < 2:
        name = None
    else:
        name = " ".join(parts) + suffix  # ("Tomas Brill III": the suffix stays)
        if toks[0].lower() in ("the", "in", "on", "at", "a", "an", "but", "and") \
                or any(t.lower() in _ORG_WORDS for t in (parts if _first_name_gender(name) else toks)) \
                or parts[-1] in _PARTY_WORDS or parts[-1].endswith("ism") \
                or not all(_is_name_token(t) for t in parts) \
                or (_NAME_OPENING_PEOPLE_RE.fullmatch(parts[0]) is not None and parts[0].lower() not in _first_names()):
            # "For Ms": no name in it; nor "European Socialism"; nor a people before a surname ('the
            # vigilant Americans Clinton considered')
            name = None
    if len(_RUN_NAMES) > 200_000:
        _RUN_NAMES.clear()
    _RUN_NAMES[key] = name
    return name


def _caps_name(words: list[str]) -> str:
    """Upper-case words of a name in title case (``["ANN", "LIND"]`` -> ``Ann Lind``)."""
    return " ".join(w[0] + w[1:].lower() for w in words)


def _outlet_as_written(name: str) -> str:
    """An outlet's name, its upper-case words of more than three letters in title case (``N.Y.
    POST`` -> ``N.Y. Post``; ``AP``, ``CNN`` stay)."""
    return " ".join(w if len(w) <= 3 or "." in w or not w.isupper() else w[0] + w[1:].lower() for w in name.split())


# adjectives of peoples and creeds, never a surname after a first name ('Lind European Socialism')
_DEMONYMS = frozenset("european american african asian chinese russian british french german mexican canadian "
                      "israeli iranian iraqi syrian arab muslim christian jewish catholic islamic western eastern "
                      "northern southern socialist communist marxist".split())


def _is_middle_name(toks: list[str], parts: list[str]) -> bool:
    """Whether ``parts[1]`` of a three-word name run after a known first name is a middle name or
    first surname (``Sarah Huckabee Sanders``, ``Debbie Wasserman Schultz``): a capitalised word
    the lexicon holds in no other use, in a run that held nothing else."""
    mid, last = parts[1], parts[2]
    return toks[-3:] == parts and mid.isalpha() and mid[1:].islower() and last[1:].replace("-", "").isalpha() \
        and mid.lower() not in _COMMON and last.lower() not in _COMMON and mid.lower() not in _FORMS \
        and mid.lower() not in _NOT_FIRST_WORDS and last.lower() not in _NOT_FIRST_WORDS


# 'former ', 'ex-', 'then-' right before a title
_FORMER_BEFORE_RE = re.compile(r"(?:former[ ]|ex-|then-)$", re.IGNORECASE)


class _Resolver:
    """Speaker resolution for one article: surnames to full names, pronouns to people."""

    def __init__(self, text: str, quotes: list[tuple[int, int]], low: str | None = None) -> None:
        self.text = text
        if low is None or len(low) != len(text):
            low = text.lower()
        # gender hints are read from the lower-cased text when lower-casing keeps offsets
        self.low = low if len(low) == len(text) else None
        self.people: dict[str, _Person] = {}  # attributed people, by name (first-noted order)
        self._order: dict[str, int] = {}
        self._noted: list[str] = []  # names in the order they were noted (repeats included)
        self._placeish: dict[str, bool] = {}  # name runs the article writes after "in"
        self._noted_pos: list[int] = []  # where each was noted (its cue; increasing)
        self.sents: list[int] | None = None  # sentence starts (_sentence_bounds), given or found when needed
        self._common: dict[str, bool] = {}  # capitalised word -> its lower-case form is used in the text
        self._after_function_words: set[str] | None = None  # names written after the/in/of/… (lazy)
        self._first_cap: dict[str, int] | None = None  # capitalised word -> its first offset (lazy)
        self._written: dict[str, bool] = {}  # lower-cased word -> written_lower
        self._delimited_tokens: set[str] | None = None  # tokens after a space, before [ ,.;:] (lazy)
        self._occ: dict[str, list[tuple[int, str, str, tuple[bool, bool, int, int]]]] = {}  # surname -> _ranked_names
        self._rev: str | None = None  # the text reversed (for _name_occurrences), made when needed
        self._titled: dict[str, list[tuple[int, str, int]]] = {}
        self._title_first: dict[str, int] | None = None  # surname -> first offset after a person's title (lazy)
        self._in_index: dict[str, list[int]] | None = None  # 4 characters after ' in ' -> offsets of ' in ' (lazy)
        self.qstarts = [q[0] for q in quotes]
        self.quotes = quotes
        self._cache: dict[str, str] = {}
        # two-word surname -> (offset, the name with the first name written before it there), or None
        self._three_word: dict[str, tuple[int, str] | None] = {}
        self._suffixed: dict[str, tuple[str, int]] | None = None  # name -> (suffix, mentions with it)
        # name runs, found lazily in the windows before pronouns (which come in text order)
        self._runs: list[_Person] = []
        self._run_pos: list[int] = []
        self._genders: dict[str, str] = {}  # name -> gender hint of its first hinted mention
        self._hon_genders: dict[str, str] = {}  # name -> gender of the honorifics written before it
        self._surname_genders: dict[str, str] = {}  # surname -> surname_gender
        self._scan_pos = 0  # the next run search starts here
        self._lone_first_names: dict[str, bool] = {}  # first name -> the article calls someone by it alone
        self._pending: re.Match[str] | None = None  # a run found beyond the last window

    def gender_near(self, a: int, b: int) -> str:
        """Gender hint (``"m"``, ``"f"`` or ``""``) in ``text[a-5:b]`` and the rest of the sentence (28 characters)."""
        if self.low is not None:
            return _gender_near_low(self.low, a, b, self.text)
        return _gender_near(self.text, a, b)

    def title_written(self, word: str, pos: int) -> bool:
        """Whether the article writes ``word`` right after a person's title or honorific
        (:data:`_TITLE_THEN_SURNAME_RE`: ``President Lind``, ``Mr. Lind``) before ``pos``:
        a sign that ``word`` alone is a person's surname."""
        first = self._title_first
        if first is None:
            first = self._title_first = {}
            for m in _TITLE_THEN_SURNAME_RE.finditer(self.text):
                first.setdefault(m.group(1), m.start(1))
        return first.get(word, pos) < pos

    def inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.qstarts, pos) - 1
        return k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1]

    def full_name(self, source: str, pos: int) -> str:
        """The fullest form of ``source`` the article writes (see :meth:`_full_name`); a people in
        the plural is never the first word of a person's name (``Americans say``, not *Americans
        Clinton* of 'the vigilant Americans Clinton considered'; *Virginia Republicans* stays)."""
        full = self._full_name(source, pos)
        if full.startswith(source + " ") and _NAME_OPENING_PEOPLE_RE.fullmatch(source) is not None \
                and source.lower() not in _first_names():
            return source
        return full

    def _full_name(self, source: str, pos: int) -> str:
        if source[:1].isupper() and " " in source and "." not in source and source_type(source) == "media" \
                and not _first_name_gender(" ".join(source.split()[-2:])):
            # an outlet by its name ('The Hill': no person's surname, no 'Capitol Hill'; 'National
            # Journal': no title before a name; not its journalist, 'Gazette reporter Ann Lind')
            return source
        if _REGNAL_NAME_RE.fullmatch(source) is not None:
            return source  # 'Pope Francis', 'King Charles': a name in full with its title ('Justin Francis' is another)
        name = _strip_titles(source)
        if name and " " in name and source.endswith(f"{name} {(last_w := source.rsplit(' ', 1)[-1])}") \
                and last_w[:1].isupper() and last_w.isalpha() and source_type(source) == "organisation" \
                and not _first_name_gender(name):
            name = f"{name} {last_w}"  # 'group Human Rights Watch': an organisation's name in full ('Watch')
        if " " in source and _PARTICLE_SURNAME_RE.fullmatch(last := source.rsplit(" ", 1)[1]) is not None \
                and name.rsplit(" ", 1)[-1] == source.rsplit(" ", 2)[-2]:
            name = f"{name} {last}"  # 'President Bashar al-Assad': the surname with its particle belongs to the name
        if " " not in name and source[:4] in ("the ", "The ") and source.rsplit(" ", 1)[-1][:1].islower() \
                and (k_name := source.find(name + " ")) >= 0 and source[k_name + len(name) + 1 : k_name + len(name) + 2].isupper():
            return source  # a description whose capitalised modifier is a name's first word: 'the Tea Party favorite'
        if source[:4] in ("the ", "The ") and source.rsplit(" ", 1)[-1] in _NAMED_GROUP_HEADS \
                and source[4:5].isupper():
            return source[4:]  # a group named after a person: '(the) Trump transition team', '(the) Lind campaign'
        if name.endswith(("s’", "s'")):
            name = name[:-1]  # 'Sen. Bernard Sanders’ office': the possessive's owner
        if _PARTICLE_SURNAME_RE.fullmatch(name) is not None:
            # 'al-Yasseri said' after 'Yassine al-Yasseri': a surname with a lower-case particle
            full = self._full_of_word(name, "")
            return full if " " in full else name
        if name[:1].islower() or not name:
            # "the registry" -> a capitalised name ending in "Registry" earlier in the text
            words = source.split()
            head = words[-1] if words else ""
            if head and head[:1].islower():
                cap = head[:1].upper() + head[1:]
                if source.lower() == f"the {head}" and head in _ORG_OF_HEADS:
                    # 'the bureau' -> the 'Georgia Bureau of Investigation' or 'FBI' named last before it
                    found = _org_of_head(self.text, pos, cap)
                    if found:
                        return found
                if 3 <= len(words) <= 4 and words[0].lower() == "the" and head in _ORG_OF_HEADS \
                        and all(w.isalpha() and w.islower() for w in words[1:]):
                    # 'the police bureau' -> the 'Portland Police Bureau' named in the 3,000 characters before
                    phrase = " ".join(w.capitalize() for w in words[1:])
                    k = self.text.rfind(phrase, max(0, pos - 3000), pos)
                    run = _CAP_RUN_BEFORE_RE.search(self.text, max(0, k - 60), k) if k > 0 else None
                    if k >= 0 and not self.inside_quote(k):
                        return _LEADING_ARTICLE_RE.sub("", f"{run.group(1)}{phrase}") if run is not None \
                            and run.group(1).split()[0] not in _RUN_LEAD_WORDS else phrase
                found = self._name_before(pos, cap)
                if found:
                    return found
            return source
        if " " not in name:
            # "Mr. Lind" is not the "Michelle Lind" named earlier
            want = _honorific_of(source) if " " in source else ""
            full = self._full_of_word(name, want)
            if full != name and name.isupper() and name.isalpha() and not _first_name_gender(full):
                return name  # 'the HPB' is no 'Additional HPB': an acronym is a name in full
            if not want and full != name and len(self._occ.get(name) or ()) > 1:
                # the article names several people with this surname ('Jeri Williams', her son
                # 'Alan Williams'): the pronouns after the surname written alone tell which
                sg = self.surname_gender(name)
                if sg and (_first_name_gender(full) or self._name_gender(full)) not in ("", sg):
                    # the one of them cited before; then one whose first name is of that gender, or
                    # of no known gender but named three times or more (or once, written as a
                    # person's name: not 'Should Trump' from a headline); then the one named most
                    # often, then first ('Cokie Roberts' named 13 times, not her daughter 'Rebecca
                    # Roberts')
                    alt = max(((cand in self.people, fg == sg or r[2] >= 3, r[2], -k, cand)
                               for k, cand, fg, r in self._occ[name]
                               if fg == sg or (not fg and (r[2] >= 3 or self._looks_like_person(cand)))),
                              default=None)
                    if alt is not None:
                        full = self.with_suffix(alt[4])
                    want = sg
            if full not in self.people:
                # a surname as a source is a person cited before with it when the best-ranked full
                # name never was ('Hillary Clinton said … former President Bill Clinton … “…,”
                # Clinton said': Hillary Clinton), the latest one; a full name with a known first
                # name or initials (not 'Editor Ann Lind')
                # (of the gender of the honorific, or of the pronouns after the surname alone:
                # 'Trump said' after 'Trump and his daughter Ivanka' is not Ivanka Trump)
                def ok(c: str) -> bool:
                    if not (_first_name_gender(c) or _INITIALS_RE.match(c) is not None):
                        return False
                    g = want or self.surname_gender(name)
                    return not g or self._gender_of(self.people[c]) in ("", g)

                cited = self._cited_ending(name, pos, ok)
                if cited is not None:
                    return cited
            return full
        parts = name.split()
        if len(parts) == 2 and parts[1].rstrip(".") not in _NAME_SUFFIXES and parts[1] != "Junior" and "-" not in name:
            # 'Jackson Lee said' after 'Rep. Sheila Jackson Lee': a two-word surname, when the article
            # first writes it after a known first name (not 'Ann Lind' written alone before 'Mary Ann
            # Lind'; cached with that offset)
            if name not in self._three_word:
                self._three_word[name] = None
                # (the first mention within 30,000 characters of the first lookup, which may come before
                # it: a bounded search per name, so thousands of distinct names stay linear)
                k = self.text.find(name, max(0, pos - 30_000), pos + 30_000)
                if k > 0 and self.text[k - 1] == " " and not self.text[k + len(name) : k + len(name) + 1].isalnum():
                    m = _FIRST_BEFORE_RE.search(self.text, max(0, k - 30), k)
                    if m is not None and m.group(1) != parts[0] and _first_name_gender(f"{m.group(1)} {name}") \
                            and not self._common_word(m.group(1)):
                        self._three_word[name] = (k, f"{m.group(1)} {name}")
            got = self._three_word[name]
            if got is not None and got[0] < pos:
                return got[1]
        if len(parts) == 2 and self._noted and parts[1].rstrip(".") not in _NAME_SUFFIXES \
                and not _first_name_gender(name):
            # 'Isgur Flores said' after 'spokeswoman Sarah Isgur Flores said': the three-word name
            # cited before (with a known first name; 'Ann Lind' is a full name already)
            cited = self._cited_ending(name, pos, lambda c: c.count(" ") == 2 and bool(_first_name_gender(c)))
            if cited is not None:
                return cited
        if len(parts) == 2 and parts[0].lower() in _NAME_PARTICLES and parts[0][:1].isupper():
            # 'De Blasio said' (the particle capitalised opening the surname): the 'Bill de Blasio'
            # named with it, when the article names one person so ('Ms. Le Pen' stays: Marine and
            # Jean-Marie Le Pen are both named)
            key = f"pt:{name}"
            if key not in self._cache:
                self._cache[key] = name
                if len(self._cache) < _MAX_NAMES_SCANNED:
                    if self._rev is None:
                        self._rev = self.text[::-1]
                    cands = {c for form in (name, f"{parts[0].lower()} {parts[1]}")
                             for _, c in _name_occurrences(self.text, form, self._rev) if c}
                    if len(cands) == 1 and _first_name_gender(only := cands.pop()):
                        self._cache[key] = self.with_suffix(only)  # (a person's: not 'Qaeda-affiliated Al Shabab')
            return self._cache[key]
        if len(parts) == 2 and parts[1].rstrip(".") in _NAME_SUFFIXES:
            # "Lind Jr." -> the "Ray Lind Jr." named earlier (not "Ray Lind": his father)
            key = f"sfx:{name}"
            if key not in self._cache:
                self._cache[key] = name
                if len(self._cache) < _MAX_NAMES_SCANNED:
                    tail = f" {parts[0]} {parts[1].rstrip('.')}"
                    k = self.text.find(tail, 0, pos)
                    for _ in range(20):
                        if k < 0:
                            break
                        m = _FIRST_BEFORE_RE.search(self.text, max(0, k - 30), k + 1)
                        if m is not None and _is_name_token(m.group(1)) and not self._common_word(m.group(1)):
                            self._cache[key] = m.group() + name
                            break
                        k = self.text.find(tail, k + 1, pos)
            return self._cache[key]
        if 2 < len(parts) <= 4 and parts[0] not in _PLACE_INITIALS \
                and (_INITIALS_RE.fullmatch(parts[0]) or (parts[-1].rstrip(".") in _NAME_SUFFIXES
                                                         and not parts[0].endswith("."))):
            return name  # "E.J. Dionne Jr.", "Ann Lind Jr.": initials and suffixes belong to the name
        if len(parts) > 2 and "for" in parts[1:-1] and all(w[:1].isupper() for w in parts if w != "for"):
            return name  # an organisation's name: 'Scientists for EU' (see _FOR_ORG_HEADS)
        if len(parts) > 2 and not _INITIALS_RE.match(parts[-2]):
            # "Pensioner Ray Tolland" -> "Ray Tolland"; a known first name keeps a middle name
            # ("Ann Marie Lind", "Eva Sarin Brook")
            # (an unknown first word before an unknown middle word is a name too: "Alexia Fernández Campbell")
            src_toks = source.split()
            k3 = len(src_toks) - 3
            keep3 = _first_name_gender(" ".join(parts[-3:-1])) or (
                # right after a title: "Atlanta Mayor Keisha Lance Bottoms"
                k3 > 0 and src_toks[k3:] == parts[-3:] and src_toks[k3 - 1].lower() in _TITLE_WORDS
                and parts[-3].isalpha() and not self._common_word(parts[-3])
                and parts[-3].lower() not in _NOT_FIRST_WORDS) or (
                not _first_name_gender(" ".join(parts[-2:])) and not self._common_word(parts[-3])
                and parts[-3].isalpha() and parts[-3].lower() not in _ROLE_FIRST_WORDS and parts[-3].lower() not in _ROLE_NOUNS
                and parts[-3].lower() not in _COREF_HEADS
                and not (k3 > 0 and src_toks[k3 - 1] == "to")) \
                or self._first_before_middle_name(parts, src_toks, pos)
            return " ".join(parts[-3:] if keep3 else parts[-2:])
        if len(parts) > 3:
            return " ".join(parts[-3:])  # "Port Policy Mark J. Lind" -> "Mark J. Lind"
        return name

    def _first_before_middle_name(self, parts: list[str], src_toks: list[str], pos: int) -> bool:
        """Whether ``parts[-3]`` (the name's words, ``src_toks`` the source's) is a first name the
        list lacks before a known one as the middle name (``Kora Ann Snelling``), the source's
        words ending in them, written first after a lower-case word or opening a sentence.

        Not a role, a title without its period, a cue, a plural or a demonym (``Pensioner Ray
        Tolland``, ``Sen Ann Lind``, ``Added Ann Lind``, ``Senators Ann Lind``, ``Texan Ann Lind``),
        an outlet (``Reuters Ann Lind`` in a photo credit), nor the end of a body's or place's
        name (``Ambassador to the United Nations Ann Lind``, ``the Treasury Ann Lind``).
        """
        w = parts[-3]
        low = w.lower()
        if src_toks[-3:] != parts[-3:] or not w.isalpha() or w.endswith("s") or low.endswith(_ROLE_WORD_ENDINGS):
            return False
        # where the article first writes the name (within 30,000 characters of ``pos``: a bounded
        # search, once per name): a lower-case word before it (no determiner or preposition), or
        # a sentence's start (not 'Director of National Intelligence Ann Lind')
        name = " ".join(parts[-3:])
        key = f"fm:{name}"
        ok = self._cache.get(key)
        if ok is None:
            k = self.text.find(name, max(0, pos - 30_000), pos + 30_000)
            before = self.text[max(0, k - 24) : k].rstrip() if k >= 0 else ""
            prev = before.rsplit(None, 1)[-1] if before else ""
            ok = "" if prev and prev[-1:].isalpha() and (not prev[:1].islower() or prev in ("the", "a", "an")
                                                         or prev in _PREPS_AFTER) else "y"
            if len(self._cache) < _MAX_NAMES_SCANNED:
                self._cache[key] = ok
        if not ok:
            return False
        return _first_name_gender(" ".join(parts[-2:])) != "" and not self._common_word(w) \
            and low not in _NOT_FIRST_WORDS and low + "." not in _NOT_FIRST_WORDS and low not in _PARTY_NOUNS \
            and low not in _COREF_HEADS and low not in _FORMS and source_type(w) not in ("media", "organisation")

    def _full_of_word(self, name: str, want: str) -> str:
        """The full name a one-word ``name`` stands for (``want``: the gender of an honorific or
        of the pronouns after it), or ``name``: the best-ranked full name ending in it, else a
        full name starting with it; once per article and gender."""
        key = f"{want}:{name}" if want else name
        if key not in self._cache:
            full = self._name_before(len(self.text), name, want)
            if full is None and ("’" in name or "'" in name):
                # the article may write the apostrophe both ways ('Beto O'Rourke' … 'O’Rourke said')
                other = name.replace("’", "'") if "’" in name else name.replace("'", "’")
                full = self._name_before(len(self.text), other, want)
            if full is not None and ((first := full.split(" ", 1)[0]) in _QUESTION_OPENERS or first in _SUB_CONJ_CAP):
                # 'Is Donald Trump seeking …?': no name 'Is Donald'; 'Donald' is a first name (nor
                # 'Whenever Cole' of 'Whenever Cole talks')
                full = None
            if full is None and len(self._cache) < _MAX_NAMES_SCANNED:
                # a first name: "Jonas" -> "Jonas Pelt" (an acronym only before capitals: not
                # "CCTV Sports’", but "AMY GOODMAN"; not inside a quote: “How Can President Lind Fix
                # It?”; nor a building or platform named after the person: "Lind Tower", "Lind Twitter")
                k = self.text.find(name + " ")
                while k >= 0 and full is None:
                    m = _NEXT_CAP_RE.match(self.text, k + len(name) + 1)
                    nxt = m.group() if m else ""
                    if nxt.endswith(("’s", "'s")):
                        nxt = nxt[:-2]  # "Barack Obama’s": Obama ("Trump Administration's": no name)
                    if (k == 0 or not self.text[k - 1].isalnum()) and nxt \
                            and nxt.lower() not in _COMMON and nxt.lower() not in _TITLE_STRIP \
                            and nxt.lower() not in _FORMS and nxt not in _ROLE_ACRONYMS \
                            and nxt.lower() not in _ORG_WORDS and nxt.lower() not in _NAMED_AFTER_HEADS \
                            and nxt.lower() not in _DEMONYMS \
                            and not self.written_lower(nxt.lower()) \
                            and self.text[max(0, k - 4) : k] not in (" at ", " in ") \
                            and (self.text[max(0, k - 4) : k].lower() != "the " or name.lower() in _first_names()) \
                            and not _in_headline(self.text, k) and not self.inside_quote(k) \
                            and not (name.isupper() and not nxt.isupper()):
                        # (not "Lind Vows ...", "Lind War" in a headline, a word the article
                        # also writes in lower case, "at Lind Tower", "the Lind Doctrine")
                        full = f"{name} {nxt}"
                    k = self.text.find(name + " ", k + 1)
            if full is None and len(self._cache) < _MAX_NAMES_SCANNED and name[:1].isupper() \
                    and (k := self.text.find("-" + name)) > 0 \
                    and (pm := _PARTICLE_BEFORE_RE.search(self.text, max(0, k - 4), k + 1)) is not None \
                    and self.text[k + 1 + len(name) : k + 2 + len(name)] in ("", " ", ",", ".", "’", "'"):
                # 'Sisi said' after 'President Abdel Fattah al-Sisi': the name with its particle
                particle_form = f"{pm.group(1)}-{name}"
                cand = self._full_of_word(particle_form, want)
                full = cand if " " in cand else None
            if full is not None:
                full = self.with_suffix(full)
            self._cache[key] = full or name
        return self._cache[key]

    def _cited_ending(self, name: str, pos: int, ok: Callable[[str], bool]) -> str | None:
        """The latest of the (at most 200) people cited before ``pos`` whose name ends in the
        words ``name`` and passes ``ok``, else None."""
        k = bisect.bisect_left(self._noted_pos, pos) - 1
        tail = " " + name
        for j in range(k, max(-1, k - 200), -1):
            cited = self._noted[j]
            if cited.endswith(tail) and ok(cited):
                return cited
        return None

    def with_suffix(self, full: str) -> str:
        """``full`` with its generational suffix when the article writes it with one at every
        mention (``Ann Lind`` -> ``Ann Lind Jr.``; not when ``Ann Lind`` alone, the father, occurs too)."""
        if self._suffixed is None:
            self._suffixed = {}
            text = self.text
            has_suffix = " Jr" in text or " Sr" in text or " II" in text or " IV" in text  # (III holds II)
            for m in _SUFFIXED_NAME_RE.finditer(text) if has_suffix else ():
                suffix = m.group(2) + ("." if m.group(2) in _ABBREV_SUFFIXES and m.group(3) else "")
                k = self._suffixed.get(m.group(1), (suffix, 0))[1]
                self._suffixed[m.group(1)] = (suffix, k + 1)
        found = self._suffixed.get(full)
        if found is not None and self.text.count(full) == found[1] \
                and self.text.count(full.rsplit(" ", 1)[-1]) <= 4 * found[1]:
            # (not when the surname alone is written far more often: the father, 'President Trump',
            # may be the one the article is about)
            return f"{full} {found[0]}"
        return full

    def titled(self, source: str, pos: int) -> str | None:
        """``the Prime Minister`` -> the name that follows ``Prime Minister`` earlier in the text."""
        words = [w for w in source.split() if w.lower() not in ("the", "a", "an", "our", "their", "its")]
        if not words:
            return None
        phrase = " ".join(w[:1].upper() + w[1:] for w in words)
        found = self._titled.get(phrase)
        if found is None:  # the mentions of the title followed by a full name (the first 20)
            found = self._titled[phrase] = self._titled_mentions(phrase)
        # of the people given this title before pos, the one the article names most often (a
        # holder the article calls former only for a description that says so: 'former Solicitor
        # General Paul Clement' is not 'the solicitor general' when Verrilli holds the title)
        former = "former" in source.lower() or "ex-" in source.lower()
        text = self.text

        def holders(fs: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
            fs = [f for f in fs if f[0] < pos]
            if former:
                return fs
            now = [f for f in fs if not _FORMER_BEFORE_RE.search(text, max(0, f[0] - 8), f[0])]
            return now or fs

        best = max(holders(found), key=lambda f: f[2], default=None)
        if best is None and " " in phrase and self.low is not None:
            # a title of two or more words the article wrote in lower case before the name
            # ('former White House press secretary Sean Spicer … the former White House Press
            # Secretary said')
            key = "low:" + phrase
            found_low = self._titled.get(key)
            if found_low is None:
                found_low = self._titled[key] = [f for f in self._titled_mentions(phrase.lower(), self.low)
                                                 if " " in f[1]]  # (a full name: not 'Housing')
            best = max(holders(found_low), key=lambda f: f[2], default=None)
        if best is None and phrase in _TITLE_SHORT and source[:4].lower() == "the ":
            # 'the governor' is 'Gov. Greg Abbott' when he is the one person the article gave the
            # title before
            key = "short:" + phrase
            short = self._titled.get(key)
            if short is None:
                short = self._titled[key] = [f for form in _TITLE_SHORT[phrase] for f in self._titled_mentions(form)]
            names = {f[1] for f in short if f[0] < pos}
            return names.pop() if len(names) == 1 else None
        return best[1] if best is not None else None

    def _titled_mentions(self, phrase: str, hay: str | None = None) -> list[tuple[int, str, int]]:
        """The first 20 mentions of the title ``phrase`` followed by a name: (offset, name, how
        often the text has its last word); looked for in ``hay`` (the text, or its lower-cased
        copy of the same length)."""
        found: list[tuple[int, str, int]] = []
        if len(self._titled) >= _MAX_NAMES_SCANNED:
            return found  # (each new title scans the text from its start: bounded per article)
        text = self.text
        hay = text if hay is None else hay
        k = hay.find(phrase + " ")
        while k >= 0 and len(found) < 20:
            m = _NAME_RUN_RE.match(text, k + len(phrase) + 1) if k == 0 or not text[k - 1].isalnum() else None
            if m and text[max(0, k - 10) : k].split()[-1:] in (["Vice"], ["Deputy"], ["Assistant"], ["Lt."]):
                m = None  # "President" inside "Vice President Ann Lind": another title ("Sen" in "Jansen": none)
            if m:
                name = _strip_titles(m.group())
                parts = name.split()
                if len(parts) == 1 and _is_name_token(name) and not self._common_word(name):
                    name = self.full_name(name, k)  # "President Lind": the Lind named in full, else Lind
                    parts = name.split()
                if all(_is_name_token(w) or (0 < i < len(parts) - 1 and w in _NAME_PARTICLES)
                       for i, w in enumerate(parts)) and not _INITIALS_RE.match(parts[-1]):
                    found.append((k, name, text.count(parts[-1])))  # ("Mayor Bill de Blasio")
            k = hay.find(phrase + " ", k + 1)
        return found

    def _name_before(self, pos: int, surname: str, want: str = "") -> str | None:
        """The best-ranked full name ending in ``surname`` that occurs before ``pos`` (the names of
        ``surname`` are found and ranked once per article, :meth:`_ranked_names`).

        With ``want`` (``"m"``/``"f"``, from an honorific), names whose first name has
        the other gender are passed over.
        """
        occ = self._surname_names(surname)
        best = None
        rank = (False, False, 0, 0)
        for k, cand, fg, r in occ:
            if k >= pos:
                break
            if r > rank:
                if want and fg not in ("", want):
                    continue
                best, rank = cand, r
        return best

    def _surname_names(self, surname: str) -> list[tuple[int, str, str, tuple[bool, bool, int, int]]]:
        """:meth:`_ranked_names` of ``surname``, found once per article."""
        occ = self._occ.get(surname)
        if occ is None:
            # (each new surname scans the text from its start: at most _MAX_NAMES_SCANNED of them
            # per article, so the cost stays linear in the text length; real articles have far fewer)
            occ = self._occ[surname] = self._ranked_names(surname) if len(self._occ) < _MAX_NAMES_SCANNED else []
        return occ

    def _ranked_names(self, surname: str) -> list[tuple[int, str, str, tuple[bool, bool, int, int]]]:
        """The distinct names :func:`_name_occurrences` finds for ``surname``, each at its first
        occurrence (in text order), with its first name's gender and its rank for :meth:`_name_before`.

        A name seen again ranks the same, so only its first occurrence can change the choice.
        """
        if self._rev is None:
            self._rev = self.text[::-1]
        text = self.text
        out = []
        seen = set()
        for k, cand in _name_occurrences(text, surname, self._rev):
            if cand is not None and cand not in seen:
                seen.add(cand)
                # a name opening with a known first name beats a longer run of capitalised words
                # ("Donald Trump", not "Collapse Trump" from a headline); then one whose first word
                # is not used on its own ("Orrin Hatch", not "Citigroup Hatch"); then the one
                # named most often (the article's Ann Lind, not her mother Ruth Lind); then the one
                # named first (the article's subject, not a relative named once later: Barack
                # Obama, not Michelle; it was the longest, which picked relatives with longer names)
                fg = _first_name_gender(cand)
                first = cand.split(" ", 1)[0]
                n_cand = text.count(cand)
                out.append((k, cand, fg, (fg != "", fg != "" or text.count(first) == n_cand, n_cand, -k)))
        return out

    def note(self, name: str, pos: int, stype: str, gender: str) -> None:
        if stype in ("named_person", "official") and name[:1].isupper():
            self._noted.append(name)
            self._noted_pos.append(pos)
            p = self.people.get(name)
            if p is not None:
                p.pos = pos
                if gender and not p.gender:
                    p.gender = gender
                return
            self._order[name] = len(self._order)
            self.people[name] = _Person(name, pos, gender, stype)

    def note_near(self, name: str, pos: int, stype: str, a: int, b: int) -> None:
        """:meth:`note` with the gender hint around ``text[a:b]`` (:meth:`gender_near`), worked
        out only when note reads it: a person not noted yet, or noted with no gender so far."""
        if stype in ("named_person", "official") and name[:1].isupper():
            p = self.people.get(name)
            self.note(name, pos, stype, self.gender_near(a, b) if p is None or not p.gender else "")

    def _recent_people(self, pos: int) -> list[_Person]:
        """The (at most 24) most recently attributed people before ``pos``, in first-noted order.

        Bounded (the last 200 attributions are looked at), so that an article
        with thousands of attributed names stays linear.
        """
        seen: set[str] = set()
        noted = self._noted
        for i in range(len(noted) - 1, max(-1, len(noted) - 201), -1):
            name = noted[i]
            if name not in seen and self.people[name].pos < pos:
                seen.add(name)
                if len(seen) >= 24:
                    break
        return [self.people[n] for n in sorted(seen, key=self._order.__getitem__)]

    def subject(self, anchor: int, want: str = "", sentences: int = 3, follow: bool = False) -> _Person | None:
        """The person named as the subject of the sentence holding ``anchor`` or of one before it.

        The antecedent a reader gives to ``he``/``she`` in '… Nan Roman, who leads
        X, said … / “…” she said' is the subject of the previous sentence, not the
        last person cited: a name opening the sentence (after *But*, *And*, or a short
        introductory phrase and a comma), followed by a comma or a lower-case word.
        Sentences are looked at from the one holding ``anchor`` back, at most
        ``sentences`` of them within 700 characters. A sentence with no name opening
        it gives the person a cue in it cites (``“…,” Ann Lind said.``; after a quote
        only when known to be of the pronoun's gender) or an indefinite description
        of one person opening it (``One dock worker … said …``); a pronoun subject of
        the wanted gender passes on to the sentence before; a name of the other known
        gender is passed over; a name with no sign of being a person, or a sentence
        about something else, ends the search (the cue-based rules decide). With
        ``follow`` and no ``want``, a he/she subject sets ``want`` and the search goes
        one sentence further back (``But he then tried to play it off: “…”``).
        """
        text = self.text
        lo = max(0, anchor - _SUBJECT_WINDOW)
        sents = self.sents
        if sents is None:
            sents = self.sents = _sentence_bounds(text)
        starts = sents[bisect.bisect_left(sents, lo) : bisect.bisect_right(sents, anchor)]
        if lo == 0:
            starts.insert(0, 0)
        seen = anchor
        chained = False  # a subject pronoun of the wanted gender passed on to an earlier sentence
        for s0 in reversed(starts):
            s0 = _skip_space(text, s0, seen)
            if s0 >= seen:
                continue  # nothing but space before the next start (or the anchor itself opens it)
            s_end, seen = seen, s0
            if text[s0] in "([" and s_end < anchor:
                continue  # a bracketed aside or link line ('( Also on POLITICO: …)'): passed over
            sentences -= 1
            if sentences < 0:
                return None
            quoted = text[s0] in _QUOTE_OPEN or self.inside_quote(s0)
            got = None if quoted else self._subject_at(s0, anchor)
            if got is not None and got[1] is None and not follow and text[got[2]].islower() \
                    and not (want and _PRONOUNS[got[0]] == want and (s_end < anchor or text[anchor] in _QUOTE_OPEN)):
                # 'But he …' is a subject only when following pronouns, or in a sentence before the
                # anchor's, where it is the wanted pronoun: 'Now she’s mild for Ann Lind. “…” she
                # said' (she is not Ann Lind: on to the sentence before)
                got = None
            if got is None and chained and want:
                # a he/she chain reached a sentence no name opens: the named subject of a later clause
                # in it ('The motives are not yet clear, but after the shooting, Murphy showed his
                # frustration. He tweeted … “…,” he said')
                for m_cl in _CLAUSE_NAME_SUBJECT_RE.finditer(text, s0, s_end):
                    if all(_is_name_token(w) for w in m_cl.group(1).split()):
                        cl_full = self.full_name(m_cl.group(1), m_cl.start(1))
                        if self._known_gender(cl_full) == want:
                            return self.people.get(cl_full) or _Person(cl_full, m_cl.start(1), want, "named_person")
            if got is None:
                # no name opens it: the person a cue in it cites ('Voters are …, says Ann Boyer, …',
                # '“…,” Ann Boyer said in a statement.')
                k = bisect.bisect_left(self._noted_pos, s_end) - 1
                if k >= 0 and self._noted_pos[k] >= s0:
                    p = self.people[self._noted[k]]
                    g = self._gender_of(p)
                    # (after a quote, only a person known to be of the pronoun's gender: the
                    # cue-based rules weigh the other people around)
                    if " " in p.name and (not want or g == want or (g == "" and not quoted)):
                        return p
                if quoted:
                    return None  # a quote whose speaker is unknown or of the other gender
                # a person called by a first name alone opening it ('Jordan had been trading …';
                # not 'When Bush’s dog, Barney, died …')
                m_open = _SENTENCE_FIRST_WORD_RE.match(text, s0, s_end) if want else None
                lone = self._first_name_people(m_open.start(1), m_open.end(1), want) if m_open is not None else []
                if lone and not text.startswith(("’s", "'s"), lone[0].end):
                    return self.people.get(lone[0].name) or lone[0]
                # a title's definite description opening it: 'The president then praised the
                # workers. “…” he said' (the person the article writes with that title)
                t = _DEF_TITLE_SUBJECT_RE.match(text, s0, anchor) if want else None
                if t is not None and (by_title := self.coref_person(s0, t.group(1).lower(), want)) is not None:
                    return by_title
                # a description of one person opening it: 'One fitness coach … said his gym …
                # “…” he said' (the description is the speaker)
                d = _DESC_SUBJECT_RE.match(text, s0, anchor) if want else None
                if d is not None and (ap := _APPOS_THEN_PRONOUN_RE.match(text, d.end(), s_end)) is not None \
                        and _PRONOUNS[ap.group(1).lower()] == want:
                    # 'A community activist since the mid-1980s, he doubts …': the description is an
                    # apposition, the pronoun the subject: on to the sentence before
                    chained = True
                    continue
                if d is not None:
                    g = _gender_hint_word(d.group())
                    if g and g != want:
                        return None
                    return _Person(d.group().strip(), s0, g, "anonymous")
                if want and s_end < anchor and (sub := _SUBORD_PRONOUN_RE.match(text, s0, s_end)) is not None \
                        and _PRONOUNS[sub.group(1).lower()] == want:
                    # a subordinate clause, then the wanted pronoun as the subject: 'When he was
                    # elected he did the same thing. In 2008 he said, “…”': on to the sentence before
                    chained = True
                    continue
                if s_end == anchor:
                    # the sentence holding the anchor, or the one just before a quote that opens
                    # its own sentence ('His trip, he said, …'): on to the one before, unless it
                    # names one person of the wanted gender ('… has not escaped Senate leader
                    # Mitch McConnell, who … / “…” he said')
                    named = self.named_in(s0, s_end, want) if want else None
                    if named is not None:
                        return named
                    continue
                return None  # a sentence about something else: the cue-based rules decide
            found, full, at, end, titled = got
            if full is None and want and found in ("i", "we") \
                    and (m_i := _WRITER_ASKED_RE.match(text, at, s_end)) is not None \
                    and all(_is_name_token(w) for w in m_i.group(1).split()):
                # 'I asked Ann Lind, the director of X, about it. She said …': the person the writer
                # asked, of the wanted gender
                i_full = self.full_name(m_i.group(1), m_i.start(1))
                if " " in i_full and self._known_gender(i_full) == want:
                    return self.people.get(i_full) or _Person(i_full, m_i.start(1), want, "named_person")
            if full is None:
                if want and _PRONOUNS[found] == want:
                    chained = True
                    continue  # '… Lind said … She added …': on to the sentence before
                if follow and not want and _PRONOUNS[found] in ("m", "f"):
                    # 'But he then tried to play it off: “…”': the pronoun's antecedent, one
                    # sentence further back
                    want = _PRONOUNS[found]
                    sentences += 1
                    continue
                return None
            known = self.people.get(full)
            fg = _first_name_gender(full) or _middle_name_gender(full)
            g = _honorific_of(found) \
                or self._honorific_gender(full) or fg \
                or (known.gender if known is not None and known.gender else "") or self._name_gender(full)
            if want and g and g != want:
                continue
            if want and " " not in full and (own := _OWN_POSSESSIVE_RE.match(text, end, min(s_end, end + 80))) is not None \
                    and _PRONOUN_GENDER[own.group(1).lower()] != want:
                # a surname alone whose own possessive is of the other gender: 'Lind tried to regain
                # her train …' (two people may share it; not 'Lind made a remark about her')
                continue
            if known is None and not fg and not titled and not g and text[end : end + 2] == ", " \
                    and text[end + 2 : end + 3].islower() and full.rsplit(" ", 1)[-1] not in _PARTY_WORDS:
                # an apposition naming a role is a sign of a person: 'Leslie Boch, president of X,'
                # (not 'After Hurricane Harvey, University of Tampa professor Ken Story …')
                titled = any(w.lower().strip(",") in _TITLE_WORDS or w.lower().strip(",") in _ROLE_NOUNS
                             for w in text[end + 2 : end + 60].split(",", 1)[0].split()[:5])
            if known is None and not fg and not titled and not g and want and " " not in found \
                    and _own_pronoun_gender(text, end, s_end) == want:
                g = want  # 'Lind is among the latest to give his support': the sentence's own pronoun
            if known is None and not fg and not titled and not g and not (chained and self._chained_person(full, end)) \
                    and not (want and s_end == anchor and " " in full
                             and text[max(s0, anchor - 3) : anchor].rstrip().endswith(":")
                             and source_type(full) == "named_person" and not _no_person(full)
                             and not any(w.isupper() for w in full.split())):  # (not 'CNN International')
                # no sign of a person ("Corpus Christi", "Utah Republican"): the cue-based rules
                # decide; but a full name followed by sentences whose subject is the wanted
                # pronoun is that pronoun's antecedent ('Juliette Comfer, a freshman, … Now
                # she’s … “…” she said'), as is one opening the sentence whose colon introduces
                # the quote ('Austin Taylor was seated next to him: “…,” he told KING-TV')
                return None
            if want and (later := self._later_clause_speaker(s0, min(s_end, anchor), end, want,
                                                             (full, known.name if known else full))) is not None:
                return later
            if known is not None:
                if want and not known.gender:
                    known.gender = want
                return known
            return _Person(full, at, g, "named_person", end)
        return None

    def _later_clause_speaker(self, s0: int, s_end: int, end: int, want: str, subject: tuple[str, str]) -> _Person | None:
        """The person of gender ``want`` (a known first name) a later clause of the sentence
        ``[s0, s_end)`` cites with the last cue in it, after its subject ``subject`` (names) ending
        at ``end``: 'Mr. Lind met them, and Rep. Ray Brill, a Republican, said afterward that … /
        “…” he told reporters' (Ray Brill); else None.

        The person is named before the cue, or right after it inverted (``, said Ray Brill``),
        in a clause of its own: not after *according to*, not in a relative clause (``which Ray
        Brill has argued``, ``who admitted``), not an infinitive (``told Ray Brill to say``), and
        neither the subject nor the person is cited earlier in the sentence (not a cue inside the
        subject's reported words: 'Ann Lind said that Ray Brill was waiting for Bo Cole to tell him
        …').
        """
        text = self.text
        k_cue = bisect.bisect_left(self._noted_pos, s_end) - 1
        if k_cue < 0:
            return None
        cue = self._noted_pos[k_cue]
        if cue <= end or text.startswith(("according", "According"), cue) or text[cue - 3 : cue] == "to ":
            return None
        p = self.people[self._noted[k_cue]]
        last = p.name.rsplit(" ", 1)[-1]
        if p.name in subject or p.pos <= end or " " not in p.name or last == subject[0].rsplit(" ", 1)[-1] \
                or _first_name_gender(p.name) != want:
            return None
        named = text.find(last, end, cue)
        if named < 0 and text[cue - 2 : cue] == ", ":
            named = text.find(last, cue, cue + 100)
        if named < 0 or _RELATIVE_BEFORE_RE.search(text, max(end, min(named, cue) - 30), cue) is not None:
            return None
        k_first = bisect.bisect_left(self._noted_pos, s0)
        if any(self._noted[j] == p.name or self._noted[j] in subject for j in range(k_first, k_cue)):
            return None
        return p

    def caps_label(self, open_mark: int) -> str | None:
        """The person an upper-case transcript label right before a quote names, or None.

        ``WARREN: “…”`` at a paragraph start (after an optional dash) or right after a
        closing quote (``… ?” CRUZ: “…”``): one to four upper-case words, the last of
        which the article also writes as a name in mixed case (``Sen. Elizabeth
        Warren``); the full name found for that form, when it has two or more words or
        was cited before. Labels that are no name (``UPDATE:``, ``QUOTE OF THE DAY:``)
        have no such mixed-case name. A label ending in a known first name and a
        surname (``HOUSE SPEAKER NANCY PELOSI:``) is that name.
        """
        # (the label ends with a colon right before the quote: _colon_ends, a cheap test first)
        m = _CAPS_LABEL_RE.search(self.text, max(0, open_mark - _CAPS_LABEL_CHARS), open_mark) \
            if _colon_ends(self.text, open_mark) else None
        if m is None or self.low is None:
            return None
        if " and " in m.group(1):
            # two writers, each a known first name and a surname: 'ANN LIND and RAY BRILL in the
            # Gazette, “…”:'
            names = [_caps_name(part.split()) for part in m.group(1).split(" and ")]
            return " and ".join(names) if all(len(x.split()) == 2 and _first_name_gender(x) for x in names) else None
        label = m.group(1)
        if label.startswith("FROM ") and " " not in label[5:] and len(label) <= 12 \
                and source_type(label[5:]) in ("media", "organisation"):
            return label[5:]  # a roundup item's source by its initials: 'STATE OF THE ART -- FROM IJR: “…”'
        if label.startswith("FROM ") and label.count(" ") == 2 and _first_name_gender(_caps_name(label[5:].split())):
            return _caps_name(label[5:].split())  # ... or its writer: '-- FROM ANN LIND: “…”'
        if source_type(label) == "media" and not label.endswith(("’S", "'S")):
            return _outlet_as_written(label)  # an outlet quoted in a roundup: 'ALERT -- AP: “…”', '-- N.Y. POST: “…”'
        last = m.group(1).rsplit(" ", 1)[-1]
        if last in _CAPS_LABEL_STOP or len(last) < 3:
            return None
        form = last[0] + last[1:].lower()
        k = self.low.find(last.lower())
        tries = 0
        while k >= 0 and tries < 20:  # the surname as written in mixed case ('McConnell', 'Warren')
            tries += 1
            w = self.text[k : k + len(last)]
            if w[:1].isupper() and not w.isupper() and not self.text[k + len(last) : k + 1 + len(last)].isalnum() \
                    and (k == 0 or not self.text[k - 1].isalnum()):
                form = w
                break
            k = self.low.find(last.lower(), k + 1)
        else:
            form = None
        full = self.full_name(form, open_mark) if form is not None else ""
        if " " in full or full in self.people:
            return full
        # a known first name and a surname, though the article writes the name in mixed case nowhere
        # or only the surname ('RAY BRILL on Example.com, “…”:' after 'Brill’s advice')
        words = m.group(1).split()
        name = _caps_name(words[-2:])
        return name if len(words) > 1 and _first_name_gender(name) else None

    def _chained_person(self, full: str, end: int) -> bool:
        """Whether ``full``, a subject of unknown gender (its mention ending at ``end``) before
        sentences whose subject is the wanted pronoun, may be that pronoun's antecedent: two or
        more words, no possessive or plural acronym (``Conservative MPs``), no dateline
        (``Des Moines, Iowa (AP)``), and never written after a preposition of place in the
        article (``in Des Moines``, ``to North Korea``)."""
        last = full.rsplit(" ", 1)[-1]
        if " " not in full or last.endswith(("'s", "’s")) or (last.endswith("s") and last[:-1].isupper()) \
                or source_type(full) != "named_person" \
                or _DATELINE_AFTER_RE.match(self.text, end):
            return False
        text = self.text
        return not any(f"{p} {full}" in text for p in (" in", " to", " from", " at", " near", " of"))

    def sentence_start(self, pos: int) -> int:
        """Offset where the sentence holding ``pos`` starts."""
        sents = self.sents
        if sents is None:
            sents = self.sents = _sentence_bounds(self.text)
        k = bisect.bisect_right(sents, pos) - 1
        return sents[k] if k >= 0 else 0

    def first_mention(self, word: str) -> int:
        """Offset of the first capitalised ``word`` in the text (-1 if none): one pass builds the
        index of every capitalised word's first offset."""
        first = self._first_cap
        if first is None:
            first = self._first_cap = {}
            for m in _CAP_WORD_RE.finditer(self.text):
                first.setdefault(m.group(), m.start())
        return first.get(word, -1)

    def written_near(self, pos: int, *forms: str) -> bool:
        """Does the text write one of ``forms`` in the ``_WRITTEN_NEAR_CHARS`` around ``pos``? (A
        bounded look for a title before a name, ``President Lind``: a whole-text search for each
        of thousands of distinct names would take quadratic time.)"""
        lo, hi = max(0, pos - _WRITTEN_NEAR_CHARS), pos + _WRITTEN_NEAR_CHARS
        text = self.text
        return any(text.find(f, lo, hi) >= 0 for f in forms)

    def written_lower(self, low: str) -> bool:
        """Does the text write ``low`` (a lower-cased word) after a space and before one of
        `` ,.;:`` (``… the war, …``), as ``any(f" {low}{p}" in text for p in " ,.;:")``?

        Cached per word. An article's first ``_COMMON_SCANS`` words are searched in the text
        directly (cheaper for an ordinary article); then the set of all such tokens is built in
        one pass, so that thousands of distinct words still take linear time.
        """
        got = self._written.get(low)
        if got is not None:
            return got
        tokens = self._delimited_tokens
        if tokens is None and len(self._written) >= _COMMON_SCANS:
            tokens = self._delimited_tokens = set(_DELIMITED_TOKEN_RE.findall(self.text))
        if tokens is not None and not any(ch in low for ch in " ,.;:"):
            got = low in tokens
        else:
            # the occurrences of " low" (overlapping ones too), each followed by one of those
            # characters? (after 8 occurrences without, the five searches in C: bounded Python work)
            text = self.text
            key = " " + low
            k = text.find(key)
            n = len(key)
            got = False
            tries = 0
            while k >= 0:
                if text[k + n : k + n + 1] in (" ", ",", ".", ";", ":"):
                    got = True
                    break
                tries += 1
                if tries == 8:
                    got = any(f"{key}{p}" in text for p in " ,.;:")
                    break
                k = text.find(key, k + 1)
        self._written[low] = got
        return got

    def people_named_together(self, anchor: int) -> str | None:
        """``"A and B"`` (or ``"A, B and C"``): the two or three people named in full, joined by
        *and*, in the sentence before ``anchor`` (outside quotes), else None."""
        text, sents = self.text, self.sents
        if sents is None:
            sents = self.sents = _sentence_bounds(text)
        k = bisect.bisect_right(sents, anchor) - 1
        lo = sents[k] if k >= 0 else 0
        if not text[lo:anchor].strip(" \t\n“\"‘'"):
            hi, k = lo, k - 1  # the anchor opens its sentence: from the one before
        else:
            hi = anchor
        lo = sents[k - 1] if k >= 1 else 0  # (and the sentence before that)
        if hi - lo > 600 or " and " not in text[lo:hi]:
            return None
        names: list[tuple[str, int, int]] = []  # (name, start, end) of each capitalised run
        for m in _NAME_RUN2_RE.finditer(text, lo, hi):
            if self.inside_quote(m.start()):
                continue
            words = _strip_titles(m.group()).split()
            while len(words) > 2 and words[0].lower().rstrip("s") in _GROUP_ROLE_WORDS:
                words.pop(0)  # 'Writers Jeff Zeleny'
            name = " ".join(words)
            if "," not in name and words[-1] not in _PARTY_WORDS and text[m.start() - 4 : m.start()] != " to " \
                    and not m.group().startswith("New ") \
                    and self._looks_like_person(name) and all(name != n for n, _, _ in names):
                names.append((name, m.start(), m.end()))
                if len(names) > 3:
                    return None
        if not 2 <= len(names) <= 3 or " and " not in text[names[-2][2] : names[-1][1]]:
            return None
        full = [n for n, _, _ in names]
        return " and ".join(full) if len(full) == 2 else f"{full[0]}, {full[1]} and {full[2]}"

    def _named_with_pronoun(self, lo: int, hi: int, want: str, name: str) -> bool:
        """Is someone other than ``name`` named in full in ``[lo, hi)``, of no other gender than
        ``want``, and followed by a pronoun of gender ``want`` in that sentence or the next (see
        :meth:`_pronoun_after`): '… Lind said. / Tari Caswell was in the room when she heard …'."""
        if self.low is None or hi - lo > _NEAR_UNKNOWN_CHARS or not self._pronoun_after(want, lo, hi, sentences=99):
            return False
        self._scan_runs(hi - _PRONOUN_WINDOW, hi)
        k0 = bisect.bisect_left(self._run_pos, lo)
        k1 = bisect.bisect_left(self._run_pos, hi)
        last = name.rsplit(" ", 1)[-1]
        return any(q.name.rsplit(" ", 1)[-1] != last and _first_name_gender(q.name) in ("", want)
                   and self._subject_with_pronoun(q, want, hi) for q in self._runs[k0:k1])

    def _subject_with_pronoun(self, q: _Person, want: str, hi: int) -> bool:
        """Is ``q`` a person's full name opening its sentence, a pronoun of gender ``want`` (*he*,
        *she*) later in that sentence and before ``hi``, outside quotes (its gender, read from that
        pronoun: 'Tari Caswell was in the room when she heard the shots')?"""
        return " " in q.name and q.pos - self.sentence_start(q.pos) <= 2 and self._looks_like_person(q.name) \
            and self._pronoun_after(want, q.pos + len(q.name), hi)

    def _pronoun_after(self, want: str, a: int, b: int, sentences: int = 0) -> bool:
        """Whether *he* (``want`` ``"m"``) or *she* stands in ``text[a:b]`` outside quotes, within the
        sentence that ``a`` is in or the next ``sentences`` (at most 400 characters are read)."""
        if self.low is None or b - a > _NEAR_UNKNOWN_CHARS:
            return False
        word = "she" if want == "f" else "he"
        stops = 0
        for m in _SENT_OR_PRONOUN_RE.finditer(self.low, a, b):
            if m.group(1) is None:
                stops += 1
                if stops > sentences:
                    return False
            elif m.group(1) == word and not self.inside_quote(m.start()):
                return True
        return False

    def _looks_like_person(self, name: str) -> bool:
        """Is ``name`` written as a person's full name: two to four capitalised name words (or middle
        initials: *Ann E. Lind*), the first and the last no word the article also writes in lower
        case, never written after *the*, *in*, *at*, *from*, *to*, *of*, *for* or a possessive (not *Republicans*, *Saudi
        Arabia*, *the Muslim Brotherhood*, *Australia’s Central Highlands*, *Thirty-year-old Lind*)?"""
        toks = name.split()
        if not 2 <= len(toks) <= 4 \
                or not all((_is_name_token(t) and any(c.islower() for c in t))
                           or (0 < k < len(toks) - 1 and _INITIALS_RE.fullmatch(t)) for k, t in enumerate(toks)) \
                or self._common_word(toks[0]) or self._common_word(toks[-1]):
            return False
        if "-year-old" in name:
            return False
        after = self._after_function_words
        if after is None:
            # one pass over the text: every run of two to four capitalised words (and its shorter
            # starts) written right after one of those words (a set: linear time however many
            # names are asked about)
            after = self._after_function_words = set()
            for m in _AFTER_FUNCTION_WORD_RE.finditer(self.text):
                words = m.group(1).split()
                if words[0] == "The":
                    words = words[1:]  # 'in The Washington Post'
                for j, w in enumerate(words):
                    if w.endswith(("’s", "'s")):
                        words = words[:j] + [w[:-2]]  # 'the Washington Post’s': 'Washington Post'
                        break
                for j in range(2, len(words) + 1):
                    after.add(" ".join(words[:j]))
        return name not in after

    def _common_word(self, word: str) -> bool:
        """A sentence-opening word that is no name: ends in *-ing*, or is written in lower case in the text."""
        c = self._common.get(word)
        if c is None:
            low = word.lower()
            if low in _first_names():
                c = False
            elif low.endswith("ing"):
                c = True
            else:
                c = self.written_lower(low)
            self._common[word] = c
        return c

    def _honorific_gender(self, full: str) -> str:
        """``"m"``/``"f"`` when the article writes *Mr.*/*Mrs.*/*Ms.* before the name or its last word.

        Bounded work, as for :meth:`_name_gender`: the first 30 mentions, 64 names per article
        (then ``""``): each name's first search scans the text from its start.
        """
        g = self._hon_genders.get(full)
        if g is None and len(self._hon_genders) >= 64:
            return ""
        if g is None:
            text = self.text
            last = full.rsplit(" ", 1)[-1]
            first = full[: len(full) - len(last)]  # "Ann " (or "")
            found = set()
            k = text.find(last)
            tries = 0
            while k > 0 and tries < 30:  # bounded: the first 30 mentions
                tries += 1
                before = text[max(0, k - 6 - len(first)) : k]
                if first and before.endswith(first):
                    before = before[: len(before) - len(first)]
                # (the regex needs a capital M and a final space: most mentions have neither)
                m = _HONORIFIC_END_RE.search(before) if "M" in before and before.endswith(" ") else None
                if m is not None:
                    found.add(_HONORIFIC_GENDER[m.group(1).lower()])
                k = text.find(last, k + len(last))
            g = self._hon_genders[full] = found.pop() if len(found) == 1 else ""
        return g

    def _mention_gender(self, e: int) -> str:
        """``"m"``/``"f"``: the gender of the first *he/his/him/himself/she/her/herself* outside quotes
        in the rest of the sentence of a mention ending at ``e`` and the next sentence, unless
        another name comes before it (the pronoun may be that person's: 'Clinton attacked Trump,
        saying he …'); else ``""``."""
        text = self.text
        hi = e + _SURNAME_PRONOUN_CHARS
        stop = text.find(". ", e, hi)
        if stop >= 0:
            stop = text.find(". ", stop + 2, hi)
        for m in _SURNAME_PRONOUN_RE.finditer(text, e, stop if stop >= 0 else hi):
            g = _PRONOUN_GENDER.get(m.group().lower())
            if g is None:
                if _is_name_token(m.group()):
                    return ""  # another name comes first
            elif not self.inside_quote(m.start()):
                return g
        return ""

    def _surname_of_other(self, p: _Person, k: int, surname: str) -> bool:
        """Whether ``surname`` written alone at ``k`` stands for someone other than ``p`` who shares
        it: the article names several people with it, the mention is a clause's subject and the
        pronoun after it is of the other gender ('Bill Clinton' and 'Hillary Clinton': 'Clinton
        claimed that she …' is no mention of Bill Clinton)."""
        occ = self._occ.get(surname)
        if not occ or len(occ) < 2 or " " not in p.name:
            return False
        e = k + len(surname)
        if _VERB_AFTER_SUBJECT_RE.match(self.text, e) is None:
            return False  # (only a subject: 'Asked if she backed Lind’s plan, she said' is no mention of hers)
        g = (p.origin or p).gender or _first_name_gender(p.name)
        mg = self._mention_gender(e) if g else ""
        return bool(mg) and g != mg

    def surname_gender(self, surname: str) -> str:
        """``"m"``/``"f"`` when the article's pronouns after the surname written alone agree.

        For each bare mention (not after a first name; at most 30 mentions, outside quotes) the
        first *he/his/him/himself/she/her/herself* in the rest of its sentence and the next one
        is read, unless another name comes before it (the pronoun may be that person's: 'Clinton
        attacked Trump, saying he …'). The gender read at least twice and at
        least three times as often as the other is returned: 'Williams said she welcomes …',
        'But Williams comes … She was the first woman …' (Jeri Williams, not her son Alan
        Williams named later in the article).
        """
        found = self._surname_genders.get(surname)
        if found is not None:
            return found
        if len(self._surname_genders) >= _MAX_NAMES_SCANNED:
            return ""  # (each surname scans the text from its start: bounded per article)
        text = self.text
        counts = {"m": 0, "f": 0}
        k = text.find(surname)
        tries = 0
        n = len(surname)
        while k >= 0 and tries < 30:
            tries += 1
            e = k + n
            prev = text[max(0, k - 21) : k]
            w = prev.rsplit(None, 1)[-1] if prev.strip() and prev.endswith(" ") else ""
            if (k == 0 or not text[k - 1].isalnum()) and (e >= len(text) or not text[e].isalnum()) \
                    and not (w[:1].isupper() and _is_name_token(w)) and not self.inside_quote(k):
                g = self._mention_gender(e)
                if g:
                    counts[g] += 1
            k = text.find(surname, e)
        f, m_ = counts["f"], counts["m"]
        g = self._surname_genders[surname] = "f" if f >= 2 and f >= 3 * m_ else "m" if m_ >= 2 and m_ >= 3 * f else ""
        return g

    def _subject_at(self, s0: int, anchor: int) -> tuple[str, str | None, int, int, bool] | None:
        """The subject name opening the sentence at ``s0``: (as written, full name, start, end, titled), or None.

        A pronoun subject comes back with full name None; ``titled``: a title or an
        honorific stood before the name. The first words are tried, then the words
        after a short introductory phrase (*As a result, Mr. Lunt*) that opens with
        a word that is no name.
        """
        for n_rx, rx in enumerate(_SUBJECT_RES):
            m = rx.match(self.text, s0, anchor)
            if m is None:
                continue
            if n_rx:
                w = self.text[s0 : s0 + 20].split(" ", 1)[0]
                if _is_name_token(w) and not self._common_word(w) and w.lower() not in _NUMBER_WORDS \
                        and w not in _INTRO_ADVERBS and not w.lower().endswith(_ADVERB_ENDINGS) \
                        and not (w.endswith("ed") and len(w) >= 6 and w.lower() not in _ED_NAMES):
                    # "Rep. Ann Lee Jr., California Democrat, …": not an introductory phrase (but a
                    # participle opens one: "Reached on Friday, Lind …")
                    continue
            found = m.group("name")
            if not n_rx and found in _SUB_CONJ_CAP:
                continue  # 'When host Ann Lind asked …, she …': the subject comes after the clause
            at, end = m.start("name"), m.end("name")
            if not n_rx and found.split(" ", 1)[0] in _SUB_CONJ_CAP:
                if (main := _SUBJECT_RES[1].match(self.text, s0, anchor)) is not None \
                        and main.group("name").lower() not in _PRONOUNS:
                    # 'While Ann Lind predicted …, Sen. Ray Brill came out against it': the main
                    # clause's name is the subject (tried next, after the introductory clause)
                    continue
                # 'When McConnell was asked …, he told reporters': the clause's subject (no part of it)
                first = found.split(" ", 1)[0]
                found, at = found[len(first) + 1 :], at + len(first) + 1
                in_clause = True
            else:
                in_clause = False
            described = False
            if found.endswith(("’s", "'s", "s’", "s'")):
                # a possessive opens the sentence: the name in apposition to the description
                # after it is the subject ("Lind’s campaign manager, Ray Brill, who …", a person
                # described by a role)
                pa = _POSS_APPOS_RE.match(self.text, end, anchor)
                if pa is not None:
                    found, at, end = pa.group(1), pa.start(1), pa.end(1)
                    described = True
                elif found.endswith(("’s", "'s")) and _CONTRACTED_IS_RE.match(self.text, end, anchor) is not None \
                        and found[:-2].lower() not in _NOT_NAMES_BEFORE_IS \
                        and not self._common_word(found[:-2].rsplit(" ", 1)[-1]):
                    # "President Lind's getting in on …": a contraction of 'is'/'has', not a possessive
                    found, end = found[:-2], end - 2
            if n_rx and found in ("he", "she"):
                continue  # 'While Ann Lind said …, he also said': the clause before names the person
            if found.lower() in _PRONOUNS:
                return found.lower(), None, at, end, False
            t = _TITLE_THEN_NAME_RE.match(self.text, end, anchor)
            if t is not None:
                between = t.group(1).split()
                if any(w in _FORMS or w in _VERB_BEFORE_ROLE or (w.endswith("ed") and len(w) > 4) for w in between[:-1]):
                    # 'Gen Thomas McInerney told host Charles Payne that …': a verb, so the name
                    # opening the sentence is the subject, not the one after the role noun
                    t = None
            if t is not None:
                if between[-1] in _TITLE_WORDS or between[-1] in _COREF_HEADS or between[-1] in _ROLE_NOUNS or (
                        set(between) <= {"of", "for", "the", "to"}
                        and all(w.lower() in _TITLE_STRIP or w in _PLACE_INITIALS for w in found.split())) \
                        or (_AGENT_NOUN_RE.fullmatch(between[-1]) is not None
                            and between[-1] not in _NOT_AGENT_NOUNS and _first_name_gender(t.group("name"))):
                    # "Lib Dem leader Jo Swinson", "Secretary of State Mike Pompeo", "Student
                    # protester Katrina Willms", "Private equity investor Ann Lind" (an agent noun
                    # before a name with a known first name)
                    found, at, end = t.group("name"), t.start("name"), t.end("name")
            titled = described or (t is not None and found == t.group("name"))
            if found.endswith(("s’", "s'")):
                continue  # "Jones’ appearance was followed by …": a possessive, no subject
            toks = found.split()
            if toks[0].lower() in _COMMON_EXTRA and toks[0].lower() not in _first_names() \
                    and not (toks[0].lower() in _TITLE_STRIP and len(toks) > 3
                             and any(w.lower() in _TITLE_WORDS for w in toks[1:-2])):
                # "The Rio Grande Valley, known as …", "In The Week", "Former Fort Worth, …": no
                # person's name ("Former Bureau Chief Ann Lind" is one)
                continue
            i = 0
            while i < len(toks) - 1 and (toks[i].lower() in _TITLE_STRIP or toks[i].lower() in _ORG_WORDS
                                         or toks[i] in _PLACE_INITIALS
                                         or (i + 2 < len(toks) and toks[i + 1].lower() in _TITLE_WORDS)
                                         or (i + 2 < len(toks) and toks[i].lower() in _ROLE_NOUNS)  # 'Anchor Ann Lind'
                                         or (i + 2 < len(toks) and self._common_word(toks[i])
                                             and _first_name_gender(f"{toks[i + 1]} {toks[i + 2]}"))):
                i += 1  # "President", "Dr.", "Foreign Minister", "Senate Majority Leader", "Biographer Ann"
            if len(toks) - i > 2:
                # a long title with an organisation in it: the name after its last title word
                # ("Former CNN Washington Bureau Chief Frank Sesno")
                j = max((k for k, w in enumerate(toks[:-1])
                         if w.lower() in _TITLE_WORDS or w.lower() in _ROLE_NOUNS
                         or (w.endswith(".") and w.lower() in _TITLE_STRIP)), default=-1)
                if j >= i and len(toks) - j - 1 <= 3 and _first_name_gender(" ".join(toks[j + 1 :])):
                    i = j + 1
                elif j < i and toks[i].lower() not in _first_names() and not toks[i].endswith(("’s", "'s")) \
                        and _first_name_gender(" ".join(toks[-2:])):
                    i = len(toks) - 2  # "(Ambassador to the) United Nations Nikki Haley": the name closes the run
            titled = titled or any(w in _STRONG_TITLES or w.lower().rstrip(".") in _HONORIFIC_GENDER for w in toks[:-1]) \
                or (len(toks) - i >= 2 and toks[0].lower() in _ROLE_NOUNS)  # 'Lawyer Pat Cipollone'
            if not all(_is_name_token(w) or (k > i and w[:1].isupper() and w.lower() in _TITLE_STRIP)
                       or (i < k < len(toks) - 1 and w in _NAME_PARTICLES)  # ('Bill de Blasio')
                       for k, w in enumerate(toks[i:], i)) \
                    or source_type(" ".join(toks[i:])) not in ("named_person", "official") \
                    or self._common_word(toks[i]) \
                    or (i == len(toks) - 1 and toks[i].lower() in _DOC_HEADS
                        and _NOUN_THEN_AUX_RE.match(self.text, end) is not None) \
                    or not any(c.islower() for c in toks[-2 if len(toks) > 2 and toks[-1] in _NAME_SUFFIXES else -1]):
                continue  # "Tying US security to …", "Voters are …", "Advertisement Continue": no person
            if len(toks) == 2 and toks[0].lower() not in _TITLE_STRIP and toks[1].lower() in _TITLE_STRIP:
                full = found  # a surname that is also a title word: "Ann King", "Ray Prince"
            else:
                full = self.full_name(found, at)
            if " " in full and not full.endswith((" Jr.", " Sr.", " Jr", " Sr")) \
                    and (sfx := _SUFFIX_AFTER_RE.match(self.text, end)) is not None:
                full = f"{full} {sfx.group(1)}."  # 'Ann Lind Jr. tweeted': the son, as written (not the father)
            if " " not in full and not titled and not in_clause and full not in self.people and self.title_written(full, at):
                # 'Lind was all business' after 'President Lind' (and no full name; not in a clause
                # before the main one: 'While Lind did a fundraiser for her, she …')
                titled = True
            if not full[:1].isupper() or (" " not in full and full not in self.people and not titled
                                          and not (not in_clause and _SUBJECT_VERB_RE.match(self.text, end, anchor) is not None
                                                   and not self._common_word(full)
                                                   and not full.endswith(_NOUN_SUFFIXES)
                                                   and _own_pronoun_gender(self.text, end, anchor))):
                # one capitalised word never cited nor titled is as often a sentence's first word
                # (unless a pronoun of its own follows: 'Lind is among the latest to give his support')
                continue
            return found, full, at, end, titled
        return None


    def coref_person(self, pos: int, head: str, want: str = "", titles: tuple[str, ...] = (),
                     fits: Callable[[str], bool] | None = None) -> _Person | None:
        """The person a definite description with role ``head`` (``the Ohio senator``, ``the
        nominee``) at ``pos`` stands for: the latest person cited in the ``_COREF_CHARS`` before
        it, a full name with a known first name or an official, of gender ``want`` when given,
        and, for a head that is a title (``senator``; or given ``titles``), one the article writes
        with that title (``Sen. Ann Lind``, ``Senator Lind``); and one that ``fits``, when given."""
        titles = titles or _COREF_TITLES.get(head, ())
        k = bisect.bisect_left(self._noted_pos, pos) - 1
        seen: set[str] = set()
        while k >= 0 and pos - self._noted_pos[k] < _COREF_CHARS:
            name = self._noted[k]
            k -= 1
            if name in seen:
                continue
            seen.add(name)
            p = self.people[name]
            if " " not in name or not (_first_name_gender(name) or p.stype == "official"):
                continue
            if want and self._gender_of(p) not in ("", want):
                continue
            last = name.rsplit(" ", 1)[-1]
            if titles and not self.written_near(pos, *(f"{t} {w}" for t in titles for w in (last, name))):
                continue
            if fits is not None and not fits(name):
                continue
            return p
        return None

    def pronoun(self, pron: str, pos: int) -> _Person | None:
        """The person ``he``/``she`` at ``pos`` stands for (None for other pronouns): among the
        people cited and the full names written before it, of the pronoun's gender (a known
        gender first)."""
        if pron.lower() not in ("he", "she"):
            return None
        want = _PRONOUNS[pron.lower()]
        # candidates: attributed people and capitalised multi-word names outside quotes
        cands: list[_Person] = [p for p in self._recent_people(pos) if not _no_person(p.name)]
        if cands:
            # the speaker of a cue just before (the previous sentence), known to be of the
            # pronoun's gender, is its antecedent: '… Ola Brenn said … “…” he said.'
            recent = max(cands, key=_POS)
            g: str | None = self._gender_of(recent)
            # (or of no known gender, a person's full name this cue introduces: '… says Ola Brenn,
            # a professor. “…” she says'; not one the article named before, with other people
            # of known gender around)
            if pos - recent.pos < _LAST_SPEAKER_CHARS and _PLURAL_PEOPLE_RE.fullmatch(recent.name) is None \
                    and (g == want or (g == "" and recent.stype in ("named_person", "official")
                                       and self._looks_like_person(recent.name)
                                       and self.first_mention(recent.name.rsplit(" ", 1)[-1]) >= self.sentence_start(recent.pos))) \
                    and not any(q is not recent and q.pos > recent.pos for q in cands):
                if not self.named_since(max(recent.end, recent.pos + 1), pos, want, recent.name) \
                        and not self._first_name_people(max(recent.end, recent.pos + 1), pos, want, opening=True) \
                        and not self._named_with_pronoun(max(recent.end, recent.pos + 1), pos, want, recent.name):
                    if not g:
                        recent.gender = want  # (as below: the pronoun tells the person's gender)
                    return recent
        self._scan_runs(pos - _PRONOUN_WINDOW, pos)
        k0 = bisect.bisect_left(self._run_pos, pos - _PRONOUN_WINDOW)
        k1 = bisect.bisect_left(self._run_pos, pos)
        cands.extend(q for q in self._runs[k0:k1] if not _no_person(q.name))
        # a surname opening a recent sentence names the person given in full elsewhere in the
        # article ('Lind has called for … “…” he said'): a candidate at that mention
        for m in _SUBJECT_WORD_RE.finditer(self.text, max(0, pos - _LAST_SPEAKER_CHARS), pos):
            word = m.group(1)
            if _is_name_token(word) and not self.inside_quote(m.start(1)):
                full = self._name_before(len(self.text), word, want)  # "Lind" (he): not "Michelle Lind"
                if full is not None and " " in full and not _no_person(full):
                    cands.append(_Person(full, m.start(1), None, "named_person", m.start(1) + len(word)))
                elif full is None and not self._common_word(word) and not _no_person(word) \
                        and self.text[max(0, m.start(1) - 3) : m.start(1)] != "v. " and self.surname_gender(word) == want:
                    # (a surname cited alone, never given in full, whose pronouns elsewhere are of this
                    # gender: 'Trump', 'Obama' in articles that give no first name)
                    cands.append(_Person(word, m.start(1), want, "named_person", m.start(1) + len(word)))
        # a surname after an honorific of the pronoun's gender, the subject of its sentence, that
        # the article never gives in full ('Mrs. Lind was an early advocate … she said'): a candidate
        for m in _HONORIFIC_NAME_RE.finditer(self.text, max(0, pos - _PRONOUN_WINDOW), pos):
            if _HONORIFIC_GENDER[m.group(1).lower()] == want and not self.inside_quote(m.start()) \
                    and self._name_before(len(self.text), m.group(2), want) is None:
                cands.append(_Person(m.group(2), m.start(2), want, "named_person", m.end(2)))
        # a person the article calls by a first name alone ('Nate … At 16, reputation meant
        # everything to Nate. “…” he said'): a candidate at its latest mention
        cands.extend(self._first_name_people(pos - _FIRST_NAME_WINDOW, pos, want, opening=True))
        # a surname alone refreshes the recency of its full name
        for p in list(cands):
            last = p.name.split()[-1]
            lo = max(p.pos, pos - _REFRESH_WINDOW)
            k = self.text.rfind(last, lo, pos)
            while k > p.pos and self.inside_quote(k):
                k = self.text.rfind(last, lo, k)  # (a mention inside a quote is the speaker's, not the writer's)
            if k > p.pos and not self._surname_of_other(p, k, last):
                cands.append(_Person(p.name, k, p.gender, p.stype, origin=p.origin or p))
        # the most recent compatible candidate, unless one of known matching gender exists:
        # walk from the most recent (ties in list order) and stop at the first known match,
        # so genders are only worked out for the candidates looked at
        best = None
        best_known = None
        genders = self._genders
        for p in sorted(cands, key=_POS, reverse=True):  # stable: ties keep list order (no _no_person: filtered above)
            if _PLURAL_PEOPLE_RE.fullmatch(p.name) is not None or _PEOPLE_TAIL_RE.search(p.name) is not None:
                continue  # ('Russians', 'Republicans': a people or a party, no he or she)
            # g = self._gender_of(p), inlined: the hot loop of pronoun resolution
            q = p.origin or p
            g = q.gender
            if g is None:
                # (a known first name before hints around the name: 'Scott Lind was approached by a
                # mother and her son')
                g = q.gender = _first_name_gender(q.name) or self.gender_near(q.pos, q.end)
            if not g:
                g = genders.get(p.name)
                if g is None:
                    g = self._name_gender(p.name)
                if not g:
                    g = self._known_gender(p.name)
            if want and g and g != want:
                continue
            if best is None:
                best = p
            if g:
                best_known = p
                break
        if best_known is not None and best is not None and best is not best_known \
                and pos - best.pos < _NEAR_UNKNOWN_CHARS and " " in best.name and self._looks_like_person(best.name) \
                and ((best.pos - best_known.pos > _FAR_KNOWN_CHARS
                      and (best.name in self.people or best.name.split(" ", 1)[0].lower() in _first_names()))
                     or self._subject_with_pronoun(best.origin or best, want, pos)):
            # a person of no known gender named just before is the antecedent, not one of the
            # pronoun's gender named far back ('… voters such as Jean Hopkins, a retired nurse, who
            # came to hear him. “…,” she said'), nor one named before when a pronoun of its gender
            # follows the name ('Tari Caswell was in the room when she heard the shots. “…,” she added')
            best_known = None
        if best_known is not None:
            # a person attributed earlier in the same paragraph (and not of the other
            # gender) is the antecedent even when the gender of someone in an earlier
            # paragraph is known: 'Minister Ana Ruiz said ... “…,” she said.'
            para = []
            if self.text.find("\n", best_known.pos, pos) >= 0:
                para = [p for p in cands if p.name in self.people and p.pos > best_known.pos
                        and self.text.find("\n", p.pos, pos) < 0 and self._gender_of(p) in ("", want)]
            best = max(para, key=lambda p: p.pos) if para else best_known
        if best is not None:
            # surname mentions refresh recency
            full = self.full_name(best.name, pos)
            if want and _first_name_gender(full) not in ("", want):
                # the full name of that surname of the pronoun's gender, else the name as found ('Mr.
                # Garland' is not Pamela Garland, named before)
                full = self._name_before(pos, best.name.rsplit(" ", 1)[-1], want) or best.name
                if _first_name_gender(full) not in ("", want):
                    full = best.name
            best = _Person(full, best.pos, self._gender_of(best), best.stype)
            known = self.people.get(best.name)
            if known is not None:
                if not known.gender:
                    known.gender = want
                return known
        return best

    def clause_subject(self, colon: int) -> _Person | None:
        """The person named as the subject of a later clause of the sentence that ends in the colon
        at ``colon``, when no name opens the sentence (``After Lind won, his adviser Ann Brill
        was more blunt:``, ``Worried that Lind will win, Ray Brill issued this plea:``).

        The clauses after a comma, semicolon or dash are tried from the last one back (at most
        four), then the sentence's start: a name (or a description of a role, an outlet's
        possessive, before it: ``his adviser``, ``Gazette's``) followed by a lower-case word,
        titled, with a known first name or cited in the article. A pronoun subject ends the
        search (the other rules resolve it), as does a clause opened by
        a relative or subordinating word (``which Ann Lind opposed``).
        """
        text, sents = self.text, self.sents
        if sents is None:
            sents = self.sents = _sentence_bounds(text)
        k = bisect.bisect_right(sents, colon) - 1
        lo = max(sents[k] if k >= 0 else 0, colon - 300)
        lo = _skip_space(text, lo, colon)
        cuts = [lo, *(m.end() for m in _COLON_CLAUSE_CUT_RE.finditer(text, lo, colon))]
        for s0 in reversed(cuts[-5:]):
            lead = _CLAUSE_LEAD_RE.match(text, s0, colon)
            got = self._subject_at(lead.end() if lead is not None else s0, colon + 1)
            if got is None:
                continue
            if got[1] is None:
                return None  # a pronoun: the other rules resolve it
            if not (got[4] or _first_name_gender(got[1]) or got[1] in self.people):
                return None  # no sign of a person ('Abu Dhabi murder:', 'Republican strategist:')
            return _Person(got[1], got[2], "", "named_person")
        return None

    def org_subject(self, anchor: int, kinds: tuple[str, ...] = ("organisation", "media")) -> tuple[str, str] | None:
        """(name, type) of an organisation or outlet opening the sentence before ``anchor``, else None.

        The sentence holding ``anchor`` counts when text comes before ``anchor`` in it;
        the noun phrase before the first verb (``The Harbour embassy in Oslo condemned
        …`` -> ``Harbour embassy in Oslo``) must be typed organisation or media.
        """
        text, sents = self.text, self.sents
        if sents is None:
            sents = self.sents = _sentence_bounds(text)
        k = bisect.bisect_right(sents, anchor) - 1
        tried = 0
        for kk in range(k, k - 4, -1):
            s0 = sents[kk] if kk >= 0 else 0
            s0 = _skip_space(text, s0, anchor)
            if s0 >= anchor:
                if kk < 0:
                    return None
                continue  # nothing but space from here to the anchor (a paragraph break): the one before
            tried += 1
            if text[s0] in _QUOTE_OPEN:
                if kk < 0 or tried == 2:
                    return None
                continue  # the anchor (or a quote) opens this sentence: the one before
            m = _ORG_SUBJECT_RE.match(text, s0, anchor)
            if m is None:
                return None
            words = m.group(1).split()
            if words[0] in _LEAD_CONJ or words[0] in ("While", "Although", "Though", "Since", "Because"):
                words = words[1:]  # "But the appeals court ruled", "While the report found …, it said"
            if len(words) > 1 and words[-1].lower() in _WEEKDAYS:
                words = words[:-1]  # "Ann Lind's office Sunday"
            # (lower-case words may qualify an organisation's head: 'The Harbour foreign ministry')
            qual = len(words) - 3 if len(words) >= 3 and words[-1] in _ORG_WORDS and words[0][:1].isupper() else len(words)
            if not words or words[0].lower() in _PRONOUNS or words[0].lower() in _WHEN_WORDS \
                    or any(w[:1].islower() and w not in _NP_FUNCTION_WORDS and w not in _ORG_WORDS
                           and w not in _MEDIA_HEADS and not (w in _READING_DOCS and "document" in kinds)
                           and not (j >= qual and w.isalpha() and w not in ("and", "or"))
                           for j, w in enumerate(words)):
                return None  # (a lower-case word other than an organisation's head: "the bank also")
            np_ = " ".join(words)
            st = source_type(np_)
            if st == "named_person" and "organisation" in kinds and ", which " in m.group(0) \
                    and not _first_name_gender(np_):
                st = "organisation"  # 'Chonghaejin Marine, which operated the ferry, posted …': a body, not a person
            if st == "document" and st in kinds:
                return np_, st  # 'The statement went on to …': the document, as written
            return (_LEADING_ARTICLE_RE.sub("", np_), st) if st in kinds else None
        return None

    def _named(self, lo: int, hi: int, want: str) -> list[_Person]:
        """The people introduced in ``[lo, hi)`` (outside quotes): a name with a known first name
        of gender ``want`` followed by a relative clause (``Mitch McConnell, who …``), or opening
        a sentence after *To* or *For* and before a comma, as the one whose view it gives (``To
        Ann Lind, the campaign's deputy manager, it was fair.``)."""
        text = self.text
        if lo >= hi or hi - lo > _PRONOUN_WINDOW \
                or (text.find(" who", lo, hi + 300) < 0 and text.find("To ", lo, hi) < 0 and text.find("For ", lo, hi) < 0):
            return []  # (no relative pronoun after a name that starts in [lo, hi), no 'To'/'For': no scan needed)
        self._scan_runs(hi - _PRONOUN_WINDOW, hi)  # the window pronoun() scans: runs are found in text order
        k0 = bisect.bisect_left(self._run_pos, lo)
        k1 = bisect.bisect_left(self._run_pos, hi)
        return [q for q in self._runs[k0:k1]
                if (_WHO_AFTER_RE.match(text, q.end)
                    or (text[q.end : q.end + 1] == "," and _opens_view(text, q)))
                and _first_name_gender(q.name) == want]

    def named_since(self, lo: int, hi: int, want: str, name: str) -> bool:
        """Is someone other than ``name`` of gender ``want`` introduced in ``[lo, hi)`` (see :meth:`_named`)?

        A person introduced after the last cue stands between it and a pronoun: '… Wexler
        adds. / … has not escaped Senate leader Mitch McConnell, who … / “…” he said'.
        """
        return any(q.name.split()[-1] not in name for q in self._named(lo, hi, want))

    def named_in(self, lo: int, hi: int, want: str) -> _Person | None:
        """The one person of gender ``want`` introduced in ``[lo, hi)`` (see :meth:`_named`), or
        else the one such person opening a *when* clause there with an apposition (``…, when Ann
        Lind, director of X, became …``); else None."""
        found = {q.name: q for q in self._named(lo, hi, want)}
        if not found and self.text.find("when ", lo, hi) >= 0:
            self._scan_runs(hi - _PRONOUN_WINDOW, hi)
            k0 = bisect.bisect_left(self._run_pos, lo)
            k1 = bisect.bisect_left(self._run_pos, hi)
            found = {q.name: q for q in self._runs[k0:k1]
                     if self.text.endswith("when ", lo, q.pos) and _WHEN_APPOS_AFTER_RE.match(self.text, q.end)
                     and _first_name_gender(q.name) == want}
        if len(found) != 1:
            return None
        q = found.popitem()[1]
        p = self.people.get(q.name)
        return p if p is not None else _Person(q.name, q.pos, want, "named_person", q.end)

    def named_just_before(self, pos: int, want: str = "", titles: tuple[str, ...] = ()) -> _Person | None:
        """The one person named in full (a name run outside quotes written as a person's name) in
        the ``_NAMED_BEFORE_CHARS`` before ``pos``, of gender ``want`` when given and known, and
        written after one of ``titles`` somewhere in the article (``Sen. Ann Lind``, ``Senator
        Lind``); else None (none, or several)."""
        lo = max(0, pos - _NAMED_BEFORE_CHARS)
        self._scan_runs(pos - _PRONOUN_WINDOW, pos)  # (the window pronoun() scans: runs come in text order)
        k0 = bisect.bisect_left(self._run_pos, lo)
        k1 = bisect.bisect_left(self._run_pos, pos)
        found = {}
        for q in self._runs[k0:k1]:
            if q.name not in found and self._looks_like_person(q.name):
                found[q.name] = q
        if len(found) != 1:
            return None
        q = found.popitem()[1]
        if want and self._gender_of(q) not in ("", want):
            return None
        last = q.name.rsplit(" ", 1)[-1]
        if titles and not self.written_near(pos, *(f"{t} {w}" for t in titles for w in (last, q.name))):
            return None
        p = self.people.get(q.name)
        return p if p is not None else q

    def _scan_runs(self, lo: int, hi: int) -> None:
        """Find the name runs that start before ``hi`` (at least those from ``lo`` on).

        Windows come in text order; the text between windows is skipped from a
        point where no run can be in progress (just after a comma, bracket,
        quote mark ...), so each character is scanned at most once.
        """
        text = self.text
        if self._pending is not None and self._pending.start() < lo:
            self._add_run(self._pending)
            self._pending = None
        if self._pending is None and lo > self._scan_pos:
            q = max(text.rfind(c, self._scan_pos, lo) for c in _RUN_BREAKERS)
            if q >= 0:
                self._scan_pos = q + 1
        search = _NAME_RUN2_RE.search
        while True:
            m = self._pending
            if m is None:
                if self._scan_pos >= len(text):
                    return
                m = search(text, self._scan_pos)
                if m is None:
                    self._scan_pos = len(text)
                    return
                self._scan_pos = m.end()
            if m.start() >= hi:
                self._pending = m
                return
            self._pending = None
            self._add_run(m)

    def _add_run(self, m: re.Match[str]) -> None:
        run = m.group()
        if " " not in run:
            return
        name = _run_name(run)
        if name is None or self.inside_quote(m.start()):
            return
        if _PLACE_PREP_BEFORE_RE.search(self.text, max(0, m.start() - 8), m.start()) \
                and not (name == run and name.count(" ") == 1 and _first_name_gender(name)
                         and self.text.startswith((", ", ".", " said", " says"), m.end())):
            # "in Buenos Aires", "from New Hampshire": a place, not a person (but a known first name
            # and a surname closing a clause is one: 'came from Steve Goldstein, undersecretary')
            return
        if self.text[m.end() : m.end() + 1] == "/":
            return  # a photo credit: "Chip Somodev/Getty Images"
        if name.rsplit(" ", 1)[-1] in _STREET_WORDS:
            return  # a street: 'Willow Drive', 'Fifth Avenue'
        if _ORG_NOUN_BEFORE_RE.search(self.text, max(0, m.start() - 16), m.start()) is not None \
                and not _first_name_gender(name):
            return  # 'the group Safe Hands', 'the charity Open Doors': an organisation's or work's name
        if run.startswith(name) and (nxt := _ATTRIBUTIVE_AFTER_RE.match(self.text, m.end())) is not None \
                and (the := _THE_BEFORE_RE.search(self.text, max(0, m.start() - 16), m.start())) \
                and not nxt.group(1).endswith(("ed", "s")) and nxt.group(1) not in _FORMS \
                and nxt.group(1) not in _AUX \
                and not (nxt.group(1) in _RELATION_NOUNS and not the.group().lower().startswith("the")):
            return  # a name used as a modifier: 'the Hillary Clinton email case', 'a former Calvin Klein
            # model' (no mention of them; but 'a longtime Blasey Ford friend' is one of her)
        placeish = self._placeish.get(name)
        if placeish is None:
            placeish = self._placeish[name] = self._written_after_in(name) or (
                # a heading or phrase ('Trump Impeachment', 'Trump War'): the last word is written
                # in lower case in the article, and no known first name opens the run
                not _first_name_gender(name) and self._common_word(name.rsplit(" ", 1)[-1]))
        if placeish:
            return  # written "in North Carolina" elsewhere in the article: a place there too
        self._runs.append(_Person(name, m.start(), None, "named_person", m.end()))
        self._run_pos.append(m.start())

    def _written_after_in(self, name: str) -> bool:
        """``f" in {name}" in text``: the article's first ``_COMMON_SCANS`` names are searched in
        the text directly; then the places after *in* are indexed by their first four characters
        in one pass, and at most 64 of them are tried per name (so that thousands of distinct names
        still take linear time)."""
        key = f" in {name}"
        if len(self._placeish) < _COMMON_SCANS or len(name) < 4:
            return key in self.text
        index = self._in_index
        if index is None:
            index = self._in_index = {}
            for m in _AFTER_IN_RE.finditer(self.text):
                index.setdefault(m.group(1), []).append(m.start())
        return any(self.text.startswith(key, k) for k in index.get(name[:4], ())[:64])

    def _name_gender(self, name: str) -> str:
        """Gender hint of the first mention of ``name`` outside quotes that has one, or ``""``.

        Bounded work: at most 30 mentions per name and 64 names per article
        (then ``""``), so the cost stays linear in the text length.
        """
        try:
            return self._genders[name]
        except KeyError:
            pass
        g = ""
        # multi-word names only: a single capitalised word is too often a place or a group
        if " " in name and len(self._genders) < 64:
            text = self.text
            k = text.find(name)
            tries = 0
            while k >= 0 and tries < 30:
                tries += 1
                if _ends_name_run(text, k, k + len(name)) and not self.inside_quote(k):
                    g = self.gender_near(_run_start(text, k), k + len(name))
                    if g:
                        break
                k = text.find(name, k + len(name))
        self._genders[name] = g
        return g

    def _gender_of(self, p: _Person) -> str:
        q = p.origin or p
        if q.gender is None:  # a name run: its known first name's gender, else hints around it (once)
            q.gender = _first_name_gender(q.name) or self.gender_near(q.pos, q.end)
        return q.gender or self._name_gender(p.name) or self._known_gender(p.name) \
            or (_gender_hint_word(p.name.split(" ", 1)[0]) if " " in p.name else "")  # ('Pope Leo', 'Queen Ann')

    def _first_name_people(self, lo: int, hi: int, want: str, opening: bool = False) -> list[_Person]:
        """People written by a known first name of gender ``want`` alone (no capitalised word next to
        it, outside quotes) in ``text[lo:hi]``, when the article writes that name alone at least
        twice and gives no full name starting or ending with it; one per name, at its latest
        mention (with ``opening``, only mentions opening a sentence: the sentence's subject)."""
        text = self.text
        out: dict[str, _Person] = {}
        first_names = _first_names()
        for m in _LONE_CAP_WORD_RE.finditer(text, max(0, lo), hi):
            word = m.group(1)
            if first_names.get(word.lower(), "" if word.lower() in _UNISEX_FIRST_NAMES else None) not in (want, "") \
                    or word in _TITLE_FIRST_NAMES or word in _AUX_SURNAMES or self.inside_quote(m.start(1)) \
                    or _CAP_WORD_BEFORE_RE.search(text, max(0, m.start(1) - 40), m.start(1)):
                continue  # (not after a capitalised word: 'Mary Ann', 'Megyn Kelly')
            if opening and not _SENTENCE_OPENING_BEFORE_RE.search(text, max(0, m.start(1) - 16), m.start(1)) \
                    and m.start(1) > 0:
                continue
            lone = self._lone_first_names.get(word)
            if lone is None:
                # (written alone twice; never next to another capitalised word, as in a full name
                # 'Elizabeth Warren', 'Hillary Clinton', a title 'Pope Francis' or a place 'West
                # Virginia'; never after 'in' or 'from': a place)
                lone = self._lone_first_names[word] = (
                    len(self._lone_first_names) < 32 and not self._common_word(word)
                    and word not in _US_STATE_SET and word not in _COUNTRIES
                    and len(list(itertools.islice(_lone_word_re(word).finditer(text), 2))) == 2
                    and _name_part_next_re(word).search(text) is None
                    and not any(f" {w} {word}" in text for w in ("in", "from")))
            if lone:
                out[word] = _Person(word, m.start(1), want, "named_person", m.end(1))
        return list(out.values())

    def _known_gender(self, name: str) -> str:
        p = self.people.get(name)
        if p is not None and p.gender:
            return p.gender
        return _first_name_gender(name) or _middle_name_gender(name)


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """``lexicons/first_names.txt``: first name -> ``"m"``/``"f"`` (project-written; ambiguous names left out)."""
    out: dict[str, str] = {}
    text = resources.files("framing").joinpath("lexicons", "first_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, g = line.partition(",")
            out[name.strip()] = g.strip()
    return out


def _first_name_gender(name: str) -> str:
    """Gender associated with the first word of a full name (``"Ann Lee"`` -> ``"f"``), or ``""``."""
    first = name.split(" ", 1)[0]
    if " " not in name or not first[:1].isupper():
        return ""
    return _first_names().get(first.lower(), "")


def _middle_name_gender(name: str) -> str:
    """The gender of the middle name of a three-word name whose first name is not a known one
    (``"Kora Ann Snelling"`` -> ``"f"``), or ``""``."""
    words = name.split()
    if len(words) != 3 or words[0].lower() in _first_names():
        return ""
    return _first_name_gender(f"{words[1]} {words[2]}")


# --------------------------------------------------------------------------- the finder


@dataclass(slots=True)
class _Att:
    start: int
    end: int
    cue: str
    entry: Cue
    subtype: str = ""
    tone: str = "neutral"
    source: str | None = None
    stype: str | None = None
    speaker: str | None = None
    linked: bool = False
    form: str = ""  # the cue as matched: lower case, single spaces (" ".join(cue.lower().split()))


# a cue this many characters or more from a quote is not "near" it (6 words would be far shorter)
_NEAR_CHARS = 160
_DQ_RE = re.compile("[“\"]")
_GAP_AFTER_RE = re.compile(r"[.!?;]\s|\n|[“\"]")
_GAP_BEFORE_RE = re.compile(r"[.!?;]\s|\n")
_COLON_PARAGRAPH_RE = re.compile(r"[^.!?;\n]{0,75}:[ \t]*\n(?:[ \t]*\n)?[ \t]*")  # ' that:\n\n'
# 'and' and one lower-case word before a colon ending the paragraph: ' and depression:'
_AND_NOUN_COLON_RE = re.compile(r"[ ]and[ ]([a-z]+):\s*$")
# a comma right after the cue ending the paragraph: 'Robert said,\n“…”'
_CUE_COMMA_PARAGRAPH_RE = re.compile(r",[ \t]*\n(?:[ \t]*\n)?[ \t]*")
_AND_RE = re.compile(r"\band\b")
# a verb coordinated by 'but', with at most three lower-case words between ('… but later added');
# not a new clause with its own subject ('but the agency continues to insist')
_BUT_VERB_RE = re.compile(r"\bbut(?: [a-z]+){0,3} $")
# a noun phrase opening a sentence, up to its verb: 'The Harbour embassy in Oslo condemned'
_ORG_SUBJECT_RE = re.compile(
    r"((?:[Tt]he[ ])?[A-Z][\w.&’'\-]*(?:[ ](?:[A-Z][\w.&’'\-]*|of|for|and|in|on|the|[a-z]+))"
    r"{0,6}?)(?:,[ ](?:which|who|whose|a|an|the)[ ][^,\n“”\"]{1,80},)?"  # ('The Harbour Council, which opposed it, said')
    r"(?:[ ][a-z]{2,}ly)?[ ](?:[a-z]+ed|[a-z]+[^s]s|has|have|had|is|was|said|will|would|went|made|gave|took|put|set|told|also)\b"
)
# 'To' or 'For' opening a sentence, right before a name: 'To Ann Lind, …, it was fair.'
_VIEW_OPENER_RE = re.compile(r"(?:^|\n|[.!?][”\"]?[ ]+)(?:To|For)[ ]$")


def _one_word_body(res: _Resolver, prev: _Att) -> bool:
    """Whether the cue ``prev`` cites one capitalised word typed as a person that names none: no
    known first name, no full name for it in the article, no *he/she* after it alone nor after
    this cue (``Google``, ``Walmart``: an *it* after it stands for it)."""
    name = prev.speaker or ""
    return prev.stype == "named_person" and " " not in name and name[:1].isupper() and name[1:2].islower() \
        and name == prev.source and not _first_name_gender(name) and not res.surname_gender(name) \
        and name.lower() not in _COMMON and not res._mention_gender(prev.end)


_DESC_ANTECEDENT_CHARS = 700  # a gendered description cited this close before a he/she may be its antecedent
# heads of descriptions of people the article may never name (not roles, which name someone: 'the councilwoman')
_KIN_HEADS = frozenset("woman man girl boy mother father daughter son wife husband sister brother grandmother "
                       "grandfather widow widower aunt uncle".split())


def _described_antecedent(res: _Resolver, atts_done: list[_Att], pos: int, want: str) -> _Att | None:
    """The cue just before ``pos`` (within :data:`_DESC_ANTECEDENT_CHARS`) that cites a person by a
    definite description whose head tells the pronoun's gender (``the officer’s daughter``, ``the
    man``): the antecedent of a *he*/*she* the article gives no name for. The walk back stops at a
    cue citing a person by name who may be of that gender."""
    for prev in reversed(atts_done[-7:-1]):
        if pos - prev.end > _DESC_ANTECEDENT_CHARS:
            return None
        name = prev.speaker
        if not name or (prev.source or "").lower() in _PRONOUNS:
            continue
        if name[:4].lower() == "the " and name[4:5].islower():
            head = name.rsplit(" ", 1)[-1]
            if head in _KIN_HEADS and _gender_hint_word(head) == want:
                return prev
        elif prev.stype in ("named_person", "official") and name in res.people \
                and (" " in name or res._gender_of(res.people[name]) == want):
            return None  # (not one word of no known gender: 'Kroner confirmed it', a body typed as a name)
    return None


def _named_by_head(text: str, desc_a: _Att, name: str) -> bool:
    """Whether the article writes ``name`` right after the head of the description ``desc_a`` cites
    before it (``Rahami's father, Mohammad``: *the father* is Mohammad)."""
    head = (desc_a.speaker or "").rsplit(" ", 1)[-1]
    k = text.rfind(name, max(0, desc_a.start - _COREF_CHARS), desc_a.start)  # (bounded: linear time)
    return k > 0 and text[max(0, k - len(head) - 3) : k].rstrip(" ,").endswith(head)


def _opens_view(text: str, q: _Person) -> bool:
    """Whether the name run ``q`` opens its sentence after *To* or *For* (the run may hold the word)."""
    k = text.find(q.name, q.pos, q.end)
    return k >= 0 and _VIEW_OPENER_RE.search(text, max(0, k - 8), k) is not None
_WHO_AFTER_RE = re.compile(r"(?:[ \u00a0]\([^()\n]{1,12}\))?,[ \u00a0]+who(?:se)?\b")  # "Ann Lind (D-Ky.), who"
# a pronoun of the subject's own, later in its sentence with no capitalised word before it ('Lind is
# among the latest to give his support')
_OWN_PRONOUN_RES = {g: re.compile(r"[^A-Z.!?;:“”\"\n]*?\b(?:" + words + r")\b")
                    for g, words in (("m", "his|himself"), ("f", "her|herself|hers"))}
# number words opening an introductory phrase: 'Eleven days later, Ann Lind …'
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred hundreds thousands".split())
# endings of abstract nouns, no surnames ('Electability is …')
_NOUN_SUFFIXES = ("ity", "ness", "tion", "sion", "ment", "ism", "ship", "ance", "ence")
# a generational suffix right after a name run: ' Jr.', ', Sr.'
_SUFFIX_AFTER_RE = re.compile(r",?[ ](Jr|Sr)\.?(?![\w])")
# a verb right after a one-word subject: 'Lind is', 'Lind has', 'Lind gave', 'Lind backed'
_SUBJECT_VERB_RE = re.compile(r"[ ](?:is|was|has|had|will|would|gave|became|made|took|wrote|[a-z]{3,}ed)[ ]")


def _subject_written(text: str, got: tuple[str, str | None, int, int, bool]) -> str:
    """The subject :meth:`_Resolver._subject_at` found, as a source: the name as written, or the
    pronoun as the text writes it (``He``)."""
    return got[0] if got[1] is not None else text[got[2] : got[3]]


def _person_subject(res: _Resolver, got: tuple[str, str | None, int, int, bool]) -> bool:
    """Whether the subject :meth:`_Resolver._subject_at` found is a pronoun or a person: titled, cited
    before, or with a known first name (not 'Clearly' opening 'Clearly annoyed that …')."""
    return got[1] is None or got[4] or got[1] in res.people or bool(_first_name_gender(got[1]))


# a possessive before a noun after a subject, in its clause, no capitalised word or preposition before it
_OWN_POSSESSIVE_RE = re.compile(r"[^A-Z.!?;:,“”\"\n]{0,60}?(?<!about )(?<!to )(?<!for )(?<!with )(?<!at )(?<!on )(?<!of )"
                                r"(?<!from )(?<!by )(?<!like )(?<!than )(?<!against )\b(his|her)[ ][a-z]")


def _own_pronoun_gender(text: str, end: int, hi: int) -> str:
    """The gender of a possessive (or reflexive) pronoun after a subject ending at ``end``, in its
    sentence (before ``hi``, at most 120 characters) with no capitalised word before it: ``m``,
    ``f``, or ``""``."""
    hi = min(hi, end + 120)
    for g, rx in _OWN_PRONOUN_RES.items():
        if rx.match(text, end, hi) is not None:
            return g
    return ""


# an apposition after a name opening a 'when' clause: ', director of the Harbour Center,'
_WHEN_APPOS_AFTER_RE = re.compile(r",[ ](?:a[ ]|an[ ]|the[ ])?[a-z][^,;:.“”\"\n]{2,80},[ ][a-z]")
# short titles before the name of someone asked ('asked Sen. Ann Lind')
_ASKED_TITLES = "Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen"
# the writer asking a named person, opening a sentence: 'I asked Ann Lind', 'We spoke with Dr. Ann Lind'
_WRITER_ASKED_RE = re.compile(r"(?:I|We)[ ](?:asked|interviewed|called|emailed|reached|spoke[ ]with|talked[ ]to|met[ ]with)[ ]"
                              r"(?:(?:" + _ASKED_TITLES + r"|Prof)\.[ ])?((?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+)")
# a clause after a comma opening with a name and a past-tense verb: ', Ray Brill slumped'
_CLAUSE_NAME_SUBJECT_RE = re.compile(r",[ \t]+((?:[A-Z][\w'’\-]+[ \t]+){0,2}[A-Z][\w'’\-]+)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+ed\b")
_DESC_CUT_RE = re.compile(r"\s+(?:who|which|whose|that)\b|,")
# an organisation's name opening with its kind, of capitalised words joined by 'for', 'of', 'and', 'on':
# 'the Center for Immigration Studies', 'Council on Foreign Relations'
_NAMED_ORG_RE = re.compile(
    r"(?:[Tt]he[ ])?(?:Center|Centre|Institute|Council|Committee|Campaign|Coalition|Alliance|Foundation|"
    r"Association|League|Society|Fund|Federation|Union|Office|Department|Bureau|Agency|Commission|Project)"
    r"(?:[ ](?:for|of|on|and|the|&|[A-Z][\w'’.\-]*))*[ ][A-Z][\w'’.\-]*")
# 'by stating', '“…” saying', '“…” ultimately concluding'
_ING_ADVERBIAL_RE = re.compile(r"(?:[ ](?:by|while|before|after)|[”\"](?:[ ][a-z]+ly)?)[ ]$")
# a weekday right before a participle, its comma missing ('his remarks Thursday saying')
_WEEKDAY_BEFORE_RE = re.compile(r"[a-z][ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ ]$")
_GAP_FILL_RE = re.compile("[ ,—–\\-\u00a0]*")  # what may separate a closing mark from its cue


def _gap_filled(text: str, lo: int, hi: int) -> bool:
    """Whether only ``_GAP_FILL_RE``'s characters lie in ``text[lo:hi]``."""
    m = _GAP_FILL_RE.match(text, lo, hi)
    return m is not None and m.end() == hi

_THAT_RE = re.compile(r"\s+(?:\w+\s+){0,4}?that\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"\s*[.,:;!?]|\s*[\"“”]")
# after an inverted cue: a capitalised name (with 'the'), an optional affiliation or
# apposition, then the sentence's end
_INVERTED_SUBJECT_RE = re.compile(
    r"[ ](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:the[ ])?[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3}"
    r"(?:(?:,[ ]|[ ](?:of|at|from|for|with)[ ])[^.;!?\n“”\"]{0,80})?[.;!?]"
)
_NEG_BEFORE = ("the ", "needless to ", "that is to ", "so to ", "all ", "hard to ", "i must ", "which is to ",
               # an infinitive after an evaluative adjective: "too early to say", "fair to say"
               "too early to ", "too soon to ", "fair to ", "safe to ", "difficult to ", "impossible to ",
               "premature to ", "easy to ")
# a negated future/modal before say/tell ("won't tell you", "will not say") ...
_NEG_MODAL_BEFORE = tuple(
    f"{w} " for m in ("won't", "wouldn't", "can't", "couldn't") for w in (m, m.replace("'", "’"))
) + ("will not ", "would not ", "cannot ", "can not ", "could not ")
_NEG_ANY_BEFORE = _NEG_BEFORE + _NEG_MODAL_BEFORE
# ... is no attribution when no reported content follows (only an object pronoun, then the sentence ends)
_NO_CONTENT_RE = re.compile(
    r"(?:[ \t]+(?:you|us|me|them|him|her|anyone|anybody))?(?:[ \t]*[.!?;:…]|[ \t]*(?:\n|$))", re.IGNORECASE
)


def _cue_candidates(text: str, low: str | None = None,
                    skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str, Cue]]:
    """Every cue form in ``text`` (whole words, case-insensitive, leftmost-longest, no overlaps).

    The scan runs on the lower-cased text with a regex that only tries a match
    after a non-word character (the engine jumps between those with a fast
    class check), which is several times faster than a case-insensitive
    ``\\b`` search; texts whose length changes when lower-cased use the plain
    case-insensitive regex.

    ``skip``: sorted, disjoint ``(open_mark, end)`` spans of closed quotes (``end``
    just after the content, ``text[end - 1]`` a space or the closing mark), whose
    candidates the caller drops: they are not scanned (lower-cased text only).  A
    cue form holds no quotation mark, so no match crosses the marks: the matches
    outside them are those of the whole scan (a match inside ends by ``end - 1``,
    where the scan resumes: that character may come just before a cue).
    """
    assert _CUE_RE is not None and _CUE_LOW_RE is not None and _CUE_AT_RE is not None
    out = []
    forms = _FORMS
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        for m in _CUE_RE.finditer(text):
            form = " ".join(m.group().lower().split())
            entry = forms.get(form)
            if entry is not None:
                out.append((m.start(), m.end(), form, entry))
        return out
    m0 = _CUE_AT_RE.match(low)
    pos = 0
    if m0 is not None:
        form = " ".join(m0.group().split())
        entry = forms.get(form)
        if entry is not None:
            out.append((0, m0.end(), form, entry))
        pos = m0.end()
    finditer = _CUE_LOW_RE.finditer
    n = len(low)
    for stop, resume in (*skip, (n, n)):  # scan [pos, stop), then go on from resume - 1
        while pos >= 0:
            restart = -1
            for m in finditer(low, pos, stop):
                s, e = m.span(1)
                if low[s - 1] >= "\x80" and low[s - 1].isalnum():
                    # a non-ASCII letter before: not a word start; look again from the next character
                    restart = s
                    break
                form = low[s:e]
                if not form.isalpha():
                    form = " ".join(form.split())
                entry = forms.get(form)
                if entry is not None:
                    out.append((s, e, form, entry))
            pos = restart
        pos = resume - 1
    return out


_DETERMINERS = frozenset(
    "the a an this that these those such his her its their our my your any no every each another "
    "false new latest further earlier similar".split()
)


# a capitalised word (or initials) and one space just before a cue: "the Washington Post", "Drudge Report"
_CAP_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’&.\-]*[ \u00a0]$")


# contractions of "is"/"has" that look like possessives: "he's said", "it's claimed"
_NOT_POSSESSIVE = frozenset(w + a + "s" for w in _CONTRACTING_WORDS for a in "'’")
# words after which a verb form in -s cannot follow (its subject would stand there):
# prepositions, auxiliaries and quantifiers ("sent to states", "multiple reports", "have been reports")
_NO_S_VERB_AFTER = frozenset(
    "of to in for on with by from about as at into over under between among against across without "
    "after before amid despite following "
    "is are was were be been being has have had will would can could may might must should do does did "
    "multiple many several some numerous various new recent earlier early more most few other such "
    "conflicting competing media news press local special initial unconfirmed "
    "public opening closing prepared brief official private separate latest further additional similar "
    "controversial offensive widespread".split()
)
# an outlet's name ending in 'News' just before a cue: "Fox News", "ABC News"
_OUTLET_NEWS_BEFORE_RE = re.compile(r"(?<![\w&.\-])[A-Z][\w&.\-]*[\w&][ ]News[ ]$")  # (not 'Iran. News reports')
_BE_FORMS = frozenset(
    "is are was were be been being isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split()
)
# what may follow a passive cue that still reports content: "it was reported that", "is said to"
_PASSIVE_REPORT_RE = re.compile(r"\s+(?:that|to|as)\b", re.IGNORECASE)
# verbs whose passive still carries the reported content: "were told there was no money"
_PASSIVE_WITH_CONTENT = frozenset(("say", "tell", "ask", "quote", "inform", "warn", "advise", "assure", "promise"))
_ASK_TO_RE = re.compile(r"\s+(?:not\s+)?to\b", re.IGNORECASE)
_AGREE_TO_RE = re.compile(r"\s+(?:to|on|upon)\b", re.IGNORECASE)
_PREP_BEFORE_PARTICIPLE = frozenset("of for about over on in with from against into to under among by despite amid".split())
# participles often used as adjectives ("related to alleged fraud"); not "said"/"told" ("people we spoke to said")
_ADJECTIVAL_PARTICIPLES = frozenset(
    "alleged reported claimed confirmed announced estimated stated described proclaimed accused promised "
    "pledged predicted repeated".split()
)
_QUARREL_RE = re.compile(r"\s+(?:over|about|with|among)\b", re.IGNORECASE)  # "argued over", not reported speech
# "refused to" is a cue only before a speech verb: "refused to say", not "refused to accept"
_REFUSE_SPEECH = frozenset(
    "say comment discuss elaborate speculate respond answer talk disclose identify name specify address "
    "confirm deny reveal detail explain testify share release provide give".split()
)
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)", re.IGNORECASE)
_NP_BREAK_RE = re.compile("[,.;:!?()\n“”\"]")
_NUMBER_WORD_RE = re.compile(r"\d[\d,.]*(?:-[a-z]+)?$")  # "2024", "1,200", "212-page"
_PLURAL_SUBJECT_RE = re.compile(r"\s+(?:are|were|have|show|suggest|vary|indicate)\b")


# cues whose participle after a comma is often not speech: "..., adding 300 jobs", "..., finding shelter"
_NO_COMMA_PARTICIPLE = frozenset(
    "add find report post state note comment estimate continue answer ask mention observe describe call".split()
)


# 'charged with fraud', 'charged twelve officers with …' (an indictment); 'remembered as', 'remembers the
# day' (a memory, not words)
_CHARGE_WITH_RE = re.compile(r"\s+(?:[\w.’'\-]+\s+){0,4}?with\b")
_REMEMBER_OBJECT_RE = re.compile(r"\s+(?:as|with|for|it|him|her|them|the|a|an|this|that|when|what|how|being)\b")
# 'ruled out', 'ruled on the case', 'ruled his death a homicide' (a finding, no words); 'chants echoed in
# the room', 'echoed through the hall', 'were echoed by' (a sound, or the words of another)
_RULE_NOT_SPEECH_RE = re.compile(r"\s+(?:out|on|in|over|against|for|his|her|its|their|it|him|them)\b")
_ECHO_NOT_SPEECH_RE = re.compile(r"\s+(?:in|through|around|across|off|by|down|into|from|throughout)\b")
# 'pronounced dead', 'pronounced him fit'; 'pressed for', 'pressed charges'
_PRONOUNCE_NOT_SPEECH_RE = re.compile(r"\s+(?:dead|him|her|them|it|the|a|an|his|its|their|guilty|man|fit)\b")
_PRESS_NOT_SPEECH_RE = re.compile(r"\s+(?:for|on|ahead|charges|forward|into|against|the|a|an|his|her|their|its|"
                                  r"down|up|through|by)\b")  # ('when pressed by reporters': the one pressed speaks)
_SPECIAL_NEXT_RE = {"argue": _QUARREL_RE, "ask": _ASK_TO_RE, "agree": _AGREE_TO_RE, "charge": _CHARGE_WITH_RE,
                    "rule": _RULE_NOT_SPEECH_RE, "echo": _ECHO_NOT_SPEECH_RE, "pronounce": _PRONOUNCE_NOT_SPEECH_RE,
                    "press": _PRESS_NOT_SPEECH_RE,
                    "remember": _REMEMBER_OBJECT_RE}
# form -> (entry, the checks of _is_speech_context that depend only on the form and its entry)
_FORM_FLAGS: dict[str, tuple] = {}


def _form_flags(form: str, entry: Cue) -> tuple:
    cue = entry.cue
    base = form == cue
    flags = (
        entry,
        entry.kind == "verb",  # verb
        cue in ("say", "tell"),  # say_tell
        entry.kind == "phrase",  # phrase
        form.endswith("s") and not base,  # inflected_s
        base and cue not in ("say", "tell"),  # base_other
        not base and not form.endswith(("s", "ing")) and cue not in _PASSIVE_WITH_CONTENT,  # passive_check
        _SPECIAL_NEXT_RE.get(cue),  # special
        form in _ADJECTIVAL_PARTICIPLES,  # adjectival
        form.endswith("ing") and cue != "say",  # ing
        base and entry.kind == "verb",  # is_base
    )
    _FORM_FLAGS[form] = flags
    return flags


# a determiner, one to three capitalised words (no plural: 'the Democrats report that …' is a verb)
# and at most one singular lower-case noun, right before a base cue form
# (the capitalised words end in no period: 'the Emancipation Memorial. They claim')
_PROPER_NP_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:a|an|the|this|that|its|his|her|their)[ ]"
                                  r"(?:[A-Z][\w&\-]*(?:\.[A-Z][\w&\-]*)*(?<!s)[ ]){1,3}(?:([a-z]+)(?<!s)[ ])?$")
# cue forms that are also common nouns (the rule above is for them only: 'the Times and the Post
# report that …', 'the UN Charter explain' are verbs after a plural subject)
_NOUN_CUE_FORMS = frozenset("report post tweet claim comment estimate pledge rant statement note memo release "
                            "update warning joke recount response reply account message remark promise threat "
                            "answer request proposal blog".split())
# ... not an auxiliary, a particle or a plural noun there ('the EU will find', 'the Fed to announce',
# 'the NRA that argue', 'The women claim')
_NOT_NOUN_BEFORE_CUE = frozenset(
    "to that who which and or but also not never then now women men people children police staff public "
    "media press".split()) | _AUX
_SENTENCE_OPENERS = frozenset("but and so yet or nor".split())
# a base cue form used as a noun before another noun ("state senator", "state law", "report card")
# words before 'a X' after which a verb's bare form follows its object: perception, causative and
# auxiliary verbs ('hear a doctor say', 'had a spokesperson say', 'Did a star lash out')
_BARE_VERB_LICENSERS = frozenset(
    "hear hears heard hearing see sees saw seen seeing watch watched watching let lets letting have has had "
    "having make makes made making did does do will would could can may might should must help helped".split()
)
# cue forms read as nouns after a preposition, 'a' and one word ('in a blog post', 'to a near shout')
_NOUN_AFTER_PREP_FORMS = _NOUN_CUE_FORMS | frozenset("state shout retort vow boast demand mention hint".split())
# words after 'a' that make a plural subject ('a few say', 'a number of …', 'a majority claim')
_A_GROUP_WORDS = frozenset("few lot number majority minority handful couple dozen bunch third quarter half fraction "
                           "percent plurality host slew series variety total group".split())
_NOUN_ADJUNCT_RE = re.compile(
    r"[ \u00a0]+(?:senators?|representatives?|lawmakers?|legislators?|legislatures?|officials?|agenc(?:y|ies)|"
    r"department|laws?|level|capital|capitol|budgets?|funds|funding|troopers|police|prisons?|courts?|"
    r"parks?|media|elections?|governments?|universit(?:y|ies)|card|cards|form|forms)\b"
)
_STATE_TITLE_RE = re.compile(r"[ \u00a0]+(?:Sen|Rep|Del|Gov|Sens|Reps|Dels)\.[ \u00a0]+[A-Z]")  # "state Sen. Ann Lind"


def _ends_with_words(before: str, phrases: tuple[str, ...]) -> bool:
    """``before`` ends with one of ``phrases`` as whole words ("all said", not "Binnall said")."""
    if not before.endswith(phrases):
        return False
    return any(before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum()) for p in phrases)


_NOUN_QUANT = frozenset("one another each every single".split())
_NOUN_ADJ = frozenset("first second third last latest new recent previous earlier separate same other joint "
                      "brief short internal written private official final original similar further".split())


# modifiers of a plural noun a cue's -s form can be ('his top promises', 'her campaign claims')
_PLURAL_NOUN_ADJ = frozenset("top main key campaign false repeated many several public bold big major "
                             "wild dubious baseless unfounded outlandish".split())
# -s forms of cues that are never plural nouns ('his campaign says', 'the second says')
_S_VERB_ONLY = frozenset("says tells adds confirms insists denies writes explains argues suggests asks "
                         "acknowledges admits concedes contends declares maintains replies responds "
                         "recalls reveals stresses urges warns".split())
_SUB_CONJ = frozenset("when if after once though although while unless until as".split())
# (not 'As': 'As Ann Lind wrote in 2016: “…”' names the speaker)
_PREP_CONJ = frozenset(("After", "Before", "Since", "Until"))  # prepositions too ('After the vote, …')
_SUB_CONJ_CAP = frozenset(w.capitalize() for w in (_SUB_CONJ - {"as"}) | {"before", "because", "since", "whenever"})


def _sent_start(text: str, s: int) -> bool:
    """Whether ``text[s]`` opens a sentence or line (only spaces after ``.!?``, a newline or the start)."""
    k = s - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in ".!?\n”\"“"


# a word that opens a clause of its own inside a sentence ('in which', 'when', 'because' …)
_CLAUSE_MARKER_RE = re.compile(r"\b(?:which|that|who|whom|whose|when|whenever|if|because|after|before|while|as|"
                               r"whether|where|since|until|although|though)\b", re.IGNORECASE)
# a participle's phrase between commas right before a cue: ', replying with a grin, '
_PARTICIPLE_PHRASE_BEFORE_RE = re.compile(r",[ ]([a-z]+ing)\b[^,;:“”\"\n]{0,60},[ ]$")
# an introductory phrase between 'put it,' and its quote: 'as Lind put it, in the charters of most ports, “…”'
_PUT_INTRO_GAP_RE = re.compile(r"[ ]+(?:in|on|at|for|of|about)[ ][^,;:“”\"\n]{1,60},[ ]*")
_PUT_IT_RE = re.compile(
    r"[ ](?:it|the[ ](?:problem|point|matter|question|issue|case|choice|dilemma))"  # ('as Lind put the problem:')
    r"(?:[ ](?:this way|that way|best|bluntly|simply|succinctly|plainly|another way|"
    r"(?:even )?more (?:sharply|bluntly|simply|plainly)))?"
    r"(?:[ ](?:in|on)[ ](?:the[ ])?[A-Z][\w'’.&\-]*(?:[ ](?:of[ ]|and[ ]|the[ ]|for[ ])?[A-Z][\w'’.&\-]*){0,4}"
    r"(?:[ ]in[ ]\d{4})?"  # ('… in National Review:', '… in The Wealth of Nations in 1776,')
    r"|[ ](?:in|on)[ ](?:his|her|their|its|a|an)[ ](?:[a-z][\w\-]*[ ]){0,2}"  # ('… in his new book,')
    r"(?:book|column|essay|op-ed|letter|memo|speech|interview|post|blog|tweet|article|podcast|statement|memoir))?"
    r"(?:[ ]at[ ](?:a|an|the)[ ](?:[\w\-]+[ ]){0,3}?[\w\-]+(?=[ ](?:last|this)[ ]|[ ]*[,:.”\"’]))?"
    r"(?:[ ](?:last|this)[ ](?:year|month|week|spring|summer|fall|autumn|winter)|[ ](?:recently|once|later|then|in[ ]\d{4}))?"
    r"[ ]*[,:.”\"’]"  # (a place and a time at the end: 'as he put it at a fund-raiser last year.', '… in 2008,')
)
# the preposition after a participle on a document ('the notice blasted to', 'a report obtained by')
_DOC_PARTICIPLE_PREP = r"[ ](?:to|by|from|on|in|at|via)[ ]"
_READ_INVERTED_DOC_RE = re.compile(r"[ ]+(?:the|a|an|one|this|that|his|her|its|their)[ ](?:[\w’'\-]+[ ]){0,3}?([a-z\-]+)"
                                   r"(?=[.,;:]|[ ]*\n|[ ]+[“\"]|[ ](?:" + "|".join(sorted(_ISSUED_BY_WORDS)) + r")[ ]by[ ]"
                                   r"|[ ][a-z]+ed" + _DOC_PARTICIPLE_PREP + r"|[ ]from[ ])")
# (the document ends the clause, or its issuer follows: '“…,” reads a trial brief released by the team';
# or a participle on it: '“…,” read the notice sent to the caucus'; or whom it is from: '“…,” reads a
# statement from Ann Lind', '… reads a line from the book')
_DOC_PARTICIPLE_AFTER_RE = re.compile(_DOC_PARTICIPLE_PREP)
_READ_PASSIVE_RE = re.compile(r"[ \t]+(?:to|by|aloud|out|at|on|in|during)\b")  # 'a statement read to reporters'
_READING_DOCS = frozenset(
    "statement statements letter letters note notes sign signs message messages memo memos release post "
    "posts tweet tweets email emails text texts caption captions headline headlines banner banners order "
    "notice card cards placard placards poster posters plaque inscription slogan ad ads advertisement "
    "petition resolution bill motion complaint indictment filing lawsuit suit document documents report "
    "update alert warning label script transcript summary passage excerpt entry verdict ruling "
    "editorial editorials op-ed column article essay opinion piece bulletin handout platform study studies "
    "portion section chapter page brief line lines draft invitation".split()
)
_PASSIVE_OPENER_RE = re.compile(r"[ \t]+(?:of|about|what|whether|if|why|how|when|who|by|for|to)\b")


_NOUN_LIKE_S_FORMS = frozenset("comments reports claims notes posts tweets".split())
# ... after a preposition or a verb's object position ('address the White House comments', 'in the FEC
# reports'), not after a comma, quote or conjunction ('…, the New York Times reports.', 'as the Times notes,')
_THE_NAME_BEFORE_RE = re.compile(r"(?<![\w’'])(?:(?!as|and|but|or|so|while|when|because|since|though|although|that)"
                                 r"[a-z]+)[ ]the(?:[ ][A-Z0-9][\w.’'\-]*){1,4}[ ]$")
_COLON_QUOTE_AFTER_RE = re.compile(r"[ \t]*:[ \t]*[“\"‘]")
_CLAIMS_NOUN_AFTER_RE = re.compile(r"[ ](?:of|about|over|regarding|against)\b")


def _is_speech_context(text: str, s: int, e: int, entry: Cue, form: str, near_quote: bool,
                       low: str | None = None) -> bool:
    """Whether the cue candidate ``text[s:e]`` is used as a speech verb here.

    ``low``, when given, is ``text.lower()`` of the same length (its slices are
    the lower-cased slices of ``text`` for every check made here).
    """
    flags = _FORM_FLAGS.get(form)
    if flags is None or flags[0] is not entry:
        flags = _form_flags(form, entry)
    _, verb, say_tell, phrase, inflected_s, base_other, passive_check, special, adjectival, ing, is_base = flags
    if verb and s > 1 and text[s].isupper() and _CAP_WORD_BEFORE_RE.search(text, max(0, s - 40), s):
        return False  # a capitalised cue word after a capitalised word is part of a name, not a verb
    if form == "state" and text[s].isupper() and s > 1 and not _sent_start(text, s):
        return False  # "Secretary of State", "Department of State": part of a title or name
    if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
        return False  # the second part of a compound: "well-informed", "much-touted", "self-described"
    if s > 0 and text[s - 1] in "[(" and text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit():
        return False  # a footnote: "[note 9]", "(note 3)"
    if form == "claims" and _CLAIMS_NOUN_AFTER_RE.match(text, e) is not None:
        return False  # the noun: 'absurd claims about the rate', 'claims of fraud'
    if form in _NOUN_LIKE_S_FORMS and text[e : e + 1] in (",", ".", ";") \
            and _THE_NAME_BEFORE_RE.search(text, max(0, s - 50), s) is not None:
        return False  # the noun after 'the' and a name, ending its clause: 'before the Air Force One comments,'
    b0 = s - 24 if s > 24 else 0
    before = low[b0:s] if low is not None else text[b0:s].lower()
    if say_tell and before.endswith(_NEG_ANY_BEFORE) and (  # (one C test first: rarely true)
        _ends_with_words(before, _NEG_BEFORE)
        or (_ends_with_words(before, _NEG_MODAL_BEFORE) and _NO_CONTENT_RE.match(text, e))
    ):
        return False
    bw = before.rsplit(None, 2)  # (only the last two words and whether there are any are read)
    prev_word = bw[-1] if bw else ""
    if form == "state" and (prev_word in _STATE_NOUN_BEFORE or not _STATE_VERB_AFTER_RE.match(text, e)
                            or (_CAP_WORD_BEFORE_RE.search(text, max(0, s - 40), s) is not None
                                and not prev_word.endswith("s") and prev_word not in ("i", "we", "they", "you"))):
        # the noun: 'secretary of state, X, told', 'state Republican Delegate X', 'state campaigns',
        # 'in eastern Washington state, said' (not 'Democrats state that')
        return False
    if form == "states" and prev_word in _STATES_NOUN_BEFORE:
        return False  # the noun: 'will tour swing states.', 'the Gulf states say' (not 'the rule states')
    if verb and not say_tell and (_CUE_AFTER_NAME_RE.match(text, e) or prev_word in ("said", "says", "told", "reads", "read")):
        # a surname or noun next to another cue: '“…,” Beg said', 'that tweet said', 'said Post, …',
        # '“…,” reads notes from her interview'
        return False
    if prev_word.lstrip("([") == "emphasis":
        return False  # '[emphasis added]'
    if form.endswith("ed") and prev_word in _READING_DOCS and _DOC_PARTICIPLE_AFTER_RE.match(text, e) is not None \
            and text[max(0, s - 24) : s].rsplit(None, 1)[-1][:1].islower():
        # a participle on a document: '“…,” read the notice blasted to the caucus' (not a name: 'Bill
        # boasted in an interview')
        return False
    if phrase:
        if entry.cue == "refuse to":
            m = _NEXT_WORD_RE.match(text, e)
            return m is not None and m.group(1).lower() in _REFUSE_SPEECH
        return True
    if entry.cue == "put":
        # only 'put it' (this way, best, bluntly …) next to a quote: 'as Ann Lind put it, “…”'
        return near_quote and prev_word != "to" and _PUT_IT_RE.match(text, e) is not None  # (not 'To put it …')
    if ing and entry.cue in ("interrupt", "smirk", "snicker", "reckon"):
        # ('said Lind, interrupting the hearing', 'a loud, interrupting “thank you”', 'shaking your
        # head, smirking and thinking, “…”', 'saw us snickering at “…”', 'By his own reckoning, …')
        return False
    if entry.cue == "advise" and (any(w in ("who", "which", "that", "whose", "to") for w in before.split()[-3:])
                                  or (ing and prev_word in ("and", "or", "in", "of"))):
        # no advice given in the quote: 'a strategist who advised President Lind, said', 'whose firm,
        # Harbour Digital, advises', 'to help advise the government', 'in counseling and advising'
        return False
    if entry.cue == "share":
        # only words shared right before a quote or right after one: 'Lind shared: “…”', 'The company
        # shared the following statement: “…”', '“…,” Lind shared.' (not 'a statement shared with
        # reporters', 'shared classified information, Lind insisted she …')
        return near_quote and (_SHARED_BEFORE_QUOTE_RE.match(text, e) is not None
                               or (text[e : e + 1] in (".", ",", ";", "") and prev_word not in _DETERMINERS
                                   and (text[max(0, s - 80) : s].rstrip(" ").rsplit("\n", 1)[-1][:1] in "“\""
                                        or ((sh := _SHARED_AFTER_QUOTE_RE.search(text, max(0, s - 60), s)) is not None
                                            and not any(w.lower() in _FORMS or w.lower() in _PREPS
                                                        for w in sh.group(1).split())))))
    if entry.cue == "read":
        # only a document reads: 'the statement read, “…”', 'a sign that reads “…”' (not 'she read
        # the report', 'read more')
        w = bw[-2] if prev_word == "that" and len(bw) > 1 else prev_word
        if near_quote and before.rstrip().endswith((",”", ",\"", "?”", "!”", '?"', '!"')):
            # inverted after a quote: '“…,” read the Newsweek article' (the document after the cue)
            m_doc = _READ_INVERTED_DOC_RE.match(text, e)
            return m_doc is not None and m_doc.group(1).lower() in _READING_DOCS
        if prev_word == "that" and w.rstrip(",") not in _READING_DOCS and near_quote \
                and _DOC_FROM_THAT_RE.search(text, max(0, s - 120), s - 1) is not None:
            return True  # 'a tweet this week from Ann Lind that read, “…”'
        return near_quote and w.rstrip(",") in _READING_DOCS and not _READ_PASSIVE_RE.match(text, e)
    if prev_word in _DETERMINERS and not (near_quote and prev_word == "that" and len(bw) > 1
                                          and bw[-2] not in _SENTENCE_OPENERS and bw[-2] not in _PREPS
                                          and not bw[-2].endswith((".", "!", "?"))) \
            and not (prev_word == "another" and say_tell and not is_base):
        # a noun: "the claim", "a report", "his warning" (also next to a quote; "a post that said: “…”"
        # is a verb, "… done.' But that promise" is not; "Another says" is a pronoun and a verb)
        return False
    if base_other and (_NOUN_ADJUNCT_RE.match(text, e) or (form == "state" and _STATE_TITLE_RE.match(text, e))):
        return False  # a noun before a noun: "state senator", "report card", "claim form", "state Sen. Ann Lind"
    if inflected_s and (s == 0 or not bw or before.rstrip().endswith((".", "!", "?"))) \
            and _PLURAL_SUBJECT_RE.match(text, e):
        return False  # a plural noun opening a sentence: "Estimates are that ...", "Reports suggest ..."
    if prev_word.endswith(("'s", "’s", "s'", "s’")) and prev_word not in _NOT_POSSESSIVE:
        return False  # a noun after a possessive: "Rubio's claim", "the inspector general's report"
    if (is_base or inflected_s) and prev_word.endswith("ed") and "-" in prev_word:
        return False  # a noun after a compound adjective: 'a “Game of Thrones”-themed tweet', 'well-documented claims'
    if base_other and ((prev_word[:1].isdigit() and _NUMBER_WORD_RE.match(prev_word)) or prev_word in _NOUN_QUANT
                       or (prev_word in _NOUN_ADJ and len(bw) > 1 and (bw[-2] in _DETERMINERS
                                                                      or bw[-2].endswith(("'s", "’s"))))):
        # a noun after a number, quantifier or determiner and adjective: "a 2024 report", "in one
        # tweet", "the latest post", "his first report" (not "Let me first state that")
        return False
    if base_other and form in _NOUN_CUE_FORMS and len(bw) > 1 and bw[-2] in ("a", "an", "another", "this", "his", "her") \
            and prev_word.endswith(("al", "ic", "ous", "ive", "ful")) and prev_word.isalpha() and prev_word not in _AUX:
        return False  # a noun after a determiner and an adjective: "another political tweet", "an angry post"
    if is_base and len(bw) > 1 and bw[-2] in ("a", "an", "another") and prev_word.isalpha() \
            and prev_word not in _A_GROUP_WORDS and prev_word not in _AUX \
            and (len(bw) < 3 or ((w3 := bw[-3].rsplit(None, 1)[-1]) not in _BARE_VERB_LICENSERS
                                 and (w3 not in _PREPS and w3 not in _PREP_BEFORE_PARTICIPLE
                                      or form in _NOUN_AFTER_PREP_FORMS))):
        # a noun: a verb's bare form cannot follow 'a' and one word as its subject ('a lengthy rant',
        # 'in a blog post', 'a bold claim'; not 'a few say', 'hear a doctor say', 'had a spokesperson
        # say', 'Did a star lash out', 'people in a pandemic agree')
        return False
    if base_other and form in _NOUN_CUE_FORMS and len(bw) > 2 and bw[-2] in _NOUN_ADJ and prev_word.isalpha() \
            and prev_word not in _PREPS and prev_word != "to" and prev_word not in _AUX \
            and bw[-3].rsplit(None, 1)[-1] in _DETERMINERS:
        # a noun after a determiner, an adjective and a noun: "a new commodities note" (not "the
        # first to report")
        return False
    if inflected_s and form not in _S_VERB_ONLY and len(bw) > 1 and (prev_word in _NOUN_ADJ or prev_word in _PLURAL_NOUN_ADJ) \
            and (bw[-2] in _DETERMINERS or bw[-2].endswith(("'s", "’s"))) \
            and not (prev_word == "campaign" and bw[-2] in ("the", "a", "an", "this", "that")):
        # a plural noun after a determiner and adjective: "his top promises", "her campaign claims"
        # (not "the campaign claims that …": the campaign as the subject)
        return False
    if base_other and form in _NOUN_CUE_FORMS and prev_word[:1].isalpha() \
            and (np_ := _PROPER_NP_BEFORE_RE.search(text, max(0, s - 60), s)) \
            and (np_.group(1) is None or np_.group(1) not in _NOT_NOUN_BEFORE_CUE):
        return False  # a noun after a determiner and a name: "a White House pool report", "the Pentagon report"
    if inflected_s and prev_word in _NO_S_VERB_AFTER \
            and not (prev_word == "news" and _OUTLET_NEWS_BEFORE_RE.search(text, max(0, s - 30), s) is not None):
        # a plural noun: "sent to states", "multiple reports", "there have been reports" (not an
        # outlet's name ending in News: "Fox News reports")
        return False
    if inflected_s and len(prev_word) > 4 and prev_word.endswith("ed") and prev_word[:1].islower():
        return False  # the object of a past-tense verb: "the speech offered hints of", "issued warnings"
    if passive_check and (prev_word in _BE_FORMS or prev_word.endswith(("’m", "'m", "’re", "'re"))
                          or ((prev_word.endswith("ly") or prev_word in ("not", "never"))
                              and len(bw) > 1 and bw[-2] in _BE_FORMS)) \
            and (not _PASSIVE_REPORT_RE.match(text, e) or (entry.cue == "find" and text.startswith(" to ", e))):
        # passive without reported content: "was accused of", "can be denied coverage"; the one
        # something is found about: "if the port is found to have ordered it"
        return False
    if special is not None and special.match(text, e):
        # "argued over" (a quarrel), "asked not to be named" (a request), "agreed to a plea deal" (consent)
        return False
    if adjectival and prev_word in _PREP_BEFORE_PARTICIPLE:
        return False  # an adjective after a preposition: "charges related to alleged fraud", "of reported cases"
    if form == "told" and prev_word.endswith(("’m", "'m", "’re", "'re")):
        return False  # "I’m told", "we’re told": someone told the writer; no source to cite
    if (form.endswith("ed") or form == "told") \
            and (s == 0 or not bw or before.rstrip()[-1:] in ".!?”\"\n"
                 or (prev_word in _SUB_CONJ and (len(bw) < 2 or bw[-2][-1:] in ".!?”\"\n"))) \
            and _PASSIVE_OPENER_RE.match(text, e):
        # a passive participle opening a sentence: "Informed of that comment, Lind said", "Asked
        # what …", "When asked about it, Lind said"
        return False
    strict = entry.strict  # (level 3 registers only past-tense forms: _rebuild)
    if is_base and entry.cue == "remember":
        return False  # 'Remember, …', 'I remember when …': an imperative or the writer's memory
    if prev_word.endswith("ly") and entry.cue == "charge":
        return False  # 'racially charged', 'politically charged': an adjective
    if form == "say" and prev_word in _SAY_NOUN_BEFORE:
        return False  # the noun: 'women will have the final say'
    if near_quote:
        return True
    if strict >= 2:
        return False
    if ing:
        if entry.cue not in _NO_COMMA_PARTICIPLE and text[max(0, s - 2) : s].rstrip(" ").endswith(","):
            return True  # a participle clause after a comma: "..., predicting the economy will shrink"
        return bool(_THAT_RE.match(text, e))
    if is_base:
        if entry.cue == "say":
            return prev_word not in ("to", "a", "nothing", "the", "let's", "let’s") and not text[e : e + 1] == "-"
        if prev_word in ("to", "can", "will", "would", "could", "may", "might", "must", "should", "did", "not"):
            return bool(_THAT_RE.match(text, e)) or strict == 0
        if s == 0 or text[s - 1] == "\n" or before.rstrip().endswith((".", "!", "?")):
            return False  # imperative at sentence start: "Tell that to ..."
        return strict == 0 or bool(_THAT_RE.match(text, e))
    if not strict:
        return True
    if _THAT_RE.match(text, e):
        return True
    if _CLAUSE_END_RE.match(text, e):
        return True
    # an inverted subject closing the sentence after a comma: '… wrong, writes Ann Lind of the
    # Harbour Post’s blog.', '…, argues the Harbour Institute.' (not '…, notes that were …')
    return entry.cue in _INVERSION_CUES and before.rstrip().endswith(",") \
        and _INVERTED_SUBJECT_RE.match(text, e) is not None


# 'state' is a verb only before a complement or punctuation ('the rules state that …', '…,” the
# rules state.'), and not after a determiner or 'of' ('the state', 'secretary of state')
_STATE_NOUN_BEFORE = _DETERMINERS | frozenset("of per one secretary home".split())
# words before 'states' that make it the noun ('swing states', 'member states', 'other states')
_STATES_NOUN_BEFORE = frozenset("swing battleground member gulf border southern northern eastern western red blue "
                                "purple key neighboring neighbouring other several many both all these those early "
                                "primary island coastal baltic arab nordic african western-leaning some most few "
                                "fifty 50 two three four five six seven eight nine ten dozen".split())
_STATE_VERB_AFTER_RE = re.compile(r"[.,:;]|[ ]*[“\"]|[ ]+(?:that|the|a|an|in|what|how|his|her|their|its|our|this|these|"
                                  r"those|it|they|we|he|she|clearly|explicitly|plainly|simply|only|otherwise)\b")
_CUE_AFTER_NAME_RE = re.compile(r"[ ]+(?:said|says|told|tells|added|adds|wrote|writes)\b")


_OUTLET_QUALIFIER_RE = re.compile(r"\([^)]*\)|\s[-–—|:]\s.*$")  # "CNN (Web News)", "New York Times - News"
_OUTLET_NOISE = frozenset(("online", "web", "digital", "edition", "website", ".com"))


def _outlet_words(outlet: str | None) -> tuple[str, ...]:
    """Lower-case words of an outlet name without a leading article, possessive or qualifier.

    A bracketed or dashed qualifier and the words *online*, *web*, *digital*
    are dropped: ``CNN (Web News)`` -> ``("cnn",)``, ``Fox Online News`` ->
    ``("fox", "news")``.
    """
    if not isinstance(outlet, str):
        return ()
    low = _OUTLET_QUALIFIER_RE.sub(" ", outlet.lower())
    words = [w for w in low.replace("’s", "").replace("'s", "").split() if w not in _OUTLET_NOISE]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return tuple(words)


_SELF_FIRST = frozenset(("this", "This", "our", "Our", "us", "me"))


def _self_reference(phrase: str | None, outlet_words: tuple[str, ...] = ()) -> bool:
    """True when ``phrase`` names the publishing outlet itself.

    ``us``, ``this newspaper``, ``our reporter``; with the outlet's name, also
    the name, its first or last word(s) (``the Blaze`` for *The Daily Blaze*,
    ``NPR`` for *NPR Online News*) or its initials (``CPA`` for *Continental
    Press Agency*).

    Examples
    --------
    >>> _self_reference("this newspaper"), _self_reference("the BBC")
    (True, False)
    >>> _self_reference("the Blaze", _outlet_words("The Daily Blaze"))
    True
    >>> _self_reference("CNN", _outlet_words("CNN (Web News)")), _self_reference("NPR", _outlet_words("NPR Online News"))
    (True, True)
    >>> _self_reference("the Washington Post", _outlet_words("Washington Times"))
    False
    """
    if not phrase:
        return False
    words = _outlet_words(phrase)
    if not words:
        return False
    if phrase.split()[0] in _SELF_FIRST:  # lower case: "us", not "US News"
        return True
    if not outlet_words:
        return False
    k = len(words)
    if k <= len(outlet_words) and (words == outlet_words[len(outlet_words) - k :] or words == outlet_words[:k]):
        return True
    return k == 1 and len(outlet_words) > 1 and words[0] == "".join(w[0] for w in outlet_words)


def find_quotes_and_attributions(text: str, title: str | None = None, *, outlet: str | None = None) -> list[Span]:
    """Quote and attribution spans of one article, linked (the ``quotes_attribution`` finder).

    Parameters
    ----------
    text : str
        The article body.
    title : str, optional
        The headline (a quote repeating it is typed ``title``).
    outlet : str, optional
        The name of the publishing outlet (``"The Daily Blaze"``). A cue whose
        source or addressee is the outlet itself (``told the Blaze``, ``told
        DB``) is the outlet citing its own reporting, not relay. Without it,
        only explicit self-references (``told us``, ``told this newspaper``,
        ``our reporter``) are recognised.

    Inline link teasers and ad-slot markers left by scraping
    (:func:`framing.cleaning.inline_residue`: ``Ann Lind Ann Marie LindHarbour bill
    stalls … MORE``, ``… Story Continued Below …``) are read as blanks, so they give
    no cues, quotes or names; invisible characters inside words (soft hyphens,
    zero-width spaces and joiners) are read as absent; offsets and span texts are
    those of ``text``.

    Returns
    -------
    list of Span
        Sorted by start; see :mod:`framing.spans` for the fields.

    Examples
    --------
    >>> t = "Ana Ruiz is the mayor. “We will rebuild,” she said. Critics claimed the plan was “reckless”."
    >>> for s in find_quotes_and_attributions(t):
    ...     print(s.kind, s.subtype, repr(s.text), s.speaker, s.source, s.source_type)
    quote direct 'We will rebuild,' Ana Ruiz None None
    attribution direct 'said' Ana Ruiz she named_person
    attribution indirect 'claimed' Critics Critics anonymous
    quote partial 'reckless' Critics None None
    """
    if not isinstance(text, str) or not text:
        return []
    if _INVISIBLE_RE.search(text) is not None:
        return _without_invisible(text, title, outlet)
    zones = inline_residue(text)
    if not zones:
        return _find_quotes_and_attributions(text, title, outlet)
    parts: list[str] = []
    k = 0
    for s, e in zones:
        parts.append(text[k:s])
        parts.append(" " * (e - s))
        k = e
    parts.append(text[k:])
    spans = _find_quotes_and_attributions("".join(parts), title, outlet)
    # a span reaching into a blanked teaser keeps the article's own text (the first zone ending
    # after a span's start is the only one that can overlap it first: zones are ordered)
    ends = [e for _, e in zones]
    out = []
    for sp in spans:
        k = bisect.bisect_right(ends, sp.start)
        out.append(sp._replace(text=text[sp.start : sp.end]) if k < len(zones) and zones[k][0] < sp.end else sp)
    return out


# invisible format characters inside words (soft hyphens in 'Ry\u00adan Clan\u00adcy', zero-width spaces
# and joiners, word joiners, byte-order marks): read as absent
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def _without_invisible(text: str, title: str | None, outlet: str | None) -> list[Span]:
    """:func:`find_quotes_and_attributions` of ``text`` read without its invisible characters
    (:data:`_INVISIBLE_RE`), with the spans' offsets and texts mapped back to ``text`` (speakers
    and sources are written without them)."""
    # where each invisible character would stand in the text without them: an offset j there is
    # j + (how many of them stand at or before j) here
    shifted = [m.start() - k for k, m in enumerate(_INVISIBLE_RE.finditer(text))]
    spans = find_quotes_and_attributions(_INVISIBLE_RE.sub("", text), title, outlet=outlet)
    out = []
    for sp in spans:
        start = sp.start + bisect.bisect_right(shifted, sp.start)
        end = sp.end + bisect.bisect_right(shifted, sp.end - 1)
        out.append(sp._replace(start=start, end=end, text=text[start:end]))
    return out


def _find_quotes_and_attributions(text: str, title: str | None, outlet: str | None) -> list[Span]:
    """:func:`find_quotes_and_attributions` on a text with no link residue."""
    if not isinstance(text, str) or not text:
        return []
    a: _Att | None  # (the loops below bind a cue, or None where a quote has none)
    mode: str | None
    outlet_words = _outlet_words(outlet)
    n = len(text)
    regions = find_quote_marks(text)
    outer = [r for r in regions if r.depth == 0]
    # (open mark, end of the closing mark): the content may end before spaces that precede the
    # closing mark ('“ … people ”'); an unclosed quote ends where its content does
    qbounds = [(r.open_mark, _close_end(text, r)) for r in outer]
    qstarts = [q[0] for q in qbounds]
    sents = _sentence_bounds(text)

    def sent_lo(pos: int) -> int:
        k = bisect.bisect_right(sents, pos) - 1
        return sents[k] if k >= 0 else 0

    def sent_hi(pos: int) -> int:
        k = bisect.bisect_right(sents, pos)
        return sents[k] if k < len(sents) else n

    low = text.lower()
    res = _Resolver(text, qbounds, low)
    atts: list[_Att] = []
    np_end = -_NEAR_CHARS  # end of the last "according to": the noun phrase after it holds no cue
    low_same = low if len(low) == n else None  # its slices are the lower-cased slices of text
    n_quotes = len(qstarts)
    bisect_right = bisect.bisect_right
    count = text.count
    # closed quotes (disjoint from the next quote) are not scanned for cues: the candidates in
    # them are dropped below (a candidate at or after a quote's start and before its end)
    skip = [qbounds[k] for k, r in enumerate(outer) if r.closed and (k + 1 == n_quotes or qstarts[k + 1] >= qbounds[k][1])]
    for s, e, form, entry in _cue_candidates(text, low, skip):
        if 0 <= s - np_end < 60 and not _NP_BREAK_RE.search(text, np_end, s):
            continue  # "according to multiple reports", "according to the report"
        j = bisect_right(qstarts, s) - 1  # the last quote starting at or before s
        # near a quote: a closing mark just before or an opening mark just after (same sentence),
        # at most 6 words away (_words_between, inlined)
        near = False
        if j >= 0:
            q_end = qbounds[j][1]
            if s < q_end:
                continue  # inside a quote
            if s - q_end <= _NEAR_CHARS \
                    and (s == q_end or count(" ", q_end, s) + (text[s - 1] != " ") - (text[q_end] == " ") <= 6
                         or _APPOS_GAP_RE.fullmatch(text, q_end, s) is not None
                         or (s - q_end > 72 and _LONG_APPOS_GAP_RE.fullmatch(text, q_end, s) is not None)
                         or (text.find(", who ", q_end, s) >= 0 and _WHO_GAP_RE.fullmatch(text, q_end, s) is not None)
                         or (text[max(0, q_end - 2) : q_end - 1] == "," and _DESC_GAP_RE.fullmatch(text, q_end, s) is not None)
                         or (_ORG_NAME_GAP_RE.fullmatch(text, q_end, s) is not None and text[q_end - 2 : q_end - 1] != ".")
                         or _long_title_name(text[q_end:s].strip(" ,").split())) \
                    and not _sent_break(text, q_end, s) \
                    and (entry.strict < 2 or entry.cue in ("read", "put") or text[q_end : q_end + 1] in (",", "?", "!")
                         or text[max(0, q_end - 12) : q_end - 1].rstrip()[-1:] in ",.?!…—-"
                         or count(" ", max(qbounds[j][0], q_end - 60), q_end) >= 4
                         or any(w[:1].isupper() or w in ("he", "she", "they", "we") for w in text[q_end:s].split())):
                # (a cue read only next to a quote follows a quote that ends its words or has five
                # words at least, or its subject stands between them: '“…,” she continued', '“…”? he
                # asks', 'the “crisis” Ann Lind describes', not 'The “celebration” continued until
                # midnight')
                near = True
        if not near and j + 1 < n_quotes:
            q_start = qstarts[j + 1]
            if e <= q_start <= e + _NEAR_CHARS \
                    and (q_start == e or count(" ", e, q_start) + (text[q_start - 1] != " ") - (text[e] == " ") <= 6
                         or _PLACE_PHRASE_GAP_RE.fullmatch(text, e, q_start) is not None
                         or (entry.cue == "put" and (put_m := _PUT_IT_RE.match(text, e, q_start)) is not None
                             and (not text[put_m.end() : q_start].strip()
                                  or _PUT_INTRO_GAP_RE.fullmatch(text, put_m.end(), q_start) is not None))) \
                    and not _sent_break(text, e, q_start):
                near = True
            elif e < q_start <= e + 80 and text[q_start - 1] in "\n \t" and not form.endswith("ing") \
                    and (form != entry.cue or text[max(0, s - 3) : s] == "to ") and not text[s].isupper() \
                    and entry.cue != "find" and text[max(0, s - 12) : s].rsplit(None, 1)[-1:] != ["statement"] \
                    and _COLON_PARAGRAPH_RE.fullmatch(text, e, q_start) is not None \
                    and "," not in text[e:q_start] \
                    and (" and " not in text[e:q_start]
                         or ((and_m := _AND_NOUN_COLON_RE.search(text, e, q_start)) is not None
                             and text.count(" and ", e, q_start) == 1 and and_m.group(1) not in _FORMS
                             and not and_m.group(1).endswith("ed"))):
                # a colon ending the paragraph before the quote: 'Ann Lind wrote the following on
                # Facebook:\n\n“…”', 'what he had to say:' (the link stage reads the same gap; not a
                # participle or a noun: 'a very telling exchange:', 'that comment about it and insisted:';
                # nor 'I found them in my feed:', 'a statement emailed to reporters:' (its issuer speaks);
                # 'and' only between nouns: 'states this about magnesium and depression:')
                near = True
        if not _is_speech_context(text, s, e, entry, form, near, low_same):
            continue
        atts.append(_Att(s, e, text[s:e], entry, "", entry.tone, None, None, None, False, form))
        if entry.cue == "according to":
            np_end = e

    # ---- link quotes to cues
    # (a cue after a quote that introduces the next one, '“…?” Brill answered: “…”', is not the
    # quote's when a cue with a comma or colon stands right before it: 'Page wrote, “…?”')
    att_starts = [a.start for a in atts]
    quote_links: dict[int, tuple[_Att | None, str]] = {}  # region index -> (att, mode)
    for qi, r in enumerate(outer):
        close = qbounds[qi][1]
        lo_open = r.open_mark
        # (a) cue after the closing mark: ',” said X' / ',” X said' (not after a quote opening a
        # compound: 'in a “Game of Thrones”-themed tweet, declared')
        k = bisect.bisect_left(att_starts, close)
        if r.closed and k < len(atts) and atts[k].start - close < 130 \
                and not _opens_compound(text, close) \
                and not ((text[r.end - 1 : r.end] == "."
                          or (atts[k].cue[-3:].lower() == "ing" and text[close : atts[k].start].strip() in ("", ",")))
                         and k > 0 and atts[k - 1].end <= lo_open
                         and text[atts[k - 1].end : lo_open].strip() in (",", ":")):
            # (a quote that ends its sentence with a period after a cue and a comma or colon is that
            # cue's: 'X spoke during the debate, saying, “….” Brill interrupted'; not a question:
            # 'He reports: “…?” said Ann Lind'; nor is a participle after it: 'Lind said: “…,”
            # adding, “…”')
            a = atts[k]
            gap = text[close : a.start]
            first = gap.split(None, 1)[0] if gap.strip() else ""
            # (masking only turns periods and apostrophes into other marks: a gap with no match
            # unmasked has none masked, so most gaps are not masked)
            if (len(gap) < 80 or (len(gap) < 130 and _LONG_APPOS_GAP_RE.fullmatch(gap) is not None
                                  and text[r.start : r.end].rstrip("’'\" ")[-1:] in ",?!")) \
                    and not (_GAP_AFTER_RE.search(gap) and _GAP_AFTER_RE.search(_mask_inner_marks(gap))) \
                    and (_words_between(text, close, a.start) <= 5 or _long_title_name(gap.split())
                         or _APPOS_GAP_RE.fullmatch(gap) is not None or _LONG_APPOS_GAP_RE.fullmatch(gap) is not None
                         or ((sur := _SURNAME_APPOS_GAP_RE.fullmatch(gap)) is not None and _is_name_token(sur.group(1))
                             and sur.group(1).lower() not in _COMMON and sur.group(1).lower() not in _TIME_OPENERS)
                         or (", who " in gap and _WHO_GAP_RE.fullmatch(gap) is not None)
                         or (text[r.end - 1 : r.end] == "," and _DESC_GAP_RE.fullmatch(gap) is not None)
                         or (_ORG_NAME_GAP_RE.fullmatch(gap) is not None and text[r.end - 1 : r.end] != ".")) \
                    and a.entry.subtype not in ("according_to",) \
                    and _prompt_before(text, close, a.start) is None and not gap.endswith((" who ", " which ")) \
                    and not (gap[:1].isupper() and text[r.end - 1 : r.end] == ".") \
                    and not (k > 0 and atts[k - 1].end <= lo_open and text[atts[k - 1].end : lo_open].strip() in (",", ":")
                             and _COLON_QUOTE_AFTER_RE.match(text, a.end) is not None) \
                    and not ((a.entry.subtype == "relay" or a.entry.cue == "report") and k > 0 and atts[k - 1].entry.kind == "verb"
                             and 0 <= lo_open - atts[k - 1].end < 60
                             and _THAT_BEFORE_QUOTE_RE.fullmatch(text, atts[k - 1].end, lo_open) is not None) \
                    and not (first in ("and", "but") and k > 0 and atts[k - 1].end <= lo_open
                             and lo_open - atts[k - 1].end <= 12 and "\n" not in text[atts[k - 1].end : lo_open]) \
                    and not (first[:1].isupper() and text[r.end - 1 : r.end] in ".!?"
                             and (first.lower() in _COMMON_EXTRA or a.cue.lower().endswith("ing")
                                  or (a.entry.cue in ("ask", "wonder") and text[r.end - 1] != "?")
                                  or (first.endswith(",") and (first[:-1].lower() in _OPENING_ADVERBS
                                                               or first[:-1].lower().endswith(_ADVERB_ENDINGS))))):
                # (not a new sentence opened by an adverb and a comma: '“….” Immediately, critics
                # pounced'; not a new clause's cue when a cue stands right before the quote: 'Lind said the “…,” and
                # a spokeswoman said'; not a cue of someone the quote prompts to speak: '“…,” prompting Ann Lind to retort', nor
                # a relative clause's: '“contradicted” by other witnesses who said';
                # not across a paragraph break lost in scraping: '… to die."Phil Carter, the
                # director of …, said'; not after a quote that ends its sentence and a new one
                # opening 'But that …' or with a participle, 'It’s worth noting', or asking the next
                # question, '“… no problem.” Todd then asked whether …'; a lower-case word goes on
                # with the sentence: '“Why now?” he asked')
                quote_links[qi] = (a, "after")
                continue
        # (b) cue before the opening mark: 'X said: “...”' / 'X told reporters, “...”'
        k = bisect.bisect_left(att_starts, lo_open) - 1
        if k >= 0 and lo_open - atts[k].end < 80:
            a = atts[k]
            gap = text[a.end : lo_open]
            if len(gap) < 80 and (not (_GAP_BEFORE_RE.search(gap) and _GAP_BEFORE_RE.search(_mask_inner_marks(gap)))
                                  or _COLON_PARAGRAPH_RE.fullmatch(gap) is not None
                                  or _CUE_COMMA_PARAGRAPH_RE.fullmatch(gap) is not None) \
                    and not any(c in gap for c in "”“\""):
                # (also a colon or the cue's comma ending the paragraph before: 'Reuters reports that:\n\n“…”')
                g = gap.rstrip()
                if g.endswith((":", ",")) or (not g and text[r.start : r.start + 1].isupper()):
                    quote_links[qi] = (a, "before")
                    continue
                quote_links[qi] = (a, "partial")
                continue
        # (c) a cue later in the same sentence: '“reconciliation” deals, Assad said'
        k = bisect.bisect_left(att_starts, close)
        hi = sent_hi(close)
        if k < len(atts) and atts[k].start < hi and not _DQ_RE.search(text, close, atts[k].start) \
                and _prompt_before(text, close, atts[k].start) is None:
            # (not the cue of someone the words prompt to speak: '… as a “genocide,” prompting Turkey to …')
            quote_links[qi] = (atts[k], "partial")

    # ---- sources of attributions
    res.sents = sents
    linked_att: dict[int, str] = {}
    linked_q: dict[int, int] = {}
    for qi, (a, mode) in quote_links.items():
        if a is None:
            continue
        if mode == "partial" and linked_att.get(id(a)) in ("after", "before") and _own_cue(text, outer[linked_q[id(a)]], a):
            # a quote's own cue stays direct when a later fragment links to it as well:
            # '“…,” Ann Lind said on the Gazette’s “Morning Show.”'
            continue
        linked_att[id(a)] = mode
        linked_q[id(a)] = qi
    # where the sentence of a cue linked to a quote before it starts: at the quote
    quote_open = {id(a): outer[qi].open_mark for qi, (a, mode) in quote_links.items()
                  if a is not None and mode == "after"}
    atts_done: list[_Att] = []
    for a in atts:
        mode = linked_att.get(id(a))
        lo = sent_lo(a.start)
        src = None
        quoted_by_media = False  # ('Reuters quoted an official as saying': a relay of the outlet's)
        form = a.cue.lower()
        # a participle after a comma, or after 'by'/'while'/… or a quote ('…, saying', 'by stating')
        ing = form.endswith("ing")
        comma_ing = ing and (text[max(lo, a.start - 2) : a.start] == ", "
                             or _WEEKDAY_BEFORE_RE.search(text, max(lo, a.start - 12), a.start) is not None)
        # (or a weekday before it, its comma missing: 'doubled down on his remarks Thursday saying, “…”')
        dash_ing = ing and text[max(lo, a.start - 3) : a.start] in ("-- ", " — ", " – ")  # ('… -- saying')
        adverbial_ing = ing and _ING_ADVERBIAL_RE.search(text, max(lo, a.start - 22), a.start) is not None
        # 'Ann Lind, a spokesman for the group, issued a statement saying', 'Sen. Ann Lind (D-Ore.)
        # released a statement saying': the issuer, the sentence's subject before an apposition or tag
        issued_ing = ing and not comma_ing \
            and (iss_m := _ISSUED_TAIL_RE.search(text, max(lo, a.start - 120), a.start)) is not None \
            and text[max(lo, iss_m.start() - 1) : iss_m.start()] in (",", ")")
        if ing and atts_done and atts_done[-1].source \
                and (atts_done[-1].start >= lo
                     or ((jq := bisect.bisect_right(qstarts, a.start) - 1) >= 0
                         and text[qbounds[jq][1] : a.start].strip() in ("", ",")
                         and (atts_done[-1].start >= sent_lo(qstarts[jq])
                              or (0 <= qstarts[jq] - atts_done[-1].end <= 60
                                  and _CUE_SENTENCE_END_RE.fullmatch(text, atts_done[-1].end, qstarts[jq]) is not None)))) \
                and _PARTICIPLE_AFTER_COMMA_RE.search(text, max(lo, a.start - 30), a.start):
            # '…, he said, also noting …': the participle's subject is the previous cue's source (in
            # the sentence of the quote the participle follows, when a '?' inside it ends a
            # sentence: 'Lind said: “How? There’s no answer,” adding, “…”'; or ending the sentence
            # right before that quote: '“…,” he said. “…,” adding that …')
            src = atts_done[-1].source
        elif comma_ing and "with " in text[max(lo, a.start - 160) : a.start] \
                and (with_m := _WITH_NAME_APPOS_RE.search(text, max(lo, a.start - 160), a.start)) is not None \
                and _is_titled_name(with_m.group(1)) and _first_name_gender(_strip_titles(with_m.group(1))):
            # 'Others were more forthright, with Ann Lind, president of the Harbour Union, saying:':
            # the person after 'with' (an apposition between them and the participle)
            src = with_m.group(1)
        elif comma_ing and a.start - lo <= 260 and text.startswith("It ", lo) \
                and (it_m := _IT_CLAUSE_NAME_RE.match(text, lo, a.start)) is not None \
                and _is_titled_name(it_m.group(1)) and _first_name_gender(_strip_titles(it_m.group(1))):
            # 'It was a remark so rude that Ann Lind called it out, saying': an expletive 'It' opens
            # the sentence; the participle's subject is the person of the clause after it
            src = it_m.group(1)
        elif (comma_ing or dash_ing or issued_ing or (adverbial_ing and " who " not in text[lo : a.start])) \
                and (subj_ing := res._subject_at(lo, a.start)) is not None \
                and not (dash_ing and not _person_subject(res, subj_ing)):
            # 'He insulted Kelly in an interview, saying …': the participle's subject is the
            # sentence's subject, not the noun phrase before the comma; also after 'by', 'while',
            # 'before', 'after' or a quote ('Ann Lind began a thread by stating “…”', 'called it
            # “a hoax” saying …'), not in a relative clause ('…, who responded by saying'); a
            # pronoun as written ('He'); after a dash, only a pronoun or a person: 'Ann Lind said it was
            # too late -- saying …', not 'Clearly annoyed that … -- suggesting'
            src = _subject_written(text, subj_ing)
        elif comma_ing and (who := _last_who_name(text, lo, a.start)) is not None:
            # '… tough talk from Mitch McConnell, who predicted big wins, saying …': the person the
            # relative clause is about
            src = who
        elif (comma_ing or adverbial_ing) \
                and (desc := _described_subject(text, res, lo, a.start, clauses_ok=True)) is not None:
            # 'A White House spokesperson reached out to CNN …, adding': a person or group described
            src = desc
        elif comma_ing and (org_ing := _participle_org(text, res, lo, a.start)) is not None:
            # 'The Harbour Student Union protested the act in a post, saying': an organisation or
            # outlet opening the sentence
            src = org_ing
        elif a.entry.kind == "phrase" and a.entry.cue != "refuse to":
            src = _source_after(text, a.end, n)
        else:
            # inversion: ',” said X' or 'said X,' directly after a closing quote
            j = bisect.bisect_right(qstarts, a.start) - 1
            after_quote = j >= 0 and qbounds[j][1] <= a.start \
                and _gap_filled(text, qbounds[j][1], a.start)
            if after_quote:
                nxt = _source_after(text, a.end, n)
                if nxt and (nxt[:1].isupper() or nxt.split()[0].lower() in ("the", "a", "an", "one", "another", "he",
                                                                          "she", "they", "his", "her", "their")
                            or (" " in nxt and nxt.rsplit(" ", 1)[1][:2].istitle() and not form.endswith("ing")
                                and source_type(nxt) in ("named_person", "official", "media"))):
                    # (a role in lower case before the name: '“…,” said former Rep. Ann Lind, “…”', 'said
                    # editorial page editor Ann Lind, “…”', an outlet's staff)
                    src = nxt
            if src is None and text[a.start - 2 : a.start] == ", " and a.entry.cue in _INVERSION_CUES \
                    and not form.endswith("ing"):
                # inversion after a clause: '…, said Ann Lind, director of X.' (the name ends
                # its clause: not '…, said Lind would win'; not 'told the Gazette', 'said Thursday')
                nxt = _source_after(text, a.end, n)
                first = nxt.split(" ", 1)[0].lower() if nxt else ""
                if nxt and first not in _WHEN_WORDS and (first == "by" or first not in _PREPS_AFTER) \
                        and "." not in nxt.rsplit(" ", 1)[-1] and not _is_clause(nxt) \
                        and (source_type(nxt) in ("named_person", "official", "media", "organisation", "document")
                             if nxt.startswith("the ")
                             else (_is_name_token(_np_head(nxt)) and source_type(nxt) != "document")
                             or (nxt[:1].isupper() and source_type(nxt) == "named_person"
                                 and _first_name_gender(nxt) != "")):  # ('said Douglas Letter': a common surname)
                    k = text.find(nxt, a.end, a.end + 200)
                    if k >= 0:
                        k += len(nxt)
                        tag = _PARTY_TAG_AFTER_RE.match(text, k)  # 'said Rep. Ann Lind (D-Ore.), who'
                        if tag is not None:
                            k = tag.end()
                        if text[k : k + 1] in (".", ";", "\n", "") or (text[k : k + 1] == " " and _NAME_AFFIL_RE.fullmatch(nxt) is not None
                                                                   and _AFFIL_TO_END_RE.match(text, k) is not None) \
                                or (text[k : k + 1] == "," and (
                                not nxt.startswith("the ") or source_type(nxt) in ("named_person", "official")
                                or (_INVERTED_NP_COMMA_RE.match(text, k + 1) is not None and nxt.count(" ") < 5))):
                            # (an organisation, outlet or document with 'the' closes its sentence,
                            # or a relative or participle clause follows its short name: not '…,
                            # says the latest decision, in January, ruled …', '…, said the
                            # charity remains proud of its efforts, claiming …')
                            src = nxt
            if src is None:
                lo_b = lo
                if j >= 0 and qbounds[j][1] <= a.start and not _opens_compound(text, qbounds[j][1]):
                    lo_b = max(lo_b, qbounds[j][1])  # (not at a quote opening a compound: 'a “Game of Thrones”-themed tweet')
                src = _source_before(text, a.start, lo_b)
                if src is None and lo_b > lo and _REL_QUOTE_GAP_RE.fullmatch(text, lo_b, a.start) is not None \
                        and (rel := _REL_CLAUSE_OPEN_RE.search(text, max(lo, qbounds[j][0] - 200), qbounds[j][0])) is not None:
                    # 'The president, who once called them a “JV team,” also acknowledged': the noun
                    # phrase before the relative clause holding the quote (not 'But' opening it)
                    src = _LEAD_CONJ_RE.sub("", rel.group(1))
                if src is None and text[a.start - 5 : a.start] == " and " and lo < a.start - 5 \
                        and (and_words := (and_window := text[max(lo, a.start - 30) : a.start - 5]).split()) \
                        and and_words[-1][:1].islower() and "   " not in and_window:
                    # 'The harbour master, nudging the pilot, pointed at him and said, “…”': the
                    # sentence's subject (a verb's phrase before 'and', not a name: 'Ann Lind and Ray
                    # Brill said'; a word right before 'and', not a link teaser blanked by the residue
                    # cleaner)
                    src = _and_clause_subject(text, res, lo, a.start)
                    if src is not None and src.lower() in ("such", "all", "this", "that", "these", "those"):
                        src = None
                if src is None and text[a.start - 2 : a.start] == ", " \
                        and (pp := _PARTICIPLE_PHRASE_BEFORE_RE.search(text, max(lo, a.start - 90), a.start)) is not None \
                        and _is_participle(pp.group(1)) and (subj_pp := res._subject_at(lo, pp.start())) is not None \
                        and _person_subject(res, subj_pp):
                    # 'Lind took it in stride, replying with a grin, said, “…”': the sentence's subject
                    # (a participle's phrase between it and the cue), a pronoun or a person
                    src = _subject_written(text, subj_pp)
                if src is not None and src.endswith(" to"):
                    src = _to_clause_source(src)
                if src is None and atts_done and atts_done[-1].start >= lo \
                        and _GOING_ON_TO_RE.search(text, max(lo, a.start - 40), a.start):
                    # '…,” the Democrat said, going on to add, “…”', '…, said Ann Lind, who went on to
                    # ask, “…”': the cue's source before
                    src = atts_done[-1].source
            if src is None and (mode == "after" or (a.start - lo < 8 and not text[lo : a.start].strip())) \
                    and not (a.entry.cue == "tell" and a.start - lo >= 8):
                # '“…” said X' / a cue opening its sentence: 'Added Jim Bopp, a lawyer: “…”' (not
                # the one told: '“…,” Rep. Ann Lind, Ohio Republican and former chair of …, told Fox News')
                src = _source_after(text, a.end, n)
        if (pm := _prompt_before(text, lo, a.start)) is not None \
                or (ing and text[a.start - 4 : a.start] == " as "
                    and (pm := _QUOTING_AS_RE.search(text, max(lo, a.start - 90), a.start)) is not None):
            # 'Boxer suggested …, prompting Santorum to ask', '…, leading the chief justice to remark': the
            # one prompted; 'quoting one woman as saying': the one quoted (at most a time after it:
            # 'quoted a Comey associate yesterday as saying')
            src = _TIME_AFTER_NP_RE.sub("", pm.group(1)) or pm.group(1)
            if pm.re is _QUOTING_AS_RE:
                quoter = _source_before(text, pm.start(), lo)
                quoted_by_media = quoter is not None and source_type(quoter) == "media"
        if src is None and atts_done and atts_done[-1].start >= lo and atts_done[-1].source:
            # elided subject: "Hart admitted that ... and conceded that ..."
            prev = atts_done[-1]
            if (_AND_RE.search(text, prev.end, a.start) or _BUT_VERB_RE.search(text, max(prev.end, a.start - 40), a.start)) \
                    and not _sent_break(text, prev.end, a.start):
                src = prev.source
                # unless another clause with a named subject comes between: '… when Ann Lind
                # told him the news, Ray Brill slumped back in his chair and said, “…”'
                for m in _CLAUSE_NAME_SUBJECT_RE.finditer(text, prev.end, a.start):
                    if all(_is_name_token(w) for w in m.group(1).split()):
                        src = m.group(1)
            elif not ing and form != a.entry.cue and not form.endswith("s") \
                    and text[a.start - 2 : a.start] in (", ", "” ", '" ') and text[a.start - 3 : a.start - 1] in (", ", ",”", ',"') \
                    and prev.subtype != "direct" and not _sent_break(text, prev.end, a.start) \
                    and not ((prev.source or "").lower() != "who" and " that " in text[max(lo, prev.start - 16) : prev.start]) \
                    and _PREDICATE_LIST_RE.fullmatch(text, prev.end, a.start) is not None:
                # a list of the subject's predicates: 'Ray Brill stressed that …, called it the
                # “poison pill,” noted that …' (the previous cue's source, past tenses after commas;
                # not a cue of a clause after 'that': 'in a tone that she describes as “nasty,” said')
                src = prev.source
        k_dash = a.start  # (where the aside ends: before auxiliaries and adverbs, 'X — who … — has said')
        if src is None and (aux := _AUX_BEFORE_CUE_RE.search(text, max(lo, a.start - 40), a.start)) is not None:
            k_dash = aux.start()
        dashed = src is None and ("—" in text[k_dash - 2 : k_dash] or "–" in text[k_dash - 2 : k_dash]
                                  or text[k_dash - 3 : k_dash - 1] == "--")
        if dashed and ing and _DASH_ASIDE_BEFORE_RE.search(text, max(lo, k_dash - 160), k_dash) is not None \
                and (subj_ing := res._subject_at(lo, a.start)) is not None:
            # 'Democrats blocked the bill — technically a shell … — arguing': the sentence's subject
            src = _subject_written(text, subj_ing)
        if src is None and dashed and not ing \
                and (aside := _DASH_ASIDE_BEFORE_RE.search(text, max(lo, k_dash - 160), k_dash)) is not None:
            # 'Then Christie, asked for an explanation — asked why he was at the beach — said this:': the
            # subject before the aside
            src = _source_before(text, aside.start(), lo)
            comma = text.rfind(", ", lo, aside.start())
            if src is None and comma >= 0 and text.startswith(("asked ", "pressed "), comma + 2):
                src = text[comma + 2 : aside.start()].strip()  # (a past tense's phrase is no source alone)
            after_comma = text[comma + 2 : aside.start()].strip() if comma >= 0 else ""
            if src is not None and comma >= 0 and (after_comma == src or (
                    after_comma.endswith(src) and _is_participle(after_comma.split(" ", 1)[0]))):
                # 'Christie, asked for an explanation — …', 'Ann Lind, co-founder of X — …', 'Ann Lind,
                # speaking before her team played — …': the name before the comma
                by_comma = _source_before(text, comma, lo)
                by_comma = _LEAD_CONJ_RE.sub("", by_comma) if by_comma is not None else None
                if by_comma and by_comma[:1].isupper() and (
                        src.split(" ", 1)[0] in ("asked", "pressed") or after_comma != src
                        or (any(w[:1].islower() for w in src.split()) and not all(w[:1].isupper() for w in src.split()[-2:])
                            and " " in by_comma and _is_titled_name(by_comma))):  # (not 'resident Ann Lind')
                    src = by_comma
            if src is not None and comma >= 0 and _PARTY_STATE_RE.fullmatch(src) is not None:
                src = _source_before(text, comma, lo)  # 'Rep. Ann Lind, D-Mich. — who … — told': the name
            if src is not None and not _aside_subject(src):
                src = None  # (no person, group, document or share: 'preparedness and response — …')
        if src is None and text[a.start - 3 : a.start] == "ly " \
                and (adv2 := _ADVERB_PAIR_BEFORE_RE.search(text, max(lo, a.start - 40), a.start)) is not None:
            # 'Clinton repeatedly and falsely claims', 'Democrats and Republicans both privately and
            # publicly say': the subject before the two adverbs
            src = _source_before(text, adv2.start(1), lo)
            if src is not None and src.endswith((" both", " all")):
                src = src.rsplit(" ", 1)[0]
        if src is None and (text[max(lo, a.start - 5) : a.start] == " and "
                            or ((" and " in (w48 := text[max(lo, a.start - 48) : a.start]) or " but " in w48
                                 or " yet " in w48) and _AND_ADVERB_BEFORE_RE.search(w48) is not None)):
            if (subj_and := res._subject_at(lo, a.start)) is not None \
                    and not (_LIST_ITEM_BEFORE_RE.search(text, max(0, subj_and[2] - 30), subj_and[2]) is not None
                             and _LIST_ITEM_AFTER_RE.match(text, subj_and[3]) is not None):
                # (not an item of a list after an introductory phrase: 'The firm represents Chevron,
                # General Electric, Walmart and Uber, but notes')
                # 'Ann Lind confronted the director and asked, “…”': the sentence's subject ('he
                # referred to … and insisted': the pronoun, as written, resolved below, when no
                # clause of its own comes between: not '… with Kelly, who summoned him … and urged')
                if subj_and[1] is not None:
                    if not subj_and[0].startswith(("I’", "I'")):  # (not "I’ve had jihadis … say")
                        src = subj_and[0]
                elif text[subj_and[2] : subj_and[3]].lower() in _PRONOUNS \
                        and not _AND_CLAUSE_RE.search(text, subj_and[3], a.start - 5):
                    src = text[subj_and[2] : subj_and[3]]
            else:
                # 'The Newsmax founder subsequently seemed to back off … and tweeted': a description
                src = _described_subject(text, res, lo, a.start - 5)
        if src and " " in src:
            first, rest = src.split(" ", 1)
            if first.lower() in _PRONOUNS and first.lower() != "her" \
                    and not any(w[:1].isupper() for w in rest.split()):  # (not 'Her campaign')
                src = first  # "She often notes", "He literally went on TV to argue": the pronoun
        if src is not None and form.endswith("ing") and _odd_participle_source(src) \
                and (text[a.start - 2 : a.start] == ", " or adverbial_ing):
            # '… pounced quickly, tweeting', 'In an interview with PBS, he talked about it, saying':
            # what stands before the comma is no subject; the participle's is the sentence's
            m_subj = _SENTENCE_SUBJECT_RE.match(text, lo, a.start)
            src = _sentence_subject(m_subj.group("subj"), res) if m_subj is not None else None
        elif src is not None and ing and " " in src and (cut_verb := src.rsplit(" ", 1))[1] in _FORMS \
                and cut_verb[1].endswith(("ed", "id", "ote", "old")) and cut_verb[0].rsplit(" ", 1)[-1] not in _PREP_WORDS:
            # 'The president tweeted on Monday saying:': the subject of the cue verb before, not
            # the verb with it
            src = cut_verb[0]
        elif src is not None and "how " in src[:16] and (how := _HOW_LEAD_RE.match(src)) is not None and src[how.end() :]:
            src = src[how.end() :]  # "Here's how the authors put it:": the authors
        elif src is not None and ing and " of " in src and (rec := _RECORDING_OF_RE.search(src)) is not None:
            src = rec.group(1)  # 'a video surfaced of Ann Lind saying': the person recorded
        atts_done.append(a)
        a.source = src
        st = source_type(src)
        # relay: media as source, or as addressee ("told the BBC", "in an interview with CNN")
        addressee = None
        if a.entry.cue in ("tell", "in an interview with"):
            # the addressee phrase may run into the reported clause ("told Fox News the plan was ...")
            addressee = _source_after(text, a.end, n, clause_ok=True) if a.entry.cue == "tell" else src
        if a.entry.cue == "in an interview with":
            a.source = src = _source_before(text, a.start, lo) or _and_verb_subject(text, res, lo, a.start)
            st = source_type(src)
        media_src = st == "media" and not _self_reference(src, outlet_words)
        media_addr = addressee is not None and source_type(addressee) == "media" \
            and not _self_reference(addressee, outlet_words)
        if a.entry.subtype == "relay" or media_addr or media_src or quoted_by_media:
            a.subtype = "relay"
            a.tone = "relay"
        elif a.entry.subtype == "according_to":
            a.subtype = "according_to"
        elif mode in ("after", "before"):
            a.subtype = "direct"
        else:
            a.subtype = "indirect"
        prev_att = atts_done[-2] if len(atts_done) > 1 else None
        src_low = src.lower() if src else ""  # (read by the pronoun rules below; src is fixed from here on)
        subj = res.subject(quote_open.get(id(a), a.start), _PRONOUNS[src_low]) \
            if src_low in ("he", "she") else None
        if src_low in ("he", "she") and a.entry.cue in _ANSWER_CUES and prev_att is not None \
                and (answerer := _addressee_answers(res, prev_att, a, _PRONOUNS[src_low])) is not None:
            # '“…?” MacCallum asked Kavanaugh. / “That is correct,” he replied': the person asked
            a.speaker, st = answerer, "named_person"
        elif src_low in ("he", "she") and _opens_sentence(text, sent_lo, min(quote_open.get(id(a), a.start),
                                                                           a.start - len(src_low) - 1)) \
                and (described := _described_cue_speaker(
                res, sents, prev_att, quote_open.get(id(a), a.start), _PRONOUNS[src_low])) is not None:
            # the unnamed person whose cue and quote make the sentence just before: '“…,” one senior
            # official said. “…,” he said'
            a.speaker, st = described, prev_att.stype if prev_att is not None else st
        elif subj is not None and _opens_sentence(text, sent_lo, min(q_anchor := quote_open.get(id(a), a.start),
                                                                  a.start - len(src_low) - 1)) \
                and (cue_person := _last_cue_speaker(res, sents, prev_att, q_anchor, _PRONOUNS[src_low], subj.name)) is not None:
            # the speaker of the inverted cue that ends the sentence before, rather than that sentence's
            # subject: 'Trump is also issuing warnings, Caputo said. “…” he said'
            a.speaker, st = cue_person.name, cue_person.stype
        elif subj is not None:
            # the subject of the sentence before (or of a sentence just before that, through
            # he/she subjects) is the antecedent: '… Nan Roman, who leads X, said … “…” she said'
            # (or the person it asked: 'Ann Lind asked Mia Brook … “…,” she said')
            a.speaker = _asked_person(res, subj, _PRONOUNS[src_low], quote_open.get(id(a), a.start)) or subj.name
            st = subj.stype if subj.stype in ("official", "named_person") else "named_person"
        elif src_low in _PRONOUNS and prev_att is not None and prev_att.speaker \
                and prev_att.source and prev_att.source.lower() == src_low and a.start - prev_att.end < 500 \
                and not res.named_since(prev_att.end, a.start, _PRONOUNS[src_low], prev_att.speaker):
            # '… he told reporters … “…” he said': the same pronoun in the next cue is the same person
            a.speaker = prev_att.speaker
            st = prev_att.stype
        elif src_low in ("he", "she") and a.entry.cue in _CONTINUING_CUES and prev_att is not None \
                and prev_att.speaker in res.people and prev_att.stype in ("named_person", "official") \
                and (" " in prev_att.speaker or prev_att.speaker.lower().rstrip(".") not in _TITLE_STRIP) \
                and a.start - prev_att.end < 400 and prev_att.subtype == "direct" \
                and res._gender_of(res.people[prev_att.speaker]) in ("", _PRONOUNS[src_low]):
            # '“…,” Mook said of Trump’s performance. “…,” he added': a continuing cue right after a
            # quote's cue is the same speaker's (unless of the other gender)
            a.speaker = prev_att.speaker
            st = prev_att.stype
        elif src_low in ("it", "they"):
            # "it said" / "they said": the nearest earlier cue (within a few sentences) whose source
            # is an organisation, outlet or document ("it") or a group ("they")
            kinds = ("organisation", "media", "document") if src_low == "it" else ("anonymous", "organisation")
            for prev in reversed(atts_done[-6:-1]):
                if a.start - prev.end > _IT_THEY_CHARS:
                    break
                body = src_low == "it" and prev is atts_done[-2] and _one_word_body(res, prev) \
                    and not text[sent_lo(a.start) : max(sent_lo(a.start), a.start - len(src or "") - 1)].strip()
                if prev.speaker and (prev.stype in kinds or (src_low == "they" and " and " in prev.speaker) or body) \
                        and (prev.source or "").lower() not in _PRONOUNS:
                    # (also the one word cited just before that names no person, before 'It' opening
                    # a sentence: 'Google denied it. / It said: “…”')
                    a.speaker, st = prev.speaker, "organisation" if body else prev.stype
                    break
            if a.speaker is None:
                if src_low == "it":
                    # no cue: an organisation or outlet opening the sentence before ('The Harbour
                    # embassy condemned the violence. / “…” it said in a statement.')
                    org = res.org_subject(quote_open.get(id(a), a.start), ("organisation", "media", "document"))
                    if org is None and sent_lo(a.start) < a.start:
                        # the sentence before the cue's, when the quote comes after the cue ('The Harbour
                        # Gazette is less kind. It adds:\n\n“…”')
                        org = res.org_subject(sent_lo(a.start), ("organisation", "media", "document"))
                    if org is not None:
                        a.speaker, st = org
                else:
                    # no cue: the two or three people named together in the sentence before ('In a
                    # joint statement, Ann Lind and Ray Brill called it … / “…” they said')
                    group = res.people_named_together(quote_open.get(id(a), a.start))
                    if group is not None:
                        a.speaker, st = group, "named_person"
        elif src_low == "i" and a.subtype == "direct" \
                and text[max(0, a.start - 12) : a.start].rsplit(None, 1)[-1:] not in (["been"], ["was"], ["am"]):
            # '“…,” I wrote', 'I told him: “…”' outside any quote: the article's own writer (not 'I
            # have been asked, “…”')
            a.speaker, st = "the author", "named_person"
        elif src_low in _PRONOUNS:
            desc_a = _described_antecedent(res, atts_done, a.start, _PRONOUNS[src_low]) \
                if src_low in ("he", "she") else None
            # (the people of known gender before the pronoun gives one: a one-word name of none may be a body)
            gendered_before = {q.name for q in res._recent_people(a.start) if q.gender} if desc_a is not None else set()
            p = res.pronoun(src_low, a.start)
            if desc_a is not None and (p is None or (" " not in p.name and p.pos < desc_a.start
                                                     and p.name not in gendered_before
                                                     and not _first_name_gender(p.name)
                                                     and not _named_by_head(text, desc_a, p.name))):
                # '“…,” the officer’s daughter said. … “…,” she told me': the person described just
                # before (no one of her gender named since); the one-word name passed over keeps no
                # gender the pronoun's rules gave it
                if p is not None and (passed := res.people.get(p.name)) is not None:
                    passed.gender = ""
                p = _Person(desc_a.speaker or "", desc_a.start, _PRONOUNS[src_low], desc_a.stype or "anonymous")
            if p is not None:
                a.speaker = _asked_person(res, p, _PRONOUNS[src_low], quote_open.get(id(a), a.start)) or p.name
                st = p.stype if p.stype in ("official", "named_person") else "named_person"
        elif src and form == "saying" and (q := _QUOTED_AS_RE.search(src)) is not None \
                and source_type(src[: q.start()].strip() or "x") == "media":
            # 'Reuters quoted a senior official as saying': the person quoted speaks (a relay)
            who = q.group(1)
            if who.lower() in ("him", "her"):  # 'the Times quoted him as saying': the pronoun's person
                p = res.pronoun("he" if who.lower() == "him" else "she", a.start)
                a.speaker = p.name if p is not None else None
            else:
                a.speaker = res.full_name(who, a.start) if who[:1].isupper() else who
            a.subtype = "relay" if a.subtype == "indirect" else a.subtype
        elif src and (m_acc := _OWN_ACCOUNT_RE.fullmatch(src) or (_OWN_DOC_SOURCE_RE.fullmatch(src) if st == "media" else None)) is not None \
                and (owner := _issuer_name(res, m_acc.group(1), a.start)) is not None:
            # 'Ann Lind’s Twitter account posted', 'the website Daily Kos’ account tweeted', 'Ann
            # Lind’s post said' (not the outlet 'Post'): the owner
            a.speaker, st = owner, source_type(owner)
        elif src and st in ("named_person", "official") and _POSS_RELATION_RE.fullmatch(src) is not None:
            # 'said Ray Brill’s wife', 'Ms. Lind’s attorney wrote': the relative or the aide speaks, as
            # described (not the person named in the possessive), and is the one a 'he'/'she' after
            # it stands for
            a.speaker = src
            res.note_near(a.speaker, a.start, st, a.start - len(src) - 2, a.end)
        elif src and st in ("named_person", "official"):
            name = _strip_titles(src)
            src_words = src.split()
            # the head noun: before a trailing place or affiliation ('the Republican senator from
            # Kentucky', 'the chairman of the committee')
            k_prep = next((k for k in range(2, len(src_words))
                           if src_words[k] in ("from", "of", "for") and src_words[k - 1][:1].islower()),
                          len(src_words))
            if k_prep < len(src_words) and src_words[k_prep] != "for" \
                    and _first_name_gender(" ".join(src_words[-2:])):
                k_prep = len(src_words)  # 'the secretary of the Senate Julie Adams': a title, then the name
            head = src_words[k_prep - 1]
            first_low = src_words[0].lower()
            # "the Ohio Democrat", "the senator from Ohio" (not "the president of a union": someone else)
            coref = first_low == "the" and head.lower() in _COREF_HEADS \
                and (k_prep == len(src_words) or src_words[k_prep] == "from")
            if (not name[:1].isupper() and _PARTICLE_SURNAME_RE.fullmatch(name) is None) or coref \
                    or ((head[:1].islower() or head in _ROLE_ACRONYMS) and (first_low in _INDEFINITE or first_low == "the")):
                # "the Prime Minister" -> the name given earlier; else the description itself
                # ("the spokesperson", "one former Iraqi official", "a Google spokesperson")
                anchor = quote_open.get(id(a), a.start)
                hint = _gender_hint_word(src)
                subj = res.subject(anchor, hint) if coref else None
                cap = head[:1].upper() + head[1:]
                # "President Lind" is written: "the president" is Lind (also when Lind is the
                # antecedent of a he/she subject: '… Lind said. He added … “…” the president said')
                named = next((p for p in (subj, res.subject(anchor, hint, follow=True) if coref and subj is None else None)
                              if p is not None and res.written_near(anchor, f"{cap} {p.name}", f"{cap} {p.name.split()[-1]}")),
                             None)
                if named is not None:
                    a.speaker = named.name
                else:
                    a.speaker = res.titled(src, a.start)
                if a.speaker is None and subj is not None:
                    # 'Ann Lind, however, was skeptical. “…” the Kentucky senator said': the
                    # subject of the sentence before holds the role
                    a.speaker = subj.name
                if a.speaker is None and coref and head.lower() in _COREF_ROLE_HEADS:
                    # 'Sarah Palin said … “…” the former GOP vice presidential nominee commented':
                    # the person cited most recently who can hold the role
                    p = res.coref_person(anchor, head.lower(), hint)
                    if p is not None:
                        a.speaker = p.name
                        st = p.stype if p.stype in ("official", "named_person") else "named_person"
                if a.speaker is None and coref and head.lower() in _COREF_TITLES:
                    # '… led by John McCain. / “…” the Arizona senator told CNN': the one person
                    # named in full just before (outside quotes), written with the title elsewhere
                    p = res.named_just_before(anchor, hint, _COREF_TITLES[head.lower()])
                    if p is not None:
                        a.speaker = p.name
                if a.speaker is None and coref and head.lower() in ("republican", "democrat") and k_prep > 2 \
                        and (state := " ".join(src_words[1 : k_prep - 1]).removeprefix("former ")) in _US_STATE_SET:
                    # 'Sen. Mitch McConnell said … “…” the Kentucky Republican added': the politician
                    # cited just before, else the one named just before (a party and a state narrow
                    # it down: not 'the Republican', whom many people in an article share)
                    party = "R" if head.lower() == "republican" else "D"
                    p = res.coref_person(anchor, head.lower(), hint, _POLITICIAN_TITLES,
                                         functools.partial(_party_state_fits, text, party=party, state=state, pos=anchor))
                    if p is None:
                        p = res.named_just_before(anchor, hint, _POLITICIAN_TITLES)
                        if p is not None and not _party_state_fits(text, p.name, party, state, anchor):
                            p = None
                    if p is not None:
                        a.speaker = p.name
                        st = p.stype if p.stype in ("official", "named_person") else "named_person"
                if a.speaker is None and first_low == "the":
                    # 'A Pennsylvania Democrat added … / “…” the Democrat said': the unnamed person
                    # described just before with the same head noun and every word of the description
                    words_low = {w.lower() for w in src_words[1:k_prep]}
                    for prev in reversed(atts_done[-6:-1]):
                        if a.start - prev.end > _COREF_CHARS:
                            break
                        if prev.stype == "anonymous" and prev.speaker \
                                and prev.speaker.rsplit(" ", 1)[-1].lower() == head.lower() \
                                and words_low <= {w.lower() for w in prev.speaker.split()}:
                            a.speaker, st = prev.speaker, "anonymous"
                            break
                if a.speaker is None:
                    # 'Julian Zelizer, a Princeton historian, … / “…” the historian said': the person
                    # the article names with that role word
                    a.speaker = _role_named_before(res, low, src, anchor, a.start)
                if a.speaker is None:
                    a.speaker = _described_person(res, src, anchor)
                if a.speaker is None:
                    a.speaker = _DESC_CUT_RE.split(src, 1)[0]
                    if k_prep < len(src_words) and src_words[-1][:1].isupper():
                        # 'a spokesman for Sen. Ann Lind': the spokesman speaks, and Ann Lind is
                        # the person cited (the antecedent of a 'she' after it)
                        owner = _strip_titles(" ".join(src_words[k_prep + 1 :]))
                        if owner[:1].isupper() and source_type(owner) in ("named_person", "official"):
                            res.note(res.full_name(owner, a.start), a.start, "named_person", "")
            elif " and " in src and all(_is_titled_name(x) for x in src.split(" and ")):  # two people: each in full
                a.speaker = " and ".join(res.full_name(x, a.start) for x in src.split(" and "))
            else:
                a.speaker = res.full_name(src, a.start)
                res.note_near(a.speaker, a.start, st, a.start - len(src) - 2, a.end)
        elif src and st == "organisation" and _EDITORIAL_BOARD_RE.fullmatch(src) is not None \
                and (outlet := _editorial_outlet(res, atts_done, a.start, quote_open.get(id(a), a.start))) is not None:
            # 'the newspaper’s editorial board wrote': the outlet cited or named just before
            a.speaker = outlet
        elif src and st == "organisation":
            head = _DESC_CUT_RE.split(src, 1)[0].strip()
            last = head.split()[-1] if head.split() else ""
            if (src[:1].isupper() or src[:1].isdigit()) and _long_linked_name(src):
                a.speaker = _LEADING_ARTICLE_RE.sub("", src)  # in full ('Families United for Justice Against Terror')
            elif (last[:1].isupper() and (last.lower() in _ORG_WORDS or last.lower() in _ORG_HEADS)) \
                    or ((_NAMED_ORG_RE.fullmatch(head) is not None or (" " in head and _long_org_name(head.split(), person_ok=False)))
                        and not any(w.lower().rstrip(".") in _TITLE_WORDS or w.lower().rstrip(".") in _TITLE_ABBREVS
                                    for w in head.split()[1:])
                        and not _first_name_gender(" ".join(head.split()[-3:-1]))):
                # ('The Center for Immigration Studies': a name of capitalised words and 'for', 'of' …
                # with an organisation word at its start, or in it: 'the District Court for the District
                # of Columbia'; not 'Office of California Gov. Ann Lind')
                # a named organisation speaks as itself: "The Harbour Authority" -> "Harbour Authority"
                # ("the Court" -> the "Supreme Court" named before)
                a.speaker = _LEADING_ARTICLE_RE.sub("", head)
                words = a.speaker.split()
                while len(words) > 1 and words[0].islower() and words[0].isalpha():
                    words.pop(0)  # 'the opposition Syrian National Coalition': the name
                a.speaker = " ".join(words)
                if " " not in a.speaker and last.lower() in _ORG_WORDS:
                    a.speaker = _org_named_before(res, a.speaker, a.start) or a.speaker
            else:  # "the company" -> the capitalised name ending in "Company" given earlier
                a.speaker = res.full_name(src, a.start)
                if a.speaker[:1].isupper() and a.speaker.count(" ") < 2 and a.speaker.rsplit(" ", 1)[-1].lower() == last.lower() \
                        and last.lower() in _ORG_WORDS:
                    # (in full: 'Texas Health Presbyterian Hospital', not 'Presbyterian Hospital')
                    a.speaker = _org_named_before(res, a.speaker, a.start) or a.speaker
                if " " not in a.speaker and last.lower() in _ORG_WORDS and len(head.split()) > 2 \
                        and a.speaker in head.split():
                    a.speaker = _LEADING_ARTICLE_RE.sub("", head)  # 'the Mexican government' (not 'Mexican')
                m_org = _THE_ORG_RE.fullmatch(src)
                if m_org is not None and a.speaker == src:
                    # else the organisation cited just before ('YouTube said …. “…,” the company said')
                    a.speaker = _org_antecedent(res, atts_done, len(atts_done) - 1, m_org.group(1).lower(),
                                                quote_open.get(id(a), a.start)) or src
                if a.speaker == src and m_org is None and src[:4].lower() == "the " and last.lower() in _ORG_WORDS \
                        and " " not in src[4:]:
                    # 'the coalition' -> the 'Syrian National Coalition' named before, the one
                    # name the article gives with that head
                    a.speaker = _org_named_before(res, last[:1].upper() + last[1:], a.start, unique=True) or src
                if a.speaker == src:
                    # 'Harbour Watch, an activist group, … “…,” the group said': the name given with its kind
                    a.speaker = _role_named_before(res, low, src, quote_open.get(id(a), a.start), a.start) or src
        elif src and st in ("anonymous", "document"):
            anchor = quote_open.get(id(a), a.start)
            described = _described_person(res, src, anchor) if st == "anonymous" else None
            named_role = _role_named_before(res, low, src, anchor, a.start) \
                if st == "anonymous" and described is None else None
            a.speaker = described or named_role or _PART_OF_DOC_RE.sub("", _DESC_CUT_RE.split(src, 1)[0])
            if named_role is not None and src.rsplit(" ", 1)[-1] in _ORG_ROLE_WORDS:
                st = "organisation"  # ('the airline' named: Harbour Air)
            if a.speaker.lower() in _THIS_PERSON:
                # 'One Trump adviser said … This person said': the person described before
                for prev in reversed(atts_done[-8:-1]):
                    if a.start - prev.end > _THIS_PERSON_CHARS:
                        break
                    if prev.speaker and prev.speaker.split(" ", 1)[0].lower() in _INDEFINITE \
                            and prev.stype in ("anonymous", "official") and " " in prev.speaker:
                        a.speaker, st = prev.speaker, prev.stype
                        break
            elif a.speaker.lower() == "another":
                # '“…,” a New Hampshire Republican said. “…,” added another': another of them
                for prev in reversed(atts_done[-8:-1]):
                    if a.start - prev.end > _THIS_PERSON_CHARS:
                        break
                    first, _, rest = (prev.speaker or "").partition(" ")
                    if first.lower() in ("a", "an", "one", "another") and rest and prev.stype in ("anonymous", "official"):
                        a.speaker, st = f"{a.speaker} {rest}", prev.stype
                        break
            if (m_doc := _DOC_SOURCE_RE.fullmatch(a.speaker)) is not None \
                    and (issuer := _source_document_issuer(text, low, res, atts_done, len(atts_done) - 1, src, a, m_doc,
                                                           sent_lo, sent_hi)) is not None:
                # 'the statement said', 'said a statement by Ann Lind', 'his statement reads'
                a.speaker = issuer
            elif (m_own := _OWN_DOC_SOURCE_RE.fullmatch(a.speaker)) is not None \
                    and (issuer := _issuer_name(res, m_own.group(1) if source_type(m_own.group(1)) in ("organisation", "media")
                                                else res.full_name(m_own.group(1), a.start), a.start)) is not None:
                # "Lind's statement said", "Sessions' prepared remarks stated": whose they are
                a.speaker = issuer
            elif m_doc is not None and m_doc.group(2).lower() == "editorial" and m_doc.group(1).lower() == "the" \
                    and (outlet := _editorial_outlet(res, atts_done, a.start)) is not None:
                # 'the newspaper admitted … “…,” the editorial read': an editorial is its outlet's words
                a.speaker = outlet
            head = a.speaker.split()[-1].lower() if a.speaker.split() else ""
            if head in _MEDIA_COREF_HEADS and a.speaker.lower().startswith(("the ", "that ")):
                # 'the publication', 'the newspaper': the outlet cited last, a few sentences before
                outlet = _outlet_cited_before(atts_done, len(atts_done) - 1, a.start)
                if outlet is not None:
                    a.speaker, st = outlet, "media"
            if st == "anonymous" and a.speaker.lower().startswith("the ") and head in _COREF_ROLE_HEADS:
                # 'the former vice presidential nominee' (lower case): the person cited who holds the role
                p = res.coref_person(quote_open.get(id(a), a.start), head, _gender_hint_word(src))
                if p is not None:
                    a.speaker, st = p.name, (p.stype if p.stype in ("official", "named_person") else "named_person")
            if st == "anonymous" and described is None and named_role is None and head in _COREF_HEADS \
                    and head != "author" and a.speaker.lower().startswith("the "):
                # 'Whitsett, who represents …, spoke of … / “…,” the lawmaker told': the person named
                # as the subject of a sentence before holds the role (as for 'the Kentucky senator').
                # Not when the description's own sentence has a named subject ('Ann Lind fired back at
                # Ray Brill after the anchor claimed …') or names that person ('The professor also told
                # Ann Lind that …'); not 'the author' (of a book or an op-ed, seldom the subject before)
                k_src = text.rfind(src, max(0, a.start - 300), a.start)
                anchor = min(anchor, k_src) if k_src >= 0 else anchor
                s_lo = _skip_space(text, sent_lo(anchor), anchor)
                subj_d = None if s_lo < anchor and res._subject_at(s_lo, anchor) is not None \
                    else res.subject(anchor, _gender_hint_word(src))
                if subj_d is not None and " " in subj_d.name and subj_d.stype in ("named_person", "official") \
                        and (_first_name_gender(subj_d.name)
                             or (subj_d.stype == "named_person" and res._looks_like_person(subj_d.name)
                                 and not subj_d.name.endswith("s"))
                             or subj_d.name.split(" ", 1)[0] in _COREF_HEAD_TITLES.get(head, ())) \
                        and text.find(subj_d.name.rsplit(" ", 1)[-1], a.start, sent_hi(a.start)) < 0:
                    a.speaker, st = subj_d.name, subj_d.stype
                    res.note(a.speaker, a.start, st, _gender_hint_word(src))  # (a he/she after it stands for that person)
        elif src and st == "media":
            # a journalist of an outlet speaks as that person ("NBC correspondent Ann Lind"),
            # else the outlet speaks ("the Harbour Gazette reported")
            a.speaker = _media_speaker(_DESC_CUT_RE.split(src, 1)[0])
            if a.speaker is not None and _first_name_gender(a.speaker):
                a.speaker = res.full_name(a.speaker, a.start)
            elif a.speaker is None and src.lower().startswith(("the ", "that ")) and src.count(" ") == 1 \
                    and src.rsplit(" ", 1)[-1].lower() in _MEDIA_COREF_HEADS:
                a.speaker = _outlet_cited_before(atts_done, len(atts_done) - 1, a.start)  # 'the paper adds'
                if a.speaker is None:
                    # none cited: an outlet opening the sentence before the quote's ('The Economist
                    # opposes him. / “…,” the magazine wrote')
                    named_outlet = res.org_subject(quote_open.get(id(a), a.start), ("media",))
                    a.speaker = named_outlet[0] if named_outlet is not None \
                        else _outlet_named_before(res, quote_open.get(id(a), a.start))
        if a.entry.cue == "quoted by" and (pq := _PASSIVE_BEFORE_RE.search(text, max(lo, a.start - 40), a.start)):
            # '“…,” he was quoted by the Gazette as saying': the person quoted speaks, through the outlet
            who = pq.group(1)
            if who.lower() in ("he", "she"):
                p = res.pronoun(who, a.start)
                a.speaker = p.name if p is not None else a.speaker
            elif _is_titled_name(who):
                a.speaker = res.full_name(who, a.start)
        a.stype = st
        del form

    # an outlet cited by the last word of its name ('the Post reports') is the outlet the article
    # names in full ('The Washington Post'), when it names one so
    outlets: dict[str, str] = {}
    for a in atts:
        if a.speaker in _OUTLET_SHORT_FORMS and a.stype == "media":
            if a.speaker not in outlets:
                outlets[a.speaker] = _outlet_in_full(text, a.speaker)
            a.speaker = outlets[a.speaker]
    # ---- quote subtypes and speakers
    atts_by_end = sorted(atts, key=_ATT_END)
    att_ends = [a.end for a in atts_by_end]
    spans: list[Span] = []
    new_span = tuple.__new__  # Span(...) without the Python-level __new__ of NamedTuple (all ten fields given)
    prev_speaker: tuple[str | None, str | None, int] = (None, None, -1)
    outer_speakers: list[str | None] = []  # the speaker of each outer quote (direct or partial)
    for qi, r in enumerate(outer):
        content = text[r.start : r.end]
        link = quote_links.get(qi)
        a, mode = link if link else (None, "")
        # position: standalone (sentence/paragraph start, after : or ,) or embedded in a clause
        k_prev = r.open_mark - 1
        while k_prev >= 0 and text[k_prev] in " \t\u00a0\u200b\u200c\u200d\ufeff":  # (and zero-width marks)
            k_prev -= 1
        prev_c = text[k_prev] if k_prev >= 0 else "\n"
        standalone = prev_c in "\n.!?:,;—–-([…" or prev_c in "”\"’»" or k_prev < 0
        speaker = a.speaker if a is not None else None
        cue = a.cue.lower() if a is not None else None
        lower_start = content[:1].islower()
        lead = text[max(0, r.open_mark - 12) : r.open_mark]
        colon_before = lead[-8:].rstrip().endswith(":")  # 'X defended the plan: “…”'
        if not colon_before and prev_c in ".,\n" and a is None \
                and _REPLY_NOUN_END_RE.search(text, max(0, r.open_mark - 24), r.open_mark) is not None \
                and _GAVE_REPLY_RE.search(text, max(0, r.open_mark - 90), r.open_mark) is not None:
            colon_before = True  # 'Lind had a good response. “…”', 'She gave an honest response, “…”': as a colon
        # (no character lower-cases to a hyphen: without one, no match)
        so_called = "-" in lead and lead.lower().rstrip().endswith(("so-called", "self-styled"))
        if title and content.strip(" .,!?") == title.strip(" .,!?"):
            sub = "title"
        elif (looks_like_title(content) and not (mode in ("after", "before") and content[-1:] in ".!?,")) \
                or (content[-1:] == "," and _WORK_BEFORE_RE.search(lead) is not None and looks_like_title(content[:-1])):
            # (also a work's name with a comma before a clause's subject: 'On CBS’s “Face the Nation,”
            # Ann Lind said', 'In his book “Rise of the Warrior Cop,” Ray Brill recounts')
            sub = "title"
            speaker = cue = None
        elif so_called:
            sub = "scare"
            speaker = cue = None
        elif a is None and r.closed \
                and (((content.endswith(",") or text[qbounds[qi][1] : qbounds[qi][1] + 1] == ",")
                      and _HEADLINE_BY_RE.match(text, qbounds[qi][1]) is not None)
                     or (prev_c in ",:—–-" and _HEADLINE_EXCERPT_RE.match(text, qbounds[qi][1]) is not None)):
            # a headline in a roundup, with its byline or before its excerpt: '“Lind wins,” by Ray
            # Brill: “…”', 'ANN LIND in the Gazette, “Lind wins”: “…”', 'ALERT -- AP: “Ballots requested”: “…”'
            sub = "title"
            speaker = cue = None
        elif mode in ("after", "before") and not (lower_start and prev_c not in ":"):
            sub = "direct"
        elif lower_start and a is not None:
            sub = "partial"
        elif lower_start and _FIVE_WORDS_RE.match(content) is None:  # at most 4 words
            sub = "scare"
            speaker = cue = None
        elif standalone and (_THREE_WORDS_RE.match(content) is not None or content[-1:] in ".!?,…"):
            sub = "direct"
            named_m = (_role_name_colon(text, r.open_mark)
                       or _NAME_COLON_RE.search(text, max(0, r.open_mark - 120), r.open_mark)
                       or _BY_NAME_COLON_RE.search(text, max(0, r.open_mark - 120), r.open_mark)
                       or _NAME_TO_NAME_COLON_RE.search(text, max(0, r.open_mark - 120), r.open_mark)) \
                if a is None and _colon_ends(text, r.open_mark) else None
            if named_m is None and a is None and prev_c in "—–-":
                # 'Ann Lind, former state senator — “…”' (a list entry)
                line0 = text.rfind("\n", 0, r.open_mark) + 1
                named_m = _LIST_NAME_DASH_RE.match(text, line0, r.open_mark) if r.open_mark - line0 < 300 else None
                if named_m is not None and _is_sentence_words(text[named_m.end(1) : r.open_mark].lower().split()):
                    named_m = None  # a sentence, not a description ('Ann Lind, the mayor, says it must go — “…”')
            named_name = next((g for g in named_m.groups() if g), None) if named_m is not None else None
            if named_name is not None and " " in named_name and named_name.rsplit(" ", 1)[-1].lower() in _FORMS \
                    and named_name.endswith(("ed", "Said", "Says", "Wrote", "Writes", "Told")):
                named_name = named_name.rsplit(" ", 1)[0]  # 'Scarborough Tweeted: “…”' (a cue in title case)
            handle = named_name if named_name is not None and named_name.startswith("@") else None
            if named_name is None and a is None and r.closed \
                    and not (prev_c == "." and qi > 0 and outer_speakers[qi - 1] is not None
                             and "\n" not in text[qbounds[qi - 1][1] : r.open_mark]
                             and (k_cue := bisect.bisect_left(att_starts, qbounds[qi - 1][1])) < len(att_starts)
                             and att_starts[k_cue] < r.open_mark):
                # (not after a quote and its cue in the same paragraph: '“…?” Walker said. “…” — Ann
                # Lind' goes on with Walker, the dash and name are the entry's byline)
                named_name = _name_after_quote(text, qbounds[qi][1], alone=prev_c == "\n" or k_prev < 0)
            authors = named_name if named_name is not None and (
                ((", " in named_name or " and " in named_name)
                 and all(_is_titled_name(x) for x in _AUTHORS_SPLIT_RE.split(named_name)))
                or _EPIGRAPH_SOURCE_RE.fullmatch(named_name) is not None) else None  # ('Strauss & Howe', 'Luke 10:3')
            if named_name is not None and handle is None and authors is None and not _is_titled_name(named_name):
                named_name = None
            if named_name is None and a is None and speaker is None:
                # a transcript label: 'WARREN: “…”', '-- STUMPF: “…”' (the surname as the article
                # writes it elsewhere, given in full there)
                named_name = res.caps_label(r.open_mark)
                if named_name is not None:
                    speaker = named_name
            board = _ROUNDUP_BOARD_RE.match(text, qbounds[qi][1]) if named_name is None and a is None and r.closed else None
            if board is not None:
                # '“…” / The Editors, Harbour Review' (an outlet's editorial in a roundup)
                speaker = named_name = " ".join(board.group(1).split())
            elif handle is not None:
                speaker = handle  # '@AnnLind: “…”': the account
            elif authors is not None:
                speaker = authors  # 'by Ann Lind, Ray Brill and Jo Wu: “…”': the authors of the piece
            elif named_name is not None:
                # 'Lind: “…”' (headlines, transcripts), '“…” — Ann Lind, Gazette' (columns, roundups)
                # ('“…” – The Buddha' as written)
                who = named_name if (named_name.startswith("The ") and _DASH_THE_NAME_RE.match(text, qbounds[qi][1])) \
                    or " and " in named_name or (named_name == speaker and source_type(named_name) == "media") \
                    else res.full_name(named_name, r.open_mark)  # (two writers, an outlet's label: as named)
                if " " in who or who in res.people:
                    speaker = who
                else:
                    named_name = None
            subj = res.subject(r.open_mark, sentences=1, follow=True) \
                if (a is None or a.speaker is None) and named_name is None \
                and colon_before else None
            org = res.org_subject(r.open_mark) if subj is None and colon_before and a is None \
                and named_name is None and speaker is None else None
            if org is None and subj is None and colon_before and a is None and named_name is None and speaker is None:
                # 'From The Associated Press:\n\n“…”': the outlet or organisation named before the colon
                fo = _FROM_SOURCE_COLON_RE.search(text, max(0, r.open_mark - 120), r.open_mark)
                from_name = fo.group(1) if fo is not None else None
                kind = source_type(from_name) if from_name is not None else None
                if fo is None and (do := _DASH_OUTLET_COLON_RE.search(text, max(0, r.open_mark - 60), r.open_mark)) is not None \
                        and source_type(do.group(1)) == "media":
                    # a roundup's headline, a dash and the outlet: 'Crowd kept from press? - Harbour News: “…”'
                    from_name, kind = _outlet_as_written(do.group(1)), "media"
                if from_name is not None and kind in ("media", "organisation"):
                    org = (_LEADING_ARTICLE_RE.sub("", from_name), kind)
                elif (own := _own_words_colon(res, max(sent_lo(colon_at := text.rfind(":", 0, r.open_mark)),
                                                       r.open_mark - 160), colon_at + 1)) is not None:
                    # 'Here is Ann Lind’s 2006 statement on the floor: “…”': the owner of the words
                    subj, org = _own_words_owner(res, own)
                elif (clause := res.clause_subject(text.rfind(":", 0, r.open_mark))) is not None:
                    # 'After Lind won, his adviser Ann Brill was more blunt: “…”': the subject of
                    # the clause that ends in the colon, when no name opens the sentence
                    subj = clause
                elif (colon := text.rfind(":", 0, r.open_mark)) >= 0 \
                        and (desc := _described_subject(text, res, sent_lo(colon), colon)) is not None \
                        and desc.split(" ", 1)[0].lower() in _DESC_DETERMINERS and _person_head(desc.rsplit(" ", 1)[-1]):
                    # 'A Nato official put it like this: “…”': a person described, opening the sentence
                    # (one the article does not name: 'the president' is left to the rules that find him)
                    subj = _Person(desc, colon, "", "anonymous")
            if subj is None and org is None and speaker is None and named_name is None and a is None \
                    and prev_c == "?" and not colon_before \
                    and (own := _own_words_colon(res, max(sent_lo(k_prev), k_prev - 160), k_prev + 1)) is not None:
                # 'His message to the nominee? “…”': a question about someone's words, the quote its answer
                subj, org = _own_words_owner(res, own)
            if subj is not None:
                # 'Ann Lee again defended the plan: “…”': the subject of the sentence the colon ends
                speaker = subj.name
            elif org is not None:
                # 'The Harbour Gazette appended an update: “…”': an organisation or outlet opening it
                # (or the outlet's journalist: 'Gazette columnist Ann Lind summed it up: “…”')
                speaker = (_media_speaker(org[0]) if org[1] == "media" else None) or org[0]
                if speaker.lower() in _MEDIA_COREF_HEADS:
                    # 'The paper adds that …:' the outlet cited last before it, else 'the paper'
                    speaker = _outlet_cited_before(atts_by_end, bisect.bisect_left(att_ends, r.open_mark),
                                                   r.open_mark) or f"the {speaker.lower()}"
                elif speaker.islower():
                    speaker = f"the {speaker}"  # 'The agency released this statement: “…”': as described
            elif a is None and named_name is None:
                # a quote with no cue of its own continues the most recent speaker: the previous
                # direct quote's, or that of an attribution just before it in the same paragraph
                # ('… says Ann Lee. “…”')
                k = bisect.bisect_left(att_ends, r.open_mark) - 1
                prior = atts_by_end[k] if k >= 0 else None
                if prior is not None and k > 0 and atts_by_end[k - 1].speaker \
                        and ((prior.subtype == "according_to" and not (prior.entry.cue == "as stated by"
                                                                        and _first_name_gender(prior.speaker or "")))
                             or not prior.speaker
                             or (prior.subtype == "relay" and not (prior.entry.cue in ("tell", "in an interview with")
                                                                    and _first_name_gender(prior.speaker)))
                             or _WHEN_CLAUSE_GAP_RE.fullmatch(text, atts_by_end[k - 1].end, prior.start) is not None) \
                        and not _sent_break(text, atts_by_end[k - 1].end, prior.start):
                    # 'Ann Lind added, according to the Gazette. “…”' (not 'As stated by Ann Lind, …, “…”'), '“…,” Lind said after asking
                    # X to … “…”', '“…,” Lind said when asked …. “…”', '“…,” Lind said when Brill asked
                    # for her view. “…”': Lind (not '“…,” Ann Lind told CNN. “…”': she is no outlet)
                    prior = atts_by_end[k - 1]
                if prior is not None and prior.end > prev_speaker[2] and r.open_mark - prior.end < 250 \
                        and _ROUNDUP_ITEM_RE.search(text, prior.end, r.open_mark) is None \
                        and ((nl := text.find("\n", prior.end, r.open_mark)) < 0
                             or (prior.speaker and prior.stype in ("named_person", "official")
                                 and (_first_name_gender(prior.speaker) or res._known_gender(prior.speaker))
                                 and (prior.subtype == "indirect"
                                      or (prior.subtype == "direct" and prior.speaker != prev_speaker[0]))
                                 and not text[nl : r.open_mark].strip()
                                 and not _sent_break(text, prior.end, nl))):
                    # (not across a roundup's next item: 'ALERT -- AP: …', '-- “…,” by Ann Lind: …')
                    # (or its paragraph ends just before the quote's: 'Lind said the plan works.
                    # / “…”', 'The plan “works,” Lind said. / “…”')
                    # the nearest cue decides, also when its speaker is unknown ('… I explained. “…”')
                    speaker, cue = prior.speaker, (prior.cue.lower() if prior.speaker else None)
                elif prev_speaker[2] >= 0 and r.open_mark - prev_speaker[2] < 600 \
                        and _ROUNDUP_ITEM_RE.search(text, prev_speaker[2], r.open_mark) is None:
                    speaker = prev_speaker[0]
                    p_end = prev_speaker[2] + len(text[prev_speaker[2] : k_prev].rstrip())  # (under 600 characters)
                    p_lo = text.rfind("\n", prev_speaker[2], p_end) if prev_c == "\n" \
                        else (sent_lo(k_prev) if prev_c in ".!" else -1)
                    if p_lo > prev_speaker[2] \
                            and not content.rstrip().endswith(",") \
                            and _NAME_VERB_AFTER_RE.match(text, qbounds[qi][1]) is None \
                            and (subj_p := res.subject(k_prev, sentences=1)) is not None \
                            and subj_p.name != speaker and subj_p.name in res.people and " " in subj_p.name \
                            and text.find(subj_p.name.rsplit(" ", 1)[-1], p_lo, k_prev) >= 0 \
                            and _first_name_gender(subj_p.name) \
                            and not any(w in content and not _cue_after_name(content, w) for w in subj_p.name.split()) \
                            and all(not x.speaker or x.speaker.rsplit(" ", 1)[-1] == subj_p.name.rsplit(" ", 1)[-1]
                                    for x in atts_by_end[bisect.bisect_left(att_ends, p_lo) : bisect.bisect_left(att_ends, r.open_mark)]):
                        # 'Hayden declined to comment but called the remarks “inappropriate.” / “…”', 'Cruz,
                        # however, remains undeterred. “…”': the person cited before who is the subject of
                        # the paragraph (or sentence) just before, with no cue
                        # of someone else in it (not the last quote's speaker, a paragraph further back: not
                        # 'Trump, she said, “gave us no choice.” / “…”'); not for a quote ending in a comma,
                        # whose cue follows it ('“…,” Sanders began', '“…!” Mr. Bush grunts'), nor for one
                        # naming that person (no one's own words: '“No one got under Barack’s skin …”'),
                        # nor after a question ('Did Lind lie? “Outlandish.”')
                        speaker = subj_p.name
                if speaker is not None and colon_before \
                        and (pm := _PRONOUN_COLON_RE.search(text, max(0, r.open_mark - 130), r.open_mark)) is not None \
                        and res._known_gender(speaker) not in ("", _PRONOUNS[pm.group(1).lower()]):
                    # 'She pressed on: “…”' after a man's words: the person the pronoun stands for
                    p_colon = res.pronoun(pm.group(1), pm.start(1))
                    speaker = p_colon.name if p_colon is not None else None
        elif a is not None and mode == "partial":
            sub = "partial"
        elif _FIVE_WORDS_RE.match(content) is None:  # at most 4 words
            sub = "scare"
            speaker = cue = None
        else:
            sub = "partial" if not standalone else "direct"
        if sub == "direct" and speaker is None and a is not None and mode in ("after", "before") \
                and colon_before:
            # a cue with no speaker ('In an interview with Channel 2, Ann Lind reacted: “…”'): the
            # subject of the sentence the colon ends
            subj = res.subject(r.open_mark, sentences=1, follow=True)
            if subj is not None:
                speaker = subj.name
        if sub == "direct" and colon_before and (a is None or a.end < r.open_mark - 40):
            # 'Lind’s reply: “…”', 'Here's Lind:': the person whose reply it is (not a cue in a sentence before)
            poss = _POSS_REPLY_COLON_RE.search(text, max(0, r.open_mark - 160), r.open_mark) \
                or _HERE_IS_COLON_RE.search(text, max(0, r.open_mark - 120), r.open_mark)
            if poss is not None and (a is None or a.end <= poss.start()) and _is_titled_name(poss.group(1)):
                speaker, cue = res.full_name(poss.group(1), r.open_mark), None
        if sub == "direct" and a is not None and mode in ("before", "partial") and r.closed \
                and (speaker is None or a.stype == "anonymous") and text.startswith("\n", qbounds[qi][1]):
            # an opinion roundup's quote that ends its paragraph and is signed in the next one:
            # 'Supporters of the policy argue, “…” / Steven Rogers, The Daily Caller'
            sig = _ROUNDUP_NAME_RE.match(text, qbounds[qi][1])
            if sig is not None and sig.group("outlet") and _is_titled_name(sig.group(1)) \
                    and source_type(sig.group(1)) != "media":
                speaker, cue = sig.group(1), None
        if sub == "direct" and colon_before and a is not None and mode in ("before", "after") \
                and (a.speaker is None or (a.source or "").lower() in ("he", "she")) \
                and (label := res.caps_label(r.open_mark)) is not None:
            # a roundup item's upper-case heading names the speaker when the cue names no one, or a
            # pronoun: 'CLINTON, IN ORLANDO -- Here’s what she said …: “…”', 'OBAMA on the protests:
            # “…,” in an interview with ABC'
            speaker = a.speaker = label
        if speaker is not None and _no_speaker_word(speaker):
            speaker = None  # ('… nor blame. … only the question: “…”': no speaker 'nor')
        if sub == "direct" and speaker:
            prev_speaker = (speaker, cue, r.end)
        outer_speakers.append(speaker if sub in ("direct", "partial") else None)
        spans.append(new_span(Span, (r.start, r.end, "quote", sub, content, speaker, cue, None, None, None)))
    # nested quotes: quotes inside quotes
    inner_cued: tuple[int, str | None] | None = None  # (where, whose): the end of the last inner quote's cue after it
    for r in regions:
        if r.depth > 0:
            content = text[r.start : r.end]
            sub = "title" if looks_like_title(content) else (
                "direct" if _THREE_WORDS_RE.match(content) is not None or content[-1:] in ".!?," else "scare")
            speaker = None
            j = bisect.bisect_right(qstarts, r.open_mark) - 1
            if sub == "direct" and j >= 0 and r.end <= qbounds[j][1]:
                speaker, inner_cued = _inner_speaker(text, res, outer[j].start, r.open_mark, outer_speakers[j],
                                                     _THREE_WORDS_RE.match(content) is not None,
                                                     _close_end(text, r), outer[j].end, inner_cued)
            spans.append(new_span(Span, (r.start, r.end, "quote", sub, content, speaker, None, None, None, None)))
    for a in atts:
        if a.speaker is not None and _no_speaker_word(a.speaker):
            a.speaker = None
        spans.append(new_span(Span, (a.start, a.end, "attribution", a.subtype, a.cue, a.speaker,
                                     a.form, a.tone, a.source, a.stype)))
    spans.sort(key=_SPAN_KEY)
    return spans


_SPAN_KEY = operator.itemgetter(0, 1, 2)  # start, end, kind
# people named by a participle alone ('the accused' cut to its head), which may speak
_ED_PEOPLE = frozenset("accused deceased injured wounded detained displaced bereaved unemployed disabled".split())


# words no speaker is, whatever their case: function words and demonstratives ('nor', 'That claim
# “…” they wrote'); not 'you', 'some', 'many', 'both' (generic speakers)
_NO_SPEAKER_WORDS = frozenset("the a an nor and but or so yet if as than then first such including like much "
                              "of to for with from by on in at also even just only "
                              "that this these those there here what which".split())


def _no_speaker_word(speaker: str) -> bool:
    """A speaker that is one function word or demonstrative, or a lower-case past participle, cut
    from a clause (``nor``, ``That``, ``counted``): no one."""
    return " " not in speaker and (speaker.lower() in _NO_SPEAKER_WORDS
                                   or (speaker[:1].islower() and speaker.endswith("ed") and speaker not in _ED_PEOPLE))


# the last words of outlets' names, by which articles cite them again ('the Post', 'the Times')
_OUTLET_SHORT_FORMS = frozenset("Post Times Journal Guardian Telegraph Tribune Globe Herald Examiner Beast Hill "
                                "Chronicle Inquirer Enquirer Gazette Sun Star Observer Atlantic".split())
# words before an outlet's name that are no part of it ('A New York Times report', 'As The Post')
_OUTLET_LEAD_RE = re.compile(r"^(?:(?:A|An|As|The|And|But|In|On|By|For|From|With|Per)[ ])+")


def _outlet_in_full(text: str, short: str) -> str:
    """The one outlet name ending in ``short`` that ``text`` writes (``The Washington Post`` for
    ``Post``, without its article), else ``short`` (none, or two different ones)."""
    names = set()
    for m in re.finditer(r"(?<![\w'’.])((?:[A-Z][\w&'’\-]*[ ]){1,3}" + re.escape(short) + r")\b", text):
        name = _OUTLET_LEAD_RE.sub("", m.group(1).split("'s ")[-1].split("’s ")[-1])
        if name != short and source_type(name) == "media" and not _first_name_gender(name):  # (not 'Emily Post')
            names.add(name)
    return names.pop() if len(names) == 1 else short


# between a cue inside a quote and the quote it frames: 'say to me, ‘…’', 'told them: ‘…’', 'saying that ‘…’'
# ... or a phrase of place or audience, then 'that': 'Obama noted to an audience in Manhattan that ‘…’'
# (only with no quotation mark before the cue: quotes.py's marks, not apostrophes inside words)
_INNER_REPORTED_CHARS = 100  # reported speech before an inner quote: its verb at most this far before
_NOBODY = frozenset("nobody everybody everyone someone somebody anyone anybody".split())  # no speaker's name
_SOMEONE = frozenset("someone somebody everyone everybody".split())  # ('without someone saying, ‘…’')
_INNER_REPORTING_FORMS = frozenset("said says told tells stated wrote writes claimed argued declared insisted warned "
                                   "asserted added noted suggested admitted complained".split())
_INNER_CUE_PLACE_THAT_RE = re.compile(r"[ ]+(?:to|in|at|on|during|before)[ ][^,.;:!?“”\"‘’\n]{1,60}?[ ]that[ ]*$")
_INNER_CUE_GAP_RE = re.compile(r"(?:[ ]+(?:to[ ]+)?(?:me|us|him|her|them|you|myself|ourselves|himself|herself))?"
                               r"(?:[ ]*,)?(?:[ ]+that)?[ ]*[,:]?[ ]*$")
# the outer speaker's own words (and 'one': 'One might say, ‘…’' is the speaker's own hypothetical)
_FIRST_PERSON = frozenset("i we me us one i'm i’m i've i’ve i'd i’d we're we’re we've we’ve we'd we’d".split())
# a source phrase holding a sentence break is cut after it; one opening with a question or
# preposition word is no subject
_INNER_SRC_CUT_RE = re.compile(r"[.…!?][ ]+")
_NO_SUBJECT_OPENERS = frozenset("what what's what’s why how where by with of for from about".split())
_PREPS_BEFORE_SUBJECT = _PREP_BEFORE_NAME | frozenset("after before during since until than like".split())
# words opening a clause before its subject: 'If a cop says', 'Often schools will say', 'I think people …'
_CLAUSE_OPENER_RE = re.compile(r"(?:(?:if|when|as|once|while|because|until|unless|after|before|then|and|but|or|so|"
                               r"now|later|finally|often|sometimes|always|usually|also|just|[a-z]+ly|"
                               r"(?:i|we)[ ](?:think|believe|guess|mean|know|hope)(?:[ ]that)?)[ ,]+)+", re.IGNORECASE)
# words between a subject and a cue that are no part of the subject: 'like to say', 'seemed to say', 'kept telling',
# 'continued by saying'
_SRC_TAIL_RE = re.compile(r"(?:[ ](?:like|likes|liked|want|wants|wanted|seem|seems|seemed|used|need|needs|needed|"
                          r"kept|keep|keeps|going|got|start|starts|started|try|tries|tried|always|just|often|also|"
                          r"then|would|will|can|could|might|may|must|should|have|has|had|to|"
                          r"(?:continued|began|started|ended|concluded|opened|closed)[ ]by))+$", re.IGNORECASE)
# verbs an infinitive cue may follow with the cue's subject before them ('we try to say'); after
# any other word the infinitive has no subject of its own ('their ability to say', 'easy to say')
_TO_CUE_VERBS = frozenset("like likes liked want wants wanted seem seems seemed used need needs needed going got "
                          "start starts started try tries tried have has had ought".split())
_SECOND_PERSON = frozenset("you you've you’ve you're you’re you'd you’d".split())
_PERCEPTION_VERBS = frozenset("see sees saw seeing hear hears heard hearing watch watches watched watching".split())
# a written thing right before an inner quote with no cue: 'a sign: ‘…’', 'a banner that read ‘…’'
_WRITTEN_THING_BEFORE_RE = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|slogans?|mottos?|headlines?|captions?|shirts?|t-shirts?|stickers?|"
    r"billboards?|labels?|plaques?)(?:[ ](?:that|which))?(?:[ ](?:read|reads|reading|said|says|saying))?[ ]*[:,]?[ ]*$")
_RELATIVE_AFTER_RE = re.compile(r"[ ](?:who|that|which)[ ]")
_WHO_WHICH_RE = re.compile(r"[ ](?:who|which)[ ]")
# the subject opening a clause: a pronoun or a capitalised name run
_CLAUSE_SUBJECT_RE = re.compile(r"(I|we|We|you|You|he|He|she|She|they|They|(?:[A-Z][\w'’\-]*[ ]){0,3}[A-Z][\w'’\-]*)[ ]")
# a subject pronoun further on in the clause (another subject, unless the same pronoun again: 'I
# wish she had stood up and said', not 'I want to be sure that I can … and say')
_LATER_SUBJECT_RE = re.compile(r"[ ](?:I|we|he|she|they|you)[ ]", re.IGNORECASE)


def _last_cue_speaker(res: _Resolver, sents: list[int], prev: _Att | None, anchor: int, want: str,
                      subject: str) -> _Person | None:
    """The person cited by ``prev`` (the cue before a he/she cue whose quote or cue is at ``anchor``)
    when that cue ends the sentence just before (``Trump is also issuing warnings, Ray Caputo said.``),
    or that cue and its quote after it end the paragraph before (``… and Bush responded, “Yes, you
    have to.”``), names a person of gender ``want`` (or of none known) and is not ``subject`` (that
    sentence's subject), with no other person of that gender named since; else None."""
    if prev is None or not prev.speaker or prev.speaker == subject or prev.stype not in ("named_person", "official") \
            or (p := res.people.get(prev.speaker)) is None or res._gender_of(p) not in ("", want) \
            or bisect.bisect_right(sents, anchor) - bisect.bisect_right(sents, prev.end) != 1 \
            or res.named_since(prev.end, anchor, want, prev.speaker) \
            or not prev.source or not _is_titled_name(prev.speaker) \
            or not (" " in prev.speaker or _first_name_gender(prev.speaker)
                    or (prev.source == prev.speaker and res.text.startswith(f" {prev.source}.", prev.end))):
        return None  # (a person's name, with its source as written; a surname alone: '…, says Lomax.')
    text, src = res.text, prev.source
    if prev.subtype == "direct" and text.endswith(f"{src} ", max(0, prev.start - len(src) - 1), prev.start) \
            and _CUE_QUOTE_ENDS_PARAGRAPH_RE.match(text, prev.end, prev.end + 600) is not None:
        return p  # '… and Bush responded, “Yes, you have to.” / He explained, “…”': his cue and quote end the paragraph
    if text[max(0, prev.start - 2) : prev.start] in (", ", "” ", "\" ") and text.startswith(f" {src}", prev.end) \
            and _APPOS_AFTER_SRC_RE.match(text, prev.end + 1 + len(src)) is not None \
            and _SENT_REST_RE.match(text, prev.end, prev.end + 400) is not None:
        return p  # '“…,” said Ann Lind, an energy expert who contends that …. / “…,” she added'
    end = _SENT_REST_RE.match(text, prev.end, prev.end + 200)
    if end is None or " that " in end.group() or end.group().count(" ") > 5 or prev.subtype == "according_to":
        return None  # (not a cue inside the sentence: 'Lind said Ann Brill told her that …')
    before = text[max(0, prev.start - len(src) - 4) : prev.start]
    inverted = before.endswith(f" {src} ") and before[: -len(src) - 2].endswith((",", "”", "\"", "’")) \
        or (text[max(0, prev.start - 2) : prev.start] in (", ", "” ", "\" ") and text.startswith(f" {src}", prev.end))
    # (the cue's clause is the sentence's end, after a comma or a quote: '…, Ray Caputo said.', '…,
    # said Ann Lind, a spokeswoman.'; not 'which McConnell has argued undercuts …')
    return p if inverted else None


# what may stand between a quote closing a relative clause and the main clause's cue: '…,” also '
_REL_QUOTE_GAP_RE = re.compile(r"[ ,]*(?:(?:also|then|later|now|still|quickly|[a-z]+ly|has|had|have|is|was)[ ]+){0,2}")
# a subject noun phrase and a relative clause whose subject it is, active, up to a quote's opening
# mark: 'The president, who once referred to them as ' (not 'which Lind derided as', 'who was called')
_REL_CLAUSE_OPEN_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][\w.'’\-]*)(?:[ ](?:[A-Z][\w.'’\-]*|of|the|for|and|[a-z][a-z\-]+)){0,5}),"
    r"[ ](?:who|which)[ ](?!(?:has|have|had)[ ]been[ ]|(?:was|were|is|are)[ ][a-z]+ed\b)[a-z][^,.;:!?\n“”\"]{0,160}$")
_LEAD_CONJ_RE = re.compile(r"^(?:But|And|Yet|So|Still|Now)[ ]+(?=\S+[ ])")


def _and_clause_subject(text: str, res: _Resolver, lo: int, cue: int) -> str | None:
    """The subject of the sentence at ``lo`` for a cue at ``cue`` that a verb's phrase after *and*
    reaches (``… pointed at him and said``): a person or a description of one, when no quote stands
    before the cue in the sentence and no clause of its own (not 'Burke described a letter in which
    Lind claimed … and wrote'); else None."""
    if res.inside_quote(cue) or "“" in text[lo:cue] or '"' in text[lo:cue] or _CLAUSE_MARKER_RE.search(text, lo, cue):
        return None
    subj = res._subject_at(lo, cue)
    return _subject_written(text, subj) if subj is not None else _described_subject(text, res, lo, cue, clauses_ok=True)


def _and_verb_subject(text: str, res: _Resolver, lo: int, cue: int) -> str | None:
    """:func:`_and_clause_subject` when a past tense's phrase after *and* ends right before the cue
    (``Ann Lind noted the critique and spoke dismissively of it in an interview with``); else None."""
    m = _AND_VERB_PHRASE_BEFORE_RE.search(text, max(lo, cue - 100), cue)
    return _and_clause_subject(text, res, lo, cue) if m is not None and m.start() > lo else None


def _described_subject(text: str, res: _Resolver, lo: int, hi: int, clauses_ok: bool = False) -> str | None:
    """The subject opening the sentence at ``lo`` when it describes a person or a group (*The
    Newsmax founder*, *A White House spokesperson*; not an organisation's name, which the *it
    said* rules read, nor *I’ve*), with no clause of its own before ``hi`` (unless ``clauses_ok``:
    a participle's subject is the main clause's); else None."""
    m_subj = _SENTENCE_SUBJECT_RE.match(text, lo, hi)
    if m_subj is None or (not clauses_ok and _AND_CLAUSE_RE.search(text, m_subj.end(), hi)) \
            or _QUOTING_RE.search(text, m_subj.start(), hi):
        return None  # (not 'Forbes quoted Sen. Ann Lind, saying': the person quoted speaks)
    src = _sentence_subject(m_subj.group("subj"), res)
    if src is None or source_type(src) in ("organisation", "media") or src.startswith(("I’", "I'")):
        return None
    head = src.rsplit(" ", 1)[-1]
    if not (head[:1].isupper() or head.lower() in _PRONOUNS or head.lower() in _DOC_HEADS or _person_head(head)):
        return None  # (a person, a group or a document: not 'The revelation', 'His comments')
    return src


def _participle_org(text: str, res: _Resolver, lo: int, cue: int) -> str | None:
    """The organisation or outlet opening the sentence at ``lo`` (:meth:`_Resolver.org_subject`) as
    the subject of the participle cue at ``cue`` (``The Harbour Council rejected the plan, saying``):
    its people when the text names them (``Harbour Council officials rejected …``), not across a
    semicolon or colon nor for someone it quotes, and without a time after it (``The Harbour Council
    on Monday``); else None."""
    org = res.org_subject(cue)
    if org is None:
        return None
    name = org[0]
    k = text.find(name, lo, cue)
    if k < 0 or ";" in text[k:cue] or ":" in text[k:cue] or _QUOTING_RE.search(text, k, cue):
        return None  # (not 'The Gazette quoted Sen. Ann Lind, saying': the person quoted speaks)
    after = _NEXT_WORD_RE.match(text, k + len(name))
    if after is not None and after.group(1) == "and":
        return None
    if after is not None and (_person_head(after.group(1)) or after.group(1) in ("forces", "staff", "agents")):
        # ('White House officials tried …, insisting': the officials, not the White House)
        return f"{name} {after.group(1)}"
    return _ORG_TIME_TAIL_RE.sub("", name) or None


_AFTER_IN_RE = re.compile(r"[ ]in[ ](?=(.{4}))", re.DOTALL)
# what is named after a person ('Lind Tower', 'Lind Twitter'): no surname after a first name
_NAMED_AFTER_HEADS = frozenset("tower towers hotel plaza building center centre twitter facebook instagram "
                               "administration organization organisation foundation doctrine era presidency "
                               "campaign team university library museum park airport stadium".split())
# a relative pronoun before a name or cue: the clause is about something else ('which Ray Brill has argued')
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:who|whom|which|whose)\b")
# a recording of a named person before a participle cue ('a video surfaced of Ann Lind saying')
_RECORDING_OF_RE = re.compile(r"\b(?:video|videos|footage|clip|recording|audio|tape)(?:[ ][a-z]+){0,2}[ ]of[ ]"
                              r"((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]*)$")
# what stands between two cues of one subject's list of predicates: no new subject (a capitalised
# word right after a comma) nor a sentence's end
_PREDICATE_LIST_RE = re.compile(r"(?:[^.!?\n,]|,(?![ ][A-Z]))*,[”\"]?[ ]")
# what stands before a work's name in quotes ('on CBS’s “Face the Nation,”', 'his book “…,”')
_WORK_BEFORE_RE = re.compile(r"(?:['’]s|\bon|\bbook|\bshow|\bfilm|\bmovie|\bprogram|\bcolumn|\bop-ed|\barticle|"
                             r"\bessay|\bpoem|\bsong|\bnovel|\bmemoir|\btitled|\bcalled|\bentitled)[ \u00a0]*$")
# the rest of a cue's sentence, up to a quote opening the next: ' in a statement. ' (no quotation mark)
_CUE_SENTENCE_END_RE = re.compile(r"[^“”\"\n.!?]{0,55}[.][ ]+")
# an expletive 'It' opening a sentence, then a clause whose subject is a person, then a comma and a
# participle cue (the person's verb may be any but a conjunction or preposition): 'It was a remark so
# rude that Ann Lind called it out, saying', 'It emerged that Ann Lind wrote a memo, warning', 'It
# comes after Ann Lind filed a suit, accusing' (bounded: the caller tries it on at most 260 characters)
_IT_CLAUSE_NAME_RE = re.compile(
    r"It[ ](?:was|is|emerged|emerges|comes|came|seems|seemed|appears|appeared)\b[^.;:“”\"\n]{0,120}?"
    r"\b(?:that|after|when|because|as)[ ]((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)[ ](?:had[ ]|has[ ])?"
    r"(?!(?:and|or|of|in|at|for|from|who|which|to)\b)[a-z]{2,}\b[^;:“”\"\n]{0,160},[ ]$")
# 'with Ann Lind, president of the Harbour Union, saying': the name after 'with', its apposition
_WITH_NAME_APPOS_RE = re.compile(r"\bwith[ ]((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+),[ ](?=[a-z])[^,;:“”\"\n]{2,90},[ ]$")
_HOW_LEAD_RE = re.compile(r"(?:(?:Here|This|That|Here['’]s|This['’]s|That['’]s)[ ](?:is[ ])?)?[Hh]ow[ ]")
# a time after an organisation's name opening a sentence: 'The Harbour Council in April', '… on Monday'
# (or its preposition left by a weekday cut off before: 'The Harbour Council on')
_ORG_TIME_TAIL_RE = re.compile(
    r"[ ](?:(?:in|on|last|this)(?:[ ](?:January|February|March|April|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year))?|yesterday|today)$")


def _person_head(word: str) -> bool:
    """Whether ``word``, the last of a description, names a person or people by a role (*official*,
    *spokeswoman*, *critics*, *voters*, *aide*), a party's member or one unnamed aide."""
    low = word.lower()
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return low in _ANON_HEADS or _role_head(one) or one in _UNNAMED_ROLE_HEADS or one in _PARTY_NOUNS


def _role_head(low: str) -> bool:
    """Whether ``low``, a lower-case singular word, is a person's role: a role, title or
    description noun, or an agent noun (*caller*, *juror*, *spokeswoman*)."""
    return low in _ROLE_NOUNS or low in _COREF_HEADS or low in _TITLE_WORDS or low in _PERSON_DESC_HEADS \
        or (_AGENT_NOUN_RE.fullmatch(low) is not None and low not in _NOT_AGENT_NOUNS)


_DESC_DETERMINERS = frozenset("a an one another".split())
_QUOTING_RE = re.compile(r"\b(?:quoted|quoting|quotes|cited|citing)\b")
# a new clause with a subject of its own (or another 'and') between a sentence's subject and the 'and'
# before a cue
_AND_CLAUSE_RE = re.compile(r"\b(?:who|which|that|when|while|because|after|before|if|but|and|with|people|some|others|"
                            r"whether|how|what|where|whom|whose)\b"
                            r"|[,;:][ ]+(?:he|she|they|it|[A-Z])")
# 'and' and an adverb or two, or a short time phrase, before a cue ('… and simply said', '…, and later
# posted', '… and in May said'; not two adverbs joined: 'privately and publicly say'); 'but' or 'yet', with or
# without them ('…, but added')
_AND_ADVERB_BEFORE_RE = re.compile(r"(?<!ly)(?:[ ]and(?=[ ](?:then|later|also|simply|finally|just|again|eventually|"
                                   r"quickly|immediately|[a-z]{3,}ly|in|on|at|during|last|this)[ ])|,?(?<![ ]all)[ ](?:but|yet))"
                                   r"(?:[ ](?:then|later|also|simply|finally|just|again|eventually|"
                                   r"quickly|immediately|[a-z]{3,}ly)){0,2}"
                                   r"(?:,?[ ](?:in|on|at|during|last|this)[ ](?:[A-Z][a-z]+|week|month|year)(?:[ ]\d{1,4})?,?)?[ ]$")


def _long_org_name(words: list[str], person_ok: bool = True) -> bool:
    """Whether ``words`` (at most 14) are one organisation's name: *the*, then capitalised words joined by
    *of*, *for*, *the*, *and*, one of them an organisation word (*the U.S. District Court for the District of
    Columbia*); with ``person_ok`` false, no title and no person's name at its end (not *White House Counsel
    Pat Cipollone*: a source of that length, but a person speaking)."""
    body = words[1:] if words[0].lower() == "the" else words
    return len(words) <= 14 and bool(body) and body[0][:1].isupper() and body[-1][:1].isupper() \
        and body[0].lower() not in _NOT_ORG_OPENERS and not all(w.isupper() for w in body) \
        and all(w[:1].isupper() or w in _NP_FUNCTION_WORDS for w in body) \
        and any(w.lower() in _ORG_HEADS or w.lower() in _GOVERNMENT_WORDS for w in body) \
        and (person_ok or (not any(w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in _ROLE_NOUNS for w in body)
                           and not _first_name_gender(" ".join(body[-2:]))))


# capitalised words that open no organisation's name ('No Senate Republicans', 'Ranking House Democrats')
_NOT_ORG_OPENERS = frozenset("no some many most all several other both ranking top senior leading".split())


def _aside_subject(src: str) -> bool:
    """Whether ``src``, found before a dash aside ahead of a cue, may speak: a name, people or a
    document described (*critics*, *one report*), or a share of people (*nearly half*, *31% of the
    public*, *all of them*)."""
    words = src.split()
    lows = [w.lower() for w in words]
    return words[-1][:1].isupper() or src.lower() in _PRONOUNS or any(c.isdigit() for c in src) \
        or any(_person_head(w) or w in _PEOPLE_NOUNS or w in _DOC_HEADS or w in _SHARE_WORDS for w in lows)


# a capitalised list item and its comma before a name, another one after it: 'Chevron, | General Electric |,
# Walmart and Uber'
_LIST_ITEM_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z][\w&'’\-]*,[ ]$")
_LIST_ITEM_AFTER_RE = re.compile(r",[ ][A-Z][\w&'’\-]*(?:,|[ ]and[ ])")
# a verb that makes someone speak, and the one it makes speak, right before an infinitive cue
_PROMPT_TO_RE = re.compile(r"\b(?:prompting|prompted|prompts|leading|led|leads|causing|caused|forcing|forced|"
                           r"inspiring|inspired|spurring|spurred|compelling|compelled|"
                           r"(?<=would[ ]|could[ ])(?:lead|prompt|cause|force|inspire|spur|compel))[ ]"
                           r"((?:the|a|an|one|his|her|their|its|some|many|several|most|other|others|[A-Z][\w.'’\-]*)"
                           r"(?:[ ](?!to[ ])[\w.'’\-]+){0,5}?)[ ]to[ ]"
                           r"(?:[a-z]+ly[ ])?$")


def _prompt_before(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """The verb that makes someone speak and that someone (:data:`_PROMPT_TO_RE`, group 1) right
    before the infinitive cue at ``pos``, within ``text[lo:pos]`` and its last 90 characters
    (``…, prompting Ann Lind to retort``), else None; a cheap test for *to* first."""
    start = max(lo, pos - 90)
    return _PROMPT_TO_RE.search(text, start, pos) if " to " in text[start:pos] else None


_TIME_AFTER_NP_RE = re.compile(r"(?:[ ]on)?[ ](?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|"
                               r"Saturday|Sunday)$")
_QUOTING_AS_RE = re.compile(r"\bquot(?:ing|ed|es|e)[ ]((?:the|a|an|one|two|his|her|their|its|[A-Z][\w.'’\-]*)"
                            r"(?:[ ][\w.'’\-]+){0,5}?)[ ]as[ ]$")
_SHARE_WORDS = frozenset("half majority minority most all many some few two three four several both".split())
# the gap between a quote and a cue after it: an organisation's long name ('”the U.S. District Court for the
# District of Columbia wrote'); between a cue and the quote after it: where the words were put ('wrote on the
# North Korea-focused 38 North website, “')
_ORG_NAME_GAP_RE = re.compile(r"[ ,]*(?:the[ ])?[A-Z][\w.'’&\-]*(?:[ ](?:[A-Z][\w.'’&\-]*|of|for|the|and|on|&)){2,13}[ ]")
_PLACE_PHRASE_GAP_RE = re.compile(r"[ ](?:on|in|at)[ ][^,.;:!?“”\"\n]{1,70},[ ]")
# auxiliaries and adverbs between a cue and what stands before them ('— has since said')
_AUX_BEFORE_CUE_RE = re.compile(r"(?<=[ ])(?:(?:has|have|had|also|later|then|since|previously|repeatedly|again|earlier|"
                                r"once|would|will|did|not|never|publicly|reportedly|just|recently|still)[ ])+$")
_DASH_ASIDE_BEFORE_RE = re.compile(r"[ ]?(?:[—–]|--)(?:(?!--)[^—–\n\"]){2,150}(?:[—–]|--)[ ]?$")  # (or '--' pairs)
_ADVERB_PAIR_BEFORE_RE = re.compile(r"(?<![\w’'])([a-z]{2,}ly)[ ]and[ ][a-z]{2,}ly[ ]$")
def _cue_after_name(content: str, name: str) -> bool:
    """Whether ``content`` (a quote's) writes ``name`` before a speech verb: a cue inside the quote
    (``‘…,’ Ngo added.``), not words about that person."""
    return any((e := _FORMS.get(m.group(1))) is not None and e.kind == "verb"
               for m in re.finditer(re.escape(name) + r"[ ]([a-z]+)\b", content))


# a name and a lower-case word right after a quote's closing mark: a cue the lexicon lacks ('“…!” Mr. Bush grunts')
_NAME_VERB_AFTER_RE = re.compile(r"[ ]?(?:(?:Mr|Mrs|Ms|Dr)\.[ ])?(?!(?:After|Before|But|And|Then|The|This|That|It|In|On|At|As|So|When|While|If)[ ])"
                                 r"(?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+[ ](?:[a-z]+(?:s|ed)|began|wrote|spoke|told|said)\b")
# 'that' (after an addressee) between a cue and the quote after it: 'Ann Lind told the Gazette that “…,” the
# Gazette reported' (the cue before speaks; the outlet after it relays)
_THAT_BEFORE_QUOTE_RE = re.compile(r"(?:[ ](?:the[ ])?[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3})?[ ]that[ ]+")
# a sentence opening with he/she and ending in a colon just before a quote: 'She pressed on: “'
_PRONOUN_COLON_RE = re.compile(r"(?:^|[.!?”\"’][ \t]+|\n[ \t]*)(He|She)[ ][^.!?\n“”\"]{0,80}:[ \t]*[“\"]?$")


def _described_cue_speaker(res: _Resolver, sents: list[int], prev: _Att | None, anchor: int, want: str) -> str | None:
    """The unnamed person, as described (*one senior Israeli official*, *a spokesman*), whose cue and
    quote make the sentence just before ``anchor`` (a he/she cue's quote or cue) in the same
    paragraph, with a description of gender ``want`` or of none and no person of that gender named
    since; else None. '“…,” one senior official said. “…,” he said': the official."""
    if prev is None or not prev.speaker or prev.speaker != prev.source or prev.subtype != "direct" \
            or prev.stype not in ("anonymous", "official") or " and " in prev.speaker \
            or prev.speaker.split(" ", 1)[0].lower() not in ("one", "a", "an", "another", "the") \
            or (prev.speaker.endswith("s") and not prev.speaker.endswith(("ss", "us"))) \
            or _gender_hint_word(prev.speaker) not in ("", want) \
            or not 0 <= anchor - prev.end <= 400 or "\n" in res.text[prev.end : anchor] \
            or bisect.bisect_right(sents, anchor) - bisect.bisect_right(sents, prev.end) != 1 \
            or res.named_since(prev.end, anchor, want, prev.speaker):
        return None
    head = prev.speaker.rsplit(" ", 1)[-1].lower()
    if head in _COREF_HEADS and prev.speaker[:4].lower() == "the ":
        return None  # ('the real estate mogul': a named person the article's he/she rules find better)
    if not _role_head(head):
        return None  # (a person's role as the description's last word: not 'a home', 'a few people in the crowd')
    rest = _SENT_REST_RE.match(res.text, prev.end, prev.end + 200)
    if rest is None or rest.group().count(" ") > 15 or " that " in rest.group():
        return None  # (the cue's clause ends its sentence: not '… as one voter described it to the AP, “…”')
    return prev.speaker


# people's descriptions that name no role of an agent noun's shape
_PERSON_DESC_HEADS = frozenset("source sophomore freshman junior senior diplomat witness neighbour neighbor "
                               "veteran victim mom dad parent relative friend colleague aide".split())


def _opens_sentence(text: str, sent_lo: Callable[[int], int], pos: int) -> bool:
    """Nothing but spaces and quotation marks stands before ``pos`` in its sentence (read from at
    most 200 characters before it: linear time on texts without sentence ends)."""
    pos = max(pos, 0)
    lo = sent_lo(pos)
    return pos - lo <= 200 and not text[lo:pos].strip(" \t\n\u00a0“”\"‘’'")


# an apposition or relative clause after the name an inverted cue cites: ', an energy expert', ', who'
_APPOS_AFTER_SRC_RE = re.compile(r",[ ](?:a|an|the|who|one|his|her|its|their|[a-z]+[ ]of)\b")
# the rest of a sentence after a cue, to its end
_SENT_REST_RE = re.compile(r"[^.!?\n“”\"]*[.!?]")
# a common noun for an organisation or a work just before a capitalised run: 'the group Safe Hands'
_ORG_NOUN_BEFORE_RE = re.compile(
    r"\b(?:group|company|charity|firm|nonprofit|non-profit|organi[sz]ation|band|show|book|film|movie|website|"
    r"app|magazine|newspaper|movement|coalition|agency|program|programme|initiative|foundation|brand|"
    r"label|club|network|outfit|startup|start-up|ship|vessel)[ ]$")
# a cue's quote right after it, ending the paragraph: ', “Yes, you have to.” \n'
_CUE_QUOTE_ENDS_PARAGRAPH_RE = re.compile(r"[,:]?[ ]*[“\"][^“”\"\n]{1,500}[.!?][”\"][ ]*(?:\n|$)")


def _inner_speaker(text: str, res: _Resolver, lo: int, open_mark: int, outer_speaker: str | None,
                   long_enough: bool = True, close: int = -1, hi: int = -1,
                   cued: tuple[int, str | None] | None = None) -> tuple[str | None, tuple[int, str | None] | None]:
    """The speaker of a direct quote opening at ``open_mark`` inside the quote whose content starts
    at ``lo``, spoken by ``outer_speaker``.

    A cue inside the outer quote right before it (a speech verb, then at most *to me*, *that*
    and a comma or colon), in the same sentence, names the inner speaker: its subject (the
    source before the cue, else the subject opening the clause for a participle or a second
    verb: ``Lind stood up before asking, ‘…’``). *I*/*we* is the outer speaker (``I said to
    myself, ‘…’``); so is a generic *you* (``You think, ‘…’``); *he*, *she*, *they* or *it*
    is someone else, left unresolved (who *he* is inside someone's words is not worked out):
    None; a name is given in full where the article gives it; a description as written
    (``several people say to me, ‘…’``). When the text names no other speaker (no such cue: a
    remark the outer speaker imagines or puts in someone's mouth, ``a worse position than,
    ‘We would …’``; a cue with no subject of its own), the words are the outer speaker's, as
    readers take them; not for a fragment of fewer than three words (``long_enough`` false: ``‘Miss
    Piggy.’``), which gets None. The cue inside a quote is no attribution span, so the inner
    quote gets no ``cue``.

    With no cue before it, a cue right after its closing mark (``close``), inside the outer quote
    (whose content ends at ``hi``), names the speaker: an excerpt of an article quoting someone
    (``“… ‘…,’ Ann Lind said. …”``, ``‘…,’ said Ann Lind``); and an inner quote that opens right
    after such a cue (``cued``: where the cue phrase ended, and whose it was) goes on with its
    speaker (``‘…,’ Lind says. ‘…’``). Failing those, a reporting verb (:data:`_INNER_REPORTING_FORMS`)
    earlier in the same sentence, with no quotation mark after it, names the speaker of words quoted
    inside reported speech (``Lind stated that Brill had a ‘rough couple of days’``) when its subject is
    a name written whole there. Returns the speaker, and ``cued`` for the next inner quote.
    """
    fallback = outer_speaker if long_enough else None
    w0 = max(lo, open_mark - 150)
    seg = text[w0:open_mark]
    cut = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "), seg.rfind("\n"))
    if cut >= 0:
        seg, w0 = seg[cut + 2 :], w0 + cut + 2
    found = None
    for cand in _cue_candidates(seg):
        if cand[3].kind == "verb" and ((len(seg) - cand[1] <= 30 and _INNER_CUE_GAP_RE.match(seg, cand[1]))
                                       or (_INNER_CUE_PLACE_THAT_RE.match(seg, cand[1])
                                           and not _MARK_ONLY_RE.search(seg, 0, cand[0]))):
            # (the longer gap only with no quote mark before the cue: '“Dead on arrival,’ but
            # clarified on Twitter that “…”' is no subject)
            found = cand
    if found is None:
        after = _inner_cue_after(text, close, hi, long_enough) if close >= 0 else None
        if after is not None:
            if not after[0]:
                return fallback, None  # the next quote's cue ('phrases like ‘illegal immigrant,’ my dad says, ‘…’')
            # '“… ‘…,’ Ann Lind said. …”': an excerpt's quote and its cue
            who = _inner_src_speaker(res, after[0], close, outer_speaker, after=True)
            if who is None and after[0] in ("he", "she"):
                # '“… Interior Minister Ann Lind visited the camp. ‘…,’ she said.”': the one person
                # of that gender the excerpt names in full before the inner quote
                who = _excerpt_person(text, res, lo, open_mark, "m" if after[0] == "he" else "f")
            return who, (after[1], who)
        if cued is not None and _CONTINUED_GAP_RE.fullmatch(text, cued[0], open_mark) is not None:
            return cued[1], None  # '‘…,’ Lind says. ‘…’': the same speaker goes on
        for cand in _cue_candidates(seg):
            if cand[2] in _INNER_REPORTING_FORMS and len(seg) - cand[1] <= _INNER_REPORTED_CHARS \
                    and not _MARK_ONLY_RE.search(seg, cand[1]):
                found = cand  # (the last)
        if found is not None and (who := _inner_before_speaker(res, seg, w0, found, outer_speaker, None)) is not None \
                and (who == outer_speaker or (_is_titled_name(who) and _written_whole(seg[: found[0]], who)
                                              and (" " in who or (who.lower() not in _COMMON and who.lower() not in _NOBODY
                                                                  and not res._common_word(who))))):
            # words quoted inside reported speech in the same sentence ('Lind stated that Brill had a
            # ‘rough couple of days’'): the reporting verb's subject, when a name written whole there
            return who, None
        # no cue: a remark the speaker imagines; not a sign's or a banner's words ('There was a
        # sign: ‘…’')
        return (None if _WRITTEN_THING_BEFORE_RE.search(seg) is not None else fallback), None
    return _inner_before_speaker(res, seg, w0, found, outer_speaker, fallback), None


def _written_whole(seg: str, name: str) -> bool:
    """Whether ``seg`` writes ``name`` (or its last word, for a name given in full from elsewhere)
    with no capitalised word but a title before it (*Ayatollah Khamenei*): not *York Times* of
    *the New York Times*."""
    k = seg.rfind(name)
    if k < 0:
        last = name.rsplit(" ", 1)[-1]
        if name.count(" ") > 1 or (k := seg.rfind(last)) < 0 or seg[k - 1 : k].isalnum():
            return False
    before = seg[:k].split()[-1:]
    return not before or not before[0][:1].isupper() or before[0].endswith(".") \
        or (before[0].lower() in _TITLE_STRIP and source_type(f"{before[0]} {name}") not in ("media", "organisation"))


_INVERTED_SAY_FORMS = frozenset("said says told tells added adds asked asks wrote writes".split())


def _inner_before_speaker(res: _Resolver, seg: str, w0: int, found: tuple[int, int, str, Cue],
                          outer_speaker: str | None, fallback: str | None) -> str | None:
    """:func:`_inner_speaker` for the cue ``found`` in ``seg`` (the text before the inner quote,
    from ``w0``).

    A cue in a clause that imagines the words (a modal or a condition: ``they’ll say``, ``…, and
    could actually go in the other direction and say``) whose subject is *they* or not worked out
    gives them to the outer speaker (``fallback``), who puts them in a generic mouth; else a
    subject not worked out gives None. A generic subject stays as written (``If a cop says``,
    ``people are going to say``: the annotators took these as the speakers)."""
    before = seg[: found[0]]
    if before.endswith(" to ") and before[:-4].rsplit(" ", 1)[-1].lower() not in _TO_CUE_VERBS:
        return fallback  # an infinitive with no subject of its own ('the chance to say, ‘…’')
    if (antecedent := _relative_antecedent(before)) is not None:
        return antecedent  # 'the sacrifice of those soldiers who said, ‘…’': the people described
    if (last := before.rsplit(None, 1)[-1:]) and last[0].lower() in _SOMEONE:
        return last[0]  # 'a weekend that’s gone by without someone saying, ‘…’': someone
    clause = before[max(before.rfind(", "), before.rfind("; ")) + 1 :]
    # (a subject not worked out: the outer speaker's only for a modal among the last words, not
    # 'would', often a habit told: 'My dad would fix the car and say'; with no he or she and no
    # name in the clause: not '… pretends like he’s going to help me and says', '[Ann Lind] will say')
    tail = " ".join(clause.split()[-5:])
    unknown = fallback if _HYPOTHETICAL_RE.search(tail) is not None and _WOULD_RE.search(tail) is None \
        and _HE_SHE_RE.search(clause) is None and _CAP_AFTER_START_RE.search(clause) is None else None
    src = _source_before_text(before)
    if src is not None:
        src = _INNER_SRC_CUT_RE.split(src)[-1]  # ('… comes from a statue… So Giuliani would say')
        prev = before[: before.rfind(src)].split()[-1:]
        if src.split(" ", 1)[0].lower() in _NO_SUBJECT_OPENERS:
            return fallback  # no subject: 'What's the matter with saying'
        if prev and prev[0].lower() in _PREPS_BEFORE_SUBJECT:
            return unknown  # a subject not worked out: 'not the man that after a single meeting is going to say'
        opener = _CLAUSE_OPENER_RE.match(src)
        src = _SRC_TAIL_RE.sub("", src[opener.end() :] if opener is not None else src)
        verb, _, named = src.partition(" ")
        if named and verb.lower() in _INVERTED_SAY_FORMS and _is_titled_name(named):
            src = named  # '‘…,’ said Ray Brill, Lind’s adviser, adding, ‘…’': the inverted cue's subject
        words = src.lower().split()
        if len(words) > 1 and words[0] != "one" and (words[0] in _SECOND_PERSON or words[0] in _FIRST_PERSON):
            # 'you start seeing a bunch of headlines': the speaker's generic you (not 'when you see
            # some of the states say': the states speak; not 'one school district said to us')
            return None if not _PERCEPTION_VERBS.isdisjoint(words[1:]) else fallback
        if len(words) > 1 and (words[-1] in _PREPS_BEFORE_SUBJECT or words[0] in _SUBJECT_PRONOUNS):
            return unknown  # a phrase, no subject worked out: 'direction of', 'he keeps telling his aides'
    else:
        # a participle or a second verb: the subject opening the clause, when no other subject
        # comes after it ('Lind stood up before asking', not 'I think she stood up and said')
        clause = before[before.rfind(", ") + 1 :].lstrip()
        opener = _CLAUSE_OPENER_RE.match(clause)
        m = _CLAUSE_SUBJECT_RE.match(clause, opener.end() if opener is not None else 0)
        if m is None:
            return unknown  # no subject worked out
        if any(x.group().strip().lower() != m.group(1).lower() for x in _LATER_SUBJECT_RE.finditer(clause, m.end() - 1)):
            return unknown  # another subject after it: 'I think she stood up and said'
        if (rel := _RELATIVE_AFTER_RE.search(clause, m.end() - 1)) is not None \
                and not (rel.group() == " that " and m.group(1).lower() in _FIRST_PERSON
                         and _LATER_SUBJECT_RE.search(clause, rel.end() - 1) is not None
                         and _WHO_WHICH_RE.search(clause, m.end() - 1) is None):
            # a subject in a relative clause: 'I think people who saw Ann Lind and said' (not a
            # first person's 'that'-clause with the same subject again: 'I was so excited that I
            # opened the windows and shouted')
            return unknown
        src = m.group(1)
        if src.lower() not in _SUBJECT_PRONOUNS and src.lower() not in _SECOND_PERSON and not _is_titled_name(src):
            return unknown  # (a capitalised run that is no name: 'The', 'Now Facebook')
    if not src:
        return fallback
    who = _inner_src_speaker(res, src, w0, outer_speaker)
    if who is None and _PRONOUN_CONTRACTION_RE.sub(r"\1", src).lower() == "they":
        k = before.rfind(src)
        if _HYPOTHETICAL_RE.search(" ".join(before[:k].split()[-2:]) + " " + before[k:]) is not None:
            return fallback  # 'If you smile, they’ll say, ‘…’': words the speaker imagines in a generic mouth
    return who


# a relative clause's pronoun (and auxiliaries or adverbs) right before an inner quote's cue: 'those
# soldiers who said', 'officers and chaplains, who’ve said', 'voters who are saying'
_RELATIVE_CUE_RE = re.compile(r"(?:,[ ]+|[ ])(?:who|that)(?:['’](?:ve|re|d))?"
                              r"(?:[ ](?:are|were|is|was|have|has|had|been|just|always|often|still|then|also|never|"
                              r"would|will|keep|kept|[a-z]+ly))*[ ]$")
# words that end a relative clause's antecedent, read from its head backwards ('the sacrifice of |
# those soldiers who said'); a word with punctuation ends it too
_NP_STOP_WORDS = _PREPS_BEFORE_SUBJECT | _SUBJECT_PRONOUNS | frozenset(
    "and or but is are was were be been have has had there there's there’s know knew met meet see saw "
    "heard hear talked talk spoke speak among that which who".split())
# a name and a comma or dash before a description ('Drew Westen, | an Emory University psychology professor who')
_NAME_BEFORE_DESC_RE = re.compile(r"(?<![\w'’.])((?:[A-Z][\w.'’\-]*[ ]){1,3}[A-Z][\w'’\-]+)(?:,|[ ][-–—])$")
_NP_DETERMINERS = frozenset("a an the this these those some many most all several his her their our your my its "
                            "one any each every few".split())
# people nouns _person_head does not hold (no role of theirs): 'those kids who said'
_PEOPLE_NOUNS = frozenset("people folks kids guys women men children child person man woman guy friends chaplains "
                          "families family couple teen teens others groups organizations organisations".split())


def _relative_antecedent(before: str) -> str | None:
    """The people a relative clause right before a cue describes (``before`` ends with *who* or
    *that* and the cue's auxiliaries; the cue of an inner quote or of a source): *those soldiers* of
    *the sacrifice of those soldiers who said, ‘…’*, *officers and chaplains* of *officers and
    chaplains, who’ve said*;
    only when the antecedent's last word names people (a role, *voters*, *folks*; not *an article
    that said*, *our party that are saying*, *it, who*), as written, else None."""
    m = _RELATIVE_CUE_RE.search(before)
    if m is None:
        return None
    words = before[: m.start()].split()[-5:]
    if not words or not (_person_head(words[-1]) or words[-1].lower() in _PEOPLE_NOUNS) \
            or _WRITTEN_THING_BEFORE_RE.search(words[-1]) is not None \
            or words[-1].lower().endswith("ment") \
            or words[-1].lower() in ("number", "numbers"):
        return None  # (not 'a banner that read', 'a soccer tournament who', 'the number who': no person)
    k = len(words) - 1
    while k > 0 and words[k].lower() not in _NP_DETERMINERS:
        w = words[k - 1]
        if not w.replace("-", "").replace("'", "").replace("’", "").isalpha() or w.lower() in _NP_STOP_WORDS:
            if w == "and" and k >= 2 and (_person_head(words[k - 2]) or words[k - 2].lower() in _PEOPLE_NOUNS):
                k -= 2  # 'officers and chaplains'
                continue
            break
        k -= 1  # (a determiner opens the phrase: 'imagine | a president who says')
    return " ".join(words[k:])


# a clause that imagines what is said: a modal or a condition before the cue
_HYPOTHETICAL_RE = re.compile(r"(?i:\b(?:will|would|could|might|should|can|must|wish|gonna|going[ ]to|ha(?:s|ve|d)[ ]to|"
                              r"if|unless)\b|\w['’](?:d|ll)\b)")
_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WOULD_RE = re.compile(r"(?i:\bwould\b|\w['’]d\b)")
_CAP_AFTER_START_RE = re.compile(r"(?<=[\w,;\[(])[ ]+\[?(?!I\b|I['’])[A-Z]")  # (a capitalised word not opening the clause)


# a name in full: a first name (an initial may follow) and a surname
_EXCERPT_NAME_RE = re.compile(r"(?<![\w’'.])([A-Z][a-z]+(?:[ ][A-Z]\.)?[ ][A-Z][a-z][\w’'\-]*)(?![\w’'])")


def _excerpt_person(text: str, res: _Resolver, lo: int, hi: int, gender: str) -> str | None:
    """The one person of ``gender`` (``"m"``/``"f"``) named in full in ``text[lo:hi]`` (an outer
    quote's content before an inner quote whose cue after it is *he*/*she*), at most 1,500
    characters back, outside inner quotes; None when it names none or several (in full or by
    surname), or when another inner quote stands between the name and this one."""
    found: set[str] = set()
    last: str | None = None
    last_end = hi
    seg_lo = max(lo, hi - 1500)
    for m in _EXCERPT_NAME_RE.finditer(text, seg_lo, hi):
        if text.count("‘", seg_lo, m.start()) > text.count("’ ", seg_lo, m.start()) + text.count("’,", seg_lo, m.start()):
            continue  # (inside an inner quote, roughly)
        name = m.group(1)
        g = _first_name_gender(name)
        if g == gender:
            found.add(name.rsplit(" ", 1)[-1])
            if len(found) > 1:
                return None
            last, last_end = name, m.end()
        elif not g and (p := res.people.get(name)) is not None and p.gender == gender:
            return None  # (someone else of that gender, of a first name the lexicon does not know)
    if last is None or "‘" in text[last_end:hi] or " '" in text[last_end:hi]:
        return None  # (nor with another inner quote between: '‘…,’ the president said. ‘…,’ he added')
    return res.full_name(last, hi)


def _inner_src_speaker(res: _Resolver, src: str, pos: int, outer_speaker: str | None, after: bool = False) -> str | None:
    """The speaker an inner quote's cue source ``src`` (at ``pos``) names: the outer speaker for
    *I*, *we* or a generic *you* (not for a cue ``after`` the inner quote: '‘…,’ as you suggest'
    is the one addressed); None for another pronoun (who *he* is inside someone's words
    is not worked out: the article's resolver reads the people named outside quotes, and tried
    on the 6,000 AllSides dump articles it named the wrong person in about 6 of 10 such
    quotes); a name in full; a description as written."""
    low_src = src.lower()
    if (c := _PRONOUN_CONTRACTION_RE.fullmatch(low_src)) is not None:
        low_src = c.group(1)  # ('‘…,’ they’ll declare')
    if low_src in _FIRST_PERSON or (low_src in _SECOND_PERSON and not after):
        return outer_speaker
    if low_src in _PRONOUNS or low_src in _SECOND_PERSON or low_src in _SUBJECT_PRONOUNS:
        return None
    if _is_titled_name(src):
        return res.full_name(src, pos)
    if all(w[:1].isupper() for w in src.split()) and " " in (name := _strip_titles(src)) and src.endswith(name) \
            and any(w.lower() in _TITLE_STRIP for w in src[: -len(name)].split()) and _is_titled_name(name):
        return res.full_name(name, pos)  # ('Alabama Sen. Ann Lind': a state before the title)
    return src


# an inner quote's cue after its closing mark, inside the outer quote: '‘…,’ Ann Lind said.', '‘…,’
# said Ann Lind, a …', '‘…’ as the report states': the source (at most five words, no mark or
# sentence bound in them) before or after a speech verb, then a comma, period or the outer quote's end
# (a short phrase of place, medium or addressee by name may follow: '‘…,’ Ann Lind said on CNN.')
_INNER_AFTER_TAIL = (r"(?=(?P<adverb>[ ]+[a-z]{3,}ly)?"
                     r"(?:[ ]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
                     r"(?:[ ]+(?:(?:on|in|at|to)[ ])?(?:the[ ])?(?:[A-Z][\w'’\-]*[ ]?){1,3}"
                     r"|[ ]+(?:on|in|at|during)[ ](?:a|an|the|his|her|their)(?:[ ][a-z][\w'’\-]*){1,4}"
                     r"(?:[ ](?:to|with)[ ](?:the[ ])?[A-Z][\w'’\-]*)?"
                     r"|[ ]+(?:at|to)[ ](?:[A-Z][\w'’\-]*[ ]){0,2}[a-z][\w'’\-]*"
                     r"|[ ]+(?:reporters|investors|supporters|me|us|him|her|them))?[ ]*(?:[,.;…]|$))")
# (and a day, or a short lower-case phrase of place or occasion, or the addressee: '‘…,’ Ann Lind said
# Wednesday on a call with investors.', '‘…,’ Ann Lind told reporters.')
_INNER_AFTER_BEFORE_RE = re.compile(r"[ ]*,?[ ]+((?:as[ ])?(?:[A-Za-z][\w.'’\-]*[ ]){0,4}?[A-Za-z][\w.'’\-]*)[ ]+([a-z]+)"
                                    + _INNER_AFTER_TAIL)
_INNER_AFTER_AFTER_RE = re.compile(r"[ ]*,?[ ]+([a-z]+)[ ]+((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)" + _INNER_AFTER_TAIL)
# ... and a person described after the verb: '‘…,’ said one participant on the call who …'
_INNER_AFTER_DESC_RE = re.compile(r"[ ]*,?[ ]+([a-z]+)[ ]+((?:one|a|an|another)[ ](?:[a-z][\w'’\-]*[ ]){0,3}?[a-z][\w'’\-]*)"
                                  r"(?=[ ]*(?:[,.;]|$)|[ ]+(?:who|on|in|at|with|for|of)[ ])")
_NEXT_QUOTE_RE = re.compile(r"[ ]*[,:]?[ ]*[‘“'\"]")
# what may stand between an inner quote's cue (after it) and the next inner quote it goes on with
# (an apposition may follow the cue's name: '‘…,’ said Ann Lind, an attorney for the family, ‘…’')
_CONTINUED_GAP_RE = re.compile(r"[ ]*[.,:]?[ ]*(?:(?:a|an|the)[ ][^,.;:!?‘’“”\"\n]{1,60},[ ]*"
                               r"|(?:(?<=,)|(?<=,[ ]))(?!(?:but|and|or|while|although|though|as|because|yet|so|then|when|after|before|if|who|"
                               r"which|where)\b)[a-z](?:[^,.;:!?‘’“”\"\n]|(?<=\w)’(?=\w)){1,60}[,.][ ]*)?")


def _inner_cue_after(text: str, close: int, hi: int, long_enough: bool = True) -> tuple[str, int] | None:
    """The source of a speech verb right after an inner quote's closing mark at ``close`` (before
    the outer quote's content end ``hi``), and where the cue phrase ends; else None. The source
    is ``""`` for the cue of the next quote after a fragment of fewer than three words
    (``long_enough`` false) that ends with a comma."""
    seg = text[close : min(hi, close + 80)]
    for pattern, verb_group, src_group in ((_INNER_AFTER_BEFORE_RE, 2, 1), (_INNER_AFTER_AFTER_RE, 1, 2),
                                           (_INNER_AFTER_DESC_RE, 1, 2)):
        m = pattern.match(seg)
        if m is None:
            continue
        entry = _FORMS.get(m.group(verb_group))
        if entry is None or entry.kind != "verb":
            continue
        src = m.group(src_group)
        if pattern is _INNER_AFTER_DESC_RE and not _person_head(src.rsplit(" ", 1)[-1]):
            continue  # (a person described: 'one participant', 'a senior aide'; not 'said a lot')
        if src.startswith("as "):
            src = src[3:]  # ('as the resolution states')
        words = src.lower().split()
        if "adverb" in m.re.groupindex and m.group("adverb") and words[0] in _SUBJECT_PRONOUNS:
            continue  # ('“…” he continued earnestly. “…”': marks a writer left unbalanced more often than a pronoun's inner quote)
        if len(words) > 1 and words[0] in _SUBJECT_PRONOUNS:
            continue  # a pronoun and more words: a clause ('he continued as his fans chanted'), an adverb ('She later told')
        if words[-1] in _NO_SOURCE_AFTER or words[0] in _CLAUSE_OPENERS or not _CLAUSE_WORDS.isdisjoint(words) \
                or (_is_ly_adverb(words[-1]) and src.rsplit(" ", 1)[-1][:1].islower()):  # (not a surname: 'Ann Kimberly')
            # a new clause ('and he said', 'this is what Lind said'), an adverb ('Simply put'): not
            # the quote's source
            continue
        if _NEXT_QUOTE_RE.match(seg, m.end()) is not None:
            if text[close - 2 : close - 1] != ",":
                continue  # '‘….’ He added, ‘…’': the next quote's cue
            if not long_enough:
                return "", close + m.end()  # (a fragment before a comma; '‘…,’ he said, ‘…’' is both's)
        return src, close + m.end()
    return None


_ATT_END = operator.attrgetter("end")
_PAREN_PARTY_RE = re.compile(r"\s*\([DRI](?:[-–][A-Za-z.]+|\.,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][a-z.]+)?)?\)$")  # (D-Ore.), (R., Pa.), (D)
# a party tag, then two to four lower-case words ending in 'to': 'Ann Lee (R-Ore.), was heard to'
_PARTY_BEFORE_TO_RE = re.compile(r"[ ]?\([DRI][-–][A-Za-z.]+\),?(?=(?:[ ][a-z]+){2,4}$)")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+$")  # "J.", "H.W."
_STATE_PARTY_RE = re.compile(r"(?:[A-Z][a-z.]+ ){1,2}(?:Republican|Democrat|Independent)$")  # "South Carolina Republican"
_PARTY_OF_STATE_APP_RE = re.compile(r"(?:Republican|Democrat|Independent) (?:of|from) [A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_PARTY_STATE_RE = re.compile(r"[DRI][-–][A-Z][a-zA-Z.]*(?: [A-Z][a-z]+)?\.?$")  # "D-Ariz.", "R-Texas", "D-West Virginia"
_COMMA_SUFFIX_RE = re.compile(rf",( (?:{_SUFFIX_ALT})\.?,?)$")  # "Ray Brill, Jr.,"
# a name of one to three capitalised words opening a line or sentence, then a colon: 'Lind: “…”'
# (or a name, a comma and a short description: 'Ann Lind, party chairwoman: “…”')
# after a quote: '— Ann Lind, Gazette' (a dash and a name), or, in opinion roundups, 'Ann Lind,
# Harbour Gazette' ending the line or as the next paragraph
_NAME_PART = r"((?:(?:Dr|Prof|Sen|Rep|Gov|Mr|Mrs|Ms)\.?[ ])?(?:[A-Z][\w'’\-]+|(?:[A-Z]\.){1,3})(?: [A-Z][\w'’\-.]+){1,2})"
# (then a comma, the line's end, or a dash and the work quoted: '— Neil Howe – The Fourth Turning')
# (a no-break space may stand before the dash; the medium may follow the name: '– Ann Lind on
# Harbour TV, 4/25/16')
_DASH_NAME_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t]*){0,4}(?:[—–]|--|-(?=[A-Z]))[ \t\u00a0]*" + _NAME_PART
                           + r"(?=,|[ \t]*(?:\n|$)|[ \t]*(?:[—–]|--)[ \t]*[A-Z]|[ ]on[ ][A-Z][\w.&’']*(?:[ ][A-Z][\w.&’']*)*,)")
# a period ending a word of two lower-case letters or more, then a space: the end of a sentence
# inside what _NAME_PART took ('Ray Brill. Racist.'; not 'Ray J. Brill', 'Ray Brill Jr.')
_NAME_SENT_END_RE = re.compile(r"(?<=[a-z]{2})\.[ ]")
# an epigraph's authors after a dash: '– Strauss & Howe – The Fourth Turning', '— Marc and Angel Chernoff'
_DASH_AUTHORS_RE = re.compile(r"[ \t]*(?:[—–]|--)[ \t]*((?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+[ ](?:&|and)[ ]"
                              r"(?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+)(?=[ \t]*(?:\n|$|[—–]|--))"
                              # (or no dash, the authors and a period ending the quote's line: '“…” Ann and Ray Lind.')
                              r"|[ \t]+((?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+[ ](?:&|and)[ ]"
                              r"(?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+)\.?(?=[ \t]*(?:\n|$))")
# what _name_after_quote gives for an epigraph's authors joined by '&' or a verse cited (taken as written)
_EPIGRAPH_SOURCE_RE = re.compile(r"(?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+[ ]&[ ](?:[A-Z][\w'’\-]+[ ]){0,2}[A-Z][\w'’\-]+"
                                 r"|(?:[1-3][ ]?)?[A-Z][a-z]+[ ]\d{1,3}:[ ]?\d{1,3}(?:[-–]\d{1,3})?")
# a dash and 'The' with one or two capitalised words ending the line: '– The Buddha', '— The Dalai Lama'
_DASH_THE_NAME_RE = re.compile(r"[ \t]*(?:[—–]|--)[ \t]*(The[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=[ \t]*(?:\n|$))")
# a person's name in brackets after a quote: '“…” (Ann Lind)'
_PAREN_NAME_AFTER_RE = re.compile(r"[ \t]?\(((?:[A-Z][\w'’\-]+|[A-Z]\.)(?:[ ](?:[A-Z][\w'’\-]+|[A-Z]\.)){1,2})\)")
# a scripture reference citing a quote: '– Luke 10: 3', '(Proverbs 21:1 NCV)', '2 Timothy 3:1-3' ending the line
_SCRIPTURE_REF_RE = re.compile(
    r"[ \t]*(?:[—–]|--|\(|(?=(?:[1-3][ ])?[A-Z][a-z]+[ ]\d{1,3}:[ ]?\d{1,3}(?:[-–]\d{1,3})?[ \t]*(?:\n|$)))"  # (or bare, ending the line)
    rf"[ \t]*((?:[1-3][ ]?)?(?:{_BIBLE_BOOKS})[ ]\d{{1,3}}:[ ]?\d{{1,3}}(?:[-–]\d{{1,3}})?)(?=[ \t]*(?:[A-Z]{{2,4}}[ \t]*)?(?:\)|\n|$|[.,]))")
# a list entry: a name opening the line, an optional description after a comma, then a dash and
# the quote ('Ann Lind, former state senator — “…”', 'Ray Brill -- "…"')
_LIST_NAME_DASH_RE = re.compile(
    r"[ \t]*(?:[•*·][ \t]*)?" + _NAME_PART + rf"(?:,?[ ](?:{_SUFFIX_ALT})\.?)?(?:,[ ][^\n“”\"—–]{{1,200}}?)?[ \t]+(?:[—–]|--?)[ \t]*$")
_DASH_CONTEXT_RE = re.compile(r"\s(?:to|on|in|at|during|about|with|after|before|speaking)(?:\s|$)")
# (a show's title in quotes may end it: '-- Ann Lind on “Special Report”')
_DASH_PHRASE_RE = re.compile(r"[ \t]*(?:\n[ \t]*){0,4}(?:[—–]|--)[ \t]*([A-Za-z][^\n,“”\"—–]{3,80}?)\.?(?=,|[ \t]*(?:\n|$)|(?<=[ ]on)[ \t]+[“\"])")
_ROUNDUP_NAME_RE = re.compile(
    r"(?:[ \t]+|[ \t]*\n+[ \t]*)" + _NAME_PART
    + r"(?:(?=[ \t]*(?:\n|$))|(?P<outlet>,[ \t]+[A-Z][\w.’'&\-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9&][\w.’'&\-]*){0,5}"
    r"[ \t]*(?=\n|$)))"
)


# ... by two authors: '“…” Ann Lind and Ray Brill, Harbour Gazette'
_ROUNDUP_AUTHORS_RE = re.compile(
    r"(?:[ \t]+|[ \t]*\n+[ \t]*)((?:[A-Z][\w'’\-.]+[ ]){1,2}[A-Z][\w'’\-]+[ ]and[ ](?:[A-Z][\w'’\-.]+[ ]){1,2}"
    r"[A-Z][\w'’\-]+),[ \t]+[A-Z][\w.’'&\-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9&][\w.’'&\-]*){0,5}[ \t]*(?=\n|$)"
)


# a document that speaks for whoever issued it ('the statement said', 'a statement by Ann Lind',
# 'his statement'); reports, studies, lawsuits, videos, books and ads only when named with their
# author (_NAMED_ONLY_DOCS)
_DOC_BY_AFTER_RE = re.compile(r" (?:(?:" + "|".join(sorted(_ISSUED_BY_WORDS)) + r") )?(?:by|from) ([\w.'’\- ]{2,90}?)"
                              r"(?=[,.;:!?\n]|$)")
_DOC_SOURCE_RE = re.compile(
    r"((?i:the|that|this|an?|his|her)) (?:[\w'’\-]+ ){0,2}?(statement|letter|email|memo|tweet|post|release|apology"
    r"|editorial|announcement|message|note|report|study|survey|analysis|audit|lawsuit|complaint|filing|indictment"
    r"|ruling|opinion|testimony|remarks|speech|op-ed|column|article|piece|video|book|ad|brief)(?: (?:by|from) ((?:[\w.'’\-]+ ?){1,7}))?")
_ISSUER_CHARS = 900  # how far back the document's mention is looked for
# words of a description of a firm or group before its name ('Canadian brokerage TD Securities')
_ORG_DESC_WORDS = frozenset("brokerage bank firm company group maker agency institute lender fund consultancy insurer "
                            "network organization organisation charity newspaper magazine website publisher tank "
                            "manufacturer retailer".split())
# a participle after the issuer's name, and what follows ('the Oversight Committee released Thursday')
_BY_VERB_TAIL_RE = re.compile(r"(?<=[A-Za-z])[ ](?:[a-z]{2,}ed|[a-z]{2,}ing)\b")
# lower-case words inside an organisation's name ('Institute of Medicine', 'University at Buffalo')
_NAME_JOINERS = frozenset("of for and the at in on &".split())
# a name of two or three capitalised words, none an initial ('Public Harbour', 'Harbour Policy Center')
_DOC_FROM_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2}")
# capitalised words ending a phrase after a lower-case word ('Canadian brokerage TD Securities')
_CAP_RUN_END_RE = re.compile(r"(?<=[a-z] )((?:[A-Z][\w.&'’\-]*[ ](?:(?:of|in|for|and|the|on)[ ])?){0,4}[A-Z][\w.&'’\-]*)$")
# a group's possessive before a document: the group named before issued it ('the group’s statement')
_ISSUING_GROUP_NOUNS = frozenset("group organization organisation agency company department foundation committee "
                                 "association assembly council union coalition".split())
# documents whose issuer must be named with them ('a report by X', 'X's study'): a cue near their
# mention is often someone else's ('Ann Lind said the lawsuit …')
_NAMED_ONLY_DOCS = frozenset("report study survey analysis audit lawsuit complaint filing indictment ruling "
                             "opinion article piece video book ad".split())
# who issued it: 'a statement by/from X', 'X's statement'
_DOC_BY_RE = re.compile(r"[ ](?:by|from)[ ]((?:the[ ])?(?:[A-Z][\w.'’\-]*[ ]?)+)")
_DOC_POSS_RE = re.compile(r"(?:^|[\s(])((?:[A-Z][\w.\-]*[ ]){0,3}[A-Z][\w.\-]*)['’]s[ ](?:[\w\-]+[ ]){0,2}$")
# an outlet or organisation named before a document's noun ('a Harbour Gazette editorial', 'the GAO
# report'): capitalised words after an article, an adjective or the start (not after 'of', 'and' …)
_DOC_ATTR_RE = re.compile(r"(?:^|(?<=[ ]))((?:(?!(?:A|An|The)[ ])[A-Z][\w&\-]*[ ]){0,3}[A-Z][\w&\-]*)[ ]$")
_DOC_ATTR_BEFORE = frozenset("a an the its new latest recent same fascinating scathing internal draft annual joint".split())
# documents filed with the body named before them ('an FEC filing', 'an FEC complaint'), not by it
_FILED_WITH_DOCS = frozenset("complaint complaints filing filings lawsuit lawsuits petition petitions".split())
# a part of a document speaks as the document: 'a portion of the study reads'
_PART_OF_DOC_RE = re.compile(r"^(?:a |one )?(?:portion|part|section|passage|excerpt)s? (?:of|from) "
                             r"(?=(?:the|a|an|this|that|his|her|its|their) )", re.IGNORECASE)
_IN_A_DOC_BEFORE_RE = re.compile(r"(?<![\w])in[ ](?:a|an|its|their|his|her)[ ](?:[\w\-]+[ ]){0,2}$")
_DOC_PRON_RE = re.compile(r"\b(his|her|its|their)[ ](?:[\w\-]+[ ]){0,2}$", re.IGNORECASE)


# an organisation named again by its kind: 'the company said'
_THE_ORG_RE = re.compile(r"(?i:the) (company|firm|group|organization|organisation|agency|department|ministry)")
_ORG_ANTECEDENT_CHARS = 1200  # how far back the organisation is looked for


def _org_antecedent(res: _Resolver, atts: list[_Att], end: int, kind: str, pos: int) -> str | None:
    """The organisation that ``the <kind>`` at ``pos`` names again: an organisation opening one of
    the sentences just before, else the nearest cited source among the cues ``atts[:end]`` that
    is an organisation of that kind (typed so, in capitals such as *DOJ*, or a company's one-word
    name with no person's first name anywhere: *YouTube*), or None."""
    org = res.org_subject(pos, ("organisation",))
    if org is not None and org[0][:1].isupper() and _fits_org_kind(org[0], kind) \
            and not (" " not in org[0] and not org[0].isupper() and res.written_lower(org[0].lower())):
        # (not 'Researchers'; 'WHO' is no 'who')
        return org[0]
    for i in range(end - 1, -1, -1):  # (the latest first; atts[:end] is not copied: linear time)
        a = atts[i]
        if pos - a.end > _ORG_ANTECEDENT_CHARS:
            break
        src = _LEADING_ARTICLE_RE.sub("", a.source or "")
        if not src[:1].isupper() or not src.split()[-1][:1].isupper() or src.endswith(("’s", "'s")) \
                or src.lower() in _PRONOUNS or not _fits_org_kind(src, kind) \
                or (" " not in src and not src.isupper() and res.written_lower(src.lower())):
            continue
        if a.stype == "organisation":
            return src
        if a.stype != "named_person":
            continue
        if src.isupper() and 2 <= len(src) <= 6:
            return src  # 'DOJ', 'VA'
        if kind in ("company", "firm") and " " not in src and not _first_name_gender(src) \
                and src.lower() not in _COMMON and src not in _PARTY_WORDS \
                and res.full_name(src, a.start) == src and src in res.people and res._gender_of(res.people[src]) == "":
            return src  # 'YouTube': no first name before it, never a he or she
        if kind in ("group", "organization", "organisation") and " " in src and src.endswith("s") \
                and not src.endswith("ss") and not _first_name_gender(src) and src not in _PARTY_WORDS:
            return src  # a plural name: 'Hamilton Electors said …'
    # an organisation that issued a document just before ('Amazon Employees for Climate Justice issued
    # a statement about …. “…,” the group said')
    text = res.text
    if kind not in ("group", "organization", "organisation"):
        return None  # (a company is named by itself: 'the company' after a group of its employees)
    for m in _DOC_NOUN_RE.finditer(text, max(0, pos - _ORG_ANTECEDENT_CHARS // 2), pos):
        issued = _ISSUED_DOC_RE.search(text, max(0, m.start() - 120), m.start())
        if issued is None:
            continue
        name = _LEADING_ARTICLE_RE.sub("", issued.group(1))
        if name and (more := _ORG_BEFORE_RE.search(text, max(0, issued.start(1) - 80), issued.start(1))) is not None \
                and more.group(1).endswith((" for ", " of ", " and ", " & ")):
            name = _LEADING_ARTICLE_RE.sub("", more.group(1)) + name  # ('Amazon Employees for Climate Justice')
        if name[:1].isupper() and name.split()[-1][:1].isupper() and _fits_org_kind(name, kind) \
                and not _first_name_gender(name) and not _is_titled_name(name) and name not in _PARTY_WORDS \
                and source_type(name) != "media" and not res.inside_quote(issued.start()):
            return name
    return None


_DOC_NOUN_RE = re.compile(r"(?<=[ ])(?:statement|letter|release|response)\b")


# the words of a government body's name, and those a department's or an agency's name holds
_GOVERNMENT_WORDS = frozenset("department ministry agency administration service bureau office commission board "
                              "house pentagon kremlin police council committee court senate congress government "
                              "army navy party".split())
_AGENCY_WORDS = frozenset("agency administration service bureau office commission board authority institute "
                          "center centre".split())


def _fits_org_kind(name: str, kind: str) -> bool:
    """May ``name`` be called ``the <kind>`` (a department's name holds *Department* or is an
    acronym; a company or group is no government body)?"""
    words = {w.lower().strip(".,’'") for w in name.split()}
    acronym = name.isupper() and " " not in name
    if kind in ("department", "ministry"):
        return acronym or kind in words
    if kind == "agency":
        return acronym or bool(words & _AGENCY_WORDS)
    return not words & _GOVERNMENT_WORDS


def _source_document_issuer(text: str, low: str, res: _Resolver, atts: list[_Att], end: int, src: str, a: _Att,
                            m_doc: re.Match[str], sent_lo: Callable[[int], int],
                            sent_hi: Callable[[int], int]) -> str | None:
    """Who issued the document a source names (``m_doc``: :data:`_DOC_SOURCE_RE` on it): the
    author after *by/from* (also after the cue: '“…,” said a statement by Ann Lind, D-Ore.'), the
    person of *his/her*, or, for *the/that/this*, whoever the latest of up to four earlier
    mentions of the noun names (:func:`_document_issuer`); None when none is named."""
    det, noun, by = m_doc.group(1).lower(), m_doc.group(2).lower(), m_doc.group(3)
    by_after = False  # (the issuer named after the source phrase: '“…,” says the note from Harbour Bank')
    if by is None and det in ("a", "an", "the") and (k_src := text.find(src, a.end, a.end + len(src) + 3)) >= 0:
        m_by = _DOC_BY_AFTER_RE.match(text, k_src + len(src))  # (the source phrase stops before 'by')
        by = m_by.group(1) if m_by is not None else None
        by_after = by is not None
    named_only = noun in _NAMED_ONLY_DOCS  # (only 'a report by X', 'X's report')
    mods = [w for w in m_doc.string[m_doc.end(1) : m_doc.start(2)].split() if not w.isdigit()]  # ('a 2011 X report')
    poss = [(j, poss_owner) for j, w in enumerate(mods) if (poss_owner := _without_possessive(w)) is not None]
    if by is None and poss:
        # a possessive before the noun: an organisation's ('the GAO’s report', 'the Vatican’s latest
        # statement'); a group's or a title's, named before ('the group’s statement', 'the attorney
        # general’s letter'); no one else's ('the officials’ statement', 'the Democrats’ memo')
        j, owner_w = poss[-1]
        if owner_w[:1].isupper():
            k0 = j
            while k0 > 0 and mods[k0 - 1][:1].isupper():
                k0 -= 1
            name = " ".join(mods[k0:j] + [owner_w])
            return name if _org_issuer_name(name, source_type(name)) else None
        if owner_w not in _ISSUING_GROUP_NOUNS and owner_w not in _TITLE_WORDS:
            return None
    if by is None and det in ("the", "a", "an") and mods and all(w[:1].isupper() for w in mods) \
            and noun not in _FILED_WITH_DOCS:
        # the issuer named before the noun: 'a Pentagon statement', 'the NIAC statement', 'the GAO's
        # report', 'the Mueller report' (not 'the new report', 'a Democratic memo': no name)
        owner = _without_possessive(mods[-1])
        name = " ".join(mods[:-1] + [owner if owner is not None else mods[-1]])
        st_name = source_type(name)
        if _org_issuer_name(name, st_name):
            return name
        if st_name in ("named_person", "official") and " " not in name and name not in _PARTY_WORDS:
            full = res.full_name(name, a.start)
            if " " in full and _first_name_gender(full):
                return full
    if by is None and det in ("the", "a", "an") and 1 <= len(mods) <= 3 and mods[-1] in _BODY_NOUNS \
            and all(w.islower() and w.isalpha() for w in mods):
        # a body written in lower case before the noun: 'a defence ministry statement', 'the city
        # police report' (the body, as a description)
        return "the " + " ".join(mods)
    if by is not None:
        by = _LEADING_ARTICLE_RE.sub("", by.strip())
        # ('by the Oversight Committee released Thursday': the name ends before a participle after it)
        by = by[: next((v.start() for v in _BY_VERB_TAIL_RE.finditer(by)
                        if by[: v.start()].rsplit(" ", 1)[-1][:1].isupper()), len(by))]
        tail_m = _CAP_RUN_END_RE.search(by)
        described = tail_m is not None and tail_m.start() > 0 \
            and not _ORG_DESC_WORDS.isdisjoint(by[: tail_m.start()].lower().split()) \
            and by[: tail_m.start()].split()[-1] not in _NAME_JOINERS  # (not 'Institute for Supply Management')
        who = None if described else \
            _issuer_name(res, by if source_type(by) in ("organisation", "media") else _strip_titles(by), a.start)
        if who is None and tail_m is not None and tail_m.start() > 0:
            # 'a note from Canadian brokerage TD Securities', 'from US investment bank and bullion
            # market maker Harbour Sachs': the name ending a description (of a firm or group: the
            # name is its name)
            who = _issuer_name(res, tail_m.group(1), a.start) or (tail_m.group(1) if described else None)
        if who is None and (fr := _DOC_FROM_NAME_RE.fullmatch(by)) is not None and not _first_name_gender(by) \
                and source_type(by) in ("named_person", "organisation") and by not in _US_STATE_ENDINGS \
                and not res._common_word(by.rsplit(" ", 1)[-1]):
            who = fr.group()  # 'a report from Public Harbour': a body's name of two or three words, no person's
        if who is not None or not (by_after and det == "the"):
            return who
        # (no name after 'the statement from': 'the 28-nation bloc'; the earlier mentions may name it)
    if det in ("his", "her"):
        if named_only:
            return None
        p = res.pronoun("he" if det == "his" else "she", a.start)
        return p.name if p is not None else None
    if det not in ("the", "that", "this"):
        return None
    lo_doc = a.start - len(src) - 1
    k_doc = low.rfind(noun, max(0, lo_doc - _ISSUER_CHARS), lo_doc)
    mentions = 0
    for _ in range(12):
        # the word itself, outside quotes ('the recent statements' in a quote: no); the latest
        # mentions first, until one names the issuer ('the RNC's report said … the report acknowledged …')
        if k_doc < 0 or mentions == 4:
            break
        if not low[k_doc - 1 : k_doc].isalpha() and not low[k_doc + len(noun) : k_doc + len(noun) + 1].isalpha() \
                and not res.inside_quote(k_doc):
            mentions += 1
            issuer = _document_issuer(text, res, atts, 0 if named_only else end, k_doc, len(noun),
                                      sent_lo, sent_hi, pronouns=not named_only)
            if issuer is not None:
                return issuer
        k_doc = low.rfind(noun, max(0, lo_doc - _ISSUER_CHARS), k_doc)
    return None


# bodies that issue documents, written in lower case before one ('a defence ministry statement')
_BODY_NOUNS = frozenset("ministry department embassy police army military government agency council commission "
                        "committee court prosecutors company party union university hospital".split())


def _org_issuer_name(name: str, st: str | None) -> bool:
    """Whether ``name`` (of source type ``st``), written before a document's noun, names its issuer
    as an organisation or outlet, or an acronym of 2 to 6 capitals (``the GAO's report``)."""
    return st in ("organisation", "media") or (name.isupper() and 2 <= len(name) <= 6)


def _document_issuer(text: str, res: _Resolver, atts: list[_Att], end: int, k: int, width: int,
                     sent_lo: Callable[[int], int], sent_hi: Callable[[int], int], pronouns: bool = True) -> str | None:
    """Who issued the document mentioned at ``text[k : k + width]`` (``a statement by the
    Harbour Council``, ``Lind’s letter``, ``Ann Lind said in a statement`` among ``atts[:end]``,
    ``his statement`` with ``pronouns``), or None."""
    by = _DOC_BY_RE.match(text, k + width)
    if by is not None and (who := _issuer_name(res, _LEADING_ARTICLE_RE.sub("", by.group(1).strip()), k)) is not None:
        return who
    before = text[max(0, k - 60) : k]
    m = _DOC_POSS_RE.search(before)
    if m is not None and (who := _issuer_name(res, m.group(1), k)) is not None:
        return who
    m = _ISSUED_DOC_RE.search(text, max(0, k - 120), k) if by is None else None
    if m is not None and not _after_preposition(text, m.start()) \
            and (who := _issuer_name(res, _LEADING_ARTICLE_RE.sub("", m.group(1)), k)) is not None:
        # 'Rep. Ann Lind (D-Ore.) sent a letter', 'The Harbour Council released a report' (not 'a
        # spokeswoman for Ann Lind issued a statement'; not 'released a statement from X': X's)
        return who
    m = _DOC_ATTR_RE.search(before) if text[k : k + width].lower() not in _FILED_WITH_DOCS else None
    # ('a Wall Street Journal editorial': an outlet or organisation; not 'an FEC complaint': filed with it)
    if m is not None and (prev := before[: m.start(1)].split()[-1:]) and prev[0].lower() in _DOC_ATTR_BEFORE \
            and source_type(m.group(1)) in ("organisation", "media") \
            and (who := _issuer_name(res, m.group(1), k)) is not None:
        return who
    # the speaker of a cue in the sentence of the mention ('Lind said in a statement', 'In a letter
    # to the board, Lind wrote'), when it names someone
    lo, hi = sent_lo(k), sent_hi(k)
    for i in range(end - 1, -1, -1):
        a = atts[i]
        if a.end <= lo:
            break
        if a.start < hi and a.speaker and (who := _issuer_name(res, a.speaker, k) or _cited_issuer(text, a, k)) is not None:
            return who
    if _IN_A_DOC_BEFORE_RE.search(before) is not None:
        # 'The NSA defended the program in a statement', 'Ann Lind said in an email': the subject of
        # the mention's sentence, an organisation or a person named in full
        org = res.org_subject(k, ("organisation",))
        if org is not None and (who := _issuer_name(res, org[0], k)) is not None:
            return who
        got = res._subject_at(_skip_space(text, lo, k), k)
        if got is not None and got[1] is not None and (who := _issuer_name(res, got[1], k)) is not None:
            return who
    m = _DOC_PRON_RE.search(before) if pronouns else None
    if m is not None and m.group(1).lower() in ("his", "her"):
        p = res.pronoun("he" if m.group(1).lower() == "his" else "she", k)
        return p.name if p is not None else None
    return None


# lower-case words inside an issuer's name ('Committee for a Responsible Federal Budget', 'Banco de España')
_ISSUER_NAME_JOINERS = _NAME_JOINERS | frozenset("a an to de del du des la le y von van".split())


# a cue's own 'in a statement' right before a document's noun ('said in a written statement')
_CUE_IN_DOC_RE = re.compile(r"[ ](?:[a-z]+[ ]){0,2}?in[ ](?:a|an|its|his|her|their)[ ](?:[a-z\-]+[ ]){0,2}$")


def _cited_issuer(text: str, a: _Att, k: int) -> str | None:
    """The speaker of the direct cue ``a`` whose own *in a statement* holds the document's noun at
    ``k`` ('“…,” the group said in a statement') as its issuer: a name the cue's rules gave, not a
    description or pronoun."""
    who = a.speaker or ""
    return who if a.subtype == "direct" and a.end <= k and k - a.end <= 40 \
        and _CUE_IN_DOC_RE.fullmatch(text, a.end, k) is not None \
        and who[:1].isupper() and who.split(" ", 1)[0].lower() not in _COMMON_EXTRA \
        and a.stype in ("named_person", "official", "organisation", "media") else None


def _issuer_name(res: _Resolver, who: str, pos: int) -> str | None:
    """``who`` as the issuer of a document: a person's full name (a known first name, or named so
    before), or an organisation or outlet by its name; else None (a place, a date, a description)."""
    if who.endswith(("’s", "'s")):
        return None
    st = source_type(who)
    if st in ("organisation", "media"):
        # (a name: its lower-case words only those joining a name's, not 'Lind’s campaign to lawmakers
        # sent Tuesday')
        return who if who[:1].isupper() and who.split()[-1][:1].isupper() \
            and all(w[:1].isupper() or w in _ISSUER_NAME_JOINERS for w in who.split()) else None
    if st in ("named_person", "official") and _is_titled_name(who):
        full = res.full_name(_strip_titles(who), pos)
        return full if " " in full and (_first_name_gender(full) or _middle_name_gender(full)) else None
    return None


def _described_person(res: _Resolver, src: str, anchor: int) -> str | None:
    """The person a short definite description by age or role stands for: the one person named in
    full just before (``… Gregory Lind was arrested. / “…” the 47-year-old said``), with a known
    first name or cited before, else None. Not *the man*, *the woman*, *the victim*: often someone
    the article never names."""
    words = _DESC_CUT_RE.split(src, 1)[0].split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return None
    head = words[-1].lower()
    if head not in _PERSON_HEADS and not head.endswith("-year-old"):
        return None
    p = res.named_just_before(anchor, _gender_hint_word(src))
    if p is None or not (p.name in res.people or _first_name_gender(p.name)):
        return None  # (a known first name or a person cited: not 'Occupy Portage')
    return p.name


# the name right after a role word ('historian Julian Zelizer'), or before it in an apposition
# ('Julian Zelizer, a Princeton historian'): the role word is matched up to the end of the text
_ROLE_THEN_NAME_RE = re.compile(r"[ ]+((?:[A-Z][\w.'’\-]*[ ]){0,3}[A-Z][\w'’\-]+)")
_NAME_THEN_ROLE_RE = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w.'’\-]*[ ]){1,3}?[A-Z][\w'’\-]+),[ ](?:a|an|the|who[ ]is[ ](?:a|an|the))[ ]"
    r"(?:[\w.'’\-]+[ ]){0,5}$"
)
_ROLE_NAMED_CHARS = 4000  # how far back a role word naming the person is looked for
_ROLE_QUALIFIERS = frozenset("vice deputy assistant associate former acting lieutenant lt. co".split())
_ROLE_QUALIFIER_SPLIT_RE = re.compile(r"[\s\-–—]+")  # the word before a role word ('then–deputy': 'deputy')
# roles of people articles often cite without a name, and words for anyone
_UNNAMED_ROLES = frozenset("official officials source sources aide aides staffer staffers insider person people "
                           "woman women child children victim victims suspect witness resident residents "
                           "member members user users".split())


def _role_named_before(res: _Resolver, low: str, src: str, anchor: int, cue_start: int) -> str | None:
    """Who a description ``the [word] [word] <role>`` (``src``, the source of a cue at
    ``cue_start`` whose quote opens at ``anchor``) stands for: the latest of up to four mentions
    of the role word before the quote and the description, outside quotes, with a name right after it
    (``historian Julian Zelizer``, ``the activist group Harbour Watch``) or an apposition before
    it (``Julian Zelizer, a Princeton historian``, ``Harbour Air, the regional airline``).

    For a role of one person, a full name with a known first name or cited before; not the roles
    of people articles cite without a name (*the official*, *the source*, *the aide*). For an
    organisation's kind (:data:`_ORG_ROLE_WORDS`: *the company*, *the group*, *the union*), a
    capitalised name that is no person's and no country. Else None.
    """
    words = _DESC_CUT_RE.split(src, 1)[0].split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return None
    head, mods = words[-1], [w.lower() for w in words[1:-1]]
    org = head in _ORG_ROLE_WORDS
    if not head.islower() or len(head) < 4 or head in _UNNAMED_ROLES or head in _FORMS \
            or not (org or head in _PERSON_ROLE_WORDS or (head.endswith(_ROLE_SUFFIXES) and not head.endswith("ment"))) \
            or any(w[-1:] == "s" and w[-2:] != "ss" and w.isalpha() for w in mods):
        return None  # (one person's role or an organisation's kind: not 'the claims', 'the attorneys general')
    text = res.text
    hi = min(anchor, cue_start - len(src))  # (before the description itself, after the cue or before it)
    lo = max(0, hi - _ROLE_NAMED_CHARS)
    k = low.rfind(head, lo, hi)
    for _ in range(4):
        if k < 0:
            return None
        e = k + len(head)
        before = _ROLE_QUALIFIER_SPLIT_RE.split(low[max(0, k - 30) : k].rstrip())[-1]
        if (k == 0 or not low[k - 1].isalnum()) and not low[e : e + 1].isalnum() \
                and low[e : e + 2] not in ("'s", "’s") and not res.inside_quote(k) \
                and all(w in low[max(0, k - 120) : min(hi, e + 60)] for w in mods) \
                and (not mods or before == mods[-1] or mods[-1] in low[e : min(hi, e + 60)]) \
                and (before not in _ROLE_QUALIFIERS or before in mods):
            # (the role word itself, not 'the president’s lawyer'; every word of the description
            # near it, the last one right before it or after it: 'the Afghan president' is not
            # 'President Ann Lind', 'the Fordham professor' is 'Ann Lind, a professor at Fordham';
            # no qualifier the description lacks: 'the president' is not 'Vice President Ann Lind')
            m = _ROLE_THEN_NAME_RE.match(text, e)
            name = m.group(1) if m is not None else None
            if name is None and not (org and low.startswith(" of ", e)):
                m = _NAME_THEN_ROLE_RE.search(text, max(0, k - 120), k)
                name = m.group(1) if m is not None and not (org and _after_preposition(low, m.start())) else None
                # (not a place: 'at Gilmor Homes, a group of demonstrators')
            if name is not None and org:
                name = _LEADING_ARTICLE_RE.sub("", _SENTENCE_END_IN_NAME_RE.split(name, 1)[0])
                if name[:1].isupper() and not _first_name_gender(name) and name not in _COUNTRIES \
                        and name not in _PARTY_WORDS and name.split(" ", 1)[0].lower() not in _NOT_ORG_OPENERS \
                        and name.lower() not in _COMMON and not (name in res.people and res.people[name].stype
                                                                  in ("named_person", "official")):
                    return name
            elif name is not None and _is_titled_name(name):
                full = res.full_name(_strip_titles(name), k)
                if " " in full and (full in res.people or _first_name_gender(full)) \
                        and source_type(full) in ("named_person", "official"):
                    return full
        k = low.rfind(head, lo, k)
    return None


def _own_cue(text: str, r: QuoteRegion, a: _Att) -> bool:
    """Is ``a`` the cue of the whole quote ``r`` it is linked to: a quote of five words or more,
    opening with a capital, no title, and when the cue follows it, ending with punctuation with
    no conjunction or relative pronoun after it (``“…,” Ann Lind said``, ``Lind said: “…”``; not
    ``called it “fantastic,” and said …``, whose cue belongs to the clause after it)?"""
    content = text[r.start : r.end]
    if not content[:1].isupper() or _FIVE_WORDS_RE.match(content) is None or looks_like_title(content):
        return False  # a fragment or a title: the cue may well belong to the clause after it
    if a.start < r.start:
        return True
    if content[-1:] not in ",.!?":
        return False
    gap = text[_close_end(text, r) : a.start].split(None, 1)
    return not gap or gap[0] not in _GAP_CONJ


_GAP_CONJ = frozenset(("and", "but", "or", "yet", "nor", "so", "then", "while", "as", "which", "who", "that"))


def _in_headline(text: str, pos: int) -> bool:
    """Is ``pos`` in a headline-like line: short, no final period, most of its longer words
    capitalised (``Lind Vows To Fight On``)?"""
    a = text.rfind("\n", max(0, pos - 200), pos) + 1
    b = text.find("\n", pos, pos + 200)
    if (a == 0 and pos > 200) or (b < 0 and pos + 200 < len(text)):
        return False  # a line longer than that (looked at within 200 characters: linear time)
    line = text[a : b if b >= 0 else len(text)].strip()
    if len(line) > 150 or line.endswith((".", "”", '"')):
        return False
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_sentence_words(words: list[str]) -> bool:
    """Do the (lower-case) ``words`` after a name hold a verb (``the mayor, says it must go``;
    not ``former state senator``): an auxiliary, or a cue form in ``-s``/``-ed`` or *said*,
    *told*, *wrote* (not the bare *state*, nor *states*)."""
    if not _CLAUSE_WORDS.isdisjoint(words):
        return True
    forms = _FORMS
    return any(w in forms and (w in ("said", "told", "wrote") or (w.endswith(("s", "ed")) and w != "states"))
               for w in words)


# someone's words named before a colon that introduces them: 'Ann Lind’s 2006 statement on the floor:',
# 'Ray Brill’s line during an interview:', 'his response to me:' (the owner a name or his/her)
_OWN_WORDS_COLON_RE = re.compile(
    r"(?<![\w.])(?:((?:[A-Z][\w.&\-]*[ ]){0,3}[A-Z][\w&\-]*)['’‘]s|(?<![\w’'])([Hh]is|[Hh]er))[ ](?:[\w\-]+[ ]){0,2}?"
    r"(?:statement|remarks|speech|tweet|words|response|reply|letter|post|testimony|answer|comments?|message|op-ed"
    r"|column|address|announcement|explanation|warning|reaction|retort|line|quip|pronouncement|declaration|vow"
    r"|prediction|boast|mantra|refrain|slogan|motto|observation|assessment|verdict|question)(s)?\b[^:?\n“”\"]{0,80}[:?][ \t]*$")
# (or a question that the quote answers: 'His message to the nominee? “…”')
# capitalised words whose 's is 'is' or 'has', not a possessive ('Here’s the explanation:')
_CONTRACTED_S_WORDS = frozenset("Here There That What It Who Where This Let He She How When Why".split())
# prepositions before someone's words that make them a topic ('Stunned at Lind’s comments:')
_TOPIC_PREPS = frozenset("at on about over against with by for of from".split())


def _own_words_colon(res: _Resolver, lo: int, pos: int) -> re.Match[str] | None:
    """``Ann Lind’s 2006 statement on the floor:`` ending ``text[lo:pos]`` outside quotes (the
    owner of the words the colon introduces), not after a preposition that makes them a topic
    (*in spite of* makes none)."""
    m = _OWN_WORDS_COLON_RE.search(res.text, lo, pos)
    if m is None or res.inside_quote(m.start()) or (m.group(2) is not None and m.group(3) is not None):
        return None  # (his statements: a topic, 'if she condemns his statements:'; 'Lind’s statements:' are hers)
    before = res.text[max(0, m.start() - 16) : m.start()].lower().split()
    return m if not before or before[-1] not in _TOPIC_PREPS or before[-3:] == ["in", "spite", "of"] else None


def _own_words_owner(res: _Resolver, own: re.Match[str]) -> tuple[_Person | None, tuple[str, str] | None]:
    """The person (or the organisation or outlet, with its :func:`source_type`) whose words an
    :func:`_own_words_colon` match names: a name, or the one the pronoun stands for (*I will
    never forget his response to me:*)."""
    if own.group(2) is not None:
        return res.pronoun("he" if own.group(2).lower() == "his" else "she", own.start()), None
    if _is_titled_name(own.group(1)) \
            or (_is_name_token(own.group(1)) and own.group(1).rsplit(" ", 1)[-1] not in _CONTRACTED_S_WORDS
                and " " in (full_own := res.full_name(own.group(1), own.start()))
                and res._looks_like_person(full_own)):
        # (or a surname the article gives in full before: 'Erdogan’s statements …:')
        return _Person(res.full_name(own.group(1), own.start()), own.start(), "", "named_person"), None
    if (kind := source_type(own.group(1))) in ("media", "organisation"):
        return None, (_LEADING_ARTICLE_RE.sub("", own.group(1)), kind)
    return None, None


# an owner's name and its possessive ('Ann Lind's ', 'Bezos’ ')
_OWNER_POSS = r"((?:[A-Z][\w.\-]*[ ]){0,3}[A-Z][\w\-]*?)(?:['’]s|(?<=s)['’])[ ]"
# a source that is someone's words: "Lind's statement", "Sessions' prepared remarks"
_OWN_DOC_SOURCE_RE = re.compile(
    r"(?:[Tt]he[ ])?" + _OWNER_POSS + r"(?:[\w\-]+[ ]){0,2}?"
    r"(?:statement|letter|email|memo|tweet|post|release|remarks|speech|testimony|op-ed|column|message|note"
    r"|announcement)")
# an account speaks for its owner: "Ann Lind's Twitter account", 'the Harbour Institute’s official account'
_OWN_ACCOUNT_RE = re.compile(
    r"(?:[Tt]he[ ])?(?:[a-z][\w\-]*[ ]){0,3}" + _OWNER_POSS
    + r"(?:(?:official|personal|verified|campaign|main|press)[ ])?(?:(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|"
    r"Telegram|Truth[ ]Social)[ ])?(?:account|feed|page|handle)")
# a question put to a named person: 'asked Ann Lind', 'pressed Sen. Ann Lind'
_ASKED_RE = re.compile(r"\b(?:asked|pressed|questioned|quizzed|grilled|interviewed)[ ]"
                       r"((?:(?:" + _ASKED_TITLES + r")\.[ ])?[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2})")
# ... or to a definite description by a title ('asked the judge')
_ASKED_DESC_RE = re.compile(r"\b(?:asked|pressed|questioned|quizzed|grilled)[ ]the[ ](" + "|".join(sorted(_COREF_TITLES)) + r")\b")


_ANSWER_CUES = frozenset(("reply", "respond", "answer", "retort"))


def _addressee_answers(res: _Resolver, ask: _Att, a: _Att, want: str) -> str | None:
    """The person named right after ``ask`` (an *asked X* cue) when ``a``, a he/she cue of an answer
    (*replied*, *responded*), follows within the next paragraph, that person is not the asker
    and is of gender ``want`` or of none known, and no other person of that gender is named
    between; else None."""
    text = res.text
    if ask.entry.cue != "ask" or not 0 < a.start - ask.end <= 400 or text.count("\n", ask.end, a.start) > 2:
        return None
    m = _ASKED_NAME_AFTER_RE.match(text, ask.end)
    if m is None or not _is_titled_name(m.group(1)):
        return None
    who = res.full_name(m.group(1), m.start(1))
    if who == ask.speaker or res._known_gender(who) not in ("", want) or res.named_since(m.end(), a.start, want, who):
        return None
    return who


_ASKED_NAME_AFTER_RE = re.compile(r"[ ]((?:(?:" + _ASKED_TITLES + r")\.[ ])?[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2})"
                                  r"(?=[.,;:!?]|[ ](?:if|whether|about|why|how|what|when)\b)")


def _asked_person(res: _Resolver, p: _Person, want: str, pos: int) -> str | None:
    """Who answers: when the person ``p`` a he/she before the quote at ``pos`` resolved to put a
    question to a named person of the pronoun's gender ``want`` in the same sentence (``Ann
    Lind asked Mia Brook about it. “…,” she said``), that person, the one who answers."""
    text = res.text
    lo = p.pos
    if not 0 <= lo < pos or pos - lo > 400:
        return None
    m = _ASKED_RE.search(text, lo, pos)
    if m is None and (d := _ASKED_DESC_RE.search(text, lo, pos)) is not None \
            and not _sent_break(text, lo, d.start()) and not res.inside_quote(d.start()):
        # 'Sen. Ray Brill asked the judge if he had any role. “…,” he said': the person the
        # description stands for, cited before under that title
        q = res.coref_person(d.start(1), d.group(1), want)
        return q.name if q is not None and q.name != p.name else None
    if m is None or _sent_break(text, lo, m.start()) or not _is_titled_name(m.group(1)) or res.inside_quote(m.start()):
        return None
    who = res.full_name(m.group(1), m.start(1))
    if who == p.name or " " not in who or res._known_gender(who) != want:
        return None
    return who


# an organisation's name ending in a given word: capitalised words, with 'of', 'for', 'and', '&'
# between them ('Supreme Court', 'Texas Health Presbyterian Hospital', 'Department of Justice')
_ORG_RUN_WORD = r"[A-Z][\w.&'’\-]*"


def _org_named_before(res: _Resolver, name: str, pos: int, unique: bool = False) -> str | None:
    """The longest capitalised name (up to six words) ending in ``name`` written before ``pos``
    (its latest mention among the last ten), or None: what ``the Court``, ``the hospital`` stand
    for. With ``unique``, only when the last ten mentions name no other."""
    text = res.text
    found: str | None = None
    k = text.rfind(name, max(0, pos - 3000), pos)
    for _ in range(10):
        if k <= 0:
            break
        if not text[k + len(name) : k + len(name) + 1].isalnum():
            m = _ORG_BEFORE_RE.search(text, max(0, k - 80), k)
            if m is not None:
                run = _LEADING_ARTICLE_RE.sub("", m.group(1) + name)
                words = run.split()
                if 1 < len(words) <= 6 and run != name and words[0].lower() not in _COMMON_EXTRA \
                        and words[0].lower() not in _TITLE_STRIP and not _first_name_gender(run) \
                        and not any((w.endswith(".") and not _INITIALS_RE.fullmatch(w)) or w.endswith(("'s", "’s"))
                                    or (w.isupper() and len(w) > 3) or w in _TITLE_CASE_SMALL for w in words[:-1]) \
                        and not (m.group(1).endswith((" and ", " & ")) and " " not in name) and words[-2] != words[-1] \
                        and not any(w.lower().endswith(_COMPOUND_ADJ_ENDINGS) for w in words) \
                        and not res.written_lower(words[0].lower()) \
                        and not (len(words) == 2 and name.isupper() and m.start(1) == k - len(words[0]) - 1
                                 and (m.start(1) == 0 or text[m.start(1) - 1] == "\n"
                                      or text[m.start(1) - 2 : m.start(1)] in (". ", "! ", "? "))):
                    # (nor a word opening a sentence before an acronym: 'Additional FBI documents')
                    # (nor an adjective: 'San Francisco-based', 'Additional', which the text also
                    # writes in lower case)
                    # (no sentence end, possessive, heading in capitals or title-case small word
                    # inside: not 'Tuesday. The company', 'Cato Institute’s Michael Cannon', 'A
                    # History Of The Department'; no person: not 'John Fund'; not a list: 'Yates
                    # and FBI')
                    if not unique:
                        return run
                    if found is not None and run != found:
                        return None
                    found = run
        k = text.rfind(name, max(0, pos - 3000), k)
    return found


_TITLE_CASE_SMALL = frozenset("A An The Of And For In On To".split())
_ORG_BEFORE_RE = re.compile(rf"((?:{_ORG_RUN_WORD}[ ](?:(?:of|for|and|&)[ ])?)+)$")


def _opens_compound(text: str, close: int) -> bool:
    """Whether the quote whose closing mark ends at ``close`` opens a compound word (``a “Game of
    Thrones”-themed tweet``): a hyphen and a letter right after the mark."""
    return text[close : close + 1] == "-" and text[close + 1 : close + 2].isalpha()


def _close_end(text: str, r: QuoteRegion) -> int:
    """The offset after the closing mark of the quote ``r`` (spaces may stand between its content and
    the mark: '“ … people ”'), or the end of its content when it never closed."""
    if not r.closed:
        return r.end
    p = r.end
    while text[p].isspace():
        p += 1
    return p + 1


# after 'shared': a quote, after a comma or colon, or what is shared and a colon ('the following
# statement:'), the quote perhaps in the next paragraph
_SHARED_BEFORE_QUOTE_RE = re.compile(r"(?:[ ]*[,:]|[ ]+(?:the|this|these|a|an|his|her|their|its)(?:[ ][\w'’\-]+){0,6}[ ]*:)"
                                     r"\s*[“\"]")
# a sentence that gives a reply, ended by a period or comma before a quote: 'Lind had a quick
# rebuke.', 'She gave an honest response,' (read as 'Lind replied:')
_REPLY_NOUN_END_RE = re.compile(r"(?:response|reply|answer|rebuke|retort|comeback|rejoinder|riposte)[.,]\s*$")  # (first, cheap)
_GAVE_REPLY_RE = re.compile(r"\b(?:had|gave|offered|delivered)[ ](?:a|an|this|his|her|their)[ ](?:[a-z]+[ ]){0,2}"
                            r"(?:response|reply|answer|rebuke|retort|comeback|rejoinder|riposte)[.,]\s*$")


def _colon_ends(text: str, pos: int) -> bool:
    """Does ``text[max(0, pos - 120) : pos]`` end with a colon, then spaces or tabs (and one line
    break)? Where :data:`_NAME_COLON_RE` (``…:[ \\t]*$``) can end; a cheap test before its search,
    which tries every position of the window."""
    t = text[max(0, pos - 120) : pos]
    if t.endswith("\n"):
        t = t[:-1]
    return t.rstrip(" \t").endswith(":")


# an outlet's editorial signing a roundup quote: '“…” / Editorial Board, Harbour Times'
_ROUNDUP_BOARD_RE = re.compile(
    r"[ \t]*(?:[—–]|--)?[ \t]*\n*[ \t]*((?:The[ ])?(?:Editorial[ ]Board|Editors|Editorial[ ]Staff|Editorial),"
    r"[ \t]+[A-Z][\w.’'&\-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9&][\w.’'&\-]*){0,5})[ \t]*(?=\n|$)"
)
# a roundup item's upper-case heading and its dash: 'SPORTS -- ', 'TOP-ED – '
_ROUNDUP_HEADING = r"[A-Z0-9][A-Z0-9 ’'&.!?#/\-]{1,40}[ ](?:--|[—–])[ ]"
# an upper-case transcript label ending a paragraph's first words: 'WARREN: ', '-- THE SENATOR: '
_CAPS_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[”“\"][ ]))[ \t]*(?:--?|[—–])?[ \t]*"
    # (after a roundup item's heading: 'SPORTS -- ANN LIND in the Harbour Review:')
    r"(?:" + _ROUNDUP_HEADING + r")?"
    r"((?:[A-Z][A-Z'’.\-]+[ ]){0,3}[A-Z](?:[A-Z.\-]|['’](?=[A-Z]))+"
    r"(?:[ ]and[ ](?:[A-Z][A-Z'’.\-]+[ ]){1,2}[A-Z](?:[A-Z.\-]|['’](?=[A-Z]))+)?)"  # ('ANN LIND and RAY BRILL')
    # (and a fact check's topic: 'ROMNEY on cutting the deficit:'; a roundup item's heading, the name
    # and a place, or the name's words: 'CLINTON, IN ORLANDO -- Here’s what she said …:', 'HILLARY’s open
    # letter to …:')
    # (a roundup's excerpt, the writer and the outlet, with the piece's title: 'RAY BRILL on
    # Harbourpost, “The birth of a plan”:', 'ANN LIND in the Gazette, “…”:', 'ALERT -- AP: “Ballots requested”:',
    # 'ANN LIND -- “Why the plan works”:', '--ANN LIND, “Why the plan works”:')
    r"(?:[ ](?:on|in)[ ][^:\n“”\"]{1,60}(?:,?[ ][“\"][^\n“”\"]{1,200}[”\"])?|(?::|,|[ ](?:--|[—–]))[ ][“\"][^\n“”\"]{1,200}[”\"]|,[ ]IN[ ][A-Z][A-Z .,]{1,30}[ ](?:--|[—–])[ ][^:\n“”\"]{1,150}"
    r"|['’]s[ ](?:[a-z\-]+[ ]){0,2}(?:open[ ])?(?:letter|statement|op-ed|tweet|post|message|remarks|speech|response)"
    r"\b[^:\n“”\"]{0,120})?:[ \t]*$"
)
_CAPS_LABEL_CHARS = 200  # (how far before the quote such a label may start)
_CAPS_LABEL_STOP = frozenset(
    "UPDATE UPDATED BREAKING WATCH READ RELATED NOTE PHOTO PHOTOS VIDEO SOURCE SOURCES QUOTE QUESTION ANSWER "
    "CORRECTION CLARIFICATION WARNING ALERT EXCLUSIVE LISTEN MORE ALSO PLUS DISCLAIMER FACT CLAIM VERDICT "
    "TRANSCRIPT DAY WEEK TWEET HEADLINE SUMMARY LINE SPOTTED POLL POLLS STATEMENT REPORT".split()
)
# an excerpt's byline before its quote in a roundup: '“Mo Pageviews,” by Ann Lind: “…”', 'this
# shocker from Ann Lind: “…”', 'by WaPo’s Ann Lind: “…”'
_BYLINE_NAME = r"(?:[A-Z][\w'’\-.]+[ ]){1,2}[A-Z][\w'’\-]+"
_BY_NAME_COLON_RE = re.compile(
    # (several authors, an outlet's possessive before them and the outlet after them: 'by AP’s Ann
    # Lind, Ray Brill and Jo Wu:', 'by USA Today’s Ann Lind:', 'by Ann Lind in The Upshot:')
    r"(?<![\w’'])by[ ](?:(?:the[ ])?(?:[A-Z][\w.&]*[ ]){0,2}[A-Z][\w.&]*['’]s[ ])?"
    r"(" + _BYLINE_NAME + r"(?:(?:,[ ]|,?[ ]and[ ])" + _BYLINE_NAME + r"){0,4})"
    r"(?:[ ](?:in|for|of|at)[ ](?:the[ ]|The[ ])?(?:[A-Z][\w.&’']*[ ]?){1,4})?:[ \t]*$"
    r"|(?<![\w’'])from[ ](?:(?:the[ ])?[A-Z][\w.&]*['’]s[ ])?(" + _BYLINE_NAME + r"):[ \t]*$"
    r"|(?:^|(?<=[\s(])|(?<=\n--))(?<!\bto )(?<!\bwith )(@\w{2,30}):[ \t]*$"  # a tweet in a roundup: '@AnnLind: “…”'
    # (a roundup's item opening with the outlet's writers, no 'by': '--NYT’s Ann Lind and Ray Brill:')
    r"|(?:^|(?<=\n))[ \t]*(?:--?|[—–])[ \t]*(?:[A-Z][\w.&]*[ ]){0,2}[A-Z][\w.&]*['’]s[ ]"
    r"(" + _BYLINE_NAME + r"(?:(?:,[ ]|,?[ ]and[ ])" + _BYLINE_NAME + r"){0,4}):[ \t]*$"
)
# a dash and an outlet's name before a colon and the quote: '… - Harbour News: “…”'
_DASH_OUTLET_COLON_RE = re.compile(r"[ ](?:-|--|—|–)[ ]((?:The[ ])?[A-Z][\w.&’']*(?:[ ][A-Z][\w.&’']*){0,3}):[ \t]*$")
# 'From The Associated Press:', 'Via the Harbour Gazette:' opening a line or sentence, before a quote
# (or after a comma: 'Here's more on the meeting, from The Associated Press:')
_FROM_SOURCE_COLON_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[a-z], (?=from)))(?:From|from|Via|Per)[ ]"
    r"((?:[Tt]he[ ])?[A-Z][\w.&’'\-]*(?:[ ](?:[A-Z][\w.&’'\-]*|of|for|and|the))"
    r"{0,5}):[ \t]*\n?[ \t]*$"
)
# a person's reply opening a sentence before a colon: 'Ann Lind’s response:', 'Here's Lind's reply
# to the question:', 'Lind’s first response to the story was:' (not 'X echoes Lind’s assessment:')
_POSS_REPLY_COLON_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?…][”\"] )|(?<=\bHere['’]s )|(?<=\bHere is ))"
    r"((?:[A-Z][\w'’\-.]* ){0,2}[A-Z][\w\-]*)['’]s (?:[a-z]+ )?(?:answer|response|reaction|reply|retort|take|verdict"
    r"|explanation|message|assessment|advice|warning|defen[cs]e|rebuttal|comeback|quote|words|remarks|statement)\b"
    r"[^.!?\n:“”\"]{0,90}:[ \t]*\n?[ \t]*$"  # ('Lind’s full quote at the time:')
)
# 'Here's Ann Lind:', 'Here is Lind, the lab's director:' opening a sentence before the quote
_HERE_IS_COLON_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))Here(?:['’]s| is) ((?:[A-Z][\w'’\-.]* ){0,2}[A-Z][\w'’\-]*)"
                               r"(?:,[^:\n“”\"]{1,60})?:[ \t]*\n?[ \t]*$")
_AUTHORS_SPLIT_RE = re.compile(r",?[ ]and[ ]|,[ ]")
# a roundup's item opening a line: an upper-case heading and a dash, or a dash ('ALERT -- AP: …',
# '-- “…,” by Ann Lind: “…”'): a quote after it does not go on with the speaker of the item before
_ROUNDUP_ITEM_RE = re.compile(r"\n[ \t]*(?:--(?=[ “\"‘@A-Z])|" + _ROUNDUP_HEADING + ")")
_HEADLINE_EXCERPT_RE = re.compile(r"[ ]?:[ ]?[“\"]")  # after a closing mark: the excerpt of the headlined piece follows
_HEADLINE_BY_RE = re.compile(r"[ ]*,?[ ]*by[ ](?:[A-Z]|@)")  # after a closing mark: a byline follows
_NAME_COLON_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?…][”\"] )|(?<=Media caption )|(?<=JUST WATCHED )|(?<=MUST WATCH )"
    r"|(?<=\nPHOTOS: )|(?<=\nPHOTO: )|(?<=\nVIDEO: )|(?<=\nWATCH: ))"
    r"(?![A-Z]+[ ])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-.]+){0,2})(?:,[^:\n“”\"]{1,70})?:[ \t]*$"
    # (and a video's caption or teaser: 'Media caption Ann Lind: “…”', 'JUST WATCHED Lind: ‘…’',
    # 'PHOTOS: Lind: ‘…’ about …'; a word in capitals opening the line is no part of the name)
)
# a headline giving one party's words to another: 'Lind to Brill: “…”', '7) Lind to Harbour Gazette:
# ‘…’' (group 1 speaks)
_NAME_TO_NAME_COLON_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=\n\d\)[ ])|(?<=\n\d\d\)[ ])|(?<=JUST WATCHED )|(?<=MUST WATCH ))"
    r"([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-.]+){0,2})[ ]to[ ](?:the[ ])?[A-Z][\w'’\-.]*(?:[ ][A-Z][\w'’\-.]+){0,3}:[ \t]*$")
# a role before the name opening a line, then a colon: 'Constitutional scholar Ann Lind: “…”'
_ROLE_NAME_COLON_RE = re.compile(r"(?:^|(?<=\n)|(?<=Media caption ))[ \t]*(?:(?:From|Via|Per)[ ]|(?:[A-Z][\w\-]*[ ])?(?:[a-z][\w\-]*[ ]){1,3})"
                                 r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-.]+){0,2}):[ \t]*$")
_TITLE_WORDS_LOWER = frozenset(w.lower() for w in _TITLE_WORDS)
_COLON_ROLE_WORDS = frozenset("scholar historian author writer critic commentator candidate".split())


def _role_name_colon(text: str, open_mark: int) -> re.Match[str] | None:
    """:data:`_ROLE_NAME_COLON_RE` before a quote opening at ``open_mark``, when its last lower-case
    word is a role (``scholar``, ``professor``, ``director``), else None; its group 1 is the name."""
    line0 = text.rfind("\n", max(0, open_mark - 120), open_mark) + 1
    if line0 == 0 and open_mark > 120:
        return None  # (no line start in reach)
    m = _ROLE_NAME_COLON_RE.search(text, line0, open_mark)
    if m is None:
        return None
    lead = text[m.start() : m.start(1)].split()
    if lead[0] in ("From", "Via", "Per") and len(lead) == 1:
        return m  # 'From Ann Lind: “…”' (an excerpt's author)
    if " " not in m.group(1):
        return None  # (a role before one word: no name)
    role = lead[-1]
    if role in _ROLE_NOUNS or role in _COLON_ROLE_WORDS or role in _TITLE_WORDS_LOWER \
            or (_AGENT_NOUN_RE.fullmatch(role) is not None and role not in _NOT_AGENT_NOUNS):
        return m
    return None


# heads of a definite description that re-name a person just named ("the senator", "the nominee");
# spokespeople, aides and officials are usually someone else
_COREF_HEADS = frozenset(
    "senator congressman congresswoman lawmaker representative nominee candidate president president-elect "
    "governor mayor minister premier chancellor secretary leader chairman chairwoman chair founder "
    "billionaire businessman businesswoman mogul actor actress singer star judge justice democrat "
    "republican senator-elect incumbent challenger frontrunner front-runner contender "
    "rapper comedian host anchor author novelist filmmaker pastor coach economist historian professor "
    "scientist researcher activist entrepreneur ceo conservative liberal progressive moderate pm mp mep mla mpp msp "
    "evangelist preacher "
    "rabbi imam priest bishop theologian philosopher poet columnist commentator magnate tycoon pontiff".split()
)
# words for one person's role ('the historian', 'the sheriff'), besides those ending like one
_PERSON_ROLE_WORDS = _COREF_HEADS | _PERSON_HEADS | _TITLE_WORDS | _ROLE_NOUNS | frozenset(
    "lady envoy counsel general judge chief surrogate magistrate imam".split())
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ent", "ant")
# kinds of organisation a description may name one by ('the company', 'the union')
_ORG_ROLE_WORDS = frozenset("company firm group union airline organization organisation charity nonprofit coalition "
                            "association foundation institute bank retailer automaker carrier startup manufacturer "
                            "insurer".split())
# words opening an introductory phrase before an apposition, not a name ('On Tuesday, the group')
_NOT_ORG_OPENERS = _DETERMINERS | _PREP_BEFORE_NAME | frozenset(
    "after before during since last next without as when while".split())
_SENTENCE_END_IN_NAME_RE = re.compile(r"(?<=[a-z]{2})\.(?:[ ]|$)")  # 'Bare Foods. The': the name ends there


def _name_after_quote(text: str, pos: int, alone: bool = False) -> str | None:
    """The speaker named right after a quote's closing mark (``pos``), in columns and roundups.

    ``— Ann Lind, Harbour Gazette`` (a dash and a name), ``Ann Lind, Harbour Gazette``
    ending the line or as the next paragraph (with the outlet), or a description
    after a dash ending in a name with a known first name (``— White House trade
    adviser Ray Brill``; what follows the speaker, ``… to Ray Brill``, is cut off).
    A dash and a name may open the next paragraph when the quote is a paragraph of its
    own (``alone``: a signature, not a byline after a speaker's quote). Section
    headings after a quote (``Existing Programs``) and outlets are no names. An epigraph
    gives its name before the work (``– Neil Howe – The Fourth Turning``) or two authors
    joined by ``&`` or *and* (``– Strauss & Howe``), the name in brackets (``(Ann Lind)``,
    with a known first name) or a description by *The* ending the line (``– The Buddha``); a verse cited after a quote (``(Proverbs 21:1 NCV)``, ``– Luke
    10: 3``) comes back as written, without its translation.
    """
    m = _DASH_NAME_RE.match(text, pos)
    if m is not None and not alone and "\n" in text[pos : m.start(1)]:
        m = None  # ('Lind said. “…” / -- Ray Brill': the byline of a live blog's entry)
    dashed = m is not None
    m = m or _ROUNDUP_NAME_RE.match(text, pos)
    if m is not None:
        name = m.group(1)
        if (dot := _NAME_SENT_END_RE.search(name)) is not None and " " in name[: dot.start()]:
            name = name[: dot.start()]  # '— Ray Brill. Racist.': the name ends its sentence
        else:
            name = _without_sentence_period(name)  # '— Ray Brill.'
        who = _strip_titles(name)
        if " " not in who and name.split(" ", 1)[0] in _TITLE_FIRST_NAMES and name.count(" ") == 1:
            who = name  # a title word that is a first name before a surname: 'Dean Obeidallah, CNN'
        new_par = "\n" in text[pos : m.start(1)] and not dashed
        if (all(_is_name_token(w) or _INITIALS_RE.fullmatch(w) for w in who.split()) or _is_titled_name(who)) \
                and source_type(who) != "media" and " " in who \
                and not (new_par and not m.groupdict().get("outlet")) \
                and not any(len(w.rstrip(".")) > 1 and w.isupper() and not _INITIALS_RE.fullmatch(w)
                            for w in who.split()) \
                and not who.split()[0].lower().endswith("ing"):
            return name
    au = _ROUNDUP_AUTHORS_RE.match(text, pos)
    if au is not None and all(_is_titled_name(x) for x in au.group(1).split(" and ")):
        return au.group(1)  # '“…” Ann Lind and Ray Brill, Harbour Gazette' (two authors and their outlet)
    if (ep := _DASH_AUTHORS_RE.match(text, pos)) is not None \
            and all(_is_titled_name(x) or all(_is_name_token(w) for w in x.split())
                    for x in re.split(r" & | and ", ep.group(1) or ep.group(2))):
        return ep.group(1) or ep.group(2)  # an epigraph's authors: '“…” – Strauss & Howe – The Fourth Turning'
    if (sc := _SCRIPTURE_REF_RE.match(text, pos)) is not None:
        return " ".join(sc.group(1).replace(": ", ":").split())  # '“…” – Luke 10: 3': the verse cited
    if (dt := _DASH_THE_NAME_RE.match(text, pos)) is not None and source_type(dt.group(1)) == "named_person" \
            and _name_word(dt.group(1).split()[1]):
        return dt.group(1)  # an epigraph's author known by a description: '“…” – The Buddha'
    if (pn := _PAREN_NAME_AFTER_RE.match(text, pos)) is not None and _first_name_gender(pn.group(1)) \
            and all(_is_name_token(w) or _INITIALS_RE.fullmatch(w) for w in pn.group(1).split()):
        return pn.group(1)  # an epigraph's author in brackets: '“…” (Ann Lind)'
    d = _DASH_PHRASE_RE.match(text, pos)
    if d is not None and not alone and "\n" in text[pos : d.start(1)]:
        d = None  # (a live blog's byline, as above)
    if d is not None:
        phrase = _DASH_CONTEXT_RE.split(d.group(1), 1)[0]
        if (dot := _NAME_SENT_END_RE.search(phrase)) is not None and " " in (head := _strip_titles(phrase[: dot.start()])) \
                and _first_name_gender(head):
            phrase = phrase[: dot.start()]  # '— Ann Lind. That’s …': the name ends its sentence (not 'Sen. Ann Lind')
        who = _without_sentence_period(_strip_titles(phrase))
        if " " in who and _is_titled_name(who) and (
                _first_name_gender(who)
                or (len(who.split()) == 2 and any(w.lower() in _TITLE_WORDS for w in phrase[: -len(who)].split()))):
            # (a name of no known first name after a title: '— Deputy Press Secretary Hogan Gidley')
            return who
    return None


def _is_titled_name(run: str) -> bool:
    """``run`` is a name, after leading titles (``Senator Ann Lind``, ``Dr. Ray Brill``; not ``On Lind``)."""
    toks = run.split()
    i = 0
    while i < len(toks) - 1 and (toks[i].lower() in _TITLE_STRIP
                                 or (toks[i].isupper() and toks[i + 1].lower() in _TITLE_STRIP)):
        i += 1  # (an acronym before a title is part of it: "MIT Professor Ann Lind", "FBI Director")
    return all(_is_name_token(w) or (0 < k < len(toks) - 1 and _INITIALS_RE.fullmatch(w))
               or (k == len(toks) - 1 and k > i and w[:1].isupper()
                   and (toks[k - 1].lower() in _first_names()
                        or (k - 1 > i and _INITIALS_RE.fullmatch(toks[k - 1]) and toks[k - 2].lower() in _first_names())))
               for k, w in enumerate(toks[i:], i))  # "Marc A. Lind": an initial inside; "Robert King", "Jon V. Last"


# the people of an outlet: an indefinite description of one is an unnamed person, not the outlet
_MEDIA_PEOPLE = frozenset("journalist journalists reporter reporters correspondent editor columnist writer employee "
                          "staffer anchor host producer commentator contributor".split())


def _media_speaker(phrase: str) -> str | None:
    """Who speaks in a media source: the journalist (``the Gazette's Ann Lind``, ``NBC
    correspondent Ann Lind``) or the outlet (``As The Harbour Gazette`` -> ``Harbour Gazette``)."""
    words = phrase.split()
    outlet = ""
    for k, w in enumerate(words):
        if w.endswith(("'s", "’s", "s'", "s’")) and len(words) - k > 2:
            if all(x[:1].isupper() or (i == 0 and x.lower() == "the") for i, x in enumerate(words[: k + 1])):
                outlet = " ".join(words[: k + 1])  # (a name: not 'the White House revoked Acosta's')
            words = words[k + 1 :]  # the outlet's journalist
            break
    name = _last_name_run(words)
    if len(name) > 1 and (_first_name_gender(" ".join(name[:2]))
                          or (len(words) > len(name) and words[-len(name) - 1].lower() in _MEDIA_PEOPLE
                              and words[-len(name):] == name)):
        # (or a name right after the journalist's role: 'Fox News host Tucker Carlson')
        return " ".join(name)
    for k in range(1, len(name) - 1):
        if _first_name_gender(f"{name[k]} {name[k + 1]}") and source_type(" ".join(name[:k])) == "media":
            return " ".join(name[k:])  # the outlet's name, then its journalist's, its possessive missing
    if words and words[0].lower() in _INDEFINITE and words[-1].lower() in _MEDIA_PEOPLE:
        return " ".join(words)  # an unnamed journalist: 'a longtime Seattle journalist' (not 'Seattle')
    if len(words) > 2 and words[0].lower() == "the" and words[-1].lower() in _MEDIA_PEOPLE \
            and all(w.lower() in _GENERIC_MEDIA_WORDS for w in words[1:-1]):
        return " ".join(words)  # 'the TV correspondent': a journalist, no outlet named (not 'TV')
    if len(words) > 2 and words[0].lower() == "the" and words[-1].lower() in _MEDIA_COREF_HEADS \
            and words[-2][:1].islower() and not outlet:
        return " ".join(words)  # an outlet described, not named: 'the Communist party controlled newspaper'
    while words and (not words[0][:1].isupper() or words[0].lower() in _COMMON_EXTRA):
        words = words[1:]  # "As The Gazette", "via state TV", "the Gazette"
    run: list[str] = []
    for i, w in enumerate(words):
        if not w[:1].isupper() and not (w in ("of", "for", "without", "and", "the") and run
                                         and i + 1 < len(words) and words[i + 1][:1].isupper()):
            break  # "Reporters without Borders" is one name
        run.append(w)
        if (owner := _without_possessive(w)) is not None and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
            # the owner of what speaks: "The Harbour Reserve's website" -> "Harbour Reserve",
            # "Bezos’ post" -> "Bezos" (not "People's Daily", a name)
            run[-1] = owner
            break
    if not run and outlet and phrase.rsplit(None, 1)[-1].lower() in _OUTLET_OWN_WORDS:
        return _media_speaker(outlet)  # the outlet's own staff or page: 'the Journal’s august editors'
    return " ".join(run) or None


# words for a medium, not an outlet's name ('the TV correspondent', 'the local radio host')
_GENERIC_MEDIA_WORDS = frozenset("tv television radio cable network newspaper wire local state national veteran "
                                 "longtime former".split())
# what an outlet's possessive names as the outlet itself speaking ('the Journal’s editors', 'CNN's
# exit polls', 'MSNBC's First Read blog'; not 'Australia’s biggest newspaper publisher')
_OUTLET_OWN_WORDS = frozenset("editors editor editorial board page staff writers reporters team newsroom blog "
                              "website site poll polls polling survey analysis report reporting story write-up "
                              "up piece article coverage update headline columnists".split())


def _gender_hint_word(phrase: str) -> str:
    """``"m"``/``"f"`` from a gendered word in ``phrase`` (*congresswoman*, *chairman*), else ``""``."""
    words = set(phrase.lower().split())
    f, m = not _F_HINTS.isdisjoint(words), not _M_HINTS.isdisjoint(words)
    return "f" if f and not m else ("m" if m and not f else "")


# (or after a conjunction of time: '… he told reporters before animatedly asking:')
_PARTICIPLE_AFTER_COMMA_RE = re.compile(r"(?:,[”\"’]?[ \t]*|[ \t](?:before|after|while|without)[ \t]+)"
                                        r"(?:(?:also|then|later|again|even|repeatedly|\w+ly)[ \t]+)?$")
reset_cues()
register_spans("quotes_attribution", ("quote", "attribution"), find_quotes_and_attributions)


# --------------------------------------------------------------------------- features

_REF = "project-defined (framing quote/attribution spans, docs/attribution.md)"


def _fd(name: str, family: str, unit: str, rng: str, definition: str, dtype: str = "float") -> FeatureDef:
    return FeatureDef(name, family, unit, rng, definition, _REF, dtype)


QUOTE_FEATURES: tuple[FeatureDef, ...] = (
    _fd("quote_count", "quotes", "count", "[0, inf)",
        "Number of outermost quote spans in the body (quotes nested inside another quote are not "
        "counted). NaN when the text is missing.", "int"),
    _fd("quotes_per_100_words", "quotes", "per 100 words", "[0, inf)",
        "quote_count / number of word tokens x 100. NaN when the body has no words."),
    _fd("quote_char_share", "quotes", "share", "[0, 1]",
        "Characters inside outermost quote spans (marks excluded) / characters of the body. "
        "NaN when the body is empty."),
    _fd("direct_quote_count", "quotes", "count", "[0, inf)",
        "Number of outermost quotes of subtype direct (a full quoted utterance). NaN when the text is missing.", "int"),
    _fd("partial_quote_count", "quotes", "count", "[0, inf)",
        "Number of outermost quotes of subtype partial (a fragment inside reported speech). "
        "NaN when the text is missing.", "int"),
    _fd("scare_quote_count", "quotes", "count", "[0, inf)",
        "Number of outermost quotes of subtype scare (a short quoted word or phrase with no speaker "
        "in reach). NaN when the text is missing.", "int"),
    _fd("unattributed_quote_share", "quotes", "share", "[0, 1]",
        "Direct and partial outermost quotes with neither a linked cue nor a speaker / all direct and "
        "partial outermost quotes. "
        "NaN when there are none."),
)

ATTRIBUTION_FEATURES: tuple[FeatureDef, ...] = (
    _fd("attribution_count", "attribution", "count", "[0, inf)",
        "Number of attribution cues (said, told, claimed, according to, ...) in the body. "
        "NaN when the text is missing.", "int"),
    _fd("attributions_per_100_words", "attribution", "per 100 words", "[0, inf)",
        "attribution_count / number of word tokens x 100. NaN when the body has no words."),
    _fd("distinct_sources", "attribution", "count", "[0, inf)",
        "Number of distinct cited sources: resolved speaker names (surnames and pronouns mapped to "
        "the full name), otherwise the lower-cased source text. NaN when the text is missing.", "int"),
    _fd("share_attributions_loaded", "attribution", "share", "[0, 1]",
        "Attribution cues with tone loaded (claimed, admitted, insisted, ...) / all attribution cues. "
        "NaN when there are no cues."),
    _fd("share_attributions_relay", "attribution", "share", "[0, 1]",
        "Attribution cues of subtype relay (media citing media) / all attribution cues. "
        "NaN when there are no cues."),
    _fd("anonymous_source_count", "attribution", "count", "[0, inf)",
        "Attribution cues whose source is typed anonymous (officials said, a source familiar with ...). "
        "NaN when the text is missing.", "int"),
    _fd("official_source_share", "attribution", "share", "[0, 1]",
        "Attribution cues whose source is typed official / attribution cues with a typed source. "
        "NaN when no cue has a source."),
    _fd("according_to_count", "attribution", "count", "[0, inf)",
        "Number of 'according to' cues (subtype according_to, or relay when the source is an outlet). "
        "NaN when the text is missing.", "int"),
)


def _outer_quotes(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    end = -1
    for s in spans:
        if s.kind != "quote":
            continue
        if s.start < end:  # nested inside the previous outer quote
            continue
        out.append(s)
        end = s.end
    return out


def _quote_features(doc: Doc) -> dict[str, float]:
    nan = math.nan
    if not doc.valid:
        return {f.name: nan for f in QUOTE_FEATURES}
    q = _outer_quotes(doc.spans)
    n_words = len(doc.words)
    n_chars = len(doc.text)
    dp = [s for s in q if s.subtype in ("direct", "partial")]
    return {
        "quote_count": len(q),
        "quotes_per_100_words": 100.0 * len(q) / n_words if n_words else nan,
        "quote_char_share": sum(s.end - s.start for s in q) / n_chars if n_chars else nan,
        "direct_quote_count": sum(s.subtype == "direct" for s in q),
        "partial_quote_count": sum(s.subtype == "partial" for s in q),
        "scare_quote_count": sum(s.subtype == "scare" for s in q),
        "unattributed_quote_share": sum(s.speaker is None and s.cue is None for s in dp) / len(dp) if dp else nan,
    }


def _attribution_features(doc: Doc) -> dict[str, float]:
    nan = math.nan
    if not doc.valid:
        return {f.name: nan for f in ATTRIBUTION_FEATURES}
    a = [s for s in doc.spans if s.kind == "attribution"]
    n = len(a)
    n_words = len(doc.words)
    typed = [s for s in a if s.source_type]
    sources = {(s.speaker or s.source or "").lower() for s in a if s.speaker or s.source}
    return {
        "attribution_count": n,
        "attributions_per_100_words": 100.0 * n / n_words if n_words else nan,
        "distinct_sources": len(sources),
        "share_attributions_loaded": sum(s.cue_tone == "loaded" for s in a) / n if n else nan,
        "share_attributions_relay": sum(s.subtype == "relay" for s in a) / n if n else nan,
        "anonymous_source_count": sum(s.source_type == "anonymous" for s in a),
        "official_source_share": sum(s.source_type == "official" for s in typed) / len(typed) if typed else nan,
        "according_to_count": sum(s.cue == "according to" for s in a),
    }


register_family(Family("quotes", QUOTE_FEATURES, _quote_features))
register_family(Family("attribution", ATTRIBUTION_FEATURES, _attribution_features))
