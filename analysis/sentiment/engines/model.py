"""The logistic regression fitted on NewsMTSC (``analysis.sentiment.model``) as an engine."""

from __future__ import annotations

from ..model import load_model
from .clauses import threshold_label

CLASSES = ("negative", "neutral", "positive")


class ModelEngine:
    """Class probabilities of the fitted model for the whole sentence around the target.

    The score is P(positive) - P(negative); a mention's label is its likeliest class (the rule
    that scores best in cross-validation on NewsMTSC train: 0.642 macro-F1 against 0.611 for
    the best threshold on the score). ``label(score)``, for a lone score, uses that best
    threshold, chosen with the model's other settings and stored with the weights.
    """

    name = "model"

    def score(self, contexts):
        probabilities = load_model().probabilities(contexts)
        scores = (probabilities[:, 2] - probabilities[:, 0]).tolist()
        labels = [CLASSES[k] for k in probabilities.argmax(axis=1)] if len(probabilities) else []
        # the evidence is the sentence scored; its white space is folded once, where the rows are
        # made (``targets.scored_rows``), not also here
        return scores, labels, [c[0] for c in contexts]

    def label(self, score: float) -> str:
        return threshold_label(score, load_model().threshold)
