"""Who is speaking: the subject of a speech verb, read from the parse, with pronouns resolved.

A speaker is a named entity when the subject's head is one ("said Major-General
Qassim al-Moussawi" -> the person, title dropped), the named person in an
apposition ("The head of the Observatory, Rami Abdulrahman, said"), a
description otherwise ("a man on a podium", "security sources"). Pronouns and
definite back-references ("he", "they", "the sources") take the nearest
fitting speaker of the last few sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..names import particle_name_start

# Verbs that report speech; direct quotes take any of them as their cue.
SPEECH_VERBS = frozenset(
    """say tell add state declare announce explain warn insist claim argue note write ask reply respond
    admit acknowledge confirm deny accuse allege report comment remark suggest stress urge vow pledge
    promise predict conclude shout tweet post threaten caution charge contend maintain assert testify
    recall concede estimate complain reiterate emphasise emphasize indicate signal""".split()
)
# Verbs that carry reported content without a that-clause: "warned Tehran to stay out", "accused Maliki of ...".
OBJECT_CUES = frozenset({"warn", "accuse", "deny", "urge", "tell", "caution", "charge", "threaten", "ask", "promise", "pledge", "vow"})
# Heads of a definite description that stands for the organisation last heard: "the group said".
ORGANISATION_NOUNS = frozenset(
    "group movement organisation organization militia party agency company firm alliance faction".split()
)
PRONOUNS = frozenset({"he", "she", "they", "it"})
_CUT_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "cc", "conj", "punct"})
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d"})
_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})


@dataclass
class Speaker:
    text: str
    entity_key: str | None = None
    plural: bool = False
    person: bool = True
    pronoun: str | None = None  # set while unresolved
    head: str = ""  # lemma of the head noun, for "the sources" -> "security sources"
    definite: bool = False
    label: str = ""  # the entity's spaCy label when it is one


def subject_of(verb):
    """The verb's subject token; a verb conjoined to another shares its subject ('battled ... and said')."""
    v = verb
    for _ in range(4):
        for child in v.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        # "battled ... and said", "rejected the calls, saying ...": the subject of the main verb
        if not (v.dep_ == "conj" or v.tag_ == "VBG" and v.dep_ in {"advcl", "xcomp"}) or v.head.i == v.i:
            break
        v = v.head
    doc = verb.doc
    # Attribution after a quote or a comma, the subject inverted: '..." said the minister.'
    before = doc[verb.i - 1] if verb.i > 0 else None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and (before is None or before.is_punct) and after.pos_ in {"PROPN", "NOUN", "DET", "ADJ"}:
        head = after
        while head.head.i > head.i and head.head.i < verb.i + 8 and head.head.pos_ in {"PROPN", "NOUN"}:
            head = head.head
        return head
    # A subject the parser attached elsewhere: "... but Saudi Arabia has warned Tehran".
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in {"aux", "neg", "advmod"}:
        i -= 1
    if i >= 0 and doc[i].pos_ in {"PROPN", "NOUN"} and doc[i].dep_ not in {"pobj", "dobj"}:
        return doc[i]
    return None


def adjacent_subject(verb):
    """The name right before a verb, past commas: "the mayor, Ihor Terekhov, said" -> Terekhov."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].is_punct or verb.doc[i].dep_ == "aux"):
        i -= 1
    return verb.doc[i] if i >= 0 and verb.doc[i].pos_ in {"PROPN", "NOUN"} else None


def speaker_from(subject, mention_at, entity_names: dict[str, tuple[str, str]]) -> Speaker:
    """A Speaker for a subject token; `mention_at(char)` gives the entity key of a mention covering a char.

    `entity_names` maps entity key -> (canonical name, spaCy label).
    """
    lower = subject.lower_
    if lower in PRONOUNS:
        return Speaker(subject.text, pronoun=lower, plural=lower == "they", person=lower in {"he", "she"})
    for tok in subject.subtree:
        if tok.dep_ == "appos":
            for inner in tok.subtree:
                key = mention_at(inner.idx)
                if key and entity_names[key][1] == "PERSON":
                    return entity_speaker(key, entity_names)  # "The head of ..., Rami Abdulrahman, said"
    key = mention_at(subject.idx)
    if key and entity_names[key][1] in {"PERSON", "ORG", "NORP", "GPE"}:
        return entity_speaker(key, entity_names, plural=subject.tag_ in {"NNS", "NNPS"})
    tokens: list = []
    for tok in subject.subtree:
        if tok.i > subject.i and (tok.dep_ in _CUT_DEPS and tok.head.i == subject.i or tok.text in _CLAUSE_PUNCT):
            break  # "a man on a podium, who ...": the description ends at the head's own clause
        if tok.i < subject.i and tok.text in _CLAUSE_PUNCT:
            tokens = []
            continue
        tokens.append(tok)
    tokens = tokens or [subject]
    first = tokens[0].i
    if tokens[0].pos_ == "PROPN":
        first = particle_name_start(subject.doc, first)  # "Rio Grande do Sul's civil defence agency"
    text = subject.doc[first : tokens[-1].i + 1].text.strip(" ,")
    return Speaker(
        text,
        plural=subject.tag_ in {"NNS", "NNPS"},
        head=subject.lemma_.lower(),
        definite=tokens[0].lower_ in _DETERMINERS and len(tokens) <= 3,
    )


def entity_speaker(key: str, entity_names, plural: bool = False) -> Speaker:
    name, label = entity_names[key]
    return Speaker(name, key, plural=plural or label == "NORP", person=label == "PERSON", head=name.lower(), label=label)


class Discourse:
    """The speakers (and named people) of an article so far, for pronouns and back-references."""

    WINDOW = 3  # sentences back that a pronoun may reach

    def __init__(self) -> None:
        self._seen: list[tuple[int, Speaker]] = []

    def note(self, sentence: int, speaker: Speaker) -> None:
        if speaker.pronoun is None:
            self._seen.append((sentence, speaker))

    def resolve(self, sentence: int, speaker: Speaker) -> Speaker:
        """The speaker a pronoun or 'the sources' stands for, or the speaker itself when nothing fits."""
        if speaker.pronoun is None and not speaker.definite:
            return speaker
        for at, cand in reversed(self._seen):
            if speaker.pronoun is not None:
                if sentence - at > self.WINDOW:
                    break
                if _fits(speaker.pronoun, cand):
                    return cand
            elif cand.head == speaker.head and cand.text.lower() != speaker.text.lower():
                return cand  # "the sources" after "security sources"
            elif speaker.head in ORGANISATION_NOUNS and cand.label == "ORG" and sentence - at <= self.WINDOW:
                return cand  # "the group said" after "Hamas accused ..."
        return speaker


def _fits(pronoun: str, cand: Speaker) -> bool:
    if pronoun == "they":
        return cand.plural
    if pronoun == "it":
        return not cand.person and not cand.plural
    return cand.person and not cand.plural
