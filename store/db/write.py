"""The one write path: an article and everything found in it, in one transaction.

Ingest, the test fixtures and the benchmark store builder all write through
store_article, so the rows they make are the rows a real ingest makes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable
from functools import partial

import sqlite_utils

from ..records import EntityRecord, Extraction, Prepared
from . import corpus_counts, corrections, resolve
from .schema import AGENCY_KEY, migrate, transaction

# Which stored entity an article's entity is: (id, name), or None for a new one.
Resolver = Callable[[object, EntityRecord], "tuple[int, str] | None"]


def by_key(conn, rec: EntityRecord) -> tuple[int, str] | None:
    """Resolution on the entity key alone: for stores whose entities are given, not found."""
    row = conn.execute("SELECT id, name FROM entities WHERE key = ?", [rec.key]).fetchone()
    return (row[0], row[1]) if row else None


def store_article(
    db: sqlite_utils.Database, prepared: Prepared, extraction: Extraction, *, resolver: Resolver = resolve.existing
) -> tuple[int, str]:
    """Write one article and everything found in it, in one transaction: (id, status).

    The same bytes again are "unchanged". A new version of a source already
    stored "replaced" it: its paragraphs, mentions and quotes go, selections
    whose paragraph text is still there move to the new paragraph, and an
    entity keeps its id unless no article names it any more. Every
    correction the reader made (db/corrections.py) is applied to the
    article's rows before the transaction ends, so no write undoes one.
    """
    a = prepared.anatomy
    with transaction(db) as conn:
        row = conn.execute("SELECT id FROM articles WHERE sha256 = ?", [prepared.sha256]).fetchone()
        if row:
            return row[0], "unchanged"
        old = None
        if not prepared.source.startswith("<"):
            old = conn.execute(
                "SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1", [prepared.source]
            ).fetchone()
        kept_selections, old_entities = _detach_article(conn, old[0]) if old else ([], set())
        article_id = conn.execute(
            "INSERT INTO articles (source, sha256, title, dek, dateline, place, published, agency,"
            " byline, credits, raw, ingested_at, language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                prepared.source, prepared.sha256, a.title, a.dek, a.dateline, a.place, a.published,
                _agency_spelling(conn, a.agency), a.byline, json.dumps(a.credits, ensure_ascii=False), prepared.raw,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), a.language,
            ],
        ).lastrowid
        assert article_id is not None  # an INSERT always sets lastrowid
        para_ids: dict[int, int] = {}
        by_text: dict[str, int] = {}
        for p in a.paragraphs:
            pid = conn.execute(
                "INSERT INTO paragraphs (article_id, seq, kind, text) VALUES (?,?,?,?)",
                [article_id, p.seq, p.kind, p.text],
            ).lastrowid
            assert pid is not None
            para_ids[p.seq] = pid
            by_text.setdefault(p.text, pid)
        entity_ids = _stored_entities(conn, extraction.entities, resolver)
        conn.executemany(
            'INSERT INTO mentions (entity_id, article_id, paragraph_id, start, "end", text) VALUES (?,?,?,?,?,?)',
            [
                (entity_ids[m.entity_key], article_id, para_ids[m.seq], m.start, m.end, m.text)
                for m in extraction.mentions
            ],
        )
        conn.executemany(
            'INSERT INTO quotes (article_id, paragraph_id, kind, text, start, "end", speaker,'
            " speaker_entity_id, cue, sieve) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article_id, para_ids[q.seq], q.kind, q.text, q.start, q.end, q.speaker,
                    entity_ids.get(q.speaker_key) if q.speaker_key else None, q.cue, q.sieve,
                )
                for q in extraction.quotes
            ],
        )
        conn.executemany(
            'INSERT INTO selections (paragraph_id, start, "end", note, created_at, position) VALUES (?,?,?,?,?,?)',
            [(by_text[text], *rest) for text, *rest in kept_selections if text in by_text],
        )
        assert article_id is not None  # an INSERT always sets lastrowid
        # The reader's corrections hold for this article too, whatever extraction said.
        corrected = corrections.apply_to_article(conn, article_id)
        # Counted after the corrections, which may move this article's mentions to other entities.
        # The article's vote for each stored entity it names: the name extraction preferred among those of its
        # records that are that entity.
        named: dict[int, list[str]] = {}
        for key, rec in extraction.entities.items():
            named.setdefault(entity_ids[key], []).append(rec.name)
        names = {entity_id: name for entity_id, ns in named.items() if (name := corpus_counts.vote(ns))}
        mentioned = corpus_counts.count_article(conn, article_id, names)
        if corrected:
            # _upsert_entity filed each entity's words; a correction may have moved aliases or roles since.
            corpus_counts.refresh_words(conn, [*entity_ids.values(), *mentioned])
        # an entity this article mentions is no orphan: only the others are looked for in the corpus
        _drop_orphans(conn, (old_entities | set(entity_ids.values())) - set(mentioned))
    return article_id, "replaced" if old else "ingested"


def _agency_spelling(conn, agency: str | None) -> str | None:
    """One agency, one spelling across the store: 'Nytimes' from one page's address and
    'NYTimes' from another's metadata become the spelling with more capitals, everywhere."""
    if not agency:
        return agency
    key = agency.lower().replace(" ", "").replace(".", "").replace("-", "")
    # One seek per spelling through idx_articles_agency_key, not a read of every article by that agency.
    rows: list[str] = []
    while spelling := conn.execute(
        f"SELECT min(agency) FROM articles WHERE {AGENCY_KEY} = ? AND agency > ?", [key, rows[-1] if rows else ""]
    ).fetchone()[0]:
        rows.append(spelling)
    # Mixed case over shouting ('Reuters', not 'REUTERS', unless it is an acronym like 'AP'),
    # then the most capitals ('NYTimes', not 'Nytimes').
    best = max(
        [agency, *rows],
        key=lambda a: (a != a.upper() or len(key) <= 5, a != a.lower(), sum(ch.isupper() for ch in a), a),
    )
    for other in set(rows) - {best}:
        conn.execute(f"UPDATE articles SET agency = ? WHERE {AGENCY_KEY} = ? AND agency = ?", [best, key, other])
    return best


def _stored_entities(conn, entities: dict[str, EntityRecord], resolver: Resolver) -> dict[str, int]:
    """The stored entity of each of an article's entities (by key): each thing the article names, as a store
    holding the article alone finds them, is one stored entity, never one that another of them is."""
    if resolver is not resolve.existing:
        return {key: _upsert_entity(conn, rec, resolver) for key, rec in entities.items()}
    here = resolve.article_of(entities.values())
    # a surname alone is read beside the people the article names
    resolve_here = partial(resolve.existing, article=here)
    entity_ids: dict[str, int] = {}
    # A thing stored under its own key is that entity before another thing of the article can claim it by a name
    # they share ("Telegraph", of the Telegraph Group, is an alias of the stored Daily Telegraph).
    for thing, keys in sorted(_things_named(entities), key=lambda t: by_key(conn, t[0]) is None):
        entity_id = _upsert_entity(conn, thing, resolve_here)
        here.entity_ids.add(entity_id)
        entity_ids.update(dict.fromkeys(keys, entity_id))
    return entity_ids


def _things_named(entities: dict[str, EntityRecord]) -> list[tuple[EntityRecord, list[str]]]:
    """The things an article names, each as one record of all its names with the keys of its entities, as they
    resolve among themselves alone. Which of an article's names are one thing is the article's to say, the same
    whatever else the store holds: a "Brown" of other copy, stored under the key of "Mr Brown", must not part him
    from this article's Gordon Brown, nor a stored body known by two names join two bodies this article tells apart."""
    conn = _store_of_one_article()
    conn.execute("BEGIN")
    # A surname alone joins none of the article's full names here: the extraction read the text and left it apart
    # ("Clinton ... her ways" beside the one "Bill Clinton"), where a store of the article alone has one name ending
    # with it (an article that names no one in full beside it never joins by surname: resolve._named_beside).
    alone = partial(resolve.existing, article=resolve.Article(frozenset(), within=True))
    try:
        ids = {key: _upsert_entity(conn, rec, alone) for key, rec in entities.items()}
        things = []
        for entity_id in dict.fromkeys(ids.values()):
            keys = [k for k, i in ids.items() if i == entity_id]
            # one thing of the article, named by the longest of its names here (the first of the longest): the name
            # a new entity is stored under until the article's votes name it (corpus_counts.name_by_votes)
            name = max((entities[k].name for k in keys), key=len)
            things.append((dataclasses.replace(_as_record(conn, entity_id), name=name), keys))
        return things
    finally:
        conn.rollback()


_one_article = threading.local()


def _store_of_one_article() -> sqlite3.Connection:
    """An empty store in memory, one per thread, where an article's entities are resolved among themselves
    (each article's writes rolled back): a fresh one per article would cost its schema, 36 ms."""
    conn = getattr(_one_article, "conn", None)
    if conn is None:
        db = sqlite_utils.Database(sqlite3.connect(":memory:"))
        migrate(db)
        conn = _one_article.conn = db.conn
    return conn


def _as_record(conn, entity_id: int) -> EntityRecord:
    """A stored entity as a record of its every alias."""
    key, name, type_, role, lat, lon = conn.execute(
        "SELECT key, name, type, role, lat, lon FROM entities WHERE id = ?", [entity_id]
    ).fetchone()
    aliases = {alias for (alias,) in conn.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id])}
    return EntityRecord(key, name, type_, role, aliases, lat, lon)


def _upsert_entity(conn, rec: EntityRecord, resolver: Resolver = resolve.existing) -> int:
    row = resolver(conn, rec)
    role = rec.role
    if row:
        entity_id = row[0]
        # its name is the one the most articles give it (corpus_counts.name_by_votes, once the article is counted)
        role, lat = conn.execute("SELECT role, lat FROM entities WHERE id = ?", [entity_id]).fetchone()
        if rec.lat is not None and lat is None:
            conn.execute("UPDATE entities SET lat = ?, lon = ? WHERE id = ?", [rec.lat, rec.lon, entity_id])
    else:
        entity_id = conn.execute(
            "INSERT INTO entities (name, type, role, lat, lon, key) VALUES (?,?,?,?,?,?)",
            [rec.name, rec.type, rec.role, rec.lat, rec.lon, _free_key(conn, rec.key)],
        ).lastrowid
    # Found by the next entity's resolution, of this article too (a lone surname after the full name). An alias the
    # entity had already has its words filed (corpus_counts keeps them with the aliases and the role): only a new
    # one's are, which spares a known entity's every word three seeks into indexes keyed by text.
    added = [a for a in sorted(rec.aliases | {rec.name}) if _new_alias(conn, entity_id, a)]
    corpus_counts.add_words(conn, entity_id, role, added)
    return entity_id


def _free_key(conn, key: str) -> str:
    """The key, or a numbered one when a stored entity holds it that another thing of this article already is
    ("Khan" alone read as the stored Humayun Khan before "Humayun Khan" itself comes, who is then a new entity): the
    key stays the entity's that has it."""
    free, n = key, 1
    while conn.execute("SELECT 1 FROM entities WHERE key = ?", [free]).fetchone():
        n += 1
        free = f"{key}#{n}"
    return free


def _new_alias(conn, entity_id: int, alias: str) -> bool:
    """File the alias under the entity unless it is there: whether it was not."""
    filed = conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", [entity_id, alias])
    return filed.rowcount > 0


def _detach_article(conn, article_id: int) -> tuple[list[tuple], set[int]]:
    """Delete an article's rows; return its selections keyed by paragraph text (keeping their place in
    the Selections list) and the entities it named."""
    entities = {
        r[0]
        for r in conn.execute(
            "SELECT entity_id FROM mentions WHERE article_id = ? UNION"
            " SELECT speaker_entity_id FROM quotes WHERE article_id = ? AND speaker_entity_id IS NOT NULL",
            [article_id, article_id],
        )
    }
    kept = conn.execute(
        'SELECT p.text, s.start, s."end", s.note, s.created_at, s.position FROM selections s'
        " JOIN paragraphs p ON p.id = s.paragraph_id WHERE p.article_id = ?",
        [article_id],
    ).fetchall()
    conn.execute(
        "DELETE FROM selections WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)",
        [article_id],
    )
    corpus_counts.remove_mentions(conn, article_id)
    conn.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
    conn.execute("DELETE FROM articles WHERE id = ?", [article_id])
    return kept, entities


def _drop_orphans(conn, entity_ids: set[int]) -> None:
    """Entities of a replaced version that no article names any more."""
    for entity_id in sorted(entity_ids):
        if conn.execute(
            "SELECT 1 FROM mentions WHERE entity_id = ? UNION ALL"
            " SELECT 1 FROM quotes WHERE speaker_entity_id = ? LIMIT 1",
            [entity_id, entity_id],
        ).fetchone():
            continue
        corpus_counts.forget_words(conn, [entity_id])
        corpus_counts.forget_votes(conn, [entity_id])
        conn.execute("DELETE FROM aliases WHERE entity_id = ?", [entity_id])
        conn.execute("DELETE FROM entities WHERE id = ?", [entity_id])
