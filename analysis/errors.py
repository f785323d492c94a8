"""Exception types the library raises for problems a user can fix.

Every error a user can cause (a missing file, an unreadable article, a bad parameter) is an
``AnalysisError`` whose message is one line that says what is wrong and what to do.
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class: a problem with the user's input, not a bug in the library."""


class ArticleError(AnalysisError):
    """The article cannot be read or used (missing, empty, binary, too large, ...)."""


class ParameterError(AnalysisError, ValueError):
    """A parameter has a value the library cannot use."""


class DataFileError(AnalysisError):
    """A data file (codebook, source list, gold annotation) is missing or malformed."""
