"""What every command of the CLI shares: exit codes, common options, one-line errors.

Its own module so that command groups in other files (cli_correct.py) and
cli.py itself import it, never each other.
"""

from __future__ import annotations

import functools
import sqlite3
from enum import IntEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsx.store import NewsxError, open_db
from newsx.store.sanitize import one_line, terminal_json

from . import settings


class ExitCode(IntEnum):
    """Documented in the README; scripts may rely on them."""

    OK = 0
    INPUT_FAILED = 1  # some input could not be read, stored or written; the rest was done
    USAGE = 2  # the command line itself is wrong
    INTERNAL = 70  # a bug of ours (sysexits' EX_SOFTWARE)
    INTERRUPTED = 130  # Ctrl-C, SIGTERM or SIGHUP (128 + SIGINT, as shells report it)


EXIT_CODES_HELP = (
    "Exit status: 0 ok; 1 some input failed (the rest was done); 2 usage error; "
    "70 internal error; 130 interrupted (Ctrl-C, SIGTERM, SIGHUP)."
)


def _version() -> str:
    try:
        return version("newsx-tui")
    except PackageNotFoundError:
        return "unknown"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"newsx-tui {_version()}")
        raise typer.Exit(ExitCode.OK)


# Every command takes it, so `newsx-tui ingest --version` answers as `newsx-tui --version` does.
VersionOption = Annotated[
    bool,
    typer.Option("--version", is_eager=True, expose_value=False, callback=_show_version, help="Show the version and exit."),
]


class UsageProblem(NewsxError):
    """The command line is wrong in a way its parser cannot see (options that exclude each other)."""

    exit_code = ExitCode.USAGE


def _examples(*lines: str) -> str:
    """A command's epilog: examples, one per paragraph so the help keeps them on their own lines."""
    return "Examples:\n\n" + "\n\n".join(f"  {line}" for line in lines)


DbOption = Annotated[
    Optional[Path],
    typer.Option(
        "--db", metavar="FILE", show_default=False,
        help="Store file. Default: $NEWSX_DB, else \"db\" in the settings file, else newsx.db in your data directory.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (stable field names; see README).")]
def fail(message: str, code: int = ExitCode.INPUT_FAILED) -> typer.Exit:
    typer.echo(f"newsx-tui: {one_line(message)}", err=True)
    return typer.Exit(code)


def one_line_errors(command):
    """Turn every failure the user can meet into one line on stderr."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except NewsxError as exc:
            raise fail(str(exc), getattr(exc, "exit_code", ExitCode.INPUT_FAILED)) from None
        except sqlite3.Error as exc:
            raise fail(f"database error: {exc}") from None
        except KeyboardInterrupt:
            raise fail("interrupted", ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            raise  # `... | head` left early: ends quietly, no message
        except OSError as exc:
            raise fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None

    return wrapper


def _echo_json(data) -> None:
    typer.echo(terminal_json(data))


def open_store(path: Path):
    """The store at `path`, saying so on stderr when it is first brought up to this version: the indexes a
    new version adds take a minute to build in a store of a hundred thousand articles, once."""
    return open_db(path, on_upgrade=lambda: typer.echo(f"newsx-tui: upgrading {path} for this version (once; a large store takes a minute)", err=True))


def _store(db: Path | None):
    return open_store(settings.store_path(db))
