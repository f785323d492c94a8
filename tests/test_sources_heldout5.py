"""Source rules by class (issue 11, blind-test-5's errors): made-up texts of one class each."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def folded(counts: dict[str, int]) -> dict[str, int]:
    return {name.casefold().removeprefix("the "): n for name, n in counts.items()}


def test_an_account_speaks_for_its_owner_and_the_platform_counts_once():
    counts = folded(counts_of(
        "The ferry strike entered its third day. Late on Monday, an official government Twitter account made the "
        'following announcement: "All ferries will sail from Friday. Fares stay the same. Tickets are valid."'))
    assert counts.get("government") == 3
    assert counts.get("x", counts.get("twitter")) == 1


def test_the_government_is_not_the_platform_named_before():
    counts = folded(counts_of(
        "An official Facebook account of the port posted photographs on Sunday. Since then, the government has "
        "reported three more closures."))
    assert counts.get("government") == 1
    assert counts.get("facebook", 0) <= 1


def test_a_possessive_document_is_its_owner():
    counts = counts_of("The Pelican Trust said the bay was clean. According to the Pelican Trust's annual water "
                       "report, nitrate levels fell by half.")
    assert counts.get("Pelican Trust") == 2
    assert not any("report" in name for name in counts)


def test_a_bodys_reports_are_the_body():
    counts = folded(counts_of("According to government reports, 40 wells ran dry. The government said on Monday that "
                              "two more had dried up."))
    assert counts.get("government") == 2
    assert "government reports" not in counts


def test_an_acronym_in_brackets_joins_the_full_name():
    counts = counts_of("According to the Northern Fisheries Council (NFC), the catch fell. Cod stocks rose in "
                       "the south, according to the NFC.")
    assert counts.get("Northern Fisheries Council") == 2
    assert "Northern Fisheries Council (NFC)" not in counts and "NFC" not in counts


def test_a_person_of_an_employer_is_the_person_and_the_surname_joins():
    counts = counts_of('In remarks to the Reuters news service, Yorvin Quibbe of OXFAM observed, "The camps are full." '
                       "Food is short. According to Quibbe, two more camps will open in May.")
    assert counts.get("Yorvin Quibbe") == 2
    assert "Quibbe" not in counts and "Yorvin Quibbe of OXFAM" not in counts


def test_the_journal_that_published_a_study_is_a_source():
    counts = counts_of("On Monday, the journal Marine Letters published a study by a team from Tallinn, saying "
                       "eels are returning to the Baltic.")
    assert counts.get("Marine Letters") == 1


def test_a_colon_inside_an_organisation_does_not_cut_the_speaker():
    counts = counts_of("Lead author Ingrid Valstad of the Institute for Polar Studies: Ice and Climate (IPS-IC) said, "
                       '"The shelf is thinning fast." Ships are being rerouted.')
    assert counts.get("Ingrid Valstad") == 1
    assert not any(name in counts for name in ("Climate", "Ice"))


def test_an_outlet_with_its_noun_and_without_is_one():
    counts = counts_of("The Quill magazine announced its prize on Monday, praising the winner. According to "
                       "The Quill, the vote was close. The Quill reported that the jury met twice.")
    assert "Quill magazine" not in counts and "The Quill magazine" not in counts


def test_part_of_a_judges_statement_is_the_judge():
    counts = counts_of("On Friday, District Judge Olwen Farrant ruled the levy unlawful. Part of the judge's statement "
                       'reads "the levy was never put to a vote. Nor was it published."')
    assert counts.get("Olwen Farrant", 0) >= 2
    assert "Part" not in counts


def test_two_countries_joined_as_subject_are_two_sources():
    counts = counts_of("Neighbours such as Norway and Finland have cited safety concerns to ban the drones. "
                       "The High Court of England and Wales ruled that the ban stands.")
    assert counts.get("Norway") == 1 and counts.get("Finland") == 1
    assert "Wales" not in counts and "England" not in counts
