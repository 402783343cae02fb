"""`python -m bench --tui-only` rewrites the TUI's generated table and keeps what was written by hand."""

from __future__ import annotations

import importlib

bench_main = importlib.import_module("bench.__main__")

SECTION = "## The TUI on large stores\n\nWhat the rows measure.\n\n| size | p95 |\n|---|---:|\n"


def test_tui_only_keeps_the_by_hand_subsections(tmp_path, monkeypatch):
    out = tmp_path / "RESULTS.md"
    out.write_text(
        "# Benchmark results\n\n## Ingest\n\nits table\n\n### Ingest by hand\nonce\n\n" + SECTION + "| 1,000 | 52.1 |\n\nRun 1 stamp.\n\n"
        "### A branch, measured by hand\nfigures\n\n### Another\nmore figures\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bench_main, "tui_rows", lambda quick: [])
    monkeypatch.setattr(bench_main, "render_tui", lambda rows: SECTION + "| 1,000 | 33.9 |\n")
    assert bench_main.tui_only(out, quick=True) == 0
    text = out.read_text(encoding="utf-8")
    assert "| 1,000 | 33.9 |" in text and "52.1" not in text and "Run 1 stamp." not in text
    assert text.index("33.9") < text.index("### A branch, measured by hand\nfigures") < text.index("### Another\nmore figures")
    assert text.startswith("# Benchmark results\n\n## Ingest\n\nits table\n\n### Ingest by hand\nonce\n\n## The TUI on large stores")
    assert text.count("Ingest by hand") == 1


def test_a_full_run_keeps_every_sections_by_hand_subsections(tmp_path):
    results_file = importlib.import_module("bench.results_file")
    old = (
        "# Benchmark results\n\nRun 1.\n\n## Ingest\n\n| 10 | 1.25x |\n\n### Ingest by hand\nkept 1\n\n"
        "## Dask\n\nold cluster table\n\n### Dask by hand\nkept 2\n\n" + SECTION + "| 1,000 | 52.1 |\n\n"
        "### A branch, measured by hand\nkept 3\n"
    )
    new = "# Benchmark results\n\nRun 2.\n\n## Ingest\n\n| 10 | 1.19x |\n\n" + SECTION + "| 1,000 | 33.9 |\n"
    text = results_file.merge(old, new)
    assert "Run 2." in text and "Run 1." not in text and "1.25x" not in text and "52.1" not in text
    # each by-hand subsection under the generated part of its own section, in the old order
    assert text.index("1.19x") < text.index("### Ingest by hand\nkept 1") < text.index("## The TUI") < text.index("33.9")
    assert text.index("33.9") < text.index("### A branch, measured by hand\nkept 3")
    # a section this run did not write (a --quick run writes fewer) is kept whole
    assert text.index("kept 3") < text.index("## Dask\n\nold cluster table\n\n### Dask by hand\nkept 2")
