"""Direct quotes and their speakers, read from the dependency parse."""

from __future__ import annotations

import re

from .model import QuoteRecord

SPEECH_VERBS = {
    "say", "tell", "add", "state", "declare", "announce", "explain", "warn", "insist",
    "claim", "argue", "note", "write", "ask", "reply", "respond", "admit", "acknowledge",
    "confirm", "deny", "accuse", "allege", "report", "comment", "remark", "suggest",
    "stress", "urge", "vow", "pledge", "promise", "predict", "conclude", "shout", "tweet",
}
_QUOTED = re.compile(r"\"([^\"]{3,}?)\"|\u201c([^\u201c\u201d]{3,}?)\u201d")


def _speaker_of(verb) -> str | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            tokens = [t for t in child.subtree if not t.is_punct or t.text in "-'"]
            # "Major-General Qassim al-Moussawi, spokesman for ..." -> the name, not the apposition
            words = []
            for t in tokens:
                if t.dep_ in {"appos", "relcl", "acl"} or t.text == ",":
                    break
                words.append(t)
            if words:
                return child.doc[words[0].i : words[-1].i + 1].text
    return None


def collect(docs: list[tuple[int, object]]) -> list[QuoteRecord]:
    """Direct quotes in each paragraph with the speaker named around them."""
    quotes: list[QuoteRecord] = []
    for seq, doc in docs:
        for m in _QUOTED.finditer(doc.text):
            group = 1 if m.group(1) is not None else 2
            inner = m.group(group)
            if len(inner.split()) < 3:
                continue  # a quoted name or term, not speech
            start, end = m.start(group), m.end(group)
            speaker = cue = None
            for sent in doc.sents:
                if sent.end_char < m.start() or sent.start_char > m.end() + 200:
                    continue
                for tok in sent:
                    if tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB" and not (start <= tok.idx < end):
                        speaker, cue = _speaker_of(tok), tok.text
                        if speaker:
                            break
                if speaker:
                    break
            quotes.append(QuoteRecord(seq, "direct", inner, start, end, speaker, cue))
    return quotes
