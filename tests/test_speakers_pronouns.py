"""Issue 11v: a pronoun speaker ("he said") resolved to the right person, on made-up sentences of
the shapes seen in PolNeAR train error samples (no corpus text): a name inside a pronoun's own
clause is its object, not the sentence's subject; the latest subject of the pronoun's paragraph
outweighs a person quoted a few sentences before."""

from analysis import Article
from analysis.quotes import extract_quotes
from analysis.quotes.speakers import pronoun_clause


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


def test_a_name_after_he_in_his_clause_is_his_object():
    # "Though he did not mention X by name, ...": he (Karl Weber) is the subject, Otto Brandt his object
    got = speakers("Mayor Karl Weber spoke for an hour on Monday about the budget.\n\n"
                   "Though he did not mention Otto Brandt by name, he made it clear that the plan had failed.\n\n"
                   "He asked the council to “think again before the vote.”")
    assert got == ["Karl Weber"]


def test_a_comma_ends_the_pronoun_clause():
    text = "When he arrived, Otto Brandt said nothing."
    assert not pronoun_clause(text, 0, text.index("Otto"))
    text = "Though he did not mention Otto Brandt by name, it was clear."
    assert pronoun_clause(text, 0, text.index("Otto"))
    text = "“He is wrong,” Otto Brandt said."
    assert not pronoun_clause(text, 0, text.index("Otto"))  # a pronoun inside quoted words is no one's subject here


def test_the_latest_subject_of_the_paragraph_beats_an_earlier_speaker():
    # the senator spoke two sentences before; the analyst, subject of the last sentence, is "he"
    got = speakers("Turnout was low in the valley. “The vote is close,” said Sen. Tom Reyes at a rally, adding "
                   "that “we need every voter.” Political analyst Mark Dunn agreed that the race was tight. "
                   "For most voters there, he said, “the economy comes first.”")
    assert got[-1] == "Mark Dunn"


def test_the_last_speaker_stays_when_no_new_subject_comes():
    got = speakers("“The vote is close,” said Sen. Tom Reyes at a rally. The crowd cheered for a while. "
                   "“We need every voter,” he said.")
    assert got == ["Tom Reyes", "Tom Reyes"]


def test_a_pronoun_after_a_short_adverbial_speaks_for_an_uncued_quote():
    # "Hours later, she issued a statement calling for ...": she, not the man quoted before
    got = speakers("Susan Vance opened the day with a short note to her staff.\n\n"
                   "“It is a sad day,” said Paul Haas, the mayor.\n\n"
                   "Hours later, she issued a statement calling on the council “to act before winter.”")
    assert got[-1] == "Susan Vance"


def test_a_description_with_a_name_as_modifier_is_the_person_not_the_modifier():
    # "the GOP front-runner" (a campaign noun, not a title): the person described, never "GOP"
    got = speakers("Businessman Dan Moss leads every GOP poll this month.\n\n"
                   "Appearing on a morning show, the GOP front-runner said the race was “basically over.”")
    assert got == ["Dan Moss"]


def test_a_label_line_in_capitals_is_no_antecedent():
    # an archive's "FULL TEXT." line between the summary and the story is no one "he" can be
    got = speakers("ABSTRACT.\n\nAdm. Harold Brandt, who leads the fleet, makes no apologies.\n\nFULL TEXT.\n\n"
                   "He has called the plan “reckless and late.”")
    assert got == ["Harold Brandt"]
