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
