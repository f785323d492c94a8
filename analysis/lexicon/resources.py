"""Locating and reading the data files that ship with the package.

Lexicons, rule words, settings and gold annotations are data, not code: they live in the
repository's ``data/`` folder, which is installed as the package ``analysis.data`` (see
``pyproject.toml``), and are read (once, cached) through these helpers only.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError


def _data_dir() -> Path:
    """``data/`` through the package ``analysis.data``: a plain and an editable install both
    provide it (``pyproject.toml`` maps the folder). Only a checkout run without installing
    (``PYTHONPATH=.``) falls back to the folder beside the package."""
    try:
        import analysis.data as installed

        return Path(next(iter(installed.__path__))).resolve()
    except (ImportError, StopIteration):
        return Path(__file__).resolve().parents[2] / "data"


DATA_DIR = _data_dir()


def data_path(*parts: str) -> Path:
    """Path of a file under ``data/``."""
    return DATA_DIR.joinpath(*parts)


def read_text(path: str | Path, what: str = "data file") -> str:
    """A UTF-8 file's text; a missing or unreadable file is a one-line ``DataFileError``."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{what} not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read {what} {path}: {exc}") from None


def yaml_failure(exc: yaml.YAMLError, path: str | Path) -> DataFileError:
    """A YAML syntax error as a ``DataFileError`` naming the file and line."""
    mark = getattr(exc, "problem_mark", None)
    where = f" line {mark.line + 1}" if mark is not None else ""
    return DataFileError(f"{path}{where}: invalid YAML ({getattr(exc, 'problem', None) or exc})")


def read_yaml(path: str | Path) -> Any:
    """Parse a YAML file, turning every failure into a one-line ``DataFileError``."""
    text = read_text(path)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise yaml_failure(exc, path) from None


@cache
def rules(name: str) -> dict[str, Any]:
    """The rules file ``data/<name>.yml`` as a dict (cached: data files do not change)."""
    return read_yaml(data_path(f"{name}.yml"))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``data/<name>.txt``."""
    lines = data_path(f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))


@cache
def settings(section: str) -> dict[str, Any]:
    """Named thresholds of one analysis from ``data/settings.yml`` (each with where it comes from)."""
    table = rules("settings")
    if section not in table:
        raise DataFileError(f"data/settings.yml: no section {section!r}")
    return {name: entry["value"] if isinstance(entry, dict) else entry for name, entry in table[section].items()}
