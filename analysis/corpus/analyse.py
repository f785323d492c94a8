"""One article of a corpus analysed into rows of the corpus tables.

``analyse_item`` runs in a worker (see ``sandbox``): it reads the item, runs segments, quotes,
sources, actor mentions and actor sentiment, and returns small DataFrames (``with_ids`` joins
those of a chunk and puts the article id in front). Without a codebook, the article's own actors are discovered
(``analysis.actors.discover``) and scored the same way: each discovered name, with the variants
that ``canonical_names`` maps to it, becomes an actor of a codebook made for that article. The
corpus notebook then groups actors by name across articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..actors import Codebook
from ..actors.mentions import mention_rows
from ..analysed import Analysis
from ..quotes.extraction import outer_quotes
from ..reading.article import SEGMENT_COLUMNS, Article
from ..reading.html import html_to_text
from ..reading.loading import HTML_SUFFIXES, decode
from ..sentiment.targets import ACTOR_COLUMNS, MENTION_COLUMNS, RESAMPLES, SEED, actor_rows, scored_rows
from .inputs import CorpusItem
from .tables import ENGINE, TABLES  # noqa: F401 (TABLES: named here before, still read from here)

#: The id column's dtype: Python-backed strings, as the worker processes make them (``sandbox``),
#: so that Parquet stores it as ``string`` wherever the column is made (not ``large_string``).
ID_DTYPE = pd.StringDtype(storage="python", na_value=float("nan"))
#: The tables a worker returns as plain rows, not DataFrames, with their columns: one DataFrame
#: per batch of articles is built from them (``with_ids``) instead of one per article.
ROW_TABLES = {"segments": SEGMENT_COLUMNS, "mentions": MENTION_COLUMNS, "actor_sentiment": ACTOR_COLUMNS}
#: Columns of articles.parquet.
ARTICLE_COLUMNS = ["id", "title", "date", "outlet", "url", "origin", "words", "segments", "sentences", "quotes",
                   "sources", "mentions", "actors", "status"]


@dataclass
class ArticleResult:
    """What one article gives: its row of articles.parquet and its rows of each table (a
    DataFrame, or a list of tuples for the ``ROW_TABLES``)."""

    row: dict
    tables: dict[str, pd.DataFrame | list] = field(default_factory=dict)
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


def analyse_item(item: CorpusItem, codebook: Codebook | None) -> ArticleResult:
    """Every table's rows for one article; an unreadable article gives a row with its reason."""
    row = {"id": item.id, "title": item.title, "date": item.date, "outlet": item.outlet, "url": item.url,
           "origin": item.origin}
    try:
        article = read_item(item)
    except Exception as exc:  # the article is listed in errors.csv with the reason; the corpus goes on
        return ArticleResult({**row, "status": "unreadable"}, reason=_one_line(exc))
    try:
        tables = _tables(Analysis(article, codebook, engine=ENGINE))
    except Exception as exc:  # a bug met on one article must not stop the corpus: it is listed instead
        return ArticleResult({**row, "status": "failed"}, reason=_one_line(exc))
    row.update(
        title=item.title or article.title,
        words=len(article.text.split()),
        segments=len(tables["segments"]),
        sentences=len(article.sentences),
        quotes=len(outer_quotes(tables["quotes"])),  # a quote nested in a quotation is part of it (11an)
        sources=int((~tables["sources"]["is_credit"]).sum()) if len(tables["sources"]) else 0,
        mentions=len(tables["mentions"]),
        actors=len(tables["actor_sentiment"]),
        status="ok",
    )
    return ArticleResult(row, tables)  # the id column is added per chunk (``with_ids``), not per article


def _tables(analysed: Analysis) -> dict[str, pd.DataFrame | list]:
    """The article's tables, each computed once by the ``Analysis`` (discovered actors without a codebook).

    Segments, mentions and actor rows are the rows of ``segments_table()``, ``mention_sentiment()``
    and ``actor_sentiment()`` (same functions, same order), kept as tuples: building, pickling and
    concatenating small DataFrames per article cost more than one per batch (``with_ids``). (The
    segments' columns are never empty, so one table of all the rows has the dtypes of the
    concatenated per-article tables; quotes and sources, with columns empty in some articles,
    stay DataFrames.)
    """
    article = analysed.article
    found = mention_rows(article, analysed.codebook, include_captions=analysed.include_captions)
    # reordered as ``score_mentions`` reads a ``find_mentions`` table (``via`` after ``alias``)
    mentions = scored_rows(article, [(*m[:4], m[8], *m[4:8]) for m in found], analysed.engine)
    actors = actor_rows(((m[0], m[1], m[2], m[9], m[10]) for m in mentions), 1, RESAMPLES, SEED)
    return {
        "segments": article.segment_rows(),
        "quotes": analysed.quotes,
        "sources": analysed.source_mentions,
        "mentions": mentions,
        "actor_sentiment": actors,
    }


def table_of(result: ArticleResult, name: str) -> pd.DataFrame | None:
    """One article's ``name`` table as a DataFrame (without the id column)."""
    table = result.tables.get(name)
    if isinstance(table, list):
        with pd.option_context("mode.string_storage", "python"):  # as the worker's own tables (``sandbox``)
            return pd.DataFrame(table, columns=ROW_TABLES[name])
    return table


def with_ids(results: list[ArticleResult], name: str) -> pd.DataFrame | None:
    """The ``name`` table of several articles, each row with its article id as the first column.

    Speed: one concat (or, for the ``ROW_TABLES``, one DataFrame from all the rows) and one id
    column per chunk of articles; a copy of each small table with an id column inserted, per
    article, took a tenth of the time of the corpus tables.
    """
    frames, ids = [], []
    for result in results:
        table = result.tables.get(name)
        if table is not None and len(table):
            frames.append(table)
            ids += [result.row["id"]] * len(table)
    if not frames:
        return None
    if name in ROW_TABLES:
        with pd.option_context("mode.string_storage", "python"):  # wherever the chunk is combined
            table = pd.DataFrame([row for rows in frames for row in rows], columns=ROW_TABLES[name])
    else:
        table = pd.concat(frames, ignore_index=True)
    table.insert(0, "id", pd.array(ids, dtype=ID_DTYPE))
    return table


def _one_line(exc: BaseException) -> str:
    lines = [ln for ln in str(exc).splitlines() if ln.strip()]
    return f"{type(exc).__name__}: {lines[0][:300] if lines else ''}"
