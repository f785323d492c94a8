"""Issue 11bd (round 11, sources): per-sentence counting of a source already found, on made-up sentences.
The first two fail on the code before the issue; the last is a guard."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_court_decision_quote_counts_every_sentence_for_the_court():
    counts = counts_of(
        "The High Court of Westland ruled on Tuesday that the tax was unlawful.\n\n"
        'The summary of the decision read in part: "The tax was imposed without a vote. It is void. '
        'The money must be repaid."\n'
    )
    assert counts["High Court of Westland"] == 4


def test_ruling_as_speaker_is_the_court_named_most():
    counts = counts_of(
        "The Appeals Court of Eastmark heard the case in May. The Appeals Court of Eastmark said it would rule "
        "soon.\n\n"
        'The ruling states: "The contract was never signed. The claim fails."\n'
    )
    assert counts["Appeals Court of Eastmark"] == 3


def test_ruling_with_no_court_named_gives_no_source():
    counts = counts_of(
        "The mayor closed the bridge on Friday.\n\n"
        'The ruling states: "The bridge is unsafe. It must stay closed."\n'
    )
    assert not any("court" in name.casefold() for name in counts)  # no court to give the quote to
    assert counts.get("ruling", 0) <= 1  # the quote's sentences are not counted for the document
