"""Scoring actor discovery against the held-out actor gold (``data/gold/held-out/actors/``).

Each gold file names an article (a Wikinews article of ``data/articles/`` or a scraped page read
from ``../shared/scraped-pages/<page>/text.txt``), its five ``main`` actors and ``others``, with
labels and aliases. Discovery runs without a codebook; then

- precision: of the 8 most-mentioned discovered actors, the share that is a gold actor (main or
  others). A discovered actor is that gold actor when its label or one of its aliases equals the
  gold label or one of its aliases (ignoring case, diacritics, a leading "the" and a possessive).
  A second row for a gold actor already matched, a place or a weekday is a miss;
- recall: the share of the 5 main actors matched by one of the 10 most-mentioned actors.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..actors.discovery import discover
from ..errors import DataFileError
from ..lexicon.names import fold
from ..lexicon.resources import DATA_DIR, read_yaml
from ..reading.loading import load_article
from .sentiment import shared_data

#: How many of the most-mentioned actors are judged (precision) and searched for the main ones (recall).
PRECISION_AT = 8
RECALL_AT = 10


def held_out_files() -> list[Path]:
    """The held-out actor gold files, sorted by name."""
    return sorted((DATA_DIR / "gold" / "held-out" / "actors").glob("*.yml"))


def article_path(gold: dict) -> Path:
    """The gold file's article: the Wikinews copy in ``data/articles`` or the shared scraped page."""
    named = Path(gold["article"])
    if "scraped-pages" in named.parts:
        return shared_data() / "scraped-pages" / named.parent.name / named.name
    return DATA_DIR / "articles" / named.name


def normalise(name: str) -> str:
    """A name for matching: folded diacritics, case, a leading "the" and a possessive removed."""
    text = " ".join(fold(name).casefold().split())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"['’]s$", "", text).strip(" .,")


def _forms(entry: dict) -> set[str]:
    return {normalise(x) for x in [entry["label"], *(entry.get("aliases") or [])] if x}


def score_actors(gold_path: str | Path) -> dict:
    """Precision of the ``PRECISION_AT`` most-mentioned discovered actors and recall of the main
    actors among the ``RECALL_AT`` most mentioned, for one gold file (see the module note)."""
    gold = read_yaml(gold_path)
    if not isinstance(gold, dict) or "main" not in gold:
        raise DataFileError(f"{gold_path}: an actor gold file needs 'article', 'main' and 'others'")
    path = article_path(gold)
    table = discover(load_article(path))
    entries = [*gold["main"], *(gold.get("others") or [])]
    main_count = len(gold["main"])
    forms = [_forms(e) for e in entries]
    matched_gold: list[int | None] = []
    for row in table.itertuples():
        mine = {normalise(row.name), *(normalise(a) for a in row.aliases.split("; ") if a)}
        hit = next((i for i, f in enumerate(forms) if mine & f), None)
        matched_gold.append(hit)
    top = matched_gold[:PRECISION_AT]
    seen: set[int] = set()
    hits = 0
    errors = []
    for (row, hit) in zip(table.head(PRECISION_AT).itertuples(), top):
        if hit is None or hit in seen:
            errors.append(f"miss: {row.name} ({row.mentions})" + (" [second row]" if hit is not None else ""))
            continue
        seen.add(hit)
        hits += 1
    found_main = {h for h in matched_gold[:RECALL_AT] if h is not None and h < main_count}
    errors += [f"main not in top {RECALL_AT}: {gold['main'][i]['label']}" for i in range(main_count)
               if i not in found_main]
    judged = min(PRECISION_AT, len(table))
    return {
        "article": Path(gold_path).stem,
        "precision_at_8": hits / judged if judged else 0.0,
        "recall_main_at_10": len(found_main) / main_count if main_count else 0.0,
        "top5": "; ".join(table["name"].head(5)),
        "gold_top5": "; ".join(e["label"] for e in gold["main"][:5]),
        "errors": errors,
    }


def actor_report(paths: list[Path] | None = None) -> pd.DataFrame:
    """One row per held-out gold file whose article is present (scraped pages live in ../shared)."""
    rows = []
    for p in paths or held_out_files():
        gold = read_yaml(p)
        if not article_path(gold).is_file():
            continue
        rows.append(score_actors(p))
    return pd.DataFrame(rows, columns=["article", "precision_at_8", "recall_main_at_10", "top5", "gold_top5", "errors"])


def print_actor_report(gold: list[str] | None = None) -> int:
    """``python -m analysis evaluate actors``: the table, the errors, and the means."""
    table = actor_report([Path(g) for g in gold] if gold else None)
    if table.empty:
        print(f"skipped: no held-out actor gold with its article present (scraped pages are read from "
              f"{shared_data() / 'scraped-pages'})")
        return 0
    with pd.option_context("display.width", 250, "display.max_colwidth", 80):
        print(table[["article", "precision_at_8", "recall_main_at_10"]].round(3).to_string(index=False))
        for row in table.itertuples():
            print(f"  {row.article}: top 5  {row.top5}")
            print(f"  {row.article}: gold 5 {row.gold_top5}")
            for err in row.errors:
                print(f"    {err}")
    print(f"mean over {len(table)} articles: precision@{PRECISION_AT} {table['precision_at_8'].mean():.3f}, "
          f"recall of main actors@{RECALL_AT} {table['recall_main_at_10'].mean():.3f}")
    return 0
