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


# ---------------------------------------------------------------- one reading of a text's words

WORD_RUN = re.compile(r"\w+")
FIRST_RUN = re.compile(r"\w*")
_INDEXES = threading.local()  # the word indexes of the texts read last (see ``word_index``)
TEXTS_KEPT = 2  # the article and one other text: a corpus worker reads one article at a time


class WordIndex:
    """Where each run of word characters (``\\w+``) of one text starts, read once.

    Speed: the quote and source rules look for word lists ("said", "told", the outlets of the
    source list) with patterns that ``re`` tries at every position of the article (about 0.13 s
    per pattern and MB); the positions of the runs that can start such a word are looked up here
    instead, and the pattern is tried only there (``word_matches``, ``WordSpans``).
    """

    def __init__(self, text: str):
        self.text = text
        self.at: dict[str, list[int]] = {}
        for m in WORD_RUN.finditer(text):
            self.at.setdefault(m.group(), []).append(m.start())


def word_index(text: str) -> WordIndex:
    """The ``WordIndex`` of ``text`` (the same object for the same string while it is recent)."""
    kept = getattr(_INDEXES, "kept", None)
    if kept is None:
        kept = _INDEXES.kept = []
    for index in kept:
        if index.text is text:
            return index
    index = WordIndex(text)
    kept.insert(0, index)
    del kept[TEXTS_KEPT:]
    return index


def first_runs(words: Iterable[str]) -> frozenset[str] | None:
    """The first run of word characters of each word ("according" of "according to"); None when
    a word starts with another character (then no index can stand for the pattern)."""
    runs = {FIRST_RUN.match(w).group() for w in words}
    return None if "" in runs else frozenset(runs)


def word_matches(pattern: re.Pattern[str], words: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only where a run of
    word characters equal to the first run of one of ``words`` starts.

    For a case-sensitive pattern whose every match is one of ``words`` with no word character
    before it and none right after it (``\\b(said|told)\\b``, ``(?<![\\w-])(said|told)(?![\\w-])``):
    a match starts a run, and that run is the word's first run, so no match is missed; the
    pattern itself decides at each candidate, scanning on from the end of the last match as
    ``finditer`` does. Anything else (a word starting with a non-word character): ``finditer``.
    """
    runs = first_runs(words)
    if runs is None or pattern.flags & re.IGNORECASE:
        yield from pattern.finditer(text)
        return
    at_run = word_index(text).at
    starts = sorted(p for run in runs for p in at_run.get(run, ()))
    after = 0
    for p in starts:
        if p >= after:
            m = pattern.match(text, p)
            if m:
                yield m
                after = m.end()  # the words are not empty


class WordSpans:
    """Which spans of a text may hold one of ``words``, in any case, anywhere (a skip filter).

    A span holds an occurrence only if a run of word characters overlapping it contains the
    occurrence's first run (case-insensitively); the runs of the text that contain one (or hold
    a non-ASCII character, where case rules are wider) are listed once, and a span is tested by
    bisection. ``may_hold`` never answers False for a span that holds one of the words.
    """

    def __init__(self, text: str, words: Iterable[str]):
        runs = first_runs(words)
        self.everything = runs is None or not all(r.isascii() for r in runs)
        self.starts: list[int] = []
        self.ends: list[int] = []
        if self.everything:
            return
        inside = re.compile(alternation({r.lower() for r in runs}))
        flagged = []
        for run, starts in word_index(text).at.items():
            if not run.isascii() or inside.search(run.lower()):
                flagged += [(p, p + len(run)) for p in starts]
        flagged.sort()
        self.starts = [a for a, _ in flagged]
        self.ends = [b for _, b in flagged]

    def may_hold(self, a: int, b: int) -> bool:
        """Can ``text[a:b]`` (or any string equal to it outside blanked-out parts) hold a word?"""
        if self.everything:
            return True
        i = bisect_right(self.ends, a)  # the first flagged run ending after ``a``
        return i < len(self.starts) and self.starts[i] < b
