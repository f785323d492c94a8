"""Names the workers and the corpus notebook share: the per-article tables and the engine.

Kept apart from ``analyse`` so that the notebook's kernel, which reads the tables, does not
import the analysis itself (quotes, sources, discovery: 0.3-0.4 CPU s of the page's start).
"""

#: The per-article tables of a corpus, in the order they are written.
TABLES = ("segments", "quotes", "sources", "mentions", "actor_sentiment")
#: The sentiment engine: the fitted model, the notebooks' default (dev macro-F1 0.66 on NewsMTSC).
ENGINE = "model"


def outer_quotes(quotes):
    """The quote table's rows not nested in another quotation (``nested_in`` empty).

    The same rule as ``analysis.quotes.outer_quotes``, written again here (one line) so that the
    notebook's kernel, which only reads tables, need not import the analysis (issue 15s).
    """
    return quotes[quotes["nested_in"].isna()] if "nested_in" in quotes else quotes
