"""Quotes of one article: direct quotes and reported speech, each with its speaker.

Runs as the pipeline component "newsx_quotes", after "newsx_entities", on an article Doc.

Paragraphs are read in order so that "he said" and "They said" can reach the
speaker of the previous sentence, and the second half of a split quote
('"...apart," a senior tribal figure said. "There are ..."') keeps the first
half's speaker. "It said" and "the company said" take the organisation last named as a
clause's subject (what the paragraph is about), or the last organisation that spoke.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import speech
from .entities import Para
from ..records import EntityRecord, MentionRecord, QuoteRecord
from ..names import headline_case
from ..sentences import sentence_end_after, sentence_start_before
from .speakers import SPEECH_VERBS, Discourse, Speaker, entity_speaker, speaker_from, subject_of

_OPEN, _CLOSE = "\u201c", "\u201d"


@dataclass
class QuoteSpan:
    outer_start: int
    outer_end: int
    start: int  # the quoted words, marks excluded
    end: int


@dataclass
class _Event:
    pos: int
    kind: str  # direct | indirect | person
    start: int = 0
    end: int = 0
    speaker: Speaker | None = None
    cue: str | None = None
    inherit: bool = False
    outer_end: int = 0


class QuoteComponent:
    """Runs after newsx_entities: Doc._.quotes of an article Doc, speakers linked to Doc._.entities."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Nothing to load: the speech-verb lexicons are module constants."""

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None:
            return doc  # not an article Doc
        doc._.quotes = collect(doc._.paragraphs, doc._.entities or {}, doc._.mentions or [])
        return doc


@Language.factory(
    "newsx_quotes",
    requires=["doc._.entities", "doc._.mentions", "doc.sents", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
)
def make_quote_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)


def quote_spans(text: str) -> list[QuoteSpan]:
    """Spans between straight or curly double quotes; an unclosed quote runs to the paragraph's end."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == _OPEN or (ch == '"' and opened is None):
            opened = i
        elif opened is not None and ch in {_CLOSE, '"'}:
            spans.append(QuoteSpan(opened, i + 1, opened + 1, i))
            opened = None
    if opened is not None and len(text) - opened > 1:
        spans.append(QuoteSpan(opened, len(text), opened + 1, len(text)))
    for s in spans:
        while s.end > s.start and (text[s.end - 1].isspace() or text[s.end - 1] == ","):
            s.end -= 1
        while s.start < s.end and text[s.start].isspace():
            s.start += 1
    return [s for s in spans if s.end > s.start]


def collect(paras: list[Para], ents: dict[str, EntityRecord], mentions: list[MentionRecord]) -> list[QuoteRecord]:
    names = {key: (rec.name, rec.type) for key, rec in ents.items()}
    by_seq: dict[int, list[MentionRecord]] = {}
    for m in mentions:
        by_seq.setdefault(m.seq, []).append(m)
    discourse = Discourse()
    sentence_base = 0
    last: tuple[int, Speaker, str | None] | None = None  # (paragraph index, speaker, cue) of the latest statement
    out: list[QuoteRecord] = []
    prose = [p for p in paras if p.doc is not None]
    for n, p in enumerate(prose):
        doc = p.doc
        here = by_seq.get(p.seq, [])
        starts = [m.start for m in here]

        def mention_at(char: int, here=here, starts=starts) -> str | None:
            i = bisect.bisect_right(starts, char) - 1
            return here[i].entity_key if i >= 0 and here[i].start <= char < here[i].end else None

        sent_starts = [s.start_char for s in doc.sents]
        sentence_of = lambda char, base=sentence_base, starts=sent_starts: base + bisect.bisect_right(starts, char) - 1  # noqa: E731
        events = _direct_events(p, mention_at, names)
        quoted = [(e.pos, e.outer_end) for e in events]
        for r in speech.find(doc, quoted, p.skip):
            sp = speaker_from(r.subject, mention_at, names)
            events.append(_Event(r.cue.idx, "indirect", r.start, r.end, sp, r.cue_text))
        # What a statement reports is not who speaks next: "X said Jenkins had ... 'You knew', she told him".
        reported = quoted + [(e.start, e.end) for e in events if e.kind == "indirect"]
        for m in here:
            label = names.get(m.entity_key, ("", ""))[1]
            if label not in {"PERSON", "ORG"} or any(s <= m.start < e for s, e in reported):
                continue
            if label == "ORG" and not _subject_at(doc, m.start):
                continue  # an organisation is what a paragraph is about when it is a subject
            events.append(_Event(m.start, "person", speaker=entity_speaker(m.entity_key, names)))
        for e in sorted(events, key=lambda e: e.pos):
            sentence = sentence_of(e.pos)
            if e.kind == "person":
                discourse.note(sentence, e.speaker)
                continue
            cue = e.cue
            if e.speaker is None and e.inherit and last and n - last[0] <= 1:
                speaker, cue = last[1], last[2]
            elif e.speaker is not None:
                speaker = discourse.resolve(sentence, e.speaker)
            else:
                speaker = None
            if speaker is not None:
                discourse.note(sentence, speaker)
                last = (n, speaker, cue)
            out.append(QuoteRecord(
                p.seq, e.kind, p.text[e.start : e.end], e.start, e.end,
                speaker.text if speaker else None, cue, speaker.entity_key if speaker else None,
            ))
        sentence_base += len(sent_starts)
    return out


def _subject_at(doc, char: int) -> bool:
    """Whether the token at `char` belongs to a clause's subject: "Siemens Gamesa has struggled"."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and tok.dep_ in {"compound", "amod", "det", "poss"} and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}


def _direct_events(p: Para, mention_at, names) -> list[_Event]:
    spans = quote_spans(p.text)
    events: list[_Event] = []
    for i, q in enumerate(spans):
        verb = _cue(p, spans, i)
        inner = p.text[q.start : q.end]
        speechlike = len(inner.split()) >= 4 or inner[-1:] in ",.!?\u2026" or p.text[q.end : q.outer_end].startswith(",")
        if _embedded(p.text, q):
            continue  # 'would oppose the agreement "in its current form"': words quoted inside reported speech
        if verb is None and (not speechlike or headline_case(inner)):
            continue  # a quoted name or term: 'the "Muqtada 1" missile'
        if verb is not None and not speechlike and p.text[q.outer_end : q.outer_end + 1] not in {",", ""}:
            continue
        speaker = cue = None
        if verb is not None:
            subject = subject_of(verb)
            if subject is not None and not q.outer_start <= subject.idx < q.outer_end:
                speaker, cue = speaker_from(subject, mention_at, names), verb.text
        events.append(_Event(q.outer_start, "direct", q.start, q.end, speaker, cue, speaker is None, q.outer_end))
    return events


def _embedded(text: str, q: QuoteSpan) -> bool:
    """A fragment quoted mid-sentence: opens in lowercase right after a word, not after ':' or ','."""
    before = text[: q.outer_start].rstrip()
    return bool(before) and before[-1].isalpha() and text[q.start : q.start + 1].islower()


def _cue(p: Para, spans: list[QuoteSpan], i: int):
    """The speech verb attributing quote i: after it in its sentence, else before it ending in ':' or ','."""
    text, q = p.text, spans[i]
    nxt = spans[i + 1].outer_start if i + 1 < len(spans) else len(text)
    inner = text[q.start : q.end].rstrip()
    follows = text[q.outer_end :].lstrip()
    if not inner.endswith((".", "\u2026")) or follows[:1].islower():
        verb = _verb_in(p, q.outer_end, min(nxt, sentence_end_after(text, q.outer_end)), last=False)
        if verb is not None:
            return verb
    prev = spans[i - 1].outer_end if i else 0
    begin = max(prev, sentence_start_before(text, q.outer_start))
    if text[begin : q.outer_start].rstrip().endswith((":", ",")):
        return _verb_in(p, begin, q.outer_start, last=True)
    return None


def _verb_in(p: Para, start: int, end: int, last: bool):
    found = [
        t for t in p.doc
        if start <= t.idx < end and t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"}
    ]
    return (found[-1] if last else found[0]) if found else None
