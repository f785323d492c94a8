"""The ``Article``: one news text, its segments, sentences and scrape corrections.

An ``Article`` is immutable once built, so its views are computed on first use and cached.
All offsets in every view point into ``article.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from functools import cached_property
from typing import Any

import pandas as pd

from ..errors import ArticleError
from .cleaning import apply_corrections, find_corrections
from .records import BODY_KINDS, Correction, Segment, Sentence
from .segmentation import segment
from .sentences import split_sentences

#: Columns of ``Article.segments_table``.
SEGMENT_COLUMNS = ["index", "kind", "start", "end", "words", "text"]


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: the one change made to text before offsets are taken."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Article:
    """A news article: ``text`` plus lazily computed, cached views of it."""

    def __init__(
        self,
        text: str,
        title: str | None = None,
        name: str = "article",
        notes: tuple[str, ...] = (),
        metadata: Mapping[str, Any] | None = None,
    ):
        if not isinstance(text, str):
            raise ArticleError(f"article text must be a string, not {type(text).__name__}")
        if not text.strip():
            raise ArticleError(f"{name}: the article is empty (no visible text)")
        self.text = normalise_newlines(text)
        self.name = name
        self.notes = notes
        #: What the source says about the article (outlet, date, byline, site, ...): from a saved
        #: page's HTML, merged with the ``.yml`` beside the article by whoever reads both.
        self.metadata: dict[str, Any] = dict(metadata or {})
        self._title = title

    @classmethod
    def from_text(cls, text: str, title: str | None = None, name: str = "article") -> Article:
        """Build an article from a string (newlines normalised to LF)."""
        notes = ("line endings normalised to LF",) if "\r" in text else ()
        return cls(text, title=title, name=name, notes=notes)

    def __repr__(self) -> str:
        return f"Article({self.title!r}, {len(self.text)} characters)"

    @property
    def title(self) -> str:
        """The given title, else the headline, else the first words."""
        if self._title:
            return self._title
        for seg in self.segments:
            if seg.kind == "headline":
                return seg.text.lstrip("# ").strip()
        return " ".join(self.text.split()[:8])

    @cached_property
    def segments(self) -> tuple[Segment, ...]:
        """Every block of the page with its kind; lossless over non-whitespace text."""
        return tuple(segment(self.text))

    @property
    def body(self) -> tuple[Segment, ...]:
        """Segments of the article's own reporting: headline, subheadings, paragraphs."""
        return tuple(s for s in self.segments if s.kind in BODY_KINDS)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the body segments."""
        return tuple(split_sentences(self.text, self.body))

    @cached_property
    def corrections(self) -> tuple[Correction, ...]:
        """Scrape repairs found in the text (applied only to ``clean_text``)."""
        return tuple(find_corrections(self.text, self.segments))

    @cached_property
    def clean_text(self) -> str:
        """The text with every correction applied; its offsets differ from ``text``."""
        return apply_corrections(self.text, self.corrections)

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding character ``offset``, or None for whitespace between segments."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.segments]

    def segments_table(self) -> pd.DataFrame:
        """One row per segment: index, kind, start, end, words, text."""
        return pd.DataFrame(self.segment_rows(), columns=SEGMENT_COLUMNS)

    def segment_rows(self) -> list[tuple]:
        """The rows of ``segments_table`` as plain tuples (a corpus worker makes one table per batch)."""
        return [(s.index, s.kind, s.start, s.end, len(s.text.split()), s.text) for s in self.segments]

    def sentences_table(self) -> pd.DataFrame:
        """One row per body sentence: index, segment, start, end, words, text."""
        rows = [(s.index, s.segment, s.start, s.end, len(s.text.split()), s.text) for s in self.sentences]
        return pd.DataFrame(rows, columns=["index", "segment", "start", "end", "words", "text"])

    def corrections_table(self) -> pd.DataFrame:
        """One row per correction: start, end, before, after, reason."""
        rows = [(c.start, c.end, c.before, c.after, c.reason) for c in self.corrections]
        return pd.DataFrame(rows, columns=["start", "end", "before", "after", "reason"])

    def metadata_table(self) -> pd.DataFrame:
        """One row per metadata field: field, value (as text)."""
        rows = [(key, str(value)) for key, value in self.metadata.items()]
        return pd.DataFrame(rows, columns=["field", "value"])
