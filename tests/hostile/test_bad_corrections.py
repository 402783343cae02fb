"""Corrections the user gets wrong, and corrections the store has moved on from.

Every refusal is one line and a non-zero exit, and leaves the store as it was.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsx.store import open_db
from newsx.store.db import corrections

from .procs import cli

TABLES = ("entities", "aliases", "mentions", "quotes", "selections", "corrections")


def state(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize(
    "args, message",
    [
        (["merge", "Mal", "Nuri al-Maliki"], "'Mal' could be any of: "),
        (["merge", "Zbigniew Brzezinski", "Nuri al-Maliki"], "no entity matches 'Zbigniew Brzezinski'"),
        (["merge", "Nuri al-Maliki", "Maliki"], "are already one entity"),
        (["merge", "#99999", "Iraq"], "no entity #99999 in the store"),
        (["split", "Zbigniew"], "no entity is named 'Zbigniew'"),
        (["split", "Iraq"], "Iraq is already an entity of its own"),
        (["rename", "Hawija", "  "], "the new name is empty"),
        (["role", "Hawija", "villain"], "the role must be one of actor, location, other, not 'villain'"),
        (["role", "Hawija", "location", "--lat", "95", "--lon", "10"], "is not on Earth"),
        (["role", "Hawija", "location", "--lat", "35"], "give both --lat and --lon, or neither"),
        (["role", "Kurds", "actor", "--lat", "35", "--lon", "44"], "only a location has coordinates"),
        (["not-entity", "\x1b[31mred"], "no entity is named"),
        (["speaker", "99999", "Iraq"], "no quote #99999"),
        (["not-quote", "99999"], "no quote #99999"),
        (["undo", "42"], "no correction #42"),
    ],
)
def test_bad_corrections_are_one_line_and_change_nothing(sample_db_path, args, message):
    before = state(sample_db_path)
    run = cli("correct", *args, "--db", sample_db_path)
    assert run.code != 0 and len(run.err_lines) == 1, run.err
    assert message in run.err and "Traceback" not in run.err
    assert "\x1b" not in run.err
    assert state(sample_db_path) == before


def test_a_correction_whose_entity_left_the_store(sample_db_path):
    """A rename of an entity merged away since: listed as no longer applying; undo still works."""
    db = open_db(sample_db_path)
    sadr = db.execute("SELECT id FROM entities WHERE name = 'Muqtada Sadr'").fetchone()[0]
    maliki = db.execute("SELECT id FROM entities WHERE name = 'Nuri al-Maliki'").fetchone()[0]
    renamed = corrections.rename(db, sadr, "Moqtada al-Sadr")
    corrections.merge(db, sadr, maliki)
    assert [c["holds"] for c in corrections.listing(db)] == [False, True]
    db.close()

    listed = cli("correct", "list", "--db", sample_db_path)
    assert listed.code == 0 and "rename Muqtada Sadr to Moqtada al-Sadr  (no longer applies)" in listed.out
    gone = cli("correct", "rename", f"#{sadr}", "Someone", "--db", sample_db_path)
    assert gone.code == 1 and f"no entity #{sadr} in the store" in gone.err
    undone = cli("correct", "undo", str(renamed["id"]), "--db", sample_db_path)
    assert undone.code == 0, undone.err
    # The merge still holds; the rename it outlived is gone without a trace of either name.
    conn = sqlite3.connect(sample_db_path)
    names = {r[0] for r in conn.execute("SELECT name FROM entities")}
    conn.close()
    assert "Nuri al-Maliki" in names and "Moqtada al-Sadr" not in names


def test_an_imported_correction_for_an_entity_not_stored_waits_for_it(sample_db_path, tmp_path):
    data = {
        "newsx_corrections": 1,
        "corrections": [{"kind": "rename", "target": {"key": "actor:nobody here", "name": "Nobody"},
                         "value": {"name": "Somebody"}, "created_at": "2026-01-01T00:00:00+00:00"}],
        "selections": [{"source": "elsewhere.txt", "paragraph_text": "Not in this store.", "start": 0, "end": 5,
                        "note": "x", "created_at": None}],
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data))
    run = cli("import-corrections", path, "--db", sample_db_path)
    assert run.code == 0 and "1 correction(s) and 0 selection(s) added, 0 already there, 1 not found" in run.err
    listed = cli("correct", "list", "--db", sample_db_path)
    assert "rename Nobody to Somebody  (no longer applies)" in listed.out


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00garbage", "not a corrections file (not UTF-8 text)"),
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "made by `newsx-tui export --corrections`"),
        (b'{"newsx_corrections": 1, "corrections": [{"kind": "merge", "target": {}, "value": {}}]}',
         "correction 1 in the file is not one newsx-tui knows"),
        (b'{"newsx_corrections": 1, "corrections": [{"kind": "role", "target": {"key": "k", "name": "n"},'
         b' "value": {"role": "villain"}}]}', "correction 1 in the file is not one newsx-tui knows"),
        (b'{"newsx_corrections": 1, "selections": [{"note": 3}]}', "selection 1 in the file lacks"),
        (b'{"newsx_corrections": 1, "corrections": {}}', "must be lists"),
    ],
)
def test_a_bad_corrections_file_is_refused_whole(sample_db_path, tmp_path, content, message):
    before = state(sample_db_path)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    run = cli("import-corrections", path, "--db", sample_db_path)
    assert run.code == 1 and len(run.err_lines) == 1 and message in run.err, run.err
    assert state(sample_db_path) == before
    missing = cli("import-corrections", tmp_path / "missing.json", "--db", sample_db_path)
    assert missing.code == 1 and len(missing.err_lines) == 1 and "No such file" in missing.err
