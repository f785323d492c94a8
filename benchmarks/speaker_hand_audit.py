"""A fixed-seed sample of PolNeAR train's found quotes, for judging our speakers by hand.

Issue 11ba. ``python -m analysis evaluate quotes --polnear ../shared/polnear/train.jsonl`` prints a
speaker accuracy computed by the scorer (``analysis.evaluation.polnear.speaker_right``), whose own
referent for a gold pronoun or description ("he", "the official") is sometimes wrong. To measure
our speakers independently of it, this script draws a random sample of ALL found direct+mixed gold
quotes (right and wrong by the scorer alike: the same matching as ``score_article``) and writes, for
each, the paragraphs around the quote, the gold speaker as written, our speaker and the scorer's
verdict, to a file OUTSIDE the repository, for a reader to judge. With ``--verdicts`` (one line per
item: ``<item> right|wrong|unclear``) it prints the hand accuracy with a 95% Wilson interval, the
scorer's accuracy on the same items and the 2x2 table (scorer x hand).

PolNeAR is evaluation only: it is read in place from ``../shared/polnear`` and nothing of its text
is written into the repository. The script skips cleanly (exit 0, one line) when the file is absent.

Usage (from the repository root)::

    python benchmarks/speaker_hand_audit.py                       # writes /tmp/issue-11ba/sample.txt
    python benchmarks/speaker_hand_audit.py --verdicts /tmp/issue-11ba/verdicts.txt
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from pathlib import Path

from analysis.evaluation.polnear import (
    QUOTE_KINDS,
    archive_quoted,
    gold_kind,
    matched_gold,
    quote_cover,
    read_polnear,
    speaker_right,
)
from analysis.quotes.extraction import find_quotes
from analysis.reading.article import Article

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "polnear" / "train.jsonl"
OUT = Path("/tmp/issue-11ba")
SEED = 11  # the seed
SIZE = 150  # the sample size
Z95 = 1.96  # two-sided 95% normal quantile, for the Wilson interval
CONTEXT_PARAGRAPHS = 2  # paragraphs shown before the quote's own (a pronoun's antecedent is usually there)
VERDICTS = ("right", "wrong", "unclear")


def found_quotes(record: dict) -> list[dict]:
    """Every direct+mixed gold quote of one article that our quotes find, with our speaker (the row
    covering most of it) and the scorer's verdict: the same matching as ``score_article``."""
    text = record["text"]
    ours = [q for q in find_quotes(Article.from_text(text), include_indirect=True) if q.kind in QUOTE_KINDS]
    cover = quote_cover(text, ours)
    archive = archive_quoted(text)
    gold = [{**g, "kind": gold_kind(text, g, archive)} for g in sorted(record["quotes"], key=lambda g: g["start"])]
    rows = []
    for k, g, match in matched_gold(text, gold, cover, archive):
        if match is None:
            continue
        predicted = match.speaker
        rows.append({"article": record["id"], "start": g["start"], "end": g["end"], "kind": g["kind"],
                     "gold_speaker": g.get("speaker"), "ours": predicted,
                     "scorer_right": speaker_right(text, predicted, g, gold[:k])})
    return rows


def context(text: str, start: int, end: int) -> str:
    """The quote's paragraph and the ``CONTEXT_PARAGRAPHS`` before it, the quote between [[ ]]."""
    marked = text[:start] + "[[" + text[start:end] + "]]" + text[end:]
    paragraphs = [p for p in marked.split("\n") if p.strip()]
    at = next(i for i, p in enumerate(paragraphs) if "[[" in p)
    return "\n".join(paragraphs[max(0, at - CONTEXT_PARAGRAPHS) : at + 1] + paragraphs[at + 1 : at + 2])


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion ``k`` of ``n``."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def paired_se(gained: int, lost: int, n: int) -> float:
    """Standard error of a paired difference of proportions from its discordant counts (the
    usual normal approximation behind McNemar's test): how far the hand figure may sit from the scorer's."""
    return math.sqrt(gained + lost - (gained - lost) ** 2 / n) / n if n else 0.0


def draw(path: Path) -> tuple[list[dict], int, int]:
    """The sample (fixed seed), the number of found quotes and how many the scorer counts right."""
    records = {r["id"]: r for r in read_polnear(path)}
    everything = [row for r in records.values() for row in found_quotes(r)]
    sample = random.Random(SEED).sample(everything, SIZE)
    for n, row in enumerate(sample, 1):
        row["item"] = n
        row["context"] = context(records[row["article"]]["text"], row["start"], row["end"])
    return sample, len(everything), sum(r["scorer_right"] for r in everything)


def write_sample(sample: list[dict], out: Path) -> None:
    """The items a reader judges (text) and the same as JSON, both outside the repository."""
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for row in sample:
        lines += [f"=== item {row['item']} [{row['article']}] kind {row['kind']}",
                  row["context"],
                  f"--- gold speaker: {row['gold_speaker']!r} | ours: {row['ours']!r} | "
                  f"scorer: {'right' if row['scorer_right'] else 'WRONG'}", ""]
    (out / "sample.txt").write_text("\n".join(lines), encoding="utf-8")
    (out / "sample.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1), encoding="utf-8")


def read_verdicts(path: Path) -> dict[int, str]:
    """``<item> right|wrong|unclear [note]`` per line; '#' starts a comment."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#")[0].split()
        if len(words) >= 2 and words[0].isdigit() and words[1] in VERDICTS:
            out[int(words[0])] = words[1]
    return out


def summary(sample: list[dict], verdicts: dict[int, str]) -> None:
    """Hand accuracy (Wilson 95%), the scorer's on the same items, and the 2x2 table."""
    judged = [r for r in sample if r["item"] in verdicts]
    table = Counter((r["scorer_right"], verdicts[r["item"]]) for r in judged)
    hand = [r for r in judged if verdicts[r["item"]] != "unclear"]
    right = sum(verdicts[r["item"]] == "right" for r in hand)
    low, high = wilson(right, len(hand))
    print(f"judged {len(judged)} of {len(sample)}; unclear {sum(v == 'unclear' for v in verdicts.values())}")
    print(f"hand accuracy {right}/{len(hand)} = {right / len(hand):.3f} "
          f"(95% Wilson {low:.3f}-{high:.3f}), unclear left out")
    lo_all, hi_all = wilson(right, len(judged))
    print(f"  unclear counted wrong: {right}/{len(judged)} = {right / len(judged):.3f} ({lo_all:.3f}-{hi_all:.3f})")
    scorer = sum(r["scorer_right"] for r in judged)
    print(f"scorer accuracy on the same items {scorer}/{len(judged)} = {scorer / len(judged):.3f}")
    print(f"{'':14}{'hand right':>12}{'hand wrong':>12}{'unclear':>10}")
    for verdict, label in ((True, "scorer right"), (False, "scorer wrong")):
        print(f"{label:14}" + "".join(f"{table[(verdict, v)]:>{w}}" for v, w in zip(VERDICTS, (12, 12, 10))))
    gained, lost = table[(False, "right")], table[(True, "wrong")] + table[(True, "unclear")]
    diff, se = (gained - lost) / len(judged), paired_se(gained, lost, len(judged))
    print(f"hand minus scorer {diff:+.3f} (paired, 95% {diff - Z95 * se:+.3f} to {diff + Z95 * se:+.3f}; "
          f"{gained} scorer-wrong items right by hand, {lost} scorer-right items not right by hand)")
    for r in judged:
        if r["scorer_right"] != (verdicts[r["item"]] == "right"):
            print(f"  disagree: item {r['item']} scorer {'right' if r['scorer_right'] else 'wrong'}, "
                  f"hand {verdicts[r['item']]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR .jsonl (default: train)")
    parser.add_argument("--out", type=Path, default=OUT, help="directory for the sample (outside the repository)")
    parser.add_argument("--verdicts", type=Path, help="hand verdicts to summarise (reads <out>/sample.json)")
    args = parser.parse_args()
    if not args.polnear.is_file():
        print(f"skipped: {args.polnear} absent (PolNeAR lives in ../shared/polnear)")
        return 0
    if args.out.resolve().is_relative_to(ROOT):
        parser.error("--out must lie outside the repository (PolNeAR text is never written into it)")
    if args.verdicts:
        summary(json.loads((args.out / "sample.json").read_text(encoding="utf-8")), read_verdicts(args.verdicts))
        return 0
    sample, found, scorer_right = draw(args.polnear)
    write_sample(sample, args.out)
    print(f"{found} found direct+mixed quotes, scorer right {scorer_right} ({scorer_right / found:.3f}); "
          f"sample of {len(sample)} (seed {SEED}) written to {args.out / 'sample.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
