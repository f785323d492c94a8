"""``Analysis``: one object per article gives the public functions' tables, computing shared work once."""

import pytest
from conftest import SEED, SEED_CODEBOOK

import analysis.analysed as analysed_module
from analysis import ParameterError, load_article
from analysis.actors import load_codebook
from analysis.analysed import Analysis
from analysis.quotes import about_table, extract_quotes, kind_table, speaker_table
from analysis.sentiment import actor_sentiment, engine_agreement, mention_sentiment
from analysis.sources import count_sources, source_mentions


@pytest.fixture(scope="module")
def book():
    return load_codebook(SEED_CODEBOOK)


def test_tables_equal_the_public_functions(seed, book):
    a = Analysis(seed, book, engine="vader")
    assert a.quotes.equals(extract_quotes(seed, codebook=book))
    assert a.speakers.equals(speaker_table(a.quotes))
    assert a.quote_kinds.equals(kind_table(a.quotes))
    assert a.quoted_about.equals(about_table(seed, a.quotes, book))
    assert a.source_mentions.equals(source_mentions(seed))
    assert a.source_counts.equals(count_sources(seed))
    assert a.count_sources(include_credits=True).equals(count_sources(seed, include_credits=True))
    assert a.mention_sentiment().equals(mention_sentiment(seed, book, "vader"))
    assert a.actor_sentiment(min_mentions=2).equals(actor_sentiment(seed, book, "vader", min_mentions=2))
    assert a.engine_agreement().equals(engine_agreement(seed, book))


def test_without_indirect_speech_and_with_a_codebook_path(seed):
    a = Analysis(seed, str(SEED_CODEBOOK), include_indirect=False)
    assert a.quotes.equals(extract_quotes(seed, include_indirect=False, codebook=load_codebook(SEED_CODEBOOK)))
    assert "indirect" not in set(a.quotes["kind"])
    assert a.source_mentions.equals(source_mentions(seed)), "sources always read reported speech"


def test_shared_work_is_done_once(monkeypatch, book):
    calls = {"quotes": 0, "mentions": 0}
    real_quotes, real_mentions = analysed_module.analyse_quotes, analysed_module.find_mentions

    def counted_quotes(*args, **kwargs):
        calls["quotes"] += 1
        return real_quotes(*args, **kwargs)

    def counted_mentions(*args, **kwargs):
        calls["mentions"] += 1
        return real_mentions(*args, **kwargs)

    monkeypatch.setattr(analysed_module, "analyse_quotes", counted_quotes)
    monkeypatch.setattr(analysed_module, "find_mentions", counted_mentions)
    a = Analysis(load_article(SEED), book, engine="vader")
    a.quotes, a.speakers, a.source_mentions, a.source_counts, a.count_sources(True), a.quoted_about
    a.actor_sentiment(), a.engine_agreement(), a.mention_sentiment("vader")
    assert calls == {"quotes": 1, "mentions": 1}
    assert a.mention_sentiment("vader") is a.mention_sentiment(), "one scoring per engine"


def test_bad_engine_is_a_one_line_error_and_no_codebook_means_discovery(seed):
    with pytest.raises(ParameterError, match="engine must be one of"):
        Analysis(seed, engine="bert")
    a = Analysis(seed)
    assert a.discovery and len(a.actor_mentions) > 0
    assert set(a.actor_mentions["actor"]) <= set(a.codebook.actors), "discovered actors stand in for a codebook"
    assert len(a.candidates) > 0 and not a.candidates["covered"].any()
