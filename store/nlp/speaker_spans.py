"""Which words of a speech verb's subject phrase say who speaks, where speakers.speaker_from's
reading of the parse's head would keep the wrong ones: a title written after the name ("Andrew
Tyrie MP demanded"), and a noun for a person known by its ending, not by a list of roles ("The
entrepreneur said").
"""

from __future__ import annotations

# Endings of nouns for a person by what they do ("entrepreneur", "economist", "historian"), as
# words of seven letters or more: the shorter ones are things ("list", "wrist").
_PERSON_ENDINGS = ("eur", "ist", "ian")
_PERSON_NOUN_MIN_LETTERS = 7
# A title written after a name is a short capitalised abbreviation: "MP", "QC", "MEP".
_POSTNOMINAL_MAX_LETTERS = 4


def person_by_ending(lemma: str) -> bool:
    """Whether a noun names a person by its ending: "the entrepreneur" is the person the
    sentences are about, as "the economist" is."""
    return len(lemma) >= _PERSON_NOUN_MIN_LETTERS and lemma.isalpha() and lemma.endswith(_PERSON_ENDINGS)


def postnominal_holder(subject, mention_at, entity_names) -> str | None:
    """The person whose name stands right before a title written after it, which the parser took
    for the phrase's head: "Tory frontbencher Andrew Tyrie MP demanded" is Tyrie."""
    text = subject.text
    if subject.pos_ != "PROPN" or mention_at(subject.idx) or not (text.isupper() and text.isalpha() and len(text) <= _POSTNOMINAL_MAX_LETTERS):
        return None
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    if before is None or before.head.i != subject.i or before.dep_ != "compound":
        return None
    key = mention_at(before.idx)
    return key if key and entity_names[key][1] == "PERSON" else None
