"""Countries, blocs, their short forms and demonyms (``data/places.yml``), read once."""

from __future__ import annotations

from functools import cache

from .resources import rules


@cache
def place_names() -> dict[str, str]:
    """Every country or bloc name, short form and demonym -> canonical name."""
    places = rules("places")
    table: dict[str, str] = {}
    for group in ("countries", "blocs"):
        for name, aliases in places[group].items():
            for alias in [name, *(aliases or [])]:
                table[alias] = name
    return table


def canonical_place(name: str) -> str | None:
    """The canonical country or bloc for a name, short form or demonym; None if it is none."""
    return place_names().get(name)


def is_country(name: str) -> bool:
    """True for a country or bloc name (a leading "the" ignored)."""
    return canonical_place(name.removeprefix("the ")) is not None
