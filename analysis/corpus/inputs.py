"""What a corpus is made of: article files, folders, globs, and tables of articles.

``expand_inputs`` turns the command line's INPUT arguments into ``CorpusItem`` records, one
per article, each with a unique id. Files are read here (bytes only, decoded in the worker) so
a remote cluster needs no shared file system; tables (.csv, .jsonl, .parquet) give one item per
row. Anything that cannot become an item (an unreadable table, a row without text) is returned
as an ``InputError`` for ``errors.csv``: one bad input never stops the others.
"""

from __future__ import annotations

import glob
import math
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from ..errors import ParameterError
from ..reading.loading import HTML_SUFFIXES, MAX_BYTES
from ..reading.metadata import read_metadata

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", *HTML_SUFFIXES}
TABLE_SUFFIXES = {".csv", ".jsonl", ".parquet"}
#: Columns a table may carry besides ``text`` (``publisher`` is read as ``outlet``).
META_COLUMNS = ("id", "title", "date", "url", "outlet")


@dataclass(frozen=True)
class CorpusItem:
    """One article to analyse: its id and metadata, and either ``text`` or file ``data``."""

    id: str
    origin: str  # where it came from: a file name, or "table.csv row 12" (no machine paths)
    text: str | None = None
    data: bytes | None = None
    suffix: str = ".txt"
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None

    @property
    def size(self) -> int:
        """Characters or bytes to analyse: what chunks are balanced on."""
        return len(self.text) if self.text is not None else len(self.data or b"")


@dataclass(frozen=True)
class InputError:
    """An article (or a whole input) that could not be read: it goes to ``errors.csv``."""

    id: str
    origin: str
    status: str
    reason: str


def expand_inputs(inputs: list[str]) -> tuple[list[CorpusItem], list[InputError]]:
    """Items for every article named by ``inputs`` (files, folders, globs, tables), sorted by id."""
    items: list[CorpusItem] = []
    errors: list[InputError] = []
    for path in _paths(inputs):
        suffix = path.suffix.lower()
        if suffix in TABLE_SUFFIXES:
            found, bad = _table_items(path)
            items += found
            errors += bad
        else:
            item, error = _file_item(path)
            items += [item] if item else []
            errors += [error] if error else []
    return _unique(items, errors)


def _paths(inputs: list[str]) -> list[Path]:
    """Every article or table file named by the inputs, each once, in a fixed order."""
    paths: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                           ARTICLE_SUFFIXES | TABLE_SUFFIXES)
        elif path.is_file():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
        if not found:
            raise ParameterError(f"{raw}: no such file, folder or matching articles (.txt, .md, .html, .csv, "
                                 ".jsonl, .parquet)")
        paths += found
    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _file_item(path: Path) -> tuple[CorpusItem | None, InputError | None]:
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return None, InputError(name, name, "unreadable", f"unsupported file type {suffix!r}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, InputError(name, name, "unreadable", f"{size / 1e6:.1f} MB is over the "
                                                                f"{MAX_BYTES / 1e6:.0f} MB limit")
        data = path.read_bytes()
        meta = read_metadata(path)
    except (OSError, ValueError) as exc:
        return None, InputError(path.stem, name, "unreadable", f"cannot be read ({exc})")
    except Exception as exc:  # a malformed metadata file: the article is still listed, not lost
        return None, InputError(path.stem, name, "unreadable", _one_line(exc))
    return CorpusItem(
        id=str(meta.get("id") or path.stem), origin=name, data=data, suffix=suffix,
        title=_text(meta.get("title")), date=_date(meta.get("date")), url=_text(meta.get("url")),
        outlet=_text(meta.get("outlet") or meta.get("publisher")) or _host(meta.get("url")),
    ), None


def read_table(path: Path) -> pd.DataFrame:
    """A table of articles (.csv, .jsonl or .parquet) with a ``text`` column."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[])
    elif suffix == ".jsonl":
        table = pd.read_json(path, lines=True, dtype=False)
    else:
        table = pd.read_parquet(path)
    if "text" not in table.columns:
        raise ParameterError(f"{path.name}: a table of articles needs a 'text' column (has: "
                             f"{', '.join(map(str, table.columns))})")
    if "outlet" not in table.columns and "publisher" in table.columns:
        table = table.rename(columns={"publisher": "outlet"})
    return table


def _table_items(path: Path) -> tuple[list[CorpusItem], list[InputError]]:
    try:
        table = read_table(path)
    except ParameterError as exc:
        return [], [InputError(path.stem, path.name, "unreadable", str(exc))]
    except Exception as exc:  # unreadable file: one error line, the other inputs go on
        return [], [InputError(path.stem, path.name, "unreadable", f"{path.name}: {_one_line(exc)}")]
    width = max(4, len(str(len(table))))
    items, errors = [], []
    columns = {c: table[c].tolist() if c in table.columns else [None] * len(table) for c in (*META_COLUMNS, "text")}
    for row in range(len(table)):
        given = _text(columns["id"][row])
        item_id = given or f"{path.stem}-{row + 1:0{width}d}"
        origin = f"{path.name} row {row + 1}"
        text = columns["text"][row]
        if not isinstance(text, str):
            errors.append(InputError(item_id, origin, "unreadable", "no text (the 'text' cell is empty or not text)"))
            continue
        url = _text(columns["url"][row])
        items.append(CorpusItem(
            id=item_id, origin=origin, text=text, title=_text(columns["title"][row]),
            date=_date(columns["date"][row]), url=url, outlet=_text(columns["outlet"][row]) or _host(url),
        ))
    return items, errors


def _unique(items: list[CorpusItem], errors: list[InputError]) -> tuple[list[CorpusItem], list[InputError]]:
    """Ids made unique (a repeated id gets ``~2``, ``~3`` in input order); items sorted by id."""
    seen: dict[str, int] = {}
    unique = []
    for item in items:
        count = seen.get(item.id, 0) + 1
        seen[item.id] = count
        if count > 1:
            item = CorpusItem(**{**vars(item), "id": f"{item.id}~{count}"})
        unique.append(item)
    return sorted(unique, key=lambda i: i.id), sorted(errors, key=lambda e: (e.id, e.origin))


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _date(value) -> str | None:
    """An ISO day (YYYY-MM-DD) when the value reads as a date; else the text as given."""
    text = _text(value)
    if text is None:
        return None
    try:
        return pd.Timestamp(text).strftime("%Y-%m-%d")
    except (ValueError, TypeError, OverflowError):
        return text


def _host(url) -> str | None:
    """The outlet named by a URL's host ("en.wikinews.org"), when no outlet is given."""
    text = _text(url)
    if not text:
        return None
    host = urlparse(text).hostname or ""
    return host.removeprefix("www.") or None


def _one_line(exc: BaseException) -> str:
    lines = [ln for ln in str(exc).splitlines() if ln.strip()]
    return f"{type(exc).__name__}: {lines[0][:300] if lines else ''}"
