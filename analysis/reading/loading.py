"""Reading an article from a file: plain text, Markdown or a saved HTML page.

Reading is where a user's mistakes show up (a wrong path, an empty or binary file, an odd
encoding), so every failure here is an ``ArticleError`` with a one-line message, and every
guess made while decoding is kept as a note on the article.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import ArticleError
from ..lexicon.resources import read_limited
from .article import Article, normalise_newlines
from .html import read_html

MAX_BYTES = 20_000_000  # 20 MB: far above any news article, below what exhausts memory
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def load_article(path: str | Path, title: str | None = None) -> Article:
    """Read ``path`` (.txt, .md or saved .html) into an ``Article``."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise ArticleError(f"{name}: unsupported file type {suffix!r}; use .txt, .md or .html")
    data = read_limited(path, MAX_BYTES, "article file", ArticleError)  # regular files only, never more than the limit
    text, notes = decode(data, name)
    metadata: dict = {}
    if suffix in HTML_SUFFIXES:
        page = read_html(text)
        text, metadata = page.text, dict(page.metadata)
        metadata.update(page_words=page.page_words, kept_words=page.kept_words, extractor=page.extractor)
        notes = (
            *notes,
            f"article body extracted from HTML ({page.extractor}): {page.kept_words} of the page's "
            f"{page.page_words} visible words kept, {page.removed_words} words of site furniture dropped",
        )
        title = title or page.title
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty (no visible text)")
    if "\r" in text:
        notes = (*notes, "line endings normalised to LF")
    return Article(normalise_newlines(text), title=title, name=name, notes=notes, metadata=metadata)


def decode(data: bytes, name: str = "article") -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a note."""
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ("decoded as UTF-16 (byte-order mark)",)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file (contains NUL bytes), not an article text")
    notes: tuple[str, ...] = ()
    if data.startswith(codecs.BOM_UTF8):
        data, notes = data[len(codecs.BOM_UTF8) :], ("UTF-8 byte-order mark removed",)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                f"{name}: not UTF-8 (bad byte at {exc.start}) nor cp1252; save it as UTF-8 and retry"
            ) from None
        notes = (*notes, f"not valid UTF-8 (byte {exc.start}); decoded as cp1252/latin-1")
    controls = sum(1 for ch in text[:100_000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(10, len(text[:100_000]) // 100):
        raise ArticleError(f"{name}: looks like a binary file ({controls} control characters), not an article text")
    return text, notes
