"""Issue 11aj (round 9, speakers): an expletive "it" opening a sentence before a form of "be" or
"seem" ("It was a potent punch") is no speaker; "it" after a cue still speaks for the organisation
before it, and for a document's issuer (guards, also for the dropped document rule, see README).
Made-up sentences only (no corpus text). The expletive test fails on the code before issue 11aj;
the others are guards."""

from analysis import Article
from analysis.quotes import extract_quotes


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


def test_it_after_an_issued_document_is_the_issuer():  # guard
    got = speakers("The Harlow Foundation ran a television ad in Maine last week.\n\n"
                   "The Kessler Institute released a statement on Friday. \"The data are clear,\" the "
                   "statement read. It added that the program \"saved lives in every county\" it studied.")
    assert got == ["Kessler Institute", "Kessler Institute"]


def test_it_after_an_organisation_named_since_the_document_is_that_organisation():  # guard
    got = speakers("Mayor Dana Ortiz sent an email to supporters on Tuesday. \"We are going to win this "
                   "fight,\" the email read.\n\nThe Harlow Foundation answered on Wednesday. It said that "
                   "the mayor \"has no plan at all\" for the budget.")
    assert got[1] == "Harlow Foundation"


def test_he_after_a_document_quote_is_still_a_person():  # guard
    got = speakers("Mayor Dana Ortiz sent an email to supporters on Tuesday. \"We are going to win this "
                   "fight,\" the email read. Ortiz spoke in Portland later. He said that the city \"cannot "
                   "wait\" any longer.")
    assert got[1] == "Dana Ortiz"


def test_an_expletive_it_is_no_speaker():
    got = speakers("The Harlow Foundation ran a television ad in Maine last week.\n\n"
                   "\"We will not stop,\" Mayor Dana Ortiz said on Tuesday.\n\n"
                   "It was \"a potent one-two punch\" against the council, and the vote came a day later.")
    assert got[1] != "Harlow Foundation"


def test_it_with_a_cue_after_an_organisation_still_speaks():  # guard
    got = speakers("The Harlow Foundation ran a television ad in Maine last week. It said the mayor "
                   "\"has no plan at all\" for the budget.")
    assert got == ["Harlow Foundation"]
