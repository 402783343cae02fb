"""Resolution's look-ups of a shared surname read what can answer them, not every person of the name.

`_named_beside` (does a stored article of the person name in full someone of a surname the new article names in
full?) read every article of the stored person, with every mention and alias in it: 560,000 virtual-machine steps
for a person of 670 articles in a store of 20,000 (bench/shared_names.py). It now goes from the people the surname
names in full to an article each shares with him. It must answer as it did: the schema-11 query, kept in
bench/shared_names.py as the bench's reference, is asked of every pair of stored person and surname.
"""

from __future__ import annotations

from newsx.store import open_db
from newsx.store.db import resolve
from bench.shared_names import schema11_named_beside as reference_named_beside
from newsx.store.names import bare_key

from .test_write_at_scale import person, plans, write


def schema11_named_beside(conn, entity_id: int, names: set[str], article: resolve.Article) -> bool:
    """_named_beside as schema 11 answered: a person of the article itself, else the bench's reference query."""
    return entity_id in article.entity_ids or reference_named_beside(conn, entity_id, names, article)


def corpus(db) -> None:
    write(db, "a", "Maliki met Jawad Bolani and Hoshyar Zebari.", person("Maliki"), person("Jawad Bolani", "Bolani"),
          person("Hoshyar Zebari", "Zebari"))
    write(db, "b", "Sadr met Sean O'Gara and Nuri al-Maliki.", person("Sadr"), person("Sean O'Gara", "O'Gara"),
          person("Nuri al-Maliki", "Maliki"))
    write(db, "c", "Ali met Kemal Kılıçdaroğlu and Abu Bakr al-Baghdadi.", person("Ali"),
          person("Kemal Kılıçdaroğlu"), person("Abu Bakr al-Baghdadi", "Baghdadi"))
    write(db, "d", "Hassan Ali met Mary Abu-Bakr and the Zebari Group.", person("Hassan Ali", "Ali"),
          person("Mary Abu-Bakr"), person("Zebari Group", type_="ORG"))
    write(db, "e", "Kilicdaroglu met Zebari.", person("Kilicdaroglu"), person("Zebari"))


def test_named_beside_answers_as_schema_11_did(tmp_path):
    db = open_db(tmp_path / "s.db")
    corpus(db)
    people = db.execute("SELECT id, name FROM entities WHERE type = 'PERSON'").fetchall()
    surnames = {bare_key(a.split()[-1]) for (a,) in db.execute("SELECT alias FROM aliases") if len(a.split()) > 1}
    surnames |= {"nobody", "abu bakr"}
    answers = set()
    for entity_id, name in people:
        own = {a for (a,) in db.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id])}
        for surname in sorted(surnames):
            article = resolve.Article(frozenset({surname}))
            old = schema11_named_beside(db.conn, entity_id, own, article)
            assert resolve._named_beside(db.conn, entity_id, own, article) == old, (name, surname)
            answers.add(old)
    assert answers == {True, False}
    db.close()


def test_its_queries_seek(tmp_path):
    db = open_db(tmp_path / "s.db")
    corpus(db)
    maliki = db.execute("SELECT id FROM entities WHERE name = 'Maliki'").fetchone()[0]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    assert resolve._named_beside(db.conn, maliki, {"Maliki"}, resolve.Article(frozenset({"bolani"})))
    resolve.known_only_as(db.conn, ["Nuri al-Maliki"])
    db.conn.set_trace_callback(None)
    for sql, lines in plans(db, statements).items():
        assert not [line for line in lines if line.startswith("SCAN")], (sql, lines)
    db.close()
