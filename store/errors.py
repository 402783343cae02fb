"""Errors the user can act on; the CLI prints their message as one line."""


class NewsxError(Exception):
    """A failure with a message fit to show the user as it is."""


class StoreError(NewsxError):
    """The database cannot be opened, created or written."""


class ReadError(NewsxError):
    """A file cannot be read as an article."""


class ExportError(NewsxError):
    """Passages cannot be exported where the user asked."""
