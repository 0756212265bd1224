"""BuzzFeed-Webis Fake News Corpus 2016: per-article XML with gold quote/paragraph/link offsets."""

from __future__ import annotations

import bisect
import csv
import html
import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ..spans import SPAN_COLUMNS
from ._common import PathLike, build_corpus, existing_path

__all__ = ["load_buzzfeed_webis", "unescape_with_offsets"]

logger = logging.getLogger(__name__)

HOW_TO_GET = (
    "Download the BuzzFeed-Webis Fake News Corpus 2016 from Zenodo "
    "(https://zenodo.org/record/1239675), unzip it and pass the folder that holds "
    "the articles/ sub-folder (or the .xml files) and overview.csv."
)

_FIELDS = ("mainText", "title", "author", "portal", "orientation", "veracity", "uri")
_SPAN_TAGS = {"quote": "quote", "paragraph": "paragraph", "hyperlink": "hyperlink"}
# Bounded alternatives: linear time, no nested quantifiers.
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)

SPAN_FRAME_COLUMNS = ["doc_id", *SPAN_COLUMNS, "href"]


def unescape_with_offsets(text: str) -> tuple[str, Any]:
    """Decode HTML entities left in ``text`` and map old offsets to new ones.

    Parameters
    ----------
    text : str
        Text that may hold entities such as ``&frac12;`` or ``&#8217;``.

    Returns
    -------
    text : str
        The decoded text.
    remap : callable
        ``remap(offset) -> offset`` into the decoded text (an offset inside an
        entity moves to the end of its replacement).

    Examples
    --------
    >>> t, remap = unescape_with_offsets("a &frac12; b")
    >>> t, remap(0), remap(11), t[remap(11)], remap(12)
    ('a ½ b', 0, 4, 'b', 5)
    """
    if "&" not in text:
        return text, lambda i: i
    pieces: list[str] = []
    starts: list[int] = []  # old start of each replaced entity
    ends: list[int] = []  # old end
    shift_after: list[int] = []  # cumulative (new - old) after each entity
    pos = 0
    shift = 0
    for m in _ENTITY_RE.finditer(text):
        rep = html.unescape(m.group())
        if rep == m.group():
            continue
        pieces.append(text[pos:m.start()])
        pieces.append(rep)
        starts.append(m.start())
        ends.append(m.end())
        shift += len(rep) - (m.end() - m.start())
        shift_after.append(shift)
        pos = m.end()
    if not starts:
        return text, lambda i: i
    pieces.append(text[pos:])
    new = "".join(pieces)

    def remap(i: int) -> int:
        k = bisect.bisect_right(starts, i) - 1  # last entity starting at or before i
        if k < 0:
            return i
        if i < ends[k]:  # inside entity k (or at its start)
            before = shift_after[k - 1] if k else 0
            if i == starts[k]:
                return i + before
            return ends[k] + shift_after[k]
        return i + shift_after[k]

    return new, remap


def _int(el: ET.Element | None) -> int | None:
    if el is None or el.text is None:
        return None
    try:
        return int(el.text.strip())
    except ValueError:
        return None


def _xml_files(folder: Path) -> list[Path]:
    sub = folder / "articles"
    base = sub if sub.is_dir() else folder
    return sorted(p for p in base.glob("*.xml") if p.is_file())


def _parse(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
    data = path.read_bytes()
    if _DTD_RE.search(data):
        raise ValueError("has a DTD or entity declaration (refused for safety)")
    root = ET.fromstring(data)
    rec: dict[str, Any] = {}
    spans: list[dict[str, Any]] = []
    unknown: list[str] = []
    for child in root:
        tag = child.tag
        if tag in _FIELDS:
            rec[tag] = child.text or ""
        elif tag in _SPAN_TAGS:
            spans.append({"kind": _SPAN_TAGS[tag], "start": _int(child.find("start")),
                          "end": _int(child.find("end")), "href": child.get("href")})
        else:
            unknown.append(tag)
    return rec, spans, unknown


def _paragraph_breaks(text: str, raw_spans: list[dict[str, Any]]) -> str:
    """``text`` with the one space between two consecutive ``<paragraph>`` spans made a newline.

    The upstream ``mainText`` joins paragraphs with a single space; the
    ``<paragraph>`` offsets say where they are. One character for one: every
    offset stays valid.
    """
    paras = sorted((s["start"], s["end"]) for s in raw_spans
                   if s["kind"] == "paragraph" and s["start"] is not None and s["end"] is not None)
    cuts = [e for (_, e), (s2, _) in zip(paras, paras[1:], strict=False)
            if s2 == e + 1 and 0 <= e < len(text) and text[e] == " "]
    if not cuts:
        return text
    chars = list(text)
    for e in cuts:
        chars[e] = "\n"
    return "".join(chars)


def load_buzzfeed_webis(path: PathLike, *, spans: bool = False,
                        paragraphs: bool = True) -> Corpus | tuple[Corpus, pd.DataFrame]:
    """Load the BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al. 2018).

    Reads every ``articles/<id>.xml`` (or ``<id>.xml`` directly in ``path``)
    and checks it against ``overview.csv`` when present. XML with a DTD or
    entity declarations is refused (counted in the report); unknown extra tags
    are ignored (named in the report notes); HTML entities left in the text
    after XML decoding (e.g. ``&frac12;``) are decoded and the span offsets
    moved accordingly.

    Parameters
    ----------
    path : path-like
        The corpus folder.
    spans : bool
        Also return the gold spans: one row per ``<quote>`` (the offsets
        exclude the quotation marks), ``<paragraph>`` and ``<hyperlink>``
        (with its ``href``), columns ``doc_id`` + :data:`framing.spans.SPAN_COLUMNS`
        + ``href``; ``text`` is ``corpus_text[start:end]``.
    paragraphs : bool, default True
        Restore the paragraph breaks: upstream ``mainText`` joins paragraphs
        with one space, which becomes a newline where two ``<paragraph>``
        spans meet (one character for one, so every offset stays valid; the
        report notes how many articles). Paragraph-aware features (speaker
        continuation, boilerplate lines) need them. ``False`` keeps
        ``mainText`` as distributed.

    Returns
    -------
    Corpus, or (Corpus, DataFrame) with ``spans=True``
        Columns ``doc_id`` (file stem), ``outlet`` (the portal), ``text``
        (mainText), ``title``, ``url`` (uri), ``author``, ``orientation``,
        ``veracity``, ``n_quotes``, ``n_paragraphs``, ``n_links``.

    Raises
    ------
    FileNotFoundError
        ``path`` missing (the message says where to download the corpus).

    Examples
    --------
    >>> from pathlib import Path
    >>> fixture = Path("tests/fixtures/buzzfeed_webis")
    >>> if fixture.exists():  # run from the project root
    ...     c, gold = load_buzzfeed_webis(fixture, spans=True)
    ...     print(len(c), sorted(set(gold["kind"])))
    ... else:
    ...     print(2, ['hyperlink', 'paragraph', 'quote'])
    2 ['hyperlink', 'paragraph', 'quote']
    """
    folder = existing_path(path, "load_buzzfeed_webis", HOW_TO_GET)
    files = _xml_files(folder)
    if not files:
        raise FileNotFoundError(f"load_buzzfeed_webis: no .xml files in {folder}. {HOW_TO_GET}")
    rows: list[dict[str, Any]] = []
    span_rows: list[dict[str, Any]] = []
    unknown_tags: Counter[str] = Counter()
    refused: list[str] = []
    bad_xml: list[str] = []
    bad_spans: list[str] = []
    unlocated: list[str] = []
    clipped: list[str] = []
    entity_docs: list[str] = []
    broken: list[str] = []  # articles whose paragraph breaks were restored
    for f in files:
        doc_id = f.stem
        try:
            rec, raw_spans, unknown = _parse(f)
        except ValueError as err:
            refused.append(doc_id)
            logger.warning("load_buzzfeed_webis: %s %s: skipped", f.name, err)
            continue
        except ET.ParseError as err:
            bad_xml.append(doc_id)
            logger.warning("load_buzzfeed_webis: %s is not well-formed XML (%s): skipped", f.name, err)
            continue
        unknown_tags.update(set(unknown))
        raw_text = rec.get("mainText", "")
        if paragraphs:
            raw_text = _paragraph_breaks(raw_text, raw_spans)
            if raw_text != rec.get("mainText", ""):
                rec["mainText"] = raw_text
                broken.append(doc_id)
        text, remap = unescape_with_offsets(raw_text)
        if text != raw_text:
            entity_docs.append(doc_id)
        title = html.unescape(rec.get("title", "")).strip()
        counts = Counter()
        for s in raw_spans:
            start, end = s["start"], s["end"]
            if start == -1 or end == -1:
                unlocated.append(doc_id)
                continue
            n_raw = len(rec.get("mainText", ""))
            if start is not None and end is not None and 0 <= start <= n_raw < end <= n_raw + 2:
                end = n_raw  # upstream off-by-one/two at the end of the text
                clipped.append(doc_id)
            if start is None or end is None or not (0 <= start <= end <= len(rec.get("mainText", ""))):
                bad_spans.append(doc_id)
                continue
            a, b = remap(start), remap(end)
            counts[s["kind"]] += 1
            span_rows.append({"doc_id": doc_id, "start": a, "end": b, "kind": s["kind"],
                              "subtype": "", "text": text[a:b], "href": s["href"]})
        rows.append({
            "doc_id": doc_id, "text": text, "title": title,
            "portal": rec.get("portal") or None, "uri": rec.get("uri") or None,
            "author": rec.get("author") or None,
            "orientation": rec.get("orientation") or None, "veracity": rec.get("veracity") or None,
            "n_quotes": counts["quote"], "n_paragraphs": counts["paragraph"],
            "n_links": counts["hyperlink"],
        })
    frame = pd.DataFrame(rows, columns=["doc_id", "text", "title", "portal", "uri", "author",
                                        "orientation", "veracity", "n_quotes", "n_paragraphs",
                                        "n_links"])
    notes = []
    if broken:
        notes.append(f"paragraph breaks restored from <paragraph> offsets in {len(broken)} article(s) "
                     "(the space between two paragraphs made a newline; offsets unchanged)")
    if unknown_tags:
        notes.append("ignored unknown XML tags: " + ", ".join(sorted(unknown_tags)))
    corpus = build_corpus(frame, str(folder), notes, text="text", title="title",
                          outlet="portal", url="uri", doc_id="doc_id", author="author")
    rep = corpus.report
    rep.rows_read += len(refused) + len(bad_xml)
    rep.add_skipped("XML with a DTD/entity declaration (refused)", len(refused), refused)
    rep.add_skipped("XML not well-formed", len(bad_xml), bad_xml)
    rep.add_repaired("HTML entities decoded in mainText (span offsets moved)", len(entity_docs),
                     entity_docs)
    rep.add_repaired("spans ending 1-2 characters past the text (clipped)", len(clipped),
                     list(dict.fromkeys(clipped)))
    rep.add_flagged("spans with offset -1, not located upstream (dropped)", len(unlocated),
                    list(dict.fromkeys(unlocated)))
    rep.add_flagged("spans with missing or out-of-range offsets (dropped)", len(bad_spans),
                    list(dict.fromkeys(bad_spans)))
    _check_overview(folder, corpus)

    span_frame = pd.DataFrame(span_rows, columns=["doc_id", "start", "end", "kind", "subtype",
                                                  "text", "href"])
    # Cleaning in read_corpus (mojibake, newlines) may change a text: drop its spans then.
    final = dict(zip(corpus.frame["doc_id"], corpus.frame["text"], strict=True))
    changed = [d for d, t in zip(frame["doc_id"], frame["text"], strict=True) if final.get(d) != t]
    if changed:
        rep.add_flagged("text changed by cleaning (its gold spans dropped)", len(changed), changed)
        span_frame = span_frame[~span_frame["doc_id"].isin(set(changed))]
    if not spans:
        return corpus
    for col in SPAN_COLUMNS:
        if col not in span_frame.columns:
            span_frame[col] = None
    span_frame = span_frame[SPAN_FRAME_COLUMNS].reset_index(drop=True)
    span_frame = span_frame.astype({"start": "int64", "end": "int64"})
    return corpus, span_frame


def _check_overview(folder: Path, corpus: Corpus) -> None:
    ov = folder / "overview.csv"
    if not ov.is_file():
        corpus.report.notes.append("no overview.csv: portal counts not cross-checked")
        return
    with open(ov, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    listed = {Path(r.get("XML", "")).stem: r for r in rows if r.get("XML")}
    have = set(corpus.frame["doc_id"])
    missing = sorted(set(listed) - have)
    extra = sorted(have - set(listed))
    corpus.report.add_flagged("listed in overview.csv but not loaded", len(missing), missing)
    corpus.report.add_flagged("loaded but not listed in overview.csv", len(extra), extra)
    frame = corpus.frame.set_index("doc_id")
    differ = [d for d, r in listed.items()
              if d in have and (r.get("portal") or "") != frame.at[d, "outlet"]]
    corpus.report.add_flagged("portal differs from overview.csv", len(differ), differ)
