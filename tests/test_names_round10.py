"""Issue 11am: names read whole and right (made-up sentences; no article text)."""

from __future__ import annotations

from analysis.lexicon.canonical import bare_name, canonical_names
from analysis.lexicon.names import find_names, is_thing_name
from analysis.reading.article import Article
from analysis.sources import count_sources


def _names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.type) for n in find_names(text)]


def _sources(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("A made-up headline\n\n" + text))
    return dict(zip(table["source"], table["mentions"]))


def test_an_ampersand_joins_a_name():
    text = "Bluefield Power & Light (BP&L) cut the lines. BP&L stated that repairs would take days."
    assert ("BP&L", "organisation") in _names(text)
    assert ("E", "unknown") not in _names("ZX&E stated that it would pay.")
    assert _names("Harlow & Finch said sales rose.") == [("Harlow & Finch", "organisation")]
    assert "L" not in _sources(text)


def test_an_acronym_with_an_ampersand_or_dotted_letters_joins_its_full_name():
    mapping = canonical_names(["Northmoor Gas and Water Company", "NG&W"])
    assert mapping["NG&W"] == "Northmoor Gas and Water Company"
    mapping = canonical_names(["United States Marine Survey", "USMS", "U.S. Marine Survey"])
    assert mapping["USMS"] == mapping["U.S. Marine Survey"] == "United States Marine Survey"
    assert canonical_names(["USMS", "U.S. Marine Survey"])["USMS"] == "U.S. Marine Survey"


def test_a_body_after_a_country_is_no_person():
    assert _names("Later the U.S. Marine Survey has said it was wrong.") == [("U.S. Marine Survey", "organisation")]


def test_office_titles_ending_in_man_or_woman_are_cut_off():
    text = "Newly elected Assemblywoman Dana Pruitt said she would vote no."
    assert _names(text) == [("Dana Pruitt", "person")]
    assert [n.gender for n in find_names(text)] == ["female"]
    assert _sources("Former Councilman Rob Hale said the plan was bad.") == {"Rob Hale": 1}


def test_a_sentence_adverb_is_no_name():
    assert _names("Additionally, the trader Olaf Brenn said the deal was fine.") == [("Olaf Brenn", "person")]
    assert "Additionally" not in _sources("Additionally, businessman Olaf Brenn said the deal was fine.")


def test_a_conjunction_is_no_part_of_a_source():
    assert bare_name("but the Ruritanian government") == "Ruritanian government"
    assert bare_name("And Then") == "And Then"  # capitalised: may be a title, kept
    sources = _sources("The talks failed on Monday, but the Ruritanian government said it would continue.")
    assert list(sources) == ["Ruritanian government"]


def test_a_storm_is_no_source():
    text = "Hurricane Wilmer struck the coast in 2031 and claimed about 300 lives."
    assert _names(text) == [("Hurricane Wilmer", "thing")]
    assert is_thing_name(text, 0, len("Hurricane Wilmer"))
    assert _sources(text) == {}


def test_declaring_an_emergency_is_no_citation():
    assert _sources("The governor of Ruritania, Dana Pruitt, declared a state of emergency.") == {}
    assert _sources("The council declared a national state of emergency on Monday.") == {}
    assert _sources('The police declared a "terrorist-related" attack.') == {"police": 1}


def test_a_title_alone_or_a_title_before_a_body_is_no_person():
    assert _names("The Prime Minister's office said so.") == []
    assert _names("Deputy Prime Minister said so.") == []
    assert _names("The General Services Bureau has acted.") == [("General Services Bureau", "organisation")]
    assert _names("General Olaf Brenn was there.") == [("Olaf Brenn", "person")]
    assert _names("Lawmakers from the camp shouted.") == []


def test_a_speech_verb_opening_an_inverted_sentence_is_no_name():
    text = 'Remarked Ruritania Wildlife Fund scientist Dana Pruitt, "This is good news."'
    assert _names(text) == [("Ruritania Wildlife Fund", "organisation"), ("Dana Pruitt", "person")]
