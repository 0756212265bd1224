"""``FramingFeatures``: the feature families as a scikit-learn transformer.

Put it first in a :class:`~sklearn.pipeline.Pipeline` over raw texts, or in a
:class:`~sklearn.compose.ColumnTransformer` on a text column. It is stateless
(``fit`` only records the output columns), so it clones, pickles and
cross-validates like any transformer. Undefined values come out as NaN (e.g.
readability of a two-word text); follow it with
:class:`~sklearn.impute.SimpleImputer` or use a model that accepts NaN such as
:class:`~sklearn.ensemble.HistGradientBoostingClassifier`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from .corpus import as_text_frame
from .features import _compute_frame, feature_names
from .registry import resolve_families

__all__ = ["FramingFeatures"]


def _to_frame(X: Any) -> pd.DataFrame:
    """Normalise the accepted inputs to a frame with ``text`` (and maybe ``title``, ``text_body``)."""
    return as_text_frame(X, caller="FramingFeatures")


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Compute framing features from texts, for scikit-learn pipelines.

    Parameters
    ----------
    families : list of str, optional
        Feature families (default: every default family; see
        :func:`framing.describe_features`).
    body : bool
        Measure the body text (see :func:`framing.extract_features`).
    n_jobs : int
        Worker processes for :meth:`transform` (``-1``: every core).

    Attributes
    ----------
    feature_names_in_ : ndarray of str
        Column names seen in ``fit`` when ``X`` was a DataFrame.
    n_features_in_ : int
        Number of input columns (1 for a list or Series of texts).
    feature_names_out_ : ndarray of str
        The output columns, in order.

    Examples
    --------
    >>> from framing import FramingFeatures
    >>> ff = FramingFeatures(families=["style"]).fit(["A text."])
    >>> X = ff.transform(["We may win!", "No."])
    >>> X.shape, X[0, list(ff.get_feature_names_out()).index("hedge_rate")]
    ((2, 14), np.float64(33.333333333333336))
    >>> ff.set_output(transform="pandas").transform(["We may win!"]).columns[0]
    'hedge_rate'
    """

    def __init__(self, families: Iterable[str] | str | None = None, body: bool = True, n_jobs: int = 1) -> None:
        self.families = families
        self.body = body
        self.n_jobs = n_jobs

    def _family_names(self) -> list[str] | None:
        fams = self.families
        if fams is None:
            return None
        return [fams] if isinstance(fams, str) else list(fams)

    def fit(self, X: Any, y: Any = None) -> FramingFeatures:
        """Record the output columns (the transformer has nothing to learn).

        Parameters
        ----------
        X : iterable of str, Series, DataFrame with a ``text`` column, Corpus or 1-column array
            The texts.
        y : ignored

        Returns
        -------
        FramingFeatures
            ``self``.
        """
        frame = _to_frame(X)
        if isinstance(X, pd.DataFrame):
            self.feature_names_in_ = np.asarray([str(c) for c in X.columns], dtype=object)
            self.n_features_in_ = X.shape[1]
        else:
            self.n_features_in_ = 1
        del frame
        self.feature_names_out_ = np.asarray(feature_names(self._family_names()), dtype=object)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Features of each text as a float array (NaN where undefined; booleans as 0/1).

        Parameters
        ----------
        X : iterable of str, Series, DataFrame with a ``text`` column, Corpus or 1-column array
            The texts.

        Returns
        -------
        ndarray of shape (n_texts, n_features)
            A DataFrame instead after ``set_output(transform="pandas")``.
        """
        if not hasattr(self, "feature_names_out_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("FramingFeatures is not fitted yet; call fit (or fit_transform) first.")
        frame = _to_frame(X)
        fams = resolve_families(self._family_names())
        out = _compute_frame(frame, fams, body=self.body, n_jobs=self.n_jobs, chunksize=None, progress=False)
        return out.astype("float64").to_numpy(dtype=np.float64, na_value=np.nan)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Output column names (stable snake_case feature names).

        Returns
        -------
        ndarray of str
        """
        if not hasattr(self, "feature_names_out_"):
            return np.asarray(feature_names(self._family_names()), dtype=object)
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.input_tags.allow_nan = True
        tags.requires_fit = True
        tags.transformer_tags.preserves_dtype = []
        return tags

    def _more_tags(self) -> dict[str, Any]:  # scikit-learn < 1.6
        return {"X_types": ["string"], "stateless": True, "allow_nan": True}
