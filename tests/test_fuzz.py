"""Property tests over every public analysis: only the library's own errors, valid offsets,
lossless segments, quotes inside their segment, non-negative counts."""

import pytest
from conftest import SEED_CODEBOOK
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_segmentation import assert_lossless

from analysis import AnalysisError, Article
from analysis.actors import discover, find_mentions, load_codebook
from analysis.quotes import extract_quotes
from analysis.sentiment import mention_sentiment, target_sentiment
from analysis.sources import count_sources, source_mentions

PIECES = [
    "“", "”", '"', "„", "«", "»", "‘", "’", "'", "\n", "\n\n", "\r\n", " ", "\u200b", "\u200d", "\u00ad",
    "\u00a0", "\u202e", "مرحبا بالعالم", "שלום", "😀🔥", "👩‍👩‍👧", ".", ",", ":", "—", "said", " he said, ",
    "according to", "Reuters", "Russia", "Tokayev", "Kazakh authorities", "Source: dpa / X", "also read",
    "Photo: AP", "(Reuters) - ", "The minister said “we will win", "“nested “quote” here”", "he", "she",
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=40).map("".join)
BOOK = load_codebook(SEED_CODEBOOK)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(article, table, columns=("start", "end")):
    for a, b in zip(table[columns[0]], table[columns[1]]):
        assert 0 <= int(a) <= int(b) <= len(article.text)


@SETTINGS
@given(TEXTS)
def test_every_analysis_on_arbitrary_text(text):
    try:
        article = Article.from_text(text)
    except AnalysisError:
        assert not text.strip()
        return
    assert_lossless(article)
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
    assert len(article.clean_text) <= len(article.text)
    quotes = extract_quotes(article)
    check_offsets(article, quotes)
    for q in quotes.itertuples():
        seg = article.segments[q.segment]
        assert seg.start <= q.start <= q.end <= seg.end
        assert article.text[q.start : q.end] == q.quote
    mentions = source_mentions(article)
    check_offsets(article, mentions)
    counts = count_sources(article, include_credits=True)
    assert (counts["mentions"] >= 1).all() and (counts["segments"] >= 1).all()
    actors = find_mentions(article, BOOK, include_captions=True)
    check_offsets(article, actors)
    scored = mention_sentiment(article, BOOK, engine="vader")
    assert scored["score"].between(-1, 1).all()
    assert (discover(article)["mentions"] >= 1).all()


@SETTINGS
@given(TEXTS, st.integers(0, 400), st.integers(1, 40), st.sampled_from(["vader", "textblob", "model"]))
def test_target_sentiment_on_arbitrary_spans(text, start, length, engine):
    try:
        score = target_sentiment(text, start, start + length, engine)
    except AnalysisError:
        assert start + length > len(text)
        return
    assert -1 <= score <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\n" + "word " * 25_000,  # one 125,000-character line
        "Title\n\n“" + "unclosed quote goes on " * 5_000,
        "Title\r\n\r\n“Nested “inner” quote” he said.\r\nAnd ”reversed“ marks, said she.\r\n",
        "\u202eTitle reversed\n\nمرحبا said Ali. “שלום” said Dana 😀.\n",
        "\u200b\u200b\n\u00ad\n" + "x\u200by " * 1000,
    ],
)
def test_extreme_inputs(text):
    article = Article.from_text(text)
    assert_lossless(article)
    quotes = extract_quotes(article)
    for q in quotes.itertuples():
        assert article.text[q.start : q.end] == q.quote
    count_sources(article)
    mention_sentiment(article, BOOK, engine="model")
