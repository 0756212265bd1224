"""Plots for classifiers: what the model leans on, and where it errs.

Both functions draw on a matplotlib Axes (a new figure unless ``ax=`` is given)
and return it, so they compose in notebooks. They are re-exported as
``framing.plot.coefficients`` and ``framing.plot.confusion``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["coefficients", "confusion"]


def _axes(ax: Any, figsize: tuple[float, float]) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def coefficients(
    model_or_table: Any,
    *,
    top: int = 15,
    cls: Any = None,
    block: str | None = None,
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Horizontal bars of the largest model coefficients (positive: toward ``cls``).

    Parameters
    ----------
    model_or_table : Pipeline or DataFrame
        A fitted pipeline from :func:`framing.models.make_pipeline`, or the table
        :func:`framing.models.explain` returned.
    top : int
        Number of features shown (largest absolute coefficient).
    cls : optional
        Class whose coefficients are shown (default: the first in the table; a
        binary model has one).
    block : {"framing", "tfidf"}, optional
        Only this block of features.
    ax : matplotlib Axes, optional
        Where to draw.
    title : str, optional
        Axes title (default names the class).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from framing.models import make_pipeline
    >>> from framing.plot_models import coefficients
    >>> m = make_pipeline("tfidf").fit(["calm report here", "outrage again now"], ["main", "hyper"])
    >>> coefficients(m, top=4).get_xlabel()
    'coefficient (log-odds toward main)'
    """
    if isinstance(model_or_table, pd.DataFrame):
        table = model_or_table
    else:
        from .models import explain

        table = explain(model_or_table)
    if "coefficient" not in table.columns or table["coefficient"].isna().all():
        raise ValueError("no coefficients to plot: the model's classifier is not linear.")
    if block is not None:
        table = table[table["block"] == block]
    classes = list(pd.unique(table["class"]))
    if cls is None:
        cls = classes[0] if classes else None
    elif cls not in classes:
        raise ValueError(f"cls={cls!r} not in the table; classes: {classes}")
    sub = table[table["class"] == cls] if cls is not None else table
    sub = sub.assign(_a=sub["coefficient"].abs()).nlargest(top, "_a").iloc[::-1]
    ax = _axes(ax, (6.0, max(2.0, 0.3 * len(sub) + 1.0)))
    colors = np.where(sub["coefficient"].to_numpy() >= 0, "#c0392b", "#2c7fb8")
    labels = [f"{f} ({b})" if b and block is None and table["block"].nunique() > 1 else str(f)
              for f, b in zip(sub["feature"], sub["block"], strict=True)]
    ax.barh(range(len(sub)), sub["coefficient"].to_numpy(), color=colors)
    ax.set_yticks(range(len(sub)))
    ax.set_yticklabels(labels)
    ax.axvline(0, color="#444", linewidth=0.8)
    ax.set_xlabel(f"coefficient (log-odds toward {cls})")
    ax.set_title(title if title is not None else f"Top {len(sub)} coefficients")
    return ax


def confusion(
    y_true: Any,
    y_pred: Any = None,
    *,
    labels: Any = None,
    normalize: str | None = "true",
    model: str | None = None,
    split: str | None = None,
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Confusion matrix as a heatmap with the counts (or shares) written in.

    Parameters
    ----------
    y_true : array-like or DataFrame
        True labels, or the predictions table of
        ``framing.models.evaluate(..., return_predictions=True)`` (columns
        ``y_true``, ``y_pred``, ``model``, ``split``).
    y_pred : array-like, optional
        Predicted labels (not needed with a predictions table).
    labels : list, optional
        Class order (default: sorted union of both).
    normalize : {"true", "pred", "all"} or None
        Rows sum to 1 (default: recall per true class), columns, all, or raw counts.
    model, split : str, optional
        With a predictions table: which model/split to show (required when it holds several).
    ax : matplotlib Axes, optional
        Where to draw.
    title : str, optional
        Axes title.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from framing.plot_models import confusion
    >>> ax = confusion(["L", "L", "R"], ["L", "R", "R"], normalize=None)
    >>> [t.get_text() for t in ax.texts]
    ['1', '1', '0', '1']
    """
    from sklearn.metrics import confusion_matrix

    if isinstance(y_true, pd.DataFrame):
        preds = y_true
        for col, val in (("model", model), ("split", split)):
            if col in preds.columns:
                if val is not None:
                    preds = preds[preds[col] == val]
                elif preds[col].nunique() > 1:
                    raise ValueError(f"the predictions table holds several {col}s "
                                     f"({sorted(preds[col].astype(str).unique())}); pass {col}=...")
        if preds.empty:
            raise ValueError("no predictions left to plot after selecting model/split.")
        y_true, y_pred = preds["y_true"].to_numpy(), preds["y_pred"].to_numpy()
    elif y_pred is None:
        raise ValueError("confusion() needs y_pred, or a predictions DataFrame as first argument.")
    yt, yp = np.asarray(list(y_true), dtype=object), np.asarray(list(y_pred), dtype=object)
    if labels is None:
        labels = sorted(set(yt) | set(yp), key=str)
    cm = confusion_matrix(yt, yp, labels=labels, normalize=normalize)
    ax = _axes(ax, (1.2 * len(labels) + 2.0, 1.1 * len(labels) + 1.5))
    im = ax.imshow(cm, cmap="Blues", vmin=0)
    hi = cm.max() if cm.size else 0
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            v = cm[i, j]
            txt = f"{v:.2f}" if normalize else f"{int(v)}"
            ax.text(j, i, txt, ha="center", va="center", color="white" if hi and v > hi / 2 else "black")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels([str(v) for v in labels])
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([str(v) for v in labels])
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    if title is not None:
        ax.set_title(title)
    return ax
