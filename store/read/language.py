"""The language an article is written in, judged from its own text.

py3langid (a fork of langid.py) ships its model inside the package, so nothing downloads at
run time; it is deterministic and reads a page's worth of text in a millisecond or two once
its model is loaded (about half a second, once per process).
"""

from __future__ import annotations

from . import thresholds


def detect_language(texts: list[str]) -> str | None:
    """The ISO 639-1 code of the language of `texts`, or None when there is too little text."""
    sample = " ".join(texts)[:thresholds.LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < thresholds.LANGUAGE_MIN_CHARS:
        return None
    import py3langid

    return py3langid.classify(sample)[0]
