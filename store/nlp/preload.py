"""What the forkserver of `ingest --jobs` loads before it forks the workers (store/ingest.py WORKER_PRELOAD).

A forkserver runs nothing but the imports it is told to preload, so loading is this module's import:
the model the parent's environment names and the language identifier are loaded once, there, and each
worker is forked with them in memory (the model's weights shared until written) instead of loading
its own, about 1.5 s of CPU per worker (`python -m bench.jobs_split`).
"""

from __future__ import annotations

from ..read.language import detect_language
from .pipeline import load_model, model_name

# English enough for the identifier, long enough to be judged: py3langid loads its model on first use.
_SAMPLE = (
    "The minister said on Tuesday that the talks would resume next week, and officials from both "
    "governments told reporters they expected an agreement on the border before the end of the month. "
    "Thousands of people have fled the fighting since the spring, aid agencies said."
)

try:
    load_model(model_name())  # the worker asks for it by this name, which is load_model's cache key
    detect_language([_SAMPLE])
except Exception:  # noqa: BLE001 - each worker's own load reports any failure; a forkserver that died would hide it
    pass
