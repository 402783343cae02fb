"""`tui_bench` says how long the app's threads waited for a core beside each scope's keystrokes (session 21)."""

from __future__ import annotations

import importlib
import sys
import threading
import time

import pytest

tui_bench = importlib.import_module("bench.tui_bench")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="read from /proc")
def test_the_waits_for_a_core_are_the_main_threads_and_every_threads():
    busy = threading.Event()

    def spin() -> None:  # a thread of the process that keeps asking for a core until told to stop
        while not busy.is_set():
            sum(range(1000))

    before = tui_bench.core_waits()
    thread = threading.Thread(target=spin)
    thread.start()
    time.sleep(0.05)
    after = tui_bench.core_waits()
    busy.set()
    thread.join()
    main, every = after
    assert 0 <= before[0] <= main and 0 <= before[1] <= every
    assert main <= every  # every thread's include the main thread's


def test_without_proc_the_waits_are_not_a_number(monkeypatch):
    def no_proc(path):
        raise FileNotFoundError(path)

    monkeypatch.setattr(tui_bench.os, "listdir", no_proc)
    main, every = tui_bench.core_waits()
    assert main != main and every != every  # NaN
