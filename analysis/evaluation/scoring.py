"""Scoring the analyses against hand-made gold annotations in ``data/gold/``.

Gold files are YAML; each names its article (a path relative to the repository) and lists
what a person marked in it, with offsets into the loaded ``article.text``. Scores are returned
as DataFrames so the command line, the tests and the notebooks share one computation.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from ..errors import DataFileError
from ..lexicon.names import fold
from ..lexicon.resources import DATA_DIR, read_yaml
from ..quotes.extraction import find_quotes
from ..reading.loading import load_article
from ..sources.counting import count_sources, load_sources

#: The checkout the gold files' article paths are relative to (data/ sits at its top).
REPO = DATA_DIR.parent


def shared_dir() -> Path:
    """``../shared`` (evaluation data that is not ours to ship): beside the checkout or the working folder."""
    for candidate in (REPO.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared",
                      REPO.parent.parent / "shared"):  # a git worktree one level further down
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared"




def gold_files(task: str) -> list[Path]:
    """Every gold file for ``task`` (segments, quotes, sources), sorted by name."""
    return sorted((DATA_DIR / "gold" / task).glob("*.yml"))


def read_gold(path: str | Path) -> dict:
    """A gold file, checked to name an existing article."""
    gold = read_yaml(path)
    if isinstance(gold, dict) and "page" in gold and "article" not in gold:  # held-out scraped page
        gold["article"] = f"{gold['page']}/text.txt"
        gold["article_path"] = shared_dir() / "scraped-pages" / gold["article"]
        return gold
    if not isinstance(gold, dict) or "article" not in gold:
        raise DataFileError(f"{path}: a gold file needs an 'article' key naming the article file")
    gold["article_path"] = REPO / gold["article"]
    return gold


def blind_format(path: str | Path) -> bool:
    """A gold file written blind (``annotated_before_running_code``; kinds direct/mixed/scare, no quote text)."""
    gold = read_yaml(path)
    return isinstance(gold, dict) and "annotated_before_running_code" in gold


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


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Speakers agree: both None, equal ignoring case, or the same surname ("Trump" = "Donald Trump")."""
    if predicted is None or gold is None or predicted != predicted:  # NaN check
        return (predicted is None or predicted != predicted) and gold is None
    p, g = fold(predicted).casefold().strip(), fold(gold).casefold().strip()
    return p == g or p.split()[-1] == g.split()[-1]


def score_quotes(gold_path: str | Path) -> dict:
    """Quote-span precision and recall (overlap of at least half the gold span) and speaker
    accuracy on matched quotes, for the marked quotes (not indirect speech) of one gold file.

    Each gold quote takes the unused prediction that covers half of it with the closest span: a
    quote nested in another ('... Many people would ask me, 'Is it true?' ...') matches its own
    nested prediction first, and the quotation holding it only when that is all there is."""

    gold = read_gold(gold_path)
    article = load_article(gold["article_path"])
    predicted = [q for q in find_quotes(article, include_indirect=False)]
    used: set[int] = set()
    matched = speakers = kinds = 0
    errors = []
    for g in gold["quotes"]:
        half = 0.5 * (g["end"] - g["start"])
        covering = [i for i, q in enumerate(predicted)
                    if i not in used and min(q.end, g["end"]) - max(q.start, g["start"]) >= half]
        best = min(covering, key=lambda i: (abs(predicted[i].start - g["start"]) + abs(predicted[i].end - g["end"]), i),
                   default=None)
        if best is None:
            errors.append(f"missed: {g['quote'][:50]!r}")
            continue
        used.add(best)
        matched += 1
        q = predicted[best]
        kinds += q.kind == g["kind"]
        if same_speaker(q.speaker, g["speaker"]):
            speakers += 1
        else:
            errors.append(f"speaker {q.speaker!r} != {g['speaker']!r}: {g['quote'][:40]!r}")
    errors += [f"spurious: {q.quote[:50]!r}" for i, q in enumerate(predicted) if i not in used]
    return {
        "article": Path(gold["article"]).name,
        "gold": len(gold["quotes"]),
        "found": len(predicted),
        "precision": matched / len(predicted) if predicted else 1.0,
        "recall": matched / len(gold["quotes"]) if gold["quotes"] else 1.0,
        "speaker_accuracy": speakers / matched if matched else 0.0,
        "kind_accuracy": kinds / matched if matched else 0.0,
        "errors": errors,
    }


def quote_report(paths: list[Path] | None = None) -> pd.DataFrame:
    """One row per gold file with quote scores (see ``score_quotes``)."""
    return pd.DataFrame([score_quotes(p) for p in (paths or gold_files("quotes"))])


def _names_match(predicted: str, gold: dict, loose: bool = True) -> bool:
    """The predicted name is the gold one or one of its ``also`` names: case, a leading "the" and
    typographic apostrophes aside, a known outlet under any alias of ``data/sources.yml``
    ("X" is "Twitter"), a person by the last word of the name when one of the two is that word alone
    ("Mukherjee" is "Pranab Mukherjee"; "Sharmistha Mukherjee" is not "Abhijit Mukherjee"); that last only
    when ``loose``."""
    aliases = load_sources().aliases
    names = [gold["source"], *(gold.get("also") or [])]
    names += [aliases[n][0] for n in names if n in aliases]
    p = fold(predicted).replace("’", "'").casefold().removeprefix("the ").strip()
    for name in names:
        g = fold(name).replace("’", "'").casefold().removeprefix("the ").strip()
        if p == g or (loose and gold["type"] == "person" and p.split() and g.split() and p.split()[-1] == g.split()[-1]
                      and min(len(p.split()), len(g.split())) == 1):
            return True
    return False


def score_sources(gold_path: str | Path, predicted: pd.DataFrame | None = None) -> dict:
    """Source-level precision and recall, and count agreement (|predicted - gold| <= 1) on the
    matched sources, credits and body sources each matched only with their own kind.

    A credit's count is not compared: the gold files follow two conventions for it (the seed's
    counts its credit lines, the blind sets write 0 body citations), and the package counts lines.

    ``predicted`` (columns source, mentions, is_credit and optionally ``also``, a list of other
    names) replaces the package's sources: another annotator's labels, for agreement."""

    gold = read_gold(gold_path)
    if predicted is None:
        predicted = count_sources(load_article(gold["article_path"]), include_credits=True)
    used: set[int] = set()
    matched, within_one, abs_diff = 0, 0, 0
    errors = []
    hits: dict[int, int] = {}  # gold index -> predicted row: names matched exactly first, then by surname
    for loose in (False, True):
        for k, g in enumerate(gold["sources"]):
            if k in hits:
                continue
            credit = bool(g.get("credit", False))
            hit = next((i for i, row in predicted.iterrows()
                        if i not in used and row["is_credit"] == credit
                        and any(_names_match(name, g, loose) for name in [row["source"], *(row.get("also") or [])])),
                       None)
            if hit is not None:
                hits[k] = hit
                used.add(hit)
    for k, g in enumerate(gold["sources"]):
        hit = hits.get(k)
        if hit is None:
            errors.append(f"missed: {g['source']} ({g['mentions']})")
            continue
        matched += 1
        if g.get("credit", False):  # a credit is matched by name; its count is no body citation (see above)
            within_one += 1
            continue
        diff = int(predicted.loc[hit, "mentions"]) - g["mentions"]
        abs_diff += abs(diff)
        within_one += abs(diff) <= 1
        if diff:
            errors.append(f"count {g['source']}: {predicted.loc[hit, 'mentions']} vs gold {g['mentions']}")
    errors += [f"spurious: {row.source} ({row.mentions})" for i, row in predicted.iterrows() if i not in used]
    return {
        "article": Path(gold["article"]).name,
        "gold": len(gold["sources"]),
        "found": len(predicted),
        "precision": matched / len(predicted) if len(predicted) else 1.0,
        "recall": matched / len(gold["sources"]),
        "count_within_one": within_one / matched if matched else 0.0,
        "mean_abs_count_error": abs_diff / matched if matched else 0.0,
        "matched": matched,
        "within_one": within_one,
        "abs_diff": abs_diff,
        "errors": errors,
    }


POOLED = "(all, pooled)"


def with_pooled_sources(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (one row per gold file, from ``score_sources``) with a last row pooled over the
    files: precision over all predicted sources, recall over all gold sources, count agreement
    over all matched sources. The mean over files is the mean of the other rows."""
    s = table[["gold", "found", "matched", "within_one", "abs_diff"]].sum()
    pooled = {"article": POOLED, "gold": s["gold"], "found": s["found"],
              "precision": s["matched"] / s["found"] if s["found"] else 1.0,
              "recall": s["matched"] / s["gold"] if s["gold"] else 1.0,
              "count_within_one": s["within_one"] / s["matched"] if s["matched"] else 0.0,
              "mean_abs_count_error": s["abs_diff"] / s["matched"] if s["matched"] else 0.0, "errors": []}
    table = pd.concat([table, pd.DataFrame([pooled])], ignore_index=True)
    return table.drop(columns=["matched", "within_one", "abs_diff"])


def source_report(paths: list[Path] | None = None) -> pd.DataFrame:
    """One row per gold file with source scores (see ``score_sources``), and a pooled row."""
    return with_pooled_sources(pd.DataFrame([score_sources(p) for p in (paths or gold_files("sources"))]))
