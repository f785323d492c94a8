"""Issue 11al: sources recall on unseen news, from the recall audit (``benchmarks/source_recall_audit.py``
over every development set): two coordinated subjects when "the" opens the second, the antecedent of a
relative "who" before a verb of ``subject_cues``. Made-up sentences only (no text of any
set or of PolNeAR is copied here); also news outlets that "projected", and the outlet of a reporter a source
"told". Tests 1, 2, 5 and 6 fail on the code before this issue; the others guard what stays."""

from conftest import counts_of


def test_two_countries_joined_with_the_are_two_sources():
    counts = counts_of("A tanker burned in the strait. The attack was claimed by rebels, but both Chile and the "
                       "United States have alleged foreign involvement.")
    assert counts.get("Chile") == 1
    assert counts.get("United States") == 1


def test_the_antecedent_of_who_is_the_subject():
    counts = counts_of("The council met on Monday. Several members left early, such as former mayor Ann Roeland, "
                       "who denounced the budget as a disgrace. Then it rained.")
    assert counts.get("Ann Roeland") == 1


def test_claims_as_a_verb_still_cites():
    assert counts_of("The vote was close. Bob Tanner's lawyer Ann Roeland claims the count was fair.").get(
        "Ann Roeland") == 1


def test_a_who_clause_closed_by_a_comma_still_gives_its_subject():
    counts = counts_of("The river rose. Ann Roeland, who runs the ferry, said the crossing was closed.")
    assert counts.get("Ann Roeland") == 1


def test_news_outlets_that_projected_are_an_unnamed_group_with_their_modifiers():
    counts = counts_of("The count went on for days. The governor wrote to the mayor, whose win multiple national "
                       "news outlets have projected. Then it rained.")
    assert counts.get("multiple national news outlets") == 1


def test_the_outlet_of_the_reporter_told():
    counts = counts_of('The ground shook again. One resident told Paul Rivera of KXYZ 5 news, "We are used to it." '
                       "Another man told Ann Roeland of the Daily Courier that he was scared.")
    assert counts.get("KXYZ 5") == 1
    assert counts.get("Daily Courier") == 1


def test_a_person_of_a_place_told_is_no_outlet():
    counts = counts_of('The ground shook again. A woman told Bob Leeward of Springfield, "It is bad."')
    assert "Springfield" not in counts
