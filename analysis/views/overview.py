"""Tables and plots of the article overview notebook (what the page is made of)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..reading.article import Article
from ..reading.records import BODY_KINDS, SEGMENT_KINDS

#: Resolution of saved PNG figures: sharp on a screen and in a slide, a few tens of KB each
#: (matplotlib's default is 100; 120 keeps the 8-point labels of the bar charts legible).
FIGURE_DPI = 120


def kind_counts(article: Article) -> pd.DataFrame:
    """One row per segment kind: kind, part (body/noise), segments, words, share_of_words."""
    table = article.segments_table()
    grouped = table.groupby("kind").agg(segments=("index", "size"), words=("words", "sum"))
    grouped = grouped.reindex([k for k in SEGMENT_KINDS if k in grouped.index]).reset_index()
    grouped.insert(1, "part", ["body" if k in BODY_KINDS else "noise" for k in grouped["kind"]])
    grouped["share_of_words"] = (grouped["words"] / grouped["words"].sum()).round(3)
    return grouped


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula (OWASP)


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` whose text cells cannot run as spreadsheet formulas.

    A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading apostrophe (the usual neutraliser: spreadsheets show the text as written). Numbers
    are left alone; the table itself (and anything written from it other than CSV) keeps the raw text.
    """
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(lambda v: f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_STARTS)
                                            else v)
    return safe


def save(out_dir: str, name: str, table: pd.DataFrame | None = None, figure=None) -> None:
    """Save a table as CSV and a figure as PNG under ``out_dir`` (nothing if it is empty).

    The CSV is for spreadsheets, so formula-like text cells are neutralised (``spreadsheet_safe``).
    """
    if not out_dir:
        return
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if table is not None:
        spreadsheet_safe(table).to_csv(folder / f"{name}.csv", index=False)
    if figure is not None:
        figure.savefig(folder / f"{name}.png", dpi=FIGURE_DPI)
