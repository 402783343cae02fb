"""Keeping the garbage collector's full passes off the keys the reader types.

A full pass walks every object the process holds: with a large store shown
(its panes, lists and indexes) it took longer than a keystroke, and typing
makes enough short-lived cycles (Textual's rendered lines) to start one every
few keys. Objects frozen (gc.freeze) are skipped by every pass. While the
reader types, full passes come ten times more rarely (hold), and when typing
pauses one runs at once (release): at 100,000 articles six passes of 13-47 ms
fell in the bench's 151 keys, two of them between a key and the frame showing
its hits.
"""

from __future__ import annotations

import gc

# The count of younger passes that starts a full one while held: ten times Python's own (10), so a burst of
# typing rarely meets one, and a long one's garbage is still collected. Held for good, the bench's 175 corpus
# keys at 1,000 articles left 376,000 dead objects (139 MB resident against 92) and a 614 ms pass at the pause;
# held at this, 110 MB and 63 ms
HELD_THRESHOLD = 100
# Seconds without a key before the full pass held runs: past a quick hand's pauses between words
RELEASE_PAUSE = 1.0

_thresholds: tuple[int, int, int] | None = None  # the collector's own, while a full pass is held


def settle() -> None:
    """Freeze what the process holds now, when a scope has been shown: what it shows lives on. Call it
    once per scope, not at every article: a cycle already dead when frozen is never collected."""
    gc.freeze()


def hold() -> None:
    """Full passes ten times more rarely until release(): a key is being typed."""
    global _thresholds
    if _thresholds is None:
        _thresholds = gc.get_threshold()
        gc.set_threshold(_thresholds[0], _thresholds[1], HELD_THRESHOLD)


def release() -> None:
    """Typing paused: the collector's thresholds back, and the full pass held run now."""
    global _thresholds
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
        gc.collect()
