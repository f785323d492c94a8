"""Issue 15r (round 10): the sources pass's group-demands scan is tried only in sentences holding
"calls" or "demands" (``demand_matches``): the same matches as the ungated scan on random made-up
text built from the pattern's pieces, at random spans, and the same source rows on sentences that
hold a match, one that does not, and none of the words."""

import random

from analysis import Article
from analysis.sources import source_mentions
from analysis.sources.counting import GROUP_DEMANDS, GROUP_DEMANDS_WORDS, demand_matches

PIECES = ["Protesters", "protesters", "students'", "Students’", " ", "  ", "\n", "demands", "Demands", "DEMANDS",
          "calls", "Calls", "recalls", "calls for", "calls to", "demanded", "the", "The", "by", "from", "officials",
          "asking", "urging", "calling", "demanding", "'", "’", "-", "x", ".", ",", "UK", "é", "include",
          "Protesters' demands", "the students’ calls for", "The calls by local officials asking",
          "demands from the UK workers urging", "Fans' calls to"]


def _texts(seed: int, count: int, longest: int = 18) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_gated_demands_are_the_ungated_matches():
    rng = random.Random(10)
    matched = skipped = 0
    for text in _texts(10, 4_000):
        for _ in range(3):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            want = [(m.span(), m.groups()) for m in GROUP_DEMANDS.finditer(text, a, b)]
            got = [(m.span(), m.groups()) for m in demand_matches(text, a, b)]
            assert got == want, (text, a, b)
            matched += bool(want)
            skipped += all(text.find(w, a, b) < 0 for w in GROUP_DEMANDS_WORDS)
    assert matched > 100 and skipped > 100  # both sides of the gate are exercised


def test_sources_with_and_without_the_words():
    text = ("Protesters gathered in the square on Monday.\n\n"
            "The students' demands include the resignation of the minister, Jane Doe said.\n\n"
            "The calls by local officials asking for calm went unheeded, police said.\n\n"
            "Nothing else happened, the mayor told reporters.")
    rows = source_mentions(Article.from_text(text))
    cues = set(zip(rows["as_written"], rows["cue"]))
    assert ("The students", "demands") in cues and ("local officials", "asking") in cues
    assert ("Jane Doe", "said") in cues
