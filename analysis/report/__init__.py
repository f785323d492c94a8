"""The report: every notebook run on one article, written as HTML with an index (``runner``)."""

from .runner import build_report, main_report, refresh_notebooks

__all__ = ["build_report", "main_report", "refresh_notebooks"]
