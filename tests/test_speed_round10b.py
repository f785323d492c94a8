"""Issue 15t (round 10): cuts in the actor and sentiment side, each the same result as before.

- VADER (``lexicons._vader``): a text whose words are all known to be outside the lexicon gets
  all-zero valences without building its word table, and ``compound`` skips the punctuation
  emphasis when the valences sum to zero: every score still equals ``SentimentIntensityAnalyzer``'s,
  on the first reading of a text (words unseen) and on the second (words known).
- discovery: the paragraph gates (a trie of the government/institution nouns, one of the case-folded
  group nouns) are found exactly where one of the words is a substring, as the per-word searches
  they replace said, on made-up text at random spans.
"""

import random

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.actors import discovery
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


def test_noun_gates_agree_with_the_substring_searches():
    noun_gate, group_gate = discovery._noun_gates()
    nouns = discovery._government_and_institution_nouns()
    group_nouns = discovery._folded_group_nouns()
    rng = random.Random(15)
    pieces = [*nouns, *group_nouns[:40], "POLICE", "Officials", "polices", "xgovernmentx", " ", "a", ".", "é"]
    hits = [0, 0]
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        para = text[a:b]
        has_noun = any(n in para for n in nouns)
        has_group = any(n in para.casefold() for n in group_nouns)
        assert (noun_gate.search(text, a, b) is not None) == has_noun, (text, a, b)
        assert (group_gate.search(para.casefold()) is not None) == has_group, (text, a, b)
        hits[0] += has_noun
        hits[1] += has_group
    assert all(150 < h < 2_900 for h in hits), hits  # both outcomes met often
