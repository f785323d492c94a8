"""Report speed: `python -m analysis report` against a naive loop of CLI calls.

The naive loop is what one would script by hand: for each notebook, `papermill` (one process,
one kernel) and then `jupyter nbconvert --to html` (another process). The report command runs
all notebooks from one process through the papermill and nbconvert APIs, in one shared kernel.

Run: .venv/bin/python benchmarks/report_speed.py [--article PATH] [--repeat N]
Prints wall-clock seconds (best of N) for each way and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def naive(article: Path, out: Path) -> None:
    for nb in sorted((REPO / "notebooks").glob("[0-9]*.ipynb")):
        executed = out / nb.name
        subprocess.run([BIN / "papermill", str(nb), str(executed), "-k", "python3", "--cwd", str(nb.parent),
                        "-p", "article_path", str(article), "--no-progress-bar"],
                       check=True, capture_output=True)
        subprocess.run([BIN / "jupyter", "nbconvert", "--to", "html", str(executed)], check=True, capture_output=True)


def ours(article: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "analysis", "report", "--article", str(article), "--out", str(out)],
                   check=True, capture_output=True, cwd=REPO)


def best_of(run, article: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        run(article, out)
        times.append(time.perf_counter() - started)
        shutil.rmtree(out)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=str(REPO / "seeds" / "kazakhstan-csto-2022-01.txt"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    article = Path(args.article).resolve()
    slow = best_of(naive, article, args.repeat)
    fast = best_of(ours, article, args.repeat)
    print(f"| way | seconds (best of {args.repeat}) |")
    print("|---|---|")
    print(f"| naive loop: papermill CLI + jupyter nbconvert CLI per notebook | {slow:.1f} |")
    print(f"| python -m analysis report (one process, one kernel) | {fast:.1f} |")
    print(f"| speed-up | {slow / fast:.1f}x |")


if __name__ == "__main__":
    main()
