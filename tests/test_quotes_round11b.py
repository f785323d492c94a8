"""Issue 11az: verbs of speech after a quote that the cue list lacked ("surmised",
"gloated", "riffed", "sang", "affirms"): the name beside them speaks, not the
speaker of the quote before. Made-up sentences only."""

from __future__ import annotations

import pytest

from analysis.lexicon.names import quote_words, speech_verbs
from analysis.quotes.extraction import find_quotes
from analysis.reading.article import Article

LEAD = "Council weighs new bridge\n\nThe town council met on Monday to discuss the bridge.\n\n"
FIRST = '"We will open the bridge in May," said Maria Lopez, the council leader.\n\n'


def speakers(body: str) -> dict[str, str | None]:
    article = Article.from_text(LEAD + body)
    return {q.quote: q.speaker for q in find_quotes(article, include_indirect=False)}


@pytest.mark.parametrize("verb", ["surmised", "gloated", "riffed", "sang", "affirms"])
def test_a_name_before_a_new_cue_verb_speaks(verb: str) -> None:
    found = speakers(FIRST + f'"Nobody thought the beams would hold this long," Tom Varga {verb}.')
    assert found["We will open the bridge in May,"] == "Maria Lopez"
    assert found["Nobody thought the beams would hold this long,"] == "Tom Varga"


@pytest.mark.parametrize("verb", ["surmised", "gloated", "riffed"])
def test_a_new_cue_verb_may_stand_before_its_speaker(verb: str) -> None:
    found = speakers(FIRST + f'"Nobody thought the beams would hold this long," {verb} Tom Varga, an engineer.')
    assert found["Nobody thought the beams would hold this long,"] == "Tom Varga"


def test_the_new_verbs_are_speech_cues_and_inversion_cues() -> None:
    assert {"surmised", "gloated", "riffed", "sang", "affirms"} <= set(speech_verbs())
    assert {"surmised", "gloated", "riffed", "sang"} <= set(quote_words("inversion_verbs"))


@pytest.mark.parametrize("verb", ["wondered", "demurred", "beamed"])
def test_verbs_of_thought_or_manner_alone_are_no_cue(verb: str) -> None:
    assert verb not in set(speech_verbs())
