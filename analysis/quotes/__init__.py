"""Quotes and their speakers: spans and kinds (``extraction``), cue grammar and name
resolution (``speakers``)."""

from .extraction import (
                         COLUMNS,
                         Quote,
                         about_table,
                         canonicalise,
                         extract_quotes,
                         find_quotes,
                         kind_table,
                         speaker_table,
                         speech_acts,
)

__all__ = ["COLUMNS", "Quote", "about_table", "canonicalise", "extract_quotes", "find_quotes", "kind_table",
           "speaker_table", "speech_acts"]
