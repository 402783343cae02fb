"""Finding things: fuzzy over entity names and aliases (rapidfuzz), full text over paragraphs (FTS5)."""

from __future__ import annotations

import bisect
import json
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, closing, nullcontext
from dataclasses import dataclass
from functools import partial
from itertools import chain

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz, process, utils

from ..errors import NewsxError
from ..names import fold
from .thresholds import COMMON_WORD, CORPUS_CANDIDATES, FIND_ENTITY_CUTOFF, MAX_CANDIDATES, NEAR_SPELLING, SEARCH_CUTOFF, SPEAKER_CUTOFF, TEXT_PREFIX_MIN

MAX_QUERY_TERMS = 32


class SearchError(NewsxError):
    """A query that cannot be searched as given."""


# The apostrophes a name is written with: straight, curly, and the modifier letter.
APOSTROPHES = "'\u2019\u02bc"
# One between two letters: "O'Gara", "D’Alessandro".
_APOSTROPHE_IN_WORD = re.compile(rf"(?<=[^\W\d_])[{APOSTROPHES}](?=[^\W\d_])")


def searchable(text: str) -> str:
    """An alias or a query as the indexes compare them: folded as entity keys fold names (ASCII letters
    by anyascii, so "Lodz" finds "Łódź" and "Orsted" finds "Ørsted"), lowercase, punctuation dropped,
    an apostrophe within a word dropped too (a reader types "ogara" for "O'Gara", not "o gara")."""
    # most aliases hold no apostrophe: looking for one first (APOSTROPHES, spelt out: a loop over them
    # would cost what it saves) costs a tenth of the substitution
    return _folded(_APOSTROPHE_IN_WORD.sub("", text) if "'" in text or "\u2019" in text or "\u02bc" in text else text)


def searchable_words(text: str) -> set[str]:
    """The words an alias is found by: those of `searchable`, and for a word with an apostrophe also its
    parts ("O'Gara": "ogara", "o" and "gara"), which a reader may type and resolve.existing looks a lone
    surname up by."""
    words = set(searchable(text).split())
    return words | set(_folded(text).split()) if _APOSTROPHE_IN_WORD.search(text) else words


def _folded(text: str) -> str:
    # ASCII needs no fold: default_process lowercases it and makes its punctuation spaces as it is
    return utils.default_process(text if text.isascii() else fold(text))


@dataclass(frozen=True)
class EntityHit:
    entity_id: int
    name: str
    role: str
    alias: str
    score: float
    mentions: int = 0  # in the whole corpus (CorpusIndex); the article's own count is the pane's
    word_starts: bool = False  # each word of a query of several starts a word of the alias (ranked first)

    @property
    def rank(self) -> tuple[bool, float]:
        """Higher is better: the hits whose words the reader is typing, then the fuzzy score."""
        return self.word_starts, self.score


def starts_each_word(words: list[str], choice: str) -> bool:
    """Each of `words` starts a word of `choice` of its own ("rama el": "rama elshita", not "ramael")."""
    left = choice.split()
    for word in sorted(words, key=len, reverse=True):  # a longer word first: "ab abc" in "abc abd"
        at = next((i for i, w in enumerate(left) if w.startswith(word)), None)
        if at is None:
            return False
        del left[at]
    return True


def scored_choices(q: str, choices: list[str], limit: int, cutoff: float) -> list[tuple[int, float, bool]]:
    """(index in `choices`, WRatio, starts_each_word) of the best `limit`, best first. For a query of several
    words the choices each of whose words starts a word of the choice come first, whatever their score and
    the cut-off: WRatio prefers "ramael" to "rama elshita" for "rama el" (one word holding both), "tony
    bullock" to "tony blair" for "tony bl", and scores "manchester united" under any cut-off for "man u"."""
    found = process.extract(q, choices, scorer=fuzz.WRatio, processor=None, limit=limit, score_cutoff=cutoff)
    words = q.split()
    if len(words) < 2:
        return [(k, score, False) for _, score, k in found]
    # the choices with a word starting with each word, the longest (the rarest) first, by string search (a
    # choice as searchable() leaves it: words parted by single spaces); the few left are checked word by word
    kept: Sequence[int] = range(len(choices))
    for word in sorted(words, key=len, reverse=True):
        spaced = " " + word
        kept = [k for k in kept if spaced in choices[k] or choices[k].startswith(word)]
    typed = [k for k in kept if starts_each_word(words, choices[k])]
    if not typed:
        return [(k, score, False) for _, score, k in found]
    first = process.extract(q, [choices[k] for k in typed], scorer=fuzz.WRatio, processor=None, limit=limit)
    taken = set(typed)
    ranked = [(typed[j], score, True) for _, score, j in first] + [(k, score, False) for _, score, k in found if k not in taken]
    return ranked[:limit]


def best_per_entity(found: list[tuple[int, float, bool]], entity_of: Callable[[int], int]) -> dict[int, tuple[bool, float, int]]:
    """Each entity's best scored alias among `found` (scored_choices' rows): entity -> (word_starts, score,
    index in the choices)."""
    best: dict[int, tuple[bool, float, int]] = {}
    for k, score, word_starts in found:
        entity_id = entity_of(k)
        if entity_id not in best or (word_starts, score) > best[entity_id][:2]:
            best[entity_id] = (word_starts, score, k)
    return best


class EntityIndex:
    """Every alias of every entity, ready for typo-tolerant lookup as the user types.

    Scoring is rapidfuzz's WRatio over the whole alias, as a plain
    process.extract would do, but only over candidates: aliases with a
    word that starts with, or is a near spelling of, a word of the query.
    A corpus of thousands of articles has a hundred thousand aliases, and
    WRatio over all of them costs ~100 ms a keystroke; the candidates are
    found in a sorted word list and a few thousand short words.
    """

    MAX_CANDIDATES = MAX_CANDIDATES
    COMMON_WORD = COMMON_WORD

    def __init__(self, rows: list[tuple[int, str, str, str]]):
        # (entity_id, name, role, alias)
        self._rows = rows
        self._choices = [searchable(alias) for *_, alias in rows]
        postings: dict[str, list[int]] = {}
        for i, (*_, alias) in enumerate(rows):
            for word in searchable_words(alias):
                postings.setdefault(word, []).append(i)
        self._words = sorted(postings)
        self._postings = [np.array(postings[w], dtype=np.int32) for w in self._words]
        self._lengths = np.array([len(c) for c in self._choices], dtype=np.int32)
        self._roles = np.array([r[2] or "" for r in rows], dtype=object)
        self._by_text = np.array(sorted(range(len(self._choices)), key=self._choices.__getitem__), dtype=np.int32)
        self._sorted_choices = [self._choices[i] for i in self._by_text]

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> "EntityIndex":
        rows = db.execute(
            "SELECT e.id, e.name, e.role, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE e.id IN (SELECT entity_id FROM mentions)"
        ).fetchall()
        return cls([tuple(r) for r in rows])

    def entity(self, entity_id: int) -> EntityHit | None:
        """The entity with this id, by its name, if any of its aliases is indexed."""
        for row_id, name, role, _ in self._rows:
            if row_id == entity_id:
                return EntityHit(row_id, name, role, name, 100.0)
        return None

    def __len__(self) -> int:
        return len(self._rows)

    def search(self, query: str, role: str | None = None, limit: int = 50, cutoff: float = SEARCH_CUTOFF) -> list[EntityHit]:
        """Best-scoring entities for `query`, one hit per entity (its best alias)."""
        q = searchable(query)
        if not q or not self._rows:
            return []
        ids, matched = self._candidates(q)
        if role:
            keep = self._roles[ids] == role
            ids, matched = ids[keep], matched[keep]
        if len(ids) > self.MAX_CANDIDATES:
            order = np.lexsort((self._lengths[ids], -matched))[: self.MAX_CANDIDATES]
            ids = ids[order]
        found = scored_choices(q, [self._choices[i] for i in ids.tolist()], limit * 4 + 20, cutoff)
        best = best_per_entity(found, lambda k: self._rows[int(ids[k])][0])
        # hits made for the few listed only: a frozen dataclass a scored alias was a tenth of a keystroke
        top = sorted(best.values(), key=lambda b: (not b[0], -b[1], self._rows[int(ids[b[2]])][1]))[:limit]
        return [EntityHit(*self._rows[int(ids[k])], score, word_starts=word_starts) for word_starts, score, k in top]

    def _candidates(self, q: str) -> tuple[np.ndarray, np.ndarray]:
        """Candidate aliases and how many words of the query each matches."""
        if len(q) <= 2:
            # One or two letters: the aliases that start with them.
            lo, hi = self._prefix_range(self._sorted_choices, q)
            ids = self._by_text[lo:hi]
            return ids, np.ones(len(ids), dtype=np.int32)
        words = list(dict.fromkeys(q.split()))
        # Near spellings of every query word in one pass over the word list.
        near = process.cdist(
            [w for w in words if len(w) >= 3] or [""], self._words, scorer=fuzz.ratio, score_cutoff=NEAR_SPELLING, dtype=np.uint8
        )
        near_rows = iter(near)
        per_word = [self._word_candidates(w, next(near_rows) if len(w) >= 3 else None) for w in words]
        # a word no alias has narrows nothing (taken as the rarest, it left no candidate: "rama el" found no
        # "Ramael" among places, none of whose words starts with "el"), as the corpus index has it
        per_word = [c for c in per_word if len(c)] or per_word[:1]
        common = len(self._rows) * self.COMMON_WORD
        rare = [c for c in per_word if len(c) <= common] or per_word
        if len(rare) == 1:
            return rare[0], np.ones(len(rare[0]), dtype=np.int32)
        ids, matched = np.unique(np.concatenate(rare), return_counts=True)
        return ids, matched

    def _word_candidates(self, word: str, near: np.ndarray | None) -> np.ndarray:
        """Aliases with a word that starts with `word` or is spelled almost like it (`near`: scores per word)."""
        lo, hi = self._prefix_range(self._words, word)
        picked = set(range(lo, hi))
        if near is not None:
            picked.update(np.flatnonzero(near).tolist())
        if not picked:
            return np.empty(0, dtype=np.int32)
        return np.unique(np.concatenate([self._postings[k] for k in picked]))

    @staticmethod
    def _prefix_range(ordered: list[str], prefix: str) -> tuple[int, int]:
        return bisect.bisect_left(ordered, prefix), bisect.bisect_left(ordered, prefix + "\uffff")


class AmbiguousName(SearchError):
    """A name that could mean more than one entity."""


def find_entity(index: EntityIndex, name: str, cutoff: float = FIND_ENTITY_CUTOFF) -> EntityHit:
    """The one entity `name` means, found as the fuzzy pane finds it.

    A correction changes the store, so a guess is not good enough: the name
    must be an alias of exactly one entity, or match exactly one fuzzily;
    anything else is refused with the candidates, each with the `#id` that
    names it beyond doubt.
    """
    if re.fullmatch(r"#\d+", name.strip()):
        found = index.entity(int(name.strip()[1:]))
        if found is None:
            raise SearchError(f"no entity {name.strip()} in the store")
        return found
    hits = index.search(name, limit=8, cutoff=cutoff)
    if not hits:
        raise SearchError(f"no entity matches {name!r}")
    folded = searchable(name)
    exact = [h for h in hits if searchable(h.alias) == folded]
    if len(exact) == 1 or (not exact and len(hits) == 1):
        return (exact or hits)[0]
    candidates = "; ".join(f"{h.name} ({h.role}, #{h.entity_id})" for h in exact or hits)
    raise AmbiguousName(f"{name!r} could be any of: {candidates}; give the full name")


class CorpusIndex:
    """Fuzzy lookup over every entity of one role in the store, without holding its aliases in memory.

    Scores as EntityIndex does (WRatio over whole aliases, best alias per
    entity), but its candidates come from SQL: the aliases (alias_words, kept
    by the write path) with a word that starts with a word of the query, or is
    spelled almost like it. The near spellings are looked for among the role's
    words that begin with the same letter (a typo in the first letter is rare,
    and scoring every word of a large corpus costs more than a keystroke may),
    read from alias_vocabulary a letter at a time, as the first query with that
    letter needs them, and kept.
    """

    # Alias rows read per query word: a short prefix is shared by tens of thousands of aliases.
    MAX_CANDIDATES = CORPUS_CANDIDATES
    FOLDED_KEPT = 100_000  # aliases kept folded, and entities' names (about 20 MB each at most): emptied when full

    def __init__(self, connect: Callable[[], AbstractContextManager[sqlite3.Connection]], role: str):
        """`connect`: a connection to the store for the length of a `with` (one per search: a connection
        held open beside others in one process made their reads fail while another process wrote)."""
        self._connect = connect
        self.role = role
        self._lock = threading.Lock()
        self._words_by_letter: dict[str, list[str]] = {}
        # aliases as compared (searchable), kept: a keystroke's candidates are mostly the keystroke before's,
        # and folding 600 of them again was a tenth of its search
        self._folded: dict[str, str] = {}
        self._entity_names: dict[int, tuple[str, int] | None] = {}  # entity id -> (name, mentions), as read (_names)

    def words_from(self, conn, letter: str) -> list[str]:
        """The role's distinct alias words that begin with `letter`, sorted; read once."""
        with self._lock:
            words = self._words_by_letter.get(letter)
            if words is None:
                words = self._words_by_letter[letter] = [
                    r[0]
                    for r in conn.execute(
                        "SELECT word FROM alias_vocabulary WHERE role = ? AND word >= ? AND word < ? ORDER BY word",
                        [self.role, letter, letter + "\uffff"],
                    )
                ]
            return words

    def connection(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection to the store for the length of a `with`, to pass to several searches (a keystroke's
        roles): each search that opens its own starts with an empty page cache and reads the schema again,
        which cost as much as the search."""
        return self._connect()

    def read_ahead(self, query: str, conn: sqlite3.Connection | None = None) -> None:
        """Read the words the query's next letters will need (those of its first letter), so that
        the keystroke that first needs them does not wait for them. `conn`: as search's."""
        q = searchable(query)
        if q and q[0] not in self._words_by_letter:
            with self._using(conn) as conn:
                self.words_from(conn, q[0])

    def search(
        self, query: str, role: str | None = None, limit: int = 50, cutoff: float = SEARCH_CUTOFF,
        conn: sqlite3.Connection | None = None,
    ) -> list[EntityHit]:
        """Best-scoring entities for `query`, one hit per entity (its best alias). `conn`: a connection
        (`connection()`) to search with; without one the search opens its own."""
        q = searchable(query)
        if not q or (role and role != self.role):
            return []
        with self._using(conn) as conn:
            return self._search(conn, q, limit, cutoff)

    def _using(self, conn: sqlite3.Connection | None) -> AbstractContextManager[sqlite3.Connection]:
        """`conn` as it is (the caller's to close), else a connection of our own for the length of a `with`."""
        return nullcontext(conn) if conn is not None else self._connect()

    def _search(self, conn, q: str, limit: int, cutoff: float) -> list[EntityHit]:
        words = list(dict.fromkeys(q.split()))
        narrowing: list[list[tuple[int, str]]] = []  # each word's candidates (no row twice in one), of words that narrow
        common: list[Callable[[], list[tuple[int, str]]]] = []  # each common word's candidates, read when needed
        starting: dict[str, list[tuple[int, str]]] = {}  # word -> the aliases with a word starting with it
        for word in words:
            starting[word] = self._aliases_starting(conn, word)
            if len(starting[word]) >= self.MAX_CANDIDATES:
                # a word this common narrows nothing while a rarer one is there, whatever its near spellings: they
                # are read only if no other word narrows (below); scored and read at every key, they went unused
                common.append(partial(self._rows_of, conn, word, starting[word]))
                continue
            rows = self._rows_of(conn, word, starting[word])
            if len(rows) >= self.MAX_CANDIDATES:
                common.append(partial(list, rows))
            elif rows:
                narrowing.append(rows)
        if not narrowing and common:
            # every word is common ("orma dam" over two million aliases): the aliases with a word starting
            # with each are the few the reader is typing towards; any one word's first rows, near
            # spellings first, miss them (a word shorter than three letters is still being typed). One such
            # word's are already read (reading them again was most of a common word's search)
            typed = sorted((w for w in words if len(w) >= 3), key=len, reverse=True)
            if len(typed) == 1:
                narrowing.append(list(dict.fromkeys(starting[typed[0]])) or common[0]())
            else:
                narrowing.append((typed and self._aliases_with_all(conn, typed)) or common[0]())
        if len(narrowing) == 1:
            # one list (a query of one word, the keys typed most): counted, each row would count once and keep its
            # place, and counting and ranking three roles' 600 rows was 7% of the search
            candidates = narrowing[0][: self.MAX_CANDIDATES]
        else:
            # the aliases matching more of the words first
            candidates = [row for row, _ in Counter(chain.from_iterable(narrowing)).most_common(self.MAX_CANDIDATES)]
        folded = self._folded
        if len(folded) > self.FOLDED_KEPT:
            folded.clear()
        choices = [folded.get(alias) or folded.setdefault(alias, searchable(alias)) for _, alias in candidates]
        scored = best_per_entity(scored_choices(q, choices, limit * 4 + 20, cutoff), lambda k: candidates[k][0])
        # names for the scored few; an entity no article mentions (a speaker only) is no hit
        known = self._names(conn, list(scored))
        # of names the query fits equally ("nela orw": Nela Orwafa and Nela Orwama) the one the corpus
        # mentions most is the one a reader is likelier after
        best = sorted((e for e in scored if e in known), key=lambda e: (not scored[e][0], -scored[e][1], -known[e][1], known[e][0]))[:limit]
        return [
            EntityHit(e, known[e][0], self.role, candidates[scored[e][2]][1], scored[e][1], known[e][1], scored[e][0]) for e in best
        ]

    def _names(self, conn, entity_ids: list[int]) -> dict[int, tuple[str, int]]:
        """entity id -> (name, mentions) of those of `entity_ids` an article mentions, read once: a keystroke's
        scored entities are mostly the keystroke before's (the index is kept only while the store is unchanged)."""
        names = self._entity_names
        wanted = [e for e in entity_ids if e not in names]
        if wanted:
            if len(names) > self.FOLDED_KEPT:
                names.clear()
            names.update(dict.fromkeys(wanted))  # None: no article mentions it (a speaker only)
            names.update(
                (r[0], (r[1], r[2]))
                for r in conn.execute(
                    "SELECT id, name, mention_count FROM entities WHERE id IN (SELECT value FROM json_each(?)) AND mention_count > 0",
                    [json.dumps(wanted)],
                )
            )
        return {e: name for e in entity_ids if (name := names.get(e)) is not None}

    @staticmethod
    def _near(word: str, vocabulary: list[str]) -> list[str]:
        """Words of the vocabulary (of `word`'s first letter) spelled almost like `word`."""
        found = process.extract(word, vocabulary, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=NEAR_SPELLING)
        return [w for w, _, _ in found]

    def _aliases_with_all(self, conn, words: list[str]) -> list[tuple[int, str]]:
        """(entity id, alias) with a word starting with each of `words`; MAX_CANDIDATES at most."""
        # the first word's rows walk the (role, word) index; each other word is one seek per row by
        # the alias's entity (the unary + keeps SQLite from walking every word with that prefix instead)
        other = (
            " AND EXISTS (SELECT 1 FROM alias_words b WHERE b.entity_id = a.entity_id AND +b.alias = a.alias"
            " AND +b.role = a.role AND +b.word >= ? AND +b.word < ?)"
        )
        params: list[object] = [self.role, words[0], words[0] + "\uffff"]
        for word in words[1:]:
            params += [word, word + "\uffff"]
        rows = conn.execute(
            "SELECT a.entity_id, a.alias FROM alias_words a WHERE a.role = ? AND a.word >= ? AND a.word < ?"
            + other * (len(words) - 1) + " LIMIT ?",
            [*params, self.MAX_CANDIDATES],
        ).fetchall()
        return list(dict.fromkeys(map(tuple, rows)))

    def _rows_of(self, conn, word: str, starting: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A word's candidates: the aliases with a near spelling of it (from three letters), then `starting` (those
        with a word starting with it), MAX_CANDIDATES at most."""
        near = self._aliases_near(conn, self._near(word, self.words_from(conn, word[0]))) if len(word) >= 3 else []
        return list(dict.fromkeys((near + starting)[: self.MAX_CANDIDATES]))  # near spellings first

    def _aliases_near(self, conn, near: list[str]) -> list[tuple[int, str]]:
        """(entity id, alias) with a word that is one of `near`: MAX_CANDIDATES at most, in the (role, word) index's
        order."""
        if not near:
            return []
        # one select for the near words, another for the prefix (_aliases_starting), not one OR: each walks the
        # (role, word) index
        rows = conn.execute(
            "SELECT entity_id, alias FROM alias_words WHERE role = ? AND word IN (SELECT value FROM json_each(?)) LIMIT ?",
            [self.role, json.dumps(near), self.MAX_CANDIDATES],
        ).fetchall()
        return list(map(tuple, rows))

    def _aliases_starting(self, conn, word: str) -> list[tuple[int, str]]:
        """(entity id, alias) with a word that starts with `word`: MAX_CANDIDATES at most, in the (role, word)
        index's order."""
        rows = conn.execute(
            "SELECT entity_id, alias FROM alias_words WHERE role = ? AND word >= ? AND word < ? LIMIT ?",
            [self.role, word, word + "\uffff", self.MAX_CANDIDATES],
        ).fetchall()
        return list(map(tuple, rows))


class NoWordsError(SearchError):
    """A query of punctuation or spaces only: there is nothing to search for."""


def fts_query(query: str, *, prefix: bool = False) -> str:
    """A user's words as an FTS5 query: every word must appear; no FTS syntax gets through.

    Each word is quoted, so operators (AND, NEAR, *, -, ^, column:) are
    searched as the words they are or dropped as punctuation. `prefix`: the
    last word may be the start of a word still being typed.
    """
    words = re.findall(r"\w+", query)
    if not words:
        raise NoWordsError("nothing to search for: the query has no words")
    if len(words) > MAX_QUERY_TERMS:
        # Dropping words would search for something else than what was asked.
        raise SearchError(f"the query has {len(words):,} words; search takes at most {MAX_QUERY_TERMS}")
    terms = [f'"{w}"' for w in words]
    if prefix and not query[-1:].isspace() and len(words[-1]) >= TEXT_PREFIX_MIN:
        terms[-1] += "*"
    return " ".join(terms)


# The paragraphs' FTS5 tokenizer (the store's index is made with it): one article's paragraphs are matched apart with
# it too, as the store matches them.
FTS_TOKENIZE = "porter"
# What a text hit reads of its paragraph and article, and which paragraphs are readable: one article's matches and
# the store's are read alike, and an article's passages (queries.article_passages) keep the same paragraphs.
_HIT_COLUMNS = (
    "p.id AS paragraph_id, p.seq, p.kind, p.text, a.id AS article_id, a.title, a.agency, a.byline, a.published, a.source"
)
READABLE = "p.kind NOT IN ('boilerplate', 'credit')"
# Marks FTS5's highlight() puts around each matched word; control characters never reach a stored paragraph.
_OPEN, _CLOSE = "\x01", "\x02"


def paragraphs(
    db: sqlite_utils.Database, query: str, limit: int = 100, *, with_spans: bool = False, prefix: bool = False,
    ranked_at_most: int | None = None, first: int | None = None,
) -> list[dict]:
    """Readable paragraphs matching every word of `query`, best first (`prefix`: see fts_query).

    `with_spans` adds `spans`: the (start, end) in `text` of every word that matched,
    as FTS5 matched it (stemmed: "refineries" marks "refinery").
    `ranked_at_most`: a query matching more paragraphs than this gets the last ingested first, each row's `ranked`
    False (else True). FTS5 ranks every paragraph a query matches to give the best few: a word in every article of
    a large store ("tuesday" in 1.9 million of 100,000 articles' paragraphs) took 6 s of a core, and over 20 s on a
    loaded machine, for a ranking of paragraphs that all say it.
    `first`: an article (the one being read) whose matching paragraphs come before the rest, in reading order,
    however many others match and wherever they rank.
    """
    match = fts_query(query, prefix=prefix)
    ranked = ranked_at_most is None or _matches(db, match, ranked_at_most + 1) <= ranked_at_most
    rows = _article_matches(db, match, first, with_spans)[:limit] if first is not None else []
    marked = f", highlight(paragraphs_fts, 0, '{_OPEN}', '{_CLOSE}') AS marked" if with_spans else ""
    rows += db.query(
        f"SELECT {_HIT_COLUMNS}{marked} FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid"
        " JOIN articles a ON a.id = p.article_id"
        f" WHERE paragraphs_fts MATCH ? AND {READABLE} AND p.article_id IS NOT ?"
        f" ORDER BY {'f.rank' if ranked else 'f.rowid DESC'} LIMIT ?",
        [match, first, limit - len(rows)],
    )
    for row in rows:
        if with_spans:
            row["spans"] = _marked_spans(row.pop("marked") or "")
        if ranked_at_most is not None:
            row["ranked"] = ranked
    return rows


def _article_matches(db: sqlite_utils.Database, match: str, article_id: int, with_spans: bool) -> list[dict]:
    """The readable paragraphs of one article matching the FTS5 query `match`, in reading order, as paragraphs()
    reads them (with `marked` if `with_spans`). Matched in an FTS5 table of their own: the store's, told to keep to the article's rows, still
    gathers every paragraph a prefix matches first ("sas*": 0.7 s of a core in a 100,000-article store)."""
    found = list(
        db.query(
            f"SELECT {_HIT_COLUMNS} FROM paragraphs p JOIN articles a ON a.id = p.article_id"
            f" WHERE p.article_id = ? AND {READABLE} ORDER BY p.seq",
            [article_id],
        )
    )
    with closing(sqlite3.connect(":memory:")) as own:
        own.execute(f"CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='{FTS_TOKENIZE}')")
        own.executemany("INSERT INTO fts (rowid, text) VALUES (?, ?)", enumerate(p["text"] for p in found))
        marked = dict(own.execute(f"SELECT rowid, highlight(fts, 0, '{_OPEN}', '{_CLOSE}') FROM fts WHERE fts MATCH ?", [match]))
    if with_spans:
        for i, row in marked.items():
            found[i]["marked"] = row
    return [row for i, row in enumerate(found) if i in marked]


def _matches(db: sqlite_utils.Database, match: str, at_most: int) -> int:
    """How many paragraphs the FTS5 query `match` matches, counted up to `at_most`."""
    return db.execute("SELECT count(*) FROM (SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?)", [match, at_most]).fetchone()[0]


def _marked_spans(marked: str) -> list[tuple[int, int]]:
    """(start, end) in the unmarked text of each stretch highlight() put between the marks."""
    spans, plain, start = [], 0, None
    for ch in marked:
        if ch == _OPEN:
            start = plain
        elif ch == _CLOSE and start is not None:
            spans.append((start, plain))
            start = None
        else:
            plain += 1
    return spans


def quotes_by_speaker(db: sqlite_utils.Database, speaker: str, cutoff: float = SPEAKER_CUTOFF) -> list[dict]:
    """Quotes whose speaker, or the speaker entity's aliases, match `speaker` fuzzily."""
    from . import queries

    needle = searchable(speaker)
    if not needle:
        raise SearchError("--speaker needs a name")
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in db.execute("SELECT entity_id, alias FROM aliases"):
        aliases.setdefault(entity_id, []).append(alias)
    matched = []
    for q in queries.quotes(db):
        names = [q["speaker"] or ""] + aliases.get(q["speaker_entity_id"], [])
        if any(fuzz.WRatio(needle, searchable(n)) >= cutoff for n in names if n):
            matched.append(q)
    return matched
