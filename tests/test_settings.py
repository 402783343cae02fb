"""Settings a reader expects to persist live in one small file; --db and $NEWSX_DB still win."""

from __future__ import annotations

import json

from newsx.tui import settings
from newsx.tui.settings import Settings

from .hostile.procs import cli


def test_the_file_is_in_the_platform_config_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSX_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings.config_path() == tmp_path / "xdg" / "newsx-tui" / "settings.json"


def test_saved_settings_come_back_and_a_missing_file_means_defaults(tmp_path):
    assert settings.load() == Settings()
    assert settings.update(theme="textual-light", scope="corpus") is None
    assert settings.update(export_dir=str(tmp_path), export_format="docx") is None
    assert settings.load() == Settings("textual-light", "corpus", str(tmp_path), "docx")
    assert json.loads((tmp_path / "settings.json").read_text())["export_format"] == "docx"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left


def test_a_mangled_file_costs_only_what_is_wrong(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert settings.load() == Settings()
    path.write_text(json.dumps({"theme": "hotdog", "scope": "corpus", "export_format": 3, "extra": 1}))
    assert settings.load() == Settings(scope="corpus")
    path.write_text("[1, 2]")
    assert settings.load() == Settings()


def test_an_unwritable_place_is_reported_not_raised(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("NEWSX_CONFIG", str(tmp_path / "a-file" / "settings.json"))
    reason = settings.update(theme="textual-light")
    assert reason and reason.startswith(f"settings not saved to {tmp_path / 'a-file' / 'settings.json'}")


def test_db_flag_then_env_then_settings_then_data_dir(sample_db_path, tmp_path, monkeypatch):
    settings.update(db=str(sample_db_path))
    monkeypatch.delenv("NEWSX_DB")
    assert settings.store_path(None) == sample_db_path
    names = [r["name"] for r in json.loads(cli("entities", "--json").out)]
    assert "Nuri al-Maliki" in names  # the store named in the settings file

    monkeypatch.setenv("NEWSX_DB", str(tmp_path / "env.db"))
    assert settings.store_path(None) == tmp_path / "env.db"
    assert json.loads(cli("entities", "--json").out) == []  # $NEWSX_DB wins: a new, empty store
    assert settings.store_path(tmp_path / "flag.db") == tmp_path / "flag.db"


def test_orders_and_reading_positions_keep_only_what_they_know(tmp_path):
    path = tmp_path / "settings.json"
    good = {"source": "https://example.org/a", "title": "A", "paragraph": 3, "text": "0123456789abcdef"}
    path.write_text(json.dumps({
        "actor_order": "name", "location_order": "alphabet", "article_order": "title", "other_order": 2,
        "positions": {"/s/one.db": good, "/s/two.db": {"source": 1, "paragraph": "3"}, "/s/three.db": "x"},
    }))
    saved = settings.load()
    assert (saved.actor_order, saved.location_order, saved.other_order, saved.article_order) == (
        "name", "mentions", "mentions", "title")
    assert saved.positions == {"/s/one.db": good}
    path.write_text(json.dumps({"positions": [1, 2]}))
    assert settings.load().positions == {}


def test_a_reading_position_per_store_the_oldest_forgotten_first(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_POSITIONS", 3)
    for n in range(5):
        where = {"source": f"s{n}", "title": None, "paragraph": n, "text": None}
        assert settings.remember_position(tmp_path / f"{n}.db", where) is None
    settings.remember_position(tmp_path / "2.db", {"source": "again", "title": None, "paragraph": 0, "text": None})
    positions = settings.load().positions
    assert list(positions) == [str(tmp_path / f"{n}.db") for n in (3, 4, 2)]
    assert positions[settings.store_key(tmp_path / "x" / ".." / "2.db")]["source"] == "again"
