"""Segments + quotes + sources of two git revisions, run alternately in one process (CPU seconds).

On a machine shared with other work the CPU time of one run swings by a third or more with
what the other core does; runs of two versions in separate processes at different moments
cannot be compared to 10%. Here the package of each revision (``git archive``) is imported
under its own name, and the two run in turn on a new copy of the same article, so that both
meet the same conditions; the fastest of the rounds is kept per stage.

Run: .venv/bin/python benchmarks/compare_revisions.py OLD NEW [--article wiki|seed] [--size BYTES]
[--rounds N] [--wikinews ../shared/wikinews] [--actors]
(``wiki``: Wikinews articles joined to the size, as ``corpus_speed.py``; ``seed``: the seed
repeated, as ``throughput.py``; ``articles``: the Wikinews articles one at a time, as a corpus
run reads them, the stages' seconds summed; ``--size`` is then ignored). The "quotes" stage includes reading the names.
``--actors`` adds the actor and sentiment side (discovered actors, their mentions, the model's scores,
the actor rows), each article after its quotes and sources as the corpus worker runs it.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus_speed import joined_article  # noqa: E402
from throughput import article_of  # noqa: E402


def unpack(revision: str, into: Path, name: str) -> None:
    """The ``analysis`` package of ``revision`` as the package ``name`` in ``into``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "analysis"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    (into / "analysis").rename(into / name)


def clear_bounded_caches(package: str) -> None:
    """Empty the ``lru_cache``s with a maxsize (memoised answers, e.g. typed names) of every loaded
    module of ``package``, not the unbounded ``cache``s (word lists, compiled patterns): a repeated
    round on the same text otherwise finds every answer of the round before (``--cold``)."""
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for value in vars(module).values():
                params = getattr(value, "cache_parameters", None)
                if params is not None and params()["maxsize"] is not None:
                    value.cache_clear()


ACTOR_MODULES = ("actors.discovery", "actors.mentions", "sentiment.targets", "sentiment.model")


def actor_stages(modules: dict, article, seconds: dict[str, float]) -> None:
    """The actor and sentiment side, as the corpus worker runs it (``--actors``): discovery, mentions,
    model scores, actor rows."""
    clock = time.process_time
    targets = modules["sentiment.targets"]
    started = clock()
    book = modules["actors.discovery"].discovered_codebook(article)
    seconds["discovery"] = clock() - started
    started = clock()
    found = modules["actors.mentions"].mention_rows(article, book)
    seconds["mentions"] = clock() - started
    started = clock()
    scored = targets.scored_rows(article, [(*m[:4], m[8], *m[4:8]) for m in found], "model")
    seconds["model scores"] = clock() - started
    started = clock()
    targets.actor_rows([(m[0], m[1], m[2], m[9], m[10]) for m in scored], 1, targets.RESAMPLES, targets.SEED)
    seconds["actor rows"] = clock() - started


def stages(modules: dict, text: str) -> dict[str, float]:
    clock = time.process_time
    seconds = {}
    article = modules["reading.article"].Article.from_text(text.encode("utf-8").decode("utf-8"))
    started = clock()
    article.segments  # noqa: B018
    seconds["segments"] = clock() - started
    started = clock()
    article.sentences  # noqa: B018
    seconds["sentences"] = clock() - started
    started = clock()
    records, acts = modules["quotes.extraction"].analyse_quotes(article)
    seconds["quotes"] = clock() - started
    started = clock()
    modules["sources.counting"].cited_sources(article, modules["quotes.extraction"].quote_table(records), acts)
    seconds["sources"] = clock() - started
    if "actors.discovery" in modules:
        actor_stages(modules, article, seconds)
    seconds["total"] = sum(seconds.values())
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--article", choices=["wiki", "seed", "articles"], default="wiki")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--cold", action="store_true",
                        help="empty each package's bounded caches (lru_cache with a maxsize) before every run")
    parser.add_argument("--wikinews", default=str(REPO.parent / "shared" / "wikinews"))
    parser.add_argument("--actors", action="store_true",
                        help="also discovery, mentions, model scores and actor rows (the sentiment caches are "
                             "emptied before each run, as in a new worker)")
    args = parser.parse_args()
    texts = []
    if args.article in ("wiki", "articles"):
        csvs = sorted(Path(args.wikinews).glob("*.csv"))
        texts = pd.concat([pd.read_csv(p) for p in csvs])["text"].dropna().tolist()
        text = joined_article(texts, args.size)
    else:
        text = article_of(args.size)
    if args.article != "articles":
        texts = [text]
    words = sum(len(t.split()) for t in texts)

    def run(label: str) -> dict[str, float]:
        if args.cold:
            clear_bounded_caches(f"analysis_{label}")
        if args.actors:
            modules[label]["sentiment.model"].clear_caches()
        each = [stages(modules[label], t) for t in texts]
        return {stage: sum(e[stage] for e in each) for stage in each[0]}

    with tempfile.TemporaryDirectory() as tmp:
        versions = {"old": args.old, "new": args.new}
        modules = {}
        for label, revision in versions.items():
            unpack(revision, Path(tmp), f"analysis_{label}")
        sys.path.insert(0, tmp)
        for label in versions:
            modules[label] = {m: importlib.import_module(f"analysis_{label}.{m}")
                              for m in ("reading.article", "quotes.extraction", "sources.counting",
                                        *(ACTOR_MODULES if args.actors else ()))}
            stages(modules[label], text[:20_000])  # warm up: word lists, compiled patterns
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in versions}
        for k in range(args.rounds):
            for label in (("old", "new") if k % 2 == 0 else ("new", "old")):
                runs[label].append(run(label))
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{args.article} article(s), {len(texts)} text(s), {size:,} bytes, {words:,} words; "
          f"{args.rounds} rounds each, alternating; fastest (slowest) CPU seconds\n")
    print(f"| stage | {args.old} | {args.new} | speed-up | words/s {args.old} -> {args.new} |")
    print("|---|---|---|---|---|")
    for stage in runs["old"][0]:
        old = [r[stage] for r in runs["old"]]
        new = [r[stage] for r in runs["new"]]
        print(f"| {stage} | {min(old):.3f} ({max(old):.2f}) | {min(new):.3f} ({max(new):.2f}) | "
              f"x{min(old) / min(new):.2f} | {words / min(old):,.0f} -> {words / min(new):,.0f} |")


if __name__ == "__main__":
    main()
