"""Target-dependent sentiment: engines (``engines``: vader, textblob, the fitted model), the
lexicons they use, and per-mention and per-actor scores (``targets``)."""

from .engines import ENGINES, get_engine
from .engines.clauses import clause
from .targets import (
                      MENTION_COLUMNS,
                      actor_sentiment,
                      actor_table,
                      agreement_summary,
                      agreement_table,
                      compare_with_gold,
                      engine_agreement,
                      label,
                      majority_label,
                      mention_sentiment,
                      score_mentions,
                      sentence_sentiment,
                      strongest_evidence,
                      target_sentiment,
                      without_own_quotes,
)

__all__ = ["ENGINES", "MENTION_COLUMNS", "actor_sentiment", "actor_table", "agreement_summary", "agreement_table",
           "clause", "compare_with_gold", "engine_agreement", "get_engine", "label", "majority_label",
           "mention_sentiment", "score_mentions", "sentence_sentiment", "strongest_evidence", "target_sentiment",
           "without_own_quotes"]
