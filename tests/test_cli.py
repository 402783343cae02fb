import json

import pytest
from typer.testing import CliRunner

from newsx.tui.cli import app

from .conftest import SAMPLE

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_entities_json_lists_actors_and_locations(sample_db_path):
    result = run("entities", "--json", "--db", sample_db_path)
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    by_name = {r["name"]: r for r in rows}
    assert by_name["Nuri al-Maliki"]["role"] == "actor"
    assert "Maliki" in by_name["Nuri al-Maliki"]["aliases"]
    assert by_name["Baghdad"]["role"] == "location"
    assert set(rows[0]) >= {"id", "name", "type", "role", "lat", "lon", "aliases", "mentions"}


def test_entities_role_filter(sample_db_path):
    rows = json.loads(run("entities", "--role", "location", "--json", "--db", sample_db_path).stdout)
    assert rows and {r["role"] for r in rows} == {"location"}
    bad = run("entities", "--role", "villain", "--db", sample_db_path)
    assert bad.exit_code == 2 and "'villain' is not one of" in bad.stderr


def test_export_query_markdown_cites_the_baiji_paragraphs(sample_db_path):
    result = run("export", "--query", "refinery", "--format", "md", "--db", sample_db_path)
    assert result.exit_code == 0
    out = result.stdout
    assert "> Iraq's largest refinery, Baiji" in out
    assert "\u2014 \u201cIraq Militants Seize Border Post In Drive To Create Islamic Caliphate\u201d, Reuters, 2014-06-21, \u00b6" in out


def test_export_to_file_refuses_to_overwrite(sample_db_path, tmp_path):
    out = tmp_path / "out.csv"
    assert run("export", "--query", "refinery", "-f", "csv", "-o", out, "--db", sample_db_path).exit_code == 0
    first = out.read_text(encoding="utf-8-sig")
    assert first.startswith("article_id,title")
    again = run("export", "--query", "Mosul", "-f", "csv", "-o", out, "--db", sample_db_path)
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert out.read_text(encoding="utf-8-sig") == first
    assert run("export", "--query", "Mosul", "-f", "csv", "-o", out, "--force", "--db", sample_db_path).exit_code == 0
    assert out.read_text(encoding="utf-8-sig") != first


def test_search_finds_entities_fuzzily_and_paragraphs(sample_db_path):
    data = json.loads(run("search", "malik", "--json", "--db", sample_db_path).stdout)
    assert data["entities"][0]["name"] == "Nuri al-Maliki"
    data = json.loads(run("search", "Baghdad", "--json", "--db", sample_db_path).stdout)
    assert any("Sadr City" in p["text"] for p in data["paragraphs"])


def test_quotes_by_speaker(sample_db_path):
    rows = json.loads(run("quotes", "--speaker", "moussawi", "--json", "--db", sample_db_path).stdout)
    assert len(rows) == 1 and rows[0]["text"].startswith("Last night")


@pytest.mark.parametrize("query", ["AND (", "NEAR(", "refinery*", "col:refinery"])
def test_fts_syntax_never_reaches_sqlite(sample_db_path, query):
    result = run("search", query, "--db", sample_db_path)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("query", ['"', "*", "...", "-", "  "])
def test_a_query_of_no_words_is_refused_with_a_reason(sample_db_path, query):
    result = run("search", query, "--db", sample_db_path)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "newsx-tui: nothing to search for: the query has no words\n"


def test_quotes_by_speaker_say_which_article_and_a_stranger_is_exit_1(sample_db_path):
    result = run("quotes", "--speaker", "moussawi", "--db", sample_db_path)
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    quote_id, rest = line.split("  ", 1)
    assert quote_id.startswith("#")  # the id `correct speaker` takes
    assert rest.startswith("Iraq Militants Seize Border Post In Drive To Create Islamic Caliphate \u00b6")
    assert "Moussawi" in line and "Last night" in line
    nobody = run("quotes", "--speaker", "Zebediah Quxworth", "--db", sample_db_path)
    assert nobody.exit_code == 1 and nobody.stdout == ""
    assert nobody.stderr == "newsx-tui: no quotes by a speaker matching 'Zebediah Quxworth'\n"


def test_ingest_then_reingest_says_unchanged(tmp_path):
    db = tmp_path / "s.db"
    first = run("ingest", SAMPLE, "--db", db)
    assert first.exit_code == 0 and "1 ingested" in first.stderr
    second = run("ingest", SAMPLE, "--db", db)
    assert second.exit_code == 0 and "unchanged" in second.stderr


def _file(folder, name, data):
    (folder / name).write_bytes(data)
    return folder / name


def _dir(folder, name):
    (folder / name).mkdir()
    return folder / name


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file or directory"),
        (lambda p: _dir(p, "empty"), "no articles in this folder"),
        (lambda p: _file(p, "e.txt", b""), "the file is empty"),
        (lambda p: _file(p, "b.txt", bytes(range(256)) * 50), "binary"),
        (lambda p: _file(p, "c.txt", bytes(range(1, 32)) * 300), "binary"),
    ],
)
def test_bad_input_is_one_line_and_nothing_changes(sample_db_path, tmp_path, make, message):
    result = run("ingest", make(tmp_path), "--db", sample_db_path)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert any(message in line for line in lines), result.stderr
    assert "Traceback" not in result.output
    from newsx.store import open_db

    assert open_db(sample_db_path).execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_unwritable_db_is_one_line(tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        result = run("ingest", SAMPLE, "--db", target / "sub" / "s.db")
    finally:
        target.chmod(0o700)
    # root ignores permissions; then the ingest simply succeeds
    assert result.exit_code == 0 or ("cannot" in result.stderr and len(result.stderr.strip().splitlines()) == 1)


def test_export_selection_cites_a_part_of_a_paragraph_as_an_excerpt(sample_db_path):
    from newsx.store import open_db
    from newsx.store.db.queries import toggle_selection, toggle_span

    db = open_db(sample_db_path)
    whole, part = [r[0] for r in db.execute(
        "SELECT id FROM paragraphs WHERE text LIKE 'Iraq''s largest refinery%' OR text LIKE 'The fighting, with strong%'"
        " ORDER BY seq"
    )]
    toggle_selection(db, whole)
    toggle_span(db, part, 0, 4)
    db.close()
    out = run("export", "--selection", "--db", sample_db_path).stdout
    assert "> The fighting, with strong sectarian overtones" in out
    assert "> Iraq\n" in out
    citations = [line for line in out.splitlines() if line.startswith("> \u2014")]
    assert citations[0].endswith("\u00b624") and citations[1].endswith("\u00b625 (excerpt)")


def test_a_prefix_is_only_for_the_word_still_being_typed():
    from newsx.store.db.search import fts_query

    assert fts_query("air pollu", prefix=True) == '"air" "pollu"*'
    assert fts_query("air pollu") == '"air" "pollu"'  # the CLI searches whole words
    assert fts_query("air pollu ", prefix=True) == '"air" "pollu"'  # a space: the word is finished
    assert fts_query("air po", prefix=True) == '"air" "po"'  # two letters would match half the store
    assert fts_query('pollu"*', prefix=True) == '"pollu"*'  # FTS syntax typed is still dropped
