"""Folders, several paths, stdin, bad input, replacement and worker processes, end to end."""

import os
import shutil
from pathlib import Path

from typer.testing import CliRunner

from newsx.store import open_db
from newsx.store.ingest import ingest, plan, worker_pool
from newsx.store.nlp.pipeline import load_model
from newsx.store.read import Skipped
from newsx.store.db.queries import toggle_selection
from newsx.store.db.search import EntityIndex, paragraphs
from newsx.tui.cli import app

PAGES = Path(__file__).parent / "pages"
runner = CliRunner()


def story(title, place, agency, *sentences):
    body = "\n\n".join(sentences)
    return f"{title}\n\n{place} ({agency}) - {body}\n"


STORIES = {
    "quake.txt": story(
        "Quake Rattles Coastal Chile", "SANTIAGO", "Reuters",
        "A magnitude 6.8 earthquake struck off the coast of Chile on Monday, the national disaster agency said.",
        "President Gabriel Boric said there were no immediate reports of casualties in Valparaiso.",
    ),
    "vote.txt": story(
        "Parliament Backs Budget in Late Vote", "OTTAWA", "AP",
        "Canada's parliament approved the budget late on Tuesday after a marathon session, officials said.",
        "Finance Minister Chrystia Freeland told reporters the plan would cut the deficit within three years.",
    ),
}


def write_folder(root: Path) -> Path:
    folder = root / "pile"
    (folder / "world" / "asia").mkdir(parents=True)
    (folder / "quake.txt").write_text(STORIES["quake.txt"], encoding="utf-8")
    (folder / "world" / "vote.txt").write_bytes(STORIES["vote.txt"].replace("\n", "\r\n").encode("utf-16"))
    shutil.copy(PAGES / "harbor_wire.html", folder / "world" / "asia" / "port.html")
    shutil.copy(PAGES / "broadcaster_world.html", folder / "floods.htm")
    # a browser's "save complete" folder, hidden files and other files are passed over
    (folder / "floods_files").mkdir()
    (folder / "floods_files" / "ad-frame.html").write_text("<html><body><p>Buy now!</p></body></html>")
    (folder / ".draft.txt").write_text(STORIES["quake.txt"].replace("Chile", "Peru"))
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("not an article")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_plan_walks_folders_in_order_and_skips_what_is_not_an_article(tmp_path):
    folder = write_folder(tmp_path)
    items = plan([str(folder)])
    assert [p.relative_to(folder).as_posix() for p in items] == [
        "floods.htm", "quake.txt", "world/vote.txt", "world/asia/port.html",
    ]


def test_mixed_folder_and_stdin_land_with_their_own_anatomy(tmp_path):
    folder = write_folder(tmp_path)
    db_path = tmp_path / "s.db"
    stdin_story = story(
        "Rains Flood Dhaka Streets", "DHAKA", "AFP",
        "Monsoon rains flooded large parts of Dhaka on Wednesday, the city corporation said.",
    )
    result = runner.invoke(app, ["ingest", str(folder), "-", "--db", str(db_path)], input=stdin_story.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "5 ingested"
    db = open_db(db_path)
    rows = {r["title"]: r for r in db.query("SELECT * FROM articles")}
    assert set(rows) == {
        "Quake Rattles Coastal Chile", "Parliament Backs Budget in Late Vote", "Port Strike Halts Shipping Along the Coast",
        "Flooding forces thousands from homes in northern Italy", "Rains Flood Dhaka Streets",
    }
    assert (rows["Parliament Backs Budget in Late Vote"]["place"], rows["Parliament Backs Budget in Late Vote"]["agency"]) == ("Ottawa", "AP")
    assert rows["Rains Flood Dhaka Streets"]["source"] == "<stdin>"
    assert rows["Quake Rattles Coastal Chile"]["source"] == str((folder / "quake.txt").resolve())
    assert rows["Port Strike Halts Shipping Along the Coast"]["source"].startswith("https://harborledger.example/")
    # entities are corpus-wide and searchable at once; FTS covers every article
    names = {h.name for h in EntityIndex.load(db).search("Boric")}
    assert "Gabriel Boric" in names
    assert {p["title"] for p in paragraphs(db, "deficit")} == {"Parliament Backs Budget in Late Vote"}
    # the same folder again: nothing changes
    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db_path)])
    assert again.exit_code == 0 and again.stderr.strip().splitlines()[-1] == "0 ingested, 4 unchanged"


def test_bad_input_each_on_one_line_and_nothing_stored_is_touched(sample_db_path, tmp_path, monkeypatch):
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(PAGES / "section_front.html", folder / "front.html")
    half = (PAGES / "harbor_wire.html").read_bytes()
    (folder / "cut.html").write_bytes(half[: len(half) // 2])
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (folder / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40)
    (folder / "chinese.txt").write_bytes("\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e09\u8868\u793a\u3002".encode("gbk") * 30)
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "back")
    locked = folder / "locked.txt"
    locked.write_text(STORIES["quake.txt"])
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything; make the file as unreadable as it is for everyone else
        real_open = Path.open

        def guarded(self, *args, **kwargs):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", guarded)
    good = tmp_path / "good.txt"
    good.write_text(STORIES["vote.txt"])
    before = open_db(sample_db_path).execute("SELECT count(*), group_concat(sha256) FROM articles").fetchone()

    result = runner.invoke(app, ["ingest", str(folder), str(good), str(tmp_path / "missing"), "--db", str(sample_db_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    expect = {
        "front.html": "no article text",
        "huge.txt": "50.0 MB is too long for one article",
        "program.txt": "binary",
        "chinese.txt": "encoding is not recognised",
        "loop/back": "directory loop",
        "locked.txt": "permission denied",
        "missing": "no such file or directory",
    }
    for name, reason in expect.items():
        hits = [line for line in lines if f"{name}: " in line]
        assert len(hits) == 1 and reason in hits[0], (name, lines)
    # a page cut in half is stored for what it holds, and the report says it may be truncated
    (cut,) = [i for i, line in enumerate(lines) if line.startswith("ingested") and "Port Strike" in line]
    assert lines[cut + 1] == "  warning: the page may be truncated (it never closes </body> or </html>): stored what it holds"
    assert lines[-1] == "2 ingested, 7 failed"
    db = open_db(sample_db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before[0] + 2
    assert before[1] in db.execute("SELECT group_concat(sha256) FROM articles").fetchone()[0]


def test_one_article_that_breaks_spacy_fails_alone(tmp_path, monkeypatch):
    from newsx.store.nlp import extract

    real = extract.extract_many

    def fragile(nlp, anatomies, **kw):
        if any("Boric" in p.text for a in anatomies for p in a.paragraphs):
            raise ValueError("[E088] Text of length 2000001 exceeds maximum")
        return real(nlp, anatomies, **kw)

    monkeypatch.setattr(extract, "extract_many", fragile)
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text)
    db = open_db(tmp_path / "s.db")
    results = {Path(r.source).name: r for r in ingest(db, [str(tmp_path)])}
    assert results["vote.txt"].status == "ingested"
    assert results["quake.txt"].status == "failed"
    assert "could not be analysed" in results["quake.txt"].error and "E088" in results["quake.txt"].error
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_changed_version_replaces_in_place_keeping_entities_selections_and_fts(tmp_path):
    path = tmp_path / "talks.txt"
    first = story(
        "Talks Resume in Geneva", "GENEVA", "Reuters",
        "Negotiators from Armenia and Azerbaijan resumed talks in Geneva on Monday, diplomats said.",
        "The atmosphere was constructive, according to the Swiss foreign ministry.",
    )
    path.write_text(first)
    db = open_db(tmp_path / "s.db")
    assert [r.status for r in ingest(db, [str(path)])] == ["ingested"]
    geneva = db.execute("SELECT id FROM entities WHERE name = 'Geneva'").fetchone()[0]
    kept = db.execute("SELECT id FROM paragraphs WHERE text LIKE 'The atmosphere%'").fetchone()[0]
    toggle_selection(db, kept)
    second = first.replace("Armenia and Azerbaijan", "Serbia and Kosovo")
    path.write_text(second)
    assert [r.status for r in ingest(db, [str(path)])] == ["replaced"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    # an entity the new version still names keeps its id; one it no longer names is gone
    assert db.execute("SELECT id FROM entities WHERE name = 'Geneva'").fetchone()[0] == geneva
    assert db.execute("SELECT count(*) FROM entities WHERE name = 'Armenia'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM aliases a LEFT JOIN entities e ON e.id = a.entity_id WHERE e.id IS NULL").fetchone()[0] == 0
    # the selection moved to the same text in the new version
    assert [r[0] for r in db.execute("SELECT p.text FROM selections s JOIN paragraphs p ON p.id = s.paragraph_id")] == [
        "The atmosphere was constructive, according to the Swiss foreign ministry."
    ]
    # full-text search sees the new words and not the old
    assert paragraphs(db, "Kosovo") and not paragraphs(db, "Azerbaijan")
    assert db.execute("SELECT count(*) FROM paragraphs_fts").fetchone()[0] == db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]


def test_worker_processes_store_the_same_as_one_process(tmp_path):
    folder = write_folder(tmp_path)
    one = open_db(tmp_path / "one.db")
    two = open_db(tmp_path / "two.db")
    r1 = ingest(one, plan([str(folder)]))
    r2 = ingest(two, plan([str(folder)]), jobs=2)
    assert [(Path(r.source).name, r.status) for r in r1] == [(Path(r.source).name, r.status) for r in r2]
    query = "SELECT a.title, p.seq, p.kind, p.text FROM paragraphs p JOIN articles a ON a.id = p.article_id ORDER BY a.title, p.seq"
    assert list(one.query(query)) == list(two.query(query))
    mentions = "SELECT e.name, m.text, m.start FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY 1, 2, 3"
    assert list(one.query(mentions)) == list(two.query(mentions))


def _model_loads_and_reuses() -> tuple[int, int]:
    """In a worker: how often load_model loaded a model, and how often it handed back one already loaded."""
    info = load_model.cache_info()
    return info.misses, info.hits


def test_a_worker_starts_with_the_model_the_forkserver_loaded():
    """Each --jobs worker is forked with the model in memory; its own load is a cache hit, not a second load."""
    with worker_pool(2) as pool:
        counts = [pool.submit(_model_loads_and_reuses).result() for _ in range(4)]
    assert all(misses == 1 and hits >= 1 for misses, hits in counts), counts


def test_skipped_inputs_are_reported_not_raised(tmp_path):
    (tmp_path / "empty").mkdir()
    items = plan([str(tmp_path / "empty"), str(tmp_path / "nope.txt")])
    assert all(isinstance(i, Skipped) for i in items)
    assert [i.reason.split(" (")[0] for i in items] == ["no articles in this folder", "no such file or directory"]


def test_progress_bar_counts_articles_on_a_terminal(tmp_path, monkeypatch):
    import io

    import rich.console

    from newsx.store.sanitize import strip_escape_sequences
    from newsx.tui.cli import _ingest_with_progress

    screen = io.StringIO()
    real = rich.console.Console
    monkeypatch.setattr(rich.console, "Console", lambda **kw: real(file=screen, force_terminal=True, width=120))
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text)
    results = _ingest_with_progress(open_db(tmp_path / "s.db"), plan([str(tmp_path), str(tmp_path / "gone.txt")]), {"jobs": 1})
    assert [r.status for r in results].count("ingested") == 2
    shown = strip_escape_sequences(screen.getvalue())
    assert "ingesting" in shown and "3/3 articles" in shown and "1 failed" in shown


def test_unreadable_folder_is_reported_and_its_siblings_read(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(STORIES["quake.txt"])
    (tmp_path / "shut").mkdir()
    (tmp_path / "shut" / "b.txt").write_text(STORIES["vote.txt"])
    (tmp_path / "shut").chmod(0)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("shut"):  # as it is for anyone but root
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        items = plan([str(tmp_path)])
    finally:
        (tmp_path / "shut").chmod(0o700)
    assert [i.name for i in items if isinstance(i, Path)] == ["a.txt"]
    assert [(Path(i.source).name, i.reason) for i in items if isinstance(i, Skipped)] == [("shut", "permission denied")]
