"""Issue 11w: mechanisms read from blind-test-7's errors and a sample of PolNeAR train's, on made-up
sentences of the same shapes (no text of either is copied here)."""

import pytest
from conftest import counts_of

from analysis import Article
from analysis.lexicon.names import find_names
from analysis.sources import count_sources
from analysis.sources.counting import described_source, load_sources


def test_a_person_named_with_where_they_work_is_the_person():
    counts = counts_of("Mara Lin Van Doren of the University of Westmoor disagreed with these findings: \"The "
                       "wells were small. They were never important.\"")
    assert counts.get("Mara Lin Van Doren") == 2
    assert not any("University" in name for name in counts)


def test_a_statement_by_a_described_person_is_that_person():
    counts = counts_of("The network apologised, according to a statement by the Presidential Spokesperson "
                       "Henry Dalton.")
    assert "Henry Dalton" in counts
    assert not any(name.startswith("statement") for name in counts)


def test_a_navy_is_named_whole():
    names = find_names("The United States Navy confirmed the discovery.")
    assert [(n.text, n.type) for n in names] == [("United States Navy", "organisation")]
    counts = counts_of("The United States Navy confirmed the discovery on Monday.")
    assert "United States Navy" in counts


def test_a_name_inside_an_owner_complement_is_no_subject():
    counts = counts_of("Senator Tom Brill of Ohio's ninth Congressional District announced his retirement.")
    assert "Congressional District" not in counts


def test_a_bare_surname_is_the_family_member_named_most_not_the_last():
    counts = counts_of("US Representative Walter Greer died on Thursday.\n\n"
                       "Walter Harold Greer was born in Dayton. His parents, Robert Greer Sr. and Edith Anne Greer, "
                       "were farmers. In grade school, Greer expressed intent to become a lawyer.")
    assert "Edith Anne Greer" not in counts
    assert counts.get("Walter Greer") == 1


def test_his_office_is_the_office_of_the_man_named_before():
    counts = counts_of("Representative Paul Harlan Ward died on Thursday.\n\n"
                       "At 3 a.m., his office said, he died at a hospice.")
    assert "Paul Harlan Ward's office" in counts


@pytest.mark.parametrize("phrase, expected", [
    ("Most of them", ("most of them", "anonymous")),
    ("21 percent", ("21 percent", "anonymous")),
    ("One in three", ("one in three", "anonymous")),
    ("Some", ("some", "anonymous")),
    ("several friends", ("several friends", "anonymous")),
    ("the ruling released Friday", ("ruling", "document")),
    ("disclosures filed on Sunday night", ("disclosures", "document")),
    ("military records", ("military records", "document")),
])
def test_shares_of_people_and_documents_are_described_speakers(phrase, expected):
    assert described_source(phrase, load_sources(), opens=False) == expected


@pytest.mark.parametrize("phrase", ["Both", "All", "police report" + " that", "Each"])
def test_not_shares(phrase):
    assert described_source(phrase, load_sources(), opens=False) is None


def test_a_clause_subject_after_a_comma():
    counts = counts_of("He travels abroad for months at a time, several friends said.")
    assert counts.get("several friends") == 1


def test_no_clause_subject_for_verbs_that_take_objects():
    counts = counts_of("Even though he confessed, several alleged accomplices were tried by the court.")
    assert "several" not in counts


def test_an_unnamed_group_keeps_its_modifiers():
    counts = counts_of("Attendance was up this year, event organizers reported.")
    assert "event organizers" in counts
    counts = counts_of("Growth will slow, say economists at the bank.")
    assert not any(name.startswith("say") for name in counts)


def test_a_broadcasters_letters_after_told():
    counts = counts_of("Senator Ann Holt told KXRB Wilson \"was a great man\".")
    assert counts.get("KXRB") == 1
    counts = counts_of("The suspect told FBI agents he acted alone.")
    assert "FBI" not in counts


def test_a_post_by_an_author_on_a_platform():
    counts = counts_of("According to a Twitter post by Dana Reyes, director of the event, the tusk hung on a wall.")
    assert "Dana Reyes" in counts


def test_things_posted_on_social_media():
    counts = counts_of("According to videos posted on social media, bystanders chased the man.")
    assert counts.get("videos posted on social media") == 1


def test_a_venue_after_its_owner():
    counts = counts_of("In findings published Tuesday in Westmoor University's arXiv by a team of scientists, water "
                       "was found.")
    assert "arXiv" in counts
    assert "Westmoor University" not in counts


def test_employer_letters_and_role_words_before_a_person_go():
    counts = counts_of("NBX-TV CEO Marco Belfort said refunds would be paid.")
    assert counts.get("Marco Belfort") == 1


def test_an_authority_opening_its_sentence_is_the_same_source_as_written_lower():
    counts = counts_of("According to police, the first call came at noon. Police reported the man fled. "
                       "Police also said the vest was fake.")
    assert counts.get("police") == 3


def test_credit_labels_are_one_rule_and_credit_nobody_alone():
    table = count_sources(Article.from_text("Headline of the piece\n\nThe council agreed on Monday, officials "
                                            "said, after a long debate about the bridge.\n\nPhoto: Jane Doe / "
                                            "Reuters\n\nCredit: Getty Images\n\nImage: John Smith."),
                          include_credits=True)
    credits = set(table.loc[table["is_credit"], "source"])
    assert {"Jane Doe", "Reuters", "Getty Images", "John Smith"} <= credits
    assert not credits & {"Credit", "Photo", "Image"}
    assert not set(table.loc[~table["is_credit"], "source"]) & credits


@pytest.mark.parametrize("sentence, expected", [
    ("Around that time, 47 percent said they would vote for him.", "47 percent"),
    ("A mere 9 percent say they only buy local goods.", "a mere 9 percent"),
    ("Approval rose after 55 percent said so in December.", "55 percent"),
    ("About one in five say they would stay home.", "about one in five"),
    ("The senator leads, though 32 percent said they had no opinion of him.", "32 percent"),
])
def test_shares_of_respondents_in_a_clause(sentence, expected):
    counts = counts_of("The poll was taken last week by the university.\n\n" + sentence)
    assert counts.get(expected) == 1
    assert not {"Around", "About", "Approval"} & set(counts)


@pytest.mark.parametrize("phrase", ["Two in three", "nearly three in five", "Some 22 percent", "three-in-ten"])
def test_shares_in_every(phrase):
    assert described_source(phrase, load_sources(), opens=False) == (phrase[:1].lower() + phrase[1:], "anonymous")
