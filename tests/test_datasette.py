"""The store in the tools people already use: Datasette with our metadata, sqlite-utils search."""

from __future__ import annotations

import json

import sqlite_utils
from datasette.app import Datasette

from newsx.store.db.datasette import QUERIES, TABLES
from newsx.store.db.schema import TABLES as SCHEMA

from .hostile.procs import cli


def test_every_table_and_column_of_the_schema_is_described():
    assert set(TABLES) == set(SCHEMA)
    for name, (columns, _, _) in SCHEMA.items():
        assert set(TABLES[name][1]) == set(columns), name


async def test_datasette_opens_the_store_and_runs_every_saved_query(sample_db_path):
    run = cli("datasette-metadata", "--db", sample_db_path)
    assert run.code == 0, run.err
    metadata = json.loads(run.out)
    name = sample_db_path.stem
    ds = Datasette([str(sample_db_path)], metadata=metadata)
    await ds.invoke_startup()

    answers = {
        "articles": ({}, lambda rows: rows[0]["title"].startswith("Iraq Militants Seize") and "raw" not in rows[0]),
        "who_said_what": (
            {"speaker": "Moussawi"},
            lambda rows: rows and all("Moussawi" in r["speaker"] for r in rows) and rows[0]["article"],
        ),
        "mentions_of_an_entity": (
            {"entity": "Maliki"},
            lambda rows: rows and {r["entity"] for r in rows} == {"Nuri al-Maliki"} and "Maliki" in rows[0]["paragraph_text"],
        ),
        "articles_by_place": (
            {"place": ""},
            lambda rows: any(r["place"] == "Baghdad" and r["lat"] and r["articles"] == 1 for r in rows),
        ),
    }
    assert set(answers) == set(QUERIES)
    for query, (params, check) in answers.items():
        response = await ds.client.get(f"/{name}/{query}.json", params={**params, "_shape": "objects"})
        assert response.status_code == 200, (query, response.text)
        rows = response.json()["rows"]
        assert check(rows), (query, rows[:3])

    # raw stays out of sight: the table holding it is hidden, the others are listed.
    database = (await ds.client.get(f"/{name}.json")).json()
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    assert "articles" in hidden and "paragraphs" not in hidden
    # A paragraph shown through a foreign key is labelled by its text, not its id.
    params = {"_labels": "on", "_size": "1", "_shape": "objects"}
    paragraph = (await ds.client.get(f"/{name}/mentions.json", params=params)).json()["rows"][0]["paragraph_id"]
    assert paragraph["label"] and paragraph["label"] != str(paragraph["value"]) and " " in paragraph["label"]


def test_sqlite_utils_search_finds_paragraphs(sample_db_path):
    rows = list(sqlite_utils.Database(sample_db_path)["paragraphs"].search("refinery"))
    assert rows and all("refiner" in r["text"].lower() for r in rows)
