"""An article's metadata file: ``<name>.yml`` beside the article (title, outlet, date, language,
translation note, codebook, sentiment gold). Metadata decides; nothing falls back to a default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..lexicon.resources import read_yaml

#: Keys whose values are paths, resolved relative to the metadata file.
PATH_KEYS = ("codebook", "sentiment_gold")


def metadata_path(article: str | Path) -> Path:
    """Where an article's metadata lives: the same name with ``.yml``."""
    return Path(article).with_suffix(".yml")


def read_metadata(article: str | Path) -> dict[str, Any]:
    """The metadata beside ``article`` (an empty dict if there is none); paths made absolute."""
    path = metadata_path(article)
    if not path.is_file() or path.suffix == Path(article).suffix:
        return {}
    data = read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(f"{path} line 1: article metadata must be a mapping (title: ..., outlet: ...)")
    for key in PATH_KEYS:
        if data.get(key):
            data[key] = str((path.parent / str(data[key])).resolve())
    return data


def sentiment_gold_for(metadata: dict[str, Any], actors_path: str | Path) -> str:
    """The hand labels to compare with: the metadata's ``sentiment_gold``, but only when the
    codebook in use is the one the metadata names (the labels are keyed by its actor ids);
    "" otherwise (another codebook, or discovery mode)."""
    gold, codebook = metadata.get("sentiment_gold"), metadata.get("codebook")
    if not (gold and codebook and actors_path):
        return ""
    return str(gold) if Path(actors_path).resolve() == Path(codebook).resolve() else ""


def caveats(metadata: dict[str, Any]) -> list[str]:
    """Notes on reading this article that its metadata gives (a translation note, provenance)."""
    return [str(metadata[key]).strip() for key in ("translation", "provenance") if metadata.get(key)]
