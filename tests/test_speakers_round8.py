"""Issue 11ac (round 8, speakers): made-up sentences of the shapes of blind-test-8's speaker errors
(no corpus text): an "according to" right after a quote its speaker introduced names the outlet,
not the speaker; "the court" is the court the article names most, not the last one named; a
sentence opened by "the" and an organisation noun after modifiers ("The three-judge court found")
has that body as its subject, not a name in its object; the scorer reads "US" as "United States".
Each test fails on the code before issue 11ac but for the guards marked as such."""

from analysis import Article
from analysis.evaluation.polnear import names_match
from analysis.quotes import extract_quotes


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


def test_according_to_after_a_quote_does_not_override_the_speaker_of_its_own_cue():
    got = speakers("Senator Mara Quill spoke on Tuesday.\n\nQuill called the governor's plan a \"reckless "
                   "gamble with public money,\" according to NBC. Others were silent.")
    assert got == ["Mara Quill"]


def test_according_to_is_still_the_speaker_when_no_cue_of_the_sentence_precedes():  # guard
    got = speakers("The budget grew again.\n\nThe deficit \"is mainly attributable to rising costs,\" "
                   "according to the budget office.")
    assert got == ["budget office"] or got == ["the budget office"]


def test_according_to_after_a_participle_cue_keeps_the_outlet():  # guard: PolNeAR's convention
    got = speakers("Pope Linus met the senator.\n\nThe pope said the meeting was private, saying that critics "
                   "should \"look elsewhere,\" according to Reuters.")
    assert got == ["Reuters"]


def test_the_court_is_the_court_named_most_not_the_last_one():
    got = speakers("The Court of Session in Scotland ruled on Wednesday. The Court of Session is the highest "
                   "civil court there. The only court above it is the Supreme Court of the United Kingdom.\n\n"
                   "The court's summary ended with the statement: \"The Court will make an Order declaring the "
                   "advice unlawful.\"")
    assert got == ["Court of Session"]


def test_a_body_with_modifiers_opening_the_sentence_is_its_subject_not_a_possessive_name():
    got = speakers("The Court of Session heard the petition of Anna Veld against Prime Minister Tom Harrow.\n\n"
                   "The three-judge court found Harrow's advice to the Queen \"was motivated by an improper "
                   "purpose.\"")
    assert got == ["Court of Session"]


def test_country_initials_match_the_spelled_out_name():
    assert names_match("US State Department", "United States Department of State")
    assert names_match("U.S. State Department", "United States Department of State")
    assert names_match("UK government", "United Kingdom government")


def test_country_initials_do_not_make_other_names_match():  # guard
    assert not names_match("US State Department", "United States Department of Defense")
    assert not names_match("USA Today", "United States")
    assert not names_match("Bill Clinton", "Hillary Clinton")


def test_a_pronoun_after_the_subordinate_clause_speaks_with_its_coordinated_verb():
    got = speakers("Questions continue about when Senator Anna Vell will hold her next press conference.\n\n"
                   "When Tom Mook, Vell’s campaign manager was asked during a luncheon if Vell would schedule a "
                   "press conference, he laughed and said, “We will see.” Others were less sure.")
    assert got == ["Tom Mook"]


def test_a_pronoun_cue_after_a_quote_that_completes_a_named_subject():
    got = speakers("Tom Berry is a pollster who ran focus groups with voters in Ohio.\n\nMrs. Clinton, with her "
                   "service in the administration, \"is seen as close to the president,\" he said. Others agreed.")
    assert got == ["Tom Berry"]


def test_a_named_cue_after_a_quote_that_completes_a_named_subject():  # guard: the old code passed too
    got = speakers("Tom Berry is a pollster.\n\nMrs. Clinton \"is seen as close to the president,\" Berry said.")
    assert got == ["Tom Berry"]
