"""Locating and reading the data files that ship in the repository's ``data/`` folder.

Lexicons, rule words and gold annotations are data, not code: they live in ``data/`` and are
read (once, cached) through these helpers.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(*parts: str) -> Path:
    """Path of a file under ``data/``."""
    return DATA_DIR.joinpath(*parts)


def read_yaml(path: str | Path) -> Any:
    """Parse a YAML file, turning every failure into a one-line ``DataFileError``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"data file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read data file {path}: {exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DataFileError(f"{path}{where}: {problem}") from None


@cache
def rules(name: str) -> dict[str, Any]:
    """The rules file ``data/<name>.yml`` as a dict (cached: data files do not change)."""
    return read_yaml(data_path(f"{name}.yml"))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``data/<name>.txt``."""
    lines = data_path(f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))
