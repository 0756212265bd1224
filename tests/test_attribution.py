"""Attribution cues, source typing, speaker linking, quote subtypes and the two feature families."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import framing
from framing import annotate, describe_features, extract_features
from framing.attribution import (
    add_cue,
    cues,
    find_quotes_and_attributions,
    inflections,
    load_cues,
    reset_cues,
    source_type,
)

GOLD = Path(__file__).parent / "gold" / "passages.jsonl"


def atts(text: str) -> list:
    return [s for s in find_quotes_and_attributions(text) if s.kind == "attribution"]


def quotes(text: str) -> list:
    return [s for s in find_quotes_and_attributions(text) if s.kind == "quote"]


@pytest.mark.parametrize(
    "form", ["say", "says", "said", "saying", "SAID", "told", "tells", "announced", "revealed",
             "confirms", "added", "claimed", "admits", "insisted", "denied", "warns"],
)
def test_all_inflected_forms_are_cues(form: str) -> None:
    text = f"The minister {form} that the port would reopen."
    found = atts(text)
    assert [s.cue for s in found] == [form.lower()]


def test_inflections_regular() -> None:
    assert inflections("claim") == ["claim", "claims", "claimed", "claiming"]
    assert inflections("deny")[1:3] == ["denies", "denied"]


def test_tone_from_lexicon() -> None:
    tones = {s.cue: s.cue_tone for s in atts("Ana Ruiz said it rained. Ivo Marr claimed it did not.")}
    assert tones == {"said": "neutral", "claimed": "loaded"}


def test_non_speech_uses_are_not_cues() -> None:
    assert atts("The state added 300 jobs. Needless to say, all told it was fine.") == []
    assert atts("The claim was false and the report was long.") == []


def test_direct_attribution_after_and_before() -> None:
    t = "“We will rebuild the bridge,” said Mayor Ana Ruiz. Ivo Marr told reporters: “Not soon.”"
    sp = find_quotes_and_attributions(t)
    q = [s for s in sp if s.kind == "quote"]
    a = [s for s in sp if s.kind == "attribution"]
    assert [(s.subtype, s.speaker, s.cue) for s in q] == [
        ("direct", "Ana Ruiz", "said"), ("direct", "Ivo Marr", "told")]
    assert [(s.subtype, s.source, s.source_type) for s in a] == [
        ("direct", "Mayor Ana Ruiz", "official"), ("direct", "Ivo Marr", "named_person")]


def test_surname_and_pronoun_resolution() -> None:
    t = ("Engineer Tomas Brill wrote the report. Ms. Dana Whit runs the agency. "
         "“It was late,” Brill said. “It was not,” she said.")
    q = quotes(t)
    assert [s.speaker for s in q] == ["Tomas Brill", "Dana Whit"]


def test_pronoun_prefers_person_attributed_in_same_paragraph() -> None:
    # an earlier paragraph names a man with a known gender; this paragraph attributes
    # a person whose gender the text does not give: "he" is that person
    t = ("Mr. Oskar Lind opened the hearing.\n\n"
         "Port director Emil Varo said the cranes were idle. “We lost a week,” he said.")
    assert [s.speaker for s in quotes(t)] == ["Emil Varo"]
    # within one paragraph a known gender still decides
    t2 = "Mr. Arno Kepler met Ms. Dana Whit. Kepler said it went well. “It did not,” she said."
    assert [s.speaker for s in quotes(t2)] == ["Dana Whit"]


def test_affiliation_apposition_is_skipped() -> None:
    a = atts("Lena Moss, of the harbour trust, said the pier would reopen.")
    assert [(s.source, s.speaker, s.source_type) for s in a] == [("Lena Moss", "Lena Moss", "named_person")]


def test_relay_and_according_to() -> None:
    a = atts("The talks failed, according to Reuters. Mayor Ines Lobo told the BBC that it was over. "
             "According to a police report, nobody was hurt.")
    assert [(s.cue, s.subtype, s.cue_tone, s.source_type) for s in a] == [
        ("according to", "relay", "relay", "media"),
        ("told", "relay", "relay", "official"),
        ("according to", "according_to", "neutral", "document"),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [("Ana Ruiz", "named_person"), ("Foreign Minister Ana Ruiz", "official"), ("Police", "official"),
     ("a police spokesman", "official"), ("the Harbour Authority", "organisation"),
     ("Reuters", "media"), ("The New York Times", "media"), ("officials", "anonymous"),
     ("a source familiar with the talks", "anonymous"), ("people close to the minister", "anonymous"),
     ("a statement", "document"), ("the report", "document"), (None, None)],
)
def test_source_type(source: str | None, expected: str | None) -> None:
    assert source_type(source) == expected


def test_quote_subtypes() -> None:
    t = ("Minister Hugo Brandt said the budget would give towns “real choices” again. "
         "The so-called “experts” disagreed. Her book “The Long Way Back” sold well.")
    assert [(s.text, s.subtype) for s in quotes(t)] == [
        ("real choices", "partial"), ("experts", "scare"), ("The Long Way Back", "title")]


def test_user_lexicon(tmp_path: Path) -> None:
    try:
        add_cue("harrumph", "loaded")
        assert [(s.cue, s.cue_tone) for s in atts("The mayor harrumphed that it was late.")] == [
            ("harrumphed", "loaded")]
        p = tmp_path / "cues.csv"
        p.write_text("cue,tone,kind,forms\nopine,loaded,verb,\n", encoding="utf-8")
        assert load_cues(p) == 1
        assert {c.cue for c in cues()} >= {"opine", "harrumph", "say"}
        with pytest.raises(ValueError):
            add_cue("x", "angry")
    finally:
        reset_cues()
    assert "harrumph" not in {c.cue for c in cues()}


def test_spans_are_consistent_on_gold() -> None:
    for line in GOLD.read_text("utf-8").splitlines():
        d = json.loads(line)
        for s in find_quotes_and_attributions(d["text"]):
            assert d["text"][s.start : s.end] == s.text
        for g in d["spans"]:
            assert d["text"][g["start"] : g["end"]] == g["text"]


def test_gold_floors() -> None:
    """The committed gold must meet the issue's floors (see benchmarks/eval_attribution.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "eval_attribution", Path(__file__).parents[1] / "benchmarks" / "eval_attribution.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    res = mod.eval_docs(mod.load_passages() + mod.load_sample_gold())
    assert res["attribution_cue_recall"] >= 0.95
    assert res["attribution_cue_precision"] >= 0.90
    assert res["cue_tone_accuracy"] >= 0.90
    assert res["quote_subtype_accuracy"] >= 0.85


def test_annotate_frame() -> None:
    df = annotate("“We will rebuild the bridge,” said Mayor Ana Ruiz.")
    assert df[["kind", "subtype", "text"]].values.tolist()[0] == ["quote", "direct", "We will rebuild the bridge,"]
    assert set(df["kind"]) == {"quote", "attribution"}


def test_features_registered_and_nan() -> None:
    book = describe_features(["quotes", "attribution"])
    for name in ["quote_count", "quotes_per_100_words", "quote_char_share", "direct_quote_count",
                 "partial_quote_count", "scare_quote_count", "attribution_count",
                 "attributions_per_100_words", "distinct_sources", "share_attributions_loaded",
                 "share_attributions_relay", "anonymous_source_count", "official_source_share",
                 "according_to_count", "unattributed_quote_share"]:
        assert name in set(book["name"])
    assert book["definition"].str.len().min() > 30
    f = extract_features(["", "Officials claimed it was “fine”, according to Reuters. “No,” Ana Ruiz said."],
                         families=["quotes", "attribution"])
    assert math.isnan(f["quotes_per_100_words"].iloc[0])
    assert math.isnan(f["share_attributions_loaded"].iloc[0])
    row = f.iloc[1]
    assert row["attribution_count"] == 3
    assert row["share_attributions_loaded"] == pytest.approx(1 / 3)
    assert row["share_attributions_relay"] == pytest.approx(1 / 3)
    assert row["anonymous_source_count"] == 1
    assert row["according_to_count"] == 1
    assert row["quote_count"] == 2


def test_show_is_exported() -> None:
    assert callable(framing.show)


def eighteenth_session_unit(i: int) -> str:
    """One repeat of the eighteenth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``)."""
    return (
        f"“It is fine{i},” said Senate Minority Leader Ann E. Lindqv{i} of New Harbour. Ray Brellq{i}, the chairman "
        f"of the Harbour Intelligence Committee, who said, “We go{i}.” The plan drew rebukes from Nordlanders{i} who "
        f"said, “It fails.” Economists – on the left{i} – say it is “complex{i}.” Lindqv{i} did thank them, but "
        f"added, “We stay{i}.” Ann said it, prompting Brellq{i} to retort, “No{i}.” The Gazette quoted one "
        f"woman{i} as saying: “Yes.” “They sought{i},” the U.S. District Court for the District of Harbour wrote. "
        f"She made a bid.Lindqv{i} spoke. “I know people who quit, officers{i} who’ve said, ‘I cannot serve,’” "
        f"Brellq{i} said. ")


def nineteenth_session_unit(i: int) -> str:
    """One repeat of the nineteenth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): surnames after titles, contractions of 'is', role nouns, dates,
    two introductory phrases, organisations as participles' subjects, lost spaces after numbers,
    particles, 'how X put it', speakers of later clauses."""
    return (
        f"President Vakk{i} spoke. Vakk{i} was all business. It is over, he said: “We rule{i}.” Now Mr. Brell{i}'s "
        f"getting in on it. “No{i},” he tweeted. Anchor Wolf Lindq{i} underscored it. “Yes{i},” he said. White "
        f"House Counsel Pat Brell{i} spoke. On Aug. {i % 28 + 1}, aides said, Ray Vakk{i} left, saying, “Go.” At a "
        f"rally in Erie, Pennsylvania, Ann Lindq{i} spoke. Harbour{i} Council officials on Monday balked, saying, "
        f"“No.” The Harbour{i} Union rejected it, saying, “Never.” It ends Feb. 17.Lawmakers{i} agreed. Mayor "
        f"Bill de Vakk{i} was there. “Go{i},” he said. Here's how the authors{i} put it: “Stop.” Mr. Brell{i} met "
        f"them, and Rep. Phil Vakk{i}, a Republican, said afterward it was fine. “Yes{i},” he told reporters. ")


def twentieth_session_unit(i: int) -> str:
    """One repeat of the twentieth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): ages before appositions, expletive 'It' clauses, 'put it',
    documents from people, participles after quotes and dashes, 'when' clauses, possessive pronouns,
    suffixes, acronym roles, possessive documents, number words."""
    return (
        f"“No{i},” Oren Vakk{i}, 73, a retired pilot, said. It was a remark so rude that Mara Brell{i} called it "
        f"out, saying “Vile{i}.” As Ray Lindq{i} put it in his new book, “Stop{i}.” A tweet from Mayor Ann Vakk{i} "
        f"that read, “Go{i}.” Vakk{i} said: “How? No{i},” adding, “Yes.” Sen. Pia Brell{i} (R-Ore.) was heard to ask, "
        f"“Why{i}?” Here is what Oren Lindq{i} of the Gazette had to say: “Fine.” Perhaps it came Sept. 19, when "
        f"Peter Vakk{i}, director of the Port{i} Center, testified. Brell{i} is among those to give his support. "
        f"Oren Vakk{i} Jr. spoke. Ann Lindq{i}, TV columnist for the Gazette, wrote, “Hm{i}.” The Harbour{i} "
        f"Assembly, which issued a statement, spoke. “Go{i},” the group's statement said. Vakk{i} said the “port{i} "
        f"is fine,” and a spokeswoman said “no.” Brell{i} said it was late -- saying “too late{i}.” Eleven days later, "
        f"Ann Vakk{i} left, writing, “Bye.” It was “sad,” said Lindq{i}, who went on to ask, “Why{i}?” ")


def twenty_first_session_unit(i: int) -> str:
    """One repeat of the twenty-first session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): owners' words before colons, cues before a paragraph's colon,
    next-to-quote cues after scare quotes, verb phrases before 'in an interview with', signs,
    bodies before documents and by their head, regnal names, groups named after people."""
    return (
        f"I will never forget his answer{i} to me: “No{i}.” Oren Vakk{i} wrote the following on the forum:\n\n"
        f"“Go{i}!”\n\nThe “fête{i}” continued until late. Mara Brell{i} noted it and spoke dismissively of it in an "
        f"interview with the Gazette: “Fine{i}.” The dockers held signs reading “Stop{i}.” Here is more, from "
        f"the Harbour{i} Gazette:\n\n“The board met.”\n\n“Safe{i},” a harbour police statement said. Ray Lindq{i}, "
        f"a spokesman for the Fund, issued a statement saying “All fine{i}.” “We pray,” Pope Francis said. The "
        f"Vakk{i} transition team says: “We win{i}.” “Up{i},” says a note from Nordic brokerage Brell{i} "
        f"Securities. The Seldon{i} Bureau of Investigation met. “No{i},” the bureau said. ")


def twenty_second_session_unit(i: int) -> str:
    """One repeat of the twenty-second session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): asides in brackets and '--' dashes, dash signatures, long
    appositions, excerpts' inner 'he said', titles held 'to' a place, documents from named bodies,
    nouns after adjectives, reduced relative clauses, acronyms after a sentence's first word."""
    return (
        f"Like Oren Vakk{i} (the sailor) once said: “Go{i}.” “Up{i}.” — Oren Vakk{i}. Liar.\n\n"
        f'"Can I sail{i}?" Quillen{i} said. "Fine{i}." — Mara Tellis{i}\n\n'
        f"“Slow{i},” Andy Quill{i}, vice president of policy at the Harbour-affiliated Valdake{i} Partners Chamber "
        f"of Commerce, wrote. Brill{i} -- who sat in on briefings{i} -- has said “no{i}.” The men left{i}, they "
        f"said -- a move the officials{i} described as “planned.” ROUNDUP -- “Tellis{i},” by Ray Brill: “Ann "
        f"Tellis{i} spoke. ‘Keep it{i},’ she said.” “Calm{i},” said former Harbour Ambassador to Valdakia{i} Ann "
        f"Whitlow. “Up{i},” says a new commodities note from bullion market maker Harbour{i} Sachs. She made a "
        f"controversial claim{i}. The HPB{i} met. Additional HPB{i} papers came. “No{i},” the HPB{i} said. ")



def twenty_third_session_unit(i: int) -> str:
    """One repeat of the twenty-third session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): descriptions with their phrase after a cue, 'shared' and
    replies given before a quote, 'the newspaper' with outlets named before it, pronouns after a
    sentence's subject, groups 'known as', clefts, owners' statements before a paragraph's colon."""
    return (
        f"“Off{i},” said a Harbour source familiar with the talks on the harbour{i} and its plans. Ray Luiso{i} shared, "
        f"“Lost{i}.” Ray Obamo{i} had a quick rebuke.\n\n“No{i}.” The nationalist Harbour Times{i} spoke. “Up{i},” "
        f"the newspaper warned. Taru Caswold{i} was in the room when she heard it. “Then{i},” she added. “Fine{i},” "
        f"the group, known as Harbour Families United for Justice{i}, said. That’s why people{i} are saying “go.” "
        f"Erdoan{i}’s statements highlighted the reality:\n\n“Evidence{i}.” Shortly after, Ann Lind{i} emailed "
        f"staffers, stating: “Jen{i}.” ")



def twenty_fourth_session_unit(i: int) -> str:
    """One repeat of the twenty-fourth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): typewriter '' openers, long titles before a name, inverted
    cues before common-word surnames, documents read out, '“…”-themed' compounds, passive
    appositions, questions about someone's words, gerund headings, unknown first names before a
    known middle name, epigraph authors in brackets, surnames with a particle, signatures after
    blank lines, journalists after their outlet's name, appositions before a pronoun subject,
    organisations' names in full, hyphen signatures, 'the police bureau' for the body named before."""
    return (
        f"The board does not ''want to lose{i},\" Kora{i} Ann Snellow said. “Floods{i},” the Harbour League’s "
        f"executive vice president Wayne Laperro{i} wrote. “Read{i}” the 2012 decision, insisted Douglas "
        f"Letter{i}, counsel. “Members{i},” read the notice blasted to the caucus. Ray Brunow{i}, in a “Game{i}”-"
        f"themed tweet, declared it won, saying, “No{i}.” The report, commissioned by Ray Chrissen{i}, said, "
        f"“Up{i}.” His message to the nominee{i}? “Fine{i}.”\n\nAssessing Obamo{i}\n\n“Gains{i},” Obamo{i} "
        f"notes. “The key{i}” (Bill Cosmo{i})\n\nTen-year-old Foual{i} left. President Abdel al-Sisa{i} spoke. "
        f"“No{i},” Sisa{i} said.\n\n“Harm{i}.” – The Buddha\n\n“Days{i}.” 2 Timothy 3:1-3\n\n“Lies{i}.”\n\n"
        f"Dean Obeid{i}, CNN\n\n\n\n“Water{i}.”\n\n\n\n-- Charles Kraut{i} on “Report”\n\nRomni{i} will tour "
        f"swing states. “Job{i},” as Mr. Obamo{i} put it at a fund-raiser last month. The Wall Street Journal "
        f"Carol E. Lee{i} reports: “Try{i}.” A community activist since 1985, he doubts it. “Deep{i},” he says.\n\n"
        f"“Amusing{i},” wrote group Harbour Rights Watch. “Rules{i}.” -Brad Heil\n\nThe Harbourton Police Bureau "
        f"met{i}. “Held{i},” the police bureau said.\n\n")


def twenty_fifth_session_unit(i: int) -> str:
    """One repeat of the twenty-fifth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): newsletter items (writers in capitals with outlets and
    titles, outlets in capitals, writers without 'by'), quotes with no cue after a new item,
    'advises', 'interrupts', 'shared' after a long quote, aged names in apposition, a name before
    a bare 'who', inner quotes of excerpts with described speakers, surnames after a comma before
    'he', dash signatures with the medium, bare verses, a dash and an outlet before a colon."""
    return (
        f"SPORTS -- ANN LIND{i} in the Harbour Review, “Gulls{i}”: “The Gulls{i} win.”\n\n--NYT’s Ray Brill{i} "
        f"and Jo Wu{i}: “Rain{i}.”\n\nALERT -- AP: “Ballots{i}”: “More{i}.”\n\nNEW AD -- “Forward{i}” -- SCRIPT: "
        f"“It’s a plan{i}.”\n\n“Check{i},” Brookner{i} advises. His sister, 11-year-old Melka{i}, interrupts: "
        f"“No{i}.” The strategist Mark Penner{i} who wrote: “Weak{i}.” “I sit down and think ‘here{i}’ and call,” "
        f"Luiz{i} quietly shared.\n\nRay Brill{i} wrote: “Calls{i}. ‘Doubts{i},’ said one participant on the call. "
        f"‘Soon{i},’ a Lind aide told the Gazette.” Rather than talk about it, Penner{i} openly imagined it. “Go{i},” "
        f"he said.\n\n“Court{i}.” – Hilda Clintock{i} on Harbour TV, 4/25/16\n\n“Sheep{i}” Luke 10: {i % 50 + 1}"
        f"\n\nKept from press{i}? - Fox News: “A reporter{i} says so.”\n\n")


def twenty_sixth_session_unit(i: int) -> str:
    """One repeat of the twenty-sixth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): written texts before ', which', laws and verses as sources,
    organisations' names with 'and' after 'former', a bill's number in an apposition, roundup items
    after 'FROM', passive appositions with listed agents, he-chains through subordinate clauses,
    'claims' and bare forms as nouns, peoples before names, the person heard speaking, a cue and
    colon before the next quote, excerpts' inner quotes with a day after their cue, contenders."""
    return (
        f"They cited the Harbour Flag Code{i}, which specifically states: “No mark{i}.” He quoted Proverbs "
        f"{i % 30 + 1}, which says, “Answer{i}.” “Roads{i},” tweeted former Housing and Urban Development "
        f"Secretary Ann Lind{i}. “Pay{i},” Sen. Ray Brill{i}, a Democrat who introduced S.B. {i % 900 + 1}, "
        f"said.\n\nSTATE -- FROM HJR: “Filter{i}.”\n\nA study, sponsored by the Harbour Program on Policy "
        f"and Governance{i}, and Next, reveals that it is “costly{i}.” Mayor Lind{i} spoke. When elected he "
        f"did it. In 2008 he said, “Change{i}.” He flings out absurd claims about the rate{i}. (“Hot{i}.”) "
        f"After a lengthy rant against “waste{i},” the vigilant Americans Brill{i} considered left. I heard a "
        f"TV reporter say, “Big night{i}.” On August 9, Page{i} wrote, “Right{i}?” Brill answered: “No{i}.”\n\n"
        f"-- “Lind settles{i},” by Ann Reed: “Paid. ‘It took me years{i},’ Mr. Lind said Wednesday on a call "
        f"with investors.” Gary Johnsen{i} said it. “Vote{i},” the Libertarian presidential contender said.\n\n"
    )


def twenty_seventh_session_unit(i: int) -> str:
    """One repeat of the twenty-seventh session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): surnames before appositions after a quote, 'X to Y:'
    headlines, MPs, titled names with suffixes after a relative, 'reads' before a document from
    someone, shared surnames as subjects before a pronoun, group names, adverbs before an
    organisation's verb, issuers' names, 'It said' after a body, sites by address, inner quotes
    after an inverted cue, 'put it in 2008', possessives of the other gender, views after 'To'."""
    return (
        f"“Done{i},” Verrow{i}, a former aide who heads the Institute for Peace and Security{i}, said.\n\n"
        f"Lind{i} to Brill{i}: “Agree{i}.”\n\n“Go{i},” the Harbour{i} MP said. “Principal{i},” said his son, "
        f"retired Harbour County Judge Ray Allen Brill{i} Jr. “Server{i},” reads notes from Lind’s interview. "
        f"“Acquit{i},” reads a statement from Ann Lind{i}. Bob Lind{i} and Ann Lind{i} met. When Lind{i} claimed "
        f"that she planned to “work{i}.” He scoffed. Doctors Without Borders{i} similarly weighed in. “Care{i},” "
        f"the organization said. “Won{i},” said an email from Lind’s campaign to lawmakers sent Tuesday.\n\n"
        f"Harbourgle{i} denied it. It said: “No{i}.” “Pilot{i},” says the website, Harbour{i}.com. “‘Lead{i},’ said "
        f"Ray Brill, Lind’s adviser, adding, ‘Idea{i}.’” As Ann Lind put it in 2008, “Crit{i}.” Lindqvist{i} tried "
        f"to regain her train. “Excuse{i},” he shot back. To Sarah Florez{i}, the manager, it was fair. “Yes{i},” "
        f"she said.\n\n"
    )


def twenty_eighth_session_unit(i: int) -> str:
    """One repeat of the twenty-eighth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): patrols, 'Bill' alone before a cue and before a plural noun,
    notes, a body's unnamed people, a described body before a colon, kin descriptions before a
    pronoun, honorifics before a pronoun, two kinds of business before a name, a statement that
    continues, an age after an apposition."""
    return (
        f"While Harbour{i} Patrol has yet to confirm it, Carl Venn{i} did. “Agents{i},” he said. Bill "
        f"Tarrow{i} came. Bill told Dolly, “Ten{i}!” Bill sponsors had exuded confidence, saying no{i}. “Move{i},” "
        f"says Harbour Bank{i}’s latest note. Harbour{i} Patrol agents say it dropped. The agency released this "
        f"statement: “Rule{i}.” Kroner{i} confirmed it. “Rude{i},” the nurse’s daughter said. “Sad{i},” she told "
        f"me. Mrs. Lindq{i} was an early advocate. When some wanted to delay the raid, she said, “Screw{i}.” "
        f"“Gold{i},” reckons Swiss refining and finance group Harbour Pamp{i}’s desk. Harbour Street{i} weighed "
        f"in. “Outrage{i},” the group said in a statement. “Legacy{i},” the statement continued. “Cheer{i},” says "
        f"Daniel’s wife, Dena Hughton{i}, 44.\n\n"
    )


def twenty_ninth_session_unit(i: int) -> str:
    """One repeat of the twenty-ninth session's adversarial text (also timed at two sizes by
    ``benchmarks/bench_annotate.py``): inner quotes going on after an apposition and with an adverb
    after their cue, a pontiff and a magnate after the subject before, a holiday, a quote after a
    paragraph or sentence about someone cited before, an outlet reporting what it was told, an
    adverb opening a clause."""
    return (
        f"Brenn{i} reports: “The firm trades. ‘Fund{i},’ bragged Ola Tarrant{i}, head of Harbour’s trading in "
        f"2004. ‘Speculate{i}.’ ‘Now{i}!’ one man shouted repeatedly at the officers.” In his Easter Day address, "
        f"Pope Leo{i} spoke. “Protect{i},” the pontiff said. “Injustice{i},” he said. Ray Brillton{i} wants it. "
        f"“Dream{i},” the real estate magnate said.\n\nAnn Tarrant{i} declined to “judge” but called it "
        f"“inappropriate.”\n\n“Example{i}.” Marlow{i}, however, remains undeterred. “Fire{i}.” “Yes{i}!” Bradley "
        f"grunts. Ann Lind{i} told the Harbour Gazette that “Warned{i},” the Gazette reported. Finally she turned "
        f"on him, snapping, “Read{i}.”\n\n"
    )


ADVERSARIAL = {
    "100000 quote marks": lambda: '"' * 100_000,
    "100000 mixed marks": lambda: "“‘\"'”’" * 16_667,
    "one quote then 200 KB of cues": lambda: "“x” " + "lorem said " * 18_000,
    "20000 quotes then one cue": lambda: '"a" ' * 20_000 + "said",
    "200 KB of he said": lambda: "Ana Ruiz said it. He said “no.” " * 6_500,
    "5 MB without punctuation": lambda: ("lorem ipsum dolor sit amet " * 200_000)[:5_000_000],
    # thousands of distinct names, each looked up (linear since each name's scan is bounded)
    "8000 distinct names and pronouns": lambda: "".join(
        f"“It is fine,” says Xola Brennq{i}. “We go,” she says. " for i in range(8_000)),
    "8000 distinct first names on one line": lambda: "".join(
        f"Brillo{i} Zed went. “We go,” Brillo{i} said. " for i in range(8_000)),
    "8000 'the Court' after distinct courts": lambda: "".join(
        f"The Harbour{i} Court met. “We go,” the Court said. " for i in range(8_000)),
    "8000 lower-case titles": lambda: "".join(
        f"former press secretary Ann Lindqv{i} spoke. “We go,” the former Press Secretary said. " for i in range(8_000)),
    "8000 surnames shared by two people": lambda: "".join(
        f"Ann Lindqv{i} met Bob Lindqv{i}. Lindqv{i} said she left. Lindqv{i} said she stayed. “We go,” Lindqv{i} said. "
        for i in range(8_000)),
    "4000 role words, kinds and documents": lambda: "".join(
        f"A historian of Harbour{i} wrote. “We go,” the historian said. A group of Lindqv{i} fans met. "
        f"“We stay,” the group said. Ann Lindqv{i} sent a letter. “No,” the letter said. " for i in range(4_000)),
    "4000 inner quotes, colon clauses and particle surnames": lambda: "".join(
        f"“Then Ann Lindqv{i} said to me, ‘You are fired from the job.’ I left,” Ray Brill said. "
        f"After the vote, his adviser Ann Cole was blunt: “We go.” Bill de Blasq{i} spoke. “No,” De Blasq{i} said. "
        for i in range(4_000)),
    "4000 role nouns, organisations' names, descriptions, accounts": lambda: "".join(
        f"Private equity investor Stephen Brellq{i} is rich. “We go,” he said. “No,” said Club for Growth President "
        f"David Molq{i} of the Harbour Fund and Budget Office. Ann Lindqv{i} spoke. “Yes,” the lawmaker told "
        f"them. “Maybe,” Lindqv{i}’ account tweeted after what Lindqv{i} said. "
        for i in range(4_000)),
    "4000 people called by first names, three-word names, documents and outlets' staff": lambda: "".join(
        f"Nate went home. Sarah Huckab{i} Sandors spoke. Nate lost. “We go,” he said. “No,” a Harbour{i} "
        f"statement said. “Yes,” the Gazette{i}’s august editors opined. Ann Lind, R-Fla., chairman of the "
        f"X{i} Committee, said no. " for i in range(4_000)),
    "8000 'the Kentucky Republican' after distinct politicians": lambda: "".join(
        f"Sen. Ann Lindqv{i} (D-Calif.) spoke. “We go,” the Kentucky Republican said. " for i in range(8_000)),
    "4000 party-state descriptions, excerpts' inner quotes, imagined words and participles": lambda: "".join(
        f"Sen. Ann Lindqv{i} (D-Calif.) spoke. “We go,” the Kentucky Republican said. The Ledger{i} writes: “‘It is fine for us,’ Ray Brellq{i} said. ‘We go on.’ If you smile, they’ll say, ‘Why smile at all?’” Ann Lindqv{i} spoke, and did so again Thursday, saying, “We stay.” " for i in range(4_000)),
    "4000 inverted cues, main clauses, reported inner quotes, outlets' News and 'Here's'": lambda: "".join(
        f"Mr. Vakker{i} is also warning rivals, Tom Caputo{i} said. “When he draws a line{i}, it is real,” he said. "
        f"While Ray Brellq{i} predicted that members would back it, Sen. Tom Vakker{i} came out against it. “We go{i},” "
        f"he said. “In a call, Ann Lindqv{i} stated that Brill had a ‘rough couple of days{i}’ there,” the aide said. "
        f"Harbour{i} News reports, “Forces raided homes{i}.” Here's Brellq{i}: “The plan will fail{i}.” "
        for i in range(4_000)),
    # sentence adverbials, described subjects of participles and 'and'-cues, quotes in relative
    # clauses, answers, 'She …:' and 'A … official put it:', 'GOP Rep.', long inverted sources
    # (seventeenth session)
    "2000 adverbials, described subjects, relative-clause quotes, answers, colons": lambda: "".join(
        f"The union{i}, for its part, said it would strike. A harbour spokeswoman reached out to the Gazette{i} to "
        f"stress it had “no plan{i},” adding, “We wait.” The president, who once called them a “JV team{i},” also "
        f"acknowledged the risk. The attorney later seemed to back off and tweeted, “We were briefed{i}.” “So you "
        f"were there{i}?” Ann Lindqv{i} asked Brellq{i}. “That is correct,” he replied. She pressed on: “And then{i}?” "
        f"A harbour official put it like this: “Figures{i} matter.” Ohio GOP Rep. Tom Vakker{i} backed it. “The "
        f"numbers{i} rose,” says study coauthor Seth Vakk{i} of the University of Harbour. "
        for i in range(2_000)),
    # appositions before 'who', people described before 'who', dash asides, 'but'-cues, 'prompting X to',
    # 'quoted X as saying', long organisations' names, lost spaces after periods, inner relative clauses
    # (eighteenth session)
    "1000 who-appositions, asides, prompts, long names, lost spaces": lambda: "".join(
        eighteenth_session_unit(i) for i in range(1_000)),
    "2000 titled surnames, contractions, role nouns, dates, participles' organisations (nineteenth session)": lambda: "".join(
        nineteenth_session_unit(i) for i in range(2_000)),
    "2000 ages, 'It' clauses, documents from people, dashes, possessive documents (twentieth session)": lambda: "".join(
        twentieth_session_unit(i) for i in range(2_000)),
    "2000 owners' words, paragraph colons, scare quotes, signs, bodies, regnal names (twenty-first session)": lambda: "".join(
        twenty_first_session_unit(i) for i in range(2_000)),
    "2000 asides, dash signatures, long appositions, excerpts, titles to places (twenty-second session)": lambda: "".join(
        twenty_second_session_unit(i) for i in range(2_000)),
    "2000 descriptions after cues, replies, outlets, pronoun subjects, owners' statements (twenty-third session)":
        lambda: "".join(twenty_third_session_unit(i) for i in range(2_000)),
    "2000 typewriter quotes, long titles, passive appositions, middle names, epigraphs (twenty-fourth session)":
        lambda: "".join(twenty_fourth_session_unit(i) for i in range(2_000)),
    "2000 newsletter items, inner quotes of excerpts, bare 'who', dash signatures (twenty-fifth session)":
        lambda: "".join(twenty_fifth_session_unit(i) for i in range(2_000)),
    "2000 written texts before 'which', bills' numbers, heard speakers, nouns after 'a' (twenty-sixth session)":
        lambda: "".join(twenty_sixth_session_unit(i) for i in range(2_000)),
    "2000 appositions after quotes, 'X to Y:' headlines, MPs, 'reads' documents, shared surnames (twenty-seventh session)":
        lambda: "".join(twenty_seventh_session_unit(i) for i in range(2_000)),
    "2000 patrols, 'Bill', notes, kin descriptions and honorifics before pronouns, statements that continue (twenty-eighth session)":
        lambda: "".join(twenty_eighth_session_unit(i) for i in range(2_000)),
    "2000 inner quotes after appositions, pontiffs, holidays, quotes after a paragraph about someone, outlets told (twenty-ninth session)":
        lambda: "".join(twenty_ninth_session_unit(i) for i in range(2_000)),
}
ADVERSARIAL_SLOW = {
    "5 MB without punctuation, with cues": lambda: ("lorem ipsum dolor said " * 220_000)[:5_000_000],
    "5 MB of repeated said": lambda: "said " * 1_000_000,
}


def _returns_valid_spans(text: str) -> None:
    # no timing assert (shared machines): the benchmark reports the times;
    # this checks that the call returns and the spans are sane
    spans = find_quotes_and_attributions(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_inputs_return(name: str) -> None:
    _returns_valid_spans(ADVERSARIAL[name]())


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ADVERSARIAL_SLOW))
def test_adversarial_megabytes_of_cues_return(name: str) -> None:
    text = ADVERSARIAL_SLOW[name]()
    _returns_valid_spans(text)
    if name == "5 MB of repeated said":
        assert sum(s.kind == "attribution" for s in find_quotes_and_attributions(text[:50_000])) == 10_000


# ---- precision rules (each failed before the rule was added; fictional text)


def _atts(text, **kw):
    return [s for s in find_quotes_and_attributions(text, **kw) if s.kind == "attribution"]


def test_told_this_newspaper_or_us_is_not_relay():
    for addressee in ("this newspaper", "this website", "us"):
        t = f"“The pier was rotten,” Pim Laro, 44, told {addressee}."
        (a,) = _atts(t)
        assert a.subtype == "direct" and a.cue_tone == "neutral", addressee
        assert a.source == "Pim Laro"


def test_told_own_outlet_is_not_relay_when_outlet_given():
    t = "“The pier was rotten,” Pim Laro, 44, told the Kessling Post."
    assert _atts(t)[0].subtype == "relay"  # another outlet: relay
    a = _atts(t, outlet="The Kessling Post")[0]
    assert (a.subtype, a.cue_tone) == ("direct", "neutral")
    a = _atts("“The pier was rotten,” Pim Laro told KP.", outlet="Kessling Post")[0]
    assert a.subtype != "relay"
    # an outlet that is not the publisher stays relay
    a = _atts("“The pier was rotten,” Pim Laro told the Orban Times.", outlet="The Kessling Post")[0]
    assert a.subtype == "relay"


@pytest.mark.parametrize("outlet, cited", [
    ("Kessling Post (Web News)", "the Kessling Post"),  # bracketed qualifier of a label list
    ("Kessling Online News", "Kessling News"),  # "online" dropped
    ("Kessling News Network", "Kessling News"),  # the first words of the name
    ("Kessling Post - News", "the Post"),  # dashed qualifier, last word
])
def test_own_outlet_recognised_through_label_list_qualifiers(outlet, cited):
    t = f"“The pier was rotten,” Pim Laro told {cited}."
    assert _atts(t)[0].subtype == "relay"
    assert _atts(t, outlet=outlet)[0].subtype == "direct"
    # a different outlet sharing no leading/trailing words is still relay
    assert _atts("“The pier was rotten,” Pim Laro told the Orban Times.", outlet=outlet)[0].subtype == "relay"


def test_outlet_reaches_the_finder_through_every_route():
    import pandas as pd

    from framing import Corpus, annotate, annotate_corpus, extract_features, show
    from framing.document import Doc

    t = "“The pier was rotten,” Pim Laro told the Kessling Post. “It must close,” Ada Morn told the Orban Times."
    # without the outlet both cues are relay; with it, only the other outlet is
    assert annotate(t)["subtype"].tolist().count("relay") == 2
    assert annotate(t, outlet="The Kessling Post")["subtype"].tolist().count("relay") == 1
    doc = Doc(t, outlet="The Kessling Post")
    assert [s.subtype for s in doc.spans if s.kind == "attribution"] == ["direct", "relay"]
    c = Corpus(pd.DataFrame({"doc_id": ["k", "o"], "outlet": ["The Kessling Post", "Orban Times"], "text": [t, t]}))
    spans = annotate_corpus(c)
    relay = spans[spans["subtype"] == "relay"].groupby("doc_id").size().to_dict()
    assert relay == {"k": 1, "o": 1}
    feats = extract_features(c, families="attribution", body=False)
    assert feats.loc["k", "share_attributions_relay"] == 0.5 and feats.loc["o", "share_attributions_relay"] == 0.5
    assert extract_features(c, families="attribution", body=False, n_jobs=2, chunksize=1).equals(feats)
    html = show(t, outlet="The Kessling Post").to_html()
    assert html.count("relay") < show(t).to_html().count("relay")


def test_custom_finder_without_outlet_keyword_still_works_with_an_outlet():
    from framing.spans import Span, annotate, register_spans, unregister_spans

    register_spans("caps_test", ["caps"], lambda text, title=None: [Span(0, 1, "caps", "x", text[:1])])
    try:
        assert annotate("Abc", kinds=["caps"], outlet="Some Outlet")["text"].tolist() == ["A"]
    finally:
        unregister_spans("caps_test")


@pytest.mark.parametrize("text", [
    "The new rules will be sent to states next week.",  # plural noun after a preposition
    "Ports in the United States reopened on Monday.",  # capitalised name, not a verb
    "The Kessling Post reported that it rained. A Kessling Post editor left.",  # only "reported" is a cue
    "The chairman's claims were never tested.",  # noun after a possessive
    "There have been multiple reports that the pier is closed.",
    "He was accused of lying to the harbour board.",  # passive without reported content
    "Older buildings can be denied cover.",
    "Estimates are that thirty boats sank.",  # plural noun opening a sentence
    "A 2024 report by the agency covered the coast.",  # noun after a number
    "The unions argued over the budget for weeks.",  # quarrel, not reported speech
    "The mayor refused to accept the offer.",  # "refused to" before a non-speech verb
])
def test_noun_and_name_readings_of_cue_words_are_not_cues(text):
    cues = [a.text for a in _atts(text)]
    assert cues == (["reported"] if "reported that" in text else []), cues


def test_cue_readings_kept_next_to_the_new_noun_rules():
    assert [a.text for a in _atts("It was reported that the pier had closed.")] == ["reported"]
    assert [a.text for a in _atts("The mayor refused to comment on the pier.")] == ["refused to"]
    assert [a.text for a in _atts("The unions argued that the budget was too small.")] == ["argued"]
    assert "said" in [a.text for a in _atts("Ada Morn sent a message that said: “The pier is closed.”")]
    (a,) = _atts("The pier is closed, according to multiple reports from the harbour.")
    assert a.text == "according to"  # the noun phrase after "according to" holds no second cue
    assert [a.text for a in _atts("Ana Ruiz states that the pier is safe.")] == ["states"]
    assert [a.text for a in _atts("Residents we spoke to said the alarm came late.")] == ["said"]
    assert [a.text for a in _atts("The contractor agreed that the bolts were loose.")] == ["agreed"]


@pytest.mark.parametrize("text, cue, tone", [
    ("Ana Ruiz pointed out that the pier was old.", "pointed out", "neutral"),
    ("Ana Ruiz emphasized that the pier was old.", "emphasized", "neutral"),  # US spelling
    ("The engineer cautioned that costs could rise.", "cautioned", "neutral"),
    ("The board maintains that the pier is safe.", "maintains", "neutral"),
    ("Ruiz joked that the pier had outlived three mayors.", "joked", "loaded"),
    ("“Why now?” she wondered.", "wondered", "neutral"),
    ("“Not so,” the harbour master countered.", "countered", "neutral"),
    ("The port revised its forecast, predicting that traffic will fall.", "predicting", "neutral"),
    ("The port revised its forecast on Monday, predicting traffic will fall.", "predicting", "neutral"),
    ("Rosa Lind informed the board that the pier was unsafe.", "informed", "neutral"),
    ("Rosa Lind touted the new pier.", "touted", "loaded"),
    ("Rosa Lind criticised the board.", "criticised", "neutral"),
    ("Rosa Lind reiterated her support for the pier.", "reiterated", "neutral"),
])
def test_more_us_news_cues(text, cue, tone):
    (a,) = _atts(text)
    assert (a.text, a.cue_tone) == (cue, tone)


@pytest.mark.parametrize("text", [
    "Demand for fish fell.",
    "The road is maintained by the city.",
    "In his opening remarks he thanked the crews.",
    "The band wondered off the stage." ,  # no quote: "wonder" needs one
    "The port grew, adding 300 jobs.",  # a participle after a comma that is not speech
    "She is well-informed about the pier and a self-described expert on boats.",  # compounds
    "The rescue crews have been widely praised.",  # passive with an adverb
    "The crews won praise.",
    "He was charged in relation to alleged fraud at the port.",  # an adjectival participle
    "Let’s say the pier opens in May.",
    "The contractor agreed to a settlement.",  # consent, not speech
])
def test_new_cues_keep_their_noun_and_non_speech_readings_out(text):
    assert _atts(text) == []


def test_negated_modal_say_tell_without_content_is_not_a_cue():
    assert _atts("Here is what the glossy papers won't tell you. The pier is old.") == []
    assert _atts("The harbour master will not say.") == []
    assert _atts("The harbour master would not say.\nNext paragraph.") == []
    # with reported content it stays a cue
    assert [a.cue for a in _atts("The harbour master will not say that the pier is safe.")] == ["say"]


def test_clause_is_not_a_source():
    a = _atts('Dock crews raised concerns "years ago" and were told there was no money. No money!')[0]
    assert a.source is None and a.source_type is None
    # the subject of a clause-like phrase is kept: "Members of the Guild haven't said much"
    a = _atts("Members of the Pilots Guild haven't said much about the deal.")[0]
    assert a.source == "Members of the Pilots Guild"
    # a relative clause: the noun phrase it describes is the source
    a = _atts("A welder who has worked on the pier told the inquiry that the bolts were loose.")[0]
    assert a.source_type == "anonymous" and a.source.startswith("A welder who")


def test_infinitive_say_after_evaluative_adjective_is_not_a_cue():
    t = ("Orla Venn, a professor, said it was too early to say what had caused it. “Old bridges "
         "can hide problems,” she said.")
    assert [a.cue for a in _atts(t)] == ["said", "said"]
    assert _atts("It is fair to say the vote was close.") == []


def test_organisation_names_with_and_stay_whole():
    a = _atts("Six cars went into the water, according to the Portvale Fire and Rescue Service.")[0]
    assert (a.source, a.source_type) == ("the Portvale Fire and Rescue Service", "organisation")
    a = _atts("The Portvale Fire and Rescue Service said six cars went into the water.")[0]
    assert (a.source, a.source_type) == ("The Portvale Fire and Rescue Service", "organisation")
    a = _atts("The Department of Water and Coastal Services said the pier was closed.")[0]
    assert (a.source, a.source_type) == ("The Department of Water and Coastal Services", "organisation")
    # two people joined by "and" are not merged into an organisation: both are the source
    a = _atts("Ana Ruiz and Tom Bell said they would appeal.")[0]
    assert (a.source, a.source_type, a.speaker) == ("Ana Ruiz and Tom Bell", "named_person", "Ana Ruiz and Tom Bell")


def test_fast_clause_cut_regex_matches_the_plain_one():
    """The character-class-first clause-boundary regex gives exactly the matches of the plain one."""
    import random

    from framing.attribution import _CLAUSE_CUT_RE, _CLAUSE_CUT_RE_PLAIN

    rng = random.Random(7)
    pieces = list(" ,;:()[]—–\"“”«»‘’'-\n\tabtwsioxyzAB_1é") + [
        "and", "but", "that", "while", "as", "whose", "who", "so", " - ", " -- ", "--", "l'and", "x’so", "band", "As",
    ]
    texts = ["Ana Ruiz, who chairs it, said", "Officials - and critics - said", "Lee’s aide ‘said’"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    for t in texts:
        for pos in (0, len(t) // 2):
            fast = [m.span() for m in _CLAUSE_CUT_RE.finditer(t, pos)]
            plain = [m.span() for m in _CLAUSE_CUT_RE_PLAIN.finditer(t, pos)]
            assert fast == plain, t


# ---- speakers on patterns of real news copy (fictional text)


def _speakers(text, **kw):
    return [s.speaker for s in find_quotes_and_attributions(text, **kw) if s.kind == "quote"]


@pytest.mark.parametrize("text, speaker", [
    ("“We are nervous,” said Sen. Ada Morn, a Harbour Party member.", "Ada Morn"),  # title abbreviation
    ("“It is over,” says former Rep. Tom Lind.", "Tom Lind"),
    ("“No,” said retired Army Lt. Gen. Rosa Vell, now a consultant.", "Rosa Vell"),
    ("“Yes,” Assistant Secretary for Ports Mark J. Lind said in a statement.", "Mark J. Lind"),  # initial
    ("“Fine,” said U.S. Attorney Ann Lee.", "Ann Lee"),
    ("“Read the note,” wrote President George H.W. Lind in a letter.", "George H.W. Lind"),
    ("“We will see,” Rep. Pia Dorn, D-Ariz., said about the plan.", "Pia Dorn"),  # party-state apposition
    ("“No deal,” the spokesperson said.", "the spokesperson"),  # a description is the speaker
    ("“It is done,” But Ola Brenn said.", "Ola Brenn"),  # sentence-opening word is no part of a name
    ("JUST WATCHED Ola Brenn asked: “Why now?”", "Ola Brenn"),  # page residue in capitals
    ("“People will move on,” said the Dockers Union’s Bill Samuel.", "Bill Samuel"),  # possessive, "Bill"
    ("“They will keep escalating,” one former Belcourt official contended.", "one former Belcourt official"),
    ("“Please call us,” a Meridian spokesperson said in a statement.", "a Meridian spokesperson"),
    ("“We will see,” AG Ola Brenn said.", "Ola Brenn"),
    ("“We will see,” Sen. Ada Morn (D-N.Y.) told reporters.", "Ada Morn"),  # party-state in brackets
    ("“Guess what?” Ola Brenn shot back. “We will build it.”", "Ola Brenn"),  # new cue
])
def test_speaker_names_in_news_copy(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_quote_after_an_attribution_sentence_continues_its_speaker():
    t = "Faith groups “really do help,” says Ann Hahn. “It is not easy to pray with rivals.”"
    assert _speakers(t) == ["Ann Hahn", "Ann Hahn"]
    # the nearest cue decides: no older speaker is reused (here the writer's own 'I explained')
    t = "“The pier is old,” said Ola Brenn.\n\n“It fell,” I explained. “Nobody listened to the divers.”"
    assert _speakers(t)[-1] == "the author"


def test_same_pronoun_in_consecutive_cues_is_the_same_person():
    t = ("Ola Brenn met the divers. Ada Morn watched from the quay. Brenn later told reporters he would stay. "
         "“We are not leaving,” he said.")
    assert _speakers(t)[-1] == "Ola Brenn"


def test_honorific_picks_the_name_of_the_right_gender():
    t = "Michelle Lind spoke first. Barack Lind followed.\n\n“We will win,” Mr. Lind said."
    assert _speakers(t) == ["Barack Lind"]


def test_name_and_colon_introduce_a_quote():
    t = "John Kerrick spoke in the Senate on Monday.\n\nKerrick: “We are not going to war with anyone.”"
    assert _speakers(t) == ["John Kerrick"]
    assert _speakers("Update: “The pier is closed until further notice.”") == [None]


def test_participle_after_a_comma_shares_the_subject():
    t = "“We have to look at every border,” Ola Brenn said, also noting that airports matter."
    (said, noting) = [s for s in find_quotes_and_attributions(t) if s.kind == "attribution"]
    assert noting.source == said.source == "Ola Brenn"


def test_asked_not_to_be_named_is_no_cue():
    t = "“It is strong,” the official, who asked not to be named, said."
    assert [a.text for a in find_quotes_and_attributions(t) if a.kind == "attribution"] == ["said"]
    assert _speakers(t) == ["the official"]


def test_last_speaker_of_the_pronouns_gender_is_its_antecedent():
    t = ("Mr. Tomas Brill spoke to Ms. Ada Morn about the pier on Friday. Later, Mr. Ola Brenn said the "
         "pier was safe. “We checked every bolt,” he said.")
    assert _speakers(t) == ["Ola Brenn"]
    # a more recent speaker of the other gender does not take the pronoun
    t = "Mr. Arno Kepler met Ms. Dana Whit on Friday. Kepler said the meeting went well. “It did not,” she said."
    assert _speakers(t) == ["Dana Whit"]


def test_surname_opening_a_sentence_is_a_pronoun_antecedent():
    filler = "The harbour board met again to discuss the budget for the new pier. " * 25  # > 1,200 characters
    t = (f"Rep. Ilse Omarsson voted against the bill on Monday.\n\n{filler}\n\nSen. Lindsey Grahm praised it.\n\n"
         "Omarsson later walked out of the chamber. “I meant every word,” she wrote.")
    assert _speakers(t) == ["Ilse Omarsson"]


def test_it_and_they_take_the_organisation_or_group_cited_just_before():
    t = "The Harbour Authority said on Monday that the pier would close. “We have no choice,” it said."
    assert _speakers(t) == ["Harbour Authority"]  # a named organisation speaks as itself
    t = "Several dockers said the pay offer was too low. “We will strike,” they said."
    assert _speakers(t) == ["Several dockers"]
    # a person inside an organisation is still the person
    t = "“Prices will rise,” the Harbour Foundation’s Ola Brenn told the Gazette."
    assert _speakers(t) == ["Ola Brenn"]


# ---- the subject of the sentence before as antecedent, and names inside descriptions


@pytest.mark.parametrize("text, speaker", [
    # the subject of the sentence before, not the last person cited or the last known woman
    ("“We are ready,” said Ines Varga. Photograph: Julia Brenn/AP\n\nBut Celia Kingsford, who leads the "
     "Harbour Trust, a charity, saw the plan as a plus.\n\n“It was good,” she said.", "Celia Kingsford"),
    # after a short introductory phrase, with an honorific; the full name given earlier
    ("Ray Tolland runs a crane firm. “We will grow,” said Jonas Pelt.\n\nAs a result, Mr. Tolland, whose firm "
     "builds cranes, has no plans to hire.\n\n“We are waiting,” he said.", "Ray Tolland"),
    # a surname that is also a title word is no gender evidence ("King" is no man)
    ("“Rates will rise,” said Ines Varga.\n\nBut Celia King, who runs the docks, disagreed.\n\n"
     "“They will fall,” she said.", "Celia King"),
    # a sentence about something else stops the search: the cue-based rules decide
    ("“We are full,” Ann Lind said. The harbour board met on Monday.\n\n“Nobody listens,” she said.", "Ann Lind"),
])
def test_subject_of_the_sentence_before_is_the_pronouns_antecedent(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_he_subjects_pass_the_antecedent_on():
    t = ("“It is over,” Jonas Pelt said. Ray Tolland sued the port in May. He also argued that the fees were "
         "unfair.\n\nHe said he would prevail.")
    atts = [s for s in find_quotes_and_attributions(t) if s.kind == "attribution"]
    assert [a.speaker for a in atts] == ["Jonas Pelt", "Ray Tolland", "Ray Tolland"]


def test_colon_quote_takes_the_subject_of_its_sentence():
    t = "“No,” said Jonas Pelt.\n\nAnn Lind again defended the harbour plan: “It will work for everyone.”"
    assert _speakers(t) == ["Jonas Pelt", "Ann Lind"]
    t = "Ann Lind, harbour board chairwoman: “We will rebuild the pier this year.”"
    assert _speakers(t) == ["Ann Lind"]
    t = "Dock union associate Jonas Pelt: “We will not sign this contract.”"
    assert _speakers(t) == ["Jonas Pelt"]


def test_definite_description_renames_the_subject_before():
    t = ("“It is a start,” said Ann Lind.\n\nHarbour Party candidate Ray Tolland, however, was skeptical.\n\n"
         "“It is a gamble,” the Harbour senator said.")
    assert _speakers(t)[-1] == "Ray Tolland"
    # "the president" is the president named most often, not one inside "Vice President"
    t = ("Vice President Jonas Pelt met President Ann Lind. Lind spoke first; Lind spoke last.\n\n"
         "“We agree,” the president said.")
    assert _speakers(t)[-1] == "Ann Lind"


@pytest.mark.parametrize("text, speaker", [
    ("“We are full,” says Harbour College Dean of Admissions Ines Varga.", "Ines Varga"),
    ("“We are full,” says the Australian-born Ines Varga.", "Ines Varga"),
    ("Ines Sarin Varga chairs the board. “We are full,” says Ines Sarin Varga.", "Ines Sarin Varga"),
    ("“The pier is closed,” NBC correspondent Ann Lind told viewers.", "Ann Lind"),
    ("“The pier is closed,” the Harbour Gazette reported.", "Harbour Gazette"),
])
def test_speaker_names_inside_descriptions(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_full_name_choice():
    # a surname inside a longer word is no mention ("Just" in "Justice")
    t = "Social Justice Week began. Just as quickly, Ann Lind left.\n\n“We go,” Lind said."
    assert _speakers(t) == ["Ann Lind"]
    # a known first name beats a headline word; the name given most often wins among equals
    t = ("Collapse Lind Shakes Harbour\n\nAnn Lind, the mayor, spoke. Ruth Lind, her mother, watched. Ann Lind "
         "waved.\n\n“We will rebuild,” Lind said.")
    assert _speakers(t) == ["Ann Lind"]
    # the article's Mr./Mrs. tells the gender of a name the lexicon does not know
    t = "Mr. Arno Kepler met Ms. Dana Whit on Friday. Kepler said the meeting went well. “It did not,” she said."
    assert _speakers(t) == ["Dana Whit"]


@pytest.mark.parametrize("text, speaker", [
    ("Intro.\n\n“We lost the plot.” — Ann Lind, Harbour Gazette\n\nMore.", "Ann Lind"),
    ("Intro.\n\n“We lost the plot.”\n\nAnn Lind, Harbour Gazette\n\nMore.", "Ann Lind"),
    ("Intro.\n\n“We lost the plot.” — Harbour Board trade adviser Peter Brill\n\nMore.", "Peter Brill"),
    ("Intro.\n\n“We lost the plot.” — Ann Lind to Ray Brill\n\nMore.", "Ann Lind"),
    # a section heading after the quote is no speaker; nor is a dash that goes on with the sentence
    ("Intro.\n\n“We lost the plot,” Ann Lind said.\n\n“Nobody cared.”\n\nExisting Programs\n\nMore.", "Ann Lind"),
    ("Intro.\n\n“We lost the plot.” — and then it rained.\n\nMore.", None),
])
def test_roundup_and_dash_attributions(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_indefinite_description_opening_the_sentence_before_is_the_antecedent():
    t = ("“It is over,” Ann Lind said.\n\nOne dock worker in the northern harbour said his crew took a vote and "
         "stayed home.\n\n“We are not going back,” he said.")
    assert _speakers(t)[-1] == "One dock worker"


@pytest.mark.parametrize("text, speaker", [
    # an apostrophe inside a name does not end the source after the cue
    ("“It is over,” says harbour strategist Ray O’Connell. “Yes.”", "Ray O’Connell"),
    # a middle name after a known first name is kept in the full name
    ("Ruth Bader Lindqvist chairs the board.\n\n“We are full,” Lindqvist said.", "Ruth Bader Lindqvist"),
])
def test_apostrophes_and_middle_names_in_names(text, speaker):
    assert _speakers(text)[-1] == speaker


def _att_sources(text):
    return [(s.text, s.source, s.speaker) for s in find_quotes_and_attributions(text) if s.kind == "attribution"]


@pytest.mark.parametrize("text, speaker", [
    # a common noun as a surname, after a known first name or an honorific
    ("Harbour counsel Douglas Letter told the court the probe matters.\n\n“Why should it?” Mr. Letter asked.",
     "Douglas Letter"),
    # a title longer than eight words before the name
    ("Officials warned against haste.\n\n“We stay,” Chairman of the Joint Chiefs of Staff Gen. Mark Holloway "
     "said at his hearing.", "Mark Holloway"),
    # a colon ending a sentence whose subject is a pronoun: the pronoun's antecedent
    ("Asked about it, Ray Brill first claimed it was “not true”. But he then tried to play it off:\n\n"
     "“It was a joke, obviously.”\n\nAttendees dispute it.", "Ray Brill"),
    # a person introduced with a relative clause after the last cue is the pronoun's antecedent
    ("Professor Oda Lunt doubts it, she adds.\n\nThe point has not escaped Harbour leader Mitch Varga, who "
     "in a statement kept his pledge.\n\n“The people should decide,” he said in the statement.", "Mitch Varga"),
])
def test_speakers_named_by_long_titles_common_surnames_and_introductions(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_elided_subject_skips_to_a_clause_with_its_own_subject():
    t = ("The report said that when Attorney General Ann Lind told Ray Brill in May that a counsel was named, "
         "Brill slumped back in his chair and said, “This is terrible.”")
    assert _speakers(t) == ["Ray Brill"]
    # with no clause of its own between, the subject is shared: 'Lind admitted … and conceded …'
    t = "Ann Lind admitted the plan failed and conceded that “it was rushed”."
    assert _att_sources(t)[-1][1] == "Ann Lind"


@pytest.mark.parametrize("text, source", [
    ("The port will close in May, said Ann Lind, director of the Harbour Board.", "Ann Lind"),
    ("Costs will rise, says harbour economist Ray Brill of the Tide Institute.",
     "harbour economist Ray Brill of the Tide Institute"),
    ("The plan is dead, said the mayor.", "the mayor"),
    # an object, a time or a clause after the cue is no inverted subject
    ("Ann Lind, a harbour official, urged Norway, Sweden and others to wait.", "Ann Lind"),
    ("The port, she said Thursday, will close.", "she"),
    ("The port will close, said Ann Lind would decide.", "The port"),  # (the rule before it)
])
def test_inverted_subject_after_a_clause(text, source):
    assert _att_sources(text)[0][1] == source


def test_person_tail_source_types():
    assert source_type("Mr. Letter") == "named_person"
    assert source_type("Harbour Authority counsel Douglas Letter") == "official"
    assert source_type("the 2013 Clark Poll") == "document"
    assert source_type("Gov. Nixon") == "official"
    assert source_type("the Virginia Department of Health") == "organisation"


def test_it_said_takes_the_organisation_opening_the_sentence_before():
    t = ("Guards made arrests.\n\nThe Harbour embassy in Oslo condemned the violence and urged calm.\n\n"
         "“We call for restraint,” it said in a statement.")
    assert _speakers(t) == ["Harbour embassy in Oslo"]
    # a pronoun or a time phrase opening that sentence is no organisation
    t = "It was announced on Friday.\n\n“We call for restraint,” it said in a statement."
    assert _speakers(t) == [None]


def test_link_teaser_residue_gives_no_cues_quotes_or_names():
    t = ("Sen. Ann Lind Ann Marie LindHarbour bill stalls Lind: 'We wait' Brill denies claims MORE (D-Ore.) said "
         "the plan was “a mess.”\n\n“We will fight it,” she said.")
    spans = find_quotes_and_attributions(t)
    assert [(s.kind, s.text) for s in spans] == [("attribution", "said"), ("quote", "a mess."),
                                                  ("quote", "We will fight it,"), ("attribution", "said")]
    assert {s.speaker for s in spans} == {"Ann Lind"}
    # offsets and texts are the article's
    assert all(t[s.start : s.end] == s.text for s in spans)


def test_question_or_exclamation_quote_links_to_a_lower_case_cue_after_it():
    t = "Ray Brill shrugs. “What can I do?” he asks. “Nothing!” he adds. “Fine.” But that was wrong, Ann Lind said."
    q = [(s.text, s.speaker, s.cue) for s in find_quotes_and_attributions(t) if s.kind == "quote"]
    assert q[:2] == [("What can I do?", "Ray Brill", "asks"), ("Nothing!", "Ray Brill", "adds")]
    assert q[2][1:] == ("Ray Brill", "adds")  # 'But that …' opens a new sentence: not its cue (Ann Lind's)


@pytest.mark.parametrize("text", [
    "The mayor spoke in one tweet on Monday.",
    "His latest post was deleted.",
    "The group's first report was late.",
])
def test_cue_nouns_after_quantifiers_and_adjectives(text):
    assert _att_sources(text) == []


def test_cue_verbs_after_adverbs_stay_cues():
    assert [a[0] for a in _att_sources("Let me first state that I was wrong.")] == ["state"]


@pytest.mark.parametrize("text, speaker", [
    # an apposition not closed by a comma before the cue: the name
    ("Intro.\n\n“We help,” Owen Torres, manager of Global Communication at Harbour Line said.", "Owen Torres"),
    # a double hyphen as the dash of a roundup attribution, with a lower-case description
    ("Intro.\n\n“It was a circus.” -- former Harbour Talk host Marvin Kalb.\n\nEven now.", "Marvin Kalb"),
])
def test_unclosed_appositions_and_double_hyphen_dashes(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, source", [
    ("When asked about Ann Lind, officials said no.", "officials"),
    ("Beneath a statue of Ann Lind, he said no.", "he"),
    ("Asked about Ann Lind, the senator said no.", "the senator"),
])
def test_name_before_a_comma_is_no_source_of_a_group_pronoun_or_description(text, source):
    assert _att_sources(text)[0][1] == source


@pytest.mark.parametrize("text, source", [
    ("The bill was backed by Ray Brill, who said it was fair.", "Ray Brill"),
    ("Another is Rep. Ray Brill (also listed above), who said it was fair.", "Rep. Ray Brill"),
    ("Another is Sen. Ray Brill, R-Utah, who said it was fair.", "Sen. Ray Brill"),
    ("It was backed by the Harbour Authority, which said it was fair.", "Harbour Authority"),
    # a place or a description before ', who' is not the source
    ("Gov. Ray Brill of New Jersey, who said it was fair, left.", None),
    ("He cited the report, which said it was fair.", None),
])
def test_relative_clause_cue_takes_the_name_before_who(text, source):
    assert _att_sources(text)[0][1] == source


def test_sigh_and_exclaim_are_cues_next_to_a_quote_only():
    assert _speakers("“It comes as no surprise,” sighs Ken Broad, a director.") == ["Ken Broad"]
    assert _att_sources("He sighed and left. She exclaimed in delight.") == []


@pytest.mark.parametrize("text, speaker", [
    # a sentence-opening conjunction is not part of the source
    ("Ray Brill said it was grim. But he added, “There is hope.”", "Ray Brill"),
    # a name in apposition after a description after the cue
    ("“No reform will harm it,” said the spokesman, Brendan Buck. “We agree.”", "Brendan Buck"),
    # a dash attribution on the line after the quote
    ("Intro.\n\n“We will not budge.”\n\n-- Senate Leader Harry Reid, in a reference to a speech.\n\nMore.", "Harry Reid"),
    # a role noun opening the sentence before the pronoun's: 'Biographer Ann Lind concurred.'
    ("“He is stubborn,” Bruce Nobles said. The biographer agreed.\n\nBiographer Michael Dantone concurred. "
     "“He fights,” he said.", "Michael Dantone"),
    # a quote alone after a paragraph of a person's reported speech continues that person
    ("“We will win,” Ted Cruz said.\n\nLamar Alexander, who is undecided, said open debate will be good.\n\n"
     "“It is the right thing to do.”", "Lamar Alexander"),
])
def test_speakers_after_conjunctions_appositions_dash_lines_and_paragraphs(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_participle_opening_a_sentence_after_a_quote_is_not_its_cue():
    t = "Trump said Monday that “nobody cares about my taxes.” It’s worth noting that every nominee released them."
    assert [(s.text, s.speaker) for s in find_quotes_and_attributions(t) if s.kind == "quote"] == [
        ("nobody cares about my taxes.", "Trump")]


@pytest.mark.parametrize("text, speaker", [
    # an unknown first name before an unknown middle word: a three-part name
    ("Intro.\n\n“Teachers deserve better.”\n\nAlexia Fernández Campbell, Harbour Review\n\nMore.",
     "Alexia Fernández Campbell"),
    # two people, then 'they'
    ("“Justice is done,” Ray Bromwich and Ann Schertler said.\n\n“We are pleased,” they said.",
     "Ray Bromwich and Ann Schertler"),
    # an apposition of an acronym and a lower-case role
    ("Thelma Krug, IPCC vice-chair, added, “Every bit of warming matters.”", "Thelma Krug"),
    # a name and its apposition between the quote and its cue
    ("Some argued it.\n\n“It was a disgrace,” Roxanne Jones, a former ESPN vice president, wrote in an op-ed.",
     "Roxanne Jones"),
    # a surname that is also a title word, after a known first name, in a dash attribution
    ("News:\n\n“Clinics are laying off staff.” —Robert King, Harbour Examiner\n\nMore.", "Robert King"),
    # 'the president' after 'President Lind' (one word) names Lind
    ("The spending gives President Lind something to boast about.\n\n“Cars are back,” the president told fans.",
     "Lind"),
    # a role adjective re-names the person just named
    ("Jeff Sessions was cautious.\n\n“I don’t know about that,” the Alabama conservative said.", "Jeff Sessions"),
    # 'X did something and asked': the sentence's subject
    ("Anderson Cooper hosted the show.\n\nCooper confronted the zoo's director and asked, “Why kill it?”",
     "Anderson Cooper"),
])
def test_speakers_from_pairs_appositions_and_titles(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("“It works,” Ray Binnall said.", "Ray Binnall"),  # a name ending in "all": not "all said"
    ("“It works,” Ann Blythe said.", "Ann Blythe"),  # a name ending in "the": not "the say"
])
def test_names_ending_like_negating_words_keep_their_cue(text, speaker):
    assert _speakers(text) == [speaker]
    assert _att_sources("When all said and done, it works. Needless to say, it works.") == []


def test_it_said_after_a_distant_cue_still_takes_the_organisation_before():
    t = ("“I was disappointed,” Ann Lind said in a long interview about the story and its aftermath.\n\n"
         + "The network issued a similar statement.\n\n“We never stopped investigating,” it said.")
    assert _speakers(t)[-1] == "network"
    # not a conjunction or an adverb: 'But the appeals court ruled', 'the bank also has'
    t = "Guards left.\n\nBut the appeals court also ruled against it.\n\n“It was wrong,” it said."
    assert _speakers(t)[-1] is None


def test_roundup_quotes_signed_by_an_editorial_board():
    t = ("From the Left\n\n“The bill is cruel.”\n\nAnn Lind, Harbour Gazette\n\nFrom the Right\n\n"
         "“The law is sound.”\n\nThe Editors, Harbour Review\n\n“It goes too far.” Editorial Board, Tide Times\n\nMore.")
    assert _speakers(t) == ["Ann Lind", "The Editors, Harbour Review", "Editorial Board, Tide Times"]


@pytest.mark.parametrize("text, source", [
    # a long relative clause: the description it qualifies
    ("Another strategist who is deeply involved in the party’s planning for the midterms said it was grim.",
     "Another strategist"),
    ("But even some analysts who have long backed the harbour plan in every public forum this year say it "
     "failed.", "some analysts"),
])
def test_source_before_a_long_relative_clause(text, source):
    assert _att_sources(text)[0][1] == source


def test_subject_after_a_conjunction_and_a_weekday():
    t = ("Ann Lind met donors.\n\nBut on Tuesday Ray Brill, the House speaker, refused to condemn it. "
         "“We will see,” he told reporters.")
    assert _speakers(t) == ["Ray Brill"]


def test_short_relative_clause_keeps_the_noun_phrase():
    assert _att_sources("A source who worked there told the Gazette it was late.")[0][1] == "A source who worked there"
    assert _att_sources("Ray Brill, who chairs the panel, said it was late.")[0][1] == "Ray Brill"


def test_many_link_teasers_and_mores_stay_bounded():
    # (linear time is what the benchmark times; here: correct spans, no crash, texts as in the article)
    t = "Sen. Ann Lind Ann Marie LindHarbour bill stalls MORE said “No.” " * 2_000 + "Ab MORE " * 5_000
    spans = find_quotes_and_attributions(t)
    assert sum(s.kind == "quote" for s in spans) == 2_000
    assert all(t[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize("text, source", [
    # a place or manner after in/on/at, or a prepositional phrase, is no subject
    ("He did so. But it was in a perfectly calm manner, he said, that it was fine.", "he"),
    ("Ray Brill chuckled, and with a gentle toss of the head, remarked that it was fine.", None),
    # ... unless it ends in a name, or 'with' opens a participle's subject
    ("In a statement Harbour Initiative Director Vera Lind said it was fine.",
     "a statement Harbour Initiative Director Vera Lind"),
    ("The plan passed, with one Harbour Party leader warning that it was fine.", "one Harbour Party leader"),
    # a party tag and 'of State' before the cue
    ("Rep. Dave Lind (R) of Michigan, said it was fine.", "Rep. Dave Lind"),
])
def test_prepositional_phrases_and_party_tags_before_a_cue(text, source):
    assert _att_sources(text)[0][1] == source


def test_inverted_subject_with_a_party_tag():
    t = "“I understand the frustration” by the mayor, said Rep. Tom Cole (R-Okla.), who backed it."
    assert _speakers(t) == ["Tom Cole"]


def test_state_before_a_title_is_no_cue_and_del_is_an_abbreviation():
    t = "“It is time,” state Del. Ann Lind said at a news conference. We urge Sen. Ray Brill to act."
    a = [(s.text, s.speaker) for s in find_quotes_and_attributions(t) if s.kind == "attribution"]
    assert a == [("said", "Ann Lind"), ("urge", None)]  # ('urge' before a title stays a cue)
    assert _speakers(t) == ["Ann Lind"]


def test_participle_after_a_comma_takes_the_sentence_subject():
    t = "Ray Schapp distinguished Ann Lind from past candidates, saying “she is different”."
    assert _speakers(t) == ["Ray Schapp"]
    t = "Sheriff Joe Harn said two men died. Harn declined to call the incident an attack, saying “we do not know yet.”"
    assert _att_sources(t)[-1][1] == "Harn"
    # a sentence whose subject is a pronoun: the pronoun as written (resolved as usual)
    assert _att_sources("He did so in a perfectly calm manner, saying it was fine.")[0][1] == "He"


def test_dean_before_a_surname_is_a_first_name():
    t = "Executive editor Dean Baquet spoke on Monday.\n\n“It is fine,” said Mr. Baquet."
    assert _speakers(t) == ["Dean Baquet"]
    t = "Harbour College Dean of Admissions Ines Varga spoke.\n\n“It is fine,” said Varga."
    assert _speakers(t) == ["Ines Varga"]


@pytest.mark.parametrize("text, speaker", [
    # a roundup signature opening with initials, with a suffix
    ("From the Left\n\n“Labor is back.”\n\nE.J. Dionne Jr., Harbour Post\n\nMore.", "E.J. Dionne Jr."),
    # an initial before the first name, and a suffix, stay in the full name
    ("Attorney General Eric H. Holder Jr. spoke.\n\n“It is fine,” Holder said.", "Eric H. Holder Jr."),
    # place initials are no first name
    ("U.N. Ambassador Nikki Hale spoke.\n\n“It is fine,” Hale said.", "Nikki Hale"),
])
def test_initials_and_suffixes_in_full_names(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, source", [
    # a time phrase before the subject is no part of the source
    ("In 2008 he said it was fine.", "he"),
    ("On December 15 she said it was fine.", "she"),
    ("Last year officials said it was fine.", "officials"),
    ("In the past week Lind said it was fine.", "Lind"),
    ("Later that day the minister said it was fine.", "the minister"),
    ("On the other hand she said it was fine.", "she"),
    # a subject pronoun ends the source: what comes before it is no source
    ("What she said was fine.", "she"),
    # numbers that are no time stay
    ("About 36 percent said it was fine.", "About 36 percent"),
    ("The 4th Circuit said it was fine.", "The 4th Circuit"),
])
def test_time_phrases_and_pronouns_end_the_source(text, source):
    assert _att_sources(text)[0][1] == source


def test_inline_ad_marker_is_no_part_of_a_name():
    t = "Ann Lind spoke at a church on Monday. Story Continued Below Lind said the plan was fine."
    assert _att_sources(t)[0][1] == "Lind"


@pytest.mark.parametrize("text, speaker", [
    # age and home town between the name and its cue
    ("Like many voters, Dale Finn, 56, of Clemson, S.C., said he was tired.\n\n“It was a phase,” he said.",
     "Dale Finn"),
    # a possessive description before the name after an inverted cue
    ("“They are huge things,” added Lind’s state director, Ray Brill. “It will help.”", "Ray Brill"),
    # a time phrase after an inverted source
    ("“We have a plan,” said the Republican nominee a few hours earlier.", "the Republican nominee"),
    # a possessive mention is a mention of the person
    ("Pundits thought that Ann Lind’s victory was certain. At a rally, she spoke. “Stage an intervention,” she said.",
     "Ann Lind"),
    # a subject pronoun (with a contraction) passes on to the sentence before, whose subject is a
    # full name of unknown gender; the woman named after it is not the antecedent
    ("Juliette Comfer, a freshman at Harbour College, backed Ben Sand. Now she’s mild for Ann Lind. "
     "“I don’t love her,” she said.", "Juliette Comfer"),
])
def test_appositions_possessives_and_pronoun_chains(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_passive_participle_opening_a_sentence_is_no_cue():
    t = '"We keep hearing that," Ray Brill said. "That is an option." Informed of that comment, Ann Lind told reporters she agreed.'
    assert _speakers(t) == ["Ray Brill", "Ray Brill"]
    assert [a for a, _, _ in _att_sources(t)][:2] == ["said", "told"]


def test_a_chained_subject_is_no_place_or_dateline():
    t = "Des Moines, Iowa (AP) — Ray Brill spoke.\n\nHe did it on Thursday. “We love our vets,” he said."
    assert _speakers(t)[-1] != "Des Moines"


@pytest.mark.parametrize("text, speakers", [
    # upper-case transcript labels: the person the article names in mixed case elsewhere
    ("Sen. Ann Warrick pressed bank chief Ray Stumper.\n\nSTUMPER: “We made a change.”\n\n"
     "WARRICK: “I’ll take that as a no. Have you fired anyone?” STUMPER: “Not yet.”",
     ["Ray Stumper", "Ann Warrick", "Ray Stumper"]),
    # a label with a known first name; a heading is no label (the quote continues the speaker before)
    ("HOUSE SPEAKER NANCY PELLO: “The light may be a train.”\n\nQUOTE OF THE DAY: “It is a great day.”",
     ["Nancy Pello", "Nancy Pello"]),
])
def test_transcript_labels_name_the_speaker(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # a colon after a verb that is no cue: the subject of the sentence, past a long title
    ('Former Harbour Bureau Chief Frank Sesto offered: "I think Holt has done an excellent job."', "Frank Sesto"),
    # a cue with no speaker of its own before the colon
    ("In an interview with Channel 2, Cpl. Ray Brill reacted to the incident: “She defended her property.”",
     "Ray Brill"),
    # an excerpt's byline in a roundup
    ("FROM THE ISSUE -- “Mo Pageviews,” by Ryan Chittum: “The internet built bigger audiences.”", "Ryan Chittum"),
])
def test_colon_quotes_take_the_subject_or_byline(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a dateline before the subject of the sentence a pronoun chain reaches
    ("PORTVILLE—Juliette Comfer, a freshman, backed Ben Sand. Now she’s mild for Ann Lind. “I don’t love her,” she said.",
     "Juliette Comfer"),
    # a possessive description with the name in apposition is the subject
    ("Gary Jonsson said he would win. Lind’s campaign manager, Robby Mork, who spoke on the same program, "
     "shrugged off Jonsson’s impact. “He’s taking votes from both,” he said.", "Robby Mork"),
    # a participle opening an introductory phrase, then the subject
    ("Ray Bailey argued for more calls. Reached on Friday, Steven Munch disputed the notion. “We are one team,” he said.",
     "Steven Munch"),
    # a state delegate, a whip
    ("Ann Jones said the statues stay. Delegate Poindexter tends to agree with Jones. “They need respect,” he says.",
     "Poindexter"),
    ("“We would not turn that down,” said House Minority Whip Steny Hoyle.", "Steny Hoyle"),
    # an inverted name in apposition at the end of the sentence, unknown first name
    ("“They are huge things,” added Lind’s states director, Marlon Marsh.", "Marlon Marsh"),
])
def test_subjects_after_datelines_possessives_and_participles(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_asked_what_opening_a_sentence_is_no_cue():
    t = "Asked what he expects the moderator to do, Ray Brill said “all that we ask is a fair check.”"
    assert _att_sources(t) == [("said", "Ray Brill", "Ray Brill")]


def test_a_surname_source_is_the_person_cited_before_with_it():
    t = ("Former Secretary of State Helen Clinter said on Monday that the deaths were her biggest regret.\n\n"
         "She spoke of the cars former President Bill Clinter has owned. Bill Clinter likes cars. Bill Clinter drives.\n\n"
         "“My biggest regret is what happened,” Clinter said.")
    assert _speakers(t) == ["Helen Clinter"]
    # 'State' inside a title is no cue
    assert [a for a, _, _ in _att_sources(t)] == ["said", "said"]


@pytest.mark.parametrize("text, speaker", [
    ("“It was a mistake,” Ray Rumsfield yelled.", "Ray Rumsfield"),
    ("Ray Trumpet barked “Wrong” as Ann Lind spoke.", "Ray Trumpet"),
    ("And this shocker from Ben Swanson: “The plan was never real.”", "Ben Swanson"),
])
def test_yell_bark_and_from_name_colon(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a role description names the person cited most recently who can hold the role
    ("In an interview, former governor Sara Palling said she is not ruling it out.\n\n"
     "“Well, I want to help and not hurt,” the former vice presidential nominee commented.", "Sara Palling"),
    # a title head needs a person the article writes with that title
    ("Hillary Clintor said it was fine. Sen. Bernie Sandor said no.\n\n“I disagree,” the independent senator said.",
     "Bernie Sandor"),
])
def test_role_descriptions_name_the_cited_person(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, sources", [
    # no subject after a cue: a clause or an infinitive follows it
    ("Ann Lind called herself a ‘realist’ and acknowledged that a run would bring controversy.",
     [("acknowledged", "Ann Lind")]),
    # 'When asked about …' is no cue; 'I’m told' cites nobody
    ("When asked about the issue on Sunday, Ann Lind called herself a realist.", []),
    ("One thing he is weighing, I’m told: the quip.", []),
])
def test_no_sources_from_clauses_infinitives_or_passives(text, sources):
    assert [(a, s) for a, s, _ in _att_sources(text)] == sources


@pytest.mark.parametrize("text, speaker", [
    # a tweet in a roundup is the account's; not the addressee's
    ("SPOTTED -- @AnnLindHP: “The candidate is now on stage in Ohio.”", "@AnnLindHP"),
    ("Ray Brill to @AnnLindHP: “I am not putting a label on it.”", "Ray Brill"),
    # an excerpt's byline with the outlet's possessive
    ("--“Harbour budget stalls,” by the Gazette’s Laura Vozar: “The plan fell apart on Tuesday.”", "Laura Vozar"),
])
def test_tweets_and_bylines_in_roundups(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_date_is_no_source():
    from framing.attribution import _source_before

    t = "Trump spoke often. December 15 said"
    assert _source_before(t, len(t) - 4, t.index("December")) is None
    assert _source_before(t, len(t) - 4, 0) is not None  # (the sentence bound is the caller's)


@pytest.mark.parametrize("text, speaker", [
    # a capitalised Will/May right before the cue is a surname, after a quote or a first name
    ("Columnist George Wills spoke. “It is over,” Wills said.", "George Wills"),
    ("Columnist Georgia Will spoke. “It is over,” Will said.", "Georgia Will"),
    ("Prime Minister Teresa May spoke. “We leave,” May said.", "Teresa May"),
    # a title word that is also a surname ends a name after an unknown first name
    ("Alveda King, a niece of the leader, spoke. “We need unity,” Alveda King said.", "Alveda King"),
])
def test_surnames_that_are_auxiliaries_or_titles(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_run_the_article_writes_after_in_is_a_place_not_a_pronoun_antecedent():
    t = ("If he cannot win North Carolina, Ray Brill loses.\n\nAnn Lind is redoubling her efforts, with stops "
         "in Ohio and in North Carolina.\n\n“Most people have decided,” she told a rally in Ohio.")
    assert _speakers(t) != ["North Carolina"]


def test_a_quote_continues_the_speaker_of_a_cue_before_a_cue_with_no_speaker():
    t = ("“Only one thing,” Ray Renz said after asking Ann Lind to make one final point. "
         "“Those issues will be discussed in May.”\nMarco Mac jumped in.")
    assert _speakers(t) == ["Ray Renz", "Ray Renz"]
    t = "“I can tell you what is true,” Kevin Hass said, when asked about it on Monday. “It is the highest in years.”"
    assert _speakers(t) == ["Kevin Hass", "Kevin Hass"]


def test_headlines_in_bracketed_teasers_give_no_quotes_or_names():
    t = "Obama did it. (RELATED: Ann Lind: ‘Harbour Bill Stalls’) He said, “We go on.”"
    assert [s.text for s in find_quotes_and_attributions(t) if s.kind == "quote"] == ["We go on."]


def test_no_period_before_a_number_ends_no_sentence_and_a_blanked_teaser_widens_the_window():
    t = "“We will get there,” Sen. John Cornish (R-TX), the No. 2 Republican, told reporters. “We are together.”"
    assert _speakers(t) == ["John Cornish", "John Cornish"]
    teaser = " John CornishThe Harbour Report: " + "many long headlines about the week " * 6 + "MORE"
    t = "“We change nothing,” Sen. John Cornish" + teaser + " (R-Texas), the No. 2 Senate Republican, said."
    assert _speakers(t) == ["John Cornish"]


def test_the_publication_is_the_outlet_cited_before():
    t = "On Friday, the Boston Globe reported that dock workers were out of work. “They are hourly employees,” wrote the publication."
    assert _speakers(t) == ["Boston Globe"]


@pytest.mark.parametrize("text, speaker", [
    ("Dylan Hoos from Kauai, Hawaii said he voted early. “It was quick,” he said.", "Dylan Hoos"),
    # 'of Justice, Owen' is no home town
    ("Announcing his findings at the Royal Courts of Justice, Robert Owenby said it was certain. “No doubt,” he said.",
     "Robert Owenby"),
])
def test_home_towns_without_commas(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_heading_run_is_no_pronoun_antecedent():
    t = "Trump Impeachment\n\nThe impeachment inquiry moved on. “It was a perfect call,” he said."
    assert _speakers(t) == [None]


def test_a_pronoun_with_a_contraction_is_the_pronoun():
    t = "Tulsi Garrard spoke at length. Asked about the race, she’d said, “I am staying in.”"
    assert _att_sources(t) == [("said", "she", "Tulsi Garrard")]


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Post quoted Edwin Snowdel as saying, “I am neither traitor nor hero.”", "Edwin Snowdel"),
    ("Reuters quoted a senior official as saying the talks had failed.", "a senior official"),
])
def test_an_outlet_quoting_someone_as_saying_gives_the_person(text, speaker):
    sp = [s for s in find_quotes_and_attributions(text) if s.kind == "attribution"][-1]
    assert sp.speaker == speaker and sp.subtype == "relay"


@pytest.mark.parametrize("text, speaker", [
    ("As Bill Mahler put it, “The plan is a joke.”", "Bill Mahler"),
    ("Patrick Henrie put it this way, “It cannot be emphasized too strongly.”", "Patrick Henrie"),
    ("To quote W.B. Yeets, “Things fall apart.”", "W.B. Yeets"),
    # 'put' elsewhere, and the writer's 'To put it another way', are no cues
    ("She put it on the table. “It is fine,” Ann Lind said.", "Ann Lind"),
    ("To put it another way, “the party is over.”", None),
])
def test_put_it_and_to_quote(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, source", [
    ("Betsy DeVry later issued a statement saying it was fine.", "Betsy DeVry"),
    ("Speaker Ann Lind issued a statement saying it was fine.", "Speaker Ann Lind"),
    # an adjective participle is no verb
    ("Egypt's armed forces said it was fine.", "Egypt's armed forces"),
    ("The assembled speakers said it was fine.", "The assembled speakers"),
])
def test_a_name_before_a_past_tense_verb_and_its_object_is_the_source(text, source):
    assert _att_sources(text)[-1][1] == source


def test_recount_and_the_pm():
    assert _speakers("“We were told to wait,” a donor recounted.") == ["a donor"]
    t = "Prime Minister Boris Johnstone met Philip Hammersmith on Monday.\n\n“This is a disaster,” the exasperated PM declared."
    assert _speakers(t) == ["Boris Johnstone"]


def test_a_continuing_cue_after_a_quote_is_the_same_speaker():
    t = ("Clinton campaign manager Robby Mooke said Donald Trumpet “spiraled out” on Monday.\n\n"
         "“We saw him unwind,” Mooke said of Trumpet’s performance in an interview.\n\n"
         "“He just does not have the temperament,” he added.")
    assert _speakers(t)[-1] == "Robby Mooke"
    # not across genders
    t = "“We won,” Robby Mooke said. Ann Lind spoke next.\n\n“It is not over,” she added."
    assert _speakers(t)[-1] == "Ann Lind"


def test_a_quotes_own_cue_stays_direct_when_a_title_follows_it():
    # the show's name in quotes after the cue used to turn the cue into reported speech, which
    # kept 'he added' from the quote's speaker
    t = ("Robby Mooke faced Tom Vance on Monday.\n\n"
         "“We saw him unwind on the stage,” Mooke said of Vance’s performance on the Harbour Radio show “Morning Talk.”\n\n"
         "“He does not have the temperament, and Tom Vance knows it,” he added.")
    spans = find_quotes_and_attributions(t)
    said = next(s for s in spans if s.kind == "attribution" and s.text == "said")
    assert said.subtype == "direct"
    assert _speakers(t)[-1] == "Robby Mooke"
    # a cue after a fragment and 'and' is no quote's own: it stays with the clause after it
    t = "Ray Brill called the plan “a disaster for the harbour,” and said the town “will not forget.”"
    spans = find_quotes_and_attributions(t)
    said = next(s for s in spans if s.kind == "attribution" and s.text == "said")
    assert said.subtype == "indirect" and said.speaker == "Ray Brill"


def test_a_continuing_cue_after_a_surname_only_cue_is_that_person():
    t = ("Gov. Tom Vance called a state of emergency on Monday.\n\n"
         "“Our officers are showing courage,” Brill said on the radio.\n\n"
         "“We cannot tolerate violence,” he added.")
    assert _speakers(t)[-1] == "Brill"


def test_a_person_just_cited_is_the_pronoun_even_of_unknown_gender():
    # 'Ximena' is no first name the library knows: the person cited just before still beats a
    # woman named further back
    t = ("Barbara Vance, the mayor, opened the meeting on Monday.\n\n"
         "“The valley is changing fast,” says Ximena Kraybill, a professor at Harbour College.\n\n"
         "“But I don’t think it will turn violent,” she says.")
    assert _speakers(t) == ["Ximena Kraybill", "Ximena Kraybill"]
    # not a place, a group or a party cited as a speaker ('Saudi Arabia said …')
    from framing.attribution import _Resolver

    res = _Resolver("Ola Brenn met Republicans in North Harbour and the Harbour Brotherhood. "
                    "Thirty-year-old Lind spoke for Harbour Policy.", [])
    assert res._looks_like_person("Ola Brenn")
    for name in ("Republicans", "North Harbour", "Harbour Brotherhood", "Thirty-year-old Lind", "Harbour Policy"):
        assert not res._looks_like_person(name), name


def test_a_surname_inside_a_quote_does_not_refresh_its_person():
    from framing.attribution import _Resolver

    pad = "The harbour bridge has waited for years, and the council has paid for each delay. " * 4
    text = "Ann Lind said no on Monday. Mary Brenn said yes. “" + pad + "Lind is wrong about this.” she said."
    res = _Resolver(text, [(text.index("“") + 1, text.index("”"))])
    res.note("Ann Lind", 9, "named_person", "f")
    res.note("Mary Brenn", 39, "named_person", "f")
    assert res.pronoun("she", text.index("she said")).name == "Mary Brenn"


def test_a_titled_description_is_the_one_person_named_just_before():
    t = ("Sen. Ray Brill chairs the harbour panel. The nominee testifies on Monday.\n\n"
         "He would face tough questions from the hawks, led by Ray Brill.\n\n"
         "“I have concerns about his ties to the shipping cartel,” the Harbour senator told reporters.")
    assert _speakers(t) == ["Ray Brill"]
    # not when the person is never written with the title
    t = t.replace("Sen. Ray Brill chairs", "Ray Brill chairs")
    assert _speakers(t) == ["the Harbour senator"]


def test_a_footnote_is_no_cue():
    t = "Ola Brenn, a historian, wrote: “Every house was burned.” [note 9] Is that likely?"
    spans = find_quotes_and_attributions(t)
    assert [s.text for s in spans if s.kind == "attribution"] == ["wrote"]


@pytest.mark.parametrize("text, source", [
    ("The row led Brill to retort, “My brother kept us safe.”", "Brill"),
    ("The vote prompted Gov. Ann Lind to declare the deal “dead in the water for now.”", "Gov. Ann Lind"),
    ("But then Brill went on to say, “It is about substance.”", "Brill"),
    ("“We were slow to act,” he plans to say on Wednesday.", "he"),
    ("The Gazette went on to say: “He has argued for years against it.”", "The Gazette"),
    ("Residents we spoke to said the water was brown.", "Residents we spoke to"),
    # no one in the phrase: no source (it was 'refusal to', 'used to')
    ("Ann Lind’s refusal to concede angered the board.", None),
])
def test_a_source_ending_in_to(text, source):
    spans = find_quotes_and_attributions(text)
    att = next(s for s in spans if s.kind == "attribution")
    assert att.source == source


def test_going_on_to_add_is_the_previous_cues_speaker():
    t = "“It is over,” the Harbour Democrat said, going on to add, “It just confirms the worst fears.”"
    assert _speakers(t) == ["the Harbour Democrat", "the Harbour Democrat"]


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Gazette appended an update: “The mayor has since resigned from the board.”", "Harbour Gazette"),
    ("The Harbour Port Authority has put this message on its page: “All ferries are cancelled until noon.”",
     "Harbour Port Authority"),
])
def test_a_colon_quote_after_an_organisation_is_its(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_role_noun_before_a_name_makes_it_a_subject():
    from framing.attribution import _Resolver

    t = ("The senators will put their questions to Chief Justice Ray Brill, the next step in the trial.\n\n"
         "Lawyer Pat Vance concluded Monday’s session with the board’s argument that the vote was rigged.\n\n"
         "“An election is only months away,” he said.")
    res = _Resolver(t, [(t.index("“") + 1, t.index("”"))])
    assert res.subject(t.index("“") - 1, "m").name == "Pat Vance"  # ('Pat' has no known gender)
    assert res.full_name("Lawyer Pat Vance", 0) == "Pat Vance"


@pytest.mark.parametrize("text, cues_found", [
    ("On the day the probe opened, Ray Brill texted: “This matters.”", ["texted"]),
    ("“Go to break, then,” Ann Lind taunted before the segment ended.", ["taunted"]),
    ("“Tear them down,” the crowd chanted.", ["chanted"]),
    # the noun forms are no cue, even next to a quote (strict 3: past tense only)
    ("Her text: “We are here.”", []),
    ("The emails show it: “We are here.”", []),
    ("The protests grew. “We are here,” a student said.", ["said"]),
])
def test_past_tense_only_cues(text, cues_found):
    spans = find_quotes_and_attributions(text)
    assert [s.text for s in spans if s.kind == "attribution"] == cues_found


def test_a_headline_word_is_no_part_of_a_name():
    # a surname whose only capitalised follower is a headline verb or a place: the surname alone
    t = ("Brillo Extends Lead In Harbour Poll As Rivals Falter\n\n"
         "The mayor spoke at Brillo Tower on Monday.\n\n“We will win,” Brillo said.")
    assert _speakers(t) == ["Brillo"]
    # a name written once in full still names its person ('Xi Jinping', not 'Jinping' a common word)
    t = "President Xu Jinping even visited the port.\n\n“We will win,” Xu said."
    assert _speakers(t) == ["Xu Jinping"]


@pytest.mark.parametrize("text", [
    "Brill went on to say in his Aug. 30 remarks: “We will bring the money back.”",
    "Of the voters polled, 56 said: “We want change.”",
])
def test_a_number_is_no_source(text):
    spans = find_quotes_and_attributions(text)
    assert all(s.source is None or any(c.isalpha() for c in s.source) for s in spans)


def test_a_participle_after_even_is_the_previous_cues():
    t = "“They have been embracing it,” Ray Brill said, even describing the plan as “grandstanding.”"
    spans = find_quotes_and_attributions(t)
    desc = next(s for s in spans if s.kind == "attribution" and s.text == "describing")
    assert desc.speaker == "Ray Brill"


def test_a_cue_ending_the_paragraph_before_with_a_colon_links_its_quote():
    t = ("The envoy is already there. The Harbour Gazette reports that:\n\n"
         "“Lind on Tuesday called for an immediate cease-fire, saying a ground operation would be a mistake.”")
    assert _speakers(t) == ["Harbour Gazette"]


@pytest.mark.parametrize("text, speaker", [
    ("The statement went on to defend the rollout.\n\n“This was a complex project with a short timeline,” it said.",
     "The statement"),
    ("While the report cleared the crew, it faulted the port.\n\n“The crews were unable to cope,” it said.", "the report"),
])
def test_it_said_after_a_document_opening_the_sentence_before(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“Both sides got information,” said Ola Brenn of the University of Harbour’s Policy Center.", "Ola Brenn"),
    ("In the words of the historian Ola Brenn: “The empire fell slowly and then all at once.”", "Ola Brenn"),
])
def test_affiliation_after_an_inverted_name_and_in_the_words_of(text, speaker):
    assert _speakers(text) == [speaker]


def test_they_said_after_two_people_named_together():
    t = ("In a joint statement, Harbour Committee Chairman Ray Brill, R-Utah, and Port Committee Chairman "
         "Ola Brenn, R-Calif., called the actions disturbing.\n\n“Someone who did this should not serve,” they said.")
    assert _speakers(t) == ["Ray Brill and Ola Brenn"]
    # not people who are only addressed, nor a single person
    t = "Ann Lind met Ray Brill on Monday.\n\n“We agree,” they said."
    assert _speakers(t) == [None]


@pytest.mark.parametrize("text, speaker", [
    ("Police arrested Gregory Lind on Monday.\n\n“I did nothing wrong,” the 47-year-old said.", "Gregory Lind"),
    ("Gloria Davy built the machine in 1980.\n\n“It still works,” the retired inventor said.", "Gloria Davy"),
    # a man, a woman, a victim: often someone never named
    ("Gloria Davy spoke first. Then a man rose in the front row.\n\n“Pay your taxes,” the man shouted.", "the man"),
])
def test_a_description_by_age_or_role_is_the_person_just_named(text, speaker):
    assert _speakers(text) == [speaker]


def test_an_initial_a_is_a_middle_initial():
    # 'A.' was read as the article 'a', so 'John A. Boehner' gave only 'Boehner'
    t = "House Speaker Ray A. Brill spoke on Monday.\n\n“We will not raise taxes,” Brill said."
    assert _speakers(t) == ["Ray A. Brill"]


def test_a_surname_is_the_person_named_first_when_counts_tie():
    t = ("President Barack Obamo spoke in Chicago on Monday. Later, first lady Michelle Obamo joined him.\n\n"
         "“We have work to do,” Obamo said.")
    assert _speakers(t) == ["Barack Obamo"]


@pytest.mark.parametrize("text, speaker", [
    # a document reads; a person reading, and a statement read to reporters, are no cue
    ("The campaign statement read, “Our chairs are volunteers.”", "The campaign statement"),
    ("She read the report. “It is fine,” Ann Lind said.", "Ann Lind"),
    ("In a statement read to reporters, Ann Lind said: “We expect the crew home.”", "Ann Lind"),
])
def test_read_is_a_cue_after_a_document_only(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_caucus_is_no_person():
    t = ("Rep. Raul Grijal, head of the Congressional Progressive Caucus, called her to congratulate her.\n\n"
         "“So much for that,” she tweeted.")
    assert _speakers(t) != ["Progressive Caucus"]


@pytest.mark.parametrize("text, source", [
    # an inverted subject with an affiliation after a comma, then the sentence's end
    ("The plan is not wrong, writes Ola Brenn of the Harbour Post’s Policy Blog.",
     "Ola Brenn of the Harbour Post’s Policy Blog"),
    ("Few towns have that, notes Professor Ola Brenn, an economist at Harbour University.", "Professor Ola Brenn"),
    # an organisation or outlet with 'the' closing the sentence, or before a relative clause
    ("The talks will go on, said the Harbour Post.", "the Harbour Post"),
    ("Jobs will not go, said the administration, which noted the rise.", "the administration"),
])
def test_an_inverted_subject_closing_the_sentence_makes_a_cue(text, source):
    assert [src for _, src, _ in _att_sources(text)][:1] == [source]


@pytest.mark.parametrize("text, source", [
    # not a clause or a noun phrase going on after the comma: the name before the cue
    ("Ola Brenn, the lawyer for the fund, said the charity remains proud of its efforts, claiming it paid.",
     "Ola Brenn"),
    ("Ola Brenn, a professor at Harbour, says the latest decision, in January, ruled that the law stands.",
     "Ola Brenn"),
])
def test_an_inverted_noun_phrase_must_end_its_clause(text, source):
    assert _att_sources(text)[0][1] == source


def test_an_inverted_cue_before_a_weekday_is_no_cue():
    assert all(src != "Texas" for _, src, _ in _att_sources("Ola Brenn, owner of a dealer near Harbour, Texas, agreed Tuesday."))


@pytest.mark.parametrize("text, source", [
    # a pronoun with a contracted verb opens a clause, not a source
    ("But for family, he’s making an exception, notes Ray Brill.", "Ray Brill"),
    ("It’s worth noting that the plan failed.", None),
    ("He’s seeking to get confirmed to the court.", None),
    ("Ann Lind says it’s time to declare the war a failure.", "Ann Lind"),
])
def test_a_contracted_pronoun_verb_is_no_source(text, source):
    assert _att_sources(text)[-1][1] == source


def test_a_name_in_a_when_clause_is_not_the_sentence_subject():
    # 'When host X asked …, she hedged': she is not the host (whose first name tells no gender)
    t = ("On Wednesday, Katrina Lund blamed the senator. “Voters are uneasy,” she said. When host Wolf Brill "
         "asked Lund if she believes it, she hedged. “Well, I have no reason to doubt it,” she said.")
    assert _speakers(t) == ["Katrina Lund", "Katrina Lund"]


@pytest.mark.parametrize("text, speaker", [
    # a known first name before a middle name that is a first name too: all three words
    ("Former governor Christine Todd Wharton spoke on Monday.\n\n“We must act,” Wharton said.",
     "Christine Todd Wharton"),
    ("Former governor Christine Todd Wharton spoke on Monday.\n\n“We must act,” she said.", "Christine Todd Wharton"),
    ("Reporter Mary Louise Kellam asked about it.\n\n“No,” Kellam said.", "Mary Louise Kellam"),
    # a title before a two-word name is still no part of it
    ("Engineer Tomas Brill spoke on Monday.\n\n“We must act,” Brill said.", "Tomas Brill"),
])
def test_two_first_names_then_a_surname_are_one_name(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # initials written together are a first name; a title before them is not
    ("Former spokesman P.J. Crowden spoke on Monday.\n\n“We must act,” Crowden said.", "P.J. Crowden"),
    ("National Security Adviser H.R. McMasterson spoke.\n\n“We must act,” McMasterson said.", "H.R. McMasterson"),
    # place initials are no first name
    ("Ray Brill met U.S. Lind on Monday.\n\n“We must act,” Lind said.", "Lind"),
])
def test_joined_initials_open_a_name(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker, stype", [
    # an unnamed party member is a description, not a name cut to its last word
    ("“I am a realist,” said one Democrat, who took the survey.", "one Democrat", "anonymous"),
    ("“So far, so good,” said a top Senate Republican.", "a top Senate Republican", "anonymous"),
    # a name before an apposition whose closing comma is missing
    ("“We need more police,” Jo Jenkel, a Republican said.", "Jo Jenkel", "named_person"),
    ("Ann Lind, an economist said the plan would fail.", "Ann Lind", "named_person"),
])
def test_party_members_and_open_appositions(text, speaker, stype):
    (a,) = _atts(text)
    assert (a.speaker, a.source_type) == (speaker, stype)


@pytest.mark.parametrize("text, speaker", [
    # the head noun comes before a trailing place: the senator from a state is the senator named
    ("Sen. Rand Paulsen claimed Sunday there was a policy.\n\n“We need to know who wrote it,” the Republican "
     "senator from Kentucky said on CNN.", "Rand Paulsen"),
    # a spokesman for someone speaks as the spokesman, not as that person
    ("“We take it seriously,” a spokesman for Sen. Ann Lindqvist said.", "a spokesman for Sen. Ann Lindqvist"),
    # a title, then the name: the name
    ("“The vote is closed,” said the secretary of the Senate Julia Adamo.", "Julia Adamo"),
])
def test_the_head_noun_before_a_trailing_phrase(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    # a weekday (with 'on') between the source and the cue is no part of the source
    ("“No visits were made,” a spokeswoman for the Harbour Group Saturday told reporters.",
     "a spokeswoman for the Harbour Group", "a spokeswoman for the Harbour Group"),
    ("Senate leader Ann Lindqvist on Tuesday said the vote would wait.", "Senate leader Ann Lindqvist", "Ann Lindqvist"),
    # 'the Democrat' after 'a Pennsylvania Democrat added': the same unnamed person
    ("A Pennsylvania Democrat added that voters were tired.\n\n“They want change,” the Democrat said.",
     "the Democrat", "A Pennsylvania Democrat"),
])
def test_weekdays_before_the_cue_and_unnamed_descriptions_repeated(text, source, speaker):
    a = _atts(text)[-1]
    assert (a.source, a.speaker) == (source, speaker)


def test_an_inverted_name_with_an_affiliation_to_the_sentence_end():
    t = "The rover needs hardy instruments, says Rong Shuo of the Harbour Institute of Physics at the Academy."
    assert _atts(t)[0].speaker == "Rong Shuo"


def test_an_agent_noun_before_a_name_opens_the_subject():
    # 'Student protester Katrina Willms is …': the subject is the person (a known first name)
    t = "Student protester Katrina Willms is a big sister to four boys."
    assert framing.attribution._Resolver(t, [])._subject_at(0, len(t))[1] == "Katrina Willms"
    t = "Democrats under Ray Brill voted no."
    assert framing.attribution._Resolver(t, [])._subject_at(0, len(t)) is None or \
        framing.attribution._Resolver(t, [])._subject_at(0, len(t))[1] != "Ray Brill"


def test_a_clause_after_an_inverted_cue_is_no_affiliation():
    t = "Ellen Chaput, a nurse in Portsmouth, said she hopes polls showing Bidet with a lead are right."
    assert _atts(t)[0].speaker == "Ellen Chaput"


def test_an_outlet_ending_the_paragraph_before_with_a_colon_speaks():
    # the paragraph break between the colon and the quote is no sentence of its own
    t = ("Police said 26 people were arrested. The Harbour Gazette has more from the scene:\n\n"
         "“Officers began pushing back against the crowd, arresting several people.”")
    assert _speakers(t) == ["Harbour Gazette"]


@pytest.mark.parametrize("text, speaker", [
    # a middle initial inside a long title before the name, after the quote
    ("“The state will not comply,” Harbour Assistant Attorney General Angela V. Colmar wrote in a memo.",
     "Angela V. Colmar"),
    ("“We are ready,” Joint Chiefs of Staff Chairman Gen. Mark A. Millard said.", "Mark A. Millard"),
    # a roundup signature with a middle initial
    ("“The spirits of the resistance will be dampened.”\n\nMarc A. Thiesman, Harbour Post\n\n", "Marc A. Thiesman"),
])
def test_middle_initials_in_long_titles_and_signatures(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, n_cues", [
    # the new strict cues: speech next to a quote ...
    ("“This is an attempt to smear him,” Ray Brill charged.", 1),
    ("“I started to feel comfortable,” Ann Lind remembers.", 1),
    ("“We should send more there,” he thundered.", 1),
    ("“You did not share it,” she sniped.", 1),
    # ... not an indictment, an adjective, an imperative, a memory or a passive
    ("Ray Brill was charged with “aggravated assault” on Monday.", 0),
    ("The jury charged twelve officers with conspiring “to gain access.”", 0),
    ("Those are racially charged “tropes” of the past.", 0),
    ("Remember the refrain, “We all fall down?”", 0),
    ("Although Ray Brill was not charged, the report says “his fingerprints were all over it.”", 0),
])
def test_charge_remember_and_passives(text, n_cues):
    got = [a.cue.lower() for a in _atts(text)]
    assert len([c for c in got if c not in ("says",)]) == n_cues, got


@pytest.mark.parametrize("text, speaker", [
    # the writer's own words, with a cue linked to the quote
    ("I was skeptical.\n\n“That guy is a bum,” I told my friend.", "the author"),
    # not asked of the writer, nor a phrase the writer cites
    ("Time and again I have been asked, “Who should I vote for?”", None),
])
def test_first_person_cues_give_the_author(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a roundup signature after a quote that follows an ellipsis
    ("It is too easy to caricature her… “Polls suggest that voters care more about beating him.” "
     "Aaron Blakey, Harbour Post\n\n", "Aaron Blakey"),
    # a dash and a name, then the show in quotes
    ("A Word From Charles\n\n“I sleep well at night.”\n\n-- Charles Krautmann on “Special Report”\n\n", "Charles Krautmann"),
    # not a columnist's biography line after someone else's quote
    ("His vow:\n\n“I will not give up.”\n\n— Michelle Malkinson is host of “Harbour Investigates”", None),
])
def test_signatures_after_ellipses_and_shows(text, speaker):
    assert _speakers(text)[0] == speaker  # (the show's title is a quote of its own)


@pytest.mark.parametrize("text, speaker", [
    # a name label right after a closing quote, in a transcript
    ("Ann Maddox interviewed Hillary Lind.\n\nLind: “There is a scandal,” she said. “But it is small.” "
     "Maddox: “But in part because there has been real scandal.”", "Ann Maddox"),
    # a cue in title case after the name is no part of it
    ("MSNBC host Joe Scarbo was impressed. Scarbo Tweeted: “Tonight was a big win for the governor.”", "Joe Scarbo"),
])
def test_name_labels_after_quotes_and_title_case_cues(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a lower-case particle inside a name
    ("Border union president Art del Cuesto spoke on Monday.\n\n“We must act,” Cuesto said.", "Art del Cuesto"),
    ("New York Mayor Bill de Blasko spoke on Monday.\n\n“We must act,” de Blasko said.", "Bill de Blasko"),
    ("Mayor Bill de Blasko spoke on Monday. “We will not close,” the mayor said.", "Bill de Blasko"),
    # a particle alone opens no name
    ("He lives in Puerto de la Cruzo. “We must act,” Cruzo said.", "Cruzo"),
])
def test_name_particles(text, speaker):
    assert _speakers(text) == [speaker]


def test_from_an_outlet_and_a_colon_before_a_quote():
    t = "Protests went on overnight.\n\nFrom The Harbour Gazette:\n\n“Officers pushed back against the crowd.”"
    assert _speakers(t) == ["Harbour Gazette"]


def test_another_says_is_a_new_speaker():
    t = '"The problems are caused by the mayor," says one man. Another says, "Who elected him?"'
    assert _speakers(t) == ["one man", "Another man"]  # (another of them: a new speaker)


@pytest.mark.parametrize("text, speaker", [
    # joined initials open a name run ('E.W. Jackson' is the subject the pronoun stands for)
    ("The race heated up.\n\nE.W. Jacksen, a pastor from Chesapeake, made the comments in a video.\n\n"
     "“The party has created an unholy alliance,” he said in the video.", "E.W. Jacksen"),
    # place initials are no part of a name
    ("U.S. Senator Elsbeth Warrick spoke on Monday, adding that “the plan will pass.”", "Elsbeth Warrick"),
])
def test_initials_in_name_runs(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_bracketed_link_line_is_passed_over_for_the_subject():
    t = ("Bill Clintan never mentioned the firm, but he checked every other box.\n\n"
         "( Also on HARBOUR: Full coverage of the convention)\n\n"
         "“If you renew the president’s contract you will feel it,” he told the crowd.")
    res = framing.attribution._Resolver(t, [])
    got = res.subject(t.index("“"), "m")
    assert got is not None and got.name == "Bill Clintan"


@pytest.mark.parametrize("text, speaker", [
    # 'the paper' after an outlet was cited is that outlet
    ("The crash was investigated, the Harbour Gazette reported.\n\nThe paper adds that some experts blame the "
     "pilots:\n\n“Pilots must still watch speed and altitude.”", "Harbour Gazette"),
    # an organisation opening a colon sentence with a present-tense verb speaks
    ("The Demos Group offers this blunt description:\n\n“The group has lost its way and must rebuild.”", "Demos Group"),
])
def test_the_paper_and_present_tense_colon_openers(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a person's statement 'that said'
    ('After pleading guilty, Ray Flinn issued a personal statement that said, "I recognize my actions were wrong."',
     "Ray Flinn"),
    # a long indefinite description of a person is a source
    ("“The election will be about the economy,” a top Democrat with close ties to the campaign told the Post.",
     "a top Democrat with close ties to the campaign"),
])
def test_statements_that_said_and_long_descriptions(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # a plural cue word after a past-tense verb is its object, a noun
    "Ann Lindqvist’s speech on Wednesday offered hints of that vision.",
    "Organizers dismissed claims of a national organization.",
])
def test_a_plural_cue_word_after_a_past_tense_verb_is_no_cue(text):
    assert _atts(text) == []


def test_the_subject_of_a_when_clause_is_the_antecedent():
    t = ("Senate leader Mitch McConnall spoke on Monday. Republicans argue there is no benefit in delay. "
         "When McConnall was asked this week about the articles, he told reporters, “I'm in no hurry.”")
    assert _speakers(t) == ["Mitch McConnall"]


@pytest.mark.parametrize("text, speaker", [
    # a generational suffix stays with the name, also after a title word used as a surname
    ("“Nor is this the time for celebration,” said Marvin Lucas King III, the oldest son of the leader.",
     "Marvin Lucas King III"),
    ("Mirela Stanton III, our senior director, worked on it. “People want common ground,” she says.",
     "Mirela Stanton III"),
    # a suffix after a comma is no apposition
    ("Darrel Trumbull, Jr., touted the move on Monday as “A big day!”", "Darrel Trumbull Jr."),
    # two initials open a name
    ("“Could we use yard signs?” said A. J. Pellow, a committee member from Hillsborough County.", "A. J. Pellow"),
    # a party tag before a relative clause is no source
    ("“I'm proud,” Sen. Lindon Grahl, R-S.C., who often has been critical of the plan, told reporters.",
     "Lindon Grahl"),
    # a state before a title is no surname: the name closes the title
    ("“I don’t want to find out two years later,” said Ostra Secretary of State Delmar Hosse, a Republican.",
     "Delmar Hosse"),
    ("“It is complete garbage,” White House Chief of Staff Reinar Pribble said on Sunday.", "Reinar Pribble"),
])
def test_suffixes_initials_party_tags_and_places_before_titles(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_caption_label_is_no_person():
    t = ("The campaign went on. Hide Caption 4 of 6 Photos: Who is running?\n\n"
         "“Everyday families need a champion,” she said in her video.")
    assert "Hide Caption" not in _speakers(t)


@pytest.mark.parametrize("text, speaker", [
    # a verb coordinated by 'but' has the subject of the verb before it
    ("Jamie Gorlin said it was not clear what the probe entailed but added, “It would be standard practice.”",
     "Jamie Gorlin"),
    # a party tag in brackets before the comma closing an apposition
    ("Her rival, Sen. Bernard Sandor (I-Vt.), said he was disturbed, adding: “We should ask ourselves what we "
     "would do.”", "Bernard Sandor"),
])
def test_but_coordinated_cues_and_bracketed_party_tags(text, speaker):
    assert _speakers(text) == [speaker]


def test_but_before_a_new_subject_is_no_coordination():
    t = ("The mayor said the deal was close, but a large bloc of conservative lawmakers in the House insist "
         "that the measure be “tied to cuts.”")
    assert [a.source for a in _atts(t)][-1] != "The mayor"


@pytest.mark.parametrize("text, speaker", [
    # a person's reply opening the sentence before a colon
    ("Ann Lindqvist spoke on Monday. “We’ll have to pay,” Cohan says. Lindqvist’s reply: “Pay with cash.”",
     "Ann Lindqvist"),
    ("Ann Lindqvist spoke on Monday. Mark Welk asked her a question. Lindqvist's reply, as she walked to a van: "
     "\"I think we will win this time.\"", "Ann Lindqvist"),
])
def test_a_persons_reply_before_a_colon(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a document speaks for whoever issued it: 'a statement by X', 'X's letter', 'X said in a statement'
    ("On Thursday, a joint statement by the Harbour Council stressed that the mayor should resign.\n\n"
     "“We have been devastated by these developments,” the statement said.", "Harbour Council"),
    ("Anna Lindqvist's letter arrived on Monday. “Rumors that I have received money are false,” the letter read.",
     "Anna Lindqvist"),
    ("In a statement to the Gazette via his attorney, Ray Kathmund denied the allegations. “I am outraged by the "
     "recent statements made about me,” the statement reads.", "Ray Kathmund"),
])
def test_a_statement_speaks_for_its_issuer(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # 'the company', 'the department', 'the group': the organisation of that kind cited just before
    ("OstraTube said on Wednesday that it was reviewing the incident. The shooter did not enter.\n\n"
     "“We are revisiting this incident in detail,” the company said.", "OstraTube"),
    ("But Harbor Group, which ran the facility, said the centre was never overcrowded.\n\n"
     "“The accusations have led to misplaced aggression,” the company said.", "Harbor Group"),
    ("The DOJ said the samples would be entered into a database.\n\n“The lab will provide the kits,” the "
     "department said.", "DOJ"),
    # a government body is no company
    ("The White House said talks went on. “We have no comment on the merger,” the company said.", "the company"),
])
def test_an_organisation_named_again_by_its_kind(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # 'a statement by X' after the cue, 'his statement' (the person the pronoun stands for)
    ("House leader Nora Pelham accused the majority of obstruction.\n\n“It's time to abandon the agenda,” said a "
     "statement by Pelham, D-California.", "Nora Pelham"),
    ("The committee would not help. “We hope he will do the right thing,” said a statement by communications "
     "director Brian Walden.", "Brian Walden"),
    ("The company shut down the accounts, Mark Zuckman said. “Bad actors had used networks,” his statement reads.",
     "Mark Zuckman"),
])
def test_a_statement_by_or_his_statement(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a participle after a quote's closing mark has the subject of the cue before the quote
    ("Using one of his phrases, Dorn told reporters, \"We'll see what happens,\" adding, \"it could even be "
     "the 12th, as planned.\"", "Dorn"),
    # a title of three words, a name and an apposition between the quote and its cue
    ("“We urge a strong NO on the resolution,” House Minority Leader Nora Pelham, California Democrat, wrote in "
     "a letter to colleagues.", "Nora Pelham"),
    # a full name written with its suffix at every mention keeps it
    ("Ernest Bock Jr., the chief executive of Bock Motors, said he had 700 replies.\n\n“I've always been a fan,” "
     "Bock said.", "Ernest Bock Jr."),
])
def test_participles_after_quotes_long_titled_appositions_and_suffixes(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_suffix_is_not_given_to_a_surname_mostly_written_alone():
    t = ("Ernest Bock Jr. visited. Bock spoke. Bock left. Bock returned. Bock waved. Bock sat.\n\n"
         "“I've always been a fan,” Bock said.")
    assert _speakers(t) == ["Ernest Bock"]


def test_two_roles_before_a_name_after_the_cue():
    t = ("The ban presents “a bit of a challenge” for the group, said writer and producer Franklin Hardwick, who "
         "supports her stance. “Can we get her to Skype in?”")
    assert _speakers(t) == ["Franklin Hardwick", "Franklin Hardwick"]


def test_a_subject_with_a_suffix_is_the_antecedent():
    t = ("Police Commissioner Ed Dale said the people of the city are safe.\n\n"
         "FBI Director Robert S. Millar III praised the manhunt.\n\n“These efforts worked,” he said.")
    from framing.attribution import _Resolver

    res = _Resolver(t, [(t.index("“") + 1, t.index("”"))])
    got = res.subject(t.index("“"), "m")
    assert got is not None and got.name == "Robert S. Millar III"


@pytest.mark.parametrize("text, speaker", [
    # 'X was quoted by the outlet as saying': X speaks, through the outlet
    ("President Hassan Rouhan spoke on Monday. “France can still play a role,” he was quoted by the Fars News "
     "Agency as saying.", "Hassan Rouhan"),
    # an acronym before a title is part of the title
    ("It will be associated with MIT Professor Jonathan Gruben, who injudiciously described it as follows: “The "
     "stupidity of the voter was really critical.”", "Jonathan Gruben"),
])
def test_passive_quoted_by_and_acronyms_before_titles(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_person_named_just_before_beats_one_of_known_gender_far_back():
    t = ("Julie Hobart, a nurse, said she liked the plan. " + "The crowd was large and loud. " * 30
         + "Robin Lebeau is a teacher from the reservation.\n\n“You keep moving, because I know what makes me,” "
         "Lebeau said.\n\nBut her concerns were dwarfed by threats from the government, she said.\n\n"
         "“Now look, we are focused here,” she said.")
    assert _speakers(t) == ["Robin Lebeau", "Robin Lebeau"]


@pytest.mark.parametrize("text, speaker", [
    # 'X issued a statement Saturday declaring': X
    ("But the HCLU’s Harbour affiliates issued a statement Saturday declaring, “We review each request on a "
     "case-by-case basis.”", "the HCLU’s Harbour affiliates"),
    # an unnamed journalist of a place or outlet is a description, not the place
    ("“There were lawsuits and all kinds of repercussions,” a long-time Ostrava journalist told me.",
     "a long-time Ostrava journalist"),
])
def test_issued_a_statement_and_unnamed_journalists(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“He didn’t bring up the 47 percent!” Matthewson sputtered. The host agreed.", "Matthewson"),
    ("As he lay on the ground, Floyd Harlan cries out, “I can’t breathe.”", "Floyd Harlan"),
])
def test_sputter_and_cry_out(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a report, study or survey named with its author speaks for the author
    ("The plan stalled, “with no end in sight,” according to a new report from the Harbour Gazette.",
     "Harbour Gazette"),
    ("Killings declined, “by more than 90 percent,” according to a study by Michael Whitby, a professor.",
     "Michael Whitby"),
    # a lawsuit mentioned near someone else's cue is no statement of theirs
    ("District spokesman Tim Lemond said the district had not been served with the lawsuit.\n\n“There is no "
     "compelling interest in secrecy,” the lawsuit reads.", "the lawsuit"),
])
def test_reports_and_lawsuits_speak_for_a_named_author_only(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_long_colon_line_before_a_paragraph_quote_links_its_cue():
    t = ("Lindqvist excels at fundraising. As Senator Ann Lindqvist told a group of wealthy donors gathered at the "
         "estate:\n\n“We are at an event here because we understand that part of our democracy.”")
    quotes = [s for s in find_quotes_and_attributions(t) if s.kind == "quote"]
    assert [(q.speaker, q.cue) for q in quotes] == [("Ann Lindqvist", "told")]


@pytest.mark.parametrize("text, speaker", [
    # a party tag with a two-word state is no source
    ("“We could be strengthening them,” Kingsley, R-New York, said on CNN.", "Kingsley"),
    # an organisation described by a place adjective keeps its head noun
    ("“The assertions do not correspond to the reality of it,” the Ostrian government said in a statement.",
     "Ostrian government"),
])
def test_two_word_party_tags_and_governments(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“We will not move the bill,” huffed McConnor.", "McConnor"),
    ("“Every single member voted for us,” Trumbull crowed at his rally.", "Trumbull"),
    ("“I think there are more fractures on their side,” proffered Scalia.", "Scalia"),
])
def test_huff_crow_proffer(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_place_after_a_title_is_no_person():
    from framing.attribution import _strip_titles

    assert _strip_titles("The mayor of Salt Lake County") == "The mayor of Salt Lake County"
    assert _strip_titles("chair of the Congressional Hispanic Caucus") != "Congressional Hispanic"
    assert _strip_titles("University of Harbour political science professor Ola Brenn") == "Ola Brenn"


@pytest.mark.parametrize("text, speaker", [
    # an outlet named before an editorial; an earlier mention of the report naming its author
    ("It led to a fascinating Harbour Gazette editorial that questioned the plan. The editorial argues that the "
     "mayor “might not fear” a loss: “The mayor always needs a foil.”", "Harbour Gazette"),
    ("“They are not likely to listen,” the Harbour National Committee's report said. The committee outlined a plan, "
     "whom the report acknowledged the party has been turning off.\n\n“Perception of the party is at record lows,” "
     "the report said.", "Harbour National Committee"),
])
def test_documents_named_by_an_outlet_or_an_earlier_mention(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a party tag before a description, a party of a state, a newspaper-style party tag in brackets
    ("“Politicians are rushing,” Sen. Ron Wydell, D-Ore., a member of the Intelligence Committee, said.",
     "Ron Wydell"),
    ("“We know that our big problem is too much spending,” Representative Louie Gohmer, Republican of Texas , said.",
     "Louie Gohmer"),
    ("“There were a lot of members in disbelief,” Rep. Ryan Costell (R., Pa.) said after the meeting.",
     "Ryan Costell"),
    # a name, then a place named for someone
    ("It doesn’t reflect reality, says Saskia Popesco of George Mason University. “It’s more akin to surgery.”",
     "Saskia Popesco"),
    # two roles with a capitalised modifier, then the name
    ("“I don’t care,” said Harbour committeeman and Lind backer Jon M. Ausmann, lamenting the lack of activity.",
     "Jon M. Ausmann"),
])
def test_party_tags_places_and_roles_before_names(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a surname with a suffix is the full name given before with it
    ("The campaign's Darrel Trumbull Jr. arrived on Monday.\n\n"
     "“There are people in there I can trust,” Trumbull Jr. told reporters.",
     "Darrel Trumbull Jr."),
    # a dash signature with a title and a name of no known first name
    ("The president said he has your back.\n\n“There is extreme bias against this president at the bureau.” — "
     "White House Deputy Press Secretary Hogan Gidden\n\nHis support is long-standing.",
     "Hogan Gidden"),
    # a sentence subject after an outlet and a role noun
    ("Fox News Security Analyst Kate McFarlin met the leaders. She shares her take for the opinion page: "
     "“While Washington quibbles over the definition, people are grappling with survival.”",
     "Kate McFarlin"),
    # an apposition after a bracketed party tag
    ("“We’ll see what they send up,” Rep. Mac Thornbury (R-Texas), chairman of the Armed Services Committee, said.",
     "Mac Thornbury"),
    # 'this person' is the person described just before
    ("A Republican business leader, who required anonymity, added that he expects a narrow vote.\n\n"
     "“There will be a stop vote, but I do not think it reflects enthusiasm,” this person said.",
     "A Republican business leader"),
    # a sentence subject after a title with 'to the'
    ("U.S. Ambassador to the United Nations Nadia Hale laid out the position on Tuesday, saying, “North Korea "
     "can talk with anyone they want.”",
     "Nadia Hale"),
    # a role apposition with its closing comma missing
    ("The hospital had no amputations.\n\n“This is something I've never seen in my 25 years here,” Alasdair "
     "Connor, chief of emergency services at Harbour General Hospital said.",
     "Alasdair Connor"),
    # a lower-case apposition naming a role marks the subject as a person
    ("Leslie Bochner, president of Electrum Partners, expressed his displeasure with a wry dig at the motives: "
     "“It is almost as if the rally in stocks was too much.”",
     "Leslie Bochner"),
    # an ad named with its author
    ("The ad from Republican candidate Larry Meyerson says, “We need a senator who will fight for us.”",
     "Larry Meyerson"),
    # a statement with no issuer named stays a document
    ("The harbour closed on Monday. “All ferries are cancelled until further notice,” the statement said.",
     "the statement"),
    # a surname before a possessive is a full name
    ("President Barack Obamo’s speech was long.\n\n“We are not done yet,” the president said.",
     "Barack Obamo"),
])
def test_eighth_session_speaker_rules(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # spaces before a closing mark: the cue after it still links (and the inner quote, framed by
    # 'we … say', is the outer speaker's: twelfth session)
    ("Harbour Gazette reported on the vote.\n\n\"We can no longer say, 'Go with it,' \" says Kaye Gerrard, a fellow "
     "at the institute.",
     ["Kaye Gerrard", "Kaye Gerrard"]),
    # ... and a signature after it, also as the next paragraph when the quote stands alone
    ("The premier spoke on Monday.\n\n“ In the event of a flood, Norland will always be a hospitable country ”\n\n"
     "– Justine Tremblay, Premier of Norland\n\nThe plan follows.",
     ["Justine Tremblay"]),
    # ... but a dash and a name after a speaker's quote, as the next paragraph, is a byline
    ("“I was concerned by the call,” Vindrell said. “What I heard was inappropriate.”\n\n-- Bart Janssens\n\n"
     "Other news.",
     ["Vindrell", "Vindrell"]),
    # list entries: a name, a description, a dash and the quote
    ("Republicans for Lind:\nRay Brill, former Ohio state senator -- \"I will stand up for my community.\"\n"
     "Fred T. Goldbaum Jr., former assistant treasury secretary — \"It is time for a change.\"\n"
     "Georgina Wash – “Make the most you can of the seed and sow it everywhere.”",
     ["Ray Brill", "Fred T. Goldbaum", "Georgina Wash"]),
    # ... not a sentence that ends in a dash
    ("Ray Brill, the mayor, has a favourite line from a wartime leader — “Never give in, never.”",
     [None]),
    # a first name the list lacks, after a title, opens a three-word name
    ("Turkish President Recep Tayyip Erdogal spoke on Monday. \"We will not bow,\" Erdogal said.",
     ["Recep Tayyip Erdogal"]),
    # ... or after a cue
    ("“It is a lopsided race,” said Shana Kushner Gadarel, a professor.\n\n“They will not win,” Gadarel said.",
     ["Shana Kushner Gadarel", "Shana Kushner Gadarel"]),
    # a he/she after a question put to a person of that gender is the person asked
    ("Oprah Winfield asked Michelle Obamer what she missed most. “Just walking out the door,” she said.",
     ["Michelle Obamer"]),
    ("Oprah Winfield asked Mark Obamer what he missed most. “Just walking out the door,” she said.",
     ["Oprah Winfield"]),
    # a statement, then a new sentence asking the next question: not the quote's cue
    ("“If it fits the Constitution, no problem,” Carsen said. “But it must fit.” Toddy then asked whether "
     "it fits.", ["Carsen", "Carsen"]),
    # someone's words named before a colon
    ("Here is Barack Obamer’s 2006 statement on the Senate floor: “The fact that we are here today is a sign of "
     "failure.”", ["Barack Obamer"]),
    ("The Harbour Council’s statement read in part: “We regret the decision.”", ["Harbour Council"]),
    # ... not a topic after a preposition
    ("Ann Schroek spoke on Monday. “We will win,” she said.\nStunned at Ray Trumbel’s comments on women: “I think it "
     "is important for all of the women in this country to know.”", ["Ann Schroek", "Ann Schroek"]),
    # a participle after 'before'/'while' has the previous cue's speaker
    ("“The reign of terror will be over,” Tremp said, before predicting, “We will win by a lot.”",
     ["Tremp", "Tremp"]),
    # an editorial reads like a statement
    ("The Harbour Enquirer endorsed a Democrat. “This is not a decision we made lightly,” the editorial read.",
     ["the editorial"]),
    # an outlet's piece speaks for the outlet
    ("The tabloid ran the story. “He was seen leaving the club at midnight,” the Harbour Gazette piece reads.",
     ["Harbour Gazette"]),
    # a title of several words written in lower case before the name
    ("Monday on Fox, former White House press secretary Seanne Spicker called for him to be fired. “The purpose "
     "of the briefing has shifted,” the former White House Press Secretary said.", ["Seanne Spicker"]),
    ("Nauert said that during Pompel's meeting, secretary of state Mike Pompel thanked the king. Later, the secretary "
     "of state said it was “a thorough, transparent and timely investigation.”", ["Mike Pompel"]),
    # 'the Court', 'the hospital': the organisation named in full before
    ("The Norland Supreme Court ruled on Monday. “The law is void,” the Court said.", ["Norland Supreme Court"]),
    ("Texas Health Harbour Hospital treated him. “We are reviewing our procedures,” the hospital said.",
     ["Texas Health Harbour Hospital"]),
    # ... not a person, a list or a sentence end before it
    ("The columnist John Fund wrote about it. “We will not pay,” the Fund said.", ["Fund"]),
    ("He met Yates and FBI agents on Tuesday. The FBI said: “We have no comment.”", ["FBI"]),
    # an acronym is no first name before a capitalised word
    ("The league owns the team. HBTV Sports’ coverage was cut. “We are strongly dissatisfied,” HBTV said in a "
     "statement.", ["HBTV"]),
    # a two-word surname is the three-word name cited before
    ("Sessions spokeswoman Sarah Isgur Floresa said there was nothing misleading about it.\n\n"
     "“He had over 25 conversations with foreign ambassadors,” Isgur Floresa said in the statement.",
     ["Sarah Isgur Floresa"]),
    # 'how X put it in <outlet>:'
    ("Here is how Jonathan Tobbin put it in National Review: “Since Trump took office, the willingness of "
     "journalists to mix opinion with news reporting has grown.”", ["Jonathan Tobbin"]),
    # 'the coalition': the one name the article gives with that head
    ("“It is clear that the regime is weakening,” the opposition Syrian National Coalition said in a statement.\n\n"
     "The opposition umbrella group said it was suspicious.\n\n“These strikes gave the regime time,” the "
     "coalition said.",
     ["Syrian National Coalition", "Syrian National Coalition"]),
    # a place with its state inside an apposition
    ("Asked to name the promise he had not kept, Katie Merrit, a high school English teacher from Tampa, Fla., "
     "responded: “Get our troops out of Iraq.”", ["Katie Merrit"]),
    # a name, then an institution named for someone
    ("“Not likely, but possible,” Kerro of George Washington University said.", ["Kerro"]),
    # a three-word name right after a title, even with a known middle first name
    ("“The line is out to the street,” Atlanta Mayor Keisha Lance Bottomly, a Democrat, tweeted Tuesday.",
     ["Keisha Lance Bottomly"]),
    # gloat, bellow, guffaw next to a quote; a bulletin reads
    ("“We won by a lot,” Lee Stranaman gloated.", ["Lee Stranaman"]),
    ("The agencies warned. “Extremists may exploit the protests,” the bulletin reads.", ["the bulletin"]),
    # someone's statement as the source speaks for them
    ("Ann Lindqvist spoke on Monday. “We will go,” Lindqvist’s statement said.", ["Ann Lindqvist"]),
    ("The Harbour Council met. “We will go,” the Harbour Council’s statement said.", ["Harbour Council"]),
    # 'counsel' is a role, no name
    ("“The articles are a danger,” said White House Counsel Pat Cipolla.", ["Pat Cipolla"]),
    ("Senior Counsel Clarke Forsyth wrote the brief. “It is a danger,” he said.", ["Clarke Forsyth"]),
    # 'the governor' is the one person the article wrote 'Gov.' before
    ("Gov. Tarrant Abbet met the president.\n" + "The state held its hearings as planned. " * 20
     + "\nThe issue for Gov. Abbet is that Obama has not been able to ensure safety. Federal officials would "
     "have to provide assurances.\n"
     "“The program is riddled with serious problems,” the governor said in a statement.",
     ["Tarrant Abbet"]),
    # initials as an adjective do not end the phrase after a cue
    ("“Anytime politicians embrace a color, be on guard,” said D.C. journalist Wayne Madsel.", ["Wayne Madsel"]),
    ("Kerrin said the U.S. is “deeply concerned” by the reports.", ["Kerrin"]),
    # a role written in capitals heads a description ('CEO'), no name inside it
    ("“What is this guy’s name?” says one former Western energy CEO who spent years in Norland.",
     ["one former Western energy CEO"]),
    # a participle's phrase before a cue is no source (since the twentieth session, the sentence's subject is)
    ("Lindqvist took the question in stride, replying with a grin, said, “I am aware of that, yes.”", ["Lindqvist"]),
    # a noun after a determiner and an adjective is no cue ('a separate note'); the note's issuer
    # speaks (since the twenty-second session: a body's name after 'from')
    ("“The metal could rise,” says a separate note from Harbour Securities, “because investors seem ready.”",
     ["Harbour Securities", "Harbour Securities"]),
])
def test_ninth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


def test_titled_short_forms_need_one_person():
    from framing.attribution import _Resolver

    one = "Gov. Gregory Abbet spoke first. The meeting ran long. The governor left."
    two = "Gov. Gregory Abbet spoke first. Gov. Ann Ducely spoke next. The governor left."
    for text, want in ((one, "Gregory Abbet"), (two, None)):
        res = _Resolver(text, [], text.lower())  # (no quotes)
        assert res.titled("the governor", text.index("The governor")) == want
        assert res.titled("a governor", text.index("The governor")) is None  # (definite only)


@pytest.mark.parametrize("text, speakers", [
    # a surname alone, where the article names two people with it: the pronouns after the surname
    # written alone tell which ('Wilmott … She', 'Wilmott said she'), not the better-known first name
    ("Phoenix Chief Jeri Wilmott has denounced the riots.\n\nBut Wilmott comes at it from a unique angle. "
     "She is one of a handful of black female chiefs.\n\nHer son, Alan Wilmott, is a basketball player. "
     "Alan Wilmott posted tweets this week.\n\n“The level of voice is unlike anything,” Wilmott said.\n\n"
     "Wilmott said she welcomes the scrutiny.",
     ["Jeri Wilmott"]),
    # ... nor the person of the other gender cited last with that surname
    ("Rolf Brandt built towers for decades. Brandt sold them later, and he kept the name. Brandt has denied "
     "the claims, and his lawyers agree.\n\nAnna Brandt, his daughter, said the claims were false.\n\n"
     "“I will deduct from their contract,” Brandt said.",
     ["Rolf Brandt"]),
    # a name right after the quote opens an apposition too long for the usual reading (commas and
    # a title inside it): the name is the source, and the quote after the cue is the same speaker's
    ("\"There will be no retribution,\" Jon Brabandt, a Republican strategist and a longtime adviser to former "
     "Sen. Rick Santoro, a 2012 presidential candidate, told the Harbour Post. \"I have not heard a single person.\"",
     ["Jon Brabandt", "Jon Brabandt"]),
    # ... also an apposition opening with a capitalised title before 'of' ('Chief of the …')
    ("“It is a crisis within a crisis,” Patricia Millerd, Chief of the Special Federal Litigation Division of the "
     "New York City Law Department, said in a statement to TIME. “We will respond in court.”",
     ["Patricia Millerd", "Patricia Millerd"]),
    # ... not across a sentence bound
    ("“There will be no retribution,” Jon Brabandt said on Monday. Others disagree, a Republican strategist and "
     "a longtime adviser to Sen. Rick Santoro, a former candidate, told the Harbour Post.",
     ["Jon Brabandt"]),
    # a photo credit is no person a pronoun stands for
    ("Ray Brill spoke in the House on Dec. 11, 2019 in Washington, D.C. Greg Nashe/AP\n\n"
     "He also delivered a message to Republicans:\n\n“One way or the other, this will end,” he said.",
     ["Ray Brill"]),
    # first names added to the list tell a gender ('Reince', 'Kirstjen')
    ("Reince Priebal and Kirstjen Nielsa met on Monday. “We will go on,” he said.", ["Reince Priebal"]),
    # a group or title cited alone, or an outlet, is no he/she ('Police said a woman …', 'Fox News reported
    # that a woman …' far back), the person named just before is
    *[(f"{opening}\n\n" + "The storm moved slowly over the coast and the rivers rose through the night. " * 12
       + "\n\nAshlee Warrick and boyfriend Chris Smithe paddled away in a boat.\n\n“Honestly, I love hurricanes. "
       "But this one has been an experience,” she said.", ["Ashlee Warrick"])
      for opening in ("Police said a 62-year-old woman was killed when her car struck a tree.",
                      "Fox News reported that a woman was hurt.")],
    # nouns in -ly before a cue are no adverbs ('the family said', 'a close ally said')
    ("“We are heartbroken,” the family said.", ["the family"]),
    ("“It is a great day,” a close ally said.", ["a close ally"]),
    # the name opening the sentence, before an apposition holding a quote ('the "Free Speech" rally')
    ("Chris Hoode, an 18-year-old Boston resident standing among others planning to join the \"Free Speech\" march, "
     "told Reuters news agency: \"The point of this is to have political speech from across the spectrum.\"",
     [None, "Chris Hoode"]),
    # a dash, a description and a name as the next paragraph after a speaker's quote is a byline
    ("“I was concerned by the call,” Vindrell said. “What I heard was inappropriate.”\n\n"
     "—With additional reporting from Betsy Woodroof\n\nOther news.",
     ["Vindrell", "Vindrell"]),
    # 'state' is a noun after 'of' or a determiner, or before a noun ('secretary of state', 'state Sen.')
    ("“We average 100,000 scans on our systems,” Missouri’s secretary of state, Jay Ashcrofft, told a Senate panel.",
     ["Jay Ashcrofft"]),
    ("\"Maryland is the most liberal state,\" said state Republican Delegate Susan Krebbs. \"It is a race to the "
     "bottom.\"",
     ["Susan Krebbs", "Susan Krebbs"]),
    # a capitalised cue word right before 'said' is a surname ('Beg said'); 'emphasis added' is no cue;
    # 'even' before a cue is an adverb, not the source
    ("\"It is pivotal for the Europeans to speak out,\" Beg said. \"Indian media have not been able to criticise "
     "the government.\"",
     ["Beg", "Beg"]),
    ("“Insurance is the rational choice.” [MSNBC, 8/9/13, emphasis added]", [None]),
    ("Senate leader Chuck Schumar, D-N.Y., even taunted the president: “The great deal-maker sat on the sidelines.”",
     ["Chuck Schumar"]),
    ("The report even said “the plan is dead.”", ["The report"]),
    # a noun or name next to 'said' is no cue ('said Post, spokeswoman …'; 'that tweet said'), and 'this'
    # or 'that' before a one-word description stays ('this source said')
    ("\"Political differences exist,\" said Post, spokeswoman for the Emily Post Institute. \"To be able to do "
     "that successfully speaks well.\"",
     ["Post", "Post"]),
    ("“They now know what he was doing,” said the other source. “Now they want to know more,” this source said.",
     ["the other source", "this source"]),
    # 'another' after a described speaker is another of them; 'jabbed' is a cue (past tense, with a quote)
    ("\"Trump take downs were icy,\" a New Hampshire Republican said.\n\n\"Consistently strong answers,\" added another.",
     ["a New Hampshire Republican", "another New Hampshire Republican"]),
    ("\"Walker who? Was he even in the debate?\" jabbed one Iowa Republican.\n\n\"It is hard to believe he was once "
     "the frontrunner,\" agreed another.",
     ["one Iowa Republican", "another Iowa Republican"]),
    # a plural possessive is no quote mark ending the phrase ('the ministers' statement read')
    ("\"Allies have concluded that the missile breaks the treaty,\" the Nato foreign ministers' statement read.",
     ["the Nato foreign ministers' statement"]),
    ("“It is a matter of time,” the Disney workers’ attorney said.", ["the Disney workers’ attorney"]),
    # '(emphasis added)' is no cue
    ("Ann Lindqvist wrote about the trip. “From the Russia trip of the once-obscure adviser came a story.” "
     "(emphasis added)",
     ["Ann Lindqvist"]),
    # a long title before a three-word name after a quote: the cue after it is the quote's
    ("“This is the new normal,” World Health Organization chief Dr. Tedros Adhanom Ghebreyesos stated this week at "
     "a virtual news conference. “The critical question is how to live with this virus.”",
     ["Tedros Adhanom Ghebreyesos", "Tedros Adhanom Ghebreyesos"]),
    # ... not a new sentence opening 'Well, Ann Lind of the …' after a quote that ends its sentence
    ("Puzder said robots are, quote, “always polite, they never take a vacation.” Well, Christine Owenn of the "
     "National Employment Law Project said, quote, “It is hard to think of anyone less suited for the job.”",
     ["Puzder", "Christine Owenn"]),
    # a participle after a relative clause on a name: the name ('Mitch McConnell, who predicted …, saying')
    ("The results could back up recent tough talk from Senate GOP leader Mitch McConnal, who expected big wins for "
     "incumbents facing primary challenges from the right, saying, \"I think we are going to crush them everywhere.\"",
     ["Mitch McConnal"]),
    # a roundup item: a headline with its byline (a title), then the excerpt the authors wrote
    ("TERRORISM LATEST -- “Bomb suspect vowed revenge, feds say,” by AP’s Eric Tuckerr, Larry Neumeistr and "
     "Jennifer Peltzz: “Federal court complaints filed Tuesday gave a chilling glimpse into the motive.” "
     "http://apne.ws/x\n-- “Giffords takes gun message to swing states,” by USA Today’s Heidi Przybila: "
     "“For the first time in a generation, Democrats are betting on the gun issue.” http://usat.ly/x\n"
     "-- “Why a President Could Start a Trade War,” by Justin Wolfars in The Upshot: “International trade policy "
     "is one area where a president could act alone.” http://nyti.ms/x",
     [None, "Eric Tuckerr, Larry Neumeistr and Jennifer Peltzz", None, "Heidi Przybila", None, "Justin Wolfars"]),
    # a question opening before a name makes no name ('Is Donald Trumpf seeking …?' is no 'Is Donald')
    ("Is Donald Trumpf seeking to bring this back? Of course. Donald says he knows more than anyone else. "
     "How about, “I know more about ISIS than the generals.”",
     ["Donald Trumpf"]),
    # an opinion roundup: a quote ending its paragraph, signed in the next one, after a group's cue
    # or a zero-width mark before the quote
    ("The Editors, Harbour Review\n\nSupporters of the policy, however, argue, “There are no easy solutions to the "
     "crisis, but a tariff will force Mexico to act.”\n\nSteven Rogerts, The Daily Caller\n",
     ["Steven Rogerts"]),
    ("It left a reasonable listener puzzled about the takeaways… \u200d “I think Joe Sixpack’s response is going "
     "to be a hearty shrug. To get his attention you have to do better.”\n\nKyle Smitth, National Review\n",
     ["Kyle Smitth"]),
    # a name after a description, 'identified as' it ('said the nurse, identified as Ann Lind')
    ("Nancy Reagon died on Sunday. “She was in good spirits,” said the nurse, identified as Althea Thoone. "
     "“She was very alert and kept up with all the news.”",
     ["Althea Thoone", "Althea Thoone"]),
])
def test_tenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


def test_surname_gender_reads_the_pronouns_after_the_surname_alone():
    from framing.attribution import _Resolver

    def gender(text: str, surname: str) -> str:
        return _Resolver(text, [], text.lower()).surname_gender(surname)

    assert gender("Wilmott left early. She was tired. Later Wilmott said she would return.", "Wilmott") == "f"
    assert gender("Wilmott left early. He was tired. Later Wilmott said he would return.", "Wilmott") == "m"
    # one mention is not enough; mentions after a first name are another person's
    assert gender("Wilmott left early. She was tired.", "Wilmott") == ""
    assert gender("Alan Wilmott left early. He was tired. Alan Wilmott said he would return.", "Wilmott") == ""
    # a name between the surname and the pronoun: the pronoun may be that person's
    assert gender("Wilmott attacked Brandt, saying he was unfit. Wilmott attacked Brandt, saying he lied.",
                  "Wilmott") == ""
    # a pronoun inside a quote is the speaker's words
    text = "Wilmott said “he is wrong” today. Wilmott said “he lied” again."
    res = _Resolver(text, [(text.index("“"), text.index("”") + 1), (text.rindex("“"), text.rindex("”") + 1)],
                    text.lower())
    assert res.surname_gender("Wilmott") == ""
    # the genders disagree: none
    assert gender("Wilmott left. She was tired. Wilmott left. He was tired. Wilmott left. She sat.", "Wilmott") == ""


def test_groups_countries_and_outlets_are_no_he_or_she():
    from framing.attribution import _no_person

    for name in ("Police", "Germany", "Saudi Arabia", "Fox News", "Harbour Gazette", "White House"):
        assert _no_person(name), name
    for name in ("Ann Lind", "Lind", "Chris Hood", "Police Chief Ann Lind"):
        assert not _no_person(name), name


@pytest.mark.parametrize("text, speakers", [
    # a document speaks for whoever issued it just before ('X released a report', 'X (D-Ore.) sent a letter')
    ("The Harbour Valley Council released a report on Monday about the roads.\n\n“The bridges are failing,” "
     "the report said.",
     ["Harbour Valley Council"]),
    ("Rep. Ann Lindqvist (D-Ore.) sent a letter to the agency on Tuesday.\n\n“We need answers,” the letter read.",
     ["Ann Lindqvist"]),
    # ... not a name after a preposition ('a spokeswoman for X issued'), nor over 'a statement from X'
    ("A spokeswoman for Ann Lindqvist issued a statement on Tuesday.\n\n“We need answers,” the statement said.",
     ["the statement"]),
    # said-bookisms of level 3 (past tense, next to a quote): 'Kilmer intervened', 'Carsen groused'
    ("“I am not sure there is any evidence,” Brad Kilmer intervened. “Canada was founded by Britain.”",
     ["Brad Kilmer", "Brad Kilmer"]),
    ("“Nothing much I can do about it,” Ann Carsen groused on Monday.", ["Ann Carsen"]),
    # ... only their past tense is a cue form: a first name 'Josh' stays a name
    ("Josh Earnshaw spoke on Monday. “We are ready,” Earnshaw said.", ["Josh Earnshaw"]),
    # a description by role is the person the article names with that role word ('historian Ann
    # Lind', 'Ann Lind, a professor at Fordham') ...
    ("The ruling surprised historian Julian Zelner of Harbour University. Other people disagreed.\n\n"
     "“It is going to be rough,” the historian said.",
     ["Julian Zelner"]),
    ("Costa Panagos, a political science professor at Fordham, studies outreach.\n\n"
     "“The potential is there,” says the Fordham professor.",
     ["Costa Panagos"]),
    ("The case drew the attention of Julian Zelner, a historian at Harbour University, and of many others. "
     "Other people disagreed.\n\n“It is going to be rough,” the historian said.",
     ["Julian Zelner"]),
    # a participle after 'by', 'while' … or after a quote has the sentence's subject ('Ann Lind began a
    # thread by stating “…”'; 'Lind called it “a hoax” saying “…”'), not in a relative clause
    ("Justin Wolfer began a stream of tweets about the report by stating “It's beautiful. Just beautiful.”",
     ["Justin Wolfer"]),
    ("Donald Trumbo belittled the senator as \"not a war hero\" saying \"I like people who weren't captured.\"",
     ["Donald Trumbo", "Donald Trumbo"]),
    ("He criticized Ann Lindqvist, who responded by saying “That is false and you know it.”", [None]),
    # a quote ending with a period, its closing mark glued to a capital: a paragraph break lost in
    # scraping, not a cue after the quote ('… a false choice."Meanwhile, other experts say')
    ("\"We are somehow now responsible for people who engage in crime,\" said political analyst Vann Jonas "
     "\"Why should the community have to choose? That's a false choice.\"Meanwhile, other experts say the data "
     "is unclear.",
     ["Vann Jonas", "Vann Jonas"]),
    # ... and an organisation's kind is the organisation named with it ('Harbour Watch, an activist group')
    ("Harbour Watch, an activist group based in Oslo, posted photos.\n\n“Areas hit: the stadium,” the group said.",
     ["Harbour Watch"]),
    ("Employees of the regional airline Harbour Air were told to stay home.\n\n“Our thoughts are with them,” "
     "the airline said.",
     ["Harbour Air"]),
    ("Shortly after noon at Gilmour Court, a group of demonstrators gathered.\n\n“Are you ready?” Kwame Rosse "
     "asked. “Yeah,” the group answered.",
     ["Kwame Rosse", "the group"]),
    # a role is not named by a mention with a qualifier the description lacks ('deputy'), nor by one
    # whose modifier is elsewhere ('Afghan' two sentences before), only by one next to it
    ("The talks were led by deputy spokesman Mark Delaney on Monday. The sides met again.\n\n"
     "“We were slow,” the spokesman said.",
     ["the spokesman"]),
    ("The Afghan delegation arrived late. The talks were led by envoy Mark Delaney on Monday.\n\n"
     "“We were slow,” the Afghan envoy said.",
     ["the Afghan envoy"]),
    ("The talks were led by Afghan envoy Mark Delaney on Monday. The sides met again.\n\n"
     "“We were slow,” the Afghan envoy said.",
     ["Mark Delaney"]),
])
def test_eleventh_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a colon quote whose sentence opens with no name: the subject of a later clause (a
    # description or an outlet's possessive before it)
    ("“We are ready,” Ray Cole said. That plan made no sense, and indeed, after Lind won the election, "
     "his adviser Ann Brill was more blunt: “He is not going to release it.”",
     ["Ray Cole", "Ann Brill"]),
    ("“We are ready,” Ann Lind replied. Gazette's Ray Brill, meanwhile, is not so much in love with the plan "
     "as he is with the budget itself: “I am tempted to quote the poet.”",
     ["Ann Lind", "Ray Brill"]),
    # an -ly word then a clause ('Apparently concerned that Lind …') is no lead into the subject
    ("“We are ready,” Ann Lind said. Apparently concerned that Lind is going to beat him, Ray Brill "
     "issued this cri de coeur: “We see it and we will stop it.”",
     ["Ann Lind", "Ray Brill"]),
    ("“We are ready,” Ann Lind said. Newly elected Mayor Ray Brill was blunt: “We go.”",
     ["Ann Lind", "Ray Brill"]),
    # guards: no later clause subject in a relative clause; no person without a sign of one
    ("“We are ready,” Ann Lind said. The plan, which Ray Brill opposed, was described in a memo: “We go.”",
     ["Ann Lind", "Ann Lind"]),
    ("“We are ready,” Ann Lind said. The talks with Harbour and Customs Enforcement led to shock: "
     "“Never before in 20 years has this happened.”",
     ["Ann Lind", "Ann Lind"]),
    # a quote inside a quote: the subject of a cue right before it, inside the outer quote
    ("“Several people say to me, ‘Ann, you have to run,’ and I listen,” Ann Lind said.",
     ["Ann Lind", "Several people"]),
    ("“Then Ann Cole said to me, ‘You are fired from the job.’ I left,” Ray Brill said.",
     ["Ray Brill", "Ann Cole"]),
    ("“If a cop says ‘Bark like a dog,’ you bark like a dog,” Ray Brill said.", ["Ray Brill", "a cop"]),
    ("“Often schools will say, ‘We did not deny any child.’ They did,” Ray Brill said.", ["Ray Brill", "schools"]),
    # ... the outer speaker for I/we, also after a verb the cue's infinitive follows
    ("“I told them, ‘Don’t do it, it will fail,’” Ray Brill said.", ["Ray Brill", "Ray Brill"]),
    ("“And we kept telling him, ‘You do not want that to happen.’ He did,” Ray Brill said.",
     ["Ray Brill", "Ray Brill"]),
    ("“I’m going to say, ‘Then just marry one woman,’ and leave,” Ray Brill said.", ["Ray Brill", "Ray Brill"]),
    # ... the subject opening the clause of a participle or a second verb
    ("“As Lind turned around, Ann Cole stood silently for a moment before asking, ‘So why did you hire her?’ "
     "It was tense,” Ray Brill said.",
     ["Ray Brill", "Ann Cole"]),
    # ... no one where the text says someone else speaks but not who: another pronoun, another
    # subject before the cue, a subject not worked out, a sign (thirteenth session: not when it
    # says no one else speaks; then the outer speaker voices the words)
    ("“Then he said to me, ‘You are fired from the job.’ I left,” Ray Brill said.", ["Ray Brill", None]),
    ("“I really wish she would have stood up last night and said, ‘I did not like the result.’ She did not,” "
     "Ray Brill said.",
     ["Ray Brill", None]),
    ("“I think people who saw Ann Lind and said, ‘Oh, well, she is fine,’ were wrong,” Ray Brill said.",
     ["Ray Brill", None]),
    ("“It would be pure demagoguery to say, ‘We must stop all arms sales,’ today,” Ray Brill said.",
     ["Ray Brill", "Ray Brill"]),
    ("“There was a sign: ‘We are open all night long.’ It was a lie,” Ray Brill said.", ["Ray Brill", None]),
    # ... nor a phrase after a preposition (a question word opens no subject: the outer speaker),
    # and a sentence break cuts the source
    ("“Ray Cole is not the kind of man that after a single meeting is going to say, ‘OK, now I understand "
     "everything,’” Ann Lind said.",
     ["Ann Lind", None]),
    ("“What's the matter with saying, ‘I disagree with him on this and that’?” Ann Lind said.",
     ["Ann Lind", "Ann Lind"]),
    ("“It is a court rule that comes from a statute… So Giuliano would say ‘Look, I do not have to answer any "
     "questions’ and leave,” Ann Lind said.",
     ["Ann Lind", "Giuliano"]),
    ("“When you see some of the states say ‘We will not comply,’ it hurts,” Ann Lind said.", ["Ann Lind", None]),
    ("“With all our flaws, Giuliano continued by saying that ‘we are the most exceptional country,’ and "
     "they cheered,” Ann Lind said.",
     ["Ann Lind", "Giuliano"]),
    # a surname opening with a capitalised particle is the one person named with it
    ("Mayor Bill de Blasko spoke. “Let us go,” De Blasko said.", ["Bill de Blasko"]),
    ("Sen. Chris Van Hollan spoke. “Let us go,” Van Hollan said.", ["Chris Van Hollan"]),
    ("Marine Le Penn spoke after Jean-Marie Le Penn. “Let us go,” says Ms. Le Penn.", ["Le Penn"]),  # two of them
    # an outlet's possessive before a name is no part of it
    ("Woodhouse retweeted the Los Angeles Times' Mike Memolo, who asked, \"How much time does the crew spend?\"",
     ["Mike Memolo"]),
    # roundups: two authors and their outlet after the quote; a signature in the next paragraph
    # also after a quote inside a cue's clause
    ("From the Left\n\nThe vote was rushed… “The handling of the primary is expected to hurt voters.” "
     "Ann Lind and Ray Brill, Harbour Gazette\n\nFrom the Right",
     ["Ann Lind and Ray Brill"]),
    ("From the Left\n\nThey will also say there is no deal… “In the absence of a deal, the context will be the "
     "focus. There is enough here.”\n\nNoah Feldmann, Harbour Gazette\n\nFrom the Right",
     ["Noah Feldmann"]),
    # a quote that ends its sentence with a period after a cue and a comma is that cue's, not the
    # next sentence's ('… Brill interrupted'); a question may still be signed after it
    ("Ann Lind spoke during Monday's debate, saying, “Ray thinks that it is a hoax.” Brill interrupted.",
     ["Ann Lind"]),
    ("Ann Lind reports:\n\n“Do we have 218 votes for the big issues?” said Rep. Ray Brill.", ["Ray Brill"]),
    # a statement issued after an event, then a participle cue
    ("House Speaker Ray Brill issued a statement following the vote saying, \"It is time to act.\"", ["Ray Brill"]),
    # a name after a quote with an apposition ending in a place and its state
    ("“Am I going to risk my health or risk it all?” Ray Wesley, a teacher from Newport News, Virginia, told me.",
     ["Ray Wesley"]),
    # a name between 'the' and a noun is a modifier, no antecedent for a pronoun (no one is then
    # better than a place or a case); after a title it is a mention
    ("Pagel rose through the ranks of the bureau. She became close with McCabe. By February, she was working on "
     "the Hillary Clinkon email case. “We knew that the case was going to get picked apart,” she says.",
     [None]),
    ("The president spoke in the Rose Garden on Friday to announce the plan. “I have never had so much support,” "
     "he told reporters.",
     [None]),
    ("Ambassador to the United Nations Nikki Hailey spoke on Monday. “We go,” she said.", ["Nikki Hailey"]),
    # a journalist named after the outlet and role is the speaker, not the outlet
    ("“She took part in the monitoring,” Harbour News host Tucker Carlsen said on his Monday show.",
     ["Tucker Carlsen"]),
    # a capitalised title in an apposition ('Climate Director at X') is skipped for the name
    ("\"There is a lot in his record we are wary of,\" Janet Redmon, Climate Director at Harbour Watch, told Slate.",
     ["Janet Redmon"]),
    # a party and state after a name, its closing comma missing
    ("Sen. Ray Brill defended the stand.\n\n“I would do anything to stop it,” Mr. Brill, Texas Republican said.",
     ["Ray Brill"]),
    ("“I would do anything to stop it,” said a Texas Republican.", ["a Texas Republican"]),
    # a cue form that is also a noun, after a determiner and a name, is a noun ('a White House pool
    # report'); a disclosure is a document
    ("\"I can say our members are frustrated,\" Henry said in a statement, relayed in a White House pool report. "
     "\"There is a simple principle we will fight for: transparency.\"",
     ["Henry", "Henry"]),
    ("Lind became a foreign agent in July. “Will work to assist in matters related to trafficking,” her Foreign "
     "Agents Registration Act disclosure says.",
     ["her Foreign Agents Registration Act disclosure"]),
    # an outlet's or organisation's possessive ending the name is cut ('The X's website')
    ("“We go,” Ann Lind said. The Harbour Reserve's website even states: “We are independent.”",
     ["Ann Lind", "Harbour Reserve"]),
    # a name after an indefinite description with 'one' ('said one resident of the capital, X'), and
    # before 'one of the …' with the closing comma missing
    ("“We are tired of waiting,” said one resident of the capital, Abebe Aregan.", ["Abebe Aregan"]),
    ("“We are tired of waiting,” Dena Millers, one of the women said.", ["Dena Millers"]),
    ("“We are tired of waiting,” one of the women said.", ["one of the women"]),
    # a title's definite description opening the sentence before is the pronoun's antecedent: the
    # person cited with that title, not the person cited last
    ("President Ray Brill said on Monday that the plan works. Tom Hasset, his adviser, said the plan works "
     "too. The president then praised the workers at the plant.\n\n“We go,” he said.",
     ["Ray Brill"]),
    # an outlet cited by the last word of its name is the one the article names in full (not when
    # it names two)
    ("The Washington Post first reported the story.\n\n“We are ready,” the Post reported.", ["Washington Post"]),
    ("The Washington Post and the New York Post reported the story. “We are ready,” the Post reported.", ["Post"]),
])
def test_twelfth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a role noun after descriptive words before the name opening the sentence ('Private equity
    # investor Ann Lind'): the name is the subject a pronoun after it stands for
    ("Private equity investor Stephen Brellin is rich, but he does not share Donald Tramp’s taste for gold. "
     "“We are overpaid,” he said in 2011. “It is embarrassing.”", ["Stephen Brellin", "Stephen Brellin"]),
    # ... but a verb before the role noun leaves the name opening the sentence the subject
    ("Retired Air Force Lt Gen Thomas Varrow told host Charles Pine that torture worked. "
     "“The fact is it worked,” he said on Thursday.", ["Thomas Varrow"]),
    # a definite description with a person's role ('the lawmaker', 'the conservative host') is the
    # person named as the subject of the sentence before
    ("Ann Whitsel, who represents part of Harbourton, spoke of her recovery on the radio. "
     "“For me, it saved my life,” the lawmaker told the host.", ["Ann Whitsel"]),
    ("Radio talk-show host Rush Limber attacked the survey results on Wednesday. "
     "“There is no news,” the conservative host said.", ["Rush Limber"]),
    # ... not the subject of the description's own sentence, nor a person that sentence names
    ("Ann Lind fired back at her colleague Ray Brill on Friday after the breaking news anchor claimed the "
     "shows do not “really have rules.”", ["the breaking news anchor"]),
    ("Ray Brill was nervous. The professor also told Brill in April that Moscow had “dirt” on the senator.",
     ["The professor"]),
    # an organisation's name with 'for'/'of'/'and' in it, a role and a name after the cue
    ("“We made the argument,” said Club for Growth President David Molloy, whose group wrote letters.",
     ["David Molloy"]),
    ("“Any estimate should be read in context,” says Office of Management and Budget spokeswoman Emily Cane.",
     ["Emily Cane"]),
    ("“We are ready,” said Sen. Ann Lind and Rep. Ray Brill in a joint statement.", ["Ann Lind"]),
    ("“We are ready,” said Lind and her lawyer Ray Brill.", ["Lind"]),
    # an account, or a post, speaks for its owner
    ("“Harris nailed it,” the progressive website Daily Koss’ account tweeted.", ["Daily Koss"]),
    ("Ann Lind spoke. “We won Kentucky!” Lind’s official account tweeted.", ["Ann Lind"]),
    ("Ann Bezzos wrote. “I am committing $10 billion,” Bezzos’ post concluded.", ["Ann Bezzos"]),
    # a possessive written with the apostrophe alone: the owner's name, without the apostrophe
    ("Sen. Bernard Sandlers’ office said the senator traveled to “visit factories, not the border.”",
     ["Bernard Sandlers"]),
    ("Chief Justice John Robards spoke. Indeed, Chief Justice Robards’ comments this term stressed it. "
     "“People need to know,” he said in Nashville.", ["John Robards"]),
    ("Alex Jonas is a host. Jonas’ appearance was followed by an interview with lawyer Alan Dershman. "
     "“We lawyers call people like that exhibits,” he said of Jonas.", ["Alan Dershman"]),
    # a name after 'what', 'why', 'how' is the cue's subject
    ("Senators have led the demand to know why Rice said during the interviews that “it was a protest.”",
     ["Rice"]),
    # a surname written after 'the' with another capitalised word ('the Tramp Doctrine') is no full name
    ("There is a question about the Tramp Doctrine. Tramp teased that “maybe we start with roads.” "
     "“Roads are easy,” the president said.", ["Tramp", "Tramp"]),
    # an organisation's kind written in capitals is no person ('Cambridge-based Sage Therapeutics')
    ("Ann Brenn worked at Harbour General. She joined her employer, Cambridge-based Sage Therapeutics, in 2017. "
     "“This is a group of people who work hard,” she said.", ["Ann Brenn"]),
    # a quote inside a quote whose text names no other speaker is the outer speaker's words (a remark
    # imagined or put in someone's mouth, a generic 'you'); not a fragment of fewer than three words,
    # nor a banner's words, nor words the states or a pronoun's person speak
    ("“I could not think of a worse position than, ‘We would tank the economy unless you let us cut it,’” "
     "Ray Plow said.", ["Ray Plow", "Ray Plow"]),
    ("“You think, ‘It is science; it has got to be accepted,’” Barry Marsh told the magazine.",
     ["Barry Marsh", "Barry Marsh"]),
    ("“I was hoping for a candidate. I just thought, ‘I cannot defend any of these guys,’” Ann Coult said.",
     ["Ann Coult", "Ann Coult"]),
    ("“He called this woman ‘Miss Piggy.’ Then he apologized,” Ann Lind said.", ["Ann Lind", None]),
    ("“They carried a banner that read ‘We are all immigrants here,’ and sang,” Ann Lind said.", ["Ann Lind", None]),
    ("“When you see some of the states say ‘We will not comply,’ it hurts,” Ann Lind said.", ["Ann Lind", None]),
    ("“When he asks them, ‘What have you got to lose?’ he is talking to others,” Ann Lind said.", ["Ann Lind", None]),
    ("“One school district said to us, ‘We cannot afford the buses this year,’” Ann Lind said.",
     ["Ann Lind", "One school district"]),
    ("“We have barns. So you go out to do your chores and wonder ‘Is he in the barn?’” Ann Morg said.",
     ["Ann Morg", "Ann Morg"]),
    # a possessive description then a name in apposition after a cue: the name
    ("Ann Berri came home. “We are so happy to have her home,” said her sister, Beth Serrana.", ["Beth Serrana"]),
    ("“We are happy,” said his lawyer, Ray Brill, on Monday.", ["Ray Brill"]),
    # a title's description is a current holder, not one the article calls former
    ("The lawyer, former Solicitor General Paul Clemens, spoke. Clemens argued. Clemens lost. “It was enacted to "
     "exclude,” US Solicitor General Donald Verrill told the court. The solicitor general added: “It is time.”",
     ["Donald Verrill", "Donald Verrill"]),
])
def test_thirteenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a known first name, a middle name and a surname after a title: the three-word name, which a
    # pronoun after it stands for (not 'Huckaby Sandors')
    ("Nowhere was it clearer than at the briefing, where Press Secretary Sarah Huckaby Sandors was so flustered "
     "by the questions, she threatened to stop. “I have nothing to add,” she said.", ["Sarah Huckaby Sandors"]),
    ("In an interview after the July killings, Justice Ruth Badder Ginsbarg voiced distress. "
     "“We never realized the promise,” she said.", ["Ruth Badder Ginsbarg"]),
    # ... not a title-case phrase after two name words, nor two first names before a surname
    ("Engineer Tomas Brill spoke. “It holds,” he said.", ["Tomas Brill"]),
    # a document whose issuer is named before its noun speaks for the issuer (audit rule 4)
    ("“Additional units are being deployed,” a Pentagon statement said.", ["Pentagon"]),
    ("The council met. “No serious person believes it,” the NIAC statement said.", ["NIAC"]),
    ("Robert Muellar led the inquiry. “The evidence does not establish it,” the Muellar report said.",
     ["Robert Muellar"]),
    # ... not an adjective or a surname the article never gives in full
    ("“We have the votes,” a Democratic memo said.", ["a Democratic memo"]),
    # a cue inside a quote, then a phrase of place or audience and 'that', names the inner speaker
    ("CNN reported, “Obama noted to an audience in midtown Manhattan that ‘the act has never been more "
     "popular than it is now.’”", ["CNN", "Obama"]),
    # a capitalised plural possessive before a capitalised word is no closing quote
    ("The Harbour Correspondents’ Association said Monday it had no role. “We fully expect this to go on,” "
     "the Harbour Correspondents’ Association said.", ["Harbour Correspondents’ Association"]),
    # a role acronym after a company's name is no surname ('Facebook COO')
    ("Faceboot COO Sheryl Sandlin spoke. Faceboot denied the report, saying it has guidelines. "
     "“We take bias seriously,” the company said.", ["Faceboot"]),
    # a party tag after the name, then an apposition: the name ('Rep. Jeff Miller, R-Fla., chairman of …')
    ("“We hope it works,” said Rep. Jeff Millar, R-Fla., chairman of the House Armed Services Committee.",
     ["Jeff Millar"]),
    ("Rep. Jeff Millar, R-Fla., chairman of the House Armed Services Committee, said, “We hope it works.”",
     ["Jeff Millar"]),
    # an outlet's own staff or page speaks as the outlet; someone else it has does not
    ("“We have disagreed with the need for the restrictions,” the Journal’s august editors opined.", ["Journal"]),
    # speech verbs used next to a quote in the past tense ('sobbed', 'vented', 'uttered' ...)
    ("“It is hard for me to be here today,” sobbed Neil Heslan, whose son was shot. “I am his voice.”",
     ["Neil Heslan", "Neil Heslan"]),
    ("Rev. Jeremy Wrighton had uttered the words “God damn the war” in a sermon.", ["Jeremy Wrighton"]),
    # a role, then a name opening a line, then a colon: the name
    ("It is almost always wrong.\n\nConstitutional scholar Noah Feldmen: “If we cannot impeach a president who "
     "abuses his office, we no longer live in a democracy.”", ["Noah Feldmen"]),
    ("It is wrong.\n\nHere is the thing: “We cannot go on like this any longer, we said.”", [None]),
    # a person the article calls by a first name alone, opening a sentence, is a pronoun's antecedent
    # (not a person cited before by full name)
    ("“We all do it,” said Luke Brill, a student. Nate, who attended a high school in the Bay Area, knew this "
     "well. At a party, he sank deep into the couch. But Nate did not drink much himself. “The whole goal of "
     "going to a party is to hook up,” he said.", ["Luke Brill", "Nate"]),
    ("“We all do it,” said Nick Thoendel, a trader. That is what happened to Casey, a consultant. Casey had "
     "been trading for a while. “To be honest, I had no idea what I was doing,” he said.",
     ["Nick Thoendel", "Casey"]),
    # ... not a name written once, nor one mentioned inside the sentence only ('Bush’s dog, Barney,'), nor
    # one the article gives in full
    ("“We all do it,” said Nick Thoendel, a trader. Casey had been trading for a while. “To be honest, I had "
     "no idea,” he said.", ["Nick Thoendel", "Nick Thoendel"]),
    ("George Bash spoke. When Bash’s beloved dog, Barney, died recently, the statement he issued was kind to "
     "Barney. “Barney never discussed politics,” he said.", ["George Bash"]),
    ("“We all do it,” said Nick Thoendel, a trader. Eric Tramp had been trading. Eric lost. Eric left. "
     "“To be honest, I had no idea,” he said.", ["Nick Thoendel", "Eric Tramp"]),
    # a document mentioned 'in a statement' is the sentence subject's; 'A White House statement' is the
    # White House's; 'an FEC filing' is filed with the FEC, not by it
    ("The NSA defended the program in a statement to Fox News. Critics disagreed. “It is both,” the "
     "statement said.", ["NSA"]),
    ("A White House statement released after the session made the case. “He will lay it out,” the statement "
     "said.", ["White House"]),
    ("“The payments were consulting,” an FEC filing said.", ["an FEC filing"]),
    # 'the group' after a group named by a plural name or as issuing a statement just before
    ("Even though the strategy flopped, Hamilton Electars said afterward its members were buoyed. “We changed "
     "the public mindset,” the group said.", ["Hamilton Electars"]),
    ("According to CNBC, Harbour Employees for Climate Justice issued a statement about the new program. “We "
     "applaud the philanthropy,” the group said.", ["Harbour Employees for Climate Justice"]),
    ("Ann Lind issued a statement. “We applaud the philanthropy,” the group said.", ["the group"]),
    # 'read' after a quote, before the document that ends the clause; a part of a document is the document
    ("In 1997, Newsweek named him.\n\n\"He is a hit in Congress,\" read the Newsweek article. \"Will he be the "
     "first black president?\"", ["Newsweek", "Newsweek"]),
    ("“McConnell doubts if Tramp can save his presidency,” read the headline.", ["the headline"]),
    ("“Evidence for a changing climate abounds, from the top of the atmosphere,” a portion of the study reads.",
     ["the study"]),
    ("“We are going there,” read the report published Tuesday by the panel.", [None]),
    # an excerpt's author introduced by 'From'
    ("One of the comments alludes to this:\n\nFrom Peter Bakker: “It is important to remember that tweets are "
     "taken as a statement.”", ["Peter Bakker"]),
])
def test_fourteenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


def test_outlet_possessive_falls_back_to_the_outlet_only_for_its_own_staff_or_page():
    # ('Australia’s biggest newspaper publisher' is not Australia speaking)
    text = "“We will suspend printing of sixty papers this week,” Harbouria’s biggest newspaper publisher announced."
    assert "Harbouria" not in _speakers(text)


@pytest.mark.parametrize("text, speakers", [
    # an excerpt quoting someone: the inner quote's cue after its closing mark, inside the outer quote
    ("Harbour Journal: “Gov. Ray Brellin launched a strike Tuesday. ‘To have any chance of electing one of "
     "us, there is a need,’ Brellin said. ‘And I am convinced that the next one will be a governor.’” Then more.",
     ["Harbour Journal", "Ray Brellin", "Ray Brellin"]),
    ('The Gazette reports: "Harbouria warned them — \'at least once since October in the talks,\' said Ray '
     'Brellin, a senator, speaking to reporters." More.', ["Gazette", "Ray Brellin"]),
    # ... a description after it, and an inner quote opening right after that cue goes on with it
    ("The Ledger writes: “Staff waited. ‘They are told to sit at their desks and hit refresh every ten "
     "minutes,’ the employee said. ‘They are monitored all day long.’” Fine.",
     ["Ledger", "the employee", "the employee"]),
    # ... a fragment before a comma and another quote: that cue is the next quote's, not the fragment's
    ("“When we talk about phrases like ‘illegal intruder,’ my dad says, ‘That is just the way people "
     "talked.’ ” Ann Lindqvist said.", ["Ann Lindqvist", None, "my dad"]),
    # ... a state before the title is no part of the name; 'as' alone is no source
    ("The Ledger writes: “‘There were a few issues he should have raised, like the budget,’ Harbour Sen. Ray "
     "Brellin said. ‘I would have liked a good discussion of it.’” Fine.", ["Ledger", "Ray Brellin", "Ray Brellin"]),
    ("Ann Lindqvist writes: “It was in the minutes, ‘the plan was agreed by all of us here,’ as described.” "
     "Fine.", ["Ann Lindqvist", "Ann Lindqvist"]),
    # ... a new sentence's cue before the next quote is no cue after the one before it
    ("The Ledger writes: “Ray Brellin will star. ‘It is not going to be live,’ Brellin says. ‘We are going "
     "to do it like a little movie with songs.’ He added, ‘It will have style and wit.’” Fine.",
     ["Ledger", "Ray Brellin", "Ray Brellin", None]),
    # ... 'you' after an inner quote is the one addressed, not the outer speaker
    ("“Giving room for students to be ‘rude and offensive to others,’ as you suggest, is wrong,” wrote one "
     "Harbour student.", ["one Harbour student", None]),
    # a role in lower case before the name between the two parts of a split quote
    ("“If he is already setting up the storyline,” said former Congressman Ray Brellin, “then there is "
     "nothing to see.”", ["Ray Brellin", "Ray Brellin"]),
    ("“These facts,” write authors Ann Lindqvist and Ray Brellin, “argue against the idea.”",
     ["Ann Lindqvist", "Ann Lindqvist"]),
    # a surname that is a common word, after a known first name and an initial, signing a roundup's quote
    ("“The plan is a good one, and it will pass the Senate this week.”\n\nAnn Lindqvist, Harbour Ledger\n\n\n\n"
     "“You know the jokes about consultants? It turns out there are worse ways to prepare.”\n\nSusan R. Last, "
     "The Harbour Review", ["Ann Lindqvist", "Susan R. Last"]),
    # a party and a state describe the politician cited just before, whose own tag, if any, fits them
    ("Supporters of the plan include Rep. Ray Brellin, chairman of the Harbour Committee. In an email, the "
     "Kentucky Republican wrote that the plan “is intended to work.”", ["Ray Brellin"]),
    ("Supporters of the plan include Rep. Ann Lindqvist (D-Calif.), chairman of the Harbour Committee. In an "
     "email, the Kentucky Republican wrote that the plan “is intended to work.”", ["the Kentucky Republican"]),
    ("Supporters of the plan include Arizona Rep. Ray Brellin, chairman of the Harbour Committee. In an email, "
     "the Kentucky Republican wrote that the plan “is intended to work.”", ["the Kentucky Republican"]),
    # a participle's subject is the sentence's, not the words before its comma or 'by'
    ("The Harbour campaign, understanding the gift it had been given, pounced quickly, tweeting: “The mandate is "
     "a penalty on free riders, not a tax.”", ["Harbour campaign"]),
    ("Ray Brellin spoke on Friday. During a campaign rally, he faked an East Harbour accent, barking, “We want "
     "a deal now,” as he mocked them.", ["Ray Brellin"]),
    ("Ann Lindqvist is a surgeon. In an interview with KTVX, she talked about relying on God after a diagnosis, "
     "saying, “I just said, it is fine, and I was at peace.”", ["Ann Lindqvist"]),
    ("Ray Brellin spoke. On Saturday, the president responded on Twitter by saying: “He is the dumbest man on "
     "television today.”", ["Ray Brellin"]),
    # an organisation named 'X for Y' keeps its 'for'; a journalist with no outlet named is no outlet
    ("The group Democracy for Harbouria tweeted: “We will fight this ruling in every court.”",
     ["Democracy for Harbouria"]),
    ("Many say so. Scientists for Harbouria, an advocacy group, says: “We have had over 400 letters.”",
     ["Scientists for Harbouria"]),
    ("“It is a mess,” the TV correspondent said.", ["the TV correspondent"]),
    # labels of videos and fact checks: 'Media caption Ann Lind: “…”', 'JUST WATCHED Lind: ‘…’', 'LIND on the
    # deficit: “…”'
    ("Ray Brellin said the era is over.\n\nJUST WATCHED Brellin: 'Era of big government is over' Replay More "
     "Videos ... MUST WATCH", ["Ray Brellin"]),
    ("Ann Lindqvist said it would pass.\n\n___\n\nLINDQVIST on cutting the deficit: “The subsidy is on my list. I "
     "will make government more efficient.”\n\nTHE FACTS: No.", ["Ann Lindqvist"]),
    ("Angela Brellin vowed to punish them.\n\nMedia playback is unsupported on your device Media caption Berlin "
     "resident Ibrahim Colakov: \"I saw whole bodies being twisted\"\n\nHer policy.", ["Ibrahim Colakov"]),
    # a relative or an aide named by a possessive speaks, as described, not the possessive's owner
    ("“He was a good man and a good father,” said Ray Brellin's wife.", ["Ray Brellin's wife"]),
    ("“We will fight this in court,” Ms. Lindqvist’s attorney wrote.", ["Ms. Lindqvist’s attorney"]),
    ("“We will fight this in court,” Ann Lindqvist's lawyer, Debra Kotz, wrote in a letter.", ["Debra Kotz"]),
    # words imagined in a generic mouth (a modal or a condition; 'they', or a subject not worked out):
    # the outer speaker's
    ("“And if you smile, they’ll say, ‘What was he smiling about?’ There is no win,” Ray Brellin said.",
     ["Ray Brellin", "Ray Brellin"]),
    ("“Then the voters will stand up and say, ‘Who does this guy think he is?’” Ray Brellin said.",
     ["Ray Brellin", "Ray Brellin"]),
    # ... a generic subject stays as written
    ("“So if she is mean, people will say, ‘She was mean to a man,’ and that is that,” Ann Lindqvist said.",
     ["Ann Lindqvist", "people"]),
    # ... not someone's habit told ('he would say'), nor what people said ('they said')
    ("“I knew him well. He would say, ‘We are going to grow our way out of it,’ every time,” Ray Brellin said.",
     ["Ray Brellin", None]),
    ("“They thought I was going to win and they said, ‘How can we stop him now?’” Ray Brellin said.",
     ["Ray Brellin", None]),
    ("“My dad would fix the car and say, ‘I will see you in a month.’ Who does that?” his son said.",
     ["his son", None]),
])
def test_fifteenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


def test_invisible_characters_inside_words_are_read_as_absent():
    # soft hyphens (line-breaking hints some outlets leave in words) and zero-width spaces split
    # names and cues; offsets and span texts stay those of the given text
    text = ("No La\u00adbels spokes\u00adman Ry\u00adan Brellin told me. “We are build\u00ading a "
            "cam\u00adpaign,” he said.\u200b Then Ann Lind\u00adqvist sho\u200buted, “No!”")
    spans = find_quotes_and_attributions(text)
    assert [s.speaker for s in spans if s.kind == "quote"] == ["Ryan Brellin", "Ann Lindqvist"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert [s.text for s in spans if s.kind == "attribution"] == ["told", "said", "sho\u200buted"]


@pytest.mark.parametrize("text, speakers", [
    # a quote opening the paragraph after one that ends in a partial quote's cue goes on with its speaker
    ("Ann Lindqvist hinted she may block the funding.\n\nThe overture “will set back hopes,” Ann Lindqvist "
     "said Wednesday.\n\n“It is disgraceful for a president.”\n\nOthers disagreed.",
     ["Ann Lindqvist", "Ann Lindqvist"]),
    ("The plan “works,” Mr. Brellin said.\n\n“We cannot let this go.”", ["Brellin", "Brellin"]),
    # ... but not when a sentence comes between that cue and the paragraph's end
    ("The plan “works,” Mr. Brellin said. Others left early.\n\n“We cannot let this go.”", ["Brellin", None]),
    # a subordinate clause opening the sentence ('While X …,', 'After X …,') names no subject when the
    # main clause has a name of its own: that name is the antecedent of the next he/she
    ("Officials praised the deal.\n\nWhile Ray Brellin predicted that members would back the plan, Sen. Tom "
     "Vakker, R-Fla., came out against it.\n\n“This budget cancels earlier cuts,” he said.", ["Tom Vakker"]),
    ("After Ray Brellin proposed his fees, Tom Vakker blamed his predecessors. “We cannot let this "
     "continue!” he said.", ["Tom Vakker"]),
    # ... while a pronoun as the main clause's subject still stands for the clause's person
    ("When Ray Brellin was asked about the vote, he told reporters: “We will win.”", ["Ray Brellin"]),
    # a description, then the person's name in apposition to it, before a cue: the name
    # words quoted inside reported speech inside a quote are the reporting verb's subject's, when a name
    ("“Threats were made,” the spokesperson said. “In a call with an executive, Ray Brellin stated that Lind "
     "had a ‘rough couple of days’ after the debate.”", ["the spokesperson", "the spokesperson", "Ray Brellin"]),
    ("“Ann Lindqvist has said things like, ‘It is all about the money,’ and worse,” Ray Brellin said.",
     ["Ray Brellin", "Ann Lindqvist"]),
    # ... not a piece of an outlet's name, nor a word such as 'Nobody'
    ("“But these days, the fact that the New York Times says it quite frankly means ‘better check "
     "further,’” Ray Brellin said.", ["Ray Brellin", "Ray Brellin"]),
    ("“Nobody says the word ‘profile.’ Everyone needs to get smart,” Ray Brellin said.", ["Ray Brellin", None]),
    # a subordinating conjunction opening the sentence is no part of the source or of a name
    ("Though the Harbour Board said the two have a “good working relationship” on Monday, others disagreed.",
     ["Harbour Board"]),
    ("When a reporter asked, “Do you believe that?” Ray Brellin paused.", ["a reporter"]),
    ("Whenever Brellin talks about the case, he says, “It was wrong.” Then he leaves.", [None]),
    ("Harbour player Tom Brellin was there.\n\nWhenever Brellin talks about the case, he says, “It was wrong.”",
     ["Tom Brellin"]),
    # ... but 'After' before a noun is a preposition: 'the president' is the subject
    ("“We lost,” President Ann Lindqvist said. After the defeat, the president had harsh words for "
     "opponents, saying it was a “shameful” day.", ["Ann Lindqvist", "Ann Lindqvist"]),
    # a he/she cue opening its sentence after one that ends in an inverted cue ('…, Ray Caputo said.'):
    # that cue's speaker, not the sentence's subject
    ("“We are fighting,” Ray Lind said.\n\nMr. Vakker is also issuing warnings to rivals, Tom Caputo said. "
     "“When he draws a red line, it is real,” he said.", ["Ray Lind", "Tom Caputo"]),
    ("The firm is also offering cover in seven states, said Ann Brellin, a spokeswoman.\n\n“It is growing,” "
     "she said.", ["Ann Brellin"]),
    ("Ray Lind spoke about prayer. Lind noted that Abe Linc once said he could not do the job and Tom Vakker "
     "responded, \"Yes, you have to.\"\n\nHe explained, \"The more I am there the more I understand.\"",
     ["Tom Vakker", "Tom Vakker"]),
    # ... not a cue in a relative clause ('which Ray Lind has argued undercuts the case')
    ("Tom Vakker backed the plan, which Ray Lind has argued undercuts the case. “That is not relevant,” he "
     "said.", ["Tom Vakker"]),
    # 'Here's Lind:' before a quote, and a link teaser 'PHOTOS: Lind: ‘…’ about …': that person
    ("Ray Brellin runs the lab. Critics disagree. Here's Brellin:\n\n“The plan will fail.”\n\nOthers agree.",
     ["Ray Brellin"]),
    ("Here's How:\n\n“Step one is easy.”", [None]),
    ("Ann Lindqvist spoke on Monday.\n\nPHOTOS: Lindqvist: 'Nobody is madder than me' about the website\n\n"
     "Ms. Lindqvist may run again.", ["Ann Lindqvist"]),
    # an organisation opening the sentence before 'it said', past a relative clause or an apposition
    ("The Harbour Movement, which drove the protests in June, called for a trial.\n\n“We will not remain "
     "silent,” it said.", ["Harbour Movement"]),
    # an outlet's name ending in 'News' before a cue in -s is its subject, not a noun's modifier
    ("The raids went on. Harbour News reports, “Forces raided homes.”", ["Harbour News"]),
    ("The raids went on. Several local news reports say “forces raided homes.”", ["Several local news reports"]),
    ("The vote is near. News reports on the bill “alarmed” the minister.", [None]),
    ("“I am doing all the polling,” said Ray Lindqvist.\n\nHis partner, the Belgian politician Tom Vakker, told "
     "the Gazette his party was barred. “It is a bit frustrating for me,” he said.", ["Ray Lindqvist", "Tom Vakker"]),
])
def test_sixteenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


def test_a_place_in_apposition_is_no_source():
    # 'a woman in Ann Arbor, Mich.,': 'Ann' is a first name, but the words after 'in' are a place
    spans = find_quotes_and_attributions("Soon after the election, a woman in Ann Arbor, Mich., insisted that “nobody asked us.”")
    assert "Ann Arbor" not in [s.speaker for s in spans]


@pytest.mark.parametrize("text, speakers", [
    # a sentence adverbial between commas ('…, meanwhile,', '…, for its part,') is no apposition:
    # a description before it is the source, as a name is
    ("The harbour union, for its part, said on Monday, “We will not sign.”", ["The harbour union"]),
    ("Ray Brellin’s attorney, however, said, “The bureau reversed the decision.”\n\nHe added, “No inquiry "
     "found a thing.”", ["Ray Brellin’s attorney", "Ray Brellin’s attorney"]),
    ("Sen. Ann Lindqvist (R-Ore.), for instance, said, “It is a bad bill.”", ["Ann Lindqvist"]),
    # ... but a suffix or a party tag before it keeps the apposition's reading
    ("Sen. Ann Lindqvist, R-Ore., though, said, “It is a bad bill.”", ["Ann Lindqvist"]),
    # a participle after the predicate of a sentence whose subject is a relative or an aide: that
    # person, as described (not the predicate before the comma)
    ("Ray Brellin’s attorney, meanwhile, blasted the bureau on Monday, saying the director “reversed the "
     "decision of the official.”", ["Ray Brellin’s attorney"]),
    ("Ray Brellin’s attorney blasted the bureau on Monday, saying the director “reversed the decision.”",
     ["Ray Brellin’s attorney"]),
    # ... and no words of a predicate stand for a speaker
    ("Tom Vakker, who served on the board, called on the mayor to veto the bill, saying it would "
     "“permit unfair discrimination.”", ["Tom Vakker"]),
    # 'Her campaign', 'her attorney': a possessive, not the pronoun 'her'
    ("Ann Lindqvist spoke at the rally. “We will win,” her campaign said.", ["her campaign"]),
    ("“The call is classified,” said her attorney.", ["her attorney"]),
])
def test_seventeenth_session_speaker_rules(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("source", ["Supporters of the policy", "Opponents of the plan", "Advocates", "Protesters",
                                    "Economists", "Researchers at the institute", "Lawmakers", "Voters"])
def test_groups_opening_a_sentence_are_anonymous(source):
    # a plural group noun capitalised at a sentence's start is no name
    assert source_type(source) == "anonymous"
    assert source_type(source.lower()) == "anonymous"


@pytest.mark.parametrize("text, speakers", [
    # a he/she cue after a sentence ending in an inverted cue with a surname alone: that person
    ("In 2004, Governor Ray Brellin changed his style from debate to debate, says Lomax.\n\n\"First he was a "
     "hawk, then a dove,\" he says.", ["Lomax"]),
    # a capitalised run after 'the group', 'the charity' … is an organisation's name, no antecedent of 'she'
    ("\"The best way is work,\" said Lindqvist, who founded the group Safe Hands, which works in Ghana.\n\n"
     "She said that donors shy away.\n\n\"I do not know why,\" she said.", ["Lindqvist", "Lindqvist"]),
    # a party (and a state) before a title and a name opening the sentence: its subject
    ("Ohio GOP Rep. Ray Brellin, vice chairman of the panel, on Monday backed Mike O'Rourke's concerns.\n\n"
     "\"The agency would raise costs,\" he told the Gazette.", ["Ray Brellin"]),
    # echo, confide and rule next to a quote are cues
    ("\"I tried to log on for an hour,\" echoed Rep. Tom Vakker, R-Texas.", ["Tom Vakker"]),
    ("\"I was scared,\" Ann Lindqvist confided.", ["Ann Lindqvist"]),
    ("\"Demand may decrease in the future,\" the Fifth Circuit ruled.", ["Fifth Circuit"]),
    # ... not where they are no speech
    ("Mr. Brellin said as chants of \"lock her up\" echoed in the room.", ["Brellin"]),
    # a he/she cue after a sentence that is an unnamed person's quote and cue: that person, as described
    ("Mr. Brellin met the envoy on Friday.\n\n“It is very hard to read,” one senior Harbour official said. "
     "“But we see a kind of action we have never seen,” he said.", ["one senior Harbour official"] * 2),
    # ... not a description of no person, nor a cue inside its sentence (the man who took the stage,
    # named by an honorific alone, since the twenty-eighth session)
    ("Mr. Brellin took the stage on Friday.\n\n“Run, Ray!” the people in the crowd yelled. “Thank you,” he "
     "responded.", ["the people in the crowd", "Brellin"]),
    # 'She pressed on: “…”' after a man's words: the woman the pronoun stands for, not the last speaker
    ("“So you were a virgin?” Ann Lindqvist asked Ray Brellin.\n\n“That is correct,” he replied.\n\n"
     "She pressed on: “And through what years in college?”", ["Ann Lindqvist", "Ray Brellin", "Ann Lindqvist"]),
    # a role, a name and a long affiliation after an inverted cue: the name (not no source at all)
    ("\"Most of the time, the party loses seats,\" says study coauthor Seth Vakker of the University of "
     "Harbour at Denver.", ["Seth Vakker"]),
    ("\"I want you to be respectful of me,\" demanded Ohio congresswoman Ann Lindqvist of the vocal Harbour "
     "supporters.", ["Ann Lindqvist"]),
    # a subject relative clause holding a quote between a subject and its cue: the subject
    ("Ray Brellin, who once called the board a “sick, sad” joke, said he would keep it.", ["Ray Brellin"]),
    ("Mr. Brellin trailed in the poll. But the former governor, who has described himself as a “joyful "
     "tortoise,” said there is a long way to go.", ["Brellin"]),
    # ... not an object relative (the quote is the relative clause's subject's) nor a passive one
    ("The party, which Lind once derided as full of “fruitcakes and loonies,” threatens to take votes.", [None]),
    # a cue after 'and' whose sentence opens with a pronoun or a description: that subject
    ("Ray Brellin spoke first.\n\nIn earlier cases, he referred to “a sordid business” and insisted, “The way "
     "to stop it is to stop.”", ["Ray Brellin", "Ray Brellin"]),
    ("The attorney later seemed to back off and tweeted, “We were briefed.”",
     ["The attorney"]),
    # ... not past a clause with a subject of its own
    ("Ray Brellin spoke first.\n\nHe met Mr. Vakker, who summoned him on Friday and urged, “Deny it.”", [None]),
    # a participle after a clause whose subject describes a person or group: that subject
    ("A White House spokeswoman reached out to the Gazette to stress that he had not spoken to Brellin in a "
     "\"long time,\" adding, \"The president has not spoken to him in months.\"",
     ["A White House spokeswoman", "A White House spokeswoman"]),
    ("Ray Brellin spoke on CNN.\n\nHe stressed the need to \"access encrypted data,\" ultimately concluding, "
     "\"it is complicated.\"", ["Ray Brellin", "Ray Brellin"]),
    # ... not an event's or a thing's, nor the outlet quoting someone
    ("The Gazette quoted Sen. Ann Lindqvist, saying the bill was \"the best we could do.\"", ["Ann Lindqvist"]),
    # a cueless quote after a colon ending a sentence whose subject is one unnamed person described
    ("Budgets are a better measure. A harbour official put it like this:\n\n\"These figures are indirect "
     "contributions to our security.\"", ["A harbour official"]),
    # ... not a thing ('A similar sign was painted on plywood: “…”')
    ("A similar sign was painted on a piece of plywood on Harbour Street: “Black House Autonomous Zone, here.”", [None]),
    # a he/she answer after a question put to a person named right after 'asked': that person
    ("“So you were there?” Ann Lindqvist asked Brellin.\n\n“That is correct,” he replied.", ["Ann Lindqvist", "Brellin"]),
    # a people or party in the plural is no he or she
    ("“I am not saying they are equal,” the senator said.\n\nAhead of Mr. Brellin’s Monday meeting with "
     "the Harbour President Ivo Petrak in Oslo, Norway, Mr. Vakker said he doubted the Russians would admit "
     "it.\n\n“So all countries that can spy, do,” he said.", ["the senator", "Vakker"]),
    # an inverted cue whose name is followed by an apposition and a relative clause to the sentence's end:
    # the he/she of the next paragraph's cue is that person, not someone named inside the clause
    ("\"The last administration made big promises,\" said Rob Dillard, an energy expert with the Harbour "
     "Council, who contends that the decision of Ray Brellin puts the country on a level field.\n\n“Any time you "
     "tie one hand behind your back, there are concerns,” he added.", ["Rob Dillard", "Rob Dillard"]),
    # words a first person quotes inside their own quote after a 'that'-clause of the same subject:
    # the outer speaker's ('I was so excited that I opened the windows and shouted ‘We won!’')
    ("“I was so excited that I opened the windows to my home and shouted ‘We won!’” said Tom Vakker.",
     ["Tom Vakker", "Tom Vakker"]),
    # ... not past a relative clause with a subject of its own
    ("“I am such a realist that I realize there are people out there who would say ‘anybody but me,’” "
     "said Ann Lindqvist.", ["Ann Lindqvist", None]),
    # a he/she cue whose quote follows the colon of a sentence opened by a two-word name, of no
    # known gender: that person (not the last speaker)
    ("Student Ray Brellin told the Gazette he was finishing lunch. He said he saw the gunman fire.\n\n"
     "Austin Tavner was seated at a table next to the gunman: \"All of a sudden he stands up,\" he told "
     "KING-TV.", ["Austin Tavner"]),
    # a he/she chain reaching a sentence no name opens: the named subject of a later clause in it
    ("“He believes the bill has the best chance,” Tom Vakker's spokesman, Ray Brellin, said.\n\nThe motives "
     "are not yet clear, but after the shooting, Tom Vakker showed his frustration. He tweeted that it needs "
     "more than “prayers” and in a statement he begged his colleagues to act.\n\n“I can only pray that "
     "leaders will act,” he said.", ["Ray Brellin", "Tom Vakker", "Tom Vakker"]),
    # a known first name and a surname after 'from' closing a clause is a person, not a place
    ("Lind's side of the story came from Steve Vakker, undersecretary of State.\n\n\"The secretary had "
     "every intention of staying,\" he said.", ["Steve Vakker"]),
])
def test_seventeenth_session_speaker_rules_2(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ("\"We cannot keep doing the same thing,\" President Ray Brellin pronounced Wednesday. \"It does not serve "
     "us.\"", ["Ray Brellin", "Ray Brellin"]),
    ("\"Did you know it was stolen?\" he asked. \"No,\" Tom Vakker replied.\n\nAnn Lindqvist pressed him: "
     "\"What is the crime?\"", [None, "Tom Vakker", "Ann Lindqvist"]),
])
def test_pronounce_and_press_next_to_a_quote_are_cues(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # an epigraph signed after a dash: a name, then the work; two authors joined by '&' or 'and'
    ("Intro.\n\n“History is seasonal, and winter is coming.” – Neil Hovak – The Fourth Season\n\nMore.",
     "Neil Hovak"),
    ("Intro.\n\n“History is seasonal, and winter is coming.” – Straus & Hovak – The Fourth Season\n\nMore.",
     "Straus & Hovak"),
    # a verse cited after the quote, in brackets or after a dash: the verse
    ("Intro.\n\n“The heart of the ruler is in the hand of the Lord.” (Proverbs 21:1 NCV)\n\nMore.",
     "Proverbs 21:1"),
    ("Intro.\n\n“Go! I am sending you out like lambs among wolves.” – Luke 10: 3\n\nMore.", "Luke 10:3"),
])
def test_epigraphs_and_verses_name_their_source(text, speaker):
    assert _speakers(text) == [speaker]


def test_ruled_out_and_echoed_through_are_no_cues():
    spans = find_quotes_and_attributions("He ruled out a deal. The slogan echoed through the hall. The court "
                                         "ruled on the case. He was pronounced dead. They pressed for a vote.")
    assert [s.text for s in spans if s.kind == "attribution"] == []
    assert source_type("The Supreme Court justices") == "anonymous"


@pytest.mark.parametrize("text, speaker", [
    # an organisation named with its kind first, of capitalised words joined by 'for', 'of' …: in full
    ("The Center for Harbour Studies observed that \"the numbers are up.\"", "Center for Harbour Studies"),
    ("\"Prices rose,\" the Bureau of Harbour Statistics said.", "Bureau of Harbour Statistics"),
    # ... not a person's office or a person with a title inside
    ("\"We are ready,\" said the Office of Harbour Gov. Ann Lindqvist.", "Ann Lindqvist"),
    # one unnamed aide or strategist of an institution: the description, not a word of it
    ("\"It is bad,\" that House GOP aide said.", "House GOP aide"),
    ("\"We lost,\" a Democratic strategist said.", "a Democratic strategist"),
])
def test_seventeenth_session_organisation_and_aide_speakers(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # an inner quote after a relative clause's cue: the people it describes, as written
    ("“Let us honour those sailors who said, ‘Never again!’, and keep our word,” Ray Brellin said.",
     ["Ray Brellin", "those sailors"]),
    ("“I know people who quit, officers and chaplains, who’ve said, ‘I cannot serve like this,’” Ray Brellin "
     "said.", ["Ray Brellin", "officers and chaplains"]),
    ("“There are a lot of forecasters that are saying, ‘It will be very hard to win,’” Ann Lindqvist said.",
     ["Ann Lindqvist", "forecasters"]),
    ("“Imagine a mayor who says ‘I will fix every road in town,’” Ann Lindqvist urged.",
     ["Ann Lindqvist", "a mayor"]),
    # ... not a thing, nor a place or a group named by a singular noun
    ("“You ran an article that said, ‘The plan is dead and gone,’” Ray Brellin said.", ["Ray Brellin", None]),
    ("“It is the folks in our party that are saying, ‘We need a deal now,’” Ray Brellin said.",
     ["Ray Brellin", None]),
    # 'someone' at the end of a longer source is the speaker, not the clause before it
    ("“Not a week has gone by without someone saying, ‘Ann, what are you all waiting for?’” she said.",
     [None, "someone"]),
])
def test_eighteenth_session_inner_speakers(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'Name, <apposition>, who said': the name (a person known by a first name; an outlet or organisation
    # with 'which')
    ("Some were angry, including Ann Lindqvist, a local elected official, who said: “It is a disgrace to "
     "the town.”", ["Ann Lindqvist"]),
    ("The tape was posted by the Harbour Gazette, a liberal weekly, which said: “We have confirmed it.”",
     ["Harbour Gazette"]),
    # ... 'from', 'of' or 'to' before a person's full name is no place
    ("She shared a tweet from Ann Lindqvist, who wrote, “Seeing them together gives me hope.”",
     ["Ann Lindqvist"]),
    # ... names in the apposition of a person known by a first name; a suffix after the name
    ("The view was summed up by Ann Lindqvist, the chairman of the Harbour Intelligence Committee, who said, "
     "“The questions are serious.”", ["Ann Lindqvist"]),
    ("It comes from Ray Brellin, the political operative and ABC News analyst, who tweeted: “Be kinder.”",
     ["Ray Brellin"]),
    ("The ban got the attention of Ray Brellin Jr., who tweeted: “I am sure this was an accident.”",
     ["Ray Brellin Jr."]),
    # ... not a name the apposition's relative clause or last name stands after
    ("They want to join Harbouria, a move opposed by Nordland, which said: “It is a provocation.”", [None]),
    ("He wants to open on Easter, a notion that unsettled experts, who said: “It would be a disaster.”",
     [None]),
])
def test_eighteenth_session_who_after_apposition(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an inverted cue between the two parts of a quote: 'another …' and an outlet's staff in lower case
    ("“If I was on the staff,” said another former senior official, “I can see how people might be nervous.”",
     ["another former senior official", "another former senior official"]),
    ("“It is not a personal thing,” said editorial page editor Ann Lindqvist, “It is a business thing.”",
     ["Ann Lindqvist", "Ann Lindqvist"]),
])
def test_eighteenth_session_split_quote_sources(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # titles, a name with an initial and its affiliation after an inverted cue
    ("“The elections cannot be a playground,” said Senate Minority Leader Ray E. Brellin of New Harbour.",
     ["Ray E. Brellin"]),
])
def test_eighteenth_session_long_titled_name_and_affiliation(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a party tag written with an en dash; a title before a name after 'of', then 'who'
    ("“Make no mistake,” House Majority Leader Ann Lindqvist (D–Md.) said Thursday. “We will win.”",
     ["Ann Lindqvist", "Ann Lindqvist"]),
    ("That caught the attention of Justice Ray Brellin, who interjected, “Why do you keep saying tax?”",
     ["Ray Brellin"]),
])
def test_eighteenth_session_en_dash_party_and_titled_who(text, speakers):
    assert _speakers(text) == speakers


def test_eighteenth_session_no_cue_nouns_after_prepositions_or_places():
    # 'amid reports', 'despite claims', 'after reports' are nouns; so is 'state' after a capitalised word
    text = ("The lawyer resigned amid reports that he was ignored. Despite claims from advocates, the bill "
            "stands. After reports surfaced, he left. Harbouria backed a demilitarized Nordish state, but later "
            "reversed course. She works in eastern Harbour state, said Ann Lindqvist.")
    spans = find_quotes_and_attributions(text)
    assert [s.text for s in spans if s.kind == "attribution"] == ["said"]
    # ... not after I/we, nor 'states' after a capitalised word
    spans = find_quotes_and_attributions("In a previous piece, I state that the plan fails. The Harbour Rules "
                                         "states that no one may enter.")
    assert [s.text for s in spans if s.kind == "attribution"] == ["state", "states"]


def test_eighteenth_session_apposition_without_closing_comma():
    text = ("“It is a serious crime,” Ray Brellin, the assistant director in charge of the Harbour City office said "
            "in a statement. “Today he finds himself on the wrong side of the law.”")
    assert _speakers(text) == ["Ray Brellin", "Ray Brellin"]


@pytest.mark.parametrize("text, speakers", [
    # 'and' and an adverb before the cue: the sentence's subject, as for 'and said'
    ("In an interview last week, Lindqvist was asked about the ban and simply said, “I disagree with him.”",
     ["Lindqvist"]),
    ("Ray Brellin takes one look at the room and angrily exclaims, “What is this?”", ["Ray Brellin"]),
])
def test_eighteenth_session_and_adverb_cue(text, speakers):
    assert _speakers(text) == speakers


def test_eighteenth_session_two_adverbs_before_a_cue():
    # two adverbs joined by 'and': the subject right before them, not the sentence's first name
    spans = find_quotes_and_attributions("Mr. Lindqvist is up for re-election in 2014, and though there have been "
                                         "rumblings, Harbourites and Nordlanders both privately and publicly say "
                                         "Mr. Lindqvist is unlikely to get a credible opponent.")
    assert [s.source for s in spans if s.kind == "attribution"] == ["Nordlanders"]
    assert _speakers("Lindqvist repeatedly and falsely claims that the law offers “immunity.”") == ["Lindqvist"]


def test_eighteenth_session_sentence_bound_without_space():
    # a space lost in scraping after a sentence's period ('bid.Clinton'): still a sentence bound
    text = ("She is weighing a presidential bid.Lindqvist also criticized the plan, saying, “Great nations need "
            "organizing principles.”")
    assert _speakers(text) == ["Lindqvist"]
    # ... not a web address or an abbreviation
    from framing.attribution import _sentence_bounds
    assert _sentence_bounds("Visit harbour.com today. Mr.Lind said so. Ann left.Bob stayed.") == [25, 42, 51]
    # ... nor after a curly closing mark, or before an opening one
    text = "It is a gift.”Perkins said so. Ann spoke.“Moore is here.”"
    assert [text[b : b + 3] for b in _sentence_bounds(text)] == ["Per", "Ann", "“Mo"]


@pytest.mark.parametrize("text, speakers", [
    # 'but' (or 'and' and a short time phrase) before a cue: the sentence's subject, as for 'and said'
    ("Lindqvist did thank the company for restoring her posts, but added, “I want a fair marketplace.”",
     ["Lindqvist"]),
    ("Ray Brellin shied away from the talk earlier this year, and in May said, “It is not possible.”",
     ["Ray Brellin"]),
    # ... not 'all but', nor an item of a list after an introductory phrase
    ("The firm represents Harbourcorp, General Nordic, Walmark and Uber, but notes that the list only includes "
     "“the ones we can mention.”", [None]),
    ("After the game, host Ann Lindqvist seemed to all but suggest that “he deserved it.”", [None]),
    # a dash aside before a cue: the subject before it (a name before the comma of a description)
    ("Then Brellin, asked for an explanation — asked why he was at the beach — said this: “It is just the way "
     "it goes.”", ["Brellin"]),
    ("And Ray Brellin, co-founder of Harbourcorp — a software company — says: “The best one was the first.”",
     ["Ray Brellin"]),
    ("Economists – on the left and right and in the middle – say the facts are “a complex middle ground.”",
     ["Economists"]),
    ("“It helped,” Brellin—who ran the campaign in 1980—told his audience. “It still does.”",
     ["Brellin", "Brellin"]),
    # ... no speaker when what stands there is no person, group, share or document
    ("It found that more incarceration — and its ability to deter — explained “about zero to 7 percent.”",
     [None]),
])
def test_eighteenth_session_but_and_dash_asides(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'prompting X to <cue>': X speaks; the quote before it is not X's
    ("Lindqvist suggested that rights begin “when you bring your baby home,” prompting Brellin to ask “if that "
     "is really the line.”", ["Lindqvist", "Brellin"]),
    ("An activist told her, “Any plan without bold action is not what we need,” prompting Ms. Lindqvist to "
     "retort, “Then run for the Senate yourself.”", ["An activist", "Ann Lindqvist"]),
    ("Harbouria’s envoy called the massacre a “genocide,” prompting Nordland to recall its ambassador.", [None]),
])
def test_eighteenth_session_prompted_speakers(text, speakers):
    if "Ms. Lindqvist" in text:
        text = "Ann Lindqvist spoke at the town hall. " + text
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'quoting X as saying': X, a relay when an outlet quotes
    ("The Ledger reports on women who were furious, quoting one woman as saying: “I am embarrassed for us.”",
     ["one woman"]),
    ("The Harbour Gazette quoted a Lindqvist associate yesterday as saying that was “almost farcical.”",
     ["a Lindqvist associate"]),
    # a document sent out before a participle cue: its sender
    ("The Center for Harbour Studies sent out an email Wednesday morning declaring: “The vote is a disaster.”",
     ["Center for Harbour Studies"]),
    ("Ray Brellin wrote a memo to the secretary of the Air Force explaining his decision: “I read every letter.”",
     ["Ray Brellin"]),
])
def test_eighteenth_session_quoted_as_and_sent_documents(text, speakers):
    assert _speakers(text) == speakers


def test_eighteenth_session_outlet_quoting_someone_is_a_relay():
    spans = find_quotes_and_attributions("The Harbour Gazette quoted an official as saying the plan “works.”")
    att = [s for s in spans if s.kind == "attribution"][0]
    assert (att.source, att.subtype) == ("an official", "relay")


@pytest.mark.parametrize("text, speakers", [
    # an organisation's long name between a quote and its cue, in full as the speaker
    ("Ann Lind spoke to reporters. “The case should be heard within thirty days,” the U.S. District Court for "
     "the District of Harbour wrote in August. “The delay is not justified.”",
     ["U.S. District Court for the District of Harbour", "U.S. District Court for the District of Harbour"]),
    # ... not a new sentence's subject after a quote ending in a period
    ("In that memo, Brellin criticized the inquiry into obstruction of justice as “fatally misconceived.” Senate "
     "Minority Leader Ann Lindqvist on Wednesday said he should step aside.", ["Brellin"]),
    # where the words were put, between the cue and the quote
    ("But nuclear expert Ann Lindqvist wrote on the Harbour-focused 38 North website, “The test was a bomb.”",
     ["Ann Lindqvist"]),
])
def test_eighteenth_session_long_gaps_and_organisation_names(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # people described, then 'who <cue>': the description; the name before it when the text gives one
    ("He retweeted an account belonging to a Harbour sex counselor who proclaimed, “The fear cannot win.”",
     ["a Harbour sex counselor"]),
    ("Ray Brellin, a Harbour University psychology professor who wrote that “the brain decides first,” spoke.",
     ["Ray Brellin"]),
    ("The plan drew swift rebukes from Nordlanders who said, “It will fail.”", ["Nordlanders"]),
    # ... not 'one of' them ('he'), nor a thing
    ("Ray Brellin spoke. He was one of the House managers who argued for it, saying that “crimes are crimes.”",
     ["Ray Brellin"]),
    ("She met a woman at a soccer tournament who said, “I vote for her.”", [None]),
])
def test_eighteenth_session_people_described_before_who(text, speakers):
    assert _speakers(text) == speakers


# ---- nineteenth session: surnames the article titles, contractions, role nouns, counsel


@pytest.mark.parametrize("text, speakers", [
    # a surname alone opening a sentence is a person when the article writes it after a title
    ("The ferry strike reached the desk of President Brellin on Monday.\n\nBrellin stayed calm through the "
     "long night of talks. The strike is over, he said: “The boats sail at dawn.”", ["Brellin"]),
    # ... not without a title anywhere (one capitalised word is as often no name)
    ("The ferry strike reached the desk of Brellin on Monday.\n\nBrellin stayed calm through the long night "
     "of talks. The strike is over, he said: “The boats sail at dawn.”", [None]),
    # ... nor in a clause before the main one, whose pronoun is someone else
    ("President Brellin toured the docks. Ann Lindqvist keeps her own counsel. While Brellin praised her "
     "harbour plan, she wants sailors to know it is hers. “I answer to the fleet,” she says.", ["Ann Lindqvist"]),
    # a name's 's before an -ing verb is 'is', not a possessive
    ("Now President Brellin's taking sides in the ferry dispute.\n\n“Let the captains keep their routes,” he "
     "tweeted Thursday.", ["Brellin"]),
    ("President Brellin's meeting with the captains ran late.\n\n“Let the captains keep their routes,” he "
     "tweeted Thursday.", [None]),
    # a role noun before a full name opening a sentence, also when the article writes it in lower case
    ("The Ledger was no better. New anchor Chris Colm made a quip.\n\nPresident Vakker spoke. Vakker got much "
     "kinder coverage. Anchor Wolf Brellin underscored how good the address had been. “The finest part came "
     "at the end,” he described.", ["Wolf Brellin"]),
])
def test_nineteenth_session_titled_surnames_contractions_role_nouns(text, speakers):
    assert _speakers(text) == speakers


def test_nineteenth_session_counsel_is_a_title_before_a_name():
    assert source_type("White House Counsel Pat Brellin") == "official"
    assert source_type("Special Counsel Pat Brellin") == "official"
    # not an organisation's name ending in Counsel; an organisation's counsel stays the organisation's
    assert source_type("the Harbour Counsel") != "official"
    assert source_type("Harbour Defense Fund Legal Counsel Dale Brenner") == "organisation"


@pytest.mark.parametrize("text, speakers", [
    # a month's abbreviation before a day ends no sentence: the subject before it stays in reach
    ("On Aug. 19, Ray Brellin, 25, was pulled from the harbour by two divers after waving at them while "
     "telling them, “Take the boat first.” Both divers laughed.", ["Ray Brellin"]),
    ("A Harbour port official questioned the tide tables printed on Sept. 14, saying: “The first table was "
     "wrong.”", ["A Harbour port official"]),
    # two introductory phrases before the subject, the second in lower case or a state
    ("With every new season, friends said, Mr. Vakker has counted the boats he still owns.\n\n“This one is "
     "my last ketch,” he said at the quay.", ["Vakker"]),
    ("At a meeting in Erie, Pennsylvania, Ray Brellin called the new rules “thin, hasty” and “half-baked” "
     "saying they do not protect any sailors.", [None, "Ray Brellin"]),
    # ... not a name with an apposition as the second phrase
    ("In a letter Tuesday, Senate Leader Tom Vakker, Ohio Republican, called the harbour levy “a quiet "
     "theft” and predicted that the board would drop it.", ["Tom Vakker"]),
    # an organisation opening the sentence is the subject of a participle cue after a comma; its
    # people when the text names them; no time after its name
    ("The Harbour Rowing Organization objected to the new fee in a long post, saying, “Nobody asked the "
     "rowers first.”", ["Harbour Rowing Organization"]),
    ("Harbour Council officials rejected the plan, saying, “It is too costly.”", ["Harbour Council officials"]),
    ("The Harbour Council on Monday rejected the plan, saying it was “too costly.”", ["Harbour Council"]),
])
def test_nineteenth_session_dates_intro_phrases_participle_organisations(text, speakers):
    assert _speakers(text) == speakers


def test_nineteenth_session_sentence_bounds_after_dates_and_lost_spaces():
    from framing.attribution import _sent_break, _sentence_bounds

    assert _sentence_bounds("He met on Sept. 14, saying no.") == []
    assert _sentence_bounds("He met on Jan. 5 and left. 2 more came.") == [27]
    assert not _sent_break("He met on Aug. 19, saying no.", 1, 25)
    # a space lost after a day's number: 'until Feb. 17.Lawmakers insisted'
    t = "It can go up until Feb. 17.Lawmakers insisted on it."
    assert _sentence_bounds(t) == [t.index("Lawmakers")]


@pytest.mark.parametrize("text, speakers", [
    # a capitalised title in apposition: the name before it
    ("“Freight rates barely moved,” Ray Brellin, Co-founder of Harbour Research, wrote in a note.", ["Ray Brellin"]),
    # a cue verb glued to its subject before a participle cue: the subject
    ("The harbour master posted on Monday saying:\n\n\"Two old ferries will be retired this spring.\"",
     ["The harbour master"]),
    # an institution with 'at', then a role and the name
    ("“The dredging can wait a year,” said University of Harbour at Erie marine professor Rick Brellin.",
     ["Rick Brellin"]),
    # a titled name with an institution in its title is a person the pronouns and descriptions can stand for
    ("Mr. Brellin’s harbour bill was cheered by Senate Minority Leader Charles E. Vakker, who often opposes "
     "him.\n\n“The bill keeps the piers open,” the New York Democrat said.\n\nHe added, “It is overdue.”",
     ["Charles E. Vakker", "Charles E. Vakker"]),
    # a plural noun after a determiner and adjective is no cue: the cue after the relative clause
    ("“The new pier has to open this year,” Ray Brellin, who made it one of his top promises, wrote on "
     "Twitter.", ["Ray Brellin"]),
    # a known first name's gender before hints in the words around the name
    ("Administrator Scott Vakker was met by a mother and her son on the pier.\n\nThe woman, "
     "named as Kristin Lindq, 61, handed Vakker a letter while he waited.\n\n“Read it tonight,” she said.",
     ["Kristin Lindq"]),
])
def test_nineteenth_session_appositions_institutions_titled_runs_and_genders(text, speakers):
    assert _speakers(text) == speakers


def test_nineteenth_session_plural_nouns_are_no_cues_but_verbs_stay():
    cues = [s.cue for s in find_quotes_and_attributions(
        "He broke his campaign promises. Her main claims were false. The campaign claims it won. His "
        "campaign says it won.") if s.kind == "attribution"]
    assert cues == ["claims", "says"]
    quote = next(s for s in find_quotes_and_attributions(
        "“The pier opens in May,” Ray Brellin, who made it one of his top promises, wrote on Twitter.")
        if s.kind == "quote")
    assert quote.cue == "wrote"
    assert source_type("University of Harbour at Erie marine professor Rick Brellin") == "named_person"


@pytest.mark.parametrize("text, speakers", [
    # a name with a particle opening a sentence is its subject
    ("In the middle of the storm season, Harbour City mayor Bill de Vakker was slow to close the beaches. “If you "
     "love the sea, swim today,” he famously said.", ["Bill de Vakker"]),
    # 'Here's how X put it:': X
    ("The report is gloomy about the fisheries. Here's how the authors put it: \"The cod will not come back "
     "soon.\"", ["the authors"]),
    # a later clause of the sentence cites another person of the pronoun's gender
    ("Mr. Brellin dined with the harbour board on Friday, and Rep. Phil Vakker, a veteran Georgia "
     "Republican, said later that the mood was calm.\n\n“Nobody raised a voice,” he told reporters.",
     ["Phil Vakker"]),
    # ... not one inside the subject's reported words
    ("Sen. Tom Vakker said that Brellin was waiting for Ray Lindq to tell him which pier he would fund. "
     "“No, I think it comes down to money,” he said.", ["Tom Vakker"]),
])
def test_nineteenth_session_particles_how_and_later_clause_speakers(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'with a spokesman saying': the person described before the participle
    ("The mayor withdrew the notice, with a spokesman saying, “The mayor loves the old market.”", ["a spokesman"]),
    # ... not a thing ('with a grin'): the sentence's subject
    ("The mayor left the quay with a grin, saying, “We will be back.”", ["The mayor"]),
    # a recording of a named person before a participle cue: that person
    ("And on Nov. 15, a video surfaced of Ann Brell-Smith saying, “The lighthouse should stay dark.”",
     ["Ann Brell-Smith"]),
    # a surname is not a first name before what is named after the person, nor inside a quote
    ("Reporters waited outside Vakker Tower for hours. “We will win,” Vakker said.", ["Vakker"]),
    ("The ad plays audio of Mr. Vakker telling reporters that “the harbour is doing well.” It closes: “How "
     "Can President Vakker Fix Our Harbour?” “It is a cheap trick,” Vakker said.", ["Vakker", None, "Vakker"]),
])
def test_nineteenth_session_with_participles_recordings_and_surnames(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an outlet's name as a label: the outlet as named (not 'Capitol Hill' for 'The Hill', not
    # 'Journal' for 'National Journal')
    ("Budget talks resume on Capitol Hill.\n\nREGATTA POLL\n\nThe Hill: “Ann Brell now trails Ray Vakker by a "
     "single point.”", ["The Hill"]),
    ("FERRY FUNDS POUR IN\n\nNational Journal: “The harbour towns will see a flood of ads this fall.”",
     ["National Journal"]),
    # 'Candidate' before a name is a title
    ("Candidate Brellin spoke in Ohio on Friday. “We will win,” Candidate Brellin said.", ["Brellin"]),
])
def test_nineteenth_session_outlet_labels_and_candidate_titles(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a list of the subject's predicates: the earlier cue's source
    ("Ray Brellin stressed that he had never opposed the new pier, called the toll the \"real problem,\" noted "
     "that he had not asked for closures, and left.", ["Ray Brellin"]),
    # ... not a cue of a clause after 'that'
    ("He rang her and, in a tone that she describes as “icy,” said, “Leave my boat out of your column.”",
     [None, None]),
    # an intensifier before an adverb before the cue
    ("The toll is, as Ray Vakker so neatly put it, \"a fair price at the wrong time.\"", ["Ray Vakker"]),
    ("Ann Lindqvist has repeatedly accused him of \"selling out the fleet\" and most recently said the plan "
     "was \"muddled and late.\"", ["Ann Lindqvist", "Ann Lindqvist"]),
])
def test_nineteenth_session_predicate_lists_and_intensifiers(text, speakers):
    assert _speakers(text) == speakers


def test_nineteenth_session_works_named_with_a_comma_are_titles_and_the_subject_follows():
    spans = find_quotes_and_attributions(
        "On Gazette TV’s “Harbour This Week,” Ray Brellin doubled down by saying, \"I agree with the plan.\"")
    quotes = [(s.subtype, s.speaker) for s in spans if s.kind == "quote"]
    assert quotes == [("title", None), ("direct", "Ray Brellin")]
    spans = find_quotes_and_attributions(
        "In his book “Tides of the Harbour Coast,” Ray Brellin recounts the rise of the fleet.")
    assert [(s.subtype, s.speaker) for s in spans if s.kind == "quote"] == [("title", None)]
    # ... not a two-word greeting or a sentence with no work before it
    spans = find_quotes_and_attributions("“Merry Christmas,” Ray Brellin said.")
    assert [s.subtype for s in spans if s.kind == "quote"] == ["direct"]


@pytest.mark.parametrize("text, speakers", [
    # a place before a title before a name, then ', who <cue>'
    ("Islanders backed the ferry plan, including Hawaii Sen. Brian Vakker, who tweeted, \"The boats are a "
     "lifeline.\"", ["Brian Vakker"]),
    # a person described, then ', who' and an adverb
    ("The storm worried his mom, who immediately demanded, “Call me from every port.”", ["his mom"]),
    ("“The race is tight,” said a New Hampshire Republican, who also conceded: “The weather may decide it.”",
     ["a New Hampshire Republican", "a New Hampshire Republican"]),
    # ... the people after 'of' when what stands before it is none
    ("The delay was a question of tides, in the words of one official, who added that “the pilots agree.”",
     ["one official"]),
])
def test_nineteenth_session_who_after_places_and_descriptions(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a common word after a first name of either gender is a surname
    ("\"We approved the permit,\" Harbour Ministry spokeswoman Dana Chief said in a statement.", ["Dana Chief"]),
    # 'with <name>, <apposition>, saying': the person after 'with'
    ("Other Nordlanders were blunter, with Anna Brellova, president of the Harbour Sailing Union, saying: "
     "“The new fee is an insult.”", ["Anna Brellova"]),
    # ... not an object of 'with' before the subject, nor a place
    ("During his meeting with Mr. Vakker, Mr. Hun Brell defended the record, saying, “It is fine.”",
     ["Hun Brell"]),
])
def test_nineteenth_session_unisex_first_names_and_with_appositions(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname written with either apostrophe is one name
    ("Democrat Rory O'Vakker lives near the harbour.\n\n“I want to run the port,” O’Vakker said.", ["Rory O'Vakker"]),
    # a description whose capitalised modifier opens a longer name is the speaker as written
    ("\"I helped build the pier,\" the Harbour Party favorite told reporters in an interview.",
     ["the Harbour Party favorite"]),
])
def test_nineteenth_session_apostrophes_and_modified_descriptions(text, speakers):
    assert _speakers(text) == speakers


# ---- twentieth session: rules from the dump's quotes with no speaker (fictional harbour settings)

def _quote_cues(text):
    return [(s.speaker, s.cue) for s in find_quotes_and_attributions(text) if s.kind == "quote"]


@pytest.mark.parametrize("text, speakers", [
    # an age before the apposition, after the quote ...
    ("“I don't mind the tides,” Oren Valdake, 73, a retired pilot from the harbour town of Seldon, said in a "
     "follow-up interview. “Every week the boats change.”", ["Oren Valdake", "Oren Valdake"]),
    # a full name before a 'the' apposition whose closing comma is missing: the name, not the description
    ("“It is like a forest fire,” Mara Quillon, the port's harbour master said recently. “A few embers burn.”",
     ["Mara Quillon", "Mara Quillon"]),
    # ... and a surname alone before a role with 'of'
    ("The pastor read aloud.\n\n“We hold these truths,” Quillon, the leader of the Seldon Chapel in Port Avel "
     "told the Harbour Gazette on Thursday.", ["Quillon"]),
    # (a description with no name before it stays the speaker)
    ("“Call now,” Valdake, the official said.", ["the official"]),
])
def test_twentieth_session_ages_and_appositions_without_their_closing_comma(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_age_is_stripped_after_a_name_alone():
    # an age before the apposition of the name opening the sentence: the name is the cue's source
    spans = find_quotes_and_attributions("Oren Valdake, 73, a retired pilot, said: “I don't mind the tides.”")
    assert [(s.cue, s.source) for s in spans if s.kind == "attribution"] == [("said", "Oren Valdake")]
    # the age after an object of the verb leaves no source ('Police … arrested X, 41, of Y, accusing')
    spans = find_quotes_and_attributions("Police yesterday arrested Oren Valdake, 41, of Avel, accusing him of theft.")
    assert [(s.cue, s.source) for s in spans if s.kind == "attribution"] == [("accusing", None)]


@pytest.mark.parametrize("text, speakers", [
    # an expletive 'It', then a clause whose subject is a person, then a participle cue
    ("It was a remark so rude that Mara Quillon called him out for it, saying “It is vile.”", ["Mara Quillon"]),
    ("It emerged last week that Oren Valdake wrote a sharp letter to the council, warning, “We need a "
     "firmer view of the harbour.”", ["Oren Valdake"]),
    # 'put it' with the work it is put in, and 'put the problem'
    ("“The harbour is closing,” as the marine historian Oren Valdake puts it in his new book, “and nobody "
     "is watching.”", ["Oren Valdake", "Oren Valdake"]),
    ("As Oren Valdake put the problem: “Nobody watches the harbour.”", ["Oren Valdake"]),
    # a statement with its day before 'that said'
    ("Harbour spokesman Oren Valdake released a statement Thursday that said, “The ferry will run.”",
     ["Oren Valdake"]),
    # a party tag before 'was heard to ask'
    ("Sen. Mara Quillon (R-Ore.) was heard to ask, “Where is the ferry?”", ["Mara Quillon"]),
])
def test_twentieth_session_expletive_it_put_it_statements_and_party_tags(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_party_tags_of_a_list_stay_out_of_infinitive_sources():
    spans = find_quotes_and_attributions(
        "Sens. Oren Valdake (D-Ore.), Mara Quillon (D-Wash.) and Ray Brill (D-Ind.) all voted to confirm the pick.")
    assert [s.source for s in spans if s.kind == "attribution"] == [None]


def test_twentieth_session_participle_after_a_quote_with_a_question_inside():
    # the quote after 'said:' is that cue's, not the participle's after it; the participle's subject is the
    # subject of the quote's sentence, though a '?' inside the quote ends a sentence
    text = ("At a town hall, Mara Quillon derisively said: “Well, how will you do that? There is no answer to "
            "it,” adding, “You cannot run a ferry on hope.”")
    assert _quote_cues(text) == [("Mara Quillon", "said"), ("Mara Quillon", "adding")]
    assert [(s.cue, s.subtype) for s in find_quotes_and_attributions(text) if s.kind == "attribution"] == [
        ("said", "direct"), ("adding", "direct")]


@pytest.mark.parametrize("text, speakers", [
    # a participle after a quote that goes on from the cue ending the sentence before it
    ("President Oren Valdake says the harbour will stay open.\n\n“The nature of this problem is not one the navy "
     "can solve,” he said. “We can assist but we cannot do it for them,” adding that it was “a long project.”",
     ["Oren Valdake", "Oren Valdake", "Oren Valdake"]),
    # a surname after a description that opens with a possessive name
    ("“We will be careful,” said Harbour Mayor Quillon's budget director, Keen.", ["Keen"]),
    # (no surname cut from a web address: the site by its address, since the twenty-seventh session)
    ("“He is a fine pilot,” says the website, HarbourWatch.com.", ["HarbourWatch.com"]),
    # 'what <name> of <affiliation> had to say'
    ("Here is a little of what Oren Valdake of the Seldon Gazette had to say: “Quillon was the party's ace.”",
     ["Oren Valdake"]),
])
def test_twentieth_session_continued_participles_writers_and_possessive_descriptions(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_the_writer_of_an_email_is_the_source():
    spans = find_quotes_and_attributions(
        "“I will be more careful,” said an email from Oren Valdake, the harbour board's policy director, dated "
        "Sept. 21. The email went to Ms. Quillon. “I also asked if the group could be flexible.”")
    assert [s.source for s in spans if s.kind == "attribution"] == ["Oren Valdake"]
    assert [s.speaker for s in spans if s.kind == "quote"] == ["Oren Valdake", "Oren Valdake"]


def test_twentieth_session_found_to_is_no_cue():
    # the passive 'is found to' reports nothing: the fragment stays the earlier speaker's
    text = "Mr. Valdake said there will be “severe punishment” if the harbour board is found to have ordered the raid."
    spans = find_quotes_and_attributions(text)
    assert [s.cue for s in spans if s.kind == "attribution"] == ["said"]
    assert [(s.subtype, s.speaker) for s in spans if s.kind == "quote"] == [("partial", "Valdake")]


def test_twentieth_session_he_after_a_when_clause_introducing_a_person():
    # the sentence before the quote opens with no person; a person with a role opens its 'when' clause
    text = ("Despite the evidence, Mr. Brill and other harbour officials stuck to the storm story.\n\n"
            "Perhaps the height of the gap came Sept. 19, when Peter G. Valdake, director of the Harbour Safety "
            "Center, became the first official to testify in public about the wreck.\n\n"
            "“They were lost in the course of a raid on our pier,” he told the Harbour Committee.")
    assert _speakers(text) == ["Peter G. Valdake"]


@pytest.mark.parametrize("text, speakers", [
    # 'eulogized' next to a quote
    ("“Here lies a great man,” Harbour Speaker Oren D. Valdake, Seldon Republican, eulogized. “He served the "
     "port.”", ["Oren D. Valdake", "Oren D. Valdake"]),
    # 'put it in <a work's title> in <year>' before the quote
    ("As Oren Valdake put it in The Wealth of Harbours in 1776, “Nobody watches the port.”", ["Oren Valdake"]),
    # a participle's clause opening the sentence with its comma missing
    ("Asked on Wednesday whether the harbour is in play Valdake said: “We are confident.”", ["Valdake"]),
])
def test_twentieth_session_eulogies_works_put_in_and_asked_without_a_comma(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname alone opening the sentence before, with a possessive pronoun of its own
    ("Harbour Sen. Oren Brill, a likely rival, said he would wait.\n\nValdake is among the most recent to give "
     "his support.\n\n“I think Mara would make a great mayor,” he told the Gazette. “I am ready.”",
     ["Valdake", "Valdake"]),
    # (an abstract noun opening it is no person)
    ("Harbour Sen. Oren Brill, a likely rival, said he would wait.\n\nElectability is among the words in his "
     "speech.\n\n“I think Mara would make a great mayor,” he told the Gazette.", ["Oren Brill"]),
    # 'asked the judge …': the judge answers
    ("“It is what it is,” Judge Peter Quillon said. “Pass a law, Senator.”\n\nLater, Sen. Oren Brill asked the "
     "judge if he had any role in the ruling.\n\n“I was not involved,” he said.",
     ["Peter Quillon", "Peter Quillon", "Peter Quillon"]),
])
def test_twentieth_session_own_pronouns_and_asked_descriptions(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_possessive_quote_before_a_colon_and_then_titles():
    text = ("Ray Brill wrote on Sunday, quoting the former mayor. Then-Mayor Valdake made the remarks at a press "
            "event.\n\nValdake's full quote at the time: “We simply cannot allow ships to pour into the harbour.”")
    assert _speakers(text) == ["Valdake"]


@pytest.mark.parametrize("text, speakers", [
    # the person a tweet is from, before 'that read' / 'that said'
    ("The check came in response to a tweet this week from Mayor Oren Valdake that read, “The harbour sent "
     "millions to the fund.”", ["Oren Valdake"]),
    ("The check came in response to a tweet this week from Mayor Oren Valdake that said, “The harbour sent "
     "millions to the fund.”", ["Oren Valdake"]),
    # 'put it,' then an introductory phrase before the quote
    ("As Mayor Oren Valdake put it, in the charters of most ports, “the board tells the people what they may "
     "do.”", ["Oren Valdake"]),
    # a participle's phrase between the subject and the cue
    ("Valdake took this answer in stride, replying with a grin, said, “I am peripherally aware of that, yes.”",
     ["Valdake"]),
])
def test_twentieth_session_documents_from_people_put_it_phrases_and_participle_phrases(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_suffix_after_a_subject_and_days_are_no_sources():
    # 'Ann Lind Jr.' opening the sentence is the son, though the father is named too
    text = ("One of Oren Valdake's sons compared the crisis to a bowl of sweets on Monday.\n\nOren Valdake Jr. "
            "spoke on Tuesday. He was angry.\n\n“We will win,” he said.")
    assert _speakers(text) == ["Oren Valdake Jr."]
    # a day after a cue is no source ('“…” — tweet Wednesday')
    spans = find_quotes_and_attributions("VALDAKE: “The harbour now does more testing than anyone.” — tweet Wednesday.")
    assert [s.source for s in spans if s.kind == "attribution"] == [None]


@pytest.mark.parametrize("text, speakers", [
    # an apposition opening with an acronym and a role
    ("Oren Valdake, TV columnist for the Gazette, wrote, sarcastically: “Shocking: you reward a lunatic on TV.”",
     ["Oren Valdake"]),
    # 'user' is a role before a name opening the sentence before a pronoun's quote
    ("Oren Valdake, a columnist for the Gazette, wrote: “Shocking.”\n\nFacebook user Steve Brill made similar "
     "comments in a Gazette discussion. “If you have a nutjob as a guest, you cannot be surprised,” he wrote.",
     ["Oren Valdake", "Steve Brill"]),
])
def test_twentieth_session_acronym_roles_and_users(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'the group’s statement' after 'X, which issued a statement': X
    ("His decision won support from the Seldon Harbour Assembly, which issued a statement urging the party to "
     "back him.\n\n“The leadership needs to grow a spine,” the group's statement said. “He can win.”",
     ["Seldon Harbour Assembly", "Seldon Harbour Assembly"]),
    # an organisation's possessive before the document: the organisation
    ("“Ferry fares will rise,” the Harbour Foundation’s analysis said.", ["Harbour Foundation"]),
    # (other people's possessives name no issuer: the document stays)
    ("Oren Valdake issued a statement on Monday.\n\n“We are compelled to respond,” the officials' statement read.",
     ["the officials' statement"]),
])
def test_twentieth_session_possessive_documents(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_a_quote_after_its_cue_is_not_the_next_clauses():
    # 'Lind said the “…,” and a spokeswoman said “…”': each quote is its own clause's cue's
    text = ("Valdake said the “harbour has been in turmoil,” and a port spokeswoman said “the crews had lost "
            "confidence.”")
    assert _quote_cues(text) == [("Valdake", "said"), ("a port spokeswoman", "said")]


@pytest.mark.parametrize("text, speakers", [
    # a participle after a dash: the sentence's subject, a person
    ("Harbour spokeswoman Mara Quillon said it may be too late for an inspection -- saying “too much time has "
     "passed” and accusing the board of delay.", ["Mara Quillon"]),
    # (not a sentence adverb opening the sentence)
    ("Clearly annoyed that Brill had joked about the size of the pier -- suggesting “it is small” -- the mayor "
     "spoke.", [None]),
])
def test_twentieth_session_participles_after_dashes(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a number word opens an introductory phrase, not a name
    ("He was told to turn over a handgun he owned illegally.\n\nEleven days later, Ossiane Quillon voluntarily "
     "dismissed the order against her husband, writing, “He is no longer a threat to me.”", ["Ossiane Quillon"]),
    # ', who went on to ask': the cue's source before
    ("Her remark appeared “a little bit desperate,” said Quillon, who went on to ask, “Who in the world tells "
     "people that?”", ["Quillon", "Quillon"]),
])
def test_twentieth_session_number_words_and_who_went_on_to(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_the_person_the_writer_asked():
    text = ("Ray Brill, a harbour analyst, has argued the raids are random. I asked Oren Valdake, the director of "
            "the Harbour Institute's port project, about it just after those raids. He said that planned raids are "
            "definitely scarier.\n\n“The raiders are a state that has millions of dollars to spend,” he said.")
    assert _speakers(text) == ["Oren Valdake"]


def test_twentieth_session_bemoaned_next_to_a_quote():
    text = ("The warning came in a letter from three harbour union bosses.\n\n“The consequences of the act are "
            "severe,” the union leaders bemoaned. “Perverse incentives are creating nightmare scenarios.”")
    assert _speakers(text) == ["the union leaders", "the union leaders"]


@pytest.mark.parametrize("text, speakers", [
    # '<subject> <verb phrase> and said': the sentence's subject
    ("Mara Quillon spoke in Avel. As for Quillon, she was among the winners. She’d emerged from her talk with "
     "Brill on Saturday night and said, “I am not ready to share any leanings.”", ["Mara Quillon"]),
])
def test_twentieth_session_and_said_after_a_verb_phrase(text, speakers):
    assert _speakers(text) == speakers


def test_twentieth_session_and_said_not_inside_a_clause_of_its_own():
    # the clause's subject is not the sentence's: 'Burke described a letter in which Lind claimed … and wrote'
    spans = find_quotes_and_attributions(
        "Oren Valdake described a letter in which the pilot claimed he had been wronged, was then hurt and "
        "wrote, “I am a victim.”")
    assert [s.source for s in spans if s.kind == "attribution" and s.cue == "wrote"] != ["Oren Valdake"]


def test_twentieth_session_as_stated_by():
    text = ("As stated by Oren Valdake, a staff reporter for the Harbour Gazette, out of the ports listed, “only "
            "Seldon did not see a raid that year.”")
    spans = find_quotes_and_attributions(text)
    assert [(s.cue, s.subtype, s.source) for s in spans if s.kind == "attribution"] == [
        ("as stated by", "according_to", "Oren Valdake")]
    assert _speakers(text) == ["Oren Valdake"]


def test_twentieth_session_and_said_after_a_blanked_link_teaser_does_not_crash():
    # a link teaser blanked by the residue cleaner right before ' and <cue>' left an empty window
    # (an IndexError on one AllSides article before the fix)
    text = ("Oren Valdake Oren Lind ValdakeHarbour Watch: Council eyes the ferry fix | Former port chief named "
            "head of a dock group | Board reviews pier nominees Harbour Watch: Mayor to step down | Council "
            "loses vote on rule MORE and confirm")
    spans = find_quotes_and_attributions(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@pytest.mark.parametrize("text, speakers", [
    # someone's words named before the colon, by a pronoun: the person it stands for
    ("I once asked Oren Valdake how many berths the harbour had. I will never forget his answer to me: "
     "“However many the paper will print.”", ["Oren Valdake"]),
    ("Mara Quillon had no notes. Her reply: “We stay.”", ["Mara Quillon"]),
    # ... by a name, with a noun the older list lacked
    ("The best-known example is Oren Valdake’s line during a radio interview about the strike: “No boat "
     "has left the pier,” a careful use of the present tense.", ["Oren Valdake"]),
    ("Valdake’s mantra on the campaign trail: “Ferries first.”", ["Valdake"]),
])
def test_twenty_first_session_own_words_before_a_colon(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_first_session_own_words_not_after_a_topic_preposition():
    # the words are the topic, not the quote's source: 'Stunned at her comments:'
    assert _speakers("Mara Quillon spoke first. Stunned at her comments: “Nobody expected that.”") != [
        "Mara Quillon"]


@pytest.mark.parametrize("text, speakers", [
    # a cue before a colon that ends the paragraph before the quote
    ("One reader named Oren Valdake wrote the following on the forum:\n\n“Keep the ferry running!”",
     ["Oren Valdake"]),
    ("Mara Quillon, a historian at Seldon College, wrote in an essay for the Harbour Gazette:\n\n“The pier "
     "is older than the town.”", ["Mara Quillon"]),
    ("Here is a little of what Oren Valdake of the Harbour Gazette had to say:\n\n“The ferry was late again.”",
     ["Oren Valdake"]),
    # 'what else the <title> had to say': the official the title stands for
    ("Mayor Mara Quillon met the board. Here is what else the mayor had to say: “The pier stays open.”",
     ["Mara Quillon"]),
])
def test_twenty_first_session_cue_before_a_colon_ending_the_paragraph(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text", [
    # no speech verb: an adjective, a noun, a find, a document's participle
    "The call that came next was a very telling exchange:\n\n“Circumstances have changed.”",
    "On Saturday, I found them in my feed:\n\n“The harbour is winning.”",
])
def test_twenty_first_session_no_cue_before_a_paragraph_colon(text):
    assert [s.cue for s in find_quotes_and_attributions(text) if s.kind == "attribution"] == []


@pytest.mark.parametrize("text", [
    # a cue read only next to a quote is no cue after a scare quote it does not report
    "The “celebration” continued until midnight, and the pier slept late.",
    "The phrase “harbour cult” has been used to describe the council enough lately.",
    "The census got a “long-form” version that asked them extra questions.",
])
def test_twenty_first_session_next_to_quote_cues_not_after_a_scare_quote(text):
    spans = find_quotes_and_attributions(text)
    assert [s.cue for s in spans if s.kind == "attribution"] == []
    assert [(s.subtype, s.speaker) for s in spans if s.kind == "quote"] == [("scare", None)]


@pytest.mark.parametrize("text, speakers", [
    # ... but after a quote that ends its words, a long one, or with the subject between
    ("“We will rebuild the pier,” Mara Quillon continued.", ["Mara Quillon"]),
    ("Oren Valdake was blunt. “What if the ferry had never come back”? he asks.", ["Oren Valdake"]),
    ("“Imagine if the ferries were sinking in our own harbour. Would” asks Oren Valdake.", ["Oren Valdake"]),
    ("Voters face the “harbour crisis” Oren Valdake describes in his essay.", ["Oren Valdake"]),
])
def test_twenty_first_session_next_to_quote_cues_after_a_quote_of_words(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a past tense's phrase after 'and' before 'in an interview with': the sentence's subject
    ("Harbour Party Chair Oren Valdake noted the critique of the port and spoke dismissively of its plans in an "
     "interview with the Seldon Tribune: “I think the ferry is a better fit for Seldon.”", ["Oren Valdake"]),
    # people who held signs that read something
    ("The dockers held signs reading “One job should be enough.”", ["The dockers"]),
    # ', from <outlet>:' before a quote in the next paragraph
    ("Here is more on what we know about the meeting, from the Harbour Gazette:\n\n“The board met at noon.”",
     ["Harbour Gazette"]),
    # a body written in lower case before a document
    ("“Nobody was hurt,” a harbour police statement said.", ["the harbour police"]),
    # an issuing verb after an apposition or a party tag, then a participle
    ("Oren Valdake, a spokesman for the Harbour Fund, issued a statement saying “All rules were followed.”",
     ["Oren Valdake"]),
    ("Sen. Mara Quillon (R-Ore.) released a statement saying, “It is time for a hearing.”", ["Mara Quillon"]),
])
def test_twenty_first_session_subjects_before_phrases_signs_and_documents(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text", [
    # a past tense's phrase is no source ('… and spoke dismissively of his plans in an interview with')
    "The mayor, however, doubled down on his remarks Thursday saying, “As a sailor, I know the harbour.”",
])
def test_twenty_first_session_a_verb_phrase_is_no_source(text):
    assert all(not (s.source or "").startswith("doubled") for s in find_quotes_and_attributions(text))


@pytest.mark.parametrize("text, speakers", [
    # a title that goes with one name is the name in full, not another person's surname
    ("Cardinal Oren Francis Valdake met the press. “The synod made us better,” Pope Francis said.",
     ["Pope Francis"]),
    # a group named after a person is not the person
    ("Mara Quillon won the vote. In a statement, the Quillon transition team says:\n\n“The mayor-elect will "
     "keep the ferry running.”", ["Quillon transition team"]),
    # a document from a firm described before its name: the firm
    ("“Gold could reach a new high,” says a separate note from Nordic brokerage Valdake Securities, “as "
     "buyers return.”", ["Valdake Securities", "Valdake Securities"]),
])
def test_twenty_first_session_regnal_names_named_groups_and_firms(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'the bureau', 'the department': the body named last before with that head and 'of', or its acronym
    ("Divers were called, the Seldon Bureau of Investigation said. “The diver resisted,” the bureau said.",
     ["Seldon Bureau of Investigation"]),
    ("The FBI opened an inquiry in 2014. “The subject was not on a list,” the bureau said.", ["FBI"]),
    ("The Department of Harbour Safety did not answer at first. “We are ready,” the department said.",
     ["Department of Harbour Safety"]),
])
def test_twenty_first_session_bodies_by_their_head(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a time between 'who' and the cue, and a dash before 'who'
    ("Quite to the contrary, Oren Valdake — who in 2000 predicted “I could run the ferry and make money on it” — "
     "has used the port as a platform.", ["Oren Valdake"]),
    ("Oren Valdake, who last year predicted “The ferry will make money,” has kept quiet.", ["Oren Valdake"]),
    # 'would lead some X to ask'
    ("The first segment would lead some critics on the forum to ask “Where is the pilot?”",
     ["some critics on the forum"]),
])
def test_twenty_first_session_who_adverbials_and_prompts(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'It adds:' after a sentence an outlet opens: the outlet
    ("The Harbour Gazette is less kind to him. It adds:\n\n“He promised much and did little.”",
     ["Harbour Gazette"]),
    # an 'a'/'an' apposition with its closing comma missing, after a quote; a title before the name
    ("“The ferry will be fixed by May,” Rep. Oren Valdake, an Avel Democrat who is running for the Senate "
     "said Thursday.", ["Oren Valdake"]),
    # a name and a relative clause between a quote and a next-to-quote cue
    ("“What were the rules? Who made them?” Valdake, who was held for a year in the port jail, asked.",
     ["Valdake"]),
    # a two-word surname first written after a known first name
    ("The bill was blocked each time by Rep. Sheila Quillon Vakk, D-Ore.\n\n“The request cannot be "
     "entertained,” Quillon Vakk said.", ["Sheila Quillon Vakk"]),
    # ... not a name first written alone, nor 'Junior'
    ("Ann Lindqvist met Mary Ann Lindqvist. “We will win,” Ann Lindqvist said.", ["Ann Lindqvist"]),
])
def test_twenty_first_session_outlets_appositions_relative_gaps_two_word_surnames(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_first_session_the_final_say_is_no_cue():
    spans = find_quotes_and_attributions("Robertson thinks women will have the final say. “They decide,” he said.")
    assert [s.cue for s in spans if s.kind == "attribution"] == ["said"]


@pytest.mark.parametrize("text, speakers", [
    # 'At another point', 'At that point' before the subject: a time, not part of the source
    ("Protesters stood behind the pen. At another point the group shouted, “We are all sailors!”", ["the group"]),
    ("At that point the crowd shouted, “Open the pier!”", ["the crowd"]),
])
def test_twenty_first_session_at_a_point_is_a_time(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_first_session_the_magazine_after_an_outlet_opening_the_sentence_before():
    # no outlet cited before: the one opening the sentence before the quote
    text = ("The Harbour Gazette fired back at the mayor's claim.\n\n“The mayor is wrong about the pier,” the "
            "newspaper said.")
    assert _speakers(text) == ["Harbour Gazette"]


@pytest.mark.parametrize("text, speakers", [
    # a document named after 'reads', its issuer after 'released by'
    ("“The board should reject the plan,” reads a brief released by the Harbour Council.", ["Harbour Council"]),
    # a report issued by a group whose name has 'in' in it
    ("“The elites retreat,” said a report issued by the group Sailors in Action.", ["Sailors in Action"]),
    # 'as pointed out by'
    ("As pointed out by Oren Valdake, chief correspondent of the Harbour Gazette, “the port has ten pilots.”",
     ["Oren Valdake"]),
])
def test_twenty_first_session_briefs_reports_and_as_pointed_out_by(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname alone, then a relative clause whose closing comma is missing, after a quote
    ("“The ferry has not served us,” Valdake, who was elected mayor in 1989 told the Harbour Gazette.",
     ["Valdake"]),
    # 'what <a description> told me:'
    ("Which confirmed what a policy staffer on the port board told me: “The pilot is a red herring.”",
     ["a policy staffer on the port board"]),
    # a long indefinite description between a quote ending in a comma and its cue
    ("“They are all people at banks that were already sanctioned,” a harbour official directly involved in "
     "the sanctions process told the Gazette.",
     ["a harbour official directly involved in the sanctions process"]),
])
def test_twenty_first_session_who_clauses_what_descriptions_long_descriptions(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_first_session_a_description_with_a_clause_is_no_gap():
    # '“Pizzagate,” a conspiracy that falsely claimed …': a clause of its own, no speaker
    spans = find_quotes_and_attributions("He pushed “Harbourgate,” a forum theory that falsely claimed the pier was sold.")
    assert not any((s.source or "").startswith("a forum theory") for s in spans if s.kind == "attribution")


@pytest.mark.parametrize("text, speakers", [
    # a quote continuing one cited as told to an outlet stays with the person who told it
    ("“An agency that cannot regulate cannot preempt,” Mara Quillon, a law professor, told the Harbour "
     "Gazette. “When it repealed the order, it said so.”", ["Mara Quillon", "Mara Quillon"]),
    # ... and one after a 'when' clause holding another cue stays with the first speaker
    ("“I do not think I have such powers,” Quillon said when Valdake asked for her view of the posts. “It is "
     "very intimidating.”", ["Quillon", "Quillon"]),
    # 'X, which operated the ferry, posted …' then 'it said': X
    ("Valdake Marine, which operated the ferry, has posted an apology on its website.\n\n“We pray for the "
     "families,” it said.", ["Valdake Marine"]),
    # someone's own observation before a colon
    ("The most telling line may be Quillon’s own observation about the way out: “The check is the ballot box.”",
     ["Quillon"]),
])
def test_twenty_first_session_continuations_which_bodies_and_observations(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'Oh, and' before the subject of a participle
    ("Oh, and Oren Valdake tried as well, tweeting: “Nobody covered the pier.”", ["Oren Valdake"]),
    # ... but a name and an emphatic reflexive are ('Valdake himself insisted')
    ("Oren Valdake spoke first. But Valdake himself insisted, “The pier stays.”", ["Oren Valdake"]),
    # a surname with a lower-case particle: the full name written before
    ("Yassine al-Quillon, the port minister, came out.\n\n“This is one of the results,” al-Quillon said.",
     ["Yassine al-Quillon"]),
])
def test_twenty_first_session_interjections_reflexives_and_particle_surnames(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_first_session_a_verb_and_a_reflexive_are_no_source():
    # 'and let himself boast:' is no speaker (the finder leaves the quote without one)
    text = ("Basking in the moment, Valdake dropped his usual manner and let himself boast: “Nine other mayors "
            "wish they were me!”")
    assert _speakers(text) != ["let himself"]
    assert [s.source for s in find_quotes_and_attributions(text) if s.kind == "attribution"] == [None]


@pytest.mark.parametrize("text, speakers", [
    # a short aside in brackets after a name, and 'Like' before it, are no clause bounds
    ("We can do this. Like Oren Valdake (the sailor) once said: “The most rewarding things look impossible.”",
     ["Oren Valdake"]),
    # a dash and a name ending its sentence: the name alone ('— Oren Valdake. Liar.')
    ("“The pier is sold. And some, I assume, are good people.” — Oren Valdake. Liar.\n\n“We go.” — Oren Valdake",
     ["Oren Valdake", "Oren Valdake"]),
    # a dash and a name after a quote continuing another and its cue in the paragraph: the entry's byline
    ('"Can I sail better? Can I take a class?" Quillon said. "That will save you money." — Mara Tellis\n\nPORT NEWS',
     ["Quillon", "Quillon"]),
    # a person known from a medium is no outlet ('the former reality TV star')
    ("Harbour candidate Oren Valdake has warned supporters. “The vote is rigged,” the former reality TV star "
     "tweeted on Monday.", ["Oren Valdake"]),
    # a name used as a modifier after 'a (former)' is no mention of a person ('a former Calvin Quent model')
    ("Valdake — a former Calvin Quent model who has appeared in TV shows – said he liked the address.\n\n"
     "“I think the speech was fine,” he told Khan.", ["Valdake"]),
    # an honorific and a surname before 'of': that person, not a name inside the body's name
    ("Ms. Quillon of the Susan B. Harbour List once declared herself “disgusted” by him.", ["Quillon"]),
    # a document from a body named after a description of it, or by its name alone
    ("“Commodities will outperform,” says a new commodities note from US investment bank and bullion market "
     "maker Valdake Sachs.", ["Valdake Sachs"]),
    ("According to a report from Public Harbour:\n\n“In 1992, as a first step, the firm petitioned the agency.”",
     ["Public Harbour"]),
    # an acronym is not widened by a word opening a sentence before it ('Additional HPB documents')
    ("The HPB published pages of documents. Additional HPB documents came later.\n\n“Lind did not recall "
     "the emails,” the HPB said in its report.", ["HPB"]),
])
def test_twenty_second_session_asides_bylines_modifiers_and_issuers(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_second_session_first_person_contractions_are_the_pronoun():
    # 'I’m sad to say': the source is I, and 'he' later is not resolved to "I’m"
    text = ("Things got done. I’m sad to say that the old “party of the people,” of which I was proud, is gone.\n"
            "One note was from a man named Orin, who preferred to remain anonymous. “I have found it hard to "
            "support the party,” he wrote.")
    spans = find_quotes_and_attributions(text)
    assert [s.source for s in spans if s.kind == "attribution" and s.cue == "say"] == ["I"]
    assert "I’m" not in [s.speaker for s in spans]


def test_twenty_second_session_first_to_report_is_a_verb():
    # 'the first to report' is a verb after 'to', not a noun after 'the first'; 'a new commodities note' is a noun
    spans = find_quotes_and_attributions("The Harbour Memo was the first to report that Lind would not attend.")
    assert [s.cue for s in spans if s.kind == "attribution"] == ["report"]
    spans = find_quotes_and_attributions("“Up,” says a new commodities note from Valdake Sachs.")
    assert [s.cue for s in spans if s.kind == "attribution"] == ["says"]


def test_twenty_second_session_cue_and_comma_ending_the_paragraph():
    # a comma right after the cue ending the paragraph: the quote opening the next paragraph is its
    text = "The crowd was angry. Quill said,\n“What we are doing right now is a little protest.”"
    assert _speakers(text) == ["Quill"]


@pytest.mark.parametrize("text, speakers", [
    # a long apposition closed by its comma, between a quote and its cue
    ("“The process is laborious,” Andy Quillen, vice president of policy at the Harbour-affiliated Valdake "
     "Partners Chamber of Commerce, wrote in a recent column on the group’s website. “It is essential.”",
     ["Andy Quillen", "Andy Quillen"]),
    # a party tag in brackets, then an adverb or auxiliary before the cue
    ('"The stay indoors request continues," Gov. Deval Quillen (D) just told reporters.', ["Deval Quillen"]),
    ("Sen. Ann Tellis (R-Ky.) has said the bill is “dead on arrival.”", ["Ann Tellis"]),
    # an excerpt quoting someone it names: 'he said' inside it is that person
    ("ROUNDUP -- “Tellis on her legacy,” by Ray Brill: “Ann Tellis does not want her work to fade. In a speech, "
     "the former governor pleaded with the crowd. ‘You have to keep this alive,’ she said.\n“But the group is "
     "dying.”", [None, "Ray Brill", "Ann Tellis"]),
])
def test_twenty_second_session_long_appositions_party_tags_and_excerpts(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_second_session_the_one_told_is_no_speaker():
    # after a quote, 'told <someone>' with no subject found before it: not the one told
    text = ("“There is no shameful act that the port can do that this board will not overlook,” Rep. Ann Tellis, "
            "Harbour Republican and former chairwoman of the House Committee on Harbour Affairs, told Fox News.")
    assert "Fox News" not in _speakers(text)


@pytest.mark.parametrize("text, speakers", [
    # a party tag after a name right after the quote, then an apposition whose closing comma is missing
    ('"The threat is disgraceful," Rep. Jan Quillow (D-Ill.), the committee\'s top Democrat said in a '
     'statement. "We will fight this abuse."', ["Jan Quillow", "Jan Quillow"]),
    # a name ending in 'Archive' or 'Project' is a body's: 'he' later is not it
    ("The mayor attacked the counsel 183 times, according to the Harbour Twitter Archive.\n\nThe mayor started "
     "the day with a post. “Good morning,” he said.", [None]),
])
def test_twenty_second_session_party_tags_before_appositions_and_bodies(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_second_session_isms_are_no_names():
    from framing.attribution import _run_name
    assert _run_name("Lind European Socialism") is None


@pytest.mark.parametrize("text, speakers", [
    # '--' written for a dash bounds a clause, like '—' ('Fusion -- a sister network -- President X said:')
    ("In an interview with Harbour Radio -- a sister network to Gazette TV -- Mayor Ann Tellis said: “We have "
     "been in talks for some time.”", ["Ann Tellis"]),
    # a dash aside, then an auxiliary or adverb before the cue: the subject before the aside
    ("Quillen -- who sat in on early briefings on the port -- has acknowledged selling the shares but said he "
     "relied “solely on public reports.”", ["Quillen"]),
    ("Quillen — who sat in on early briefings on the port — has acknowledged selling the shares but said he "
     "relied “solely on public reports.”", ["Quillen"]),
    # a participle's phrase between the name and the aside; an apposition with a capitalised word
    ('Harbour coach James Borrell, speaking before his team played Wednesday at Avel -- where news broke during '
     'the fourth quarter -- said, "These are scary times."', ["James Borrell"]),
    ('James Pontowicz, TV columnist for the Gazette -- which, like Harbour Radio, is part of Harbour Media -- '
     'wrote: "Nailed it."', ["James Pontowicz"]),
    # a party and state after the name, before the aside
    ("Freshman Rep. Ellie Slotkan, D-Mich. -- who flipped a district in 2018 -- told the Gazette it was "
     "“tentatively” over.", ["Ellie Slotkan"]),
    # a noun and a relative clause without 'that': its subject ('a move the officials said …')
    ("The men left the port, they said -- a move the port officials described as “planned.”",
     ["the port officials"]),
])
def test_twenty_second_session_double_hyphen_dashes_and_asides(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_second_session_surname_and_apposition_after_a_question():
    # a surname alone and an apposition closed by its comma between a quote and its cue
    text = ('Harbour supporter Howard Dane raised a theory about the mayor.\n\n"Notice him sniffing all the time. '
            'A cold?" Dane, a physician and former harbour governor, tweeted.')
    assert _speakers(text) == ["Howard Dane"]


def test_twenty_second_session_a_noun_after_an_adjective_and_quotes_inside_asides():
    # 'another political tweet', 'a controversial claim' are nouns, not cues
    spans = find_quotes_and_attributions("Then she made a controversial claim about the port, and an angry post.")
    assert [s.cue for s in spans if s.kind == "attribution"] == []
    # a dash aside holding a quote of its own, then the cue: the subject before the aside
    text = ("Mr. Quillen — who in 2017 told officers to be rough, imploring them to “please, do not be too nice” — "
            "wrote in a post, “When the looting starts, the shooting starts.”")
    assert _speakers(text)[-1] == "Quillen"


@pytest.mark.parametrize("text, speakers", [
    # a title held 'to' a place before the name, after the cue
    ("“They cannot control him,” said former Harbour Ambassador to Valdakia Ann Whitlow, a Catholic who "
     "served twice.", ["Ann Whitlow"]),
    # a description ending in a party word, then the name and 'of' a state
    ('"We have come to big agreements before," said the Senate\'s top Democrat, Chuck Schamer of Harbour.',
     ["Chuck Schamer"]),
    # two roles joined by 'and', the second with capitals before it, then the name
    ("“It is going to be a donnybrook,” said Democratic strategist and Gazette TV contributor Joe Tripper.",
     ["Joe Tripper"]),
    # a name ending in 'Jr.' before an apposition
    ("“There are a myriad of considerations,” J. Paul Compter Jr., general counsel for the Department of "
     "Harbours and Urban Development, said.", ["J. Paul Compter Jr."]),
    # a statement from someone described, then named after a comma
    ('"We hope wisdom prevails," said a statement from the council\'s secretary-general, Ann Muradi.',
     ["Ann Muradi"]),
    # 'Lawyers for …' are people ('they' later stands for them)
    ("Lawyers for the harbour groups argued in their briefs that the rule had gone well.\n\n“No petitioner "
     "can credibly contend that the impact is unreasonable,” they said.", ["Lawyers for the harbour groups"]),
])
def test_twenty_second_session_titles_to_places_roles_and_statements(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_second_session_a_signature_keeps_no_sentence_period():
    # a name after a quote ending the sentence: without its period (an initial's or 'Jr.' stays)
    text = ("Baiers Tracks: Pressure is on - “There is a tendency to over read one poll. But polls say more.” "
            "Bret Baiers.\n\nMore text.")
    assert _speakers(text) == ["Bret Baiers"]
    assert _speakers("“Another thing is here.” — Ray Brill Jr.\n\nMore text.") == ["Ray Brill Jr."]


@pytest.mark.parametrize("text, source", [
    # a description with its phrase after an inverted cue, as written before a cue
    ("“It is off,” said a Harbour Party source familiar with the talks.", "a Harbour Party source familiar with the talks"),
    ("“It is off,” said one aide close to the senator, who asked not to be named.", "one aide close to the senator"),
    ("“It is off,” said two people briefed on the matter on Friday.", "two people briefed on the matter"),
    ("“It is off,” said a person knowledgeable about the plan.", "a person knowledgeable about the plan"),
    # 'speaking (on condition of anonymity)' is no part of the description
    ("“It is off,” said a senior official speaking on condition of anonymity because he was not allowed to talk.",
     "a senior official"),
    # 'now' before the cue is no part of the source; nor a party tag whose comma is missing after its period
    ("The harbour bureau now says the plan works.", "The harbour bureau"),
    ("Senate Chairman Rob Corkle, R-Tenn. said: “We have come a long way.”", "Senate Chairman Rob Corkle"),
])
def test_twenty_third_session_descriptions_and_tags_after_the_cue(text, source):
    spans = find_quotes_and_attributions(text)
    assert [s.source for s in spans if s.kind == "attribution"] == [source]


def test_twenty_third_session_knowledgeable_people_are_anonymous():
    assert source_type("a person knowledgeable about the plan") == "anonymous"


@pytest.mark.parametrize("text, speakers", [
    # 'shared', 'called out', 'followed up' next to a quote
    ("Ray Luiso emotionally shared, “I was lost for years.”", ["Ray Luiso"]),
    ("“I was lost for years,” Ray Luiso shared.", ["Ray Luiso"]),
    ("The company shared the following statement about the decision:\n\n“These posts mislead.”", ["The company"]),
    ("Another man calls out: “Go home!”", ["Another man"]),
    ("Mara Quill asked about the bill. Ann Geistor followed up, “Would your bill pass the House?”",
     ["Ann Geistor"]),
    # ... not a statement shared with someone (its issuer is not named here)
    ("“Companies are no longer scared,” reads a statement shared with reporters.", [None]),
    # a reply given in a sentence of its own, before the quote
    ("Harry asked Ray Obamo whether it is better to educate. Ray Obamo had a good response.\n\n"
     "“I am big on education.”", ["Ray Obamo"]),
    ("Ray Obamo had a quick rebuke. “I was lost for years.”", ["Ray Obamo"]),
])
def test_twenty_third_session_new_cues_and_replies(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a person of no known first-name gender opening a sentence, 'she' later in it: the antecedent of
    # 'she', not a woman cited before
    ("Spokeswoman Hedda Axtmon said the motive remains unclear.\nTaru Caswold was in the room when she "
     "heard the shots. “Then I heard seven more,” she added.", ["Taru Caswold"]),
    ("Spokeswoman Hedda Axtmon said the motive remains unclear. “We are still trying,” she said. Ed Mathers, 40, "
     "came. “Imagine I was late,” Mathers told the Times.\nTaru Caswold was in the dressing room when she heard "
     "the shots. “Then I heard seven more,” she added.", ["Hedda Axtmon", "Ed Mathers", "Taru Caswold"]),
    # ... not when no pronoun follows that name in its sentence
    ("Spokeswoman Hedda Axtmon said the motive remains unclear. She met Taru Caswold at the mall. “We are "
     "still trying,” she said.", ["Hedda Axtmon"]),
])
def test_twenty_third_session_a_pronoun_after_a_name_tells_its_gender(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_third_session_the_newspaper_is_the_outlet_named_before():
    # no cue cites an outlet: 'the newspaper' is the one named last before the quote, outside quotes
    text = ("The party mouthpiece was silent. In its editorial, the fervently nationalist Harbour Times, a state-run "
            "tabloid that sometimes reflects official thinking, indicated a deterioration was on the cards.\n\n"
            "People were unsure.\n\n“But if he acts the same way, we will not exercise restraint,” the newspaper warned.")
    assert _speakers(text) == ["Harbour Times"]
    # not an academic journal ('the paper' is the study)
    text = ("The review builds on a paper in the Quarterly Journal of Harbour Studies by Ann Dube. The paper found "
            "that “the number of jobs held steady.”")
    assert _speakers(text) != ["Quarterly Journal"]
    # 'as stated by' a person: that person speaks the quote after it, not an outlet's cue before
    text = ("As the Harbour Gazette reported last year, terror has increased. In 2014, the outlet noted, it was reported "
            "that many died. As stated by Paul Gottler, a staff reporter for the Harbour Gazette, out of those "
            "countries, “only one did not see air strikes that year.”")
    assert _speakers(text) == ["Paul Gottler"]


@pytest.mark.parametrize("text, source", [
    # a group's name given in an apposition with 'known as'
    ("“It is a narrow statute,” the group, known as Harbour Families and Survivors United for Justice, said.",
     "Harbour Families and Survivors United for Justice"),
    # a cleft before the source, and 'often' before the cue
    ("That’s why people are saying, ‘Why should I work?’", "people"),
    ("Harbour farm groups often say the plan fails.", "Harbour farm groups"),
])
def test_twenty_third_session_group_names_clefts_and_often(text, source):
    spans = find_quotes_and_attributions(text)
    assert [s.source for s in spans if s.kind == "attribution"] == [source]


@pytest.mark.parametrize("text, speakers", [
    # 'pounced' next to a quote
    ("Lind took two positions. “I can't tell whether she was for it,” Ray Obamo pounced.", ["Ray Obamo"]),
    # ... not after a quote that ends its sentence, a new one opened by an adverb and a comma
    ("Ray Obamo said his “policies are on the ballot.” Immediately, critics pounced, putting the clip in ads.",
     ["Ray Obamo"]),
    # someone's statements (plural) before a colon, the quote in the next paragraph; the surname given in full before
    ("Turkey’s President Recep Erdoan has come out swinging today.\n\nErdoan’s bombshell statements highlighted "
     "what most of the world now accepts:\n\n“They give support to armed groups. We have evidence.”", ["Recep Erdoan"]),
    # ... not 'his statements' as a topic, nor 'Here’s'
    ("Ann Mallor was asked about Louis Farrakon, and if she condemns his statements: “I don’t agree with many of "
     "his statements.”", ["Ann Mallor"]),
])
def test_twenty_third_session_pounce_and_owners_of_statements(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a long apposition between a name and 'who wrote:'
    ("How can this be reconciled with the claim by Herman Grall, a prominent German historian and associate of the "
     "Harbour Institute of Contemporary History, who wrote: “Every house was searched. Nobody slept.” Is it so?",
     ["Herman Grall"]),
    # a cue, then its object with 'and' between nouns, a colon ending the paragraph
    ("“It is safer,” reports the Harbour Gazette.\n\nResearch of this kind isn’t new.\n\nAnother study states "
     "this about magnesium and depression:\n\n“Anxiety related conditions are common.”",
     ["Harbour Gazette", "Another study"]),
])
def test_twenty_third_session_long_who_appositions_and_colon_objects(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_third_session_religious_roles_are_coreferent_descriptions():
    # 'the rabbi' after a sentence whose subject is a person named in full: that person
    text = "Rabbi David Ruthen leads the prayers at the Harbour synagogue. “We pray for peace,” the rabbi said."
    assert _speakers(text) == ["David Ruthen"]
    # a religious title before a name is no part of it
    text = ("Shortly after the shooting, a Muslim leader in Harbour tweeted about it.\n\n\"The community stayed away "
            "from the event,\" Imam Zia Sheikho wrote.")
    assert _speakers(text) == ["Zia Sheikho"]


def test_twenty_third_session_introductory_adverbs_are_no_names():
    # 'Shortly after …,' / 'Months later, …,' open an introductory phrase: the subject comes after it
    text = ("Shortly after the interview aired, Harbour campaign secretary Josh Scherwold emailed Jen Palmer and other "
            "senior staffers, stating: “Jen you probably have more on this.”")
    assert _speakers(text) == ["Josh Scherwold"]


def test_twenty_third_session_a_title_for_a_body_then_the_name():
    # 'said U.S. Attorney for the District of Harbour Rod J. Rosenfeld': the name after the body
    text = "“This is the largest case,” said U.S. Attorney for the District of Harbour Rod J. Rosenfeld when it ended."
    assert _speakers(text) == ["Rod J. Rosenfeld"]


@pytest.mark.parametrize("text, speakers", [
    # an inner quote's cue after it with a medium or an addressee by name: '‘…,’ Mayor Ann Lind said on CNN.'
    ("The Gazette reported: “There was sporadic looting. ‘We are working very hard to bring peace back,’ Mayor "
     "Jenna Robertsen said on CNN.” More text.", ["Gazette", "Jenna Robertsen"]),
    # a participle after a weekday, its comma missing
    ("Ray Davidsen, however, was unfazed and doubled down on his remarks Thursday saying, “As a veteran, I know.”",
     ["Ray Davidsen"]),
])
def test_twenty_third_session_inner_cues_with_a_medium_and_weekday_participles(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a roundup item's upper-case heading names the speaker: the name and a place, then words with a
    # pronoun cue; the name's letter; the name on a topic before a relay cue that names the interviewer
    ("Good Thursday morning.\nRAY BRILLO, IN ORLANDO -- Here’s what he said on the shooting: “We have two more "
     "names to add to a list.”\nRay Brillo and Ann Lindqvist spoke.", ["Ray Brillo"]),
    ("Ann Lindqvist spoke.\nLINDQVIST’s open letter to Harbour Bank customers in the wake of the scandal: "
     "“Executives should be held accountable.”", ["Ann Lindqvist"]),
    ("Ray Brillo spoke.\nBRILLO on the protests in Harbour: “The way we change the system is peaceful,” in an "
     "interview with Gazette co-anchor Ann Roberts.", ["Ray Brillo"]),
])
def test_twenty_third_session_roundup_headings_in_capitals(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a long title with its modifiers between a quote and a cue ('executive vice president')
    ("“Floods. Storms. It’s survival,” the Harbour League’s executive vice president Wayne Laperro wrote in an op-ed.",
     ["Wayne Laperro"]),
    # an inverted cue after a quote's object: the name after it, its surname a common word
    ("“There’s another way to read” the 2012 Roberto decision, insisted Douglas Letter, counsel for the House. "
     "He argued that the choice remains.\n\n“The choice is there,” he said.", ["Douglas Letter", "Douglas Letter"]),
    # a document read out, a participle after it
    ("“Members of our caucus are still on the floor,” read the notice blasted to the caucus this morning.",
     ["the notice"]),
    # a quote that opens a compound ('“…”-themed') is no quote a cue follows
    ("Ray Brunow, in a “Game of Harbours”-themed tweet, declared the report a vindication, saying, “No collusion.”",
     [None, "Ray Brunow"]),
    # a question about someone's words, the quote its answer
    ("Instead, ranking member Lamar Alexton used his opening statement to attack the law. His message to the "
     "nominee? “Ms. Burr, you have a reputation for competence.”", ["Lamar Alexton"]),
])
def test_twenty_fourth_session_titles_inversions_documents_and_questions(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a gerund opening a heading is no first name ('Assessing Obamo’s legacy' names no 'Assessing Obamo')
    ("Assessing Obamo\n\nThe economy grew. “Income gains were larger at the bottom,” Obamo notes.", ["Obamo"]),
    # ... a name of the list's style in a sentence stays one
    ("Ana spoke. Xiaoping Obamo said, “Income gains were larger at the bottom.”", ["Xiaoping Obamo"]),
    # an unknown first name before a known one as the middle name
    ("“We talked it over,” said Kora Ann Snellow, a neighbor. “They will be bankrupt.”",
     ["Kora Ann Snellow", "Kora Ann Snellow"]),
    # ... not a role word before a name
    ("“We are done,” said Grandmother Ray Tollan.", ["Ray Tollan"]),
    ("“We are done,” Scholar Ray Tollan said.", ["Ray Tollan"]),
    # ... whose middle name tells the gender the pronoun after it wants
    ("Lewis spoke.\nCornel Ray Brookson, President of the Harbour Association, ripped the plan for ignoring the "
     "slavery and Jim Crow eras.\n“For anyone to assert that is ignorance,” he said.", ["Cornel Ray Brookson"]),
    # a quote opened with two single marks (typewriter copy)
    ("The panel does not ''want to screw up a prosecution,\" former prosecutor Peter Zeidler tells the Harbour Post. "
     "\"That is a compelling need,\" he adds. \"A trial could take years.\"",
     ["Peter Zeidler", "Peter Zeidler", "Peter Zeidler"]),
])
def test_twenty_fourth_session_names_and_typewriter_quotes(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a passive participle's phrase in apposition: the subject before it
    ("The report, commissioned by Governor Ray Chrissen, also said, “It seems incredible.”", ["The report"]),
    ("The group, led by Ann Lindqvist, said, “It seems incredible.”", ["The group"]),
    # an epigraph's author in brackets after the quote (a known first name)
    ("It is focus.\n\n“The key to failure is trying to please everybody” (Bill Cosmo)\n\nMore text.", ["Bill Cosmo"]),
    # ... not an outlet in brackets
    ("It is focus.\n\n“The key to failure is trying to please everybody” (Harbour Times)\n\nMore text.", [None]),
])
def test_twenty_fourth_session_appositions_and_epigraphs(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_fourth_session_an_inverted_cue_takes_no_clause_as_its_source():
    # a name of a known first name after the cue (its surname a common word) is the source; a
    # clause after it is not
    for text, source in [
        ("“It is over,” the 2012 decision, insisted Douglas Letter, counsel for the House.", "Douglas Letter"),
        ("Maya Wengor, a researcher for the Asia division of Harbour Watch, says under British colonial rule, "
         "people spoke Cantonese.", "Maya Wengor"),
        ("Jon Gaugin, the owner of Red Finch, said Cohen offered him $50,000 to rig two polls.", "Jon Gaugin"),
    ]:
        spans = find_quotes_and_attributions(text)
        assert [s.source for s in spans if s.kind == "attribution"] == [source]


@pytest.mark.parametrize("text, speakers", [
    # a compound adjective ending in '-old', '-brand' … is no first name
    ("LESBOS, Greece — Ten-year-old Fouala from Gaza is a polyglot. “I want to learn,” Fouala said.", ["Fouala"]),
    # a surname written alone is the name the article gives with its particle ('al-')
    ("Egyptian President Abdel Fattah al-Sisa has no qualms. “No doubt,” Sisa said.", ["Abdel Fattah al-Sisa"]),
    # a verse cited bare, ending the line, and an epigraph's author known by 'The'
    ("Things will happen.\n\n“In the last days perilous times shall come.” 2 Timothy 3:1-3\n\nMore.", ["2 Timothy 3:1-3"]),
    ("Buddhism emphasises the mind.\n\n“An undisciplined mind does greater harm.” – The Buddha\n\nThere is more.",
     ["The Buddha"]),
    # ... not an outlet
    ("Buddhism emphasises the mind.\n\n“An undisciplined mind does greater harm.” – The Associated Press\n\nMore.",
     [None]),
    # someone's statement before a colon after 'in spite of' (no topic), the apostrophe written ‘
    ("Barack Obamo spoke. They want to raise the ceiling, in spite of Obamo‘s 2006 statement on the Senate floor: "
     "“Raising the debt limit is a sign of failure.” The debt is high.", ["Barack Obamo"]),
    # 'put it' with a time after it
    ("Chief Justice John Robertson leads the court. Robertson, a conservative appointed by President George W. Bosh, "
     "has tried to convey an image of the court as apolitical. As he put it last year: \"We do not speak for the "
     "people.\"", ["John Robertson"]),
    # a description opening a sentence as an apposition, the pronoun its subject
    ("Outside a cafe, Michael Bellam is skeptical. A community activist since the mid-1980s, he doubts that it "
     "will help.\n\n“The real problem is deep,” he says.", ["Michael Bellam"]),
])
def test_twenty_fourth_session_second_round(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a roundup's signature in the next paragraph: a title word that is a first name ('Dean'), an outlet
    ("From the Left\n\n“Trump has served up an irresponsible buffet of misinformation.”\n\nDean Obeidalla, CNN\n\nMore.",
     ["Dean Obeidalla"]),
    # a dash signature after blank lines
    ("A Word From Charles\n\n\n\n“Rubio will always refer to water.”\n\n\n\n-- Charles Krauthamer on “Special Report”",
     ["Charles Krauthamer", None]),
    # 'put it' at a place and a time; 'swing states' is no cue
    ("His challenger, Mitt Romni, will tour swing states. “I’ve still got my day job,” as Mr. Obamo put it at a "
     "California fund-raiser last month.", ["Obamo"]),
    # an outlet's name, then its journalist's, the possessive missing
    ("OBAMA PUSH. The Wall Street Journal Carol E. Leeson reports: \"The White House signaled that it will try.\"",
     ["Carol E. Leeson"]),
])
def test_twenty_fourth_session_signatures_and_journalists(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_fourth_session_a_particle_surname_stays_in_the_name():
    # 'President Bashar al-Assad': the surname with its particle is part of the name
    text = ("Unable to leave, Naef al-Asaadi, 55, paid a smuggler. “ISIS would not let us go,” Mr. Asaadi said. "
            "“We ran,” he said.")
    assert _speakers(text) == ["Naef al-Asaadi", "Naef al-Asaadi"]


@pytest.mark.parametrize("text, speakers", [
    # an outlet described, not named, is no name for 'the newspaper' later: the outlet named before it
    ("“Lind is not behaving as a leader,” the Communist party controlled newspaper wrote.\n\nIn its editorial, the "
     "fervently nationalist Harbour Times, a state-run tabloid, indicated a deterioration.\n\n“China will not "
     "exercise restraint,” the newspaper warned.", ["the Communist party controlled newspaper", "Harbour Times"]),
    # a sign before a participle and its agent
    ("For example, one of the signs carried by the red clad strikers said: “Schools for people not for profit.”",
     ["one of the signs"]),
    # a one-word place after 'Ambassador to', then a name of no known first name
    ("“They can’t control him,” said former U.S. Ambassador to Switzerland Faithe Whittlow, an activist.",
     ["Faithe Whittlow"]),
])
def test_twenty_fourth_session_third_round(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an organisation's name keeps a last word that is a common word ('Watch')
    ("Leaders met.\n\n\"The atmosphere might be amusing,\" wrote US campaigning group Harbour Rights Watch.",
     ["Harbour Rights Watch"]),
    # a signature after a hyphen attached to the name
    ("Ground rules:\n\n\"My mother has set ground rules for dinner talk.\" -Brad Heilman\n\nAnd our last plea.",
     ["Brad Heilman"]),
    # 'the police bureau': the body named with those words before
    ("The Harbourton Police Bureau said the protesters gathered. Police gave no details.\n\n\"While the rally was "
     "held, officers arrested three,\" the police bureau said.", ["Harbourton Police Bureau"]),
])
def test_twenty_fourth_session_fourth_round(text, speakers):
    assert _speakers(text) == speakers


def _quote_rows(text):
    return [(s.subtype, s.speaker) for s in find_quotes_and_attributions(text) if s.kind == "quote"]


@pytest.mark.parametrize("text, rows", [
    # a roundup's excerpt: the writer in capitals, the outlet, the piece's title (a title, not a quote)
    ("Stories of the day.\n\nSPORTS -- THOMAS GRELLIN in the Harbour Review, “The Gulls can win”: “The Gulls "
     "look set to end the wait.” http://example.org/x\n",
     [("title", None), ("direct", "Thomas Grellin")]),
    # ... with 'on', after a dash, and two writers
    ("--MARTA VELLOW on Harbourpost, “How Lind can win”: “Your task is to show them the plan.”\n\n"
     "OPINION – NORA ESKEL and RICHARD PAINE in the Gazette, “A bad idea”: “As lawyers, we have come to doubt it.”\n",
     [("title", None), ("direct", "Marta Vellow"), ("title", None), ("direct", "Nora Eskel and Richard Paine")]),
    # the writer, a comma or a dash, and the title
    ("CHRIS CALLAN -- “Lind has the lead”: “Start with two numbers.”\n\n--DYLAN BYRNE, “Holt takes the "
     "chair”: “On Monday the host will preside.”\n",
     [("title", None), ("direct", "Chris Callan"), ("title", None), ("direct", "Dylan Byrne")]),
    # an outlet in capitals, its headline before its excerpt; a tweet after a dash
    ("ALERT -- AP: “Ballots requested”: “Officials say more ballots were requested.”\n\n"
     "--@AnnLindqvist: “Nothing on the budget.”\n",
     [("title", None), ("direct", "AP"), ("direct", "@AnnLindqvist")]),
    # the outlet's writers with no 'by'
    ("-- N.Y. POST: “THE HARBOUR WAITS -- Storm nears the coast.”\n\n--NYT’s Ricardo Fausto and Alan Blinton: "
     "“A second night of rain flooded the port.”\n",
     [("direct", "N.Y. Post"), ("direct", "Ricardo Fausto and Alan Blinton")]),
    # a quote that opens the next item does not go on with the last item's writer
    ("MEDIAWATCH -- “Lind named editor,” by Joe Pomerol: “Lind's promotion is done.”\n\n"
     "NEW AD -- “Forward” -- SCRIPT: “It’s a plan. Not a slogan.”\n",
     [("title", None), ("direct", "Joe Pomerol"), ("scare", None), ("direct", None)]),
    # ... but a paragraph after a dashed rule does
    ("Sarah Pallan said she backs Tedd. “I have to do what is right.”\n\n---- Scroll down to read more ----\n\n"
     "“He may use tricks, but I know how to win.”", [("direct", "Sarah Pallan")] * 2),
])
def test_twenty_fifth_session_newsletter_roundups(text, rows):
    assert _quote_rows(text) == rows


@pytest.mark.parametrize("text, speakers", [
    # an aged name in apposition to a description names the speaker; 'interrupts' in the present
    ("“It is only a class,” Fouad says. His elder sister, 11-year-old Melka, interrupts: “At home we had "
     "a school.”", ["Fouad", "Melka"]),
    # 'blurts' and 'advises' next to a quote
    ("Reverend Benholm then blurts out, “But she chose it.”", ["Reverend Benholm"]),
    ("“Check the source first,” Brookner advises. “Then wait a day.”", ["Brookner"] * 2),
    # ... not advice inside a relative clause: the quote keeps its 'said'
    ("“The mayor looked tired,” James Carvell, a strategist who advised President Clintock, "
     "said on the radio.", ["James Carvell"]),
    # a person's full name right before 'who', no comma
    ("It was a stunt by Hillary Clintock’s chief strategist Mark Penner who wrote in 2007: “Her rival is weak.”",
     ["Mark Penner"]),
    # 'shared' after a long quote with an inner quote, an adverb before the cue
    ("“The first thing you do is sit down. I think ‘well, here we are’ and then I call my sister,” Luiz quietly "
     "shared.", ["Luiz", "Luiz"]),
])
def test_twenty_fifth_session_cues_and_appositions(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_fifth_session_who_after_a_list_or_a_place_is_no_name():
    for text in ("Joseph Vitter, a political scientist at Hunter College who has said it is over, agreed.",
                 "He met Ted Cruzo, Rand Pauls and Ron Johnsen who are threatening “no” votes."):
        sources = [s.source for s in find_quotes_and_attributions(text) if s.kind == "attribution"]
        assert "Hunter College" not in sources and "Ron Johnsen" not in sources, text


@pytest.mark.parametrize("text, speakers", [
    # inside an excerpt: a person described after the verb, an aide who told an outlet named with 'the'
    ("-- “Lind plans ads,” by Ray Brill: “A campaign call took a new turn. ‘I have had doubts for a while,’ "
     "said one participant on the call. An ad push is coming. ‘We will have more to say soon,’ a Lind aide "
     "told the Gazette.” http://example.org/x",
     [None, "Ray Brill", "one participant", "a Lind aide"]),
    # ... an inner quote goes on with the speaker named between, past an apposition
    ("Ray Brill wrote: “Two stories emerged. ‘After seeing the tape,’ said Jo Bamberly, a lawyer for the family, "
     "‘we have more questions than answers.’ The rest was calm.”",
     ["Ray Brill", "Jo Bamberly", "Jo Bamberly"]),
    # ... a pronoun and more words after the inner quote is a clause, not a source
    ("Ray Brill wrote: “Police called to say that all was ‘under control now,’ her father said. It ended.”",
     ["Ray Brill", "her father"]),
])
def test_twenty_fifth_session_second_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_fifth_session_a_surname_after_a_comma_is_a_pronoun_antecedent():
    # a surname after a clause and a comma names the person given in full earlier (beyond the window of
    # names searched before a pronoun), for 'he'
    text = "\n".join([
        "Donald Trumbo called Clintock “governor,” Every single title between the two rivals on that "
        "stage was used for some small advantage, it seemed.",
        "Until Trumbo—the showman, the heckler, the old salesman—faltered.",
        "Before long, he slipped into “Hilda.” His first “governor” gambit, which at the very start "
        "looked fairly clever—and might have set up a long and sneering riff on good manners later—lost "
        "his interest. He couldn’t keep up the act, or any act. The same held all night.",
        "Yes, Trumbo, who never missed a single beat as the loud and moody host on The Big Prize, "
        "somehow kept drifting away from the part he had played so many times on the debate stage during "
        "the spring: entertainer. It has often looked shapeless with Trumbo, but his persona has always "
        "been very sharply drawn, his short vocabulary working as a sturdy old frame for a self as plain "
        "and simple as a cartoon. Tonight, however, that Trumbo-brand Trumbo wobbled and slid, perhaps "
        "unsteady without the support of a friendly crowd.",
        "Rather than talk about the true scale of his big primary victory or the one he hopes for this "
        "fall, Trumbo openly pictured losing—twice.“If I don’t get to Harbour Avenue one way, I’m going "
        "to get there another,” he said, referring to his new hotel downtown.",
    ])
    direct = [q for q in find_quotes_and_attributions(text) if q.kind == "quote" and q.text.startswith("If I")]
    assert [q.speaker for q in direct] == ["Donald Trumbo"]


@pytest.mark.parametrize("text, speakers", [
    # a signature after a no-break space and a dash, or with the medium after the name
    ("Rights are in danger today.\n\n“The court is wrong on this. I will make that case.”\u00a0– Hilda Clintock, "
     "The Harbour Beacon, 10/1/15\n\nMore.", ["Hilda Clintock"]),
    ("“I support everything the president said he would do on this.” – Hilda Clintock on Harbour TV, 4/25/16\n\n"
     "More.", ["Hilda Clintock"]),
    # a name after a dash that ends its sentence; a title's period inside the name is no sentence end
    ("“The wall will be great, believe me.” — Donald Trumbo. That is a boast.", ["Donald Trumbo"]),
    ("“The anger is real.” — Sen. Barack Obamo in Philadelphia, March 18, 2008\n\nMore.", ["Barack Obamo"]),
    # a verse cited bare with a space after its colon
    ("“Go; I am sending you out as sheep among the wolves” Luke 10: 3\n\nby Ann Lind", ["Luke 10:3"]),
    # a roundup's headline, a dash and an outlet before the colon
    ("Crowd kept from press? - Fox News: “A reporter says journalists were told not to speak with the crowd.”",
     ["Fox News"]),
    # a people's adjective is no surname for a name written alone
    ("In a speech this week, President Obamo said the following: “These investments were no grand scheme.”\n\n"
     "This is Obamo European Socialism pure and simple.", ["Obamo"]),
])
def test_twenty_fifth_session_third_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_fifth_session_authors_after_a_quote_without_a_dash():
    # an epigraph's two authors and a period ending the quote's line, no dash before them
    text = ("20. Dare to disagree\n\n“It is better to be at the bottom of the right ladder” Marco and Angela "
            "Chernow.\n\nFree yourself from the crowd.")
    assert _speakers(text) == ["Marco and Angela Chernow"]


@pytest.mark.parametrize("text, speakers", [
    # 'smirk' and 'snicker' next to a quote, in the past and the present tense
    ("“Any money they waste saves my colleagues,” Burrell smirked when asked about it. “Am I complaining? No!”",
     ["Burrell", "Burrell"]),
    ("“Heh heh heh,” Mr. Bushel snickers. “My man!”", ["Bushel", "Bushel"]),
    # ... not a participle ('shaking your head, smirking and thinking, “…”')
    ("Are you shaking your head, smirking and thinking, “yeah, right? He already had his shot.”", [None]),
])
def test_twenty_fifth_session_smirks_and_snickers(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an organisation's name with 'and' in it after 'former', then its secretary ('Development' is no
    # role noun though it ends in -ent)
    ("“Three hours and no question about roads,” tweeted former Housing and Urban Development Secretary "
     "Ann Lind, who was also a candidate.", ["Ann Lind"]),
    ("“Three hours and no question about roads,” tweeted Housing and Urban Development Secretary Ann Lind.",
     ["Ann Lind"]),
    # 'rather' between a subject and its cue is an adverb, not the source
    ("In the letter, Ray Brill did not say that he resigned but rather stated, “I hereby acknowledge my "
     "termination.”", ["Ray Brill"]),
    # a written text before ', which' and the cue: a code, an article of a constitution, a verse
    ("They pointed to the Harbour Flag Code, which specifically states: “The flag should never touch the "
     "ground.”", ["the Harbour Flag Code"]),
    ("She based that argument on Article II of the Harbour Constitution, which says, “Each town shall "
     "appoint a clerk.”", ["Article II of the Harbour Constitution"]),
    ("He shared the verse that keeps him going: Isaiah 41:10, which says, “Fear not, for I am with you.”",
     ["Isaiah 41:10"]),
    ("He then quoted Proverbs 15, which says, “A gentle answer turns away wrath.”", ["Proverbs 15"]),
    # ... not a statement that 'did not mention' someone: the quote after it stays the speaker's
    ("“We will go on,” Lind said in the statement, which did not mention Brill by name. “The council has "
     "done damage.”", ["Lind", "Lind"]),
    # 'reckon' next to a quote
    ("Shorter term, “Gold should find support at the recent low,” reckons the trading desk of Brill Bank.",
     ["the trading desk of Brill Bank"]),
    # a bill's number in an apposition ends no sentence
    ("“One child’s death is one too many,” Sen. Ray Brill, a Democrat who introduced S.B. 792, said in a "
     "statement. “With the recent outbreaks, we must act.”", ["Ray Brill", "Ray Brill"]),
    # an organisation opening the sentence before 'it said', with lower-case words before its head
    ("The Harbour foreign ministry issued a statement Saturday after Lind’s comments.\n\n“Harbour expresses "
     "its firm disapproval of the remarks,” it said.", ["Harbour foreign ministry"]),
])
def test_twenty_sixth_session_first_round(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a roundup item's source after 'FROM': initials, or a writer's name in capitals
    ("Some story.” http://example.com/2ds\nSTATE OF THE ART -- FROM HJR: “The campaign bought the national "
     "filter ahead of the debate.” http://example.com/x", ["HJR"]),
    ("Some story.” http://example.com/2ds\nH.W. FOR HRC -- FROM ANN LIND: “[The former president] will vote "
     "for her, a source said.” http://example.com/x", ["Ann Lind"]),
    # a passive apposition whose agents are listed with ', and': the subject before it
    ("A 2014 study, sponsored by the Harbour Program on Education Policy and Governance, and Education "
     "Next, reveals that a child’s disadvantages are “more the result of their parents than their schools.”",
     ["A 2014 study"]),
    # a subordinate clause before the subject pronoun passes a he-chain on to the sentence before
    ("President Lind has an arrogance about him.\n\n[Read Related Article: Did Lind Just Foreshadow It?]\n\n"
     "When he was elected he did the same thing. In 2008 he said, “We are five days away from changing the "
     "town.”", ["Lind"]),
    ("Mayor Ann Lind spoke to reporters.\n\nWhen elected, he did the same thing. In 2008 he said, “We are "
     "five days away from changing the town.”", [None]),
])
def test_twenty_sixth_session_roundups_lists_and_clauses(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_sixth_session_reckoning_is_no_cue_and_laws_are_documents():
    spans = find_quotes_and_attributions("By his own reckoning, Mr. Lind had failed to “communicate why he wants "
                                         "a second term.”")
    assert [s.cue for s in spans if s.kind == "attribution"] == []
    for name in ("the Harbour Flag Code", "Defense of Marriage Act", "the 9th Amendment", "Isaiah 41:10",
                 "Article 1 of the Constitution"):
        assert source_type(name) == "document", name
    assert source_type("Code Pink") != "document"  # (a law's word opening a name)
    assert source_type("Opponents of the Affordable Care Act") == "anonymous"  # (people, not the law)
    assert source_type("Harbour Families and Survivors United for Justice Against Terrorism") == "organisation"
    assert source_type("Ann Lind of the Harbour Movement for Justice") != "organisation"


def test_twenty_sixth_session_claims_as_a_noun_and_peoples_as_no_first_name():
    # 'claims' before 'of', 'about', 'over', 'regarding', 'against' is the noun: no cue, and the
    # bracketed quote after it has no speaker from it
    text = ("It is fun to watch him. He flings out absurd claims about the rate, even the heat at his rallies. "
            "(“It’s 100 degrees in here.”) He drops one bombshell after another.")
    assert [s.cue for s in find_quotes_and_attributions(text) if s.kind == "attribution"] == []
    assert _speakers(text) == [None]
    assert _speakers("Lind claims the vote was rigged. “It was stolen,” Lind claims.") == ["Lind"]
    # a people in the plural is no first name of the name run after it ('the vigilant Americans Lind
    # considered'): 'Americans say' stays the people
    text = ("He was proud to be one of the vigilant Americans Lind considered “deplorable.”\n\n"
            "At a time when Americans say they are tired of politics, “it is a show,” Americans say.")
    srcs = [s.speaker for s in find_quotes_and_attributions(text) if s.kind == "attribution" and s.cue == "say"]
    assert srcs and all(x == "Americans" for x in srcs), srcs


@pytest.mark.parametrize("text, speakers", [
    # the person heard speaking: a description, a name or a pronoun after 'heard'/'hear'
    ("Before it started I heard a TV reporter say, “Arguably, this is the biggest night in history.”",
     ["a TV reporter"]),
    ("Ray Brill spoke later. I heard him say, “Arguably, this is the biggest night in history.”", ["Ray Brill"]),
    ("To hear Ann Lind tell it, the town “has never been better.”", ["Ann Lind"]),
    # ... not a court's decision not to hear a case, nor what is heard over a speaker
    ("An official can be heard over the intercom saying, “There has been a fire. Stay where you are.”",
     ["An official"]),
    # a cue followed by a colon and the next quote introduces that quote, not the one before it
    ("On August 9, Page wrote, “He’s not ever going to become mayor, right?” Brill answered: “No. No he "
     "won’t.”", ["Page", "Brill"]),
    # a description, then a participle's clause after an inverted cue: the description
    ("Some allies worried. “How is it not like a cold?” said one Harbour ally worried it gave the look of "
     "wrongdoing. “Why did they keep it a secret?” And the leak hurt.", ["one Harbour ally", "one Harbour ally"]),
    # an excerpt's inner quote, then its cue with a day, an occasion or the addressee after it
    ("-- “Lind settles case,” by Ann Reed: “The fund agreed to pay. ‘It took me 50 years of hard work to get "
     "where I got,’ Mr. Lind said Wednesday on a call with investors.” http://example.com/x",
     [None, "Ann Reed", "Lind"]),
    ("-- “Lind settles case,” by Ann Reed: “The fund agreed to pay. ‘It took me 50 years of hard work to get "
     "where I got,’ Ann Lind told reporters.” http://example.com/x", [None, "Ann Reed", "Ann Lind"]),
    # a description by 'contender' or 'hopeful' names the person cited just before
    ("Gary Johnsen said a Lind or Brill presidency would be deeply flawed.\n\n“The people voting for me are "
     "voting for Gary Johnsen,” the Libertarian presidential contender said Sunday on Harbour TV.", ["Gary Johnsen"]),
    # a spokesman 'for' an office in an apposition whose closing comma is missing
    ("Upon learning that Brill listed him, Lind put any speculation to rest.\n\nConn Carroll, spokesman for "
     "Ann Lind’s office said, “Sen. Lind already has the job she wants.”", ["Conn Carroll"]),
    # people shown speaking in footage
    ("Footage from the protests showed people shouting “Hands up, don’t shoot” and more.", ["people"]),
    # a body's long name with 'and' and 'for' in it, given in full
    ("A coalition of survivors released a statement.\n\n“No matter how much the lobbying machine may argue "
     "otherwise, it is a narrow statute,” the group, known as Harbour Families and Survivors United for Justice "
     "Against Terrorism, said.", ["Harbour Families and Survivors United for Justice Against Terrorism"]),
    # 'comments' after 'the' and a name, ending its clause, is the noun; an inverted relay stays a cue
    ("“There was an intervening conversation” after the payment and before the Air Force One comments, Ray "
     "Giuliano said.", ["Ray Giuliano"]),
    ("“It is over,” the Harbour Gazette reports.", ["Harbour Gazette"]),
    # 'zing' and 'ridicule' of level 3
    ("“For his standards, he was fairly subdued,” zinged commentator Ann Navarre, who has sparred with him.",
     ["Ann Navarre"]),
])
def test_twenty_sixth_session_second_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_sixth_session_a_bare_form_after_a_and_one_word_is_a_noun():
    def cues(text):
        return [s.cue for s in find_quotes_and_attributions(text) if s.kind == "attribution"]
    # 'a lengthy rant', 'in a blog post', 'a bold claim': nouns, not cues
    assert cues("Lind spoke after a lengthy rant against “waste.” He left.") == []
    assert cues("Ann Lind wrote in a blog post that the plan “will fail.”") == ["wrote"]
    # ... but not after 'a few', nor after a verb of perception, a causative or 'did'
    assert cues("A few say “it is over.”") == ["say"]
    assert cues("One day you may sit in an office and hear a doctor say, “You have cancer.”") == ["say"]
    assert cues("The mayor had a spokesperson say that “the matter is closed.”") == ["say"]
    # an -s form after 'the' and a name at a clause's end, after a verb or preposition: a noun
    assert cues("She did not address the Harbour House comments. The vote is close, the Harbour Gazette "
                "reports.") == ["reports"]


@pytest.mark.parametrize("text, speakers", [
    # a surname alone after a quote ending in a comma, before an apposition whose last words look
    # like a name of their own ('… Peace and Security, said')
    ("Longtime friend Melba Verrow gamely took part in panels.\n\n“The decision has been made,” Verrow, a "
     "former aide who now heads up the Harbour Institute for Women, Peace and Security, said of it.",
     ["Melba Verrow"]),
    # a headline giving one party's words to another: the first party speaks
    ("Ray Brillow attacked her record.\n\n7) Brillow to Lindqvist: 'We agree.'\n\nThe first exchange "
     "was calm. Ray Brillow smiled.", ["Ray Brillow"]),
    ("Ann Lindqvist and Ray Brillow met.\n\nLindqvist to the Harbour Gazette: “Shame on you”\n\n11:45",
     ["Ann Lindqvist"]),
    # 'MP' is a role: 'the Harbour MP' is a description (the subject before holds it), not 'Harbour'
    ("“Your victory is a call to arms,” the Harbour MP said in a statement.", ["the Harbour MP"]),
    ("Ann Lindqvist has borrowed the slogan.\n\n“Your victory is a call to arms,” the Simcoe-Grey MP said "
     "in a statement.", ["Ann Lindqvist"]),
    # a relative after an inverted cue, then titles and the name with a suffix: the name
    ("“He was a retired school principal,” said his son, retired Harbour General District Court Judge Ray "
     "Allen Brillow Jr.", ["Ray Allen Brillow"]),
    ("“He was a principal,” said the spokesman, Harbour Police Chief Ray Brillow, on Monday.", ["Ray Brillow"]),
    # 'notes' right after 'reads' is the noun: no speaker 'reads'
    ("“Lind did not learn of the server until after her tenure,” reads notes from Lind’s April 9 interview.",
     [None]),
    # an inverted 'reads' before a document and whom it is from
    ("“We will acquit,” reads a statement from Ann Lindqvist.", ["Ann Lindqvist"]),
    # an issuer's name has no lower-case words but those joining a name's: the document stays
    ("“It won, and we are glad,” said an email from Lind’s campaign to lawmakers sent Tuesday.", ["an email"]),
    ("“It won,” said a statement from the Harbour Institute for Supply Management.",
     ["Harbour Institute for Supply Management"]),
])
def test_twenty_seventh_session_first_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_seventh_session_a_shared_surname_as_subject_refreshes_only_its_gender():
    # two people named Lindqvist: 'When Lindqvist claimed that she …' is the woman; 'He' after it is
    # the man cited before (Brill), not the other Lindqvist
    text = ("Ann Lindqvist and Ray Brill met on Monday for their first debate. Lindqvist spoke first. Lindqvist "
            "was calm.\n\nBrill was useful when he slammed Bob Lindqvist’s passage of the trade deal and Ann "
            "Lindqvist’s flip-flop on the pact.\n\n“When she started talking about this, it was very recent,” Brill "
            "said of her opposition to the deal. “She has been doing this for 30 years.”\n\nWhen Lindqvist claimed "
            "that she planned to “really work to get new jobs and exports.” He scoffed, and shot back, “But you "
            "haven't done it in 30 years.”")
    assert _speakers(text)[-1] == "Ray Brill"
    # a possessive is no subject: 'Brill’s plan, she said' keeps the man named before
    text2 = ("Ray Brill and his wife Ann Brill spoke at the fair. Ray Brill was pleased with the crowd. Asked if "
             "she backed Brill’s plan, she said yes. Tom Dole left early.\n\n“We go now,” he said.")
    assert _speakers(text2)[-1] in ("Tom Dole",)


def test_twenty_seventh_session_group_names_and_adverbs_before_an_organisations_verb():
    # a people in the plural, then 'Without', 'Against' or 'for' and a name: a group's name
    for name in ("Doctors Without Borders", "Physicians for Harbour Rights", "Mothers Against Drunk Driving"):
        assert source_type(name) == "organisation", name
    # ... not people acting for someone
    assert source_type("Lawyers for Lindqvist") == "anonymous"
    assert source_type("Representatives for Harbour World") != "organisation"
    # an adverb between the organisation and its verb: 'the organization' is the one named before
    assert _speakers("Doctors Without Borders similarly weighed in on the side of caution.\n\n“It is important to "
                     "keep in mind the implications,” the organization said in a statement.") == ["Doctors Without Borders"]


@pytest.mark.parametrize("text, speakers", [
    # 'the note from' a described firm: the firm, not an issuer read off an earlier note
    ("“Demand is strong,” says a new commodities note from US investment bank and bullion market maker "
     "Harbour Sachs.\n\n“Platinum is falling,” says the daily commodities note from German financial services "
     "group Lindbank, pointing to fresh lows.", ["Harbour Sachs", "Lindbank"]),
    # ... and with no name after 'from', the earlier mention of the document names its issuer
    ("The Harbour Union warned of the repercussions in a statement on Monday.\n\n“All of it is illegal,” said "
     "the statement from the 28-nation bloc.", ["Harbour Union"]),
    # 'To' a name opening a sentence, before a comma: the person whose view follows, the 'she' after it
    ("“For his standards, he was fairly subdued,” zinged commentator Ana Navarrow, who has sparred with him. "
     "To Sarah Isgur Florez, the deputy campaign manager, Brill treated Lind the way he treated his male "
     "opponents. “Her team would be making a mistake crying foul,” she said.", ["Ana Navarrow", "Sarah Isgur Florez"]),
])
def test_twenty_seventh_session_second_round(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # 'It said' after one word cited just before that names no person: the body
    ("Brill said search was biased.\n\nHarbourgle denied using political viewpoints to shape its results.\n\n"
     "It said: \"Search is not used to set a political agenda.\"", ["Harbourgle"]),
    # ... not a surname with a 'he' after its cue
    ("Brill said search was biased. Lindqvist said he would act.\n\nIt said: \"Search is not used to set a "
     "political agenda.\"", [None]),
    # a site's address after 'the website'
    ("“He will be a great attorney general,” says the website, ConfirmLindqvist.com.", ["ConfirmLindqvist.com"]),
])
def test_twenty_seventh_session_third_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_seventh_session_inner_inverted_cues_and_function_words():
    # an inner quote after an inverted cue and a participle: the inverted cue's subject, not 'said …'
    text = ("The statement followed remarks by Reed.\n\n“‘Thankfully, there are still leaders in this country,’ "
            "said Ray Brill, Lind’s adviser, adding, ‘The idea of a greater purpose may be alien to party bosses "
            "like Ann Reed.’\n\n“It is a stunning act of open hostility.”")
    assert _speakers(text)[1:] == ["Ray Brill", "Ray Brill"]
    # a function word or a participle cut from a clause is no speaker
    assert _speakers("You will not fear, nor complain, nor blame, nor be pissed off by things that happen. "
                     "Instead, in your mind there will be only the question: “What can I learn from this?”.") == [None]
    assert _speakers("Everyone has read the essay, but it was the reading and performed admiration that counted, "
                     "praised in the same breath as, “It is a better history than an actual case for paying.”") == [None]
    # ... but generic subjects stay speakers
    assert _speakers("Of the people close to Lind, some say that “it is a mistake to vote for him.”") == ["some"]


def test_twenty_seventh_session_a_first_name_the_list_lacks_after_by():
    # a first name the list lacks before a known one and the surname, after 'by': the whole name
    text = ("Lind referred to a letter written by Corretta Scott Kingsley and sent to the Senate in 1986.\n\nIn her "
            "letter, Kingsley urged the Senate to reject him.\n\n“It is a shame,” Kingsley wrote in her letter.")
    assert _speakers(text) == ["Corretta Scott Kingsley"]


def test_twenty_seventh_session_a_subject_with_the_other_pronoun_is_no_antecedent():
    # 'Lindqvist tried to regain her train …' is no antecedent of the 'he' after it, whatever gender
    # an earlier link gave the surname
    text = ("Ray Brill met Lindqvist for the debate.\n\n“I have been a senator,” Lindqvist said. “I have done it,” "
            "he added.\n\n“You have not done it,” Brill retorted.\n\nLindqvist tried to regain her train of speech, "
            "but Brill would not have it.\n\n“Excuse me,” he shot back. “Your husband signed the deal.”")
    assert _speakers(text)[-2:] == ["Ray Brill", "Ray Brill"]


def test_twenty_seventh_session_as_someone_put_it_in_a_year():
    assert _speakers("As Ann Lind put it in 2008, “Any criticism was met with a question.”") == ["Ann Lind"]
    assert _speakers("The scientists take issue with the claim. That claim “is totally at odds with the data, all "
                     "showing no trend,” they wrote.")[-1] != "That"


def test_twenty_seventh_session_sites_by_address():
    assert source_type("Harbourgazette.com") == "media"  # ('Vindy.com reports')
    assert source_type("Harbour.org") == "organisation"
    assert source_type("Ann Lind") == "named_person"


@pytest.mark.parametrize("text, speakers", [
    # a patrol is a body: 'he' after its name is the person named after it, not the patrol
    ("Zed Oberly cited two agents who said the travellers were stopped. While Harbour Patrol has yet to confirm "
     "this report, Harbour Patrol Council Local 12 President Carl Venner did confirm that he was also receiving "
     "similar reports.\n\n“Harbour Patrol agents who we represent have been contacting our organization,” he said.",
     ["Carl Venner"]),
    # 'Bill' alone before a cue is a first name (the person named in full before), not a bill
    ("She first met Bill Tarrowby in the summer of 1959. In 1987, Tarrowby was undone by a rival's claim. Bill "
     "told Dolly, “That’s ten times more than I’ve had!”", ["Bill Tarrowby"]),
    # a firm's note is a document: its issuer speaks
    ("Near term, “A move toward $1375 is possible,” says Harbour Bank’s latest note.", ["Harbour Bank"]),
    # a body described opening a sentence that ends in a colon keeps its article
    ("Responders questioned the rule. The agency released this comforting statement: “This rule does not impose "
     "any land use decisions on any local government.”", ["the agency"]),
])
def test_twenty_eighth_session_first_round(text, speakers):
    assert _speakers(text) == speakers


def test_twenty_eighth_session_people_of_a_body_and_names_of_outlets_in_lower_case():
    # the people of a body, unnamed: anonymous, as written (not the body's first word)
    for text, speaker in (("Harbour Patrol agents say the numbers dropped.", "Harbour Patrol agents"),
                          ("Harbourbank employees said the numbers dropped.", "Harbourbank employees")):
        atts = _atts(text)
        assert [(a.speaker, a.source_type) for a in atts] == [(speaker, "anonymous")], text
    # an outlet's name in lower case is a description of a person: 'the economist', 'the guardian'
    assert source_type("the economist") == "anonymous"
    assert source_type("The Economist") == "media"
    # 'Bill' before a plural noun and an auxiliary opens a noun phrase: no Bill named before speaks
    assert _atts("Senator Bill Tarrowby wrote the plan.\n\nBill sponsors had exuded confidence in recent days, "
                 "saying they were getting closer.")[-1].speaker == "Bill sponsors"


def test_twenty_eighth_session_a_kin_description_is_the_antecedent_of_a_pronoun():
    # 'the nurse’s daughter' said, then 'she': the daughter, not a one-word body cited before
    text = ("Kroner confirmed the refusal on Monday.\n\n“It was rude,” the nurse’s daughter said. That design was "
            "also rejected.\n\n“I was disappointed,” she told me.")
    assert _speakers(text) == ["the nurse’s daughter", "the nurse’s daughter"]
    # ... not over a person named in full, nor over the name written after the description's head
    assert _speakers(text.replace("Kroner confirmed", "Ann Kroner confirmed"))[-1] == "Ann Kroner"
    text2 = ("Lind’s father, Mohammad, told reporters on Monday he called the police.\n\n“They checked,” the father "
             "said outside the shop. Asked about his son, he said: “No.”")
    assert _speakers(text2)[-1] == "Mohammad"


def test_twenty_eighth_session_honorifics_name_the_pronouns_person():
    # a surname after an honorific, never given in full: the antecedent of a pronoun of its gender
    text = ("Mrs. Lindqvist was an early advocate of the raid that brought Tom Brill to justice. During the early "
            "debates she was a proponent of a more aggressive approach.\n\nI never saw her bring politics into the "
            "room. When some wanted to delay the Brill raid by one day, she said, “Screw the dinner.”")
    assert _speakers(text) == ["Lindqvist"]
    # a 'he' is never given the full name of a woman of the same surname
    text2 = ("Mr. Garland’s wife, Pamela Garland, had a tumor. Mr. Garland found a plan that would take his wife "
             "despite her tumor.\n\n“It was the best thing that our government has done for us,” he said.")
    assert _speakers(text2) == ["Garland"]


def test_twenty_eighth_session_two_kinds_of_business_before_a_name():
    assert _speakers("“Gold should see support,” reckons Swiss refining and finance group Harbour Pamp’s Asian "
                     "trading desk.") == ["Harbour Pamp"]
    assert _speakers("“Gold should see support,” said investment and consulting firm Harbour Partners.") \
        == ["Harbour Partners"]


def test_twenty_eighth_session_a_statement_continues_its_issuers_words_and_an_age_after_an_apposition():
    # 'the statement continued' after '“…,” the group said in a statement': the group, as the cue named it
    text = ("Harbour Street, a liberal group, weighed in. “We are outraged by the treatment of migrants,” the group "
            "said in a statement.\n\n“The legacy absolutely compels us to act,” the statement continued.")
    assert _speakers(text) == ["Harbour Street", "Harbour Street"]
    # a name of no known first name in apposition after a relation, with an age after it: the person
    assert _speakers("“You can just cheer for everyone else but not for me,” says Daniel’s wife, Dena Hughton, "
                     "44.") == ["Dena Hughton"]


def test_twenty_eighth_session_surnames_never_given_in_full_editorials_and_peoples():
    # a surname alone opening the sentence before, never given in full, whose pronouns in the
    # article are of the wanted gender: the antecedent
    text = ("As for the cratering economy, which on Friday produced the worst jobs numbers on record, Brillton "
            "shrugged. “We’re in no rush,” he said.\n\nOf course, Brillton has faced threats before; less than five "
            "months ago, he became only the third mayor to be impeached. Brillton simply let his recommendations "
            "lapse.")
    assert _speakers(text) == ["Brillton"]
    # ... not a party to a court case ('Roe v. Wade, making her …')
    assert _speakers("She declared herself pro-choice after Roe v. Wade, making her the first to do so. After Roe v. "
                     "Wade, she said, her views changed. A host asked her if Roe v. Wade should be overturned. She "
                     "replied “no” at once.") == [None]
    # an editorial is its outlet's words: the outlet cited just before
    text2 = ("But the Harbour Gazette was far more damning of Brill, who the newspaper slammed for his record. His "
             "acumen has created jobs, the newspaper admitted.\n\nThe editorial questioned his taxes.\n\n“Two weeks "
             "without an insult is hardly a qualification,” the editorial read.")
    assert _speakers(text2) == ["Harbour Gazette"]
    # a people's name closing a run of words is no he or she ('Muslim Americans')
    text3 = ("There are 3.3 million Muslim Americans. The overwhelming number of Muslim Americans have nothing in "
             "common with him.\n\nI asked a friend of mine about it. “I just feel really bad,” she said.")
    assert _speakers(text3) == [None]


def test_twenty_eighth_session_editorial_boards_streets_and_a_kin_description_twice():
    # an outlet's editorial board, described: the outlet named just before
    text = ("The Harbour Gazette, which by its own admission has backed the other party for almost a century, is "
            "endorsing Ann Lind.\n\n“Elections should be about the best candidate,” the newspaper’s editorial "
            "board wrote in its endorsement.")
    assert _speakers(text) == ["Harbour Gazette"]
    # a street is no person ('Willow Drive'), and a one-word body passed over for a kin description
    # gets no gender from it: the description stays the antecedent of the next pronoun too
    text2 = ("Kroner confirmed the refusal on Monday.\n\n“It was rude,” the nurse’s daughter said. That Kroner "
             "should be boycotted. It is on Willow Drive.\n\n“I was so shocked,” she told me.\n\nShe left.\n\n"
             "“I was disappointed,” she told me.")
    assert _speakers(text2) == ["the nurse’s daughter"] * 3


def test_twenty_ninth_session_inner_quotes_go_on_after_an_apposition_and_take_a_cue_with_an_adverb():
    # an inner quote after another whose cue names the speaker, then an apposition with no article
    text = ("Brenn reports:\n\n“The firm trades for itself. ‘We’re like a fund and a dealer at the same time,’ "
            "bragged Ola Tarrant, head of Harbour’s trading in 2004. ‘We can both make markets and speculate.’ The "
            "firm has rich insight.”")
    assert _speakers(text)[1:] == ["Ola Tarrant", "Ola Tarrant"]
    # a cue after an inner quote with an adverb and an addressee after the verb, or an ellipsis
    text2 = ("The paper wrote: “The scene was chaotic. ‘Accountability!’ one man shouted repeatedly at the "
             "officers. Others called for calm.”")
    assert _speakers(text2)[1] == "one man"
    # ... or a place and an addressee after the verb
    assert _speakers("The paper wrote: “The network will bar him. ‘We were not aware of the video,’ the "
                     "spokesperson said in a statement to Harbour.”")[1] == "the spokesperson"
    text3 = ("“Why can’t all members say whether they back the goals now? ‘We haven’t had any witnesses or "
             "science,’ Markwell replied… But if more study is needed, so be it,” Ann Lind wrote.")
    assert _speakers(text3) == ["Ann Lind", "Markwell"]
    # ... not a he/she with an adverb: marks a writer left unbalanced, more often than an inner quote
    text4 = ("Brill told me about it. “They stopped listening to him. It’s as if he spent all his currency” trying "
             "to stop the jokes. “Meanwhile, I was sitting there”—Brill thumped his chest—“too afraid to spend any "
             "of mine. “I don’t know what to do,” he continued earnestly. “Once I’m in, I don’t want to choose.”")
    assert set(_speakers(text4)) == {"Brill"}


def test_twenty_ninth_session_a_pontiff_a_magnate_and_days_of_the_year():
    # 'the pontiff' is the Pope named as the subject before; a title tells his gender; 'Easter Day' is
    # no one a 'he' stands for
    text = ("In his annual Easter Day address, Pope Leo offered a message of hope to migrants.\n\n“May God "
            "protect all those who must leave their homes,” the pontiff said from the balcony.\n\n“It is "
            "injustice that makes them cross deserts and seas,” he said.")
    assert _speakers(text) == ["Pope Leo", "Pope Leo"]
    # 'the real estate magnate': the person named as the subject just before
    text2 = ("Ray Brillton made it clear Thursday that he wants the debate.\n\n“I’d love to debate him. He’s a "
             "dream,” the real estate magnate said in Bismarck.")
    assert _speakers(text2) == ["Ray Brillton"]


def test_twenty_ninth_session_a_quote_after_a_paragraph_about_someone_cited_before():
    # a quote with no cue after a paragraph whose subject is a person cited before (with no cue of
    # anyone else in it): that person, not the last quote's speaker a paragraph further back
    text = ("Former director Ann Tarrant said Thursday the remarks were “frightening.”\n\n“We should all be a bit "
            "embarrassed,” Tarrant told reporters.\n\n“Why are we taking these people?” Brill asked, according to "
            "the Gazette.\n\nThe newspaper cited two unnamed sources who were briefed on the meeting in its "
            "report.\n\nTarrant declined to “make a personal judgment” but called the comments “totally "
            "inappropriate.”\n\n“I don’t know of any other example in recent history where a president says "
            "something he knew would become public.”")
    assert _speakers(text)[-1] == "Ann Tarrant"
    # ... not when someone else's cue stands in that paragraph, nor for a quote ending in a comma (its cue
    # follows it)
    text2 = text.replace("Tarrant declined to", "Tarrant, Brill said, declined to")
    assert _speakers(text2)[-1] == "Brill"
    text3 = text.replace("would become public.”", "would become public,” Brill began.")
    assert _speakers(text3)[-1] == "Brill"


def test_twenty_ninth_session_an_outlet_reporting_what_someone_told_it():
    # 'X told the Gazette that “…,” the Gazette reported': X speaks (the words are reported speech), the
    # outlet relays
    text = ("Heinz wanted no part of it. Ann Lind told the Harbour Gazette that “Mr. Heinz warned Mr. Archer "
            "that working with the firm was unacceptable,” the Gazette reported.")
    spans = [s for s in find_quotes_and_attributions(text) if s.kind == "quote"]
    assert [(s.subtype, s.speaker) for s in spans] == [("partial", "Ann Lind")]


def test_twenty_ninth_session_a_quote_after_a_sentence_about_someone_cited_before_and_adverbs_opening_a_clause():
    # the subject of the sentence just before, in the quote's paragraph, cited before
    text = ("“We need the votes,” said Ted Marlow. “The plan is sound,” said Sarah Bradley, a pastor.\n\nMarlow, "
            "however, remains undeterred by his detractors. “When you play with fire you get burned, and the "
            "country is burning.”")
    assert _speakers(text)[-1] == "Ted Marlow"
    # ... not after a question, nor for a quote that names that person, nor before a name and a verb
    assert _speakers(text.replace("by his detractors.", "by his detractors?"))[-1] == "Sarah Bradley"
    assert _speakers(text.replace("the country is burning", "Marlow knows it"))[-1] == "Sarah Bradley"
    assert _speakers(text.replace("country is burning.”", "country is burning!” Bradley grunts."))[-1] \
        == "Sarah Bradley"
    # an adverb opening the clause before a participle's pronoun subject
    assert _speakers("Ann Lind went over her speech. An aide tugged at her sleeve. Finally she turned on him, "
                     "snapping, “I read teleprompters all the time.”") == ["Ann Lind"]
