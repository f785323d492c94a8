"""NewsMTSC: fitting the sentiment model with settings chosen by cross-validation on train, and
scoring every engine on dev with the engines' own label rule.

Data: NewsMTSC (Hamborg & Donnay, EACL 2021; github.com/fhamborg/NewsMTSC, MIT licence), its
train and dev splits as ``train.jsonl`` / ``dev.jsonl`` in ``../shared/newsmtsc/`` (not shipped:
``newsmtsc_dir`` says where it is looked for). Without them the commands say so and skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..sentiment.engines import get_engine
from ..sentiment.engines.clauses import clause
from ..sentiment.lexicons import textblob, vader
from ..sentiment.model import MODEL_PATH, Prepared, cross_validate, fit, macro_f1, read_newsmtsc
from ..sentiment.targets import sentence_sentiment, without_own_quotes
from .scoring import REPO

SOURCE = ("NewsMTSC (Hamborg & Donnay, EACL 2021; github.com/fhamborg/NewsMTSC, MIT), "
          "train.jsonl and dev.jsonl of its newsmtsc-rw/mt splits")


def shared_data() -> Path:
    """``shared/`` (evaluation data that is not ours to ship) beside the checkout or beside one of
    its parent folders (a git worktree sits one level deeper); ``../shared`` if there is none."""
    for folder in (REPO, *REPO.parents):
        if (folder.parent / "shared").is_dir():
            return folder.parent / "shared"
    return REPO.parent / "shared"


def newsmtsc_dir() -> Path:
    """Where the NewsMTSC splits are read from: ``newsmtsc/`` of ``shared_data()``."""
    return shared_data() / "newsmtsc"


def article_of(row_id: str) -> str:
    """The source article of a NewsMTSC row ("allsides_1000_401_25_..." -> "allsides_1000_401"),
    so that cross-validation folds never split an article."""
    return "_".join(row_id.split("_")[:3])


def _inputs(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [without_own_quotes(r["sentence"], r["target_start"], r["target_end"]) for r in rows]


def fit_sentiment_cv(train: str | Path | None = None, out: str | Path | None = None, log=print) -> dict:
    """Choose the model's settings and label threshold by grouped 5-fold CV on train only, refit on
    all of train, write the weights (with the settings and CV figures), and return the settings
    plus the clause thresholds for VADER and TextBlob chosen on train."""
    rows = read_newsmtsc(train or newsmtsc_dir() / "train.jsonl")
    inputs = _inputs(rows)
    labels = [r["label"] for r in rows]
    groups = [article_of(r.get("id", str(i))) for i, r in enumerate(rows)]
    prepared = Prepared(inputs)
    chosen, tried = cross_validate(inputs, labels, groups, prepared, log=log)
    model = fit(inputs, labels, chosen["l2"], chosen["min_count"], chosen["iterations"], prepared=prepared)
    model.threshold = chosen["threshold"]
    model.settings = {**chosen, "chosen_by": "grouped 5-fold cross-validation on NewsMTSC train (fold seed 0)",
                      "grid": tried}
    path = Path(out) if out else MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    contexts = [clause(*i) for i in inputs]
    for engine, score in (("vader", vader), ("textblob", lambda t: textblob(t)[0])):
        scores = np.array([score(c) for c in contexts])
        grid = [round(0.05 * k, 2) for k in range(0, 11)]
        chosen[f"{engine}_clause_threshold"] = max(
            grid, key=lambda t: macro_f1(labels, np.where(scores > t, 1, np.where(scores < -t, -1, 0))))
    return chosen


def _as_int(name: str) -> int:
    return {"negative": -1, "neutral": 0, "positive": 1}[name]


def engine_predictions(rows: list[dict]) -> dict[str, list[int]]:
    """Labels of each engine (its own label rule, as the notebooks use it) and the sentence baselines."""
    inputs = _inputs(rows)
    out: dict[str, list[int]] = {}
    for engine in ("model", "vader", "textblob"):
        _, labels, _ = get_engine(engine).score(inputs)
        out[f"{engine} (target)"] = [_as_int(x) for x in labels]
    for engine, cut in (("vader", 0.05), ("textblob", 0.0)):  # the usual cut-offs of each lexicon
        scores = [sentence_sentiment(r["sentence"], engine) for r in rows]
        out[f"{engine} sentence"] = [1 if s > cut else -1 if s < -cut else 0 for s in scores]
    return out


def newsmtsc_report(path: str | Path | None = None) -> pd.DataFrame:
    """Macro-F1 of every engine on NewsMTSC dev (or ``path``), rw and mt apart."""
    rows = read_newsmtsc(path or newsmtsc_dir() / "dev.jsonl")
    table = []
    for method, predicted in engine_predictions(rows).items():
        entry = {"method": method}
        for subset in ("rw", "mt"):
            idx = [i for i, r in enumerate(rows) if r.get("subset", "rw") == subset]
            gold = [rows[i]["label"] for i in idx]
            entry[f"macro_f1_{subset}"] = round(macro_f1(gold, [predicted[i] for i in idx]), 3)
        entry["macro_f1_all"] = round(macro_f1([r["label"] for r in rows], predicted), 3)
        entry["targets"] = len(rows)
        table.append(entry)
    return pd.DataFrame(table)
