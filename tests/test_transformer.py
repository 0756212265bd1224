"""FramingFeatures follows the scikit-learn estimator contract."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import NotFittedError
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.utils import estimator_checks as ec

import framing
from framing import FramingFeatures, extract_features

CALM = ("The committee reviewed the report on Tuesday. Officials said the figures were "
        "consistent with earlier estimates. The next meeting is scheduled for March.")
LOUD = ("This is the WORST decision ever! You will not believe it! Is anyone listening? "
        "Totally unprecedented and absolutely shocking!")


def _data(n: int = 24) -> tuple[list[str], np.ndarray]:
    texts = [(CALM if i % 2 else LOUD) + f" Item {i}." for i in range(n)]
    return texts, np.array([i % 2 for i in range(n)])


def test_lazy_top_level_export() -> None:
    assert framing.FramingFeatures is FramingFeatures


def test_transform_equals_extract_features() -> None:
    texts, _ = _data(6)
    X = FramingFeatures().fit_transform(texts)
    ref = extract_features(texts).astype("float64").to_numpy()
    assert X.dtype == np.float64 and X.shape == ref.shape
    np.testing.assert_array_equal(np.isnan(X), np.isnan(ref))
    np.testing.assert_allclose(X[~np.isnan(X)], ref[~np.isnan(ref)])


def test_params_clone_and_pickle() -> None:
    ff = FramingFeatures(families=["style"], body=False, n_jobs=1)
    assert ff.get_params() == {"families": ["style"], "body": False, "n_jobs": 1}
    c = clone(ff)
    assert c.get_params() == ff.get_params() and c is not ff
    ff.set_params(families="readability")
    assert ff.families == "readability"
    texts, _ = _data(4)
    fitted = FramingFeatures(families=["style"]).fit(texts)
    again = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_array_equal(again.transform(texts), fitted.transform(texts))
    assert list(again.get_feature_names_out()) == list(fitted.get_feature_names_out())


def test_not_fitted_error() -> None:
    with pytest.raises(NotFittedError):
        FramingFeatures().transform(["x"])


@pytest.mark.parametrize(
    "check",
    [ec.check_no_attributes_set_in_init, ec.check_get_params_invariance, ec.check_set_params,
     ec.check_parameters_default_constructible],
)
def test_sklearn_generic_checks(check) -> None:
    check("FramingFeatures", FramingFeatures())


def test_feature_names_and_pandas_output() -> None:
    texts, _ = _data(4)
    ff = FramingFeatures(families=["readability", "style"]).set_output(transform="pandas")
    s = pd.Series(texts, index=[f"doc{i}" for i in range(4)])
    out = ff.fit_transform(s.to_frame("text"))
    assert list(out.columns) == list(ff.get_feature_names_out())
    assert list(out.index) == list(s.index)
    assert "flesch_reading_ease" in out.columns and "hedge_rate" in out.columns


def test_inputs_accepted() -> None:
    texts, _ = _data(4)
    ff = FramingFeatures(families="style").fit(texts)
    ref = ff.transform(texts)
    for X in (pd.Series(texts), np.array(texts, dtype=object), np.array(texts, dtype=object)[:, None],
              pd.DataFrame({"text": texts, "outlet": "A"}), tuple(texts),
              framing.read_corpus(pd.DataFrame({"text": texts, "outlet": "A"}))):
        np.testing.assert_array_equal(ff.transform(X), ref)
    with pytest.raises(TypeError):
        ff.transform("one string")


def test_pipeline_and_gridsearch_learn() -> None:
    texts, y = _data()
    pipe = Pipeline([("feat", FramingFeatures(families=["style"])), ("imp", SimpleImputer(keep_empty_features=True)),
                     ("clf", LogisticRegression(max_iter=1000))])
    pipe.fit(texts, y)
    assert pipe.score(texts, y) == 1.0  # loud vs calm texts are separable on style cues
    grid = GridSearchCV(pipe, {"feat__families": [["style"], ["readability", "style"]]}, cv=2)
    grid.fit(texts, y)
    assert grid.best_params_["feat__families"] in (["style"], ["readability", "style"])
    assert pickle.loads(pickle.dumps(grid)).predict(texts[:2]).shape == (2,)


def test_column_transformer() -> None:
    texts, y = _data()
    df = pd.DataFrame({"body": texts, "n_shares": np.arange(len(texts), dtype=float)})
    ct = ColumnTransformer([("framing", FramingFeatures(families=["style"]), "body"),
                            ("num", "passthrough", ["n_shares"])])
    pipe = make_pipeline(ct, SimpleImputer(keep_empty_features=True), LogisticRegression(max_iter=1000))
    pipe.fit(df, y)
    names = ct.get_feature_names_out()
    assert "framing__hedge_rate" in names and "num__n_shares" in names
    ct.set_output(transform="pandas")
    assert ct.fit_transform(df).shape == (len(texts), len(names))
    # a one-column selection given as a list also works
    ct2 = ColumnTransformer([("framing", FramingFeatures(families=["style"]), ["body"])])
    assert ct2.fit_transform(df).shape[0] == len(texts)
