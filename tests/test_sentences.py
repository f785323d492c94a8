"""Sentences: Punkt with the English abbreviation list and the article's orthography (no training)."""

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


def test_orthography_decides_after_an_abbreviation():
    """After "U.S." a word the article writes in lower case ("the") starts a sentence; a name
    never written in lower case ("Grayback", "Coroners") does not; dotted initials are
    abbreviations though not listed."""
    text = ("Ships\n\nThe wreck of the U.S.S. Grayback was found near the U.S. The navy said so. "
            "According to the B.C. Coroners Service, the crew died. The team searched the Java Sea. "
            "All were lost.\n")
    sentences = [s.text for s in Article.from_text(text).sentences]
    assert sentences == [
        "Ships",
        "The wreck of the U.S.S. Grayback was found near the U.S.",
        "The navy said so.",
        "According to the B.C. Coroners Service, the crew died.",
        "The team searched the Java Sea.",  # Punkt trained on an article once took "sea" for an abbreviation
        "All were lost.",
    ]


def test_sentences_of_an_article_do_not_depend_on_its_length():
    """No training: a paragraph is split the same alone or inside a longer article."""
    paragraph = "Mr. Reeves met Gen. Jones on Jan. 5. They talked. Reeves said: \"Fine.\" Jones left."
    alone = [s.text for s in Article.from_text(f"Title\n\n{paragraph}\n").sentences]
    longer = Article.from_text("Title\n\n" + "\n\n".join([paragraph] * 30) + "\n").sentences
    assert [s.text for s in longer][: len(alone)] == alone
