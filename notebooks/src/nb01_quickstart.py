"""Source of notebooks/01_quickstart.ipynb (build with ``python notebooks/_build.py 01``)."""

TITLE = "Quick start: load, look, measure, compare, classify honestly, report (sample corpus, < 2 min)"
REQUIRES: list[str] = []  # the bundled synthetic sample corpus only
TIMEOUT = 120

CELLS = [
    ("md", """
    # Quick start: from articles to an honest comparison of outlets

    This notebook walks through `framing` end to end on the **synthetic sample corpus** that ships
    with the package (65 articles, 5 outlets, 5 events). It runs offline in well under two minutes.

    1. load a corpus and read its card and load report;
    2. look at one article with its quotes, attribution cues, sources and boilerplate highlighted;
    3. compute per-article features and read their definitions in the codebook;
    4. compare outlets with a plot, a significance test with effect sizes, and Fightin' Words;
    5. train a classifier and evaluate it **the honest way** (outlet-disjoint), next to the inflated way;
    6. write the whole analysis as an HTML report.

    > **The outlets, people and events of the sample are fictional** (the Republic of Marrovia). Their
    > house styles are caricatures written so that differences are easy to see: nothing here is
    > evidence about real outlets.
    """),
    ("code", """
    import tempfile
    from pathlib import Path

    import matplotlib.pyplot as plt
    import pandas as pd

    import framing
    from framing import compare, models, plot

    plt.rcParams["figure.dpi"] = 72          # small PNGs keep the stored notebook light
    pd.set_option("display.precision", 3)
    pd.set_option("display.max_colwidth", 70)
    framing.__version__
    """),
    ("md", """
    ## 1. Load the sample corpus

    `load_sample()` returns a `framing.Corpus`: a validated table of articles (one row per article,
    with `doc_id`, `outlet`, `text`, `title`, `date`, ...). Your own data load the same way with
    `framing.read_corpus("articles.csv")` (CSV, JSONL, Parquet or a folder of `.txt` files).
    """),
    ("code", """
    corpus = framing.datasets.load_sample()
    corpus
    """),
    ("md", """
    Every loader keeps a **load report**: how many rows were read and kept, what was repaired
    (mojibake, HTML, newlines), flagged or skipped, and which input column became which field.
    Read it before trusting any number downstream.
    """),
    ("code", """
    corpus.report
    """),
    ("md", """
    Each dataset also has a **card**: where it comes from, its licence, its columns, its known quirks and
    how to cite it.
    """),
    ("code", """
    framing.datasets.describe("sample")
    """),
    ("md", """
    The sample is designed for comparisons: every outlet covers every event, so we can compare outlets
    with the story held fixed.
    """),
    ("code", """
    pd.crosstab(corpus.frame["event"], corpus.frame["outlet"])
    """),
    ("md", """
    ## 2. Look at one article

    Numbers are only as good as the evidence behind them, so start by reading. `framing.show(text)`
    draws an article with **quotes** shaded (direct, partial, scare), **attribution cues** underlined and
    coloured by tone (neutral *said*, loaded *insisted*, relay *reported by*), **sources** dotted and
    **boilerplate** (disclaimers, donation pleas, widgets) greyed. Hover over a mark to see the speaker,
    cue and source.
    """),
    ("code", """
    articles = corpus.frame.set_index("doc_id")
    article = articles.loc["blog-001"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", """
    The same evidence as a table: `framing.annotate` returns one row per span with its character offsets,
    kind, subtype, the cue and its tone, the speaker or source and the source type. Every feature below is
    computed from spans like these, so you can always go back from a number to the words that made it.
    """),
    ("code", """
    spans = framing.annotate(article["text"], title=article["title"])
    spans[["start", "end", "kind", "subtype", "text", "cue_tone", "source_type"]]
    """),
    ("md", """
    ## 3. Features, and what they mean

    `extract_features` computes one row per article (indexed by `doc_id`): quotes, attribution,
    boilerplate, readability and style. By default it measures the **body** text, with boilerplate
    removed, so that an outlet's page template does not masquerade as its writing style.
    """),
    ("code", """
    features = framing.extract_features(corpus)
    features.shape
    """),
    ("code", """
    features[["word_count", "quotes_per_100_words", "share_attributions_loaded",
              "anonymous_source_count", "exclamation_rate", "has_disclaimer"]].head()
    """),
    ("md", """
    Never interpret a feature you have not read the definition of. `describe_features()` is the codebook:
    name, family, unit, range, definition and reference for every feature.
    """),
    ("code", """
    codebook = framing.describe_features().set_index("name")
    codebook.loc[["share_attributions_loaded", "anonymous_source_count", "exclamation_rate"],
                 ["family", "unit", "definition"]]
    """),
    ("md", """
    ## 4. Compare outlets

    ### A plot

    One feature per outlet: a box plot, every article as a point, and the mean with its bootstrap 95%
    confidence interval. The features do not carry the outlet, so we pass `corpus=` to join it on
    `doc_id`. Here: the share of attribution cues that are *loaded* verbs (*claimed, insisted,
    admitted*) rather than neutral ones (*said, told*).
    """),
    ("code", """
    plot.feature_by_group(features, x="outlet", y="share_attributions_loaded", corpus=corpus)
    plt.show()
    """),
    ("md", """
    Who gets to speak: the mix of source types behind each outlet's attribution cues. `mix_table` /
    `attribution_mix` take span annotations, so we annotate every article first (a second or two).
    """),
    ("code", """
    all_spans = pd.concat(
        [framing.annotate(row.text, title=row.title).assign(doc_id=row.doc_id) for row in corpus.frame.itertuples()],
        ignore_index=True,
    )
    plot.attribution_mix(all_spans, by="outlet", corpus=corpus)
    plt.show()
    """),
    ("md", """
    ### A test, with effect sizes

    `compare.test` runs, per feature, a Kruskal-Wallis test across all outlets and then a Mann-Whitney U
    test for every pair, with Benjamini-Hochberg correction over all pairs and **effect sizes**:
    Cliff's delta (the probability that an article of outlet A scores higher than one of outlet B, minus
    the reverse; from -1 to 1) and Cohen's d. A p-value says whether a difference is distinguishable from
    noise; the effect size says whether it is big enough to matter. Report both.
    """),
    ("code", """
    tests = compare.test(features, "outlet", corpus=corpus,
                         columns=["share_attributions_loaded", "exclamation_rate"])
    tests[tests["test"] == "kruskal"][["feature", "statistic", "p_value", "p_adj", "significant"]]
    """),
    ("code", """
    pairs = tests[(tests["test"] != "kruskal") & (tests["feature"] == "share_attributions_loaded")]
    pairs[["group_a", "group_b", "mean_a", "mean_b", "p_adj", "significant", "cliffs_delta"]]
    """),
    ("md", """
    `compare.profile` gives per-outlet means, medians and bootstrap confidence intervals (seeded, so the
    numbers are the same on every run).
    """),
    ("code", """
    compare.profile(features, "outlet", corpus=corpus, columns=["exclamation_rate"])
    """),
    ("md", """
    ### Fightin' Words: the words that set an outlet apart

    Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each outlet
    against the rest. A z-score above 1.96 marks a word the outlet uses distinctly more. The top words
    of the state-affiliated outlet name the media it relays; those of the tabloid, its own brand.
    """),
    ("code", """
    fw = compare.fightin_words(corpus, "outlet")
    fw.groupby("group").head(5)[["group", "term", "count", "count_other", "z"]]
    """),
    ("code", """
    plot.fightin_words(fw, group="Sovereign News Network", top=8)
    plt.show()
    """),
    ("md", """
    ## 5. A classifier, evaluated honestly

    The trap: with a **random** train/test split, articles of the same outlet land on both sides. A model
    can then score well by recognising the *outlet* (its template, bylines, pet words) and never learn
    anything that transfers. The honest question is: *does it work on outlets it has never seen?*
    `framing.models` answers that by default with **outlet-disjoint** folds, and shows the random split
    next to it together with two baselines: `majority` (always the most common class) and
    `outlet_identity` (a model that sees only the outlet name).

    **A limitation of the sample.** Each of its five outlets is the only one of its type, so a target like
    `outlet_type` is the outlet itself. Outlet-disjoint evaluation of it is impossible by construction:
    the test outlet's class never occurs in training. `compare_splits` makes this visible rather than
    hiding it: near-perfect on the random split (exactly what `outlet_identity` gets by knowing the
    outlet's name) and zero on the outlet split.
    """),
    ("code", """
    leaky = models.compare_splits(corpus, "outlet_type", features="framing", splits=["random", "outlet"])
    leaky[leaky["metric"] == "accuracy"][["split", "model", "score", "ci_low", "ci_high"]]
    """),
    ("md", """
    The per-fold rows (`summary=False`) say why the outlet split scores zero:
    """),
    ("code", """
    folds = models.compare_splits(corpus, "outlet_type", features="framing", splits=["outlet"], summary=False)
    folds[(folds["metric"] == "accuracy") & (folds["model"] == "framing")][["fold", "n_test", "score", "note"]]
    """),
    ("md", """
    A question that *can* be asked outlet-disjointly needs at least two outlets per class. We group the
    outlets by register: the wire service and the public broadcaster write **hard news**, the other three
    are **opinionated** (blog, state-affiliated, tabloid). With five outlets, `evaluate` uses five folds of
    one outlet each (leave one outlet out): the model is trained on four outlets and tested on the fifth.
    """),
    ("code", """
    hard_news = {"wire", "public_broadcaster"}
    register = corpus.frame["outlet_type"].map(lambda t: "hard news" if t in hard_news else "opinionated")
    corpus2 = corpus.with_columns(register=register)
    corpus2.frame.groupby(["register", "outlet"]).size()
    """),
    ("md", """
    `compare_splits` evaluates the framing features and a TF-IDF bag of words (boilerplate removed) on both
    splits. The `gap` column is the random score minus this split's score: the part of the random score
    that came from recognising outlets.
    """),
    ("code", """
    table = models.compare_splits(corpus2, "register", features=["framing", "tfidf"], splits=["random", "outlet"])
    table[table["metric"] == "accuracy"][["split", "model", "score", "pooled_score", "degenerate", "gap"]]
    """),
    ("md", """
    With one outlet per test fold every fold holds a single class. `evaluate` says so instead of averaging
    quietly: such folds are marked `degenerate`, a `DegenerateSplitWarning` explains why (the warning
    above), and `pooled_score` scores all out-of-fold predictions together, which is the one meaningful
    number here. The clearest reading is **accuracy on each unseen outlet**, from the out-of-fold
    predictions. (The baselines score 0 on the outlet split: the training majority is always the other
    class, and an unseen outlet name tells `outlet_identity` nothing, so it falls back to that majority.)
    """),
    ("code", """
    _, pred = models.evaluate(corpus2, "register", features=["framing", "tfidf"], baselines=False,
                              return_predictions=True)
    pred["outlet"] = corpus2.frame["outlet"].to_numpy()[pred["row"].to_numpy()]
    (pred["y_true"] == pred["y_pred"]).groupby([pred["outlet"], pred["model"]]).mean().unstack()
    """),
    ("md", """
    How to read this:

    * On the **random** split both models score high. On **unseen outlets** they are far weaker and
      uneven from outlet to outlet, and the confidence intervals are very wide: with five outlets there
      are only five test cases that matter, so this is a demonstration, not evidence.
    * The gap between the two rows is the leakage: performance that came from recognising outlets.
    * Report the outlet-disjoint number. For real corpora with many outlets, see notebooks 03 (BuzzFeed-
      Webis, hyperpartisan vs mainstream) and 04 (AllSides, random vs media-based splits).

    `models.evaluate` **refuses** a hand-made split that puts an outlet on both sides (it raises
    `LeakySplitError`) unless you ask for `split="random"` or `split="predefined"` knowingly. Here is
    the refusal for an ordinary shuffled `KFold`:
    """),
    ("code", """
    from sklearn.model_selection import KFold

    try:
        models.evaluate(corpus2, "register", cv=KFold(5, shuffle=True, random_state=0))
        refusal = "accepted"
    except models.LeakySplitError as err:
        refusal = str(err)
    refusal
    """),
    ("md", """
    ## 6. The whole analysis as a report

    In a terminal, `framing report` writes an HTML report (corpus summary, features, boilerplate, profiles,
    tests with effect sizes, plots, Fightin' Words) plus the CSV files behind it:

    ```bash
    framing report                      # the sample corpus -> ./framing-report/index.html
    framing report articles.csv --by outlet -o my-report
    ```

    The same command from Python (written to a temporary folder here):
    """),
    ("code", """
    from framing.cli import main as framing_cli

    out = Path(tempfile.mkdtemp()) / "framing-report"
    framing_cli(["report", "--quiet", "-o", str(out)])
    sorted(p.name for p in out.iterdir() if p.suffix in {".html", ".csv"})
    """),
    ("md", """
    ## Where next

    * `05_teaching_who_speaks.ipynb`: a media-literacy lesson on the same corpus, for students.
    * `02`-`04`: reproductions of published analyses on real corpora (they need the data; see
      `notebooks/README.md`).
    * The documentation explains every measure, what it can and cannot tell you, and the rules behind
      quotes, attribution and boilerplate.
    """),
]
