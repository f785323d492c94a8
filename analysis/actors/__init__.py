"""Actors: codebooks (``codebook``), their mentions in an article (``mentions``), and
candidates found without a codebook (``discovery``)."""

from .codebook import ACTOR_TYPES, Actor, Codebook, load_codebook
from .discovery import discover
from .mentions import MENTION_COLUMNS, find_mentions

__all__ = ["ACTOR_TYPES", "MENTION_COLUMNS", "Actor", "Codebook", "discover", "find_mentions", "load_codebook"]
