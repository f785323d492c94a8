"""Reading an article: loading files and HTML, cleaning, lossless segments, sentences."""

from .article import Article
from .loading import load_article
from .records import BODY_KINDS, SEGMENT_KINDS, Correction, Segment, Sentence

__all__ = ["BODY_KINDS", "SEGMENT_KINDS", "Article", "Correction", "Segment", "Sentence", "load_article"]
