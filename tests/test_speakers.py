"""The speaker grammar on made-up sentences: cue patterns, appositions, honorifics, pronouns."""

import pytest

from analysis import Article
from analysis.quotes import extract_quotes


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


@pytest.mark.parametrize("text, speaker", [
    ("“We will rebuild the whole town” — Jacinda Ardern, the prime minister.", "Jacinda Ardern"),
    ("“The plan is bold,” suggests Anna Molitor.", "Anna Molitor"),
    ("Karl Weber responded: “We never agreed to that.”", "Karl Weber"),
    ("“What a great week for the economy” Karl Weber wrote sarcastically on Twitter.", "Karl Weber"),
    ("“The threat is real,” said Ned Price, a State Department spokesman.", "Ned Price"),
    ("“We had no choice,” Lisa Monaco, Obama’s adviser on counterterrorism, said.", "Lisa Monaco"),
    ("Mr. Reeves said: “The budget is balanced.”", "Reeves"),
    ("“I was not told,” the spokeswoman Maria Lopez told reporters.", "Maria Lopez"),
])
def test_cue_patterns(text, speaker):
    assert speakers(text) == [speaker]


def test_honorific_is_never_the_speaker():
    got = speakers("Calling Mr. Burr’s challenger a “disaster for the state,” Mrs. Clinton upbraided the senator.")
    assert "Mr" not in got and "Calling Mr" not in got


def test_pronoun_follows_gender():
    got = speakers("Maria Lopez met Karl Weber on Monday. “We are close to a deal,” she said.")
    assert got == ["Maria Lopez"]


def test_carry_over_stops_when_another_person_is_introduced():
    got = speakers("“We will win,” said Tom Weiss.\n\nLater, Eva Lind arrived at the hall with her aides.\n\n"
                   "“Nobody here believes that any more.”")
    assert got[0] == "Tom Weiss" and got[1] != "Tom Weiss"


def test_carry_over_without_a_newcomer():
    got = speakers("“We will win,” said Tom Weiss.\n\n“And we will govern well for a long time to come.”")
    assert got == ["Tom Weiss", "Tom Weiss"]


def test_noun_uses_of_cue_words_are_not_cues():
    got = speakers("Jen Psaki spoke on Monday. "
                   "Such claims are “absolutely false and clearly part of a script,” she said.")
    assert got == ["Jen Psaki"]
