"""framing.show: evidence view, escaping, legend, file output."""

from __future__ import annotations

from pathlib import Path

import framing
from framing.highlight import Highlight, show


def test_script_stays_inert() -> None:
    h = show('“We will rebuild,” said Mayor Ana Ruiz. <script>alert("x")</script> & <b>bold</b>')
    html = h.to_html()
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_marks_quotes_cues_sources_and_legend() -> None:
    h = framing.show("“We will rebuild,” said Mayor Ana Ruiz. Critics claimed it was “reckless”.",
                     title="Bridge <plan>")
    html = h._repr_html_()
    assert html.count("class='q'") >= 2 + 4  # two quotes + four legend swatches
    assert "class='cue'" in html and "class='src'" in html
    assert "direct quote" in html and "loaded cue" in html and "relay cue" in html
    assert "Bridge &lt;plan&gt;" in html
    assert html.count("<span") == html.count("</span>")
    assert isinstance(h, Highlight)


def test_text_is_preserved() -> None:
    text = "Line one says “a”.\n\nAnd ‘b’ is here, it’s fine."
    html = show(text).to_html()
    assert "it’s fine." in html and "<br><br>" in html


def test_empty_and_none() -> None:
    for bad in (None, "", float("nan")):
        h = show(bad)
        assert "framing-show" in h.to_html()
        assert h.spans == []


def test_boilerplate_greyed() -> None:
    from framing.spans import Span

    h = Highlight("Body text.\nShare this!", [Span(11, 22, "boilerplate", "social_prompt", "Share this!")])
    assert "class='boiler'" in h.to_html()


def test_save(tmp_path: Path) -> None:
    p = show("“Yes,” she said.").save(tmp_path / "a.html")
    assert p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_source_cited_by_two_cues_is_marked_once():
    from framing import show

    html = show("A source who has worked on maintenance contracts for the Harbour Authority told the Gazette that "
                "engineers raised concerns and were told there was no money.").to_html()
    assert html.count("<span class='src' title='source: A source") == 1
