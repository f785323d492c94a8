"""Issue 11at (round 11, sources): recall classes read in blind-test-11's errors, on made-up sentences.

Each test fails on the code before the issue."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_unnamed_source_keeps_its_place_qualifier():
    counts = counts_of('Officials stayed silent. A source within the central Transport Ministry reportedly said '
                       '"We were told to keep the numbers quiet."\n')
    assert counts == {"a source within the central Transport Ministry": 1}


def test_study_whose_team_speaks_stays_the_source_and_its_releaser_is_cited_once():
    counts = counts_of(
        "In a new study released by the Coastal Museum of Science on Monday, scientists report that crabs moved "
        "north.\n\nSome experts had expected the opposite, but that is not what this study reports.\n\n"
        "According to the study, warmer water drew the crabs. The researchers speculated the trend will go on.\n"
    )
    assert counts["Coastal Museum of Science"] == 1
    assert counts["study"] == 4


def test_report_by_a_team_from_a_university_is_the_teams():
    counts = counts_of(
        "On Friday, the journal Marine Letters published a report by a team from the University of Northland, "
        "saying the reef recovered.\n\nAccording to the hypothesis of the report, cooler currents helped.\n\n"
        "The researchers speculated that the recovery would last.\n"
    )
    assert counts["report"] == 2  # "According to the hypothesis of the report", "The researchers speculated"
    assert "University of Northland" not in counts


def test_platform_after_its_kind_or_an_owner():
    counts = counts_of("It began when Jane Roe posted an invitation on social media site Facebook.\n")
    assert counts["Facebook"] == 1
    counts = counts_of("The new limits were posted as notices on the shops' Facebook pages.\n")
    assert counts == {"Facebook": 1}
    assert "Facebook" not in counts_of("She has many fans on the band's Facebook page.\n")
