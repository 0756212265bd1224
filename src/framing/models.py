"""Classifiers over framing features and text, with leakage-aware evaluation.

The trap this module guards against: with random train/test splits a model can
score well by recognising *outlets* (their boilerplate, bylines, house
vocabulary) instead of learning anything about framing, because articles of the
same outlet land on both sides of the split and carry the same outlet-level
label. Here the honest evaluation is the default and the inflated one is shown
next to it:

- :func:`make_pipeline` builds a scikit-learn pipeline over articles
  (framing features, TF-IDF of the body text, or both; LogisticRegression by
  default).
- :func:`evaluate` cross-validates with outlet-disjoint folds by default
  (``split="outlet"``) and **refuses** a custom or predefined split that puts
  an outlet on both sides; it reports per-fold scores and the mean with a
  confidence interval, next to two baselines (``majority`` and
  ``outlet_identity``, a model that sees only the outlet name).
- :func:`compare_splits` runs the random, outlet-disjoint and time splits side
  by side, so the leakage gap is one table.
- :func:`leakage_probe` asks how much of the target boilerplate alone, or the
  outlet-identifying edges of an article alone, predict.
- :func:`explain` joins model coefficients with the feature definitions of
  :func:`framing.describe_features` and measures permutation importance on
  held-out data.
- :func:`save` / :func:`load` persist fitted models with skops, which rebuilds
  objects from an allow-list of types instead of running pickle's arbitrary
  code on load.

Plots: ``framing.plot.coefficients`` and ``framing.plot.confusion``.
"""

from __future__ import annotations

import logging
import math
import re
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    f1_score,
    precision_score,
    recall_score,
)
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, TimeSeriesSplit
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from .corpus import Corpus

__all__ = [
    "FEATURE_SETS",
    "TFIDF_DEFAULTS",
    "TRUSTED_TYPES",
    "BodyText",
    "Tfidf",
    "LeakageReport",
    "LeakySplitError",
    "DegenerateSplitWarning",
    "DegenerateSplitError",
    "OutletIdentity",
    "UntrustedTypesError",
    "make_pipeline",
    "model_families",
    "evaluate",
    "compare_splits",
    "leakage_probe",
    "explain",
    "save",
    "load",
]

logger = logging.getLogger(__name__)

#: The feature sets :func:`make_pipeline` and :func:`evaluate` know.
FEATURE_SETS = ("framing", "tfidf", "both")
#: Baseline models that :func:`evaluate` and :func:`compare_splits` always report.
BASELINES = ("majority", "outlet_identity")
#: TF-IDF settings used unless ``tfidf=`` overrides them: unigrams, words seen in
#: at least two articles and at most 90% of them, sublinear term frequency, at
#: most 50,000 terms, float32 to halve memory.
TFIDF_DEFAULTS: dict[str, Any] = {
    "lowercase": True,
    "strip_accents": "unicode",
    "ngram_range": (1, 1),
    "min_df": 2,
    "max_df": 0.9,
    "max_features": 50_000,
    "sublinear_tf": True,
    "dtype": np.float32,
}
DEFAULT_SCORING = ("accuracy", "f1_macro", "balanced_accuracy")


class LeakySplitError(ValueError):
    """A split meant to be outlet-disjoint puts the same outlet in train and test.

    Examples
    --------
    >>> issubclass(LeakySplitError, ValueError)  # catch it as a ValueError too
    True
    """


class DegenerateSplitWarning(UserWarning):
    """An evaluation has folds whose scores mean little (a class in fewer than two outlets, single-class test folds).

    Filter it like any warning, e.g.
    ``warnings.simplefilter("error", DegenerateSplitWarning)`` to stop on it.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error", DegenerateSplitWarning)  # stop on it
    """


class DegenerateSplitError(ValueError):
    """Raised instead of :class:`DegenerateSplitWarning` when ``evaluate(..., on_degenerate="raise")``.

    Examples
    --------
    >>> issubclass(DegenerateSplitError, ValueError)
    True
    """


class UntrustedTypesError(ValueError):
    """A saved model holds types outside the allow-list; :func:`load` will not build them.

    Examples
    --------
    >>> issubclass(UntrustedTypesError, ValueError)
    True
    """


# ------------------------------------------------------------------ metrics
def _f1_macro(y_true: Any, y_pred: Any) -> float:
    return float(f1_score(y_true, y_pred, average="macro", zero_division=0))


def _f1_weighted(y_true: Any, y_pred: Any) -> float:
    return float(f1_score(y_true, y_pred, average="weighted", zero_division=0))


def _precision_macro(y_true: Any, y_pred: Any) -> float:
    return float(precision_score(y_true, y_pred, average="macro", zero_division=0))


def _recall_macro(y_true: Any, y_pred: Any) -> float:
    return float(recall_score(y_true, y_pred, average="macro", zero_division=0))


def _balanced_accuracy(y_true: Any, y_pred: Any) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "y_pred contains classes not in y_true"
        return float(balanced_accuracy_score(y_true, y_pred))


_METRICS: dict[str, Callable[[Any, Any], float]] = {
    "accuracy": lambda t, p: float(accuracy_score(t, p)),
    "f1_macro": _f1_macro,
    "balanced_accuracy": _balanced_accuracy,
    "f1_weighted": _f1_weighted,
    "precision_macro": _precision_macro,
    "recall_macro": _recall_macro,
}
_METRIC_ALIASES = {"macro_f1": "f1_macro", "macro-f1": "f1_macro", "f1-macro": "f1_macro",
                   "balanced_acc": "balanced_accuracy", "acc": "accuracy"}


def _resolve_scoring(scoring: Any) -> dict[str, Callable[[Any, Any], float]]:
    if isinstance(scoring, str) or callable(scoring):
        scoring = [scoring]
    out: dict[str, Callable[[Any, Any], float]] = {}
    for s in scoring:
        if callable(s):
            out[getattr(s, "__name__", "metric")] = s
            continue
        key = _METRIC_ALIASES.get(str(s).lower(), str(s).lower())
        if key not in _METRICS:
            raise ValueError(f"unknown metric {s!r}; known: {sorted(_METRICS)} "
                             "or a function metric(y_true, y_pred) -> float.")
        out[key] = _METRICS[key]
    if not out:
        raise ValueError("scoring must name at least one metric.")
    return out


# --------------------------------------------------------------- pipelines
def _body_texts(frame: pd.DataFrame, body: bool) -> list[str]:
    """The text each article is modelled on (one rule for the whole library: :func:`framing.compare.body_texts`)."""
    from .compare import body_texts

    return body_texts(frame, body=body)


class BodyText(TransformerMixin, BaseEstimator):
    """Select the text a TF-IDF model reads: the article body, boilerplate removed.

    Stateless. Given a DataFrame (or Corpus) it returns the ``text_body`` column
    when present (made by :class:`framing.BoilerplateDetector`), else the pattern
    layer's ``framing.boilerplate.body_text(text, title)`` (the raw ``text`` with
    ``body=False``); see :func:`framing.compare.body_texts`. Given texts it returns
    them as they are. Missing values become ``""``.

    Parameters
    ----------
    body : bool
        Strip boilerplate (default) or keep the raw text.

    Examples
    --------
    >>> BodyText().fit_transform(["One text.", None])
    ['One text.', '']
    """

    def __init__(self, body: bool = True) -> None:
        self.body = body

    def fit(self, X: Any, y: Any = None) -> BodyText:
        """Nothing to learn; returns ``self``."""
        return self

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """One output: the text (so pipelines can name the vectoriser's columns)."""
        return np.asarray(["text"], dtype=object)

    def transform(self, X: Any) -> list[str]:
        """The texts to vectorise, one string per article."""
        if isinstance(X, Corpus):
            X = X._frame
        if isinstance(X, pd.DataFrame):
            if "text" not in X.columns and "text_body" not in X.columns:
                raise ValueError(f"BodyText: the DataFrame needs a 'text' column; got {list(X.columns)}.")
            if "text" not in X.columns:
                return [v if isinstance(v, str) else "" for v in X["text_body"].tolist()]
            return _body_texts(X, self.body)
        if isinstance(X, str):
            raise TypeError("BodyText takes an iterable of texts, not one string; wrap it in a list.")
        return [v if isinstance(v, str) else "" for v in X]


def _default_estimator(random_state: int | None) -> LogisticRegression:
    return LogisticRegression(max_iter=2000, class_weight="balanced", random_state=random_state)


def _numeric_steps() -> Pipeline:
    return Pipeline([
        ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
        ("scale", StandardScaler()),
    ])


class Tfidf(TfidfVectorizer):
    """:class:`~sklearn.feature_extraction.text.TfidfVectorizer` that still fits on a handful of articles.

    Same parameters. When the corpus is so small that ``min_df`` and ``max_df``
    exclude every term (e.g. ``min_df=2``, ``max_df=0.9`` on two articles), it
    fits with ``min_df=1, max_df=1.0`` instead and logs a warning, rather than
    raising. The parameters themselves are left as given.

    Examples
    --------
    >>> Tfidf(min_df=2, max_df=0.9).fit(["one text", "another one"]).vocabulary_["one"]
    1
    """

    def _fit_with(self, method: Callable[..., Any], raw_documents: Any, y: Any) -> Any:
        docs = list(raw_documents)
        try:
            return method(docs, y)
        except ValueError as err:
            if "no terms remain" not in str(err) and "max_df corresponds" not in str(err):
                raise
        logger.warning("min_df=%r/max_df=%r leave no terms in %d documents: TF-IDF fitted with "
                       "min_df=1, max_df=1.0", self.min_df, self.max_df, len(docs))
        saved = self.min_df, self.max_df
        self.min_df, self.max_df = 1, 1.0
        try:
            return method(docs, y)
        finally:
            self.min_df, self.max_df = saved

    def fit(self, raw_documents: Any, y: Any = None) -> Tfidf:
        """Learn vocabulary and idf (see the scikit-learn class)."""
        return self._fit_with(super().fit, raw_documents, y)

    def fit_transform(self, raw_documents: Any, y: Any = None) -> Any:
        """Learn vocabulary and idf, return the document-term matrix."""
        return self._fit_with(super().fit_transform, raw_documents, y)


def _tfidf(tfidf: dict[str, Any] | None) -> Tfidf:
    return Tfidf(**{**TFIDF_DEFAULTS, **(tfidf or {})})


def model_families(families: Iterable[str] | str | None = None) -> list[str]:
    """Feature families a classifier uses: ``families`` as given, or by default every default
    family except those measured on the raw text (``uses_raw``, i.e. boilerplate counts).

    Boilerplate counts describe an outlet's page template, not how the story is
    framed; in a classifier they are an outlet fingerprint, the very leak this
    module guards against. Ask for them explicitly (``families=[..., "boilerplate"]``)
    to study them.

    Examples
    --------
    >>> "boilerplate" in model_families()
    False
    >>> model_families("style")
    ['style']
    """
    from .registry import resolve_families

    if families is not None:
        return [families] if isinstance(families, str) else list(families)
    return [f.name for f in resolve_families(None) if not f.uses_raw]


def _check_features(features: str) -> str:
    if features not in FEATURE_SETS:
        raise ValueError(f"features must be one of {FEATURE_SETS}, got {features!r}.")
    return features


def make_pipeline(
    features: str = "framing",
    estimator: Any = None,
    *,
    families: Iterable[str] | str | None = None,
    body: bool = True,
    tfidf: dict[str, Any] | None = None,
    n_jobs: int = 1,
    random_state: int | None = 0,
) -> Pipeline:
    """A classifier over articles: framing features, TF-IDF of the body text, or both.

    The pipeline takes a Corpus, a DataFrame with a ``text`` column (``title``
    and ``text_body`` are used when present) or a list of texts. Its steps are
    ``features`` (a :class:`~sklearn.pipeline.FeatureUnion` with a ``framing``
    and/or a ``tfidf`` branch) and ``clf``:

    - ``framing``: :class:`framing.FramingFeatures` -> median imputation of
      undefined values -> standardisation (coefficients are per standard deviation);
    - ``tfidf``: :class:`BodyText` -> :class:`~sklearn.feature_extraction.text.TfidfVectorizer`
      with :data:`TFIDF_DEFAULTS`.

    Parameters
    ----------
    features : {"framing", "tfidf", "both"}
        What the model sees.
    estimator : classifier, optional
        Default: ``LogisticRegression(max_iter=2000, class_weight="balanced")``.
    families : list of str, optional
        Feature families for the framing branch (default: :func:`model_families`,
        the default set without the raw-text boilerplate counts).
    body : bool
        Model the body text (boilerplate removed; default) or the raw text.
    tfidf : dict, optional
        Overrides for :data:`TFIDF_DEFAULTS`, e.g. ``{"ngram_range": (1, 2)}``.
    n_jobs : int
        Worker processes for feature extraction.
    random_state : int, optional
        Seed of the default estimator.

    Returns
    -------
    sklearn.pipeline.Pipeline

    Examples
    --------
    >>> from framing.models import make_pipeline
    >>> texts = ["We must act now! Outrage!", "The council met on Tuesday.",
    ...          "Shocking! They lied again!", "The report was published today."]
    >>> model = make_pipeline("both", families="style").fit(texts, ["hyper", "main", "hyper", "main"])
    >>> list(model.named_steps)
    ['features', 'clf']
    >>> model.predict(["Outrage! They lied!"]).tolist()
    ['hyper']
    """
    _check_features(features)
    branches = []
    if features in ("framing", "both"):
        from .transformer import FramingFeatures

        branches.append(("framing", Pipeline([
            ("extract", FramingFeatures(families=model_families(families), body=body, n_jobs=n_jobs)),
            *_numeric_steps().steps,
        ])))
    if features in ("tfidf", "both"):
        branches.append(("tfidf", Pipeline([("text", BodyText(body=body)), ("vectorize", _tfidf(tfidf))])))
    est = _default_estimator(random_state) if estimator is None else clone(estimator)
    return Pipeline([("features", FeatureUnion(branches)), ("clf", est)])


class OutletIdentity(ClassifierMixin, BaseEstimator):
    """The ``outlet_identity`` baseline: a model that sees only the outlet name.

    Outlets seen in training: a balanced LogisticRegression on the one-hot
    outlet. Outlets **never seen** in training (every test outlet of an
    outlet-disjoint split): the most frequent training class, exactly what the
    ``majority`` baseline predicts. A one-hot of an unknown outlet is all zeros,
    so a plain one-hot model would predict whatever class its intercept
    favours, which can look like a perfect baseline on a single-class test
    fold; this makes "knowing the outlet" worth exactly nothing on unseen
    outlets, as it should be.

    Parameters
    ----------
    column : str
        Column of ``X`` (a DataFrame) holding the outlet; a 1-D sequence of
        outlet names is accepted too.
    random_state : int, optional
        Seed of the LogisticRegression.

    Examples
    --------
    >>> import pandas as pd
    >>> X = pd.DataFrame({"outlet": ["a", "a", "b", "c", "c", "c"]})
    >>> m = OutletIdentity(column="outlet").fit(X, ["L", "L", "R", "R", "R", "R"])
    >>> m.predict(pd.DataFrame({"outlet": ["a", "unseen"]})).tolist()
    ['L', 'R']
    """

    def __init__(self, column: str = "__group__", random_state: int | None = 0) -> None:
        self.column = column
        self.random_state = random_state

    def _outlets(self, X: Any) -> pd.DataFrame:
        if isinstance(X, pd.DataFrame):
            col = X[self.column]
        else:
            col = pd.Series(list(X))
        return pd.DataFrame({"outlet": [str(v) for v in col.tolist()]})

    def fit(self, X: Any, y: Any) -> OutletIdentity:
        """Learn each training outlet's class and the training majority class."""
        Z = self._outlets(X)
        ct = ColumnTransformer([("outlet", OneHotEncoder(handle_unknown="ignore"), ["outlet"])])
        self.model_ = Pipeline([("features", ct), ("clf", _default_estimator(self.random_state))]).fit(Z, y)
        self.majority_ = DummyClassifier(strategy="most_frequent").fit(Z, y)
        self.seen_ = frozenset(Z["outlet"])
        self.classes_ = self.model_.classes_
        return self

    def predict(self, X: Any) -> np.ndarray:
        """Per-outlet class for seen outlets, the training majority class for unseen ones."""
        Z = self._outlets(X)
        seen = Z["outlet"].isin(self.seen_).to_numpy()
        out = np.empty(len(Z), dtype=np.asarray(self.classes_).dtype)  # wide enough for every class label
        if (~seen).any():
            out[~seen] = self.majority_.predict(Z[~seen])
        if seen.any():
            out[seen] = self.model_.predict(Z[seen])
        return out


def _cv_model(name: str, feature_cols: list[str], estimator: Any, tfidf: dict[str, Any] | None,
              random_state: int | None) -> Any:
    """The model :func:`evaluate` fits per fold, over pre-extracted columns.

    Framing features are a fixed function of each article (``FramingFeatures``
    learns nothing), so they are extracted once; everything that learns from
    data (imputer, scaler, TF-IDF vocabulary and weights, classifier) is fitted
    inside each training fold. The branches and settings are those of
    :func:`make_pipeline`.
    """
    if name == "majority":
        return DummyClassifier(strategy="most_frequent")
    if name == "outlet_identity":
        return OutletIdentity(random_state=random_state)
    parts: list[tuple[str, Any, Any]] = []
    if name in ("framing", "both"):
        parts.append(("framing", _numeric_steps(), feature_cols))
    if name in ("tfidf", "both"):
        parts.append(("tfidf", _tfidf(tfidf), "__text__"))
    est = _default_estimator(random_state) if estimator is None else clone(estimator)
    return Pipeline([("features", ColumnTransformer(parts)), ("clf", est)])


# ----------------------------------------------------------------- inputs
def _frame_of(corpus: Any) -> pd.DataFrame:
    if isinstance(corpus, Corpus):
        return corpus._frame
    if isinstance(corpus, pd.DataFrame):
        if "text" not in corpus.columns:
            raise ValueError(f"the DataFrame has no 'text' column (columns: {list(corpus.columns)}); "
                             "load it with framing.read_corpus(df, text=...) first.")
        return corpus.reset_index(drop=True)
    raise TypeError(f"expected a framing.Corpus or a DataFrame, got {type(corpus).__name__}.")


def _target_values(frame: pd.DataFrame, target: Any) -> pd.Series:
    if isinstance(target, str):
        if target not in frame.columns:
            raise ValueError(f"target column {target!r} not found; columns: {[str(c) for c in frame.columns]}.")
        y = frame[target]
    else:
        y = pd.Series(list(target) if not isinstance(target, pd.Series) else target.to_numpy())
        if len(y) != len(frame):
            raise ValueError(f"target has {len(y)} values but the corpus has {len(frame)} rows.")
    y = pd.Series(y.to_numpy(dtype=object), index=frame.index, name=str(getattr(target, "name", target)))
    return y


def _group_values(frame: pd.DataFrame, groups: Any) -> pd.Series | None:
    if groups is None:
        return None
    if isinstance(groups, str):
        if groups not in frame.columns:
            raise ValueError(f"groups column {groups!r} not found; columns: {[str(c) for c in frame.columns]}.")
        g = frame[groups]
    else:
        g = pd.Series(list(groups))
        if len(g) != len(frame):
            raise ValueError(f"groups has {len(g)} values but the corpus has {len(frame)} rows.")
    return pd.Series([str(v) if v is not None and v == v else "<missing>" for v in g.tolist()],
                     index=frame.index, dtype=object)


def _valid_mask(y: pd.Series) -> np.ndarray:
    return ~y.map(lambda v: v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))).to_numpy(bool)


def _check_classes(y: np.ndarray, target: Any) -> None:
    classes = pd.unique(y)
    if len(classes) < 2:
        only = classes[0] if len(classes) else "nothing"
        raise ValueError(f"target {target!r} has only one class ({only!r}) among labelled articles; "
                         "a classifier needs at least two.")


# ------------------------------------------------------------------- splits
def _folds_from_spec(cv: Any, frame: pd.DataFrame, y: np.ndarray, g: np.ndarray | None,
                     valid: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """User-given folds (column name, splitter or index pairs) as positions among valid rows."""
    n = len(frame)
    pos_of = np.full(n, -1)
    pos_of[valid] = np.arange(int(valid.sum()))
    if isinstance(cv, str):
        if cv not in frame.columns:
            raise ValueError(f"cv={cv!r}: no such column; give a column with 'train'/'test' values, "
                             "a splitter or a list of (train, test) index arrays.")
        role = frame[cv].astype(object).map(lambda v: str(v).lower() if isinstance(v, str) else "").to_numpy()
        pairs = [(np.flatnonzero(role == "train"), np.flatnonzero(role == "test"))]
        if not len(pairs[0][0]) or not len(pairs[0][1]):
            raise ValueError(f"cv={cv!r}: the column needs rows marked 'train' and rows marked 'test'.")
    elif hasattr(cv, "split"):
        idx = np.flatnonzero(valid)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="The groups parameter is ignored")
            raw = list(cv.split(np.zeros(len(idx)), y, g))
        return [(np.asarray(a), np.asarray(b)) for a, b in raw]
    else:
        try:
            pairs = [(np.asarray(a, dtype=int), np.asarray(b, dtype=int)) for a, b in cv]
        except (TypeError, ValueError):
            raise ValueError("cv must be an int, a column name, a scikit-learn splitter or an iterable of "
                             "(train_indices, test_indices) pairs.") from None
        if not pairs:
            raise ValueError("cv gave no folds.")
    out = []
    for tr, te in pairs:
        if len(tr) and (tr.min() < 0 or tr.max() >= n) or len(te) and (te.min() < 0 or te.max() >= n):
            raise ValueError(f"cv indices must be row positions in 0..{n - 1}.")
        tr, te = pos_of[tr], pos_of[te]
        out.append((tr[tr >= 0], te[te >= 0]))
    return out


def _make_folds(split: str, cv: Any, frame: pd.DataFrame, y: np.ndarray, g: np.ndarray | None,
                valid: np.ndarray, random_state: int | None) -> tuple[list[tuple[np.ndarray, np.ndarray]], str]:
    """Folds as positions into the valid rows, and a note on how they were made."""
    if split not in ("outlet", "random", "time", "predefined"):
        raise ValueError(f"split must be 'outlet', 'random', 'time' or 'predefined', got {split!r}.")
    is_int = isinstance(cv, (int, np.integer)) and not isinstance(cv, bool)
    if split == "predefined" and is_int:
        raise ValueError("split='predefined' needs cv=<column with 'train'/'test' values> or a list of "
                         "(train_indices, test_indices) pairs.")
    if is_int and cv < 2 and split != "time":
        raise ValueError(f"cv must be at least 2, got {cv}.")
    if split == "outlet":
        if g is None:
            raise ValueError("split='outlet' needs groups= (the outlet column).")
        n_groups = len(pd.unique(g))
        if n_groups < 2:
            raise ValueError(f"split='outlet' needs at least two outlets in groups; found {n_groups}. "
                             "With one outlet, outlet-disjoint evaluation is impossible: use split='random' "
                             "and read the score as within-outlet.")
        if not is_int:
            folds = _folds_from_spec(cv, frame, y, g, valid)
            _refuse_leaks(folds, g)
            return folds, "user-given folds, checked outlet-disjoint"
        if n_groups < cv:
            raise ValueError(f"split='outlet' with cv={cv} needs at least {cv} outlets; found {n_groups}. "
                             f"Use cv={n_groups} (leave one outlet out).")
        levels = pd.DataFrame({"g": g, "y": y}).groupby("g")["y"].nunique()
        outlet_level = bool((levels <= 1).all())
        splitter = StratifiedGroupKFold(n_splits=cv, shuffle=True, random_state=random_state)
        folds = list(splitter.split(np.zeros(len(y)), y, g))
        _refuse_leaks(folds, g)
        how = ("StratifiedGroupKFold (labels are outlet-level)" if outlet_level
               else "StratifiedGroupKFold (labels vary within outlets)")
        return folds, how
    if split == "random":
        if not is_int:
            return _folds_from_spec(cv, frame, y, g, valid), "user-given folds"
        counts = pd.Series(y).value_counts()
        if counts.min() < cv:
            logger.warning("class %r has only %d articles, fewer than cv=%d folds", counts.idxmin(),
                           counts.min(), cv)
        splitter = StratifiedKFold(n_splits=cv, shuffle=True, random_state=random_state)
        return list(splitter.split(np.zeros(len(y)), y)), "StratifiedKFold (random articles)"
    if split == "time":
        if "date" not in frame.columns:
            raise ValueError("split='time' needs a 'date' column.")
        if not is_int:
            raise ValueError("split='time' takes an int cv (the number of forward-chaining folds).")
        dates = pd.to_datetime(frame["date"], errors="coerce").to_numpy()[valid]
        has = ~pd.isna(dates)
        if has.sum() < cv + 1:
            raise ValueError(f"split='time' needs at least {cv + 1} dated articles; found {int(has.sum())}.")
        dated = np.flatnonzero(has)
        order = dated[np.argsort(dates[has], kind="stable")]
        splitter = TimeSeriesSplit(n_splits=cv)
        folds = [(order[a], order[b]) for a, b in splitter.split(order)]
        missing = int((~has).sum())
        return folds, ("TimeSeriesSplit (train on earlier articles, test on the next period)"
                       + (f"; {missing} undated articles left out" if missing else ""))
    folds = _folds_from_spec(cv, frame, y, g, valid)
    return folds, "predefined folds"


def _refuse_leaks(folds: list[tuple[np.ndarray, np.ndarray]], g: np.ndarray) -> None:
    for i, (tr, te) in enumerate(folds):
        shared = sorted(set(g[tr]) & set(g[te]))
        if shared:
            shown = ", ".join(map(repr, shared[:10])) + (f" and {len(shared) - 10} more" if len(shared) > 10 else "")
            raise LeakySplitError(
                f"fold {i + 1} puts {len(shared)} outlet(s) in both train and test ({shown}), so it does not "
                "measure generalisation to unseen outlets: the model can score by recognising the outlet. "
                "Use split='outlet' with an int cv (outlet-grouped folds), or pass split='random' / "
                "'predefined' to evaluate this split knowingly as a within-outlet score."
            )


# ---------------------------------------------------------------- scoring
def _ci(scores: np.ndarray, confidence: float) -> tuple[float, float]:
    s = scores[~np.isnan(scores)]
    if len(s) < 2:
        return math.nan, math.nan
    from scipy import stats

    half = stats.t.ppf(0.5 + confidence / 2, len(s) - 1) * s.std(ddof=1) / math.sqrt(len(s))
    return float(s.mean() - half), float(s.mean() + half)


def _bootstrap_ci(y_true: np.ndarray, y_pred: np.ndarray, groups: np.ndarray | None, metric: Callable[..., float],
                  confidence: float, n_boot: int, seed: int | None) -> tuple[float, float]:
    """Percentile interval resampling test outlets (cluster bootstrap) or, without groups, articles."""
    rng = np.random.default_rng(seed)
    if groups is not None and len(pd.unique(groups)) >= 2:
        codes, uniq = pd.factorize(groups)
        members = [np.flatnonzero(codes == k) for k in range(len(uniq))]
        draws = (np.concatenate([members[k] for k in rng.integers(0, len(uniq), len(uniq))]) for _ in range(n_boot))
    else:
        draws = (rng.integers(0, len(y_true), len(y_true)) for _ in range(n_boot))
    vals = np.array([metric(y_true[d], y_pred[d]) for d in draws])
    a = (1 - confidence) / 2
    return float(np.quantile(vals, a)), float(np.quantile(vals, 1 - a))


# ------------------------------------------------------------- extraction
def _framing_matrix(frame: pd.DataFrame, families: Any, body: bool, n_jobs: int,
                    precomputed: pd.DataFrame | None) -> pd.DataFrame:
    if precomputed is not None:
        if not isinstance(precomputed, pd.DataFrame):
            raise TypeError("precomputed must be a DataFrame of framing features (framing.extract_features output).")
        if "doc_id" in frame.columns and set(frame["doc_id"]) <= set(precomputed.index.astype(str)):
            out = precomputed.copy()
            out.index = out.index.astype(str)
            out = out.loc[frame["doc_id"].astype(str).to_numpy()]
        elif len(precomputed) == len(frame):
            out = precomputed
        else:
            raise ValueError("precomputed features must be indexed by doc_id (covering every article) "
                             "or have one row per article in corpus order.")
        num = out.select_dtypes(include=["number", "bool", "boolean"])
        from .features import feature_names

        wanted = [c for c in feature_names(model_families(families)) if c in num.columns]
        if wanted:
            num = num[wanted]
        return num.astype("float64").reset_index(drop=True)
    from .transformer import FramingFeatures

    ff = FramingFeatures(families=model_families(families), body=body, n_jobs=n_jobs).fit(frame)
    arr = ff.transform(frame)
    return pd.DataFrame(arr, columns=[str(c) for c in ff.get_feature_names_out()])


def _model_inputs(frame: pd.DataFrame, names: Sequence[str], g: np.ndarray | None, *, families: Any,
                  body: bool, n_jobs: int, precomputed: pd.DataFrame | None) -> tuple[pd.DataFrame, list[str]]:
    parts: dict[str, Any] = {}
    feature_cols: list[str] = []
    if any(n in ("framing", "both") for n in names):
        fm = _framing_matrix(frame, families, body, n_jobs, precomputed)
        feature_cols = list(fm.columns)
        parts.update({c: fm[c].to_numpy() for c in feature_cols})
    if any(n in ("tfidf", "both") for n in names):
        parts["__text__"] = np.asarray(_body_texts(frame, body), dtype=object)
    parts["__group__"] = np.asarray(g if g is not None else ["<none>"] * len(frame), dtype=object)
    return pd.DataFrame(parts), feature_cols


# --------------------------------------------------------------- evaluate
def _summary_ci(arr: np.ndarray, m: str, fn: Callable[..., float], all_true: list[np.ndarray],
                all_pred: list[np.ndarray], all_groups: list[np.ndarray], confidence: float, n_boot: int,
                random_state: int | None) -> tuple[float, float, str]:
    done = arr[~np.isnan(arr)]
    if len(done) >= 2:
        lo, hi = _ci(arr, confidence)
        if m in _METRICS:  # built-in metrics live in [0, 1]
            lo, hi = max(lo, 0.0), min(hi, 1.0)
        return lo, hi, "t over folds"
    if len(done) == 1 and n_boot > 0:
        lo, hi = _bootstrap_ci(np.concatenate(all_true), np.concatenate(all_pred),
                               np.concatenate(all_groups) if all_groups else None, fn, confidence,
                               n_boot, random_state)
        return lo, hi, "bootstrap over test outlets" if all_groups else "bootstrap over test articles"
    return math.nan, math.nan, ""


def _run(X: pd.DataFrame, y: np.ndarray, g: np.ndarray | None, folds: list[tuple[np.ndarray, np.ndarray]],
         names: Sequence[str], *, feature_cols: list[str], estimator: Any, tfidf: dict[str, Any] | None,
         metrics: dict[str, Callable[..., float]], random_state: int | None, split: str, how: str,
         confidence: float, n_boot: int, keep_predictions: bool,
         ) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    rows: list[dict[str, Any]] = []
    preds: list[pd.DataFrame] = []
    est_name = "LogisticRegression" if estimator is None else type(estimator).__name__
    est_of = {"majority": "DummyClassifier", "outlet_identity": "OutletIdentity"}
    for name in names:
        fold_scores: dict[str, list[float]] = {m: [] for m in metrics}
        all_true, all_pred, all_groups = [], [], []
        n_not_fitted = n_single = n_unseen = n_degenerate = 0
        for k, (tr, te) in enumerate(folds, start=1):
            base = {"split": split, "model": name, "estimator": est_of.get(name, est_name),
                    "fold": str(k), "n_train": len(tr), "n_test": len(te),
                    "shared_groups": (len(set(g[tr]) & set(g[te])) if g is not None else pd.NA),
                    "degenerate": False, "note": ""}
            note, degenerate = "", True
            if len(te) == 0:
                note = "not fitted: empty test fold"
            elif len(pd.unique(y[tr])) < 2:
                note = "not fitted: training fold has one class: no model can be fitted"
            elif name == "outlet_identity" and g is None:
                note, degenerate = "no groups: outlet identity unavailable", False
            if note:
                logger.warning("%s / %s fold %d skipped: %s", split, name, k, note)
                n_not_fitted += degenerate
                n_degenerate += degenerate
                for m in metrics:
                    fold_scores[m].append(math.nan)
                    rows.append({**base, "metric": m, "score": math.nan, "fit_seconds": math.nan,
                                 "degenerate": degenerate, "note": note})
                continue
            model = _cv_model(name, feature_cols, estimator, tfidf, random_state)
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", category=UserWarning)
                model.fit(X.iloc[tr], y[tr])
                fit_s = time.perf_counter() - t0
                pred = np.asarray(model.predict(X.iloc[te]))
            notes = []
            unseen = sorted(map(str, set(y[te]) - set(y[tr])))
            if unseen:
                notes.append(f"test classes never seen in training: {', '.join(unseen)}")
                n_unseen += 1
            if len(pd.unique(y[te])) < 2:
                notes.append("single class in test fold (test fold has one class)")
                n_single += 1
            if name == "outlet_identity" and g is not None and not (set(g[te]) & set(g[tr])):
                notes.append("test outlets unseen in training: predicts the training majority class")
            base["degenerate"] = bool(unseen) or len(pd.unique(y[te])) < 2
            n_degenerate += base["degenerate"]
            base["note"] = "; ".join(notes)
            for m, fn in metrics.items():
                s = float(fn(y[te], pred))
                fold_scores[m].append(s)
                rows.append({**base, "metric": m, "score": s, "fit_seconds": fit_s})
            all_true.append(y[te])
            all_pred.append(pred)
            if g is not None:
                all_groups.append(g[te])
            if keep_predictions:
                preds.append(pd.DataFrame({"split": split, "model": name, "fold": str(k), "row": te,
                                           "y_true": y[te], "y_pred": pred}))
        flags = []
        if n_degenerate:
            flags.append(f"{n_degenerate} of {len(folds)} folds degenerate")
            parts = [f"{n_not_fitted} not fitted (excluded from the mean)" if n_not_fitted else "",
                     f"{n_single} with a single class in the test fold" if n_single else "",
                     f"{n_unseen} with test classes unseen in training" if n_unseen else ""]
            flags[-1] += " (" + ", ".join(p for p in parts if p) + ")"
        if n_single and all_true:
            flags.append("see the fold='pooled' row")
        fit_mean = {m: float(np.nanmean([r["fit_seconds"] for r in rows if r["model"] == name
                                         and r["split"] == split and r["fold"] not in ("mean", "pooled")
                                         and r["metric"] == m] or [math.nan])) for m in metrics}
        for m, fn in metrics.items():
            arr = np.asarray(fold_scores[m], dtype=float)
            done = arr[~np.isnan(arr)]
            lo, hi, ci_how = _summary_ci(arr, m, fn, all_true, all_pred, all_groups, confidence, n_boot,
                                         random_state)
            note = "; ".join([f"{how}; CI: {ci_how}" if ci_how else how, *flags])
            rows.append({"split": split, "model": name, "estimator": est_of.get(name, est_name), "fold": "mean",
                         "n_train": int(np.mean([len(a) for a, _ in folds])),
                         "n_test": int(np.mean([len(b) for _, b in folds])),
                         "shared_groups": pd.NA, "metric": m,
                         "score": float(done.mean()) if len(done) else math.nan,
                         "ci_low": lo, "ci_high": hi, "folds_scored": int(len(done)),
                         "fit_seconds": fit_mean[m], "degenerate": bool(n_degenerate), "note": note})
        if n_single and all_true:
            # one meaningful number: score all out-of-fold predictions together
            yt, yp = np.concatenate(all_true), np.concatenate(all_pred)
            gp = np.concatenate(all_groups) if all_groups else None
            left_out = sum(len(te) for tr, te in folds) - len(yt)
            one = len(pd.unique(yt)) < 2
            note = (f"pooled out-of-fold predictions of {len(all_true)} fitted folds ({len(yt)} articles"
                    + (f"; {left_out} articles of not-fitted folds left out" if left_out else "") + ")"
                    + ("; the pooled test set still has a single class: no meaningful score" if one else "")
                    + (f"; CI: bootstrap over test {'outlets' if gp is not None else 'articles'}" if n_boot else ""))
            for m, fn in metrics.items():
                lo = hi = math.nan
                if n_boot > 0:
                    lo, hi = _bootstrap_ci(yt, yp, gp, fn, confidence, n_boot, random_state)
                rows.append({"split": split, "model": name, "estimator": est_of.get(name, est_name),
                             "fold": "pooled", "n_train": int(np.mean([len(a) for a, _ in folds])),
                             "n_test": len(yt), "shared_groups": pd.NA, "metric": m, "score": float(fn(yt, yp)),
                             "ci_low": lo, "ci_high": hi, "folds_scored": len(all_true),
                             "fit_seconds": fit_mean[m], "degenerate": one, "note": note})
    cols = ["split", "model", "estimator", "metric", "fold", "score", "ci_low", "ci_high", "folds_scored",
            "n_train", "n_test", "shared_groups", "fit_seconds", "degenerate", "note"]
    out = pd.DataFrame(rows).reindex(columns=cols)
    out["shared_groups"] = out["shared_groups"].astype("Int64")
    out["folds_scored"] = out["folds_scored"].astype("Int64")
    out["degenerate"] = out["degenerate"].astype(bool)
    return out, (pd.concat(preds, ignore_index=True) if preds else None)


def _thin_classes(y: np.ndarray, g: np.ndarray) -> dict[str, int]:
    """Classes found in fewer than two outlets, with their outlet counts."""
    n = pd.DataFrame({"y": y, "g": g}).groupby("y", sort=True)["g"].nunique()
    return {str(k): int(v) for k, v in n.items() if v < 2}


def _degenerate_message(target: Any, thin: dict[str, int], y: np.ndarray, g: np.ndarray) -> str:
    owner = pd.DataFrame({"y": y.astype(str), "g": g}).groupby("y")["g"].first()
    listed = ", ".join(f"{c!r} (only outlet: {owner[c]!r})" for c in thin)
    return (f"split='outlet' cannot give a meaningful score for {target!r}: class(es) {listed} appear in fewer "
            "than two outlets. The fold that holds such an outlet out has no example of its class to train on "
            "(not fitted, or the class is never predicted), and every other test fold lacks that class, so "
            "per-fold macro-F1 / balanced accuracy and their mean say nothing about unseen outlets (a majority "
            "baseline can score 1.0 or 0.0 by construction). Instead: read the fold='pooled' row (all "
            "out-of-fold predictions scored together), collect at least two outlets per class, or use "
            "split='predefined' holding out outlets of the other classes only (the one-outlet class is then "
            "seen in training, so read it as transfer to unseen outlets of those classes), and report "
            "split='random' only as a within-outlet score.")


def _names(features: str | Sequence[str], baselines: bool) -> list[str]:
    fs = [features] if isinstance(features, str) else list(features)
    for f in fs:
        _check_features(f)
    return [*dict.fromkeys(fs), *(BASELINES if baselines else ())]


def evaluate(
    corpus: Corpus | pd.DataFrame,
    target: str,
    *,
    groups: str | None = "outlet",
    split: str = "outlet",
    cv: Any = 5,
    features: str | Sequence[str] = "framing",
    estimator: Any = None,
    scoring: Any = DEFAULT_SCORING,
    random_state: int | None = 0,
    families: Iterable[str] | str | None = None,
    body: bool = True,
    tfidf: dict[str, Any] | None = None,
    precomputed: pd.DataFrame | None = None,
    baselines: bool = True,
    confidence: float = 0.95,
    n_boot: int = 500,
    n_jobs: int = 1,
    return_predictions: bool = False,
    on_degenerate: str = "warn",
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Cross-validate a classifier of ``target`` with a split that cannot reward memorising outlets.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles, with the ``target`` column (rows where it is missing are left out).
    target : str
        Column to predict, e.g. ``"bias"`` or ``"orientation"``.
    groups : str, optional
        Column naming each article's outlet (default ``"outlet"``).
    split : {"outlet", "random", "time", "predefined"}
        ``"outlet"`` (default): outlet-disjoint folds (StratifiedGroupKFold);
        a user-given ``cv`` is checked and **refused** (:class:`LeakySplitError`)
        if any outlet appears in both train and test. ``"random"``: stratified
        folds over articles (the inflated, within-outlet score). ``"time"``:
        forward chaining over ``date`` (train on earlier articles, test on the
        next period; undated articles left out). ``"predefined"``: the folds in
        ``cv``, used as given.
    cv : int, str, splitter or list of (train, test) index arrays
        Number of folds, or a column whose values mark rows ``"train"`` /
        ``"test"`` (other values are left out), or a scikit-learn splitter, or
        explicit row positions.
    features : {"framing", "tfidf", "both"} or a list of them
        Feature sets to evaluate, each a row group ``model`` in the result.
    estimator : classifier, optional
        Default: balanced LogisticRegression (see :func:`make_pipeline`).
    scoring : sequence of str or callables
        Default accuracy, macro-F1 (``f1_macro``) and balanced accuracy; also
        ``f1_weighted``, ``precision_macro``, ``recall_macro`` or a function
        ``metric(y_true, y_pred)``.
    random_state : int, optional
        Seed for fold assignment, the estimator and the bootstrap.
    families, body, tfidf
        As in :func:`make_pipeline`.
    precomputed : DataFrame, optional
        Framing features already extracted (``framing.extract_features`` output,
        indexed by ``doc_id``), to skip extraction.
    baselines : bool
        Add ``majority`` (most frequent class) and ``outlet_identity`` (a model
        that sees only the outlet name) rows. Default True.
    confidence : float
        Level of the interval around the mean (t interval over folds; with a
        single fold, a bootstrap over test outlets).
    n_boot : int
        Bootstrap resamples for single-fold intervals.
    n_jobs : int
        Processes for feature extraction.
    return_predictions : bool
        Also return the out-of-fold predictions (columns ``split, model, fold,
        row, y_true, y_pred``; ``row`` is the position in the corpus).
    on_degenerate : {"warn", "raise", "ignore"}
        What to do when the folds cannot give a meaningful score (see Notes):
        ``"warn"`` (default) emits a :class:`DegenerateSplitWarning` and flags
        the rows; ``"raise"`` raises :class:`DegenerateSplitError` before
        anything is fitted when ``split="outlet"`` and a class found in only
        one outlet would be in a test fold but not its training fold;
        ``"ignore"`` only flags the rows.

    Returns
    -------
    pandas.DataFrame
        One row per (model, metric, fold) with ``fold`` = ``"1"``, ``"2"``, ...
        and one row per (model, metric) with ``fold="mean"`` carrying
        ``ci_low``/``ci_high`` (the mean of the fitted folds only). When some
        test fold has a single class, also one ``fold="pooled"`` row per
        (model, metric): the metric over all out-of-fold predictions of the
        fitted folds. ``shared_groups`` counts outlets present in both train
        and test of a fold (0 for an outlet-disjoint fold). ``degenerate``
        (bool) and ``note`` flag folds that were not fitted (one class in
        training), have a single class in the test fold, or test classes never
        seen in training; the mean row is ``degenerate`` if any fold is, and its
        note counts them.

    Raises
    ------
    ValueError
        Missing target or groups column, a target with one class, fewer than two
        outlets for ``split="outlet"``, a bad ``cv``.
    LeakySplitError
        ``split="outlet"`` with folds that share an outlet between train and test.
    DegenerateSplitError
        Only with ``on_degenerate="raise"`` (see above).

    Warns
    -----
    DegenerateSplitWarning
        ``split="outlet"`` and a class is found in fewer than two outlets (the
        message names the classes and says what to do instead), or any fold is
        degenerate.

    Notes
    -----
    Degenerate splits: when a class comes from a single outlet (e.g.
    "mainstream" = one outlet), outlet-disjoint folds either lack that class in
    training (not fitted) or in test (a single-class test fold, where
    macro-F1 and balanced accuracy measure only the share of one class
    predicted right). Averaging such folds gives a number that means nothing,
    so the mean row is flagged and the ``fold="pooled"`` row scores all
    out-of-fold predictions together. The pooled score is still a statement
    about held-out outlets, but read it with the per-fold rows: if the pooled
    test set itself has one class (the one-outlet class was never tested), it
    is flagged ``degenerate`` too.

    Fold scores are not independent (training sets overlap), so the t interval
    is approximate and tends to be too narrow; read it as a guide to
    fold-to-fold spread, not an exact coverage guarantee.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.models import evaluate
    >>> rows = [{"doc_id": f"{o}{i}", "outlet": o, "side": side,
    ...          "text": ("Outrage! They lied! " if side == "hyper" else "The council met. ") * 3}
    ...         for o, side in [("a", "hyper"), ("b", "hyper"), ("c", "main"), ("d", "main")]
    ...         for i in range(6)]
    >>> res = evaluate(pd.DataFrame(rows), "side", cv=2, features="tfidf")
    >>> res.query("fold == 'mean' and metric == 'accuracy'").set_index("model")["score"].round(2).to_dict()
    {'tfidf': 1.0, 'majority': 0.5, 'outlet_identity': 0.5}
    """
    frame = _frame_of(corpus)
    names = _names(features, baselines)
    metrics = _resolve_scoring(scoring)
    if split == "outlet" and groups is None:
        raise ValueError("split='outlet' needs groups= (the outlet column).")
    y_all = _target_values(frame, target)
    g_all = _group_values(frame, groups)
    valid = _valid_mask(y_all)
    if not valid.any():
        raise ValueError(f"target {target!r} has no labelled articles.")
    if (~valid).any():
        logger.info("left out %d articles with no %r label", int((~valid).sum()), target)
    # infer_objects: integer labels must reach scikit-learn as ints, not as an object array
    y = pd.Series(y_all.to_numpy(dtype=object)[valid]).infer_objects().to_numpy()
    _check_classes(y, target)
    g = g_all.to_numpy(dtype=object)[valid] if g_all is not None else None
    if on_degenerate not in ("warn", "raise", "ignore"):
        raise ValueError(f"on_degenerate must be 'warn', 'raise' or 'ignore', got {on_degenerate!r}.")
    folds, how = _make_folds(split, cv, frame, y, g, valid, random_state)
    warned = False
    if split == "outlet" and g is not None:
        thin = _thin_classes(y, g)
        only_test = {str(c) for tr, te in folds for c in set(y[te]) - set(y[tr])}
        thin = {c: n for c, n in thin.items() if c in only_test}
        if thin:
            msg = _degenerate_message(target, thin, y, g)
            if on_degenerate == "raise":
                raise DegenerateSplitError(msg)
            if on_degenerate == "warn":
                warnings.warn(msg, DegenerateSplitWarning, stacklevel=2)
                warned = True
    sub = frame.loc[valid].reset_index(drop=True)
    pre = precomputed
    if pre is not None and "doc_id" not in sub.columns and len(pre) == len(frame):
        pre = pre.iloc[np.flatnonzero(valid)]
    X, feature_cols = _model_inputs(sub, names, g, families=families, body=body, n_jobs=n_jobs, precomputed=pre)
    table, preds = _run(X, y, g, folds, names, feature_cols=feature_cols, estimator=estimator, tfidf=tfidf,
                        metrics=metrics, random_state=random_state, split=split, how=how,
                        confidence=confidence, n_boot=n_boot, keep_predictions=return_predictions)
    folds_rows = table[~table["fold"].isin(["mean", "pooled"])]
    if on_degenerate != "ignore" and not warned and folds_rows["degenerate"].any():
        bad = folds_rows.loc[folds_rows["degenerate"], "fold"].nunique()
        warnings.warn(f"split={split!r}: {bad} of {len(folds)} folds are degenerate for {target!r} (not fitted, "
                      "a single class in the test fold, or test classes unseen in training; see the 'note' "
                      "column), so the fold='mean' score says little. Use fewer folds, more outlets per class, "
                      "or the fold='pooled' row when present.", DegenerateSplitWarning, stacklevel=2)
    if return_predictions:
        if preds is not None:
            preds["row"] = np.flatnonzero(valid)[preds["row"].to_numpy()]
        else:
            preds = pd.DataFrame(columns=["split", "model", "fold", "row", "y_true", "y_pred"])
        return table, preds
    return table


def compare_splits(
    corpus: Corpus | pd.DataFrame,
    target: str,
    *,
    features: str | Sequence[str] = "framing",
    groups: str = "outlet",
    splits: Sequence[str] | None = None,
    cv: int = 5,
    summary: bool = True,
    **kwargs: Any,
) -> pd.DataFrame:
    """The leakage gap in one table: random vs outlet-disjoint (vs time) evaluation.

    Framing features are extracted once and shared by every split.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles with the ``target`` column.
    target : str
        Column to predict.
    features : str or list of str
        Feature sets (``"framing"``, ``"tfidf"``, ``"both"``).
    groups : str
        Outlet column.
    splits : list of str, optional
        Default ``["random", "outlet"]`` plus ``"time"`` when a ``date`` column
        has values.
    cv : int
        Folds per split.
    summary : bool
        True (default): one row per split, model and metric (the ``fold="mean"``
        rows) with a ``gap`` column (random minus this split), ``pooled_score``
        (the ``fold="pooled"`` score where :func:`evaluate` made one, else NaN)
        and the ``degenerate`` / ``note`` columns. False: every row.
    **kwargs
        Passed to :func:`evaluate` (``scoring``, ``estimator``, ``random_state``, ...).

    Returns
    -------
    pandas.DataFrame
        Columns ``split, model, metric, score, ci_low, ci_high, ...``; ``model``
        always includes the baselines ``"majority"`` and ``"outlet_identity"``.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.models import compare_splits
    >>> rows = [{"doc_id": f"{o}{i}", "outlet": o, "side": side, "text": f"Report {o}{i} from {o}."}
    ...         for o, side in [("ab", "L"), ("cd", "L"), ("ef", "R"), ("gh", "R")] for i in range(6)]
    >>> t = compare_splits(pd.DataFrame(rows), "side", features="tfidf", cv=2)
    >>> acc = t[t["metric"] == "accuracy"].pivot_table(index="model", columns="split", values="score")
    >>> acc.loc["outlet_identity"].to_dict()  # knowing the outlet is perfect only on seen outlets
    {'outlet': 0.5, 'random': 1.0}
    """
    kwargs.pop("baselines", None)
    kwargs.pop("return_predictions", None)
    frame = _frame_of(corpus)
    if splits is None:
        splits = ["random", "outlet"]
        if "date" in frame.columns and pd.to_datetime(frame["date"], errors="coerce").notna().sum() > cv:
            splits.append("time")
    names = _names(features, False)
    if any(n in ("framing", "both") for n in names) and kwargs.get("precomputed") is None:
        kwargs["precomputed"] = _framing_matrix(frame, kwargs.get("families"), kwargs.get("body", True),
                                                kwargs.get("n_jobs", 1), None)
    tables = [evaluate(frame, target, features=names, groups=groups, split=s, cv=cv, **kwargs) for s in splits]
    out = pd.concat(tables, ignore_index=True)
    if not summary:
        return out
    pooled = out[out["fold"] == "pooled"].set_index(["split", "model", "metric"])["score"]
    out = out[out["fold"] == "mean"].drop(columns=["fold", "shared_groups"]).reset_index(drop=True)
    out.insert(out.columns.get_loc("ci_high") + 1, "pooled_score",
               pooled.reindex(pd.MultiIndex.from_frame(out[["split", "model", "metric"]])).to_numpy(dtype=float)
               if len(pooled) else math.nan)
    rnd = out[out["split"] == "random"].set_index(["model", "metric"])["score"]
    key = pd.MultiIndex.from_frame(out[["model", "metric"]])
    out["gap"] = rnd.reindex(key).to_numpy() - out["score"].to_numpy() if len(rnd) else math.nan
    return out


# ----------------------------------------------------------- leakage probe
_WORDS_RE = re.compile(r"\S+")


def _edges(text: str, lines: int, words: int) -> str:
    """First and last ``lines`` non-empty lines, each cut to ``words`` words from the outer edge."""
    if not isinstance(text, str) or not text:
        return ""
    ls = [ln for ln in text.splitlines() if ln.strip()]
    head = [" ".join(_WORDS_RE.findall(ln)[:words]) for ln in ls[:lines]]
    tail = [" ".join(_WORDS_RE.findall(ln)[-words:]) for ln in ls[-lines:]] if len(ls) > lines else []
    return " ".join(head + tail)


def _outlet_name(name: str) -> str:
    core = re.sub(r"\s*\([^)]*\)", "", name)
    core = re.split(r"\s+[-–—]\s+", core)[0]
    return core.strip()


def _mention_tokens(texts: list[str], outlets: Iterable[str]) -> list[str]:
    """``outletmention<k>`` tokens for each known outlet name a text mentions (case-sensitive, whole words)."""
    names = sorted({n for n in (_outlet_name(o) for o in outlets) if len(n) >= 3}, key=len, reverse=True)
    if not names:
        return [""] * len(texts)
    index = {n: i for i, n in enumerate(names)}
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    out = []
    for t in texts:
        found = {index[m.group(0)] for m in rx.finditer(t)} if t else set()
        out.append(" ".join(f"outletmention{i}" for i in sorted(found)))
    return out


def _cue_texts(frame: pd.DataFrame, lines: int, words: int, mentions: bool) -> list[str]:
    texts = [v if isinstance(v, str) else "" for v in frame["text"].tolist()]
    cues = [_edges(t, lines, words) for t in texts]
    if "author" in frame.columns:
        authors = ["" if not isinstance(a, str) else "byline " + a for a in frame["author"].tolist()]
        cues = [f"{c} {a}" for c, a in zip(cues, authors, strict=True)]
    if mentions and "outlet" in frame.columns:
        ment = _mention_tokens(texts, pd.unique(frame["outlet"].astype(str)))
        cues = [f"{c} {m}" for c, m in zip(cues, ment, strict=True)]
    return cues


def _boilerplate_texts(corpus: Any, frame: pd.DataFrame, detector: Any) -> tuple[list[str] | None, str]:
    if "boilerplate" in frame.columns:
        col = frame["boilerplate"]
        src = "the corpus' boilerplate column"
    else:
        try:
            from .boilerplate import BoilerplateDetector  # type: ignore[attr-defined]
        except ImportError:
            return None, "framing.boilerplate is not available"
        det = detector if detector is not None else BoilerplateDetector()
        c = corpus if isinstance(corpus, Corpus) else Corpus(frame)
        col = det.fit_transform(c)["boilerplate"]
        src = f"{type(det).__name__} fitted on this corpus"

    def as_text(v: Any) -> str:
        if isinstance(v, str):
            return v
        if isinstance(v, (list, tuple, np.ndarray)):
            return " ".join(str(x) for x in v)
        return ""

    return [as_text(v) for v in col.tolist()], src


@dataclass
class LeakageReport:
    """What :func:`leakage_probe` found.

    Attributes
    ----------
    table : DataFrame
        Mean scores per probe (``boilerplate``, ``outlet_cues``, ``majority``),
        split and metric, with CIs.
    verdict : str
        The finding in plain language.
    risk : {"high", "moderate", "low", "unknown"}
        How much the probes predict beyond chance under the random split.
    notes : list of str
        What was skipped and how the probe texts were made.

    Examples
    --------
    >>> r = LeakageReport(pd.DataFrame(), "Boilerplate alone predicts the target.", "high")
    >>> str(r)
    'Boilerplate alone predicts the target.'
    """

    table: pd.DataFrame
    verdict: str
    risk: str
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.verdict + ("\n" + "\n".join(f"- {n}" for n in self.notes) if self.notes else "")

    def _repr_html_(self) -> str:
        from .html import esc

        tab = self.table[self.table["metric"] == "balanced_accuracy"] if "metric" in self.table else self.table
        rows = "".join(
            f"<tr><td>{esc(r.probe)}</td><td>{esc(r.split)}</td><td class='num'>{r.score:.3f}</td></tr>"
            for r in tab.itertuples()
        )
        notes = "".join(f"<li>{esc(n)}</li>" for n in self.notes)
        return (f"<div class='framing-card'><h3>Leakage probe: {esc(self.risk)} risk</h3><p>{esc(self.verdict)}</p>"
                f"<table><tr><th>probe</th><th>split</th><th>balanced accuracy</th></tr>{rows}</table>"
                f"<ul class='muted'>{notes}</ul></div>")


def leakage_probe(
    corpus: Corpus | pd.DataFrame,
    target: str,
    *,
    groups: str = "outlet",
    cv: int = 5,
    splits: Sequence[str] = ("random", "outlet"),
    detector: Any = None,
    lines: int = 2,
    words: int = 30,
    mentions: bool = True,
    random_state: int | None = 0,
    tfidf: dict[str, Any] | None = None,
) -> LeakageReport:
    """How much of ``target`` can be predicted from text that only identifies the outlet?

    Two probes, each a TF-IDF + LogisticRegression model evaluated like
    :func:`evaluate`:

    - ``boilerplate``: only the boilerplate of each article (the ``boilerplate``
      column of the corpus if present, else from
      ``framing.BoilerplateDetector().fit_transform(corpus)``);
    - ``outlet_cues``: only the edges of each article (first and last ``lines``
      lines, at most ``words`` words each, where datelines, bylines, sign-offs
      and promotions sit), the ``author`` field, and which known outlet names
      the text mentions.

    If they predict the target well above chance under a random split, a model
    evaluated that way can score by recognising outlets; the outlet-disjoint
    score shows how much of that survives on unseen outlets.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles with ``target`` and ``groups`` columns.
    target : str
        Column to predict.
    groups : str
        Outlet column.
    cv : int
        Folds per split.
    splits : sequence of str
        Splits to run (default random and outlet).
    detector : BoilerplateDetector, optional
        A configured detector (default settings otherwise).
    lines, words : int
        Size of the article edges used by the ``outlet_cues`` probe.
    mentions : bool
        Add outlet-name mention tokens to ``outlet_cues``.
    random_state : int, optional
        Seed.
    tfidf : dict, optional
        Overrides for the probes' TF-IDF settings.

    Returns
    -------
    LeakageReport
        ``.table``, ``.verdict`` (plain language), ``.risk``, ``.notes``.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.models import leakage_probe
    >>> rows = [{"doc_id": f"{o}{i}", "outlet": o, "side": side,
    ...          "text": f"Story {i} about the budget.\\nMore on {i}.\\nSubscribe to {o} daily"}
    ...         for o, side in [("Ahoy", "L"), ("Bravo", "L"), ("Cosmo", "R"), ("Delta", "R")]
    ...         for i in range(8)]
    >>> rep = leakage_probe(pd.DataFrame(rows), "side", cv=2)
    >>> rep.risk
    'high'
    """
    frame = _frame_of(corpus)
    notes: list[str] = []
    probes: dict[str, list[str]] = {}
    bp, src = _boilerplate_texts(corpus, frame, detector)
    if bp is None:
        notes.append(f"boilerplate probe skipped: {src}.")
    elif not any(t.strip() for t in bp):
        notes.append(f"boilerplate probe skipped: no boilerplate found ({src}).")
    else:
        probes["boilerplate"] = bp
        notes.append(f"boilerplate text from {src}.")
    probes["outlet_cues"] = _cue_texts(frame, lines, words, mentions)
    notes.append(f"outlet cues: first/last {lines} lines (at most {words} words each)"
                 + (", author field" if "author" in frame.columns else "")
                 + (", mentions of known outlet names" if mentions else "") + ".")
    params = {"min_df": 1, "max_df": 1.0, **(tfidf or {})}
    tables = []
    degenerate: set[str] = set()
    for split in splits:
        first = True
        for probe, texts in probes.items():
            df = pd.DataFrame({"doc_id": frame["doc_id"] if "doc_id" in frame.columns else np.arange(len(frame)),
                               "text": np.asarray(texts, dtype=object), "text_body": np.asarray(texts, dtype=object),
                               groups: frame[groups] if groups in frame.columns else None,
                               "__target__": _target_values(frame, target).to_numpy(dtype=object)})
            if split == "time" and "date" in frame.columns:
                df["date"] = frame["date"].to_numpy()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    t = evaluate(df, "__target__", groups=groups, split=split, cv=cv, features="tfidf",
                                 tfidf=params, baselines=first, random_state=random_state, n_boot=0)
                except ValueError as err:
                    if "empty vocabulary" not in str(err):
                        raise
                    notes.append(f"{probe} probe ({split}): no usable words.")
                    continue
            folds = t[~t["fold"].isin(["mean", "pooled"]) & (t["model"] == "tfidf")]
            if folds["degenerate"].any():
                degenerate.add(split)
            t = t[t["fold"] == "mean"].copy()
            t["model"] = t["model"].replace({"tfidf": probe})
            tables.append(t[t["model"] != "outlet_identity"] if not first else t)
            first = False
    table = pd.concat(tables, ignore_index=True).rename(columns={"model": "probe"})
    table = table[["probe", "split", "metric", "score", "ci_low", "ci_high", "n_train", "n_test", "note"]]
    y = _target_values(frame, target)
    n_classes = len(pd.unique(y[_valid_mask(y)]))
    risk, verdict = _verdict(table, target, n_classes)
    for split in sorted(degenerate):
        notes.append(f"{split} split: some folds had a single class in training or test (few outlets per "
                     "class), so its scores say little; see evaluate(..., split='outlet') fold notes.")
    return LeakageReport(table=table.reset_index(drop=True), verdict=verdict, risk=risk, notes=notes)


def _verdict(table: pd.DataFrame, target: str, n_classes: int) -> tuple[str, str]:
    chance = 1.0 / max(n_classes, 1)
    ba = table[(table["metric"] == "balanced_accuracy") & table["probe"].isin(["boilerplate", "outlet_cues"])]
    rnd = ba[ba["split"] == "random"].dropna(subset=["score"])
    if rnd.empty:
        return "unknown", "The probes could not be scored (see notes)."
    best = rnd.loc[rnd["score"].idxmax()]
    lift = (best["score"] - chance) / (1 - chance) if chance < 1 else 0.0
    label = {"boilerplate": "boilerplate alone", "outlet_cues": "the outlet-identifying edges of each article alone"}
    head = (f"With a random split, {label[best['probe']]} predicts {target!r} with balanced accuracy "
            f"{best['score']:.2f} (chance {chance:.2f}).")
    if lift >= 0.5:
        risk, advice = "high", (" A model evaluated on random splits can score well just by recognising outlets: "
                                "evaluate with split='outlet' and train on body text (boilerplate removed).")
    elif lift >= 0.2:
        risk, advice = "moderate", (" Part of a random-split score can come from recognising outlets: prefer "
                                    "split='outlet' and compare with compare_splits().")
    else:
        risk, advice = "low", " Text outside the body carries little of the label here."
    out = ba[(ba["split"] == "outlet") & (ba["probe"] == best["probe"])].dropna(subset=["score"])
    tail = ""
    if len(out):
        drop = best["score"] - float(out["score"].iloc[0])
        tail = (f" On unseen outlets the same probe reaches {float(out['score'].iloc[0]):.2f}"
                + (": the signal is outlet identity, not something that transfers." if drop >= 0.1 else "."))
    return risk, head + advice + tail


# ----------------------------------------------------------------- explain
def _feature_names(model: Pipeline) -> list[str]:
    pre = model[:-1]
    try:
        return [str(n) for n in pre.get_feature_names_out()]
    except (AttributeError, ValueError, TypeError):
        n = int(getattr(model[-1], "n_features_in_", 0))
        return [f"x{i}" for i in range(n)]


def _split_name(name: str) -> tuple[str, str]:
    block, _, feat = name.partition("__")
    return (block, feat) if feat else ("", name)


def explain(
    model: Pipeline,
    X: Any = None,
    y: Any = None,
    *,
    n_repeats: int = 5,
    scoring: str = "balanced_accuracy",
    columns: Sequence[str] | None = None,
    top_terms: int = 30,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Which features the fitted model leans on: coefficients with definitions, and permutation importance.

    Parameters
    ----------
    model : Pipeline
        A fitted pipeline from :func:`make_pipeline` (any pipeline whose last
        step is a classifier works; coefficients need a linear one).
    X, y : optional
        **Held-out** articles and labels for permutation importance (the drop in
        ``scoring`` when one feature's values are shuffled across articles,
        averaged over ``n_repeats``). Leave out to get coefficients only.
    n_repeats : int
        Shuffles per feature.
    scoring : str
        Metric for the importance (see :func:`evaluate`).
    columns : list of str, optional
        Features to permute (names as in the ``feature`` column). Default: every
        framing feature, and for a TF-IDF-only model the ``top_terms`` terms
        with the largest coefficients.
    top_terms : int
        See ``columns``.
    random_state : int, optional
        Seed of the shuffles.

    Returns
    -------
    pandas.DataFrame
        One row per feature (and class, for a multi-class model): ``feature``,
        ``block`` (``framing``/``tfidf``), ``class``, ``coefficient`` (for
        framing features: change in log-odds per standard deviation; positive
        pushes toward ``class``), ``importance_mean``, ``importance_std`` and
        the codebook columns ``family, unit, definition, reference``; sorted by
        absolute coefficient.

    Examples
    --------
    >>> from framing.models import make_pipeline, explain
    >>> texts = ["We must act now! Outrage!", "The council met on Tuesday.",
    ...          "Shocking! They lied again!", "The report was published today."]
    >>> labels = ["hyper", "main", "hyper", "main"]
    >>> model = make_pipeline("framing", families="style").fit(texts, labels)
    >>> table = explain(model, texts, labels, n_repeats=2)
    >>> row = table.set_index("feature").loc["exclamation_rate"]
    >>> row["class"], bool(row["coefficient"] < 0)  # more exclamations: less likely "main"
    ('main', True)
    """
    if not isinstance(model, Pipeline):
        raise TypeError("explain() takes a fitted sklearn Pipeline (e.g. from framing.models.make_pipeline).")
    clf = model[-1]
    if not hasattr(clf, "classes_"):
        raise ValueError("the pipeline is not fitted: call model.fit(X, y) first.")
    names = _feature_names(model)
    classes = list(clf.classes_)
    rows = []
    coef = getattr(clf, "coef_", None)
    if coef is not None:
        coef = np.atleast_2d(np.asarray(coef))
        row_classes = [classes[1]] if coef.shape[0] == 1 and len(classes) == 2 else classes
        for ci, cls in enumerate(row_classes):
            for j, name in enumerate(names):
                block, feat = _split_name(name)
                rows.append({"feature": feat, "block": block, "class": cls, "coefficient": float(coef[ci, j])})
    else:
        for name in names:
            block, feat = _split_name(name)
            rows.append({"feature": feat, "block": block, "class": None, "coefficient": math.nan})
    table = pd.DataFrame(rows, columns=["feature", "block", "class", "coefficient"])
    table["importance_mean"] = math.nan
    table["importance_std"] = math.nan
    if X is not None and y is not None:
        imp = _permutation_importance(model, X, y, names, n_repeats=n_repeats, scoring=scoring, columns=columns,
                                      top_terms=top_terms, table=table, random_state=random_state)
        key = table["block"].where(table["block"] == "", table["block"] + "__") + table["feature"]
        table["importance_mean"] = key.map(lambda k: imp.get(k, (math.nan, math.nan))[0])
        table["importance_std"] = key.map(lambda k: imp.get(k, (math.nan, math.nan))[1])
    from .registry import describe_features

    book = describe_features()[["name", "family", "unit", "definition", "reference"]]
    table = table.merge(book.rename(columns={"name": "feature"}), on="feature", how="left")
    order = table["coefficient"].abs().fillna(0) + table["importance_mean"].abs().fillna(0) * 1e-9
    return table.loc[order.sort_values(ascending=False, kind="stable").index].reset_index(drop=True)


def _permutation_importance(model: Pipeline, X: Any, y: Any, names: list[str], *, n_repeats: int, scoring: str,
                            columns: Sequence[str] | None, top_terms: int, table: pd.DataFrame,
                            random_state: int | None) -> dict[str, tuple[float, float]]:
    metric = next(iter(_resolve_scoring(scoring).values()))
    y = np.asarray(list(y), dtype=object)
    Z = model[:-1].transform(X)
    clf = model[-1]
    if columns is None:
        idx = [j for j, n in enumerate(names) if n.startswith("framing__")]
        if not idx:
            terms = (table.assign(a=table["coefficient"].abs()).sort_values("a", ascending=False)
                     .drop_duplicates(["block", "feature"]).head(top_terms))
            wanted = set((terms["block"] + "__" + terms["feature"]).where(terms["block"] != "", terms["feature"]))
            idx = [j for j, n in enumerate(names) if n in wanted]
    else:
        wanted = set(columns)
        idx = [j for j, n in enumerate(names) if n in wanted or _split_name(n)[1] in wanted]
    if len(y) != Z.shape[0]:
        raise ValueError(f"y has {len(y)} labels but X has {Z.shape[0]} articles.")
    rng = np.random.default_rng(random_state)
    linear = hasattr(clf, "coef_") and hasattr(clf, "decision_function")
    classes = np.asarray(clf.classes_, dtype=object)

    if linear:
        base_dec = np.asarray(clf.decision_function(Z), dtype=float)
        coef = np.atleast_2d(np.asarray(clf.coef_, dtype=float))

        def predict_with(j: int, col: np.ndarray, perm: np.ndarray) -> np.ndarray:
            delta = col[perm] - col
            dec = base_dec + (np.outer(delta, coef[:, j]) if base_dec.ndim == 2 else delta * coef[0, j])
            return classes[(dec > 0).astype(int)] if dec.ndim == 1 else classes[np.argmax(dec, axis=1)]

        base_pred = classes[(base_dec > 0).astype(int)] if base_dec.ndim == 1 else classes[np.argmax(base_dec, axis=1)]
    else:
        Zd = Z.toarray() if hasattr(Z, "toarray") else np.asarray(Z, dtype=float)

        def predict_with(j: int, col: np.ndarray, perm: np.ndarray) -> np.ndarray:
            Zp = Zd.copy()
            Zp[:, j] = col[perm]
            return np.asarray(clf.predict(Zp), dtype=object)

        base_pred = np.asarray(clf.predict(Zd), dtype=object)
    base = metric(y, base_pred)
    out: dict[str, tuple[float, float]] = {}
    for j in idx:
        col = Z[:, j].toarray().ravel() if hasattr(Z, "toarray") else np.asarray(Z[:, j], dtype=float)
        drops = [base - metric(y, predict_with(j, col, rng.permutation(len(col)))) for _ in range(n_repeats)]
        out[names[j]] = (float(np.mean(drops)), float(np.std(drops)))
    return out


# ------------------------------------------------------------- persistence
#: Types :func:`load` builds beyond skops' own default allow-list (scikit-learn
#: estimators, numpy and builtins): this package's transformers and numpy dtypes.
TRUSTED_TYPES: tuple[str, ...] = (
    "framing.models.BodyText",
    "framing.models.Tfidf",
    "framing.transformer.FramingFeatures",
    "numpy.dtype",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
)


def _skops() -> Any:
    try:
        import skops.io as sio
    except ImportError:
        raise ImportError("saving and loading models needs skops: pip install 'media-framing[models]'") from None
    return sio


def save(model: Any, path: str | Path) -> Path:
    """Save a fitted model to a ``.skops`` file that can be loaded without running code.

    Why not pickle or joblib: unpickling runs whatever code the file names, so
    loading a model someone shared (a colleague, a course, a repository) is as
    risky as running their script. skops stores the object tree as data and
    :func:`load` rebuilds only types on an allow-list.

    Parameters
    ----------
    model : estimator
        Usually a fitted pipeline from :func:`make_pipeline`.
    path : str or Path
        Destination file (``.skops`` by convention).

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from framing.models import make_pipeline, save, load
    >>> m = make_pipeline("tfidf").fit(["good news today", "bad news again"], ["a", "b"])
    >>> p = save(m, pathlib.Path(tempfile.mkdtemp()) / "m.skops")
    >>> load(p).predict(["good news today"]).tolist()
    ['a']
    """
    sio = _skops()
    path = Path(path)
    sio.dump(model, path)
    return path


def load(path: str | Path, *, trusted: Sequence[str] = ()) -> Any:
    """Load a model saved with :func:`save`, refusing any type not on the allow-list.

    Parameters
    ----------
    path : str or Path
        A ``.skops`` file.
    trusted : list of str
        Extra fully qualified type names you have inspected and trust (see
        ``skops.io.get_untrusted_types(file=path)``).

    Returns
    -------
    estimator

    Raises
    ------
    UntrustedTypesError
        The file holds types outside skops' defaults, :data:`TRUSTED_TYPES` and
        ``trusted``; nothing is built.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> m = make_pipeline("tfidf").fit(["good news today", "bad news again"], ["a", "b"])
    >>> path = save(m, pathlib.Path(tempfile.mkdtemp()) / "m.skops")
    >>> load(path).predict(["bad news again"]).tolist()
    ['b']
    """
    sio = _skops()
    path = Path(path)
    untrusted = list(sio.get_untrusted_types(file=path))
    allowed = set(TRUSTED_TYPES) | set(trusted)
    bad = sorted(t for t in untrusted if t not in allowed)
    if bad:
        raise UntrustedTypesError(
            f"{path} holds types that are not on the allow-list: {bad}. framing will not build them, because "
            "loading could run code. If you know where the file comes from and trust these types, pass "
            "load(path, trusted=[...])."
        )
    return sio.load(path, trusted=untrusted)

