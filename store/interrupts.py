"""Stopping at a safe moment: never between storing an article and reporting it.

Ctrl-C, `kill` (SIGTERM) and a closed terminal (SIGHUP) all mean "stop":
inside `as_ctrl_c()` the last two raise KeyboardInterrupt like the first, so
an ingest stopped any of these ways rolls back the article in hand, keeps the
finished ones and says how far it got.

An interrupt that lands inside a write transaction rolls the article back,
which is safe; one that lands after the commit but before the article is
counted would make "interrupted after N articles" wrong by one. Inside
`deferred()` such a signal is held and delivered at the end of the block.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The signals that mean "stop": Ctrl-C, kill's default, the terminal going away.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _ctrl_c(signum, frame):
    raise KeyboardInterrupt


@contextmanager
def as_ctrl_c() -> Iterator[None]:
    """SIGTERM and SIGHUP raise KeyboardInterrupt in the block, as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _ctrl_c) for s in STOP_SIGNALS if s != signal.SIGINT}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def deferred() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    caught: list[signal.Signals] = []
    previous = {s: signal.signal(s, lambda signum, frame: caught.append(signal.Signals(signum))) for s in STOP_SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if caught:
        signum = caught[0]
        handler = previous[signum]
        if callable(handler):
            handler(signum, None)  # Python's own SIGINT handler, or as_ctrl_c's, raises KeyboardInterrupt
        elif handler == signal.SIG_DFL:
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            os.kill(os.getpid(), signum)  # the default action (ending the process), now that it is safe
