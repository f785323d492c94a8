"""The report's index page: what the article is, the key figures, and a link to everything.

Key figures are read back from the CSV files the notebooks saved in the report folder, so the
index shows exactly what the pages show; a figure whose notebook failed is left out, not guessed.
Every value that comes from the article (headline, names, quotes) is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .pages import describe, notebook_title, page

#: How a CSV or PNG saved by a notebook is described on the index (others keep their file name).
FILE_NOTES = {
    "segment_kinds": "words per kind of block (body and page furniture)",
    "actor_sentiment": "how each actor is portrayed (mean score, interval)",
    "actor_mentions": "every actor mention with its score and evidence",
    "quote_speakers": "who is quoted, quotes and words per speaker",
    "quotes": "every quote with its speaker and offsets",
    "sources": "sources cited, by type",
    "source_mentions": "every citation with its cue and offsets",
    "paragraph_sources": "which paragraphs rest on which source",
    "annotations": "every marked span of the annotated article",
}
#: Source types in the words a reader uses.
TYPE_WORDS = {"news_agency": "news agency", "social_media": "social media", "photo_agency": "photo agency"}


def page_entry(source: Path, result_notebook: str, result_html: str | None, error: str | None) -> PageEntry:
    """The index entry of one notebook: heading and description read from its source notebook."""
    import nbformat

    nb = nbformat.read(source, as_version=4)
    return PageEntry(result_notebook, notebook_title(nb), describe(nb), result_html, error)


@dataclass(frozen=True)
class PageEntry:
    """One notebook of the report as the index lists it."""

    notebook: str  # executed notebook file name, e.g. "02_actor_sentiment.ipynb"
    title: str  # its heading
    description: str  # its one-line description
    html: str | None  # its page, None if none was written
    error: str | None = None  # one-line failure, None if it ran


def write_index(folder: Path, entries: Iterable[PageEntry], headline: str, article_name: str,
                meta: dict | None = None) -> Path:
    """Write ``folder/index.html`` and return its path."""
    path = Path(folder) / "index.html"
    path.write_text(index_page(folder, entries, headline, article_name, meta), encoding="utf-8")
    return path


def index_page(folder: Path, entries: Iterable[PageEntry], headline: str, article_name: str,
               meta: dict | None = None) -> str:
    """The index page of the report in ``folder`` (its CSV and PNG files are read for the figures)."""
    folder = Path(folder)
    meta = meta or {}
    entries = list(entries)
    parts = [f"<h1>{html.escape(headline)}</h1>", _meta_line(meta, article_name)]
    if meta.get("translation"):
        parts.append(f"<p class=\"meta\"><em>{html.escape(str(meta['translation']))}</em></p>")
    cards = key_figures(folder)
    if cards:
        parts.append("<h2>Key figures</h2>\n<div class=\"cards\">" + "".join(cards) + "</div>")
    parts.append("<h2>Pages</h2>\n" + _page_list(entries))
    figures = sorted(folder.glob("*.png"))
    if figures:
        parts.append("<h2>Figures</h2>\n<div class=\"gallery\">" + "".join(_figure(p) for p in figures) + "</div>")
    parts.append("<h2>Files</h2>\n" + _file_list(folder, entries))
    parts.append("<footer>Scores come from word lists and a small model: each page says how they were made "
                 "and links the evidence. Open the executed notebooks in Jupyter to see every step.</footer>")
    return page(f"Report: {headline}", "\n".join(parts))


def key_figures(folder: Path) -> list[str]:
    """Cards for the index, each read from a CSV the notebooks saved (absent CSV: no card)."""
    cards = []
    quotes, speakers = _csv(folder, "quotes"), _csv(folder, "quote_speakers")
    if quotes is not None and "kind" in quotes:
        # imported here: the corpus page's process imports this module and not the analysis (15s)
        from ..quotes.extraction import outer_quotes

        counted = outer_quotes(quotes)  # a quote nested in a quotation is part of it (issue 11an)
        counted = counted[counted["kind"] != "headline"]
        named = int(counted["speaker"].notna().sum()) if "speaker" in counted else 0
        direct = int(counted["kind"].isin(["direct", "partial"]).sum())
        cards.append(_card("Quotes", f"{len(counted)}", f"{direct} in quote marks; {named} with a named speaker "
                           "(headline repeats not counted)"))
    if speakers is not None and len(speakers) and {"speaker", "words_quoted"} <= set(speakers.columns):
        named = speakers[speakers["speaker"].notna() & (speakers["speaker"] != "(unattributed)")]
        if len(named):
            top = named.iloc[0]  # the quotes page's ranking: quotes, then words quoted
            quotes_of = f"{_count(int(top['quotes']), 'quote')}, " if "quotes" in named else ""
            cards.append(_card("Most quoted", str(top["speaker"]),
                               f"{quotes_of}{int(top['words_quoted'])} words; {len(named)} speakers in all"))
    sources = _csv(folder, "sources")
    if sources is not None and {"type", "mentions"} <= set(sources.columns):
        body = sources[~sources["is_credit"].astype(bool)] if "is_credit" in sources else sources
        by_type = body.groupby("type")["mentions"].count().sort_values(ascending=False, kind="stable")
        kinds = ", ".join(f"{n} {TYPE_WORDS.get(t, t)}" for t, n in by_type.items())
        cards.append(_card("Sources cited", f"{len(body)}", kinds or "none found"))
    actors = _csv(folder, "actor_sentiment")
    if actors is not None and len(actors) and {"label", "mean"} <= set(actors.columns):
        ranked = actors.sort_values("mean", kind="stable")
        worst, best = ranked.iloc[0], ranked.iloc[-1]
        if worst["mean"] < 0:
            cards.append(_card("Most negatively portrayed", str(worst["label"]), _score(worst)))
        if best["mean"] > 0:
            cards.append(_card("Most positively portrayed", str(best["label"]), _score(best)))
    kinds = _csv(folder, "segment_kinds")
    if kinds is not None and {"part", "words"} <= set(kinds.columns) and kinds["words"].sum():
        body_words = int(kinds.loc[kinds["part"] == "body", "words"].sum())
        share = body_words / kinds["words"].sum()
        cards.append(_card("Article words", f"{body_words}", f"{share:.0%} of the page; the rest is captions, "
                           "credits and other furniture"))
    return cards


def _meta_line(meta: dict, article_name: str) -> str:
    bits = [str(meta[k]) for k in ("outlet", "author", "date") if meta.get(k)]
    shown = " · ".join(html.escape(b) for b in bits)
    file_part = f"article file <code>{html.escape(article_name)}</code>"
    return f"<p class=\"meta\">{shown + ' · ' if shown else ''}{file_part}</p>"


def _page_list(entries: list[PageEntry]) -> str:
    items = []
    for e in entries:
        name = html.escape(e.title or Path(e.notebook).stem)
        strong = f"<strong>{name}</strong>"
        link = f"<a href=\"{html.escape(e.html)}\">{strong}</a>" if e.html else strong
        failed = f" <span class=\"error\">failed: {html.escape(e.error)}</span>" if e.error else ""
        nb = f" <a href=\"{html.escape(e.notebook)}\">(notebook)</a>"
        items.append(f"<li>{link}{nb}: {html.escape(e.description)}{failed}</li>")
    return "<ul class=\"pages\">" + "".join(items) + "</ul>"


def _figure(png: Path) -> str:
    note = FILE_NOTES.get(png.stem, png.stem.replace("_", " "))
    name = html.escape(png.name)
    return (f"<figure><a href=\"{name}\"><img src=\"{name}\" alt=\"{html.escape(note)}\"></a>"
            f"<figcaption>{html.escape(note)} (<a href=\"{name}\">{name}</a>)</figcaption></figure>")


def _file_list(folder: Path, entries: list[PageEntry]) -> str:
    items = [f"<li><a href=\"{html.escape(e.notebook)}\">{html.escape(e.notebook)}</a> executed notebook</li>"
             for e in entries if (folder / e.notebook).exists()]
    for path in sorted(folder.glob("*.csv")):
        rows = _rows(path)
        note = FILE_NOTES.get(path.stem, "table")
        items.append(f"<li><a href=\"{html.escape(path.name)}\">{html.escape(path.name)}</a> {html.escape(note)}"
                     f"{f' ({rows} rows)' if rows is not None else ''}</li>")
    for path in sorted(folder.glob("*.png")):
        items.append(f"<li><a href=\"{html.escape(path.name)}\">{html.escape(path.name)}</a> figure</li>")
    return "<ul class=\"files\">" + "".join(items) + "</ul>"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _card(label: str, value: str, note: str) -> str:
    return (f"<div class=\"card\"><div class=\"label\">{html.escape(label)}</div>"
            f"<div class=\"value\">{html.escape(value)}</div><div class=\"note\">{html.escape(note)}</div></div>")


def _score(row) -> str:
    import pandas as pd

    n = f", {int(row['mentions'])} mentions" if "mentions" in row and pd.notna(row["mentions"]) else ""
    return f"mean score {row['mean']:+.2f} (−1 … +1){n}"


def _csv(folder: Path, name: str):
    """The CSV ``name`` saved in ``folder`` as a DataFrame, None if absent or unreadable."""
    import pandas as pd

    path = folder / f"{name}.csv"
    if not path.is_file():
        return None
    try:
        return pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
        return None


def _rows(path: Path) -> int | None:
    frame = _csv(path.parent, path.stem)
    return None if frame is None else len(frame)
