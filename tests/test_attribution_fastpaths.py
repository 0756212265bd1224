"""The fast helpers of :mod:`framing.attribution` match their reference forms exactly.

Each fast path (one regex instead of a regex plus a Python check per match, a
search from the end instead of a forward scan) is compared with the plain
definition on random strings built from the characters that matter
(abbreviations, periods, line breaks, apostrophes, clause words).
"""

from __future__ import annotations

import random
import re

import framing.attribution as A

# reference forms of the fast regexes (the plain definitions they must agree with)
_POSSESSIVE_RE = re.compile(r"(?<=\w)[’'](?=s\b|[A-Z][a-z])")  # mark after a word char, then s or Name
_WORDS_RE = re.compile(r"[^\W_][\w'’.\-]*")  # the words counted by _THREE_WORDS_RE/_FIVE_WORDS_RE


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
        seg = A._INITIALS_BEFORE_LOWER_RE.sub("\u2024", seg)  # (a second step of the definition: 'D.C. journalist')
    if "’" in seg or "'" in seg:
        seg = _POSSESSIVE_RE.sub("\u02bc", seg)
    return seg


_SENT_TOKENS = ["Mr.", "Sen.", "Sens.", "Prof.", "vs.", "v.", "J.", ".", " ", "\n", "\t", "A", "b", "x",
                "1", "é", "_", "”", "’", "!", "?", "…", ")", "(", "\"", "'s", "’s", "O’Con", "D'S", "bid", "Ann", "“"]


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


def _word_before(text: str, j: int) -> tuple[str, bool, int]:
    """The run of letters, digits and ``'’-.`` before ``text[j]`` past spaces, whether spaces came
    before ``j``, and where the run starts."""
    i = j - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    e = i + 1
    while i >= 0 and (text[i].isalnum() or text[i] in "'’-."):
        i -= 1
    return text[i + 1 : e], e < j, i + 1


def _name_occurrences_ref(text: str, surname: str) -> list[tuple[int, str | None]]:
    """The first 50 occurrences of ``surname``, walking back one character at a time."""
    out: list[tuple[int, str | None]] = []
    first = A._first_names()
    k = text.find(surname)
    n = len(surname)
    while 0 <= k and len(out) < 50:
        if text[k + n : k + n + 1].isalnum():
            k = text.find(surname, k + n)
            continue
        if k == 0 or text[k - 1] != " ":
            out.append((k, None))
            k = text.find(surname, k + len(surname))
            continue
        j = k
        toks: list[str] = []
        while True:
            w, spaced, start = _word_before(text, j)
            initial = A._INITIALS_RE.match(w) is not None and w not in A._PLACE_INITIALS  # "J.", "P.J."
            if not toks and spaced and w in A._NAME_PARTICLES:
                toks.insert(0, w)  # a particle ("del Cueto"): a name word must come before it
                j = start
                continue
            if w and spaced and A._name_word(w) and not w.endswith(("s'", "s’")) and w.lower() not in A._FORMS \
                    and w not in A._NAME_PARTICLES \
                    and (not toks or toks[0][-1:] == "." or toks[0] in A._NAME_PARTICLES
                         or (w.lower() in first
                             and (toks[0].lower() not in first or toks[0] not in A._TITLE_FIRST_NAMES))) \
                    and len(toks) < 2 and (initial or not w.endswith(".")) \
                    and not (toks and w.lower() in A._NOT_FIRST_WORDS):
                # (a second word after an initial, or a known first name before a middle name: "Ann Bader
                # Lind", "Christine Todd Whitman")
                toks.insert(0, w)
                j = start
            else:
                break
        if len(toks) == 1 and toks[0] not in A._NAME_PARTICLES:
            # a first name the list lacks before the one name word, after a title, role or cue
            w2, sp2, j2 = _word_before(text, j)
            if sp2 and w2.isalpha() and (A._name_word(w2) or w2 in A._TITLE_FIRST_NAMES) \
                    and w2.lower() not in A._FORMS and w2 not in A._NAME_PARTICLES \
                    and w2.lower() not in A._COMMON and w2.lower() not in A._NOT_FIRST_WORDS \
                    and w2.lower() not in A._PARTY_NOUNS:
                w3, sp3, _ = _word_before(text, j2)
                if sp3 and (w3.lower() in A._TITLE_WORDS or w3 in A._ROLE_NOUNS or w3 in A._FORMS):
                    toks.insert(0, w2)
        if len(toks) == 1 and toks[0] in A._NAME_PARTICLES:
            toks = []  # a particle alone opens no name ("Puerto de la Cruz")
        out.append((k, " ".join([*toks, surname]) if toks else None))
        k = text.find(surname, k + len(surname))
    return out


_NAME_TOKENS = ["Lind", "Lind", "Ann", "J.", "K.", "Dr.", "Mr.", "said", "Said", "the", "Bill", "Ann’s", "Jones'",
                "O'Neil", "Mary-Jo", "_", "X_Y", "é", "Émile", "2nd", "B.C.", "President", " ", " ", "  ", ",", "\n",
                "(", ".", "’", "-", "Lindqvist", "xLind", "Lind2", "ALLCAPS", "Bader", "Ruth", "P.J.", "U.S.", "Adviser", "de", "van",
                "Recep", "Tayyip", "Democrat", "aide"]


def test_name_occurrences_match_the_character_walk() -> None:
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(_NAME_TOKENS) + rng.choice(["", " ", " ", "  "])
                       for _ in range(rng.randrange(16)))
        for surname in ("Lind", "Ann", "L", "Lind Lind"):
            assert A._name_occurrences(text, surname) == _name_occurrences_ref(text, surname), (text, surname)
    text = " ".join(["Mark J. Lind said"] * 80)
    assert A._name_occurrences(text, "Lind") == _name_occurrences_ref(text, "Lind")


def test_word_count_matches_agree_with_findall() -> None:
    tokens = ["a", "Bé", "1", "_", "'", "’", ".", "-", " ", "  ", ",", "x_y", "it's", "U.S.", "—", "\n", "__"]
    for text in _random_strings(tokens, 5000, 14, 3):
        n = len(_WORDS_RE.findall(text))
        assert (A._THREE_WORDS_RE.match(text) is not None) == (n >= 3), repr(text)
        assert (A._FIVE_WORDS_RE.match(text) is not None) == (n >= 5), repr(text)


# speed round 6: the cue scan with frequency-ordered first letters and a negated class


def test_cue_scan_matches_the_alphabetical_trie() -> None:
    ref = re.compile("[\\x00-/:-@\\[-^`{-\\x7f\\u0080-\\U0010ffff](" + A._trie_pattern(list(A._FORMS)) + ")\\b")
    assert A._CUE_LOW_RE.pattern != ref.pattern  # (the order differs, the matches must not)
    forms = sorted(A._FORMS)
    rng = random.Random(11)
    pieces = [" ", " ", "  ", "\n", ",", ".", "“", "é", "x", "_", "1", "-", "s", "ing", "ed", "\u00a0", "Ω"]
    for _ in range(4000):
        text = "".join(rng.choice(forms) if rng.random() < 0.5 else rng.choice(pieces)
                       for _ in range(rng.randrange(12)))
        assert [m.span(1) for m in A._CUE_LOW_RE.finditer(text)] == [m.span(1) for m in ref.finditer(text)], text
        assert A._cue_candidates(text, text) == [
            (s, e, f, A._FORMS[f]) for s, e, f in _cue_candidates_ref(text, ref)], text


def _cue_candidates_ref(text: str, ref: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The cue candidates of the lower-cased ``text`` by the alphabetical trie (the old scan)."""
    out = []
    m0 = A._CUE_AT_RE.match(text)
    pos = 0
    if m0 is not None:
        form = " ".join(m0.group().split())
        if form in A._FORMS:
            out.append((0, m0.end(), form))
        pos = m0.end()
    while pos >= 0:
        restart = -1
        for m in ref.finditer(text, pos):
            s = m.start(1)
            if text[s - 1] >= "\x80" and text[s - 1].isalnum():
                restart = s
                break
            form = " ".join(m.group(1).split())
            if form in A._FORMS:
                out.append((s, m.end(), form))
        pos = restart
    return out


def _looks_like_title_ref(content: str) -> bool:
    """:func:`framing.quotes.looks_like_title` as first written (all words read first)."""
    from framing.quotes import _TITLE_SMALL, _WORD_RE

    if content.rstrip()[-1:] in ",.;" or content[:1].islower():
        return False
    if content.count(" ") > 60:
        return False
    words = _WORD_RE.findall(content)
    if len(words) < 2 or len(words) > 14:
        return False
    caps = 0
    for k, w in enumerate(words):
        if w[0].isupper() or w[0].isdigit():
            caps += 1
        elif k == 0 or w.lower() not in _TITLE_SMALL:
            return False
    return caps >= 2


def test_looks_like_title_matches_the_reference() -> None:
    from framing.quotes import looks_like_title

    tokens = ["The", "Art", "of", "the", "Deal", "we", "2020", "A", "an", "X", " ", " ", "  ", ".", ",", "!",
              "—", "-", "'s", "É", "é", "_", "\n"]
    rng = random.Random(5)
    for _ in range(6000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randrange(40)))
        assert looks_like_title(text) == _looks_like_title_ref(text), repr(text)


def test_common_word_matches_the_reference() -> None:
    tokens = ["Lind", "lind", "lindy", " ", " ", ",", ".", ";", ":", "!", "\n", "Bill", "bill", "Going", "x"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randrange(40)))
        res = A._Resolver(text, [])
        for word in ("Lind", "Bill", "Going", "X"):
            low = word.lower()
            ref = low not in A._first_names() and (
                low.endswith("ing") or any(f" {low}{p}" in text for p in " ,.;:"))
            assert res._common_word(word) == ref, (text, word)
    for text in (" lindy" * 10 + " lind.", " lindy" * 10 + " lindx", " lindy" * 7 + " lind;"):  # 8+ occurrences
        ref = any(f" lind{p}" in text for p in " ,.;:")
        assert A._Resolver(text, [])._common_word("Lind") == ref, text


def test_written_lower_token_set_matches_the_direct_search() -> None:
    # past the first _COMMON_SCANS words the answer comes from a token set built in one pass:
    # the same as searching the text
    tokens = ["lind", "lindy", "u.s.", "war", " ", " ", ",", ".", ";", ":", "!", "\n", "x"]
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(tokens) for _ in range(rng.randrange(60)))
        res = A._Resolver(text, [])
        for i in range(A._COMMON_SCANS):
            res.written_lower(f"filler{i}")
        for low in ("lind", "lindy", "u.s.", "war", "x"):
            assert res.written_lower(low) == any(f" {low}{p}" in text for p in " ,.;:"), (text, low)
        assert res._delimited_tokens is not None  # (the set path was taken)


def test_source_before_cache_gives_the_uncached_result() -> None:
    text = "Officials said. He also said. But Ann Lind, a lawyer, said. “No,” he said. The president said"
    A._SOURCE_BEFORE_CACHE.clear()
    for _ in range(2):  # the second round reads the cache
        for k in range(len(text)):
            for lo in (0, max(0, k - 10)):
                assert A._source_before(text, k, lo) == A._source_before_seg(text[max(lo, k - 240) : k])
    assert A._SOURCE_BEFORE_CACHE


def test_colon_ends_holds_wherever_the_name_colon_regex_matches() -> None:
    tokens = ["Ann", "Lind", " ", " ", ":", ": ", "\t", "\n", "\n\n", ".", ". ", ",", "x", "“", "Dr"]
    rng = random.Random(13)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randrange(14)))
        for p in range(len(text) + 1):
            m = A._NAME_COLON_RE.search(text, max(0, p - 120), p)
            if m is not None:
                hits += 1
                assert A._colon_ends(text, p), (text, p)
    assert hits > 100
    text = "Ann Lind:" + " " * 200 + "“"
    assert A._NAME_COLON_RE.search(text, len(text) - 121, len(text) - 1) is None
    assert not A._colon_ends(text, len(text) - 1)


def test_run_name_cache_follows_the_cue_lexicon() -> None:
    try:
        assert A._run_name("Zed Lind Grumbles") == "Lind Grumbles"  # (cached)
        A.add_cue("grumble")
        assert A._run_name("Zed Lind Grumbles") == "Zed Lind"  # "Grumbles" is now a cue form
    finally:
        A.reset_cues()
    assert A._run_name("Zed Lind Grumbles") == "Lind Grumbles"


def _kept(cands: list, qbounds: list[tuple[int, int]]) -> list:
    """The candidates find_quotes_and_attributions keeps: none at or after a quote's start and before its end."""
    import bisect

    starts = [q[0] for q in qbounds]
    out = []
    for c in cands:
        j = bisect.bisect_right(starts, c[0]) - 1
        if j < 0 or c[0] >= qbounds[j][1]:
            out.append(c)
    return out


def test_cue_scan_skipping_closed_quotes_keeps_the_same_candidates() -> None:
    from framing.quotes import find_quote_marks

    forms = ["said", "says", "according to", "as reported by", "reported by", "reported", "told", "state",
             "point out", "is reporting", "reporting"]
    pieces = [" ", " ", "  ", "\n", "\n\n", ",", ".", "“", "”", "\"", "'", "‘", "’", "«", "»", "é", "x", "Ab",
              "as", "is", "-", "(", ")", "\u00a0"]
    rng = random.Random(17)
    n_skipped = 0
    for _ in range(6000):
        text = "".join(rng.choice(forms) if rng.random() < 0.4 else rng.choice(pieces)
                       for _ in range(rng.randrange(24)))
        low = text.lower()
        outer = [r for r in find_quote_marks(text) if r.depth == 0]
        qb = [(r.open_mark, r.end + 1) for r in outer]
        skip = [qb[k] for k, r in enumerate(outer) if r.closed and (k + 1 == len(qb) or qb[k + 1][0] >= qb[k][1])]
        n_skipped += len(skip)
        full = A._cue_candidates(text, low)
        assert _kept(A._cue_candidates(text, low, skip), qb) == _kept(full, qb), text
    assert n_skipped > 1000
    # an unclosed quote is scanned: a cue inside it may run on over the paragraph break
    # ("as\n\nreported by"), which hides the cue after the break from the whole scan
    text = "He wrote: “Things were bad, as\n\nreported by the Gazette, and worse."
    (r,) = find_quote_marks(text)
    qb = [(r.open_mark, r.end + 1)]
    assert not r.closed
    assert [c[2] for c in _kept(A._cue_candidates(text, text.lower()), qb)] == ["wrote"]
    assert [c[2] for c in _kept(A._cue_candidates(text, text.lower(), qb), qb)] == ["wrote", "reported by"]
    assert [s.cue for s in A.find_quotes_and_attributions(text) if s.kind == "attribution"] == ["wrote"]


def test_attribution_cue_field_is_the_normalised_cue_text() -> None:
    texts = ["He SAID it. “We go,” she Said.", "Critics, ACCORDING   TO\nthe report, claimed it was late.",
             "He as\u212aed: “Why?”", "İstanbul officials said: “No.” Officials pointed\u00a0out it was late.",
             "The mayor Lashed  Out at critics, who claimed it was fine."]
    n = 0
    for text in texts:
        for s in A.find_quotes_and_attributions(text):
            if s.kind == "attribution":
                n += 1
                assert s.cue == " ".join(s.text.lower().split()), (text, s)
    assert n >= 6


def test_words_before_surnames_cache_follows_the_cue_lexicon() -> None:
    text = "Ann Grumble Lind spoke. Later Grumble Lind left."
    try:
        before = A._name_occurrences(text, "Lind")  # (the words before "Lind" now cached)
        assert before == _name_occurrences_ref(text, "Lind")
        A.add_cue("grumble")  # "Grumble" is now a cue form: no word of a name
        assert A._name_occurrences(text, "Lind") == _name_occurrences_ref(text, "Lind") != before
    finally:
        A.reset_cues()
    assert A._name_occurrences(text, "Lind") == before


def test_from_place_regex_matches_only_texts_ending_in_a_state() -> None:
    tokens = [" from ", " of ", "Kauai", ", ", " ", "Hawaii", "N.Y.", "New York", "Wash.", "D.C.", "x", "."]
    for seg in _random_strings(tokens, 3000, 8, 7):
        if A._FROM_PLACE_END_RE.search(seg) is not None:
            assert seg.endswith(A._US_STATE_ENDINGS), repr(seg)
    assert A._FROM_PLACE_END_RE.search("Dylan Hoos from Kauai, Hawaii")


def test_gap_regexes_match_masked_gaps_only_where_they_match_unmasked() -> None:
    for gap in _random_strings(_SENT_TOKENS, 3000, 12, 3):
        masked = A._mask_inner_marks(gap)
        for rx in (A._GAP_AFTER_RE, A._GAP_BEFORE_RE):
            if rx.search(masked):
                assert rx.search(gap), repr(gap)


def test_colon_ends_holds_wherever_the_caps_label_regex_matches() -> None:
    tokens = ["WARREN", "ANN LIND", " ", ":", ": ", "\t", "\n", "\n\n", "-- ", "— ", "” ", ".", "x", "“"]
    rng = random.Random(17)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randrange(10)))
        for p in range(len(text) + 1):
            if A._CAPS_LABEL_RE.search(text, max(0, p - 50), p) is not None:
                hits += 1
                assert A._colon_ends(text, p), (text, p)
    assert hits > 100
