"""The ingest report: a line per article with its counts and warnings, in the summary and as JSON."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsx.store import open_db
from newsx.store.read import prepare
from newsx.store.read.doubts import find_doubts
from newsx.tui.cli import app

from .conftest import SAMPLE

HERE = Path(__file__).parent
PAGES = HERE / "pages"
runner = CliRunner()

PORT = "Port Strike Halts Shipping Along the Coast"
CUT_STORY = (
    "Council Delays Vote on Harbour Plan\n\n"
    "PORTSMOUTH (Reuters) - The city council delayed a vote on the harbour plan on Monday, officials said.\n\n"
    "Councillor Jane Ames said the plan would be put to residents before the council met again in the spring and\n"
)


def ingest(*args, stdin=None):
    return runner.invoke(app, ["ingest", *map(str, args)], input=stdin, catch_exceptions=False)


def test_a_line_per_article_with_counts_then_the_summary(tmp_path):
    result = ingest(PAGES / "harbor_wire.html", SAMPLE, "--db", tmp_path / "s.db")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "2 ingested"
    port = next(line for line in lines if PORT in line)
    db = open_db(tmp_path / "s.db")
    article = db.execute("SELECT id FROM articles WHERE title = ?", [PORT]).fetchone()[0]
    paragraphs = db.execute("SELECT count(*) FROM paragraphs WHERE article_id = ?", [article]).fetchone()[0]
    quotes = db.execute("SELECT count(*) FROM quotes WHERE article_id = ?", [article]).fetchone()[0]
    entities = db.execute("SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = ?", [article]).fetchone()[0]
    assert port.startswith("ingested  ")
    assert f"({paragraphs} paragraphs, {entities} entities, {quotes} quotes, en)" in port
    assert port.endswith("https://harborledger.example/news/2024/03/05/port-strike")
    assert not any("warning" in line for line in lines)
    again = ingest(PAGES / "harbor_wire.html", "--db", tmp_path / "s.db")
    assert again.stderr.strip().splitlines()[0].startswith(f"unchanged  {PORT}  ")


def test_a_cut_paragraph_and_an_index_page_are_warned_about(tmp_path):
    cut = tmp_path / "cut.txt"
    cut.write_text(CUT_STORY, encoding="utf-8")
    result = ingest(cut, PAGES / "section_teasers.html", "--db", tmp_path / "s.db")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    at = next(i for i, line in enumerate(lines) if "Council Delays Vote" in line)
    assert lines[at + 1].startswith("  warning: paragraph 3 looks cut short (ends mid-sentence:")
    at = next(i for i, line in enumerate(lines) if line.startswith("ingested  World  "))
    assert lines[at + 1] == "  warning: looks like an index or section page, not one article"


def test_json_report_on_stdout_and_stdin_named_by_title_and_source(tmp_path):
    result = ingest(
        "-", "--title", "Harbour vote delayed", "--source", "https://ledger.example/harbour",
        "--json", "--db", tmp_path / "s.db", stdin=CUT_STORY.encode(),
    )
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["status"] == "ingested" and row["title"] == "Harbour vote delayed"
    assert row["source"] == "https://ledger.example/harbour"
    assert row["paragraphs"] == 3 and len(row["warnings"]) == 1 and "paragraph 3 looks cut short" in row["warnings"][0]
    assert {"entities", "quotes", "language"} <= set(row)
    stored = open_db(tmp_path / "s.db").execute("SELECT title, source FROM articles").fetchone()
    assert tuple(stored) == ("Harbour vote delayed", "https://ledger.example/harbour")


def test_jsonl_lines_carry_the_report(tmp_path):
    result = ingest(PAGES / "section_teasers.html", "--jsonl", "--db", tmp_path / "s.db")
    row = json.loads(result.stdout.splitlines()[0])
    assert row["title"] == "World" and row["warnings"] == ["looks like an index or section page, not one article"]


def test_title_and_source_only_name_stdin(tmp_path):
    result = ingest(SAMPLE, "--title", "Mine", "--db", tmp_path / "s.db")
    assert result.exit_code == 1
    assert result.stderr.strip() == "newsx-tui: --title and --source name text read from stdin; give '-' as a path"
    assert not (tmp_path / "s.db").exists() or open_db(tmp_path / "s.db").execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_an_index_page_is_doubted_and_a_story_is_not():
    teasers = prepare((PAGES / "section_teasers.html").read_bytes(), "x").anatomy
    assert find_doubts(teasers) == ["looks like an index or section page, not one article"]
    story = prepare(CUT_STORY.replace(" and\n", ".\n").encode(), "x").anatomy
    assert find_doubts(story) == [] and story.warnings == []


@pytest.mark.parametrize(
    "path",
    [*sorted((HERE / "articles").glob("*.txt")), PAGES / "harbor_wire.html", PAGES / "broadcaster_world.html",
     PAGES / "wire_markets.html", SAMPLE],
    ids=lambda p: p.name,
)
def test_real_articles_raise_no_warnings(path):
    assert prepare(path.read_bytes(), str(path)).anatomy.warnings == []
