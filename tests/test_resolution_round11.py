"""Issue 11au (round 11, speakers resolved across sentences): mechanisms read from a fixed-seed sample of
90 PolNeAR train errors of resolved speakers (see README "Issue 11au"). Made-up sentences only (no corpus
text); each test but the guards fails on the code before issue 11au."""

from analysis.lexicon.names import Name
from analysis.quotes.speakers import Resolver, Speaker


def _sentence(resolver: Resolver, text: str, start: int, names: list[Name]) -> None:
    resolver.add(names, sentence=True, text=text, start=start)


def test_lone_word_read_before_as_a_titled_person_is_a_person_and_its_sentences_subject():
    text = "President Varga met the leaders. And even Varga tried to help them."
    resolver = Resolver()
    resolver.new_paragraph()
    _sentence(resolver, text, 0, [Name("Varga", 10, 15, "person", None, "President")])
    second = text.index("And")
    at = text.index("Varga", second)
    _sentence(resolver, text, second, [Name("Varga", at, at + 5, "unknown")])
    later = resolver.names[-1]
    assert later.type == "person"
    assert later.start in resolver.subjects


def test_untitled_lone_word_stays_untyped():
    # guard: only a word read with a title ("President Varga") before is typed again
    text = "Varga met the leaders. And even Varga tried to help them."
    resolver = Resolver()
    resolver.new_paragraph()
    _sentence(resolver, text, 0, [Name("Varga", 0, 5, "unknown")])
    second = text.index("And")
    at = text.index("Varga", second)
    _sentence(resolver, text, second, [Name("Varga", at, at + 5, "unknown")])
    assert resolver.names[-1].type == "unknown"


def _two_paragraphs(pronoun_paragraph_names: bool) -> Resolver:
    """Tad Morrow quoted (the last speaker), then Cornel Weston the latest subject of the paragraph,
    which ends with two sentences naming no one; then the pronoun's paragraph."""
    text = ("Tad Morrow spoke. Cornel Weston took the stage. Aides waited. Fans cheered.\n\n"
            "Rosa Diaz waved. It is late, he said.")
    resolver = Resolver()
    resolver.new_paragraph()
    _sentence(resolver, text, 0, [Name("Tad Morrow", 0, 10, "person", "male")])
    resolver.heard(Speaker("Tad Morrow", 0, 10, "spoke", "Tad Morrow", "person", None, 0.9))
    at = text.index("Cornel")
    _sentence(resolver, text, at, [Name("Cornel Weston", at, at + 13, "person", "male")])
    _sentence(resolver, text, text.index("Aides"), [])
    _sentence(resolver, text, text.index("Fans"), [])
    resolver.new_paragraph()
    if pronoun_paragraph_names:
        at = text.index("Rosa")
        _sentence(resolver, text, at, [Name("Rosa Diaz", at, at + 9, "person", "female")])
    return resolver


def test_pronoun_opening_a_paragraph_prefers_the_previous_paragraphs_latest_subject():
    resolver = _two_paragraphs(pronoun_paragraph_names=False)
    found = resolver.antecedent(resolver.names[-1].end + 5, "person", "male")
    assert found is not None and found.text == "Cornel Weston"


def test_a_name_in_the_pronouns_own_paragraph_keeps_the_bonus_there():
    # guard: "Rosa Diaz waved. It is late, he said": no male subject in the paragraph, so the ranker
    # falls back on the plain scores (the last speaker), not the previous paragraph's subject
    resolver = _two_paragraphs(pronoun_paragraph_names=True)
    found = resolver.antecedent(resolver.names[-1].end + 5, "person", "male")
    assert found is not None and found.text == "Tad Morrow"


def test_a_pronoun_named_later_in_its_own_sentence_gets_no_previous_paragraph_subject():
    # guard: "When he insisted on ..., Francis has understood": the name after the pronoun is its
    # referent, so the previous paragraph's subject gets no bonus
    resolver = _two_paragraphs(pronoun_paragraph_names=False)
    text = "When he left, Paul Kern waved."
    base = 200  # a second text's offsets, after the first's
    at = base + text.index("Paul")
    resolver.add([Name("Paul Kern", at, at + 9, "person", "male")], sentence=True, text=" " * base + text,
                 start=base)
    found = resolver.antecedent(base + text.index("he"), "person", "male")
    assert found is not None and found.text == "Tad Morrow"
