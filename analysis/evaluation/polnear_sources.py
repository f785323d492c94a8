"""Sources scored against PolNeAR's attributions: a proxy on real articles from many outlets.

``python -m analysis evaluate sources --polnear ../shared/polnear/train.jsonl``. PolNeAR has no
source labels, but every attribution names its speaker with offsets. A gold CITATION is an
attribution whose cue holds a word of ``citation_cues`` (``data/evaluation.yml``: speech,
writing, publication, "according to"; beliefs and intentions are left out) and whose speaker is
not the reporter or the reader ("I", "we", "you"). Our citations are the body rows of
``source_mentions`` (credits apart). Names are compared with the quote scorer's ``speaker_right``
(``polnear.py``: a gold "he" or "the senator" matches the person it refers to).

- recall: share of gold citations with one of our citations in the sentence of the gold speaker
  whose words overlap the speaker's or whose source is that speaker;
- precision (an estimate, not a measure): share of our citations that are the speaker of ANY
  PolNeAR attribution (any cue) touching their sentence (a quote over three sentences touches
  all three, as our counting does), or an outlet or platform in a sentence with a gold citation
  (the channel: "told CNN", "wrote on Twitter").
  PolNeAR marks beliefs, intentions and evaluations as attributions too, so a citation matching
  none is very likely a fragment, a place or a subject of the news, not a source; but a source
  PolNeAR's annotator skipped counts as wrong here.

Figures are per citation, pooled, and by publisher (the outlets are the point: rules written on
Wikinews and a seed article meet other house styles here). Evaluation only: PolNeAR is read from
``../shared`` and never shipped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..lexicon.resources import rules
from ..reading.article import Article
from ..sources import source_mentions
from .polnear import read_polnear, speaker_right

ERROR_CHARS = 60  # characters of our citation printed per error
READER = {"i", "we", "you", "me", "us"}  # the reporter or the reader: never a source
# An outlet or platform in a sentence with a citation is its channel ("X told CNN", "wrote on
# Twitter"): a source for our gold, never a PolNeAR speaker, so right for the estimate.
CHANNEL_TYPES = {"media", "news_agency", "social_media"}


def citation_cues() -> frozenset[str]:
    """Cue words that make a PolNeAR attribution a citation (``data/evaluation.yml``)."""
    return frozenset(w.casefold() for w in rules("evaluation")["citation_cues"])


def is_citation(gold: dict, cues: frozenset[str]) -> bool:
    """A gold attribution a reader would count as citing a source: a citation cue and a speaker
    other than the reporter or the reader ("I", "we", "you")."""
    words = set(re.findall(r"\w+|:", (gold.get("cue") or "").casefold()))
    speaker = (gold.get("speaker") or "").strip().casefold()
    return bool(words & cues) and bool(speaker) and speaker not in READER


def _sentence_of(bounds: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding ``offset`` (-1 if none)."""
    for k, (a, b) in enumerate(bounds):
        if a <= offset < b:
            return k
    return -1


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


def _touched(bounds: list[tuple[int, int]], gold: dict) -> set[int]:
    """Sentences that an attribution's speaker or content touches (a long quote: all of them)."""
    spans = [*gold["speaker_spans"], *gold.get("spans", [])]
    return {k for k, (a, b) in enumerate(bounds) if _overlaps(a, b, spans)}


def _same_source(text: str, ours: tuple[str, int, int], gold: dict, earlier: list[dict]) -> bool:
    """Our citation names the gold speaker: its words overlap the speaker's, or the quote
    scorer's ``speaker_right`` accepts the name (pronouns and descriptions resolved as there)."""
    source, a, b = ours
    return _overlaps(a, b, gold["speaker_spans"]) or speaker_right(text, source, gold, earlier)


def score_article(record: dict, cues: frozenset[str]) -> dict:
    """Counts for one PolNeAR article (see the module docstring)."""
    text = record["text"]
    article = Article.from_text(text)
    bounds = [(s.start, s.end) for s in article.sentences]
    rows = source_mentions(article)
    body = rows[~rows["is_credit"]]
    ours = [(r.source, r.start, r.end) for r in body.itertuples()]
    channel = [t in CHANNEL_TYPES for t in body["type"]]
    gold = sorted((g for g in record["quotes"] if g.get("speaker_spans")), key=lambda g: g["start"])
    out = {"id": record["id"], "publisher": record.get("publisher", ""), "gold": 0,
           "found": 0, "predicted": len(ours), "right": 0, "errors": []}
    ours_in: dict[int, list[tuple[str, int, int]]] = {}
    for o in ours:
        ours_in.setdefault(_sentence_of(bounds, o[1]), []).append(o)
    gold_in: dict[int, list[int]] = {}
    for k, g in enumerate(gold):
        for s in _touched(bounds, g):
            gold_in.setdefault(s, []).append(k)
        if not is_citation(g, cues):
            continue
        out["gold"] += 1
        sentence = _sentence_of(bounds, g["speaker_spans"][0][0])
        hit = any(_same_source(text, o, g, gold[:k]) for o in ours_in.get(sentence, []))
        out["found"] += hit
        if not hit:
            out["errors"].append(f"missed: {g['speaker']!r} ({g.get('cue')!r})")
    for o, is_channel in zip(ours, channel):
        near = gold_in.get(_sentence_of(bounds, o[1]), [])
        right = any(_same_source(text, o, gold[k], gold[:k]) or (is_channel and is_citation(gold[k], cues))
                    for k in near)
        out["right"] += right
        if not right:
            out["errors"].append(f"spurious: {o[0]!r}: {text[o[1]:o[2]][:ERROR_CHARS]!r}")
    return out


def polnear_sources_report(path: str | Path, limit: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-article counts and the figures pooled overall and by publisher."""
    cues = citation_cues()
    table = pd.DataFrame([score_article(r, cues) for r in read_polnear(path)[:limit]])
    groups = [("(all)", table), *((p, t) for p, t in table.groupby("publisher"))]
    figures = pd.DataFrame([{
        "publisher": name, "articles": len(t), "gold": int(t["gold"].sum()),
        "predicted": int(t["predicted"].sum()),
        "recall": t["found"].sum() / t["gold"].sum() if t["gold"].sum() else 1.0,
        "precision_estimate": t["right"].sum() / t["predicted"].sum() if t["predicted"].sum() else 1.0,
    } for name, t in groups])
    return table, figures


def print_polnear_sources(path: str | Path, show_errors: bool = False) -> int:
    """The command line's figures (and, with ``show_errors``, every miss and unmatched citation)."""
    table, figures = polnear_sources_report(path)
    if show_errors:
        for row in table.itertuples():
            for err in row.errors:
                print(f"  {row.id}: {err}")
    print(f"PolNeAR {Path(path).name}: sources as citations (see analysis/evaluation/polnear_sources.py)")
    print(figures.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    return 0
