"""Speed of quote/attribution annotation on real articles, and on adversarial input.

On one core, over the AllSides articles (mean ~5,700 characters), measures in
the same run, interleaved, best of ``--repeat`` rounds (CPU time of this
process, so that other jobs on a shared machine disturb it less):

* ``re.findall`` of quotation marks over the texts (the baseline: one regex scan),
* ``framing.spans.find_spans(text, kinds=("quote", "attribution"))`` (the spans,
  the hot path of ``framing.annotate``),
* ``framing.annotate(text, kinds=("quote", "attribution"))`` (spans + DataFrame),

and reports articles/s of each and the time ratios to the baseline (how many
regex scans one annotation costs), plus the ``find_spans`` rate of the first
round alone (the per-process caches of source typing and name runs are still
cold for these texts: closer to one pass over an unseen corpus than the best of
``--repeat``).  Then times adversarial inputs once each
(100,000 quote marks; 5 MB without punctuation; 5 MB of repeated "said"; a
quote followed by 1 MB of cues ...) to show linear behaviour.

Usage::

    python benchmarks/bench_annotate.py [--data PATH] [--n 2000] [--repeat 3]
                                        [--out docs/measurements/annotate_speed.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from framing.spans import annotate, find_spans  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_attribution import (  # noqa: E402  (the adversarial text the tests use)
    eighteenth_session_unit,
    nineteenth_session_unit,
    twentieth_session_unit,
    twenty_eighth_session_unit,
    twenty_fifth_session_unit,
    twenty_first_session_unit,
    twenty_fourth_session_unit,
    twenty_ninth_session_unit,
    twenty_second_session_unit,
    twenty_seventh_session_unit,
    twenty_sixth_session_unit,
    twenty_third_session_unit,
)

KINDS = ("quote", "attribution")


def load_texts(data: Path, n: int) -> list[str]:
    path = data / "allsides-baly2020" / "articles.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line).get("content_original")
            if isinstance(t, str) and t:
                out.append(t)
            if len(out) >= n:
                break
    return out


def cpu_time(fn, texts: list[str]) -> float:
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def _at_two_sizes(label: str, unit, n: int) -> list[tuple[str, object]]:
    """Two adversarial cases, ``unit(i)`` joined for ``i`` below ``n`` and below ``2 * n``:
    twice the text should take twice the time."""
    return [(f"{k} {label}", lambda k=k: "".join(unit(i) for i in range(k))) for k in (n, 2 * n)]


ADVERSARIAL = [
    ("100000 straight quote marks", lambda: '"' * 100_000),
    ("100000 mixed curly/straight marks", lambda: "“‘\"'”’" * 16_667),
    ("50000 quoted words", lambda: '"a" ' * 50_000),
    ("100000 newlines and marks", lambda: "\n“" * 50_000),
    ("5 MB without punctuation", lambda: ("lorem ipsum dolor said " * 220_000)[:5_000_000]),
    ("5 MB of one letter", lambda: "x" * 5_000_000),
    ("5 MB of repeated 'said'", lambda: "said " * 1_000_000),
    ("one quote, then 1 MB of cues", lambda: "“x” " + "lorem said " * 90_000),
    ("20000 quotes, then one cue", lambda: '"a" ' * 20_000 + "said"),
    # the speaker rules (subject of the sentence before, he/she chains, colon quotes), at two
    # sizes each: linear time shows as the same time per 1000 characters
    *_at_two_sizes("subject/pronoun pairs", lambda i: "But Ray Brill, who runs X, agreed. “Yes,” he said. ", 10_000),
    *_at_two_sizes("pronoun chains", lambda i: "Ann Lind spoke. She said it was fine. “We go,” she said. ", 10_000),
    *_at_two_sizes("colon quotes", lambda i: "Ann Lind defended it: “No.” ", 10_000),
    # link teasers (read as blanks by the finder): many, and many MOREs with none
    *_at_two_sizes("link teasers", lambda i: "Sen. Ann Lind Ann Marie LindHarbour bill stalls MORE said “No.” ", 20_000),
    ("1 MB of 'Ab MORE'", lambda: "Ab MORE " * 125_000),
    # thousands of distinct names, each looked up: each name's scan of the text is bounded
    *_at_two_sizes("distinct names and pronouns", lambda i: f"“It is fine,” says Xola Brennq{i}. “We go,” she says. ",
                   8_000),
    *_at_two_sizes("distinct first names", lambda i: f"Brillo{i} Zed went. “We go,” Brillo{i} said. ", 8_000),
    # organisations and titles named before a description, someone's words before a colon
    *_at_two_sizes("'the Court' after distinct courts", lambda i: f"The Harbour{i} Court met. “We go,” the Court said. ",
                   8_000),
    *_at_two_sizes("lower-case titles", lambda i: (
        f"former press secretary Ann Lindqv{i} spoke. “We go,” the former Press Secretary said. "), 8_000),
    *_at_two_sizes("someone's words before a colon", lambda i: f"Here is Ann Lindqv{i}’s statement: “We go.” ", 8_000),
    # surnames shared by two people, told apart by the pronouns after the surname alone
    *_at_two_sizes("surnames shared by two people", lambda i: (
        f"Ann Lindqv{i} met Bob Lindqv{i}. Lindqv{i} said she left. Lindqv{i} said she stayed. “We go,” Lindqv{i} said. "),
        4_000),
    # descriptions by role or kind and documents, each looking back for a mention that names them
    *_at_two_sizes("role words, kinds and documents", lambda i: (
        f"A historian of Harbour{i} wrote. “We go,” the historian said. A group of Lindqv{i} fans met. "
        f"“We stay,” the group said. Ann Lindqv{i} sent a letter. “No,” the letter said. "), 4_000),
    # quotes inside quotes (a cue looked for inside the outer quote), colon quotes whose subject is
    # in a later clause, surnames opening with a particle (each looked up once)
    *_at_two_sizes("inner quotes, colon clauses, particles", lambda i: (
        f"“Then Ann Lindqv{i} said to me, ‘You are fired from the job.’ I left,” Ray Brill said. "
        f"After the vote, his adviser Ann Cole was blunt: “We go.” Bill de Blasq{i} spoke. “No,” De Blasq{i} said. "),
        4_000),
    # role nouns before names, organisations' names with 'for'/'and' then a role and a name after a
    # cue, descriptions resolved to the subject before, accounts, names after 'what' (thirteenth session)
    *_at_two_sizes("roles, organisations' names, descriptions, accounts", lambda i: (
        f"Private equity investor Stephen Brellq{i} is rich. “We go,” he said. “No,” said Club for Growth President "
        f"David Molq{i} of the Harbour Fund and Budget Office. Ann Lindqv{i} spoke. “Yes,” the lawmaker told "
        f"them. “Maybe,” Lindqv{i}’ account tweeted after what Lindqv{i} said. "),
        4_000),
    # people called by a first name alone, three-word names, documents named by their issuer, an
    # outlet's staff, a party tag before an apposition (fourteenth session)
    *_at_two_sizes("first names, three-word names, documents, outlets' staff", lambda i: (
        f"Nate went home. Sarah Huckab{i} Sandors spoke. Nate lost. “We go,” he said. “No,” a Harbour{i} "
        f"statement said. “Yes,” the Gazette{i}’s august editors opined. Ann Lind, R-Fla., chairman of the "
        f"X{i} Committee, said no. "), 4_000),
    # a description by party and state after thousands of distinct politicians (each looks for a title
    # written before the name: a bounded look)
    *_at_two_sizes("'the Kentucky Republican' after distinct politicians", lambda i: (
        f"Sen. Ann Lindqv{i} (D-Calif.) spoke. “We go,” the Kentucky Republican said. "), 8_000),
    # descriptions by party and state, excerpts' inner quotes with cues after them, words imagined in
    # a generic mouth, participles after an adverbial phrase (fifteenth session)
    *_at_two_sizes("party-state descriptions, excerpts' inner quotes, imagined words, participles", lambda i: (
        f"Sen. Ann Lindqv{i} (D-Calif.) spoke. “We go,” the Kentucky Republican said. The Ledger{i} writes: “‘It is fine for us,’ Ray Brellq{i} said. ‘We go on.’ If you smile, they’ll say, ‘Why smile at all?’” Ann Lindqv{i} spoke, and did so again Thursday, saying, “We stay.” "), 4_000),
    # inverted cues before he/she, main clauses after subordinate ones, inner quotes in reported
    # speech, outlets' names in News, 'Here's X:' (sixteenth session)
    *_at_two_sizes("inverted cues, main clauses, reported inner quotes, outlets' News, 'Here's'", lambda i: (
        f"Mr. Vakker{i} is also warning rivals, Tom Caputo{i} said. “When he draws a line{i}, it is real,” he said. "
        f"While Ray Brellq{i} predicted that members would back it, Sen. Tom Vakker{i} came out against it. “We go{i},” "
        f"he said. “In a call, Ann Lindqv{i} stated that Brill had a ‘rough couple of days{i}’ there,” the aide said. "
        f"Harbour{i} News reports, “Forces raided homes{i}.” Here's Brellq{i}: “The plan will fail{i}.” "), 4_000),
    # sentence adverbials, described subjects of participles and 'and'-cues, quotes in relative
    # clauses, answers, 'She …:' and 'A … official put it:', 'GOP Rep.', long inverted sources
    # (seventeenth session)
    *_at_two_sizes("adverbials, described subjects, relative-clause quotes, answers, colons", lambda i: (
        f"The union{i}, for its part, said it would strike. A harbour spokeswoman reached out to the Gazette{i} to "
        f"stress it had “no plan{i},” adding, “We wait.” The president, who once called them a “JV team{i},” also "
        f"acknowledged the risk. The attorney later seemed to back off and tweeted, “We were briefed{i}.” “So you "
        f"were there{i}?” Ann Lindqv{i} asked Brellq{i}. “That is correct,” he replied. She pressed on: “And then{i}?” "
        f"A harbour official put it like this: “Figures{i} matter.” Ohio GOP Rep. Tom Vakker{i} backed it. “The "
        f"numbers{i} rose,” says study coauthor Seth Vakk{i} of the University of Harbour. "), 2_000),
    # appositions before 'who', people described before 'who', dash asides, 'but'-cues, 'prompting X to',
    # 'quoted X as saying', long organisations' names, lost spaces after periods (eighteenth session)
    *_at_two_sizes("who-appositions, asides, prompts, long names, lost spaces", eighteenth_session_unit, 1_000),
    # surnames after titles opening sentences, contractions of 'is', role nouns before names, dates, two
    # introductory phrases, organisations as participles' subjects (nineteenth session)
    *_at_two_sizes("titled surnames, contractions, role nouns, dates, participles' organisations",
                   nineteenth_session_unit, 2_000),
    # ages before appositions, expletive 'It' clauses, 'put it', documents from people, participles after
    # quotes and dashes, 'when' clauses, possessive documents, number words (twentieth session)
    *_at_two_sizes("ages, 'It' clauses, documents from people, dashes, possessive documents",
                   twentieth_session_unit, 2_000),
    # owners' words before colons, cues before a paragraph's colon, next-to-quote cues after scare
    # quotes, signs, bodies before documents and by their head, regnal names (twenty-first session)
    *_at_two_sizes("owners' words, paragraph colons, scare quotes, signs, bodies, regnal names",
                   twenty_first_session_unit, 2_000),
    # asides in brackets and '--' dashes, dash signatures, long appositions, excerpts' inner 'he said',
    # titles held 'to' a place, documents from named bodies, acronyms (twenty-second session)
    *_at_two_sizes("asides, dash signatures, long appositions, excerpts, titles to places",
                   twenty_second_session_unit, 2_000),
    # descriptions with their phrase after a cue, 'shared', replies given before a quote, 'the newspaper'
    # and the outlet named before it, pronouns after a sentence's subject, owners' statements (twenty-third session)
    *_at_two_sizes("descriptions after cues, replies, outlets, pronoun subjects, owners' statements",
                   twenty_third_session_unit, 2_000),
    # typewriter '' openers, long titles, inverted cues before common-word surnames, documents read
    # out, passive appositions, questions about words, gerund headings, middle names, epigraph authors
    # in brackets (twenty-fourth session)
    *_at_two_sizes("typewriter quotes, long titles, passive appositions, middle names, epigraphs",
                   twenty_fourth_session_unit, 2_000),
    # newsletter items, inner quotes of excerpts with described speakers, a name before a bare
    # 'who', surnames after a comma before 'he', dash signatures with the medium (twenty-fifth session)
    *_at_two_sizes("newsletter items, inner quotes of excerpts, bare 'who', dash signatures",
                   twenty_fifth_session_unit, 2_000),
    # written texts before 'which', bills' numbers, roundup items after FROM, he-chains through
    # subordinate clauses, nouns after 'a', the person heard speaking (twenty-sixth session)
    *_at_two_sizes("written texts before 'which', bills' numbers, heard speakers, nouns after 'a'",
                   twenty_sixth_session_unit, 2_000),
    # surnames before appositions after a quote, 'X to Y:' headlines, MPs, titled names after a
    # relative, 'reads' before a document from someone, shared surnames, group names (twenty-seventh session)
    *_at_two_sizes("appositions after quotes, 'X to Y:' headlines, MPs, 'reads' documents, shared surnames",
                   twenty_seventh_session_unit, 2_000),
    # patrols, 'Bill' alone, notes, a body's people, kin descriptions and honorifics before a pronoun,
    # two kinds of business before a name, statements that continue (twenty-eighth session)
    *_at_two_sizes("patrols, 'Bill', notes, kin descriptions and honorifics before pronouns, statements",
                   twenty_eighth_session_unit, 2_000),
    # inner quotes going on after an apposition, pontiffs and magnates, holidays, a quote after a paragraph
    # or sentence about someone cited before, outlets reporting what they were told (twenty-ninth session)
    *_at_two_sizes("inner quotes after appositions, pontiffs, holidays, quotes after a paragraph about someone",
                   twenty_ninth_session_unit, 2_000),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.environ.get("FRAMING_DATA", str(ROOT.parent / "shared" / "data")))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "docs" / "measurements" / "annotate_speed.json"))
    ap.add_argument("--skip-adversarial", action="store_true")
    args = ap.parse_args()
    texts = load_texts(Path(args.data), args.n)
    chars = sum(map(len, texts))
    find_spans("warm up “the” regexes,” she said.")
    annotate("warm up “the” regexes,” she said.")
    qre = re.compile("[\"“”‘’«»„]")
    best = {"re": float("inf"), "spans": float("inf"), "df": float("inf")}
    first_spans = None
    for _ in range(args.repeat):
        best["re"] = min(best["re"], cpu_time(qre.findall, texts))
        sec = cpu_time(lambda t: find_spans(t, kinds=KINDS), texts)
        if first_spans is None:
            first_spans = sec  # per-process caches (source typing, name runs) still cold for these texts
        best["spans"] = min(best["spans"], sec)
        best["df"] = min(best["df"], cpu_time(lambda t: annotate(t, kinds=KINDS), texts))
    n = len(texts)
    res = {
        "command": "python benchmarks/bench_annotate.py " + " ".join(sys.argv[1:]),
        "articles": n,
        "mean_chars": round(chars / n),
        "repeat": args.repeat,
        "timer": "time.process_time (CPU seconds of this process), best of repeat",
        "find_spans_articles_per_s": round(n / best["spans"]),
        "find_spans_first_pass_articles_per_s": round(n / first_spans),
        "annotate_dataframe_articles_per_s": round(n / best["df"]),
        "re_findall_quote_marks_articles_per_s": round(n / best["re"]),
        "ratio_find_spans_to_re_findall": round(best["spans"] / best["re"], 1),
        "ratio_annotate_to_re_findall": round(best["df"] / best["re"], 1),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    print(f"AllSides: {n} articles, mean {res['mean_chars']} chars, one core, best of {args.repeat} (CPU time)")
    print(f"  find_spans (quotes+attribution): {res['find_spans_articles_per_s']:>8,} articles/s"
          f"  = {res['ratio_find_spans_to_re_findall']}x the re.findall time")
    print(f"  find_spans, first pass only    : {res['find_spans_first_pass_articles_per_s']:>8,} articles/s"
          "  (caches cold for these texts)")
    print(f"  annotate (DataFrame)           : {res['annotate_dataframe_articles_per_s']:>8,} articles/s"
          f"  = {res['ratio_annotate_to_re_findall']}x the re.findall time")
    print(f"  re.findall of quote marks      : {res['re_findall_quote_marks_articles_per_s']:>8,} articles/s")
    if not args.skip_adversarial:
        adv = {}
        print("Adversarial inputs (find_spans, CPU seconds):")
        for name, make in ADVERSARIAL:
            text = make()
            t0 = time.process_time()
            spans = find_spans(text, kinds=KINDS)
            sec = time.process_time() - t0
            adv[name] = {"chars": len(text), "seconds": round(sec, 3), "spans": len(spans),
                         "us_per_1000_chars": round(1e9 * sec / len(text), 1)}
            print(f"  {name:36s} {len(text):>9,} chars  {sec:7.3f} s  {len(spans):>9,} spans")
        res["adversarial"] = adv
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
