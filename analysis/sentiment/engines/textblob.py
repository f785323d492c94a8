"""TextBlob (pattern lexicon) on the clause holding the target."""

from __future__ import annotations

from ..lexicons import textblob
from .clauses import clause, threshold_label

#: |polarity| at or below which a clause is neutral: chosen on NewsMTSC train for the clause
#: method (``python -m analysis fit-sentiment`` prints it); 0 means any polarity counts.
TEXTBLOB_THRESHOLD = 0.0


class TextBlobEngine:
    """TextBlob polarity of the target's clause."""

    name = "textblob"

    def score(self, contexts):
        evidence = [clause(*c) for c in contexts]
        scores = [textblob(t)[0] for t in evidence]
        return scores, [self.label(s) for s in scores], evidence

    def label(self, score: float) -> str:
        return threshold_label(score, TEXTBLOB_THRESHOLD)
