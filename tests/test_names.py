"""Proper names in running text and one canonical name per person per article."""

from analysis.lexicon.canonical import bare_name, canonical_names
from analysis.lexicon.names import find_names, first_name_gender, speech_verbs


def names(text):
    return [(n.text, n.type) for n in find_names(text)]


def test_honorifics_stay_out_of_the_name():
    assert names("Mr. Reeves said the plan failed.") == [("Reeves", "person")]
    assert ("Marco Rubio", "person") in names("Sen. Marco Rubio spoke.")


def test_title_alone_is_no_name():
    assert names("Mr. said nothing.") == []


def test_sentence_openers_and_weekdays_are_cut():
    assert names("Then Brafman left.")[0][0] == "Brafman"
    assert names("He spoke in New Hampshire Monday.")[0][0] == "New Hampshire"


def test_organisation_and_person_types():
    assert ("Transport Ministry", "organisation") in names("The Transport Ministry agreed.")
    got = names("Government spokeswoman Maria Lopez met reporters.")
    assert ("Maria Lopez", "person") in got


def test_bare_name_drops_titles_and_possessives():
    assert bare_name("Mr. Reeves's") == "Reeves"
    assert bare_name("President Barack Obama") == "Barack Obama"


def test_canonical_names_join_short_forms():
    got = canonical_names(["Barack Obama", "Obama", "Mr. Obama", "Fiona Parry", "Fiona", "Jamie Werner of Ngātiwai",
                           "Werner"], persons=["Barack Obama", "Fiona Parry", "Jamie Werner of Ngātiwai"])
    assert got["Obama"] == got["Mr. Obama"] == "Barack Obama"
    assert got["Fiona"] == "Fiona Parry"
    assert got["Werner"] == got["Jamie Werner of Ngātiwai"] == "Jamie Werner"


def test_one_cue_list_is_shared():
    verbs = speech_verbs()
    assert "said" in verbs and "according to" in verbs and len(verbs) == len(set(verbs))


def test_given_names_mark_gender_but_surnames_alone_do_not():
    assert first_name_gender("Claire McCaskill") == "female"
    assert first_name_gender("Tom Price") == "male"
    assert first_name_gender("McCaskill") is None
    assert first_name_gender("Zorblat Quenn") is None
    (name,) = find_names("Yesterday Claire McCaskill spoke.")
    assert name.gender == "female"


def test_label_noun_before_a_name_is_cut():
    # issue 11 round 2: a common noun capitalised at a sentence's start labels the name after it
    found = [text for text, _ in names("Voter Lena Brandt told the paper she was tired.")]
    assert "Lena Brandt" in found and "Voter Lena Brandt" not in found


def test_place_and_title_run_is_no_name():
    # "US Ambassador to Germany Richard Grenell": the run before "to" is a title, not a person
    found = [text for text, _ in names("UK Ambassador to Norway Peter Holm alleged the firm lied.")]
    assert "UK Ambassador" not in found and "Peter Holm" in found
    assert names("District Attorney Ruth Vale said the case was closed.") == [("Ruth Vale", "person")]


def test_party_and_rival_words_before_a_given_name_are_cut():
    assert names("Republican Donald Trump spoke.") == [("Donald Trump", "person")]
    assert names("Rival Hillary Clinton spoke.") == [("Hillary Clinton", "person")]
    assert ("Democratic National Committee", "organisation") in names("The Democratic National Committee met.")
