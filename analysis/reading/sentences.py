"""Sentence splitting with NLTK's Punkt, trained on the article itself.

Punkt learns abbreviations, collocations and sentence starters from the text it is given, so it
needs no downloaded model; an English abbreviation list (``data/abbreviations.txt``) is added to
what it learns so that "Mr.", "U.S." or "Jan." do not end sentences in short articles.
"""

from __future__ import annotations

from collections.abc import Iterable

from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

from ..lexicon.resources import word_list
from .records import Segment, Sentence

TRAIN_CHARS = 300_000  # Punkt learns from at most this much text: any news article, whole


def train_tokenizer(text: str) -> PunktSentenceTokenizer:
    """A Punkt tokenizer trained on ``text`` (its first ``TRAIN_CHARS`` characters, which keeps
    book-length input linear) plus the English abbreviation list."""
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    trainer.train(text[:TRAIN_CHARS], finalize=True)
    params = trainer.get_params()
    params.abbrev_types.update(word_list("abbreviations"))
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, segments: Iterable[Segment]) -> list[Sentence]:
    """Sentences of the given segments, with offsets into ``text``."""
    tokenizer = train_tokenizer(text)
    sentences: list[Sentence] = []
    for seg in segments:
        spans = _merge_lowercase_starts(seg.text, list(tokenizer.span_tokenize(seg.text)))
        for start, end in spans:
            a, b = seg.start + start, seg.start + end
            sentences.append(Sentence(len(sentences), seg.index, a, b, text[a:b]))
    return sentences


def _merge_lowercase_starts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "sentence" starting in lower case continues the one before ('"... A LOT!" on Twitter.')."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and text[start : start + 1].islower():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
