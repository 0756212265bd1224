"""Bundled and public datasets, each returned as a :class:`~framing.Corpus`.

``load_sample()`` returns the synthetic sample corpus that ships with the
package (see ``datasets/sample/README.md`` for its card).
"""

from __future__ import annotations

from ._sample import load_sample, load_sample_gold

__all__ = ["load_sample", "load_sample_gold"]
