"""Codebook actors found in an article: aliases (longest wins) and "he"/"she" where one person fits.

``find_mentions`` finds them in the body, the longest alias winning ("Russian Foreign Ministry"
is the ministry, not also Russia), and resolves "he"/"she" to a person only where exactly one
fits.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from ..reading.article import Article
from ..reading.records import BODY_KINDS
from .codebook import Codebook

MENTION_COLUMNS = ["actor", "label", "type", "alias", "segment", "sentence", "start", "end", "via"]
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PRONOUN = re.compile(r"\b(" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in PRONOUNS) + r")\b")  # He, he
#: Sentences a "he"/"she" looks back over for its person: its own and the one before, within the
#: paragraph. From the rule as first written (news prose names a person again within a sentence or
#: two); not tuned: there is no gold for pronoun mentions yet. Wider windows let more persons compete.
PRONOUN_WINDOW_SENTENCES = 2


def find_mentions(article: Article, codebook: Codebook, include_captions: bool = False,
                  roll_up: bool = False, pronouns: bool = True) -> pd.DataFrame:
    """Every mention of a codebook actor; columns as in ``MENTION_COLUMNS``.

    actor: actor id (its root ancestor with ``roll_up``); label, type: the actor's; alias: the
    words in the text; segment, sentence: indexes (sentence -1 in captions); start, end:
    offsets; via: "alias" or "pronoun" (he/she resolved to the one person it can be).
    """
    rows = mention_rows(article, codebook, include_captions, roll_up, pronouns)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def mention_rows(article: Article, codebook: Codebook, include_captions: bool = False, roll_up: bool = False,
                 pronouns: bool = True) -> list[tuple]:
    """``find_mentions`` as plain tuples in ``MENTION_COLUMNS`` order (the corpus worker builds one
    table per batch of articles from them, not one per article)."""
    text = article.text
    kinds = BODY_KINDS | ({"caption"} if include_captions else set())
    starts = [s.start for s in article.sentences]
    rows = []
    for seg in article.segments:
        if seg.kind not in kinds or codebook._pattern is None:
            continue
        for m in codebook._pattern.finditer(text, seg.start, seg.end):
            actor = codebook.actor_for(m.group())
            rows.append([actor, m.group(), seg, m.start(), m.end(), "alias"])
    if pronouns:
        rows += _pronoun_mentions(article, codebook, rows, kinds)
    rows.sort(key=lambda r: r[3])
    table = []
    for actor, alias, seg, a, b, via in rows:
        shown = codebook.root(actor.id) if roll_up else actor
        k = bisect_right(starts, a) - 1
        sentence = k if k >= 0 and article.sentences[k].end > a and seg.kind in BODY_KINDS else -1
        table.append((shown.id, shown.label, shown.type, alias, seg.index, sentence, a, b, via))
    return table


def _pronoun_mentions(article: Article, codebook: Codebook, rows: list, kinds: set[str]) -> list:
    """"he"/"she" in a sentence, resolved when the sentence and the one before it name exactly
    one person of that gender (and nobody else of unknown gender)."""
    text = article.text
    persons = sorted((r for r in rows if r[0].type == "person"), key=lambda r: r[3])
    person_starts = [r[3] for r in persons]
    found = []
    sentences = article.sentences
    for k, sent in enumerate(sentences):
        seg = article.segments[sent.segment]
        if seg.kind not in kinds:
            continue
        first = k
        while first > 0 and k - first + 1 < PRONOUN_WINDOW_SENTENCES and sentences[first - 1].segment == sent.segment:
            first -= 1
        window_start = sentences[first].start
        for m in PRONOUN.finditer(text, sent.start, sent.end):
            a = m.start()
            if _inside_quote(text, sent.start, a):
                continue
            gender = PRONOUNS[m.group(1).lower()]
            lo, hi = bisect_right(person_starts, window_start - 1), bisect_right(person_starts, a - 1)
            candidates = {r[0].id for r in persons[lo:hi]}
            fits = [c for c in candidates if codebook.actors[c].gender in (gender, None)]
            if len(fits) == 1 and codebook.actors[fits[0]].gender in (gender, None):
                found.append([codebook.actors[fits[0]], m.group(1), seg, a, a + len(m.group(1)), "pronoun"])
    return found


def _inside_quote(text: str, start: int, at: int) -> bool:
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


