"""A scale's name after "degrees": "45 degrees Celcius", "minus 321 degrees Fahrenheit" (named after a man, written
like a name, but a unit: no actor and no place)."""

from __future__ import annotations

import re

from .base import Para

_SCALE_AFTER_DEGREES = re.compile(r"\bdegrees? (?P<name>[A-Z][a-z]+)\b")


def _scales_after_degrees(prose: list[Para]) -> set[str]:
    """The names of temperature scales, written after "degrees": a unit wherever written."""
    return {m["name"] for p in prose for m in _SCALE_AFTER_DEGREES.finditer(p.text)}
