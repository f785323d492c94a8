"""Issue 11ai: a pronoun or a description linked to the wrong source (the precision audit's second class,
``benchmarks/source_precision_audit.py``), on made-up sentences of the same shapes (no text of any set or of
PolNeAR is copied here)."""

import pandas as pd
from conftest import counts_of

from analysis import Article
from analysis.quotes.extraction import analyse_quotes, quote_table
from analysis.quotes.speakers import SpeechAct
from analysis.sources import cited_sources, tally_sources


def _sources(text: str, extra_quote: dict | None = None, extra_act: tuple | None = None) -> dict[str, int]:
    """Sources of a made-up body with one reading of the quote pass added (a quote row or a speech act
    the quote pass gives in longer texts), to test how the source pass treats it."""
    article = Article.from_text("Headline of the piece\n\n" + text)
    records, acts = analyse_quotes(article)
    quotes = quote_table(records)
    if extra_quote:
        quotes = pd.concat([quotes, pd.DataFrame([extra_quote])], ignore_index=True)
    if extra_act:
        speaker, cue = extra_act
        at = article.text.index(speaker)
        acts = [*acts, SpeechAct(speaker, "person", speaker, cue, 1, at, at + len(speaker))]
    table = tally_sources(cited_sources(article, quotes, acts))
    return dict(zip(table["source"], table["mentions"]))


BODY = ('The Veldt Court of Trade ruled on Monday. Mara Lindqvist wrote, "a state could demand that a company '
        'take down a post. And it says a state could do so everywhere."')


def _it_says(body: str) -> dict:
    at = ("Headline of the piece\n\n" + body).index("it says")
    return {"quote": "a state could do so everywhere", "kind": "indirect", "speaker": "Veldt Court of Trade",
            "speaker_as_written": "it", "speaker_type": "organisation", "role": None, "cue": "says", "segment": 1,
            "start": at + 8, "end": at + 38, "speaker_start": at, "speaker_end": at + 2, "confidence": 0.5,
            "linked_to": None}


def test_it_inside_another_speakers_quote_is_no_citation():
    counts = _sources(BODY, extra_quote=_it_says(BODY))
    assert counts.get("Veldt Court of Trade") == 1  # "ruled"; not "it says" inside Lindqvist's quote
    assert counts.get("Mara Lindqvist") == 2


def test_it_outside_quote_marks_still_cites():
    body = BODY.replace('"a state', "a state").replace('everywhere."', "everywhere.")  # no quote marks
    counts = _sources(body, extra_quote=_it_says(body))
    assert counts.get("Veldt Court of Trade") == 2


def test_a_postposed_subject_speaks_not_the_reported_clause():
    counts = _sources("Ferdinand Oyelaran, a member of the Veldt Trade Council, died of pneumonia, the government "
                      "announced yesterday.", extra_act=("Ferdinand Oyelaran", "announced"))
    assert "Ferdinand Oyelaran" not in counts
    assert counts.get("government") == 1


def test_a_subject_before_its_own_speech_verb_still_speaks():
    counts = counts_of("Ferdinand Oyelaran announced yesterday that the council would close.")
    assert counts.get("Ferdinand Oyelaran") == 1


def test_the_court_is_the_court_named_most():
    counts = counts_of("The Veldt Court of Appeal ruled on Tuesday that the ban was void. The Veldt Court of Appeal "
                       "said the order had no effect. The Harbor District Court had upheld the ban in May. "
                       "The court found that the ban broke the charter.")
    assert counts.get("Veldt Court of Appeal") == 3


def test_a_country_that_speaks_is_not_its_president():
    body = "President Kwame Asante of Ghana met the trade council. Ghana announced it would join the zone in May."
    at = ("Headline of the piece\n\n" + body).index("Ghana announced")
    said = {"quote": "it would join the zone in May", "kind": "indirect", "speaker": "Kwame Asante",
            "speaker_as_written": "Ghana", "speaker_type": "person", "role": "Ghana", "cue": "announced",
            "segment": 1, "start": at + 20, "end": at + 49, "speaker_start": at, "speaker_end": at + 5,
            "confidence": 0.7, "linked_to": None}
    counts = _sources(body, extra_quote=said)
    assert counts.get("Ghana") == 1 and "Kwame Asante" not in counts
