"""Issue 15t (round 10): cuts in the actor and sentiment side, each the same result as before.

- VADER (``lexicons._vader``): a text whose words are all known to be outside the lexicon gets
  all-zero valences without building its word table, and ``compound`` skips the punctuation
  emphasis when the valences sum to zero: every score still equals ``SentimentIntensityAnalyzer``'s,
  on the first reading of a text (words unseen) and on the second (words known).
"""

import random

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.sentiment import lexicons

WORDS = ["the", "The", "minister", "said", "on", "Tuesday", "that", "good", "bad", "not", "very", "but", "BUT",
         "terrible", "GREAT", "kind", "of", "!", "!!", "?", "...", "police", "officials", "Protesters", "government",
         "ministry", "x", "“Yes,”", "(2019)", "said.", "no", "hardly", "happy", "war", "killed", "peace", "UN"]


def _texts(seed: int, count: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_vader_scores_equal_vader_with_plain_texts_known_and_unseen():
    reference = SentimentIntensityAnalyzer()
    lexicons.clear_caches()
    analyzer = lexicons._vader()
    analyzer.plain.clear()
    plain_only = [t for t in _texts(1, 400) if not any(w.strip("!?.").lower() in reference.lexicon
                                                       for w in t.split())]
    assert plain_only, "some made-up texts hold no lexicon word"
    texts = _texts(2, 1_500) + plain_only
    for _ in range(2):  # first reading: words unseen; second: known (the plain fast path)
        for text in texts:
            expected = reference.polarity_scores(text)
            assert analyzer.polarity_scores(text) == expected, text
            assert analyzer.compound(text) == expected["compound"], text
    assert analyzer.plain and all(analyzer.known[t][3] == 0 for t in analyzer.plain)

