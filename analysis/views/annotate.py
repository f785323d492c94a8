"""The whole article with what the analyses found marked in it.

Quotes are highlighted and tagged with their speaker, actor mentions coloured by the sentiment
scored toward them, sources underlined and tagged with their type, page furniture (captions,
credits, teasers, boilerplate) greyed and tagged with its kind. Details are in ``title``
attributes, so hovering shows them without any script.

The HTML is built from character offsets, never by inserting markup into the text: each
segment is cut at every span boundary, every piece of article text is escaped, and each piece is
wrapped in the elements of the spans covering it, so overlapping spans (a source inside a quote,
a mention across a source's edge) nest correctly. Styles are inline, so the view reads the same
in JupyterLab and in the report's pages.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from types import SimpleNamespace

import pandas as pd

from ..analysed import Analysis
from ..reading.article import Article
from ..reading.records import BODY_KINDS

#: Columns of the annotation table (one row per marked span; offsets into ``article.text``).
COLUMNS = ["layer", "kind", "start", "end", "text", "tag", "detail"]
#: Layers from the outermost element to the innermost where spans overlap.
LAYERS = ("quote", "source", "actor")

#: Quotation marks a quote's highlight may take in (see ``_with_marks``).
OPENING_MARKS = "\"'“‘„«‹「"
CLOSING_MARKS = "\"'”’“»›」"
QUOTE_COLOURS = {"direct": "#ffec99", "partial": "#ffec99", "headline": "#ffec99", "scare": "#f1ecdc",
                 "indirect": "#dcefd2"}
SENTIMENT_COLOURS = {"negative": ("#f7c6bf", "#c0392b"), "neutral": ("#e3e6ea", "#8a9199"),
                     "positive": ("#c8def6", "#1f6fb2")}
SOURCE_COLOUR = "#6b3fa0"
TAG_STYLE = ("font-size:.7em;font-weight:600;line-height:1;border-radius:3px;padding:.1em .3em;margin:0 .25em;"
             "white-space:nowrap;vertical-align:.12em;font-style:normal")
QUOTE_TAG = TAG_STYLE + ";background:#f5d142;color:#3d3200"
SOURCE_TAG = TAG_STYLE + f";background:#efe6f9;color:{SOURCE_COLOUR}"
NOISE_TAG = TAG_STYLE + ";background:#e7e9ec;color:#59616b"


def actors_from(analysed: Analysis) -> str:
    """Where the marked actors come from, for the page."""
    return "actors discovered in the text (no codebook)" if analysed.discovery else "actors from the codebook"


def annotation_table(analysed: Analysis) -> pd.DataFrame:
    """Every span to mark: quotes, actor mentions scored with the analysis's engine, and sources
    (``COLUMNS``), all taken from one ``Analysis`` (captions included for actors)."""
    article, engine = analysed.article, analysed.engine
    rows = []
    quotes = analysed.quotes
    for q in quotes.itertuples(index=False):
        speaker = q.speaker if isinstance(q.speaker, str) and q.speaker else ""
        written = q.speaker_as_written if isinstance(q.speaker_as_written, str) else ""
        detail = f"{q.kind} quote; speaker: {speaker or 'not found'}"
        if pd.notna(getattr(q, "nested_in", None)):
            detail += "; inside another quotation"  # a quote within a quote (issue 11an)
        if written and written != speaker:
            detail += f" (written: {written})"
        if pd.notna(q.confidence):
            detail += f"; confidence {float(q.confidence):.2f}"
        tag = speaker or ("scare quote" if q.kind == "scare" else "speaker?")
        rows.append(("quote", q.kind, int(q.start), int(q.end), q.quote, tag, detail))
    if analysed.codebook.actors:
        mentions = analysed.mention_sentiment()
        for m in mentions.itertuples(index=False):
            via = " (pronoun)" if m.via == "pronoun" else ""
            detail = f"{m.label} ({m.type}){via}: {m.sentiment}, score {float(m.score):+.2f} ({engine})"
            rows.append(("actor", m.sentiment, int(m.start), int(m.end), article.text[m.start:m.end], "", detail))
    for s in analysed.source_mentions.itertuples(index=False):
        kind = str(s.type).replace("_", " ")
        cue = f"; cue: {s.cue}" if isinstance(s.cue, str) and s.cue else ""
        detail = f"source: {s.source} ({kind}){' (photo credit)' if s.is_credit else ''}{cue}"
        rows.append(("source", str(s.type), int(s.start), int(s.end), article.text[s.start:s.end], kind, detail))
    table = pd.DataFrame(rows, columns=COLUMNS)
    # one span per layer and place: a speaker quoted twice in a sentence is one source, one tag
    table = table.groupby(["layer", "start", "end"], as_index=False, sort=False).agg(
        kind=("kind", "first"), text=("text", "first"), tag=("tag", "first"),
        detail=("detail", lambda d: "; ".join(dict.fromkeys(d))))[COLUMNS]
    order = {layer: i for i, layer in enumerate(LAYERS)}
    table = table.assign(_o=table["layer"].map(order)).sort_values(["start", "_o", "end"], kind="stable")
    return table.drop(columns="_o").reset_index(drop=True)


@dataclass(frozen=True)
class Annotated:
    """The annotated article; shown as HTML in a notebook (plain text elsewhere)."""

    article: Article
    spans: pd.DataFrame
    note: str = ""

    def _repr_html_(self) -> str:
        return render(self.article, self.spans, self.note)

    def __repr__(self) -> str:
        counts = self.spans["layer"].value_counts()
        return (f"Annotated article: {counts.get('quote', 0)} quotes, {counts.get('actor', 0)} actor mentions, "
                f"{counts.get('source', 0)} sources marked in {len(self.article.segments)} segments")


def annotate(article: Article, spans: pd.DataFrame, note: str = "") -> Annotated:
    """The annotated view of ``article`` with ``spans`` (from ``annotation_table``) marked."""
    return Annotated(article, spans, note)


def render(article: Article, spans: pd.DataFrame, note: str = "") -> str:
    """The annotated article as one escaped HTML fragment: legend, then every segment in order."""
    records = [_with_marks(article.text, r) for r in spans.itertuples(index=False)]
    blocks = [_segment(article, seg, [r for r in records if r.start < seg.end and r.end > seg.start])
              for seg in article.segments]
    intro = f'<p style="margin:.2rem 0;color:#5a6570">{html.escape(note)}</p>' if note else ""
    return (f'<div class="annotated" style="max-width:46rem;line-height:1.75">{_legend()}{intro}'
            + "\n".join(blocks) + "</div>")


def _segment(article: Article, seg, spans: list) -> str:
    """One segment as a block, its text cut at every span boundary inside it."""
    cuts = sorted({seg.start, seg.end} | {max(seg.start, min(seg.end, p)) for r in spans for p in (r.start, r.end)})
    order = {layer: i for i, layer in enumerate(LAYERS)}
    spans = sorted(spans, key=lambda r: (order[r.layer], r.start, -r.end))
    opened: set[int] = set()
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [r for r in spans if r.start <= a and r.end >= b]
        for r in covering:
            if id(r) not in opened and r.layer == "quote":
                parts.append(f'<span class="tag" style="{QUOTE_TAG}" title="{_attr(r.detail)}">{_text(r.tag)}</span>')
        opened.update(id(r) for r in covering)
        piece = _text(article.text[a:b])
        for r in reversed(covering):
            piece = _wrap(r, piece)
        parts.append(piece)
        for r in covering:
            if r.layer == "source" and min(r.end, seg.end) == b:
                parts.append(f'<span class="tag" style="{SOURCE_TAG}" title="{_attr(r.detail)}">{_text(r.tag)}</span>')
    inner = "".join(parts)
    if seg.kind == "headline":
        return f'<p class="seg" style="font-size:1.35em;font-weight:700;line-height:1.35;margin:.8rem 0">{inner}</p>'
    if seg.kind == "subheading":
        return f'<p class="seg" style="font-weight:700;margin:1rem 0 .3rem">{inner}</p>'
    if seg.kind in BODY_KINDS:
        return f'<p class="seg" style="margin:.5rem 0">{inner}</p>'
    tag = f'<span class="tag" style="{NOISE_TAG}">{_text(seg.kind)}</span>'
    title = _attr(f"{seg.kind}: page furniture, not part of the analysed body")
    return f'<p class="seg" style="margin:.4rem 0;color:#8a9199;font-size:.9em" title="{title}">{tag}{inner}</p>'


def _with_marks(text: str, span):
    """A quote's span widened over the quotation marks right around it, so the highlight covers
    “the marks” and the speaker's tag goes before the opening one (display only)."""
    if span.layer != "quote" or span.kind == "indirect":
        return span
    start, end = span.start, span.end
    if start > 0 and text[start - 1] in OPENING_MARKS:
        start -= 1
    if end < len(text) and text[end] in CLOSING_MARKS:
        end += 1
    return span._replace(start=start, end=end)


def _wrap(span, inner: str) -> str:
    title = _attr(span.detail)
    if span.layer == "quote":
        colour = QUOTE_COLOURS.get(span.kind, QUOTE_COLOURS["direct"])
        return f'<mark style="background:{colour};color:inherit;padding:.05em 0" title="{title}">{inner}</mark>'
    if span.layer == "source":
        return (f'<span style="text-decoration:underline {SOURCE_COLOUR} 2px;text-underline-offset:.22em" '
                f'title="{title}">{inner}</span>')
    fill, edge = SENTIMENT_COLOURS.get(span.kind, SENTIMENT_COLOURS["neutral"])
    return (f'<span style="background:{fill};box-shadow:inset 0 -2px 0 {edge};border-radius:2px;padding:0 .08em" '
            f'title="{title}">{inner}</span>')


def _legend() -> str:
    """What the marks mean, drawn with the same styles as the article."""
    def mark(layer: str, kind: str, text: str, detail: str) -> str:
        return _wrap(SimpleNamespace(layer=layer, kind=kind, detail=detail), html.escape(text))

    items = [
        f'<span class="tag" style="{QUOTE_TAG}">Speaker</span>' + mark("quote", "direct", "“quoted words”",
                                                                      "a quote, tagged with its speaker"),
        mark("quote", "indirect", "reported speech", "speech reported without quote marks"),
        mark("actor", "negative", "actor", "portrayed negatively") + " "
        + mark("actor", "neutral", "actor", "neutral") + " " + mark("actor", "positive", "actor", "positively"),
        mark("source", "", "source", "a source of information")
        + f'<span class="tag" style="{SOURCE_TAG}">type</span>',
        f'<span style="color:#8a9199"><span class="tag" style="{NOISE_TAG}">caption</span>page furniture</span>',
    ]
    names = ["quote and its speaker", "", "actor: negative, neutral, positive", "source and its type", ""]
    cells = "".join(f'<span style="white-space:nowrap;margin-right:1.1em">{item}{" " + n if n else ""}</span> '
                    for item, n in zip(items, names))
    return (f'<div class="legend" style="border:1px solid #dfe3e8;border-radius:6px;padding:.4rem .7rem;'
            f'margin:.4rem 0 .8rem;font-size:.88em;line-height:2">{cells}'
            '<br><span style="color:#5a6570">Hover over (or long-press) any mark for details: speaker, score, '
            'source type, confidence.</span></div>')


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: object) -> str:
    return html.escape(str(text), quote=True)
