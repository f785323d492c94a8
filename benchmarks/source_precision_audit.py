"""Precision audit of the source pass: every spurious source over the gold sets, grouped by mechanism.

Issue 11af. A spurious source is one the package counts and gold does not (``score_sources``'s
"spurious" errors). Each is shown with what the text says (``as_written``), its cue, its type and
its sentence, and put in the first mechanism class its words fit (see ``CLASSES``), so that a rule
is written for a class that recurs across sets, not for one text.

Usage (from the repository root)::

    python benchmarks/source_precision_audit.py            # tally + every case
    python benchmarks/source_precision_audit.py --tally    # the tally only

Sets: the project gold (``data/gold/sources``), the held-out pages (``data/gold/held-out/sources``,
skipped when ``../shared`` is absent) and the blind sets ``data/gold/blind-test*/sources`` that are
development material (blind-test .. blind-test-9; a newer set is left alone until the lead scores it).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from analysis.evaluation.pages import held_out_files
from analysis.evaluation.scoring import read_gold, score_sources
from analysis.reading.loading import load_article
from analysis.sources import source_mentions, tally_sources

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
DEVELOPMENT_BLIND = ["blind-test", *(f"blind-test-{n}" for n in range(2, 12))]  # -11 development since round 11
FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
                  "i", "you", "let", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
                  "but", "as", "after", "before", "while", "when", "if", "so", "than", "there", "here"}
CUT_END = {"of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "the", "a", "an"}
NAMING_CUES = {"called", "named", "dubbed", "known", "titled", "entitled", "termed"}
QUOTES = "\"“”‘’'"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start``..``end`` (a window bounded by sentence ends), on one line."""
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    b = min(stops) + 1 if stops else len(text)
    return " ".join(text[a:b].split())[:300]


PRONOUNS = {"he", "she", "they", "it", "we", "him", "her", "them", "his", "its", "their"}


def mechanism(source: str, as_written: str, cue: str, kind: str) -> str:
    """The first mechanism class a spurious citation fits: the ``source`` name it gave, the words
    ``as_written``, its ``cue`` and ``type``. Fragments first (what no source's name looks like), then
    wrong links (a pronoun or description given to a name), then what gold does not count."""
    name, said = source.split(), as_written.split()
    if cue == "quoted":
        return "a quote's other sentence given to a wrong or non-source speaker"
    if any(q in as_written for q in "\"“”") or cue.casefold() in NAMING_CUES:
        return "fragment: a quote's words or a naming verb read as speech"
    if name and name[-1].casefold() in CUT_END:
        return "fragment: a name ending in a preposition, article or conjunction"
    if kind == "person" and (len(name) == 1 or any(w[:1].islower() for w in said)) \
            and not (said and said[0].casefold() in PRONOUNS):
        return "fragment: typed person, a one-word or lowercase phrase (a cut or a common word)"
    if said and (said[0].casefold() in PRONOUNS or (as_written[:1].islower() or said[0].casefold() in FUNCTION_WORDS)) \
            and as_written.casefold().removeprefix("the ") != source.casefold().removeprefix("the "):
        return "wrong link: a pronoun or description given to a name"
    if kind in ("anonymous", "document") or source[:1].islower():
        return "an unnamed group, document or common noun gold does not count"
    return "a named person or body gold does not count (a subject of the news, no speech, another name)"


def _sets() -> list[tuple[str, list[Path]]]:
    sets = [("project", sorted((GOLD / "sources").glob("*.yml"))), ("held-out", held_out_files("sources"))]
    sets += [(name, sorted((GOLD / name / "sources").glob("*.yml"))) for name in DEVELOPMENT_BLIND]
    return [(name, paths) for name, paths in sets if paths]


SPURIOUS = re.compile(r"spurious: (.*) \((\d+)\)$")


def audit() -> list[dict]:
    """One dict per spurious source: set, article, source, type, mentions, as_written, cue, sentence, mechanism."""
    cases = []
    for set_name, paths in _sets():
        for path in paths:
            gold = read_gold(path)
            article = load_article(gold["article_path"])
            mentions = source_mentions(article)
            table = tally_sources(mentions, include_credits=True)
            for error in score_sources(path, table)["errors"]:
                m = SPURIOUS.match(error)
                if not m:
                    continue
                rows = mentions[mentions["source"] == m.group(1)]
                for row in rows.itertuples():
                    cases.append({"set": set_name, "article": path.stem, "source": m.group(1), "type": row.type,
                                  "mentions": int(m.group(2)), "as_written": row.as_written, "cue": row.cue,
                                  "sentence": _sentence(article.text, row.start, row.end),
                                  "mechanism": mechanism(m.group(1), row.as_written, row.cue, row.type)})
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tally", action="store_true", help="print the tally only")
    args = parser.parse_args()
    cases = audit()
    by_mechanism = defaultdict(list)
    for case in cases:
        by_mechanism[case["mechanism"]].append(case)
    sources = {(c["set"], c["article"], c["source"]) for c in cases}
    print(f"{len(sources)} spurious sources ({len(cases)} citations) over {len({c['set'] for c in cases})} sets")
    print(f"{'mechanism':90} sets sources citations  per set (citations)")
    for name, group in sorted(by_mechanism.items(), key=lambda kv: -len(kv[1])):
        per_set = Counter(c["set"] for c in group)
        distinct = len({(c["set"], c["article"], c["source"]) for c in group})
        print(f"{name:90} {len(per_set):4} {distinct:7} {len(group):9}  {dict(sorted(per_set.items()))}")
    if not args.tally:
        for name, group in sorted(by_mechanism.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {name}")
            for c in group:
                print(f"- [{c['set']}/{c['article'][:30]}] {c['source']!r} ({c['type']}, cue {c['cue']!r}, "
                      f"as written {c['as_written']!r}): {c['sentence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
