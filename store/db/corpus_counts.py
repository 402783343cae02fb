"""What the TUI needs per corpus, kept by the write path in the article's own transaction.

A hundred thousand articles hold millions of mentions and aliases: counting
mentions per entity, or folding every alias for the fuzzy index, each time the
corpus is shown would take seconds. So each article adds (and a replaced
article takes back) its share: an entity's mention and article counts, an
article's entity count, and every alias under each of its folded words
(`alias_words`), where the corpus index finds its candidates, each word once per role
(`alias_vocabulary`), where it finds near spellings, each word under its transliteration
skeleton (`word_skeletons`, for the store's readers), each alias of more than one word under the skeleton of the whole name
(`alias_skeletons`), where resolution finds another romanisation of a full name, each alias of a person known by
no such name (`lone_names`), where it finds the person known only by a surname, and where each
entity first appears (`entities.first_*`), by which a facet pane pages its entities in that order.
`recompute` derives all of it from the contract tables, for a store written before these existed.
(entity_totals and speaker_counts are kept by triggers: `fill_totals`, schema.fill_speaker_counts.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import utils

from ..names import translit_key
from .search import APOSTROPHES, searchable_words

# A mention's place in its article as one number (a paragraph holds far fewer characters).
PLACE = "p.seq * 1000000000 + m.start"
# The reading order of the corpus as one entity's first appearance is found in it: the earliest article first
# (published; undated ones last; then by id), each from its top. Ties within an article go to the lower place.
_FIRST_KEY = "(first_published IS NULL, coalesce(first_published, ''), first_article_id, first_place)"
_FIRST_OF = (
    "SELECT a.published, m.article_id, " + PLACE + " FROM mentions m JOIN articles a ON a.id = m.article_id"
    " JOIN paragraphs p ON p.id = m.paragraph_id WHERE m.entity_id = entities.id AND m.article_id IS NOT ?"
    " ORDER BY a.published IS NULL, a.published, m.article_id, p.seq, m.start LIMIT 1"
)


def alias_words(alias: str) -> set[str]:
    """The words of an alias as the fuzzy indexes compare them (`searchable_words`: ASCII, lower case,
    punctuation as spaces, a word with an apostrophe joined and in its parts); for an alias in other
    letters also as rapidfuzz alone folds them, the words resolve.existing looks a lone surname up by."""
    words = searchable_words(alias)
    return words if alias.isascii() else words | set(utils.default_process(alias).split())


def add_mentions(conn, article_id: int, entity_ids: Iterable[int]) -> None:
    """Count one article's mentions (an entity id per mention) into its entities and the article."""
    per_entity = Counter(entity_ids)
    conn.executemany(
        "UPDATE entities SET mention_count = coalesce(mention_count, 0) + ?,"
        " article_count = coalesce(article_count, 0) + 1 WHERE id = ?",
        [(n, entity_id) for entity_id, n in per_entity.items()],
    )
    conn.execute("UPDATE articles SET entity_count = ? WHERE id = ?", [len(per_entity), article_id])


def count_article(conn, article_id: int) -> list[int]:
    """Count a written article's mentions in, as stored after the reader's corrections were
    applied to it; the entity of each mention."""
    mentioned = [r[0] for r in conn.execute("SELECT entity_id FROM mentions WHERE article_id = ?", [article_id])]
    add_mentions(conn, article_id, mentioned)
    _seen_in(conn, article_id)
    return mentioned


def _seen_in(conn, article_id: int) -> None:
    """The article's entities first appear here if here comes before where they did."""
    published = conn.execute("SELECT published FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    places = conn.execute(
        f"SELECT m.entity_id, min({PLACE}) FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id"
        " WHERE m.article_id = ? GROUP BY m.entity_id",
        [article_id],
    ).fetchall()
    conn.executemany(
        "UPDATE entities SET first_published = ?, first_article_id = ?, first_place = ? WHERE id = ?"
        f" AND (first_article_id IS NULL OR {_FIRST_KEY} > (? IS NULL, coalesce(?, ''), ?, ?))",
        [(published, article_id, place, entity_id, published, published, article_id, place) for entity_id, place in places],
    )


def refind_first(conn, entity_ids: Iterable[int], without_article: int | None = None) -> None:
    """Where these entities first appear, from their mentions as they now are (less those of `without_article`,
    about to be deleted): what a correction or a replaced article may have moved."""
    conn.executemany(
        f"UPDATE entities SET (first_published, first_article_id, first_place) = ({_FIRST_OF}) WHERE id = ?",
        [(without_article, i) for i in sorted(set(entity_ids))],
    )


def refresh_words(conn, entity_ids: Iterable[int]) -> None:
    """The alias words of these entities from their aliases and role as they now are."""
    ids = sorted(set(entity_ids))
    forget_words(conn, ids)
    for entity_id in ids:
        row = conn.execute("SELECT role FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row is not None:
            aliases = [a for (a,) in conn.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id])]
            add_words(conn, entity_id, row[0] or "", aliases)


def recount(conn, entity_ids: Iterable[int], article_ids: Iterable[int]) -> None:
    """The counts of these entities and articles, and these entities' alias words, from the rows as they
    now are: what a correction changed, without recomputing the corpus (ids no longer stored are skipped)."""
    entities = sorted(set(entity_ids))
    conn.executemany(
        "UPDATE entities SET (mention_count, article_count) ="
        " (SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = entities.id) WHERE id = ?",
        [(i,) for i in entities],
    )
    conn.executemany(
        "UPDATE articles SET entity_count = (SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = articles.id)"
        " WHERE id = ?",
        [(i,) for i in sorted(set(article_ids))],
    )
    refind_first(conn, entities)
    refresh_words(conn, entities)


def remove_mentions(conn, article_id: int) -> None:
    """Take back an article's counts, before its mentions are deleted."""
    rows = conn.execute(
        "SELECT entity_id, count(*) FROM mentions WHERE article_id = ? GROUP BY entity_id", [article_id]
    ).fetchall()
    conn.executemany(
        "UPDATE entities SET mention_count = max(0, coalesce(mention_count, 0) - ?),"
        " article_count = max(0, coalesce(article_count, 0) - 1) WHERE id = ?",
        [(n, entity_id) for entity_id, n in rows],
    )
    first_here = conn.execute(
        "SELECT DISTINCT m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? AND e.first_article_id = ?",
        [article_id, article_id],
    ).fetchall()
    refind_first(conn, [r[0] for r in first_here], without_article=article_id)


def add_words(conn, entity_id: int, role: str, aliases: Iterable[str]) -> None:
    aliases = list(aliases)
    rows = [(role, word, entity_id, alias) for alias in aliases for word in alias_words(alias)]
    conn.executemany("INSERT OR IGNORE INTO alias_words (role, word, entity_id, alias) VALUES (?, ?, ?, ?)", rows)
    _add_skeletons(conn, {word for _, word, _, _ in rows})
    # a word whose last alias goes stays in the vocabulary: a near spelling of it finds no alias, and no harm
    conn.executemany("INSERT OR IGNORE INTO alias_vocabulary (role, word) VALUES (?, ?)", {r[:2] for r in rows})
    _add_name_skeletons(conn, [(entity_id, alias) for alias in aliases])
    _add_lone_names(conn, entity_id, aliases)


def _add_lone_names(conn, entity_id: int, aliases: list[str]) -> None:
    """File new aliases under lone_names while the entity is a person known by no full name; a full name takes it out."""
    if any(full_name(a) for a in aliases):
        conn.execute("DELETE FROM lone_names WHERE entity_id = ?", [entity_id])
    elif aliases and conn.execute(
        # its full names are its alias_skeletons rows, one seek
        "SELECT type = 'PERSON' AND NOT EXISTS (SELECT 1 FROM alias_skeletons WHERE entity_id = ?) FROM entities WHERE id = ?",
        [entity_id, entity_id],
    ).fetchone()[0]:
        conn.executemany("INSERT OR IGNORE INTO lone_names (alias, entity_id) VALUES (?, ?)", [(a, entity_id) for a in aliases])


def full_name(alias: str) -> bool:
    """Whether an alias names more than a surname (or a single word): what resolution compares romanisations of."""
    return len(alias.split()) > 1


def _add_name_skeletons(conn, aliases: Iterable[tuple[int, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO alias_skeletons (skeleton, entity_id, alias) VALUES (?, ?, ?)", _name_skeleton_rows(aliases)
    )


def _name_skeleton_rows(aliases: Iterable[tuple[int, str]]) -> list[tuple[str, int, str]]:
    """(skeleton, entity_id, alias) of each (entity_id, alias) that is a full name."""
    return [(translit_key(alias), entity_id, alias) for entity_id, alias in aliases if full_name(alias)]


def _add_skeletons(conn, words: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO word_skeletons (skeleton, word) VALUES (?, ?)", [(translit_key(w), w) for w in words]
    )


def forget_words(conn, entity_ids: Iterable[int]) -> None:
    """Take away these entities' alias words and name skeletons: before the entities go, or to file them anew."""
    ids = [(i,) for i in sorted(set(entity_ids))]
    conn.executemany("DELETE FROM alias_words WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM alias_skeletons WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM lone_names WHERE entity_id = ?", ids)


def recompute(conn) -> None:
    """Every count and word from the contract tables (a migration; also mends anything changed by hand)."""
    conn.execute("UPDATE entities SET mention_count = 0, article_count = 0")
    conn.execute(
        "WITH c AS (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions GROUP BY entity_id)"
        " UPDATE entities SET mention_count = c.n, article_count = c.a FROM c WHERE c.entity_id = entities.id"
    )
    fill_first_seen(conn)
    conn.execute("UPDATE articles SET entity_count = 0")
    conn.execute(
        "WITH c AS (SELECT article_id, count(DISTINCT entity_id) AS n FROM mentions GROUP BY article_id)"
        " UPDATE articles SET entity_count = c.n FROM c WHERE c.article_id = articles.id"
    )
    conn.execute("DELETE FROM alias_words")
    rows = conn.execute("SELECT a.entity_id, e.role, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id")
    while batch := rows.fetchmany(10_000):
        conn.executemany(
            "INSERT OR IGNORE INTO alias_words (role, word, entity_id, alias) VALUES (?, ?, ?, ?)",
            [(role or "", word, entity_id, alias) for entity_id, role, alias in batch for word in alias_words(alias)],
        )
    fill_skeletons(conn)
    fill_name_skeletons(conn)
    fill_lone_names(conn)
    fill_vocabulary(conn)


def fill_skeletons(conn) -> None:
    """Every word of alias_words under its transliteration skeleton, as they now are."""
    conn.execute("DELETE FROM word_skeletons")
    words = conn.execute("SELECT DISTINCT word FROM alias_words")
    while batch := words.fetchmany(10_000):
        _add_skeletons(conn, [w for (w,) in batch])


def fill_name_skeletons(conn) -> None:
    """Every alias of more than one word under its whole name's skeleton, from the aliases as they now are."""
    conn.execute("DELETE FROM alias_skeletons")
    conn.execute("DROP TABLE IF EXISTS temp.name_skeletons")
    conn.execute("CREATE TEMP TABLE name_skeletons (skeleton TEXT, entity_id INTEGER, alias TEXT)")
    aliases = conn.execute("SELECT entity_id, alias FROM aliases")
    while batch := aliases.fetchmany(10_000):
        conn.executemany("INSERT INTO temp.name_skeletons VALUES (?, ?, ?)", _name_skeleton_rows(batch))
    # in the key's order, its index is written from first page to last instead of a page here and there (a million
    # aliases of a store of 100,000 articles: 150 s as they came, at load 6)
    conn.execute("INSERT OR IGNORE INTO alias_skeletons SELECT * FROM temp.name_skeletons ORDER BY 1, 2, 3")
    conn.execute("DROP TABLE temp.name_skeletons")


def fill_lone_names(conn) -> None:
    """Every alias of a person with no full name, from the aliases and alias_skeletons as they now are."""
    conn.execute("DELETE FROM lone_names")
    conn.execute(
        "INSERT OR IGNORE INTO lone_names (alias, entity_id) SELECT a.alias, a.entity_id FROM aliases a"
        " JOIN entities e ON e.id = a.entity_id WHERE e.type = 'PERSON'"
        " AND NOT EXISTS (SELECT 1 FROM alias_skeletons s WHERE s.entity_id = e.id) ORDER BY 1, 2"
    )


def fill_totals(conn) -> None:
    """How many entities of each role are mentioned, from the entities as they now are (schema.py's
    triggers keep it from then on)."""
    conn.execute("DELETE FROM entity_totals")
    conn.execute(
        "INSERT INTO entity_totals (role, mentioned) SELECT coalesce(role, ''), count(*) FROM entities"
        " WHERE mention_count > 0 GROUP BY 1"
    )


def fill_first_seen(conn) -> None:
    """Where every entity first appears, from every mention (a migration: the write path keeps it from then on)."""
    # Each article's rank in reading order, so that an entity's first article is one min() over the (entity,
    # article) pairs of the reading-order index, read in its order; then the first place there, one seek each.
    conn.execute("DROP TABLE IF EXISTS temp.article_rank")
    conn.execute("CREATE TEMP TABLE article_rank (id INTEGER PRIMARY KEY, rank INTEGER)")
    conn.execute(
        "INSERT INTO article_rank SELECT id, row_number() OVER (ORDER BY published IS NULL, published, id) FROM articles"
    )
    conn.execute(
        "UPDATE entities SET first_published = NULL, first_article_id = NULL, first_place = NULL WHERE first_article_id IS NOT NULL"
    )
    # min() alone in a query gives its row's other columns (SQLite's bare columns)
    conn.execute(
        "WITH f AS (SELECT m.entity_id, min(r.rank), m.article_id FROM mentions m INDEXED BY idx_mentions_in_reading_order"
        " JOIN article_rank r ON r.id = m.article_id GROUP BY m.entity_id)"
        " UPDATE entities SET first_published = a.published, first_article_id = f.article_id,"
        " first_place = (SELECT " + PLACE + " FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id"
        " WHERE m.entity_id = f.entity_id AND m.article_id = f.article_id ORDER BY m.paragraph_id, m.start LIMIT 1)"
        " FROM f JOIN articles a ON a.id = f.article_id WHERE f.entity_id = entities.id"
    )
    conn.execute("DROP TABLE temp.article_rank")


def fill_vocabulary(conn) -> None:
    """Each role's words from alias_words, as they now are."""
    conn.execute("DELETE FROM alias_vocabulary")
    conn.execute("INSERT INTO alias_vocabulary (role, word) SELECT DISTINCT role, word FROM alias_words")


def refold_apostrophe_words(conn) -> None:
    """The words of every alias with an apostrophe, folded again (schema 10: joined, as well as in parts)."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT entity_id FROM aliases WHERE " + " OR ".join(["alias GLOB ?"] * len(APOSTROPHES)),
            [f"*{a}*" for a in APOSTROPHES],
        )
    ]
    refresh_words(conn, ids)


def refold_words(conn) -> None:
    """The words of every alias written in other letters than ASCII, folded again (schema 8: by anyascii)."""
    # GLOB's [^ -~]: a character outside printable ASCII
    ids = [r[0] for r in conn.execute("SELECT DISTINCT entity_id FROM aliases WHERE alias GLOB '*[^ -~]*'")]
    refresh_words(conn, ids)
