"""Item 4: FTS5 syntax and odd queries never reach SQLite as syntax.

Each query runs as a real `newsx-tui search` (and `export --query`): it is
searched as words, or refused with one clear line; never an SQLite error.
"""

from __future__ import annotations

import json

import pytest

from newsx.store.db.search import MAX_QUERY_TERMS

from .procs import cli

LEAKS = ("Traceback", "database error", "fts5", "syntax error", "internal error", "malformed MATCH")


def assert_no_leak(run):
    for leak in LEAKS:
        assert leak not in run.err and leak not in run.out, run.err
    if run.code != 0:
        assert run.code == 1 and len(run.err_lines) == 1 and run.err.startswith("newsx-tui: "), run.err


@pytest.mark.parametrize(
    "query",
    ["AND (", "NEAR(", '"refinery*', "x" * 10_000],
)
def test_fts_syntax_is_searched_as_words(sample_db_path, query):
    run = cli("search", query, "--json", "--db", sample_db_path)
    assert_no_leak(run)
    assert run.code == 0
    found = json.loads(run.out)["paragraphs"]
    if query == '"refinery*':  # phrase and prefix syntax: searched as the word
        assert found and all("refiner" in p["text"].lower() for p in found)


@pytest.mark.parametrize("query", ['"', "*", "-", "..."])
def test_syntax_with_no_words_is_refused_not_searched(sample_db_path, query):
    run = cli("search", query, "--json", "--db", sample_db_path)
    assert_no_leak(run)
    assert run.code == 1 and run.out == "" and "nothing to search for: the query has no words" in run.err


def test_empty_and_overlong_queries_are_refused_with_a_reason(sample_db_path):
    empty = cli("search", "", "--db", sample_db_path)
    assert_no_leak(empty)
    assert empty.code == 1 and "nothing to search for" in empty.err

    # 10,000 characters of words: dropping most of them would search for
    # something else than was asked, so the query is refused.
    long_query = " ".join(["refinery"] * 1_112)[:10_000]
    for args in (["search", long_query], ["export", "--query", long_query]):
        run = cli(*args, "--db", sample_db_path)
        assert_no_leak(run)
        assert run.code == 1 and f"at most {MAX_QUERY_TERMS}" in run.err

    punctuation = cli("export", "--query", '"(*', "--db", sample_db_path)
    assert_no_leak(punctuation)
    assert punctuation.code == 1 and "nothing to search for" in punctuation.err
