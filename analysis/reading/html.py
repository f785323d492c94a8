"""Extracting the article body of a saved HTML page as Markdown-like text.

Written on BeautifulSoup (which nbconvert already brings) rather than adding an extractor
such as trafilatura: news pages keep their story in ``<article>``/``<main>`` and headings,
paragraphs, figure captions and lists, and one pass over those is enough. Headings keep a
Markdown ``#`` mark so the segmenter knows them; scripts, styles, forms and navigation go.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

DROP = [
    "script", "style", "noscript", "template", "iframe", "form",
    "nav", "header", "footer", "aside", "svg", "button",
]
BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption", "li", "blockquote", "pre", "td"]


def html_to_text(html: str) -> tuple[str, str | None]:
    """The page's article text (blocks separated by blank lines) and its ``<title>``."""
    soup = BeautifulSoup(html, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for tag in root.find_all(BLOCKS):
        if tag.find_parent(BLOCKS) is not None and tag.name != "li":
            continue  # nested block: its text is part of the outer one
        text = " ".join(tag.get_text(" ", strip=True).split())
        if not text:
            continue
        if tag.name[0] == "h":
            text = "#" * min(int(tag.name[1]), 2) + " " + text
        blocks.append(text)
    if not blocks:  # a page without block tags: all visible text
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    if root.find("h1") is not None:
        title = None  # the page's own headline beats its <title>, which carries the site name
    return "\n\n".join(blocks) + "\n", title or None
