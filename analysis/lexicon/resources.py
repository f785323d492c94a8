"""Locating and reading the data files that ship with the package.

Lexicons, rule words, settings and gold annotations are data, not code: they live in the
repository's ``data/`` folder, which is installed as the package ``analysis.data`` (see
``pyproject.toml``), and are read (once, cached) through these helpers only.
"""

from __future__ import annotations

import errno
import os
import stat
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


MAX_DATA_BYTES = 50_000_000  # 50 MB: a 100,000-actor codebook is ~15 MB; far below what exhausts memory
_FILE_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


def read_limited(path: str | Path, limit: int, what: str = "file", error: type[Exception] = DataFileError) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is a one-line ``error``.

    The file is opened without blocking (a FIFO with no writer would wait forever), checked to be
    a regular file on the open descriptor (devices, pipes, sockets and folders are refused; a
    symlink loop fails to open), and read for at most ``limit + 1`` bytes: a size that grows while
    reading, or a file that lies about its size, cannot make it read more.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error(f"{path}: no such file; check the path (relative paths start at {Path.cwd().name}/)") from None
    except OSError as exc:
        reason = "a symlink loop" if exc.errno == errno.ELOOP else exc.strerror or type(exc).__name__
        raise error(f"{path}: cannot open the {what} ({reason})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise error(f"{path}: is {kind}, not a regular file; give the path of one {what}")
        if info.st_size > limit:
            raise error(f"{path}: {info.st_size / 1e6:.1f} MB is larger than the {limit / 1e6:g} MB limit for a {what}")
        os.set_blocking(fd, True)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or type(exc).__name__})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise error(f"{path}: larger than the {limit / 1e6:g} MB limit for a {what}")
    return data


def read_text(path: str | Path, what: str = "data file", limit: int = MAX_DATA_BYTES) -> str:
    """A UTF-8 regular file's text (at most ``limit`` bytes); any failure is a one-line ``DataFileError``."""
    path = Path(path)
    data = read_limited(path, limit, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: the {what} is not UTF-8 text (bad byte at {exc.start})") from None


def yaml_failure(exc: yaml.YAMLError, path: str | Path) -> DataFileError:
    """A YAML syntax error as a ``DataFileError`` naming the file and line."""
    mark = getattr(exc, "problem_mark", None)
    where = f" line {mark.line + 1}" if mark is not None else ""
    return DataFileError(f"{path}{where}: invalid YAML ({getattr(exc, 'problem', None) or exc})")


#: The parser of the package's own rules files: libyaml's when PyYAML has it (the same objects,
#: checked on every data/*.yml by a test, in a tenth of the time: 0.04 CPU s instead of 0.32, paid
#: by every process that analyses, such as each worker of a corpus run).
RULES_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path, loader: type = yaml.SafeLoader) -> Any:
    """Parse a YAML file, turning every failure into a one-line ``DataFileError``."""
    text = read_text(path)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader: SafeLoader or CSafeLoader)
    except yaml.YAMLError as exc:
        raise yaml_failure(exc, path) from None


@cache
def rules(name: str) -> dict[str, Any]:
    """The rules file ``data/<name>.yml`` as a dict (cached: data files do not change)."""
    return read_yaml(data_path(f"{name}.yml"), RULES_LOADER)


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
