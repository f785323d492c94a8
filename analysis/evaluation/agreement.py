"""Agreement between two annotators of the same articles: how high a score can go.

``python -m analysis evaluate sources|quotes --held-out --gold A/*.yml --against B/`` scores
annotator B's files (same file names, in folder B) as if they were the package's output, with
the same matching and the same pooled figures as the package's own scores. Where two careful
people agree on only 80% of sources, a package cannot be held to 90% against either of them:
the figure is the ceiling the conventions allow, and its errors show which conventions are
loose.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from ..errors import DataFileError
from .pages import page_quote_report, score_page_quotes
from .scoring import read_gold, score_sources, with_pooled_sources

#: Kinds of a gold file as the package names them (a mixed quote is the package's partial one).
KIND_AS_PACKAGE = {"direct": "direct", "mixed": "partial", "scare": "scare"}


def _other(path: Path, folder: Path) -> dict:
    """Annotator B's file for annotator A's ``path``."""
    other = folder / path.name
    if not other.is_file():
        raise DataFileError(f"{other}: no file of the second annotator for {path.name}")
    return read_gold(other)


def as_sources(gold: dict) -> pd.DataFrame:
    """A gold file's sources as a package source table (source, mentions, is_credit, also)."""
    return pd.DataFrame([{"source": s["source"], "mentions": int(s.get("mentions", 0)),
                          "is_credit": bool(s.get("credit", False)), "also": list(s.get("also") or [])}
                         for s in gold["sources"]], columns=["source", "mentions", "is_credit", "also"])


def as_quotes(gold: dict) -> list[SimpleNamespace]:
    """A gold file's quotes as package quote rows (start, end, quote, kind, speaker)."""
    return [SimpleNamespace(start=q["start"], end=q["end"], quote=str(q.get("quote", "")),
                            kind=KIND_AS_PACKAGE.get(q["kind"], q["kind"]), speaker=q.get("speaker"))
            for q in gold["quotes"]]


def source_agreement(paths: list[Path], folder: str | Path) -> pd.DataFrame:
    """Annotator B (``folder``) scored against annotator A (``paths``), as ``source_report``."""
    rows = []
    for path in paths:
        row = score_sources(path, as_sources(_other(Path(path), Path(folder))))
        row["article"] = Path(path).stem
        rows.append(row)
    return with_pooled_sources(pd.DataFrame(rows))


def quote_agreement(paths: list[Path], folder: str | Path) -> pd.DataFrame:
    """Annotator B (``folder``) scored against annotator A (``paths``), as ``page_quote_report``."""
    return page_quote_report(rows=[score_page_quotes(p, as_quotes(_other(Path(p), Path(folder)))) for p in paths])
