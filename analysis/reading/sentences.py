"""Sentence splitting with NLTK's Punkt, its parameters built once, without training.

Punkt needs no downloaded model: it is given the English abbreviation list
(``data/abbreviations.txt``) so that "Mr.", "U.S." or "Jan." do not end sentences, and, per
article, the orthographic evidence its heuristics ask for ("does 'the' occur in lower case?
is 'Smith' ever capitalised inside a sentence?") read from the article with a few regular
expressions. Training Punkt on each article (as before) learnt the same evidence plus rare
abbreviations, at a third of the time of the whole quote analysis; on the Wikinews corpus and
the scraped pages the two split the same sentences (see the README's speed section).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from ..lexicon.patterns import word_runs
from ..lexicon.resources import word_list
from .records import Segment, Sentence

# Punkt's orthographic flags (nltk.tokenize.punkt: _ORTHO_BEG_UC ... _ORTHO_UNK_LC)
BEG_UC, MID_UC, UNK_UC, BEG_LC, MID_LC, UNK_LC = (1 << k for k in range(1, 7))

WORD = r"[^\W\d_][\w’'-]*"
# A word inside a sentence: after a word, a number, a comma, semicolon, colon or bracket on the same line.
_INTERNAL = re.compile(rf"(?<=[\w,;:%)])[ \t]+({WORD})")
# A word opening a sentence: after . ? ! (and closing quotes or brackets), or opening a paragraph.
_INITIAL = re.compile(rf"(?:[.?!][\"”’')\]]*[ \t]+|\n[ \t]*\n\s*|\A\s*)[\"“‘'(\[]*({WORD})")
_ANY = re.compile(rf"(?<![\w’'-])({WORD})")
_LETTER = re.compile(r"[^\W\d_]")  # how a word of ``_ANY`` starts
# "U.S.S.", "B.C.", "D.A.": letters with inner full stops are abbreviations (Punkt's training learns them so)
_DOTTED = re.compile(r"(?<![\w.])((?:[^\W\d_]\.)+[^\W\d_])\.")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(word_list("abbreviations"))


class Orthography(dict):
    """Punkt's ``ortho_context`` for one text, filled on demand: a word type's flags say in which
    case it occurs at the start of a sentence, inside one, or where that is unknown."""

    def __init__(self, text: str):
        super().__init__()
        # speed: ``_ANY``'s words are the runs of ``[\w’'-]`` that start with a letter, and those runs
        # are read once per text for all who need them (``word_runs``)
        self._any = {w for w in word_runs(text) if _LETTER.match(w)}
        self._internal = set(_INTERNAL.findall(text))
        self._initial = set(_INITIAL.findall(text))

    def __missing__(self, typ: str) -> int:
        flags = 0
        for words, upper, lower in ((self._initial, BEG_UC, BEG_LC), (self._internal, MID_UC, MID_LC),
                                    (self._any, UNK_UC, UNK_LC)):
            if typ.capitalize() in words or typ.title() in words or typ.upper() in words:
                flags |= upper
            if typ in words:
                flags |= lower
        self[typ] = flags
        return flags


# A candidate break after a plain word of two or more word characters, not a number ("said. The",
# "n3. It"): Punkt always breaks there unless the word is an abbreviation (it is given no
# collocations or sentence starters), so the context need not be tokenized again.
PLAIN_END = re.compile(r"(\w{2,})\.\s+\S+")


class LanguageVars(PunktLanguageVars):
    """Punkt's English settings, its two per-candidate patterns compiled with ``re``: this NLTK
    runs every pattern under a timeout wrapper (for patterns users supply), which cost more than
    the matching; these two are NLTK's own fixed, linear patterns."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def period_context_re(self) -> re.Pattern[str]:
        return _period_context(self._period_context_fmt % {"NonWord": self._re_non_word_chars,
                                                           "SentEndChars": self._re_sent_end_chars})


@cache
def _period_context(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.UNICODE | re.VERBOSE)


#: One set of language settings for every tokenizer: it holds no state of a text, and Punkt keeps
#: its compiled word-tokenizer pattern on it (NLTK compiles it through its pattern checker, which
#: cost about 0.7 ms per article, 5% of segments + sentences of a Wikinews article, when each
#: tokenizer had its own).
LANGUAGE_VARS = LanguageVars()


class Tokenizer(PunktSentenceTokenizer):
    """Punkt, deciding the commonest candidate break (a plain word, a full stop, a next word)
    without tokenizing its context again; every other candidate goes to Punkt's own test."""

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = PLAIN_END.fullmatch(text)
        if plain and not plain.group(1).isdecimal() and plain.group(1).lower() not in self._params.abbrev_types:
            return True
        return super().text_contains_sentbreak(text)


def tokenizer_for(text: str) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the English abbreviation list and ``text``'s orthography."""
    params = PunktParameters()
    params.abbrev_types = set(_abbreviations()) | {w.lower() for w in _DOTTED.findall(text)}
    params.ortho_context = Orthography(text)
    return Tokenizer(params, lang_vars=LANGUAGE_VARS)


def split_sentences(text: str, segments: Iterable[Segment]) -> list[Sentence]:
    """Sentences of the given segments, with offsets into ``text``."""
    tokenizer = tokenizer_for(text)
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
