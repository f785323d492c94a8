"""Sources: who the article cites, counted once per sentence and typed; credits apart."""

from .counting import (
                       COLUMNS,
                       attribution_share,
                       cited_sources,
                       count_sources,
                       load_sources,
                       paragraph_map,
                       source_mentions,
                       tally_sources,
)

__all__ = ["COLUMNS", "attribution_share", "cited_sources", "count_sources", "load_sources", "paragraph_map",
           "source_mentions", "tally_sources"]
