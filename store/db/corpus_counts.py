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
no such name (`lone_names`), where it finds the person known only by a surname, where each
entity first appears (`entities.first_*`), by which a facet pane pages its entities in that order, and the name
each article gives each entity it mentions (`article_names`, its vote) and how many articles give each name
(`name_votes`), by which the entity is named (`name_by_votes`).
`recompute` derives all of it but the votes from the contract tables, for a store written before these existed; the
votes are the names extraction gave, which no contract table keeps (`fill_votes` reads them from the mentions, once,
for a store written before schema 13).
(entity_totals and speaker_counts are kept by triggers: `fill_totals`, schema.fill_speaker_counts.)
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import utils

from ..names import is_acronym, translit_key
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


def count_article(conn, article_id: int, names: dict[int, str] | None = None) -> list[int]:
    """Count a written article's mentions in, as stored after the reader's corrections were applied to it, with
    its vote for the name of each entity it mentions (`names`: the name its extraction gave each stored entity);
    the entity of each mention."""
    rows = conn.execute("SELECT entity_id, text FROM mentions WHERE article_id = ?", [article_id]).fetchall()
    mentioned = [entity_id for entity_id, _ in rows]
    add_mentions(conn, article_id, mentioned)
    _seen_in(conn, article_id)
    votes = _votes_of(article_id, rows, names or {})
    conn.executemany("INSERT INTO article_names (article_id, entity_id, name) VALUES (?, ?, ?)", votes)
    conn.executemany(
        "INSERT INTO name_votes (entity_id, name, articles) VALUES (?, ?, 1)"
        " ON CONFLICT (entity_id, name) DO UPDATE SET articles = articles + 1",
        [(entity_id, name) for _, entity_id, name in votes],
    )
    name_by_votes(conn, [entity_id for _, entity_id, _ in votes])
    return mentioned


def vote(names: Iterable[str]) -> str | None:
    """The name one article gives an entity, of the names it gives it, as extraction prefers a name
    (nlp/entities/grouping._by_preference): more words, then longer, then more often, then the first in
    code-point order."""
    counts = Counter(n for n in names if n and n.strip())
    return min(counts, key=lambda n: (-len(n.split()), -len(n), -counts[n], n), default=None)


# The name the most articles give the entity being updated; of names given by as many, the one of more words, then the
# longer ("Donald Trump" over "Trump"), then the first in code-point order: a function of the votes alone, so the name
# is the same whatever order the articles came in. NULL while no article votes for it.
_ELECTED = (
    "(SELECT name FROM name_votes WHERE entity_id = entities.id ORDER BY articles DESC,"
    " length(name) - length(replace(name, ' ', '')) DESC, length(name) DESC, name LIMIT 1)"
)
# The keys of the entities the reader renamed (a `rename` correction): no vote names them.
_RENAMED = "SELECT json_extract(target, '$.key') AS renamed FROM corrections WHERE kind = 'rename' AND renamed IS NOT NULL"


def _votes_of(article_id: int, mentions: list[tuple[int, str]], names: dict[int, str]) -> list[tuple[int, int, str]]:
    """(article_id, entity_id, name) of each vote of the article: for each entity it mentions (`mentions`: its
    mentions' (entity_id, text), as stored after the corrections), the name its extraction gave it, else (an entity a
    correction gave its mentions) the mention text the article prefers."""
    texts: dict[int, list[str]] = {}
    for entity_id, text in mentions:
        texts.setdefault(entity_id, []).append(text)
    votes = [(entity_id, names.get(entity_id) or vote(ts)) for entity_id, ts in texts.items()]
    return [(article_id, entity_id, name) for entity_id, name in votes if name]


def name_by_votes(conn, entity_ids: Iterable[int]) -> None:
    """Each of these entities named as the most articles name it, unless the reader renamed it (a `rename`
    correction, which always wins) or no article votes for it."""
    conn.executemany(
        f"UPDATE entities SET name = {_ELECTED} WHERE id = ? AND name != coalesce({_ELECTED}, name)"
        f" AND coalesce(key, '') NOT IN ({_RENAMED})",
        [(i,) for i in sorted(set(entity_ids))],
    )


def take_back_votes(conn, article_id: int) -> list[int]:
    """Take back an article's votes, before it is deleted; the entities it voted for."""
    votes = conn.execute("SELECT entity_id, name FROM article_names WHERE article_id = ?", [article_id]).fetchall()
    conn.executemany("UPDATE name_votes SET articles = articles - 1 WHERE entity_id = ? AND name = ?", votes)
    conn.executemany("DELETE FROM name_votes WHERE entity_id = ? AND name = ? AND articles <= 0", votes)
    conn.execute("DELETE FROM article_names WHERE article_id = ?", [article_id])
    return [entity_id for entity_id, _ in votes]


def fill_votes(conn) -> None:
    """Every article's vote for each entity it mentions (a migration: an article written before kept no record of
    the name its extraction gave, so it votes as `vote_of_before` reads its mentions), and the votes counted; no
    entity is renamed here."""
    conn.execute("DELETE FROM article_names")
    entities = conn.execute("SELECT id, name FROM entities ORDER BY id")
    for batch in iter(lambda: entities.fetchmany(1000), []):
        rows = []
        for entity_id, name in batch:
            aliases = [a for (a,) in conn.execute("SELECT alias FROM aliases WHERE entity_id = ?", [entity_id])]
            mentions = conn.execute(
                "SELECT article_id, text FROM mentions WHERE entity_id = ? ORDER BY article_id", [entity_id]
            )
            for article_id, group in itertools.groupby(mentions, key=lambda r: r[0]):
                if chosen := vote_of_before([t for _, t in group], name, aliases):
                    rows.append((article_id, entity_id, chosen))
        conn.executemany("INSERT INTO article_names (article_id, entity_id, name) VALUES (?, ?, ?)", rows)
    _count_votes(conn)


def _count_votes(conn, entity_id: int | None = None) -> None:
    """name_votes counted again from article_names: one entity's, or every entity's."""
    where, params = ("WHERE entity_id = ?", [entity_id]) if entity_id is not None else ("", [])
    conn.execute(f"DELETE FROM name_votes {where}", params)
    conn.execute(
        "INSERT INTO name_votes (entity_id, name, articles) SELECT entity_id, name, count(*) FROM article_names"
        f" {where} GROUP BY entity_id, name ORDER BY 1, 2",
        params,
    )


def vote_of_before(texts: list[str], name: str, aliases: list[str]) -> str | None:
    """The name an article written before schema 13 most probably gave an entity, from its mentions' texts: the
    entity's stored name if they give it (the longest name an article gave, very likely this one's; compared
    without case, as "ANBAR" of a dateline is "Anbar"), else the alias of the entity they give that extraction
    would have preferred (no headline's capitals unless an acronym, then as `vote` prefers), else the text `vote`
    prefers."""
    counts = Counter(t.casefold() for t in texts if t and t.strip())
    if name and name.casefold() in counts:
        return name
    known = [a for a in aliases if a.casefold() in counts]
    if known:
        return min(
            known,
            key=lambda a: (a.isupper() and not is_acronym(a), -len(a.split()), -len(a), -counts[a.casefold()], a),
        )
    return vote(texts)


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
    # named again by the votes left (the new version, if it still names them, votes again)
    name_by_votes(conn, take_back_votes(conn, article_id))


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


def forget_votes(conn, entity_ids: Iterable[int]) -> None:
    """Take away the votes for these entities, before they go."""
    ids = [(i,) for i in sorted(set(entity_ids))]
    conn.executemany("DELETE FROM name_votes WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM article_names WHERE entity_id = ?", ids)


def move_votes(conn, from_id: int, to_id: int) -> None:
    """The articles' votes for one entity given to another, where an article gives that one none; counted again."""
    conn.execute("UPDATE OR IGNORE article_names SET entity_id = ? WHERE entity_id = ?", [to_id, from_id])
    _count_votes(conn, to_id)


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


def rename_by_votes(conn) -> None:
    """Every entity named by its votes (a migration: the write path names the entities of each article it writes)."""
    name_by_votes(conn, [r[0] for r in conn.execute("SELECT DISTINCT entity_id FROM name_votes")])


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
