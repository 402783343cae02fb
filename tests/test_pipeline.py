"""Extraction as spaCy pipeline components: one article Doc carries its paragraphs and results."""

from __future__ import annotations

from newsx.store.nlp.extract import article_doc, article_paragraphs, extract_many, records
from newsx.store.read import prepare
from newsx.store.nlp.pipeline import EXTRACTION_PIPES, load_model

TEXT = (
    "Miners Strike Over Pay\n\n"
    "JOHANNESBURG (Reuters) - Thousands of miners walked out on Tuesday, the National Union "
    "of Mineworkers (NUM) said.\n\n"
    "\u201cWe will not go back until the offer improves,\u201d said Thandiwe Mokoena, a union organiser. "
    "She added that talks would resume on Friday.\n"
)


def _article():
    nlp = load_model()
    paras = article_paragraphs(prepare(TEXT.encode(), "miners.txt").anatomy)
    with nlp.select_pipes(disable=list(EXTRACTION_PIPES)):
        for p in paras:
            if p.offset is not None:
                p.doc = nlp(p.text)
    with nlp.select_pipes(enable=list(EXTRACTION_PIPES)):
        return nlp(article_doc(nlp.vocab, paras))


def test_components_run_after_the_model():
    names = load_model().pipe_names
    assert names[-len(EXTRACTION_PIPES):] == list(EXTRACTION_PIPES)
    assert names.index("ner") < names.index("newsx_entities") < names.index("newsx_quotes")


def test_results_live_on_the_article_doc():
    doc = _article()
    by_kind = {p.kind for p in doc._.paragraphs}
    assert "title" in by_kind and "body" in by_kind
    assert any(e.name == "Thandiwe Mokoena" for e in doc._.entities.values())
    said = [q for q in doc._.quotes if q.kind == "direct"]
    assert said and said[0].speaker == "Thandiwe Mokoena"
    # the pronoun of the next sentence reaches her; the title is read with the body's entities
    assert any(q.kind == "indirect" and q.speaker == "Thandiwe Mokoena" for q in doc._.quotes)
    assert records(doc).quotes == doc._.quotes


def test_offsets_map_back_to_paragraph_text():
    doc = _article()
    seqs = {p.seq: p for p in doc._.paragraphs}
    for m in doc._.mentions:
        p = seqs[m.seq]
        assert p.text[m.start : m.end] == m.text
        if p.offset is not None:  # in the article Doc at the paragraph's offset
            assert doc.text[p.offset + m.start : p.offset + m.end] == m.text


def test_extract_many_matches_one_article_at_a_time():
    nlp = load_model()
    anatomy = prepare(TEXT.encode(), "miners.txt").anatomy
    alone = extract_many(nlp, [anatomy])[0]
    together = extract_many(nlp, [anatomy, anatomy])
    assert together[0].quotes == together[1].quotes == alone.quotes
    assert together[0].mentions == alone.mentions


def test_plain_docs_pass_through():
    doc = load_model()("The union said the strike would go on.")
    assert doc._.quotes is None and doc._.entities is None


def test_the_components_declare_what_they_read_and_write():
    """spaCy checks each component's requires against what earlier pipes assign."""
    from newsx.store.nlp.pipeline import EXTRACTION_PIPES, load_model

    analysis = load_model().analyze_pipes()
    assert {name: analysis["problems"][name] for name in EXTRACTION_PIPES} == {name: [] for name in EXTRACTION_PIPES}
    assert analysis["summary"]["newsx_quotes"]["requires"][:2] == ["doc._.entities", "doc._.mentions"]
    assert analysis["summary"]["newsx_entities"]["assigns"] == ["doc._.entities", "doc._.mentions"]


def test_the_factories_are_found_through_the_entry_points():
    from importlib.metadata import entry_points

    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found["newsx_entities"].startswith("newsx.store.nlp.entities:")
    assert found["newsx_quotes"].startswith("newsx.store.nlp.quotes:")


def test_each_pipe_is_registered_by_the_module_the_package_entry_points_name():
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    entry_points = pyproject["project"]["entry-points"]["spacy_factories"]
    assert set(entry_points) == set(EXTRACTION_PIPES)
    for pipe, module in EXTRACTION_PIPES.items():
        assert entry_points[pipe].split(":")[0] == "newsx.store.nlp" + module, pipe
