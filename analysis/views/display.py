"""Showing article text in notebooks safely and readably.

Article text is untrusted data: a scraped page may carry ``<script>`` or ``onerror=``. Every
table and sentence a notebook shows goes through these helpers, which escape it, instead of
through raw ``HTML()`` or ``Markdown()``.

Tables are built cell by cell (not with ``DataFrame.to_html``) so that text reads as text:
left-aligned, newlines kept, numbers right-aligned, and a long table shows its top rows with
the rest folded under a ``<details>`` (and, past a limit, only in the saved CSV).
"""

from __future__ import annotations

import html
import math
import numbers

import numpy as np
import pandas as pd

#: Rows a table shows before folding the rest: about one phone screen of short rows.
TOP_ROWS = 10
#: Rows kept in the fold; beyond this a table's rest is only in its CSV, so a page stays small
#: (a report page with a 600-row table inside was 14,600 pixels tall and slow on phones).
FOLD_ROWS = 200
#: Longest text shown in one cell; the CSV keeps the whole text.
MAX_CHARS = 160

# Inline styles, so the tables read the same in JupyterLab (which right-aligns table cells)
# and in the report's pages.
_TEXT = ' style="text-align:left;white-space:pre-wrap;vertical-align:top"'
_NUMBER = ' style="text-align:right;vertical-align:top;font-variant-numeric:tabular-nums"'
_HEAD = ' style="text-align:left;vertical-align:bottom"'
#: A column holding text longer than this gets room to wrap (else a wide table squeezes it to a sliver).
LONG_TEXT = 40
_WIDE_HEAD = ' style="text-align:left;vertical-align:bottom;min-width:16rem"'


class Table:
    """A DataFrame shown as an escaped HTML table (and as plain text elsewhere).

    ``top`` rows are shown, the next rows up to ``max_rows`` are folded under a ``<details>``,
    and the remainder is only counted. ``csv`` names the file holding every row (for example
    ``"actor_mentions.csv"``), so the page can say where the rest is.
    """

    def __init__(self, frame: pd.DataFrame, max_rows: int | None = FOLD_ROWS, max_chars: int = MAX_CHARS,
                 top: int = TOP_ROWS, csv: str | None = None):
        kept = frame.head(max_rows) if max_rows else frame
        self.columns = [str(c) for c in frame.columns]
        self.rows = [[_shorten(v, max_chars) for v in row] for row in kept.itertuples(index=False, name=None)]
        self.top = max(top, 0)
        self.total = len(frame)
        self.hidden = len(frame) - len(kept)
        self.csv = csv

    def _repr_html_(self) -> str:
        if not self.columns:
            return "<p><em>(no columns)</em></p>"
        if not self.rows:
            return _table(self.columns, []) + "<p><em>No rows.</em></p>"
        shown, folded = self.rows[: self.top], self.rows[self.top:]
        parts = [_table(self.columns, shown)]
        where = f" The full table is in <code>{escape(self.csv)}</code>." if self.csv else ""
        if folded:
            parts.append(f"<details><summary>Show {len(folded)} more rows</summary>{_table(self.columns, folded)}"
                         "</details>")
        if self.hidden:
            parts.append(f"<p><em>{self.hidden} more rows not shown.{where}</em></p>")
        elif folded and where:
            parts.append(f"<p><em>{where.strip()}</em></p>")
        return "\n".join(parts)

    def __repr__(self) -> str:
        frame = pd.DataFrame(self.rows[: self.top], columns=self.columns)
        rest = len(self.rows) - len(frame) + self.hidden
        more = f"\n… {rest} more rows" if rest else ""
        return frame.to_string(index=False) + more


class Text:
    """Prose with article text inside: ``Text("Headline: {}", article.title)``."""

    def __init__(self, template: str, *values: object):
        self.plain = template.format(*values)
        self.html = template.format(*(html.escape(v) if isinstance(v, str) else v for v in values))

    def _repr_html_(self) -> str:
        return f"<p>{self.html}</p>"

    def __repr__(self) -> str:
        return self.plain


def _table(columns: list[str], rows: list[list[object]]) -> str:
    wide = [any(isinstance(row[i], str) and len(row[i]) > LONG_TEXT for row in rows) for i in range(len(columns))]
    head = "".join(f"<th{_WIDE_HEAD if w else _HEAD}>{escape(c)}</th>" for c, w in zip(columns, wide))
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: object) -> str:
    """One ``<td>``: numbers right-aligned, everything else left-aligned text, all escaped."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return f"<td{_TEXT}></td>"
    if isinstance(value, (bool, np.bool_)):
        return f"<td{_TEXT}>{'yes' if value else 'no'}</td>"
    if isinstance(value, numbers.Integral):
        return f"<td{_NUMBER}>{int(value)}</td>"
    if isinstance(value, numbers.Real):
        number = float(value)
        shown = str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:.3f}"
        return f"<td{_NUMBER}>{shown}</td>"
    return f"<td{_TEXT}>{escape(str(value))}</td>"


def _shorten(value: object, limit: int) -> object:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def escape(text: str) -> str:
    """HTML-escape article text (quotes included)."""
    return html.escape(text, quote=True)
