"""The actor and sentiment side of the first N Wikinews articles, as the corpus worker runs them: for
instruction counts (issue 15t).

Each article is read and its quote pass run, then (unless ``prep``) its discovered actors, their
mentions, the model's scores and the actor rows. Run under valgrind, once with ``full`` and once
with ``prep``; the difference is the actor side's instructions::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/actor_side.py 60 full [--wikinews ../shared/wikinews]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.actors.mentions import mention_rows
from analysis.analysed import Analysis
from analysis.corpus.analyse import ENGINE, read_item
from analysis.corpus.inputs import expand_inputs
from analysis.sentiment.targets import RESAMPLES, SEED, actor_rows, scored_rows

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=int)
    parser.add_argument("mode", choices=["full", "prep"])
    parser.add_argument("--wikinews", default=str(REPO.parent / "shared" / "wikinews"))
    args = parser.parse_args()
    pd.set_option("mode.string_storage", "python")  # as the worker process sets it
    items, _ = expand_inputs(sorted(str(p) for p in Path(args.wikinews).glob("*.csv")))
    actors = 0
    for item in items[: args.articles]:
        article = read_item(item)
        analysed = Analysis(article, None, engine=ENGINE)
        analysed._quote_pass  # noqa: B018
        if args.mode == "prep":
            continue
        found = mention_rows(article, analysed.codebook)
        scored = scored_rows(article, [(*m[:4], m[8], *m[4:8]) for m in found], ENGINE)
        actors += len(actor_rows([(m[0], m[1], m[2], m[9], m[10]) for m in scored], 1, RESAMPLES, SEED))
    print(f"{args.mode}: {min(args.articles, len(items))} articles, {actors} actor rows")


if __name__ == "__main__":
    main()
