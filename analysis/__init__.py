"""Analysing news articles: segments, actors and their sentiment, quotes and sources.

Start with ``load_article(path)`` or ``Article.from_text(text)``; every analysis takes the
``Article`` and returns a tidy pandas DataFrame whose rows carry offsets into ``article.text``.
"""

from .article import Article
from .errors import AnalysisError, ArticleError, DataFileError, ParameterError
from .loading import load_article
from .model import BODY_KINDS, SEGMENT_KINDS, Correction, Segment, Sentence

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
