"""Throughput of each analysis stage, in words per second, on articles of 10 KB to 10 MB.

The articles are the seed repeated (each copy a new block of paragraphs), so the text has the
seed's mix of furniture, quotes and sources at every size. Each stage runs on a fresh Article
(so no cache is shared between stages) on one core, timed in CPU seconds, and the time of the stages it depends on
is subtracted where they are computed first.

Run: .venv/bin/python benchmarks/throughput.py [--sizes 10000 100000 1000000 10000000]
[--repeat N] [--no-sentiment]
Prints a Markdown table: words per second per stage and size, and the growth of the end-to-end
time from one size to the next (10x the text should cost about 10x the time). ``--repeat N``
keeps each stage's fastest of N runs (on a shared machine the CPU time of a run still varies by
a third with the other work: a second hyperthread slows this one); ``--no-sentiment`` times only
segments, sentences, quotes and sources (and the one-paragraph row).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from analysis import Article
from analysis.actors import load_codebook
from analysis.analysed import Analysis
from analysis.sentiment import mention_sentiment, model

REPO = Path(__file__).resolve().parent.parent
SEED = (REPO / "seeds" / "kazakhstan-csto-2022-01.txt").read_text(encoding="utf-8")


def article_of(size: int) -> str:
    """The seed repeated to about ``size`` bytes, every sentence of each copy made unique
    (" n<copy>" before its full stop) so that nothing can be reused across copies."""
    copies = max(1, size // len(SEED.encode("utf-8")))
    return "\n\n".join(re.sub(r"\.(?=\s)", f" n{k}.", SEED) for k in range(copies))


def one_paragraph_of(size: int) -> str:
    """The seed's body as ONE paragraph of one run-on sentence ("; " for ". "), repeated to about
    ``size`` bytes: the worst case for quote attribution, which once scanned every cue of a
    paragraph for every quote (a 20 KB paragraph took minutes)."""
    body = " ".join(" ".join(SEED.split("\n\n")[1:]).split()).replace(". ", "; ")
    return "Headline\n\n" + " ".join([body] * max(1, size // len(body.encode("utf-8"))))


def timed(fn) -> float:
    """CPU seconds of ``fn()`` (other work on a shared machine does not inflate them)."""
    started = time.process_time()
    fn()
    return time.process_time() - started


def fresh(text: str) -> Article:
    """A new Article on a new copy of ``text``, with the per-text caches emptied (the names of
    the text analysed last, the lexicon scores and sentence tokens), so no stage reuses another's work."""
    model.clear_caches()
    return Article.from_text(text.encode("utf-8").decode("utf-8"))


def measure(text: str, book, sentiment: bool = True) -> dict[str, float]:
    """Seconds per stage; dependent stages reuse an Article whose earlier views are computed."""
    out = {}
    a = fresh(text)
    out["load + segment"] = timed(lambda: a.segments)
    out["sentences"] = timed(lambda: a.sentences)
    shared = Analysis(a, book)  # sources reuse the quote pass, as in the report (no discovery: a codebook)
    out["quotes"] = timed(lambda: shared.quotes)
    out["sources"] = timed(lambda: shared.source_mentions)
    for engine in ("vader", "textblob", "model") if sentiment else ():
        b = fresh(text)
        b.sentences  # noqa: B018  (sentences are not part of the sentiment stage)
        out[f"actor sentiment ({engine})"] = timed(lambda b=b, e=engine: mention_sentiment(b, book, engine=e))
    if sentiment:
        c = fresh(text)
        out["end to end (segments, quotes, sources, sentiment model)"] = timed(
            lambda: (c.segments, c.sentences, (e := Analysis(c, book, "model")).quotes, e.source_mentions,
                     e.mention_sentiment()))
    out["segments + quotes + sources"] = out["load + segment"] + out["sentences"] + out["quotes"] + out["sources"]
    d = fresh(one_paragraph_of(len(text.encode("utf-8"))))
    d.sentences  # noqa: B018
    out["quotes + sources, one-paragraph one-line article"] = timed(
        lambda: (e := Analysis(d, book)).quotes is None or e.source_mentions)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000, 10_000_000])
    parser.add_argument("--repeat", type=int, default=1, help="keep each stage's fastest of N runs")
    parser.add_argument("--no-sentiment", action="store_true", help="only segments, sentences, quotes, sources")
    args = parser.parse_args()
    sentiment = not args.no_sentiment
    book = load_codebook(REPO / "seeds" / "kazakhstan-csto-2022-01.actors.yml")
    measure(article_of(5_000), book, sentiment)  # warm-up: imports, compiled patterns, data files
    results = {}
    for size in args.sizes:
        text = article_of(size)
        words = len(text.split())
        runs = [measure(text, book, sentiment) for _ in range(max(1, args.repeat))]
        results[size] = (words, {stage: min(run[stage] for run in runs) for stage in runs[0]})
        print(f"measured {len(text.encode()) / 1e6:.2f} MB", flush=True)
    stages = list(next(iter(results.values()))[1])
    header = " | ".join(f"{s / 1e6:g} MB" if s >= 1e6 else f"{s // 1000} KB" for s in results)
    print(f"\n| stage (words/s) | {header} |")
    print("|---|" + "---|" * len(results))
    for stage in stages:
        cells = " | ".join(f"{words / t[stage]:,.0f}" for words, t in results.values())
        print(f"| {stage} | {cells} |")
    sizes = list(results)
    key = "end to end (segments, quotes, sources, sentiment model)" if sentiment else "segments + quotes + sources"
    for small, big in zip(sizes, sizes[1:]):
        (w1, t1), (w2, t2) = results[small], results[big]
        print(f"\ngrowth {small:,} -> {big:,} bytes: text x{w2 / w1:.1f}, {key} time x{t2[key] / t1[key]:.1f}")


if __name__ == "__main__":
    main()
