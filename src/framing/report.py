"""The ``framing report`` job: one folder with ``index.html`` and CSV/PNG files.

The report is a list of *sections*; each takes a :class:`ReportContext`, may
write files into the output folder and returns an HTML fragment. Later stages
(features, statistics, plots) add sections with :func:`register_section`.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from .corpus import Corpus
from .html import CSS, corpus_card, esc, table

__all__ = ["ReportContext", "write_report", "register_section", "corpus_summary"]

logger = logging.getLogger(__name__)


@dataclass
class ReportContext:
    """What sections share: the corpus, the grouping column, the output folder, results.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from framing.datasets import load_sample
    >>> ctx = ReportContext(load_sample(), "outlet", Path(tempfile.mkdtemp()))
    >>> ctx.write_csv("summary.csv", corpus_summary(ctx.corpus)).name
    'summary.csv'
    """

    corpus: Corpus
    by: str
    out_dir: Path
    options: dict[str, Any] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def write_csv(self, name: str, df: pd.DataFrame, **kw: Any) -> Path:
        """Write ``df`` to ``out_dir/name`` (``kw`` go to ``to_csv``) and list it in the report."""
        path = self.out_dir / name
        df.to_csv(path, **kw)
        self.files.append(name)
        return path


Section = Callable[[ReportContext], str]
_SECTIONS: list[tuple[str, Section]] = []


def register_section(name: str, section: Section) -> Section:
    """Add (or replace) a report section; sections render in registration order.

    Examples
    --------
    >>> def word_count(ctx):
    ...     return f"<h2>Words</h2><p>{int(ctx.corpus.texts.str.split().str.len().sum())}</p>"
    >>> _ = register_section("words", word_count)
    >>> "words" in [name for name, _ in _SECTIONS]
    True
    >>> _SECTIONS[:] = [(n, s) for n, s in _SECTIONS if n != "words"]
    """
    for i, (n, _) in enumerate(_SECTIONS):
        if n == name:
            _SECTIONS[i] = (name, section)
            return section
    _SECTIONS.append((name, section))
    return section


def corpus_summary(corpus: Corpus, by: str = "outlet") -> pd.DataFrame:
    """Per group: articles, median words, empty texts, first and last date, share with a title.

    Examples
    --------
    >>> from framing.datasets import load_sample
    >>> s = corpus_summary(load_sample())
    >>> int(s["articles"].sum()) == len(load_sample())
    True
    """
    df = corpus._frame
    if by not in df.columns:
        raise ValueError(f"--by {by!r}: no such column; columns: {corpus.columns}")
    words = df["text"].str.split().str.len()
    g = df.assign(_words=words, _empty=df["text"].str.strip() == "").groupby(by, observed=True, sort=True)
    out = pd.DataFrame({
        "articles": g.size(),
        "median_words": g["_words"].median(),
        "empty_texts": g["_empty"].sum().astype(int),
    })
    if "date" in df.columns and pd.api.types.is_datetime64_any_dtype(df["date"]):
        out["first_date"] = g["date"].min().dt.strftime("%Y-%m-%d")
        out["last_date"] = g["date"].max().dt.strftime("%Y-%m-%d")
    if "title" in df.columns:
        out["share_with_title"] = g["title"].apply(lambda s: float((s.fillna("").str.strip() != "").mean()))
    out.index.name = by
    return out.reset_index().sort_values("articles", ascending=False, kind="stable")


def _section_corpus(ctx: ReportContext) -> str:
    summary = corpus_summary(ctx.corpus, ctx.by)
    ctx.write_csv("corpus_summary.csv", summary, index=False)
    ctx.results["corpus_summary"] = summary
    rep = ctx.corpus.report
    return (
        "<h2>Corpus</h2>" + corpus_card(ctx.corpus)
        + f"<h3>Articles per {esc(ctx.by)}</h3>" + table(summary)
        + "<h3>Load report</h3><p>What was read, repaired, flagged and skipped (nothing is dropped silently).</p>"
        + table(rep.to_frame())
        + ("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in rep.notes) + "</ul>" if rep.notes else "")
    )


register_section("corpus", _section_corpus)


def write_report(corpus: Corpus, out_dir: str | Path = "framing-report", *, by: str = "outlet",
                 **options: Any) -> Path:
    """Write the report for ``corpus`` into ``out_dir`` and return the path of ``index.html``.

    Parameters
    ----------
    corpus : Corpus
        The articles.
    out_dir : str or Path
        Output folder (created if needed).
    by : str
        Column to compare groups by (default ``"outlet"``).
    **options
        Passed to sections (e.g. ``top_outlets``).

    Examples
    --------
    >>> import tempfile
    >>> from framing.datasets import load_sample
    >>> path = write_report(load_sample(), tempfile.mkdtemp())
    >>> path.name
    'index.html'
    """
    if by not in corpus.columns:
        raise ValueError(f"write_report(by={by!r}): no such column; columns: {corpus.columns}")
    from . import report_sections  # noqa: F401  (registers the analysis sections on first use)

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ctx = ReportContext(corpus=corpus, by=by, out_dir=out, options=options)
    parts = []
    for name, section in _SECTIONS:
        logger.info("report: section %s", name)
        parts.append(f"<section id='{esc(name)}'>{section(ctx)}</section>")
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    files = "".join(f"<li><a href='{esc(f)}'>{esc(f)}</a></li>" for f in ctx.files)
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>framing report</title>"
        f"<style>body{{margin:2em auto;max-width:1000px;padding:0 1em}}{CSS}</style></head>"
        "<body class='framing-card'><h1>framing report</h1>"
        f"<p class='muted'>Source: {esc(corpus.report.source)} &middot; grouped by {esc(by)} &middot; "
        f"media-framing {esc(__version__)} &middot; {esc(stamp)}</p>"
        + "".join(parts)
        + f"<h2>Files</h2><ul>{files}</ul></body></html>"
    )
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
