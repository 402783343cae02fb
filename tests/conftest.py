from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsx.store import open_db
from newsx.store.ingest import ingest, sample_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_c64e2e31bf1a696b.txt"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store holding the sample article, built once per test run (copy it before writing)."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_db(path)
    results = ingest(db, [str(SAMPLE)])
    assert [r.status for r in results] == ["ingested"]
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def sample_db_path(sample_store, tmp_path) -> Path:
    """A private, writable copy of the sample store."""
    copy = tmp_path / "store.db"
    shutil.copy(sample_store, copy)
    return copy


@pytest.fixture
def sample_db(sample_db_path):
    db = open_db(sample_db_path)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _isolated_default_store(tmp_path, monkeypatch):
    """No test touches the user's real store or settings."""
    monkeypatch.setenv("NEWSX_DB", str(tmp_path / "default.db"))
    monkeypatch.setenv("NEWSX_CONFIG", str(tmp_path / "settings.json"))


def pytest_configure(config):
    assert sample_paths(), "the sample article must be bundled in seeds/"
