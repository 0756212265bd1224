#!/usr/bin/env python3
"""Build ``tests/gold/passages.jsonl``: hand-annotated hard cases for quotes and attribution.

Every passage below is FICTIONAL and was written for this project (invented
people, places and outlets, except that real outlet names appear as relay
sources). The markup is the one of ``datasets/sample/build_sample.py``:

``{Q:sub|speaker|cue}content{/Q}``
    quote content (inside the marks); ``sub`` d/p/s/t (direct, partial,
    scare, title); ``speaker`` the fullest name in the passage (empty = none);
    ``cue`` the linked cue, lower-cased (empty = none).
``{A:sub|source|stype}cue{/A}`` (optionally ``|tone``)
    the attribution cue only; ``sub`` d/i/acc/r (direct, indirect,
    according_to, relay); ``source`` as written; ``stype`` np/off/org/med/anon/doc.
    Tone: ``relay`` for relay cues, ``loaded`` for the verbs in ``LOADED``
    below (written independently of the library lexicon), else ``neutral``.

Paragraphs are separated by a blank line. Run ``python tests/gold/build_passages.py``
to rewrite ``passages.jsonl`` (one JSON object per passage: id, case, text, spans).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
QSUB = {"d": "direct", "p": "partial", "s": "scare", "t": "title"}
ASUB = {"d": "direct", "i": "indirect", "acc": "according_to", "r": "relay"}
STYPE = {"np": "named_person", "off": "official", "org": "organisation", "med": "media",
         "anon": "anonymous", "doc": "document"}
LOADED = {"claim", "admit", "insist", "allege", "concede", "boast", "brag", "slam", "blast", "deny",
          "confess", "reveal", "whine", "rant", "fume", "scoff", "sneer", "quip", "lament", "complain",
          "accuse", "gush", "assert", "proclaim", "lash"}
TOKEN = re.compile(r"\{([QA]):([^{}]*)\}|\{/([QA])\}")

P: list[tuple[str, str]] = []  # (case, marked-up text)


def p(case: str, body: str) -> None:
    P.append((case, body.strip("\n")))


# --- speaker after / before / inside the quote
p("speaker after, inverted",
  "“{Q:d|Oda Lind|said}The bridge will reopen in May,{/Q}” {A:d|Transport Minister Oda Lind|off}said{/A} Transport Minister Oda Lind.")
p("speaker before with colon",
  "Harbour master Piet Olsen {A:d|Harbour master Piet Olsen|off}told{/A} reporters: “{Q:d|Piet Olsen|told}No ship has left since Monday.{/Q}”")
p("split quote, speaker inside",
  "“{Q:d|Mira Castell|said}We are not finished,{/Q}” Mira Castell {A:d|Mira Castell|np}said{/A}, “{Q:d|Mira Castell|said}and we will not be silenced.{/Q}”")
p("pronoun speaker",
  "Lena Voss has run the shelter for a decade. “{Q:d|Lena Voss|said}We have never turned anyone away,{/Q}” she {A:d|she|np}said{/A}.")
p("pronoun with two people, gender from title",
  "Mr. Arno Kepler met Ms. Dana Whit on Friday. Kepler {A:i|Kepler|np}said{/A} the meeting went well. “{Q:d|Dana Whit|said}It did not,{/Q}” she {A:d|she|np}said{/A}.")
p("surname resolved to earlier full name",
  "The report was written by engineer Tomas Brill. Later, Brill {A:d|Brill|np}said{/A}: “{Q:d|Tomas Brill|said}The cracks were visible for years.{/Q}”")
p("asked, question quote",
  "“{Q:d|Ilse Marr|asked}Who will pay for this?{/Q}” {A:d|Ilse Marr|np}asked{/A} Ilse Marr, a farmer in the valley.")
p("added after second quote",
  "“{Q:d|Joel Park|said}The vote is close,{/Q}” Joel Park {A:d|Joel Park|np}said{/A}. “{Q:d|Joel Park|added}Nobody should celebrate yet,{/Q}” he {A:d|he|np}added{/A}.")
# --- multi-paragraph, nested, apostrophes, unbalanced
p("multi-paragraph quote",
  "Judge Carla Neves {A:d|Judge Carla Neves|off}said{/A}: “{Q:d|Carla Neves|said}The evidence was clear from the first day.\n\n“The defendants knew what they were doing, and they did it anyway.{/Q}”\n\nThe sentence will be appealed.")
p("nested quotes",
  "“{Q:d|Rosa Ilic|said}He looked at me and said ‘{Q:d||}go home and forget it{/Q}’, so I did,{/Q}” Rosa Ilic {A:d|Rosa Ilic|np}said{/A}.")
p("apostrophes inside single quotes",
  "The union’s leader, Bo Jansen, {A:i|Bo Jansen|np}said{/A} the offer was ‘{Q:p|Bo Jansen|said}the company’s last trick, and it’s a cheap one{/Q}’.")
p("straight quotes and apostrophes",
  "\"{Q:d|Kai Moreno|said}It's the workers' money, not the board's,{/Q}\" Kai Moreno {A:d|Kai Moreno|np}said{/A}.")
p("unbalanced quote ends at paragraph",
  "The sign on the gate {A:d|The sign on the gate|doc}said{/A} “{Q:d|The sign on the gate|said}Closed until further notice{/Q}\n\nCouncillor Eva Roth {A:i|Councillor Eva Roth|off}said{/A} the sign was not official.")
p("guillemets",
  "Le maire, Paul Girard, a déclaré : «{Q:d|Paul Girard|}Nous reconstruirons le pont.{/Q}»")
p("low-high marks",
  "Die Ministerin Jana Krause sagte: „{Q:d|Jana Krause|}Wir haben genug gewartet.{/Q}“")
# --- subtypes: partial, scare, title
p("partial quote in reported speech",
  "Finance Minister Hugo Brandt {A:i|Finance Minister Hugo Brandt|off}said{/A} the budget would allow towns to make “{Q:p|Hugo Brandt|said}real choices{/Q}” again.")
p("scare quote, no speaker",
  "The so-called “{Q:s||}experts{/Q}” behind the plan have never visited the valley.")
p("scare quotes twice",
  "The company’s “{Q:s||}green{/Q}” trucks still burn diesel, and its “{Q:s||}community fund{/Q}” has paid out nothing.")
p("book title",
  "Her memoir, “{Q:t||}The Long Way Back{/Q}”, sold out in a week.")
p("film title and partial",
  "In the documentary “{Q:t||}Salt and Iron{/Q}”, its director, Ana Sol, {A:i|Ana Sol|np}says{/A} the mine was “{Q:p|Ana Sol|says}a slow disaster{/Q}”.")
p("headline ending an article",
  "The hearing resumes on Monday.\n\nRead more: “{Q:t||}Court Delays Ruling on Harbour Lease{/Q}”")
# --- loaded cues
p("loaded cues",
  "Senator Rhea Mott {A:i|Senator Rhea Mott|off|loaded}claimed{/A} the figures were invented. Her rival {A:i|Her rival|anon|loaded}insisted{/A} that they were correct.")
p("admitted, conceded",
  "Coach Leo Hart {A:i|Coach Leo Hart|off|loaded}admitted{/A} that the team had played badly, and {A:i|Coach Leo Hart|off|loaded}conceded{/A} that changes were needed.")
p("slammed with quote",
  "Opposition leader Nina Falk {A:i|Opposition leader Nina Falk|off|loaded}slammed{/A} the deal as “{Q:p|Nina Falk|slammed}a gift to the banks{/Q}”.")
p("denied and boasted",
  "The firm {A:i|The firm|org|loaded}denied{/A} any wrongdoing. Its founder, Max Ebert, later {A:i|Max Ebert|np|loaded}boasted{/A} that sales had doubled.")
# --- relay, according to, anonymous, document, organisation
p("according to a document",
  "{A:acc|a police report|doc}According to{/A} a police report, the driver had not slept for two days.")
p("according to an outlet is relay",
  "The talks collapsed on Sunday, {A:r|Reuters|med|relay}according to{/A} Reuters.")
p("told the outlet is relay",
  "Mayor Ines Lobo {A:r|Mayor Ines Lobo|off|relay}told{/A} the BBC that the curfew would be lifted.")
p("outlet is reporting",
  "Al Jazeera {A:r|Al Jazeera|med|relay}is reporting{/A} that the border crossing has reopened.")
p("first reported by",
  "The leak was {A:r|The Guardian|med|relay}first reported by{/A} The Guardian on Tuesday.")
p("anonymous sources",
  "Officials {A:i|Officials|anon}said{/A} the plan had been shelved. A source familiar with the talks {A:i|A source familiar with the talks|anon}said{/A} no date had been set.")
p("people familiar",
  "The deal is worth about two billion, {A:acc|people familiar with the matter|anon}according to{/A} people familiar with the matter.")
p("statement as source",
  "The ministry {A:i|The ministry|org}said{/A} in a statement that the schools would reopen. The statement {A:i|The statement|doc}added{/A} that buses would run as normal.")
p("police as official",
  "Police {A:i|Police|off}said{/A} two men had been arrested near the station.")
p("organisation as source",
  "The Tarn Valley Farmers Union {A:i|The Tarn Valley Farmers Union|org}warned{/A} that prices would rise.")
# --- negatives: cue words that are not attributions
p("non-speech uses",
  "The state added 300 jobs in March. Needless to say, the report was long, and all told the project cost less than planned.")
p("said as adjective and note as noun",
  "The said property was sold, and a note on the door asked visitors to wait.")
p("quote with cue in another sentence",
  "“{Q:d|Rafael Ortiz|said}We did everything right.{/Q}” The words came from Rafael Ortiz, who {A:i|Rafael Ortiz|np}said{/A} later that he regretted them.")
p("attribution with appositive",
  "Sofia Brandt, a nurse at the city hospital, {A:d|Sofia Brandt|np}said{/A}: “{Q:d|Sofia Brandt|said}We ran out of beds by noon.{/Q}”")
p("quote paragraph continues same speaker",
  "“{Q:d|Viktor Lenz|said}We are asking for a fair wage,{/Q}” {A:d|Viktor Lenz|np}said{/A} Viktor Lenz, who leads the drivers.\n\n“{Q:d|Viktor Lenz|}Nothing more and nothing less.{/Q}”")


def parse(body: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    pos = 0
    last = 0
    stack: list[tuple[str, int, list[str]]] = []
    spans: list[dict] = []
    for m in TOKEN.finditer(body):
        chunk = body[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(1):
            stack.append((m.group(1), pos, m.group(2).split("|")))
            continue
        kind, start, f = stack.pop()
        assert kind == m.group(3), body
        f = [*f, "", "", "", ""]
        if kind == "Q":
            spans.append(dict(kind="quote", start=start, end=pos, subtype=QSUB[f[0]],
                              speaker=f[1] or None, cue=f[2] or None, cue_tone=None, source=None,
                              source_type=None))
        else:
            spans.append(dict(kind="attribution", start=start, end=pos, subtype=ASUB[f[0]],
                              speaker=None, cue=None, cue_tone=f[3] or None, source=f[1] or None,
                              source_type=STYPE[f[2]]))
    assert not stack, body
    out.append(body[last:])
    text = "".join(out)
    for s in spans:
        s["text"] = text[s["start"] : s["end"]]
        if s["kind"] == "attribution":
            s["cue"] = " ".join(s["text"].lower().split())
            if s["cue_tone"] is None:
                s["cue_tone"] = "relay" if s["subtype"] == "relay" else (
                    "loaded" if _lemma(s["cue"]) in LOADED else "neutral")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return text, spans


def _lemma(cue: str) -> str:
    w = cue.split()[0]
    for suf in ("ied", "ies", "ed", "es", "s", "ing"):
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if suf in ("ied", "ies"):
                return stem + "y"
            for cand in (stem, stem + "e", stem[:-1]):
                if cand in LOADED:
                    return cand
    return w


def main() -> None:
    rows = []
    for k, (case, body) in enumerate(P, 1):
        text, spans = parse(body)
        rows.append({"id": f"g{k:03d}", "case": case, "text": text, "spans": spans})
    path = HERE / "passages.jsonl"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    n_q = sum(s["kind"] == "quote" for r in rows for s in r["spans"])
    n_a = sum(s["kind"] == "attribution" for r in rows for s in r["spans"])
    print(f"{len(rows)} passages, {n_q} quotes, {n_a} attributions -> {path}")


if __name__ == "__main__":
    main()
