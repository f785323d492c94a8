"""A small block classifier over the segmentation rules: features, fitting, applying.

The rules of ``segmentation`` give every block a kind and say which rule gave it (a positive
rule such as "credit line" or "dateline", or a fallback such as "short line before body text is
a subheading"). This module describes each block by a few numbers (length, terminal
punctuation, capitalisation, position from the start and the end of the page, the rule's kind
and its neighbours' kinds and lengths, and which rule tests fire on it, their words read from
``data/segmentation.yml``) and a multinomial logistic regression, fitted on labelled blocks
(``python -m analysis fit-segments``), gives it a kind. Only kinds the rules gave by fallback or
by position are replaced (``OVERRIDABLE_RULES``): a block a positive rule recognised keeps it.

Weights ship as ``data/models/segments-lr.json``; applying them needs numpy only. Without that
file the rules' kinds stand.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import DataFileError
from ..lexicon.resources import data_path
from .records import SEGMENT_KINDS

MODEL_PATH = data_path("models", "segments-lr.json")
#: The names of the rules whose kinds the classifier may replace: the fallbacks at the end of
#: the rules (paragraph or subheading by shape, boilerplate by position after the last paragraph).
OVERRIDABLE_RULES = ("fallback", "trailing")
#: Every rule name the segmenter records (one-hot feature).
RULES = ("inline", "furniture", "teaser", "headline", "caption", "media", "trailing", "fallback")
#: Rule tests the segmenter reports per block (binary features), see ``segmentation.block_signals``.
SIGNALS = (
    "credit", "credit_prefix", "agency", "dateline", "timestamp", "byline", "boilerplate_phrase",
    "boilerplate_word", "teaser_marker", "teaser_verb", "promo_word", "media_label", "caption_marker",
    "titlelike", "title_case", "sentencelike", "headline_like", "bio", "price", "heading",
)
#: A body paragraph of at least this many words anchors the article's text (position features).
LONG_BLOCK_WORDS = 40
#: L2 penalty and Adam steps of the fit: a penalty strong enough that ~800 blocks do not let
#: the model memorise single pages (checked under leave-one-outlet-out, see ``segments_pages``).
L2 = 0.03
ITERATIONS = 400
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Block:
    """One segment as the classifier sees it: its plain text, the rules' kind, which rule gave it
    and which rule tests fire on it."""

    start: int
    end: int
    plain: str
    kind: str
    rule: str
    signals: frozenset[str]


def _shape(block: Block) -> list[float]:
    plain = block.plain
    words = _WORD.findall(plain)
    stripped = plain.rstrip("\"'”’»)]*_ ")
    last = stripped[-1:]
    first = plain.lstrip("\"'“‘„«(*_ ")[:1]
    caps = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
    digits = sum(c.isdigit() for c in plain) / max(len(plain), 1)
    return [
        math.log1p(len(plain.split())),
        float(last == "."), float(last in "!?"), float(last == ":"), float(last.isalnum()),
        float(stripped.endswith(("...", "…"))),
        float(first.isupper()), float(first.isdigit()), float(plain[:1] in "\"“‘'«"),
        caps, digits,
    ]


SHAPE_NAMES = ("log_words", "ends_period", "ends_bang", "ends_colon", "ends_open", "ends_ellipsis",
               "starts_upper", "starts_digit", "starts_quote", "caps_share", "digit_share")
KIND_INDEX = {k: i for i, k in enumerate(SEGMENT_KINDS)}


def features(blocks: list[Block]) -> np.ndarray:
    """One row of numbers per block (see ``feature_names``), in order."""
    n = len(blocks)
    sizes = [len(b.plain.split()) for b in blocks]
    total = max(sum(sizes), 1)
    long_after = [0] * n
    count = 0
    for i in range(n - 1, -1, -1):
        long_after[i] = count
        count += sizes[i] >= LONG_BLOCK_WORDS
    rows = []
    before = 0
    long_before = 0
    for i, block in enumerate(blocks):
        row = _shape(block)
        row += [i / max(n - 1, 1), float(i == 0), float(i == n - 1), before / total,
                (total - before - sizes[i]) / total, math.log1p(long_before), math.log1p(long_after[i]),
                float(long_after[i] == 0)]
        row += _onehot(block.kind) + [float(block.rule == r) for r in RULES]
        for j in (i - 1, i + 1):
            neighbour = blocks[j] if 0 <= j < n else None
            row += _onehot(neighbour.kind if neighbour else None)
            row.append(math.log1p(sizes[j]) if neighbour else 0.0)
        row += [float(s in block.signals) for s in SIGNALS]
        rows.append(row)
        before += sizes[i]
        long_before += sizes[i] >= LONG_BLOCK_WORDS
    return np.array(rows, dtype=float).reshape(n, len(feature_names()))


def _onehot(kind: str | None) -> list[float]:
    return [float(kind == k) for k in SEGMENT_KINDS]


@cache
def feature_names() -> tuple[str, ...]:
    """Names of the columns of ``features``."""
    position = ("relative_index", "is_first", "is_last", "words_before_share", "words_after_share",
                "log_long_before", "log_long_after", "no_long_after")
    rule = tuple(f"rule_kind_{k}" for k in SEGMENT_KINDS) + tuple(f"rule_{r}" for r in RULES)
    nb = tuple(f"{side}_{k}" for side in ("prev", "next") for k in (*SEGMENT_KINDS, "log_words"))
    return SHAPE_NAMES + position + rule + nb + tuple(f"signal_{s}" for s in SIGNALS)


@dataclass
class Model:
    """Standardised features -> softmax over ``SEGMENT_KINDS``."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def to_json(self) -> dict:
        return {
            "about": "Block kinds: logistic regression over analysis.reading.blocks features; "
                     "fitted by 'python -m analysis fit-segments' (see data/models/README.md)",
            "kinds": list(SEGMENT_KINDS),
            "features": list(feature_names()),
            "mean": [round(v, 6) for v in self.mean.tolist()],
            "scale": [round(v, 6) for v in self.scale.tolist()],
            "weights": [[round(v, 5) for v in row] for row in self.weights.tolist()],
            "bias": [round(v, 5) for v in self.bias.tolist()],
        }


def fit(x: np.ndarray, labels: list[str], l2: float = L2, iterations: int = ITERATIONS) -> Model:
    """Full-batch Adam on the L2-regularised log loss; deterministic (zero start, no shuffling)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z_x = (x - mean) / scale
    y = np.array([KIND_INDEX[k] for k in labels])
    onehot = np.eye(len(SEGMENT_KINDS))[y]
    w, b = np.zeros((x.shape[1], len(SEGMENT_KINDS))), np.zeros(len(SEGMENT_KINDS))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, iterations + 1):
        z = z_x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / len(y)
        g_w, g_b = z_x.T @ g + l2 * w, g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad**2
            param -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return Model(mean, scale, w, b)


def predict(blocks: list[Block], model: Model | None) -> list[str]:
    """The kind of each block: the rules' kind, replaced by the model's where the rule was a
    fallback (``OVERRIDABLE_RULES``)."""
    if model is None or not blocks:
        return [b.kind for b in blocks]
    p = model.probabilities(features(blocks))
    best = [SEGMENT_KINDS[i] for i in p.argmax(axis=1)]
    return [k if b.rule in OVERRIDABLE_RULES else b.kind for b, k in zip(blocks, best)]


def write_model(model: Model, path: str | Path | None = None) -> Path:
    """Write the weights as compact JSON (default ``MODEL_PATH``)."""
    path = Path(path) if path else MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    return path


@cache
def load_model(path: str | None = None) -> Model | None:
    """The shipped (or given) weights; None when no model file is there (the rules then stand)."""
    path = Path(path) if path else MODEL_PATH
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["features"] != list(feature_names()) or data["kinds"] != list(SEGMENT_KINDS):
            raise DataFileError(f"{path}: fitted for other features; run 'python -m analysis fit-segments'")
        return Model(*(np.array(data[k], dtype=float) for k in ("mean", "scale", "weights", "bias")))
    except (KeyError, ValueError) as exc:
        raise DataFileError(f"{path}: malformed segment model ({exc})") from None
