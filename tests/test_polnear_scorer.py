"""The PolNeAR scorer's name matching (made-up names; PolNeAR itself is never in the repo)."""

from analysis.evaluation.polnear import names_match


def test_same_person_in_other_forms_matches():
    assert names_match("Pat Miller", "a terse Miller")
    assert names_match("Mr. Miller", "Pat Miller")
    assert names_match("Pat Miller", "Pat Miller, the mayor")


def test_two_people_with_one_surname_do_not_match():
    assert not names_match("Bill Clinton", "Hillary Clinton")
    assert not names_match("Eric Smith", "Donald Smith")


def test_missing_speaker_never_matches():
    assert not names_match(None, "Pat Miller")
    assert not names_match("Pat Miller", "")


# Sources against PolNeAR-style attributions (a made-up record in PolNeAR's format).
TEXT = ("Ruritania closed its border on Monday.\n\n"
        "The decision was a mistake, Anna Weber, a spokeswoman for the Ruritanian Red Cross, said. "
        "Officials think the border will stay closed.")


def _record() -> dict:
    said = TEXT.index("Anna Weber")
    think = TEXT.index("Officials")
    return {"id": "made-up", "publisher": "nowhere", "text": TEXT, "quotes": [
        {"speaker": "Anna Weber", "cue": "said", "kind": "indirect", "start": TEXT.index("The decision"),
         "end": said - 2, "spans": [[TEXT.index("The decision"), said - 2]],
         "speaker_spans": [[said, said + len("Anna Weber")]]},
        {"speaker": "Officials", "cue": "think", "kind": "indirect", "start": think + 16, "end": len(TEXT) - 1,
         "spans": [[think + 16, len(TEXT) - 1]], "speaker_spans": [[think, think + 9]]},
    ]}


def test_a_speech_cue_is_a_citation_a_belief_is_not():
    from analysis.evaluation.polnear_sources import citation_cues, is_citation

    cues = citation_cues()
    said, think = _record()["quotes"]
    assert is_citation(said, cues) and not is_citation(think, cues)
    assert not is_citation({**said, "speaker": "I"}, cues)


def test_sources_scored_against_attributions():
    from analysis.evaluation.polnear_sources import citation_cues, score_article

    out = score_article(_record(), citation_cues())
    assert out["gold"] == 1 and out["found"] == 1
    assert out["right"] <= out["predicted"]
