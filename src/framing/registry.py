"""The feature registry: every feature's operational definition, and the families that compute them.

A *family* is one module that computes a group of related features from a
:class:`~framing.document.Doc`. Adding a family is one module and one call::

    register_family(Family(
        name="hashtags",
        features=(FeatureDef("hashtag_count", "hashtags", "count", "[0, inf)",
                             "Number of #hashtags in the body text.", "project-defined", "int"),),
        compute=lambda doc: {"hashtag_count": doc.text.count("#")},
    ))

:func:`describe_features` returns the codebook as a DataFrame; the docs'
feature codebook is generated from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from ._builtin import load_builtin

if TYPE_CHECKING:
    from .document import Doc

__all__ = ["FeatureDef", "Family", "register_family", "unregister_family", "get_family", "families",
           "describe_features"]

_DTYPES = ("float", "int", "bool")


@dataclass(frozen=True)
class FeatureDef:
    """The operational definition of one feature.

    Attributes
    ----------
    name : str
        Stable snake_case column name.
    family : str
        The family that computes it.
    unit : str
        E.g. ``"count"``, ``"per 100 words"``, ``"share"``, ``"grade level"``.
    range : str
        The values it can take, e.g. ``"[0, 1]"``; NaN is always possible when
        the definition is undefined (empty text) and ``definition`` says when.
    definition : str
        The formula in words.
    reference : str
        Where it comes from (paper, tool) or ``"project-defined"``.
    dtype : {"float", "int", "bool"}
        Column dtype in :func:`framing.extract_features` output.

    Examples
    --------
    >>> FeatureDef("hashtag_count", "hashtags", "count", "[0, inf)",
    ...            "Number of #hashtags in the body text.", "project-defined", "int").unit
    'count'
    """

    name: str
    family: str
    unit: str
    range: str
    definition: str
    reference: str
    dtype: str = "float"

    def __post_init__(self) -> None:
        if self.dtype not in _DTYPES:
            raise ValueError(f"FeatureDef({self.name!r}): dtype must be one of {_DTYPES}")
        if not self.name.isidentifier() or self.name != self.name.lower():
            raise ValueError(f"FeatureDef name must be snake_case, got {self.name!r}")


@dataclass(frozen=True)
class Family:
    """A group of features computed together from one :class:`~framing.document.Doc`.

    Attributes
    ----------
    name : str
        Family name used in ``extract_features(families=[...])``.
    features : tuple of FeatureDef
        What it computes, in column order.
    compute : callable
        ``compute(doc) -> mapping`` from feature name to value; must return every
        feature (NaN where undefined) and never raise on any string input.
    default : bool
        Part of the default feature set.
    uses_raw : bool
        Computed on the raw text (with boilerplate), e.g. the boilerplate family.

    Examples
    --------
    >>> fam = Family("hashtags", (FeatureDef("hashtag_count", "hashtags", "count", "[0, inf)",
    ...              "Number of #hashtags.", "project-defined", "int"),),
    ...              compute=lambda doc: {"hashtag_count": doc.text.count("#")})
    >>> fam.names
    ['hashtag_count']
    """

    name: str
    features: tuple[FeatureDef, ...]
    compute: Callable[[Doc], Mapping[str, Any]]
    default: bool = True
    uses_raw: bool = False

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.features]


_FAMILIES: dict[str, Family] = {}


def register_family(family: Family) -> Family:
    """Register (or replace) a feature family. Returns it, so it can decorate a constant.

    Examples
    --------
    >>> from framing import extract_features
    >>> fam = register_family(Family(
    ...     "hashtags",
    ...     (FeatureDef("hashtag_count", "hashtags", "count", "[0, inf)",
    ...                 "Number of # characters in the body text.", "project-defined", "int"),),
    ...     compute=lambda doc: {"hashtag_count": doc.text.count("#")},
    ...     default=False))
    >>> extract_features(["#one #two"], families="hashtags")["hashtag_count"].tolist()
    [2]
    >>> unregister_family("hashtags")

    Raises
    ------
    ValueError
        If a feature name is already taken by another family.
    """
    taken = {f.name: fam.name for fam in _FAMILIES.values() if fam.name != family.name for f in fam.features}
    for f in family.features:
        if f.name in taken:
            raise ValueError(f"feature {f.name!r} of family {family.name!r} already belongs to {taken[f.name]!r}")
        if f.family != family.name:
            raise ValueError(f"feature {f.name!r} says family {f.family!r}, registered under {family.name!r}")
    _FAMILIES[family.name] = family
    return family




def families(*, default_only: bool = False) -> list[str]:
    """Names of the registered families, in registration order.

    Examples
    --------
    >>> "quotes" in families()
    True
    """
    load_builtin()
    return [n for n, f in _FAMILIES.items() if f.default or not default_only]


def unregister_family(name: str) -> None:
    """Remove a registered family (no error if absent); for user extensions and tests.

    Examples
    --------
    >>> unregister_family("no-such-family")  # absent: nothing happens
    """
    _FAMILIES.pop(name, None)


def get_family(name: str) -> Family:
    """The family called ``name``; the error lists the known ones.

    Examples
    --------
    >>> get_family("readability").names[:2]
    ['flesch_reading_ease', 'flesch_kincaid_grade']
    """
    load_builtin()
    try:
        return _FAMILIES[name]
    except KeyError:
        raise ValueError(f"unknown feature family {name!r}; known: {list(_FAMILIES)}") from None


def resolve_families(names: Iterable[str] | str | None) -> list[Family]:
    """Families for ``names`` (``None`` = the default set)."""
    load_builtin()
    if names is None:
        return [f for f in _FAMILIES.values() if f.default]
    if isinstance(names, str):
        names = [names]
    return [get_family(n) for n in names]


def describe_features(families: Iterable[str] | str | None = None) -> pd.DataFrame:
    """The feature codebook: one row per feature with its operational definition.

    Parameters
    ----------
    families : list of str, optional
        Restrict to these families (default: every registered family).

    Returns
    -------
    pandas.DataFrame
        Columns ``name, family, unit, range, definition, reference, dtype``.

    Examples
    --------
    >>> from framing import describe_features
    >>> codebook = describe_features()
    >>> {"name", "family", "unit", "range", "definition", "reference"} <= set(codebook.columns)
    True
    """
    load_builtin()
    fams = list(_FAMILIES.values()) if families is None else resolve_families(families)
    rows = [f.__dict__ for fam in fams for f in fam.features]
    return pd.DataFrame(rows, columns=["name", "family", "unit", "range", "definition", "reference", "dtype"])
