"""Names read whole and joined (issue 11p): organisations joined over "and", acronyms, places."""

from analysis.lexicon.canonical import bare_name, canonical_names
from analysis.lexicon.names import find_names


def names(text):
    return [(n.text, n.type) for n in find_names(text)]


def test_organisation_complement_goes_on_past_and():
    assert names("The Centers for Disease Control and Prevention said so.") == [
        ("Centers for Disease Control and Prevention", "organisation")]
    got = names("The Johns Hopkins Center for Systems Science and Engineering counted.")
    assert got == [("Johns Hopkins Center for Systems Science and Engineering", "organisation")]
    assert names("It fought the Islamic State of Iraq and the Levant.")[0][0] == "Islamic State of Iraq and the Levant"
    assert names("The North Wales Fire and Rescue Service said.") == [
        ("North Wales Fire and Rescue Service", "organisation")]


def test_two_persons_or_two_organisations_stay_two():
    assert [n for n, _ in names("Barack Obama and Joe Biden met.")] == ["Barack Obama", "Joe Biden"]
    assert [n for n, _ in names("Amnesty International and Human Rights Watch said.")] == [
        "Amnesty International", "Human Rights Watch"]
    assert [n for n, _ in names("The University of Washington and Stanford University found.")] == [
        "University of Washington", "Stanford University"]
    assert names("The Department of Health and Human Services said.")[0][0] == "Department of Health and Human Services"
    assert [n for n, _ in names("Hillary Clinton and Justice Department officials.")][0] == "Hillary Clinton"


def test_acronym_in_parentheses_and_alone_join_the_full_name():
    assert bare_name("World Health Organization (WHO)") == "World Health Organization"
    got = canonical_names(["World Health Organization (WHO)", "WHO", "World Health Organization", "Who"])
    assert got["WHO"] == got["World Health Organization (WHO)"] == "World Health Organization"
    assert got["Who"] == "Who"  # a word in title case is no acronym
    got = canonical_names(["Centers for Disease Control and Prevention", "CDC"])
    assert got["CDC"] == "Centers for Disease Control and Prevention"


def test_a_described_name_and_a_surname_join():
    got = canonical_names(["Time magazine", "Time"])
    assert got["Time"] == got["Time magazine"] == "Time"
    assert canonical_names(["Sheldon Yett", "Yett"], persons=["Sheldon Yett"])["Yett"] == "Sheldon Yett"
    assert canonical_names(["Sheldon Yett of UNICEF", "Yett"])["Yett"] == "Sheldon Yett of UNICEF"
    assert canonical_names(["Islamic State of Iraq", "State"])["State"] == "State"  # an organisation's head


def test_states_bays_and_diseases_are_no_persons():
    assert names("Michigan said it would sue.") == [("Michigan", "place")]
    assert ("False Bay", "place") in names("Divers entered False Bay today.")
    assert names("COVID-19 has killed many.") == []
    assert names("Part of the money went.") == []
