"""`newsx-tui correct …`, `export --corrections` and `import-corrections`, every subcommand."""

import json

from typer.testing import CliRunner

from newsx.store import open_db
from newsx.tui.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def entities(db) -> dict:
    return {e["name"]: e for e in json.loads(run("entities", "--json", "--db", db).stdout)}


def quotes(db) -> list[dict]:
    return json.loads(run("quotes", "--json", "--db", db).stdout)


def quote(db, start: str) -> dict:
    return next(q for q in quotes(db) if q["text"].startswith(start))


def test_split_then_merge_then_undo(sample_db_path):
    db = sample_db_path
    out = run("correct", "split", "Maliki", "--db", db)
    assert out.exit_code == 0 and out.stdout == "#1 split Maliki into its own entity\n"
    assert entities(db)["Maliki"]["mentions"] == 1 and entities(db)["Nuri al-Maliki"]["aliases"] == ["Nuri al-Maliki"]
    out = run("correct", "merge", "Maliki", "Nuri al-Maliki", "--db", db)
    assert out.exit_code == 0 and out.stdout == "#2 merge Maliki into Nuri al-Maliki\n"
    assert "Maliki" not in entities(db) and entities(db)["Nuri al-Maliki"]["mentions"] == 2
    out = run("correct", "undo", "--db", db)
    assert out.exit_code == 0 and out.stdout == "undid #2 merge Maliki into Nuri al-Maliki\n"
    assert entities(db)["Maliki"]["mentions"] == 1


def test_split_onto_another_entity(sample_db_path):
    out = run("correct", "split", "Sadr", "--onto", "Nuri al-Maliki", "--db", sample_db_path)
    assert out.exit_code == 0 and out.stdout == "#1 split Sadr onto Nuri al-Maliki\n"
    assert "Sadr" in entities(sample_db_path)["Nuri al-Maliki"]["aliases"]


def test_rename(sample_db_path):
    out = run("correct", "rename", "Muqtada Sadr", "Moqtada al-Sadr", "--db", sample_db_path)
    assert out.exit_code == 0 and out.stdout == "#1 rename Muqtada Sadr to Moqtada al-Sadr\n"
    assert "Moqtada al-Sadr" in entities(sample_db_path) and "Muqtada Sadr" not in entities(sample_db_path)


def test_role_with_coordinates(sample_db_path):
    out = run("correct", "role", "Hawija", "location", "--lat", "35.33", "--lon", "43.77", "--db", sample_db_path)
    assert out.exit_code == 0 and out.stdout == "#1 Hawija is a location at 35.33, 43.77\n"
    hawija = entities(sample_db_path)["Hawija"]
    assert (hawija["lat"], hawija["lon"]) == (35.33, 43.77)
    assert run("correct", "role", "Kurds", "other", "--db", sample_db_path).exit_code == 0
    assert entities(sample_db_path)["Kurds"]["role"] == "other"
    located = json.loads(run("entities", "--role", "other", "--json", "--db", sample_db_path).stdout)
    assert "Kurds" in {e["name"] for e in located}


def test_not_entity(sample_db_path):
    out = run("correct", "not-entity", "Islamic", "--db", sample_db_path)
    assert out.exit_code == 0 and out.stdout == "#1 Islamic is not an entity\n"
    assert "Islamic" not in entities(sample_db_path)


def test_speaker_and_not_quote(sample_db_path):
    db = sample_db_path
    brigades = quote(db, "These brigades")
    out = run("correct", "speaker", brigades["id"], "Muqtada Sadr", "--db", db)
    assert out.exit_code == 0 and "was said by Muqtada Sadr" in out.stdout
    assert quote(db, "These brigades")["speaker_entity"] == "Muqtada Sadr"
    falling = quote(db, "Hawija is falling apart")
    out = run("correct", "not-quote", falling["id"], "--db", db)
    assert out.exit_code == 0 and out.stdout.endswith("is not a quote\n")
    assert not any(q["text"].startswith("Hawija is falling apart") for q in quotes(db))


def test_quotes_lists_the_ids_correct_takes(sample_db_path):
    brigades = quote(sample_db_path, "These brigades")
    lines = run("quotes", "--db", sample_db_path).stdout.splitlines()
    assert any(line.startswith(f"#{brigades['id']}  ") and " ¶" in line and "These brigades" in line for line in lines)


def test_list_text_and_json(sample_db_path):
    db = sample_db_path
    run("correct", "split", "Maliki", "--db", db)
    run("correct", "not-entity", "AP", "--db", db)
    lines = run("correct", "list", "--db", db).stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("#1  ") and lines[1].endswith("AP is not an entity")
    rows = json.loads(run("correct", "list", "--json", "--db", db).stdout)
    assert [r["kind"] for r in rows] == ["split", "not-entity"]
    assert set(rows[0]) >= {"id", "kind", "created_at", "target", "value", "description", "holds"}
    assert rows[1]["target"] == {"alias": "AP"}


def test_undo_by_id_and_nothing_left(sample_db_path):
    db = sample_db_path
    run("correct", "split", "Maliki", "--db", db)
    run("correct", "not-entity", "AP", "--db", db)
    assert run("correct", "undo", "1", "--db", db).stdout == "undid #1 split Maliki into its own entity\n"
    assert "Maliki" not in entities(db) and "AP" not in entities(db)
    assert run("correct", "undo", "--db", db).exit_code == 0
    assert "AP" in entities(db)
    empty = run("correct", "undo", "--db", db)
    assert empty.exit_code == 1 and empty.stderr == "newsx-tui: no correction to undo\n"


def test_db_before_the_command_reaches_the_subcommand(sample_db_path):
    assert run("--db", sample_db_path, "correct", "not-entity", "AP").exit_code == 0
    assert "AP" not in entities(sample_db_path)
    assert run("correct", "--db", sample_db_path, "undo").exit_code == 0
    assert "AP" in entities(sample_db_path)


def test_export_corrections_then_import_into_another_store(sample_db_path, sample_store, tmp_path):
    import shutil

    db = sample_db_path
    run("correct", "split", "Maliki", "--db", db)
    store = open_db(db)
    from newsx.store.db import queries

    paragraph = store.execute("SELECT id FROM paragraphs WHERE text LIKE 'Hawija could be%'").fetchone()[0]
    queries.toggle_selection(store, paragraph)
    queries.set_note(store, queries.paragraph_selections(store, paragraph)[0]["id"], "the spark")
    store.close()
    exported = run("export", "--corrections", "--db", db)
    assert exported.exit_code == 0
    data = json.loads(exported.stdout)
    assert data["newsx_corrections"] == 1 and data["corrections"][0]["kind"] == "split"
    assert data["selections"][0]["note"] == "the spark" and data["selections"][0]["paragraph"] > 0
    path = tmp_path / "mine.json"
    assert run("export", "--corrections", "-o", path, "--db", db).exit_code == 0
    assert json.loads(path.read_text()) == data
    again = run("export", "--corrections", "-o", path, "--db", db)
    assert again.exit_code == 1 and "already exists" in again.stderr

    other = tmp_path / "other.db"
    shutil.copy(sample_store, other)
    out = run("import-corrections", path, "--db", other)
    assert out.exit_code == 0, out.stderr
    assert out.stderr == "1 correction(s) and 1 selection(s) added, 0 already there, 0 not found\n"
    assert entities(other)["Maliki"]["mentions"] == 1
    assert json.loads(run("export", "--corrections", "--db", other).stdout)["selections"] == data["selections"]
    from_stdin = run("import-corrections", "-", "--db", other, input=path.read_text())
    assert from_stdin.stderr == "0 correction(s) and 0 selection(s) added, 2 already there, 0 not found\n"


def test_export_corrections_is_one_of_the_export_choices(sample_db_path):
    both = run("export", "--corrections", "--selection", "--db", sample_db_path)
    assert both.exit_code == 2 and "exactly one of" in both.stderr  # a usage error
