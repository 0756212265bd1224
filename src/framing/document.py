"""One article as seen by feature families, with shared analyses computed once.

Families receive a :class:`Doc` and read what they need (``doc.words``,
``doc.sentences``, ``doc.spans``); each analysis is computed on first use and
cached, so the quotes and attribution families do not annotate twice, and the
readability and style families share one tokenisation.
"""

from __future__ import annotations

import re
from functools import cached_property

from .spans import Span, find_spans

__all__ = ["Doc", "WORD_RE", "words_of", "sentences_of"]

#: A word: letters/digits with inner apostrophes, hyphens or dots (``don't``, ``U.S.``, ``3.5``).
WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
# Sentence end: . ! ? (or …) possibly followed by closing quotes/brackets, then space + capital/quote/digit or end.
_SENT_END_RE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-Ý])|\n\s*\n")


def words_of(text: str) -> list[str]:
    """Word tokens of ``text`` (see :data:`WORD_RE`).

    Examples
    --------
    >>> words_of("The U.S. didn't pay $3.5m.")
    ['The', 'U.S', "didn't", 'pay', '3.5m']
    """
    return WORD_RE.findall(text)


def sentences_of(text: str) -> list[str]:
    """Sentences of ``text``: split at ``.!?`` before a capital, and at blank lines.

    Examples
    --------
    >>> sentences_of("One here. Two there!\\n\\nThree")
    ['One here.', 'Two there!', 'Three']
    """
    return [s.strip() for s in _SENT_END_RE.split(text) if s and s.strip()]


class Doc:
    """An article prepared for feature families.

    Parameters
    ----------
    text : str
        The text features are measured on (the body, boilerplate removed, by default).
    title : str, optional
        The headline.
    raw : str, optional
        The full text as loaded (defaults to ``text``); the boilerplate family reads it.
    outlet : str, optional
        The publishing outlet (its own name cited is not relay; see :func:`framing.annotate`).

    Examples
    --------
    >>> d = Doc("“Yes,” she said. It rained.", title="A day")
    >>> len(d.words), len(d.sentences)
    (5, 2)
    """

    def __init__(self, text: object, title: object = None, raw: object = None, outlet: object = None) -> None:
        self.text: str = text if isinstance(text, str) else ""
        self.title: str | None = title if isinstance(title, str) else None
        self.outlet: str | None = outlet if isinstance(outlet, str) else None
        self.raw: str = raw if isinstance(raw, str) else self.text
        #: False when the input was missing / not a string (features become NaN).
        self.valid: bool = isinstance(text, str)

    @cached_property
    def words(self) -> list[str]:
        """Word tokens of the body text."""
        return words_of(self.text)

    @cached_property
    def sentences(self) -> list[str]:
        """Sentences of the body text."""
        return sentences_of(self.text)

    @cached_property
    def spans(self) -> list[Span]:
        """Quote and attribution spans of the body text."""
        return find_spans(self.text, self.title, kinds=("quote", "attribution"), outlet=self.outlet)

    @cached_property
    def raw_spans(self) -> list[Span]:
        """Boilerplate spans of the raw text."""
        return find_spans(self.raw, self.title, kinds=("boilerplate",), outlet=self.outlet)
