"""Issue 11ay: a name's type (person, place, organisation, thing) on unseen news (made-up sentences only)."""

from __future__ import annotations

from analysis.lexicon.names import find_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.type) for n in find_names(text)]


def test_a_listed_given_name_before_a_place_modifier_is_a_person():
    assert _names("Kevin North said the plan would fail.") == [("Kevin North", "person")]
    assert _names("Maria East, a teacher, disagreed.")[0] == ("Maria East", "person")


def test_a_place_modifier_still_makes_places_without_a_given_name():
    assert [t for n, t in _names("Settlers moved to the West Bank.") if n == "West Bank"] != ["person"]
    assert _names("Kevin drove to South Lake.")[-1] == ("South Lake", "place")
    assert _names("They drove to Oak Valley.") == [("Oak Valley", "place")]


def test_a_title_after_a_work_noun_is_a_thing():
    assert _names("The 2019 film Glass Orchard won, she said.") == [("Glass Orchard", "thing")]
    assert _names("His book “Fallen Towers” sold well.") == [("Fallen Towers", "thing")]
    assert _names("Polls show Jane Holt ahead.")[-1] == ("Jane Holt", "person")


def test_a_work_noun_on_the_line_before_types_nothing():
    assert _names("from the Silver Harbor series\n\nJane Holt spoke")[-1] == ("Jane Holt", "person")


def test_two_common_words_written_lower_case_elsewhere_are_no_person():
    text = "The Garden Club met. Members of the club said the garden was dry."
    assert ("Garden Club", "person") not in _names(text)
    assert ("Garden Club", "unknown") in _names(text)


def test_a_person_whose_name_is_common_words_elsewhere_keeps_a_title_or_listed_given_name():
    text = "Senator Hope Baker spoke. There is hope for the baker, Hope Baker said."
    assert [t for n, t in _names(text) if n == "Hope Baker"] == ["person", "person"]
