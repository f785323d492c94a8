"""The fixed rule that picks each round's blind test articles from ``../shared/wikinews``.

A blind set is only blind if nobody chose its texts: ten Wikinews articles of 300-1000 words with at
least four double quote marks, none already in ``data/articles/README.md`` or
``data/articles/held-out/README.md``, sorted by the SHA-256 of a salt (one per round: "round7:")
followed by the URL as written in the CSV; the first ten. The texts are written as
``wn-<slug>.txt`` (title, a blank line, the CSV's text unchanged) for annotators to label before
any code runs on them::

    python -m analysis.evaluation.heldout --salt round8: --out /tmp/blind-texts
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from ..errors import DataFileError
from ..lexicon.resources import DATA_DIR
from .scoring import shared_dir

#: Length of a candidate in words: long enough to hold sources, short enough to label in minutes.
MIN_WORDS, MAX_WORDS = 300, 1000
#: Double quote marks a candidate holds at least (two quotes).
MIN_QUOTE_MARKS = 4
#: Articles per blind set.
SET_SIZE = 10
#: The READMEs that list every article already used (development or earlier blind sets).
USED_LISTS = (DATA_DIR / "articles" / "README.md", DATA_DIR / "articles" / "held-out" / "README.md")

URL = re.compile(r"https://en\.wikinews\.org/\S+?(?=[ |)\s])")
QUOTE_MARK = re.compile('["\u201c\u201d]')


def url_key(url: str) -> str:
    """A URL as compared: one slash before ``wiki/``, the host dropped, percent-escapes decoded."""
    return unquote(re.sub(r"/+wiki/", "/wiki/", url).replace("https://en.wikinews.org/", ""))


def used_urls(lists: tuple[Path, ...] = USED_LISTS) -> set[str]:
    """Every Wikinews URL named in the READMEs of the articles already used."""
    return {url_key(u) for path in lists if path.is_file() for u in URL.findall(path.read_text(encoding="utf-8"))}


def slug(title: str) -> str:
    """The file name of an article: ``wn-`` and the first 50 characters of its folded title."""
    return "wn-" + re.sub("[^a-z0-9]+", "-", title.lower()).strip("-")[:50] + ".txt"


def read_rows(folder: Path) -> list[dict]:
    """The rows of every CSV in ``folder`` (the Wikinews corpus), in file-name order."""
    files = sorted(folder.glob("*.csv"))
    if not files:
        raise DataFileError(f"{folder}: no Wikinews CSV files (they live in ../shared/wikinews)")
    csv.field_size_limit(sys.maxsize)
    rows: list[dict] = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def pick(rows: list[dict], salt: str, used: set[str], size: int = SET_SIZE) -> list[dict]:
    """The first ``size`` unused candidates in the order of sha256(salt + URL)."""
    candidates = [r for r in rows if url_key(r["url"]) not in used
                  and MIN_WORDS <= len(r["text"].split()) <= MAX_WORDS
                  and len(QUOTE_MARK.findall(r["text"])) >= MIN_QUOTE_MARKS]
    candidates.sort(key=lambda r: hashlib.sha256((salt + r["url"]).encode()).hexdigest())
    return candidates[:size]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="write the next blind set's texts, picked by the fixed rule")
    p.add_argument("--salt", required=True, help='one per round, e.g. "round8:"')
    p.add_argument("--out", required=True, type=Path, help="folder to write the texts to")
    p.add_argument("--wikinews", type=Path, default=None,
                   help="folder of the Wikinews CSVs (default ../shared/wikinews)")
    args = p.parse_args(argv)
    rows = read_rows(args.wikinews or shared_dir() / "wikinews")
    args.out.mkdir(parents=True, exist_ok=True)
    for row in pick(rows, args.salt, used_urls()):
        (args.out / slug(row["title"])).write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
        print(f"| `{slug(row['title'])}` | {re.sub(r'/+wiki/', '/wiki/', row['url'])} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
