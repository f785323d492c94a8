"""Word lists as fast regular expressions.

An alternation of a hundred words ("said|told|according to|...") makes Python's ``re`` try
every word at every position of a sentence. The same words as a trie ("s(?:aid|ays)|t(?:old)")
match the same text and cost one step per character; ``alternation`` builds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
