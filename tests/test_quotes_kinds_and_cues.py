"""Issue 11, sixth round: quote kinds of short fragments, first-person narrators, cue-side grammar.

Every sentence here is made up (no corpus text). Each test fails on the code before the round.
"""

from analysis import Article
from analysis.quotes import extract_quotes
from analysis.quotes.speakers import NARRATOR, speaker_phrase

LEAD = "Vote ends in a close race\n\nThe count went on into the night. "


def quotes_of(text, **kw):
    return extract_quotes(Article.from_text(LEAD + text), include_indirect=False, **kw)


def row_for(quotes, words):
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) >= 1, f"no quote with {words!r}"
    return hits.iloc[0]


# ---------------------------------------------------------------- kinds


def test_fragment_tagged_by_a_later_cue_is_partial():
    q = quotes_of('Mira Holt said the talks had failed. The border is the "main difference" between '
                  'the two states, she added.')
    row = row_for(q, "main difference")
    assert row["kind"] == "partial"
    assert row["speaker"] == "Mira Holt"


def test_fragment_under_according_to_is_partial():
    q = quotes_of('According to his doctor, the senator had "remarkably good" results in the test.')
    assert row_for(q, "remarkably good")["kind"] == "partial"


def test_justified_as_voices_its_author():
    q = quotes_of('In a statement, the Ruritanian Defence Ministry justified the raid as "defensive" in nature.')
    assert row_for(q, "defensive")["kind"] == "partial"


def test_cue_after_another_clause_does_not_claim_the_fragment():
    # the speaker after "and" is not the one who coined the quoted word
    q = quotes_of('Planners looked at a federal "supermax" prison in the west, and a former official '
                  'said talks had been held.')
    assert row_for(q, "supermax")["kind"] == "scare"


def test_titles_and_so_called_stay_scare():
    q = quotes_of('The host, a star of "The Long Night," spoke about the so-called "rebels" on Monday, Ana Ruiz said.')
    assert row_for(q, "The Long Night")["kind"] == "scare"
    assert row_for(q, "rebels")["kind"] == "scare"


# ---------------------------------------------------------------- first-person narrators


def test_first_person_narrator_is_the_author_not_the_last_name():
    q = quotes_of('Judge Brell looked up from the file. "Okay," I said, trying again. "I was seventeen then."')
    row = row_for(q, "Okay")
    assert row["speaker"] == NARRATOR == "the author"
    assert row["speaker_as_written"] == "I"
    assert row["speaker_type"] == "person"


def test_first_person_narrator_is_the_byline_when_the_page_gives_one():
    article = Article(LEAD + '"Okay," I said, trying again.', metadata={"byline": "Dana Keel"})
    q = extract_quotes(article, include_indirect=False)
    assert row_for(q, "Okay")["speaker"] == "Dana Keel"


# ---------------------------------------------------------------- cue-side grammar


def test_opening_participle_phrase_is_not_the_speaker():
    q = quotes_of("Meanwhile, speaking to MSNBC's Morning Hour on Monday, Tom Baker said the count was "
                  '"complex" and he would win.')
    assert row_for(q, "complex")["speaker"] == "Tom Baker"


def test_capitalised_cue_word_inside_a_name_does_not_cut_the_subject():
    q = quotes_of('At a rally for Anna Berg at the Ohio State Fair Grounds yesterday, Tom Baker said, '
                  '"We are winning this race."')
    row = row_for(q, "winning this race")
    assert row["speaker"] == "Tom Baker"
    assert row["speaker_as_written"] == "Tom Baker"


def test_but_now_said_coordinates_with_the_subject():
    q = quotes_of('Tom Baker used to support fellow Ohioan Anna Berg, but now said Berg had "no chance at all".')
    assert row_for(q, "no chance at all")["speaker"] == "Tom Baker"


def test_inverted_shouted_and_a_place_after_the_speaker():
    q = quotes_of('"Send them home!" shouted a Kerr supporter near the stage.')
    row = row_for(q, "Send them home")
    assert row["speaker_as_written"] == "a Kerr supporter"
    assert row["speaker_type"] == "anonymous"


def test_relative_clause_between_commas_keeps_the_name_before_it():
    q = quotes_of('Graham Lowe, who says the United States should send more troops, tweeted that the plan '
                  '"will not work."')
    assert row_for(q, "will not work")["speaker"] == "Graham Lowe"


def test_state_after_a_town_is_not_the_speaker():
    text = "A woman in Dayton, Ohio, told him"
    a, b = speaker_phrase(text, 0, text.index(" told"))
    assert text[a:b] == "A woman in Dayton, Ohio"  # the address whole (``_address_tail``), not "Ohio"
    text = "At a town hall in Salem, Baker accused"  # no comma before the verb: Baker speaks
    a, b = speaker_phrase(text, 0, text.index(" accused"))
    assert text[a:b] == "Baker"


def test_transcript_turns_name_their_speakers():
    q = quotes_of('Jorge Ramos asked about the attack. Partial transcript as follows:\n\n'
                  '"RAMOS: Secretary Leeds, on the night of the attack you sent an email.\n\n'
                  '"LEEDS: Well, I think that is not right at all."')
    assert row_for(q, "RAMOS:")["speaker"] == "Jorge Ramos"
    assert row_for(q, "LEEDS:")["speaker"] == "Leeds"
    assert row_for(q, "LEEDS:")["speaker_as_written"] == "LEEDS"


def test_infinitive_and_coordinated_cues_take_the_clause_subject():
    q = quotes_of('The email goes on to say: "We will not give up the fight."')
    assert row_for(q, "give up the fight")["speaker_as_written"] == "The email"
    q = quotes_of('A spokesman for the mayor declined to discuss the report but said, "We are fine."')
    assert row_for(q, "We are fine")["speaker_as_written"] == "A spokesman for the mayor"


def test_a_present_i_say_inside_an_answer_is_not_the_narrator():
    q = quotes_of('Dana Pratt answered our questions.\n\nTo voters who fear inflation, I say, "There is a real '
                  'party of thrift." We can win.')
    assert row_for(q, "real party")["speaker"] != "the author"
    q = quotes_of('The judge looked up. "Why?" I asked him.')
    assert row_for(q, "Why?")["speaker"] == "the author"
