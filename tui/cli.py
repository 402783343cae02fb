"""The command line: the only place that parses arguments.

`newsx-tui [PATH ...]` opens the TUI (after ingesting PATHs); the other
commands answer from the store without a TUI. Errors are one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsx.store.db import queries
from newsx.store import ROLES, NewsxError, default_db_path, open_db, paragraph_number
from newsx.store.sanitize import one_line, terminal_json

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help=(
        "Explore news articles: actors, places, quotes and citable passages.\n\n"
        "Without a command, `newsx-tui [PATH ...] [--db FILE]` ingests the PATHs and opens the TUI "
        "(an empty store opens the bundled sample)."
    ),
)

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="Store file. Default: $NEWSX_DB, else newsx.db in your data directory.", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (stable field names; see README).")]


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"newsx-tui: {one_line(message)}", err=True)
    return typer.Exit(code)


def one_line_errors(command):
    """Turn every failure the user can meet into one line on stderr."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except NewsxError as exc:
            raise fail(str(exc), getattr(exc, "exit_code", 1)) from None
        except sqlite3.Error as exc:
            raise fail(f"database error: {exc}") from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            raise  # `... | head` left early: click ends quietly, no message
        except OSError as exc:
            raise fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None

    return wrapper


def _check_role(role: str | None) -> str | None:
    if role is not None and role not in ROLES:
        raise NewsxError(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def _echo_json(data) -> None:
    typer.echo(terminal_json(data))


@app.command("open", hidden=True)
@one_line_errors
def open_tui(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Articles to ingest first.")] = None,
    db: DbOption = None,
) -> None:
    """Open the TUI (the default command)."""
    from newsx.store.ingest import sample_paths
    from newsx.store.read import expand_paths

    db_path = db or default_db_path()
    paths = list(paths or [])
    if paths and paths != ["-"]:
        list(expand_paths(p for p in paths if p != "-"))  # a bad path fails here, before the screen clears
    if "-" in paths:
        raise NewsxError("the TUI cannot read stdin; use `newsx-tui ingest -` first")
    store = open_db(db_path)
    if not paths and store.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
        paths = [str(p) for p in sample_paths()]
    store.close()

    from newsx.tui.app import NewsxApp

    NewsxApp(db_path=db_path, ingest_paths=paths).run()


@app.command()
@one_line_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or '-' for stdin.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no report; failures still print.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for reading and spaCy (one model load each).")] = 1,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the text read from stdin ('-').")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Source (a URL, say) of the text read from stdin; default <stdin>.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as a JSON list, one object per article.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print the report as one JSON line per article, as each lands.")] = False,
) -> None:
    """Read articles into the store; the report has a line per article, its warnings, and every failure with its reason."""
    from newsx.store.ingest import StdinLabel, plan
    from newsx.store.ingest import ingest as run_ingest

    if (title is not None or source is not None) and "-" not in paths:
        raise NewsxError("--title and --source name text read from stdin; give '-' as a path")
    label = StdinLabel(source=_label_option(source, "--source"), title=_label_option(title, "--title"))
    store = open_db(db or default_db_path())
    items = plan(paths)
    if jsonl:
        def emit(result):
            typer.echo(json.dumps(asdict(result), ensure_ascii=False))
            sys.stdout.flush()

        results = run_ingest(store, items, jobs=jobs, on_result=emit, stdin=label)
    elif quiet or as_json or not sys.stderr.isatty():
        results = run_ingest(store, items, jobs=jobs, stdin=label)
    else:
        results = _ingest_with_progress(store, items, jobs, label)
    if as_json:
        _echo_json([asdict(r) for r in results])
    _summarise(results, quiet=quiet and not jsonl, per_article=not (quiet or jsonl or as_json))
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


def _label_option(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not one_line(value):
        raise NewsxError(f"{option} needs a value")
    return one_line(value)


def _ingest_with_progress(store, items, jobs: int, label=None):
    """A progress bar on stderr: articles done of total, rate, time left."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from newsx.store.ingest import StdinLabel
    from newsx.store.ingest import ingest as run_ingest

    with Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), TextColumn("{task.fields[failed]}"),
        console=Console(stderr=True), transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=len(items), rate="", failed="")
        failed = 0

        def advance(result):
            nonlocal failed
            failed += result.status == "failed"
            progress.advance(task)
            t = progress.tasks[0]
            rate = t.completed / t.elapsed if t.elapsed else 0
            progress.update(task, rate=f"{rate:.1f}/s" if rate else "", failed=f"{failed} failed" if failed else "")

        return run_ingest(store, items, jobs=jobs, on_result=advance, stdin=label or StdinLabel())


def _summarise(results, quiet: bool, per_article: bool) -> None:
    """A line per article with its warnings, one line per failure, then the counts.

    --quiet keeps only the failures; with --json the report is on stdout, so only failures and counts follow.
    """
    counts = {s: sum(r.status == s for r in results) for s in ("ingested", "replaced", "unchanged", "failed")}
    for r in results:
        if r.status == "failed":
            typer.echo(f"newsx-tui: {one_line(r.source)}: {one_line(r.error or 'failed')}", err=True)
        elif per_article:
            typer.echo(_report_line(r), err=True)
            for warning in r.warnings:
                typer.echo(f"  warning: {one_line(warning)}", err=True)
    if not quiet:
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n or s == "ingested")
        typer.echo(summary, err=True)


def _report_line(r) -> str:
    """`ingested  Title  (12 paragraphs, 9 entities, 3 quotes, en)  source`; an unchanged article has no counts."""
    title = one_line(r.title or "(untitled)")
    if r.paragraphs is None:
        return f"{r.status}  {title}  {one_line(r.source)}"
    counts = ", ".join([f"{r.paragraphs} paragraphs", f"{r.entities} entities", f"{r.quotes} quotes", *([r.language] if r.language else [])])
    return f"{r.status}  {title}  ({counts})  {one_line(r.source)}"


@app.command("entities")
@one_line_errors
def list_entities(
    role: Annotated[Optional[str], typer.Option("--role", help="actor, location or other.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List entities with their aliases, role and mention counts."""
    rows = queries.entities(open_db(db or default_db_path()), role=_check_role(role))
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        where = f"  ({r['lat']:.4f}, {r['lon']:.4f})" if r["lat"] is not None else ""
        others = [a for a in r["aliases"] if a != r["name"]]
        aka = f"  aka {'; '.join(one_line(a) for a in others)}" if others else ""
        kind = f"{one_line(r['role'] or '')}, {one_line(r['type'] or '')}"
        typer.echo(f"{one_line(r['name'])}  [{kind}]  {r['mentions']} mention(s){where}{aka}")


@app.command("quotes")
@one_line_errors
def list_quotes(
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Fuzzy match on the speaker or their entity's aliases.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List direct and reported quotes with their speakers."""
    from newsx.store.db.search import quotes_by_speaker
    from newsx.tui.who_said import unquoted

    store = open_db(db or default_db_path())
    rows = quotes_by_speaker(store, speaker) if speaker else queries.quotes(store)
    if speaker and not rows:
        raise NewsxError(f"no quotes by a speaker matching {speaker!r}")
    if as_json:
        _echo_json(rows)
        return
    for q in rows:
        who = one_line(q["speaker"] or "(unattributed)")
        cue, kind = one_line(q["cue"] or ""), one_line(q["kind"] or "")
        where = f"{one_line(q['title'] or '(untitled)')} \u00b6{paragraph_number(q['seq'])}"
        said = f"\u201c{one_line(q['text'])}\u201d" if q["kind"] == "direct" else f"\u2248 {one_line(unquoted(q['text'] or ''))}"
        typer.echo(f"{where}  {who} {cue} [{kind}]: {said}")


@app.command()
@one_line_errors
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    role: Annotated[Optional[str], typer.Option("--role", help="Limit entity matches to a role.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Fuzzy search over entity names and aliases, and full-text search over paragraphs."""
    from newsx.store.db import search as s

    store = open_db(db or default_db_path())
    paras = s.paragraphs(store, query, limit=50)  # a query of no words is refused here, with its reason
    hits = s.EntityIndex.load(store).search(query, role=_check_role(role), limit=20)
    if as_json:
        _echo_json({
            "entities": [h.__dict__ for h in hits],
            "paragraphs": [
                {k: p[k] for k in ("article_id", "paragraph_id", "title", "text")} | {"paragraph": paragraph_number(p["seq"])}
                for p in paras
            ],
        })
        return
    typer.echo(f"entities ({len(hits)}):")
    for h in hits:
        via = f" (as {one_line(h.alias)})" if h.alias != h.name else ""
        typer.echo(f"  {one_line(h.name)}{via}  [{one_line(h.role)}]  {h.score:.0f}")
    typer.echo(f"paragraphs ({len(paras)}):")
    for p in paras:
        typer.echo(f"  ¶{paragraph_number(p['seq'])} {one_line(p['title'] or '')}: {one_line(p['text'])[:160]}")


@app.command()
@one_line_errors
def export(
    entity: Annotated[Optional[str], typer.Option("--entity", help="Paragraphs mentioning this entity (fuzzy).")] = None,
    query: Annotated[Optional[str], typer.Option("--query", help="Paragraphs matching these words.")] = None,
    selection: Annotated[bool, typer.Option("--selection", help="The passages selected in the TUI.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json or csv.")] = "md",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    db: DbOption = None,
) -> None:
    """Export passages with citations."""
    from newsx.store import export as ex
    from newsx.store.db import search as s

    if sum([entity is not None, query is not None, selection]) != 1:
        raise NewsxError("give exactly one of --entity NAME, --query Q or --selection")
    if fmt not in ex.FORMATS:
        raise NewsxError(f"--format must be one of {', '.join(ex.FORMATS)}, not {fmt!r}")
    store = open_db(db or default_db_path())
    if entity is not None:
        hits = s.EntityIndex.load(store).search(entity, limit=1)
        if not hits:
            raise NewsxError(f"no entity matches {entity!r}")
        ids = sorted({m["paragraph_id"] for m in queries.mentions(store, hits[0].entity_id)})
        passages, heading = queries.passages(store, ids), f"Passages mentioning {hits[0].name}"
    elif query is not None:
        passages, heading = s.paragraphs(store, query, limit=10_000), f"Passages matching “{query}”"
        passages.sort(key=lambda p: (p["article_id"], p["seq"]))
    else:
        passages, heading = queries.selections(store), "Selected passages"
    if not passages:
        raise NewsxError("nothing to export: no passage matches")
    content = ex.render(passages, fmt, heading)
    if output is None:
        typer.echo(content, nl=False)
    else:
        written = ex.write(content, output, force=force)
        typer.echo(f"wrote {len(passages)} passage(s) to {one_line(str(written))}", err=True)


_COMMANDS = {"open", "ingest", "entities", "quotes", "search", "export"}


def _route(argv: list[str]) -> list[str]:
    """`newsx-tui [PATH ...]` means `newsx-tui open [PATH ...]`."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
            continue
        if arg.startswith("--db=") or (arg.startswith("-") and arg != "-" and arg not in ("--help", "-h")):
            i += 1
            continue
        if arg in ("--help", "-h"):
            return argv
        if arg in _COMMANDS:  # options given before the command belong to it
            return [arg, *argv[:i], *argv[i + 1 :]]
        return ["open", *argv]
    return ["open", *argv]


def main() -> None:
    try:
        app(args=_route(sys.argv[1:]), prog_name="newsx-tui")
    except KeyboardInterrupt:
        typer.echo("newsx-tui: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence against a traceback on the user's screen
        if os.environ.get("NEWSX_DEBUG"):
            raise
        typer.echo(f"newsx-tui: internal error: {one_line(repr(exc))} (set NEWSX_DEBUG=1 for details)", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
