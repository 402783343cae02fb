"""Ingest on a Dask cluster (issue 14): a real LocalCluster of two worker processes on loopback.

One cluster serves the module; each test ingests a handful of small real
articles through it and checks the store the one writer built.
"""

from __future__ import annotations

import os
import pickle
import signal
import socket
import sqlite3
import subprocess
import time

import pytest
from distributed import Client
from typer.testing import CliRunner

from newsx.store import NewsxError, open_db
from newsx.store.cluster import local_cluster
from newsx.store.ingest import analyse, ingest
from newsx.store.nlp.pipeline import load_model
from newsx.tui.cli import app

from .conftest import ROOT
from .hostile.procs import command, write_articles

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster():
    with local_cluster(2) as local:
        yield local


def rows(db_path) -> dict[str, list[tuple]]:
    """Every table's rows with ids replaced by what they point at, sorted: what a reader sees."""
    conn = sqlite3.connect(db_path)
    queries = {
        "articles": "SELECT source, sha256, title, dek, dateline, place, published, agency, byline, credits, raw, language"
                    " FROM articles",
        "paragraphs": "SELECT a.sha256, p.seq, p.kind, p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id",
        "entities": "SELECT name, type, role, lat, lon, key FROM entities",
        "aliases": "SELECT e.key, x.alias FROM aliases x JOIN entities e ON e.id = x.entity_id",
        "mentions": 'SELECT a.sha256, p.seq, e.key, m.start, m."end", m.text FROM mentions m'
                    " JOIN articles a ON a.id = m.article_id JOIN paragraphs p ON p.id = m.paragraph_id"
                    " JOIN entities e ON e.id = m.entity_id",
        "quotes": 'SELECT a.sha256, p.seq, q.kind, q.text, q.start, q."end", q.speaker, e.key, q.cue FROM quotes q'
                  " JOIN articles a ON a.id = q.article_id JOIN paragraphs p ON p.id = q.paragraph_id"
                  " LEFT JOIN entities e ON e.id = q.speaker_entity_id",
    }
    try:
        return {table: sorted(conn.execute(sql).fetchall(), key=repr) for table, sql in queries.items()}
    finally:
        conn.close()


def test_a_worker_result_is_plain_records_that_pickle():
    data = ARTICLES[0].read_bytes()
    [(source, prepared, extraction, error)] = analyse([(data, str(ARTICLES[0]), "sha")], load_model())
    assert error is None
    back = pickle.loads(pickle.dumps((prepared, extraction)))
    assert back == (prepared, extraction)
    assert extraction.mentions and extraction.quotes


def test_the_cluster_builds_the_same_store_as_a_local_ingest(cluster, tmp_path):
    local, remote = tmp_path / "local.db", tmp_path / "cluster.db"
    ingest(open_db(local), [str(p) for p in ARTICLES])
    results = ingest(open_db(remote), [str(p) for p in ARTICLES], scheduler=cluster.scheduler_address)

    assert [r.status for r in results] == ["ingested"] * len(ARTICLES)
    assert [r.source for r in results] == [str(p.resolve()) for p in ARTICLES]
    expected, got = rows(local), rows(remote)
    assert len(expected["articles"]) == len(ARTICLES) and expected["mentions"] and expected["quotes"]
    for table in expected:
        assert got[table] == expected[table], table


def test_stored_bytes_are_not_sent_and_a_bad_page_fails_alone(cluster, tmp_path):
    folder = tmp_path / "in"
    stories = write_articles(folder, 3)
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    db = open_db(tmp_path / "s.db")
    ingest(db, [str(stories[0])])

    results = {r.source.rsplit("/", 1)[-1]: r for r in ingest(db, [str(folder)], scheduler=cluster.scheduler_address)}
    assert {name: r.status for name, r in results.items()} == {
        "menu.html": "failed", "story_000.txt": "unchanged", "story_001.txt": "ingested", "story_002.txt": "ingested",
    }
    assert results["menu.html"].error == "the page has no article text"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_only_a_few_articles_per_worker_are_in_flight(cluster, tmp_path):
    stories = write_articles(tmp_path / "in", 16)
    held = []
    with Client(cluster.scheduler_address, set_as_default=False) as watcher:
        def count_tasks_on_the_scheduler(result):
            held.append(watcher.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)))

        results = ingest(open_db(tmp_path / "s.db"), [str(s) for s in stories], scheduler=cluster.scheduler_address,
                         on_result=count_tasks_on_the_scheduler)
    assert [r.status for r in results] == ["ingested"] * len(stories)
    # Two workers of one thread: a window of 4, and a release or two still on its way to the scheduler.
    assert max(held) <= 6, held


def test_a_model_the_workers_do_not_have_fails_with_one_line(cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSX_SPACY_MODEL", "no_such_model")
    db = open_db(tmp_path / "s.db")
    with pytest.raises(NewsxError, match=r"^a Dask worker cannot start: spaCy model 'no_such_model' is not installed"):
        ingest(db, [str(ARTICLES[0])], scheduler=cluster.scheduler_address)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    with Client(cluster.scheduler_address, set_as_default=False) as watcher:
        registered = watcher.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.worker_plugins))
    assert not any("no_such_model" in name for name in registered), "workers that join later would fail on it"


def test_a_worker_killed_mid_run_leaves_every_article_stored_once(cluster, tmp_path):
    stories = write_articles(tmp_path / "in", 16)
    db_path = tmp_path / "s.db"
    killed = []
    with Client(cluster.scheduler_address, set_as_default=False) as watcher:
        pids = watcher.run(os.getpid)

        def kill_a_busy_worker(result):
            if killed:
                return
            # A worker with a task running: the kill lands mid-task, and Dask sends that task elsewhere.
            busy = [w for w, keys in watcher.processing().items() if keys]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])

        results = ingest(open_db(db_path), [str(s) for s in stories], scheduler=cluster.scheduler_address,
                         on_result=kill_a_busy_worker)
        assert killed, "no worker was busy to kill"
        watcher.wait_for_workers(2, timeout=60)  # the nanny restarts it for the next test

    assert [r.status for r in results] == ["ingested"] * len(stories)
    assert len({r.article_id for r in results}) == len(stories)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256), count(DISTINCT source) FROM articles").fetchone() == (
        len(stories), len(stories), len(stories))
    assert conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 5 * len(stories)
    conn.close()


def test_a_scheduler_with_no_workers_fails_with_one_line_and_stores_nothing(tmp_path):
    stories = write_articles(tmp_path / "in", 2)
    db = open_db(tmp_path / "s.db")
    with local_cluster(0) as empty:
        with pytest.raises(NewsxError, match=r"^the Dask scheduler at tcp://127\.0\.0\.1:\d+ has no workers "
                                              r"\(waited 1 s\); start some with `dask worker tcp://"):
            ingest(db, [str(s) for s in stories], scheduler=empty.scheduler_address, scheduler_timeout=1)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_a_cluster_that_loses_its_last_worker_mid_run_fails_and_keeps_what_was_stored(tmp_path):
    stories = write_articles(tmp_path / "in", 8)
    db = open_db(tmp_path / "s.db")
    stored = []
    with local_cluster(1) as shrinking:
        def retire_every_worker(result):
            stored.append(result)
            if len(stored) == 1:
                shrinking.scale(0)

        with pytest.raises(NewsxError, match=r"^the Dask cluster has had no workers for 2 s; articles stored so far are kept$"):
            ingest(db, [str(s) for s in stories], scheduler=shrinking.scheduler_address, scheduler_timeout=2,
                   on_result=retire_every_worker)
    assert 1 <= len(stored) < len(stories)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(stored)


def test_a_scheduler_address_that_answers_nothing_fails_after_the_timeout(tmp_path):
    stories = write_articles(tmp_path / "in", 2)
    db = tmp_path / "s.db"
    with socket.socket() as silent:  # accepts connections (the kernel does) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = "tcp://127.0.0.1:%d" % silent.getsockname()[1]
        started = time.monotonic()
        proc = subprocess.run(
            command("ingest", *stories, "--db", db, "--scheduler", address, "--scheduler-timeout", "2"),
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [
        f"newsx-tui: no Dask scheduler answered at {address} within 2 s; "
        "start one with `dask scheduler`, or use --scheduler local:N"
    ]
    assert time.monotonic() - started < 60
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 0


@pytest.mark.parametrize("args, message", [
    (["--jobs", "2", "--scheduler", "local:2"], "--jobs and --scheduler do not go together: with a cluster, its workers are the jobs"),
    (["--scheduler", "local:0"], "--scheduler must be tcp://HOST:PORT or local:N, not 'local:0'"),
    (["--scheduler", "cluster7:8786"], "--scheduler must be tcp://HOST:PORT or local:N, not 'cluster7:8786'"),
])
def test_a_command_line_that_cannot_name_a_cluster_is_a_usage_error(tmp_path, args, message):
    result = CliRunner().invoke(app, ["ingest", str(ARTICLES[0]), "--db", str(tmp_path / "s.db"), *args])
    assert result.exit_code == 2
    assert result.stderr == f"newsx-tui: {message}\n"
    assert not (tmp_path / "s.db").exists()


def test_a_scheduler_that_is_not_an_address_is_refused(tmp_path):
    db = open_db(tmp_path / "s.db")
    with pytest.raises(NewsxError, match=r"^--scheduler must be tcp://HOST:PORT or local:N, not 'cluster7'$"):
        ingest(db, [str(ARTICLES[0])], scheduler="cluster7")
    with pytest.raises(NewsxError, match=r"^--scheduler local:N needs a number of workers of 1 or more, not 'x'$"):
        ingest(db, [str(ARTICLES[0])], scheduler="local:x")
