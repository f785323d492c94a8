"""Actors: who the article is about, from a codebook (data) or discovered from the text.

A codebook (``data/actors/*.yml``) lists each actor with its aliases; ``find_mentions`` finds
them in the body, the longest alias winning ("Russian Foreign Ministry" is the ministry, not
also Russia), and resolves "he"/"she" to a person only where exactly one fits. ``discover``
proposes candidates for an article that has no codebook yet.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from .article import Article
from .errors import DataFileError
from .model import BODY_KINDS
from .names import find_names
from .resources import data_path, read_text, yaml_failure

ACTOR_TYPES = ("country", "government", "alliance", "organisation", "person", "group", "media")
MENTION_COLUMNS = ["actor", "label", "type", "alias", "segment", "sentence", "start", "end", "via"]
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
DEFAULT_CODEBOOK = data_path("actors", "kazakhstan-2022.yml")


@dataclass(frozen=True)
class Actor:
    """One actor of a codebook."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    parent: str | None = None
    gender: str | None = None
    ignore_case: bool = False


@dataclass
class Codebook:
    """Actors by id, and the compiled alias pattern (longest alias first)."""

    actors: dict[str, Actor]
    path: str = ""
    _by_alias: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _folded: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._folded = frozenset(a.casefold() for actor in self.actors.values() for a in actor.aliases)
        parts = []
        for actor in self.actors.values():
            for alias in actor.aliases:
                self._by_alias[alias.casefold() if actor.ignore_case else alias] = actor.id
                parts.append((alias, actor.ignore_case))
        parts.sort(key=lambda p: len(p[0]), reverse=True)
        body = "|".join(f"(?i:{re.escape(a)})" if ic else re.escape(a) for a, ic in parts)
        self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if parts else None

    def actor_for(self, alias: str) -> Actor:
        """The actor an alias (as matched in the text) belongs to."""
        key = alias if alias in self._by_alias else alias.casefold()
        return self.actors[self._by_alias[key]]

    def root(self, actor_id: str) -> Actor:
        """The top of an actor's parent chain (a minister -> government -> country)."""
        actor = self.actors[actor_id]
        seen = {actor.id}
        while actor.parent and actor.parent not in seen:
            seen.add(actor.parent)
            actor = self.actors[actor.parent]
        return actor

    def covers(self, name: str) -> bool:
        """True if a name is one of the aliases (ignoring case for the check)."""
        return name.casefold() in self._folded or name.casefold().removeprefix("the ") in self._folded


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and validate a YAML codebook; an error names the file and line to fix."""
    path = Path(path) if path else DEFAULT_CODEBOOK
    text = read_text(path, "actor codebook")
    try:
        root, data = yaml.compose(text), yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise yaml_failure(exc, path) from None
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise DataFileError(f"{path} line 1: a codebook needs a top-level 'actors:' list")
    nodes = _actor_nodes(root)
    actors: dict[str, Actor] = {}
    for i, entry in enumerate(data["actors"]):
        line = nodes[i] if i < len(nodes) else 0
        actor = _actor(entry, f"{path} line {line}")
        if actor.id in actors:
            raise DataFileError(f"{path} line {line}: duplicate actor id {actor.id!r}")
        actors[actor.id] = actor
    for i, actor in enumerate(actors.values()):
        if actor.parent and actor.parent not in actors:
            raise DataFileError(f"{path} line {nodes[i]}: parent {actor.parent!r} of {actor.id!r} is not an actor id")
    _check_aliases(actors, path, nodes)
    return Codebook(actors, str(path))


def _actor_nodes(root) -> list[int]:
    """1-based line of each actor entry, for error messages."""
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == "actors" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _actor(entry, where: str) -> Actor:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: each actor must be a mapping with id, label, type, aliases")
    missing = [k for k in ("id", "label", "type", "aliases") if k not in entry]
    if missing:
        raise DataFileError(f"{where}: actor {entry.get('id', '?')!r} lacks {', '.join(missing)}")
    if entry["type"] not in ACTOR_TYPES:
        raise DataFileError(f"{where}: type {entry['type']!r} is not one of {', '.join(ACTOR_TYPES)}")
    aliases = entry["aliases"]
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DataFileError(f"{where}: aliases of {entry['id']!r} must be a non-empty list of words")
    gender = entry.get("gender")
    if gender not in (None, "male", "female"):
        raise DataFileError(f"{where}: gender of {entry['id']!r} must be male or female")
    return Actor(str(entry["id"]), str(entry["label"]), entry["type"], tuple(a.strip() for a in aliases),
                 entry.get("parent"), gender, bool(entry.get("ignore_case", False)))


def _check_aliases(actors: dict[str, Actor], path: Path, nodes: list[int]) -> None:
    owner: dict[str, str] = {}
    for i, actor in enumerate(actors.values()):
        for alias in actor.aliases:
            key = alias.casefold() if actor.ignore_case else alias
            if key in owner and owner[key] != actor.id:
                raise DataFileError(f"{path} line {nodes[i]}: alias {alias!r} is both {owner[key]!r} and {actor.id!r}")
            owner[key] = actor.id


# ---------------------------------------------------------------- mentions


def find_mentions(article: Article, codebook: Codebook, include_captions: bool = False,
                  roll_up: bool = False, pronouns: bool = True) -> pd.DataFrame:
    """Every mention of a codebook actor; columns as in ``MENTION_COLUMNS``.

    actor: actor id (its root ancestor with ``roll_up``); label, type: the actor's; alias: the
    words in the text; segment, sentence: indexes (sentence -1 in captions); start, end:
    offsets; via: "alias" or "pronoun" (he/she resolved to the one person it can be).
    """
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
    return pd.DataFrame(table, columns=MENTION_COLUMNS)


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
        window_start = sentences[k - 1].start if k > 0 and sentences[k - 1].segment == sent.segment else sent.start
        for m in re.finditer(r"\b([Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b", text[sent.start : sent.end]):
            a = sent.start + m.start()
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


# ---------------------------------------------------------------- discovery


def discover(article: Article, codebook: Codebook | None = None, min_mentions: int = 1) -> pd.DataFrame:
    """Candidate actors found in the body without a codebook: name, type_guess, mentions, covered.

    Candidates are capitalised names (typed person / organisation / place), demonyms mapped to
    their country ("Kazakh" -> Kazakhstan), and "the X ministry/agency/government" phrases.
    ``covered`` says whether the codebook (if given) already has the name as an alias.
    """
    from .sources import _place_names

    text = article.text
    places = _place_names()
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
