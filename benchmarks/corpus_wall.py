"""Where the wall time of ``python -m analysis corpus CSV... --out DIR`` goes, process start to index.html.

Run: .venv/bin/python benchmarks/corpus_wall.py [--wikinews ../shared/wikinews] [--runs 3] [--workers 2]
[--code OLD_CHECKOUT .] (``--code``: run each checkout in turn, ``--runs`` times each; a checkout
is put first on PYTHONPATH, in the command's process and so in its workers and kernel)

Each run is a fresh process (``python benchmarks/corpus_wall.py --inside OUT CSV...``) that
calls the command line's own ``main`` exactly as ``python -m analysis corpus`` does, with the
library's steps wrapped to note the time (seconds since the process was created, as the kernel
reports it, so the interpreter's own start is counted): the imports up to the command's
parser, reading the inputs, the warm-up and forks of the workers, each worker's first and last
article, the end of the analysis (the figure the command prints its words/s from), combining
the parts, writing the Parquet tables and errors.csv, and the report: the kernel and the
notebook's execution (papermill), then the HTML page, up to the process's exit. CPU seconds are
those of the command's process and of its children (workers, the notebook's kernel).

The outer process prints one block per run and a table of all runs, with the load average: the
machine is shared, so compare runs taken together, and several of them.
"""

from __future__ import annotations

import os
import time

CREATED = None  # set in ``inside`` from /proc: the process's start, before the interpreter ran
FIRST_LINE = time.time()

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402


def process_created() -> float:
    """This process's start as a ``time.time()`` value (Linux: /proc/self/stat's starttime)."""
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return time.time() - uptime + start


def cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def inside(out: str, csvs: list[str], workers: int | None) -> None:
    """One instrumented run of the command in this process; prints a JSON line of marks."""
    created = process_created()
    marks: list[tuple[str, float, float]] = []  # (what, from, to) in seconds since the process was created
    cpu: dict[str, float] = {}

    def now() -> float:
        return time.time() - created

    def wrap(owner, name: str, label: str):
        real = getattr(owner, name)

        def wrapped(*args, **kwargs):
            began = now()
            try:
                return real(*args, **kwargs)
            finally:
                marks.append((label, began, now()))
        setattr(owner, name, wrapped)

    started_script = FIRST_LINE - created
    from analysis import cli  # what ``python -m analysis`` imports first

    parser_began = now()
    parsed = cli.parser().parse_args(["corpus", *csvs, "--out", out, *(["--workers", str(workers)] if workers else [])])
    marks.append(("imports: analysis.cli", started_script, parser_began))
    marks.append(("imports: the corpus command's parser (pandas, the library)", parser_began, now()))

    from analysis.corpus import run as corpus_run
    from analysis.corpus import sandbox

    spans: dict[int, list[float]] = {}

    def analyse(self, item, codebook, limit, _real=sandbox.Sandbox.analyse):
        began = now()
        result = _real(self, item, codebook, limit)
        span = spans.setdefault(threading.get_ident(), [began, 0.0, 0])
        span[1] = now()
        span[2] += 1
        return result

    wrap(corpus_run, "expand_inputs", "reading the inputs")
    wrap(sandbox, "start_sandboxes", "warm-up here and forks")
    wrap(sandbox.Sandbox, "start", "spawning a worker")
    sandbox.Sandbox.analyse = analyse
    wrap(corpus_run, "_execute", "analysis (warm-up, forks, chunks)")
    wrap(corpus_run, "_combine", "combining the parts")
    wrap(corpus_run, "_write_tables", "writing the tables")
    real_execute = corpus_run._execute

    def execute_then_hook(*args, **kwargs):
        """After the analysis: wrap the report's steps (importing the report module here, where
        the command imports it next, so that the instrumentation imports nothing earlier)."""
        real_execute(*args, **kwargs)
        began = now()
        from analysis.corpus import report as corpus_report

        marks.append(("report: importing its module", began, now()))
        real_report = corpus_report.write_corpus_report
        real_stop = getattr(corpus_report, "stop_kernel", None)

        def report(*a, **k):
            began = now()
            from analysis.report import runner

            if hasattr(runner, "skip_iri_format_check"):  # as write_corpus_report does first (round 10)
                runner.skip_iri_format_check()
            import papermill

            marks.append(("report: importing papermill, nbformat", began, now()))
            wrap(papermill, "execute_notebook", "report: notebook execution (papermill)")
            try:
                return real_report(*a, **k)
            finally:
                marks.append(("report: from the tables to the page", began, now()))

        def kernel_cpu(km) -> None:
            import psutil

            try:
                times = psutil.Process(km.provisioner.process.pid).cpu_times()
                cpu["kernel"] = times.user + times.system + times.children_user + times.children_system
            except Exception:  # noqa: BLE001 (a benchmark: the figure is then missing)
                cpu["kernel"] = float("nan")

        def stop_kernel(km):
            kernel_cpu(km)
            return real_stop(km)
        corpus_report.write_corpus_report = report
        if hasattr(corpus_report, "start_kernel"):
            corpus_report.stop_kernel = stop_kernel
            wrap(corpus_report, "start_kernel", "report: starting the kernel (the tables are written meanwhile)")
        else:  # older code (round 9): papermill starts the kernel inside write_corpus_report
            real_km = corpus_report.kernel_manager

            def kernel_manager():
                km = real_km()
                real_shutdown = km.shutdown_kernel

                async def shutdown(*sa, **sk):
                    kernel_cpu(km)
                    return await real_shutdown(*sa, **sk)
                km.shutdown_kernel = shutdown
                return km
            corpus_report.kernel_manager = kernel_manager
        wrap(corpus_report, "render_page", "report: HTML page (nbconvert)")
    corpus_run._execute = execute_then_hook
    summary: list[str] = []
    real_summary = corpus_run.CorpusRun.summary

    def said(self):
        line = real_summary(self)
        summary.append(line)
        cpu["workers (after the analysis)"] = cpu_children()
        return line
    corpus_run.CorpusRun.summary = said
    code = cli.main(["corpus", *csvs, "--out", out, *(["--workers", str(workers)] if workers else [])])
    assert parsed.command == "corpus" and code == 0, code
    end = now()
    own = time.process_time()
    print(json.dumps({"marks": marks, "workers": [spans[k] for k in sorted(spans, key=lambda k: spans[k][0])],
                      "end": end, "cpu_self": own, "cpu_children": cpu_children(),
                      "cpu_workers": cpu.get("workers (after the analysis)"), "cpu_kernel": cpu.get("kernel"),
                      "summary": summary,
                      "page": (Path(out) / "index.html").stat().st_mtime - created}))


def outer(csvs: list[str], runs: int, workers: int | None, code: list[str]) -> int:
    rows = []
    for k in range(runs * len(code)):
        tree = code[k % len(code)]
        env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())} if tree != "." else None
        load = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "corpus")
            began = time.time()
            done = subprocess.run([sys.executable, __file__, "--inside", out, *csvs,
                                   *(["--workers", str(workers)] if workers else [])],
                                  capture_output=True, text=True, check=True, env=env)
            wall = time.time() - began
        info = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"\nrun {k + 1} ({tree}): load average {load:.1f}; outer wall {wall:.2f} s (fork to exit)")
        for what, a, b in sorted(info["marks"], key=lambda m: (m[1], -m[2])):
            print(f"  {a:6.2f} - {b:6.2f}  {b - a:5.2f}  {what}")
        for n, (a, b, count) in enumerate(info["workers"], 1):
            print(f"  {a:6.2f} - {b:6.2f}  {b - a:5.2f}  worker {n}: first article begun .. last one done"
                  f" ({count} articles)")
        print(f"  index.html last written {info['page']:.2f}; process exit {info['end']:.2f}")
        print(f"  CPU s: this process {info['cpu_self']:.2f}, workers {info['cpu_workers']:.2f}, "
              f"notebook kernel {info['cpu_kernel']:.2f}")
        print(f"  printed: {info['summary'][0]}")
        rows.append((load, tree, info))
    print("\n| run | load | wall s (process) | printed words/s (analysis s) | imports s | analysis s | tables s "
          "| tables to page s | analysis end to index.html s "
          "| worker idle at the end s | CPU s self / workers / kernel |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")
    for k, (load, tree, info) in enumerate(rows, 1):
        m = {what: (a, b) for what, a, b in info["marks"]}
        words = info["summary"][0].split(" words/s")[0].rsplit(", ", 1)[1]
        secs = info["summary"][0].split(" s:")[0].rsplit(" in ", 1)[1]
        imports = m["imports: the corpus command's parser (pandas, the library)"][1]
        analysis = m["analysis (warm-up, forks, chunks)"][1] - m["analysis (warm-up, forks, chunks)"][0]
        tables = sum(m[w][1] - m[w][0] for w in ("combining the parts", "writing the tables"))
        report = m["report: from the tables to the page"][1] - m["writing the tables"][1]
        tail = info["page"] - m["analysis (warm-up, forks, chunks)"][1]
        ends = [b for _, b, _ in info["workers"]]
        idle = max(ends) - min(ends) if len(ends) > 1 else 0.0
        kernel = info["cpu_kernel"]
        print(f"| {k} {tree} | {load:.1f} | {info['end']:.2f} | {words} ({secs}) | {imports:.2f} | {analysis:.2f} "
              f"| {tables:.2f} "
              f"| {report:.2f} | {tail:.2f} | {idle:.2f} "
              f"| {info['cpu_self']:.1f} / {info['cpu_workers']:.1f} / {kernel:.1f} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikinews", default="../shared/wikinews", help="folder of the Wikinews CSVs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, help="as the command's --workers (default: one per core)")
    parser.add_argument("--code", nargs="+", default=["."], metavar="DIR",
                        help="checkouts to run, alternating (put first on PYTHONPATH; '.': the installed package)")
    parser.add_argument("--inside", nargs="+", metavar="OUT CSV", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        inside(args.inside[0], args.inside[1:], args.workers)
        return 0
    csvs = sorted(str(p) for p in Path(args.wikinews).glob("*.csv"))
    if not csvs:
        print(f"error: no Wikinews CSVs in {args.wikinews}", file=sys.stderr)
        return 2
    return outer(csvs, args.runs, args.workers, args.code)


if __name__ == "__main__":
    sys.exit(main())
