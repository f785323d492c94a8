"""The two sentiment lexicons the engines build on: VADER and TextBlob (pattern), loaded once."""

from __future__ import annotations

from functools import cache


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_scores(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg scores of a text."""
    return _vader().polarity_scores(text)


def vader(text: str) -> float:
    """VADER compound score of a text (0 for empty text)."""
    return _vader().polarity_scores(text)["compound"] if text.strip() else 0.0


def textblob(text: str) -> tuple[float, float]:
    """TextBlob (pattern lexicon) polarity and subjectivity.

    Calls TextBlob's English pattern analyser directly: the same numbers as
    ``TextBlob(text).sentiment`` (checked on NewsMTSC dev), without building a blob per call.
    """
    from textblob.en import sentiment

    if not text.strip():
        return 0.0, 0.0
    polarity, subjectivity = sentiment(text)
    return float(polarity), float(subjectivity)
