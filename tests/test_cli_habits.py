"""The command line behaves as well-kept tools do: help and version everywhere, options where
people put them, choices completed by the shell, exit statuses that say what happened."""

from __future__ import annotations

import json
import os
import subprocess
from importlib.metadata import version

import pytest

from newsx.tui import cli as cli_module

from .conftest import SAMPLE
from .hostile.procs import ROOT, cli, command

COMMANDS = ["open", "ingest", "entities", "quotes", "search", "export", "datasette-metadata"]


def _main(*args, capsys) -> tuple[int, str, str]:
    """The console script's own entry point, in this process (a subprocess each would be slow)."""
    with pytest.raises(SystemExit) as exit_:
        cli_module.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


@pytest.mark.parametrize("flag", ["-h", "--help"])
@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_everywhere_with_examples(name, flag, capsys):
    code, out, err = _main(*([name] if name else []), flag, capsys=capsys)
    assert code == 0, err
    assert "Usage: newsx-tui" in out and "Examples:" in out
    if name is None:
        assert "Exit status: 0 ok; 1 some input failed" in " ".join(out.split())


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_version_everywhere(name, capsys):
    code, out, err = _main(*([name] if name else []), "--version", capsys=capsys)
    assert code == 0, err
    assert out.strip() == f"newsx-tui {version('newsx-tui')}"


def test_help_and_version_from_the_installed_command():
    assert cli("-h").code == 0
    assert cli("ingest", "--version").out.strip() == f"newsx-tui {version('newsx-tui')}"


def test_choices_are_shown_in_help(capsys):
    assert "md|json|csv|html|docx" in _main("export", "--help", capsys=capsys)[1]
    assert "actor|location|other" in _main("entities", "--help", capsys=capsys)[1]


def _complete(words: str) -> list[str]:
    env = os.environ | {"_NEWSX_TUI_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    proc = subprocess.run(command(), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_shell_completion_offers_commands_and_choices():
    assert _complete("newsx-tui ex") == ["export"]
    assert _complete("newsx-tui export --format ") == ["md", "json", "csv", "html", "docx"]
    assert _complete("newsx-tui entities --role l") == ["location"]
    # `--show-completion` reads the shell from the process tree (shellingham): under make, nohup or CI's runner it
    # finds `sh` or none. Typer's own switch makes it take the shell as a value, so this holds whoever runs pytest.
    env = os.environ | {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    script = subprocess.run(command("--show-completion", "bash"), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and "_NEWSX_TUI_COMPLETE=complete_bash" in script.stdout, script.stderr


def test_options_may_come_before_their_command(sample_db_path):
    run = cli("--db", sample_db_path, "entities", "--json")
    assert run.code == 0, run.err
    assert any(r["name"] == "Nuri al-Maliki" for r in json.loads(run.out))
    run = cli("-f", "json", "--db", sample_db_path, "export", "--query", "refinery")
    assert run.code == 0, run.err
    assert json.loads(run.out)[0]["title"].startswith("Iraq Militants")


def test_an_option_before_ingest(tmp_path):
    db = tmp_path / "s.db"
    run = cli("-j", "1", "-q", "ingest", SAMPLE, "--db", db)
    assert run.code == 0 and run.err == "", run.err


@pytest.mark.parametrize(
    "args, words",
    [
        (["--bogus"], ["No such option: --bogus", "newsx-tui open --help"]),
        (["export", "--query", "x", "--format", "pdf"], ["'pdf' is not one of", "newsx-tui export --help"]),
        (["entities", "--role", "villain"], ["'villain' is not one of"]),
        (["export"], ["give exactly one of --entity NAME, --query Q, --selection or --corrections"]),
        (["export", "--entity", "x", "--query", "y"], ["give exactly one of"]),
        (["search"], ["Missing argument 'query'"]),
        (["ingest", "-j", "0", "x"], ["-j"]),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, words, sample_db_path):
    run = cli(*args, "--db", sample_db_path)
    assert run.code == 2, (run.code, run.err)
    assert len(run.err_lines) == 1 and run.err.startswith("newsx-tui: "), run.err
    for word in words:
        assert word in run.err, run.err


def test_failed_input_exits_1(sample_db_path, tmp_path):
    run = cli("ingest", tmp_path / "missing.txt", "--db", sample_db_path)
    assert run.code == 1 and "no such file or directory" in run.err
    run = cli("export", "--query", "zebrafish", "--db", sample_db_path)
    assert run.code == 1 and run.err_lines == ["newsx-tui: nothing to export: no passage matches"]


def test_an_internal_error_has_its_own_status_and_one_line(sample_db_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli_module.queries, "entities", broken)
    monkeypatch.delenv("NEWSX_DEBUG", raising=False)
    code, _, err = _main("entities", "--db", sample_db_path, capsys=capsys)
    assert code == cli_module.ExitCode.INTERNAL == 70
    assert err.splitlines() == ["newsx-tui: internal error: RuntimeError('a bug') (set NEWSX_DEBUG=1 for details)"]


def test_exit_statuses_are_distinct():
    codes = [c.value for c in cli_module.ExitCode]
    assert len(set(codes)) == len(codes) and codes == [0, 1, 2, 70, 130]
