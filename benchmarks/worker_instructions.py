"""The first N Wikinews articles through ``analyse_item`` (the corpus worker's call), for instruction counts.

Wall and CPU seconds on this shared 2-core machine move by x1.3 between identical runs; instruction
counts do not. Run once with N and once with 0 (imports and loading only); the difference is the
worker's analysis of those articles::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/worker_instructions.py 150 [--wikinews ../shared/wikinews]

To compare with an older revision, run the same command from a ``git archive`` copy with
``PYTHONPATH`` set to it (and ``analysis/data`` linked to the copy's ``data/``, so the copy reads its
own word lists).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.corpus.analyse import analyse_item
from analysis.corpus.inputs import expand_inputs

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=int, help="how many articles (0: imports and loading only)")
    parser.add_argument("--wikinews", default=str(REPO.parent / "shared" / "wikinews"))
    args = parser.parse_args()
    pd.set_option("mode.string_storage", "python")  # as the worker process sets it
    items, _ = expand_inputs(sorted(str(p) for p in Path(args.wikinews).glob("*.csv")))
    for item in items[: args.articles]:
        analyse_item(item, None)


if __name__ == "__main__":
    main()
