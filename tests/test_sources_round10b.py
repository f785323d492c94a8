"""Issue 11ap: a body's later description ("the commission said", "The agency said") stands for the
nearest body of that kind named before (``description_heads`` in data/sources.yml, ``DESCRIPTION_REACH``
in analysis/sources/counting.py). Made-up sentences only (no text of any set or of PolNeAR is copied
here). Tests 1, 5, 6, 7 and 8 fail on the code before this issue; the others guard what stays."""

from conftest import counts_of


def test_the_commission_is_the_commission_named_before():
    counts = counts_of("The Northern Commission on River Safety announced a review on Friday. In an official "
                       "statement, the commission said the bridge would stay shut.")
    assert "commission" not in counts
    assert any("Commission" in name for name in counts)


def test_the_agency_is_the_agency_named_before():
    counts = counts_of("The Federal Aviation Agency opened an inquiry on Monday. The agency said the plane was safe.")
    assert counts.get("Federal Aviation Agency") == 1


def test_a_description_with_no_body_of_its_kind_stays_unnamed():
    counts = counts_of("Rain fell all week in the valley. In a statement, the commission said the bridge would "
                       "stay shut.")
    assert counts.get("commission") == 1


def test_a_body_named_too_far_before_is_not_linked():
    filler = " ".join(["The river rose slowly over the fields near the old mill that spring."] * 60)
    counts = counts_of("The Northern Commission on River Safety opened a review on Friday. " + filler
                       + " In a statement, the commission said the bridge would stay shut.")
    assert counts.get("commission") == 1


def test_a_court_described_with_a_hyphenated_modifier_issues_a_judgment():
    counts = counts_of("The Nordic Court of Appeals heard the case of Roe against Doe on Monday. The Oslo-based "
                       "court issued a judgment favourable to the plaintiff.")
    assert counts.get("Nordic Court of Appeals") == 1


def test_the_agency_after_an_opening_phrase_is_the_agency_named_before():
    counts = counts_of("The Federal Aviation Agency opened an inquiry on Monday. Asked about the crash, the agency "
                       "said the plane was safe.")
    assert counts.get("Federal Aviation Agency") == 1
    assert "agency" not in counts


def test_the_embassy_is_the_embassy_named_with_its_city():
    counts = counts_of("Bob Smith wrote to the US Embassy in London on Monday. The embassy declined the request "
                       "and said the family had left.")
    assert counts.get("US Embassy in London") == 1


def test_the_commission_quoted_is_the_commission_named_before():
    counts = counts_of('The Northern Commission on River Safety announced on Friday the bridge was shut. In an '
                       'official statement, the commission said, "On Monday, we decided that the bridge would '
                       'stay shut." Then it rained.')
    assert counts.get("Northern Commission on River Safety") == 1
    assert "commission" not in counts
