"""What a reader expects to find as they left it: theme, scope, the last export folder and format,
the order of each list, and where they were reading in each store.

One small JSON file in the platformdirs config directory (on Linux
`~/.config/newsx-tui/settings.json`; `$NEWSX_CONFIG` names another file).
It may also name the store (`"db"`); `--db` and `$NEWSX_DB` win over it.
A missing, unreadable or hand-mangled file means the defaults, never a
failure: a preference is not worth refusing to start over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from newsx.store import default_db_path
from newsx.store.db.queries import ARTICLE_ORDERS, ENTITY_ORDERS
from newsx.store.export import FORMATS

CONFIG_ENV = "NEWSX_CONFIG"
THEMES = ("textual-dark", "textual-light")
SCOPES = ("article", "corpus")
# Reading positions kept, one per store, the most recently read last: an old store's goes first.
MAX_POSITIONS = 50


@dataclass(frozen=True)
class Settings:
    theme: str = "textual-dark"
    scope: str = "article"
    export_dir: str | None = None
    export_format: str = "md"
    db: str | None = None
    actor_order: str = ENTITY_ORDERS[0]
    location_order: str = ENTITY_ORDERS[0]
    other_order: str = ENTITY_ORDERS[0]
    article_order: str = ARTICLE_ORDERS[0]
    # store path -> where its reader was: {"source", "title", "paragraph" (seq), "text" (digest)}
    positions: dict = dataclasses.field(default_factory=dict)


# Values outside these are ignored one by one, so one bad entry costs only itself.
_ALLOWED = {
    "theme": THEMES,
    "scope": SCOPES,
    "export_format": FORMATS,
    "actor_order": ENTITY_ORDERS,
    "location_order": ENTITY_ORDERS,
    "other_order": ENTITY_ORDERS,
    "article_order": ARTICLE_ORDERS,
}


def config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_config_dir("newsx-tui", appauthor=False)) / "settings.json"


def load() -> Settings:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {}
    for field in dataclasses.fields(Settings):
        value = data.get(field.name)
        if isinstance(value, str) and value in _ALLOWED.get(field.name, (value,)):
            known[field.name] = value
    positions = data.get("positions")
    if isinstance(positions, dict):
        known["positions"] = {k: v for k, v in positions.items() if _is_position(v)}
    return Settings(**known)


def _is_position(value: object) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("source"), str)
        and isinstance(value.get("paragraph"), int)
        and all(isinstance(value.get(k), (str, type(None))) for k in ("title", "text"))
    )


def store_key(db_path: Path) -> str:
    """A store as the positions name it: its absolute path, however it was given."""
    return str(Path(db_path).expanduser().resolve())


def remember_position(db_path: Path, where: dict) -> str | None:
    """Save where the reader of this store is; the reason, if the file could not be written."""
    positions = dict(load().positions)
    key = store_key(db_path)
    positions.pop(key, None)
    positions[key] = where
    return update(positions=dict(list(positions.items())[-MAX_POSITIONS:]))


def update(**changes: object) -> str | None:
    """Save these settings over the stored ones; the reason, if the file could not be written.

    Written to a temporary file and renamed, so a crash never leaves half a file.
    """
    settings = dataclasses.replace(load(), **changes)
    path = config_path()
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(dataclasses.asdict(settings), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return f"settings not saved to {path}: {exc.strerror or exc}"
    return None


def store_path(explicit: Path | None) -> Path:
    """--db, else $NEWSX_DB, else the settings file's "db", else newsx.db in the data directory."""
    if explicit is not None:
        return explicit
    if os.environ.get("NEWSX_DB"):
        return default_db_path()
    configured = load().db
    return Path(configured).expanduser() if configured else default_db_path()
