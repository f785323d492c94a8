"""Issue 11bc: cues the speaker grammar still missed. Verbs that cue a quote beside them but
report no words alone ("wondered", "demurred", "beamed": ``quote_cues``, never sources), and a
noun of someone's words before a colon ("Her reply:", "X's response:", "From the report:").
Made-up sentences only."""

from __future__ import annotations

import pytest

from analysis.lexicon.names import quote_words, speech_verbs
from analysis.quotes.extraction import find_quotes
from analysis.quotes.speakers import act_re, cue_re
from analysis.reading.article import Article
from analysis.sources import count_sources

LEAD = "Council weighs new bridge\n\nThe town council met on Monday to discuss the bridge.\n\n"
FIRST = '"We will open the bridge in May," said Maria Lopez, the council leader.\n\n'
QUOTE_CUES = ["beamed", "mocks", "concludes", "wondered", "demurred"]


def speakers(body: str) -> dict[str, str | None]:
    article = Article.from_text(LEAD + body)
    return {q.quote: q.speaker for q in find_quotes(article, include_indirect=False)}


@pytest.mark.parametrize("verb", QUOTE_CUES)
def test_a_quote_cue_after_a_quote_gives_the_name_beside_it(verb: str) -> None:
    found = speakers(FIRST + f'"Nobody thought the beams would hold this long," Tom Varga {verb}.')
    assert found["We will open the bridge in May,"] == "Maria Lopez"
    assert found["Nobody thought the beams would hold this long,"] == "Tom Varga"


def test_a_quote_cue_before_a_colon() -> None:
    found = speakers(FIRST + 'Asked about the cost, Tom Varga demurred: "That is for the council to say."')
    assert found["That is for the council to say."] == "Tom Varga"


@pytest.mark.parametrize("verb", QUOTE_CUES)
def test_quote_cues_are_neither_speech_acts_nor_speech_verbs(verb: str) -> None:
    assert verb in quote_words("quote_cues")
    assert verb not in speech_verbs()
    assert cue_re().fullmatch(verb) and not act_re().search(f"she {verb} about it")


def test_a_quote_cue_without_a_quote_counts_no_source() -> None:
    body = ("Engineers at Northfield Polytechnic have long wondered about the old bridge. "
            "The Varga family beamed as the ribbon was cut.\n\n")
    sources = set(count_sources(Article.from_text(LEAD + body))["source"])
    assert "Northfield Polytechnic" not in sources and "Varga" not in " ".join(sources)


def test_an_owners_reply_before_a_colon() -> None:
    found = speakers(FIRST + 'Tom Varga was asked about the delay. His reply: "The steel came late."')
    assert found["The steel came late."] == "Tom Varga"


def test_a_possessive_response_before_a_colon() -> None:
    found = speakers(FIRST + 'Critics blamed the contractor. Tom Varga\'s response: "The steel came late."')
    assert found["The steel came late."] == "Tom Varga"


def test_from_the_report_before_a_colon() -> None:
    found = speakers(FIRST + 'The auditors looked at the bridge for a year.\n\n'
                     'From the report: "The steel was delivered six weeks late."')
    assert found["The steel was delivered six weeks late."] == "the report"


def test_an_unnamed_subject_of_a_participle_after_with() -> None:
    found = speakers(FIRST + 'The council\'s new film ends with a voice over saying: "The bridge is for everyone."')
    assert found["The bridge is for everyone."] == "a voice over"
