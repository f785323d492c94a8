"""Sentiment engines behind one small interface, chosen by name.

An engine turns target contexts ``(text, start, end)`` (the speaker's own quotes already blanked)
into scores in [-1, 1], labels and the evidence it scored. Adding an engine is one module here
and one line in ``ENGINES``.
"""

from __future__ import annotations

from typing import Protocol

from ...errors import ParameterError
from .model import ModelEngine
from .textblob import TextBlobEngine
from .vader import VaderEngine

Context = tuple[str, int, int]


class Engine(Protocol):
    """What every engine provides."""

    name: str

    def score(self, contexts: list[Context]) -> tuple[list[float], list[str], list[str]]:
        """Scores, labels and evidence (the words scored), one each per context."""
        ...

    def label(self, score: float) -> str:
        """negative / neutral / positive for a score (a single mention's or an actor's mean)."""
        ...


ENGINES: dict[str, Engine] = {e.name: e for e in (VaderEngine(), TextBlobEngine(), ModelEngine())}


def get_engine(name: str) -> Engine:
    """The engine called ``name``; a one-line ``ParameterError`` for an unknown name."""
    if name not in ENGINES:
        raise ParameterError(f"engine must be one of {', '.join(ENGINES)}, not {name!r}")
    return ENGINES[name]
