"""HTML rendering shared by notebook cards, :func:`framing.show` and the report.

Every piece of article-derived text goes through :func:`esc` (``html.escape``
with quotes), so a ``<script>`` inside an article stays inert text.
"""

from __future__ import annotations

import html as _html
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["esc", "CSS", "corpus_card", "table"]

CSS = """
.framing-card{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:13px;
  line-height:1.45;max-width:980px}
.framing-card h3{margin:.2em 0 .4em 0;font-size:15px}
.framing-card table{border-collapse:collapse;margin:.4em 0}
.framing-card th,.framing-card td{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;
  vertical-align:top}
.framing-card .num{text-align:right;font-variant-numeric:tabular-nums}
.framing-card .muted{color:#666}
.framing-card .snippet{max-width:520px;overflow:hidden;text-overflow:ellipsis}
"""


def esc(value: object) -> str:
    """Escape any value for HTML text or attribute context.

    Examples
    --------
    >>> esc("<script>alert('x')</script>")
    '&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;'
    """
    if value is None:
        return ""
    try:
        if pd.isna(value):  # type: ignore[arg-type]
            return ""
    except (TypeError, ValueError):
        pass
    return _html.escape(str(value), quote=True)


def _snippet(text: object, n: int = 160) -> str:
    s = "" if not isinstance(text, str) else " ".join(text.split()[:60])
    return s if len(s) <= n else s[: n - 1] + "…"


def table(df: pd.DataFrame, *, max_rows: int = 50, numeric_format: str = "{:,.3g}") -> str:
    """Render a DataFrame as a small, escaped HTML table.

    Examples
    --------
    >>> "<td>&lt;b&gt;</td>" in table(pd.DataFrame({"a": ["<b>"]}))
    True
    """
    cols = [str(c) for c in df.columns]
    head = "".join(f"<th>{esc(c)}</th>" for c in cols)
    body = []
    for row in df.head(max_rows).itertuples(index=False):
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                txt = "" if pd.isna(v) else (f"{v:,}" if isinstance(v, int) else numeric_format.format(v))
                cells.append(f"<td class='num'>{esc(txt)}</td>")
            else:
                cells.append(f"<td>{esc(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = (
        f"<p class='muted'>{len(df) - max_rows:,} more rows not shown.</p>"
        if len(df) > max_rows
        else ""
    )
    return f"<table><tr>{head}</tr>{''.join(body)}</table>{more}"


def corpus_card(corpus: Corpus, *, rows: int = 5) -> str:
    """The notebook card of a corpus: size, outlets, dates, columns and a few rows.

    Examples
    --------
    >>> from framing.datasets import load_sample
    >>> "documents" in corpus_card(load_sample())
    True
    """
    s = corpus._summary()
    df = corpus._frame
    outlets = corpus.outlets.head(12)
    orows = "".join(
        f"<tr><td>{esc(k)}</td><td class='num'>{v:,}</td></tr>" for k, v in outlets.items()
    )
    if s["outlets"] > len(outlets):
        orows += f"<tr><td class='muted'>… {s['outlets'] - len(outlets)} more</td><td></td></tr>"
    dr = s.get("date_range")
    dates = f"{esc(dr[0])} to {esc(dr[1])}" if dr else "<span class='muted'>no dates</span>"
    show_cols = [c for c in ("doc_id", "outlet", "date", "title", "text") if c in df.columns]
    sample = df[show_cols].head(rows).copy()
    if "text" in sample:
        sample["text"] = sample["text"].map(_snippet)
    if "title" in sample:
        sample["title"] = sample["title"].map(lambda t: _snippet(t, 90))
    if "date" in sample and pd.api.types.is_datetime64_any_dtype(sample["date"]):
        sample["date"] = sample["date"].dt.strftime("%Y-%m-%d")
    rep = corpus.report
    issues = sum(rep.repaired.values()) + sum(rep.flagged.values()) + sum(rep.skipped.values())
    report_line = (
        f"{rep.rows_read:,} rows read from {esc(rep.source)}, {rep.rows_kept:,} kept"
        + (f"; {issues:,} repaired/flagged/skipped (see <code>corpus.report</code>)" if issues else "")
    )
    return (
        f"<style>{CSS}</style><div class='framing-card'>"
        f"<h3>Corpus: {s['documents']:,} documents, {s['outlets']:,} outlets</h3>"
        f"<p><b>Dates:</b> {dates} &middot; <b>median length:</b> {s['median_words']:,} words"
        f"<br><b>Columns:</b> {esc(', '.join(s['columns']))}<br><span class='muted'>{report_line}</span></p>"
        f"<div style='display:flex;gap:24px;flex-wrap:wrap'>"
        f"<div><table><tr><th>outlet</th><th>articles</th></tr>{orows}</table></div>"
        f"<div class='snippet'>{table(sample)}</div></div></div>"
    )
