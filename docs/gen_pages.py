"""Generate the docs pages that come from the code, and stage the notebooks.

Writes ``docs/codebook.md`` (from :func:`framing.describe_features`) and
``docs/datasets.md`` (from the dataset cards), and copies ``notebooks/*.ipynb``
into ``docs/notebooks/`` for the site build. ``python docs/gen_pages.py --check``
fails when a committed page is stale (used by the test suite).

Run from the project root: ``python docs/gen_pages.py && mkdocs build``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _md_cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def codebook_page() -> str:
    import framing

    cb = framing.describe_features()
    lines = [
        "# Feature codebook",
        "",
        "Every feature `framing.extract_features` computes, with its operational definition.",
        "This page is generated from `framing.describe_features()` by `docs/gen_pages.py`;",
        "the same table is available in a notebook:",
        "",
        "```python",
        "import framing",
        "framing.describe_features()",
        "```",
        "",
        "NaN means the measure is undefined for that article (for example a share whose",
        "denominator is zero, or readability of a text that is too short); each definition says when.",
        "",
    ]
    for family, rows in cb.groupby("family", sort=False):
        lines += [f"## {family}", "", "| name | unit | range | dtype | definition | reference |",
                  "|---|---|---|---|---|---|"]
        for r in rows.itertuples():
            lines.append(
                f"| `{r.name}` | {_md_cell(r.unit)} | {_md_cell(r.range)} | {r.dtype} | "
                f"{_md_cell(r.definition)} | {_md_cell(r.reference)} |"
            )
        lines.append("")
    return "\n".join(lines)


def _copy_of(rel: str):
    def page() -> str:
        text = (ROOT / rel).read_text(encoding="utf-8")
        return f"<!-- generated from {rel} by docs/gen_pages.py: edit that file -->\n{text}"

    return page


PAGES = {
    "codebook.md": codebook_page,
    "datasets.md": _copy_of("datasets/README.md"),
    "sample_corpus.md": _copy_of("datasets/sample/README.md"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if a generated page is stale")
    args = ap.parse_args(argv)
    stale = []
    for name, make in PAGES.items():
        text = make()
        path = DOCS / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if args.check:
        if stale:
            sys.stderr.write(f"stale generated docs: {stale}; run python docs/gen_pages.py\n")
            return 1
        return 0
    nb_out = DOCS / "notebooks"
    nb_out.mkdir(exist_ok=True)
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        shutil.copy2(nb, nb_out / nb.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
