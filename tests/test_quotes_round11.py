"""Issue 11ar: speakers of quotes in patterns seen on unseen news: the listener of "told" is no
speaker, a title before an apposed name yields to the name, a cue inside a dash aside is not the
quote's cue, a verb coordinated after a quote shares the subject before that quote, and "their
statement" is its issuer's. Made-up sentences only."""

from __future__ import annotations

from analysis.quotes.extraction import find_quotes
from analysis.reading.article import Article

LEAD = "Council weighs new bridge\n\nThe town council met on Monday to discuss the bridge.\n\n"


def speakers(body: str) -> dict[str, str | None]:
    article = Article.from_text(LEAD + body)
    return {q.quote: q.speaker for q in find_quotes(article, include_indirect=False)}


def test_the_listener_of_told_is_never_the_speaker_of_a_thatless_clause() -> None:
    found = speakers('One of the report\'s authors, engineer Maria Lopez, told Harbour Magazine the share of '
                     'cracked beams appearing in otherwise unrelated spans suggested some deep pattern the bridge '
                     'fell into as traffic grew: "Somehow these pillars are all failing at once."')
    assert found["Somehow these pillars are all failing at once."] == "Maria Lopez"


def test_a_title_before_an_apposed_name_yields_to_the_name() -> None:
    found = speakers('The Council Deputy Leader, Tom Varga, said on Friday "We asked for the money once '
                     'again" and "We told them the bridge must stay open."')
    assert found["We asked for the money once again"] == "Tom Varga"
    assert found["We told them the bridge must stay open."] == "Tom Varga"


def test_a_cue_inside_a_dash_aside_is_not_the_quotes_cue() -> None:
    found = speakers('Council Speaker Ruth Okafor commented on the vote — which the Gazette noted as a rare '
                     'step for a Speaker — "However it is presented, the purpose is plain."')
    assert found["However it is presented, the purpose is plain."] == "Ruth Okafor"


def test_a_verb_coordinated_after_a_quote_keeps_the_subject_before_it() -> None:
    found = speakers('Brightmart, in its weekly release, reported that with the limit in place, "many shops '
                     'still run out by noon", and called the demand "extraordinary", while Valuco, in a '
                     'post on Tuesday, called it "surprising".')
    assert found["extraordinary"] == "Brightmart"
    assert found["surprising"] == "Valuco"


def test_an_owners_statement_is_its_issuers_words() -> None:
    found = speakers('The Department of Transport issued a statement on Monday backing the plan: "The '
                     'bridge is safe for traffic." Its statement also read "repairs will begin in May."')
    assert found["repairs will begin in May."] == "Department of Transport"



def test_according_to_set_off_by_dashes_still_names_the_source() -> None:
    body = ('There would be a code including — according to the explanatory notes of the Harbour Bill — '
            '"provision to protect the public interest in safe crossings".')
    quote = find_quotes(Article.from_text(LEAD + body), include_indirect=False)[0]
    assert quote.cue == "according to" and "explanatory notes" in (quote.speaker_as_written or "")
