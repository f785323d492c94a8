"""The small immutable records an ``Article`` is made of.

Every record carries ``start``/``end`` offsets into ``article.text`` (end exclusive), so each
row of each table can be traced back to the words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Segment kinds that carry the article's own reporting.
BODY_KINDS = frozenset({"headline", "subheading", "paragraph"})
#: Every segment kind, in the order tables and plots show them.
SEGMENT_KINDS = (
    "headline",
    "subheading",
    "paragraph",
    "caption",
    "credit",
    "teaser",
    "boilerplate",
)


@dataclass(frozen=True)
class Segment:
    """A block of the page: a paragraph, a caption, a credit line, ..."""

    index: int
    kind: str
    start: int
    end: int
    text: str

    @property
    def is_body(self) -> bool:
        """True for the article's own reporting (headline, subheadings, paragraphs)."""
        return self.kind in BODY_KINDS


@dataclass(frozen=True)
class Sentence:
    """A sentence of a body segment."""

    index: int
    segment: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Correction:
    """A repair of a scraping artefact: ``text[start:end]`` reads better as ``after``."""

    start: int
    end: int
    before: str
    after: str
    reason: str
