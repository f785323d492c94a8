"""The cyclic garbage collector paused during one pass over an article.

Why: a pass over a long article builds hundreds of thousands of small objects (names, spans,
tuples) that reference counting frees by itself; the collector's generational sweeps over them
made the quote and source passes grow faster than the text (1 MB of Wikinews: 5.9 CPU s with the
collector running, 3.9 s paused; 100 KB: the same either way; `benchmarks/corpus_speed.py`). The
collector runs again, as before, as soon as the pass ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause ``gc`` for the block; restore it only if this block paused it (nested blocks and a
    caller who disabled it already are left as they were)."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
