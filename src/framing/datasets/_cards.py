"""Dataset cards: what each public dataset is, where it comes from, how to cite it.

``describe(name)`` returns a :class:`DatasetCard`; ``datasets/README.md`` is
generated from these cards (see :func:`cards_markdown`) and a test keeps the two in sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

__all__ = ["DatasetCard", "CARDS", "describe", "cards_markdown"]


@dataclass(frozen=True)
class DatasetCard:
    """A dataset card.

    Examples
    --------
    >>> from framing.datasets import describe
    >>> card = describe("buzzfeed_webis")
    >>> isinstance(card, DatasetCard) and "Potthast" in card.bibtex
    True

    Attributes
    ----------
    name, title : str
        Key used by :func:`describe` and a human title.
    loader : str
        The framing function that loads it.
    source : str
        Where the data is published (URL).
    paper : str
        The paper that introduced it.
    bibtex : str
        Citation.
    licence : str
        Licence or terms of use.
    fields : dict
        Column -> meaning, as returned by the loader.
    counts : dict
        What the loader returns on the reference copy (exact numbers).
    quirks : list of str
        Known problems and how the loader handles them.
    obtain : str
        How to get the files (downloadable by framing or not).
    """

    name: str
    title: str
    loader: str
    source: str
    paper: str
    bibtex: str
    licence: str
    fields: dict[str, str] = field(default_factory=dict)
    counts: dict[str, str] = field(default_factory=dict)
    quirks: list[str] = field(default_factory=list)
    obtain: str = ""

    def to_markdown(self) -> str:
        """The card as a Markdown section."""
        lines = [f"## {self.title} (`{self.name}`)", "",
                 f"- **Loader:** `{self.loader}`",
                 f"- **Source:** {self.source}",
                 f"- **Paper:** {self.paper}",
                 f"- **Licence / terms:** {self.licence}",
                 f"- **Obtaining it:** {self.obtain}", "",
                 "| column | meaning |", "|---|---|"]
        lines += [f"| `{k}` | {v} |" for k, v in self.fields.items()]
        lines += ["", "**Counts** (reference copy):", ""]
        lines += [f"- {k}: {v}" for k, v in self.counts.items()]
        if self.quirks:
            lines += ["", "**Known quirks:**", ""]
            lines += [f"- {q}" for q in self.quirks]
        lines += ["", "```bibtex", self.bibtex.strip(), "```", ""]
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return self.to_markdown()


_COMMON = {
    "doc_id": "unique article id",
    "outlet": "the publishing outlet",
    "text": "article body (UTF-8, LF newlines)",
}

CARDS: dict[str, DatasetCard] = {}


def _card(**kw: object) -> None:
    card = DatasetCard(**kw)  # type: ignore[arg-type]
    CARDS[card.name] = card


_card(
    name="sample", title="framing synthetic sample corpus", loader="load_sample()",
    source="bundled with the package (datasets/sample/)",
    paper="none: written for this project",
    bibtex="@misc{framing_sample, title={framing synthetic sample corpus}, note={bundled with media-framing}}",
    licence="same as the package",
    fields={**_COMMON, "title": "headline", "date": "publication date", "url": "fictional URL",
            "author": "byline", "outlet_type": "house style", "event": "fictional event",
            "annotated": "has gold spans (load_sample_gold())"},
    counts={"articles": "see datasets/sample/README.md"},
    quirks=["Fictional outlets and events: for demos, teaching and tests, not claims about real outlets."],
    obtain="always available offline.",
)

_card(
    name="horne2017", title="Horne & Adali 2017 fake / real / satire news",
    loader="fetch_horne2017(data_home=None, download_if_missing=True)",
    source="https://github.com/BenjaminDHorne/fakenewsdata1 (file Horne2017_FakeNewsData.zip)",
    paper=("Horne & Adali, \"This Just In: Fake News Packs a Lot in Title, Uses Simpler, Repetitive "
           "Content in Text Body, More Similar to Satire than Real News\", NECO workshop at ICWSM 2017, "
           "arXiv:1703.09398"),
    bibtex="""@inproceedings{horne2017just,
  author    = {Horne, Benjamin D. and Adali, Sibel},
  title     = {This Just In: Fake News Packs a Lot in Title, Uses Simpler, Repetitive Content in Text Body, More Similar to Satire than Real News},
  booktitle = {Proceedings of the 2nd International Workshop on News and Public Opinion (NECO) at ICWSM},
  year      = {2017},
  eprint    = {1703.09398},
  archivePrefix = {arXiv}
}""",
    licence=("BSD-style notice in the upstream README.txt: redistribution allowed with the notice; "
             "publications must cite the paper"),
    fields={"doc_id": "<dataset>/<label>/<file stem>", "outlet": "'unknown' (not given per article)",
            "text": "body", "title": "headline from the parallel *_titles folder",
            "dataset": "'buzzfeed' (Buzzfeed Political News) or 'random' (Random Political News)",
            "label": "fake / real / satire"},
    counts={"buzzfeed": "48 fake, 53 real", "random": "75 fake, 75 real, 75 satire",
            "total": "326 articles"},
    quirks=["Files are mostly Windows-1252 with CRLF: decoded with a cp1252 fallback (counted in the "
            "load report) and newlines normalised.",
            "The folder is spelt 'Random Poltical News Dataset' upstream.",
            "No per-article outlet; the Random set's sources are listed only in the README.",
            "The Buzzfeed set is unfiltered (includes opinion and satire-like items)."],
    obtain="downloaded on demand (0.7 MB, SHA-256 f7fc7129...8bbd), or found in FRAMING_DATA.",
)

_card(
    name="buzzfeed_webis", title="BuzzFeed-Webis Fake News Corpus 2016",
    loader="load_buzzfeed_webis(path, *, spans=False, paragraphs=True)",
    source="https://zenodo.org/record/1239675",
    paper=("Potthast, Kiesel, Reinartz, Bevendorff, Stein, \"A Stylometric Inquiry into Hyperpartisan "
           "and Fake News\", ACL 2018"),
    bibtex="""@inproceedings{potthast2018stylometric,
  author    = {Potthast, Martin and Kiesel, Johannes and Reinartz, Kevin and Bevendorff, Janek and Stein, Benno},
  title     = {A Stylometric Inquiry into Hyperpartisan and Fake News},
  booktitle = {Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (ACL)},
  pages     = {231--240},
  year      = {2018}
}""",
    licence="see the Zenodo record (research use; not redistributed by framing)",
    fields={"doc_id": "XML file stem", "outlet": "portal",
            "text": "mainText, with the space between two <paragraph> spans made a newline (offsets unchanged; "
                    "paragraphs=False keeps mainText as distributed)", "title": "title",
            "url": "uri", "author": "author", "orientation": "mainstream / left / right",
            "veracity": "mostly true / mixture of true and false / mostly false / no factual content",
            "n_quotes, n_paragraphs, n_links": "gold spans kept per article",
            "spans=True": "second return value: doc_id, start, end, kind (quote/paragraph/hyperlink), "
                          "text, href (+ framing span columns)"},
    counts={"full corpus": "1,627 articles, 9 portals",
            "reference subset (5 portals)": "858 articles: politico 424, eagle-rising 215, "
                                           "freedom-daily 98, occupy-democrats 84, the-other-98 37"},
    quirks=["Quote offsets exclude the quotation marks.",
            "223 quotes in the subset have start offset -1 (not located upstream): dropped and counted.",
            "A few paragraph spans end 1-2 characters past the text: clipped; others out of range dropped.",
            "Some mainText fields keep double-escaped HTML entities (&amp;frac12;): decoded, offsets moved.",
            "17 articles in the subset have an empty mainText (kept, flagged).",
            "Some copies carry extra constant tags (number_of_quotes, ...): ignored.",
            "mainText joins paragraphs with a single space: the loader restores the breaks from the "
            "<paragraph> offsets (824 of the 858 articles), one character for one.",
            "XML with a DTD or entity declarations is refused."],
    obtain="not downloadable by framing: get it from Zenodo and pass path=.",
)

_card(
    name="allsides", title="AllSides articles (Baly et al. 2020)",
    loader="load_allsides(path)",
    source="https://github.com/ramybaly/Article-Bias-Prediction",
    paper=("Baly, Da San Martino, Glass, Nakov, \"We Can Detect Your Bias: Predicting the Political "
           "Ideology of News Articles\", EMNLP 2020"),
    bibtex="""@inproceedings{baly2020we,
  author    = {Baly, Ramy and Da San Martino, Giovanni and Glass, James and Nakov, Preslav},
  title     = {We Can Detect Your Bias: Predicting the Political Ideology of News Articles},
  booktitle = {Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)},
  pages     = {4982--4991},
  year      = {2020}
}""",
    licence="Apache-2.0 (upstream LICENSE); article texts remain the publishers'",
    fields={"doc_id": "ID", "outlet": "source (AllSides outlet name)", "text": "content_original",
            "title": "title", "date": "date (NaT when missing)", "url": "url", "author": "authors",
            "topic": "AllSides topic", "bias": "left / center / right", "bias_code": "0 / 1 / 2",
            "source_url": "outlet home page", "split_random, split_media":
            "train / valid / test membership in the paper's random and media-based splits"},
    counts={"articles": "37,554 (left 13,005; center 10,815; right 13,734)", "sources": "491",
            "random split": "train 27,978 / valid 6,996 / test 1,300",
            "media split": "train 26,590 / valid 2,356 / test 1,300"},
    quirks=["Bias is fixed per source (AllSides rates outlets, not articles).",
            "4,407 dates are missing; a few titles/texts carry mojibake (repaired, counted).",
            "Some IDs are in no split (split columns missing there).",
            "The tokenised 'content' field is dropped (content_original is the text)."],
    obtain="not downloaded by framing (90 MB): clone the repository and pass path=.",
)

_card(
    name="nela_gt", title="NELA-GT 2018-2022",
    loader="load_nela_gt(path, *, labels=None, sources=None)",
    source="Harvard Dataverse: 2018 doi:10.7910/DVN/ULHLCB, 2019 doi:10.7910/DVN/O7FWPO, "
           "2020 doi:10.7910/DVN/CHMUYZ, 2021 doi:10.7910/DVN/RBKVBM, 2022 doi:10.7910/DVN/AMCV2H",
    paper=("Gruppi, Horne, Adali, \"NELA-GT-2020: A Large Multi-Labelled News Dataset for the Study "
           "of Misinformation in News Articles\", arXiv:2102.04567 (and the 2018/2019/2021/2022 papers)"),
    bibtex="""@misc{gruppi2021nelagt2020,
  author        = {Gruppi, Maur{\\'i}cio and Horne, Benjamin D. and Adal{\\i}, Sibel},
  title         = {NELA-GT-2020: A Large Multi-Labelled News Dataset for the Study of Misinformation in News Articles},
  year          = {2021},
  eprint        = {2102.04567},
  archivePrefix = {arXiv}
}""",
    licence="see the Dataverse records (CC BY / research terms per release); not redistributed by framing",
    fields={"doc_id": "id", "outlet": "source", "text": "content with '@' masking runs replaced",
            "title": "title (name in 2018)", "date": "date", "url": "url", "author": "author",
            "n_masked_runs, n_masked_tokens": "how much of the article was masked upstream",
            "label columns": "from labels.csv (aggregated MBFC label: 0 reliable, 1 unreliable, 2 mixed)"},
    counts={"2020": "1,779,127 articles, 519 sources", "2021": "1,856,509 articles, 367 sources",
            "2022": "1,778,361 articles, 361 sources"},
    quirks=["Copyright masking: 7 tokens replaced by '@' every 100 tokens (5 every 20 in short "
            "articles); the loader replaces each run by a space so features never count them, and "
            "reports the number of runs.",
            "Labels are source-level, collected from MBFC on one date; some sources lack a label."],
    obtain="not downloadable by framing: download the JSON or SQLite release and labels.csv, pass path=.",
)

_card(
    name="fakenewscorpus", title="FakeNewsCorpus",
    loader="load_fakenewscorpus(path=None, *, data_home=None, download_if_missing=True, nrows=None, types=None, domains=None)",
    source="https://github.com/several27/FakeNewsCorpus",
    paper="none (a GitHub release by Maciej Szpakowski)",
    bibtex="""@misc{szpakowski2018fakenewscorpus,
  author       = {Szpakowski, Maciej},
  title        = {FakeNewsCorpus},
  year         = {2018},
  howpublished = {\\url{https://github.com/several27/FakeNewsCorpus}}
}""",
    licence="Apache-2.0 repository; article texts remain the publishers'",
    fields={"doc_id": "id", "outlet": "domain", "text": "content", "title": "title", "url": "url",
            "author": "authors", "type": "OpenSources label of the domain (fake, satire, bias, "
            "conspiracy, junksci, hate, clickbait, unreliable, political, reliable, unknown)",
            "other": "scraped_at, inserted_at, updated_at, keywords, meta_keywords, "
                     "meta_description, tags, summary"},
    counts={"news_sample.csv": "250 rows", "full release": "9,408,908 articles from 745 domains"},
    quirks=["Labels are per domain, copied to every article: not article-level truth.",
            "The full CSV is about 30 GB: use types=/domains=/nrows= (read in chunks).",
            "12 of the 250 sample rows have no type (flagged in the load report).",
            "Duplicate ids are kept once (counted)."],
    obtain="the 250-row sample is downloaded on demand (SHA-256 f53cfab6...0700); the full corpus "
           "must be downloaded from the GitHub release and passed as path=.",
)

_card(
    name="liar", title="LIAR (Wang 2017)", loader="load_liar(path)",
    source="https://www.cs.ucsb.edu/~william/data/liar_dataset.zip",
    paper="Wang, \"'Liar, Liar Pants on Fire': A New Benchmark Dataset for Fake News Detection\", ACL 2017",
    bibtex="""@inproceedings{wang2017liar,
  author    = {Wang, William Yang},
  title     = {``Liar, Liar Pants on Fire'': A New Benchmark Dataset for Fake News Detection},
  booktitle = {Proceedings of the 55th Annual Meeting of the Association for Computational Linguistics (ACL)},
  pages     = {422--426},
  year      = {2017}
}""",
    licence="research use (see the dataset README); not redistributed by framing",
    fields={"doc_id": "statement id (e.g. 2635.json)", "outlet": "speaker ('unknown' if empty)",
            "text": "the statement", "label": "pants-fire / false / barely-true / half-true / "
            "mostly-true / true", "split": "train / valid / test",
            "subject, speaker, speaker_job, state, party, context": "metadata",
            "*_count": "the speaker's credit history (integers)"},
    counts={"statements": "12,836 (train 10,269 / valid 1,284 / test 1,283)"},
    quirks=["Statements, not articles: short texts, the 'outlet' is the speaker.",
            "TSV without a header and without quoting: read with quoting disabled."],
    obtain="not downloaded by framing: download liar_dataset.zip and pass the folder.",
)

_card(
    name="mbfc", title="Media Bias/Fact Check labels (Baly et al. 2018, 2020)",
    loader="fetch_mbfc(data_home=None, download_if_missing=True, *, version='emnlp18')",
    source="https://github.com/ramybaly/News-Media-Reliability (data/emnlp18/corpus.tsv, data/acl2020/corpus.tsv)",
    paper=("Baly, Karadzhov, Alexandrov, Glass, Nakov, \"Predicting Factuality of Reporting and Bias "
           "of News Media Sources\", EMNLP 2018; Baly et al., \"What Was Written vs. Who Read It\", ACL 2020"),
    bibtex="""@inproceedings{baly2018predicting,
  author    = {Baly, Ramy and Karadzhov, Georgi and Alexandrov, Dimitar and Glass, James and Nakov, Preslav},
  title     = {Predicting Factuality of Reporting and Bias of News Media Sources},
  booktitle = {Proceedings of the 2018 Conference on Empirical Methods in Natural Language Processing (EMNLP)},
  year      = {2018}
}
@inproceedings{baly2020written,
  author    = {Baly, Ramy and Karadzhov, Georgi and An, Jisun and Kwak, Haewoon and Dinkov, Yoan and Ali, Ahmed and Glass, James and Nakov, Preslav},
  title     = {What Was Written vs. Who Read It: News Media Profiling Using Text Analysis and Social Media Context},
  booktitle = {Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics (ACL)},
  year      = {2020}
}""",
    licence="no licence file upstream: research use; labels are MBFC's judgements",
    fields={"domain": "normalised domain of source_url", "source_url": "outlet URL",
            "source_url_normalized": "upstream id (not always a domain, e.g. who.int-en)",
            "mbfc_url": "the MBFC review page", "fact": "low / mixed / high",
            "bias": "emnlp18: extreme-left ... extreme-right (7 points); acl2020: left / center / right"},
    counts={"emnlp18": "1,066 sites", "acl2020": "859 sites"},
    quirks=["4 emnlp18 sites share a domain after normalisation (sub-sites): the first is used when joining.",
            "Labels were collected in 2018/2020; MBFC ratings change over time."],
    obtain="downloaded on demand (SHA-256 pinned), or found in FRAMING_DATA.",
)

_card(
    name="opensources", title="OpenSources domain list (FakeNewsCorpus copy)",
    loader="fetch_opensources(data_home=None, download_if_missing=True)",
    source="https://github.com/several27/FakeNewsCorpus (websites.csv); originally opensources.co",
    paper="none (Zimdars et al., OpenSources, 2016-2017)",
    bibtex="""@misc{opensources2017,
  author       = {Zimdars, Melissa and others},
  title        = {OpenSources: Professionally curated lists of online sources},
  year         = {2017},
  howpublished = {\\url{https://github.com/several27/FakeNewsCorpus}}
}""",
    licence="Apache-2.0 repository (the original OpenSources list was CC BY 4.0)",
    fields={"domain": "normalised domain", "type, type_2, type_3": "up to three OpenSources "
            "categories", "active": "upstream column (mostly empty)"},
    counts={"websites.csv": "1,001 rows (992 distinct domains after normalisation)"},
    quirks=["The list is from 2016-2017 and no longer maintained.",
            "Categories describe domains, not articles."],
    obtain="downloaded on demand (SHA-256 pinned), or found in FRAMING_DATA.",
)


def describe(name: str | None = None) -> DatasetCard | pd.DataFrame:
    """The card of a public dataset, or a table of all of them.

    Parameters
    ----------
    name : str, optional
        ``horne2017``, ``buzzfeed_webis``, ``allsides``, ``nela_gt``,
        ``fakenewscorpus``, ``liar``, ``mbfc``, ``opensources`` or ``sample``.
        Without it, a DataFrame with one row per dataset.

    Returns
    -------
    DatasetCard or pandas.DataFrame
        The card renders as Markdown in Jupyter and with ``print``.

    Examples
    --------
    >>> card = describe("allsides")
    >>> card.loader, card.counts["sources"]
    ('load_allsides(path)', '491')
    >>> "horne2017" in describe()["name"].tolist()
    True
    """
    if name is None:
        return pd.DataFrame([{"name": c.name, "title": c.title, "loader": c.loader,
                              "licence": c.licence, "source": c.source} for c in CARDS.values()])
    key = name.lower().replace("-", "_")
    if key not in CARDS:
        raise KeyError(f"describe({name!r}): unknown dataset; known: {sorted(CARDS)}")
    return CARDS[key]


def cards_markdown() -> str:
    """All cards as the Markdown of ``datasets/README.md``."""
    head = [
        "# Public datasets",
        "",
        "Generated from the cards returned by `framing.datasets.describe()`: "
        "`python -c \"from framing.datasets._cards import cards_markdown as m; "
        "print(m(), end='')\" > datasets/README.md`. A test keeps this file in sync with the code.",
        "",
        "Every loader returns a `framing.Corpus` with a load report (`corpus.report`). "
        "`fetch_*` functions look in `data_home` (argument, else the `FRAMING_DATA` environment "
        "variable, else `~/.cache/framing`) and download over HTTPS, with SHA-256 verification, "
        "only when the file is missing and `download_if_missing=True`. A `FRAMING_DATA` folder "
        "holding the same files (same layout) makes them work offline. Datasets framing cannot "
        "download or redistribute take `path=`.",
        "",
        "| name | loader | licence |",
        "|---|---|---|",
    ]
    head += [f"| `{c.name}` | `{c.loader}` | {c.licence} |" for c in CARDS.values()]
    head.append("")
    return "\n".join(head + [c.to_markdown() for c in CARDS.values()])
