"""One store holding the sample and every gold-scored test article, built once per test run.

Plain functions with a cache rather than a fixture: several test modules share it, and the
articles go in together so that cross-article linking is exercised.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from bench.extraction_quality import article_id_of, ingest_all, load_gold


def corpus():
    """(db, golds): a read-only store of the gold articles and their gold files, less the untouched
    round (bench/extraction_quality.py UNTOUCHED_ROUNDS), whose figures the tests must not show."""
    built, error = _corpus_or_error()
    if error is not None:
        pytest.fail(error, pytrace=False)
    return built


@lru_cache(maxsize=1)
def _corpus_or_error():
    # A failed ingest is kept too: some hundred tests ask for the corpus, and ingesting every
    # gold article again for each of them would turn one failure into hours.
    golds = load_gold(untouched=False)
    folder = Path(tempfile.mkdtemp(prefix="newsx-corpus-"))
    atexit.register(shutil.rmtree, folder, True)
    try:
        db = ingest_all(golds, folder / "corpus.db")
    except (SystemExit, Exception) as failure:
        return None, f"the gold corpus did not ingest: {failure!r}"
    atexit.register(db.close)
    return (db, golds), None


def article_id(db, name: str) -> int:
    found = article_id_of(db, name)
    assert found is not None, name
    return found


def entity_of(db, surface: str, article: str | None = None) -> int:
    """The entity a surface form is mentioned as (in `article` when given); fails when ambiguous."""
    sql = "SELECT DISTINCT m.entity_id FROM mentions m WHERE m.text = ?"
    params: list = [surface]
    if article:
        sql += " AND m.article_id = ?"
        params.append(article_id(db, article))
    ids = [r[0] for r in db.execute(sql, params)]
    assert len(ids) == 1, f"{surface!r} is mentioned as {len(ids)} entities"
    return ids[0]


def entity_row(db, entity_id: int) -> dict:
    return next(db.query("SELECT * FROM entities WHERE id = ?", [entity_id]))


def entity_in(db, form: str, article: str) -> dict:
    """The row of the entity `form` is mentioned as in `article`."""
    return entity_row(db, entity_of(db, form, article))


def same_entity(db, article: str, *forms: str) -> bool:
    return len({entity_of(db, f, article) for f in forms}) == 1


def forms_in(db, article: str) -> set[str]:
    """Every surface form mentioned in `article`."""
    return {t for (t,) in db.execute("SELECT text FROM mentions WHERE article_id = ?", [article_id(db, article)])}


def extract_text(text: str, name: str = "t.txt"):
    """One article's extraction, read from plain text outside any store."""
    from newsx.store.nlp.extract import extract_many
    from newsx.store.nlp.pipeline import load_model
    from newsx.store.read.article import prepare

    return extract_many(load_model(), [prepare(text.encode(), name).anatomy])[0]


def extract_texts(articles: dict[str, str]) -> dict:
    """Several articles' extractions in one batch, by name (each read as `<name>.txt`)."""
    from newsx.store.nlp.extract import extract_many
    from newsx.store.nlp.pipeline import load_model
    from newsx.store.read.article import prepare

    anatomies = [prepare(text.encode(), f"{name}.txt").anatomy for name, text in articles.items()]
    return dict(zip(articles, extract_many(load_model(), anatomies)))


def by_alias(extraction) -> dict[str, object]:
    """Each surface form of an extraction to its entity."""
    return {a: e for e in extraction.entities.values() for a in e.aliases}


def named_as_one(extraction, *forms: str) -> bool:
    """Whether every form names one entity of the extraction."""
    entities = by_alias(extraction)
    return all(f in entities for f in forms) and len({id(entities[f]) for f in forms}) == 1


def named_apart(extraction, one: str, other: str) -> bool:
    """Whether both forms are found, as two entities."""
    entities = by_alias(extraction)
    return one in entities and other in entities and entities[one] is not entities[other]


def role_of(extraction, form: str) -> str | None:
    """The role of the entity a surface form names, None when no entity has that form."""
    entity = by_alias(extraction).get(form)
    return entity.role if entity is not None else None


def forms_of(extraction) -> set[str]:
    """Every surface form an extraction's mentions write."""
    return {m.text for m in extraction.mentions}


ARTICLE_DIR = Path(__file__).parent / "articles"


@lru_cache(maxsize=None)
def page(name: str):
    """A real page's extraction: `name` a path under tests/articles/, or a file name in one of its folders."""
    (path,) = [ARTICLE_DIR / name] if "/" in name else ARTICLE_DIR.glob(f"*/{name}")
    return extract_text(path.read_text(encoding="utf-8"), path.name)


def direct_quote(extraction, snippet: str):
    """The one direct quote holding `snippet`."""
    found = [q for q in extraction.quotes if q.kind == "direct" and snippet in q.text]
    assert len(found) == 1, f"{snippet!r}: {len(found)} direct quotes"
    return found[0]


def direct_speaker(extraction, snippet: str) -> str | None:
    """Who said the direct quote holding `snippet`: the entity's name when linked to one."""
    quote = direct_quote(extraction, snippet)
    return extraction.entities[quote.speaker_key].name if quote.speaker_key else quote.speaker


def reported(extraction) -> list[tuple[str, str | None]]:
    """Each reported statement's words and its speaker (the entity's name when linked to one)."""
    return [
        (q.text, extraction.entities[q.speaker_key].name if q.speaker_key else q.speaker)
        for q in extraction.quotes if q.kind == "indirect"
    ]


def reported_speakers(extraction, snippet: str) -> list[str | None]:
    """The speakers of the reported statements holding the snippet."""
    return [speaker for text, speaker in reported(extraction) if snippet in text]
