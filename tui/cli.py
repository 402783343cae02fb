"""The command line: the only place that parses arguments.

`newsx-tui [PATH ...]` opens the TUI (after ingesting PATHs); the other
commands answer from the store without a TUI. Errors are one line on
stderr and a distinct exit status (see ExitCode), never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Literal, Optional

import typer
from typer.core import TyperGroup

from newsx.store import ROLES, NewsxError, paragraph_number
from newsx.store.db import queries
from newsx.store.export import FORMATS
from newsx.store.sanitize import one_line, terminal_json

from . import settings
from .cli_common import (
    EXIT_CODES_HELP,
    DbOption,
    ExitCode,
    JsonOption,
    UsageProblem,
    VersionOption,
    _echo_json,
    _examples,
    _store,
    one_line_errors,
    open_store,
)
from .cli_correct import correct_app, import_corrections


class NewsxGroup(TyperGroup):
    """`open` is the default command, and options may come before the command they belong to.

    Typer 0.29 carries its own copy of click, so click-default-group cannot
    be mixed in; this does what it does, at the same point (before the group
    parses): arguments that name no command (`newsx-tui story.txt`,
    `newsx-tui --db FILE`) go to `open`, and a command named after its options
    (`newsx-tui -j 2 ingest x`) is moved to the front, using the commands' own
    declarations to know which options take a value.
    """

    default_command = "open"

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._with_command_first(ctx, args))

    def _with_command_first(self, ctx, args: list[str]) -> list[str]:
        takes_value = {
            name: not (getattr(p, "is_flag", False) or getattr(p, "count", False))
            for command in self.commands.values()
            for p in command.params
            if p.param_type_name == "option"
            for name in [*p.opts, *p.secondary_opts]
        }
        i = 0
        while i < len(args):
            arg = args[i]
            if arg in self.commands:
                return [arg, *args[:i], *args[i + 1 :]]
            if arg == "--" or arg == "-" or not arg.startswith("-"):
                break  # a path: the default command's
            i += 2 if "=" not in arg and takes_value.get(arg) else 1
        own = {name for p in self.get_params(ctx) for name in [*p.opts, *p.secondary_opts]}
        if (args and args[0] in own) or (not args and ctx.resilient_parsing):
            return args  # the group's own --help, --version, --install-completion; completing a command name
        return [self.default_command, *args]


app = typer.Typer(
    cls=NewsxGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    help=(
        "Explore news articles: actors, places, quotes and citable passages.\n\n"
        "Without a command, `newsx-tui [PATH ...] [--db FILE]` ingests the PATHs and opens the TUI "
        "(an empty store opens the bundled sample)."
    ),
    epilog=(
        "Examples:\n\n"
        "  newsx-tui                       open the store in the TUI\n\n"
        "  newsx-tui -j 2 ingest stories/  read a folder, two processes\n\n"
        "  newsx-tui export --entity Maliki -f html -o maliki.html\n\n"
        f"{EXIT_CODES_HELP}"
    ),
)


@app.callback()
def _group(_version: VersionOption = False) -> None:
    pass  # only here to give the group its --version


# Literal types become choices: the choices show in --help and complete in the shell.
Role = Literal[ROLES]
Format = Literal[FORMATS]
RoleOption = Annotated[
    Optional[Role],
    typer.Option("--role", help="Only entities of this role."),
]


@app.command(
    "open",
    epilog=_examples(
        "newsx-tui                     open the store (or the sample)",
        "newsx-tui story.txt pages/    ingest these first, then open",
        "newsx-tui --db ~/iraq.db      open another store",
    ),
)
@one_line_errors
def open_tui(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Articles to ingest first.")] = None,
    db: DbOption = None,
    _version: VersionOption = False,
) -> None:
    """Open the TUI (the default command: `newsx-tui [PATH ...]`)."""
    db_path = settings.store_path(db)
    paths = list(paths or [])
    # the reading and ingest modules are imported only when there is something to ingest: opening a store
    # paid half a second for them before its first paint on a busy machine
    if paths and paths != ["-"]:
        from newsx.store.read import expand_paths

        list(expand_paths(p for p in paths if p != "-"))  # a bad path fails here, before the screen clears
    if "-" in paths:
        raise UsageProblem("the TUI cannot read stdin; use `newsx-tui ingest -` first")
    store = open_store(db_path)
    if not paths and store.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        from newsx.store.ingest import sample_paths

        paths = [str(p) for p in sample_paths()]
    store.close()

    from newsx.tui.app import NewsxApp

    NewsxApp(db_path=db_path, ingest_paths=paths).run()


@app.command(
    epilog=_examples(
        "newsx-tui ingest story.txt pages/   files, folders",
        "newsx-tui ingest - < page.html      from stdin",
        "newsx-tui ingest - --title T --source URL < story.txt   stdin, named",
        "newsx-tui ingest -j 2 archive/      two processes",
    ),
)
@one_line_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or '-' for stdin.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no report; failures still print.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for reading and spaCy (one model load each).")] = 1,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Run reading and spaCy on a Dask cluster: tcp://HOST:PORT, or local:N for N worker processes here.",
    )] = None,
    scheduler_timeout: Annotated[float, typer.Option(
        "--scheduler-timeout", min=0.1, help="Seconds the scheduler has to answer and show a worker.",
    )] = 30.0,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the text read from stdin ('-').")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Source (a URL, say) of the text read from stdin; default <stdin>.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as a JSON list, one object per article.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print the report as one JSON line per article, as each lands.")] = False,
    _version: VersionOption = False,
) -> None:
    """Read articles into the store; the report has a line per article, its warnings, and every failure with its reason.

    Ctrl-C, SIGTERM or SIGHUP stop it cleanly: finished articles are kept, the one in hand is not.
    """
    from newsx.store import interrupts
    from newsx.store.ingest import StdinLabel, plan
    from newsx.store.ingest import ingest as run_ingest

    if (title is not None or source is not None) and "-" not in paths:
        raise NewsxError("--title and --source name text read from stdin; give '-' as a path")
    label = StdinLabel(source=_label_option(source, "--source"), title=_label_option(title, "--title"))
    if scheduler and jobs > 1:
        raise UsageProblem("--jobs and --scheduler do not go together: with a cluster, its workers are the jobs")
    if scheduler and not re.fullmatch(r"local:[1-9][0-9]*|[a-z]+://\S+", scheduler):
        raise UsageProblem(f"--scheduler must be tcp://HOST:PORT or local:N, not {scheduler!r}")
    with interrupts.as_ctrl_c():
        store = _store(db)
        items = plan(paths)
        where = {"jobs": jobs, "scheduler": scheduler, "scheduler_timeout": scheduler_timeout}
        if jsonl:
            def emit(result):
                typer.echo(json.dumps(asdict(result), ensure_ascii=False))
                sys.stdout.flush()

            results = run_ingest(store, items, on_result=emit, stdin=label, **where)
        elif quiet or as_json or not sys.stderr.isatty():
            results = run_ingest(store, items, stdin=label, **where)
        else:
            results = _ingest_with_progress(store, items, where, label)
    if as_json:
        _echo_json([asdict(r) for r in results])
    _summarise(results, quiet=quiet and not jsonl, per_article=not (quiet or jsonl or as_json))
    if any(r.status == "failed" for r in results):
        raise typer.Exit(ExitCode.INPUT_FAILED)


def _label_option(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not one_line(value):
        raise NewsxError(f"{option} needs a value")
    return one_line(value)


def _ingest_with_progress(store, items, where: dict, label=None):
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

        return run_ingest(store, items, on_result=advance, stdin=label or StdinLabel(), **where)


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


@app.command(
    "entities",
    epilog=_examples(
        "newsx-tui entities --role actor",
        "newsx-tui entities --role location --json | jq '.[] | select(.lat)'",
    ),
)
@one_line_errors
def list_entities(
    role: RoleOption = None, as_json: JsonOption = False, db: DbOption = None, _version: VersionOption = False
) -> None:
    """List entities with their aliases, role and mention counts."""
    rows = queries.entities(_store(db), role=role)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        where = f"  ({r['lat']:.4f}, {r['lon']:.4f})" if r["lat"] is not None else ""
        others = [a for a in r["aliases"] if a != r["name"]]
        aka = f"  aka {'; '.join(one_line(a) for a in others)}" if others else ""
        kind = f"{one_line(r['role'] or '')}, {one_line(r['type'] or '')}"
        typer.echo(f"{one_line(r['name'])}  [{kind}]  {r['mentions']} mention(s){where}{aka}")


@app.command(
    "quotes",
    epilog=_examples("newsx-tui quotes", "newsx-tui quotes --speaker maliki --json"),
)
@one_line_errors
def list_quotes(
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Fuzzy match on the speaker or their entity's aliases.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    _version: VersionOption = False,
) -> None:
    """List direct and reported quotes with their speakers."""
    from newsx.store.db.search import quotes_by_speaker
    from newsx.tui.who_said import unquoted

    store = _store(db)
    rows = quotes_by_speaker(store, speaker) if speaker else queries.quotes(store)
    if speaker and not rows:
        raise NewsxError(f"no quotes by a speaker matching {speaker!r}")
    if as_json:
        _echo_json(rows)
        return
    for q in rows:
        who = one_line(q["speaker"] or "(unattributed)")
        cue, kind = one_line(q["cue"] or ""), one_line(q["kind"] or "")
        # the id is what `correct speaker` and `correct not-quote` take
        where = f"{one_line(q['title'] or '(untitled)')} \u00b6{paragraph_number(q['seq'])}"
        said = f"\u201c{one_line(q['text'])}\u201d" if q["kind"] == "direct" else f"\u2248 {one_line(unquoted(q['text'] or ''))}"
        typer.echo(f"#{q['id']}  {where}  {who} {cue} [{kind}]: {said}")


@app.command(epilog=_examples("newsx-tui search malikki", "newsx-tui search 'oil refinery' --role location --json"))
@one_line_errors
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    role: RoleOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    _version: VersionOption = False,
) -> None:
    """Fuzzy search over entity names and aliases, and full-text search over paragraphs."""
    from newsx.store.db import search as s

    store = _store(db)
    paras = s.paragraphs(store, query, limit=50)  # a query of no words is refused here, with its reason
    hits = s.EntityIndex.load(store).search(query, role=role, limit=20)
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


@app.command(
    epilog=_examples(
        "newsx-tui export --entity Maliki > maliki.md",
        "newsx-tui export --query refinery -f csv -o oil.csv",
        "newsx-tui export --selection -f docx -o notes.docx",
        "newsx-tui export --selection -f html -o - | less",
    ),
)
@one_line_errors
def export(
    entity: Annotated[Optional[str], typer.Option("--entity", help="Paragraphs mentioning this entity (fuzzy).")] = None,
    query: Annotated[Optional[str], typer.Option("--query", help="Paragraphs matching these words.")] = None,
    selection: Annotated[bool, typer.Option("--selection", help="The passages selected in the TUI.")] = False,
    corrections: Annotated[
        bool, typer.Option("--corrections", help="Your corrections, selections and notes as JSON, for import-corrections.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = "md",
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", metavar="FILE", help="File to write, '-' for stdout (the default)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    db: DbOption = None,
    _version: VersionOption = False,
) -> None:
    """Export passages with citations (title, site, author, date, link, ¶N)."""
    from newsx.store import export as ex
    from newsx.store.db import search as s

    if sum([entity is not None, query is not None, selection, corrections]) != 1:
        raise UsageProblem("give exactly one of --entity NAME, --query Q, --selection or --corrections")
    to_stdout = output is None or str(output) == "-"
    if corrections:
        _export_corrections(None if to_stdout else output, force, db)
        return
    if to_stdout and fmt in ex.BINARY_FORMATS and sys.stdout.isatty():
        raise UsageProblem(f"{fmt} is a binary format: give -o FILE, or redirect stdout to a file")
    store = _store(db)
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
    if to_stdout:
        if fmt == "csv" and sys.stdout.isatty():
            content = content.removeprefix("\ufeff".encode())  # the mark is for spreadsheets, not terminals
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        written = ex.write(content, output, force=force)
        typer.echo(f"wrote {len(passages)} passage(s) to {one_line(str(written))}", err=True)


@app.command(
    "datasette-metadata",
    epilog=_examples(
        "newsx-tui datasette-metadata > metadata.json",
        "datasette newsx.db -m metadata.json",
    ),
)
@one_line_errors
def datasette_metadata(db: DbOption = None, _version: VersionOption = False) -> None:
    """Print Datasette metadata for the store: descriptions, labels, saved queries, `raw` hidden."""
    from newsx.store.db.datasette import metadata

    _echo_json(metadata(settings.store_path(db).stem))


def _export_corrections(output: Path | None, force: bool, db: Path | None) -> None:
    from newsx.store import export as ex
    from newsx.store.db import portable

    data = portable.export(_store(db))
    content = terminal_json(data) + "\n"
    if output is None:
        typer.echo(content, nl=False)
    else:
        written = ex.write(content.encode("utf-8"), output, force=force)
        typer.echo(
            f"wrote {len(data['corrections'])} correction(s) and {len(data['selections'])} selection(s)"
            f" to {one_line(str(written))}",
            err=True,
        )


app.add_typer(correct_app, name="correct")
app.command(
    "import-corrections",
    epilog=_examples("newsx-tui export --corrections -o mine.json", "newsx-tui --db other.db import-corrections mine.json"),
)(import_corrections)


def _error_line(exc: typer.TyperException) -> str:
    ctx = getattr(exc, "ctx", None)  # a usage error knows which command it was
    return f"{exc.format_message()} (see `{ctx.command_path} --help`)" if ctx else exc.format_message()


def main(argv: list[str] | None = None) -> None:
    """Run the command line; every way out has one of ExitCode's statuses and at most one line of error."""
    try:
        code = app(args=argv, prog_name="newsx-tui", standalone_mode=False)
    except typer.TyperException as exc:  # usage errors (exit_code 2) and the parser's other complaints
        typer.echo(f"newsx-tui: {one_line(_error_line(exc))}", err=True)
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("newsx-tui: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    except Exception as exc:  # the last line of defence against a traceback on the user's screen
        if os.environ.get("NEWSX_DEBUG"):
            raise
        typer.echo(f"newsx-tui: internal error: {one_line(repr(exc))} (set NEWSX_DEBUG=1 for details)", err=True)
        code = ExitCode.INTERNAL
    sys.exit(int(code or 0))


if __name__ == "__main__":
    main()
