"""Corpus speed: end-to-end words per second with 1 and 2 local workers and on a Dask cluster,
and segments + quotes + sources words per second on 100 KB and 1 MB articles.

Run: .venv/bin/python benchmarks/corpus_speed.py [--wikinews ../shared/wikinews] [--profile]

End to end is the wall time of ``run_corpus`` on the 295 Wikinews articles (reading the CSVs,
starting the worker processes, analysing, writing the Parquet tables; no HTML page), so it
includes each worker's start-up. The Dask row starts a ``distributed.LocalCluster`` of two
worker processes on 127.0.0.1 (with ``DASK_WORKER_CONFIG``: no per-thread profiler, slower
monitors) and passes its address as ``--scheduler`` would; its CPU seconds
are those of every process of the cluster (nannies, workers, their sandboxes) and of this one,
taken before the cluster closes. The table sizes
of each run are printed too: they must be identical.

The single-article rows time segments + sentences + quotes + sources on one core, on articles
made of Wikinews texts joined until 100 KB and 1 MB (real, varied text; nothing repeats), and
the growth column says how the time grew from 100 KB to 1 MB (1.0 = linear); they are timed
in CPU seconds, which other work on a shared machine does not inflate. ``--profile``
adds the cProfile top functions of the 1 MB run.

``--worker`` prints instead the CPU seconds of a corpus run's work done in this one process:
the process's start and imports, the worker's warm-up, ``analyse_item`` on every article with the pickle its result
crosses the pipe in, and ``combine_results`` per chunk of 16 (run it in a fresh process; to
compare with other code, put that checkout first on ``PYTHONPATH``).

``--stages`` prints instead the CPU seconds of each stage of the worker's analysis over the
articles, in one process after a warm-up (segments, sentences, the quote pass, discovery, the
quote table and its speakers mapped to the discovered actors, sources, mentions, the model's
scores, the actor rows, the segment rows).

``--timeline`` prints instead where the wall time of one local run (2 workers, as ``make
corpus``) goes: this process's imports, reading the inputs, the workers' start (spawned
children: until each says it is ready; forked ones: the warm-up here and the forks), each
worker's first and last article, the run's seconds as ``make corpus`` reports them, combining
and writing the tables after that, and the CPU seconds of this process and of the workers.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

STARTED = time.perf_counter()  # noqa: E402 (before the library's imports, for --timeline)

from analysis import Article  # noqa: E402
from analysis.corpus import run_corpus  # noqa: E402
from analysis.corpus.run import DASK_WORKER_CONFIG  # noqa: E402
from analysis.sources import source_mentions  # noqa: E402

TABLES = ["articles", "segments", "quotes", "sources", "mentions", "actor_sentiment"]


def corpus_rows(csvs: list[str], workdir: Path) -> list[tuple]:
    """(setup, seconds, words, articles, table sizes) for 1 worker, 2 workers, Dask with 2 workers."""
    import dask
    from distributed import LocalCluster

    rows = []
    for label, workers in (("local, 1 worker", 1), ("local, 2 workers", 2)):
        cpu = cpu_seconds()
        started = time.perf_counter()  # the same clock as the Dask row's: the whole run_corpus call
        run = run_corpus(csvs, workdir / label.replace(", ", "-").replace(" ", ""), workers=workers, report=False,
                         progress=False, log=lambda m: None)
        rows.append((label, time.perf_counter() - started, cpu_seconds() - cpu, run.words, run.articles,
                     sizes(run.out)))
    with dask.config.set(DASK_WORKER_CONFIG), LocalCluster(  # the workers' settings the README recommends
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0") as cluster:
        cpu = tree_cpu_seconds()
        started = time.perf_counter()
        run = run_corpus(csvs, workdir / "dask", scheduler=cluster.scheduler_address, report=False, progress=False,
                         log=lambda m: None)
        seconds = time.perf_counter() - started
        cpu = tree_cpu_seconds() - cpu  # before the cluster closes: its processes and their sandboxes
        rows.append(("Dask LocalCluster, 2 workers (127.0.0.1)", seconds, cpu, run.words, run.articles,
                     sizes(run.out)))
    return rows


def tree_cpu_seconds() -> float:
    """CPU seconds of this process and of every process below it that is still running (the
    Dask scheduler's and workers' processes, and the sandboxes the workers started)."""
    import psutil

    total = 0.0
    for proc in [psutil.Process(), *psutil.Process().children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the local worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def sizes(out: Path) -> str:
    return " ".join(str(len(pd.read_parquet(out / f"{t}.parquet"))) for t in TABLES)


def joined_article(texts: list[str], size: int) -> str:
    """Whole Wikinews articles joined by blank lines until ``size`` bytes (cycling if needed,
    each pass marked so no paragraph repeats exactly)."""
    parts, total, k = [], 0, 0
    while total < size:
        text = texts[k % len(texts)]
        if k >= len(texts):
            text = text.replace(". ", f" p{k // len(texts)}. ", 1)
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts)


def sqs(text: str) -> float:
    """Seconds for segments + sentences + quotes + sources on a fresh Article, made from a new copy
    of ``text``: the per-text caches (names, word runs) are kept by identity, and a second run on
    the same string would reuse the first's (as the two runs of each size once did)."""
    text = text.encode("utf-8").decode("utf-8")
    started = time.process_time()
    source_mentions(Article.from_text(text))  # segments, sentences, the quote pass, sources
    return time.process_time() - started


def worker_cpu(csvs: list[str]) -> str:
    """CPU seconds of a corpus worker's whole work in this process (see ``--worker``)."""
    import gc
    import pickle

    from analysis.corpus.analyse import analyse_item
    from analysis.corpus.inputs import CorpusItem, expand_inputs
    from analysis.corpus.sandbox import WARM_UP, combine_results

    imports = time.process_time()  # since the process started: Python's start and the imports
    pd.set_option("mode.string_storage", "python")  # as the worker process sets it
    items, _ = expand_inputs(csvs)
    _, warm = timed_cpu(lambda: analyse_item(CorpusItem(id="warm-up", origin="warm-up", text=WARM_UP), None))
    gc.freeze()  # as the worker does after its warm-up
    sent, articles = timed_cpu(lambda: [pickle.loads(pickle.dumps(analyse_item(item, None), pickle.HIGHEST_PROTOCOL))
                                        for item in items])
    _, combined = timed_cpu(lambda: [pickle.dumps(combine_results(sent[k : k + 16]), pickle.HIGHEST_PROTOCOL)
                                     for k in range(0, len(sent), 16)])
    return (f"CPU s: imports {imports:.2f}, warm-up {warm:.2f}, {len(items)} articles + pickles {articles:.2f}, "
            f"chunks combined {combined:.2f}; total {imports + warm + articles + combined:.2f}")


def stage_cpu(csvs: list[str]) -> str:
    """CPU seconds per stage of ``analyse_item``'s work over the articles (see ``--stages``)."""
    import gc
    from collections import defaultdict

    from analysis.actors.mentions import mention_rows
    from analysis.analysed import Analysis
    from analysis.corpus.analyse import ENGINE, analyse_item, read_item
    from analysis.corpus.inputs import CorpusItem, expand_inputs
    from analysis.corpus.sandbox import WARM_UP
    from analysis.sentiment.targets import RESAMPLES, SEED, actor_rows, scored_rows

    pd.set_option("mode.string_storage", "python")  # as the worker process sets it
    items, _ = expand_inputs(csvs)
    analyse_item(CorpusItem(id="warm-up", origin="warm-up", text=WARM_UP), None)
    gc.freeze()
    seconds: dict[str, float] = defaultdict(float)

    def timed(stage, fn):
        started = time.process_time()
        result = fn()
        seconds[stage] += time.process_time() - started
        return result

    def stages(item: CorpusItem) -> None:  # each stage timed alone, in the worker's order
        article = timed("read", lambda: read_item(item))
        timed("segments", lambda: article.segments)
        timed("sentences", lambda: article.sentences)
        analysed = Analysis(article, None, engine=ENGINE)
        timed("quote pass", lambda: analysed._quote_pass)
        book = timed("discovery", lambda: analysed.codebook)
        timed("quote table", lambda: analysed._quote_frame)
        timed("speakers to actors (alias pattern compiled)", lambda: analysed.quotes)
        timed("sources", lambda: analysed.source_mentions)
        found = timed("mentions", lambda: mention_rows(article, book))
        scored = timed("model scores", lambda: scored_rows(article, [(*m[:4], m[8], *m[4:8]) for m in found],
                                                            ENGINE))
        timed("actor rows", lambda: actor_rows([(m[0], m[1], m[2], m[9], m[10]) for m in scored], 1,
                                               RESAMPLES, SEED))
        timed("segment rows", article.segment_rows)
    for item in items:
        stages(item)
    total = sum(seconds.values())
    return "\n".join([f"CPU s over {len(items)} articles, one process (total {total:.2f}):",
                      *(f"  {stage}: {s:.2f}" for stage, s in seconds.items())])


def timeline(csvs: list[str], workers: int = 2) -> str:
    """Where one local run's wall time goes (see ``--timeline``): seconds since this process began."""
    import threading

    from analysis.corpus import run as corpus_run
    from analysis.corpus import sandbox

    clock = time.perf_counter
    imported = clock() - STARTED
    marks: dict[str, float] = {}
    spans: dict[int, list[float]] = {}  # worker thread -> [first article start, last article end]

    def mark(name, fn):
        def wrapped(*args, **kwargs):
            began = clock() - STARTED
            result = fn(*args, **kwargs)
            marks.setdefault(f"{name} from", began)
            marks[f"{name} to"] = clock() - STARTED
            return result
        return wrapped

    def analyse(self, item, codebook, limit, _real=sandbox.Sandbox.analyse):
        began = clock() - STARTED
        result = _real(self, item, codebook, limit)
        span = spans.setdefault(threading.get_ident(), [began, 0.0])
        span[1] = clock() - STARTED
        return result

    real = (corpus_run.expand_inputs, sandbox.start_sandboxes, sandbox.Sandbox.start, sandbox.Sandbox.analyse,
            corpus_run._combine, corpus_run._write_tables)
    corpus_run.expand_inputs = mark("reading the inputs", real[0])
    sandbox.start_sandboxes = mark("warm-up here and forks", real[1])
    sandbox.Sandbox.start = mark("spawned workers starting", real[2])
    sandbox.Sandbox.analyse = analyse
    corpus_run._combine = mark("combining the parts", real[4])
    corpus_run._write_tables = mark("writing the tables", real[5])
    try:
        cpu, children = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryDirectory() as tmp:
            began = clock() - STARTED
            run = run_corpus(csvs, Path(tmp) / "out", workers=workers, report=False, progress=False,
                             log=lambda m: None)
            ended = clock() - STARTED
        cpu = time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    finally:
        (corpus_run.expand_inputs, sandbox.start_sandboxes, sandbox.Sandbox.start, sandbox.Sandbox.analyse,
         corpus_run._combine, corpus_run._write_tables) = real
    lines = [f"seconds since the process began ({os.cpu_count()} cores, load average "
             f"{', '.join(f'{x:.1f}' for x in os.getloadavg())})",
             f"imports (this process) 0.00 - {imported:.2f}", f"run_corpus {began:.2f} - {ended:.2f}"]
    names = sorted({k.rsplit(" ", 1)[0] for k in marks}, key=lambda n: marks[f"{n} from"])
    lines += [f"{n} {marks[f'{n} from']:.2f} - {marks[f'{n} to']:.2f}" for n in names]
    lines += [f"worker {k + 1}: first article from {a:.2f}, last one done {b:.2f}"
              for k, (a, b) in enumerate(sorted(spans.values()))]
    lines.append(f"the run's seconds (make corpus's words/s): {run.seconds:.2f}"
                 f" ({run.words / run.seconds:,.0f} words/s)")
    lines.append(f"CPU s: this process during run_corpus {cpu:.2f}, worker processes {child_cpu:.2f}")
    return "\n".join(lines)


def timed_cpu(fn):
    """``fn()`` and the CPU seconds it took."""
    started = time.process_time()
    result = fn()
    return result, time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikinews", default="../shared/wikinews", help="folder of the Wikinews CSVs")
    parser.add_argument("--profile", action="store_true", help="print the cProfile top functions of the 1 MB run")
    parser.add_argument("--skip-corpus", action="store_true", help="only the single-article rows")
    parser.add_argument("--worker", action="store_true", help="only the CPU seconds of the worker's work, one process")
    parser.add_argument("--timeline", action="store_true", help="only where one local run's wall time goes")
    parser.add_argument("--stages", action="store_true", help="only the CPU seconds of each stage, one process")
    args = parser.parse_args()
    csvs = sorted(str(p) for p in Path(args.wikinews).glob("*.csv"))
    if not csvs:
        print(f"error: no Wikinews CSVs in {args.wikinews}", file=sys.stderr)
        return 2
    if args.worker:
        print(worker_cpu(csvs))
        return 0
    if args.timeline:
        print(timeline(csvs))
        return 0
    if args.stages:
        print(stage_cpu(csvs))
        return 0
    texts = pd.concat([pd.read_csv(p) for p in csvs])["text"].dropna().tolist()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average {load} (other work on the machine slows the wall-clock rows)\n")
    print("| run | wall s | articles/s | words/s | CPU s | words per CPU s | rows: articles segments quotes sources "
          "mentions actor_sentiment |")
    print("|---|---:|---:|---:|---:|---:|---|")
    if not args.skip_corpus:
        with tempfile.TemporaryDirectory() as tmp:
            for label, seconds, cpu, words, articles, shape in corpus_rows(csvs, Path(tmp)):
                cpu_cells = f"{cpu:.1f} | {words / cpu:,.0f}"
                print(f"| end to end, {label} | {seconds:.1f} | {articles / seconds:.1f} | {words / seconds:,.0f} "
                      f"| {cpu_cells} | {shape} |", flush=True)
    times = {}
    for size in (100_000, 1_000_000):
        text = joined_article(texts, size)
        sqs(text[:20_000])  # warm up: word lists, compiled patterns
        seconds = min(sqs(text) for _ in range(2))
        times[size] = seconds
        words = len(text.split())
        growth = f"growth x{seconds / times[100_000] / 10:.2f}" if size > 100_000 else ""
        print(f"| segments + quotes + sources, {size // 1000} KB article (1 core) | | | | {seconds:.2f} | "
              f"{words / seconds:,.0f} | {growth} |", flush=True)
    if args.profile:
        text = joined_article(texts, 1_000_000)
        profiler = cProfile.Profile()
        profiler.enable()
        sqs(text)
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(25)
        print("\ncProfile, segments + quotes + sources on the 1 MB article, top 25 by own time:")
        print("\n".join(stream.getvalue().splitlines()[4:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
