"""Corpus-wide resolution: when an article's entity is one already stored."""

from __future__ import annotations

import pytest

from newsx.store import open_db, transaction
from newsx.store.db.write import _upsert_entity
from newsx.store.records import EntityRecord
from newsx.store.db.resolve import existing


def _person(name: str, *aliases: str) -> EntityRecord:
    from newsx.store.names import name_key

    return EntityRecord(f"actor:{name_key(name)}", name, "PERSON", "actor", {name, *aliases})


@pytest.fixture
def conn(tmp_path):
    db = open_db(tmp_path / "r.db")
    with transaction(db) as c:
        yield c
    db.close()


def test_surname_links_to_the_single_full_name(conn):
    maliki = _upsert_entity(conn, _person("Nuri al-Maliki", "Maliki"))
    assert existing(conn, _person("Maliki"))[0] == maliki


def test_surname_with_two_candidates_stays_apart(conn):
    _upsert_entity(conn, _person("Nuri al-Maliki"))
    _upsert_entity(conn, _person("Jawad al-Maliki"))
    assert existing(conn, _person("Maliki")) is None


def test_full_name_claims_an_earlier_surname_only_entity(conn):
    short = _upsert_entity(conn, _person("Maliki"))
    assert existing(conn, _person("Nuri al-Maliki"))[0] == short


def test_romanisations_of_one_name_link_but_different_names_do_not(conn):
    sadr = _upsert_entity(conn, _person("Muqtada Sadr"))
    assert existing(conn, _person("Moqtada al-Sadr"))[0] == sadr
    _upsert_entity(conn, _person("Hassan Ali"))
    assert existing(conn, _person("Hussein Ali")) is None


def test_places_are_their_gazetteer_ids(conn):
    _upsert_entity(conn, EntityRecord("location:geo:614540", "Georgia", "GPE", "location", {"Georgia"}))
    assert existing(conn, EntityRecord("location:geo:4197000", "Georgia", "GPE", "location", {"Georgia"})) is None
    sadr_city = _upsert_entity(conn, EntityRecord("location:geo:7802746", "Sadr City", "GPE", "location", {"Sadr City"}))
    assert existing(conn, _person("Sadr")) is None
    assert existing(conn, EntityRecord("location:geo:7802746", "Sadr City", "GPE", "location", {"Sadr City"}))[0] == sadr_city


def test_shared_long_names_and_acronyms_link(conn):
    isil = _upsert_entity(conn, EntityRecord(
        "actor:islamic state in iraq and the levant", "Islamic State in Iraq and the Levant", "ORG", "actor",
        {"Islamic State in Iraq and the Levant", "ISIL"},
    ))
    assert existing(conn, EntityRecord("actor:isil", "ISIL", "ORG", "actor", {"ISIL"}))[0] == isil
    assert existing(conn, EntityRecord("location:isil", "ISIL", "GPE", "location", {"ISIL"})) is None


def _stored_people(tmp_path, texts: dict[str, str]) -> dict[str, set[str]]:
    """Each stored person's name, to the articles (by name) that mention him, the texts ingested in order."""
    from newsx.store.ingest import ingest

    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = open_db(tmp_path / "people.db")
    try:
        ingest(db, [str(tmp_path / f"{name}.txt") for name in texts])
        rows = db.execute(
            "SELECT e.name, a.source FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
            " WHERE e.type = 'PERSON'"
        ).fetchall()
    finally:
        db.close()
    people: dict[str, set[str]] = {}
    for name, source in rows:
        people.setdefault(name, set()).add(source.rsplit("/", 1)[-1][:-4])
    return people


def test_a_surname_alone_joins_a_stored_person_only_beside_someone_named_with_him(tmp_path):
    people = _stored_people(tmp_path, {
        "first": "Talks\n\nCharles Roebuck, the party's leader, met Anna Fiske in London on Monday, officials said.\n",
        "later": "Talks again\n\nMr Roebuck said on Tuesday that he and Anna Fiske would meet again in May.\n",
        "other": "Senate vote\n\nMr Roebuck, a senator, said on Tuesday that the farm bill would pass next week.\n",
    })
    assert people["Charles Roebuck"] == {"first", "later"}  # Anna Fiske is named beside him in both
    assert people["Roebuck"] == {"other"}  # no one else this article names stands beside Charles Roebuck
    # A real page: the 1987 wire story's Kennedy, a partner a brokerage is named after ("Morgan, Olmstead, Kennedy and
    # Gardner"), is not the Liberal Democrats' leader of 2005, whether read as a person or as the firm.
    from .extraction_corpus import ARTICLE_DIR

    pages = {p: (ARTICLE_DIR / p).read_text(encoding="utf-8") for p in ("bbcnews/blair_bush_win.txt", "reuterswire/drug_laws.txt")}
    real = _stored_people(tmp_path, {p.split("/")[1][:-4]: text for p, text in pages.items()})
    assert real["Charles Kennedy"] == {"blair_bush_win"}


def test_a_thing_whose_key_another_of_its_articles_things_holds_is_a_new_entity(conn):
    # The store's Humayun Khan is already what this article's lone "Khan" is; its own "Humayun Khan" then finds no
    # entity it may be (resolve.existing skips those the article is) and is stored apart, the key left to the first.
    from functools import partial

    from newsx.store.db.resolve import Article

    stored = _upsert_entity(conn, _person("Humayun Khan"))
    here = Article(frozenset(), entity_ids={stored})
    again = _upsert_entity(conn, _person("Humayun Khan"), partial(existing, article=here))
    assert again != stored
    assert conn.execute("SELECT key FROM entities WHERE id = ?", [stored]).fetchone()[0] == "actor:humayun khan"
    assert conn.execute("SELECT key FROM entities WHERE id = ?", [again]).fetchone()[0] == "actor:humayun khan#2"
