"""The logistic regression fitted on NewsMTSC (``analysis.sentiment.model``) as an engine."""

from __future__ import annotations

from ..model import load_model
from .clauses import threshold_label


class ModelEngine:
    """Class probabilities of the fitted model for the whole sentence around the target.

    The score is P(positive) - P(negative). The label rule is the same for a mention's score and
    an actor's mean: positive above the model's threshold, negative below its negative, neutral
    between; the threshold was chosen with the model's other settings by cross-validation on
    NewsMTSC train and is stored with the weights (``data/models/newsmtsc-lr.json``).
    """

    name = "model"

    def score(self, contexts):
        probabilities = load_model().probabilities(contexts)
        scores = (probabilities[:, 2] - probabilities[:, 0]).tolist()
        return scores, [self.label(s) for s in scores], [" ".join(c[0].split()) for c in contexts]

    def label(self, score: float) -> str:
        return threshold_label(score, load_model().threshold)
