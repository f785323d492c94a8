"""Extracting the article of a saved HTML page: its text (Markdown-like blocks) and metadata.

The body, title, date, byline and site name come from trafilatura, the field's reference
extractor (kept up to date, scored on thousands of pages): a hand-written pass over
``<article>`` lost headlines inside ``<article><header>``, took section labels for headlines
and kept whole menus on some pages. trafilatura drops photo captions, so a second pass adds
each ``<figcaption>`` after the kept paragraph it follows in the page. The headline goes first
as a ``#`` heading, subheadings keep ``##``; the segmenter reads those marks. A page
trafilatura finds no body in (a tiny or unusual page) falls back to the hand-written pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag

DROP = [
    "script", "style", "noscript", "template", "iframe", "form",
    "nav", "header", "footer", "aside", "svg", "button",
]
BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption", "li", "blockquote", "pre", "td"]
INVISIBLE = ["script", "style", "noscript", "template", "svg"]
#: How many paragraphs before (or after) a caption are looked at to place it in the body.
CAPTION_REACH = 6
#: Metadata fields taken from trafilatura, and their names here.
META_FIELDS = {"title": "title", "author": "byline", "date": "date", "sitename": "outlet", "hostname": "site"}

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class HtmlPage:
    """What a saved page gives: the article's text, its title, metadata, and what was dropped."""

    text: str
    title: str | None
    metadata: dict[str, Any] = field(default_factory=dict)
    page_words: int = 0  # visible words of the whole page (scripts and styles not counted)
    kept_words: int = 0  # words of ``text``
    extractor: str = "trafilatura"

    @property
    def removed_words(self) -> int:
        """Words of site furniture dropped: menus, links, teasers, footers, comments."""
        return max(self.page_words - self.kept_words, 0)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The page's article text (blocks separated by blank lines) and its title."""
    page = read_html(html)
    return page.text, page.title


def read_html(html: str) -> HtmlPage:
    """The article of a saved page through trafilatura, captions added; the old pass as fallback."""
    soup = BeautifulSoup(html, "html.parser")
    page_words = len(_visible_text(soup).split())
    blocks, metadata = _trafilatura_blocks(html)
    if blocks:
        title = metadata.get("title")
        blocks = _with_captions(blocks, soup)
        blocks = _with_headline(blocks, title)
        extractor = "trafilatura"
    else:
        blocks, title = _soup_blocks(soup)
        extractor = "hand-written (trafilatura found no body)"
    text = "\n\n".join(blocks) + "\n"
    return HtmlPage(
        text=text,
        title=title or None,
        metadata={k: v for k, v in metadata.items() if v},
        page_words=page_words,
        kept_words=len(text.split()),
        extractor=extractor,
    )


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _visible_text(soup: BeautifulSoup) -> str:
    body = soup.body or soup
    parts = [s for s in body.find_all(string=True) if not any(p.name in INVISIBLE for p in s.parents)]
    return " ".join(str(s) for s in parts)


# ---------------------------------------------------------------- trafilatura


def _trafilatura_blocks(html: str) -> tuple[list[str], dict[str, Any]]:
    """Body blocks and metadata from trafilatura (no comments; recall favoured: news pages
    put short paragraphs and lists in the story that precision mode drops)."""
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, favor_recall=True, deduplicate=False,
        )
    except (ValueError, TypeError):
        return [], {}
    if doc is None or doc.body is None:
        return [], {}
    metadata = {ours: _clean(str(getattr(doc, theirs))) for theirs, ours in META_FIELDS.items()
                if getattr(doc, theirs, None)}
    blocks: list[str] = []
    for element in doc.body:
        blocks.extend(_element_blocks(element))
    return [b for b in blocks if b.strip("# ")], metadata


def _element_blocks(element: Any) -> list[str]:
    """Blocks of one element of trafilatura's XML body (head, p, list, quote, table, ...)."""
    tag = element.tag
    if tag == "head":
        text = _clean("".join(element.itertext()))
        return [f"## {text}"] if text else []
    if tag == "list":
        return [_clean("".join(item.itertext())) for item in element if item.tag == "item"]
    if tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_clean("".join(cell.itertext())) for cell in row]
            rows.append(" | ".join(c for c in cells if c))
        return rows
    if tag in ("graphic", "ref"):
        return []
    return [_clean("".join(element.itertext()))]


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _with_headline(blocks: list[str], title: str | None) -> list[str]:
    """The headline as a ``#`` heading first (trafilatura keeps it in metadata, not the body)."""
    if not title:
        return blocks
    first = _key(blocks[0]) if blocks else ""
    if first and (first == _key(title) or _key(title) in first):
        return [f"# {blocks[0].lstrip('# ')}", *blocks[1:]]
    return [f"# {title}", *blocks]


def _with_captions(blocks: list[str], soup: BeautifulSoup) -> list[str]:
    """Each ``<figcaption>`` of the page put after the body paragraph it follows (or before the
    one it precedes); captions near no kept paragraph (teaser pictures) stay out."""
    index = {_key(b): i for i, b in enumerate(blocks)}
    after: dict[int, list[str]] = {}
    seen = {_key(b) for b in blocks}
    for caption in soup.find_all("figcaption"):
        text = _clean(caption.get_text(" "))
        key = _key(text)
        if not key or key in seen:
            continue
        place = _caption_place(caption, index)
        if place is None:
            continue
        seen.add(key)
        after.setdefault(place, []).append(text)
    out = list(after.get(-1, []))
    for i, block in enumerate(blocks):
        out.append(block)
        out.extend(after.get(i, []))
    return out


def _caption_place(caption: Tag, index: dict[str, int]) -> int | None:
    """Index of the kept block the caption goes after (-1: before the first), or None."""
    for tag in caption.find_all_previous(["p", "h2", "h3", "li"], limit=CAPTION_REACH):
        i = index.get(_key(tag.get_text(" ")))
        if i is not None:
            return i
    for tag in caption.find_all_next(["p", "h2", "h3", "li"], limit=CAPTION_REACH):
        i = index.get(_key(tag.get_text(" ")))
        if i is not None:
            return i - 1
    return None


# ---------------------------------------------------------------- fallback


def _soup_blocks(soup: BeautifulSoup) -> tuple[list[str], str | None]:
    """The hand-written pass: block tags of ``<article>``/``<main>``, headings marked with ``#``."""
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for tag in root.find_all(BLOCKS):
        if tag.find_parent(BLOCKS) is not None and tag.name != "li":
            continue  # nested block: its text is part of the outer one
        text = _clean(tag.get_text(" ", strip=True))
        if not text:
            continue
        if tag.name[0] == "h":
            text = "#" * min(int(tag.name[1]), 2) + " " + text
        blocks.append(text)
    if not blocks:  # a page without block tags: all visible text
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    if root.find("h1") is not None:
        title = None  # the page's own headline beats its <title>, which carries the site name
    return blocks, title or None
