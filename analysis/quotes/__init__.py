"""Quotes and their speakers: spans and kinds (``extraction``), cue grammar and name
resolution (``speakers``)."""

from .extraction import (
                         COLUMNS,
                         Quote,
                         about_table,
                         analyse_quotes,
                         canonicalise,
                         extract_quotes,
                         find_quotes,
                         interview_answers,
                         kind_table,
                         outer_quotes,
                         quote_table,
                         quoted_about,
                         speaker_table,
                         speech_acts,
)

__all__ = ["COLUMNS", "Quote", "about_table", "analyse_quotes", "canonicalise", "extract_quotes", "find_quotes",
           "interview_answers", "kind_table", "outer_quotes", "quote_table", "quoted_about", "speaker_table",
           "speech_acts"]
