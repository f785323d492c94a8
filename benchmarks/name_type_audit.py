"""Audit of the name reader's types: person-typed names that hold a word no person's name holds.

Issue 11ah. ``analysis.lexicon.names.find_names`` types every capitalised run before any speaker or
source rule reads it; a wrong type there misleads every later rule. This script reads the project's
articles, the held-out texts of the development blind sets (blind-test .. blind-test-9 only: a text
is read only when a gold file of those sets names it) and, when present, PolNeAR train's texts
(read from ``../shared/polnear``, evaluation only, nothing written), and sorts each suspect name
into the first class it fits (``CLASSES``):

- ``title``: a person whose words hold a title or label word ("Regents Professor");
- ``party-outlet``: a person whose words hold a party, origin or outlet word ("Latino Republicans");
- ``number``: a person whose words hold a number word ("Thirteen Years");
- ``number-alone``: a number word read as a name of its own ("Thirteen years earlier, she");
- ``cue-not-person``: a name of two or more words typed otherwise though "Mr."/"Ms."/"Mrs."/"Dr."
  stands before it or "said" right after it.

Usage (from the repository root)::

    python benchmarks/name_type_audit.py            # tally by class and set, then the cases
    python benchmarks/name_type_audit.py --tally    # the tally only
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from analysis.lexicon.names import find_names, name_labels, name_prefixes
from analysis.lexicon.resources import rules
from analysis.reading.loading import load_article

ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT_BLIND = ["blind-test", *(f"blind-test-{n}" for n in range(2, 11))]  # -10 development since round 10
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
                "million", "billion", "dozen", "dozens", "hundreds", "thousands", "millions"}
OUTLET_WORDS = {"live", "news", "post", "times", "journal", "tribune", "herald", "radio", "tv", "magazine",
                "huffpost", "breitbart", "politico", "cnn", "msnbc", "fox", "nbc", "cbs", "abc", "npr", "bbc"}
GROUP_WORDS = {"latino", "latinos", "hispanic", "hispanics", "black", "white", "asian", "american", "americans",
               "evangelical", "evangelicals", "catholic", "catholics", "muslim", "muslims", "jewish", "senate",
               "house", "congressional", "gop", "dem", "dems"}
HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
SAID_AFTER = re.compile(r"^\s+said\b")


def _bare(word: str) -> str:
    return word.strip(".,’'“”\"()").casefold().removesuffix("’s").removesuffix("'s")


def classify(text: str, name) -> str | None:
    """The first class ``name`` fits, or None."""
    words = [_bare(w) for w in name.text.split()]
    titles = {k.casefold() for k in rules("quotes")["person_titles"]}
    if len(words) == 1 and words[0] in NUMBER_WORDS:
        return "number-alone"
    if name.type == "person":
        if any(w in titles or w in name_labels() for w in words):
            return "title"
        if any(w in name_prefixes() or w in OUTLET_WORDS or w in GROUP_WORDS for w in words):
            return "party-outlet"
        if any(w in NUMBER_WORDS for w in words):
            return "number"
        return None
    if len(words) >= 2 and (HONORIFIC_BEFORE.search(text[max(0, name.start - 6) : name.start])
                            or SAID_AFTER.match(text[name.end : name.end + 8])):
        return f"cue-not-person ({name.type})"
    return None


def texts(polnear: Path | None) -> list[tuple[str, str, str]]:
    """(set, id, text) for every text read."""
    out = []
    for path in sorted((ROOT / "data" / "articles").glob("[0-9]*.txt")):
        out.append(("project", path.stem, load_article(path).text))
    held = ROOT / "data" / "articles" / "held-out"
    for name in DEVELOPMENT_BLIND:
        stems = sorted({p.stem for p in (ROOT / "data" / "gold" / name).glob("*/*.yml")})
        for stem in stems:
            path = held / f"{stem}.txt"
            if path.exists():
                out.append((name, stem, load_article(path).text))
    if polnear is not None and polnear.exists():
        with polnear.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                out.append(("polnear-train", record["id"], record["text"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tally", action="store_true", help="the tally only")
    parser.add_argument("--polnear", type=Path, default=None,
                        help="PolNeAR train.jsonl (e.g. ../shared/polnear/train.jsonl); read only, skipped when absent")
    args = parser.parse_args()
    tally: Counter = Counter()
    by_set: dict[str, Counter] = defaultdict(Counter)
    cases: dict[str, Counter] = defaultdict(Counter)
    for set_name, _, text in texts(args.polnear):
        for name in find_names(text):
            kind = classify(text, name)
            if kind:
                tally[kind] += 1
                by_set[kind][set_name] += 1
                cases[kind][name.text] += 1
    for kind, n in tally.most_common():
        sets = ", ".join(f"{s} {k}" for s, k in sorted(by_set[kind].items()))
        print(f"{kind}: {n} ({sets})")
    if not args.tally:
        for kind, _ in tally.most_common():
            print(f"\n## {kind}")
            for written, n in cases[kind].most_common():
                print(f"{n:4d}  {written}")


if __name__ == "__main__":
    main()
