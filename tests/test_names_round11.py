"""Issue 11as: names read whole and cut right, for sources (made-up sentences; no article text)."""

from __future__ import annotations

from analysis.lexicon.canonical import bare_name, canonical_names
from analysis.lexicon.names import find_names
from analysis.reading.article import Article
from analysis.sources import count_sources


def _names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.type) for n in find_names(text)]


def _sources(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("A made-up headline\n\n" + text))
    return dict(zip(table["source"], table["mentions"]))


def test_a_web_address_is_one_name_typed_an_organisation():
    assert _names("Harbourview.com.au, a property site, reported record prices.") == [
        ("Harbourview.com.au", "organisation")]
    assert _names("In a Tidings.com report, Ann Lowe said prices rose.")[0] == ("Tidings.com", "organisation")
    sources = _sources("Harbourview.com.au, a property site, reported record prices in Perth.")
    assert "Harbourview.com.au" in sources and "Harbourview" not in sources


def test_a_date_opening_a_run_is_no_name():
    assert _names("On March 14 the board met.") == []
    assert _names("The board met on March 14 2020.") == []
    assert ("May 2019", "unknown") not in _names("She left in May 2019.")


def test_a_dated_document_cites_its_issuer():
    sources = _sources("According to a March 14, 2019 Arctic Council press release, the fleet grew by a third.")
    assert "Arctic Council" in sources
    assert not any("March" in s for s in sources)


def test_a_time_phrase_after_a_name_is_cut_off():
    assert bare_name("the Northfield Museum of Natural History on Monday") == "Northfield Museum of Natural History"
    assert bare_name("BCN Radio on March 3") == "BCN Radio"
    assert bare_name("BCN Radio on March 3, 2020") == "BCN Radio"
    assert bare_name("the Delta Council in 2019") == "Delta Council"
    assert bare_name("Friends at Last") == "Friends at Last"  # no date: the name stays whole
    sources = _sources("The stores refused, according to a report from BCN Radio on March 3 in which they spoke.")
    assert "BCN Radio" in sources and "BCN Radio on March 3" not in sources


def test_a_body_and_title_alone_is_no_name():
    assert _names("The Senate Minority Leader, Tom Ashby, said on Friday that the talks failed.") == [
        ("Tom Ashby", "person")]
    sources = _sources("The Senate Minority Leader, Tom Ashby, said on Friday that the talks failed.")
    assert "Tom Ashby" in sources and "Minority Leader" not in sources


def test_a_regnal_name_keeps_its_title():
    assert _names("Yesterday Queen Margaret III announced she will travel.") == [("Queen Margaret III", "person")]
    assert find_names("Yesterday Queen Margaret III announced she will travel.")[0].gender == "female"
    assert bare_name("Queen Margaret III") == "Queen Margaret III"
    mapping = canonical_names(["Queen Margaret III", "Margaret III", "Margaret"], persons=["Queen Margaret III"])
    assert set(mapping.values()) == {"Queen Margaret III"}
    sources = _sources("Yesterday, Eldoria's Queen Margaret III announced she will travel to Rome.")
    assert "Queen Margaret III" in sources and "Margaret III" not in sources
