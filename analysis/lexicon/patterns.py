"""Word lists as fast regular expressions.

An alternation of a hundred words ("said|told|according to|...") makes Python's ``re`` try
every word at every position of a sentence. The same words as a trie ("s(?:aid|ays)|t(?:old)")
match the same text and cost one step per character; ``alternation`` builds it.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regular expression (no groups) matching exactly what ``"|".join`` of the escaped
    ``words``, longest first, matches: at a position the longest word that fits (and lets the
    rest of the pattern match) wins. With ``ignore_case`` (the pattern is then compiled with
    ``re.IGNORECASE``) words differing only in case are one word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower() if ignore_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie) if trie else "(?!)"


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body  # a shorter word ending here is tried after every longer one


# ---------------------------------------------------------------- word lists found without a full scan

FIRST_RUN = re.compile(r"\w*")
# characters that ``re.IGNORECASE`` equates with an ASCII letter though ``str.lower`` does not ("ı" = "i")
FOLDS_TO_ASCII = "ıſ"


def first_runs(words: Iterable[str]) -> frozenset[str] | None:
    """The first run of word characters of each word ("according" of "according to"); None when
    a word starts with another character."""
    runs = {FIRST_RUN.match(w).group() for w in words}
    return None if "" in runs else frozenset(runs)


def _find_all(text: str, literal: str) -> Iterator[int]:
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def word_matches(pattern: re.Pattern[str], words: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only where one of
    ``words`` occurs (``str.find``).

    Speed: a pattern of a word list with a boundary before it (``\\b(said|told)\\b``) stops ``re``
    from skipping ahead, so it is tried at every position of the article (0.13-0.16 s per MB for
    each of the source list's patterns); ``str.find`` finds the few places where it can match
    several times faster. For a case-sensitive ``pattern`` every match of which starts with one
    of ``words`` as written, those places hold every match's start; the pattern decides at each,
    scanning on from the end of the last match as ``finditer`` does, so the matches are the
    same. A case-insensitive pattern, or no words: ``finditer``.
    """
    literals = _shortest(frozenset(words))
    if not literals or pattern.flags & re.IGNORECASE:
        yield from pattern.finditer(text)
        return
    after = 0
    for p in sorted({p for w in literals for p in _find_all(text, w)}):
        if p >= after:
            m = pattern.match(text, p)
            if m:
                yield m
                after = m.end()  # a match is not empty: it holds a word


@cache
def _shortest(words: frozenset[str]) -> tuple[str, ...]:
    """The words that do not start with another of them ("rule" finds "ruled" too); () if one is empty."""
    if "" in words:
        return ()
    return tuple(sorted(w for w in words if not any(w.startswith(o) and o != w for o in words)))


@cache
def _runs_pattern(runs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(alternation(runs))


class WordSpans:
    """Which spans of a text may hold one of ``words``, in any case (a skip filter).

    An occurrence of a word (in any case) holds its first run of word characters; those runs,
    in lower case, are searched once in the text in lower case, and a span may hold a word only
    if one of the (non-overlapping) places found overlaps it. ``may_hold`` never answers False for
    a span that holds one of the words, whatever blanks out other parts of it. Where lower case
    changes a text's length or ``re`` folds a letter that ``str.lower`` keeps (``FOLDS_TO_ASCII``),
    every span may hold one.
    """

    def __init__(self, text: str, words: Iterable[str]):
        pattern = _lower_runs_pattern(words if isinstance(words, frozenset) else frozenset(words))
        low = text.lower()
        self.everything = pattern is None or len(low) != len(text) or any(c in text for c in FOLDS_TO_ASCII)
        self.starts: list[int] = []
        self.ends: list[int] = []
        if not self.everything:
            for m in pattern.finditer(low):
                self.starts.append(m.start())
                self.ends.append(m.end())

    def may_hold(self, a: int, b: int) -> bool:
        """Can ``text[a:b]`` (or that span with parts blanked out) hold one of the words?"""
        if self.everything:
            return True
        i = bisect_right(self.ends, a)  # the first place ending after ``a``
        return i < len(self.starts) and self.starts[i] < b


@cache
def _lower_runs_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """``WordSpans``' pattern of the words' first runs in lower case; None when a word starts with no
    word character or a run is not ASCII (then every span may hold one). Speed: built once per word
    list, not for every article (reading the runs of a few hundred words cost about a millisecond)."""
    runs = first_runs(words)
    if runs is None or not all(r.isascii() for r in runs):
        return None
    return _runs_pattern(frozenset(r.lower() for r in runs))


# ---------------------------------------------------------------- the words of a text, read once

WORD_RUN = re.compile(r"[\w’'-]+")  # a word run, as the text's words are compared
_RUNS = threading.local()  # the word runs of the texts read last (see ``word_runs``)
TEXTS_KEPT = 4  # the article and a few other strings


def word_runs(text: str) -> frozenset[str]:
    """Every distinct run of word characters, ’, ' and - in ``text`` (``WORD_RUN``), read once per
    text. Speed: the sentence splitter's orthography and two source rules each scanned the
    whole article for them (0.13 s per MB each); they now share one scan (kept by identity)."""
    kept = getattr(_RUNS, "kept", None)
    if kept is None:
        kept = _RUNS.kept = []
    for k, (string, runs) in enumerate(kept):
        if string is text:
            if k:  # the most recently used first (as ``names._index``)
                kept.insert(0, kept.pop(k))
            return runs
    runs = frozenset(WORD_RUN.findall(text))
    kept.insert(0, (text, runs))
    del kept[TEXTS_KEPT:]
    return runs
