"""Resolution's look-ups of a shared surname read what can answer them, not every person of the name.

`_named_beside` (does a stored article of the person name in full someone of a surname the new article names in
full?) read every article of the stored person, with every mention and alias in it: 560,000 virtual-machine steps
for a person of 670 articles in a store of 20,000 (bench/shared_names.py). It now goes from the people the surname
names in full to an article each shares with him. It must answer as it did: the schema-11 query is kept here as the
reference, and asked of every pair of stored person and surname.
"""

from __future__ import annotations

from newsx.store import open_db
from newsx.store.db import resolve
from newsx.store.names import bare_key

from .test_write_at_scale import person, plans, write


def schema11_named_beside(conn, entity_id: int, names: set[str], article: resolve.Article) -> bool:
    if entity_id in article.entity_ids:
        return True
    kin = article.surnames - {bare_key(a.split()[-1]) for a in names if a.split()}
    if not kin:
        return False
    rows = conn.execute(
        "SELECT DISTINCT a.alias FROM mentions n JOIN entities e ON e.id = n.entity_id AND e.type = 'PERSON'"
        " JOIN aliases a ON a.entity_id = e.id WHERE n.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " AND n.entity_id != ? AND a.alias LIKE '% %'",
        [entity_id, entity_id],
    )
    return any(bare_key(alias.split()[-1]) in kin for (alias,) in rows)


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
