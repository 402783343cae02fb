"""Entities of the sample article: junk gone, types fixed, aliases merged, never-merge cases apart."""

from __future__ import annotations

import pytest

JUNK = ["Levant", "Major-General", "Iraq Militants Seize Border Post In", "Muqtada 1", "Before You Go", "AP Photo", "Popular"]


def _entity(db, surface: str) -> int:
    ids = {r[0] for r in db.execute("SELECT DISTINCT entity_id FROM mentions WHERE text = ?", [surface])}
    assert len(ids) == 1, f"{surface!r} is mentioned as {len(ids)} entities"
    return ids.pop()


def _row(db, entity_id: int) -> dict:
    return next(db.query("SELECT * FROM entities WHERE id = ?", [entity_id]))


def _aliases(db, entity_id: int) -> set[str]:
    return {r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id])}


@pytest.mark.parametrize("junk", JUNK)
def test_junk_spans_are_not_entities(sample_db, junk):
    assert not sample_db.execute("SELECT 1 FROM aliases WHERE alias = ?", [junk]).fetchone()
    assert not sample_db.execute("SELECT 1 FROM mentions WHERE text = ?", [junk]).fetchone()


@pytest.mark.parametrize(
    "forms",
    [
        ["Islamic State in Iraq and the Levant", "Islamic State of Iraq and the Levant", "ISIL"],
        ["Nuri al-Maliki", "Maliki"],
        ["Muqtada Sadr", "Sadr"],
        ["Rami Abdulrahman", "Abdulrahman"],
        ["Baiji", "Beiji"],
        ["al-Qaim", "Al-Qaim"],
        ["al Qaeda", "al-Qaida"],
        ["Mosul", "Mosul city"],
    ],
)
def test_aliases_merge_into_one_entity(sample_db, forms):
    ids = {_entity(sample_db, f) for f in forms}
    assert len(ids) == 1
    assert set(forms) <= _aliases(sample_db, ids.pop())


@pytest.mark.parametrize(
    "a, b", [("Sadr", "Sadr City"), ("Iraq", "Iran"), ("Iran", "Tehran"), ("Mosul", "Al Bu Saif"), ("Muqtada Sadr", "Sadr City")]
)
def test_never_merged(sample_db, a, b):
    assert _entity(sample_db, a) != _entity(sample_db, b)


def test_canonical_name_is_the_fullest_form(sample_db):
    assert _row(sample_db, _entity(sample_db, "Maliki"))["name"] == "Nuri al-Maliki"
    assert _row(sample_db, _entity(sample_db, "Sadr"))["name"] == "Muqtada Sadr"
    assert _row(sample_db, _entity(sample_db, "ISIL"))["name"] in {
        "Islamic State in Iraq and the Levant", "Islamic State of Iraq and the Levant"
    }
    # The dateline's ALL CAPS place reads as a name.
    assert _row(sample_db, _entity(sample_db, "ANBAR"))["name"] == "Anbar"


@pytest.mark.parametrize(
    "surface, role, type_",
    [
        ("al-Qaim", "location", "GPE"),
        ("Al Bu Saif", "location", "GPE"),
        ("Hawija", "location", "GPE"),
        ("ISIL", "actor", "ORG"),
        ("Abdulrahman", "actor", "PERSON"),
        ("Qassim al-Moussawi", "actor", "PERSON"),
        ("Sunnis", "actor", "NORP"),
        ("Kurds", "actor", "NORP"),
        ("Shi'ite", "actor", "NORP"),
        ("Iraqi", "other", "NORP"),
        ("Iraq", "location", "GPE"),
    ],
)
def test_roles_and_types(sample_db, surface, role, type_):
    row = _row(sample_db, _entity(sample_db, surface))
    assert (row["role"], row["type"]) == (role, type_)


def test_places_get_gazetteer_coordinates_or_none(sample_db):
    baiji = _row(sample_db, _entity(sample_db, "Beiji"))
    assert baiji["lat"] == pytest.approx(34.93, abs=0.05) and baiji["lon"] == pytest.approx(43.49, abs=0.05)
    qaim = _row(sample_db, _entity(sample_db, "al-Qaim"))
    assert qaim["lat"] == pytest.approx(34.39, abs=0.05) and qaim["lon"] == pytest.approx(40.99, abs=0.05)
    for unknown in ("Al Bu Saif", "Hawija", "Kurdistan"):
        row = _row(sample_db, _entity(sample_db, unknown))
        assert (row["lat"], row["lon"]) == (None, None), unknown
    sadr_city = _row(sample_db, _entity(sample_db, "Sadr City"))
    baghdad = _row(sample_db, _entity(sample_db, "Baghdad"))
    assert sadr_city["lat"] is not None and (sadr_city["lat"], sadr_city["lon"]) != (baghdad["lat"], baghdad["lon"])
    for actor in ("ISIL", "Maliki", "Sunnis"):
        assert _row(sample_db, _entity(sample_db, actor))["lat"] is None


def test_possessives_are_mentions(sample_db):
    iraq = _entity(sample_db, "Iraq")
    rows = sample_db.execute(
        'SELECT p.text, m.start, m."end" FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE m.entity_id = ?',
        [iraq],
    ).fetchall()
    assert sum(1 for text, _, end in rows if text[end : end + 2] == "'s") >= 4
    baghdad = _entity(sample_db, "Baghdad")
    assert sample_db.execute(
        "SELECT 1 FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id"
        " WHERE m.entity_id = ? AND substr(p.text, m.\"end\" + 1, 2) = '''s'", [baghdad]
    ).fetchone()


def test_mentions_have_exact_offsets_in_read_paragraphs_only(sample_db):
    rows = sample_db.execute(
        'SELECT p.kind, p.text, m.start, m."end", m.text FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id'
    ).fetchall()
    assert len(rows) > 100
    from newsx.store.nlp.entities.credits import credit_spans

    for kind, text, start, end, surface in rows:
        assert text[start:end] == surface
        # a credit line's writers ("(Additional reporting by ...)") are mentioned in that line, as a sign-off's reporter
        assert kind in {"title", "dek", "caption", "body", "subhead"} or (start, end) in {(s, e) for s, e, _ in credit_spans(kind, text)}


def test_headline_case_is_read_with_the_body_entities(sample_db):
    by_kind = {
        kind: {r[0] for r in sample_db.execute(
            "SELECT m.text FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE p.kind = ?", [kind])}
        for kind in ("title", "subhead")
    }
    assert by_kind["title"] >= {"Iraq"}
    assert "SHI'ITES" in by_kind["subhead"]
    shiites = sample_db.execute("SELECT entity_id FROM mentions WHERE text = 'SHI''ITES'").fetchone()[0]
    assert shiites == _entity(sample_db, "Shi'ite")


def test_entities_are_corpus_wide_rows(sample_db):
    keys = [r[0] for r in sample_db.execute("SELECT key FROM entities")]
    assert len(keys) == len(set(keys))
    names = [r[0] for r in sample_db.execute("SELECT name FROM entities WHERE role != 'other'")]
    assert len(names) == len(set(names)), "one row per real-world thing"
