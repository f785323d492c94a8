"""Issue 11ad: the grammar of named speakers the source pass missed (blind-test-8 and PolNeAR train's misses),
on made-up sentences of the same shapes (no text of any set or of PolNeAR is copied here)."""

from conftest import counts_of


def test_a_person_named_with_a_place_after_of_speaks_after_an_adverb_chain():
    counts = counts_of("The board met in March. Board member Ruth Calloway of Ohio has repeatedly maintained a "
                       "merger is what the board already wants.")
    assert counts.get("Ruth Calloway") == 1


def test_maintained_before_a_thing_kept_is_no_speech():
    counts = counts_of("The race is close. Mayor Ruth Calloway has maintained a small lead in the polls.")
    assert "Ruth Calloway" not in counts


def test_an_unnamed_authority_after_a_clause_is_the_source():
    counts = counts_of("The bridge was closed. The two climbers had left the valley, police revealed on Monday.")
    assert counts.get("police") == 1


def test_a_preposition_opening_a_sentence_is_no_outlet():
    counts = counts_of("The ship sank in May. Per reports, the crew was rescued by a fishing boat.")
    assert not any(name.casefold().startswith("per") for name in counts)


def test_the_press_asking_a_question_is_no_citation():
    counts = counts_of("The mayor opened the bridge. The press asked the mayor about it that day, but she did not "
                       "answer. Reporters asked her about it again the next day.")
    assert not any(word in name.casefold() for name in counts for word in ("press", "reporter"))


def test_an_interviewers_contraction_is_no_source():
    counts = counts_of("A candidate for the council spoke to us.\n\n((WN)) : Why are you standing?\n\n\n"
                       "((WN)) : You've said that the town needs a new bridge — what would it cost?\n\n\n"
                       "((WN)) : What do you think?")
    assert not any(name.casefold().startswith("you") for name in counts)


def test_coordinated_named_subjects_are_each_a_source():
    counts = counts_of("The council voted on Tuesday. Ruth Calloway and Omar Feld said the vote was rushed. "
                       "Ines Moreau, Tom Reyes and Lena Voss said it was fair.")
    assert {"Ruth Calloway", "Omar Feld", "Ines Moreau", "Tom Reyes", "Lena Voss"} <= set(counts)


def test_both_he_and_a_named_official_urging_are_two_sources():
    counts = counts_of("Harbour master Omar Feld said the wreck was dangerous. Both he and Commissioner Ruth "
                       "Calloway urged the port be closed.")
    assert counts.get("Omar Feld") == 2
    assert counts.get("Ruth Calloway") == 1


def test_a_named_subject_after_its_clause_is_a_source():
    counts = counts_of("The ferry was late. The engine had failed twice, Ruth Calloway confirmed on Friday.")
    assert counts.get("Ruth Calloway") == 1
