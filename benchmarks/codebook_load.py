"""Loading a large actor codebook: seconds and peak memory for 1,000 to 100,000 actors.

The codebooks are synthetic: per actor an id, label, type, three aliases, and for every second
actor a parent (chains two deep), written the way a person writes one. Each size is loaded in a
fresh process, so peak memory (max RSS) is that of the load alone, imports included.

Run: .venv/bin/python benchmarks/codebook_load.py [--sizes 1000 10000 100000] [--python OTHER]
(``--python`` loads with another checkout's interpreter, e.g. the code before issue 13, for a
before/after row on the same machine at the same time).
Prints a Markdown table: actors, file MB, seconds to load, peak MB (and the baseline after imports).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
from analysis.actors import load_codebook
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
book = load_codebook(sys.argv[1])
seconds = time.perf_counter() - started
print(json.dumps({"actors": len(book.actors), "seconds": seconds, "base_kb": base,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def write_codebook(path: Path, actors: int) -> None:
    """A codebook of ``actors`` entries; odd ones have the previous even one as parent."""
    lines = ["# synthetic codebook for benchmarks/codebook_load.py", "actors:"]
    for k in range(actors):
        kind = "person" if k % 2 else "organisation"
        lines += [f"  - id: actor-{k}", f"    label: Actor Number {k}", f"    type: {kind}"]
        if k % 2:
            lines.append(f"    parent: actor-{k - 1}")
        lines.append(f"    aliases: [Actor Number {k}, Number {k} Group, A{k} Org]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--python", default=sys.executable, help="interpreter (and so checkout) that loads")
    args = parser.parse_args()
    print("| actors | file MB | seconds to load | peak MB (after imports) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"codebook-{size}.yml"
            write_codebook(path, size)
            out = subprocess.run([args.python, "-c", CHILD, str(path)], capture_output=True, text=True, check=True,
                                 cwd=tmp)  # not this checkout: --python imports its own
            row = json.loads(out.stdout)
            print(f"| {row['actors']:,} | {path.stat().st_size / 1e6:.1f} | {row['seconds']:.2f} | "
                  f"{row['peak_kb'] / 1024:.0f} ({row['base_kb'] / 1024:.0f}) |", flush=True)


if __name__ == "__main__":
    main()
