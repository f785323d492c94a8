"""Actor codebooks: a YAML file listing each actor with its type, aliases, parent and gender.

``load_codebook(path)`` reads and validates one; an error names the file and line to fix.
There is no default codebook: an article's metadata names its own, or actors are discovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import DataFileError, ParameterError
from ..lexicon.resources import read_text, yaml_failure

ACTOR_TYPES = ("country", "government", "alliance", "organisation", "person", "group", "media")


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


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a YAML codebook; an error names the file and line to fix."""
    if not path:
        raise ParameterError("no codebook path given (without a codebook, actors are discovered)")
    path = Path(path)
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
