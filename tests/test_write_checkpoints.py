"""The store's checkpoints run on a thread of their own while ingest writes (schema.background_checkpoints).

What a checkpoint does is copy the log's pages into the store file: so a copy of the store file alone, without its
`-wal`, holds the articles a checkpoint has copied and none that only the log holds.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from newsx.store import open_db
from newsx.store.db import schema
from newsx.store.db.schema import Checkpointer, background_checkpoints, for_ingest
from newsx.store.ingest import ingest
from newsx.store.records import Anatomy, Extraction, Paragraph, Prepared

from .test_write_at_scale import person, write


def articles_in_file_alone(store: Path, tmp_path: Path) -> int:
    """The articles the store file holds without its log (what checkpoints have copied into it)."""
    alone = tmp_path / "alone.db"
    shutil.copyfile(store, alone)
    conn = sqlite3.connect(alone)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def store_without_checkpoints(tmp_path: Path):
    db = open_db(tmp_path / "s.db")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")  # only the thread under test copies the log
    return db


def test_the_thread_copies_the_log_into_the_store_every_few_articles(tmp_path):
    db = store_without_checkpoints(tmp_path)
    checkpointer = Checkpointer(str(tmp_path / "s.db"), db.conn, every=3)
    copied = []
    try:
        for n in range(7):
            write(db, f"story {n}", f"Talks went on with Maliki, day {n}.", person("Maliki"))
            checkpointer.committed()
            checkpointer.wait()
            copied.append(articles_in_file_alone(tmp_path / "s.db", tmp_path))
    finally:
        checkpointer.close()
    db.close()
    # the thread after the third and the sixth article; the writer, at the next commit, what came in meanwhile
    assert copied == [0, 0, 3, 4, 4, 6, 7]


def test_the_log_starts_again_from_its_beginning_after_a_checkpoint(tmp_path):
    """Else it grows while the writer writes on, to the writer's own checkpoint 40,000 pages off."""
    db = store_without_checkpoints(tmp_path)
    wal = tmp_path / "s.db-wal"
    checkpointer = Checkpointer(str(tmp_path / "s.db"), db.conn, every=2)
    sizes = []
    try:
        for n in range(8):
            write(db, f"story {n}", f"Talks went on with Maliki, day {n}. " * 40, person("Maliki"))
            checkpointer.committed()
            checkpointer.wait()
            sizes.append(wal.stat().st_size)
    finally:
        checkpointer.close()
    db.close()
    # the log's file keeps its size once reused: it stops growing after the first checkpoints
    assert sizes[-1] == sizes[3] < 2 * sizes[1]


def test_no_checkpoint_is_asked_for_between_the_turns(tmp_path):
    db = store_without_checkpoints(tmp_path)
    checkpointer = Checkpointer(str(tmp_path / "s.db"), db.conn, every=3)
    try:
        for n in range(2):
            write(db, f"story {n}", f"Talks went on, day {n}.")
            checkpointer.committed()
        checkpointer.wait()
        assert articles_in_file_alone(tmp_path / "s.db", tmp_path) == 0
    finally:
        checkpointer.close()
    db.close()


def test_the_writer_keeps_a_checkpoint_of_its_own_further_off_while_the_thread_runs(tmp_path):
    db = open_db(tmp_path / "s.db")
    for_ingest(db)
    with background_checkpoints(db) as checkpointer:
        assert checkpointer is not None
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == schema.WRITER_CHECKPOINT_PAGES
    assert schema.WRITER_CHECKPOINT_PAGES > schema.INGEST_CHECKPOINT_PAGES
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == schema.INGEST_CHECKPOINT_PAGES
    db.close()


def test_a_store_in_memory_has_no_thread(tmp_path):
    import sqlite_utils

    with background_checkpoints(sqlite_utils.Database(memory=True)) as checkpointer:
        assert checkpointer is None


def test_ingest_checkpoints_on_the_thread(tmp_path, monkeypatch):
    """Each article ingest stores is counted towards the thread's next checkpoint."""
    from newsx.store import ingest as ingest_module

    monkeypatch.setattr(Checkpointer.__init__, "__defaults__", (1,))  # a checkpoint after every article
    files = []
    for n in range(3):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Talks Resume {n}\n\nTalks resumed on day {n}, officials said.\n")
        files.append(path)

    def analyse(chunk, nlp):  # no spaCy: the write path is what is under test
        return [
            (source, Prepared(source, sha, data.decode(), Anatomy(title=source, paragraphs=[Paragraph(0, "title", source)])),
             Extraction(), None)
            for data, source, sha in chunk
        ]

    monkeypatch.setattr(ingest_module, "analyse", analyse)
    monkeypatch.setattr(ingest_module, "_load_model", lambda: object())
    db = store_without_checkpoints(tmp_path)
    closed = []
    original_close = Checkpointer.close

    def close(self):
        self.wait()
        closed.append(articles_in_file_alone(tmp_path / "s.db", tmp_path))
        original_close(self)

    monkeypatch.setattr(Checkpointer, "close", close)
    assert [r.status for r in ingest(db, [str(f) for f in files])] == ["ingested"] * 3
    # every article reached the store file through the thread: the writer's own checkpoint is 40,000 pages off
    assert closed == [3]
    db.close()
