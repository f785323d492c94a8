"""Issue 11bb (round 11, sources): recall through pronouns, platforms and surnames, on made-up sentences.

Each test fails on the code before the issue."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Storm over the harbour\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_platform_carrying_a_quote_right_after_it_counts_once():
    counts = counts_of('Singer Ann Lee also reacted on Twitter, "Sad news, he was a kind man."\n\n'
                       'The mayor took a parting shot on Facebook: "Shame on the council!"\n')
    assert counts["X"] == 1  # the platform the name "Twitter" stands for (data/sources.yml)
    assert counts["Facebook"] == 1


def test_platform_without_a_quote_after_it_is_no_citation():
    counts = counts_of("A row broke out on Twitter, where fans argued for days.\n")
    assert "X" not in counts


def test_according_to_a_surname_is_the_person_named_before():
    counts = counts_of("Senator Mark Durbin spoke in the chamber on Monday.\n\n"
                       "According to Durbin, the bill will fail.\n")
    assert counts == {"Mark Durbin": 1}


def test_pronoun_resolved_to_an_unnamed_source_counts_for_it():
    counts = counts_of('The head of the city\'s fire investigators told reporters "the blaze spread fast." '
                       'She also said "We were called late. We did our best."\n')
    assert counts == {"head of the city's fire investigators": 3}
