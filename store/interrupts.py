"""Ctrl-C at a safe moment: never between storing an article and reporting it.

An interrupt that lands inside a write transaction rolls the article back,
which is safe; one that lands after the commit but before the article is
counted would make "interrupted after N articles" wrong by one. Inside
`deferred()` a Ctrl-C (or a TERM) is held and delivered at the end of the block.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def deferred() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    caught: list[int] = []
    previous = {signum: signal.signal(signum, lambda signum, frame: caught.append(signum)) for signum in HELD}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    for held in dict.fromkeys(signal.Signals(n) for n in caught):
        handler = previous[held]
        if callable(handler):
            handler(held, None)  # Python's own SIGINT handler raises KeyboardInterrupt
        elif handler == signal.SIG_DFL:
            if held == signal.SIGINT:
                raise KeyboardInterrupt
            os.kill(os.getpid(), held)  # the default action, now that the article is counted


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Inside the block a TERM stops the work the way Ctrl-C does, so clean-up runs.

    A run that owns other processes (a local Dask cluster) must shut them
    down rather than die and leave them behind.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
