"""Corpus-wide entity resolution: which stored entity an article's entity is, if any.

Entities are one row per real-world thing across articles. An article's entity
joins a stored one on its key (role + folded canonical name, or the gazetteer
place), on a shared multi-word name or acronym of the same role, or - for a
person named only by surname ("Maliki") - on the stored person with that
surname named in full beside the most of the people the article names in full
(surname_owner). Two stored candidates with as much evidence are none: the entity
stays apart. Which of an article's names are one thing is the article's own to say
(db/write.py resolves them among themselves first): a stored entity one of its things
is already is never another of them.

Across articles (not among an article's own names) also: a body's one word that ends
its longer name ("Congress" of the World Meat Congress) and an acronym that stands for
another name of the stored body (the EC of the Commission, of the Community) join
nothing; a full name typed a person here and a body there is one thing; a middle name
between the first and last words or not is one person (middle_named); a full name joins
no stored lone surname where its article names two people of that surname in full.
Where ingest order still decides: a lone surname joins whichever namesake is stored
with evidence when it comes, and a surname-only entity stored before its full name had
evidence stays apart from the full name's (two stored entities are never merged here).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass, field

from rapidfuzz import fuzz, utils

from ..names import NAME_SUFFIXES, acronym_of, bare_key, is_acronym, name_key, translit_key
from ..records import GEO_KEY, ROLES, EntityRecord
from . import corpus_counts
from .corpus_counts import alias_words
from .thresholds import CLEAR_LEAD, NAMESAKES_WEIGHED, SAME_BODY, TRANSLITERATION


@dataclass
class Article:
    """What resolution reads of the article being written: the surnames (keys) of the people it names
    in full, the first words of each surname's full names (two of one surname are two people: "Melania Trump" beside
    "Donald Trump"), and the stored entities its things have resolved to so far, which no other of them can be.
    `within`: the article's names are being resolved among themselves (db/write.py), not against the corpus."""

    surnames: frozenset[str]
    entity_ids: set[int] = field(default_factory=set)
    given_names: dict[str, frozenset[str]] = field(default_factory=dict)
    within: bool = False

    def namesakes(self, surname: str) -> bool:
        """Whether the article names two people of this surname (a bare_key) in full."""
        return len(self.given_names.get(surname, ())) > 1


def existing(conn, rec: EntityRecord, article: Article | None = None) -> tuple[int, str] | None:
    """(id, name) of the stored entity `rec` is, or None for a new one. With the `article` known, a
    surname alone joins a stored person only where the article names one of the people named beside
    him in a stored article ("Maliki" and "Nuri al-Maliki" beside a Sadr): one surname is many people
    across years of copy ("Kennedy" of 1987, Charles Kennedy of 2005); and none of the stored entities
    the article's other things are is a candidate."""
    taken = article.entity_ids if article else set()
    across = article is None or not article.within  # against the corpus, not among the article's own names
    names = rec.aliases | {rec.name}
    full = [a for a in names if corpus_counts.full_name(a)]  # as alias_skeletons files them, where romanisations finds them
    row = conn.execute("SELECT id, name FROM entities WHERE key = ?", [rec.key]).fetchone()
    if row and row[0] not in taken:
        if rec.type == "PERSON" and not full and across and article is not None:
            # "Trump" alone is keyed as the first lone "Trump" was, whoever that entity has become since
            return surname_owner(conn, rec.name, names, article, taken, keyed=(row[0], row[1])) or (row[0], row[1])
        return row[0], row[1]
    if rec.key.startswith(GEO_KEY):
        return None  # a gazetteer place is its key: "Georgia" the country is not Georgia the state
    # Across articles a body's one word that heads its longer name is no name of it: the "Congress" of the World Meat
    # Congress is a congress, not Congress (an acronym, or the word that opens the long name, "Labour", still is).
    heads = {a.split()[-1] for a in full} if across and rec.type != "PERSON" else set()
    strong = sorted(
        a for a in names if len(a.split()) > 1 or is_acronym(a) or (rec.type != "PERSON" and a not in heads)
    )
    if strong:
        found = _candidates(
            conn,
            # CROSS JOIN: the aliases drive, through their index, not every entity of the role
            "SELECT DISTINCT e.id, e.name, a.alias FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id"
            f" WHERE e.role = ? AND e.type = ? AND e.key NOT LIKE '{GEO_KEY}%'"
            f" AND a.alias IN ({','.join('?' * len(strong))})",
            [rec.role, rec.type, *strong],
            keep=(lambda r: not _heads_a_longer_name(conn, r[0], r[2], rec.role)
                  and not _spelt_otherwise(conn, r[0], r[2], full)) if across else None,
            taken=taken,
        )
        if len(found) == 1:
            return found[0]
        if not found and across and full:
            # one full name typed a person in one article and a body in another ("Hillary Clinton" an ORG): one thing
            found = _candidates(
                conn,
                "SELECT DISTINCT e.id, e.name FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id"
                f" WHERE e.role = ? AND e.type != ? AND (e.type = 'PERSON' OR ? = 'PERSON') AND e.key NOT LIKE '{GEO_KEY}%'"
                f" AND a.alias IN ({','.join('?' * len(full))})",
                [rec.role, rec.type, rec.type, *sorted(full)],
                taken=taken,
            )
            if len(found) == 1:
                return found[0]
    if rec.type != "PERSON":
        return None
    if not full:
        # "Maliki" alone: the stored person whose full name ends with it, named beside the people this article names.
        if article is None or not across:
            rows = full_names_ending(conn, rec.name, taken)
            return rows[0] if len(rows) == 1 and _named_beside(conn, rows[0][0], names, article) else None
        return surname_owner(conn, rec.name, names, article, taken)
    for full_name in full:
        rows = romanisations(conn, full_name, taken)
        if len(rows) == 1:
            return rows[0]
    if across:
        # "Hillary Rodham Clinton" and "Hillary Clinton": one given name and surname, a middle name between or not
        for full_name in sorted(full, key=len, reverse=True):
            rows = middle_named(conn, full_name, rec.role, taken)
            if len(rows) == 1 and _named_beside(conn, rows[0][0], names, article):
                return rows[0]
    # "Nuri al-Maliki": a stored person known only as "Maliki" is him, when he is the only one; not where the article
    # names another of his surname in full ("Melania Trump" beside "Donald Trump": its lone "Trump" may be either).
    rows = known_only_as(conn, full, taken)
    if article is not None and across and any(article.namesakes(bare_key(f.split()[-1])) for f in full):
        return None
    return rows[0] if len(rows) == 1 and _named_beside(conn, rows[0][0], names, article) else None


def middle_named(conn, full_name: str, role: str, taken: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(id, name) of the stored people, up to two, named by `full_name`'s first and last words with a middle name
    between or without it: "Hillary Clinton" for "Hillary Rodham Clinton", "Donald J. Trump" for "Donald Trump". Two
    ("George H.W. Bush" and "George W. Bush" for "George Bush") are no evidence."""
    words = full_name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) == 1 or bare_key(words[-1]) in NAME_SUFFIXES:
        return []  # an initial opens it ("J. Smith"), or a suffix ends it ("Donald Trump Jr."): no given name, surname
    if len(words) > 2:
        return _candidates(
            conn,
            "SELECT DISTINCT e.id, e.name FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id"
            " WHERE a.alias = ? AND e.role = ? AND e.type = 'PERSON'",
            [f"{words[0]} {words[-1]}", role],
            taken=taken,
        )
    first, surname = name_key(words[0]), bare_key(words[-1])
    last = utils.default_process(words[-1].split("-")[-1]).split()
    return _candidates(
        conn,
        "SELECT DISTINCT e.id, e.name, w.alias FROM alias_words w CROSS JOIN entities e ON e.id = w.entity_id"
        " WHERE w.role = ? AND w.word = ? AND e.type = 'PERSON'",
        [role, last[-1] if last else ""],
        keep=lambda r: len(ws := r[2].split()) > 2 and name_key(ws[0]) == first and bare_key(ws[-1]) == surname,
        taken=taken,
    )


def _spelt_otherwise(conn, entity_id: int, alias: str, full: list[str]) -> bool:
    """Whether an acronym both share stands for another name of the stored entity than any this one spells it with:
    the "EC" of the European Commission is not that of the European Community (a near spelling, "in" for "of", is
    the same name). Read through the entity's full names (alias_skeletons, by its id)."""
    if not is_acronym(alias):
        return False
    ours = [name_key(f) for f in full if acronym_of(alias, f)]
    if not ours:
        return False
    theirs = [
        name_key(a) for (a,) in conn.execute("SELECT alias FROM alias_skeletons WHERE entity_id = ?", [entity_id])
        if acronym_of(alias, a)
    ]
    return bool(theirs) and not any(fuzz.ratio(o, t) >= SAME_BODY for o in ours for t in theirs)


def _heads_a_longer_name(conn, entity_id: int, alias: str, role: str) -> bool:
    """Whether `alias`, one word and no acronym, is the last word of one of the entity's names of more words: the
    "Congress" of the World Meat Congress, through the alias word index (one seek of the entity's rows of that word)."""
    if len(alias.split()) > 1 or is_acronym(alias):
        return False
    folded = alias_words(alias)
    return any(
        len(longer.split()) > 1 and alias_words(longer.split()[-1]) == folded
        for (longer,) in conn.execute(
            "SELECT alias FROM alias_words WHERE role = ? AND word = ? AND entity_id = ?",
            [role, min(folded, default=""), entity_id],
        )
    )


def surname_owner(
    conn, surname: str, names: AbstractSet[str], article: Article, taken: AbstractSet[int] = frozenset(),
    keyed: tuple[int, str] | None = None,
) -> tuple[int, str] | None:
    """(id, name) of the stored person a surname alone ("Bush") is in this article: of the stored people named in full
    with that surname (and the entity keyed by it, `keyed`), the one beside whom the stored articles name the most of
    the people this article names in full (George W. Bush beside Cheney and Rumsfeld, Jeb Bush beside Rubio and Cruz),
    not the first one stored; a tie goes to one named in full over the surname's own entity, and of those to one in
    CLEAR_LEAD times the other's articles, else to none. None where no one is named beside any of them, or two tie."""
    people = _people_ending(conn, surname, taken)
    if keyed and keyed[0] not in {p[0] for p in people}:
        people.append((*keyed, False, 0))
    if len(people) == 1 and keyed:
        return keyed  # no one else to weigh
    if not people:
        return None
    # the people of each surname this article names in full, read once for every namesake weighed
    own = {bare_key(a.split()[-1]) for a in names if a.split()}
    kin = [list(named_in_full(conn, s)) for s in sorted(article.surnames - own)]
    weight = {p[0]: _beside_count(conn, p[0], kin) for p in people}
    best = max(weight.values())
    if best == 0:
        return None
    leaders = [p for p in people if weight[p[0]] == best]
    in_full = sorted((p for p in leaders if p[2]), key=lambda p: -p[3])
    if len(in_full) > 1 and in_full[0][3] >= CLEAR_LEAD * in_full[1][3]:
        in_full = in_full[:1]  # Barack Obama in 180 articles, Michelle in 9: beside the same people, he is the one
    chosen = in_full if len(in_full) == 1 else leaders
    return (chosen[0][0], chosen[0][1]) if len(chosen) == 1 else None


def _people_ending(conn, name: str, taken: AbstractSet[int]) -> list[tuple[int, str, bool, int]]:
    """(id, name, True, articles) of the stored people, the NAMESAKES_WEIGHED in the most articles, one of whose names
    of more than one word ends with `name`, a surname alone."""
    surname = bare_key(name)
    words = utils.default_process(name.split("-")[-1]).split()
    found: dict[int, tuple[str, int]] = {}
    for entity_id, entity_name, alias, articles in conn.execute(
        "SELECT e.id, e.name, w.alias, coalesce(e.article_count, 0) FROM alias_words w CROSS JOIN entities e"
        f" ON e.id = w.entity_id WHERE w.role IN ({','.join('?' * len(ROLES))}) AND w.word = ? AND e.type = 'PERSON'",
        [*ROLES, words[-1] if words else ""],
    ):
        if entity_id not in taken and len(alias.split()) > 1 and bare_key(alias.split()[-1]) == surname:
            found[entity_id] = (entity_name, articles)
    ranked = sorted(found.items(), key=lambda f: (-f[1][1], f[0]))[:NAMESAKES_WEIGHED]
    return [(entity_id, entity_name, True, articles) for entity_id, (entity_name, articles) in ranked]


def _beside_count(conn, entity_id: int, kin: list[list[int]]) -> int:
    """How many of the surnames this article names people in full by (`kin`: the stored people of each, not the
    entity's own surname) name someone a stored article of the entity names too: _named_beside, counted."""
    return sum(any(other != entity_id and _share_an_article(conn, entity_id, other) for other in people) for people in kin)


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
    given: dict[str, set[str]] = {}
    for rec in records:
        if rec.type == "PERSON":
            for a in rec.aliases:
                if len(words := a.split()) > 1:
                    given.setdefault(bare_key(words[-1]), set()).add(name_key(words[0]))
    return Article(frozenset(given), given_names={s: frozenset(g) for s, g in given.items()})


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
