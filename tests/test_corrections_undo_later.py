"""Undoing a correction after articles were written since: it succeeds and leaves the store as if the
correction had never been made (what it changed and what the later articles gave it), or it is refused with
one line and changes nothing. Nothing stored is lost.

The fault class: undo names rows by id, yet rows written since may point at a row undo deletes (the entity a
split made: "FOREIGN KEY constraint failed"), and SQLite gives a deleted row's id to the next row written, so
a merged-away entity or a deleted mention's id may be another row's by the time undo puts it back.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsx.store import open_db
from newsx.store.db import corrections as c
from newsx.tui.cli import app

from .conftest import ROOT, SAMPLE
from .test_corpus_counts import kept_and_derived
from .tui.synthetic import Article, Entity, write_article

OTHER = ROOT / "tests" / "articles" / "reuters_baghdad_maliki.txt"
CONTRACT = ("articles", "paragraphs", "entities", "aliases", "mentions", "quotes", "selections")
MALIKI = Entity("Nuri al-Maliki", "actor", aliases=("Maliki",))
ROE, DOE = Entity("Jane Roe", "actor"), Entity("John Doe", "actor")


def story(title: str, text: str, *entities: Entity) -> Article:
    return Article(title, [("title", title), ("body", text)], list(entities))


def who(db) -> set[tuple]:
    """Each mention as (article title, place, text, its entity's key): the store as a reader sees it, ids aside."""
    return set(db.execute(
        "SELECT a.title, m.paragraph_id - (SELECT min(id) FROM paragraphs WHERE article_id = a.id), m.start, m.text, e.key"
        " FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id"
    ).fetchall())


def aliases(db) -> set[tuple]:
    return set(db.execute("SELECT e.key, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id").fetchall())


def table_rows(db) -> dict:
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in (*CONTRACT, "corrections")}


def consistent(db) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    kept, derived = kept_and_derived(db)
    assert kept == derived


def test_undo_of_a_split_after_a_later_article_names_it(tmp_path):
    """The session-12 failure: ingest A, split, ingest B naming the split-off name, undo."""
    db = open_db(tmp_path / "s.db")
    write_article(db, story("A", "Nuri al-Maliki spoke. Maliki left.", MALIKI))
    never = open_db(tmp_path / "never.db")  # the same articles, no correction
    write_article(never, story("A", "Nuri al-Maliki spoke. Maliki left.", MALIKI))
    c.split(db, "Maliki")
    for store in (db, never):
        write_article(store, story("B", "Nuri al-Maliki came. Maliki went.", MALIKI))
    assert {k for *_, k in who(db)} == {"actor:Nuri al-Maliki", "split:actor:maliki"}
    c.undo(db)
    assert who(db) == who(never) and aliases(db) == aliases(never)
    assert c.listing(db) == []
    consistent(db)


def test_undo_of_a_split_refused_when_it_took_the_name_from_two(tmp_path):
    """Two entities held the name: where the later article's mentions would be is not known; refused, no change."""
    db = open_db(tmp_path / "s.db")
    john, jane = Entity("John Smith", "actor", aliases=("Smith",)), Entity("Jane Smith", "actor", aliases=("Smith",))
    write_article(db, story("A", "John Smith and Jane Smith met. Smith spoke.", john, jane))
    made = c.split(db, "Smith")
    write_article(db, story("B", "Jane Smith came. Smith went.", jane))
    before = table_rows(db)
    with pytest.raises(c.CorrectionError) as refused:
        c.undo(db, made["id"])
    assert str(refused.value).startswith(f"cannot undo #{made['id']}: articles written since name Smith 1 time(s)")
    assert "Jane Smith, John Smith" in str(refused.value) and "nothing was changed" in str(refused.value)
    assert table_rows(db) == before
    # giving them to one first, as the message says, lets it go
    c.split(db, "Smith", db.execute("SELECT id FROM entities WHERE name = 'Jane Smith'").fetchone()[0])
    c.undo(db, made["id"])
    consistent(db)
    assert [x["description"] for x in c.listing(db)] == ["split Smith onto Jane Smith"]
    assert {k for *_, text, k in who(db) if text == "Smith"} == {"actor:Jane Smith"}


def test_undo_of_a_merge_whose_entity_id_a_later_article_took(tmp_path):
    """SQLite gives the merged-away entity's id to the next new entity: undo must not give that one its mentions."""
    db = open_db(tmp_path / "s.db")
    write_article(db, story("A", "Jane Roe met John Doe.", ROE, DOE))
    before = who(db)
    doe = db.execute("SELECT id FROM entities WHERE name = 'John Doe'").fetchone()[0]
    c.merge(db, doe, db.execute("SELECT id FROM entities WHERE name = 'Jane Roe'").fetchone()[0])
    write_article(db, story("B", "Nuri al-Maliki spoke.", MALIKI))
    assert db.execute("SELECT name FROM entities WHERE id = ?", [doe]).fetchone() == ("Nuri al-Maliki",)
    c.undo(db)
    assert who(db) == before | {("B", 1, 0, "Nuri al-Maliki", "actor:Nuri al-Maliki")}
    assert ("actor:John Doe", "John Doe") in aliases(db) and ("actor:Nuri al-Maliki", "John Doe") not in aliases(db)
    consistent(db)


def test_undo_of_a_not_entity_whose_mention_ids_a_later_article_took(tmp_path):
    """The deleted mentions' ids went to the next article's mentions: they come back under new ids, none lost."""
    db = open_db(tmp_path / "s.db")
    write_article(db, story("A", "Jane Roe met John Doe.", ROE, DOE))
    before = who(db)
    c.not_entity(db, "John Doe")
    write_article(db, story("B", "Nuri al-Maliki spoke. Maliki left.", MALIKI))
    later = who(db) - before
    c.undo(db)
    assert who(db) == before | later
    consistent(db)


def test_undo_of_a_not_quote_whose_id_a_later_article_took(tmp_path):
    from .tui.synthetic import Quote

    db = open_db(tmp_path / "s.db")
    said = "We will win."
    a = Article("A", [("title", "A"), ("body", f'"{said}" Jane Roe said.')], [ROE], [Quote(1, "Jane Roe", said)])
    write_article(db, a)
    quote = db.execute("SELECT id FROM quotes").fetchone()[0]
    c.not_quote(db, quote)
    b = Article("B", [("title", "B"), ("body", '"We lost." John Doe said.')], [DOE], [Quote(1, "John Doe", "We lost.")])
    write_article(db, b)
    assert db.execute("SELECT text FROM quotes WHERE id = ?", [quote]).fetchone() == ("We lost.",)
    c.undo(db)
    assert sorted(r[0] for r in db.execute("SELECT text FROM quotes")) == ["We lost.", said]
    consistent(db)


def test_undo_of_a_split_after_a_later_merge_took_its_entity_away(tmp_path):
    """The split gives its mentions back to an entity a later merge deleted: it comes back for the merge to take
    again, and undoing the merge too leaves the store as it was."""
    db = open_db(tmp_path / "s.db")
    write_article(db, story("A", "Nuri al-Maliki met Jane Roe. Maliki left.", MALIKI, ROE))
    before, before_aliases = who(db), aliases(db)
    split = c.split(db, "Maliki")
    ids = dict(db.execute("SELECT name, id FROM entities").fetchall())
    c.merge(db, ids["Nuri al-Maliki"], ids["Jane Roe"])  # wrong, but a reader's to make
    c.undo(db, split["id"])
    assert {k for *_, k in who(db)} == {"actor:Jane Roe"}
    consistent(db)
    c.undo(db)
    assert who(db) == before and aliases(db) == before_aliases
    consistent(db)


def test_undo_of_a_split_after_its_article_was_replaced(tmp_path):
    """A new version of the article reuses the old rows' ids: undo leaves the new version's other mentions be."""
    db = open_db(tmp_path / "s.db")
    write_article(db, story("A", "Nuri al-Maliki spoke. Maliki left.", MALIKI))
    c.split(db, "Maliki")
    write_article(db, story("A", "Jane Roe came. Nuri al-Maliki spoke. Maliki left.", MALIKI, ROE))
    c.undo(db)
    assert {(text, key) for *_, text, key in who(db)} == {
        ("Jane Roe", "actor:Jane Roe"), ("Nuri al-Maliki", "actor:Nuri al-Maliki"), ("Maliki", "actor:Nuri al-Maliki")
    }
    consistent(db)


@pytest.mark.parametrize("kind", ["split", "split onto", "merge", "rename", "role", "not-entity"])
def test_every_entity_correction_undone_after_a_later_article(tmp_path, kind):
    """Each correction, a later article it applies to, undo: consistent, and what neither touched is as it was."""
    sadr = Entity("Muqtada Sadr", "actor", aliases=("Sadr",))
    db, never = open_db(tmp_path / "s.db"), open_db(tmp_path / "never.db")
    for store in (db, never):
        write_article(store, story("A", "Nuri al-Maliki met Muqtada Sadr. Maliki and Sadr left.", MALIKI, sadr))
    ids = dict(db.execute("SELECT name, id FROM entities").fetchall())
    {
        "split": lambda: c.split(db, "Maliki"),
        "split onto": lambda: c.split(db, "Sadr", ids["Nuri al-Maliki"]),
        "merge": lambda: c.merge(db, ids["Muqtada Sadr"], ids["Nuri al-Maliki"]),
        "rename": lambda: c.rename(db, ids["Muqtada Sadr"], "Moqtada al-Sadr"),
        "role": lambda: c.set_role(db, ids["Muqtada Sadr"], "other"),
        "not-entity": lambda: c.not_entity(db, "Sadr"),
    }[kind]()
    for store in (db, never):
        write_article(store, story("B", "Muqtada Sadr met Nuri al-Maliki. Sadr and Maliki spoke.", MALIKI, sadr))
    c.undo(db)
    consistent(db)
    if kind != "not-entity":  # as if it had never been made, the later article's mentions too
        assert who(db) == who(never) and aliases(db) == aliases(never)
    keys = {text: key for title, *_, text, key in who(db) if title == "A"}
    assert keys == {"Nuri al-Maliki": "actor:Nuri al-Maliki", "Maliki": "actor:Nuri al-Maliki",
                    "Muqtada Sadr": "actor:Muqtada Sadr", "Sadr": "actor:Muqtada Sadr"}
    # B's "Sadr", which a not-entity kept from ever being stored, is not made up by undo (README: rows written
    # since keep what the correction gave them where undo cannot know what extraction alone would have said)
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == (7 if kind == "not-entity" else 8)


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_cli_split_ingest_undo_as_a_reader_does(tmp_path):
    """Through the commands a reader types, with real extraction: ingest, split, ingest another, undo."""
    store, never = tmp_path / "s.db", tmp_path / "never.db"
    assert run("ingest", SAMPLE, "--db", store).exit_code == 0
    assert run("correct", "split", "Maliki", "--db", store).exit_code == 0
    assert run("ingest", OTHER, "--db", store).exit_code == 0
    entities = {e["name"]: e for e in json.loads(run("entities", "--json", "--db", store).stdout)}
    assert entities["Maliki"]["mentions"] > 1  # the later article's "Maliki" went to the split-off entity
    out = run("correct", "undo", "--db", store)
    assert out.exit_code == 0 and out.stdout == "undid #1 split Maliki into its own entity\n"
    assert run("ingest", SAMPLE, OTHER, "--db", never).exit_code == 0
    db, plain = open_db(store), open_db(never)
    assert who(db) == who(plain) and aliases(db) == aliases(plain)
    consistent(db)


def test_undo_whose_entity_a_new_version_of_its_article_left_behind(tmp_path):
    """The entity the correction changed has left the store with its article's old version: undo changes nothing
    of it, as a correction that no longer applies (README), and still goes."""
    db = open_db(tmp_path / "s.db")
    doe = Entity("John Doe", "actor", aliases=("Doe",))
    write_article(db, story("A", "Jane Roe met John Doe. Doe left.", ROE, doe))
    c.not_entity(db, "Doe")
    write_article(db, story("A", "Jane Roe spoke.", ROE))
    after = table_rows(db)
    c.undo(db)
    assert {t: r for t, r in table_rows(db).items() if t != "corrections"} == {
        t: r for t, r in after.items() if t != "corrections"
    }
    assert c.listing(db) == []
    consistent(db)


def test_cli_refusal_is_one_line_and_changes_nothing(tmp_path):
    path = tmp_path / "s.db"
    db = open_db(path)
    john, jane = Entity("John Smith", "actor", aliases=("Smith",)), Entity("Jane Smith", "actor", aliases=("Smith",))
    write_article(db, story("A", "John Smith and Jane Smith met. Smith spoke.", john, jane))
    c.split(db, "Smith")
    write_article(db, story("B", "Jane Smith came. Smith went.", jane))
    before = table_rows(db)
    db.close()
    out = CliRunner().invoke(app, ["correct", "undo", "--db", str(path)])
    assert out.exit_code != 0 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("newsx-tui: cannot undo #1: ")
    db = open_db(path)
    assert table_rows(db) == before
