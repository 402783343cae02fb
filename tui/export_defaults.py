"""Where the export dialog starts: the folder and format of the last export, else the working
directory and Markdown. Kept for the session; this is the one place to back it with a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class ExportDefaults:
    folder: Path
    fmt: str = "md"

    def remember(self, written: Path, fmt: str) -> None:
        self.folder, self.fmt = written.parent, fmt
