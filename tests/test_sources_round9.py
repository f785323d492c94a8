"""Issue 11af: fragments no source's name can look like (the precision audit of the nine blind sets,
``benchmarks/source_precision_audit.py``), on made-up sentences of the same shapes (no text of any set or
of PolNeAR is copied here)."""

from conftest import counts_of


def lowered(counts) -> list[str]:
    return [name.casefold() for name in counts]


def test_a_naming_called_after_a_noun_is_no_speech():
    counts = counts_of("Warmer rivers have led to a condition called river browning in the north. Engineers "
                       "joined the genes into small rings called vectors, which they put into yeast.")
    assert not any(word in name for name in lowered(counts) for word in ("warmer", "rings", "condition"))


def test_called_with_an_object_is_still_speech():
    counts = counts_of("The council met on Monday. Mayor Ruth Calloway called the plan a disgrace.")
    assert counts.get("Ruth Calloway") == 1


def test_called_off_is_no_speech():
    counts = counts_of("The storm grew. The Northern Rescue Service called off its search late on Friday.")
    assert "Northern Rescue Service" not in counts


def test_a_name_ending_in_a_preposition_or_article_is_cut():
    counts = counts_of("The editors of the report chose a new method to count the birds. Farmers release smoke "
                       "into the field to defend their crops, said Ruth Calloway.")
    names = lowered(counts)
    assert not any(name.endswith((" the", " to", " of")) for name in names)
    assert counts.get("Ruth Calloway") == 1


def test_the_end_of_a_quote_is_not_its_speaker():
    counts = counts_of('The campaign ended on Monday. "We did our best. Let\'s keep going", wrote Ann Roe on '
                       'her blog.')
    assert "Let" not in counts
    assert counts.get("Ann Roe") == 2  # each sentence of the quote


def test_a_sentence_initial_gerund_is_no_person():
    counts = counts_of("The lake is shrinking. Rising water temperatures have led to a bloom called red tide "
                       "every summer. Worth noting this for the next time someone says the lake is fine.")
    assert "Rising" not in counts and "Worth" not in counts


def test_a_person_cut_out_of_a_university_name_is_no_person():
    counts = counts_of("Researchers from the Northern Institute of Technology (NIT) and University of South Dakota "
                       "Brookings, both in the United States, reported the reef is recovering.")
    assert "Dakota Brookings" not in counts


def test_a_cue_word_that_is_a_noun_here_is_no_speech():
    counts = counts_of("On Tuesday, the United States Green Party held primary elections in fourteen states, as well "
                       "as caucuses in one territory.")
    assert not counts
    counts = counts_of("The Green Party was founded in 1990. The party advocates states' rights and low taxes.")
    assert not counts


def test_a_document_from_a_body_after_according_to_is_the_body():
    counts = counts_of("The plane was old. According to a 1994 report from the National Marine Safety Board (NMSB), "
                       "the same aircraft was involved in an incident in Ohio on May 2, 1991.")
    assert counts == {"National Marine Safety Board": 1}


def test_according_to_the_ruling_is_the_court_that_ruled():
    counts = counts_of("On Monday, the High Court of Northland ruled in the case of a farmer. According to the ruling, "
                       "the farmer must pay a fine.")
    assert counts == {"High Court of Northland": 2}

