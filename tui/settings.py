"""What a reader expects to find as they left it: theme, scope, the last export folder and format.

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
from newsx.store.export import FORMATS

CONFIG_ENV = "NEWSX_CONFIG"
THEMES = ("textual-dark", "textual-light")
SCOPES = ("article", "corpus")


@dataclass(frozen=True)
class Settings:
    theme: str = "textual-dark"
    scope: str = "article"
    export_dir: str | None = None
    export_format: str = "md"
    db: str | None = None


# Values outside these are ignored one by one, so one bad entry costs only itself.
_ALLOWED = {"theme": THEMES, "scope": SCOPES, "export_format": FORMATS}


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
    return Settings(**known)


def update(**changes: str | None) -> str | None:
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
