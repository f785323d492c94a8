"""Actors found without a codebook: variants merged, titles understood, countries as parents,
no credits, captions, datelines, places or weekdays, and nothing that is not in the text."""

from pathlib import Path

import pytest
import yaml

from analysis import Article, load_article
from analysis.actors import discover, load_codebook
from analysis.actors.discovery import codebook_yaml, discovered_codebook
from analysis.sentiment import actor_sentiment

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "data" / "articles").glob("[0-9]*.txt"))

STORY = """\
Lift Sudan Sanctions, Activists Urge

WASHINGTON — Barack Obama met Eric Reeves on Tuesday. Mr. Obama said the talks went well.

Credit Ashraf Shazly/Getty Images

President Obama later told reporters that Sudan had changed. Mr. Reeves, a scholar, disagreed: the
Sudanese government still bombs villages in Darfur, he said. Obama did not answer.

Protesters gathered outside the embassy, and opposition lawmakers in Khartoum joined the protesters.
The country has been under sanctions since 1997, and the Sudanese government denies the charges.
Sudan says the sanctions hurt ordinary people. Reeves said Sudan must change first.
"""


@pytest.fixture(scope="module")
def story():
    return discover(Article.from_text(STORY))


def row(table, name):
    hits = table[table["name"] == name]
    assert len(hits) == 1, f"{name!r} not one row in {list(table['name'])}"
    return hits.iloc[0]


def test_variants_and_titles_make_one_person(story):
    obama = row(story, "Barack Obama")
    assert obama["type_guess"] == "person" and obama["mentions"] == 4
    assert row(story, "Eric Reeves")["mentions"] == 3
    assert not any(n in set(story["name"]) for n in ("Obama", "Mr. Obama", "President Obama", "Reeves"))


def test_government_is_tied_to_its_country_and_the_country_to_the_one_in_focus(story):
    government = row(story, "Government of Sudan")
    assert government["type_guess"] == "government" and government["parent"] == row(story, "Sudan")["id"]
    assert "The country" in row(story, "Sudan")["aliases"].split("; ")


def test_groups(story):
    assert row(story, "protesters")["mentions"] == 2
    assert "opposition lawmakers" in set(story["name"]) | {a for x in story["aliases"] for a in x.split("; ")}


def test_headlines_credits_datelines_places_and_weekdays_are_not_actors(story):
    words = " ".join(story["name"]) + " " + " ".join(story["aliases"])
    for bad in ("Lift", "Activists Urge", "Credit", "Shazly", "Getty", "WASHINGTON", "Tuesday", "Khartoum", "Darfur"):
        assert bad not in words


def test_the_country_needs_one_country_in_focus():
    text = "Two states\n\nFrance and Germany met. France said no and Germany said yes. The country was split.\n"
    table = discover(Article.from_text(text))
    assert not any("country" in a.casefold() for a in table["aliases"])


OTHER_NEWS = """\
Astronauts return

NASA astronauts Bob Behnken and Doug Hurley flew the Crew Dragon capsule home. Hurley said the
landing was smooth. "Bob and Doug are home safely," said Elon Musk. Behnken thanked the crew.

The agency said the Crew Dragon capsule would fly again. Scientist Rebecca Falconer of the
Center for Biological Diversity, who works in the Maidan Wardak province, praised NASA. Falconer said
Hurricane Katrina and the Presidential Medal of Freedom had nothing to do with it. COVID-19 did not
delay the flight, landing at 1429 UTC. Meanwhile, the Cambridge Analytica scandal is over, said
Cambridge Analytica.
"""

TRANSCRIPT = """\
An interview

((WN)) Given that you studied empathy, what did you find?

((Christian Keysers)) Yeah, we found a lot. Okay, the rats helped.

((WN)) Will Rocky Linux help?

((Christian Keysers)) Exactly. Keysers said so.
"""


def test_people_named_by_first_name_stay_people_and_things_are_not_actors():
    table = discover(Article.from_text(OTHER_NEWS))
    names = dict(zip(table["name"], table["type_guess"]))
    assert names.get("Bob Behnken") == "person" and names.get("Doug Hurley") == "person"
    assert names.get("Rebecca Falconer") == "person"  # the role word "Scientist" is not part of the name
    assert names.get("Center for Biological Diversity") == "organisation"
    assert names.get("Cambridge Analytica") == "organisation"
    for thing in ("Crew Dragon", "Hurricane Katrina", "Presidential Medal", "COVID-19", "UTC", "Maidan Wardak",
                  "1429", "Bob", "Doug"):
        assert thing not in names, thing


def test_interview_tags_and_interjections_are_not_actors():
    table = discover(Article.from_text(TRANSCRIPT))
    assert set(table["name"]) >= {"Christian Keysers"}
    for word in ("WN", "Yeah", "Okay", "Exactly", "Given", "Will Rocky Linux"):
        assert word not in set(table["name"]), word


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_no_discovered_actor_is_absent_from_the_text(path):
    article = load_article(path)
    table = discover(article)
    assert len(table) >= 3
    for r in table.itertuples():
        assert r.mentions >= 1
        assert any(alias in article.text for alias in r.aliases.split("; ")), r.name


def test_actor_sentiment_without_codebook_ranks_discovered_actors():
    article = Article.from_text(STORY)
    ranked = actor_sentiment(article, engine="vader")
    assert {"Barack Obama", "Eric Reeves", "Sudan"} <= set(ranked["label"])


def test_written_codebook_loads_back(tmp_path):
    article = load_article(ARTICLES[0])
    book = discovered_codebook(article)
    path = tmp_path / "mine.yml"
    path.write_text(codebook_yaml(book), encoding="utf-8")
    assert yaml.safe_load(path.read_text())["actors"]
    assert set(load_codebook(path).actors) == set(book.actors)


def test_cli_writes_an_editable_codebook(tmp_path, capsys):
    from analysis.cli import main

    assert main(["actors", "--article", str(ARTICLES[0])]) == 0
    path = tmp_path / "my-actors.yml"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    assert len(load_codebook(path).actors) >= 3
