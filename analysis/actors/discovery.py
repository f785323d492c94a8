"""Candidate actors of an article that has no codebook: names, demonyms, institutions."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from ..lexicon.names import find_names
from ..lexicon.places import place_names
from ..reading.article import Article
from .codebook import Codebook


def discover(article: Article, codebook: Codebook | None = None, min_mentions: int = 1) -> pd.DataFrame:
    """Candidate actors found in the body without a codebook: name, type_guess, mentions, covered.

    Candidates are capitalised names (typed person / organisation / place), demonyms mapped to
    their country ("Kazakh" -> Kazakhstan), and "the X ministry/agency/government" phrases.
    ``covered`` says whether the codebook (if given) already has the name as an alias.
    """
    text = article.text
    places = place_names()
    found: Counter = Counter()
    kinds: dict[str, str] = {}
    starts = {s.start for s in article.sentences} | {s.start for s in article.segments}
    for seg in article.body:
        for name in find_names(text, seg.start, seg.end):
            key = places.get(name.text, name.text)
            kind = "country" if name.text in places else name.type
            if kind == "unknown" and (len(name.text) < 3 or (" " not in name.text and name.start in starts)):
                continue  # a capitalised word opening a sentence ("Banks have ...") is no name
            found[key] += 1
            kinds.setdefault(key, kind)
        for m in INSTITUTION.finditer(text, seg.start, seg.end):
            key = " ".join(m.group(1).split())
            found[key] += 1
            kinds.setdefault(key, "government")
    rows = [(name, kinds[name], n, bool(codebook and codebook.covers(name)))
            for name, n in found.items() if n >= min_mentions]
    table = pd.DataFrame(rows, columns=["name", "type_guess", "mentions", "covered"])
    return table.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


INSTITUTION = re.compile(
    r"\bthe\s+((?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?(?:ministry|agency|government|authorities|parliament|police|"
    r"army|military|embassy|administration|council|committee|commission))\b"
)
