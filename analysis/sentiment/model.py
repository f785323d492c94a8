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
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import DataFileError
from ..lexicon.resources import data_path
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


def _tokens(sentence: str, start: int, end: int) -> tuple[list[re.Match], int, int]:
    toks = list(TOKEN.finditer(sentence))
    idx = [i for i, m in enumerate(toks) if m.end() > start and m.start() < end]
    if not idx:  # the target is punctuation or empty: use the nearest token
        idx = [min(range(len(toks)), key=lambda i: abs(toks[i].start() - start))] if toks else [0]
    return toks, idx[0], idx[-1]


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
    toks, i0, i1 = _tokens(sentence, start, end)

    def span(lo: int, hi: int) -> str:
        lo, hi = max(0, lo), min(len(toks), hi)
        return sentence[toks[lo].start() : toks[hi - 1].end()] if hi > lo and toks else ""

    compound, pos, neg, tb, tb_subj = whole if whole is not None else sentence_features(sentence)
    w10 = span(i0 - 10, i1 + 11)
    tbw, tbw_subj = textblob(w10) if w10 else (tb, tb_subj)
    before = sentence[:start]
    in_quote = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    after_words = {m.group().lower() for m in toks[i1 + 1 : i1 + 4]}
    before_words = {m.group().lower() for m in toks[max(0, i0 - 3) : i0]}
    return [
        compound, vader(span(i0 - 5, i1 + 6)), vader(w10), vader(before), vader(sentence[end:]),
        pos, neg, tb, tb_subj, tbw, tbw_subj,
        start / max(len(sentence), 1), min(len(toks), 80) / 80, float(in_quote),
        float(bool(after_words & SPEECH)), float(bool(before_words & SPEECH)),
        float('"' in sentence or "“" in sentence),
    ]


def word_features(sentence: str, start: int, end: int) -> list[str]:
    """Words of the sentence ("S:word") and near the target, by side ("L:word", "R:word")."""
    toks, i0, i1 = _tokens(sentence, start, end)
    features = []
    for i, m in enumerate(toks):
        if i0 <= i <= i1:
            continue
        word = m.group().lower()
        if i < i0 and i0 - i <= WINDOW:
            features.append("L:" + word)
        elif i > i1 and i - i1 <= WINDOW:
            features.append("R:" + word)
        features.append("S:" + word)
    return features


class Model:
    """Fitted weights: standardisation of the dense features, vocabulary, and class weights."""

    def __init__(self, mean, scale, vocabulary: list[str], weights, bias):
        self.mean, self.scale = np.asarray(mean), np.asarray(scale)
        self.vocabulary = {w: i for i, w in enumerate(vocabulary)}
        self.weights, self.bias = np.asarray(weights), np.asarray(bias)

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
        """(row, column) pairs of the word features present, each once per row."""
        pairs = {(i, j) for i, r in enumerate(rows) for f in word_features(*r)
                 if (j := self.vocabulary.get(f)) is not None}
        if not pairs:
            return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
        rows_idx, cols = zip(*sorted(pairs))
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
        return Model(data["mean"], data["scale"], data["vocabulary"], data["weights"], data["bias"])
    except FileNotFoundError:
        raise DataFileError(f"sentiment model not found: {path}; run 'python -m analysis fit-sentiment'") from None
    except (KeyError, ValueError) as exc:
        raise DataFileError(f"{path}: malformed sentiment model ({exc})") from None


def fit(rows: list[tuple[str, int, int]], labels: list[int], l2: float = 3e-3, min_count: int = 3,
        iterations: int = 300, balanced: bool = True) -> Model:
    """Fit the model: full-batch Adam on the L2-regularised, class-balanced log loss.

    Deterministic (no random initialisation, no shuffling), so refitting gives the same weights.
    """
    words = [word_features(*r) for r in rows]
    counts = Counter(f for fs in words for f in set(fs))
    vocabulary = sorted(f for f, c in counts.items() if c >= min_count)
    dense = np.array([dense_features(*r) for r in rows], dtype=float)
    mean, scale = dense.mean(axis=0), dense.std(axis=0) + 1e-9
    model = Model(mean, scale, vocabulary, np.zeros((len(DENSE_NAMES) + len(vocabulary), 3)), np.zeros(3))
    # (the matrix below recomputes the dense features; fitting is a one-off, clarity wins)
    x = model.matrix(rows)
    y = np.asarray(labels) + 1  # -1, 0, 1 -> 0, 1, 2
    onehot = np.eye(3)[y]
    sample = (len(y) / (3 * np.bincount(y, minlength=3)))[y] if balanced else np.ones(len(y))
    w, b = np.zeros((x.shape[1], 3)), np.zeros(3)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros(3), np.zeros(3)
    for t in range(1, iterations + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample[:, None] / len(y)
        g_w, g_b = x.T @ g + l2 * w, g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad**2
            param -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    model.weights, model.bias = w, b
    return model


def read_newsmtsc(path: str | Path) -> list[dict]:
    """NewsMTSC rows (sentence, target_start, target_end, label, subset) from a .jsonl file."""
    try:
        return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    except FileNotFoundError:
        raise DataFileError(f"NewsMTSC file not found: {path}") from None
