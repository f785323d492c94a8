"""A small target-dependent sentiment model fitted on NewsMTSC (Hamborg & Donnay, EACL 2021).

Multinomial logistic regression over (1) lexicon scores of the sentence, of windows around the
target and of its left and right context (VADER, TextBlob), position and quote features, and
(2) the words near the target, tagged by side. Fitted with ``python -m analysis fit-sentiment``
on the NewsMTSC train split (MIT licence, attribution in ``data/models/README.md``); the weights
ship as ``data/models/newsmtsc-lr.json`` and scoring needs nothing but numpy.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from ..errors import DataFileError
from ..lexicon.resources import data_path
from . import lexicons
from .lexicons import textblob, vader, vader_scores

MODEL_PATH = data_path("models", "newsmtsc-lr.json")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")
SPEECH = {"said", "says", "told", "added", "wrote", "tweeted", "stated", "argued", "claimed", "insisted",
          "explained", "noted", "warned", "asked", "according"}
WINDOW = 8
DENSE_NAMES = [
    "vader_sentence", "vader_window5", "vader_window10", "vader_left", "vader_right", "vader_pos", "vader_neg",
    "textblob_sentence", "textblob_subjectivity", "textblob_window10", "textblob_window10_subjectivity",
    "relative_position", "length", "target_in_quote", "speech_verb_after", "speech_verb_before", "has_quote",
]


#: Sentences whose tokens are kept: an article's targets are scored in text order, sentence by
#: sentence, by two passes (lexicon features, then word features); 8192 holds every sentence of a
#: 1 MB article, so neither pass tokenises a sentence again.
CACHED_SENTENCES = 8192
#: Words whose vocabulary columns a model keeps (``Model.word_columns``): scoring the 295 Wikinews
#: articles looks up 14,326 distinct lower-cased words; the bound keeps the store to a few MB.
CACHED_WORDS = 100_000


@lru_cache(maxsize=CACHED_SENTENCES)
def _sentence_tokens(sentence: str) -> tuple[list[int], list[int], list[str]]:
    """Start and end offsets and lower-cased words of the sentence's tokens (``TOKEN``).

    Every character but white space starts a token, so only white space lies between two
    tokens, and each token is found by ``str.find`` from the end of the one before: the same
    offsets as the matches' spans, a quarter faster than a match object per token.
    """
    tokens = TOKEN.findall(sentence)
    starts, ends, find, at = [], [], sentence.find, 0
    for token in tokens:
        at = find(token, at)
        starts.append(at)
        at += len(token)
        ends.append(at)
    # a token holds no white space, so the tokens joined by newlines split back one for one
    words = "\n".join(tokens).lower().split("\n") if tokens else []
    return starts, ends, words


def clear_caches() -> None:
    """Forget the sentence tokens and lexicon scores kept per text (for stage-by-stage benchmarks)."""
    _sentence_tokens.cache_clear()
    lexicons.clear_caches()


def _tokens(sentence: str, start: int, end: int) -> tuple[tuple[list[int], list[int], list[str]], int, int]:
    """The sentence's tokens (``_sentence_tokens``) and the first and last token overlapping
    ``sentence[start:end]`` (tokens are in order and do not overlap, so two bisections find them)."""
    toks = _sentence_tokens(sentence)
    starts, ends, _ = toks
    first, last = bisect_right(ends, start), bisect_left(starts, end) - 1
    if first > last:  # the target is punctuation or empty: use the nearest token
        first = last = min(range(len(starts)), key=lambda i: abs(starts[i] - start)) if starts else 0
    return toks, first, last


def sentence_features(sentence: str) -> tuple[float, float, float, float, float]:
    """The target-free features of a sentence: VADER compound, pos, neg; TextBlob polarity, subjectivity."""
    if not sentence.strip():
        return 0.0, 0.0, 0.0, 0.0, 0.0
    scores = vader_scores(sentence)
    return (scores["compound"], scores["pos"], scores["neg"], *textblob(sentence))


def dense_features(sentence: str, start: int, end: int, whole: tuple | None = None) -> list[float]:
    """The lexicon, position and quote features (``DENSE_NAMES``) of one target.

    ``whole`` may carry ``sentence_features(sentence)`` when several targets share a sentence.
    """
    (starts, ends, words), i0, i1 = _tokens(sentence, start, end)

    def span(lo: int, hi: int) -> str:
        lo, hi = max(0, lo), min(len(starts), hi)
        return sentence[starts[lo] : ends[hi - 1]] if hi > lo and starts else ""

    compound, pos, neg, tb, tb_subj = whole if whole is not None else sentence_features(sentence)
    w5, w10 = span(i0 - 5, i1 + 6), span(i0 - 10, i1 + 11)
    tbw, tbw_subj = textblob(w10) if w10 else (tb, tb_subj)
    # a window that is the whole sentence (a sixth of the windows of 10) has the sentence's compound,
    # already computed (``polarity_scores`` and ``compound`` are VADER's one computation): not again
    v5 = compound if w5 == sentence else vader(w5)
    v10 = compound if w10 == sentence else vader(w10)
    before = sentence[:start]
    in_quote = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    after_words = set(words[i1 + 1 : i1 + 4])
    before_words = set(words[max(0, i0 - 3) : i0])
    return [
        compound, v5, v10, vader(before), vader(sentence[end:]),
        pos, neg, tb, tb_subj, tbw, tbw_subj,
        start / max(len(sentence), 1), min(len(starts), 80) / 80, float(in_quote),
        float(bool(after_words & SPEECH)), float(bool(before_words & SPEECH)),
        float('"' in sentence or "“" in sentence),
    ]


def word_features(sentence: str, start: int, end: int) -> list[str]:
    """Words of the sentence ("S:word") and near the target, by side ("L:word", "R:word")."""
    (_, _, words), i0, i1 = _tokens(sentence, start, end)
    features = []
    for i, word in enumerate(words):
        if i0 <= i <= i1:
            continue
        if i < i0 and i0 - i <= WINDOW:
            features.append("L:" + word)
        elif i > i1 and i - i1 <= WINDOW:
            features.append("R:" + word)
        features.append("S:" + word)
    return features


class Model:
    """Fitted weights: standardisation of the dense features, vocabulary, and class weights."""

    def __init__(self, mean, scale, vocabulary: list[str], weights, bias, threshold: float = 0.0,
                 settings: dict | None = None):
        self.threshold, self.settings = float(threshold), dict(settings or {})
        self.mean, self.scale = np.asarray(mean), np.asarray(scale)
        self.vocabulary = {w: i for i, w in enumerate(vocabulary)}
        self.weights, self.bias = np.asarray(weights), np.asarray(bias)
        self._sides: dict[str, tuple] = {}  # word -> its S:, L: and R: columns (``word_columns``)

    def word_columns(self, word: str) -> tuple[int | None, int | None, int | None]:
        """The vocabulary columns of "S:word", "L:word" and "R:word" (None when absent), kept per
        word: a word recurs in many sentences, and one lookup here replaces three string joins and
        three vocabulary lookups. The store is emptied when it holds ``CACHED_WORDS`` words."""
        columns = self._sides.get(word)
        if columns is None:
            if len(self._sides) >= CACHED_WORDS:
                self._sides.clear()
            get = self.vocabulary.get
            columns = self._sides[word] = (get("S:" + word), get("L:" + word), get("R:" + word))
        return columns

    def dense(self, rows: list[tuple[str, int, int]]) -> np.ndarray:
        """Standardised dense features; targets in the same sentence share its sentence scores."""
        shared: dict[str, tuple] = {}
        values = []
        for sentence, start, end in rows:
            if sentence not in shared:
                shared[sentence] = sentence_features(sentence)
            values.append(dense_features(sentence, start, end, shared[sentence]))
        dense = np.array(values, dtype=float).reshape(len(rows), len(DENSE_NAMES))
        return (dense - self.mean) / self.scale

    def active_words(self, rows: list[tuple[str, int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) pairs of the word features present, each once per row, row by row and
        columns ascending (the order the scores add them in).

        The same pairs as looking up ``word_features`` of each row, with each sentence's words
        looked up in the vocabulary once for all the targets in it.
        """
        columns: dict[str, tuple[list, list, list]] = {}
        sides = self._sides
        rows_idx: list[int] = []
        cols: list[int] = []
        for r, (sentence, start, end) in enumerate(rows):
            if sentence not in columns:
                words = _sentence_tokens(sentence)[2]
                looked_up = [sides.get(w) or self.word_columns(w) for w in words]
                columns[sentence] = tuple(map(list, zip(*looked_up))) if looked_up else ([], [], [])
            s_cols, l_cols, r_cols = columns[sentence]
            _, i0, i1 = _tokens(sentence, start, end)
            present = {*s_cols[:i0], *s_cols[i1 + 1 :], *l_cols[max(0, i0 - WINDOW) : i0],
                       *r_cols[i1 + 1 : i1 + 1 + WINDOW]}
            present.discard(None)
            rows_idx.extend([r] * len(present))
            cols.extend(sorted(present))
        if not cols:
            return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
        return np.array(rows_idx), np.array(cols) + len(DENSE_NAMES)

    def matrix(self, rows: list[tuple[str, int, int]]) -> np.ndarray:
        """The full design matrix (for fitting; scoring avoids building it)."""
        x = np.zeros((len(rows), len(DENSE_NAMES) + len(self.vocabulary)))
        x[:, : len(DENSE_NAMES)] = self.dense(rows)
        r, c = self.active_words(rows)
        x[r, c] = 1.0
        return x

    def probabilities(self, rows: list[tuple[str, int, int]]) -> np.ndarray:
        """P(negative), P(neutral), P(positive) for each (sentence, start, end).

        Computed as dense features times their weights plus the weights of the words present,
        without a rows x vocabulary matrix, so memory stays linear in the number of targets.
        """
        if not rows:
            return np.zeros((0, 3))
        z = self.dense(rows) @ self.weights[: len(DENSE_NAMES)] + self.bias
        r, c = self.active_words(rows)
        np.add.at(z, r, self.weights[c])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        return {
            "about": "Logistic regression fitted on NewsMTSC train (Hamborg & Donnay 2021, MIT); see README.md",
            "threshold": self.threshold,
            "settings": self.settings,
            "dense_features": DENSE_NAMES,
            "mean": [round(x, 6) for x in self.mean.tolist()],
            "scale": [round(x, 6) for x in self.scale.tolist()],
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.get),
            "weights": [[round(x, 5) for x in row] for row in self.weights.tolist()],
            "bias": [round(x, 5) for x in self.bias.tolist()],
        }


@cache
def load_model(path: str | None = None) -> Model:
    """The shipped (or given) model weights."""
    path = Path(path) if path else MODEL_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model(data["mean"], data["scale"], data["vocabulary"], data["weights"], data["bias"],
                     data["threshold"], data.get("settings"))
    except FileNotFoundError:
        raise DataFileError(f"sentiment model not found: {path}; run 'python -m analysis fit-sentiment'") from None
    except (KeyError, ValueError) as exc:
        raise DataFileError(f"{path}: malformed sentiment model ({exc})") from None


#: Settings tried by ``cross_validate`` (chosen on NewsMTSC train by grouped 5-fold CV, never on dev):
#: L2 strength, minimum count of a word feature, Adam iterations.
GRID_L2 = (1e-3, 3e-3, 1e-2)
GRID_MIN_COUNT = (2, 3, 5)
GRID_ITERATIONS = (150, 300)
#: Thresholds on P(positive) - P(negative) tried for the one label rule (a mention's and an actor's).
GRID_THRESHOLD = tuple(round(0.05 * k, 2) for k in range(0, 11))
FOLDS = 5
FOLD_SEED = 0


def macro_f1(gold: list[int], predicted: list[int]) -> float:
    """Unweighted mean of the F1 of the classes -1, 0 and 1."""
    g, p = np.asarray(gold), np.asarray(predicted)
    scores = []
    for c in (-1, 0, 1):
        tp = int(((g == c) & (p == c)).sum())
        fp, fn = int(((g != c) & (p == c)).sum()), int(((g == c) & (p != c)).sum())
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(sum(scores) / 3)


def labels_from_scores(scores, threshold: float) -> np.ndarray:
    """-1 / 0 / 1 from scores with the one rule: above ``threshold`` positive, below its negative negative."""
    s = np.asarray(scores)
    return np.where(s > threshold, 1, np.where(s < -threshold, -1, 0))


class Prepared:
    """Features of many targets computed once (the lexicon scores are the slow part), for fitting
    several models on parts of them (cross-validation)."""

    def __init__(self, rows: list[tuple[str, int, int]]):
        self.dense = np.array([dense_features(*r) for r in rows], dtype=float).reshape(len(rows), len(DENSE_NAMES))
        self.words = [sorted(set(word_features(*r))) for r in rows]


def _train(prep: Prepared, index: np.ndarray, labels: np.ndarray, l2: float, min_count: int, iterations: int,
           balanced: bool = True, checkpoints: tuple[int, ...] = ()) -> Model | dict[int, Model]:
    """Full-batch Adam on the L2-regularised, class-balanced log loss, over rows ``index`` of ``prep``.

    Word features are kept as (row, column) pairs, never a dense rows x vocabulary matrix.
    Deterministic: no random initialisation, no shuffling. With ``checkpoints``, returns the
    model after each of those iteration counts (one run serves several settings).
    """
    counts = Counter(f for i in index for f in prep.words[i])
    vocabulary = sorted(f for f, c in counts.items() if c >= min_count)
    position = {w: j for j, w in enumerate(vocabulary)}
    dense = prep.dense[index]
    mean, scale = dense.mean(axis=0), dense.std(axis=0) + 1e-9
    xd = (dense - mean) / scale
    pairs = [(r, position[f]) for r, i in enumerate(index) for f in prep.words[i] if f in position]
    rows_idx = np.array([p[0] for p in pairs], dtype=int)
    cols = np.array([p[1] for p in pairs], dtype=int)
    n, d, v = len(index), xd.shape[1], len(vocabulary)
    y = labels[index] + 1
    onehot = np.eye(3)[y]
    sample = (n / (3 * np.bincount(y, minlength=3)))[y] if balanced else np.ones(n)
    wd, ww, b = np.zeros((d, 3)), np.zeros((v, 3)), np.zeros(3)
    state = {k: (np.zeros_like(p), np.zeros_like(p)) for k, p in (("wd", wd), ("ww", ww), ("b", b))}
    saved: dict[int, Model] = {}
    for t in range(1, iterations + 1):
        z = xd @ wd + b
        for k in range(3):
            z[:, k] += np.bincount(rows_idx, weights=ww[cols, k], minlength=n)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample[:, None] / n
        g_ww = np.stack([np.bincount(cols, weights=g[rows_idx, k], minlength=v) for k in range(3)], axis=1)
        grads = {"wd": xd.T @ g + l2 * wd, "ww": g_ww + l2 * ww, "b": g.sum(axis=0)}
        for key, param in (("wd", wd), ("ww", ww), ("b", b)):
            m, s2 = state[key]
            m *= 0.9
            m += 0.1 * grads[key]
            s2 *= 0.999
            s2 += 0.001 * grads[key] ** 2
            param -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(s2 / (1 - 0.999**t)) + 1e-8)
        if t in checkpoints:
            saved[t] = Model(mean, scale, vocabulary, np.vstack([wd, ww]), b.copy())
    if checkpoints:
        return saved
    return Model(mean, scale, vocabulary, np.vstack([wd, ww]), b)


def fit(rows: list[tuple[str, int, int]], labels: list[int], l2: float = 3e-3, min_count: int = 3,
        iterations: int = 300, balanced: bool = True, prepared: Prepared | None = None) -> Model:
    """Fit the model on all ``rows`` with the given settings (see ``cross_validate`` for choosing them)."""
    prep = prepared or Prepared(rows)
    return _train(prep, np.arange(len(rows)), np.asarray(labels), l2, min_count, iterations, balanced)


def folds_of(groups: list[str], folds: int = FOLDS, seed: int = FOLD_SEED) -> np.ndarray:
    """Fold number of each row; rows of one group (one source article) share a fold, so no
    sentence or article is on both sides of a split. Fixed seed: the same folds every run."""
    names = sorted(set(groups))
    order = np.random.default_rng(seed).permutation(len(names))
    fold_of = {names[j]: k % folds for k, j in enumerate(order)}
    return np.array([fold_of[g] for g in groups])


def cross_validate(rows: list[tuple[str, int, int]], labels: list[int], groups: list[str],
                   prepared: Prepared | None = None, log=None) -> tuple[dict, list[dict]]:
    """Choose the settings and the label threshold by grouped ``FOLDS``-fold CV on these rows only.

    Returns the chosen settings (``l2``, ``min_count``, ``iterations``, ``threshold``, ``cv_macro_f1``)
    and one dict per setting tried with its mean CV macro-F1 (argmax labels, then the threshold
    chosen on the pooled out-of-fold scores of the best setting).
    """
    prep = prepared or Prepared(rows)
    y = np.asarray(labels)
    fold = folds_of(groups)
    results, oof_by_setting = [], {}
    for l2 in GRID_L2:
        for min_count in GRID_MIN_COUNT:
            scores = {it: np.zeros(len(y)) for it in GRID_ITERATIONS}
            f1s: dict[int, list[float]] = {it: [] for it in GRID_ITERATIONS}
            for k in range(FOLDS):
                train, test = np.where(fold != k)[0], np.where(fold == k)[0]
                models = _train(prep, train, y, l2, min_count, max(GRID_ITERATIONS), checkpoints=GRID_ITERATIONS)
                for iterations, model in models.items():
                    proba = _probabilities_prepared(model, prep, test)
                    scores[iterations][test] = proba[:, 2] - proba[:, 0]
                    f1s[iterations].append(macro_f1(y[test], proba.argmax(axis=1) - 1))
            for iterations in GRID_ITERATIONS:
                entry = {"l2": l2, "min_count": min_count, "iterations": iterations,
                         "cv_macro_f1": round(float(np.mean(f1s[iterations])), 4)}
                results.append(entry)
                oof_by_setting[(l2, min_count, iterations)] = scores[iterations]
                if log:
                    log(entry)
    best = max(results, key=lambda e: (e["cv_macro_f1"], -e["l2"], e["min_count"], -e["iterations"]))
    oof = oof_by_setting[(best["l2"], best["min_count"], best["iterations"])]
    per_threshold = {t: np.mean([macro_f1(y[fold == k], labels_from_scores(oof[fold == k], t)) for k in range(FOLDS)])
                     for t in GRID_THRESHOLD}
    threshold = max(GRID_THRESHOLD, key=lambda t: (round(per_threshold[t], 4), -t))
    chosen = dict(best, threshold=threshold, cv_macro_f1_threshold=round(float(per_threshold[threshold]), 4))
    return chosen, results


def _probabilities_prepared(model: Model, prep: Prepared, index: np.ndarray) -> np.ndarray:
    """Class probabilities for rows ``index`` of prepared features (no feature recomputation)."""
    xd = (prep.dense[index] - model.mean) / model.scale
    z = xd @ model.weights[: len(DENSE_NAMES)] + model.bias
    for r, i in enumerate(index):
        cols = [j for f in prep.words[i] if (j := model.vocabulary.get(f)) is not None]
        if cols:
            z[r] += model.weights[np.array(cols) + len(DENSE_NAMES)].sum(axis=0)
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def read_newsmtsc(path: str | Path) -> list[dict]:
    """NewsMTSC rows (sentence, target_start, target_end, label, subset) from a .jsonl file."""
    try:
        return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    except FileNotFoundError:
        raise DataFileError(f"NewsMTSC file not found: {path}") from None
