"""A worker process that analyses one article at a time and can be stopped when it overruns.

Python cannot stop a thread, and a signal cannot interrupt a regular expression stuck in C,
so the per-article time limit is kept by running the analysis in a child process
(``python -m analysis.corpus.sandbox``) and killing it when an article takes longer than the
limit; the article is listed as ``timeout`` and a fresh child takes the next one. The child is
a plain subprocess, not a ``multiprocessing`` child, so it also starts inside Dask workers
(which are daemon processes and may not fork ``multiprocessing`` children).

Messages are length-prefixed pickles over the child's stdin and stdout; the child's own
stdout is redirected to stderr so a stray print cannot corrupt them.

A local run starts its first workers as forks of the running process (``start_sandboxes``, on
Linux, while the process runs one Python thread): the library is imported and warmed up once,
here, not once more in every child. A spawned child spends 1.1-1.4 CPU s on its imports and
warm-up, 1.4-1.5 s of wall time at the start of a two-worker run of the 295 Wikinews articles
that took 8.7 s (measured with ``benchmarks/corpus_speed.py --timeline``). Restarts after a
kill, and the children of Dask workers (threaded processes), are spawned as before.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
import traceback

import pandas as pd

from .analyse import ARTICLE_COLUMNS, ArticleResult, analyse_item, with_ids
from .inputs import CorpusItem
from .tables import TABLES

#: Seconds a fresh child may take to import the library and warm up (not counted per article).
STARTUP_SECONDS = 300
HEADER = struct.Struct("<Q")
#: Start the first workers of a local run as forks of this process (see the module's docstring).
FORK = sys.platform.startswith("linux") and hasattr(os, "fork")
WARM_UP = ('Officials said on Monday that the talks would go on. "We are ready," said Jane Doe, a spokeswoman '
           "for the ministry, according to Reuters.")


class SandboxDied(Exception):
    """The child process ended or overran; the caller records the article and restarts it."""


class _Forked:
    """A forked child with the parts of ``subprocess.Popen`` that ``Sandbox`` uses."""

    def __init__(self, pid: int, stdin, stdout) -> None:
        self.pid, self.stdin, self.stdout = pid, stdin, stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode


class Sandbox:
    """One child process analysing articles sent to it, restarted after a kill or a crash."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.codebook_key: object = None

    def start(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "analysis.corpus.sandbox"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=None, env=env)
        self.codebook_key = None
        if self._receive(STARTUP_SECONDS) != "ready":
            raise SandboxDied("the worker process did not start")

    def fork(self, siblings: list[Sandbox]) -> None:
        """Start the child as a fork of this (warmed-up, single-threaded) process.

        The child closes the parent's ends of the ``siblings``' pipes, so that each child still
        sees the end of its input when the parent closes its pipe.
        """
        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # what is buffered here is not written twice
            stream.flush()
        pid = os.fork()
        if pid == 0:  # the child: it never returns into the caller's code
            code = 1
            try:
                os.close(from_parent)
                os.close(to_parent)
                for sibling in siblings:
                    for stream in (sibling.proc.stdin, sibling.proc.stdout):
                        os.close(stream.fileno())
                _serve(os.fdopen(to_child, "rb"), os.fdopen(from_child, "wb"), forked=True)
                code = 0
            except Exception:  # as a spawned child's interpreter would report it
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(code)
        os.close(to_child)
        os.close(from_child)
        self.proc = _Forked(pid, os.fdopen(from_parent, "wb"), os.fdopen(to_parent, "rb"))
        self.codebook_key = None

    def analyse(self, item: CorpusItem, codebook, time_limit: float | None) -> ArticleResult:
        """The item's result; ``timeout`` or ``failed`` rows when the child overruns or dies."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        try:
            if self.codebook_key is not codebook:
                self._send(("codebook", codebook))
                self.codebook_key = codebook
            self._send(("item", item))
            return self._receive(time_limit)
        except SandboxDied as exc:
            self.stop()
            status = "timeout" if "limit" in str(exc) else "failed"
            row = {"id": item.id, "title": item.title, "date": item.date, "outlet": item.outlet, "url": item.url,
                   "origin": item.origin, "status": status}
            return ArticleResult(row, reason=str(exc))

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
        self.proc = None

    def _send(self, message) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.proc.stdin.write(HEADER.pack(len(data)) + data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise SandboxDied("the worker process died") from None

    def _receive(self, limit: float | None):
        deadline = time.monotonic() + limit if limit else None
        header = self._read(HEADER.size, deadline, limit)
        return pickle.loads(self._read(HEADER.unpack(header)[0], deadline, limit))

    def _read(self, size: int, deadline: float | None, limit: float | None) -> bytes:
        fd = self.proc.stdout.fileno()
        parts, got = [], 0
        while got < size:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                raise SandboxDied(f"over the time limit of {limit:g} s per article")
            chunk = os.read(fd, min(size - got, 1 << 20))
            if not chunk:
                raise SandboxDied(f"the worker process died (exit code {self.proc.poll()})")
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)


# ---------------------------------------------------------------- the task a scheduler runs

_SANDBOXES: dict[int, Sandbox] = {}
_SPARE: list[Sandbox] = []  # started by ``start_sandboxes``, not yet taken by a thread
_LOCK = threading.Lock()


def start_sandboxes(count: int) -> None:
    """Fork ``count`` warmed-up workers now, for the threads about to call ``analyse_chunk``.

    Only on Linux and while this process runs a single Python thread (a fork copies one thread,
    and a lock another thread held would stay held in the child); otherwise each thread spawns
    its own child when it needs one. The warm-up here is the one a spawned child does.
    """
    if not FORK or threading.active_count() > 1:
        return
    with pd.option_context("mode.string_storage", "python"):  # as in the children (``_serve``)
        analyse_item(CorpusItem(id="warm-up", origin="warm-up", text=WARM_UP), None)
    for _ in range(count):
        sandbox = Sandbox()
        sandbox.fork([s for s in (*_SPARE, *_SANDBOXES.values()) if s.proc is not None])
        _SPARE.append(sandbox)


def analyse_chunk(items: list[CorpusItem], codebook, time_limit: float | None) -> dict:
    """Analyse a chunk of articles in this thread's sandbox: the task Dask schedules.

    Returns ``{"articles": DataFrame, "errors": DataFrame, <table>: DataFrame, ...}``, each
    concatenated over the chunk's articles.
    """
    key = threading.get_ident()
    with _LOCK:
        sandbox = _SANDBOXES.get(key)
        if sandbox is None:
            sandbox = _SANDBOXES[key] = _SPARE.pop(0) if _SPARE else Sandbox()
    results = [sandbox.analyse(item, codebook, time_limit) for item in items]
    return combine_results(results)


def close_sandboxes() -> None:
    """Stop this process's sandboxes (they also stop by themselves when it exits)."""
    with _LOCK:
        for sandbox in [*_SANDBOXES.values(), *_SPARE]:
            sandbox.stop()
        _SANDBOXES.clear()
        _SPARE.clear()


def combine_results(results: list[ArticleResult]) -> dict:
    rows = [r.row for r in results]
    out = {"articles": pd.DataFrame(rows).reindex(columns=ARTICLE_COLUMNS)}
    errors = [(r.row["id"], r.row["origin"], r.row["status"], r.reason) for r in results if r.reason is not None]
    out["errors"] = pd.DataFrame(errors, columns=["id", "origin", "status", "reason"])
    for name in TABLES:
        out[name] = with_ids(results, name)
    return out


# ---------------------------------------------------------------- the child's side


def _serve(source=None, channel=None, forked: bool = False) -> None:
    """The child: warm up, say ready, then answer one message at a time until stdin closes.

    A spawned child talks over its stdin and stdout; a forked one over the pipes it is given,
    and it skips the warm-up (its parent did it) and the "ready" (nothing waits for it).
    """
    if channel is None:
        channel = os.fdopen(os.dup(1), "wb")
        source = sys.stdin.buffer
    os.dup2(2, 1)  # prints from the library go to stderr, never into the message stream
    sys.stdout = sys.stderr
    # With pyarrow installed (for Parquet), pandas 3 backs its str columns by Arrow, which costs
    # more on the many small per-article tables than Python strings: measured 3,350 against
    # 3,750 words per CPU second on 30 Wikinews articles. Tables and Parquet files are the same.
    pd.set_option("mode.string_storage", "python")
    if not forked:
        analyse_item(CorpusItem(id="warm-up", origin="warm-up", text=WARM_UP), None)  # lazy resources load here
    # The libraries, word lists and models loaded so far live as long as the process: moved out
    # of the collector's sight, its full collections no longer rescan them after each article
    # (garbage collection took 0.45 of 15.5 CPU s on the 295 Wikinews articles, 0.2 after).
    gc.freeze()

    def reply(message) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        channel.write(HEADER.pack(len(data)) + data)
        channel.flush()

    if not forked:
        reply("ready")
    codebook = None
    while True:
        header = source.read(HEADER.size)
        if len(header) < HEADER.size:
            return
        kind, value = pickle.loads(source.read(HEADER.unpack(header)[0]))
        if kind == "codebook":
            codebook = value
        else:
            reply(analyse_item(value, codebook))


if __name__ == "__main__":
    _serve()
