"""Item 8: export never overwrites unasked, writes atomically, and fails cleanly where it cannot write."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .procs import cli


def export(db, out, *extra):
    return cli("export", "--query", "refinery", "-f", "md", "-o", out, *extra, "--db", db)


def assert_one_line_failure(run, *words):
    assert run.code == 1 and len(run.err_lines) == 1 and run.err.startswith("newsx-tui: "), run.err
    assert "Traceback" not in run.err
    for word in words:
        assert word in run.err, run.err


def test_never_overwrites_without_force_and_writes_atomically(sample_db_path, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "notes.md"
    existing.write_text("my own notes\n")
    assert_one_line_failure(export(sample_db_path, existing), "already exists", "--force")
    assert existing.read_text() == "my own notes\n"

    # A dangling symlink is a name taken too: replacing it is overwriting.
    link = folder / "link.md"
    link.symlink_to(folder / "nowhere.md")
    assert_one_line_failure(export(sample_db_path, link), "already exists")
    assert link.is_symlink() and os.readlink(link) == str(folder / "nowhere.md")

    fresh = folder / "passages.md"
    assert export(sample_db_path, fresh).code == 0
    assert fresh.read_text().startswith("# Passages matching")
    # Created like any new file (the umask decides), not private like a temp file.
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask

    forced = export(sample_db_path, existing, "--force")
    assert forced.code == 0, forced.err
    assert existing.read_text().startswith("# Passages matching")
    # No temporary file is left behind, after success or failure.
    assert sorted(p.name for p in folder.iterdir()) == ["link.md", "notes.md", "passages.md"]


def test_where_it_cannot_write_it_fails_cleanly(sample_db_path, tmp_path):
    missing = tmp_path / "no" / "such" / "folder" / "out.md"
    assert_one_line_failure(export(sample_db_path, missing), "does not exist")
    assert not (tmp_path / "no").exists()

    a_file = tmp_path / "report.txt"
    a_file.write_text("x")
    assert_one_line_failure(export(sample_db_path, a_file / "out.md"), "is a file, not a folder")
    assert a_file.read_text() == "x"

    folder = tmp_path / "dir"
    folder.mkdir()
    assert_one_line_failure(export(sample_db_path, folder), "is a directory")

    # Tests may run as root, which ignores permission bits; sysfs refuses new
    # files to everyone.
    assert_one_line_failure(export(sample_db_path, Path("/sys/newsx-export.md")), "cannot write /sys/newsx-export.md")
    assert not Path("/sys/newsx-export.md").exists()
