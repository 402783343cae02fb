"""`newsx-tui correct …` and `import-corrections`: a reader's corrections from the command line.

Kept apart from cli.py so the correction commands read as one group; they
share its error handling and options. A NAME is found as the fuzzy pane
finds it (or given as `#ID`), and a NAME that could mean more than one
entity is refused with the candidates: a correction changes the store.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from newsx.store.db import corrections, portable
from newsx.store.db.search import EntityIndex, find_entity
from newsx.store.sanitize import one_line

from . import settings
from .cli_common import DbOption, JsonOption, VersionOption, _echo_json, one_line_errors, open_store

correct_app = typer.Typer(
    help="Correct what extraction got wrong; corrections hold through every later ingest.",
    no_args_is_help=True,
)


@correct_app.callback()
def _group(ctx: typer.Context, db: DbOption = None) -> None:
    """`--db` may come before the subcommand (`newsx-tui --db FILE correct …` puts it there)."""
    ctx.obj = db


def _store(ctx: typer.Context, db: Path | None):
    return open_store(settings.store_path(db or ctx.obj))


def _entity_id(store, name: str) -> int:
    return find_entity(EntityIndex.load(store), name).entity_id


def _done(correction: dict) -> None:
    typer.echo(f"#{correction['id']} {one_line(correction['description'])}")


NameArg = Annotated[str, typer.Argument(help="An entity's name or alias, found as the fuzzy pane finds it, or #ID.")]
AliasArg = Annotated[str, typer.Argument(help="A surface form exactly as `entities` lists it among the aliases.")]
QuoteArg = Annotated[int, typer.Argument(help="The quote's id, as `quotes` lists it.")]


@correct_app.command()
@one_line_errors
def merge(ctx: typer.Context, name: NameArg, into: NameArg, db: DbOption = None) -> None:
    """NAME and INTO are one entity, known by INTO's name."""
    store = _store(ctx, db)
    _done(corrections.merge(store, _entity_id(store, name), _entity_id(store, into)))


@correct_app.command()
@one_line_errors
def split(
    ctx: typer.Context,
    alias: AliasArg,
    onto: Annotated[Optional[str], typer.Option("--onto", help="Give the alias to this entity instead.")] = None,
    db: DbOption = None,
) -> None:
    """ALIAS is an entity of its own (or --onto another's), in every article."""
    store = _store(ctx, db)
    _done(corrections.split(store, alias, _entity_id(store, onto) if onto is not None else None))


@correct_app.command()
@one_line_errors
def rename(ctx: typer.Context, name: NameArg, new: Annotated[str, typer.Argument(help="The canonical name.")], db: DbOption = None) -> None:
    """Give an entity its proper canonical name."""
    store = _store(ctx, db)
    _done(corrections.rename(store, _entity_id(store, name), new))


@correct_app.command()
@one_line_errors
def role(
    ctx: typer.Context,
    name: NameArg,
    new_role: Annotated[str, typer.Argument(metavar="ROLE", help="actor, location or other.")],
    lat: Annotated[Optional[float], typer.Option("--lat", help="Latitude, for a location.")] = None,
    lon: Annotated[Optional[float], typer.Option("--lon", help="Longitude, for a location.")] = None,
    db: DbOption = None,
) -> None:
    """Set an entity's role, and a place's coordinates."""
    store = _store(ctx, db)
    _done(corrections.set_role(store, _entity_id(store, name), new_role, lat, lon))


@correct_app.command("not-entity")
@one_line_errors
def not_entity(ctx: typer.Context, alias: AliasArg, db: DbOption = None) -> None:
    """ALIAS is not an entity, here or in any later article."""
    _done(corrections.not_entity(_store(ctx, db), alias))


@correct_app.command()
@one_line_errors
def speaker(ctx: typer.Context, quote_id: QuoteArg, name: NameArg, db: DbOption = None) -> None:
    """The quote was said by NAME."""
    store = _store(ctx, db)
    _done(corrections.speaker(store, quote_id, _entity_id(store, name)))


@correct_app.command("not-quote")
@one_line_errors
def not_quote(ctx: typer.Context, quote_id: QuoteArg, db: DbOption = None) -> None:
    """The quote is not a quote."""
    _done(corrections.not_quote(_store(ctx, db), quote_id))


@correct_app.command("list")
@one_line_errors
def list_corrections(ctx: typer.Context, as_json: JsonOption = False, db: DbOption = None) -> None:
    """Every correction, oldest first; `(no longer applies)` when what it names has left the store."""
    rows = corrections.listing(_store(ctx, db))
    if as_json:
        _echo_json(rows)
        return
    for c in rows:
        stale = "" if c["holds"] else "  (no longer applies)"
        typer.echo(f"#{c['id']}  {c['created_at']}  {one_line(c['description'])}{stale}")


@correct_app.command()
@one_line_errors
def undo(
    ctx: typer.Context,
    correction_id: Annotated[Optional[int], typer.Argument(metavar="[ID]", help="Default: the latest.")] = None,
    db: DbOption = None,
) -> None:
    """Take back a correction: the rows it changed are as they were."""
    undone = corrections.undo(_store(ctx, db), correction_id)
    typer.echo(f"undid #{undone['id']} {one_line(undone['description'])}")


@one_line_errors
def import_corrections(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A file from `export --corrections`, or '-' for stdin.")],
    db: DbOption = None,
    _version: VersionOption = False,
) -> None:
    """Add the corrections, selections and notes of an exported file to this store."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise corrections.CorrectionError(f"{file} is not a corrections file (not UTF-8 text)") from None
    counts = portable.import_(open_store(settings.store_path(db)), portable.load(text))
    typer.echo(
        f"{counts['corrections']} correction(s) and {counts['selections']} selection(s) added,"
        f" {counts['already there']} already there, {counts['not found']} not found",
        err=True,
    )
