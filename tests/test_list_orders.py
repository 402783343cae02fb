"""The store lists entities and articles in the order asked, the same order a full sort would give:
the shortcuts (reading only the earliest articles for "first", only the entities mentioned often enough
for "articles") never change the answer."""

from __future__ import annotations

import random

import pytest

from newsx.store import open_db, transaction
from newsx.store.db import corrections, pages, queries

from .tui.synthetic import Article, Entity, Quote, build_store, write_article

NAMES = ["Amal Nasser", "bruno Keller", "Chen Wei", "Dara Okoye", "Élodie Martin", "Farid Haddad", "Gita Rao",
         "Hugo Brandt", "Ines Duarte", "Jonas Berg", "Kofi Mensah", "Lena Novak"]


def corpus(seed: int) -> list[Article]:
    """Twelve actors scattered over fifteen articles: some named often in few articles, some once in many."""
    rng = random.Random(seed)
    people = [Entity(n, "actor") for n in NAMES]
    articles = []
    for k in range(15):
        named = rng.sample(people, rng.randint(1, 5))
        body = [("body", " and ".join(e.name for e in rng.choices(named, k=rng.randint(1, 4))) + " spoke.")
                for _ in range(rng.randint(1, 4))]
        mentioned = [e for e in named if any(e.name in text for _, text in body)]
        published = None if k % 7 == 3 else f"2014-{1 + rng.randint(0, 11):02d}-{1 + rng.randint(0, 27):02d}"
        articles.append(Article(f"Story {k}", [("title", f"Story {k}"), *body], mentioned, published=published))
    return articles


def brute_force(db, role: str, order: str) -> list[str]:
    """Every entity of the role sorted in Python from every mention: what the queries must agree with."""
    rows = db.execute(
        "SELECT e.name, m.article_id, a.published, p.seq, m.start FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " JOIN articles a ON a.id = m.article_id JOIN paragraphs p ON p.id = m.paragraph_id WHERE e.role = ?",
        [role],
    ).fetchall()
    stats: dict[str, dict] = {}
    for name, article_id, published, seq, start in rows:
        s = stats.setdefault(name, {"mentions": 0, "articles": set(), "first": None})
        s["mentions"] += 1
        s["articles"].add(article_id)
        place = (published is None, published or "", article_id, seq, start)
        s["first"] = min(s["first"] or place, place)
    keys = {
        "mentions": lambda n: (-stats[n]["mentions"], n.casefold()),
        "name": lambda n: (n.casefold(), -stats[n]["mentions"]),
        "first": lambda n: (stats[n]["first"], -stats[n]["mentions"], n.casefold()),
        "articles": lambda n: (-len(stats[n]["articles"]), -stats[n]["mentions"], n.casefold()),
    }
    return sorted(stats, key=keys[order])


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("order", queries.ENTITY_ORDERS)
def test_corpus_orders_agree_with_a_full_sort(tmp_path, seed, order):
    path = build_store(tmp_path / "orders.db", corpus(seed))
    db = open_db(path)
    try:
        expected = brute_force(db, "actor", order)
        if order == "name":  # SQLite's NOCASE folds ASCII only: É sorts after the letters
            expected = sorted(expected, key=lambda n: (n.upper() if n.isascii() else "\uffff" + n))
        for limit in (1, 3, 5, len(expected)):
            got = [e["name"] for e in queries.top_entities(db, "actor", limit, order)]
            assert got == expected[:limit], (order, limit)
    finally:
        db.close()


def test_article_orders(tmp_path):
    path = build_store(tmp_path / "orders.db", corpus(4))
    db = open_db(path)
    try:
        rows = queries.articles(db, "date")
        dated = [r["published"] for r in rows if r["published"]]
        assert dated == sorted(dated, reverse=True) and rows[-1]["published"] is None
        titles = [r["title"] for r in queries.articles(db, "title")]
        assert titles == sorted(titles, key=str.casefold)
        ingested = [r["id"] for r in queries.articles(db, "ingested")]
        assert ingested == sorted(ingested, reverse=True)  # written in one second: the last written first
    finally:
        db.close()


@pytest.mark.parametrize("order", queries.ARTICLE_ORDERS)
def test_article_pages_and_positions_agree_with_the_full_list(tmp_path, order):
    """The article list read a page at a time (store.db.pages), from either end, is the list read whole; where
    each article is in it is its place there; and finding it counts index ranges, never every article."""
    path = build_store(tmp_path / "orders.db", corpus(5) + corpus(6))  # undated articles and same titles among them
    db = open_db(path)
    try:
        whole = [r["id"] for r in queries.articles(db, order)]
        total = len(whole)
        paged = [i for at in range(0, total, 4) for i in pages.window(db.conn, "articles", order, at, 4, total)]
        assert paged == whole
        assert [pages.position(db.conn, "articles", order, i) for i in whole] == list(range(total))
        traced: list[str] = []
        db.conn.set_trace_callback(traced.append)
        pages.position(db.conn, "articles", order, whole[total // 2])
        db.conn.set_trace_callback(None)
        for sql in traced:
            plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
            assert not [p for p in plan if p.startswith("SCAN") and "CONSTANT ROW" not in p], (sql, plan)
    finally:
        db.close()


def speeches() -> list[Article]:
    """Four envoys quoted once to three times an article, and an aide or a witness once each: speakers who tie on
    their counts, named and unnamed."""
    envoys = [Entity(f"Envoy {name}", "actor") for name in ("Abel", "Bryn", "Cato", "Dina")]
    articles = []
    for k in range(8):
        said = [(envoys[(k + j) % 4], f"Point {k}{j} holds") for j in range(1 + k % 3)]
        said.append((None, f"Aside {k} is noted"))
        unnamed = "An aide" if k % 2 else "A witness"
        body = [("body", f"\u201c{words},\u201d {who.name if who else unnamed} said.") for who, words in said]
        quotes = [Quote(i + 1, who.name if who else unnamed, f"{words},", entity=who.name if who else None)
                  for i, (who, words) in enumerate(said)]
        named = list({who.name: who for who, _ in said if who}.values())
        articles.append(Article(f"Speech {k}", [("title", f"Speech {k}"), *body], named, quotes=quotes))
    return articles


def test_a_page_beside_one_read_is_the_next_page_of_the_list_from_an_index_range(tmp_path):
    """Paging on from a page's edge row (pages.beside), forwards and backwards, in every list and order, gives the
    rows OFFSET gives, and reads them from index ranges without OFFSET (which walks every row it skips)."""
    path = build_store(tmp_path / "orders.db", corpus(5) + corpus(6) + corpus(12) + speeches())
    db = open_db(path)
    try:
        entity = db.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1").fetchone()[0]
        lists = [("articles", order, ()) for order in queries.ARTICLE_ORDERS]
        lists += [("entities", order, ("actor",)) for order in queries.ENTITY_ORDERS]
        lists += [("entity_mentions", "reading", (entity,)), ("speakers", "quotes", ("all",)), ("quotes", "reading", ())]
        for name, order, params in lists:
            total = pages.count(db.conn, name, params)
            whole = pages.window(db.conn, name, order, 0, total, total, params)
            assert len(whole) == total >= 6, name
            for at in range(total):
                after = pages.beside(db.conn, name, order, whole[at], 3, params)
                before = pages.beside(db.conn, name, order, whole[at], 3, params, before=True)
                assert (after, before) == (whole[at + 1 : at + 4], whole[max(0, at - 3) : at]), (name, order, at)
            traced: list[str] = []
            db.conn.set_trace_callback(traced.append)
            pages.beside(db.conn, name, order, whole[total // 2], 3, params)
            pages.beside(db.conn, name, order, whole[total // 2], 3, params, before=True)
            db.conn.set_trace_callback(None)
            for sql in traced:
                assert "OFFSET" not in sql, sql
                plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
                assert not [p for p in plan if p.startswith("SCAN") and "CONSTANT ROW" not in p], (sql, plan)
        assert pages.beside(db.conn, "entities", "name", entity, 3, ("location",)) is None  # not in that list
    finally:
        db.close()


def index_walks_only(db, read) -> None:
    """Every statement `read()` runs reads index ranges: none scans a table or an index whole."""
    traced: list[str] = []
    db.conn.set_trace_callback(traced.append)
    read()
    db.conn.set_trace_callback(None)
    assert traced
    for sql in traced:
        plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
        assert not [p for p in plan if p.startswith("SCAN") and "CONSTANT ROW" not in p], (sql, plan)
        assert not [p for p in plan if "TEMP B-TREE" in p], (sql, plan)  # nor sorts what it reads


@pytest.mark.parametrize("order", queries.ENTITY_ORDERS)
def test_entity_pages_and_positions_agree_with_the_full_list_and_walk_an_index(tmp_path, order):
    """Each order of a facet pane (by first appearance too) read a page at a time, from either end, is the whole
    list; where each entity is in it is its place there; a page and a place are index walks."""
    path = build_store(tmp_path / "orders.db", corpus(9) + corpus(10))
    db = open_db(path)
    try:
        total = queries.entity_total(db, "actor")
        whole = [e["id"] for e in queries.top_entities(db, "actor", total, order)]
        assert len(whole) == total > 5
        paged = [i for at in range(0, total, 5) for i in pages.window(db.conn, "entities", order, at, 5, total, ("actor",))]
        assert paged == whole
        assert [pages.position(db.conn, "entities", order, i, ("actor",)) for i in whole] == list(range(total))
        index_walks_only(db, lambda: pages.window(db.conn, "entities", order, total - 3, 3, total, ("actor",)))
        index_walks_only(db, lambda: queries.top_entities(db, "actor", 3, order))  # the corpus panes' first rows
        index_walks_only(db, lambda: pages.position(db.conn, "entities", order, whole[total // 2], ("actor",)))
    finally:
        db.close()


def test_one_entitys_mentions_and_the_speakers_are_paged_by_index_walks(tmp_path):
    path = build_store(tmp_path / "orders.db", corpus(11))
    db = open_db(path)
    try:
        entity = db.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1").fetchone()[0]
        whole = [m["id"] for m in queries.mentions(db, entity)]
        total = pages.count(db.conn, "entity_mentions", (entity,))
        assert total == len(whole) > 5
        paged = [i for at in range(0, total, 3) for i in pages.window(db.conn, "entity_mentions", "reading", at, 3, total, (entity,))]
        assert paged == whole
        assert [m["id"] for m in queries.mentions_by_id(db, whole[-3:])] == whole[-3:]
        index_walks_only(db, lambda: pages.window(db.conn, "entity_mentions", "reading", total - 2, 2, total, (entity,)))
        index_walks_only(db, lambda: pages.position(db.conn, "entity_mentions", "reading", whole[-1], (entity,)))
        index_walks_only(db, lambda: pages.window(db.conn, "speakers", "quotes", 0, 5, 10, ("all",)))
    finally:
        db.close()


def test_the_counts_of_mentioned_entities_follow_every_change(tmp_path):
    """entity_totals (kept by triggers) against a count of the entities as they are, after writes, a correction,
    its undo and a store without them opened."""
    path = build_store(tmp_path / "orders.db", corpus(7))
    db = open_db(path)

    def agrees() -> None:
        for role in ("actor", "location", "other"):
            counted = db.execute("SELECT count(*) FROM entities WHERE role = ? AND mention_count > 0", [role]).fetchone()[0]
            assert queries.entity_total(db, role) == counted, role
        mentioned = db.execute("SELECT count(DISTINCT entity_id) FROM mentions").fetchone()[0]
        assert queries.store_counts(db)["entities"] == mentioned

    try:
        agrees()
        assert queries.entity_total(db, "actor") > 0
        with transaction(db) as conn:
            conn.execute("INSERT INTO entities (name, role, key) VALUES ('Nobody Named', 'actor', 'actor:nobody named')")
        agrees()  # an entity no article mentions is not counted
        farid = db.execute("SELECT id FROM entities WHERE name = 'Farid Haddad'").fetchone()[0]
        made = corrections.set_role(db, farid, "location")
        agrees()
        corrections.undo(db, made["id"])
        agrees()
        made = corrections.merge(db, farid, db.execute("SELECT id FROM entities WHERE name = 'Gita Rao'").fetchone()[0])
        agrees()
        corrections.undo(db, made["id"])
        agrees()
        write_article(db, Article("Story again", [("title", "Story again"), ("body", "Ines Duarte spoke.")],
                                  [Entity("Ines Duarte", "actor")]))
        agrees()
        with transaction(db) as conn:  # a store from before the counts
            conn.execute("DROP TRIGGER entity_totals_ai")
            conn.execute("DELETE FROM entity_totals")
    finally:
        db.close()
    db = open_db(path)
    try:
        agrees()
    finally:
        db.close()


def test_a_store_without_the_list_indexes_gets_them_on_open(tmp_path):
    added = {"idx_articles_by_title", "idx_articles_by_source"}
    path = build_store(tmp_path / "orders.db", corpus(8))
    db = open_db(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for name in added:
        db.execute(f"DROP INDEX {name}")
    db.close()
    db = open_db(path)
    try:
        assert added <= {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        db.close()
