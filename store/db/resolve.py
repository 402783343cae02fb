"""Corpus-wide entity resolution: which stored entity an article's entity is, if any.

Entities are one row per real-world thing across articles. An article's entity
joins a stored one on its key (role + folded canonical name, or the gazetteer
place), on a shared multi-word name or acronym of the same role, or - for a
person named only by surname ("Maliki") - on the one stored person with that
surname, when the article names someone his stored articles name too. Two stored
candidates are no evidence: the entity stays apart. Which of an article's names are
one thing is the article's own to say (db/write.py resolves them among themselves
first): a stored entity one of its things is already is never another of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass, field

from rapidfuzz import fuzz, utils

from ..names import bare_key, is_acronym, name_key, translit_key
from ..records import GEO_KEY, ROLES, EntityRecord
from . import corpus_counts
from .corpus_counts import alias_words
from .thresholds import TRANSLITERATION


@dataclass
class Article:
    """What resolution reads of the article being written: the surnames (keys) of the people it names
    in full, and the stored entities its things have resolved to so far, which no other of them can be."""

    surnames: frozenset[str]
    entity_ids: set[int] = field(default_factory=set)


def existing(conn, rec: EntityRecord, article: Article | None = None) -> tuple[int, str] | None:
    """(id, name) of the stored entity `rec` is, or None for a new one. With the `article` known, a
    surname alone joins a stored person only where the article names one of the people named beside
    him in a stored article ("Maliki" and "Nuri al-Maliki" beside a Sadr): one surname is many people
    across years of copy ("Kennedy" of 1987, Charles Kennedy of 2005); and none of the stored entities
    the article's other things are is a candidate."""
    taken = article.entity_ids if article else set()
    row = conn.execute("SELECT id, name FROM entities WHERE key = ?", [rec.key]).fetchone()
    if row and row[0] not in taken:
        return row[0], row[1]
    if rec.key.startswith(GEO_KEY):
        return None  # a gazetteer place is its key: "Georgia" the country is not Georgia the state
    names = rec.aliases | {rec.name}
    strong = sorted(a for a in names if len(a.split()) > 1 or is_acronym(a) or rec.type != "PERSON")
    if strong:
        found = _candidates(
            conn,
            # CROSS JOIN: the aliases drive, through their index, not every entity of the role
            "SELECT DISTINCT e.id, e.name FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id"
            f" WHERE e.role = ? AND e.type = ? AND e.key NOT LIKE '{GEO_KEY}%'"
            f" AND a.alias IN ({','.join('?' * len(strong))})",
            [rec.role, rec.type, *strong],
            taken=taken,
        )
        if len(found) == 1:
            return found[0]
    if rec.type != "PERSON":
        return None
    full = [a for a in names if corpus_counts.full_name(a)]  # as alias_skeletons files them, where romanisations finds them
    if not full:
        # "Maliki" alone: the one stored person whose name ends with it.
        rows = full_names_ending(conn, rec.name, taken)
        return rows[0] if len(rows) == 1 and _named_beside(conn, rows[0][0], names, article) else None
    for full_name in full:
        rows = romanisations(conn, full_name, taken)
        if len(rows) == 1:
            return rows[0]
    # "Nuri al-Maliki": a stored person known only as "Maliki" is him, when he is the only one.
    rows = known_only_as(conn, full, taken)
    return rows[0] if len(rows) == 1 and _named_beside(conn, rows[0][0], names, article) else None


def full_names_ending(conn, name: str, taken: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(id, name) of the stored people, up to two, one of whose names of more than one word ends with `name`, a
    surname alone ("Maliki": Nuri al-Maliki). Found through the alias word index, as alias_words folds words (a
    LIKE '%Maliki' read every alias); the second person found ends the look-up."""
    surname = bare_key(name)
    words = utils.default_process(name.split("-")[-1]).split()
    return _candidates(
        conn,
        "SELECT DISTINCT e.id, e.name, w.alias FROM alias_words w CROSS JOIN entities e ON e.id = w.entity_id"
        f" WHERE w.role IN ({','.join('?' * len(ROLES))}) AND w.word = ? AND e.type = 'PERSON'",
        [*ROLES, words[-1] if words else ""],
        keep=lambda r: len(r[2].split()) > 1 and bare_key(r[2].split()[-1]) == surname,
        taken=taken,
    )


def known_only_as(conn, full: Iterable[str], taken: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(id, name) of the stored people, up to two, known by the surname of one of these full names alone and by no
    name of more than one word ("Maliki", for "Nuri al-Maliki"). lone_names holds only such people: the people with
    a full name who share the surname are never read (through aliases each was, with his every alias)."""
    surnames = {full_name.split()[-1] for full_name in full}
    surnames |= {s.split("-", 1)[1] for s in surnames if "-" in s}
    return _candidates(
        conn,
        "SELECT DISTINCT e.id, e.name FROM lone_names n CROSS JOIN entities e ON e.id = n.entity_id"
        f" WHERE e.type = 'PERSON' AND n.alias IN ({','.join('?' * len(surnames))})",
        sorted(surnames),
        taken=taken,
    )


def romanisations(conn, full_name: str, taken: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(id, name) of the stored people one of whose full names is another romanisation of `full_name`: "Moqtada
    al-Sadr" of "Muqtada Sadr". Found by the whole name's skeleton (alias_skeletons' key), which reads only the
    aliases that can be him; the surname's ending ("%adr") and a word of its skeleton sift those, as they sifted
    every alias holding such a word once (word_skeletons)."""
    surname = full_name.split()[-1].split("-")[-1]
    words = utils.default_process(surname).split()
    skeleton = translit_key(words[-1]) if words else ""
    if not skeleton:
        return []  # no letters, or only an article ("al-"): nothing names it
    return _candidates(
        conn,
        "SELECT e.id, e.name, s.alias FROM alias_skeletons s CROSS JOIN entities e ON e.id = s.entity_id"
        " WHERE s.skeleton = ? AND s.alias LIKE ? AND e.type = 'PERSON'"
        f" AND e.role IN ({','.join('?' * len(ROLES))})",
        [translit_key(full_name), f"%{surname[1:]}", *ROLES],
        keep=lambda r: any(translit_key(w) == skeleton for w in alias_words(r[2]))
        and fuzz.ratio(name_key(r[2]), name_key(full_name)) >= TRANSLITERATION,
        taken=taken,
    )


def _named_beside(conn, entity_id: int, names: AbstractSet[str], article: Article | None) -> bool:
    """Whether the article names in full a person whom a stored article of the entity names (whose surname
    is not one of `names`, his own); with no article to read, whether it is him is left to the name."""
    if article is None:
        return True
    kin = article.surnames - {bare_key(a.split()[-1]) for a in names if a.split()}
    # From each person a kin surname names in full to an article he shares with the stored entity, through the
    # surname's word and the articles of whichever of the two is in fewer: reading every article of the stored
    # entity, with its every mention and alias, grew with his articles (560,000 steps for one of 670 articles).
    return any(
        other != entity_id and _share_an_article(conn, entity_id, other)
        for surname in sorted(kin)
        for other in named_in_full(conn, surname)
    )


def named_in_full(conn, surname: str) -> Iterator[int]:
    """The stored people, each once, one of whose names of more than one word ends with `surname` (a bare_key)."""
    seen: set[int] = set()
    rows = conn.execute(
        "SELECT w.entity_id, w.alias FROM alias_words w CROSS JOIN entities e ON e.id = w.entity_id"
        f" WHERE w.role IN ({','.join('?' * len(ROLES))}) AND w.word = ? AND e.type = 'PERSON'",
        [*ROLES, surname.split(" ")[-1]],
    )
    for entity_id, alias in rows:
        if entity_id not in seen and len(alias.split()) > 1 and bare_key(alias.split()[-1]) == surname:
            seen.add(entity_id)
            yield entity_id


def _share_an_article(conn, one: int, other: int) -> bool:
    """Whether some stored article mentions both: each article of the one in fewer, a seek into the other's."""
    few, many = (r[0] for r in conn.execute(
        "SELECT id FROM entities WHERE id IN (?, ?) ORDER BY coalesce(article_count, 0), id", [one, other]
    ).fetchall())
    return conn.execute(
        "SELECT 1 FROM mentions a WHERE a.entity_id = ? AND EXISTS"
        " (SELECT 1 FROM mentions b WHERE b.entity_id = ? AND b.article_id = a.article_id) LIMIT 1",
        [few, many],
    ).fetchone() is not None


def article_of(records: Iterable[EntityRecord]) -> Article:
    """The article of these entities, before any is resolved."""
    return Article(frozenset(bare_key(a.split()[-1]) for rec in records if rec.type == "PERSON" for a in rec.aliases if len(a.split()) > 1))


def _candidates(conn, sql: str, params: list, keep=None, taken: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(id, name) of the stored entities named by the rows `keep` keeps, up to the second: one is the answer and two
    are no evidence, so the rest of a common name's rows, more of them the larger the corpus, are never read. The
    entities `taken` (other things of the article) are no candidates."""
    seen: dict[int, str] = {}
    for r in conn.execute(sql, params):
        if r[0] not in taken and (keep is None or keep(r)):
            seen.setdefault(r[0], r[1])
            if len(seen) == 2:
                break
    return list(seen.items())
