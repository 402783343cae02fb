"""The newsx store: reading articles and filling the SQLite database.

The stages, in the order data flows through them (no module imports from a later one):

- ``read/``   bytes -> an article's anatomy (no spaCy, no SQL)
- ``nlp/``    anatomy -> entities, mentions and quotes (the only importer of spaCy)
- ``db/``     schema, migrations, the one write path, queries and search
- ``ingest``  orchestration: read -> nlp -> db, one transaction per article
- ``export``  passages -> cited Markdown, JSON or CSV

``records``, ``errors``, ``sanitize`` and ``names`` are shared by every stage
and import nothing of ours. This facade is what the CLI, the TUI and the tests
use; it never imports spaCy.
"""

from .db import default_db_path, open_db, transaction
from .errors import ExportError, IngestInterrupted, NewsxError, ReadError, StoreError
from .records import GEO_KEY, ROLES, paragraph_number

__all__ = [
    "GEO_KEY",
    "ROLES",
    "ExportError",
    "IngestInterrupted",
    "NewsxError",
    "ReadError",
    "StoreError",
    "default_db_path",
    "open_db",
    "paragraph_number",
    "transaction",
]
