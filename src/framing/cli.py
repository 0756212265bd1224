"""The ``framing`` command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="framing",
        description="Measure how news outlets frame the news (quotes, attribution, boilerplate, "
        "readability, style) and compare outlets.",
    )
    p.add_argument("--version", action="version", version=f"media-framing {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    r = sub.add_parser(
        "report",
        help="load a corpus and write an HTML report with CSV files",
        description="Load SOURCE (default: the bundled synthetic sample corpus), validate it and "
        "write DIR/index.html plus CSV files. SOURCE may be a .csv, .tsv, .jsonl(.gz), .json or "
        ".parquet file or a folder of .txt files; columns are inferred (see framing.read_corpus).",
    )
    r.add_argument("source", nargs="?", default=None,
                   help="corpus file or folder (default: the bundled sample corpus)")
    r.add_argument("--by", default="outlet", help="column to compare by (default: outlet)")
    r.add_argument("-o", "--out", default="framing-report", metavar="DIR",
                   help="output folder (default: ./framing-report)")
    r.add_argument("--text", help="name of the text column (default: inferred)")
    r.add_argument("--outlet", help="name of the outlet column, or 'url' for the URL's domain")
    r.add_argument("--title", help="name of the title column")
    r.add_argument("--date", help="name of the date column")
    r.add_argument("--doc-id", dest="doc_id", help="name of the id column")
    r.add_argument("--on-duplicate", choices=["error", "keep-first", "drop"], default="error",
                   help="what to do with repeated doc_id values (default: error)")
    r.add_argument("--top-outlets", type=int, default=None, metavar="N",
                   help="keep only the N largest groups")
    r.add_argument("-j", "--n-jobs", dest="n_jobs", type=int, default=1, metavar="N",
                   help="worker processes for the features (-1: all cores; default 1); the boilerplate "
                   "detector always uses pyarrow's threads. The report is the same for any N.")
    r.add_argument("-q", "--quiet", action="store_true", help="only print errors")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` console script; returns the exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, 1 on bad input (with a one-line error on stderr), 2 without a command.

    Examples
    --------
    >>> import tempfile
    >>> main(["report", "-q", "-o", tempfile.mkdtemp()])
    0
    """
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 2
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return _report(args)
    except (ValueError, FileNotFoundError, TypeError, OSError) as err:
        sys.stderr.write(f"framing: error: {err}\n".replace("\n", " ").rstrip() + "\n")
        return 1


def _report(args: argparse.Namespace) -> int:
    from .datasets import load_sample
    from .io import read_corpus
    from .report import write_report

    if args.source is None:
        corpus = load_sample()
    else:
        corpus = read_corpus(args.source, text=args.text, outlet=args.outlet, title=args.title,
                             date=args.date, doc_id=args.doc_id, on_duplicate=args.on_duplicate)
    if len(corpus) == 0:
        raise ValueError(f"{corpus.report.source} holds no articles.")
    if args.by not in corpus.columns:
        raise ValueError(f"--by {args.by!r}: no such column; columns: {', '.join(corpus.columns)}")
    if args.top_outlets:
        top = corpus.frame[args.by].value_counts().head(args.top_outlets).index.tolist()
        corpus = corpus.filter(**{args.by: top})
    if args.n_jobs == 0:
        raise ValueError("--n-jobs 0: give a positive number of workers, or -1 for all cores.")
    index = write_report(corpus, args.out, by=args.by, n_jobs=args.n_jobs)
    if not args.quiet:
        sys.stdout.write(f"{corpus.report}\nwrote {index}\n")
    return 0
