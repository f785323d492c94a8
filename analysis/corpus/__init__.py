"""Corpus mode: many articles analysed in parallel (Dask) into Parquet tables and one page.

``run_corpus(inputs, out)`` reads files, folders, globs or tables of articles
(``inputs``), analyses each in a worker process with a time limit (``sandbox``, ``analyse``),
writes ``articles``, ``segments``, ``quotes``, ``sources``, ``mentions`` and
``actor_sentiment`` Parquet tables plus ``errors.csv`` (``run``), and renders
``notebooks/corpus_overview.ipynb`` on them as ``index.html`` (``report``, ``overview``).
"""

from importlib import import_module

#: Where each name of the package lives: imported on first use (PEP 562), so that the corpus
#: notebook's ``from analysis.corpus import overview`` does not import the analysis (``analyse``,
#: ``run``) into its kernel.
_NAMES = {"ARTICLE_COLUMNS": "analyse", "TABLES": "tables", "analyse_item": "analyse", "CorpusItem": "inputs",
          "expand_inputs": "inputs", "TIME_LIMIT": "run", "CorpusRun": "run", "run_corpus": "run"}

__all__ = ["ARTICLE_COLUMNS", "TABLES", "TIME_LIMIT", "CorpusItem", "CorpusRun", "analyse_item", "expand_inputs",
           "run_corpus"]


def __getattr__(name: str):
    if name in _NAMES:
        return getattr(import_module(f".{_NAMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
