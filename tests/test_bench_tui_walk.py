"""bench/tui_walk.py: a key's wait is from the key to the frames drawn before the next key, and its panes' frame is the
one written after they were shown."""

from __future__ import annotations

import pytest

from bench.tui_walk import waits


def test_a_keys_frames_end_at_the_next_key_and_its_panes_are_seen_in_the_frame_after_them():
    log = [
        ("key", 1.000, 0.10, "s"),
        ("frame", 1.020, 0.11, ""),
        ("panes", 1.300, 0.30, "corpus"),
        ("frame", 1.310, 0.31, ""),
        ("frame", 1.400, 0.32, ""),
        ("key", 2.000, 0.40, "n"),
        ("key", 2.001, 0.40, "N"),
        ("frame", 2.050, 0.45, ""),
    ]
    s, n, big_n = waits(log)
    assert (s["first_ms"], s["last_ms"], s["shown_ms"], s["frames"]) == pytest.approx((20, 400, 310, 3))
    assert s["cpu_shown_ms"] == pytest.approx(210) and s["cpu_last_ms"] == pytest.approx(220)
    assert n["frames"] == 0 and n["first_ms"] is None  # typed before the app drew for it: its frames are N's
    assert big_n["last_ms"] == pytest.approx(49) and big_n["shown_ms"] is None


def test_frames_after_a_long_quiet_are_not_the_keys():
    log = [("key", 1.0, 0.1, "end"), ("frame", 1.05, 0.12, ""), ("frame", 9.0, 0.2, "")]
    (end,) = waits(log, quiet=3.0)
    assert end["last_ms"] == pytest.approx(50) and end["frames"] == 1
