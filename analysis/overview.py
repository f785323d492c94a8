"""Tables and plots of the article overview notebook (what the page is made of)."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .article import Article
from .model import BODY_KINDS, SEGMENT_KINDS


def kind_counts(article: Article) -> pd.DataFrame:
    """One row per segment kind: kind, part (body/noise), segments, words, share_of_words."""
    table = article.segments_table()
    grouped = table.groupby("kind").agg(segments=("index", "size"), words=("words", "sum"))
    grouped = grouped.reindex([k for k in SEGMENT_KINDS if k in grouped.index]).reset_index()
    grouped.insert(1, "part", ["body" if k in BODY_KINDS else "noise" for k in grouped["kind"]])
    grouped["share_of_words"] = (grouped["words"] / grouped["words"].sum()).round(3)
    return grouped


def plot_kind_words(kinds: pd.DataFrame, title: str):
    """Horizontal bars of words per segment kind, body kinds in one colour, noise in another."""
    fig, ax = plt.subplots(figsize=(7, 3.2))
    colours = ["#1f77b4" if p == "body" else "#bbbbbb" for p in kinds["part"]]
    ax.barh(kinds["kind"], kinds["words"], color=colours)
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title(title)
    for y, (words, n) in enumerate(zip(kinds["words"], kinds["segments"])):
        ax.text(words, y, f" {words} ({n} seg.)", va="center", fontsize=8)
    ax.margins(x=0.25)
    fig.tight_layout()
    return fig


def save(out_dir: str, name: str, table: pd.DataFrame | None = None, figure=None) -> None:
    """Save a table as CSV and a figure as PNG under ``out_dir`` (nothing if it is empty)."""
    if not out_dir:
        return
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if table is not None:
        table.to_csv(folder / f"{name}.csv", index=False)
    if figure is not None:
        figure.savefig(folder / f"{name}.png", dpi=120)
