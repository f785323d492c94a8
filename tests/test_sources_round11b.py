"""Issue 11aw (round 11, sources precision): classes read in the precision audit, on made-up sentences.

Each test fails on the code before the issue."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_demonym_before_a_non_government_head_is_not_the_country():
    counts = counts_of("The Danish shipyard Nordhavn Marine built the ferries. The Danish partner asked for the "
                       "terms to stay private.\n")
    assert "Denmark" not in counts


def test_country_possessive_inside_the_subjects_complement_is_not_the_country():
    counts = counts_of("Yesterday, France's President Emmanuel Macron announced he will sign the decree on pensions. "
                       "Analysts from across France's political spectrum have claimed this is a move to avoid a "
                       "vote.\n")
    assert "France" not in counts
    assert counts.get("analysts from across France's political spectrum") == 1  # a group of their own


def test_demonym_before_a_government_noun_stays_the_country_or_its_government():
    counts = counts_of("Canada's foreign minister said the talks had failed.\n")
    assert counts == {"Canada": 1}


def test_the_government_of_a_place_is_one_government_source():
    counts = counts_of(
        "Four Guam residents sued the federal government in 2019. The government of Guam issued a statement "
        'backing the court: "only the people of Guam may decide this."\n'
    )
    assert counts.get("Government of Guam") == 1
    assert "government" not in counts and "Four Guam residents" not in counts


def test_participle_used_as_an_adjective_after_a_share_word_is_no_source():
    counts = counts_of("Some estimated casualty figures, given privately by medics to reporters, passed 200.\n")
    assert "some" not in counts


def test_share_word_with_a_participle_of_speech_still_counts():
    counts = counts_of("Some estimated that 200 people had died in the fire.\n")
    assert counts == {"some": 1}


def test_a_name_with_lower_case_words_after_a_description_is_read_whole():
    counts = counts_of("Supermarket chains cut limits on rice on Monday. Organic rice grower Who Needs a Farm said on "
                       "last Tuesday they'd run out of stock.\n")
    assert counts == {"Who Needs a Farm": 1}
