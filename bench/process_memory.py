"""This process's memory in MB, read from /proc/self/status (Linux), for the benches that report it."""

from __future__ import annotations

from pathlib import Path


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def resident_mb() -> float:
    """The resident set now."""
    return _status_mb("VmRSS:")


def peak_mb() -> float:
    """The peak resident set since this process started."""
    # VmHWM starts afresh at exec; ru_maxrss would carry over the peak of whatever process started this one.
    return _status_mb("VmHWM:")
