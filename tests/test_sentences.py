"""Sentences: Punkt trained on the article, with the English abbreviation list."""

from analysis import Article


def test_abbreviations_do_not_end_sentences():
    text = (
        "Talks resume\n\nMr. Smith met U.S. officials on Jan. 5 in Washington. "
        "Gen. Jones said nothing. Dr. Lee left early.\n"
    )
    sentences = [s.text for s in Article.from_text(text).sentences]
    assert sentences == [
        "Talks resume",
        "Mr. Smith met U.S. officials on Jan. 5 in Washington.",
        "Gen. Jones said nothing.",
        "Dr. Lee left early.",
    ]


def test_sentences_come_from_body_segments_only(seed):
    body = {s.index for s in seed.body}
    assert seed.sentences and all(s.segment in body for s in seed.sentences)
    assert all(seed.text[s.start : s.end] == s.text for s in seed.sentences)
    assert not any("Source: dpa" in s.text for s in seed.sentences)
