"""Draw the hand-audit samples of docs/attribution.md, and time the linking stages by ablation.

``draw`` prints a random sample of attributions (``--what attributions``) or of direct
quotes with their speaker (``--what speakers``) from articles ``--start`` to ``--stop``
of AllSides (or of ``--corpus buzzfeed|horne|fnc``: the BuzzFeed-Webis subset, Horne &
Adali 2017, the FakeNewsCorpus sample, in their loaders' order), one line each with the text around it, for judging by hand. The judgments
quote the articles, so they are not stored: docs/attribution.md gives the counts, the
seeds and the slices. The sample depends on the code that finds the spans: the audits
were drawn with the code of their commit, this script draws with the current one, or with
the code of a git revision (``--rev``, checked out in a temporary worktree), so that samples
drawn while the working tree changes are all of one commit.

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
``paired`` reads the judged files (``s<seed>_<corpus>.judged.tsv``) of one or more folders,
draws their samples again with the revision they were drawn with (``--drawn``), tallies the
verdicts per corpus (also without the quotes nested inside another quote), and runs the same
quote spans through another revision (``--against``, in a git worktree), printing each
speaker that differs with its verdict and the annotator's speaker: a paired measure of what
the code between two revisions changed on judged quotes. ``compare`` also counts the direct
quotes inside another quote that have a speaker in each dump. ``pool`` adds up ``k/n``
counts (rounds, corpora) and prints the pooled share with its Wilson 95 % interval, the
intervals that docs/attribution.md reports.

``teasers`` counts the inline link teasers (``framing.cleaning.link_residue``) in the
first ``--n`` articles, and the quotes and cues the finder would read inside them if it
did not blank them.

Usage::

    python benchmarks/audit_attribution.py draw --what attributions --start 3000 --stop 4000 --seed 7 --size 120
    python benchmarks/audit_attribution.py draw --what speakers --start 10000 --stop 11000 --seed 41 --size 60
    python benchmarks/audit_attribution.py draw --what speakers --start 0 --stop 37554 --seed 2995 --size 50 --context 900 --rev b40bb5c
    python benchmarks/audit_attribution.py ablate --n 2000
    python benchmarks/audit_attribution.py dump --n 6000 --out before.json
    python benchmarks/audit_attribution.py dump --n 100000 --corpus buzzfeed horne fnc --out before-others.json
    python benchmarks/audit_attribution.py compare before.json after.json
    python benchmarks/audit_attribution.py show before.json after.json --kind quote --limit 30
    python benchmarks/audit_attribution.py paired --drawn 0a3c226 --against 4187a4d judged/r35 judged/r36
    python benchmarks/audit_attribution.py pool 321/377 321/380 329/378 334/382 328/383
    python benchmarks/audit_attribution.py teasers --n 6000
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import math
import os
import random
import re
import subprocess
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


def direct_quotes(texts: list[str]) -> list[tuple[int, object, bool]]:
    """The direct quotes of ``texts`` in order, as (article index, span, nested inside another quote):
    the items a speaker sample is drawn from."""
    out = []
    for k, t in enumerate(texts):
        quotes = [s for s in find_spans(t, kinds=("quote", "attribution")) if s.kind == "quote"]
        out += [(k, s, any(o.start < s.start and s.end <= o.end for o in quotes)) for s in quotes
                if s.subtype == "direct"]
    return out


def draw(data: Path, what: str, start: int, stop: int, seed: int, size: int, corpus: str = "allsides",
         context: int = 130) -> None:
    texts = corpus_texts(data, corpus, stop)[start:stop]
    if what == "attributions":
        items = [(t, s) for t in texts for s in find_spans(t, kinds=("attribution",))]
    else:
        items = [(texts[k], s) for k, s, _ in direct_quotes(texts)]
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
    for path in (a, b):
        inner = [q for spans in _read_dump(path)[2] for q in _inner_direct_quotes(spans)]
        print(f"{path.name}: {sum(q[5] is not None for q in inner)} of {len(inner)} direct quotes inside another "
              "quote have a speaker")


def _inner_direct_quotes(spans: list) -> list:
    """The direct quote spans (dump rows) that lie inside another quote span of the same article."""
    quotes = [q for q in spans if q[2] == "quote"]
    return [q for q in quotes if q[3] == "direct" and any(o[0] < q[0] and q[1] <= o[1] for o in quotes)]


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


# the slices the speaker samples of docs/attribution.md are drawn from (--start 0 --stop …)
AUDIT_STOP = {"allsides": 37554, "buzzfeed": 100000, "horne": 100000, "fnc": 100000}
_JUDGED_RE = re.compile(r"s(\d+)_([a-z]+)\.judged\.tsv$")
# run in a child process with a revision's src/ first on its path: draws the samples, or reads the
# speakers of given quote spans, with that revision's finder
_CHILD = r"""
import json, sys
src = sys.argv[1]
sys.path.insert(0, src)
sys.path.insert(1, sys.argv[2])  # benchmarks/
import framing  # (before audit_attribution, which puts the working tree's src/ on the path)
assert framing.__file__.startswith(src), framing.__file__
import audit_attribution
print(json.dumps(audit_attribution.paired_child(json.load(sys.stdin))))
"""


def paired_child(req: dict) -> object:
    """In a child process (see ``_CHILD``): with ``req["mode"] == "draw"``, the lines of each
    sample ``[name, corpus, seed]`` as ``[name, i, corpus, article, start, end, speaker, nested]``;
    with ``"speakers"``, the speaker this finder gives each such quote span (``"<no span>"`` when
    it finds no quote there)."""
    if req["mode"] == "sample":  # ``draw``'s printout, with this finder
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            draw(Path(req["data"]), *req["args"])
        return buf.getvalue()
    data, size = Path(req["data"]), req["size"]
    out: dict | list = [] if req["mode"] == "draw" else {}
    rows = req["samples"] if req["mode"] == "draw" else req["rows"]
    for corpus in sorted({r[1] if req["mode"] == "draw" else r[2] for r in rows}):
        texts = corpus_texts(data, corpus, AUDIT_STOP[corpus])
        if req["mode"] == "draw":
            items = direct_quotes(texts)
            for name, c, seed in rows:
                if c == corpus:
                    random.seed(seed)
                    for i, (k, q, nested) in enumerate(random.sample(items, min(size, len(items)))):
                        out.append([name, i, corpus, k, q.start, q.end, q.speaker, nested])
        else:
            for name, i, c, k, start, end, *_ in rows:
                if c == corpus:
                    found = {(q.start, q.end): q.speaker for q in find_spans(texts[k], kinds=("quote", "attribution"))
                             if q.kind == "quote"}
                    out[f"{name}:{i}"] = found.get((start, end), "<no span>")
    return out


def _run_child(src: Path, req: dict) -> object:
    from compare_revisions import child_env

    res = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(ROOT / "benchmarks")], input=json.dumps(req),
                         check=True, capture_output=True, text=True, env=child_env())
    return json.loads(res.stdout)


def paired(data: Path, drawn: str, against: str, dirs: list[Path], size: int) -> None:
    """Tally judged speaker samples and compare them with another revision's finder.

    The samples ``s<seed>_<corpus>.judged.tsv`` in ``dirs`` (judged by
    ``benchmarks/speaker_audit_rules.md``) are drawn again with revision ``drawn`` (the code
    they were drawn and judged with; ``.`` for the working tree): per corpus, the judged right
    out of right and wrong, also without the quotes nested inside another quote. Then the
    same quote spans are run through revision ``against``: each line whose speaker differs is
    printed with its verdict and the annotator's speaker, and the differences are counted by
    verdict (a paired measure of what the code between the two revisions changed), and the
    judged quotes are re-scored with ``against``: a changed speaker counts as right only when it
    is the annotator's speaker (up to case).
    """
    from compare_revisions import revision_src

    judged, samples = {}, []
    for d in dirs:
        for f in sorted(d.glob("s*_*.judged.tsv")):
            m = _JUDGED_RE.search(f.name)
            if m is None:
                continue
            name = f.name.removesuffix(".judged.tsv")
            samples.append([name, m.group(2), int(m.group(1))])
            with f.open(encoding="utf-8") as fh:
                # (plain tab-separated text: a note may open with a quotation mark, read as written)
                for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    judged[f"{name}:{row['i']}"] = row
    if not samples:
        raise SystemExit(f"paired: no s<seed>_<corpus>.judged.tsv files in {', '.join(map(str, dirs))}")
    with revision_src(drawn) as src:
        rows = _run_child(src, {"mode": "draw", "data": str(data), "size": size, "samples": samples})
    with revision_src(against) as src:
        other = _run_child(src, {"mode": "speakers", "data": str(data), "size": size, "rows": rows})
    shown = {}  # the speaker each sample file shows (when it lies beside its judgments): a check of the draw
    for d in dirs:
        for name, _c, _seed in samples:
            f = d / f"{name}.txt"
            if f.exists():
                for line in f.read_text(encoding="utf-8").splitlines()[1:]:
                    i, _, rest = line.partition(" SPEAKER=")
                    shown[f"{name}:{i}"] = rest.split(" | ", 1)[0]
    off = [f"{r[0]}:{r[1]}" for r in rows if f"{r[0]}:{r[1]}" in shown and shown[f"{r[0]}:{r[1]}"] != str(r[6])]
    if off:
        raise SystemExit(f"paired: {len(off)} lines drawn with {drawn} differ from their sample files ({off[:3]} …): "
                         "give --drawn the revision the samples were drawn with")
    tally: dict[str, list[int]] = {}
    rescored: dict[str, int] = {}
    changed: dict[str, int] = {}
    for name, i, corpus, _k, _s, _e, speaker, nested in rows:
        row = judged.get(f"{name}:{i}")
        if row is None:
            raise SystemExit(f"paired: {name} has no judged line {i}: judge every line of the sample")
        verdict = row["verdict"].strip()
        t = tally.setdefault(corpus, [0, 0, 0, 0])
        if verdict in ("0", "1"):
            t[0] += verdict == "1"
            t[1] += 1
            if not nested:
                t[2] += verdict == "1"
                t[3] += 1
            # re-scored: a speaker the other revision changes is right only when it is the
            # annotator's speaker, letter for letter up to case (a fuller or shorter form counts
            # as wrong: a conservative count)
            now = other[f"{name}:{i}"]
            rescored[corpus] = rescored.get(corpus, 0) + (
                verdict == "1" if now == speaker else str(now).lower() == row["true_speaker"].strip().lower())
        if other[f"{name}:{i}"] != speaker:
            changed[verdict] = changed.get(verdict, 0) + 1
            print(f"{name}:{i} [{corpus}] {drawn}: {speaker!r}  {against}: {other[f'{name}:{i}']!r}  "
                  f"verdict {verdict}  annotator: {row['true_speaker']!r}")
    for corpus, (r, n, r2, n2) in sorted(tally.items()):
        print(f"{corpus}: {r}/{n} = {r / n:.3f}; without quotes nested in another quote {r2}/{n2} = {r2 / n2:.3f}; "
              f"re-scored with {against}: {rescored.get(corpus, 0)}/{n} = {rescored.get(corpus, 0) / n:.3f}")
    print(f"{sum(changed.values())} of {len(rows)} speakers differ between {drawn} and {against}; by the verdict "
          f"on {drawn}'s: " + ", ".join(f"{v}: {k}" for v, k in sorted(changed.items())))


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


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of ``k`` right of ``n`` (95 % for the default ``z``)."""
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def pool(counts: list[str]) -> None:
    """Print the pooled count of ``k/n`` counts (rounds as ``paired`` prints them) and its Wilson 95 % interval."""
    pairs = [tuple(int(x) for x in c.split("/")) for c in counts]
    k, n = sum(a for a, _ in pairs), sum(b for _, b in pairs)
    lo, hi = wilson(k, n)
    print(f"{k}/{n} = {k / n:.3f} (Wilson 95%: {lo:.3f}–{hi:.3f})")


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
    d.add_argument("--rev", default=".", help="draw with the code of this git revision (. = working tree)")
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
    pr = sub.add_parser("paired")
    pr.add_argument("judged", type=Path, nargs="+", help="folders of s<seed>_<corpus>.judged.tsv files")
    pr.add_argument("--drawn", required=True, help="the git revision the samples were drawn with (. = working tree)")
    pr.add_argument("--against", required=True, help="the git revision to compare with (. = working tree)")
    pr.add_argument("--size", type=int, default=50)
    po = sub.add_parser("pool")
    po.add_argument("counts", nargs="+", help="right/judged counts, e.g. 321/377 328/383")
    t = sub.add_parser("teasers")
    t.add_argument("--n", type=int, default=6000)
    args = ap.parse_args()
    if args.cmd == "draw" and args.rev != ".":
        from compare_revisions import revision_src

        with revision_src(args.rev) as src:
            sys.stdout.write(str(_run_child(src, {"mode": "sample", "data": str(args.data), "args": [
                args.what, args.start, args.stop, args.seed, args.size, args.corpus, args.context]})))
    elif args.cmd == "draw":
        draw(args.data, args.what, args.start, args.stop, args.seed, args.size, args.corpus, args.context)
    elif args.cmd == "ablate":
        ablate(args.data, args.n)
    elif args.cmd == "dump":
        dump(args.data, args.n, args.out, args.corpus)
    elif args.cmd == "compare":
        compare(args.a, args.b)
    elif args.cmd == "show":
        show(args.data, args.a, args.b, args.kind, args.limit, args.context)
    elif args.cmd == "paired":
        paired(args.data, args.drawn, args.against, args.judged, args.size)
    elif args.cmd == "pool":
        pool(args.counts)
    else:
        teasers(args.data, args.n)


if __name__ == "__main__":
    main()
