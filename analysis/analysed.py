"""One analysis object per article: the work the analyses share is done once and handed on.

Quotes, sources and actor sentiment all read the same sentences, names, quotes and mentions.
``Analysis(article, codebook)`` holds them as cached properties (as TextBlob's ``Blobber`` holds
one tokenizer and analyser for many blobs), so a notebook or a corpus run asks for what it
needs and nothing is computed twice::

    analysed = Analysis(load_article("story.txt"), codebook="actors.yml", engine="model")
    analysed.quotes, analysed.source_counts, analysed.actor_sentiment()

Each property is the table of the public function of the same name (``extract_quotes``,
``source_mentions``, ``count_sources``, ``mention_sentiment``, ``actor_sentiment`` ...), built
from the shared pieces instead of recomputing them; those functions keep working on their own.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from .actors.codebook import Codebook, load_codebook
from .actors.discovery import discover, discovered_codebook
from .actors.mentions import find_mentions
from .quotes.extraction import Quote, analyse_quotes, canonicalise, kind_table, quote_table, quoted_about, speaker_table
from .quotes.speakers import SpeechAct
from .reading.article import Article
from .reading.records import Sentence
from .sentiment.engines import ENGINES, get_engine
from .sentiment.targets import RESAMPLES, SEED, actor_table, agreement_table, score_mentions
from .sources.counting import cited_sources, tally_sources


class Analysis:
    """Everything the notebooks show about one article, each piece computed on first use.

    ``codebook``: a ``Codebook``, a path to one, or None/"" (discovery mode: the actors found in
    the text, ``discovered_codebook``, stand in for a codebook; ``discovery`` says so).
    ``engine``: the sentiment engine of ``mention_sentiment``
    and ``actor_sentiment`` (others on request). ``sources_path``: a source list instead of
    ``data/sources.yml``. ``include_captions``: also find actors in photo captions.
    ``include_indirect``: list reported speech in ``quotes``.
    """

    def __init__(self, article: Article, codebook: Codebook | str | Path | None = None, engine: str = "model",
                 sources_path: str | Path | None = None, include_captions: bool = False,
                 include_indirect: bool = True):
        get_engine(engine)  # an unknown engine fails here, in one line, before any work
        self.article = article
        self.discovery = not codebook
        self._given = codebook if isinstance(codebook, Codebook) or not codebook else load_codebook(codebook)
        self.engine = engine
        self.sources_path = str(sources_path) if sources_path else None
        self.include_captions = include_captions
        self.include_indirect = include_indirect
        self._scored: dict[str, pd.DataFrame] = {}

    def __repr__(self) -> str:
        book = ", discovery mode" if self.discovery else f", codebook {self._given.path!r}"
        return f"Analysis({self.article!r}{book}, engine {self.engine!r})"

    # ------------------------------------------------------------ reading

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences (the ``Article`` computes and keeps them)."""
        return self.article.sentences

    # ------------------------------------------------------------ quotes

    @cached_property
    def _quote_pass(self) -> tuple[list[Quote], list[SpeechAct]]:
        """One pass over the body, reported speech included: quote records and speech acts."""
        return analyse_quotes(self.article, include_indirect=True)

    @cached_property
    def quote_records(self) -> list[Quote]:
        """``Quote`` records (``find_quotes``), reported speech as ``include_indirect`` says."""
        if self.include_indirect:
            return self._quote_pass[0]
        return analyse_quotes(self.article, include_indirect=False)[0]

    @property
    def speech_acts(self) -> list[SpeechAct]:
        """Every speech or statement clause with its speaker (``analysis.quotes.speech_acts``)."""
        return self._quote_pass[1]

    @cached_property
    def _quote_frame(self) -> pd.DataFrame:
        """The quote pass's records as a table, speakers as found (sources read this one)."""
        return quote_table(self._quote_pass[0])

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """The quote table (``extract_quotes``), speakers named by the codebook if there is one."""
        if self.include_indirect:  # the pass's own table, canonicalised: not built twice
            return canonicalise(self._quote_frame, self.codebook)
        return quote_table(self.quote_records, self.codebook)

    @cached_property
    def speakers(self) -> pd.DataFrame:
        """Speakers ranked by quotes and words quoted (``speaker_table``)."""
        return speaker_table(self.quotes)

    @cached_property
    def quote_kinds(self) -> pd.DataFrame:
        """Quotes and words per kind (``kind_table``)."""
        return kind_table(self.quotes)

    @cached_property
    def quoted_about(self) -> pd.DataFrame:
        """Speakers by the codebook actors named inside their quotes (``about_table``)."""
        mentions = self.actor_mentions
        return quoted_about(self.quotes, mentions[mentions["via"] == "alias"])

    # ------------------------------------------------------------ sources

    @cached_property
    def source_mentions(self) -> pd.DataFrame:
        """One row per citation (``source_mentions``); speakers taken from the quote pass."""
        return cited_sources(self.article, self._quote_frame, self.speech_acts, self.sources_path)

    @cached_property
    def source_counts(self) -> pd.DataFrame:
        """Sources ranked by mentions, credits left out (``count_sources``)."""
        return tally_sources(self.source_mentions, include_credits=False, sources_path=self.sources_path)

    @cached_property
    def credit_counts(self) -> pd.DataFrame:
        """Sources ranked by mentions, photo and image credits included."""
        return tally_sources(self.source_mentions, include_credits=True, sources_path=self.sources_path)

    def count_sources(self, include_credits: bool = False) -> pd.DataFrame:
        """``source_counts`` or, with ``include_credits``, ``credit_counts``."""
        return self.credit_counts if include_credits else self.source_counts

    # ------------------------------------------------------------ actors and sentiment

    @cached_property
    def codebook(self) -> Codebook:
        """The given codebook, or in discovery mode the actors discovered in the article."""
        return self._given if not self.discovery else discovered_codebook(self.article)

    def _book(self) -> Codebook:
        return self.codebook

    @cached_property
    def actor_mentions(self) -> pd.DataFrame:
        """Every mention of a codebook actor, pronouns resolved (``find_mentions``)."""
        return find_mentions(self.article, self._book(), include_captions=self.include_captions)

    @cached_property
    def candidates(self) -> pd.DataFrame:
        """Actors found without a codebook, ``covered`` if the codebook has them (``discover``)."""
        return discover(self.article, None if self.discovery else self.codebook, min_mentions=1)

    def mention_sentiment(self, engine: str | None = None) -> pd.DataFrame:
        """Each actor mention scored by ``engine`` (default: the analysis's), kept per engine."""
        engine = engine or self.engine
        if engine not in self._scored:
            get_engine(engine)
            self._scored[engine] = score_mentions(self.article, self.actor_mentions, engine)
        return self._scored[engine]

    def actor_sentiment(self, min_mentions: int = 1, resamples: int = RESAMPLES, seed: int = SEED) -> pd.DataFrame:
        """One row per actor with its mean score and 95% interval (``actor_sentiment``)."""
        return actor_table(self.mention_sentiment(), self.engine, min_mentions, resamples, seed)

    def engine_agreement(self) -> pd.DataFrame:
        """Every engine's label of each mention, side by side (``engine_agreement``)."""
        return agreement_table({name: self.mention_sentiment(name) for name in ENGINES})
