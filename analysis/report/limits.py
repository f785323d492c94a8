"""Limits on a run: a child process that dies with its parent, and a time limit per call.

``die_with_parent`` is run in a child between fork and exec (the report's kernel, a worker):
on Linux the kernel itself then kills the child when the parent dies, whatever killed the
parent (even SIGKILL, which no handler sees). Elsewhere it does nothing, and ipykernel's own
parent poller is the fallback.

``LimitedWorker`` runs one call at a time in a worker process with a time limit: a call over
the limit kills the worker (a fresh one starts for the next call) and raises
``TimeLimitError``. A corpus run uses it so that one pathological article cannot stall the
corpus; the worker is reused between calls, so imports are paid once, not per article::

    with LimitedWorker() as worker:
        for path in paths:
            try:
                tables = worker.run(analyse, path, seconds=ARTICLE_SECONDS)
            except TimeLimitError as exc:
                ...  # one line for this article, go on with the next
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from collections.abc import Callable
from typing import Any

from ..errors import AnalysisError

ARTICLE_SECONDS = 300.0  # default per-article limit: the slowest seed-sized report takes ~10 s; 30x that
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class TimeLimitError(AnalysisError):
    """A call ran past its time limit and was stopped."""


def die_with_parent() -> None:
    """Ask the OS to SIGKILL this process when its parent dies (Linux; a no-op elsewhere)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _serve(conn) -> None:
    """The worker's loop: receive (function, args, kwargs), send back ("ok", result) or ("error", exc)."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it then stops us
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        fn, args, kwargs = job
        try:
            reply = ("ok", fn(*args, **kwargs))
        except Exception as exc:  # sent back whole: the caller decides
            reply = ("error", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result or exception: say so in one line
            conn.send(("error", AnalysisError(f"{type(exc).__name__}: {exc}")))


class LimitedWorker:
    """One worker process running calls one at a time, each with a time limit in seconds."""

    def __init__(self, context: str = "spawn"):
        self._context = multiprocessing.get_context(context)  # spawn: safe even if the parent has threads
        self._process = None
        self._conn = None

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._conn = parent

    def run(self, fn: Callable[..., Any], *args: Any, seconds: float = ARTICLE_SECONDS, label: str = "",
            **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)`` in the worker; ``TimeLimitError`` if it takes over ``seconds``.

        ``fn`` must be importable by name (a module-level function) and its result picklable.
        An exception raised by ``fn`` is raised here again.
        """
        if self._process is None or not self._process.is_alive():
            self._start()
        self._conn.send((fn, args, kwargs))
        if not self._conn.poll(seconds):
            self.kill()
            name = label or getattr(fn, "__name__", "call")
            raise TimeLimitError(f"{name}: stopped after the {seconds:g} s time limit")
        try:
            status, value = self._conn.recv()
        except EOFError:
            self.kill()
            raise AnalysisError(f"{label or getattr(fn, '__name__', 'call')}: the worker process died") from None
        if status == "error":
            raise value
        return value

    def kill(self) -> None:
        """Stop the worker now (the next ``run`` starts a fresh one)."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._process.close()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def close(self) -> None:
        """Ask the worker to finish, then make sure it has."""
        if self._process is not None and self._process.is_alive():
            try:
                self._conn.send(None)
                self._process.join(timeout=5)
            except (OSError, ValueError):
                pass
        self.kill()

    def __enter__(self) -> LimitedWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_with_time_limit(fn: Callable[..., Any], *args: Any, seconds: float = ARTICLE_SECONDS, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in a fresh worker process, stopped after ``seconds`` (``TimeLimitError``)."""
    with LimitedWorker() as worker:
        return worker.run(fn, *args, seconds=seconds, **kwargs)
