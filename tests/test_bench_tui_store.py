"""The bench's kept stores are found again after an edit of bench/tui_store.py that writes nothing new."""

from __future__ import annotations

import importlib

tui_store = importlib.import_module("bench.tui_store")

# builder_digest() when STORE_KEY was last changed: a new value here goes with a new STORE_KEY
BUILT_BY = "26af51e85621"


def test_the_stores_key_changes_only_with_what_build_writes():
    assert tui_store.builder_digest() == BUILT_BY, (
        "build (or _entities, _word, SYLLABLES, ROLES, TYPES) changed: if the stores it writes differ, change"
        " STORE_KEY in bench/tui_store.py, then BUILT_BY here; if they do not, BUILT_BY alone"
    )


def test_a_kept_store_is_opened_not_written_again(tmp_path, monkeypatch):
    monkeypatch.setattr(tui_store, "CACHE", tmp_path)
    written = []
    real_build = tui_store.build
    monkeypatch.setattr(tui_store, "build", lambda path, **sizes: written.append(path) or real_build(path, **sizes))
    first, _, wrote_first = tui_store.cached(2, 1200, 4)
    again, built, wrote_again = tui_store.cached(2, 1200, 4)
    assert (wrote_first, wrote_again, len(written)) == (True, False, 1)
    assert again == first and first.name == f"tui-2-1200-4-{tui_store.STORE_KEY}.db"
    assert built["articles"] == 2 and built["quotes"] == 4


def test_the_folder_of_the_kept_stores_is_chosen_by_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(tui_store.CACHE_ENV, str(tmp_path / "kept"))
    assert tui_store.cache_dir() == tmp_path / "kept"
    monkeypatch.delenv(tui_store.CACHE_ENV)
    assert tui_store.cache_dir().name == "newsx-bench-cache"
