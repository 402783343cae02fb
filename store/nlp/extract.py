"""Articles -> spaCy Docs -> records.

Paragraphs are parsed one Doc each (the model reads a paragraph the same whichever article it
is in), then their words joined into one Doc per article, whose Doc._.paragraphs lists the
article's paragraphs, each with its parsed Doc. Our pipeline components (store/nlp/entities/,
store/quotes.py, added after "ner" by store/nlp.py) run on that article Doc, so pronouns,
split quotes and headline-case paragraphs read with the body's entities work across
paragraphs; they write Doc._.entities, Doc._.mentions and Doc._.quotes, with offsets into
each paragraph's own text, and `records` reads them off.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

from ..read.anatomy import match_dateline, match_wire_signoff
from .entities import Para
from .entities.credits import credit_spans
from ..records import READ_KINDS, Anatomy, Extraction
from ..names import headline_case
from .label_lines import label_line_name
from .pipeline import EXTRACTION_PIPES

# Kinds written in headline case, where the tagger's capitalisation cues mislead.
HEADLINE_KINDS = frozenset({"title", "dek", "subhead"})
# Kinds of the lines that credit a story's writers ("Follow Jane Doe on Twitter @jdoe", filed as furniture at the end).
_CREDIT_KINDS = frozenset({"credit", "boilerplate"})


def extract_many(nlp, anatomies: list[Anatomy], batch_size: int = 64) -> list[Extraction]:
    """The model's pipes over every prose paragraph of every article in one nlp.pipe, then our
    extraction pipes over one Doc per article; one Extraction per article, in order."""
    articles = [article_paragraphs(a) if readable(nlp, a) else [] for a in anatomies]
    prose = [p for paras in articles for p in paras if p.offset is not None]
    with nlp.select_pipes(disable=[name for name in EXTRACTION_PIPES if name in nlp.pipe_names]):
        for para, doc in zip(prose, nlp.pipe((p.text for p in prose), batch_size=batch_size)):
            para.doc = doc
    docs = (article_doc(nlp.vocab, paras) for paras in articles)
    with nlp.select_pipes(enable=[name for name in EXTRACTION_PIPES if name in nlp.pipe_names]):
        return [records(doc) for doc in nlp.pipe(docs)]


def readable(nlp, anatomy: Anatomy) -> bool:
    """Can the model read this article? One in another language would fill the panes with junk
    (French words as places, « » quotes missed), so it gets no entities or quotes, and the
    ingest report says why. An article whose language was not judged is read."""
    if anatomy.language is None or anatomy.language == nlp.lang:
        return True
    note = f"written in language '{anatomy.language}': entities and quotes not extracted (the model reads '{nlp.lang}')"
    if note not in anatomy.warnings:
        anatomy.warnings.append(note)
    return False


def article_paragraphs(anatomy: Anatomy) -> list[Para]:
    """The paragraphs extraction reads; prose ones get an offset (headline-case ones are not parsed)."""
    paras: list[Para] = []
    for p in anatomy.paragraphs:
        signoff = p.kind == "credit" and match_wire_signoff(p.text) is not None or p.kind in _CREDIT_KINDS and bool(credit_spans(p.kind, p.text))
        if p.kind not in READ_KINDS and not signoff:
            continue  # a wire's sign-off or a follow line names its writer, whom the entities read off it unparsed
        para = Para(p.seq, p.kind, p.text, None)
        # (a label line, "Uli Lorimer, Director of Horticulture at Native Plant Trust:", is in title case but
        # prose for the model: its names are the people and bodies who speak in the paragraphs after it)
        entry = list_entry(p.text)
        if not signoff and (p.kind not in HEADLINE_KINDS or entry) and (
            entry or not headline_case(p.text) or _name_heavy_sentence(p.text) or _prose_around_capitals(p.text) or label_line_name(p.text) is not None
        ):
            m = match_dateline(p.text) if p.kind == "body" else None
            if m:
                para.skip = m.end()
                place = "caps" if m["caps"] else "plain"
                para.dateline_place = (m.start(place), m.end(place)) if m[place] else None
                para.dateline_region = (m.start("region"), m.end("region")) if m["region"] else None
                agency = "agency" if m["agency"] else "lead_agency"
                para.dateline_agency = (m.start(agency), m.end(agency)) if m[agency] else None
            para.offset = 0  # set in article_doc
        paras.append(para)
    return paras


# A ranked list's entry on a line of its own: its number, then a name and at most a note in brackets ("5. Jeb Roe (5.)",
# "7. Perfect Moving", "10. Man with A Van").
_LIST_ENTRY = re.compile(r"\d{1,2}\.\s+[A-Z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,5}(?:\s+\([^()]{1,30}\))?")


def list_entry(text: str) -> bool:
    """Whether a paragraph is a ranked list's entry ("5. Jeb Roe (5.)", "7. Perfect Moving"): no headline, though the
    reader may take its title case for a subhead; the model reads the name in it as in prose. Not in capitals ("2.
    THE PLAN"), a subhead's."""
    return _LIST_ENTRY.fullmatch(text.strip()) is not None and not text.isupper()


def _name_heavy_sentence(text: str) -> bool:
    """A body sentence whose long words are mostly names ("President Maria Lopez met Prime Minister
    Kenji Sato in Tokyo on Friday."): prose, though it looks like title case; ALL CAPS stays out."""
    letters = [ch for ch in text if ch.isalpha()]
    mostly_caps = sum(ch.isupper() for ch in letters) > 0.5 * len(letters)
    return not mostly_caps and len(text.split()) >= 6 and text.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _prose_around_capitals(text: str) -> bool:
    """A sentence of prose that quotes words in capitals ('He declared, "WE ARE NO LONGER A COUNTRY THAT WILL STAND FOR
    YOUR DEMENTED WORDS OF VIOLENCE & DEATH. BE CAUTIOUS!"', a post in capitals): its capitals are inside the marks and
    its own words, outside them, are in lower case; the model reads it as prose, as it does a quote in lower case. A
    subhead with a phrase in marks ('"LOCK HER UP" CHANTS ERUPT') is in capitals outside them too."""
    inside = " ".join(_DOUBLE_QUOTED.findall(text))
    outside = _DOUBLE_QUOTED.sub(" ", text)
    prose = any(w[:1].islower() for w in outside.split()) and not headline_case(outside)
    return prose and inside.upper() == inside and headline_case(inside)


# Words in double marks, straight or curly.
_DOUBLE_QUOTED = re.compile(r'["\u201c][^"\u201c\u201d]*["\u201d]')


# What the article Doc copies of its paragraphs' Docs: their words and spaces. The components read
# every annotation on each paragraph's own Doc (Doc._.paragraphs), so copying the tags, parse and
# entities too (Doc.from_docs' default) cost a third of the join for nothing.
_JOINED_ATTRS = [ORTH, SPACY]


def article_doc(vocab, paras: list[Para]) -> Doc:
    """One Doc of the article's parsed prose paragraphs (their words, joined), with Doc._.paragraphs
    (each knowing its offset in this Doc, so a span maps back to its paragraph's text)."""
    parsed = [p for p in paras if p.doc is not None]
    doc = Doc.from_docs([p.doc for p in parsed], attrs=_JOINED_ATTRS) if parsed else Doc(vocab, words=[])
    first = 0
    for p in parsed:
        p.offset = doc[first].idx if len(p.doc) else None
        first += len(p.doc)
    doc._.paragraphs = paras
    return doc


def records(doc: Doc) -> Extraction:
    """The rows of one article's processed Doc."""
    return Extraction(doc._.entities or {}, doc._.mentions or [], doc._.quotes or [])
