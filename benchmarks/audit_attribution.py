"""Draw the hand-audit samples of docs/attribution.md, and time the linking stages by ablation.

``draw`` prints a random sample of attributions (``--what attributions``) or of direct
quotes with their speaker (``--what speakers``) from articles ``--start`` to ``--stop``
of AllSides (or of ``--corpus buzzfeed|horne|fnc``: the BuzzFeed-Webis subset, Horne &
Adali 2017, the FakeNewsCorpus sample, in their loaders' order), one line each with the text around it, for judging by hand. The judgments
quote the articles, so they are not stored: docs/attribution.md gives the counts, the
seeds and the slices. The sample depends on the code that finds the spans: the audits
were drawn with the code of their commit, this script draws with the current one.

``ablate`` times ``find_quotes_and_attributions`` on the first ``--n`` articles (CPU time,
best of 3) as it is, then with pronoun resolution, surname expansion and subject
extraction replaced by no-ops one after the other (outputs differ: an upper bound on what
tuning those stages could gain, not a change).

``dump`` writes the quote and attribution spans of the first ``--n`` articles (of each
``--corpus``, AllSides by default) to a JSON file, and ``compare`` counts the spans that
differ between two dumps (added, removed, or changed in a field), so that a rule change
can be measured: dump with the code before it and after it, then compare (the numbers of
changed outputs in docs/attribution.md come from such pairs of dumps: 6,000 AllSides
articles, and the BuzzFeed-Webis, Horne 2017 and FakeNewsCorpus articles). ``show``
prints each differing span with the text before it and its old and new fields, for
reading what a rule changed (it quotes the articles: read it, do not commit it).

Speaker samples are judged by the written rules in ``benchmarks/speaker_audit_rules.md``.

``teasers`` counts the inline link teasers (``framing.cleaning.link_residue``) in the
first ``--n`` articles, and the quotes and cues the finder would read inside them if it
did not blank them.

Usage::

    python benchmarks/audit_attribution.py draw --what attributions --start 3000 --stop 4000 --seed 7 --size 120
    python benchmarks/audit_attribution.py draw --what speakers --start 10000 --stop 11000 --seed 41 --size 60
    python benchmarks/audit_attribution.py ablate --n 2000
    python benchmarks/audit_attribution.py dump --n 6000 --out before.json
    python benchmarks/audit_attribution.py dump --n 100000 --corpus buzzfeed horne fnc --out before-others.json
    python benchmarks/audit_attribution.py compare before.json after.json
    python benchmarks/audit_attribution.py show before.json after.json --kind quote --limit 30
    python benchmarks/audit_attribution.py teasers --n 6000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_annotate import load_texts  # noqa: E402  (also puts src/ on the path)

import framing.attribution as A  # noqa: E402
from framing.cleaning import link_residue  # noqa: E402
from framing.spans import find_spans  # noqa: E402

FIELDS = ("start", "end", "kind", "subtype", "text", "speaker", "cue", "cue_tone", "source", "source_type")


CORPORA = ("allsides", "buzzfeed", "horne", "fnc")


def corpus_texts(data: Path, corpus: str, stop: int) -> list[str]:
    """The first ``stop`` article bodies of a corpus in ``data``, in its loader's order."""
    if corpus == "allsides":
        return load_texts(data, stop)
    from framing.datasets import load_buzzfeed_webis, load_fakenewscorpus
    from framing.datasets._horne import read_horne2017_zip

    if corpus == "buzzfeed":
        c = load_buzzfeed_webis(data / "buzzfeed-webis-2016")
    elif corpus == "horne":
        c = read_horne2017_zip(data / "fakenewsdata1" / "Horne2017_FakeNewsData.zip")
    else:
        c = load_fakenewscorpus(data / "fakenewscorpus-sample" / "news_sample.csv")
    return [t for t in c.texts.tolist()[:stop] if isinstance(t, str) and t]


def draw(data: Path, what: str, start: int, stop: int, seed: int, size: int, corpus: str = "allsides",
         context: int = 130) -> None:
    texts = corpus_texts(data, corpus, stop)[start:stop]
    if what == "attributions":
        items = [(t, s) for t in texts for s in find_spans(t, kinds=("attribution",))]
    else:
        items = [(t, s) for t in texts for s in find_spans(t, kinds=("quote", "attribution"))
                 if s.kind == "quote" and s.subtype == "direct"]
    print(f"{len(items)} {what} in {corpus} articles {start}-{stop}; seed {seed}")
    random.seed(seed)
    for i, (t, s) in enumerate(random.sample(items, min(size, len(items)))):
        inner = s.text if what == "attributions" or context <= 130 else f"Q: {s.text}"
        ctx = (t[max(0, s.start - context):s.start] + f"[[{inner}]]" + t[s.end:s.end + 80]).replace("\n", " / ")
        label = s.subtype if what == "attributions" else f"SPEAKER={s.speaker}"
        print(i, label, "|", ctx)


def ablate(data: Path, n: int) -> None:
    texts = load_texts(data, n)

    def rate() -> int:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for t in texts:
                A.find_quotes_and_attributions(t)
            best = min(best, time.process_time() - t0)
        return round(len(texts) / best)

    print("as it is", rate(), "articles/s")
    A._Resolver.pronoun = lambda self, pron, pos: None  # type: ignore[method-assign]
    print("without pronoun resolution", rate())
    A._Resolver.full_name = lambda self, source, pos: source  # type: ignore[method-assign]
    print("  and without surname expansion", rate())
    A._source_before = lambda text, start, lo: None  # type: ignore[assignment]
    print("  and without subject extraction", rate())


def dump_texts(data: Path, corpora: list[str], n: int) -> list[str]:
    """The texts a dump covers: the first ``n`` articles of each corpus, in order."""
    return [t for corpus in corpora for t in corpus_texts(data, corpus, n)]


def dump(data: Path, n: int, out: Path, corpora: list[str]) -> None:
    spans = [[list(s) for s in find_spans(t, kinds=("quote", "attribution"))] for t in dump_texts(data, corpora, n)]
    out.write_text(json.dumps({"corpora": corpora, "n": n, "spans": spans}), encoding="utf-8")
    print(f"{len(spans)} articles, {sum(map(len, spans))} spans -> {out}")


def _read_dump(path: Path) -> tuple[list[str], int, list]:
    d = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(d, list):  # (a dump of the first sessions: AllSides only)
        return ["allsides"], len(d), d
    return d["corpora"], d["n"], d["spans"]


def _differences(a: Path, b: Path) -> tuple[list[str], int, list[tuple[int, list | None, list | None]]]:
    """The spans that differ between two dumps of the same articles: (article, old, new)."""
    ca, na, old = _read_dump(a)
    cb, nb, new = _read_dump(b)
    if (ca, na, len(old)) != (cb, nb, len(new)):
        raise SystemExit(f"compare: {a} holds {ca} x {na} ({len(old)} articles), {b} {cb} x {nb} ({len(new)}): "
                         "dump the same --corpus and --n")
    out = []
    for k, (x, y) in enumerate(zip(old, new, strict=True)):
        xs = {(s[0], s[1], s[2]): s for s in x}
        ys = {(s[0], s[1], s[2]): s for s in y}
        for key in sorted(xs.keys() | ys.keys()):
            if xs.get(key) != ys.get(key):
                out.append((k, xs.get(key), ys.get(key)))
    return ca, na, out


def compare(a: Path, b: Path) -> None:
    counts: dict[str, int] = {}
    for _, sx, sy in _differences(a, b)[2]:
        if sx is None or sy is None:
            label = f"{'added' if sx is None else 'removed'} {(sx or sy)[2]}"
        else:
            label = f"{sx[2]}: " + ", ".join(f for f, u, v in zip(FIELDS, sx, sy, strict=True) if u != v)
        counts[label] = counts.get(label, 0) + 1
    print(f"{sum(counts.values())} spans differ" if counts else "identical")
    for label, k in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:6d}  {label}")


def show(data: Path, a: Path, b: Path, kind: str, limit: int, context: int) -> None:
    """Print each differing span with the text before it, old and new fields side by side (for
    reading a rule's changed outputs; the output quotes the articles: not for committing)."""
    corpora, n, diffs = _differences(a, b)
    diffs = [d for d in diffs if kind == "all" or (d[1] or d[2])[2] == kind]
    texts = dump_texts(data, corpora, n) if diffs else []
    print(f"{len(diffs)} {kind} spans differ")
    for k, sx, sy in diffs[:limit]:
        s = sx or sy
        t = texts[k]
        ctx = (t[max(0, s[0] - context):s[0]] + "[[" + t[s[0]:s[1]] + "]]" + t[s[1]:s[1] + 60]).replace("\n", " / ")
        if sx is None or sy is None:
            change = "added" if sx is None else "removed"
        else:
            change = "; ".join(f"{f}: {u!r} -> {v!r}" for f, u, v in zip(FIELDS, sx, sy, strict=True) if u != v)
        print(f"#{k} {s[2]} {change}\n    {ctx}")


def teasers(data: Path, n: int) -> None:
    zones = quotes = cues = 0
    for t in load_texts(data, n):
        z = link_residue(t)
        if not z:
            continue
        zones += len(z)
        for s in A._find_quotes_and_attributions(t, None, None):  # the finder without blanking
            if any(a <= s.start and s.end <= b for a, b in z):
                quotes += s.kind == "quote"
                cues += s.kind == "attribution"
    print(f"{n} articles: {zones} link teasers; inside them, unblanked: {quotes} quotes, {cues} cues")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path,
                    default=Path(os.environ.get("FRAMING_DATA", str(ROOT.parent / "shared" / "data"))))
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--what", choices=["attributions", "speakers"], required=True)
    d.add_argument("--start", type=int, required=True)
    d.add_argument("--stop", type=int, required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--size", type=int, default=120)
    d.add_argument("--corpus", choices=CORPORA, default="allsides",
                   help="AllSides (default), the BuzzFeed-Webis subset, Horne & Adali 2017, or the FakeNewsCorpus sample")
    d.add_argument("--context", type=int, default=130, help="characters of text shown before each span")
    a = sub.add_parser("ablate")
    a.add_argument("--n", type=int, default=2000)
    u = sub.add_parser("dump")
    u.add_argument("--n", type=int, default=6000)
    u.add_argument("--out", type=Path, required=True)
    u.add_argument("--corpus", nargs="+", choices=CORPORA, default=["allsides"],
                   help="corpora to dump, the first --n articles of each")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    w = sub.add_parser("show")
    w.add_argument("a", type=Path)
    w.add_argument("b", type=Path)
    w.add_argument("--kind", choices=["quote", "attribution", "all"], default="all")
    w.add_argument("--limit", type=int, default=40)
    w.add_argument("--context", type=int, default=200)
    t = sub.add_parser("teasers")
    t.add_argument("--n", type=int, default=6000)
    args = ap.parse_args()
    if args.cmd == "draw":
        draw(args.data, args.what, args.start, args.stop, args.seed, args.size, args.corpus, args.context)
    elif args.cmd == "ablate":
        ablate(args.data, args.n)
    elif args.cmd == "dump":
        dump(args.data, args.n, args.out, args.corpus)
    elif args.cmd == "compare":
        compare(args.a, args.b)
    elif args.cmd == "show":
        show(args.data, args.a, args.b, args.kind, args.limit, args.context)
    else:
        teasers(args.data, args.n)


if __name__ == "__main__":
    main()
