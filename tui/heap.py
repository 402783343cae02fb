"""Keeping the garbage collector's full passes short while the reader types.

A full pass walks every object the process holds: with a large store shown
(its panes, lists and indexes) it took longer than a keystroke, and typing
makes enough short-lived cycles (Textual's rendered lines) to start one every
few keys. Objects frozen (gc.freeze) are skipped by every pass.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Freeze what the process holds now, when a scope has been shown: what it shows lives on. Call it
    once per scope, not at every article: a cycle already dead when frozen is never collected."""
    gc.freeze()
