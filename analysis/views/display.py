"""Showing article text in notebooks safely.

Article text is untrusted data: a scraped page may carry ``<script>`` or ``onerror=``. Every
table and sentence a notebook shows goes through these helpers, which escape it, instead of
through raw ``HTML()`` or ``Markdown()``.
"""

from __future__ import annotations

import html

import pandas as pd

#: Characters of a text cell shown before it is cut with "…": two lines of a table column at a
#: notebook's width, enough for a quote's first sentence; the whole text is in the saved CSV.
MAX_CELL_CHARS = 160


class Table:
    """A DataFrame shown as an escaped HTML table (and as plain text elsewhere)."""

    def __init__(self, frame: pd.DataFrame, max_rows: int | None = None, max_chars: int = MAX_CELL_CHARS):
        shown = frame.head(max_rows) if max_rows else frame
        self.frame = shown.map(lambda v: _shorten(v, max_chars)) if len(shown) else shown
        self.hidden = len(frame) - len(shown)

    def _repr_html_(self) -> str:
        table = self.frame.to_html(index=False, escape=True, border=0, na_rep="")
        more = f"<p>… {self.hidden} more rows</p>" if self.hidden else ""
        return table + more

    def __repr__(self) -> str:
        more = f"\n… {self.hidden} more rows" if self.hidden else ""
        return self.frame.to_string(index=False) + more


class Text:
    """Prose with article text inside: ``Text("Headline: {}", article.title)``."""

    def __init__(self, template: str, *values: object):
        self.plain = template.format(*values)
        self.html = template.format(*(html.escape(v) if isinstance(v, str) else v for v in values))

    def _repr_html_(self) -> str:
        return f"<p>{self.html}</p>"

    def __repr__(self) -> str:
        return self.plain


def _shorten(value: object, limit: int) -> object:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def escape(text: str) -> str:
    """HTML-escape article text (quotes included)."""
    return html.escape(text, quote=True)
