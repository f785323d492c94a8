"""VADER on the clause holding the target."""

from __future__ import annotations

from ..lexicons import vader
from .clauses import clause, threshold_label

#: |compound| at or below which a clause is neutral: chosen on NewsMTSC train for the clause
#: method (``python -m analysis fit-sentiment`` prints it).
VADER_THRESHOLD = 0.15


class VaderEngine:
    """VADER compound score of the target's clause."""

    name = "vader"

    def score(self, contexts):
        evidence = [clause(*c) for c in contexts]
        scores = [vader(t) for t in evidence]
        return scores, [self.label(s) for s in scores], evidence

    def label(self, score: float) -> str:
        return threshold_label(score, VADER_THRESHOLD)
