"""Actor codebooks: a YAML file listing each actor with its type, aliases, parent and gender.

``load_codebook(path)`` reads and validates one; an error names the file and line to fix.
There is no default codebook: an article's metadata names its own, or actors are discovered.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
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
    """Actors by id, and the alias pattern (longest alias first), compiled on first use."""

    actors: dict[str, Actor]
    path: str = ""
    _by_alias: dict[str, str] = field(default_factory=dict)
    _folded: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._folded = frozenset(a.casefold() for actor in self.actors.values() for a in actor.aliases)
        for actor in self.actors.values():
            for alias in actor.aliases:
                self._by_alias[alias.casefold() if actor.ignore_case else alias] = actor.id

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """Every alias as one pattern, longest first, as whole words; compiled when first needed
        (for a codebook of 100,000 actors compiling takes longer than reading it)."""
        parts = sorted(((alias, actor.ignore_case) for actor in self.actors.values() for alias in actor.aliases),
                       key=lambda p: len(p[0]), reverse=True)
        body = "|".join(f"(?i:{re.escape(a)})" if ic else re.escape(a) for a, ic in parts)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if parts else None

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
    """Read and validate a YAML codebook; an error names the file and line to fix.

    The file must be a regular file under ``MAX_CODEBOOK_BYTES``; the YAML may not use anchors or
    aliases (they let a few lines expand without bound) nor nest deeper than a codebook does; every
    field is checked for its type (see ``Actor``), parents must exist, without cycles, at most
    ``MAX_PARENT_DEPTH`` deep.
    """
    if not path:
        raise ParameterError("no codebook path given (without a codebook, actors are discovered)")
    path = Path(path)
    text = read_text(path, "actor codebook", limit=MAX_CODEBOOK_BYTES)
    with _gc_paused():
        return _validated(path, _compose(text, path))


@contextmanager
def _gc_paused():
    """The cyclic garbage collector off while a codebook's many small objects are made: it would
    rescan all of them again and again as they accumulate (3x the load time at 100,000 actors)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _validated(path: Path, root: yaml.Node | None) -> Codebook:
    """The codebook of a composed YAML tree, every field and parent checked."""
    if not isinstance(root, yaml.MappingNode):
        raise DataFileError(f"{path} line 1: a codebook needs a top-level 'actors:' list")
    entries = None
    for key, value in root.value:
        if _scalar(key) != "actors":
            raise DataFileError(f"{path} line {_line(key)}: unknown top-level key {_shown(key)}; "
                                "a codebook has only 'actors:'")
        if not isinstance(value, yaml.SequenceNode):
            raise DataFileError(f"{path} line {_line(value)}: 'actors:' must be a list of actors")
        entries = value.value
    if entries is None:
        raise DataFileError(f"{path} line 1: a codebook needs a top-level 'actors:' list")
    actors: dict[str, Actor] = {}
    lines: dict[str, int] = {}
    for node in entries:
        actor = _actor(node, f"{path} line {_line(node)}")
        if actor.id in actors:
            raise DataFileError(f"{path} line {_line(node)}: duplicate actor id {actor.id!r}")
        actors[actor.id] = actor
        lines[actor.id] = _line(node)
    _check_parents(actors, path, lines)
    _check_aliases(actors, path, lines)
    return Codebook(actors, str(path))


MAX_CODEBOOK_BYTES = 50_000_000  # 50 MB: a 100,000-actor codebook is about 15 MB
MAX_NESTING = 4  # a codebook nests 4 deep (top mapping > actors list > actor > aliases list)
MAX_PARENT_DEPTH = 20  # country > government > ministry > minister is 4; 20 leaves room for any real hierarchy
FIELDS = ("id", "label", "type", "aliases", "parent", "gender", "ignore_case")
_STR, _BOOL, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 10x faster on large codebooks


def _compose(text: str, path: Path) -> yaml.Node | None:
    """The YAML node tree, built in one pass over the parser's events.

    Anchors and aliases are refused outright rather than budgeted: a codebook never needs them,
    and a few nested ones expand to gigabytes ("billion laughs"). Nesting is bounded as it is
    read, so nothing recurses. One pass over events (libyaml's when installed) costs about half
    of ``yaml.compose``.
    """
    resolver = yaml.resolver.Resolver()
    stack: list[yaml.CollectionNode] = []
    root = None
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            kind = type(event)
            if kind is yaml.AliasEvent or getattr(event, "anchor", None):
                raise DataFileError(f"{path} line {event.start_mark.line + 1}: YAML anchors and aliases (&name, *name) "
                                    "are not allowed in a codebook; write each value out")
            if kind is yaml.ScalarEvent:
                tag = event.tag if event.tag not in (None, "!") else resolver.resolve(yaml.ScalarNode, event.value,
                                                                                      event.implicit)
                node = yaml.ScalarNode(tag, event.value, event.start_mark)
            elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                if len(stack) >= MAX_NESTING:
                    line = event.start_mark.line + 1
                    raise DataFileError(f"{path} line {line}: nested more than {MAX_NESTING} deep; "
                                        "a codebook is a list of actors, each with a list of aliases")
                made = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
                stack.append(made("", [], event.start_mark))
                continue
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                node = stack.pop()
                if kind is yaml.MappingEndEvent:
                    items = iter(node.value)
                    node.value = list(zip(items, items))
            elif kind is yaml.DocumentStartEvent and root is not None:
                raise DataFileError(f"{path} line {event.start_mark.line + 1}: a codebook is one YAML document")
            else:
                continue
            if stack:
                stack[-1].value.append(node)
            else:
                root = node
    except yaml.YAMLError as exc:
        raise yaml_failure(exc, path) from None
    return root


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node) -> str | None:
    """The text of a plain-text scalar, else None (numbers, booleans, null, lists and mappings are not text)."""
    return node.value if isinstance(node, yaml.ScalarNode) and node.tag == _STR else None


def _shown(node: yaml.Node) -> str:
    """A node as a user would recognise it in an error message."""
    if isinstance(node, yaml.ScalarNode):
        return "null" if node.tag == _NULL else repr(node.value[:60])
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"


def _actor(node: yaml.Node, where: str) -> Actor:
    """One actor from its mapping node, every field checked for its type."""
    if not isinstance(node, yaml.MappingNode):
        raise DataFileError(f"{where}: each actor must be a mapping with id, label, type, aliases")
    fields: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = _scalar(key)
        if name not in FIELDS:
            raise DataFileError(f"{where}: unknown field {_shown(key)}; an actor has {', '.join(FIELDS)}")
        if name in fields:
            raise DataFileError(f"{where}: field {name!r} given twice")
        fields[name] = value
    ident = _scalar(fields["id"]) if "id" in fields else None
    missing = [k for k in ("id", "label", "type", "aliases") if k not in fields]
    if missing:
        raise DataFileError(f"{where}: actor {ident or '?'!r} lacks {', '.join(missing)}")

    def text(name: str) -> str:
        value = _scalar(fields[name])
        if value is None or not value.strip():
            node = fields[name]
            hint = " (put it in quotes)" if isinstance(node, yaml.ScalarNode) and node.tag != _NULL else ""
            raise DataFileError(f"{where}: {name} of {ident or '?'!r} must be a non-empty text, "
                                f"not {_shown(node)}{hint}")
        return value.strip()

    ident = text("id")
    label, kind = text("label"), text("type")
    if kind not in ACTOR_TYPES:
        raise DataFileError(f"{where}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
    aliases = fields["aliases"]
    words = [_scalar(a) for a in aliases.value] if isinstance(aliases, yaml.SequenceNode) else [None]
    if not words or not all(w and w.strip() for w in words):
        raise DataFileError(f"{where}: aliases of {ident!r} must be a non-empty list of words")
    parent = None if fields.get("parent", _NULL_NODE).tag == _NULL else text("parent")
    gender = None if fields.get("gender", _NULL_NODE).tag == _NULL else text("gender")
    if gender not in (None, "male", "female"):
        raise DataFileError(f"{where}: gender of {ident!r} must be male or female")
    flag = fields.get("ignore_case")
    if flag is not None and flag.tag != _BOOL:
        raise DataFileError(f"{where}: ignore_case of {ident!r} must be true or false, not {_shown(flag)}")
    ignore_case = flag is not None and flag.value.lower() in ("true", "yes", "on", "y")
    return Actor(ident, label, kind, tuple(w.strip() for w in words), parent, gender, ignore_case)


_NULL_NODE = yaml.ScalarNode(_NULL, "null")


def _check_parents(actors: dict[str, Actor], path: Path, lines: dict[str, int]) -> None:
    """Every parent is an actor id, and no parent chain loops or runs deeper than ``MAX_PARENT_DEPTH``."""
    for actor in actors.values():
        if actor.parent is not None and actor.parent not in actors:
            raise DataFileError(f"{path} line {lines[actor.id]}: parent {actor.parent!r} of {actor.id!r} "
                                "is not an actor id")
    depth: dict[str, int] = {}  # parents above each actor, computed once per actor
    for actor in actors.values():
        chain, current = [], actor
        while current.id not in depth and current.parent is not None:
            if current.id in chain:
                loop = " -> ".join([*chain[chain.index(current.id):], current.id])
                raise DataFileError(f"{path} line {lines[current.id]}: parents form a cycle ({loop})")
            chain.append(current.id)
            if len(chain) > MAX_PARENT_DEPTH:
                raise DataFileError(f"{path} line {lines[actor.id]}: {actor.id!r} has more than {MAX_PARENT_DEPTH} "
                                    "parents above it")
            current = actors[current.parent]
        base = depth.setdefault(current.id, 0)
        for k, ident in enumerate(reversed(chain), 1):
            depth[ident] = base + k
            if depth[ident] > MAX_PARENT_DEPTH:
                raise DataFileError(f"{path} line {lines[ident]}: {ident!r} has more than {MAX_PARENT_DEPTH} "
                                    "parents above it")


def _check_aliases(actors: dict[str, Actor], path: Path, lines: dict[str, int]) -> None:
    owner: dict[str, str] = {}
    for actor in actors.values():
        for alias in actor.aliases:
            key = alias.casefold() if actor.ignore_case else alias
            if key in owner and owner[key] != actor.id:
                raise DataFileError(f"{path} line {lines[actor.id]}: alias {alias!r} is both {owner[key]!r} "
                                    f"and {actor.id!r}")
            owner[key] = actor.id
