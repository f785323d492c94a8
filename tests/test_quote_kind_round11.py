"""Issue 11av: the kind of a short quoted passage (partial or scare). A name given to a thing by "a
NOUN called" is a scare quote, while a subject who "has called" something a name is quoted; a
name given by "dubbed" stays a scare quote. Made-up sentences only."""

from __future__ import annotations

from analysis.quotes.extraction import find_quotes
from analysis.reading.article import Article

LEAD = "Town votes on its new bridge\n\n"
TAIL = ('\n\nThe council meets again next month. "It will be ready," the mayor said. '
        '"We are sure of it," she added.')


def kinds(body: str) -> dict[str, str]:
    article = Article.from_text(LEAD + body + TAIL)
    return {q.quote: q.kind for q in find_quotes(article, include_indirect=False)}


def test_a_thing_called_by_a_name_is_a_scare_quote() -> None:
    found = kinds('To measure the delay, the engineers used a method called "load mapping" on every span.')
    assert found["load mapping"] == "scare"
    found = kinds('Her stage name came from a song called "Rain after Rain," so it would fit on the poster.')
    assert found["Rain after Rain,"] == "scare"  # not title-cased ("after"): a title all the same


def test_someone_who_has_called_a_thing_something_is_still_quoted() -> None:
    # an auxiliary before "called": the subject said the words
    found = kinds('The residents have called "a waste of money" the plan to widen the road.')
    assert found["a waste of money"] == "partial"
    found = kinds('Anna Berg, the mayor, called the plan "a waste of money" on Monday.')
    assert found["a waste of money"] == "partial"


def test_a_name_given_to_a_thing_or_a_title_cased_nickname_stays_a_scare_quote() -> None:
    assert kinds('The storm was dubbed "the big wet" by the locals.')["the big wet"] == "scare"
    assert kinds('Her rivals dubbed her "Iron Lady" in the debate.')["Iron Lady"] == "scare"
