"""Issue 11ax (round 11, sources): a source named once and cited again by a description in a later clause, on
made-up sentences. Each test but the last (a guard) fails on the code before the issue."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_person_description_from_an_apposition_in_a_later_clause():
    counts = counts_of(
        "The mill was sold on Monday. Anna Kovacs, the regional commissioner responsible for industry, said the "
        "jobs were safe.\n\nThe seller, Brennan Holdings, asked for the price to be kept secret, but the "
        "commissioner stated the purchase was financed by a loan.\n"
    )
    assert counts["Anna Kovacs"] == 2
    assert counts["Brennan Holdings"] == 1


def test_outlet_description_by_its_kind_in_a_later_clause():
    counts = counts_of(
        "The mill was sold on Monday, the daily Evening Courier reported.\n\nThe mayor's office asked for "
        "patience, but the paper said the purchase was financed by a loan.\n"
    )
    assert counts["Evening Courier"] == 2


def test_body_description_in_a_later_clause():
    counts = counts_of(
        "The Northern Transport Commission opened an inquiry on Monday.\n\nThe operator's chief executive "
        "said the trains were safe; the commission said the brakes had failed twice.\n"
    )
    assert counts["Northern Transport Commission"] == 1
    assert "commission" not in counts


def test_no_source_named_before_gives_no_row():
    counts = counts_of(
        "The mill was sold on Monday. Its owner said the jobs were safe, but the commissioner said nothing "
        "about the price.\n"
    )
    assert not any("commissioner" in name.casefold() for name in counts)
