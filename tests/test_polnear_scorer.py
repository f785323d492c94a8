"""The PolNeAR scorer's name matching (made-up names; PolNeAR itself is never in the repo)."""

from analysis.evaluation.polnear import names_match


def test_same_person_in_other_forms_matches():
    assert names_match("Pat Miller", "a terse Miller")
    assert names_match("Mr. Miller", "Pat Miller")
    assert names_match("Pat Miller", "Pat Miller, the mayor")


def test_two_people_with_one_surname_do_not_match():
    assert not names_match("Bill Clinton", "Hillary Clinton")
    assert not names_match("Eric Smith", "Donald Smith")


def test_missing_speaker_never_matches():
    assert not names_match(None, "Pat Miller")
    assert not names_match("Pat Miller", "")
