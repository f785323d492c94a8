"""The two sentiment lexicons the engines build on: VADER and TextBlob (pattern), loaded once."""

from __future__ import annotations

from functools import cache, lru_cache

#: Distinct texts whose scores are kept: the model scores four or five overlapping spans of each
#: sentence per actor mention, and about one span in ten recurs within an article.
CACHED_TEXTS = 8192


@cache
def _vader():
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    class Analyzer(SentimentIntensityAnalyzer):
        """VADER 3.3.2 with one shortcut: a text without any emoji skips the loop that copies it
        character by character to replace emojis (a quarter of VADER's time); the rest of
        ``polarity_scores`` is VADER's own, line for line, so the scores are the same."""

        def __init__(self) -> None:
            super().__init__()
            self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)

        def polarity_scores(self, text):
            if not self.emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            sentiments = []
            words_and_emoticons = sentitext.words_and_emoticons
            for i, item in enumerate(words_and_emoticons):
                valence = 0
                if item.lower() in BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                if (i < len(words_and_emoticons) - 1 and item.lower() == "kind" and
                        words_and_emoticons[i + 1].lower() == "of"):
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

    return Analyzer()


def vader_scores(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg scores of a text."""
    return dict(_vader_scores(text))


@lru_cache(maxsize=CACHED_TEXTS)
def _vader_scores(text: str) -> dict[str, float]:
    return _vader().polarity_scores(text)


@lru_cache(maxsize=CACHED_TEXTS)
def vader(text: str) -> float:
    """VADER compound score of a text (0 for empty text)."""
    return _vader().polarity_scores(text)["compound"] if text.strip() else 0.0


@lru_cache(maxsize=CACHED_TEXTS)
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


def clear_caches() -> None:
    """Forget the scores kept per text (for benchmarks that time each stage on its own)."""
    for cached in (vader, textblob, _vader_scores):
        cached.cache_clear()
