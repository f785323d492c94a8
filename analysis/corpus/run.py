"""Running a corpus: inputs to chunks, chunks to Dask, results to Parquet tables in ``out``.

Every chunk of articles is one task, ``sandbox.analyse_chunk``. Locally the tasks run on a
pool of N threads, each driving its own sandbox process (so N workers are N processes analysing
articles); with ``scheduler`` the same tasks go to a Dask cluster, whose worker processes start
their own sandboxes. The same task function on both is what makes the two runs give the same
tables. (Locally a thread pool, not an in-process Dask cluster: the cluster's event loop, its
heartbeats and monitors took 3-5 CPU seconds per run of the 295 Wikinews articles in this
process, which competes with the sandboxes for the same cores.) The local sandboxes are forks
of this process after one warm-up here (``sandbox.start_sandboxes``), not fresh interpreters
that each import the library again.

A finished chunk is written at once to ``out/.parts/<hash>.pkl`` (temp file, then rename); the
hash covers the chunk's articles, the codebook and the time limit, so a rerun after an
interruption skips the chunks already done. The final tables are combined from the parts,
sorted by article id, written to temp files and renamed, and the parts are removed.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..actors import load_codebook
from ..errors import ParameterError
from .analyse import ARTICLE_COLUMNS
from .inputs import CorpusItem, InputError, expand_inputs
from .progress import Progress
from .tables import TABLES

#: Seconds one article may take before it is stopped and listed as a timeout. The whole
#: analysis runs at 12,000-15,000 words a second on one core (README benchmark), so a 1 MB
#: article (about 170,000 words) takes 10-15 s; 120 s leaves room for a slow, shared machine.
TIME_LIMIT = 120.0
#: A chunk (one Dask task) holds at most this many articles and this many characters: small
#: enough to balance the workers and show progress, large enough that scheduling costs little.
CHUNK_ARTICLES = 16
CHUNK_CHARS = 2_000_000
#: Chunks per worker kept queued on the cluster: enough to keep workers busy, few enough that
#: the texts of a large corpus are not all held by the scheduler at once.
IN_FLIGHT_PER_WORKER = 3
PARTS = ".parts"
ERROR_COLUMNS = ["id", "origin", "status", "reason"]
#: Bump when the analyses change in a way that makes old part files wrong.
PART_VERSION = 1
#: Dask settings for the workers of a corpus cluster (``dask.config.set(DASK_WORKER_CONFIG)``
#: before ``LocalCluster``, or the same keys as ``DASK_DISTRIBUTED__...`` environment variables
#: of ``dask worker``). A corpus task only waits on its sandbox's pipe, yet with Dask's defaults
#: each worker sampled its threads' stacks every 10 ms and sent the profiles to the scheduler,
#: and checked memory and system load 10 and 2 times a second: on the 295 Wikinews articles
#: that took 11 CPU s in the two workers and 5 in the scheduler's process (16 s beside 38 s of
#: analysis on a 2-core machine); with these settings 4 and 1 (measured with psutil).
DASK_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.tick.interval": "200ms",
}


@dataclass
class CorpusRun:
    """What a run did: counts, time and where the tables are."""

    out: Path
    articles: int
    ok: int
    errors: int
    words: int
    seconds: float
    report: Path | None = None

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        words = self.words / self.seconds if self.seconds else 0.0
        return (f"corpus: {self.articles} articles ({self.ok} ok, {self.errors} in errors.csv) in {self.seconds:.1f} s:"
                f" {rate:.1f} articles/s, {words:,.0f} words/s; tables in {self.out}")


def chunks_of(items: list[CorpusItem], workers: int) -> list[list[CorpusItem]]:
    """Consecutive chunks (items are sorted by id): at least about four per worker on a small corpus.

    Each chunk holds at most a quarter of a worker's share of the articles not yet in a chunk, so
    chunks shrink towards the end ("guided" scheduling): the last chunks are one or two articles,
    and no worker is left idle while another finishes a chunk of 16 (on the 295 Wikinews articles
    a chunk of 16 is about a second of work, a tenth of the run on two workers).
    """
    workers = max(1, workers)
    chunks: list[list[CorpusItem]] = []
    current: list[CorpusItem] = []
    chars = 0
    size = 0
    for k, item in enumerate(items):
        if current and (len(current) >= size or chars + item.size > CHUNK_CHARS):
            chunks.append(current)
            current, chars = [], 0
        if not current:  # a new chunk: its size from the articles left
            size = max(1, min(CHUNK_ARTICLES, math.ceil((len(items) - k) / (4 * workers))))
        current.append(item)
        chars += item.size
    return [*chunks, current] if current else chunks


def chunk_key(chunk: list[CorpusItem], codebook_bytes: bytes, time_limit: float | None) -> str:
    """A name for the chunk's part file that changes when anything that shapes its rows does."""
    digest = hashlib.sha256(pickle.dumps((PART_VERSION, codebook_bytes, time_limit), protocol=4))
    for item in chunk:
        digest.update(pickle.dumps(tuple(vars(item).items()), protocol=4))
    return digest.hexdigest()[:24]


def run_corpus(inputs: list[str], out: str | Path, actors: str | Path | None = None, workers: int | None = None,
               scheduler: str | None = None, time_limit: float | None = TIME_LIMIT, report: bool = True,
               progress: bool = True, log=None) -> CorpusRun:
    """Analyse every article named by ``inputs`` and write the corpus tables (and report) to ``out``."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    if workers is not None and workers < 1:
        raise ParameterError(f"--workers must be at least 1, not {workers}")
    if time_limit is not None and time_limit <= 0:
        time_limit = None
    codebook = load_codebook(actors) if actors else None
    codebook_bytes = Path(actors).read_bytes() if actors else b""
    items, input_errors = expand_inputs(inputs)
    out = Path(out)
    parts = out / PARTS
    parts.mkdir(parents=True, exist_ok=True)
    bar = Progress(len(items) + len(input_errors), enabled=progress)
    bar.update(len(input_errors))
    workers = workers or (os.cpu_count() or 1)
    chunks = chunks_of(items, workers)
    keys = [chunk_key(c, codebook_bytes, time_limit) for c in chunks]
    pending = [(k, c) for k, c in zip(keys, chunks) if not (parts / f"{k}.pkl").exists()]
    if len(pending) < len(chunks):
        log(f"resuming: {len(chunks) - len(pending)} of {len(chunks)} chunks already done")
        bar.update(sum(len(c) for k, c in zip(keys, chunks) if (parts / f"{k}.pkl").exists()))
    if pending:
        _execute(pending, codebook, time_limit, parts, bar, workers, scheduler)
    bar.close()
    seconds = bar.seconds
    kernel = None
    if report:  # the page's kernel boots while the tables are written (``report.start_kernel``)
        from .report import start_kernel, stop_kernel, write_corpus_report

        kernel = start_kernel()
    try:
        combined = _combine([parts / f"{k}.pkl" for k in keys], input_errors)
        _write_tables(out, combined)
        shutil.rmtree(parts, ignore_errors=True)
        articles = combined["articles"]
        ok = int((articles["status"] == "ok").sum())
        run = CorpusRun(out, len(articles), ok, len(combined["errors"]), int(articles["words"].fillna(0).sum()),
                        seconds)
        if kernel is not None:
            run.report, kernel = write_corpus_report(out, km=kernel), None
    finally:
        if kernel is not None:  # the tables failed: the kernel is not left running
            stop_kernel(kernel)
    return run


def _execute(pending, codebook, time_limit, parts: Path, bar: Progress, workers: int, scheduler: str | None) -> None:
    """Run the pending chunks on local threads or a Dask cluster, writing each part as it arrives."""
    if not scheduler:
        _execute_locally(pending, codebook, time_limit, parts, bar, workers)
        return
    from distributed import Client, as_completed

    from .sandbox import analyse_chunk

    try:
        client = Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ParameterError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
    workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
    try:
        book = client.scatter(codebook, broadcast=True) if codebook is not None else None
        queue = list(pending)
        sizes = {}
        running = as_completed(with_results=True)
        for _ in range(min(len(queue), IN_FLIGHT_PER_WORKER * workers)):
            key, chunk = queue.pop(0)
            sizes[key] = len(chunk)
            running.add(client.submit(analyse_chunk, chunk, book, time_limit, key=f"chunk-{key}", pure=False))
        for future, result in running:
            key = future.key.removeprefix("chunk-")
            _write_part(parts / f"{key}.pkl", result)
            bar.update(sizes.pop(key))
            future.release()
            if queue:
                key, chunk = queue.pop(0)
                sizes[key] = len(chunk)
                running.add(client.submit(analyse_chunk, chunk, book, time_limit, key=f"chunk-{key}", pure=False))
    finally:
        client.close()


def _execute_locally(pending, codebook, time_limit, parts: Path, bar: Progress, workers: int) -> None:
    """The same tasks on ``workers`` threads of this process, each driving its own sandbox."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from .sandbox import analyse_chunk, close_sandboxes, start_sandboxes

    start_sandboxes(min(workers, len(pending)))  # before the threads: forks of this process
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="corpus-worker")
    try:
        futures = {pool.submit(analyse_chunk, chunk, codebook, time_limit): (key, len(chunk)) for key, chunk in pending}
        for future in as_completed(futures):
            key, size = futures[future]
            _write_part(parts / f"{key}.pkl", future.result())
            bar.update(size)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # interrupted: queued chunks never start
        close_sandboxes()


def _write_part(path: Path, result: dict) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _combine(paths: list[Path], input_errors: list[InputError]) -> dict[str, pd.DataFrame]:
    """Every table over the whole corpus, rows ordered by article id (then their own order)."""
    pieces: dict[str, list[pd.DataFrame]] = {name: [] for name in ("articles", "errors", *TABLES)}
    for path in paths:
        with open(path, "rb") as f:
            part = pickle.load(f)
        for name, frames in pieces.items():
            if part.get(name) is not None and len(part[name]):
                frames.append(part[name])
    missing = [(e.id, None, None, None, None, e.origin, None, None, None, None, None, None, None, e.status)
               for e in input_errors]
    pieces["articles"].append(pd.DataFrame(missing, columns=ARTICLE_COLUMNS))
    pieces["errors"].append(pd.DataFrame([vars(e).values() for e in input_errors], columns=ERROR_COLUMNS))
    combined = {}
    for name, frames in pieces.items():
        frames = [f for f in frames if len(f)]
        table = pd.concat(frames, ignore_index=True) if frames else _empty(name)
        combined[name] = table.sort_values("id", kind="stable", ignore_index=True)
    count_columns = ARTICLE_COLUMNS[ARTICLE_COLUMNS.index("words"):-1]
    combined["articles"] = combined["articles"].astype({c: "Int64" for c in count_columns})
    return combined


def _empty(name: str) -> pd.DataFrame:
    """A table with no rows but its columns (from analysing a two-sentence text here)."""
    if name == "articles":
        return pd.DataFrame(columns=ARTICLE_COLUMNS)
    if name == "errors":
        return pd.DataFrame(columns=ERROR_COLUMNS)
    from .analyse import analyse_item, table_of
    from .sandbox import WARM_UP

    table = table_of(analyse_item(CorpusItem(id="", origin="", text=WARM_UP), None), name).iloc[0:0]
    table = table.reset_index(drop=True)
    table.insert(0, "id", "")  # as the rows of an article get their id
    return table


def _write_tables(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Parquet tables and errors.csv, each written to a temp file and renamed into place."""
    for name, table in tables.items():
        if name == "errors":
            target = out / "errors.csv"
            tmp = out / ".errors.csv.tmp"
            table.to_csv(tmp, index=False)
        else:
            target = out / f"{name}.parquet"
            tmp = out / f".{name}.parquet.tmp"
            table.to_parquet(tmp, index=False)
        os.replace(tmp, target)
