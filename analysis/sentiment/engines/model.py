"""The logistic regression fitted on NewsMTSC (``analysis.sentiment.model``) as an engine."""

from __future__ import annotations

import numpy as np

from ..model import load_model
from .clauses import threshold_label

#: The score is P(positive) - P(negative); a mention's label is its likeliest class. An actor's
#: mean score is labelled with this lean: a third of the way from neutral to certain.
MODEL_MEAN_THRESHOLD = 0.15
CLASSES = np.array(["negative", "neutral", "positive"])


class ModelEngine:
    """Class probabilities of the fitted model for the whole sentence around the target."""

    name = "model"

    def score(self, contexts):
        probabilities = load_model().probabilities(contexts)
        scores = (probabilities[:, 2] - probabilities[:, 0]).tolist()
        labels = CLASSES[probabilities.argmax(axis=1)].tolist()
        return scores, labels, [" ".join(c[0].split()) for c in contexts]

    def label(self, score: float) -> str:
        return threshold_label(score, MODEL_MEAN_THRESHOLD)
