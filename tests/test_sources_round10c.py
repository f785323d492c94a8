"""Issue 11aq: sources precision on unseen news, from the precision audit
(``benchmarks/source_precision_audit.py`` over every development set): a first person with an
adverb inside a quotation is the quote's speaker, never a new source; a possessive before a
document only its owner issues ("X's schedule") cites the owner; courtesy sentences of an interview
answer cite nobody. Made-up sentences only (no text of any set or of PolNeAR is copied here)."""

from conftest import counts_of


def test_a_first_person_with_an_adverb_inside_a_quote_is_no_source():
    counts = counts_of("The singer spoke after the show. \"Life was hard for me. I've always said, 'Keep going, "
                       "whatever happens.'\" Ann Roeland told the crowd on Friday.")
    assert not [name for name in counts if name.casefold().startswith(("i've", "i "))]
    assert counts.get("Ann Roeland")


def test_the_owner_of_a_schedule_is_the_source():
    counts = counts_of("Power cuts began on Tuesday. According to the Norvale Water Board's schedule, a million "
                       "homes could be affected by noon. Then it rained.")
    assert not [name for name in counts if "schedule" in name]
    assert counts.get("Norvale Water Board") == 1


def test_the_owner_of_records_is_the_source():
    counts = counts_of("Power cuts began on Tuesday. According to ACME's records, a million homes lost power by "
                       "noon. Then it rained.")
    assert not [name for name in counts if "records" in name]
    assert counts.get("ACME") == 1


INTERVIEW = ("Wikinews interviews Ann Roeland\n\n"
             "Ann Roeland is a sailor from Norvale.\n\n"
             "((WN)) : How did the race go?\n\n"
             "((Ann Roeland)) It went well. We won the cup.\n\n"
             "((WN)) : What comes next? Thank you for your time.\n\n"
             "((Ann Roeland)) A long rest at home. Thank you. Have a good day.")


def test_courtesy_sentences_of_an_interview_answer_cite_nobody():
    from analysis import Article
    from analysis.sources import count_sources

    table = count_sources(Article.from_text(INTERVIEW))
    counts = dict(zip(table["source"], table["mentions"]))
    assert counts.get("Ann Roeland") == 3  # "It went well", "We won the cup", "A long rest at home"


def test_courtesy_is_only_a_whole_sentence_of_courtesy_words():
    from analysis.sources.counting import courtesy

    assert courtesy("((Ann Roeland)) Thank you.")
    assert courtesy("Oh, me too. Thank you very much.")
    assert courtesy("All right, it was nice talking to you.")
    assert not courtesy("No, I think that was fine, thank you.")
    assert not courtesy("Thank you for the award, it means a lot to the crew.")
    assert not courtesy("Yes.")


def test_a_platform_in_a_sentence_of_negated_speech_is_no_source():
    counts = counts_of("The host died on Monday. His rival Ann Roeland has not commented on the death on her "
                       "Twitter account. Then it rained.")
    assert not {"Twitter", "X"} & set(counts)


def test_a_platform_of_speech_still_cites():
    counts = counts_of("The host died on Monday. His rival Ann Roeland commented on the death on her Twitter "
                       "account. Then it rained.")
    assert {"Twitter", "X"} & set(counts)


def test_a_platform_after_a_negated_clause_and_although_still_cites():
    counts = counts_of("The host died on Monday. His rival Ann Roeland has not yet responded to the remarks, although "
                       "she did keep up her rhetoric over the weekend on Twitter. Then it rained.")
    assert {"Twitter", "X"} & set(counts)
    counts = counts_of("The host died on Monday. His rival Ann Roeland has not yet commented on her Twitter account. "
                       "Then it rained.")
    assert not {"Twitter", "X"} & set(counts)
