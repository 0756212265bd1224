"""Source of notebooks/02_reproduce_horne_adali_2017.ipynb (build with ``python notebooks/_build.py 02``)."""

TITLE = "Reproduce Horne & Adali 2017: title and body features of fake, real and satire news, claim by claim"
REQUIRES: list[str] = ["fakenewsdata1/Horne2017_FakeNewsData.zip"]
TIMEOUT = 240

CELLS = [
    ("md", """
    # Reproducing Horne & Adali (2017): does fake news pack a lot in the title?

    Horne, B. D. & Adali, S. (2017). *This Just In: Fake News Packs a Lot in Title, Uses Simpler,
    Repetitive Content in Text Body, More Similar to Satire than Real News.* NECO workshop at ICWSM 2017,
    arXiv:1703.09398.

    The paper compares the style of fake, real and satire political news article by article and states
    these findings, which this notebook tests one by one on the authors' own data:

    | part | the paper's finding | how we measure it here |
    |---|---|---|
    | title | fake titles are **longer** | `title_word_count` |
    | title | fake titles use **more proper nouns** | two proxies (no part-of-speech tagger in `framing`): capitalised title words the article body itself capitalises mid-sentence; and `title_capitalized_share` |
    | title | fake titles use **more all-capitalised words** | `title_caps_share` |
    | body | fake bodies are **shorter** | `word_count` |
    | body | fake bodies are **simpler** to read | `flesch_kincaid_grade` (lower = simpler), `syllables_per_word` |
    | body | fake bodies use **fewer technical words** | `difficult_word_share` (Dale-Chall difficult words, a proxy) |
    | body | fake bodies have **fewer quotes** | `quote_count` |
    | body | fake bodies are **more repetitive** | type-token ratio and its length-robust moving-average version (computed in this notebook) |
    | all | **satire is closer to fake than to real** | per feature: is the satire-vs-fake effect smaller than the satire-vs-real effect? |

    The data are the two sets the authors published: **Buzzfeed Political News** (fake vs real) and
    **Random Political News** (fake, real and satire). Their third set (Burfoot & Baldwin's satire corpus)
    is not in the published zip and is not used here.

    **Method.** For each set, every feature is compared between every pair of labels with a two-sided
    Mann-Whitney U test (rank-based, as the features are far from normal), p-values corrected with
    Benjamini-Hochberg over all comparisons of that set, and the effect size is Cliff's delta
    (P(fake > real) - P(fake < real); |d| < 0.147 negligible, < 0.33 small, < 0.474 medium, else large).
    The paper's own tests and correction may differ in detail (it chose between parametric and
    rank-based tests per feature); the verdicts below only ask whether the **direction** it states holds
    and is significant here.

    > This notebook prints no article text: only counts, statistics and feature names.
    """),
    ("code", """
    import os
    import re
    from collections import Counter
    from pathlib import Path

    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    import framing
    from framing import compare

    plt.rcParams["figure.dpi"] = 72
    pd.set_option("display.precision", 3)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_colwidth", 60)
    framing.__version__
    """),
    ("md", """
    ## 1. Find the data

    The corpus is `Horne2017_FakeNewsData.zip` from github.com/BenjaminDHorne/fakenewsdata1, kept in a
    folder `fakenewsdata1/` under the data folder: the `FRAMING_DATA` environment variable, else
    `../shared/data` next to the project checkout. If it is missing, the next cell says how to get it
    (`fetch_horne2017(download_if_missing=True)` downloads the 0.7 MB zip and checks its SHA-256).
    """),
    ("code", """
    def find_data_folder():
        env = os.environ.get("FRAMING_DATA")
        candidates = [Path(env)] if env else []
        candidates.append(Path.cwd().resolve().parent.parent / "shared" / "data")  # run from notebooks/
        for folder in candidates:
            if (folder / "fakenewsdata1" / "Horne2017_FakeNewsData.zip").is_file():
                return folder
        return None

    DATA = find_data_folder()
    if DATA is None:
        print(framing.datasets.describe("horne2017"))
        raise FileNotFoundError(
            "Horne2017_FakeNewsData.zip not found. Set FRAMING_DATA to a folder holding "
            "fakenewsdata1/Horne2017_FakeNewsData.zip, or run "
            "framing.datasets.fetch_horne2017(download_if_missing=True) once to download it."
        )
    print("data folder found:", DATA.name)
    """),
    ("code", """
    corpus = framing.datasets.fetch_horne2017(DATA, download_if_missing=False)
    corpus.report
    """),
    ("md", """
    The README of the data lists 48 fake and 53 real articles in the Buzzfeed set and 75 of each label
    in the Random set. Check that we read exactly those:
    """),
    ("code", """
    expected = pd.Series({("buzzfeed", "fake"): 48, ("buzzfeed", "real"): 53, ("random", "fake"): 75,
                          ("random", "real"): 75, ("random", "satire"): 75}, name="expected")
    counts = corpus.frame.groupby(["dataset", "label"]).size().rename("loaded")
    check = pd.concat([counts, expected], axis=1)
    check["matches"] = check["loaded"] == check["expected"]
    check
    """),
    ("md", """
    ## 2. Features of titles and bodies

    `framing.extract_features` computes the `readability`, `style` (which includes the title features)
    and `quotes` families for every article. The definitions come from the codebook; read them before
    reading any number:
    """),
    ("code", """
    features = framing.extract_features(corpus, families=["readability", "style", "quotes"])
    codebook = framing.describe_features().set_index("name")
    used = ["title_word_count", "title_capitalized_share", "title_caps_share", "word_count",
            "flesch_kincaid_grade", "syllables_per_word", "difficult_word_share", "quote_count"]
    codebook.loc[used, ["family", "unit", "definition"]]
    """),
    ("md", """
    Two of the paper's measures have no `framing` feature, so they are computed here, in plain sight:

    * **Proper nouns in the title.** Without a part-of-speech tagger, `title_capitalized_share` mostly
      measures *Title Case* headlines (every word capitalised), not proper nouns. A better proxy uses
      the article itself: a title word counts as a proper noun when the body writes it with a capital
      letter in the middle of a sentence and never in lower case (names, places, organisations).
    * **Repetitiveness.** The type-token ratio (distinct words / words) falls as a text gets longer,
      so shorter bodies score as *less* repetitive just for being short. The moving-average type-token
      ratio (MATTR: the mean TTR of every 100-word window; Covington & McFall 2010) removes that length
      effect; texts under 100 words get no MATTR.
    """),
    ("code", """
    WORD = re.compile(r"[^\\W\\d_]+(?:['’][^\\W\\d_]+)*")
    SENTENCE_END = re.compile(r"[.!?:]")

    def proper_noun_words(body):
        \"\"\"Lower-cased words the body capitalises mid-sentence and never writes in lower case.\"\"\"
        capital, lower = set(), set()
        previous_end = 0
        for m in WORD.finditer(body or ""):
            w = m.group()
            gap = body[previous_end:m.start()]
            sentence_start = previous_end == 0 or "\\n" in gap or SENTENCE_END.search(gap)
            if w[0].islower():
                lower.add(w.lower())
            elif not sentence_start and len(w) > 1:
                capital.add(w.lower())
            previous_end = m.end()
        return capital - lower

    def title_proper_nouns(title, body):
        names = proper_noun_words(body)
        return sum(w.lower() in names for w in WORD.findall(title or "") if w[0].isupper())

    def type_token_ratio(body):
        words = [w.lower() for w in WORD.findall(body or "")]
        return len(set(words)) / len(words) if words else np.nan

    def mattr(body, window=100):
        words = [w.lower() for w in WORD.findall(body or "")]
        if len(words) < window:
            return np.nan
        counts = Counter(words[:window])
        ratios = [len(counts)]
        for i in range(window, len(words)):
            old = words[i - window]
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
            counts[words[i]] += 1
            ratios.append(len(counts))
        return float(np.mean(ratios)) / window

    frame = corpus.frame.set_index("doc_id")
    features["title_proper_nouns"] = [title_proper_nouns(t, b) for t, b in zip(frame["title"], frame["text"], strict=True)]
    features["type_token_ratio"] = [type_token_ratio(b) for b in frame["text"]]
    features["mattr_100"] = [mattr(b) for b in frame["text"]]
    labels = frame[["dataset", "label"]]
    print("articles without a MATTR (under 100 words):", int(features["mattr_100"].isna().sum()))
    """),
    ("md", """
    ## 3. Tests between fake, real and satire

    `framing.compare.test` runs a Kruskal-Wallis test per feature across the labels, then Mann-Whitney U
    for every pair of labels with Cliff's delta, Cohen's d and Benjamini-Hochberg adjusted p-values. We run
    it once per set (so each set is corrected on its own).
    """),
    ("code", """
    TESTED = ["title_word_count", "title_proper_nouns", "title_capitalized_share", "title_caps_share",
              "word_count", "flesch_kincaid_grade", "flesch_reading_ease", "gunning_fog", "smog_index",
              "syllables_per_word", "difficult_word_share", "quote_count", "quotes_per_100_words",
              "type_token_ratio", "mattr_100"]
    SETS = {"buzzfeed": "Buzzfeed Political News", "random": "Random Political News"}

    tests = {}
    for key in SETS:
        ids = labels.index[labels["dataset"] == key]
        tests[key] = compare.test(features.loc[ids, TESTED], labels.loc[ids, "label"], columns=TESTED)

    omnibus = pd.concat({SETS[k]: t[t["test"] == "kruskal"].set_index("feature")[["n_a", "statistic", "p_adj"]]
                         for k, t in tests.items()}, axis=1)
    omnibus  # Kruskal-Wallis across the labels of each set (n_a = articles with a value)
    """),
    ("md", """
    ## 4. Which findings reproduce? The verdict table

    Each row is one finding, in one set, measured one way. The verdict is computed from the statistics,
    with these rules (fake is compared with real; `delta` is Cliff's delta of fake vs real, so positive
    means fake is higher):

    * **reproduced**: the difference goes the paper's way and the corrected p-value is below 0.05;
    * **same direction, not significant**: the paper's way, but p_adj >= 0.05 (too small an effect for
      this sample to tell);
    * **opposite direction** (significant) or **opposite, not significant**: the data go the other way.

    Rows marked *proxy* measure the claim indirectly; their verdict is about the proxy.
    """),
    ("code", """
    CLAIMS = [  # (part, the paper's finding, feature, expected sign of delta(fake vs real), how it is measured)
        ("title", "fake titles are longer", "title_word_count", +1, "words in the title"),
        ("title", "fake titles use more proper nouns", "title_proper_nouns", +1,
         "proxy: title words the body capitalises mid-sentence"),
        ("title", "fake titles use more proper nouns", "title_capitalized_share", +1,
         "proxy: share of capitalised title words (Title Case)"),
        ("title", "fake titles use more all-capitalised words", "title_caps_share", +1, "share of ALL-CAPS words"),
        ("body", "fake bodies are shorter", "word_count", -1, "words in the body"),
        ("body", "fake bodies are simpler (lower grade level)", "flesch_kincaid_grade", -1, "Flesch-Kincaid grade"),
        ("body", "fake bodies use smaller words", "syllables_per_word", -1, "syllables per word"),
        ("body", "fake bodies use fewer technical words", "difficult_word_share", -1,
         "proxy: share of Dale-Chall difficult words"),
        ("body", "fake bodies have fewer quotes", "quote_count", -1, "quotations in the body"),
        ("body", "fake bodies are more repetitive", "type_token_ratio", -1, "type-token ratio (length-dependent)"),
        ("body", "fake bodies are more repetitive", "mattr_100", -1, "moving-average TTR, 100-word windows"),
    ]

    def pair_row(table, feature, a, b):
        \"\"\"Statistics of a vs b for one feature, oriented so that a positive delta means a is higher.\"\"\"
        t = table[(table["test"] != "kruskal") & (table["feature"] == feature)]
        row = t[(t["group_a"] == a) & (t["group_b"] == b)]
        if len(row):
            r = row.iloc[0]
            return {"median_a": r["median_a"], "median_b": r["median_b"], "delta": r["cliffs_delta"],
                    "p_adj": r["p_adj"], "n_a": r["n_a"], "n_b": r["n_b"]}
        r = t[(t["group_a"] == b) & (t["group_b"] == a)].iloc[0]
        return {"median_a": r["median_b"], "median_b": r["median_a"], "delta": -r["cliffs_delta"],
                "p_adj": r["p_adj"], "n_a": r["n_b"], "n_b": r["n_a"]}

    def verdict(delta, p_adj, sign, alpha=0.05):
        if not np.isfinite(delta) or not np.isfinite(p_adj):
            return "not testable"
        same = np.sign(delta) == sign
        if same:
            return "reproduced" if p_adj < alpha else "same direction, not significant"
        return "OPPOSITE direction" if p_adj < alpha else "opposite, not significant"

    def magnitude(delta):
        d = abs(delta)
        return "negligible" if d < 0.147 else "small" if d < 0.33 else "medium" if d < 0.474 else "large"

    rows = []
    for key, name in SETS.items():
        for part, claim, feature, sign, how in CLAIMS:
            s = pair_row(tests[key], feature, "fake", "real")
            rows.append({"set": name, "part": part, "finding": claim, "measure": how,
                         "median_fake": s["median_a"], "median_real": s["median_b"],
                         "cliffs_delta": s["delta"], "effect": magnitude(s["delta"]), "p_adj": s["p_adj"],
                         "verdict": verdict(s["delta"], s["p_adj"], sign)})
    verdicts = pd.DataFrame(rows)
    verdicts
    """),
    ("md", """
    The same table, stated plainly, finding by finding (these sentences are generated from the numbers
    above, not written by hand):
    """),
    ("code", """
    for name, part in verdicts.groupby("set", sort=False):
        print(f"== {name} ==")
        for _, r in part.iterrows():
            print(f"- {r['finding']} [{r['measure']}]: {r['verdict'].upper()} "
                  f"(median fake {r['median_fake']:.3g} vs real {r['median_real']:.3g}; "
                  f"Cliff's delta {r['cliffs_delta']:+.2f}, {r['effect']}; p_adj {r['p_adj']:.2g})")
        print()
    tally = verdicts.groupby(["set", "verdict"]).size().unstack(fill_value=0)
    tally
    """),
    ("md", """
    A picture of the same numbers: one point per finding and set, Cliff's delta of fake vs real, filled
    when significant after correction. The grey arrows show the direction the paper states.
    """),
    ("code", """
    fig, ax = plt.subplots(figsize=(7.5, 5))
    order = [f"{c} [{f}]" for _, c, f, _, _ in CLAIMS]
    y = np.arange(len(order))
    for k, (name, marker, colour) in enumerate([(SETS["buzzfeed"], "o", "#0072B2"),
                                                (SETS["random"], "s", "#D55E00")]):
        part = verdicts[verdicts["set"] == name]
        sig = part["p_adj"].to_numpy() < 0.05
        d = part["cliffs_delta"].to_numpy()
        yy = y + (k - 0.5) * 0.25
        ax.scatter(d[sig], yy[sig], marker=marker, color=colour, label=f"{name} (p_adj < 0.05)")
        ax.scatter(d[~sig], yy[~sig], marker=marker, facecolors="none", edgecolors=colour,
                   label=f"{name} (not significant)")
    for i, (_, _, _, sign, _) in enumerate(CLAIMS):
        ax.annotate("", xy=(0.9 * sign, i), xytext=(0.6 * sign, i),
                    arrowprops={"arrowstyle": "->", "color": "0.6"})
    ax.axvline(0, color="0.3", lw=0.8)
    ax.set_yticks(y, order, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(-1, 1)
    ax.set_xlabel("Cliff's delta, fake vs real (positive: fake higher)")
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2)
    fig.tight_layout()
    """),
    ("md", """
    ## 5. Is satire closer to fake than to real?

    Only the Random set has satire. For each feature we compare two effect sizes: satire vs fake and
    satire vs real. Satire is *closer to fake* on that feature when |delta(satire, fake)| is smaller
    than |delta(satire, real)|. The paper's claim is that this holds in most cases.
    """),
    ("code", """
    SATIRE_FEATURES = list(dict.fromkeys(f for _, _, f, _, _ in CLAIMS))
    rows = []
    for feature in SATIRE_FEATURES:
        sf = pair_row(tests["random"], feature, "satire", "fake")
        sr = pair_row(tests["random"], feature, "satire", "real")
        rows.append({"feature": feature, "median satire": sf["median_a"], "median fake": sf["median_b"],
                     "median real": sr["median_b"], "delta satire-fake": sf["delta"],
                     "p_adj satire-fake": sf["p_adj"], "delta satire-real": sr["delta"],
                     "p_adj satire-real": sr["p_adj"],
                     "closer to": "fake" if abs(sf["delta"]) < abs(sr["delta"]) else "real"})
    satire = pd.DataFrame(rows)
    satire
    """),
    ("code", """
    n_fake = int((satire["closer to"] == "fake").sum())
    mean_sf = satire["delta satire-fake"].abs().mean()
    mean_sr = satire["delta satire-real"].abs().mean()
    print(f"Satire is closer to fake on {n_fake} of {len(satire)} features "
          f"(mean |delta| to fake {mean_sf:.2f}, to real {mean_sr:.2f}).")
    print("Verdict on 'satire is more similar to fake than to real':",
          "REPRODUCED on these features" if n_fake > len(satire) / 2 and mean_sf < mean_sr
          else "NOT reproduced on these features")
    """),
    ("md", """
    ## 6. Robustness: other readability formulas and a length-normalised quote rate

    "Simpler" and "fewer quotes" depend on how they are measured. The paper reports several readability
    formulas; quote counts grow with article length, and fake bodies are shorter, so the quote rate per
    100 words separates *fewer quotes* from *shorter articles*. Same rules as the verdict table:
    """),
    ("code", """
    EXTRA = [("flesch_reading_ease", +1, "higher = easier"), ("gunning_fog", -1, "grade level"),
             ("smog_index", -1, "grade level"), ("quotes_per_100_words", -1, "quotes per 100 words")]
    rows = []
    for key, name in SETS.items():
        for feature, sign, how in EXTRA:
            s = pair_row(tests[key], feature, "fake", "real")
            rows.append({"set": name, "feature": feature, "expected if fake is simpler / quotes less":
                         ("fake higher" if sign > 0 else "fake lower") + f" ({how})",
                         "median_fake": s["median_a"], "median_real": s["median_b"], "cliffs_delta": s["delta"],
                         "p_adj": s["p_adj"], "verdict": verdict(s["delta"], s["p_adj"], sign)})
    pd.DataFrame(rows)
    """),
    ("md", """
    ## 7. Reading the results

    * **Why a finding can fail to reproduce here.** The sets are small (101 and 225 articles), so
      small effects are not significant after correction; our measures differ from the paper's
      (its proper-noun counts come from a part-of-speech tagger, and its feature definitions and
      tools are not `framing`'s; ours are named in the table, proxies marked); and `framing` measures
      the body after its boilerplate removal.
    * **Repetitiveness.** Compare the two type-token rows: the plain ratio is confounded with length
      (shorter texts have fewer repeated words simply because they are short), the moving-average
      version is not. Only the second says something about repetitive writing.
    * **Proper nouns.** Compare the two proxy rows: `title_capitalized_share` rewards Title Case
      headlines, a house-style choice; the body-informed count is closer to what the paper measured.
    * **Direction vs significance.** A "same direction, not significant" row is not evidence against
      the paper; it says this sample cannot confirm the effect. An "opposite direction" row is
      evidence against it, for this measure and this set.
    * **What this notebook does not test:** the paper's other features (stop words and nouns in titles,
      LIWC psychological categories, punctuation counts), its third data set, and its classifiers.
    """),
]
