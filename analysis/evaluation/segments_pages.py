"""Scoring segment kinds and HTML bodies on real scraped pages (``../shared/scraped-pages``).

Each page folder holds ``source.html`` (the saved page), ``text.txt`` (the readable article: a
headline, then one block per paragraph, caption, credit, ...) and ``meta.json``. The pages'
text belongs to their publishers, so only our labels are in the repository:
``data/gold/held-out/segments/<page>.yml`` gives the kind of every block of ``text.txt``
(blocks split at blank lines, numbered from 0), annotated before any code ran on the pages.

Two scores:

- **kinds**: ``text.txt`` is segmented; each gold block gets the kind of the segment covering
  most of its characters. A caption marked ``credit_inside`` also counts as right when it is
  cut into a caption followed by a credit.
- **HTML bodies**: ``source.html`` is read as an article and compared with ``text.txt`` by word
  trigrams: the headline found (a headline segment equal to block 0 of ``text.txt``), the share
  of the gold paragraphs kept, and the share of the extracted words that are not in ``text.txt``
  at all (site furniture).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from ..errors import DataFileError
from ..lexicon.resources import DATA_DIR, read_yaml
from ..reading.article import Article
from ..reading.loading import load_article

#: Where the labels live.
PAGE_GOLD = DATA_DIR / "gold" / "held-out" / "segments"
#: A paragraph counts as kept when this share of its word trigrams is in the extracted text:
#: allows for a changed quote mark or a dropped inline link text, not for a lost sentence.
KEPT_SHARE = 0.9
#: The headline counts as found when a headline segment shares this share of its words with
#: block 0 of text.txt: the page title may add the site's name, the on-page h1 reword a little.
SAME_HEADLINE = 0.8

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_WORD = re.compile(r"\w+")


def page_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks of ``text`` (split at blank lines), whitespace trimmed, numbered from 0."""
    spans, pos = [], 0
    for cut in [*(m for m in _BLANK_LINE.finditer(text)), None]:
        end = cut.start() if cut else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        pos = cut.end() if cut else len(text)
    return spans


def read_page_gold(path: Path) -> dict:
    """A page's labels, checked to be a mapping with a list of ``labels``."""
    gold = read_yaml(path)
    if not isinstance(gold, dict) or not isinstance(gold.get("labels"), list):
        raise DataFileError(f"{path}: a page gold file needs 'labels: [{{i: 0, kind: ...}}, ...]'")
    return gold


def _block_kind(article: Article, start: int, end: int) -> tuple[str | None, list[str]]:
    """The kind of the segment covering most of ``text[start:end]``, and the kinds of all covering it."""
    cover: dict[int, int] = {}
    for seg in article.segments:
        overlap = min(seg.end, end) - max(seg.start, start)
        if overlap > 0:
            cover[seg.index] = overlap
    if not cover:
        return None, []
    kinds = [article.segments[i].kind for i in sorted(cover)]
    return article.segments[max(cover, key=cover.get)].kind, kinds


def score_page_kinds(page_dir: Path, gold_path: Path) -> dict:
    """Kind accuracy of the segmentation of ``text.txt`` against one page's labels."""
    gold = read_page_gold(gold_path)
    article = load_article(page_dir / "text.txt")
    blocks = page_blocks(article.text)
    if len(blocks) != len(gold["labels"]):
        raise DataFileError(f"{gold_path}: {len(gold['labels'])} labels but text.txt has {len(blocks)} blocks")
    right, errors = 0, []
    for label in gold["labels"]:
        start, end = blocks[label["i"]]
        kind, kinds = _block_kind(article, start, end)
        ok = kind == label["kind"] or bool(
            label["kind"] == "caption" and label.get("credit_inside") and kinds[:1] == ["caption"]
            and set(kinds) <= {"caption", "credit"}
        )
        right += ok
        if not ok:
            errors.append(f"block {label['i']}: {label['kind']} -> {'+'.join(kinds)}")
    return {"page": page_dir.name, "blocks": len(blocks), "kind_accuracy": right / len(blocks), "errors": errors}


def _norm_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(text)


def _trigrams(words: list[str]) -> list[tuple[str, ...]]:
    """Word trigrams (a block of fewer words: the block itself)."""
    if len(words) < 3:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


def _ngrams(words: list[str]) -> set[tuple[str, ...]]:
    """Every 1-, 2- and 3-gram, so that blocks of one or two words can be looked up too."""
    return {tuple(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}


def score_page_html(page_dir: Path, gold_path: Path) -> dict:
    """Headline found, share of gold paragraphs kept and share of furniture words of ``source.html``."""
    gold = read_page_gold(gold_path)
    reference = (page_dir / "text.txt").read_text(encoding="utf-8")
    blocks = page_blocks(reference)
    article = load_article(page_dir / "source.html")
    extracted = _norm_words(article.text)
    got = _ngrams(extracted)
    headline = set(_norm_words(reference[slice(*blocks[0])]))
    headlines = [set(_norm_words(s.text)) for s in article.segments if s.kind == "headline"]
    paragraphs = [reference[slice(*blocks[g["i"]])] for g in gold["labels"] if g["kind"] == "paragraph"]
    kept = 0
    for para in paragraphs:
        grams = _trigrams(_norm_words(para))
        kept += bool(grams) and sum(g in got for g in grams) >= KEPT_SHARE * len(grams)
    # A word is furniture when no trigram through it is in the reference text.
    ref_grams = set(_trigrams(_norm_words(reference)))
    inside = [False] * len(extracted)
    for i in range(max(len(extracted) - 2, 0)):
        if tuple(extracted[i : i + 3]) in ref_grams:
            inside[i] = inside[i + 1] = inside[i + 2] = True
    return {
        "page": page_dir.name,
        "paragraphs": len(paragraphs),
        "furniture_words": len(extracted) - sum(inside),
        "headline_found": any(len(h & headline) >= SAME_HEADLINE * min(len(h), len(headline)) for h in headlines),
        "paragraphs_kept": kept / len(paragraphs) if paragraphs else 1.0,
        "furniture_share": (len(extracted) - sum(inside)) / len(extracted) if extracted else 0.0,
        "words": len(extracted),
        "headline": " | ".join(s.text[:60] for s in article.segments if s.kind == "headline") or None,
    }


def page_pairs(pages_dir: Path) -> list[tuple[Path, Path]]:
    """(page folder, gold file) for every labelled page found in ``pages_dir``."""
    return [
        (pages_dir / g.stem, g) for g in sorted(PAGE_GOLD.glob("*.yml")) if (pages_dir / g.stem / "text.txt").is_file()
    ]


def page_kind_report(pages_dir: str | Path) -> pd.DataFrame:
    """One row per labelled page with its kind accuracy (see ``score_page_kinds``)."""
    return pd.DataFrame([score_page_kinds(p, g) for p, g in page_pairs(Path(pages_dir))])


def page_html_report(pages_dir: str | Path) -> pd.DataFrame:
    """One row per labelled page with a saved ``source.html`` (see ``score_page_html``)."""
    pairs = [(p, g) for p, g in page_pairs(Path(pages_dir)) if (p / "source.html").is_file()]
    return pd.DataFrame([score_page_html(p, g) for p, g in pairs])


def print_page_reports(pages_dir: str | Path) -> int:
    """The command line's ``evaluate segments --pages DIR``: both tables, errors and means."""
    pages_dir = Path(pages_dir)
    if not pages_dir.is_dir() or not page_pairs(pages_dir):
        print(f"skipped: no labelled scraped pages in {pages_dir} (the data lives in ../shared/scraped-pages)")
        return 0
    kinds = page_kind_report(pages_dir)
    html = page_html_report(pages_dir)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print("segment kinds of text.txt against data/gold/held-out/segments/")
        print(kinds.drop(columns="errors").round(3).to_string(index=False))
        for row in kinds.itertuples():
            for err in row.errors:
                print(f"  {row.page}: {err}")
        total = kinds["blocks"].sum()
        pooled = (kinds["kind_accuracy"] * kinds["blocks"]).sum() / total
        print(f"kind accuracy over {total} blocks of {len(kinds)} pages: {pooled:.3f}"
              f" (mean of pages {kinds['kind_accuracy'].mean():.3f})")
        print()
        print("HTML bodies of source.html against text.txt")
        print(html.round(3).to_string(index=False))
        kept = (html["paragraphs_kept"] * html["paragraphs"]).sum() / html["paragraphs"].sum()
        furniture = html["furniture_words"].sum() / html["words"].sum()
        lowest, highest = html["paragraphs_kept"].min(), html["furniture_share"].max()
        print(f"headline found on {int(html['headline_found'].sum())} of {len(html)} pages;"
              f" paragraphs kept {kept:.3f} of {html['paragraphs'].sum()} (page min {lowest:.3f});"
              f" furniture {furniture:.3f} of {html['words'].sum()} words (page max {highest:.3f})")
    return 0
