"""Reported speech: "X said (that) ...", "..., X said.", "X told Reuters ...", "X has warned Y to ...",
"X accused Y of ...", "according to X, ..." -> the cue verb, the subject, the reported content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import LEADING_CUE_VERBS, OBJECT_CUES, QUOTE_ONLY_VERBS, SPEECH_VERBS, adjacent_subject, subject_of
from . import thresholds as T
from .tokens import tokens

# Cues whose reported content is real speech even without a that-clause; "note", "write", "post"
# and "report" without one are narrative ("the report noted a rise").
_CLAUSE_DEPS = frozenset({"ccomp"})
_ACCORDING = frozenset({"according"})


@dataclass
class Reported:
    cue: object  # the verb token (or "according" for "according to")
    subject: object | None  # the subject token the speaker is read from
    start: int  # content, character offsets into the paragraph
    end: int
    cue_text: str


def find(doc, quoted: list[tuple[int, int]], skip: int = 0) -> list[Reported]:
    """Reported statements in a parsed paragraph; `quoted` are direct-quote spans (outer offsets)."""
    inside = lambda i: any(s <= i < e for s, e in quoted)  # noqa: E731
    out: list[Reported] = []
    for tok in tokens(doc).where(lower=_ACCORDING, lemma=SPEECH_VERBS):
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" and not inside(tok.idx):
            found = _according_to(tok, skip)
            if found:
                out.append(found)
            continue
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.lemma_.lower() in QUOTE_ONLY_VERBS or tok.pos_ != "VERB" or inside(tok.idx):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass", "neg"} or (c.dep_ == "mark" and c.lower_ == "if") for c in tok.children):
            continue  # "if asked by Baghdad", "did not say"
        if any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in tok.children):
            continue  # "who asked not to be named": a request about the speaker, not what was said
        inverted = _inverted_subject(tok)
        before = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS and c.i < tok.i and not _own_statement(c)]
        if inverted is not None and before:
            # "Job cuts will come ..., said the company's executive chair Jane Roe in an email": the
            # statement is the clause before, whatever the parser made of the name after the verb
            subject = inverted
            span: tuple[int, int] | None = _trim(doc, max(before[0].left_edge.idx, tok.sent.start_char, skip), doc[tok.i - 1].idx)
        else:
            subject = subject_of(tok)
            if subject is None or inside(subject.idx):
                continue
            span = _content(tok, subject, skip)
        if span is None:
            continue
        start, end = span
        subject = _topic_before_clause(tok) or subject
        if start <= subject.idx < end and not _parenthetical(tok):
            # The parser took a word of the content for the subject: "the mayor, X, said a strike had hit".
            subject = adjacent_subject(tok)
            if subject is None or start <= subject.idx < end:
                continue
        if any(s < end and start < e for s, e in quoted):
            continue  # the cue of a direct quote
        if len(doc.text[start:end].split()) < T.REPORTED_MIN_WORDS:
            continue
        out.append(Reported(tok, subject, start, end, tok.text))
    for r in out:
        # Content stops where another statement begins: "X has said ... but Y has warned ...".
        for other in out:
            if other is r or other.subject is None:
                continue
            cut = min(other.subject.left_edge.i, other.cue.i)
            if doc[cut].idx <= r.start < doc[other.cue.i].idx:
                cut = other.cue.i  # "X disputed that Y left, saying instead ...": the participle's subject is X's
            if r.start < doc[cut].idx < r.end:
                while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                    cut -= 1
                r.start, r.end = _trim(doc, r.start, max(r.start, doc[cut].idx))
    return [r for r in out if len(doc.text[r.start : r.end].split()) >= T.REPORTED_MIN_WORDS]


def _content(verb, subject, skip: int) -> tuple[int, int] | None:
    doc = verb.doc
    sent = verb.sent
    # A clause that is itself a statement with its own subject ("... but Y has warned") is not content.
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and not _own_statement(c)]
    after = [c for c in clauses if c.i > verb.i]
    before = [c for c in clauses if c.i < verb.i]
    if _parenthetical(verb) and not clauses:
        # "A major part of the reason ..., McKinley said, is the flow of drugs": the sentence the
        # speech verb interrupts, its parenthesis included
        head = verb.head
        return _trim(doc, max(head.left_edge.idx, sent.start_char, skip), head.right_edge.idx + len(head.right_edge))
    if verb.tag_ == "VBG" and not after:
        return None  # "other AP reporting": a participle reports only with its clause after it
    if after:
        c = after[0]
        first = c.left_edge
        while first.dep_ == "mark" or first.lower_ == "that" or first.is_punct:
            first = doc[first.i + 1]
        return _trim(doc, max(first.idx, skip), c.right_edge.idx + len(c.right_edge))
    if before:
        c = before[0]
        end_tok = min(c.right_edge.i, subject.left_edge.i - 1, verb.i - 1)
        return _trim(doc, max(c.left_edge.idx, sent.start_char, skip), doc[end_tok].idx + len(doc[end_tok]))
    opener = doc[min(verb.i, subject.left_edge.i) - 1] if min(verb.i, subject.left_edge.i) > 0 else None
    if verb.head.i < verb.i and subject.i > verb.head.i and opener is not None and opener.text == ",":
        # "Sunni fighters have seized a border post, security sources said, smashing ..."
        first = min(verb.i, subject.left_edge.i) - 1
        return _trim(doc, max(sent.start_char, skip), doc[first].idx + len(doc[first]))
    if verb.lemma_.lower() in OBJECT_CUES and any(c.dep_ in {"dobj", "dative", "xcomp", "prep"} for c in verb.children):
        last = verb.right_edge
        # "told employees in a memo that Boeing must ...": the content is the that-clause
        that = next((t for t in doc[verb.i + 1 : last.i] if t.lower_ == "that" and t.dep_ == "mark"), None)
        first = doc[that.i + 1] if that is not None else doc[verb.i + 1]
        return _trim(doc, first.idx, last.idx + len(last))
    return None


def _inverted_subject(verb):
    """The head of the noun phrase after a speech verb that follows a comma and has no subject of
    its own before it ('..., said The Example Company's recently named chair Jane Roe in an email'
    is Roe): the last noun of the run of words a noun phrase is made of."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    head = None
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ in {"PROPN", "NOUN"}:
            head = t
        elif not (t.pos_ in {"DET", "ADJ", "ADV", "PART", "NUM"} or t.tag_ == "VBN"):
            break
    return head


_INTERRUPTED = re.compile(rf"^(?P<topic>[^,]{{2,{T.INTERRUPTED_TOPIC_MAX_CHARS}}}), (?:who|whose|which)\b[^\"\u201c]*,\s*$")


def _topic_before_clause(verb):
    """'Alaska Airlines, whose flight lost a door plug after takeoff from Portland, said':
    the speaker is the name before the relative clause, whatever the parser made of it."""
    sent = verb.sent
    m = _INTERRUPTED.match(verb.doc.text[sent.start_char : verb.idx])
    if not m:
        return None
    span = verb.doc.char_span(sent.start_char, sent.start_char + m.end("topic"), alignment_mode="contract")
    return span.root if span is not None and len(span) else None


def _parenthetical(verb) -> bool:
    return verb.dep_ == "parataxis" and verb.head.i > verb.i


def _own_statement(clause) -> bool:
    return clause.lemma_.lower() in LEADING_CUE_VERBS and any(c.dep_ == "nsubj" for c in clause.children)


def _according_to(tok, skip: int) -> Reported | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    phrase_end = pobj.right_edge.i
    if tok.i > sent.start + 2:  # "..., according to X."
        end = tok.i - 1
        return Reported(tok, pobj, *_trim(doc, max(sent.start_char, skip), doc[end].idx + len(doc[end])), "according to")
    if phrase_end + 1 < sent.end:  # "According to X, ..."
        start = doc[phrase_end + 1]
        while start.is_punct and start.i + 1 < sent.end:
            start = doc[start.i + 1]
        last = doc[sent.end - 1]
        return Reported(tok, pobj, *_trim(doc, start.idx, last.idx + len(last)), "according to")
    return None


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-\u2014\u2013"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:-\u2014\u2013"):
        start += 1
    return start, end
