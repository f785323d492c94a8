"""Corpus mode: many articles analysed in parallel (Dask) into Parquet tables and one page.

``run_corpus(inputs, out)`` reads files, folders, globs or tables of articles
(``inputs``), analyses each in a worker process with a time limit (``sandbox``, ``analyse``),
writes ``articles``, ``segments``, ``quotes``, ``sources``, ``mentions`` and
``actor_sentiment`` Parquet tables plus ``errors.csv`` (``run``), and renders
``notebooks/corpus_overview.ipynb`` on them as ``index.html`` (``report``, ``overview``).
"""

from .analyse import ARTICLE_COLUMNS, TABLES, analyse_item
from .inputs import CorpusItem, expand_inputs
from .run import TIME_LIMIT, CorpusRun, run_corpus

__all__ = ["ARTICLE_COLUMNS", "TABLES", "TIME_LIMIT", "CorpusItem", "CorpusRun", "analyse_item", "expand_inputs",
           "run_corpus"]
