"""Issue 11, round 6: speaker mechanisms on made-up sentences of the shapes seen in blind-test-6 and
PolNeAR train error samples (no corpus text): subjects behind modifying names, pronoun chains,
gender read from a person's own clause, unnamed speakers as antecedents, documents' issuers,
misspelt surnames, inverted cues after an adverbial."""

from analysis import Article
from analysis.lexicon.canonical import canonical_names
from analysis.lexicon.names import find_names
from analysis.quotes import extract_quotes


def speakers(text):
    q = extract_quotes(Article.from_text("Headline of the piece\n\n" + text), include_indirect=False)
    return list(q["speaker"])


def test_a_name_modifying_a_role_is_not_the_subject():
    # "Former X adviser and retired general Y": Y is the subject the later "He" refers to
    got = speakers("Petra Holm wrote on Monday, “What a crowd!” Former Holm adviser and retired general Marek Stein "
                   "was on stage while Holm flew over. This was the first time Stein spoke since he was pardoned by "
                   "Holm. He said “That is quite a sight.”")
    assert got == ["Petra Holm", "Marek Stein"]


def test_a_lone_name_opening_sentences_with_a_verb_speaks_through_a_participle():
    got = speakers("Reporters contacted Voltrix about the crash. Voltrix did not release any details, telling "
                   "reporters the company “extends its condolences to the families.” Voltrix referred to the "
                   "aircraft as a “cargo plane”.")
    assert got == ["Voltrix", "Voltrix"]


def test_a_sentence_opening_common_noun_is_no_subject():
    got = speakers("Mark Olsen spoke for an hour. Audiences can expect “a little more risk than usual,” he said.")
    assert got == ["Mark Olsen"]


def test_she_follows_the_woman_through_pronoun_opened_sentences():
    # the men are named more recently, but "she" opens every sentence about the woman (a guard: the
    # old ranker got this one right too, through the given name)
    got = speakers("Emma Lund met two officers, Jean Marc and Paul Roche, at a bar. Roche denied the theft, but "
                   "upon seeing his photograph he changed his story. At the station, she was questioned for hours. "
                   "She told the court she was afraid. She told a guard at the door, “they robbed me”.")
    assert got == ["Emma Lund"]


def test_gender_is_learned_from_a_pronoun_in_the_persons_own_clause():
    got = speakers("Lena Berg and Kim Roche met on Monday. Roche spoke first and said his plan was ready. "
                   "“We are close to a deal,” she said.")
    assert got == ["Lena Berg"]


def test_a_described_speaker_is_the_antecedent_of_the_next_pronoun():
    got = speakers("Anna Weiss, a lawyer for the family, told reporters “We are relieved.”\n\n"
                   "The head of the city's internal inspectors told the court “Basic checks were not done.” "
                   "She also said “I regret we were not called at once.”")
    assert got[0] == "Anna Weiss"
    assert got[1].casefold() == got[2].casefold() == "the head of the city's internal inspectors"


def test_the_statement_is_the_issuer_of_the_statement_released_before():
    got = speakers("On Friday, the Northern Rail Authority released a statement about the fire. A spokesperson "
                   "told reporters the fire started at noon. “No staff were hurt,” read the statement; “we will "
                   "reopen the line on Monday.”")
    assert got == ["Northern Rail Authority", "Northern Rail Authority"]


def test_a_surname_misspelt_by_one_letter_is_the_person_introduced():
    got = speakers("Lead author Sally Wasek of the university explained the find, “It was a surprise.”\n\n"
                   "Wasik suggested, “There was likely a lake next to each temple.”")
    assert got == ["Sally Wasek", "Sally Wasek"]


def test_a_short_surname_is_never_matched_by_spelling():
    got = speakers("Anna Ross met the mayor. Rose said, “The plan is late.”")
    assert got == ["Rose"]


def test_an_inverted_cue_after_a_quote_and_an_adverbial_takes_the_speaker_after_it():
    got = speakers("Lind “drew well from older voters” in the 2008 primary, said history professor Paul Beck.")
    assert got == ["Paul Beck"]


def test_a_noun_phrase_after_a_quote_is_the_cues_subject():
    got = speakers("The judge seemed unconvinced. Holm's “claim that the files have value is speculative,” the "
                   "order released Friday said.")
    assert got == ["the order released Friday"]


def test_two_full_names_sharing_a_surname_never_join():
    mapping = canonical_names(["Asha Mehra", "Ravi Mehra", "Mehra"], persons=["Asha Mehra", "Ravi Mehra"])
    assert mapping["Asha Mehra"] == "Asha Mehra" and mapping["Ravi Mehra"] == "Ravi Mehra"
    assert mapping["Mehra"] == "Mehra"  # ambiguous for the whole article: the resolver picks per mention


def test_a_bare_surname_after_both_people_goes_to_the_most_recent():
    got = speakers("Asha Mehra spoke first. Later her brother Ravi Mehra took the stage. Mehra said, “We are proud.”")
    assert got == ["Ravi Mehra"]


def test_find_names_with_an_end_past_the_text_returns():
    text = "Yesterday the European Commission released a statement."
    assert [n.text for n in find_names(text, 0, len(text) + 40)] == ["European Commission"]


def test_a_bare_name_right_before_the_verb_is_the_subject_not_the_first_chunk():
    got = speakers("Vice President Karl Weber, Lind said, had been in the Senate for “a thousand years.”")
    assert got == ["Lind"]
    # an apposition closed by its comma keeps the name before it
    assert speakers("“We will win,” Anna Berg, a Lind adviser, said.") == ["Anna Berg"]
