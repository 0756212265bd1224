"""Evidence view: an article rendered as HTML with its quotes, cues and sources marked.

``framing.show(text)`` returns an :class:`Highlight`; Jupyter displays it
inline (``_repr_html_``), ``.to_html()`` gives a standalone page and
``.save(path)`` writes it (for slides and handouts).  Every piece of article
text is escaped with :func:`framing.html.esc`, so markup inside an article
(even a ``<script>``) is shown as inert text.
"""

from __future__ import annotations

from pathlib import Path

from .html import esc
from .spans import Span, find_spans

__all__ = ["Highlight", "show"]

QUOTE_COLOURS = {"direct": "#cfe8ff", "partial": "#e3d7ff", "scare": "#ffe0b3", "title": "#d9f2d9"}
TONE_COLOURS = {"neutral": "#2e7d32", "loaded": "#c62828", "relay": "#1565c0"}

_CSS = """
.framing-show{font-family:Georgia,serif;font-size:15px;line-height:1.6;max-width:820px}
.framing-show h3{font-family:system-ui,sans-serif;font-size:17px;margin:.2em 0 .6em 0}
.framing-show .q{border-radius:3px;padding:0 1px}
.framing-show .cue{text-decoration:underline;text-decoration-thickness:2px;font-weight:600}
.framing-show .src{border-bottom:2px dotted #555}
.framing-show .boiler{color:#999}
.framing-show .legend{font-family:system-ui,sans-serif;font-size:12px;margin:.8em 0;color:#333}
.framing-show .legend span{margin-right:10px;padding:0 4px}
.framing-show p{margin:.5em 0}
"""


class Highlight:
    """An annotated article; displays itself in Jupyter.

    Attributes
    ----------
    text : str
        The article text.
    spans : list of Span
        The spans that were drawn.

    Examples
    --------
    >>> h = show("“We will rebuild,” said Mayor Ana Ruiz.")
    >>> isinstance(h, Highlight) and "Ana Ruiz" in h.to_html()
    True
    """

    def __init__(self, text: str, spans: list[Span], title: str | None = None) -> None:
        self.text = text
        self.spans = spans
        self.title = title

    def _body(self) -> str:
        text = self.text
        n = len(text)
        # character-level open/close events; spans may nest (quotes in quotes, cues in boilerplate)
        opens: dict[int, list[str]] = {}
        closes: dict[int, int] = {}
        marked_sources: set[tuple[int, int]] = set()  # a source cited by two cues is marked once
        for s in sorted(self.spans, key=lambda s: (s.start, -s.end)):
            if not (0 <= s.start < s.end <= n):
                continue
            tag = _open_tag(s)
            if tag is None:
                continue
            opens.setdefault(s.start, []).append(tag)
            closes[s.end] = closes.get(s.end, 0) + 1
            src = _source_range(text, s)
            if src is not None and src not in marked_sources:
                marked_sources.add(src)
                a, b = src
                opens.setdefault(a, []).append(
                    f"<span class='src' title='source: {esc(s.source)} ({esc(s.source_type)})'>")
                closes[b] = closes.get(b, 0) + 1
        points = sorted(set(opens) | set(closes) | {0, n})
        out: list[str] = []
        depth = 0
        prev = 0
        for p in points:
            if p > prev:
                out.append(esc(text[prev:p]).replace("\n", "<br>"))
            k = min(closes.get(p, 0), depth)
            out.append("</span>" * k)
            depth -= k
            for tag in opens.get(p, []):
                out.append(tag)
                depth += 1
            prev = p
        out.append("</span>" * depth)
        return "".join(out)

    def _legend(self) -> str:
        q = "".join(f"<span class='q' style='background:{c}'>{esc(k)} quote</span>"
                    for k, c in QUOTE_COLOURS.items())
        t = "".join(f"<span class='cue' style='color:{c};text-decoration-color:{c}'>{esc(k)} cue</span>"
                    for k, c in TONE_COLOURS.items())
        return (f"<div class='legend'>{q}{t}<span class='src'>source</span>"
                f"<span class='boiler'>boilerplate</span></div>")

    def _fragment(self) -> str:
        head = f"<h3>{esc(self.title)}</h3>" if self.title else ""
        nq = sum(s.kind == "quote" for s in self.spans)
        na = sum(s.kind == "attribution" for s in self.spans)
        summary = f"<div class='legend'>{nq} quotes, {na} attribution cues</div>"
        return (f"<style>{_CSS}</style><div class='framing-show'>{head}{self._legend()}{summary}"
                f"<div>{self._body()}</div></div>")

    def _repr_html_(self) -> str:
        return self._fragment()

    def to_html(self) -> str:
        """A standalone HTML page."""
        title = esc(self.title) if self.title else "framing: evidence view"
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body>{self._fragment()}</body></html>")

    def save(self, path: str | Path) -> Path:
        """Write :meth:`to_html` to ``path`` (UTF-8); returns the path."""
        p = Path(path)
        p.write_text(self.to_html(), encoding="utf-8")
        return p

    def __repr__(self) -> str:
        return f"Highlight({len(self.text)} chars, {len(self.spans)} spans)"


def _open_tag(s: Span) -> str | None:
    if s.kind == "quote":
        c = QUOTE_COLOURS.get(s.subtype, "#eee")
        tip = f"{s.subtype} quote" + (f" · speaker: {s.speaker}" if s.speaker else "") + (
            f" · cue: {s.cue}" if s.cue else "")
        return f"<span class='q' style='background:{c}' title='{esc(tip)}'>"
    if s.kind == "attribution":
        c = TONE_COLOURS.get(s.cue_tone or "neutral", "#333")
        tip = f"{s.subtype} attribution · tone: {s.cue_tone} · source: {s.source} ({s.source_type})"
        return f"<span class='cue' style='color:{c};text-decoration-color:{c}' title='{esc(tip)}'>"
    if s.kind == "boilerplate":
        return f"<span class='boiler' title='{esc('boilerplate: ' + str(s.subtype))}'>"
    return None


def _source_range(text: str, s: Span) -> tuple[int, int] | None:
    """Where the source text of an attribution sits next to its cue (nearest occurrence)."""
    if s.kind != "attribution" or not s.source:
        return None
    lo = max(0, s.start - 300)
    a = text.rfind(s.source, lo, s.start)
    b = text.find(s.source, s.end, s.end + 300)
    if a >= 0 and (b < 0 or s.start - (a + len(s.source)) <= b - s.end):
        return (a, a + len(s.source)) if a + len(s.source) <= s.start else None
    if b >= 0:
        return b, b + len(s.source)
    return None


def show(text: object, *, title: object = None, outlet: object = None) -> Highlight:
    """Render an article with its evidence spans highlighted.

    Quotes are shaded by subtype (direct, partial, scare, title), attribution
    cues underlined and coloured by tone (neutral, loaded, relay), cited sources
    dotted-underlined, boilerplate greyed; hovering shows speaker, cue and source.

    Parameters
    ----------
    text : str
        The article (None/NaN give an empty view).
    title : str, optional
        Shown as a heading.
    outlet : str, optional
        The publishing outlet (its own name cited is not marked as relay; see :func:`framing.annotate`).

    Returns
    -------
    Highlight
        Displays inline in Jupyter; ``.to_html()`` and ``.save(path)`` for files.

    Examples
    --------
    >>> from framing import show
    >>> h = show('“We will rebuild,” said Mayor Ana Ruiz. <script>x()</script>')
    >>> "<script>" in h.to_html(), "&lt;script&gt;" in h.to_html()
    (False, True)
    """
    t = text if isinstance(text, str) else ""
    ti = title if isinstance(title, str) else None
    spans = find_spans(t, ti, outlet=outlet) if t else []
    return Highlight(t, spans, ti)
