"""Recall audit of the source pass: every missed gold source and count shortfall, grouped by mechanism.

Issue 11ak, the sibling of ``source_precision_audit.py`` (issue 11af). A missed source is a gold
source no counted source matches (``score_sources``'s "missed" errors); a shortfall is a matched
source counted fewer times than gold counts it ("count X: found vs gold n", found < n). Each is
put in the first mechanism class its evidence fits (see ``mechanism``), with the sentences that
name it, so that a rule is written for a class that recurs across sets, not for one text.

Gold gives names (``source`` and ``also``) but no offsets, so the classes are read from the text:

- a group not read: gold's source is an unnamed group (type anonymous, or a lowercase or plural
  head: "UK authorities", "Some scientists", "Various opinion polls");
- a document whose issuer gold counts: one of gold's ``also`` names is a document noun ("the
  ruling", "the report") of ``data/sources.yml``'s ``document_nouns``;
- merged into another source: a counted citation's words hold gold's name but it went to
  another source;
- cue found but subject not read: a sentence names the source and holds a cue word (a speech
  verb, "according to", a document cue) and no citation of it;
- no cue found: the name is in the text, in no sentence with a cue word;
- a description or pronoun not linked: the name is not in the text, or (a shortfall) every
  sentence naming it with a cue is counted already, so gold's extra citations are descriptions or
  pronouns ("the court", "she").

Usage (from the repository root)::

    python benchmarks/source_recall_audit.py            # tally + every case
    python benchmarks/source_recall_audit.py --tally    # the tally only

Sets: as in ``source_precision_audit.py`` (project gold, held-out pages, blind-test .. blind-test-11).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from analysis.evaluation.scoring import read_gold, score_sources
from analysis.lexicon.resources import data_path, read_yaml
from analysis.reading.loading import load_article
from analysis.sources import source_mentions, tally_sources

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source_precision_audit import _sets  # noqa: E402  (the same sets as the precision audit)

MISSED = re.compile(r"missed: (.*) \((\d+)\)$")
COUNT = re.compile(r"count (.*): (\d+) vs gold (\d+)$")
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z0-9])|\n+")
GROUP_HEADS = {"authorities", "officials", "polls", "scientists", "studies", "experts", "researchers",
               "sources", "analysts", "police", "residents", "witnesses", "critics", "observers"}


def _cue_words() -> list[str]:
    data, words = read_yaml(data_path("sources.yml")), set()
    for name in ("speech_verbs", "cues_before", "cues_after", "document_cues", "subject_cues", "anonymous_cues"):
        words.update(data.get(name) or [])
    return sorted(words, key=len, reverse=True)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start() + 1))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _occurrences(text: str, name: str) -> list[int]:
    if len(name) < 2:
        return []
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags=re.I)]


def mechanism(gold: dict, text: str, mentions, cues: list[str], shortfall: bool) -> tuple[str, list[str]]:
    """The class of one missed (or, ``shortfall``, undercounted) gold source and the sentences naming it."""
    names = [gold["source"], *(gold.get("also") or [])]
    proper = [n for n in names if n[:1].isupper() and n.split()[0].casefold() not in {"the", "a", "an", "she", "he",
                                                                                       "they", "it", "we", "i"}]
    spans = _sentences(text)
    hits = sorted({(a, b) for n in proper for at in _occurrences(text, n) for a, b in spans if a <= at < b})
    shown = [" ".join(text[a:b].split())[:300] for a, b in hits[:4]]
    head = gold["source"].split()[-1].casefold() if gold["source"].split() else ""
    documents = {w.casefold() for w in (read_yaml(data_path("sources.yml")).get("document_nouns") or [])}
    if not shortfall and (gold.get("type") == "anonymous" or gold["source"][:1].islower() or head in GROUP_HEADS):
        return "a group not read", shown
    if any(n.split() and n.split()[-1].casefold() in documents for n in names[1:]) and not shortfall:
        return "a document whose issuer gold counts", shown
    cited = [(r.start, r.end, r.source) for r in mentions.itertuples()]
    folded = [n.casefold() for n in proper]
    if not shortfall and any(any(f in str(w).casefold() for f in folded) for _, _, w in
                             [(a, b, mentions.loc[i, "as_written"]) for i, (a, b, _) in enumerate(cited)]):
        return "merged into another source", shown
    def cued(a: int, b: int) -> bool:
        low = text[a:b].casefold()
        return any(re.search(r"(?<!\w)" + re.escape(c.casefold()) + r"(?!\w)", low) for c in cues)
    uncounted = [(a, b) for a, b in hits if cued(a, b) and not any(a <= s < b for s, _, _ in cited)]
    if uncounted:
        return "cue found but subject not read", [" ".join(text[a:b].split())[:300] for a, b in uncounted[:4]]
    if hits and not shortfall and not any(cued(a, b) for a, b in hits):
        return "no cue found", shown
    return "a description or pronoun not linked", shown


def audit() -> list[dict]:
    """One dict per missed source or shortfall: set, article, source, type, gold, found, lost, mechanism, sentences."""
    cues, cases = _cue_words(), []
    for set_name, paths in _sets():
        for path in paths:
            gold = read_gold(path)
            by_name = {g["source"]: g for g in gold["sources"]}
            article = load_article(gold["article_path"])
            mentions = source_mentions(article)
            for error in score_sources(path, tally_sources(mentions, include_credits=True))["errors"]:
                m, c = MISSED.match(error), COUNT.match(error)
                if m and m.group(1) in by_name:
                    g, found, shortfall = by_name[m.group(1)], 0, False
                elif c and c.group(1) in by_name and int(c.group(2)) < int(c.group(3)):
                    g, found, shortfall = by_name[c.group(1)], int(c.group(2)), True
                else:
                    continue
                if g.get("credit"):
                    continue
                kind, sentences = mechanism(g, article.text, mentions, cues, shortfall)
                cases.append({"set": set_name, "article": path.stem, "source": g["source"], "type": g.get("type"),
                              "gold": int(g["mentions"]), "found": found, "lost": int(g["mentions"]) - found,
                              "shortfall": shortfall, "mechanism": kind, "sentences": sentences})
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tally", action="store_true", help="print the tally only")
    args = parser.parse_args()
    cases = audit()
    by_mechanism = defaultdict(list)
    for case in cases:
        by_mechanism[case["mechanism"]].append(case)
    missed = sum(not c["shortfall"] for c in cases)
    print(f"{missed} missed sources, {len(cases) - missed} shortfalls, {sum(c['lost'] for c in cases)} citations lost "
          f"over {len({c['set'] for c in cases})} sets")
    print(f"{'mechanism':40} sets missed short citations  per set (citations)")
    for name, group in sorted(by_mechanism.items(), key=lambda kv: -sum(c["lost"] for c in kv[1])):
        per_set = Counter()
        for c in group:
            per_set[c["set"]] += c["lost"]
        n_missed = sum(not c["shortfall"] for c in group)
        print(f"{name:40} {len(per_set):4} {n_missed:6} {len(group) - n_missed:5} {sum(per_set.values()):9}  "
              f"{dict(sorted(per_set.items()))}")
    if not args.tally:
        for name, group in sorted(by_mechanism.items(), key=lambda kv: -sum(c["lost"] for c in kv[1])):
            print(f"\n## {name}")
            for c in group:
                what = f"found {c['found']} vs gold {c['gold']}" if c["shortfall"] else f"missed ({c['gold']})"
                print(f"- [{c['set']}/{c['article'][:30]}] {c['source']!r} ({c['type']}, {what})")
                for s in c["sentences"]:
                    print(f"    | {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
