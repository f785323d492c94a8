"""Issue 11z (round 7, speakers): made-up sentences of the shapes seen in a PolNeAR train sample of
speaker errors (seed 23; no corpus text): a common word capitalised only because it opens a sentence
is no part of a name and no one a "he" or "she" refers to; an adverb before a name and its comma
opens no adverbial, and a lone name followed by "who" is a person; a short name marked male or
female by its honorific is never a longer name of the other gender. Each test fails on the code
before issue 11z but for the guards marked as such."""

from analysis import Article
from analysis.lexicon.names import find_names
from analysis.quotes import extract_quotes


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


def names(text):
    return [n.text for n in find_names(text)]


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = ("Senator Marco Vell spoke in Ames. Does Vell think so? He does. Footage of Anwar Kessi was shown. "
            "The footage was old. Footage of Kessi appears again.")
    got = names(text)
    assert "Does Vell" not in got and "Vell" in got
    assert "Footage of Kessi" not in got and "Kessi" in got


def test_a_common_opener_keeps_titles_given_names_and_organisations():  # guard: the old code passed too
    text = ("The president spoke. President Obama said so. Mark Warner said so. Mark my words. The house is "
            "white. White House aides said so. They win. Win Htein said so.")
    got = names(text)
    assert "Obama" in got and "Mark Warner" in got and "White House" in got and "Win Htein" in got


def test_a_common_opener_is_no_antecedent_of_she():
    got = speakers("Tom Reed ran the company for a decade.\n\nThe board met shortly after the vote. Shortly "
                   "before the announcement, the staff gathered. “This is a choice between charging ahead or "
                   "retreating,” she said.")
    assert got and got[0] != "Shortly"


def test_an_adverb_before_a_lone_name_with_who_is_no_adverbial():
    got = speakers("Two singers were honoured on Sunday.\n\nIn her speech, Lena Ward urged ambition: “Change the "
                   "world,” she said.\n\nMeanwhile Zuleika, who won the main award, spoke about self-love. "
                   "“Learn to love yourself,” she said.")
    assert got == ["Lena Ward", "Zuleika"]


def test_an_honorific_keeps_a_surname_from_a_longer_name_of_the_other_gender():
    got = speakers("Donald Dorn founded the firm. Mary Dorn, his daughter, opened the rally.\n\n“We will win,” "
                   "Mr. Dorn said.")
    assert got == ["Donald Dorn"]


def test_who_as_the_subject_of_the_cue_is_the_name_before_it():
    got = speakers("First there was the deputy editor Bret Stavros, who, after trading insults with Ann Coulter over "
                   "Tom Hale, said on the show that “the party became an echo chamber.”")
    assert got == ["Bret Stavros"]


def test_a_town_before_its_state_is_no_antecedent_of_she():
    got = speakers("Tom Reed spoke at the rally.\n\nThe woman who started it all identified herself as a 52-year-old "
                   "Salem, N.H., resident named Caroline. “He truly cares about us,” she said.")
    assert got == ["Caroline"]


def test_a_description_with_two_coordinated_roles_is_the_person_not_a_party_word():
    got = speakers("Sen. Mark Ruiz responded first. “The island is run by a lunatic,” the Florida senator and "
                   "Republican presidential candidate said in a statement.")
    assert got == ["Mark Ruiz"]


def test_a_person_named_by_a_given_name_alone_is_an_antecedent_of_her_gender():
    got = speakers("Tad Devine said the campaign wants changes.\n\nOn CNN Tuesday, his wife, Jane, called for an open "
                   "process. “Shutting people out is not smart,” she said.")
    assert got == ["Jane"]
