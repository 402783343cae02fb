"""Item 2: terminal escapes in article text and in entity names never reach the terminal.

Two routes in: an article full of escapes (cleaned when read), and a store
written by another tool that holds them anyway (cleaned when printed).
Every text command is run as a real process; --json stays valid JSON and
keeps the data, with the dangerous characters written as \\u escapes.
"""

from __future__ import annotations

import json
import sqlite3

from .procs import UNSAFE, cli

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m\x07\x08\x08\x00\x9b6n\u202e\x1b]8;;file:///etc/passwd\x1b\\"
# Arguments and file names cannot hold NUL or (names) a slash.
IN_NAMES = ESCAPES.replace("\x00", "").replace("/", "")


def assert_safe(run, *, exit_code=0):
    assert run.code == exit_code, run.err
    for stream in (run.out, run.err):
        found = UNSAFE.search(stream)
        assert found is None, f"{found.group()!r} at {found.start()} in {stream[max(0, found.start() - 40):found.start() + 40]!r}"


def test_escapes_in_an_article_are_stripped_when_read(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        f"Mayor\x1b[1m Resigns{ESCAPES}\n\n"
        f"LYON (AFP) - The mayor of Lyon, Claire\x07 Martin,{ESCAPES} resigned on Friday, her office said.\n\n"
        f"\u201cI leave with\x00 pride,\u201d Martin\u202e told\x08 reporters.\n\n"
        "Her deputy, Paul Girard, will act as mayor until an election is held next spring.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    ingest = cli("ingest", story, "--db", db)
    assert_safe(ingest)
    assert "1 ingested" in ingest.err

    stored = sqlite3.connect(db).execute("SELECT group_concat(text, '\n') FROM paragraphs").fetchone()[0]
    assert UNSAFE.search(stored) is None
    assert "The mayor of Lyon, Claire Martin," in stored
    assert "I leave with pride" in stored

    names = [e["name"] for e in json.loads(cli("entities", "--json", "--db", db).out)]
    assert "Claire Martin" in names
    for args in (["entities"], ["quotes"], ["search", "Martin"], ["export", "--entity", "Martin"]):
        assert_safe(cli(*args, "--db", db))


def poison(db_path):
    """Write escapes into every text field the CLI prints, as another tool could."""
    conn = sqlite3.connect(db_path)
    with conn:
        entity_id, name = conn.execute(
            "SELECT e.id, e.name FROM entities e JOIN mentions m ON m.entity_id = e.id"
            " WHERE e.role = 'actor' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        hostile = f"{name}{ESCAPES}"
        conn.execute("UPDATE entities SET name = ?, type = type || ? WHERE id = ?", [hostile, ESCAPES, entity_id])
        conn.execute("INSERT INTO aliases (entity_id, alias) VALUES (?, ?)", [entity_id, f"Al\u202eias{ESCAPES}"])
        conn.execute("UPDATE articles SET title = title || ?, agency = agency || ?, source = source || ?",
                     [ESCAPES, ESCAPES, ESCAPES])
        conn.execute("UPDATE quotes SET cue = cue || ?, speaker = speaker || ?, text = text || ?",
                     [ESCAPES, ESCAPES, ESCAPES])
        conn.execute("UPDATE paragraphs SET text = text || ?", [ESCAPES])
        para = conn.execute("SELECT id FROM paragraphs WHERE kind = 'body' LIMIT 1").fetchone()[0]
        conn.execute(
            'INSERT INTO selections (paragraph_id, start, "end", note, created_at) VALUES (?, 0, NULL, ?, ?)',
            [para, f"check{ESCAPES}", "2024-01-01T00:00:00+00:00"],
        )
    conn.close()
    return hostile


def test_escapes_in_a_store_written_by_another_tool_never_reach_the_terminal(sample_db_path, tmp_path):
    hostile = poison(sample_db_path)
    name = hostile[: hostile.index("\x1b")]
    db = ["--db", sample_db_path]

    for args in (
        ["entities"], ["entities", "--role", "actor"], ["quotes"], ["search", name], ["search", "baghdad"],
        ["export", "--selection"], ["export", "--selection", "-f", "csv"], ["export", "--query", "baghdad"],
        ["export", "--entity", name, "-f", "csv"],
    ):
        assert_safe(cli(*args, *db))

    entities = cli("entities", "--json", *db)
    assert_safe(entities)
    rows = json.loads(entities.out)
    # Valid JSON that loses nothing: the name comes back exactly as stored.
    assert hostile in [r["name"] for r in rows]
    for args in (["quotes", "--json"], ["search", name, "--json"], ["export", "--selection", "-f", "json"]):
        run = cli(*args, *db)
        assert_safe(run)
        json.loads(run.out)

    written = tmp_path / "passages.md"
    assert_safe(cli("export", "--selection", "-o", written, *db))
    assert UNSAFE.search(written.read_text("utf-8")) is None


def test_escapes_in_arguments_and_file_names_stay_out_of_messages(sample_db_path, tmp_path):
    weird = tmp_path / f"story{IN_NAMES}.txt"
    weird.write_text("", encoding="utf-8")
    assert_safe(cli("ingest", weird, "--db", sample_db_path), exit_code=1)
    # A role outside the choices is a usage error (exit status 2); its echo must still be safe.
    assert_safe(cli("entities", "--role", IN_NAMES, "--db", sample_db_path), exit_code=2)
    assert_safe(cli("export", "--query", "x", "--format", IN_NAMES, "--db", sample_db_path), exit_code=2)
    out = tmp_path / f"out{IN_NAMES}.md"
    assert_safe(cli("export", "--query", "baghdad", "-o", out, "--db", sample_db_path))
