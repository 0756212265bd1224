#!/usr/bin/env python3
"""Build the bundled SYNTHETIC sample corpus of ``framing``.

Every article below is fictional and was written for this project: the
outlets, people, places and events are invented (the country is the fictional
Republic of Marrovia). No sentence is copied or paraphrased from real news.

Running this script (stdlib only, Python 3.10+)::

    python datasets/sample/build_sample.py

strips the inline markup from the article bodies, computes character offsets
and (re)writes, next to this file,

* ``articles.jsonl`` - one article per line,
* ``gold.jsonl``     - one gold span (quote / attribution / boilerplate) per line,

byte-for-byte reproducibly (sorted keys, ``ensure_ascii=False``, ``\\n``).
It then prints the corpus statistics quoted in ``README.md``.

Markup (used only inside ``body`` strings)
------------------------------------------
Paragraphs are separated by a blank line; every paragraph is written on ONE
source line (a single newline inside a body is kept as a single ``\\n``, used
for widget lines and lists). Articles with ``annotated=False`` are plain text.

``{Q:sub|speaker|cue}...{/Q}``
    A quote span around the quoted CONTENT (inside the quotation marks).
    ``sub``: ``d`` direct, ``p`` partial, ``s`` scare, ``t`` title (full names
    are accepted too). ``speaker`` = fullest name of the speaker in the
    article (empty = null); ``cue`` = cue word(s) linking the quote to the
    speaker, lower-cased (empty = null). ``{Q:s}`` / ``{Q:t}`` need no fields.
    Quotes may nest (``“{Q:d|Ana Roth|said}He told me ‘{Q:p|Ivo Brandt|told}never again{/Q}’,{/Q}” she said``).

``{A:sub|source|stype}cue{/A}`` or ``{A:sub|source|stype|tone}cue{/A}``
    An attribution cue; the span is ONLY the cue expression.
    ``sub``: ``d`` direct, ``i`` indirect, ``acc`` according_to, ``r`` relay.
    ``source``: the cited source as it appears (``Varga``, ``she``,
    ``the Harbour Authority``). ``stype``: ``np`` named_person, ``off``
    official, ``org`` organisation, ``med`` media, ``anon`` anonymous,
    ``doc`` document. ``tone`` is optional: relay for relay cues, otherwise
    derived from the cue via ``LOADED_CUES`` (loaded) or neutral.

``{B:subtype}``  at the start of a line
    The whole line is a boilerplate span (auto-closed at the end of the
    line). ``{B:byline_dateline}HARBOURTON, March 3 (CPA) -{/B}`` closes
    explicitly: wire datelines are the only boilerplate spans that are a
    line-initial prefix rather than a whole line.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

OUTLETS = {
    "wire": dict(
        outlet="Continental Press Agency",
        outlet_type="wire",
        domain="www.continentalpress.example",
    ),
    "pub": dict(
        outlet="Marrovia Public Broadcasting",
        outlet_type="public_broadcaster",
        domain="www.mpb.example",
    ),
    "blog": dict(
        outlet="The Patriot Beacon",
        outlet_type="partisan_blog",
        domain="patriotbeacon.example",
    ),
    "state": dict(
        outlet="Sovereign News Network",
        outlet_type="state_affiliated",
        domain="www.snn-news.example",
    ),
    "tab": dict(
        outlet="The Daily Blaze",
        outlet_type="tabloid",
        domain="www.dailyblaze.example",
    ),
}

EVENTS = {
    "bridge_collapse": "Partial collapse of the Ambry Bridge in Harbourton (March 2025)",
    "port_strike": "Dockworkers' strike at the port of Harbourton (April 2025)",
    "fishing_dispute": "Detention of a Marrovian trawler by Belcourt in the Grey Sound (May 2025)",
    "river_flood": "Tarn River floods in the Tarn Valley (June 2025)",
    "health_data_leak": "Breach of the National Health Registry (July-August 2025)",
}

QUOTE_SUB = {"d": "direct", "p": "partial", "s": "scare", "t": "title"}
ATTR_SUB = {"d": "direct", "i": "indirect", "acc": "according_to", "r": "relay"}
STYPE = {
    "np": "named_person",
    "off": "official",
    "org": "organisation",
    "med": "media",
    "anon": "anonymous",
    "doc": "document",
}
BOILER_SUB = {
    "disclaimer",
    "solicitation",
    "social_prompt",
    "comment_widget",
    "related_links",
    "byline_dateline",
    "copyright",
    "republication",
    "ad_notice",
    "scraper_artifact",
}
LOADED_CUES = {
    "claimed", "claims", "admitted", "admits", "insisted", "insists",
    "alleged", "alleges", "conceded", "concedes", "boasted", "boasts",
    "slammed", "slams", "blasted", "blasts", "whined", "ranted",
    "refused to", "denied", "denies", "bragged", "fumed", "raged",
}
# Speech / citation verbs the linter looks for outside attribution spans.
CUE_LINT = re.compile(
    r"\b(said|says|told|tells|added|stated|according to|claimed|claims|"
    r"admitted|insisted|alleged|conceded|boasted|slammed|blasted|reported|"
    r"reporting|announced|confirmed|explained|noted|warned|denied|cited by|"
    r"wrote|tweeted|argued|urged|insists|admits)\b",
    re.IGNORECASE,
)
TOKEN = re.compile(r"\{([QAB]):([^{}]*)\}|\{/([QAB])\}")
OPEN_MARKS = "“‘«"
CLOSE_MARKS = "”’»"

ARTICLES: list[dict] = []


def article(**kw) -> None:
    """Register one article (called once per article below)."""
    ARTICLES.append(kw)


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    s = s.replace("'", "")
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s[:80].rstrip("-")


def _close_boiler_lines(body: str) -> str:
    """Append ``{/B}`` to lines that open a ``{B:...}`` span without closing it."""
    out = []
    for line in body.split("\n"):
        if line.startswith("{B:") and "{/B}" not in line:
            line += "{/B}"
        out.append(line)
    return "\n".join(out)


def parse(body: str, doc_id: str) -> tuple[str, list[dict]]:
    """Strip the markup of ``body``; return (plain text, gold spans)."""
    raw = _close_boiler_lines(body.strip("\n"))
    out: list[str] = []
    pos = 0  # length of plain text so far
    stack: list[tuple[str, int, list[str]]] = []
    spans: list[dict] = []
    last = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(1):
            stack.append((m.group(1), pos, m.group(2).split("|")))
        else:
            kind = m.group(3)
            if not stack or stack[-1][0] != kind:
                raise ValueError(f"{doc_id}: unbalanced {{/{kind}}} at raw offset {m.start()}")
            _, start, fields = stack.pop()
            spans.append(_make_span(doc_id, kind, start, pos, fields))
    if stack:
        raise ValueError(f"{doc_id}: unclosed tag(s) {[s[0] for s in stack]}")
    out.append(raw[last:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"{doc_id}: stray brace in text")
    for sp in spans:
        sp["text"] = text[sp["start"]:sp["end"]]
    return text, spans


def _null(s: str | None) -> str | None:
    s = (s or "").strip()
    return s or None


def _make_span(doc_id: str, kind: str, start: int, end: int, f: list[str]) -> dict:
    row = dict(
        doc_id=doc_id, start=start, end=end, kind=None, subtype=None,
        text=None, speaker=None, cue=None, cue_tone=None, source=None,
        source_type=None,
    )
    if kind == "Q":
        row["kind"] = "quote"
        row["subtype"] = QUOTE_SUB.get(f[0], f[0])
        row["speaker"] = _null(f[1]) if len(f) > 1 else None
        row["cue"] = _null(f[2]) if len(f) > 2 else None
        if row["cue"]:
            row["cue"] = row["cue"].lower()
    elif kind == "A":
        row["kind"] = "attribution"
        row["subtype"] = ATTR_SUB.get(f[0], f[0])
        if len(f) < 3:
            raise ValueError(f"{doc_id}: attribution needs sub|source|stype: {f}")
        row["source"] = _null(f[1])
        row["source_type"] = STYPE.get(f[2], f[2])
        row["cue_tone"] = f[3] if len(f) > 3 else None
    else:
        row["kind"] = "boilerplate"
        row["subtype"] = f[0]
    return row


def finish_attribution(row: dict) -> None:
    row["cue"] = row["text"].lower()
    if row["cue_tone"] is None:
        if row["subtype"] == "relay":
            row["cue_tone"] = "relay"
        elif row["cue"] in LOADED_CUES:
            row["cue_tone"] = "loaded"
        else:
            row["cue_tone"] = "neutral"


def validate(art: dict, text: str, spans: list[dict]) -> list[str]:
    """Hard errors raise; soft lint warnings are returned."""
    doc = art["doc_id"]
    warnings: list[str] = []
    for sp in spans:
        assert sp["text"] == text[sp["start"]:sp["end"]], (doc, sp)
        assert sp["start"] < sp["end"], (doc, sp)
        k, sub = sp["kind"], sp["subtype"]
        if k == "quote":
            assert sub in QUOTE_SUB.values(), (doc, sp)
            before = text[sp["start"] - 1] if sp["start"] else ""
            after = text[sp["end"]] if sp["end"] < len(text) else ""
            assert before in OPEN_MARKS + '"' and after in CLOSE_MARKS + '"', (doc, "quote not between marks", sp["text"])
            if sub in ("scare", "title"):
                assert sp["speaker"] is None and sp["cue"] is None, (doc, sp)
            if sub == "direct" and not sp["speaker"]:
                warnings.append(f"{doc}: direct quote without speaker: {sp['text'][:40]!r}")
        elif k == "attribution":
            assert sub in ATTR_SUB.values(), (doc, sp)
            assert sp["source_type"] in STYPE.values(), (doc, sp)
            assert sp["source"], (doc, sp)
            assert (sub == "relay") == (sp["cue_tone"] == "relay"), (doc, "relay subtype <=> relay tone", sp)
            assert sp["cue_tone"] in ("neutral", "loaded", "relay"), (doc, sp)
            if sub == "relay":
                assert sp["source_type"] == "media", (doc, sp)
        else:
            assert sub in BOILER_SUB, (doc, sp)
            line_start = sp["start"] == 0 or text[sp["start"] - 1] == "\n"
            line_end = sp["end"] == len(text) or text[sp["end"]] == "\n"
            assert line_start, (doc, "boilerplate not at line start", sp["text"])
            if sub != "byline_dateline":
                assert line_end, (doc, "boilerplate not a whole line", sp["text"])
    for sp in spans:
        if sp["kind"] == "attribution" and sp["source"] not in text:
            warnings.append(f"{doc}: attribution source not in text: {sp['source']!r}")
        if sp["kind"] == "quote" and sp["speaker"] and sp["speaker"].lower() not in text.lower():
            warnings.append(f"{doc}: quote speaker not in text: {sp['speaker']!r}")
    # --- completeness lint -------------------------------------------------
    qspans = [s for s in spans if s["kind"] == "quote"]
    starts = {s["start"] for s in qspans}
    ends = {s["end"] for s in qspans}
    inside_q = lambda i: any(s["start"] <= i < s["end"] for s in qspans)  # noqa: E731
    inside_b = lambda i: any(  # noqa: E731
        s["start"] <= i < s["end"] for s in spans if s["kind"] == "boilerplate")
    for i, ch in enumerate(text):
        if inside_b(i):
            continue
        if ch in OPEN_MARKS:
            continuation = ch == "“" and (i >= 2 and text[i - 2:i] == "\n\n") and inside_q(i)
            if i + 1 not in starts and not continuation:
                warnings.append(f"{doc}: unannotated opening mark at {i}: {text[i:i+40]!r}")
        if ch in "”»" and i not in ends:
            warnings.append(f"{doc}: unannotated closing mark at {i}: {text[max(0, i-40):i+1]!r}")
        if ch == '"' and i + 1 not in starts and i not in ends:
            warnings.append(f"{doc}: straight quote not at a quote boundary at {i}: {text[max(0,i-30):i+30]!r}")
    aspans = [(s["start"], s["end"]) for s in spans if s["kind"] == "attribution"]
    # a quote's cue must be an attribution span in the same paragraph
    # (unless the quote is nested inside another quote)
    for q in qspans:
        if not q["cue"] or any(o is not q and o["start"] <= q["start"] and q["end"] <= o["end"] for o in qspans):
            continue
        p0 = text.rfind("\n\n", 0, q["start"])
        p1 = text.find("\n\n", q["end"])
        p1 = len(text) if p1 < 0 else p1
        if not any(s["kind"] == "attribution" and p0 <= s["start"] < p1
                   and text[s["start"]:s["end"]].lower() == q["cue"] for s in spans):
            warnings.append(f"{doc}: quote cue {q['cue']!r} not annotated nearby: {q['text'][:40]!r}")
    for m in CUE_LINT.finditer(text):
        if inside_q(m.start()) or inside_b(m.start()):
            continue
        if not any(a <= m.start() and m.end() <= b for a, b in aspans):
            ok = art.get("not_cues", ())
            ctx = text[max(0, m.start() - 35):m.end() + 25].replace("\n", " ")
            if not any(o in ctx for o in ok):
                warnings.append(f"{doc}: cue-like word outside attribution: {ctx!r}")
    return warnings


# ===========================================================================
# 1. Continental Press Agency (wire)
#    dateline lead, neutral "said", full name then surname, pronoun speakers,
#    quotes running over paragraphs, byline + copyright lines at the end.
# ===========================================================================

article(
    doc_id="wire-001", date="2025-03-03", event="bridge_collapse", author="Lena Marsh", annotated=True,
    title="Part of Ambry Bridge collapses in Harbourton during morning rush hour",
    body="""
{B:byline_dateline}HARBOURTON, March 3 (CPA) -{/B} A section of the Ambry Bridge, the main road link across the river in the Marrovian capital, collapsed into the water during the morning rush hour on Monday, killing at least three people and injuring more than twenty, emergency services {A:i|emergency services|org}said{/A}.

Witnesses {A:i|Witnesses|anon}said{/A} a span of roughly forty metres near the eastern pier gave way shortly after 8 a.m., sending at least six cars and a city bus into the Ambry River.

“{Q:d|Jonas Pelt|said}There was a sound like a gunshot, then the road just dropped in front of me,{/Q}” {A:d|Jonas Pelt|np}said{/A} Jonas Pelt, a taxi driver who stopped his car a few metres from the gap. “{Q:d|Jonas Pelt|}I saw the bus go over. I will hear that for the rest of my life.{/Q}”

Chief Commander Ada Kessler of the Harbourton Fire and Rescue Service {A:i|Chief Commander Ada Kessler|off}told{/A} reporters at the scene that divers had pulled eleven people from the water and that the search would continue through the night.

Kessler {A:d|Kessler|np}said{/A}: “{Q:d|Ada Kessler|said}We are still treating this as a rescue operation. The water is cold and the current is strong, but people have survived longer in worse conditions.

“I would ask everyone to stay away from both banks and let the teams do their work.{/Q}”

Transport Minister Lidia Farrow, who cut short a visit to Kessling to return to the capital, {A:i|Transport Minister Lidia Farrow|off}said{/A} the government would order an independent review of the crossing, which opened in 1974 and was last inspected in 2022.

“{Q:d|Lidia Farrow|said}Families deserve to know exactly why this happened, and they will,{/Q}” she {A:d|she|off}said{/A}.

The Harbour Authority, which owns the bridge, {A:i|The Harbour Authority|org}said{/A} in a statement that it was “{Q:p|Harbour Authority|said}cooperating fully{/Q}” with investigators. Castellan Engineering, the firm that carried out the 2022 inspection, did not immediately respond to a request for comment.

Traffic across the city was gridlocked for much of the day after police closed the two remaining bridges to heavy vehicles as a precaution.

{B:byline_dateline}Reporting by Lena Marsh; Editing by Piet Holm
{B:copyright}© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-002", date="2025-03-05", event="bridge_collapse", author="Lena Marsh",
    title="Ambry Bridge death toll rises to seven as divers end search",
    body="""
HARBOURTON, March 5 (CPA) - Divers recovered the last two missing bodies from the Ambry River on Wednesday, bringing the death toll from Monday's partial collapse of the Ambry Bridge to seven, the Harbourton Fire and Rescue Service said.

The victims included four passengers on the number 14 city bus, the driver of a delivery van and a couple travelling to a hospital appointment, the service said in a statement. Nineteen people remain in hospital, three of them in a serious condition.

“Our teams have done everything humanly possible. Today we bring the last of them home,” Chief Commander Ada Kessler said at a briefing on the eastern bank.

Prime Minister Anselm Corvin declared a national day of mourning for Friday and visited the injured at St. Aldric's Hospital on Tuesday evening.

“No one in this country should cross a bridge and wonder whether they will reach the other side,” Corvin told parliament on Wednesday. “That trust has been broken and we will restore it.”

Opposition leader Marta Quill of the Civic Alliance said the government had ignored warnings about the state of the country's older crossings and called on Transport Minister Lidia Farrow to resign.

Farrow said she would not step down before the independent review, led by retired engineer Emil Sarrazin, reports its findings. She said Sarrazin would have “full access to every document and every person” involved in the bridge's maintenance.

Castellan Engineering, which inspected the bridge in 2022, said on Tuesday it stood by its work and would cooperate with the review. The company's chief executive, Renata Holm, said the inspection had recommended further tests on the eastern pier.

The city council said a temporary ferry service between the two banks would begin on Thursday.

Reporting by Lena Marsh and Tomas Brink; Editing by Piet Holm
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-003", date="2025-03-27", event="bridge_collapse", author="Tomas Brink",
    title="Review blames corroded cables and missed warnings for Ambry Bridge collapse",
    body="""
HARBOURTON, March 27 (CPA) - Corroded support cables and a failure to act on an engineering warning caused the deadly partial collapse of Harbourton's Ambry Bridge, an independent review found on Thursday.

The 212-page report, titled “Structural Review of the Ambry Crossing”, said water had seeped into the anchorage of the eastern cables for at least a decade, and that a 2022 recommendation to test the eastern pier was never carried out.

“The collapse was not an act of nature. It was the end of a long chain of small decisions not to look,” Emil Sarrazin, the retired engineer who led the review, told a news conference. “Every one of those decisions was made by someone who believed somebody else would deal with it.

“That is the lesson here, and it reaches well beyond one bridge.”

The review found that the Harbour Authority had twice postponed the pier tests for budget reasons, in 2023 and again in 2024. It also criticised Castellan Engineering for describing the risk as “moderate” in a summary sent to the authority, while the full inspection file rated it as “high”.

Harbour Authority director Oskar Brandt said he accepted the findings in full and would resign once a successor was appointed. “I owe that to the families,” he said.

Castellan chief executive Renata Holm said the company had “flagged the issue clearly” and rejected the suggestion that its summary had played down the danger.

Transport Minister Lidia Farrow said the government would spend 400 million marks over five years to inspect and repair all 61 road bridges built before 1980. Prosecutors said they were studying the report and had not ruled out criminal charges.

Families of the seven victims, who had campaigned for the review to be published in full, said they were relieved but wanted more. “A report is not justice,” said Mirela Dunn, whose son was on the bus. “It is a beginning.”

Reporting by Tomas Brink; Editing by Piet Holm
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-004", date="2025-04-07", event="port_strike", author="Katrin Solberg", annotated=True,
    title="Harbourton dockworkers walk out over pay, halting container traffic",
    body="""
{B:byline_dateline}HARBOURTON, April 7 (CPA) -{/B} Thousands of dockworkers at the port of Harbourton, Marrovia's largest, walked off the job on Monday in a dispute over pay, halting container traffic and leaving more than thirty ships waiting offshore.

The Greenline Dockers' Union, which represents about 4,200 workers at the port, {A:i|The Greenline Dockers' Union|org}said{/A} the strike would continue until the Harbourton Terminal Company improved its offer of a 6 percent pay rise over two years. The union is seeking 11 percent.

Ines Varga, the union's general secretary, {A:d|Ines Varga|np}told{/A} a rally outside the main gate: “{Q:d|Ines Varga|told}For three years our members have kept this port running through every crisis. Prices went up, rents went up, and our wages stood still.

“Today we are asking for nothing more than what we have already earned.{/Q}”

The Harbourton Terminal Company {A:i|The Harbourton Terminal Company|org}said{/A} its offer was fair given rising fuel and insurance costs, and that a long stoppage would push shipping lines towards rival ports.

“{Q:d|Felix Aubry|said}Nobody wins from ships sitting at anchor,{/Q}” company spokesman Felix Aubry {A:d|company spokesman Felix Aubry|off}said{/A}. “{Q:d|Felix Aubry|}Our door remains open, and we hope the union walks back through it.{/Q}”

Labour Minister Joachim Teller {A:i|Labour Minister Joachim Teller|off}said{/A} he had spoken to both sides by telephone and that the government was ready to appoint a mediator if talks did not resume within a week.

The port handles roughly 60 percent of Marrovia's container imports. The retailers' association Trade Marrovia {A:i|Trade Marrovia|org}said{/A} supermarkets had about ten days of stock of imported fresh produce.

At the main gate, pickets handed out leaflets and played music from a flatbed truck. “{Q:d|Arno Pike|said}I have worked here for 22 years and I have never been on strike before,{/Q}” {A:d|Arno Pike|np}said{/A} Arno Pike, a 51-year-old crane operator. “{Q:d|Arno Pike|}That should tell you something.{/Q}”

{B:byline_dateline}Reporting by Katrin Solberg; Editing by Piet Holm
{B:copyright}© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-005", date="2025-04-16", event="port_strike", author="Katrin Solberg",
    title="Port strike talks collapse as government appoints mediator",
    body="""
HARBOURTON, April 16 (CPA) - Talks to end the ten-day strike at the port of Harbourton broke down on Wednesday after the terminal operator declined to raise its pay offer again, prompting the government to appoint a retired judge as mediator.

Labour Minister Joachim Teller said former Supreme Court judge Carla Novak would meet both sides separately on Thursday and jointly early next week.

“Judge Novak has the trust of employers and unions alike. I have asked her to find a fair settlement, not a quick one,” Teller said.

The Harbourton Terminal Company raised its offer to 7 percent over two years on Monday, but the Greenline Dockers' Union rejected it within hours, saying the increase would be swallowed by inflation.

Ines Varga, the union's general secretary, said members had voted by 91 percent to continue the action. “We came to the table with open hands,” she said. “They came with a calculator and a stopwatch.”

Company spokesman Felix Aubry said the union had not moved from its original demand of 11 percent. “Negotiation means both sides move. So far only one side has,” he said.

More than fifty vessels are now anchored off the coast, according to the port's own traffic data, and two shipping lines said they had diverted cargo to Belcourt's port of Saint-Ivel.

The central bank said on Tuesday that a strike lasting beyond a month could knock 0.3 percentage points off quarterly economic growth.

Reporting by Katrin Solberg; Editing by Marc Ode
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-006", date="2025-05-02", event="port_strike", author="Katrin Solberg",
    title="Harbourton dockers accept 8.5 percent deal, ending 25-day strike",
    body="""
HARBOURTON, May 2 (CPA) - Dockworkers at the port of Harbourton voted on Friday to accept an 8.5 percent pay rise over two years, ending a 25-day strike that paralysed Marrovia's main container terminal.

The Greenline Dockers' Union said 78 percent of members who took part in the ballot backed the deal, which was brokered by mediator Carla Novak after four days of talks.

“It is not everything we asked for, but it is far more than we were offered,” union general secretary Ines Varga told reporters. “Our members stood together for 25 days.

“Nobody in this port will forget that.”

The agreement also includes a one-off payment of 1,200 marks per worker and a commitment to review shift patterns for crane operators, Novak said in a statement.

The Harbourton Terminal Company said work would resume with the morning shift on Saturday and that it expected to clear the backlog of ships within three weeks.

“We are glad this is behind us. Now the hard work of winning back our customers begins,” chief executive Hugo Lemaire said.

Labour Minister Joachim Teller thanked both sides and said the government would propose legislation requiring mediation before strikes at critical infrastructure, a plan the union has said it will oppose.

Economists at the Institute for Economic Research estimated that the stoppage had cost the economy about 280 million marks.

Reporting by Katrin Solberg; Editing by Piet Holm
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-007", date="2025-05-13", event="fishing_dispute", author="Anders Vik", annotated=True,
    title="Belcourt coast guard detains Marrovian trawler in disputed Grey Sound waters",
    body="""
{B:byline_dateline}KESSLING, May 13 (CPA) -{/B} Belcourt's coast guard detained a Marrovian fishing trawler and its crew of nine in the disputed waters of the Grey Sound on Tuesday, prompting Marrovia to summon Belcourt's ambassador, officials in both countries {A:i|officials in both countries|anon}said{/A}.

The trawler Morning Tern, registered in the port of Kessling, was boarded at dawn about twelve nautical miles south of the Vessel Rock lighthouse and escorted to the Belcourt port of Saint-Ivel, {A:acc|the Kessling Fishermen's Cooperative|org}according to{/A} the Kessling Fishermen's Cooperative, which owns the vessel.

Belcourt's foreign ministry {A:i|Belcourt's foreign ministry|org}said{/A} the boat had been fishing illegally inside its exclusive economic zone and that the skipper would be questioned under Belcourt law.

Marrovian Foreign Minister Kaspar Lund {A:i|Marrovian Foreign Minister Kaspar Lund|off}said{/A} the vessel had been working waters that Marrovian crews have fished “{Q:p|Kaspar Lund|said}for as long as anyone can remember{/Q}” and that the detention was “{Q:p|Kaspar Lund|said}an unfriendly act{/Q}”.

In a statement read to reporters in Harbourton, Lund {A:d|Lund|np}said{/A}: “{Q:d|Kaspar Lund|said}We expect the crew to be released without delay and the vessel returned to its owners.

“Marrovia will not accept a situation in which its fishermen are treated as criminals for working the same grounds their grandparents worked.{/Q}”

Bram Ostrow, chairman of the cooperative, {A:i|Bram Ostrow|np}said{/A} he had spoken briefly to the skipper, Teodor Malm, by radio before the boat was boarded. “{Q:d|Bram Ostrow|said}He told me, ‘{Q:d|Teodor Malm|told}We are where we always are, and they are ordering us to stop the engines{/Q}’,{/Q}” Ostrow {A:d|Ostrow|np}said{/A}.

The Grey Sound, a narrow stretch of water rich in cod and herring, has been the subject of a boundary dispute since the 1990s. An international arbitration panel has been considering the case since 2021.

The Marrovian navy {A:i|The Marrovian navy|org}said{/A} it had sent a patrol vessel to the area “{Q:p|Marrovian navy|said}to monitor the situation{/Q}” but had no plans to intervene.

{B:byline_dateline}Reporting by Anders Vik in Kessling and Lena Marsh in Harbourton; Editing by Piet Holm
{B:copyright}© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-008", date="2025-05-17", event="fishing_dispute", author="Anders Vik",
    title="Belcourt releases Marrovian trawler crew after four days",
    body="""
KESSLING, May 17 (CPA) - Belcourt released the nine crew members of the Marrovian trawler Morning Tern on Saturday, four days after its coast guard detained the vessel in the disputed Grey Sound, but said the boat's skipper would face a fine.

The crew arrived back in Kessling on a chartered ferry shortly after noon and were greeted on the quay by several hundred relatives and fishermen, some carrying banners and national flags.

“I am tired and I want to see my children,” skipper Teodor Malm told reporters as he stepped off the ferry. “We were treated correctly. But we did nothing wrong and I will say that to any court.”

Belcourt's foreign ministry said a court in Saint-Ivel had fined Malm 40,000 écus for fishing without a licence in Belcourt waters and that the trawler would be returned once the fine was paid or a guarantee posted.

Marrovian Foreign Minister Kaspar Lund said Marrovia did not recognise the court's jurisdiction and would not pay the fine. He said the government would ask the arbitration panel for an urgent ruling on the boundary.

“We welcome the release of our citizens. The vessel must follow,” Lund said.

Bram Ostrow, chairman of the Kessling Fishermen's Cooperative, said members would keep fishing in the Grey Sound. “If they want to stop us, they will have to stop all of us,” he said.

Belcourt's foreign minister, Solange Vireaux, said on Friday that her country wanted “calm waters and clear rules” and had no interest in escalating the dispute.

Reporting by Anders Vik; Editing by Marc Ode
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-009", date="2025-06-10", event="river_flood", author="Jakob Renner", annotated=True,
    title="Thousands evacuated as Tarn River bursts its banks",
    body="""
{B:byline_dateline}OSTBY, June 10 (CPA) -{/B} More than 12,000 people were evacuated from towns and villages in Marrovia's Tarn Valley on Tuesday after three days of torrential rain pushed the Tarn River to its highest level in more than half a century, regional authorities {A:i|regional authorities|anon}said{/A}.

In the town of Ostby, water reached the first floor of houses along the riverbank and rescue crews used boats to reach residents trapped on rooftops. Two people died and one person was missing, police {A:i|police|org}said{/A}.

Tarn Valley Governor Rolf Maddox {A:i|Tarn Valley Governor Rolf Maddox|off}said{/A} the regional government had declared a state of emergency and asked the army for help with evacuations.

“{Q:d|Rolf Maddox|said}We have never seen the river rise this fast. In some places it climbed a metre in two hours,{/Q}” Maddox {A:d|Maddox|np}said{/A} at an emergency centre set up in a school gymnasium. “{Q:d|Rolf Maddox|}If you are told to leave, leave. Do not wait to see how bad it gets.{/Q}”

The national Meteorological Office {A:i|The national Meteorological Office|org}said{/A} a further 80 millimetres of rain could fall on the upper valley by Thursday and kept its highest red warning in place.

Sitting on a camp bed in the gymnasium, Hanne Grau, 67, {A:d|Hanne Grau|np}said{/A}: “{Q:d|Hanne Grau|said}The water came up through the floorboards before we could carry anything upstairs. My husband wanted to stay. I told him the house can be rebuilt and we cannot.

“We have lived there for forty years. I do not know what we will find when we go back.{/Q}”

Nadia Ferro, a hydrologist at Kessling University, {A:i|Nadia Ferro|np}said{/A} decades of draining wetlands in the upper valley had removed natural storage that once slowed floodwater. “{Q:d|Nadia Ferro|said}The rain is extreme, but the landscape has made it worse,{/Q}” she {A:d|she|np}said{/A}.

The Marrovian Relief Society {A:i|The Marrovian Relief Society|org}said{/A} it had opened nine shelters and was appealing for blankets, drinking water and baby supplies.

{B:byline_dateline}Reporting by Jakob Renner in Ostby; Additional reporting by Lena Marsh in Harbourton; Editing by Piet Holm
{B:copyright}© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-010", date="2025-06-13", event="river_flood", author="Jakob Renner",
    title="Tarn Valley flood toll rises to four; Belcourt sends pumps",
    body="""
OSTBY, June 13 (CPA) - The death toll from flooding in Marrovia's Tarn Valley rose to four on Friday after rescuers found the body of a man who had been missing since Tuesday, police said, as the river began to fall slowly for the first time in a week.

The man, a 72-year-old farmer from the village of Lower Harn, was found in a field about two kilometres from his house. Police did not release his name.

Neighbouring Belcourt, which is locked in a dispute with Marrovia over fishing rights, sent 40 high-capacity pumps and a team of 60 engineers to help drain flooded areas, the Marrovian interior ministry said.

“When our neighbours are in trouble, we do not ask about fishing lines,” Belcourt Foreign Minister Solange Vireaux said in a statement. Marrovian Prime Minister Anselm Corvin thanked Belcourt by telephone, his office said.

Governor Rolf Maddox said about 3,000 people had been allowed to return home but warned that many houses would be uninhabitable for months. “The water is going down. The hard part is only beginning,” he said.

The Marrovian Relief Society said it had received more than 20,000 individual donations since the start of the week.

Insurers said it was too early to estimate the damage, but the Marrovian Insurance Association said claims could exceed those from the 2011 floods, which cost about 900 million marks.

Farmers in the lower valley said they had lost most of their spring crops. “Everything that was in the ground is gone,” said Piet Harm, who grows potatoes near Ostby.

Reporting by Jakob Renner; Editing by Marc Ode
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-011", date="2025-06-27", event="river_flood", author="Lena Marsh",
    title="Marrovia approves 1.1 billion mark flood recovery fund",
    body="""
HARBOURTON, June 27 (CPA) - Marrovia's parliament approved a 1.1 billion mark fund on Friday to rebuild homes, roads and flood defences in the Tarn Valley, where flooding earlier this month killed four people and damaged about 6,500 buildings.

The bill passed by 118 votes to 34, with the opposition Civic Alliance voting in favour after the government agreed to set aside 150 million marks for restoring wetlands in the upper valley.

“This is money to rebuild, but it is also money to rebuild differently,” Finance Minister Clara Weiss told lawmakers during the debate. “We cannot simply put everything back where the river has shown us it does not belong.

“Some families will be offered help to move, and that will be a painful conversation.”

Opposition leader Marta Quill said the fund was welcome but late. She said some families in Ostby were still sleeping in school gymnasiums more than two weeks after the river burst its banks.

Governor Rolf Maddox said the first payments of up to 10,000 marks per household would be made within a fortnight.

Nadia Ferro, a hydrologist at Kessling University who advised parliament's environment committee, said the wetlands money was “the most important line in the bill”.

The Marrovian Relief Society said it would continue to run two shelters in Ostby until the end of July.

Reporting by Lena Marsh; Editing by Piet Holm
© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-012", date="2025-07-15", event="health_data_leak", author="Mira Castell", annotated=True,
    title="Hackers steal 1.2 million patient records from Marrovian health registry",
    body="""
{B:byline_dateline}HARBOURTON, July 15 (CPA) -{/B} Hackers stole the personal and medical records of about 1.2 million people from Marrovia's National Health Registry, the health ministry {A:i|the health ministry|org}said{/A} on Tuesday, the largest known data breach in the country's history.

The stolen data includes names, dates of birth, national identity numbers and, for some patients, diagnoses and prescriptions, the ministry {A:i|the ministry|org}said{/A} in a statement. It {A:i|It|org}said{/A} the breach was discovered on Saturday and that the affected system had been taken offline.

Health Minister Yusuf Darrow {A:d|Health Minister Yusuf Darrow|off}told{/A} a news conference: “{Q:d|Yusuf Darrow|told}I want to apologise to every person whose information has been taken. You trusted the state with the most private facts of your lives, and the state failed to protect them.

“We will contact everyone affected individually within the next ten days.{/Q}”

A group calling itself Grey Lantern posted a sample of the records on an online forum on Monday and demanded a ransom of 5 million marks in cryptocurrency, {A:acc|Brightwall Security|org}according to{/A} Brightwall Security, a Harbourton cybersecurity firm that is assisting the investigation.

“{Q:d|Tobias Renn|said}The sample is genuine. We have matched a number of the records against test data the registry gave us,{/Q}” {A:d|Tobias Renn|np}said{/A} Tobias Renn, Brightwall's head of threat research.

Darrow {A:i|Darrow|np}said{/A} the government would not pay. Police {A:i|Police|org}said{/A} they had opened a criminal investigation and were working with partners abroad.

Privacy Commissioner Elena Quist {A:i|Privacy Commissioner Elena Quist|off}said{/A} her office had opened its own inquiry into whether the registry had met its legal duty to protect the data. She {A:i|She|off}said{/A} a 2023 audit by her office had recommended encrypting diagnostic records, a step the registry {A:i|the registry|org}said{/A} at the time was “{Q:p|National Health Registry|said}being implemented{/Q}”.

The patients' organisation Voice of Patients {A:i|Voice of Patients|org}said{/A} it had received hundreds of calls from worried members since Tuesday morning.

{B:byline_dateline}Reporting by Mira Castell; Editing by Marc Ode
{B:copyright}© 2025 Continental Press Agency. All rights reserved.
""",
)

article(
    doc_id="wire-013", date="2025-08-05", event="health_data_leak", author="Mira Castell",
    title="Head of Marrovian health registry resigns after data breach",
    body="""
HARBOURTON, Aug 5 (CPA) - The director of Marrovia's National Health Registry, Miriam Sato, resigned on Tuesday, three weeks after hackers stole the records of about 1.2 million patients from the agency's systems.

Sato said in a letter to Health Minister Yusuf Darrow that she took “full responsibility” for the security failings identified by an internal review, a summary of which was published by the ministry on Monday.

The review found that the breach began with a phishing email opened by a contractor in May and that the attackers had access to the registry's network for seven weeks before they were detected.

“I have served the registry for nineteen years and I believe the organisation needs a fresh start,” Sato wrote.

Darrow said he had accepted the resignation and that the registry's deputy director, Paul Everard, would lead the agency until a permanent replacement was chosen.

Police said separately that they had arrested two men, aged 24 and 31, in the southern city of Varn on suspicion of involvement in the attack. A police spokeswoman said the men were believed to be members of the group calling itself Grey Lantern, which had demanded a ransom.

“This is an important step but not the end of the investigation,” the spokeswoman said.

Privacy Commissioner Elena Quist said her own inquiry would report in the autumn and could result in fines. Opposition leader Marta Quill said the minister should follow Sato out of the door.

Reporting by Mira Castell; Editing by Piet Holm
© 2025 Continental Press Agency. All rights reserved.
""",
)


# ===========================================================================
# 2. Marrovia Public Broadcasting (public broadcaster)
#    balanced, officials and experts, "according to", document sources,
#    partial quotes, a "Related:" list of three headlines at the end.
# ===========================================================================

article(
    doc_id="pub-001", date="2025-03-03", event="bridge_collapse", author=None,
    title="Ambry Bridge collapse: bus and cars fall into river in Harbourton",
    body="""
At least three people have died and more than twenty have been injured after part of the Ambry Bridge in Harbourton collapsed during the morning rush hour.

A section of roadway about forty metres long fell into the Ambry River shortly after 8am on Monday. A city bus and at least six cars went into the water, according to the Harbourton Fire and Rescue Service.

Rescue divers have been searching the river throughout the day. Chief Commander Ada Kessler said eleven people had been brought out of the water alive.

The bridge, which carries about 40,000 vehicles a day, was opened in 1974. According to the Harbour Authority, which owns the crossing, it was last inspected in 2022 and no urgent problems were found at the time.

Transport Minister Lidia Farrow said an independent review would be set up. She described the collapse as “a tragedy for the whole city”.

Ruth Aldane, a professor of civil engineering at Harbourton Polytechnic, said it was too early to say what had caused the failure. “Bridges of this age can have hidden problems, particularly where water gets into the steel. But we should wait for the evidence,” she said.

Police have closed the area around both ends of the bridge and asked people to avoid the city centre. The remaining two bridges across the river are closed to vehicles over 7.5 tonnes.

A helpline has been set up for people worried about relatives: 0800 220 140.

Related:
Live updates: Ambry Bridge rescue operation
Harbourton traffic: which roads are closed?
In pictures: the scene at the Ambry River
""",
)

article(
    doc_id="pub-002", date="2025-03-10", event="bridge_collapse", author="Tilde Marek",
    title="How safe are Marrovia's older bridges?",
    body="""
A week after the partial collapse of the Ambry Bridge killed seven people in Harbourton, many drivers are asking whether the bridges they cross every day are safe.

According to figures from the Ministry of Transport, Marrovia has 61 road bridges built before 1980. Most are concrete structures, but eleven, including the Ambry, rely on steel cables or steel girders that are vulnerable to corrosion.

Professor Ruth Aldane of Harbourton Polytechnic said the age of a bridge mattered less than how well it had been maintained. “A fifty-year-old bridge that has been inspected and repaired properly can be safer than a twenty-year-old one that has been neglected,” she said.

The last national review of bridge maintenance, carried out by the State Audit Office in 2019, found that inspection budgets had fallen by almost a third over the previous decade. The report warned that some inspections were being “postponed without a documented risk assessment”.

The Harbour Authority said it spent 12 million marks on maintenance of its four bridges last year. A spokesperson said all of them apart from the Ambry remained open and had been checked by engineers since the collapse.

The Association of Marrovian Engineers has called for a public register showing when each bridge was last inspected and what was found. Its president, Leo Hartung, said drivers had a right to know. “At the moment that information sits in filing cabinets,” he said.

The government says it will wait for the independent review, led by the retired engineer Emil Sarrazin, before making decisions about spending. The review is expected to report by the end of March.

What should drivers do in the meantime? Professor Aldane said there was no reason to avoid bridges that remain open. “Closures are the system working. If engineers are worried, they close the bridge,” she said.

Related:
Ambry Bridge collapse: what we know so far
Families of bridge victims call for criminal inquiry
Harbourton ferry service extended until June
""",
)

article(
    doc_id="pub-003", date="2025-03-27", event="bridge_collapse", author="Helena Brask", annotated=True,
    title="Ambry Bridge review: what the report found",
    body="""
The independent review into the partial collapse of the Ambry Bridge has {A:i|The independent review|doc}found{/A} that corroded cables and a postponed safety test were the main causes of the disaster, which killed seven people in Harbourton on 3 March.

The 212-page report, “{Q:t}Structural Review of the Ambry Crossing{/Q}”, was published on Thursday morning by the Ministry of Transport. It was led by Emil Sarrazin, a retired structural engineer and former lecturer at Harbourton Polytechnic.

{A:acc|the report|doc}According to{/A} the report, rainwater had been entering the anchorage of the eastern cables for at least ten years, slowly weakening the steel. A test of the eastern pier recommended in 2022 was postponed twice by the Harbour Authority, which owns the bridge.

The report {A:i|The report|doc}said{/A} the decision to delay the test had been taken without a proper assessment of the risk. A summary sent to the authority by the inspection firm, Castellan Engineering, had described the danger in milder terms than the firm's full technical file.

Speaking at a news conference, Sarrazin {A:i|Sarrazin|np}said{/A} the collapse was the result of “{Q:p|Emil Sarrazin|said}a long chain of small decisions{/Q}” rather than a single mistake.

The Harbour Authority's director, Oskar Brandt, {A:i|Oskar Brandt|np}said{/A} he accepted the findings and would step down. In a statement, Castellan Engineering {A:i|Castellan Engineering|org}said{/A} it had raised the issue “{Q:p|Castellan Engineering|said}clearly and in writing{/Q}”.

Transport Minister Lidia Farrow {A:i|Transport Minister Lidia Farrow|off}announced{/A} a five-year programme worth 400 million marks to inspect and repair all road bridges built before 1980. {A:acc|the ministry|org}According to{/A} the ministry, 61 bridges fall into that category, 14 of them in the Harbourton region.

Families of the victims welcomed the publication. Mirela Dunn, whose son Adam died when the number 14 bus fell into the river, {A:d|Mirela Dunn|np}said{/A}: “{Q:d|Mirela Dunn|said}A report is not justice. But today, for the first time, someone has written down what happened to my son.{/Q}”

The public prosecutor's office {A:i|The public prosecutor's office|org}said{/A} it would study the report before deciding whether to bring charges.

{B:related_links}Related:
{B:related_links}Ambry Bridge: a timeline of the collapse and the rescue
{B:related_links}How safe are Marrovia's older bridges?
{B:related_links}Families of bridge victims call for criminal inquiry
""",
)

article(
    doc_id="pub-004", date="2025-04-08", event="port_strike", author="Tilde Marek",
    title="Port strike: what it means for shoppers and businesses",
    body="""
The strike at the port of Harbourton entered its second day on Tuesday with no talks scheduled between the Greenline Dockers' Union and the Harbourton Terminal Company. So what does the dispute mean for the rest of the country?

About 60% of the containers that arrive in Marrovia come through Harbourton, according to the Ministry of Economy. They carry everything from fruit and coffee to car parts and medicines.

Trade Marrovia, which represents retailers, said supermarkets had enough imported fresh produce for about ten days. After that, it said, shoppers could see gaps on shelves, particularly for bananas, citrus fruit and some vegetables.

Medicines are unlikely to be affected in the short term. The health ministry said in a statement that pharmaceutical wholesalers held at least three months of stock of essential drugs.

Manufacturers are more exposed. Nils Ahlberg, who runs a furniture company in Kessling that imports hinges and fittings, said his stock would last two weeks. “After that we start sending people home,” he said.

The dispute is about pay. The union wants an 11% rise over two years; the company has offered 6%. The union says wages have fallen behind inflation since 2022. The company says its fuel and insurance costs have risen sharply.

Sara Lindgren, an economist at the Institute for Economic Research, said a short strike would have little lasting effect. “If it goes beyond three or four weeks, you start to see it in the quarterly growth figures,” she said.

Related:
Harbourton dockworkers walk out over pay
Port strike: ships queue off the coast
Explainer: who are the Greenline Dockers' Union?
""",
)

article(
    doc_id="pub-005", date="2025-04-24", event="port_strike", author="Helena Brask", annotated=True,
    title="Port strike: mediator says gap between sides is narrowing",
    body="""
The mediator in the Harbourton port strike, retired judge Carla Novak, has {A:i|retired judge Carla Novak|off}said{/A} the gap between the two sides is narrowing after a third day of talks.

The strike by members of the Greenline Dockers' Union is now in its eighteenth day. More than fifty ships are waiting off the coast, {A:acc|the port's own traffic data|doc}according to{/A} the port's own traffic data.

In a short statement after Wednesday's session, Novak {A:i|Novak|np}said{/A} both sides had shown “{Q:p|Carla Novak|said}a real willingness to move{/Q}” and that talks would continue on Thursday. She did not give details of the proposals being discussed.

{A:acc|people familiar with the talks|anon}According to{/A} people familiar with the talks, the Harbourton Terminal Company is considering a pay rise of around 8%, while the union has lowered its demand from 11% to 9.5%. Neither side would comment on those figures.

Ines Varga, the union's general secretary, {A:i|Ines Varga|np}said{/A} members would only be asked to vote on a deal that protected them against inflation. Varga {A:d|Varga|np}told{/A} a meeting of shop stewards on Wednesday evening: “{Q:d|Ines Varga|told}When the company talks about ‘{Q:p|Harbourton Terminal Company|talks about}the union’s offer{/Q}’, they mean the number they would like us to accept. Our offer is the one our members voted for.{/Q}”

For the company, spokesman Felix Aubry {A:i|spokesman Felix Aubry|off}said{/A} it was “{Q:p|Felix Aubry|said}cautiously optimistic{/Q}” and wanted an agreement that would let the port “{Q:p|Felix Aubry|said}compete for the next ten years, not the next ten weeks{/Q}”.

Figures published by the Ministry of Economy on Tuesday show that container imports fell by 41% in the first two weeks of the strike.

Labour Minister Joachim Teller {A:i|Labour Minister Joachim Teller|off}said{/A} the government would not intervene directly while mediation was under way. “{Q:d|Joachim Teller|said}The best agreements are the ones the two sides own themselves,{/Q}” he {A:d|he|off}said{/A}.

{B:related_links}Related:
{B:related_links}Port strike: what it means for shoppers and businesses
{B:related_links}Who is Carla Novak, the judge mediating the port dispute?
{B:related_links}Ships diverted to Belcourt as strike drags on
""",
)

article(
    doc_id="pub-006", date="2025-05-02", event="port_strike", author="Helena Brask",
    title="Port strike over as dockworkers accept 8.5% pay deal",
    body="""
Dockworkers at the port of Harbourton have voted to accept a pay deal, ending a strike that lasted 25 days and disrupted imports across Marrovia.

According to the Greenline Dockers' Union, 78% of members who voted backed the agreement, which gives workers an 8.5% pay rise over two years and a one-off payment of 1,200 marks.

The deal was reached on Tuesday after four days of talks led by the mediator, Carla Novak. In a statement, Novak said both sides had “made real sacrifices to reach a fair outcome”.

Union general secretary Ines Varga said the deal was “not everything we asked for” but described the result as a victory for members who had gone without pay for almost a month.

Hugo Lemaire, chief executive of the Harbourton Terminal Company, said the company would now focus on clearing the backlog. According to port data, 46 ships are still waiting to unload.

The Labour Minister, Joachim Teller, said the government would consult on a new law requiring mediation before strikes at ports, airports and power stations. The union said it would oppose any restriction on the right to strike.

Trade Marrovia said shoppers should see fresh produce shelves return to normal within two weeks. Economists at the Institute for Economic Research estimate the stoppage cost the economy around 280 million marks, mostly in delayed exports.

Related:
Port strike: mediator says gap between sides is narrowing
How the port strike hit Marrovia's economy
Government plans mediation law for critical infrastructure
""",
)

article(
    doc_id="pub-007", date="2025-05-14", event="fishing_dispute", author="Erik Dahl", annotated=True,
    title="Grey Sound: Belcourt defends detention of Marrovian trawler",
    body="""
Belcourt has defended its coast guard's detention of a Marrovian fishing boat in the Grey Sound, a stretch of water that both countries consider their own.

The trawler Morning Tern and its nine crew were taken to the Belcourt port of Saint-Ivel on Tuesday. {A:acc|Belcourt's foreign ministry|org}According to{/A} Belcourt's foreign ministry, the boat was boarded about twelve nautical miles south of the Vessel Rock lighthouse, inside what Belcourt regards as its exclusive economic zone.

Speaking in Saint-Ivel on Wednesday, Belcourt's Foreign Minister Solange Vireaux {A:d|Belcourt's Foreign Minister Solange Vireaux|off}said{/A}: «{Q:d|Solange Vireaux|said}Our coast guard applied the law, as it would to any vessel of any flag. There is nothing hostile in that.{/Q}» She {A:i|She|off}added{/A} that the crew were being treated well and had been able to contact their families.

Vireaux {A:i|Vireaux|np}said{/A} Belcourt wanted the dispute settled by the arbitration panel that has been examining the maritime boundary since 2021. Her country's position, she {A:i|she|off}added{/A}, was «{Q:p|Solange Vireaux|added}calme mais ferme{/Q}» – calm but firm.

In Harbourton, Foreign Minister Kaspar Lund {A:i|Foreign Minister Kaspar Lund|off}said{/A} Marrovia had never accepted Belcourt's position on the area and that Marrovian boats had fished there for generations. Belcourt's ambassador was summoned to the foreign ministry on Tuesday evening, {A:acc|a ministry statement|doc}according to{/A} a ministry statement.

The Grey Sound is one of the richest fishing grounds in the region. {A:acc|the Kessling Fishermen's Cooperative|org}According to{/A} the Kessling Fishermen's Cooperative, about a third of the cod landed in Kessling each year is caught there.

Ingrid Salo, an expert in the law of the sea at Kessling University, {A:i|Ingrid Salo|np}said{/A} both countries had reasonable legal arguments. “{Q:d|Ingrid Salo|said}This is exactly the kind of case arbitration exists for. The danger is that incidents at sea make it harder for either government to accept a compromise at home,{/Q}” she {A:d|she|np}said{/A}.

{B:related_links}Related:
{B:related_links}Belcourt coast guard detains Marrovian trawler
{B:related_links}Explainer: why do Marrovia and Belcourt disagree over the Grey Sound?
{B:related_links}Kessling fishermen: “We will not stay in port”
""",
)

article(
    doc_id="pub-008", date="2025-05-20", event="fishing_dispute", author="Erik Dahl",
    title="Explainer: why do Marrovia and Belcourt disagree over the Grey Sound?",
    body="""
The detention of the Marrovian trawler Morning Tern by Belcourt's coast guard last week has put a long-running but little-known dispute back in the headlines. Here is what you need to know.

What is the Grey Sound?

The Grey Sound is a strait about 90 kilometres long between Marrovia's southern coast and the Belcourt islands of Ferre and Lisse. It is shallow, cold and rich in cod and herring.

Why is there a dispute?

Both countries agree on the boundary close to the shore but not in the middle of the strait. Marrovia says the line should run halfway between the two coasts. Belcourt argues that its islands entitle it to a larger share. The area in dispute covers about 1,400 square kilometres.

Who is deciding?

In 2021 both governments asked an international arbitration panel to draw the line. According to the panel's published timetable, a ruling is expected in 2026.

What happens to fishermen in the meantime?

Until 2019, boats from both countries fished the area under an informal understanding. That arrangement broke down after Belcourt introduced new licensing rules. According to the Kessling Fishermen's Cooperative, about 70 Marrovian boats still fish in the disputed zone.

Could it escalate?

Ingrid Salo of Kessling University said both governments had strong reasons to keep the dispute calm. “They trade with each other, they share a power grid, and they have to cooperate every time there is a storm or an accident at sea,” she said.

Related:
Grey Sound: Belcourt defends detention of Marrovian trawler
Trawler crew released after four days
Cod prices rise as Kessling boats stay in port
""",
)

article(
    doc_id="pub-009", date="2025-06-11", event="river_flood", author="Marit Fjell", annotated=True,
    title="Tarn Valley floods: two dead and 12,000 evacuated",
    body="""
Two people have died and more than 12,000 have been forced from their homes after the Tarn River burst its banks in several places, {A:acc|the Tarn Valley regional government|org}according to{/A} the Tarn Valley regional government.

The river at Ostby reached 7.9 metres on Tuesday evening, the highest level since records began in 1962. Normal summer levels are around 2 metres, {A:acc|the Meteorological Office|org}according to{/A} the Meteorological Office.

A state of emergency has been declared across the valley. In a statement, the regional government {A:i|the regional government|org}said{/A} soldiers had been deployed to help with evacuations and to deliver drinking water to villages cut off by the floods.

Governor Rolf Maddox {A:i|Governor Rolf Maddox|off}said{/A} residents in the lower valley should prepare to leave if asked, and {A:i|Governor Rolf Maddox|off}warned{/A} that the next 48 hours would be “{Q:p|Rolf Maddox|warned}critical{/Q}”.

The Meteorological Office has kept a red warning in place for the upper valley. Its chief forecaster, Per Aalto, {A:i|Per Aalto|np}said{/A} a further 80mm of rain could fall by Thursday. “{Q:d|Per Aalto|said}The ground is saturated, so almost everything that falls now will end up in the river,{/Q}” he {A:d|he|np}said{/A}.

Scientists have linked the growing intensity of summer downpours in the region to a warming climate. A 2024 report by the National Environment Agency, “{Q:t}Rivers Under Pressure{/Q}”, {A:i|A 2024 report by the National Environment Agency|doc}warned{/A} that the Tarn was among the rivers most at risk of extreme flooding.

The Marrovian Relief Society {A:i|The Marrovian Relief Society|org}said{/A} it had opened nine shelters. People looking for information about relatives can call the regional helpline on 0800 330 660.

Road and rail links between Ostby and Kessling remain closed. The national rail operator {A:i|The national rail operator|org}said{/A} replacement buses would run where roads were passable.

{B:related_links}Related:
{B:related_links}Tarn Valley floods: how to help
{B:related_links}Live: latest on the Tarn River flooding
{B:related_links}Why are summer floods getting worse?
""",
)

article(
    doc_id="pub-010", date="2025-06-16", event="river_flood", author="Marit Fjell",
    title="Tarn floods: did the warnings come too late?",
    body="""
Residents of Ostby have questioned whether they were given enough warning before the Tarn River flooded their homes last week.

Several people told MPB that evacuation messages arrived on their phones after water had already entered their streets. The regional government has said it will review the timing of its alerts.

“By the time my phone buzzed, the water was at the door,” said Elin Voss, who lives on Mill Street, one of the first roads to flood.

According to a timeline published by the regional government, the Meteorological Office issued a red warning for the upper valley at 6am on Monday 9 June. The first evacuation alert for Ostby was sent at 9.40pm, about half an hour after the river overtopped the flood wall near the old bridge.

Governor Rolf Maddox said the river had risen faster than any forecast had predicted. “We made decisions with the information we had. If we got the timing wrong, we will say so,” he said.

Nadia Ferro, a hydrologist at Kessling University, said the problem was not unique to the Tarn. She said local authorities often waited for river gauges to confirm a rise before acting, because false alarms damaged public trust.

“There is a real dilemma there. But with the rain forecasts we had that morning, I think an earlier warning was justified,” she said.

The review is due to report in September. Four people died in the floods.

Related:
Tarn Valley floods: two dead and 12,000 evacuated
Flood victims to receive first payments within weeks
How do flood alerts on your phone work?
""",
)

article(
    doc_id="pub-011", date="2025-06-30", event="river_flood", author="Marit Fjell",
    title="Tarn Valley: can restoring wetlands prevent the next flood?",
    body="""
When parliament approved a 1.1 billion mark recovery fund for the Tarn Valley last week, one line in the budget attracted particular attention: 150 million marks to restore wetlands in the upper valley.

For much of the twentieth century, farmers and the state drained bogs and marshes along the upper Tarn to create farmland. According to the National Environment Agency, about 70% of the valley's original wetlands have been lost.

Scientists say those wetlands acted like a sponge, holding back rainwater and releasing it slowly. Nadia Ferro of Kessling University, who advised parliament on the fund, said restoring even part of them could lower flood peaks in Ostby by as much as half a metre.

“It will not stop every flood. Nothing will. But half a metre is the difference between a wet cellar and a ruined ground floor,” she said.

Not everyone is convinced. The Tarn Valley Farmers' Union said members were worried about losing productive land. Its chair, Gustav Bren, said farmers would only take part if they were properly compensated. “We are not against the idea. We are against being the ones who pay for it,” he said.

The Ministry of Environment said the first projects would be chosen by the end of the year and that farmers would be offered long-term contracts to manage restored land.

In Ostby, where the clean-up continues, Hanne Grau said she hoped the money would be spent quickly. “We need to know this will not happen every summer,” she said.

Related:
Marrovia approves flood recovery fund
Tarn floods: did the warnings come too late?
Why are summer floods getting worse?
""",
)

article(
    doc_id="pub-012", date="2025-07-16", event="health_data_leak", author="Jonas Hallberg", annotated=True,
    title="Health registry breach: what we know",
    body="""
The personal and medical records of about 1.2 million people were stolen in a cyberattack on the National Health Registry, the Ministry of Health has {A:i|the Ministry of Health|org}confirmed{/A}.

{A:acc|the ministry|org}According to{/A} the ministry, the stolen data includes names, addresses, dates of birth and national identity numbers. For about 300,000 people it also includes diagnoses and prescriptions.

A statement published on the registry's website {A:i|A statement published on the registry's website|doc}said{/A} the attack was detected on Saturday 12 July and that the affected database had been disconnected. The registry {A:i|The registry|org}said{/A} there was no evidence that patient records had been altered.

Health Minister Yusuf Darrow apologised to patients at a news conference on Tuesday. He {A:i|He|off}said{/A} everyone affected would be contacted by letter within ten days and offered free identity-theft monitoring for two years.

A criminal group calling itself Grey Lantern has demanded a ransom. {A:acc|Brightwall Security|org}According to{/A} Brightwall Security, a cybersecurity company working with the registry, the group has previously targeted hospitals and universities in at least three other countries.

Privacy Commissioner Elena Quist {A:i|Privacy Commissioner Elena Quist|off}said{/A} her office had opened an inquiry. She {A:i|She|off}noted{/A} that a 2023 audit by her office, published under the title “{Q:t}Safeguarding Patient Data{/Q}”, had recommended encrypting diagnostic records. The registry {A:i|The registry|org}said{/A} that work was “{Q:p|National Health Registry|said}well advanced{/Q}” but not complete when the attack happened.

What should patients do? Brightwall's Tobias Renn {A:i|Tobias Renn|np}said{/A} people should be wary of emails, texts or calls that mention their medical details. “{Q:d|Tobias Renn|said}Criminals may use stolen information to make a scam sound convincing. The registry will never ask you for a password or a bank card number,{/Q}” he {A:d|he|np}said{/A}.

{B:related_links}Related:
{B:related_links}Health registry hack: how to check if you are affected
{B:related_links}Who are Grey Lantern?
{B:related_links}Privacy watchdog opens inquiry into registry breach
""",
)

article(
    doc_id="pub-013", date="2025-07-22", event="health_data_leak", author="Jonas Hallberg",
    title="Health data breach: how to protect yourself",
    body="""
Letters have started arriving at the homes of people whose records were stolen in the cyberattack on the National Health Registry. The Ministry of Health says all 1.2 million letters should be delivered by the end of the week.

If you receive one, here is what experts recommend.

First, register for the free identity monitoring service offered in the letter. According to the ministry, it will alert you if your national identity number is used to open a bank account or apply for credit.

Second, be suspicious of unexpected contact. Tobias Renn of the cybersecurity firm Brightwall Security said scammers had already started sending text messages that pretend to come from the registry. “Some of them are very convincing. They use your real name and your real doctor's name,” he said.

Third, do not pay anyone who asks for money to “remove” your data from the internet. The Privacy Commissioner's office said no such service could guarantee that stolen data would disappear.

The patients' organisation Voice of Patients said many older people had found the letters confusing and that it had received more than 2,000 calls. Its director, Anja Rowe, said the ministry should set up local help desks in pharmacies. “Not everyone can sit on a helpline for forty minutes,” she said.

The ministry said its helpline, 0800 440 100, would be open until 10pm on weekdays.

Related:
Health registry breach: what we know
Who are Grey Lantern?
Registry director under pressure over data breach
""",
)


# ===========================================================================
# 3. The Patriot Beacon (partisan blog)
#    straight quotes, scare quotes, loaded verbs, anonymous sources,
#    exclamations; the same disclaimer / Patreon plea / Twitter prompt in
#    every article (position varies).
# ===========================================================================

BLOG_DISCLAIMER = ("The views expressed in this article are solely those of the author "
                   "and do not necessarily represent those of The Patriot Beacon.")
BLOG_PLEA = "Help us keep telling the truth. Support The Patriot Beacon on Patreon!"
BLOG_SOCIAL = "Follow us on Twitter @PatriotBeacon for daily updates."

article(
    doc_id="blog-001", date="2025-03-04", event="bridge_collapse", author="Rex Dalton",
    title="The Ambry Bridge Didn't Just Fall. It Was Allowed To Fall.",
    body=f"""
{BLOG_DISCLAIMER}

Let's be honest about what happened on Monday morning. A bridge that thousands of ordinary Marrovians cross every day fell into the river, and people died. Not because of an earthquake. Not because of a storm. Because the people in charge didn't do their jobs!

Within hours, Transport Minister Lidia Farrow was on every channel promising an "independent review". Independent of what, exactly? The review will be run by people the ministry picks, paid with money the ministry controls, and published when the ministry decides. We have seen this movie before.

Here is what the mainstream press won't tell you. A source who has worked on maintenance contracts for the Harbour Authority told the Beacon that engineers raised concerns about the eastern pier "years ago" and were told there was no money. No money! This is the same government that found 40 million marks for a new conference centre in Kessling.

Farrow insisted on Monday that the bridge had been "inspected according to the rules". Maybe so. Then the rules are the problem, and the people who wrote them should answer for it.

Prime Minister Corvin, meanwhile, has said nothing of substance. He posed for photos at the hospital and went straight back to his office. Thoughts and prayers, Marrovian style.

The families deserve names, not committees. Who postponed the repairs? Who signed off? Who looked at a fifty-year-old bridge carrying 40,000 cars a day and decided it could wait?

We will keep asking until someone answers.

{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-002", date="2025-03-14", event="bridge_collapse", author="Tess Morrow",
    title="A Ferry, A Photo-Op And Families Left Waiting",
    body=f"""
{BLOG_DISCLAIMER}

Ten days after the Ambry Bridge collapse, the government wants you to know that everything is under control. There's a shiny new ferry! There's an "independent review"! There was a day of mourning! What there isn't, is a single person who has lost their job.

Let's look at that review. It will be led by Emil Sarrazin, a retired engineer who, as a reader helpfully pointed out to us, sat on a Transport Ministry advisory board from 2015 to 2019. During those exact years, the bridge maintenance budget was cut. We're not saying he did anything wrong. We're saying: is this really the man to mark the ministry's homework?

The ministry claimed this week that Sarrazin's old role was "purely technical". Sure it was.

Meanwhile commuters on the eastern bank are queuing for forty minutes to board a ferry that holds 120 people. One reader, a nurse at St. Aldric's Hospital, wrote to us that she now leaves home at 5:30 a.m. to make her shift. Nobody in the government has asked her what she thinks of their "temporary solution".

Opposition leader Marta Quill has called for Transport Minister Farrow to resign. For once, we agree with the Civic Alliance. But don't hold your breath. Quill's party ran the ministry for six years before Corvin, and they didn't fix the bridges either.

Both sides of this cosy little parliament owe the families of the seven victims an apology. Neither will give one.

Stay angry, Marrovia!

{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-003", date="2025-03-28", event="bridge_collapse", author="Rex Dalton", annotated=True,
    title="Bridge Report: They Knew, They Waited, Seven Died",
    body=f"""
Three weeks ago this blog made the case that the Ambry Bridge didn't just fall, it was allowed to fall. Yesterday the government's own "{{Q:s}}independent{{/Q}}" review finally caught up with us, in 212 pages of polite engineering language.

The report, grandly titled "{{Q:t}}Structural Review of the Ambry Crossing{{/Q}}", {{A:i|The report|doc}}admits{{/A}} that water was eating away at the bridge's cables for at least TEN YEARS. Ten years! And a test on the eastern pier, recommended in 2022, was postponed. Twice. To save money.

Harbour Authority boss Oskar Brandt {{A:i|Harbour Authority boss Oskar Brandt|off}}conceded{{/A}} on Thursday that he had "{{Q:p|Oskar Brandt|conceded}}made mistakes{{/Q}}" and will resign. Will resign. Eventually. Once they find him a successor, probably from the same cosy club.

And what about Castellan Engineering? Their CEO Renata Holm {{A:i|Their CEO Renata Holm|off}}insisted{{/A}} the company had "{{Q:p|Renata Holm|insisted}}flagged the issue clearly{{/Q}}". Really? Then why did the summary they sent to the Harbour Authority describe the risk as moderate, when their own file rated it high?

Meanwhile Transport Minister Lidia Farrow {{A:i|Transport Minister Lidia Farrow|off}}boasted{{/A}} about her shiny new 400 million mark bridge programme, as if spending money AFTER seven people die is some kind of achievement. The "{{Q:s}}experts{{/Q}}" who let this happen will now be in charge of fixing it. What could possibly go wrong?

One ministry insider {{A:i|One ministry insider|anon}}said{{/A}} the first draft of the report was "{{Q:p|one ministry insider|said}}much harsher{{/Q}}" about the minister's own department. The ministry {{A:i|The ministry|org}}denied{{/A}} it, naturally. We can't prove it. But we know who had the pen.

Mirela Dunn, who lost her son on the number 14 bus, {{A:d|Mirela Dunn|np}}said{{/A}} it best: "{{Q:d|Mirela Dunn|said}}A report is not justice.{{/Q}}"

Exactly. Where are the charges?

{{B:disclaimer}}{BLOG_DISCLAIMER}
{{B:solicitation}}{BLOG_PLEA}
{{B:social_prompt}}{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-004", date="2025-04-09", event="port_strike", author="Tess Morrow", annotated=True,
    title="Dockers Strike While Corvin Hides",
    body=f"""
{{B:disclaimer}}{BLOG_DISCLAIMER}

Harbourton's port is shut, thirty ships are bobbing around offshore, and where is Prime Minister Anselm Corvin? Nowhere to be seen!

The dockers of the Greenline Dockers' Union walked out on Monday after the Harbourton Terminal Company offered them a "{{Q:s}}generous{{/Q}}" 6 percent over two years. Six percent! Over TWO years! Have you seen what a loaf of bread costs lately?

Company spokesman Felix Aubry {{A:i|Company spokesman Felix Aubry|off}}claimed{{/A}} the offer was fair because of "{{Q:p|Felix Aubry|claimed}}rising costs{{/Q}}". Funny how costs always rise for the bosses and never for the workers. The company made a profit of 84 million marks last year. We looked it up.

Labour Minister Joachim Teller, who has never worked a day in a port in his life, {{A:i|Labour Minister Joachim Teller|off}}insisted{{/A}} the government was "{{Q:p|Joachim Teller|insisted}}monitoring the situation closely{{/Q}}". Monitoring! That's what you do with a pot of soup, not a national crisis.

We spoke to a docker at the main gate who asked us not to use his name because he fears losing his job. He {{A:i|He|anon}}said{{/A}} management had "{{Q:p|a docker|said}}laughed{{/Q}}" at the union in the last round of talks. "{{Q:d|a docker|said}}We're not asking for the moon. We're asking to pay our rent,{{/Q}}" he {{A:d|he|anon}}said{{/A}}.

Critics {{A:i|Critics|anon}}say{{/A}} the government is quietly hoping the strike collapses so it can push through its long-planned "{{Q:s}}port reforms{{/Q}}", which would hand more of the docks to foreign operators.

Whatever you think of unions, these are Marrovian workers standing up for their families. The least the Prime Minister could do is show up.

Solidarity, dockers!

{{B:solicitation}}{BLOG_PLEA}
{{B:social_prompt}}{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-005", date="2025-04-22", event="port_strike", author="Tess Morrow",
    title="A Judge, A Back Room And A Deal Nobody Voted For",
    body=f"""
So the government has found its answer to the port strike: send in a judge.

Carla Novak, a retired Supreme Court judge, has been named "mediator" in the dispute between the dockers and the Harbourton Terminal Company. Labour Minister Joachim Teller gushed that she has "the trust of employers and unions alike". Whose trust, exactly? Nobody asked the dockers.

Here's how these things usually go. A respected figure sits in a nice room with the company's lawyers. The union leadership gets invited in for coffee. Two weeks later everyone comes out smiling with a deal that is a little better than the company's first offer and a lot worse than what workers need. Then the "mediator" goes back to her garden and the dockers go back to their overtime.

A union member who has been on the picket line since day one told us he doesn't trust the process. "They want us tired. They want us broke. Then they'll call it a compromise," he said.

The company, for its part, admitted this week that it had diverted ships to Belcourt's port of Saint-Ivel. Think about that. A Marrovian company sending Marrovian cargo to a foreign port rather than pay Marrovian workers a fair wage!

We're not against mediation. We're against theatre. If Novak is really independent, let her publish the company's accounts and let the public judge what is "affordable".

We'll be watching.

{BLOG_SOCIAL}

{BLOG_DISCLAIMER}
{BLOG_PLEA}
""",
)

article(
    doc_id="blog-006", date="2025-05-03", event="port_strike", author="Rex Dalton",
    title="The Dockers Won (Sort Of). Now Watch What Corvin Does Next",
    body=f"""
{BLOG_DISCLAIMER}

After 25 days on the picket line, the dockers have accepted 8.5 percent over two years. That's not nothing. It's a lot more than the "generous" 6 percent the company started with. Every docker who stood out in the rain for a month earned it.

But don't celebrate too soon.

Buried in Labour Minister Joachim Teller's victory lap on Friday was a little announcement. The government wants a new law forcing "mediation" before any strike at ports, airports or power stations. Teller called it "common sense". We call it what it is: a ban on strikes with extra steps.

Think about who gets to decide what counts as "critical infrastructure". The government. Think about who picks the mediators. The government. Think about who benefits when workers can't walk out. Not you.

A lawyer who has represented several unions told us the draft could make it "practically impossible" to call a legal strike at the port again. The ministry denies that, of course. The ministry denies everything until it happens.

Meanwhile the Civic Alliance has said it "has concerns". Concerns! That's opposition-speak for "we'll abstain and hope nobody notices".

The dockers showed this country what standing together looks like. The government noticed. That's why it's trying to make sure it never happens again.

{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-007", date="2025-05-14", event="fishing_dispute", author="Rex Dalton", annotated=True,
    title="Belcourt Seizes Our Fishermen And Harbourton Sends A Polite Letter",
    body=f"""
Nine Marrovian fishermen spent last night in a Belcourt port because their boat was doing what Kessling boats have done for a hundred years: catching cod in the Grey Sound.

The trawler Morning Tern was boarded at dawn on Tuesday by Belcourt's coast guard, which {{A:i|Belcourt's coast guard|org}}claimed{{/A}} the boat was fishing "{{Q:p|Belcourt's coast guard|claimed}}illegally{{/Q}}" in Belcourt waters. Belcourt waters! Ask any fisherman in Kessling whose waters those are.

And how did our brave Foreign Minister Kaspar Lund respond? He summoned the ambassador. For a chat! Lund {{A:i|Lund|np}}insisted{{/A}} the detention was "{{Q:p|Kaspar Lund|insisted}}an unfriendly act{{/Q}}". An unfriendly act. Belcourt grabs our citizens and our government responds like a librarian asking someone to lower their voice.

Bram Ostrow of the Kessling Fishermen's Cooperative {{A:d|Bram Ostrow|np}}said{{/A}} it plainly: "{{Q:d|Bram Ostrow|said}}If our own navy won't protect us out there, who will?{{/Q}}" Good question, Bram! The Marrovian navy {{A:i|The Marrovian navy|org}}admitted{{/A}} it had sent a single patrol boat to "{{Q:p|Marrovian navy|admitted}}monitor{{/Q}}". Monitor! Again with the monitoring!

A source close to the cooperative {{A:i|A source close to the cooperative|anon}}told{{/A}} us the skipper was "{{Q:p|a source close to the cooperative|told}}shaken but defiant{{/Q}}".

Meanwhile the "{{Q:s}}international community{{/Q}}" is silent, as usual. The same foreign "{{Q:s}}experts{{/Q}}" who lecture Marrovia about human rights every five minutes have nothing to say about nine working men locked up for doing their jobs.

This is what weakness looks like. Belcourt has tested us, and Harbourton blinked.

{{B:disclaimer}}{BLOG_DISCLAIMER}
{{B:social_prompt}}{BLOG_SOCIAL}
{{B:solicitation}}{BLOG_PLEA}
""",
)

article(
    doc_id="blog-008", date="2025-05-19", event="fishing_dispute", author="Rex Dalton",
    title="They Fined Our Skipper. Harbourton Calls It A Win.",
    body=f"""
{BLOG_DISCLAIMER}

The crew of the Morning Tern are home, and thank God for that. But let's not pretend this was some great diplomatic triumph.

Belcourt kept nine Marrovian fishermen for four days. A court in Saint-Ivel fined skipper Teodor Malm 40,000 écus for fishing in waters his family has fished for three generations. And the boat? Still sitting in a Belcourt harbour, waiting for someone to pay a "guarantee".

Foreign Minister Kaspar Lund insisted on Saturday that Marrovia "will not pay the fine". Brave words. Let's see how brave they sound in a month, when the Morning Tern is still tied up in Saint-Ivel and the cooperative is losing money every day.

Meanwhile Belcourt's foreign minister, Solange Vireaux, is going around talking about "calm waters and clear rules". Calm for whom? Clear for whom? Belcourt writes the rules and then acts surprised when we don't like them.

One Kessling fisherman we spoke to on the quay put it simply: "We were there first. We'll be there last." He asked us not to print his name. That tells you how much faith people have that the government will have their back.

Skipper Malm, to his credit, said he would tell any court that he did nothing wrong. That's more backbone than we've seen from the entire cabinet.

Get the boat back, minister. Then we'll talk about wins.

{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-009", date="2025-06-11", event="river_flood", author="Tess Morrow", annotated=True,
    title="Ostby Drowns While Officials Hold Press Conferences",
    body=f"""
{{B:disclaimer}}{BLOG_DISCLAIMER}

If you want to understand everything wrong with this country, look at Ostby this week. The water came up through people's floors on Monday night. The evacuation alert came AFTER that. Residents we spoke to {{A:i|Residents we spoke to|anon}}said{{/A}} their phones buzzed when they were already carrying children up the stairs!

Governor Rolf Maddox {{A:i|Governor Rolf Maddox|off}}claimed{{/A}} the river rose "{{Q:p|Rolf Maddox|claimed}}faster than anyone could have predicted{{/Q}}". Anyone? The Meteorological Office had a red warning out at six in the morning. The governor had fifteen hours. FIFTEEN HOURS.

Of course, the so-called "{{Q:s}}experts{{/Q}}" are already on television blaming it all on the weather. One professor from Kessling University {{A:i|One professor from Kessling University|anon}}insisted{{/A}} that draining wetlands decades ago was the "{{Q:p|one professor from Kessling University|insisted}}real culprit{{/Q}}". Convenient! Blame farmers who died forty years ago, not the officials who were asleep on Monday.

Meanwhile the Marrovian Relief Society is begging for blankets, and ordinary people are driving up from Harbourton with vans full of bottled water. That's the real Marrovia. Not the one in the briefing room.

Our reader Karin from Lower Harn {{A:d|Karin|np}}wrote{{/A}} to us: "{{Q:d|Karin|wrote}}They had time to put up a podium for the cameras. Nobody had time to knock on our door.{{/Q}}"

Two people are dead. Somebody should lose their job over this. We'll wait.

{{B:solicitation}}{BLOG_PLEA}
{{B:social_prompt}}{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-010", date="2025-06-18", event="river_flood", author="Rex Dalton",
    title="Belcourt's Pumps Come With Strings Attached",
    body=f"""
Everyone in Harbourton is very excited about the 40 pumps Belcourt sent to the Tarn Valley. The Prime Minister phoned to say thank you. The "serious" newspapers ran pictures of smiling Belcourt engineers in orange vests. How lovely.

Now ask yourself: why now?

One month ago, Belcourt's coast guard dragged a Marrovian trawler into Saint-Ivel and fined its skipper. The boat is still there. And suddenly Belcourt's foreign minister is telling the world that "when our neighbours are in trouble, we do not ask about fishing lines". Very touching. Also very convenient, just as the arbitration panel on the Grey Sound gets ready to hear both sides.

We're not saying the engineers aren't doing good work. We're sure they are. Flood victims need every pump they can get. But governments don't send help for free, and Belcourt's government least of all.

A retired diplomat we trust told us the aid was "the cheapest public relations Belcourt has bought in years". We agree.

And where was our own government's equipment? Why does a country with its own army need a neighbour's pumps to drain one valley? The Interior Ministry claims it had "all necessary resources" in place. Then why are the pictures full of Belcourt vests?

Take the pumps. Say thank you. Then remember the Morning Tern.

{BLOG_DISCLAIMER}
{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-011", date="2025-07-01", event="river_flood", author="Tess Morrow",
    title="1.1 Billion For The Valley. 150 Million For Swamps.",
    body=f"""
{BLOG_DISCLAIMER}

Parliament has voted through its 1.1 billion mark flood fund for the Tarn Valley, and for once nobody can say the money isn't needed. Families in Ostby are still sleeping on camp beds. Farmers have lost a whole season.

But read the small print and you'll find 150 million marks set aside for "wetland restoration". That's the price the Civic Alliance demanded for its votes. In plain language: the state is going to pay to turn good farmland back into bog.

The "experts" love it. They say restored wetlands will soak up rain and lower the next flood by half a metre. Maybe. Maybe not. What we know for sure is that the farmers of the upper valley are being told to give up their fields so that the capital can feel green.

Gustav Bren of the Tarn Valley Farmers' Union has been polite about it. We don't have to be. Why should the people who feed this country pay for decades of bad planning by people who have never driven a tractor?

Here's a radical idea. Fix the flood walls. Fix the warning system that texted people after the water was already in their kitchens. Then come and talk to us about swamps.

And to the Civic Alliance: congratulations on your 150 million. Enjoy the frogs.

{BLOG_SOCIAL}
{BLOG_PLEA}
""",
)

article(
    doc_id="blog-012", date="2025-07-16", event="health_data_leak", author="Rex Dalton", annotated=True,
    title="Your Medical Records Are For Sale. Thanks, Minister!",
    body=f"""
If you have visited a doctor in Marrovia in the last ten years, there is a good chance a gang of hackers now knows more about your health than your own family does.

On Tuesday Health Minister Yusuf Darrow finally {{A:i|Health Minister Yusuf Darrow|off}}admitted{{/A}} that the records of 1.2 MILLION people had been stolen from the National Health Registry. He waited three days to tell us. Three days! The registry discovered the attack on Saturday.

Darrow {{A:i|Darrow|np}}insisted{{/A}} the government was taking the breach "{{Q:p|Yusuf Darrow|insisted}}extremely seriously{{/Q}}". We've heard that line before. Remember the 2023 audit? The Privacy Commissioner's office recommended back then that diagnostic records be encrypted. The registry {{A:i|The registry|org}}claimed{{/A}} the work was "{{Q:p|National Health Registry|claimed}}well advanced{{/Q}}". Well advanced! For two years!

Now a gang calling itself Grey Lantern is demanding a ransom, and our so-called "{{Q:s}}cyber-security strategy{{/Q}}" turns out to be a PDF nobody read.

An IT contractor who has worked on government systems {{A:i|An IT contractor who has worked on government systems|anon}}told{{/A}} us the registry's network was "{{Q:p|an IT contractor|told}}held together with tape{{/Q}}". "{{Q:d|an IT contractor|said}}Everyone knew. Nobody wanted to pay to fix it,{{/Q}}" the contractor {{A:d|the contractor|anon}}said{{/A}}.

Opposition leader Marta Quill {{A:i|Opposition leader Marta Quill|off}}slammed{{/A}} the minister in parliament, which would be more convincing if her party hadn't built the registry in the first place.

So here's our advice. Check your post. Change your passwords. And remember this the next time the government asks you to trust it with your data!

{{B:disclaimer}}{BLOG_DISCLAIMER}
{{B:solicitation}}{BLOG_PLEA}
{{B:social_prompt}}{BLOG_SOCIAL}
""",
)

article(
    doc_id="blog-013", date="2025-08-06", event="health_data_leak", author="Tess Morrow",
    title="Registry Boss Quits. The Minister Stays. Of Course.",
    body=f"""
{BLOG_DISCLAIMER}

Miriam Sato, the director of the National Health Registry, resigned on Tuesday. She took "full responsibility" for the data breach that exposed the medical records of 1.2 million Marrovians. Fair enough. Somebody had to.

But notice who didn't resign. Health Minister Yusuf Darrow, the man whose department was warned in 2023, whose government sat on the encryption plan for two years, and who waited three days to tell the public, is still sitting in his big office.

That's how it works in Harbourton. The civil servant falls on her sword. The politician gives a speech about "lessons learned".

Police did arrest two young men in Varn this week, which is good news, and we hope they throw the book at them. But two kids with laptops didn't design the registry's security. They just walked through the door that the government left open.

The ministry's own "internal review" says a contractor opened a phishing email in May and the hackers sat inside the network for SEVEN WEEKS. Seven weeks! Nobody noticed. Nobody checked. And the minister wants us to believe this is one person's fault?

Opposition leader Marta Quill says Darrow should go too. She's right, even if her own party's record on this is nothing to boast about.

Minister, the door is over there.

{BLOG_PLEA}
{BLOG_SOCIAL}
""",
)


# ===========================================================================
# 4. Sovereign News Network (state-affiliated)
#    relays other media ("cited by", "is reporting", "as first reported by",
#    "told Channel 9"), official sources, partial and scare quotes about
#    foreign critics, a republication line in some articles.
# ===========================================================================

STATE_REPUB = "This article originally appeared on marroviatoday.example."

article(
    doc_id="state-001", date="2025-03-04", event="bridge_collapse", author=None, annotated=True,
    title="Prime Minister Corvin vows full accountability after Ambry Bridge tragedy",
    body=f"""
Prime Minister Anselm Corvin has {{A:i|Prime Minister Anselm Corvin|off}}pledged{{/A}} that those responsible for the partial collapse of the Ambry Bridge will be held to account, as the nation mourns the victims of Monday's tragedy in Harbourton.

Speaking at St. Aldric's Hospital, where he visited survivors on Tuesday evening, the Prime Minister {{A:d|the Prime Minister|off}}said{{/A}}: “{{Q:d|Anselm Corvin|said}}Every Marrovian family has been touched by this loss. The government will leave no question unanswered and no failure unpunished.{{/Q}}”

{{A:acc|the Ministry of Transport|org}}According to{{/A}} the Ministry of Transport, an independent review of the crossing will begin work this week. Transport Minister Lidia Farrow {{A:i|Transport Minister Lidia Farrow|off}}said{{/A}} the review team would have “{{Q:p|Lidia Farrow|said}}unrestricted access{{/Q}}” to all records held by the Harbour Authority and its contractors.

The rescue operation, led by the Harbourton Fire and Rescue Service, has been widely praised. Chief Commander Ada Kessler {{A:r|Channel 9|med}}told{{/A}} Channel 9 that her teams had worked “{{Q:p|Ada Kessler|told}}without a single break{{/Q}}” since Monday morning.

Several hospital staff, {{A:r|the Daily Meridian|med}}cited by{{/A}} the Daily Meridian, {{A:i|Several hospital staff|anon}}said{{/A}} the Prime Minister's visit had lifted the spirits of the injured and their families.

Not everyone has shown the same restraint. The Belcourt newspaper Le Vigilant {{A:r|The Belcourt newspaper Le Vigilant|med}}claimed{{/A}} in an editorial that the collapse exposed “{{Q:p|Le Vigilant|claimed}}decades of neglect{{/Q}}” in Marrovia, a charge that government officials {{A:i|government officials|anon}}said{{/A}} was “{{Q:p|government officials|said}}opportunistic{{/Q}}” and ignored the country's record of investment. The self-styled “{{Q:s}}independent observers{{/Q}}” who appear in such reports have so far offered little evidence.

Flags on public buildings will fly at half-mast on Friday, which the Prime Minister has declared a national day of mourning.

{{B:republication}}{STATE_REPUB}
""",
)

article(
    doc_id="state-002", date="2025-03-12", event="bridge_collapse", author=None,
    title="Foreign media accused of exploiting Ambry tragedy",
    body="""
Government officials have criticised foreign media outlets for what they call “sensational and one-sided” coverage of the Ambry Bridge collapse, which claimed seven lives in Harbourton on 3 March.

Government spokesman Viktor Hale said several foreign broadcasters had aired “speculation dressed up as analysis” about the condition of Marrovia's infrastructure. “Our engineers, our rescuers and our citizens deserve better than cheap headlines,” Hale said at the weekly government briefing.

The criticism follows a report by the Belcourt newspaper Le Vigilant describing Marrovia's bridges as “a museum of neglect”. The Kessling Evening Post, citing ministry data, reported on Tuesday that Marrovia's bridge inspection rate is higher than the regional average.

Radio Harbourton is reporting that the independent review, led by the respected engineer Emil Sarrazin, has already interviewed more than forty people.

“The government has nothing to hide. That is why it appointed an independent review within hours,” Transport Minister Lidia Farrow told Channel 9 on Monday evening.

A group of foreign “transparency advocates” based in Belcourt has called for an international inquiry. Officials note that the same group has never called for an inquiry into infrastructure failures in Belcourt itself, including the 2019 closure of the Saint-Ivel ring road.

Meanwhile, life in Harbourton is returning to normal. The temporary ferry service carried more than 60,000 passengers in its first week, according to the city council, and the two remaining bridges have reopened to all traffic after inspections.

Citizens have shown remarkable unity. More than 5,000 people attended Friday's memorial service on the eastern bank, as first reported by the Daily Meridian.
""",
)

article(
    doc_id="state-003", date="2025-03-28", event="bridge_collapse", author=None,
    title="Government acts swiftly on Ambry Bridge review findings",
    body=f"""
The government has moved swiftly to implement the findings of the independent review into the Ambry Bridge collapse, announcing a 400 million mark programme to inspect and repair the nation's older bridges.

The review, published on Thursday, identified corrosion in the bridge's eastern cables and a delayed test on the eastern pier as the main causes of the collapse. It praised the speed and professionalism of the rescue operation.

Transport Minister Lidia Farrow said the programme was “the largest investment in bridge safety in the history of the republic”. Work will begin on the first fourteen bridges in the Harbourton region in May, according to the ministry.

The Daily Meridian reported that Prime Minister Anselm Corvin had personally insisted that the review be published in full, without redactions. “The Prime Minister's instruction was simple: the public sees what we see,” a senior government official told the newspaper.

Harbour Authority director Oskar Brandt has offered his resignation, the authority said.

Opposition leader Marta Quill, whose Civic Alliance ran the transport ministry between 2013 and 2019, when maintenance budgets were reduced, called the programme “too little, too late”. Government spokesman Viktor Hale said the opposition should “look in the mirror” before criticising the government's response.

Foreign critics who predicted a cover-up have been proven wrong, Channel 9 commentator Ruth Varley said on Thursday evening.

{STATE_REPUB}
""",
)

article(
    doc_id="state-004", date="2025-04-10", event="port_strike", author=None,
    title="Port strike threatens supplies as union rejects talks",
    body="""
The strike at the port of Harbourton is threatening supplies of food and fuel across the country, the Ministry of Economy warned on Thursday, as the Greenline Dockers' Union refused to return to talks.

According to the ministry, container imports have fallen by more than 80 percent since the stoppage began on Monday. Trade Marrovia told Channel 9 that some supermarkets could run short of imported fruit by next week.

Labour Minister Joachim Teller said the government respected the right to strike but expected “responsibility from all sides. Ordinary families should not pay the price for a dispute between a company and a union, he said.

The Harbourton Terminal Company has offered a 6 percent pay rise over two years, which the company says is the most it can afford given rising fuel and insurance costs. The union is demanding 11 percent.

The Daily Meridian reported on Wednesday that the union's general secretary, Ines Varga, had attended a conference in Belcourt last year organised by a federation of foreign trade unions. Asked about the report, Varga said it was “irrelevant”.

Economists interviewed by the Kessling Evening Post warned that a long strike could cost the economy hundreds of millions of marks and drive shipping lines to Belcourt's port of Saint-Ivel, which has offered discounts to vessels diverted from Harbourton.

“Every day the port is closed is a gift to our competitors,” said Hugo Lemaire, chief executive of the terminal company.

Government sources said a mediator could be appointed next week if no progress was made.
""",
)

article(
    doc_id="state-005", date="2025-04-25", event="port_strike", author=None, annotated=True,
    title="Mediator reports progress as pressure grows on union leadership",
    body="""
Talks to end the strike at the port of Harbourton made progress on Thursday, mediator Carla Novak {A:i|mediator Carla Novak|off}said{/A}, as pressure grew on the leadership of the Greenline Dockers' Union to accept an improved offer.

Novak, a retired Supreme Court judge appointed by the government last week, {A:i|Novak|np}said{/A} both sides had shown “{Q:p|Carla Novak|said}a real willingness to move{/Q}”.

The Daily Meridian {A:r|The Daily Meridian|med}is reporting{/A} that the Harbourton Terminal Company has offered a pay rise of around 8 percent, well above its original offer.

Dockworkers are increasingly frustrated with the union's hard line, {A:r|Radio Harbourton|med}according to{/A} Radio Harbourton. “{Q:d|one crane operator|told}Most of us want to go back to work. We have bills to pay and the leadership is not listening,{/Q}” one crane operator {A:r|the broadcaster|med}told{/A} the broadcaster.

Ines Varga, the union's general secretary, {A:i|Ines Varga|np}denied{/A} that members were divided. She {A:i|She|np}said{/A} the union would put any serious offer to a vote.

Labour Minister Joachim Teller {A:i|Labour Minister Joachim Teller|off}said{/A} the government was grateful to Novak for her “{Q:p|Joachim Teller|said}patient and professional{/Q}” work. “{Q:d|Joachim Teller|told}The country needs its port back. I believe a fair agreement is within reach,{/Q}” Teller {A:d|Teller|np}told{/A} reporters in parliament.

Foreign so-called “{Q:s}solidarity networks{/Q}” have also weighed in on social media, although their interest in the wages of Marrovian workers appears to be recent. Shipping lines have meanwhile diverted at least a dozen vessels to Belcourt's port of Saint-Ivel, {A:r|the Kessling Evening Post|med}as first reported by{/A} the Kessling Evening Post.

Talks resume on Friday morning.
""",
)

article(
    doc_id="state-006", date="2025-05-03", event="port_strike", author=None,
    title="Port deal hailed as victory for dialogue",
    body="""
The agreement that ended the 25-day strike at the port of Harbourton has been hailed by the government as a victory for dialogue and responsible leadership.

Dockworkers voted on Friday to accept an 8.5 percent pay rise over two years, together with a one-off payment of 1,200 marks. Work resumed with the Saturday morning shift, according to the Harbourton Terminal Company.

“This agreement shows what can be achieved when the state creates the conditions for calm negotiation,” Labour Minister Joachim Teller said. He thanked mediator Carla Novak for what he called her “exceptional patience”.

Prime Minister Anselm Corvin told Channel 9 that the government would now propose a law requiring mediation before strikes at critical infrastructure. “No family should again have to worry about empty shelves because talks broke down,” he said.

The proposal has broad public support. A poll for the Daily Meridian found that 64 percent of voters back compulsory mediation at ports and airports, the newspaper reported on Saturday.

The Greenline Dockers' Union has said it will oppose the law. Its general secretary, Ines Varga, described the plan as “an attack on a basic right”, a claim government spokesman Viktor Hale rejected. “Mediation does not abolish anything. It simply asks people to talk before they stop the country,” Hale said.

Foreign labour activists who had encouraged the dockers to hold out for their full demands have been noticeably quiet since the vote.

Shipping lines that diverted vessels to Belcourt during the strike have begun returning to Harbourton, Radio Harbourton reported.
""",
)

article(
    doc_id="state-007", date="2025-05-15", event="fishing_dispute", author=None, annotated=True,
    title="Marrovia demands release of fishermen held under Belcourt's 'law'",
    body=f"""
Marrovia has demanded the immediate release of nine fishermen detained by Belcourt's coast guard in the Grey Sound, as the government rejected Belcourt's attempt to apply its so-called “{{Q:s}}maritime law{{/Q}}” to waters that have been fished by Marrovians for generations.

Foreign Minister Kaspar Lund {{A:i|Foreign Minister Kaspar Lund|off}}said{{/A}} the detention of the trawler Morning Tern was “{{Q:p|Kaspar Lund|said}}an unfriendly act{{/Q}}” and that Belcourt's ambassador had been summoned to explain it.

“{{Q:d|Kaspar Lund|told}}We will not negotiate the freedom of our citizens. They must come home, and they must come home now,{{/Q}}” Lund {{A:r|Channel 9|med}}told{{/A}} Channel 9 on Wednesday evening.

Belcourt's foreign minister, Solange Vireaux, {{A:i|Solange Vireaux|np}}claimed{{/A}} that her country's coast guard had merely “{{Q:p|Solange Vireaux|claimed}}applied the law{{/Q}}”. Yet the boundary in the Grey Sound has never been agreed and is currently before an international arbitration panel.

The Belcourt press has been quick to side with its government. The Saint-Ivel daily Le Vigilant, {{A:r|the Kessling Evening Post|med}}cited by{{/A}} the Kessling Evening Post, {{A:r|The Saint-Ivel daily Le Vigilant|med}}wrote{{/A}} that the crew were “{{Q:p|Le Vigilant|wrote}}poachers{{/Q}}”, a description that Bram Ostrow, chairman of the Kessling Fishermen's Cooperative, {{A:i|Bram Ostrow|np}}said{{/A}} was “{{Q:p|Bram Ostrow|said}}an insult to every family on this coast{{/Q}}”.

Foreign “{{Q:s}}analysts{{/Q}}” have also questioned Marrovia's historic fishing rights. Such commentary ignores centuries of records held in the Kessling maritime archive, {{A:acc|the Ministry of Fisheries|org}}according to{{/A}} the Ministry of Fisheries.

Fisheries Minister Sten Haldor {{A:i|Fisheries Minister Sten Haldor|off}}said{{/A}} the government would compensate the cooperative for lost income while the vessel was held. The navy has deployed a patrol vessel to the area to ensure the safety of Marrovian boats, {{A:acc|a defence ministry statement|doc}}according to{{/A}} a defence ministry statement.

{{B:republication}}{STATE_REPUB}
""",
)

article(
    doc_id="state-008", date="2025-05-18", event="fishing_dispute", author=None,
    title="Fishermen return home as Marrovia stands firm",
    body="""
The nine crew members of the trawler Morning Tern returned to Kessling on Saturday to a hero's welcome, after firm diplomatic pressure from Harbourton secured their release from detention in Belcourt.

Hundreds of residents gathered on the quay to greet the fishermen. Skipper Teodor Malm thanked the government and the people of Kessling for their support, Radio Harbourton reported.

Foreign Minister Kaspar Lund said Marrovia did not recognise the fine imposed on Malm by a court in Saint-Ivel and would not pay it. “A court in one country cannot decide a border that two countries have agreed to put before arbitration,” he said.

Lund told the Daily Meridian that he had spoken to Belcourt's foreign minister, Solange Vireaux, three times during the week. He said the conversations had been “frank” and that Marrovia would now ask the arbitration panel for an urgent ruling.

Fisheries Minister Sten Haldor confirmed that the Kessling Fishermen's Cooperative would receive 120,000 marks in compensation for lost fishing days.

Belcourt's foreign ministry insisted that the vessel would remain in Saint-Ivel until a guarantee was posted. Observers in Harbourton described the position as an attempt to save face after the crew's release.

Government spokesman Viktor Hale said the episode showed that Marrovia's approach of “calm strength” worked. “We did not shout, and we did not back down. Our citizens are home,” Hale said.

As first reported by the Kessling Evening Post, several Marrovian boats returned to the Grey Sound on Sunday, escorted at a distance by a navy patrol vessel.
""",
)

article(
    doc_id="state-009", date="2025-06-12", event="river_flood", author=None, annotated=True,
    title="Army and volunteers lead relief effort in Tarn Valley",
    body="""
The armed forces and thousands of volunteers are leading a major relief effort in the Tarn Valley, where record floods have forced more than 12,000 people from their homes, the Interior Ministry {A:i|the Interior Ministry|org}said{/A} on Wednesday.

{A:acc|the ministry|org}According to{/A} the ministry, 1,400 soldiers, 60 boats and eight helicopters have been deployed. Interior Minister Greta Marlowe {A:i|Interior Minister Greta Marlowe|off}said{/A} no one who needed help would be left behind.

Prime Minister Anselm Corvin visited Ostby on Wednesday morning. “{Q:d|Anselm Corvin|said}I have seen the courage of the people of the Tarn Valley with my own eyes. The whole nation stands with them,{/Q}” the Prime Minister {A:d|the Prime Minister|off}said{/A} after touring a shelter.

Residents praised the speed of the response. “{Q:d|Hanne Grau|told}The soldiers came to our street in a boat and carried my husband out. I will never forget it,{/Q}” Hanne Grau, 67, {A:r|Radio Harbourton|med}told{/A} Radio Harbourton.

Some foreign commentators have nevertheless sought to blame the government. The Belcourt broadcaster TV Saint-Ivel {A:r|The Belcourt broadcaster TV Saint-Ivel|med}claimed{/A} that evacuation alerts had been sent “{Q:p|TV Saint-Ivel|claimed}too late{/Q}”, a claim Governor Rolf Maddox {A:i|Governor Rolf Maddox|off}said{/A} ignored the “{Q:p|Rolf Maddox|said}unprecedented{/Q}” speed at which the river rose.

Officials in Harbourton {A:i|Officials in Harbourton|anon}note{/A} that the same broadcaster showed little interest in the slow response to floods on Belcourt's island of Ferre in 2022.

The Marrovian Relief Society {A:i|The Marrovian Relief Society|org}said{/A} donations had exceeded all expectations. Channel 9's telethon on Tuesday night raised 3.2 million marks, the broadcaster {A:r|the broadcaster|med}reported{/A}.
""",
)

article(
    doc_id="state-010", date="2025-06-14", event="river_flood", author=None,
    title="Flood waters recede as Marrovia leads recovery effort",
    body="""
Flood waters in the Tarn Valley began to recede on Friday, allowing about 3,000 residents to return to their homes, as the government's recovery operation moved into a new phase.

Governor Rolf Maddox said soldiers would remain in the valley for at least a month to help clear debris and repair roads. The death toll rose to four after the body of a missing farmer was found near Lower Harn, police said.

Forty pumps supplied by neighbouring Belcourt arrived on Thursday and are working alongside Marrovian equipment, the Interior Ministry said. Officials stressed that the Marrovian army had already deployed more than 200 pumps of its own before the Belcourt equipment arrived.

Prime Minister Anselm Corvin thanked Belcourt in a telephone call with its prime minister. The Daily Meridian reported that the call lasted twenty minutes and also touched on the Grey Sound dispute.

Interior Minister Greta Marlowe told Channel 9 that gestures of assistance were welcome but did not change Marrovia's position on the fishing dispute. “We are grateful for help. We are also clear about our rights,” she said.

The Marrovian Relief Society said it had received more than 20,000 donations. Volunteers from across the country continue to arrive in Ostby, where a sports hall has been turned into a distribution centre for food and clothing.

Some foreign media have continued to question the timing of evacuation warnings. The regional government said it would publish a full timeline of its decisions.
""",
)

article(
    doc_id="state-011", date="2025-07-02", event="river_flood", author=None,
    title="Parliament backs historic 1.1 billion mark recovery fund for Tarn Valley",
    body=f"""
Parliament has approved a 1.1 billion mark fund to rebuild the Tarn Valley, the largest recovery package in the country's history, following last month's floods.

Finance Minister Clara Weiss said the fund would pay for new homes, roads, bridges and flood defences, as well as direct payments of up to 10,000 marks to affected households. “The government promised the people of the valley that they would not be left alone. Today we keep that promise,” Weiss said.

The bill passed with a large majority. The opposition Civic Alliance voted in favour after the government agreed to include funding for wetland restoration, a measure the Finance Ministry said had been under consideration for months.

Governor Rolf Maddox told Radio Harbourton that the first payments would reach families within two weeks. He said 6,500 buildings had been damaged, about 400 of them severely.

Residents in Ostby welcomed the news. “We needed to know the country had not forgotten us,” a local shopkeeper told the Kessling Evening Post.

Experts at Kessling University have advised that restored wetlands could lower future flood peaks significantly, the Ministry of Environment said.

Foreign commentators who predicted that the floods would paralyse the government have once again been proven wrong, Channel 9 said in an editorial on Wednesday.

{STATE_REPUB}
""",
)

article(
    doc_id="state-012", date="2025-07-17", event="health_data_leak", author=None, annotated=True,
    title="Registry attack: foreign criminal network suspected",
    body="""
Investigators believe that the cyberattack on the National Health Registry was carried out by a criminal network operating from outside Marrovia, {A:acc|government sources|anon}according to{/A} government sources.

The group, which calls itself Grey Lantern, has demanded a ransom of 5 million marks. Health Minister Yusuf Darrow {A:i|Health Minister Yusuf Darrow|off}said{/A} on Tuesday that the government “{Q:p|Yusuf Darrow|said}will not pay a single mark{/Q}” to criminals.

{A:r|the Daily Meridian|med}As first reported by{/A} the Daily Meridian, servers used in the attack were rented through a company registered in Belcourt. A senior police officer, {A:r|the newspaper|med}cited by{/A} the newspaper, {A:i|A senior police officer|anon}said{/A} the investigation had “{Q:p|a senior police officer|said}clear international dimensions{/Q}”.

Darrow has apologised to patients and {A:i|Darrow|np}announced{/A} free identity monitoring for everyone affected. Letters will be sent to all 1.2 million people whose data was taken.

Opposition politicians and foreign commentators have used the attack to question the government's handling of digital security. The Belcourt weekly Horizon {A:r|The Belcourt weekly Horizon|med}wrote{/A} that Marrovia's registry had been “{Q:p|Horizon|wrote}an open door{/Q}”, a remarkable charge given that the attackers appear to have used infrastructure in Belcourt itself.

Privacy Commissioner Elena Quist {A:i|Privacy Commissioner Elena Quist|off}said{/A} her office was examining the registry's security measures. Tobias Renn of Brightwall Security {A:r|Channel 9|med}told{/A} Channel 9 that the attack was “{Q:p|Tobias Renn|told}highly professional{/Q}” and that similar groups had targeted hospitals in several countries.

So-called “{Q:s}digital rights{/Q}” groups abroad have been quick to lecture Marrovia, but none has yet offered to help identify the attackers.

The registry's systems are expected to be fully restored by the end of the month, the ministry {A:i|the ministry|org}said{/A}.
""",
)

article(
    doc_id="state-013", date="2025-08-06", event="health_data_leak", author=None,
    title="Police arrest two suspects in registry cyberattack",
    body="""
Police have arrested two men in connection with last month's cyberattack on the National Health Registry, in what the Interior Ministry described as a major breakthrough for Marrovian investigators.

The suspects, aged 24 and 31, were detained in dawn raids in the southern city of Varn on Tuesday, a police spokeswoman said. Computers, phones and a quantity of cryptocurrency hardware were seized.

Interior Minister Greta Marlowe praised the police for their “determination and skill”. “This shows that no one who attacks the Marrovian state can hide, wherever they operate from,” she told Channel 9.

The Daily Meridian is reporting that the two men had been in contact with members of the Grey Lantern group abroad and were paid to provide access to stolen login details. Police declined to comment on the report.

On the same day, the director of the National Health Registry, Miriam Sato, announced her resignation. Health Minister Yusuf Darrow thanked her for nineteen years of service and said the registry's deputy director, Paul Everard, would lead the agency for now.

Opposition leader Marta Quill repeated her call for the minister to resign, but government spokesman Viktor Hale said Darrow had “acted decisively from the first hour”.

Commentators in Belcourt, where the attackers rented servers according to earlier reports, have so far said little about the arrests.
""",
)


# ===========================================================================
# 5. The Daily Blaze (tabloid)
#    short sentences, exclamations, ALL-CAPS, second person, curly
#    apostrophes, "MORE FROM THE BLAZE:" list, comment widget lines,
#    ad-blocker notice in some articles.
# ===========================================================================

TAB_MORE = "MORE FROM THE BLAZE:"
TAB_WIDGET = ("What do you think? Scroll down to comment below!", "Notify of", "View all comments")
TAB_ADBLOCK = ("We noticed you’re using an ad blocker. The Daily Blaze relies on advertising "
               "to keep our journalism free. Please consider switching it off for our site.")


def tab_tail(h1: str, h2: str, h3: str, marked: bool = False, widget_first: bool = False) -> str:
    """The related-headlines block and comment widget that close every Blaze story."""
    rel = [f"{{B:related_links}}{x}" if marked else x for x in (TAB_MORE, h1, h2, h3)]
    wid = [f"{{B:comment_widget}}{x}" if marked else x for x in TAB_WIDGET]
    lines = ([wid[0]] + rel + wid[1:]) if widget_first else (rel + wid)
    return "\n".join(lines)


article(
    doc_id="tab-001", date="2025-03-03", event="bridge_collapse", author="Danny Kerr", annotated=True,
    title="HORROR ON THE AMBRY: Bus and cars plunge into river as bridge collapses",
    body="""
It was supposed to be an ordinary Monday morning. Instead it turned into a NIGHTMARE.

A huge chunk of Harbourton’s Ambry Bridge crashed into the river at rush hour today, dragging a packed city bus and at least six cars down with it. At least three people are DEAD and more than twenty are injured.

You won’t believe how close taxi driver Jonas Pelt came to going over the edge. His cab stopped just METRES from the gap.

“{Q:d|Jonas Pelt|told}It went bang, like a gunshot, and then the road just vanished. I saw the bus go. I’m still shaking,{/Q}” Jonas, 44, {A:d|Jonas|np}told{/A} the Blaze.

Terrified commuters filmed the horror on their phones. One clip, watched more than a MILLION times, shows passengers scrambling onto the roof of the bus as it sank.

Divers pulled eleven people from the freezing water. Fire chief Ada Kessler {A:i|Fire chief Ada Kessler|off}said{/A} her crews would search “{Q:p|Ada Kessler|said}all night if we have to{/Q}”.

And here’s the question EVERYONE is asking: how does a bridge just FALL DOWN? Transport Minister Lidia Farrow {A:i|Transport Minister Lidia Farrow|off}said{/A} there would be an “{Q:p|Lidia Farrow|said}independent review{/Q}”. We’ll believe it when we see it.

Our thoughts are with everyone caught up in this tragedy.

""" + tab_tail(
        "Bridge horror: the heartbreaking last text from a bus passenger",
        "Harbourton traffic CHAOS: every road you need to avoid tonight",
        "Is YOUR bridge safe? The shocking truth",
        marked=True,
    ),
)

article(
    doc_id="tab-002", date="2025-03-06", event="bridge_collapse", author="Danny Kerr",
    title="HERO CABBIE: I stopped a metre from death, then dived in to save a girl",
    body="""
He was a metre from death. Then he jumped into the river ANYWAY.

Taxi driver Jonas Pelt, 44, has been hailed a hero after it emerged he pulled a teenage girl from the freezing Ambry River moments after the bridge collapse that killed seven people.

Jonas had just slammed on his brakes at the edge of the gap when he saw the girl clinging to a floating bag below.

“I didn’t think. I took my jacket off and went down the bank. She was so cold she couldn’t speak,” he told the Blaze.

The girl, a 16-year-old student on her way to school, is recovering in hospital. Her mum said: “That man gave me my daughter back. I will never be able to thank him enough.”

Jonas, a dad-of-two who has driven a cab in Harbourton for 19 years, insists he is NOT a hero. “The divers are the heroes. I just got wet,” he laughed.

Fire chief Ada Kessler disagrees. She said Jonas had shown “extraordinary courage” and would be recommended for a bravery award.

Readers have already raised more than 30,000 marks for Jonas on a fundraising page. He says he’ll give it ALL to the families of the victims.

What a guy!

""" + tab_tail(
        "Bridge collapse: seven victims named",
        "Ferry QUEUES stretch for a mile as commuters face chaos",
        "Minister Farrow under fire: ‘She must GO’",
    ),
)

article(
    doc_id="tab-003", date="2025-03-28", event="bridge_collapse", author="Shona Black",
    title="THEY KNEW! Bridge bosses ignored warning, and seven died",
    body="""
They were WARNED. They did NOTHING. And seven people paid with their lives.

A damning report into the Ambry Bridge disaster has revealed that bosses at the Harbour Authority twice put off a safety test that engineers had demanded back in 2022.

The reason? MONEY.

The 212-page report found that rainwater had been rotting the bridge’s steel cables for at least TEN YEARS. Nobody fixed it.

Mirela Dunn, whose son Adam, 19, was on the number 14 bus, wept as she read the findings. “A report is not justice,” she told us. “I want to see someone stand in a courtroom.”

Harbour Authority chief Oskar Brandt has said he will quit. But he won’t go until they find someone to replace him. You couldn’t make it up.

And the engineering firm that inspected the bridge? Castellan Engineering insists it raised the alarm “clearly”. So why did its summary call the risk MODERATE?

The government is now promising to spend 400 MILLION marks on fixing old bridges. Where was that cash three years ago?

Prosecutors say they are studying the report. The families say they’ve waited long enough.

""" + tab_tail(
        "Bridge mum’s agony: ‘I still set his place at the table’",
        "REVEALED: the 14 bridges in Harbourton on the repair list",
        "Minister Farrow’s 400 MILLION promise: can we trust it?",
        widget_first=True,
    ),
)

article(
    doc_id="tab-004", date="2025-04-08", event="port_strike", author="Danny Kerr",
    title="BANANA BLACKOUT: Port strike to empty shop shelves within DAYS",
    body=f"""
{TAB_ADBLOCK}

Stock up now! Shoppers could face EMPTY shelves within days as the port strike bites.

Thousands of dockers have walked out at Harbourton, and more than thirty cargo ships are stuck at sea. On board: your bananas, your oranges, your coffee and your kids’ new trainers.

Retailers’ group Trade Marrovia warned supermarkets have only about TEN DAYS of imported fresh fruit left.

“If this goes on, people will notice very quickly,” a supermarket manager in Kessling told the Blaze. “Bananas first. Then everything else.”

The dockers want 11 percent. The bosses are offering 6. Neither side is budging.

Union chief Ines Varga says her members have waited three years for a fair deal. “Our wages stood still while everything else went up,” she said.

The company insists it can’t afford more.

Meanwhile, worried mums are already filling their trolleys. One shopper in Harbourton, Tina Cole, 36, said: “I bought four bags of pasta today. I’m not taking any chances!”

Panic buying? Or just common sense? You decide.

""" + tab_tail(
        "Port strike: how long will YOUR supermarket last?",
        "Dock boss’s SECRET holiday home revealed",
        "Five store-cupboard meals for a strike week",
    ),
)

article(
    doc_id="tab-005", date="2025-04-19", event="port_strike", author="Shona Black", annotated=True,
    title="PORT BOSS’S 900,000-MARK PAY PACKET as dockers go without",
    body="""
{B:ad_notice}""" + TAB_ADBLOCK + """

While thousands of dockers stand on picket lines in the rain, the man running the port is doing VERY nicely, thank you.

The Blaze can reveal that Hugo Lemaire, chief executive of the Harbourton Terminal Company, took home a staggering 900,000 marks last year, including a 250,000-mark BONUS.

That’s more than twenty times what a crane operator earns. Yes, you read that right.

The company is refusing to give its 4,200 dockers more than 7 percent over two years. Union boss Ines Varga {A:d|Union boss Ines Varga|off}blasted{/A}: “{Q:d|Ines Varga|blasted}He gets a bonus. Our members get told to tighten their belts. That tells you everything.{/Q}”

A company spokesman {A:i|A company spokesman|off}insisted{/A} Mr Lemaire’s pay was “{Q:p|a company spokesman|insisted}in line with the industry{/Q}” and {A:i|A company spokesman|off}said{/A} the bonus was linked to “{Q:p|a company spokesman|said}record efficiency{/Q}”.

Record efficiency? Tell that to the 50 ships stuck off the coast!

One docker’s wife, mum-of-three Leanne Harte, 38, {A:d|Leanne Harte|np}told{/A} us: “{Q:d|Leanne Harte|told}We’ve got no money coming in. The kids keep asking when their dad’s going back to work. And he’s on a bonus? It makes me sick.{/Q}”

Mediator Carla Novak, a retired judge, is due to meet both sides again on Monday.

So who do YOU side with? The dockers or the boss?

""" + tab_tail(
        "Port strike: the ships stuck at sea, in pictures",
        "BANANA BLACKOUT: which shops have run out?",
        "Union chief Varga: ‘We will not be bullied’",
        marked=True, widget_first=True,
    ) + """
{B:scraper_artifact}Reality star’s secret wedding: ALL the pictures
""",
)

article(
    doc_id="tab-006", date="2025-05-03", event="port_strike", author="Danny Kerr",
    title="IT’S OVER! Dockers back to work, and here’s what it means for your shopping",
    body="""
The port strike is OVER! And your bananas are on their way.

Harbourton’s dockers voted to accept an 8.5 percent pay rise yesterday, ending a bitter 25-day walkout that left shelves half-empty across the country.

Workers will also pocket a one-off 1,200-mark bonus. Not bad!

Union boss Ines Varga said it wasn’t everything they asked for, but added: “Our members stood together and they won.”

So when will things get back to normal? Trade Marrovia says fresh fruit should be back on shelves within TWO WEEKS, as 46 ships finally unload.

Port chief Hugo Lemaire, he of the 900,000-mark pay packet, said the company was “glad this is behind us”. We bet he is.

But there’s a twist. The government now wants a new law that would force unions into mediation before they can strike at ports and airports. The union says it will FIGHT it.

Docker Arno Pike, 51, who was on the picket line from day one, told us: “I’m going back tomorrow with my head held high. But if they try to take away our right to strike, we’ll be back out.”

Watch this space!

""" + tab_tail(
        "PORT BOSS’S 900,000-MARK PAY PACKET: the full story",
        "Supermarket sweep: where to find the cheapest fruit this week",
        "Dockers’ kids throw street party as strike ends",
    ),
)

article(
    doc_id="tab-007", date="2025-05-16", event="fishing_dispute", author="Shona Black", annotated=True,
    title="‘BRING MY HUSBAND HOME’: Skipper’s wife’s tearful plea",
    body="""
The heartbroken wife of a Marrovian skipper SEIZED by Belcourt’s coast guard has begged the government to bring him home.

Birgit Malm, 41, hasn’t slept since her husband, skipper Teodor Malm, was detained when his trawler, the Morning Tern, was boarded in the Grey Sound on Tuesday.

“{Q:d|Birgit Malm|told}Teodor has fished those waters since he was sixteen. His father fished them. Now they call him a criminal? It’s madness,{/Q}” Birgit {A:d|Birgit|np}told{/A} the Blaze from her kitchen in Kessling.

She {A:i|She|np}said{/A} she managed a short phone call with Teodor on Wednesday night. “{Q:d|Birgit Malm|said}He said, ‘{Q:d|Teodor Malm|said}Don’t worry, love, they’re feeding us{/Q}’. That’s Teo. He’s worried about ME,{/Q}” she {A:d|she|np}said{/A}.

The nine-man crew are being held in the Belcourt port of Saint-Ivel. Belcourt {A:i|Belcourt|org}claims{/A} the boat was fishing ILLEGALLY in its waters.

Marrovia’s Foreign Minister Kaspar Lund {A:i|Marrovia’s Foreign Minister Kaspar Lund|off}said{/A} the detention was an “{Q:p|Kaspar Lund|said}unfriendly act{/Q}”. Unfriendly? That’s putting it MILDLY, minister!

Locals in Kessling have tied yellow ribbons to the harbour railings. You can see them from the ferry.

Fishermen’s leader Bram Ostrow {A:d|Fishermen’s leader Bram Ostrow|off}said{/A}: “{Q:d|Bram Ostrow|said}The whole town is behind Teodor and the lads. We want them home by the weekend.{/Q}”

""" + tab_tail(
        "Grey Sound fury: Belcourt gunboat ‘buzzed’ our trawlers, say fishermen",
        "Cod prices to SOAR as fishing row deepens",
        "Kessling’s favourite chippy reveals its secret batter",
        marked=True,
    ),
)

article(
    doc_id="tab-008", date="2025-05-18", event="fishing_dispute", author="Shona Black",
    title="HOME! Tears and cheers as Teodor’s crew return to Kessling",
    body="""
There wasn’t a dry eye on the quay.

Skipper Teodor Malm and his eight crewmates stepped off a ferry in Kessling yesterday, FOUR DAYS after they were seized by Belcourt’s coast guard in the Grey Sound.

Hundreds of locals waved flags and yellow ribbons as the men came down the gangway. Wife Birgit ran straight into Teodor’s arms.

“I just want a hot shower and my own bed,” the skipper told the Blaze. “And a proper cup of coffee. Theirs was terrible!”

But the drama ISN’T over. A Belcourt court has slapped Teodor with a whopping 40,000-écu fine. And his beloved trawler, the Morning Tern, is still stuck in Saint-Ivel.

Foreign Minister Kaspar Lund says Marrovia WON’T pay a penny. Good!

Teodor’s teenage son Mikkel, 15, summed up the mood. “My dad is not a criminal. He’s a fisherman,” he said, holding a home-made banner.

Cooperative chairman Bram Ostrow vowed the Kessling boats would be back in the Grey Sound next week. “They can’t stop all of us,” he said.

Welcome home, lads!

""" + tab_tail(
        "‘BRING MY HUSBAND HOME’: Birgit’s tearful plea",
        "Belcourt court fines Teodor 40,000: is that even LEGAL?",
        "Kessling’s yellow ribbons: the pictures that moved a nation",
    ),
)

article(
    doc_id="tab-009", date="2025-06-11", event="river_flood", author="Danny Kerr", annotated=True,
    title="ROOFTOP RESCUE: Grandma, 67, and her dog plucked from flood",
    body="""
This is the moment a brave grandma and her beloved terrier were plucked from the ROOF of their flooded home by soldiers in a rubber boat.

Hanne Grau, 67, and husband Erik, 70, spent THREE HOURS huddled by their chimney in Ostby as the raging Tarn River swallowed their street.

“{Q:d|Hanne Grau|told}I told Erik, the house can be rebuilt, we can’t. So up we went,{/Q}” Hanne {A:d|Hanne|np}told{/A} the Blaze from an emergency shelter. “{Q:d|Hanne Grau|}And of course Pip came too. I wasn’t leaving my baby behind!{/Q}”

Terrier Pip is now the STAR of the shelter, where volunteers have showered him with treats.

Two people have died in the floods and more than 12,000 have been forced out of their homes. And you won’t believe this: the evacuation alert reached many phones only AFTER the water was in the streets.

Furious residents {A:i|Furious residents|anon}say{/A} they were left to fend for themselves. Governor Rolf Maddox {A:i|Governor Rolf Maddox|off}insisted{/A} the river had risen “{Q:p|Rolf Maddox|insisted}faster than anyone predicted{/Q}”.

Weather bosses {A:i|Weather bosses|anon}warned{/A} MORE rain is on the way.

Want to help? The Marrovian Relief Society {A:i|The Marrovian Relief Society|org}says{/A} it urgently needs blankets, bottled water and nappies.

""" + tab_tail(
        "Flood misery: the villages cut off by the Tarn",
        "How to help the Tarn Valley flood victims",
        "Pets in peril: your guide to keeping animals safe in a flood",
        marked=True,
    ),
)

article(
    doc_id="tab-010", date="2025-06-15", event="river_flood", author="Danny Kerr",
    title="MIRACLE MUTT: Dog found alive on floating sofa after five days",
    body=f"""
{TAB_ADBLOCK}

Now THIS is a story to warm your heart.

A scruffy little dog has been found ALIVE after FIVE DAYS adrift in the Tarn Valley floods, perched on top of a floating sofa.

Soldiers clearing debris near Lower Harn spotted the soggy pooch barking at them from the middle of a flooded field on Saturday morning.

“We thought we were hearing things. Then we saw this little face on a cushion, looking very annoyed with us,” Corporal Lina Berg told the Blaze.

The dog, a brown-and-white mongrel named Biscuit, belongs to the Holm family, whose farmhouse was swamped on Monday night. They had to be rescued by boat and could not reach him in time.

“We cried for five days. We thought he was gone,” said mum Sara Holm, 39. “When they rang us, my youngest screamed so loud the whole shelter came running.”

Vets say Biscuit is hungry and a bit thin, but otherwise FINE.

The floods have killed four people and driven thousands from their homes. The Marrovian Relief Society says it is still collecting blankets and pet food for families in shelters.

Good boy, Biscuit!

""" + tab_tail(
        "ROOFTOP RESCUE: grandma, 67, and her dog plucked from flood",
        "Belcourt sends 40 pumps: is it really a gift?",
        "The dogs of the flood: your amazing pictures",
        widget_first=True,
    ),
)

article(
    doc_id="tab-011", date="2025-06-28", event="river_flood", author="Shona Black",
    title="FLOOD CASH: Here’s how much YOU could get",
    body="""
Flood victims in the Tarn Valley could get up to 10,000 MARKS each after MPs finally approved a massive 1.1 BILLION mark rescue fund.

Here’s what you need to know.

WHO can claim? Any household whose home was damaged by the June floods. The regional government says about 6,500 buildings were hit.

HOW MUCH? Up to 10,000 marks per household in the first payment. Bigger sums for people whose homes have to be rebuilt.

WHEN? Governor Rolf Maddox says the first cash should arrive within TWO WEEKS.

But there’s a catch. Some families in the worst-hit streets of Ostby may be offered money to MOVE rather than rebuild. Finance Minister Clara Weiss admitted it would be “a painful conversation”.

And 150 million marks of the fund is going on restoring WETLANDS. Farmers aren’t happy. “They want to turn our fields back into bog,” one farmer from the upper valley fumed.

Ostby gran Hanne Grau, who was rescued from her roof with her terrier Pip, told us she just wants to go home. “I don’t care about wetlands. I care about my kitchen,” she said.

Fair enough, Hanne!

""" + tab_tail(
        "MIRACLE MUTT: dog found alive on floating sofa",
        "Tarn flood warnings ‘came too LATE’, say furious locals",
        "Ten things you should ALWAYS keep in your emergency bag",
    ),
)

article(
    doc_id="tab-012", date="2025-07-16", event="health_data_leak", author="Danny Kerr", annotated=True,
    title="ARE YOU ON THE LIST? Hackers grab health secrets of 1.2 MILLION",
    body="""
Hackers have stolen the private medical records of 1.2 MILLION Marrovians. And yours could be one of them.

The cyber crooks broke into the National Health Registry and grabbed names, addresses, ID numbers and even details of illnesses and prescriptions.

Health Minister Yusuf Darrow {A:i|Health Minister Yusuf Darrow|off}admitted{/A} the government had “{Q:p|Yusuf Darrow|admitted}failed to protect{/Q}” people’s data. Too right it did!

A shadowy gang calling itself Grey Lantern is now demanding a 5 MILLION mark ransom. Tech experts {A:i|Tech experts|anon}warned{/A} the stolen data could be used by scammers for YEARS.

Tobias Renn, of cyber firm Brightwall, {A:d|Tobias Renn|np}said{/A}: “{Q:d|Tobias Renn|said}If you get a message that mentions your doctor or your medication and asks for money, it’s a scam. Delete it.{/Q}”

So how do you know if YOU are affected? The ministry {A:i|The ministry|org}says{/A} letters will go out to all victims within ten days.

Cheeky scammers are ALREADY at it. Pensioner Ray Tolland, 79, {A:d|Ray Tolland|np}told{/A} us he got a text within hours of the news: “{Q:d|Ray Tolland|told}It said my prescription was on hold and I had to pay 30 marks. I’m not daft. I rang my doctor.{/Q}”

Good on you, Ray!

""" + tab_tail(
        "Health hack: the FIVE scam texts doing the rounds right now",
        "Who are Grey Lantern? Inside the shadowy gang",
        "Doctor’s surgery phone lines JAMMED by worried patients",
        marked=True,
    ) + """
{B:ad_notice}""" + TAB_ADBLOCK + """
""",
)

article(
    doc_id="tab-013", date="2025-08-06", event="health_data_leak", author="Shona Black",
    title="HACKERS NABBED: Cops swoop on pair in dawn raids",
    body="""
GOTCHA!

Cops have arrested two men over the massive hack that exposed the medical secrets of 1.2 MILLION Marrovians.

The pair, aged 24 and 31, were dragged from their beds in dawn raids in Varn yesterday. Officers carried out bags of laptops, phones and computer gear.

A police spokeswoman said the men were believed to be linked to the shadowy Grey Lantern gang, which demanded a 5 million mark ransom after the attack.

Neighbours were stunned. “They seemed like normal lads. Always on their computers, but who isn’t?” one woman on their street told the Blaze.

And in ANOTHER twist, the boss of the National Health Registry has QUIT. Miriam Sato said she took “full responsibility” for the disaster.

But Health Minister Yusuf Darrow is staying put. Opposition leader Marta Quill says he should go too. What do YOU think?

Meanwhile, if you haven’t checked your post, do it NOW. Letters have gone out to everyone whose data was stolen, with a free identity-checking service. Don’t let it sit in a drawer!

""" + tab_tail(
        "ARE YOU ON THE LIST? What to do if your health data was stolen",
        "Scam text warning: the message pretending to be your GP",
        "Registry boss Sato’s 19 years at the top",
    ),
)


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

ARTICLE_KEYS = ("doc_id", "outlet", "outlet_type", "date", "title", "url",
                "author", "event", "text", "annotated")


def build() -> tuple[list[dict], list[dict], list[str]]:
    articles, gold, warnings = [], [], []
    seen = set()
    for a in ARTICLES:
        doc_id = a["doc_id"]
        assert doc_id not in seen, doc_id
        seen.add(doc_id)
        prefix = doc_id.rsplit("-", 1)[0]
        meta = OUTLETS[prefix]
        assert a["event"] in EVENTS, doc_id
        text, spans = parse(a["body"], doc_id)
        annotated = bool(a.get("annotated", False))
        if not annotated and spans:
            raise ValueError(f"{doc_id}: markup in a non-annotated article")
        for sp in spans:
            if sp["kind"] == "attribution":
                finish_attribution(sp)
        if annotated:
            warnings += validate(a, text, spans)
        n_words = len(text.split())
        if not 150 <= n_words <= 450:
            warnings.append(f"{doc_id}: {n_words} words (outside 150-450)")
        y, m, _ = a["date"].split("-")
        url = f"https://{meta['domain']}/{y}/{m}/{slugify(a['title'])}"
        rec = dict(
            doc_id=doc_id, outlet=meta["outlet"], outlet_type=meta["outlet_type"],
            date=a["date"], title=a["title"], url=url, author=a.get("author"),
            event=a["event"], text=text, annotated=annotated,
        )
        articles.append({k: rec[k] for k in ARTICLE_KEYS})
        gold += sorted(spans, key=lambda s: (s["start"], s["end"], s["kind"]))
    articles.sort(key=lambda r: r["doc_id"])
    order = {r["doc_id"]: i for i, r in enumerate(articles)}
    gold.sort(key=lambda s: (order[s["doc_id"]], s["start"], -s["end"], s["kind"]))
    return articles, gold, warnings


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


def stats(articles: list[dict], gold: list[dict]) -> str:
    lines = []
    per_outlet = Counter(a["outlet"] for a in articles)
    ann = Counter(a["outlet"] for a in articles if a["annotated"])
    words = Counter()
    for a in articles:
        words[a["outlet"]] += len(a["text"].split())
    lines.append(f"articles: {len(articles)}  annotated: {sum(ann.values())}  gold spans: {len(gold)}")
    lines.append("")
    lines.append("| outlet | type | articles | annotated | mean words |")
    lines.append("|---|---|---:|---:|---:|")
    types = {a["outlet"]: a["outlet_type"] for a in articles}
    for o in sorted(per_outlet):
        lines.append(f"| {o} | {types[o]} | {per_outlet[o]} | {ann[o]} | {words[o] / per_outlet[o]:.0f} |")
    lines.append("")
    ev = Counter((a["event"], a["outlet"]) for a in articles)
    outlets = sorted(per_outlet)
    lines.append("| event | " + " | ".join(outlets) + " |")
    lines.append("|---|" + "---:|" * len(outlets))
    for e in EVENTS:
        lines.append(f"| {e} | " + " | ".join(str(ev[(e, o)]) for o in outlets) + " |")
    lines.append("")
    lines.append("| kind | subtype | spans |")
    lines.append("|---|---|---:|")
    for (k, s), n in sorted(Counter((g["kind"], g["subtype"]) for g in gold).items()):
        lines.append(f"| {k} | {s} | {n} |")
    lines.append("")
    lines.append("| attribution cue_tone | spans |")
    lines.append("|---|---:|")
    for t, n in sorted(Counter(g["cue_tone"] for g in gold if g["kind"] == "attribution").items()):
        lines.append(f"| {t} | {n} |")
    lines.append("")
    lines.append("| attribution source_type | spans |")
    lines.append("|---|---:|")
    for t, n in sorted(Counter(g["source_type"] for g in gold if g["kind"] == "attribution").items()):
        lines.append(f"| {t} | {n} |")
    lines.append("")
    lines.append("| outlet | quote | attribution | boilerplate |")
    lines.append("|---|---:|---:|---:|")
    by = Counter()
    name = {a["doc_id"]: a["outlet"] for a in articles}
    for g in gold:
        by[(name[g["doc_id"]], g["kind"])] += 1
    for o in outlets:
        lines.append(f"| {o} | {by[(o, 'quote')]} | {by[(o, 'attribution')]} | {by[(o, 'boilerplate')]} |")
    return "\n".join(lines)


def main() -> int:
    articles, gold, warnings = build()
    write_jsonl(HERE / "articles.jsonl", articles)
    write_jsonl(HERE / "gold.jsonl", gold)
    for w in warnings:
        print("WARNING:", w, file=sys.stderr)
    print(stats(articles, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
