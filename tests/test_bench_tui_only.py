"""`python -m bench --tui-only` rewrites the TUI's generated table and keeps what was written by hand."""

from __future__ import annotations

import importlib

bench_main = importlib.import_module("bench.__main__")

SECTION = "## The TUI on large stores\n\nWhat the rows measure.\n\n| size | p95 |\n|---|---:|\n"


def test_tui_only_keeps_the_by_hand_subsections(tmp_path, monkeypatch):
    out = tmp_path / "RESULTS.md"
    out.write_text(
        "# Benchmark results\n\n## Ingest\n\nits table\n\n" + SECTION + "| 1,000 | 52.1 |\n\nRun 1 stamp.\n\n"
        "### A branch, measured by hand\nfigures\n\n### Another\nmore figures\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bench_main, "tui_rows", lambda quick: [])
    monkeypatch.setattr(bench_main, "render_tui", lambda rows: SECTION + "| 1,000 | 33.9 |\n")
    assert bench_main.tui_only(out, quick=True) == 0
    text = out.read_text(encoding="utf-8")
    assert "| 1,000 | 33.9 |" in text and "52.1" not in text and "Run 1 stamp." not in text
    assert text.index("33.9") < text.index("### A branch, measured by hand\nfigures") < text.index("### Another\nmore figures")
    assert text.startswith("# Benchmark results\n\n## Ingest\n\nits table\n\n## The TUI on large stores")
