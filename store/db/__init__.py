"""The db stage: SQLite schema and migrations, the one write path, queries, the fuzzy
entity index (rapidfuzz) and full-text search (FTS5)."""

from .schema import default_db_path, open_db, transaction
from .write import store_article

__all__ = ["default_db_path", "open_db", "store_article", "transaction"]
