"""Where the export dialog starts: the folder and format of the last export, else the working
directory and Markdown. Kept in the settings file, so the next session starts there too."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import settings


@dataclass
class ExportDefaults:
    folder: Path
    fmt: str = "md"

    @classmethod
    def from_settings(cls, saved: settings.Settings) -> ExportDefaults:
        last = Path(saved.export_dir).expanduser() if saved.export_dir else None
        # A folder removed since: start from the working directory again.
        return cls(last if last is not None and last.is_dir() else Path.cwd(), saved.export_format)

    def remember(self, written: Path, fmt: str) -> str | None:
        """Start the next export here; the reason, if the settings file could not be written."""
        self.folder, self.fmt = written.parent, fmt
        return settings.update(export_dir=str(written.parent.absolute()), export_format=fmt)
