"""An entity is named as the most articles name it, not by the longest name one article gave it.

In a store of the ~1,770 gold articles Trump's entity (2,581 mentions, 467 of them `Donald Trump`) was named `Donald
Trump Wins`, from one website's title in one article: the write path renamed an entity whenever an article gave it a
longer name. Now each article votes once for each entity it mentions (article_names: the name its extraction gave
it), name_votes counts the votes and the entity takes the name of the most votes (ties: more words, then longer, then
code-point order), whatever the order the articles came in. A replaced article takes its votes back; a reader's
`rename` wins over any vote; speaker_counts' names follow the entity's. A store of schema 12
(tests/stores/schema12.db.gz, made by tests/stores/make_schema12.py) gains the votes on open, read from its mentions,
and its entities are named by them.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import shutil
import sqlite3

import pytest

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.db.write import store_article
from newsx.store.records import Anatomy, EntityRecord, Extraction, MentionRecord, Paragraph, Prepared, QuoteRecord

from .conftest import ROOT
from .test_write_at_scale import person

SCHEMA_12 = ROOT / "tests" / "stores" / "schema12.db.gz"

# Three made-up articles: two name him Donald Trump, one (a website's title) Donald Trump Wins.
WINS = person("Donald Trump Wins", "Donald Trump", "Trump")
TRUMP = person("Donald Trump", "Trump")
ARTICLES = {
    "rally": ("Donald Trump spoke in Iowa. Trump left.", TRUMP),
    "debate": ("Donald Trump debated. Trump won, he said.", TRUMP),
    "blog": ("Read Cape Breton If Donald Trump Wins. Donald Trump smiled.", WINS),
}


def write(db, source: str, text: str, *entities, said_by: str | None = None) -> tuple[int, str]:
    """One article mentioning each entity by each of its aliases found in the text; `said_by` speaks its last words."""
    paragraphs = [Paragraph(0, "title", source), Paragraph(1, "body", text)]
    mentions, taken = [], set()
    for e in entities:
        for alias in sorted(e.aliases, key=len, reverse=True):
            start = text.find(alias)
            while start >= 0:
                if not taken & set(range(start, start + len(alias))):
                    mentions.append(MentionRecord(1, start, start + len(alias), alias, e.key))
                    taken |= set(range(start, start + len(alias)))
                start = text.find(alias, start + 1)
    mentions.sort(key=lambda m: m.start)
    quotes = []
    if said_by:
        speaker = next(e for e in entities if e.key == said_by)
        quotes = [QuoteRecord(1, "indirect", "he won", 0, 5, speaker.name, "said", speaker.key, "test")]
    prepared = Prepared(
        source, hashlib.sha256(text.encode()).hexdigest(), text, Anatomy(title=source, agency="Reuters", paragraphs=paragraphs)
    )
    return store_article(db, prepared, Extraction({e.key: e for e in entities}, mentions, quotes))


def name_of(db, alias: str = "Donald Trump") -> str:
    (name,) = db.execute(
        "SELECT DISTINCT e.name FROM entities e JOIN aliases a ON a.entity_id = e.id WHERE a.alias = ?", [alias]
    ).fetchall()
    return name[0]


def votes(db) -> dict[str, int]:
    return dict(db.execute("SELECT v.name, v.articles FROM name_votes v JOIN aliases a USING (entity_id) WHERE a.alias = 'Trump'"))


def assert_counted(db) -> None:
    """name_votes is the count of article_names, every vote of an article that is stored, for an entity it mentions."""
    counted = db.execute("SELECT entity_id, name, count(*) FROM article_names GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    assert db.execute("SELECT entity_id, name, articles FROM name_votes ORDER BY 1, 2").fetchall() == counted
    assert not db.execute(
        "SELECT 1 FROM article_names n WHERE NOT EXISTS"
        " (SELECT 1 FROM mentions m WHERE m.article_id = n.article_id AND m.entity_id = n.entity_id)"
    ).fetchall()
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("order", list(itertools.permutations(ARTICLES)), ids="-".join)
def test_the_name_most_articles_give_wins_whatever_the_order(tmp_path, order):
    db = open_db(tmp_path / "s.db")
    for source in order:
        write(db, source, *ARTICLES[source])
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 1  # one entity: the blog's joins by its aliases
    assert name_of(db) == "Donald Trump"
    assert votes(db) == {"Donald Trump": 2, "Donald Trump Wins": 1}
    assert_counted(db)


@pytest.mark.parametrize(
    ("votes", "name"),
    [
        ({"Trump": 2, "Donald Trump": 2}, "Donald Trump"),  # of as many votes, more words
        ({"Donald Trump": 1, "Donald J. Trump": 1}, "Donald J. Trump"),  # then the longer
        ({"Trump": 3, "Donald Trump": 2}, "Trump"),  # but the most votes first
        ({"Trump B": 1, "Trump A": 1}, "Trump A"),  # then code-point order
    ],
)
def test_the_most_votes_name_it_then_more_words_then_the_longer(tmp_path, votes, name):
    given = [n for n, count in votes.items() for _ in range(count)]
    for turn, order in enumerate((given, given[::-1])):  # the same in either order
        db = open_db(tmp_path / f"{turn}.db")
        for i, said in enumerate(order):  # one entity (one key), each article giving it one of the names
            write(db, f"a{i}", f"{said} spoke here, {i}.", EntityRecord("actor:donald trump", said, "PERSON", "actor", {said}))
        assert db.execute("SELECT name FROM entities").fetchall() == [(name,)]
        assert_counted(db)


def test_a_replaced_article_takes_its_vote_back(tmp_path):
    db = open_db(tmp_path / "s.db")
    write(db, "blog", *ARTICLES["blog"])
    write(db, "blog2", "Donald Trump Wins, says a site.", WINS)
    write(db, "rally", *ARTICLES["rally"])
    assert name_of(db) == "Donald Trump Wins" and votes(db) == {"Donald Trump Wins": 2, "Donald Trump": 1}
    # a new version of the second blog post names him plainly
    assert write(db, "blog2", "Donald Trump, says a site.", TRUMP)[1] == "replaced"
    assert name_of(db) == "Donald Trump" and votes(db) == {"Donald Trump Wins": 1, "Donald Trump": 2}
    assert db.execute("SELECT count(*) FROM article_names").fetchone()[0] == 3
    assert_counted(db)
    # and a version that names him no more takes its vote away with it
    write(db, "rally", "Iowa voted.", person("Iowa", role="location", type_="GPE"))
    assert votes(db) == {"Donald Trump Wins": 1, "Donald Trump": 1}
    assert name_of(db) == "Donald Trump Wins"  # a tie: the name of more words (the one a vote more would settle)
    assert_counted(db)


def test_a_rename_correction_wins_over_every_vote_and_speaker_counts_follow(tmp_path):
    db = open_db(tmp_path / "s.db")
    write(db, "blog", *ARTICLES["blog"], said_by=WINS.key)
    trump = db.execute("SELECT id FROM entities").fetchone()[0]
    said = "SELECT DISTINCT name FROM speaker_counts WHERE entity_id = ?"
    assert name_of(db) == "Donald Trump Wins" and db.execute(said, [trump]).fetchall() == [("Donald Trump Wins",)]
    write(db, "rally", *ARTICLES["rally"])
    write(db, "debate", *ARTICLES["debate"])
    # the votes renamed him, and the speakers view with him (speaker_counts_named)
    assert name_of(db) == "Donald Trump" and db.execute(said, [trump]).fetchall() == [("Donald Trump",)]

    corrections.rename(db, trump, "Mr Trump")
    for source in ("later", "later2"):  # corrections are applied again at every write: the votes do not undo it
        write(db, source, f"Donald Trump Wins in {source}.", WINS)
    assert votes(db) == {"Donald Trump": 2, "Donald Trump Wins": 3}
    assert name_of(db) == "Mr Trump" and db.execute(said, [trump]).fetchall() == [("Mr Trump",)]
    write(db, "debate", "Donald Trump Wins the debate.", WINS)  # nor does a replaced article's taking back
    assert name_of(db) == "Mr Trump"

    corrections.undo(db)
    assert name_of(db) == "Donald Trump"  # as it was before the rename; the next article's votes name him again
    write(db, "later3", "Donald Trump Wins again.", WINS)
    assert name_of(db) == "Donald Trump Wins" and db.execute(said, [trump]).fetchall() == [("Donald Trump Wins",)]
    assert_counted(db)


def test_a_merge_keeps_the_ids_and_the_votes_stay_counted(tmp_path):
    db = open_db(tmp_path / "s.db")
    write(db, "rally", *ARTICLES["rally"])
    write(db, "don", "The Donald spoke.", person("The Donald"))
    trump, don = (db.execute("SELECT id FROM entities WHERE name = ?", [n]).fetchone()[0] for n in ("Donald Trump", "The Donald"))
    corrections.merge(db, don, trump)
    assert db.execute("SELECT id, name FROM entities").fetchall() == [(trump, "Donald Trump")]
    assert_counted(db)
    write(db, "don2", "The Donald spoke again.", person("The Donald"))  # merged as it is written
    assert db.execute("SELECT id, name FROM entities").fetchall() == [(trump, "Donald Trump")]
    assert_counted(db)


def rows_of(conn, tables) -> dict:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_a_store_written_by_schema_12_gains_the_votes_on_open_and_is_named_by_them(tmp_path):
    path = tmp_path / "twelve.db"
    with gzip.open(SCHEMA_12) as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
    assert conn.execute("SELECT name FROM entities WHERE key = 'actor:donald trump'").fetchone() == ("Donald Trump Wins",)
    kept = ("articles", "paragraphs", "aliases", "mentions", "quotes", "corrections", "alias_words", "lone_names")
    before = rows_of(conn, kept)
    names = dict(conn.execute("SELECT key, name FROM entities"))
    conn.close()

    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 13
    assert rows_of(db.conn, kept) == before
    after = dict(db.execute("SELECT key, name FROM entities").fetchall())
    # each article votes with its preferred mention text; the stored name where it gives it
    assert after.pop("actor:donald trump") == "Donald Trump"
    assert after.pop("actor:obeidi") == "Khalid al-Obeidi"  # the reader's rename holds
    assert after == {k: v for k, v in names.items() if k not in ("actor:donald trump", "actor:obeidi")}
    trump = db.execute("SELECT id FROM entities WHERE key = 'actor:donald trump'").fetchone()[0]
    assert db.execute("SELECT DISTINCT name FROM speaker_counts WHERE entity_id = ?", [trump]).fetchall() == [("Donald Trump",)]
    assert votes(db) == {"Donald Trump": 2, "Donald Trump Wins": 1}
    assert_counted(db)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # and the write path goes on from the migrated votes
    write(db, "blog2", "Donald Trump Wins, says a site.", WINS)
    write(db, "blog3", "Donald Trump Wins, says another.", WINS)
    assert name_of(db) == "Donald Trump Wins"
    assert_counted(db)
    db.close()
