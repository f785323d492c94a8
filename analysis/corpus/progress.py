"""A progress line on stderr: articles done, articles per second, time so far.

On a terminal it redraws one line; in a log (``make corpus`` piped to a file) it prints a line
at most every ``LOG_EVERY`` seconds, so the log stays short.
"""

from __future__ import annotations

import sys
import time

LOG_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal
WIDTH = 30


class Progress:
    """``update(n)`` after each finished chunk; ``close()`` prints the final line."""

    def __init__(self, total: int, stream=None, enabled: bool = True):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.started = time.perf_counter()
        self.last = 0.0
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        filled = int(WIDTH * self.done / self.total) if self.total else WIDTH
        return (f"[{'#' * filled}{'.' * (WIDTH - filled)}] {self.done}/{self.total} articles, "
                f"{self.rate():.1f} articles/s, {self.seconds:.0f} s")

    def update(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.seconds
        if self.tty:
            self.stream.write("\r" + self.line())
            self.stream.flush()
        elif now - self.last >= LOG_EVERY:
            self.last = now
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
