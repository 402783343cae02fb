"""Item 3: files that are not articles, or are articles in bad shape.

One real `newsx-tui ingest` over all of them: each file either ingests
correctly or fails with one line naming it, the run never shows a
traceback, and the process stays within the memory bound in README.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from newsx.store.read.limits import MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS

from .procs import cli_measured


@pytest.fixture(autouse=True)
def gazetteer_cache():
    """The first ingest on a machine builds the gazetteer's cache (about 50 MB more, once); the
    bound these tests hold is on reading bad input, so the cache is there before they measure."""
    from newsx.store.nlp.gazetteer import gazetteer

    gazetteer()


PEAK_MB = 512  # README, "What the store guarantees"

WORDS = (
    "the council said on Tuesday that the river had risen overnight and that crews from the "
    "northern district were working to clear the roads before the evening storm arrived"
).split()


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_files(folder, rng):
    files = {}

    def put(name, data):
        (folder / name).write_bytes(data)
        files[name] = folder / name

    put("empty.txt", b"")
    put("blank.txt", b"  \n\n\t \r\n   \n")
    # A PNG renamed to .txt: a real signature and chunk header, then noise.
    put("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(20_000))
    good = (
        "Flood Warning For Riverside Towns\n\n"
        "MÜNSTER (Reuters) - The café owners of Münster said on Tuesday the river had risen "
        "overnight, and the mayor, Jürgen Vogel, told residents to stay home.\n\n"
        + "\n\n".join(sentence(rng, 30) for _ in range(6))
        + "\n\n\u201cWe are ready,\u201d Vogel said.\n"
    ).encode("utf-8")
    middle = good.index(b"river had risen") + len(b"river ")
    put("broken_utf8.txt", good[:middle] + b"\xff\xfe\xc3" + good[middle:])
    line = " ".join(sentence(rng) for _ in range(40)) + " "
    put("one_line_50mb.txt", (line * (50 * 1024 * 1024 // len(line) + 1)).encode()[: 50 * 1024 * 1024])
    giant = " ".join(sentence(rng) for _ in range(3 * MAX_PARAGRAPH_CHARS // 80))
    put("giant_paragraph.txt", f"River Report\n\n{giant}\n".encode())
    put(
        "100k_paragraphs.txt",
        ("Storm Diary\n\n" + "\n\n".join(f"Entry {i}: {sentence(rng, 6)}" for i in range(100_000))).encode(),
    )
    paragraph = "<p>" + " ".join(sentence(rng) for _ in range(8)) + "</p>\n"
    page = "<!doctype html><html><head><title>Big Page</title></head><body><article>" + paragraph * 17_000
    put("saved_page.html", (page + "</article></body></html>").encode())
    many = "\n\n".join(f"Note {i}: the road is shut." for i in range(MAX_PARAGRAPHS + 500))
    put("too_many_paragraphs.txt", f"Road Notes\n\n{many}\n".encode())
    return files


def test_each_bad_file_ingests_or_fails_with_one_line_in_bounded_memory(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = make_files(folder, random.Random(6))
    db = tmp_path / "s.db"

    run = cli_measured("ingest", *files.values(), "--db", db, workdir=tmp_path, timeout=180)

    assert run.code == 1, run.err  # some failed, none crashed
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    expected = {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "photo.txt": "binary",
        "one_line_50mb.txt": "too long for one article",
        "100k_paragraphs.txt": "too long for one article",
        "too_many_paragraphs.txt": "too many",
        "saved_page.html": "too big for a saved page",
    }
    for name, reason in expected.items():
        lines = [line for line in run.err_lines if name in line]
        assert len(lines) == 1 and reason in lines[0], (name, run.err)
        assert lines[0].startswith("newsx-tui: ")
    assert run.err_lines[-1] == "2 ingested, 7 failed"
    assert run.peak_mb < PEAK_MB, f"peak {run.peak_mb:.0f} MB"

    conn = sqlite3.connect(db)
    ids = dict((source.rsplit("/", 1)[-1], i) for i, source in conn.execute("SELECT id, source FROM articles"))
    assert set(ids) == {"broken_utf8.txt", "giant_paragraph.txt"}
    # A paragraph over the bound is stored as consecutive paragraphs within it, every word kept.
    giant = [t for t, in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? AND kind = 'body' ORDER BY seq", (ids["giant_paragraph.txt"],))]
    assert len(giant) > 1 and max(map(len, giant)) <= MAX_PARAGRAPH_CHARS
    assert " ".join(giant) == files["giant_paragraph.txt"].read_text().split("\n\n")[1].strip()
    text = "\n".join(r[0] for r in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY seq", (ids["broken_utf8.txt"],)))
    # The broken bytes are marked, everything around them reads as written.
    assert "river \ufffd\ufffd\ufffdhad risen" in text
    assert "café owners of Münster" in text and "Jürgen Vogel" in text and "\u201cWe are ready,\u201d" in text
    assert "Ã" not in text and "ÿ" not in text


def test_gzipped_pages_are_read_and_a_bomb_or_a_cut_archive_is_one_line(tmp_path):
    """Archives of saved pages keep each one gzipped (`page.html.gz`): a folder walk finds them and
    ingest reads them as the page; a small archive that expands past the size limit is refused
    before it fills memory, and a cut one is named, not a traceback."""
    import gzip

    folder = tmp_path / "pages"
    folder.mkdir()
    rng = random.Random(7)
    body = "".join(f"<p>{sentence(rng, 24)}</p>" for _ in range(6))
    page = (
        "<!doctype html><html><head><title>Harbour Closed After Storm</title></head><body><article>"
        f"<h1>Harbour Closed After Storm</h1>{body}<p>\u201cWe are ready,\u201d said Mayor Jürgen Vogel.</p>"
        "</article></body></html>"
    )
    (folder / "harbour.html.gz").write_bytes(gzip.compress(page.encode()))
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b"<!doctype html><html><body>" + b" " * (60 * 1024 * 1024)))
    (folder / "cut.html.gz").write_bytes(gzip.compress(page.encode())[:200])
    (folder / "notes.gz").write_bytes(gzip.compress(b"not an article by its name"))
    db = tmp_path / "s.db"

    run = cli_measured("ingest", folder, "--db", db, workdir=tmp_path, timeout=180)

    assert run.code == 1, run.err
    assert "Traceback" not in run.err, run.err
    (bomb,) = [line for line in run.err_lines if "bomb.html.gz" in line]
    assert "too big for a saved page" in bomb
    (cut,) = [line for line in run.err_lines if "cut.html.gz" in line]
    assert "not a readable gzip file" in cut
    assert not any("notes.gz" in line for line in run.err_lines)
    assert run.err_lines[-1] == "1 ingested, 2 failed"
    assert run.peak_mb < PEAK_MB, f"peak {run.peak_mb:.0f} MB"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT title FROM articles").fetchall() == [("Harbour Closed After Storm",)]
    text = " ".join(r[0] for r in conn.execute("SELECT text FROM paragraphs"))
    assert "\u201cWe are ready,\u201d said Mayor Jürgen Vogel." in text
