import subprocess
import sys

from newsx.tui.app import NewsxApp

from .conftest import SAMPLE


def reader_text(app) -> str:
    return "\n".join(p["text"] for p in app.main.reader.readable)


async def test_fresh_store_ingests_the_sample_and_shows_the_title(tmp_path):
    app = NewsxApp(db_path=tmp_path / "fresh.db", ingest_paths=[str(SAMPLE)])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(300):  # the ingest runs in a child process
            await pilot.pause(0.1)
            if "Iraq Militants Seize Border Post" in reader_text(app):
                break
        text = reader_text(app)
        assert "Iraq Militants Seize Border Post In Drive To Create Islamic Caliphate" in text
        assert "SHI'ITES MOBILIZE" in text
        assert "Before You Go" not in text
        await pilot.press("q")
    assert app.return_code == 0


def test_the_tui_never_imports_spacy():
    code = "import sys, newsx.tui.app, newsx.tui.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_a_failed_ingest_says_why(tmp_path):
    bad = tmp_path / "nothing.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    app = NewsxApp(db_path=tmp_path / "fresh.db", ingest_paths=[str(bad)])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(300):
            await pilot.pause(0.1)
            if not any(w.group == "ingest" and w.is_running for w in app.workers):
                break
        await pilot.pause(0.2)
        messages = [str(n.message) for n in app._notifications]
        assert any("nothing.bin" in m for m in messages), messages  # which file, and why
        assert app.is_running
