"""What the dependency parse says of the words a speaker ranker weighs (store/nlp/speaker_ranker.py): for each mention
of an entity, and for each "he" or "she", the grammatical place it holds in its paragraph's parse.

Read off the paragraphs' own parsed Docs (Doc._.paragraphs), which the model has already parsed for the other
stages: nothing is parsed twice. The marks are plain data keyed by where the words stand (paragraph seq, start, end),
so that the trainer (bench/train_speaker_ranker.py) can keep them beside a store, which holds no parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol

from spacy.tokens import Doc, Span, Token

from ..records import MentionRecord
from .speakers import DIRECT_CUE_VERBS

# The roles a mention can hold. A speaker is the subject of a speech verb, or the one "according to" whom; an object
# of a preposition ("a researcher at Harvard"), the modifier of a compound ("the Trump campaign") or a possessive
# ("Trump's spokesman") names someone else's words; the head of an apposition ("Smith, a researcher, said") is the
# person an apposition describes; a hyphenated name ("Trump-backed") is a modifier.
SPEECH_SUBJECT = "speech subject"
APPOSITION_HEAD = "apposition head"
APPOSITION = "apposition"
PREPOSITION_OBJECT = "preposition object"
COMPOUND = "compound"
POSSESSIVE = "possessive"
HYPHENATED = "hyphenated"
PRONOUN_SUBJECT = "pronoun speech subject"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"he", "she"})

Where = tuple[int, int, int]  # paragraph seq, start, end (characters of the paragraph's text)


@dataclass(frozen=True)
class Mark:
    roles: frozenset[str]
    clause: tuple[int, int] | None = None  # the speech verb's clause, when the words are its subject
    pronoun: str | None = None  # "he" or "she", for a pronoun subject


class _Para(Protocol):
    seq: int
    doc: Doc | None


def parse_marks(paragraphs: Iterable[_Para], mentions: list[MentionRecord]) -> dict[Where, Mark]:
    """The marks of every mention the parse can place, and of every "he"/"she" that is a speech verb's subject."""
    docs = {p.seq: p.doc for p in paragraphs if p.doc is not None}
    out: dict[Where, Mark] = {}
    for m in mentions:
        doc = docs.get(m.seq)
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
        if span is not None and len(span):
            mark = _mention_mark(doc, span)
            if mark.roles:
                out[(m.seq, m.start, m.end)] = mark
    for seq, doc in docs.items():
        for t in doc:
            if t.lower_ in _PRONOUNS and t.dep_ in _SUBJECTS and _speech_verb(t.head):
                out[(seq, t.idx, t.idx + len(t))] = Mark(frozenset({PRONOUN_SUBJECT}), _clause(t.head), t.lower_)
    return out


def _mention_mark(doc: Doc, span: Span) -> Mark:
    root = span.root
    roles = set()
    clause = None
    if root.dep_ in _SUBJECTS and _speech_verb(root.head):
        roles.add(SPEECH_SUBJECT)
        clause = _clause(root.head)
    elif root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        roles.add(SPEECH_SUBJECT)
        clause = (root.sent.start_char, root.sent.end_char)
    elif root.dep_ == "pobj":
        roles.add(PREPOSITION_OBJECT)
    if root.dep_ == "compound":
        roles.add(COMPOUND)
    if root.dep_ == "poss":
        roles.add(POSSESSIVE)
    if root.dep_ == "appos":
        roles.add(APPOSITION)
    if any(c.dep_ == "appos" for c in root.children):
        roles.add(APPOSITION_HEAD)
    text = doc.text
    if text[span.end_char : span.end_char + 1] == "-" or text[max(0, span.start_char - 1) : span.start_char] == "-":
        roles.add(HYPHENATED)
    return Mark(frozenset(roles), clause)


def _speech_verb(verb: Token) -> bool:
    """A verb of speech, or one whose open complement is ("went on to say")."""
    return verb.lemma_ in DIRECT_CUE_VERBS or any(c.dep_ == "xcomp" and c.lemma_ in DIRECT_CUE_VERBS for c in verb.children)


def _clause(verb: Token) -> tuple[int, int]:
    """The characters the verb's clause covers: its subtree, which holds a quote the parser made its complement."""
    return verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
