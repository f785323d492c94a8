"""Scoring the analyses against hand-made gold annotations in ``data/gold/``.

Gold files are YAML; each names its article (a path relative to the repository) and lists
what a person marked in it, with offsets into the loaded ``article.text``. Scores are returned
as DataFrames so the command line, the tests and the notebooks share one computation.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from .errors import DataFileError
from .loading import load_article
from .resources import DATA_DIR, read_yaml

REPO = DATA_DIR.parent


def gold_files(task: str) -> list[Path]:
    """Every gold file for ``task`` (segments, quotes, sources), sorted by name."""
    return sorted((DATA_DIR / "gold" / task).glob("*.yml"))


def read_gold(path: str | Path) -> dict:
    """A gold file, checked to name an existing article."""
    gold = read_yaml(path)
    if not isinstance(gold, dict) or "article" not in gold:
        raise DataFileError(f"{path}: a gold file needs an 'article' key naming the article file")
    gold["article_path"] = REPO / gold["article"]
    return gold


def score_segments(gold_path: str | Path) -> dict:
    """Kind accuracy and exact-boundary F1 of ``article.segments`` against one gold file.

    Each gold segment is matched with the predicted segment that holds its first character;
    accuracy counts matches of the same kind. Boundaries count as found when start and end
    are both equal.
    """
    gold = read_gold(gold_path)
    article = load_article(gold["article_path"])
    predicted = {(s.start, s.end): s.kind for s in article.segments}
    rows = gold["segments"]
    same_kind = sum(1 for g in rows if (seg := article.segment_at(g["start"])) and seg.kind == g["kind"])
    exact = sum(1 for g in rows if (g["start"], g["end"]) in predicted)
    errors = [
        f"{g['kind']} -> {seg.kind if seg else None}: {g['text'][:50]!r}"
        for g in rows
        if not ((seg := article.segment_at(g["start"])) and seg.kind == g["kind"])
    ]
    return {
        "article": Path(gold["article"]).name,
        "segments": len(rows),
        "kind_accuracy": same_kind / len(rows),
        "boundary_precision": exact / len(predicted),
        "boundary_recall": exact / len(rows),
        "errors": errors,
    }


def segment_report(paths: list[Path] | None = None) -> pd.DataFrame:
    """One row per gold file with segment scores (see ``score_segments``)."""
    rows = [score_segments(p) for p in (paths or gold_files("segments"))]
    return pd.DataFrame(rows)


def draft_segment_gold(article_path: str | Path) -> str:
    """YAML for a gold file holding the current predictions, for a person to correct."""
    article = load_article(article_path)
    rel = Path(article_path).resolve().relative_to(REPO)
    segs = [{"kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in article.segments]
    body = {"article": str(rel), "segments": segs}
    return yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
