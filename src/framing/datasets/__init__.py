"""Bundled and public datasets, each returned as a :class:`~framing.Corpus`.

``load_sample()`` returns the synthetic sample corpus that ships with the
package (see ``datasets/sample/README.md`` for its card). The other loaders
read public corpora in their original layouts; ``describe(name)`` returns each
dataset's card (source, paper, BibTeX, licence, fields, counts, quirks).

``fetch_*`` functions find their files in ``data_home`` (argument, else the
``FRAMING_DATA`` environment variable, else a per-user cache folder) and
download them over HTTPS with SHA-256 verification only when missing and
``download_if_missing=True``. ``load_*(path)`` functions read data framing
cannot download or redistribute; their errors say where to get it.
"""

from __future__ import annotations

from ._allsides import load_allsides
from ._buzzfeed import load_buzzfeed_webis
from ._cards import DatasetCard, describe
from ._fetch import get_data_home
from ._horne import fetch_horne2017
from ._labels import fetch_mbfc, fetch_opensources, join_outlet_labels
from ._nela import load_nela_gt
from ._sample import load_sample, load_sample_gold
from ._tabular import load_fakenewscorpus, load_folder_of_txt, load_liar

__all__ = [
    "load_sample",
    "load_sample_gold",
    "fetch_horne2017",
    "load_buzzfeed_webis",
    "load_allsides",
    "load_nela_gt",
    "load_fakenewscorpus",
    "load_liar",
    "load_folder_of_txt",
    "fetch_mbfc",
    "fetch_opensources",
    "join_outlet_labels",
    "describe",
    "DatasetCard",
    "get_data_home",
]
