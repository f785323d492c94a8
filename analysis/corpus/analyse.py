"""One article of a corpus analysed into rows of the corpus tables.

``analyse_item`` runs in a worker (see ``sandbox``): it reads the item, runs segments, quotes,
sources, actor mentions and actor sentiment, and returns small DataFrames whose first column is
the article id. Without a codebook, the article's own actors are discovered
(``analysis.actors.discover``) and scored the same way: each discovered name, with the variants
that ``canonical_names`` maps to it, becomes an actor of a codebook made for that article. The
corpus notebook then groups actors by name across articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..actors import Actor, Codebook, discover
from ..lexicon.canonical import canonical_names
from ..quotes import canonicalise, extract_quotes
from ..reading.article import Article
from ..reading.html import html_to_text
from ..reading.loading import HTML_SUFFIXES, decode
from ..sentiment import actor_sentiment, mention_sentiment
from ..sources import source_mentions
from .inputs import CorpusItem

#: The per-article tables of a corpus, in the order they are written.
TABLES = ("segments", "quotes", "sources", "mentions", "actor_sentiment")
#: The sentiment engine: the fitted model, the notebooks' default (dev macro-F1 0.66 on NewsMTSC).
ENGINE = "model"
#: Discovered names kept as actors: typed ones. On the 295 Wikinews articles the names of
#: unknown type were mostly sentence openers ("What", "How", "One"), and lower-case phrases
#: ("the government", "the police") name a different body in each article.
DISCOVERED_TYPES = {"person", "organisation", "country", "government", "place"}
#: Columns of articles.parquet.
ARTICLE_COLUMNS = ["id", "title", "date", "outlet", "url", "origin", "words", "segments", "sentences", "quotes",
                   "sources", "mentions", "actors", "status"]


@dataclass
class ArticleResult:
    """What one article gives: its row of articles.parquet and its rows of each table."""

    row: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    reason: str | None = None  # why it failed, for errors.csv


def read_item(item: CorpusItem) -> Article:
    """The item's ``Article``: table text as is, file bytes decoded like ``load_article`` does."""
    if item.text is not None:
        return Article.from_text(item.text, title=item.title, name=item.id)
    text, notes = decode(item.data or b"", item.origin)
    title = item.title
    if item.suffix in HTML_SUFFIXES:
        text, html_title = html_to_text(text)
        title = title or html_title
        notes = (*notes, "article body extracted from HTML")
    return Article(text.replace("\r\n", "\n").replace("\r", "\n"), title=title, name=item.id, notes=notes)


def discovered_codebook(article: Article) -> Codebook:
    """A codebook of the article's discovered actors: one actor per canonical name."""
    found = discover(article)
    found = found[found["type_guess"].isin(DISCOVERED_TYPES) & found["name"].str[:1].str.isupper()]
    persons = found.loc[found["type_guess"] == "person", "name"].tolist()
    canonical = canonical_names(found["name"].tolist(), persons=persons)
    kinds = dict(zip(found["name"], found["type_guess"]))
    aliases: dict[str, list[str]] = {}
    for name in found["name"]:
        aliases.setdefault(canonical[name], []).append(name)
    actors = {}
    for name, names in sorted(aliases.items()):
        kind = kinds.get(name) or kinds[names[0]]
        actors[name] = Actor(id=name, label=name, type=kind, aliases=tuple(sorted(set(names))))
    return Codebook(actors, "discovered")


def analyse_item(item: CorpusItem, codebook: Codebook | None) -> ArticleResult:
    """Every table's rows for one article; an unreadable article gives a row with its reason."""
    row = {"id": item.id, "title": item.title, "date": item.date, "outlet": item.outlet, "url": item.url,
           "origin": item.origin}
    try:
        article = read_item(item)
    except Exception as exc:  # the article is listed in errors.csv with the reason; the corpus goes on
        return ArticleResult({**row, "status": "unreadable"}, reason=_one_line(exc))
    try:
        book = codebook if codebook is not None else discovered_codebook(article)
        tables = _tables(article, book)
    except Exception as exc:  # a bug met on one article must not stop the corpus: it is listed instead
        return ArticleResult({**row, "status": "failed"}, reason=_one_line(exc))
    row.update(
        title=item.title or article.title,
        words=len(article.text.split()),
        segments=len(tables["segments"]),
        sentences=len(article.sentences),
        quotes=len(tables["quotes"]),
        sources=int((~tables["sources"]["is_credit"]).sum()) if len(tables["sources"]) else 0,
        mentions=len(tables["mentions"]),
        actors=len(tables["actor_sentiment"]),
        status="ok",
    )
    return ArticleResult(row, {name: _with_id(table, item.id) for name, table in tables.items()})


def _tables(article: Article, codebook: Codebook) -> dict[str, pd.DataFrame]:
    quotes = extract_quotes(article)
    sources = source_mentions(article, quotes=quotes)
    mentions = mention_sentiment(article, codebook, engine=ENGINE)
    actors = actor_sentiment(article, codebook, engine=ENGINE, mentions=mentions)
    return {
        "segments": article.segments_table(),
        "quotes": canonicalise(quotes, codebook),
        "sources": sources,
        "mentions": mentions,
        "actor_sentiment": actors,
    }


def _with_id(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    table = table.reset_index(drop=True)
    table.insert(0, "id", article_id)
    return table


def _one_line(exc: BaseException) -> str:
    lines = [ln for ln in str(exc).splitlines() if ln.strip()]
    return f"{type(exc).__name__}: {lines[0][:300] if lines else ''}"
