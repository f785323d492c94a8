"""Issue 11an: quotes nested in a quotation are quote rows of their own, with the speaker the outer
speaker reports (else the outer speaker); they are no sources; a quotation closed by a single then a
double mark with a space between ends there. Made-up sentences only."""

from __future__ import annotations

from analysis.evaluation.scoring import score_quotes
from analysis.quotes.extraction import extract_quotes, find_quotes, interview_answers
from analysis.reading.article import Article
from analysis.sources.counting import count_sources

LEAD = "Town remembers its bridge builder\n\n"
# double marks in the tail, so that the article's house style is double (single marks only nested)
TAIL = ("\n\nThe council meets again next month to discuss the budget for the coming year and the "
        "repairs that the old bridge still needs before the winter. \"It will be ready,\" the mayor said. "
        "\"We are sure of it,\" she added. \"There is money for it,\" the treasurer said.")


def rows(body: str) -> list[tuple[str, str, str | None, int | None]]:
    article = Article.from_text(LEAD + body + TAIL)
    return [(q.quote, q.kind, q.speaker, q.nested_in) for q in find_quotes(article, include_indirect=False)]


def test_a_nested_question_is_what_the_people_named_inside_the_quotation_asked() -> None:
    found = rows('Anna Berg said, "Nobody talked about it. Many neighbours would ask me, \'Is the bridge '
                 'really safe?\' and I said, \'It is something I will not discuss.\'"')
    outer = found[0]
    assert outer[1] == "direct" and outer[2] == "Anna Berg" and outer[3] is None
    assert ("Is the bridge really safe?", "direct", "Many neighbours", 0) in found
    assert ("It is something I will not discuss.", "direct", "Anna Berg", 0) in found  # "I": the outer speaker


def test_a_quotation_ending_in_a_single_then_a_double_mark_with_a_space_ends_there() -> None:
    body = ('"I had never held a hammer before. One of the workers turned round and said, \'Good grief, '
            'we have a builder\', and I thought, \'Good grief, I am a builder\'\u2009", she recalled in a '
            '2009 interview with Tom Reed. Later that year the bridge opened to traffic.')
    article = Article.from_text("Builder Anna Berg dies\n\nAnna Berg built the bridge in 1960.\n\n" + body + TAIL)
    found = find_quotes(article, include_indirect=False)
    outer = found[0]
    assert outer.quote.endswith("I am a builder'") and outer.kind == "direct"
    assert outer.speaker == "Anna Berg"
    nested = [(q.quote, q.speaker) for q in found if q.nested_in == 0]
    assert nested == [("Good grief, we have a builder", "One of the workers"),
                      ("Good grief, I am a builder", "Anna Berg")]


def test_a_group_with_a_place_speaks_not_the_place() -> None:
    found = rows('"Things are changing," Anna Berg remarked, "Women in Ruritania have said, \'It is time to '
                 'build a second bridge. It is just time.\'"')
    assert ("It is time to build a second bridge. It is just time.", "direct", "Women in Ruritania", 1) in found


def test_apostrophes_open_no_nested_quote() -> None:
    found = rows('"The voters\' choice in the \'90s was O\'Brien\'s plan, and we don\'t regret it," said Anna Berg.')
    assert found[0][1] == "direct" and not [q for q in found if q[3] is not None]


def test_a_title_in_single_marks_is_a_nested_scare_quote_with_no_speaker() -> None:
    found = rows('"We worked together on the \'Road to the River\' album in his studio in the old town," '
                 'said Anna Berg.')
    assert ("Road to the River", "scare", None, 0) in found


def test_the_table_says_which_quotation_holds_a_nested_quote() -> None:
    article = Article.from_text(LEAD + 'Anna Berg said, "Then Tom Reed said, \'We will finish it by May.\' '
                                'And we did." ' + TAIL)
    table = extract_quotes(article, include_indirect=False)
    assert "nested_in" in table.columns
    nested = table[table["nested_in"].notna()]
    assert len(nested) == 1 and int(nested["nested_in"].iloc[0]) == 0
    assert nested["speaker"].iloc[0] == "Tom Reed"


def test_a_nested_speaker_is_no_source_of_the_article() -> None:
    article = Article.from_text(LEAD + 'Anna Berg said, "Then Tom Reed said, \'We will finish it by May.\' '
                                'And we did." ' + TAIL)
    sources = count_sources(article)
    assert "Anna Berg" in set(sources["source"])
    assert "Tom Reed" not in set(sources["source"])


def test_the_scorer_matches_a_nested_gold_quote_to_the_nested_prediction(tmp_path) -> None:
    text = (LEAD + 'Anna Berg said, "Then Tom Reed said, \'We will finish the whole bridge by May, and it '
            'will carry trucks.\' And we did."\n\nThe council meets again next month.')
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = Article.from_text(text)
    quotes = find_quotes(article, include_indirect=False)
    outer, nested = quotes[0], quotes[1]
    gold = tmp_path / "gold.yml"
    gold.write_text(
        f"article: {path}\nquotes:\n"
        f"- {{start: {nested.start}, end: {nested.end}, kind: direct, speaker: Tom Reed, quote: x}}\n"
        f"- {{start: {outer.start}, end: {outer.end}, kind: direct, speaker: Anna Berg, quote: y}}\n",
        encoding="utf-8")
    score = score_quotes(gold)
    assert score["precision"] == 1.0 and score["recall"] == 1.0 and score["speaker_accuracy"] == 1.0


def test_someone_inside_a_quotation_speaks_as_written() -> None:
    found = rows('Anna Berg commented, "The man with the ladder is a baker named Tom. Worth noting this for the next '
                 'time someone says, \'we have let too many bakers into this town\'."')
    assert ("we have let too many bakers into this town", "direct", "someone", 0) in found


def test_an_adverb_before_the_verb_is_no_speaker() -> None:
    found = rows('"I did not want to stand on the bridge and just go \'yes sir, right away,\' you know, and not '
                 'even move," said Anna Berg.')
    nested = [q for q in found if q[3] is not None]
    assert nested and nested[0][2] == "Anna Berg"


INTERVIEW = ("Wikinews interviews Anna Berg, mayoral candidate for Riverton\n\n"
             "Voters in Riverton go to the polls on Saturday. Wikinews spoke to one of the candidates, Anna "
             "Berg, who runs for the Green list.\n\n"
             ": Why are you running for mayor?\n\n"
             "((WN)) : What is one law you would change?\n\n"
             "The big issue for Riverton is the old bridge. It needs repairs before the winter. This is both a "
             "town and a state issue.\n\n"
             "((WN)) : How has the weather affected your campaign?\n\n")


def test_each_sentence_of_an_interview_answer_cites_the_interviewee() -> None:
    article = Article.from_text(INTERVIEW)
    assert [name for _, name in interview_answers(article)] == ["Anna Berg"]
    sources = count_sources(article)
    berg = sources[sources["source"] == "Anna Berg"]
    assert len(berg) == 1 and int(berg["mentions"].iloc[0]) >= 3  # the three answer sentences
    assert not sources["source"].str.contains("WN|Wikinews").any()  # the interviewer is no source
    assert find_quotes(article, include_indirect=False) == []  # an answer is not in quote marks: no quote


def test_named_turn_labels_and_q_a_labels_give_answers() -> None:
    named = Article.from_text("Tom Reed tells Wikinews about bridges\n\nTom Reed builds bridges.\n\n"
                              "((WN))  How did you start?\n\n((Tom Reed))  I started young. My father built "
                              "boats.\n\n((WN))  What is next?\n\n((Tom Reed))  A bridge over the bay.\n\n")
    assert [name for _, name in interview_answers(named)] == ["Tom Reed", "Tom Reed"]
    qa = Article.from_text("An interview with bridge builder Tom Reed\n\nTom Reed builds bridges in Riverton.\n\n"
                           "Q: How did you start?\n\nA: I started young.\n\nQ: What is next?\n\n"
                           "A: A bridge over the bay. It opens in May.\n\n")
    assert [name for _, name in interview_answers(qa)] == ["Tom Reed", "Tom Reed"]


def test_one_colon_line_is_no_interview() -> None:
    article = Article.from_text("Council votes on the bridge\n\nThe council voted on Monday.\n\n"
                                ": the agenda is online.\n\nThe vote was close, with four against.\n\n")
    assert interview_answers(article) == []


def test_a_clause_before_a_nested_quote_is_no_speaker() -> None:
    found = rows('"I think other people sometimes look at our old bridge and go \'what a mess\' every time," '
                 'said Anna Berg.')
    nested = [q for q in found if q[3] is not None]
    assert nested and nested[0][2] == "Anna Berg"
