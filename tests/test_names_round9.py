"""Issue 11ah: names the name reader typed wrongly before any speaker or source rule ran
(made-up sentences; the classes come from ``benchmarks/name_type_audit.py``)."""

from __future__ import annotations

from analysis.lexicon.names import find_names


def _types(text: str) -> dict[str, str]:
    return {n.text: n.type for n in find_names(text)}


def test_a_party_group_or_outlet_word_makes_no_person():
    types = _types("The Latino Republicans met on Monday. A Presumptive Democratic speech followed, "
                   "and guests on HuffPost Live talked with Muslim Americans about it.")
    assert types["Latino Republicans"] != "person"
    assert types["Presumptive Democratic"] != "person"
    assert types["HuffPost Live"] != "person"
    assert types["Muslim Americans"] != "person"


def test_a_listed_given_name_keeps_the_person():
    types = _types("Yesterday Charlie Black and Maria Conservative spoke to reporters.")
    assert types["Charlie Black"] == "person"


def test_a_title_with_its_modifier_and_no_name_is_no_name():
    found = [n.text for n in find_names("The Defence Secretary arrived before the Vice President, said a Labour MP.")]
    assert not any(t in found for t in ("Defence Secretary", "Vice President", "Labour MP"))


def test_a_title_before_a_name_still_cuts_to_the_person():
    names = find_names("Vice President Mike Pence and Defence Secretary Jane Roe spoke.")
    assert [(n.text, n.type) for n in names] == [("Mike Pence", "person"), ("Jane Roe", "person")]


def test_a_number_word_opening_a_sentence_is_no_name():
    found = [n.text for n in find_names("Thirteen years earlier, she moved. Dozens were hurt. Six Flags closed.")]
    assert "Thirteen" not in found and "Dozens" not in found
    assert "Six Flags" in found
