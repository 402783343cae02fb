"""`-o` naming something that is not a regular file: stdout, a FIFO, a device. Written in place,
never replaced by a rename (as root, a rename would swap a device node for a plain file).

Device nodes are made in a temporary folder when the tests run as root, so a regression can only
ever replace a node of its own; as any other user the real /dev/null and /dev/full are safe, since
only root can rename over them.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from .procs import ROOT, cli


def export(db, out, *extra):
    return cli("export", "--query", "refinery", "-f", "md", "-o", out, *extra, "--db", db)


def test_dash_means_stdout(sample_db_path):
    run = export(sample_db_path, "-")
    assert run.code == 0, run.err
    assert run.out.startswith("# Passages matching") and "> Iraq's largest refinery" in run.out
    assert not (ROOT / "-").exists()


def test_a_descriptor_path_is_written_through(sample_db_path):
    run = export(sample_db_path, "/dev/fd/1")
    assert run.code == 0, run.err
    assert run.out.startswith("# Passages matching")


def test_a_fifo_is_written_in_place(sample_db_path, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = export(sample_db_path, fifo)
    reader.join(timeout=30)
    assert run.code == 0, run.err
    assert received and received[0].decode("utf-8").startswith("# Passages matching")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.md", "store.db"]


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """/dev/null (minor 3) or /dev/full (minor 7): a private node as root, the real one otherwise."""
    if os.geteuid() != 0:
        return Path(f"/dev/{name}")
    node = tmp_path / name
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return node


def test_a_character_device_is_written_in_place(sample_db_path, tmp_path):
    null = _device(tmp_path, "null", 3)
    for extra in ((), ("--force",)):
        run = export(sample_db_path, null, *extra)
        assert run.code == 0, run.err
        assert stat.S_ISCHR(os.lstat(null).st_mode)

    full = _device(tmp_path, "full", 7)
    run = export(sample_db_path, full, "--force")
    assert run.code == 1 and len(run.err_lines) == 1, run.err
    assert run.err_lines[0] == f"newsx-tui: cannot write {full}: No space left on device"
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
