"""Source of notebooks/05_teaching_who_speaks.ipynb (build with ``python notebooks/_build.py 05``).

A media-literacy lesson for students with no programming background: every code
cell is one to three lines and is explained in plain language before it runs.
"""

import textwrap

TITLE = "Teaching: who gets to speak? Five outlets, one event (sample corpus, no programming needed)"
REQUIRES: list[str] = []  # the bundled synthetic sample corpus only
TIMEOUT = 120

SOLUTION = "<details><summary><b>Solution</b> (try first, then click)</summary>\n\n{}\n\n</details>"


def with_solution(question: str, answer: str) -> str:
    """A markdown exercise followed by its hidden solution (both dedented here)."""
    return textwrap.dedent(question).strip() + "\n\n" + SOLUTION.format(textwrap.dedent(answer).strip())


CELLS = [
    ("md", """
    # Who gets to speak? Five news outlets, one event

    **A media-literacy lesson (about 45 minutes). No programming experience needed.**

    When something happens, every news outlet tells the story differently. Some let the people involved
    speak in their own words; others paraphrase them, or quote only the side they agree with. Some use
    neutral verbs (*said*), others loaded ones (*admitted*, *insisted*, *claimed*) that tell you what to
    think of the speaker. In this lesson you will:

    1. read how five outlets covered the **same event**, with the evidence highlighted;
    2. count what you saw across all their articles;
    3. check with statistics whether the differences are real or could be chance;
    4. think about what such measurements can and cannot tell you.

    > **Everything here is invented.** The country (the Republic of Marrovia), its people, its events and
    > its five news outlets are fictional. They were written for teaching, and their styles are
    > exaggerated on purpose so that differences are easy to see. Do not draw conclusions about real
    > outlets from them.

    **How to use this notebook.** Grey boxes contain instructions for the computer ("code"). Click a box
    and press **Shift + Enter** to run it; the result appears underneath. Run the boxes in order, from top
    to bottom. You do not need to understand the code: the text above each box says what it does.
    """),
    ("md", """
    ## Step 0: Get ready

    This box loads the tools: `pandas`, which shows tables, and `framing`, which finds quotes and
    sources in news articles.
    """),
    ("code", """
    import pandas as pd

    import framing
    from framing import compare, plot
    """),
    ("md", """
    This box sets how results look: pictures at a convenient size, long headlines shown in full.
    """),
    ("code", """
    import matplotlib.pyplot as plt

    plt.rcParams["figure.dpi"] = 72
    pd.set_option("display.max_colwidth", 100)
    """),
    ("md", """
    And this box loads the articles we will study (65 of them) and names them `corpus`.
    """),
    ("code", """
    corpus = framing.datasets.load_sample()
    """),
    ("md", """
    ## Step 1: Meet the five outlets

    The box below counts how many articles each outlet wrote. The second column says what *kind* of
    outlet it is:

    | kind | what it means |
    |---|---|
    | `wire` | a news agency that sells plain, factual reports to other outlets |
    | `public_broadcaster` | a publicly funded radio and TV service that must be balanced |
    | `partisan_blog` | an opinion website that openly takes one political side (here: against the government) |
    | `state_affiliated` | an outlet close to the government, which tends to present it favourably |
    | `tabloid` | a popular paper that aims for emotion, drama and clicks |
    """),
    ("code", """
    corpus.frame.groupby(["outlet", "outlet_type"]).size()
    """),
    ("md", """
    ## Step 2: One event, five articles

    On 3 March 2025 part of the **Ambry Bridge** in Harbourton, Marrovia's capital, fell into the river
    during the morning rush hour. All five outlets covered it. The next box picks, for each outlet, its
    **first** article about the bridge and shows the date and headline.
    """),
    ("code", """
    bridge = corpus.frame[corpus.frame["event"] == "bridge_collapse"]
    first = bridge.sort_values("date").groupby("outlet").head(1).set_index("outlet")
    first[["date", "title"]]
    """),
    ("md", with_solution("""
    ### Exercise 1: headlines

    Read the five headlines only.

    * Which headlines tell you **what happened**? Which tell you **what to think** about it?
    * Which headline puts a **politician** at the centre instead of the victims?
    * Which words are written in CAPITAL LETTERS, and why might an outlet do that?
    """, """
    * The **Continental Press Agency** (wire) and **Marrovia Public Broadcasting** describe the event:
      what collapsed, where, when.
    * **The Patriot Beacon** ("It Was Allowed To Fall") tells you someone is to blame before giving any
      evidence. **The Daily Blaze** ("HORROR ON THE AMBRY") tells you how to *feel*.
    * **Sovereign News Network** makes the Prime Minister's promise the news, not the collapse itself.
    * The Daily Blaze uses capitals to shout: they grab attention and add emotion, not information.
    """)),
    ("md", """
    ### How to read the highlighted articles

    In the next boxes the computer marks the evidence it finds in each article:

    * <span style="background:#cfe8ff">shaded text</span> is a **quote** (blue: someone's exact words;
      purple: a few quoted words inside a sentence; orange: "scare quotes" that mock a word);
    * an **underlined, coloured word** is an **attribution cue**, the verb that says who said it:
      <b style="color:#2e7d32">green</b> = neutral (*said*, *told*),
      <b style="color:#c62828">red</b> = loaded (*claimed*, *insisted*, *admitted*),
      <b style="color:#1565c0">blue</b> = relayed from another outlet (*reported by*, *cited by*);
    * a <span style="border-bottom:2px dotted #555">dotted underline</span> marks the **source**, the
      person or body who is speaking;
    * <span style="color:#999">grey text</span> is **boilerplate**: text that is not part of the story
      (disclaimers, "share this", links to other articles, comment boxes).

    Move your mouse over a mark to see details. **The computer can make mistakes**: keep your own eyes
    open.

    The first article comes from the **wire service**, the Continental Press Agency.
    """),
    ("code", """
    article = first.loc["Continental Press Agency"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", "Next, the **public broadcaster**, Marrovia Public Broadcasting."),
    ("code", """
    article = first.loc["Marrovia Public Broadcasting"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", "The **partisan blog**, The Patriot Beacon."),
    ("code", """
    article = first.loc["The Patriot Beacon"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", "The **state-affiliated** outlet, Sovereign News Network."),
    ("code", """
    article = first.loc["Sovereign News Network"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", "And the **tabloid**, The Daily Blaze."),
    ("code", """
    article = first.loc["The Daily Blaze"]
    framing.show(article["text"], title=article["title"])
    """),
    ("md", with_solution("""
    ### Exercise 2: who speaks, and how?

    Look back at the five articles.

    1. **Who is quoted** in each article: officials, experts, eyewitnesses, unnamed "sources"?
    2. Which articles let people speak **in their own words** (long shaded quotes), and which only
       quote a word or two?
    3. Find a **red** (loaded) verb. What does it suggest about the speaker that *said* would not?
    4. Which article relies on **another outlet** (blue cues) instead of its own reporting?
    5. What is **grey** in each article? Why should it not count as the journalist's writing?
    6. Find one mark you think the computer got **wrong**. What should it have been?
    """, """
    1. The wire service quotes an eyewitness (a taxi driver), the fire chief and the minister, each by
       name. The public broadcaster adds an engineering professor (an independent expert). The Patriot
       Beacon relies on an unnamed "source". Sovereign News Network quotes the government, hospital
       staff "cited by" another paper, and critics only to dismiss them.
    2. The wire service gives long direct quotes to several people. The blog quotes only a few words
       inside its own sentences, which lets the writer choose the frame around them. Sovereign News
       Network gives a long quote to the Prime Minister only; its critics get a few words, and
       "scare quotes" mock them ("independent observers").
    3. *Insisted* (The Patriot Beacon) suggests the minister is defending something doubtful. *Said*
       would leave that judgement to you.
    4. Sovereign News Network passes on what other media report (*cited by*, *told Channel 9*). Relaying
       is not wrong, but you cannot check who the original source was.
    5. The Beacon's opinion disclaimer and donation plea, the wire service's dateline and copyright line,
       the broadcaster's and the tabloid's lists of other headlines, the tabloid's comment box. It is the
       same in every article of an outlet, so it tells you *who published* the text, not how the story was
       told.
    6. There is no single answer. Typical mistakes: a pronoun (*she*) or a fragment of a sentence taken
       as the source, a verb marked as a cue that is not about speaking, an outlet's *own* interview
       ("told the Blaze") marked as relayed because `show` was not told who published the article
       (`framing.show(text, outlet="The Daily Blaze")` gets that one right, and the counts below, which
       know each article's outlet, do too). Measurements built on these marks inherit their mistakes:
       that is why we always read examples before trusting the numbers.
    """)),
    ("md", """
    ## Step 3: From reading to counting

    Five articles are anecdotes. Each outlet wrote 13 articles about five events; let the computer count
    the same things in all 65. The next box measures every article (it takes a few seconds).
    """),
    ("code", """
    features = framing.extract_features(corpus)
    """),
    ("md", """
    We focus on one measure: the **share of loaded verbs**. For each article, the computer counts the
    attribution cues (*said*, *claimed*, ...) and works out which fraction of them are loaded. Every
    measure has a written definition; here it is:
    """),
    ("code", """
    codebook = framing.describe_features().set_index("name")
    codebook.loc["share_attributions_loaded", "definition"]
    """),
    ("md", """
    The next box computes, for each outlet, the **average** share over its articles (`mean`), and a
    range of plausible values for that average (`ci_low` to `ci_high`, a 95% confidence interval: if the
    outlet wrote many more similar articles, its average would very likely fall in this range).
    """),
    ("code", """
    table = compare.profile(features, "outlet", corpus=corpus, columns=["share_attributions_loaded"])
    table[["group", "n", "mean", "ci_low", "ci_high"]].round(2)
    """),
    ("md", """
    The same in a picture: every dot is one article, the box holds the middle half of the articles, and
    the black mark with its bar is the average with its confidence interval.
    """),
    ("code", """
    plot.feature_by_group(features, x="outlet", y="share_attributions_loaded", corpus=corpus);
    """),
    ("md", with_solution("""
    ### Exercise 3

    Which outlet uses loaded verbs the most? Which outlets (almost) never use them? Does this match what
    you saw in the five bridge articles?
    """, """
    The Patriot Beacon uses the most: on average roughly a third of its attribution verbs are loaded.
    The wire service and the public broadcaster (almost) never use them: their reporters write *said*.
    The tabloid and the state-affiliated outlet are in between. This matches the bridge articles, and
    now it rests on all 13 articles of each outlet instead of one.
    """)),
    ("md", """
    ## Step 4: Is the difference real, or could it be chance?

    Each outlet has only 13 articles. Maybe the Beacon just happened to write a few angry pieces? A
    **statistical test** asks: *if the outlets did not really differ, how surprising would a difference this
    big be?* The answer is the **p-value**: a small p-value (below 0.05 by convention) means "this would
    rarely happen by chance". Because we compare many pairs of outlets at once, the p-values are
    **adjusted** (`p_adj`) so that we do not find differences just by trying often.

    A p-value does not say how **big** a difference is. For that we use an **effect size**, here
    **Cliff's delta**. Imagine picking one article from each of two outlets at random, again and again.
    Cliff's delta is *how often the first outlet's article has the higher share, minus how often it has the
    lower share*. It runs from -1 (the first outlet is always lower) through 0 (no tendency) to +1 (the
    first is always higher). A common rule of thumb: below 0.15 (ignoring the sign) is negligible, below
    0.33 small, below 0.47 medium, above that large.

    The next box tests every pair of outlets and shows the four pairs that involve the Patriot Beacon.
    """),
    ("code", """
    result = compare.test(features, "outlet", corpus=corpus, columns=["share_attributions_loaded"])
    beacon = result[result["group_b"] == "The Patriot Beacon"]
    beacon[["group_a", "group_b", "mean_a", "mean_b", "p_adj", "cliffs_delta"]].round(3)
    """),
    ("md", with_solution("""
    How to read one row: `group_a` is compared with `group_b`. `mean_a` and `mean_b` are their average
    shares. A negative `cliffs_delta` means `group_a` uses loaded verbs *less* than the Beacon.

    ### Exercise 4

    1. Is the difference between the wire service and the Beacon real (p_adj below 0.05)? Is it large?
    2. Compare that with the row for The Daily Blaze. Which difference is bigger?
    """, """
    1. Yes: the adjusted p-value is far below 0.05, and Cliff's delta is close to -1, a very large effect.
       Almost every Beacon article uses a higher share of loaded verbs than almost every wire article.
    2. The Daily Blaze row also shows a difference, but a smaller one: its delta is further from -1
       (the two outlets overlap more). Both outlets like drama; the Beacon turns it on the people it quotes.
    """)),
    ("md", """
    ## Step 5: Who gets to speak?

    Now the question in the title. For every attribution cue the computer also guesses the **type of
    source**: a named person, an official, an organisation, another media outlet, an anonymous source
    ("a source close to ...", "officials said") or a document. The next box marks all 65 articles and
    stacks the marks into one table.
    """),
    ("code", """
    marks = [framing.annotate(row.text).assign(doc_id=row.doc_id) for row in corpus.frame.itertuples()]
    marks = pd.concat(marks)
    """),
    ("md", """
    The picture shows, for each outlet, how its attributions split between the source types (each bar
    adds up to 100%).
    """),
    ("code", """
    plot.attribution_mix(marks, by="outlet", corpus=corpus);
    """),
    ("md", with_solution("""
    ### Exercise 5

    Which outlet relies most on **anonymous** sources? Which one cites **other media** most? Why might a
    reader want to know this?
    """, """
    The Patriot Beacon has the largest anonymous share; Sovereign News Network cites other media
    (the *media* share) far more than the rest. Anonymous sources cannot be checked by the reader, and
    relayed claims pass the responsibility to someone else: both ask you to trust the outlet more.
    """)),
    ("md", """
    Is the Beacon's use of anonymous sources a real difference? The next box counts anonymous sources per
    article and tests the Beacon against the wire service (same reading as in Step 4).
    """),
    ("code", """
    anon = compare.test(features, "outlet", corpus=corpus, columns=["anonymous_source_count"])
    anon[(anon["group_a"] == "Continental Press Agency") & (anon["group_b"] == "The Patriot Beacon")][
        ["mean_a", "mean_b", "p_adj", "cliffs_delta"]].round(3)
    """),
    ("md", with_solution("""
    ### Exercise 6: what does this result allow you to say?

    Look at `p_adj` and `cliffs_delta` in the last table. Can you say that the Beacon uses more anonymous
    sources than the wire service? Can you say that it does not?
    """, """
    Read the two numbers together. The effect size tells you how big the difference is *in these
    articles*; the adjusted p-value tells you whether a difference this big could easily come from chance
    with so few articles (13 per outlet).

    * If `p_adj` is below 0.05, the difference is unlikely to be chance, and Cliff's delta says how large
      it is.
    * If `p_adj` is above 0.05 (as when this lesson was written: a sizeable delta, but a p-value
      between 0.1 and 0.2), the articles point the same way as the picture but **do not prove** it:
      chance could produce such a gap with 13 articles. That is not proof that there is *no* difference either. "Not shown" is
      not "shown to be absent"; more articles would be needed.
    """)),
    ("md", """
    ## Step 6: Text that is not the story

    The grey boilerplate you saw is not reporting. The next box shows, for each outlet, the share of its
    articles that carry an **opinion disclaimer** ("the views expressed ... are those of the author").
    """),
    ("code", """
    disclaimers = compare.profile(features, "outlet", corpus=corpus, columns=["has_disclaimer"])
    disclaimers[["group", "n", "mean"]].round(2)
    """),
    ("md", with_solution("""
    ### Exercise 7

    Every article of one outlet carries the same disclaimer. Why must it be removed before we count words
    or train a computer to recognise "opinionated" writing?
    """, """
    Because it would be counted as if the journalist had written it in every article, and a computer
    would learn to spot the *disclaimer* (that is, the outlet) instead of the way the story is told. Its
    score would look impressive and mean nothing for an outlet it has never seen. `framing` removes
    boilerplate before measuring the body of an article for this reason.
    """)),
    ("md", """
    ## What these measures can and cannot tell you

    **They can**

    * show, with evidence you can read, *who* an outlet lets speak and *how* it introduces them;
    * count the same thing the same way across many articles, which no reader can do by eye;
    * tell you whether a difference between outlets is larger than chance would produce, and how large
      it is.

    **They cannot**

    * tell you whether an article is **true**: a perfectly balanced article can be wrong, and a loaded one
      right;
    * tell you **why** an outlet writes as it does (ownership, audience, habit, a single editor?);
    * be perfect: the computer misreads some sentences (you found examples in Exercise 2), so always look
      at examples before trusting a number;
    * speak for things that were not measured: what an outlet chose **not** to cover, its pictures, its
      front-page placement;
    * say anything about **real** outlets from this corpus: these five are fictional and exaggerated, and
      13 articles per outlet is a very small sample.

    ## Discussion

    1. Which of the five bridge articles would you trust most, and why? Would the numbers change your mind?
    2. Is a loaded verb always a problem? When could *admitted* be the accurate word?
    3. Pick a real news story today and find it in two outlets. Who speaks in each?

    *Teachers:* every article, outlet and event in this notebook is fictional (see the sample corpus card
    with `framing.datasets.describe("sample")`). The same analysis runs on your own articles with
    `framing.read_corpus("articles.csv")`; see `01_quickstart.ipynb`.
    """),
]
