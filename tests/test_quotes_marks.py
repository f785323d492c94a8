"""Issue 11u: quote marks in any house style (double, British single, NYT archive '' and ``),
nested quotes, and the kinds of short fragments. Made-up sentences only."""

from __future__ import annotations

import pytest

from analysis.errors import DataFileError
from analysis.evaluation.polnear import archive_quoted, gold_kind
from analysis.lexicon.resources import rules
from analysis.quotes.extraction import detect_house_style, find_quotes, house_style, house_styles
from analysis.reading.article import Article

LEAD = "Council votes on the new bridge\n\n"
TAIL = ("\n\nThe council meets again next month to discuss the budget for the coming year and the "
        "repairs that the old bridge still needs before the winter.")


def quotes(body: str, style: str | None = None) -> list[tuple[str, str, str | None]]:
    article = Article.from_text(LEAD + body + TAIL)
    return [(q.quote, q.kind, q.speaker) for q in find_quotes(article, include_indirect=False, style=style)]


def test_the_setting_is_data_with_three_styles() -> None:
    table = rules("quote_marks")
    assert table["house_style"] == "auto"
    assert set(house_styles()) == {"double", "single", "archive"}
    with pytest.raises(DataFileError, match="unknown house style"):
        house_style("text", "fancy")


@pytest.mark.parametrize(("text", "style"), [
    ("She said “we will win” and left. “Never,” he said.", "double"),
    ('She said "we will win" and left.', "double"),
    ("She said ‘we will win’ and left. ‘Never,’ he said.", "single"),
    ("She said 'we will win' and left. 'Never,' he said.", "single"),
    ("''We will win,'' she said. ``Never,'' he said.", "archive"),
    ("No quotes here at all, only Nyong'o's dress and rock 'n' roll in the '90s.", "double"),
])
def test_detects_the_house_style_of_an_article(text: str, style: str) -> None:
    assert detect_house_style(LEAD + text) == style


def test_headline_single_marks_do_not_make_a_us_article_british() -> None:
    text = "Mayor: ‘We Will Build It’\n\n“We will build it,” the mayor said. “It is time,” she added."
    assert detect_house_style(text) == "double"


def test_nested_quotes_decide_by_the_outer_mark() -> None:
    assert detect_house_style(LEAD + 'Anna Berg said: "He told me \'leave now\' and I left."') == "double"
    assert detect_house_style(LEAD + "Anna Berg said: 'He told me \"leave now\" and I left.'") == "single"


def test_british_single_marks_give_quotes_with_speakers() -> None:
    found = quotes("'We will not give in to the Smiths' demands, whatever they say,' said Anna Berg, "
                   "the mayor of Northtown.")
    assert found == [("We will not give in to the Smiths' demands, whatever they say,", "direct", "Anna Berg")]


def test_apostrophes_never_open_or_close_a_british_quote() -> None:
    found = quotes("'I don't want rock 'n' roll from the '90s in the park,' said Anna Berg, a teacher.")
    assert found == [("I don't want rock 'n' roll from the '90s in the park,", "direct", "Anna Berg")]
    assert quotes("Lupita Nyong'o's dress was stolen from the hotel. The Smiths' car was found.") == []


def test_curly_british_quotes_and_a_possessive_inside() -> None:
    found = quotes("‘The Joneses’ garden is a mess,’ said Tom Reed, a neighbour. Reed called it ‘a disgrace’.")
    assert ("The Joneses’ garden is a mess,", "direct", "Tom Reed") in found
    assert ("a disgrace", "partial", "Tom Reed") in found


def test_nested_quote_stays_inside_the_outer_one_with_the_outer_speaker() -> None:
    # the nested passage is a quote row of its own (issue 11an); "He" in the quotation: the outer speaker
    us = quotes('"He told me \'leave now\' and I left," said Anna Berg, a farmer.')
    assert us == [("He told me 'leave now' and I left,", "direct", "Anna Berg"), ("leave now", "partial", "Anna Berg")]
    uk = quotes("'He told me \"leave now\" and I left,' said Anna Berg, a farmer.")
    assert uk == [('He told me "leave now" and I left,', "direct", "Anna Berg"), ("leave now", "partial", "Anna Berg")]


def test_archive_marks_give_direct_quotes_with_speakers() -> None:
    found = quotes("''We may finally be seeing the start of a recovery,'' the economist Tom Reed wrote.\n\n"
                   "Mr. Reed added, ''it becomes harder and harder for them to say otherwise.''")
    assert found == [("We may finally be seeing the start of a recovery,", "direct", "Tom Reed"),
                     ("it becomes harder and harder for them to say otherwise.", "direct", "Tom Reed")]
    backticks = quotes("``It is over,'' said Tom Reed, the treasurer of the club.")
    assert backticks == [("It is over,", "direct", "Tom Reed")]


def test_archive_nested_single_mark_next_to_the_double_one() -> None:
    found = quotes("''They kept telling us 'wait and see,''' said Tom Reed, the treasurer of the club.")
    assert found == [("They kept telling us 'wait and see,'", "direct", "Tom Reed"),
                     ("wait and see,", "partial", "Tom Reed")]


def test_archive_title_after_author_of_is_scare() -> None:
    found = quotes("Tom Reed, the author of ''The Long Road Home,'' said the bridge would open in May.")
    assert [(q, k) for q, k, _ in found] == [("The Long Road Home,", "scare")]


def test_the_style_setting_replaces_detection() -> None:
    body = "''We will win,'' said Tom Reed, the treasurer of the club."
    assert quotes(body, style="double") == []
    assert quotes(body, style="archive") == quotes(body)


def test_a_short_fragment_beside_a_longer_quote_is_the_same_speakers() -> None:
    found = quotes("Anna Berg has been painting for years; her \"passion\" for the craft \"grew out of my "
                   "love for the sea and the boats.\"")
    assert ("passion", "partial", "Anna Berg") in found


def test_a_quoted_name_used_as_a_modifier_is_scare_with_no_speaker() -> None:
    body = ('"We will keep the bridge open," said Anna Berg, the mayor.\n\n'
            'Since then the town has been run under the "one river, two banks" model, with two councils.')
    found = quotes(body)
    assert ("one river, two banks", "scare", None) in found


def test_a_quoted_modifier_in_reported_speech_stays_someones_words() -> None:
    found = quotes('Anna Berg, the mayor, claimed that the town now lived in a "post-bridge" world.')
    assert found and found[0][1] != "scare"


def test_polnear_scorer_reads_archive_marks_as_double_quotes() -> None:
    text = "''We will win,'' she said. Tom said they would lose.\n\nHe called it ''a mess'' at the time."
    archive = archive_quoted(text)
    direct = {"kind": "indirect", "quoted_fraction": 0.0, "spans": [[2, 14]]}
    mixed = {"kind": "indirect", "quoted_fraction": 0.0, "spans": [[text.index("He called"), len(text)]]}
    indirect = {"kind": "indirect", "quoted_fraction": 0.0, "spans": [[text.index("they"), text.index(".\n")]]}
    assert gold_kind(text, direct, archive) == "direct"
    assert gold_kind(text, mixed, archive) == "mixed"
    assert gold_kind(text, indirect, archive) == "indirect"
    assert archive_quoted('"We will win," she said.') == frozenset()


@pytest.mark.parametrize("marks", [("''", "''"), ("'", "'"), ("‘", "’")])
def test_a_question_and_its_tag_join_in_every_style(marks: tuple[str, str]) -> None:
    a, b = marks
    found = quotes(f"Tom Reed spoke at the town hall on Monday. {a}Would that be you?{b} the mayor asked a man.")
    assert found == [("Would that be you?", "direct", "Tom Reed")]


def test_single_marks_in_code_do_not_make_an_article_british() -> None:
    text = (LEAD + "The summit opened <img src=x onerror=alert('a-1')> on Monday <b onload=alert('b-2')>.\n\n"
            "“Danger is near,” said Eva Lind, a minister.")
    assert detect_house_style(text) == "double"
