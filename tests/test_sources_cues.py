"""Cue words that are not speech (issue 11, PolNeAR's outlets): made-up texts, one class each.

A cue counts only as a verb of speech right after its subject: not as a noun or adjective ("states",
"promises"), a verb of doing ("continues to lead", "spoke for 77 minutes", "read from the bench"),
a byline or an event's host."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_a_plural_noun_is_no_cue():
    counts = counts_of("Senator Dana Whitlock campaigned on Saturday in Maine and Vermont, states that vote in March.")
    assert "Vermont" not in counts
    assert "Dana Whitlock" not in counts_of("Dana Whitlock electrified the crowds with speeches and promises to cut "
                                            "taxes, Tom Ferris said.")


def test_a_verb_of_doing_is_no_cue():
    assert counts_of("Dana Whitlock, the senator, spoke in Lumley. Whitlock continues to lead the field in every "
                     "poll.") == {}
    assert counts_of("Dana Whitlock spoke for 77 minutes, and her supporters started to flag.") == {}
    assert counts_of("Judge Ama Mensah read from the bench for an hour.") == {}
    assert counts_of("Tom Ferris owns the building. Ferris has charged more than that for the rent.") == {}


def test_an_authority_charging_someone_and_a_coordinated_verb_stay_sources():
    assert "state prosecutors" in counts_of("State prosecutors charged the suspect with arson, they said on Sunday.")
    assert counts_of("Tom Ferris shook hands with workers and asked them if they would vote.") == {"Tom Ferris": 1}
    assert counts_of("Dana Whitlock, the mayor of Lumley, added that the road was closed.") == {"Dana Whitlock": 1}


def test_a_byline_a_retweet_and_an_events_host_are_no_sources():
    assert counts_of("The bridge closed on Monday.\n\nRyan Kowalczyk reported from Lisbon.") == {}
    assert "X" not in counts_of("The campaign account of Dana Whitlock has been busy re-tweeting comments about "
                                "the debate.")
    assert "CNN" not in counts_of("Both candidates meet again at a debate hosted by CNN on Thursday.")


def test_responding_by_doing_is_no_speech():
    assert counts_of("Officials in Lumley were angry. Harbour City responded by closing the bridge.") == {}
