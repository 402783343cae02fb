"""Item 9: a file that is not a newsx store, given as --db: one clear line, and the file is untouched."""

from __future__ import annotations

import sqlite3

import pytest

from .procs import cli

STORY = b"Talks Resume\n\nPARIS (AFP) - Talks resumed in Paris on Monday, officials said.\n"


def not_sqlite(path, sample):
    path.write_text("shopping list: eggs, milk\n")


def png(path, sample):
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def truncated_half(path, sample):
    path.write_bytes(sample.read_bytes()[: sample.stat().st_size // 2])


def truncated_header(path, sample):
    path.write_bytes(sample.read_bytes()[:60])


def other_apps_database(path, sample):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org', 'Example')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "make, reason",
    [
        (not_sqlite, "not an SQLite database"),
        (png, "not an SQLite database"),
        (truncated_half, "damaged"),
        (truncated_header, "damaged"),
        (other_apps_database, "not a newsx store"),
    ],
)
def test_bad_store_is_one_line_and_left_alone(sample_store, tmp_path, make, reason):
    path = tmp_path / "store.db"
    make(path, sample_store)
    original = path.read_bytes()
    for args in (["entities"], ["ingest", "-"]):
        run = cli(*args, "--db", path, stdin=STORY)
        assert run.code == 1, run.err
        assert len(run.err_lines) == 1 and run.err.startswith("newsx-tui: ") and reason in run.err, run.err
        assert "Traceback" not in run.err
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]
