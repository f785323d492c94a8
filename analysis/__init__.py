"""Analysing news articles: segments, actors and their sentiment, quotes and sources.

Start with ``load_article(path)`` or ``Article.from_text(text)``; every analysis takes the
``Article`` and returns a tidy pandas DataFrame whose rows carry offsets into ``article.text``.

Subpackages, in the order data flows: ``lexicon`` (word lists) -> ``reading`` (files, segments,
sentences) -> ``actors`` -> ``quotes`` -> ``sources`` -> ``sentiment`` -> ``analysed`` (one
object per article sharing the work) -> ``views`` -> ``report``; ``evaluation`` scores them.
"""

from .errors import AnalysisError, ArticleError, DataFileError, ParameterError
from .reading import BODY_KINDS, SEGMENT_KINDS, Article, Correction, Segment, Sentence, load_article

__all__ = [
    "BODY_KINDS",
    "SEGMENT_KINDS",
    "AnalysisError",
    "Article",
    "ArticleError",
    "Correction",
    "DataFileError",
    "ParameterError",
    "Segment",
    "Sentence",
    "load_article",
]
