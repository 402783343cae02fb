"""Errors the user can act on; the CLI prints their message as one line."""


class NewsxError(Exception):
    """A failure with a message fit to show the user as it is."""


class StoreError(NewsxError):
    """The database cannot be opened, created or written."""


class ReadError(NewsxError):
    """A file cannot be read as an article."""


class ExportError(NewsxError):
    """Passages cannot be exported where the user asked."""


class IngestInterrupted(NewsxError):
    """Ctrl-C during ingest: what finished is stored, the article in hand is not."""

    exit_code = 130

    def __init__(self, results: list):
        self.results = results
        counts = {s: sum(r.status == s for r in results) for s in ("ingested", "replaced", "unchanged", "failed")}
        done = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "nothing stored yet"
        super().__init__(
            f"interrupted after {len(results)} article(s) ({done}); every finished article is kept"
        )
