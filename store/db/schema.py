"""Open or create the store: schema, migrations, WAL, foreign keys, FTS.

The tables and columns created here are a public contract (see README):
users open the file with sqlite3 or Datasette. Columns may be added;
renaming one is a breaking change.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from platformdirs import user_data_dir

from ..errors import StoreError
from ..records import UNRESOLVED_SPEAKERS
from . import corpus_counts
from .search import FTS_TOKENIZE

# Each version's additions (migrate() adds whatever an older store lacks):
# 1: the tables below as first released.
# 2 (language detection): articles.language, the ISO 639-1 code the read stage detects.
# 3 (anyascii keys): entities.key recomputed, folding names with anyascii (_recompute_entity_keys).
# 4 (corrections): the corrections table, a reader's decisions applied on every ingest.
# 5 (corpus counts): articles.entity_count, entities.mention_count and article_count, the
#   alias_words table and the indexes the corpus lists page by; corpus_counts.recompute
#   derives them from mentions and aliases.
# 6 (selections order): selections.position, the order of the Selections list and its export.
# 7 (ingest at scale): the word_skeletons table, through which resolution finds another
#   romanisation of a name, an index on each article's agency key (AGENCY_KEY) and one on
#   quotes.paragraph_id (the foreign-key check of every paragraph a replaced article deletes), so
#   writing an article costs the same in a store of a thousand articles as of a hundred thousand.
# 8 (alias vocabulary): the alias_vocabulary table, where the corpus index finds near spellings
#   without reading every alias word; alias words folded by anyascii, as entity keys are
#   (corpus_counts.refold_words); the indexes on articles.ingested_at (the store's signature) and
#   idx_articles_listed (the article list).
# 9 (lists paged): indexes through which the corpus's quotes are paged in reading order filtered by
#   kind, to review (QUOTE_TO_REVIEW), by an unnamed speaker's words, and its entities by name and by
#   articles (store/db/pages.py), so that the end of such a list is read as fast as its start.
# 10 (apostrophes): the alias words of every alias with an apostrophe folded again, a word such as "O'Gara"
#   as "ogara" as well as "o" and "gara" (corpus_counts.refold_apostrophe_words), so that "ogara" finds it.
# 11 (whole-name skeletons): the alias_skeletons table, each alias of more than one word under the skeleton of
#   the whole name (names.translit_key), through which resolution finds another romanisation of a full name by one
#   seek, reading only the aliases that can match (through word_skeletons it read every alias holding a word of the
#   surname's skeleton, more of them the larger the corpus).
# 12 (lone names): the lone_names table, each alias of a person known by no name of more than one word, through which
#   resolution finds the stored person known only as "Maliki" for "Nuri al-Maliki" by one seek (through aliases it
#   read every entity holding the alias, and the aliases of each, more of them the more people share the name).
# 13 (names by votes): the article_names table, the name each article gives each entity it mentions (its vote: the
#   name its extraction gave it; for an article written before, read from its mentions: corpus_counts.vote_of_before), and name_votes, how
#   many articles give each entity each name; every entity named as the most articles name it
#   (corpus_counts.name_by_votes), not by the longest name any one article gave it ("Donald Trump Wins", from one
#   website's title). A reader's `rename` still wins.
# Since 9, with no number of their own (migrate adds them to a store that lacks them, _schema_complete
# notices, and an older newsx-tui reads and writes the store as before): the article list's indexes by title
# and by outlet, and entity_totals with the triggers that keep it; each entity's first appearance
# (entities.first_published, first_article_id, first_place, kept by corpus_counts) and its index; an entity's
# mentions in reading order (an index); speaker_counts with the triggers that keep it; the mentions of a text and
# the quotes of a named speaker (indexes, for the corrections); two indexes dropped, whose columns begin another's
# (_REDUNDANT_INDEXES).
SCHEMA_VERSION = 13
ANYASCII_KEYS_VERSION = 3
CORPUS_COUNTS_VERSION = 5
WORD_SKELETONS_VERSION = 7
ALIAS_VOCABULARY_VERSION = 8
APOSTROPHE_WORDS_VERSION = 10
ALIAS_SKELETONS_VERSION = 11
LONE_NAMES_VERSION = 12
NAME_VOTES_VERSION = 13
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
# An agency's name as one spelling of it is matched to the others ('Nytimes', 'NY Times', 'NYTimes').
AGENCY_KEY = "lower(replace(replace(replace(agency, ' ', ''), '.', ''), '-', ''))"
_FTS_TRIGGERS = {"paragraphs_ai", "paragraphs_ad", "paragraphs_au"}
# A quote's speaker as the words of the article (tui/who_said.speaker_key folds them so, whitespace aside);
# {row} is "" for a query's own row, "NEW." or "OLD." in a trigger.
_WORDS = "coalesce(lower(trim({row}speaker)), '')"
_TO_REVIEW = "{words} IN (" + ", ".join(repr(w) for w in ["", *sorted(UNRESOLVED_SPEAKERS)]) + ")"
SPEAKER_WORDS = _WORDS.format(row="")
# A quote whose speaker is missing or unresolved (tui/who_said.needs_review). The query that pages them
# must say it in these words: SQLite uses a partial index only for a condition it can match to the index's.
QUOTE_TO_REVIEW = _TO_REVIEW.format(words=SPEAKER_WORDS)

# table -> (columns in order, primary key, foreign keys). Every column is
# listed so that migration can add whatever an older store lacks.
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "articles": (
        {
            "id": int,
            "source": str,
            "sha256": str,
            "title": str,
            "dek": str,
            "dateline": str,
            "place": str,
            "published": str,
            "agency": str,
            "byline": str,
            "credits": str,
            "raw": str,
            "ingested_at": str,
            "language": str,  # schema 2 (language detection)
            "entity_count": int,  # schema 3 (corpus counts)
        },
        "id",
        [],
    ),
    "paragraphs": (
        {"id": int, "article_id": int, "seq": int, "kind": str, "text": str},
        "id",
        [("article_id", "articles", "id")],
    ),
    "entities": (
        {
            "id": int,
            "name": str,
            "type": str,
            "role": str,
            "lat": float,
            "lon": float,
            "key": str,
            "mention_count": int,
            "article_count": int,
            # where it first appears reading the corpus from its earliest article (published, undated last,
            # then by id) and each article from its top: that article's date and id, and the place in it
            # (paragraph seq * 1e9 + start). Derived, kept by corpus_counts; NULL while nothing mentions it.
            "first_published": str,
            "first_article_id": int,
            "first_place": int,
        },
        "id",
        [],
    ),
    "aliases": (
        {"entity_id": int, "alias": str},
        ("entity_id", "alias"),
        [("entity_id", "entities", "id")],
    ),
    "mentions": (
        {
            "id": int,
            "entity_id": int,
            "article_id": int,
            "paragraph_id": int,
            "start": int,
            "end": int,
            "text": str,
        },
        "id",
        [
            ("entity_id", "entities", "id"),
            ("article_id", "articles", "id"),
            ("paragraph_id", "paragraphs", "id"),
        ],
    ),
    "quotes": (
        {
            "id": int,
            "article_id": int,
            "paragraph_id": int,
            "kind": str,
            "text": str,
            "start": int,
            "end": int,
            "speaker": str,
            "speaker_entity_id": int,
            "cue": str,
            "sieve": str,  # the attribution rule that linked the speaker (store/nlp/quotes.py; "ranker": speaker_ranker.py)
        },
        "id",
        [
            ("article_id", "articles", "id"),
            ("paragraph_id", "paragraphs", "id"),
            ("speaker_entity_id", "entities", "id"),
        ],
    ),
    # Each alias once per word in it (folded as the fuzzy index compares words): the corpus
    # index reads its candidates from here by SQL instead of holding every alias in memory.
    "alias_words": (
        {"role": str, "word": str, "entity_id": int, "alias": str},
        ("role", "word", "entity_id", "alias"),
        [("entity_id", "entities", "id")],
    ),
    # Each word alias_words has held, under its transliteration skeleton (names.translit_key;
    # derived): a store's reader finds the spellings of a word here ("moqtada", "muqtada"); resolution
    # did, from schema 7 to 10. A word no alias has any more stays; it leads to no alias_words row.
    "word_skeletons": ({"skeleton": str, "word": str}, ("skeleton", "word"), []),
    # Each alias of more than one word under the skeleton of the whole name (names.translit_key; derived, kept with
    # alias_words): resolution finds "Moqtada al-Sadr" for "Muqtada Sadr" by one seek that reads only the aliases
    # with that skeleton, however many others share the surname's.
    "alias_skeletons": (
        {"skeleton": str, "entity_id": int, "alias": str},
        ("skeleton", "entity_id", "alias"),
        [("entity_id", "entities", "id")],
    ),
    # Each alias of a person none of whose aliases has more than one word (the entity has no alias_skeletons row;
    # derived, kept with alias_words): resolution finds the stored person known only as "Maliki" here by one seek,
    # however many people with a full name share the surname.
    "lone_names": (
        {"alias": str, "entity_id": int},
        ("alias", "entity_id"),
        [("entity_id", "entities", "id")],
    ),
    # How many articles give the entity each name (derived from article_names, kept by the write path): the entity's
    # name is the one the most articles give it (corpus_counts.name_by_votes), unless the reader renamed it.
    "name_votes": (
        {"entity_id": int, "name": str, "articles": int},
        ("entity_id", "name"),
        [("entity_id", "entities", "id")],
    ),
    # The name each article gives each entity it mentions, its vote (derived, kept by the write path: the name its
    # extraction gave the entity; for an article written before schema 13, read from its mentions): what a
    # replaced article takes back from name_votes.
    "article_names": (
        {"article_id": int, "entity_id": int, "name": str},
        ("article_id", "entity_id"),
        [("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    ),
    # Each word of alias_words once per role: the corpus index reads the words of one first letter
    # to find near spellings of a query word (reading them from alias_words took seconds).
    "alias_vocabulary": ({"role": str, "word": str}, ("role", "word"), []),
    # How many entities of each role some article mentions (derived, kept by _TOTALS_TRIGGERS): the corpus
    # scope's count per pane and the header's, without counting 500,000 entities at every open and `s`.
    "entity_totals": ({"role": str, "mentioned": int}, "role", []),
    # How many quotes each speaker said, per filter of the Quotes pane (tui/who_said.FILTERS): `speaker` is its
    # who_said.speaker_key, `name` the entity's name or the folded words (derived, kept by _SPEAKER_TRIGGERS):
    # the speakers view is read a page at a time from here, not counted from a million quotes.
    "speaker_counts": (
        {"id": int, "filter": str, "speaker": str, "entity_id": int, "name": str, "quotes": int}, "id", []
    ),
    "selections": (
        {
            "id": int, "paragraph_id": int, "start": int, "end": int, "note": str, "created_at": str,
            "position": int,  # schema 6 (selections order)
        },
        "id",
        [("paragraph_id", "paragraphs", "id")],
    ),
    # A reader's decision about what extraction got wrong, keyed by entity keys, aliases and
    # quote text (never row ids, which a re-ingest changes); `undo` holds the rows it changed.
    "corrections": (
        {"id": int, "kind": str, "target": str, "value": str, "created_at": str, "undo": str},
        "id",
        [],
    ),
}

_INDEXES = [
    ("articles", ["sha256"], True),
    ("articles", ["source"], False),
    # the store's signature (queries.store_signature) asks for the latest, on open and on every poll
    ("articles", ["ingested_at"], False),
    ("paragraphs", ["article_id", "seq"], True),
    ("entities", ["key"], True),
    ("aliases", ["alias"], False),
    ("mentions", ["paragraph_id"], False),
    ("mentions", ["article_id"], False),
    # the corpus's quotes in reading order, a page at a time (queries.first_quotes)
    ("quotes", ["article_id", "paragraph_id", "start"], False),
    ("alias_words", ["entity_id"], False),
    ("alias_skeletons", ["entity_id"], False),
    ("lone_names", ["entity_id"], False),
    # an entity's votes, deleted with it (corpus_counts.forget_votes)
    ("article_names", ["entity_id"], False),
    ("quotes", ["speaker_entity_id"], False),
    ("quotes", ["paragraph_id"], False),
    ("selections", ["paragraph_id"], False),
]


# Indexes an older newsx-tui made that another index's leading columns now serve, every query and foreign-key check
# alike (idx_mentions_in_reading_order begins with entity_id, idx_quotes_article_id_paragraph_id_start with article_id):
# each cost every article's mentions and quotes a write, in the first case on a page of its own per entity. migrate
# drops them, with no schema number of their own (an older newsx-tui makes them again on open, and works as before).
_REDUNDANT_INDEXES = ("idx_mentions_entity_id", "idx_quotes_article_id")


# Indexes sqlite-utils' create_index cannot make (it knows neither DESC, COLLATE nor expressions):
# the corpus's entities of a role, most mentioned first, a page at a time (queries.top_entities);
# the spellings of an agency, each found by one seek (write._agency_spelling).
_ORDERED_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_entities_by_mentions"
    " ON entities (role, mention_count DESC, name COLLATE NOCASE)",
    f"CREATE INDEX IF NOT EXISTS idx_articles_agency_key ON articles ({AGENCY_KEY}, agency)",
    # The article list (queries.articles) in its default order with its columns: a page of it, or all of it,
    # without reading the articles' rows (each holds the text as read) or sorting them (schema 8).
    "CREATE INDEX IF NOT EXISTS idx_articles_listed"
    " ON articles (published IS NULL, published DESC, id, title, agency, source, place, dateline, ingested_at, entity_count)",
    # The corpus's quotes in reading order, of one kind, to review, of one unnamed speaker; its entities of a
    # role by name and by articles, as store/db/pages.py orders them (schema 9). The row id ends each entry.
    "CREATE INDEX IF NOT EXISTS idx_quotes_by_kind ON quotes (kind, article_id, paragraph_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_to_review"
    f" ON quotes (article_id, paragraph_id, start) WHERE {QUOTE_TO_REVIEW}",
    "CREATE INDEX IF NOT EXISTS idx_quotes_by_speaker_words"
    f" ON quotes ({SPEAKER_WORDS}, article_id, paragraph_id, start) WHERE speaker_entity_id IS NULL",
    "CREATE INDEX IF NOT EXISTS idx_entities_by_name"
    " ON entities (role, name COLLATE NOCASE, mention_count DESC) WHERE mention_count > 0",
    "CREATE INDEX IF NOT EXISTS idx_entities_by_articles"
    " ON entities (role, article_count DESC, mention_count DESC, name COLLATE NOCASE) WHERE mention_count > 0",
    # The article list's other orders, a page at a time (store.db.pages.LISTS["articles"]): by title and by
    # outlet. Indexes only, so no new schema number: _schema_complete misses them in an older store and
    # migrate adds them, and an older newsx-tui opens the store as before.
    "CREATE INDEX IF NOT EXISTS idx_articles_by_title ON articles (coalesce(title, source) COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS idx_articles_by_source"
    " ON articles (agency IS NULL, agency COLLATE NOCASE, source COLLATE NOCASE, id)",
    # The entities of a role in the order they first appear (store.db.pages.LISTS["entities"]["first"]).
    "CREATE INDEX IF NOT EXISTS idx_entities_by_first ON entities (role, first_published IS NULL, first_published,"
    " first_article_id, first_place, mention_count DESC, name COLLATE NOCASE) WHERE mention_count > 0",
    # One entity's mentions in reading order, a page at a time (LISTS["entity_mentions"]).
    "CREATE INDEX IF NOT EXISTS idx_mentions_in_reading_order ON mentions (entity_id, article_id, paragraph_id, start)",
    # A speaker's count per filter, found by the triggers; the speakers of a filter, most quoted first (LISTS["speakers"]).
    "CREATE UNIQUE INDEX IF NOT EXISTS idx_speaker_counts_key ON speaker_counts (speaker, filter)",
    "CREATE INDEX IF NOT EXISTS idx_speaker_counts_listed"
    " ON speaker_counts (filter, quotes DESC, entity_id IS NULL, name COLLATE NOCASE) WHERE quotes > 0",
    # The mentions written as an alias and the quotes a name said, in the corpus or in one article: what a `split`
    # or `not-entity` correction moves (store/db/corrections.py), found by a seek, not by reading every mention and
    # quote. Only quotes whose speaker is an entity: the only ones those corrections change.
    "CREATE INDEX IF NOT EXISTS idx_mentions_by_text ON mentions (text, article_id)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_by_speaker ON quotes (speaker, article_id) WHERE speaker_entity_id IS NOT NULL",
]

# entity_totals follows every change of an entity's mention count or role, whoever writes it (the write path,
# a correction or its undo, a recount, a migration), in the same statement's transaction. An entity counts
# for its role while its mention_count is above 0.
_MENTIONED = "coalesce({row}.mention_count, 0) > 0"
_ADD = (
    "INSERT INTO entity_totals (role, mentioned) SELECT coalesce(NEW.role, ''), 1 WHERE " + _MENTIONED.format(row="NEW")
    + " ON CONFLICT (role) DO UPDATE SET mentioned = mentioned + 1;"
)
_TAKE = (
    "UPDATE entity_totals SET mentioned = mentioned - 1 WHERE role = coalesce(OLD.role, '') AND "
    + _MENTIONED.format(row="OLD") + ";"
)
_TOTALS_TRIGGERS = {
    "entity_totals_ai": f"AFTER INSERT ON entities BEGIN {_ADD} END",
    "entity_totals_ad": f"AFTER DELETE ON entities BEGIN {_TAKE} END",
    "entity_totals_au": (
        "AFTER UPDATE OF mention_count, role ON entities WHEN"
        f" ({_MENTIONED.format(row='OLD')}) != ({_MENTIONED.format(row='NEW')}) OR OLD.role IS NOT NEW.role"
        f" BEGIN {_TAKE} {_ADD} END"
    ),
}


# speaker_counts follows every quote written, deleted or given another speaker or kind, whoever writes it (the
# write path, a correction or its undo), and every entity renamed, in the same statement's transaction.
def _speaker(row: str) -> str:
    words = _WORDS.format(row=f"{row}.")
    return (
        f"CASE WHEN {row}.speaker_entity_id IS NOT NULL THEN 'entity:' || {row}.speaker_entity_id"
        f" WHEN {words} != '' THEN 'said:' || {words} ELSE 'unattributed' END"
    )


def _filters(row: str) -> str:
    """The filters (who_said.FILTERS, as pages.LISTS["quotes"] says them) that keep the quote `row`, as rows of `filter`."""
    return (
        f"SELECT 'all' AS filter UNION ALL SELECT 'direct' WHERE {row}.kind = 'direct'"
        f" UNION ALL SELECT 'reported' WHERE {row}.kind = 'indirect'"
        f" UNION ALL SELECT 'review' WHERE {_TO_REVIEW.format(words=_WORDS.format(row=f'{row}.'))}"
    )


_COUNT_QUOTE = (
    "INSERT INTO speaker_counts (filter, speaker, entity_id, name, quotes) SELECT f.filter, " + _speaker("NEW")
    + ", NEW.speaker_entity_id, CASE WHEN NEW.speaker_entity_id IS NOT NULL THEN"
    " (SELECT name FROM entities WHERE id = NEW.speaker_entity_id)"
    f" WHEN {_WORDS.format(row='NEW.')} != '' THEN {_WORDS.format(row='NEW.')} ELSE 'unattributed' END, 1"
    f" FROM ({_filters('NEW')}) f WHERE 1"
    " ON CONFLICT (speaker, filter) DO UPDATE SET quotes = quotes + 1;"
)
_UNCOUNT_QUOTE = (
    f"UPDATE speaker_counts SET quotes = quotes - 1 WHERE speaker = {_speaker('OLD')}"
    f" AND filter IN ({_filters('OLD')});"
)
_SPEAKER_TRIGGERS = {
    "speaker_counts_ai": f"AFTER INSERT ON quotes BEGIN {_COUNT_QUOTE} END",
    "speaker_counts_ad": f"AFTER DELETE ON quotes BEGIN {_UNCOUNT_QUOTE} END",
    "speaker_counts_au": f"AFTER UPDATE OF speaker, speaker_entity_id, kind ON quotes BEGIN {_UNCOUNT_QUOTE} {_COUNT_QUOTE} END",
    "speaker_counts_named": (
        "AFTER UPDATE OF name ON entities BEGIN UPDATE speaker_counts SET name = NEW.name WHERE speaker = 'entity:' || NEW.id; END"
    ),
}


def fill_speaker_counts(conn: sqlite3.Connection) -> None:
    """Who said how many quotes, per filter, from the quotes as they now are (_SPEAKER_TRIGGERS keep it from
    then on): the rows the triggers would have made."""
    conn.execute("DELETE FROM speaker_counts")
    conn.execute("DROP TABLE IF EXISTS temp.said")
    # counted per entity, or per words when none, before any key is spelled: sorting a million spelled keys took seconds
    conn.execute(
        "CREATE TEMP TABLE said AS SELECT speaker_entity_id AS entity_id,"
        f" CASE WHEN speaker_entity_id IS NULL THEN {SPEAKER_WORDS} END AS words, kind, {QUOTE_TO_REVIEW} AS review,"
        " count(*) AS n FROM quotes GROUP BY 1, 2, 3, 4"
    )
    for which, condition in (("all", "1"), ("direct", "kind = 'direct'"), ("reported", "kind = 'indirect'"), ("review", "review")):
        conn.execute(
            "INSERT INTO speaker_counts (filter, speaker, entity_id, name, quotes) SELECT ?, CASE WHEN s.entity_id IS NOT NULL"
            " THEN 'entity:' || s.entity_id WHEN s.words != '' THEN 'said:' || s.words ELSE 'unattributed' END,"
            " s.entity_id, CASE WHEN s.entity_id IS NOT NULL THEN e.name WHEN s.words != '' THEN s.words ELSE 'unattributed' END,"
            f" sum(s.n) FROM said s LEFT JOIN entities e ON e.id = s.entity_id WHERE {condition} GROUP BY s.entity_id, s.words",
            [which],
        )
    conn.execute("DROP TABLE temp.said")


def default_db_path() -> Path:
    """`$NEWSX_DB`, else newsx.db in the user's data directory."""
    env = os.environ.get("NEWSX_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("newsx-tui", appauthor=False)) / "newsx.db"


def _check_is_store(path: Path) -> None:
    """Refuse, before sqlite touches it, a file that is not SQLite or is from a newer newsx-tui.

    The header alone answers both for a store closed cleanly; a store with
    a write-ahead log is asked again through SQLite, read-only.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(_HEADER_BYTES)
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror or exc}") from None
    if not header:
        return  # an empty file: a new store
    if not header.startswith(_SQLITE_MAGIC):
        raise StoreError(f"{path} is not a newsx store (not an SQLite database)")
    if len(header) < _HEADER_BYTES:
        raise StoreError(f"cannot open {path}: the file is damaged (truncated)")
    _check_version(path, int.from_bytes(header[60:64], "big"))


def _check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer newsx-tui (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade newsx-tui to open it"
        )


def _check_is_ours(path: Path, conn: sqlite3.Connection) -> None:
    """A newer store, or another program's database, is refused before anything writes to it."""
    _check_version(path, conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and not ({"articles", "paragraphs"} <= tables):
        raise StoreError(
            f"{path} is an SQLite database but not a newsx store; choose another file with --db"
        )


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def open_db(
    path: str | Path | None = None, *, readonly: bool = False, on_upgrade: Callable[[], None] | None = None
) -> sqlite_utils.Database:
    """Open the store at `path` (created with its schema if missing).

    Raises StoreError with a one-line message for anything the user must fix:
    an unwritable place, a file that is not SQLite, a damaged file, another
    program's database, or a store written by a newer version of newsx-tui.
    Nothing is written to a file that is refused. `on_upgrade` is called before an older store is
    brought up to this version (a large store's new indexes take a minute, once).
    """
    path = Path(path) if path is not None else default_db_path()
    _check_is_store(path)
    if not path.exists() and not readonly:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    conn = None
    try:
        if readonly and not path.exists():
            raise StoreError(f"no store at {path}")
        if readonly or _has_wal(path):
            # The log may hold a header the file does not show yet. A read-only
            # look cannot checkpoint it into the file, as closing a writable
            # connection to a refused store would.
            probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            try:
                _check_is_ours(path, probe)
            finally:
                probe.close()
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        _check_is_ours(path, conn)
        db = sqlite_utils.Database(conn)
        if not readonly:
            db.execute("PRAGMA journal_mode = WAL")
            if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION or not _schema_complete(db):
                if on_upgrade is not None and db.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]:
                    on_upgrade()  # a store that exists: a new one is only created
                _migrate_or_explain(path, db)
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"cannot open {path}: {_sqlite_reason(exc)}") from None
        raise
    return db


def _sqlite_reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return "the file is damaged or not an SQLite database"
    if "readonly" in text or "unable to open" in text:
        return "it is not writable here"
    return text


def _schema_complete(db: sqlite_utils.Database) -> bool:
    tables = set(db.table_names())
    if "paragraphs_fts" not in tables or not _FTS_TRIGGERS <= {t.name for t in db.table("paragraphs").triggers}:
        return False
    if not set(_TOTALS_TRIGGERS) <= {t.name for t in db.table("entities").triggers}:
        return False
    if not set(_SPEAKER_TRIGGERS) <= {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}:
        return False
    for name, (columns, _, _) in TABLES.items():
        if name not in tables or set(columns) - set(db[name].columns_dict):
            return False
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    wanted = {f"idx_{name}_{'_'.join(cols)}" for name, cols, _ in _INDEXES}
    wanted |= {_index_name(sql) for sql in _ORDERED_INDEXES}
    return wanted <= indexes and not indexes & set(_REDUNDANT_INDEXES)


def _index_name(sql: str) -> str:
    return sql.split(" EXISTS ", 1)[1].split()[0]


def _migrate_or_explain(path: Path, db: sqlite_utils.Database) -> None:
    try:
        migrate(db)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise
        raise StoreError(
            f"cannot upgrade {path} to schema {SCHEMA_VERSION}: {exc}; the store is unchanged"
        ) from None


def migrate(db: sqlite_utils.Database) -> None:
    """Bring any older store up to SCHEMA_VERSION in one transaction.

    Migration adds missing tables, missing columns (as NULL), indexes and the
    FTS index; the one rewrite is of derived data, the entity keys (version 2,
    _recompute_entity_keys). Nothing the user wrote or read is dropped, and a
    migration that fails part-way leaves the store as it was.
    """
    stored_version = db.execute("PRAGMA user_version").fetchone()[0]
    # sqlite-utils runs its DDL inside a transaction that is already open
    # (outside one, executescript would commit as it goes).
    with transaction(db) as conn:
        created = set()
        added: dict[str, list[str]] = {}
        for name, (columns, pk, fks) in TABLES.items():
            table = db.table(name)
            if not table.exists():
                created.add(name)
                table.create(columns, pk=pk, foreign_keys=fks, not_null=_not_null(name))
            else:
                for col, col_type in columns.items():
                    if col not in table.columns_dict:
                        table.add_column(col, col_type)
                        added.setdefault(name, []).append(col)
        for name, cols, unique in _INDEXES:
            db.table(name).create_index(cols, unique=unique, if_not_exists=True)
        for name in _REDUNDANT_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        first_seen_missing = "first_place" in added.get("entities", ())
        speakers_missing = not set(_SPEAKER_TRIGGERS) <= triggers
        # The indexes of what is filled below are made after it: 500,000 rows moved within an index as they
        # are filled took a minute in a store of 100,000 articles, made afterwards seconds.
        filled_later = {"idx_entities_by_first"} if first_seen_missing else set()
        if speakers_missing:
            filled_later |= {"idx_speaker_counts_key", "idx_speaker_counts_listed"}
        for sql in _ORDERED_INDEXES:
            if _index_name(sql) not in filled_later:
                conn.execute(sql)
        if not set(_TOTALS_TRIGGERS) <= triggers:
            for name, body in _TOTALS_TRIGGERS.items():
                conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            corpus_counts.fill_totals(conn)
        if speakers_missing:
            for name, body in _SPEAKER_TRIGGERS.items():
                conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            fill_speaker_counts(conn)
        if first_seen_missing:
            corpus_counts.fill_first_seen(conn)
        for sql in _ORDERED_INDEXES:
            if _index_name(sql) in filled_later:
                conn.execute(sql)
        # Rebuilt when its triggers are missing (a kill mid-way through a
        # migration that was not one transaction could leave it so).
        db.table("paragraphs").enable_fts(["text"], create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)
        if stored_version < ANYASCII_KEYS_VERSION:
            _recompute_entity_keys(db.conn)
        # Derived data too, like the full-text index (schema 5, corpus counts); minutes on a store of
        # millions of aliases, so only when it is missing
        if stored_version < CORPUS_COUNTS_VERSION or "alias_words" in created:
            corpus_counts.recompute(conn)
        else:
            if stored_version < ALIAS_VOCABULARY_VERSION or "alias_vocabulary" in created:
                corpus_counts.refold_words(conn)
                corpus_counts.fill_vocabulary(conn)
            if stored_version < APOSTROPHE_WORDS_VERSION:
                corpus_counts.refold_apostrophe_words(conn)
            if stored_version < WORD_SKELETONS_VERSION or "word_skeletons" in created:
                corpus_counts.fill_skeletons(conn)
            if stored_version < ALIAS_SKELETONS_VERSION or "alias_skeletons" in created:
                corpus_counts.fill_name_skeletons(conn)
            if stored_version < LONE_NAMES_VERSION or "lone_names" in created:
                corpus_counts.fill_lone_names(conn)  # from alias_skeletons, filled above
        if stored_version < NAME_VOTES_VERSION or {"name_votes", "article_names"} & created:
            corpus_counts.fill_votes(conn)
            corpus_counts.rename_by_votes(conn)
        _step_selections_in_order(db)  # idempotent: fills only what lacks a position
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _recompute_entity_keys(conn: sqlite3.Connection) -> None:
    """Migration to version 2: entity keys fold names with anyascii, not NFKD.

    A key is `role:name_key(name)` (gazetteer places keep theirs). Entities whose new keys
    coincide ("Lodz" and "Łódź", stored apart before) become one: the oldest keeps its row and
    takes the others' aliases, mentions and quotes. Runs inside migrate's transaction.
    """
    from ..names import name_key
    from ..records import GEO_KEY

    keep: dict[str, int] = {}
    for entity_id, name, role, key in conn.execute("SELECT id, name, role, key FROM entities ORDER BY id").fetchall():
        new_key = key if key is None or key.startswith(GEO_KEY) else f"{role}:{name_key(name)}"
        if new_key is None:
            continue
        survivor = keep.setdefault(new_key, entity_id)
        if survivor == entity_id:
            continue
        conn.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias) SELECT ?, alias FROM aliases WHERE entity_id = ?",
            [survivor, entity_id],
        )
        conn.execute("DELETE FROM aliases WHERE entity_id = ?", [entity_id])
        conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", [survivor, entity_id])
        conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", [survivor, entity_id])
        conn.execute("DELETE FROM entities WHERE id = ?", [entity_id])
    # Cleared first: a row's new key may be another row's old one (the key index is unique).
    conn.executemany("UPDATE entities SET key = NULL WHERE id = ?", [(i,) for i in keep.values()])
    conn.executemany("UPDATE entities SET key = ? WHERE id = ?", list(keep.items()))


def _step_selections_in_order(db: sqlite_utils.Database) -> None:
    """Schema 5: selections.position, the order of the Selections list and of its export.

    Selections made before it keep the order export gave them (article, then
    paragraph, then place in it). A selection added without a position, by
    any writer, goes to the end of the list.
    """
    db.execute(
        "UPDATE selections SET position = (SELECT count(*) FROM selections s2"
        " JOIN paragraphs p2 ON p2.id = s2.paragraph_id, paragraphs p WHERE p.id = selections.paragraph_id"
        " AND (p2.article_id, p2.seq, coalesce(s2.start, 0), s2.id)"
        " <= (p.article_id, p.seq, coalesce(selections.start, 0), selections.id))"
        " WHERE position IS NULL"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS selections_position AFTER INSERT ON selections WHEN NEW.position IS NULL"
        " BEGIN UPDATE selections SET position = (SELECT coalesce(max(position), 0) + 1 FROM selections)"
        " WHERE id = NEW.id; END"
    )


def _not_null(table: str) -> set[str]:
    return {
        "articles": {"sha256"},
        "paragraphs": {"article_id", "seq", "kind", "text"},
        "entities": {"name", "role"},
        "aliases": {"entity_id", "alias"},
        "mentions": {"entity_id", "article_id", "paragraph_id", "start", "end"},
        "quotes": {"article_id", "paragraph_id", "kind", "text"},
        "selections": {"paragraph_id"},
        "corrections": {"kind", "target", "value", "created_at"},
        "alias_words": {"role", "word", "entity_id", "alias"},
        "word_skeletons": {"skeleton", "word"},
        "alias_skeletons": {"skeleton", "entity_id", "alias"},
        "lone_names": {"alias", "entity_id"},
        "name_votes": {"entity_id", "name", "articles"},
        "article_names": {"article_id", "entity_id", "name"},
        "alias_vocabulary": {"role", "word"},
        "speaker_counts": {"filter", "speaker", "quotes"},
    }.get(table, set())


# The ingest connection's page reads. A write lands on index pages all over the store: in a store of 100,000 articles
# the pages an article touches are spread over 1.8 GB, where SQLite's default 2 MB page cache keeps few, so each
# article read a couple of hundred pages again (a read() each, from the OS's cache) where a store of 1,000 articles
# read half as many. Mapped, a page is read where the OS keeps it, by no call at all, and a fresh connection pays
# no more than a warm one for pages the OS already holds; the cache then keeps the pages written, and those of a
# store larger than the map. SQLite caps the map at its own maximum (2 GB in common builds).
INGEST_MMAP_BYTES = 1 << 40
INGEST_CACHE_KIB = 64 * 1024
# Some pages are rewritten by every article (an index's last leaf, the counts' rows). With a checkpoint every 10,000
# log pages (about 40 MB, some fifty articles) instead of SQLite's 1,000, each is copied into the store once per fifty
# articles, not once per five (the checkpoint's reads per article 80 -> 17 in a store of 1,000 articles, 110 -> 43
# in one of 100,000).
INGEST_CHECKPOINT_PAGES = 10_000


def for_ingest(db: sqlite_utils.Database) -> None:
    """Settings of a connection that writes many articles (store/ingest.py)."""
    # WAL with synchronous=NORMAL: a commit no longer waits for the disk; a
    # crash or kill still keeps every committed article and never half of
    # one, and a power cut can lose only the last few, which ingest again.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA mmap_size = {INGEST_MMAP_BYTES}")
    db.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
    db.execute(f"PRAGMA wal_autocheckpoint = {INGEST_CHECKPOINT_PAGES}")


# A checkpoint copies into the store every page the log holds, and in a large store the pages an article writes are
# pages no other article of the last fifty shares: at COMMIT it was the one statement of the write path whose cost grew
# with the store (1.0 -> 2.0 ms an article from 1,000 to 20,000 articles, fresh connection). Run by its own
# connection on its own thread (SQLite lets go of the GIL), it overlaps the next articles' writing and analysis instead
# of holding up the writer; every BACKGROUND_CHECKPOINT_ARTICLES commits, about INGEST_CHECKPOINT_PAGES of log. The writer's own
# automatic checkpoint stays, set further off, in case the thread falls behind.
BACKGROUND_CHECKPOINT_ARTICLES = 50
WRITER_CHECKPOINT_PAGES = 4 * INGEST_CHECKPOINT_PAGES


class Checkpointer:
    """Checkpoints a store's log on a thread of its own while one connection writes articles to it."""

    def __init__(self, path: str, writer: sqlite3.Connection, every: int = BACKGROUND_CHECKPOINT_ARTICLES):
        self.path, self.writer, self.every = path, writer, every
        self.cpu_seconds = 0.0  # the thread's own CPU time, for benchmarks
        self._commits = self._asked = self._done = self._finished = 0
        self._stop = False
        self._turn = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="newsx-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """Called by the writer after each article's commit."""
        self._commits += 1
        with self._turn:
            if self._commits % self.every == 0:
                self._asked += 1
                self._turn.notify_all()
            finish = self._finished < self._done == self._asked
            self._finished = self._done
        if finish:
            # The log starts again from its beginning only when a write transaction begins with all of it copied, and
            # the writer went on committing while the thread copied: it copies what came since (a few articles'
            # pages, most of them already copied once), so that its next article starts the log again.
            self.writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def wait(self) -> None:
        """Until every checkpoint asked for so far has run."""
        with self._turn:
            self._turn.wait_for(lambda: self._stop or self._done >= self._asked)

    def close(self) -> None:
        with self._turn:
            self._stop = True
            self._turn.notify_all()
        self._thread.join()

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            while True:
                with self._turn:
                    self._turn.wait_for(lambda: self._stop or self._done < self._asked)
                    if self._stop:
                        return
                    asked = self._asked
                started = time.thread_time()
                # PASSIVE: copies what is committed without waiting for the writer or a reader, and never blocks either
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                self.cpu_seconds += time.thread_time() - started
                with self._turn:
                    self._done = asked  # one checkpoint copies the whole log, however many were asked for meanwhile
                    self._turn.notify_all()
        finally:
            conn.close()
            with self._turn:  # a thread that failed leaves the checkpoints to the writer's own, further off
                self._stop = True
                self._turn.notify_all()


@contextmanager
def background_checkpoints(db: sqlite_utils.Database) -> Iterator[Checkpointer | None]:
    """The store's checkpoints on their own thread while `db` (opened by for_ingest) writes articles."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    if not path:  # a store in memory has no log
        yield None
        return
    checkpointer = Checkpointer(path, db.conn)
    db.execute(f"PRAGMA wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}")
    try:
        yield checkpointer
    finally:
        checkpointer.close()
        db.execute(f"PRAGMA wal_autocheckpoint = {INGEST_CHECKPOINT_PAGES}")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything inside lands, or nothing does.

    sqlite-utils' own write helpers commit as they go, so code inside this
    block writes with plain SQL on the connection it yields.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
