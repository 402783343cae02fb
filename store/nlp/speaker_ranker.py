"""A learned second stage for the speakers of direct quotes, the spaCy component "newsx_speaker_ranker" (after
newsx_quotes): the sieves of quotes.py propose a speaker, and a conditional-logit ranker over the people and bodies
the article names around a quote names the speaker of a direct quote the sieves left without one, or with a "he" or
"she" they could not resolve.

It never overrides a sieve's pick: trained on rounds 1-50 and tried on 51-58 (and on <=45 + 51-58, tried on 46-50),
overriding any sieve, the loosest included ("cue clause", 89% precise there), broke as many quotes as it fixed or more
at every margin, or fixed some on one split alone (bench/train_speaker_ranker.py --evaluate), while naming the speakers
the sieves left open fixed quotes of several rounds on both splits and broke none (a quote with no speaker, or an
unresolved "he", is no one's words to a reader). Features from the dependency parse (the subject of a speech verb whose
clause holds the quote, appositions, objects of prepositions; session 37, commit 4393da3d) changed neither: the same
quotes named on both splits, and no override gaining on both.
The names it gives are right about half the time held out, so it names one only when sure enough (RANKER_MIN_SHARE)
and its quotes say so in their sieve (RANKER_SIEVE, whatever sieve left the quote open).

The features read only records (paragraphs, entities, mentions, quotes), never a spaCy Doc, so that the trainer
(bench/train_speaker_ranker.py) reads them off a store and the pipeline off Doc._.* alike. Weights ship in
speaker_weights.py beside this module, written by the trainer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..records import RANKER_SIEVE, READ_KINDS, UNRESOLVED_SPEAKERS, EntityRecord, MentionRecord, QuoteRecord
from .given_names import given_name_sex
from .label_lines import label_line_name
from .speakers import BESIDE_QUOTE_VERBS, DIRECT_CUE_VERBS
from .thresholds import RANKER_MIN_SHARE

WEIGHTS_FILE = Path(__file__).with_name("speaker_weights.py")
# The sieves whose picks the ranker learns a trust of, each its own feature: the four that link most quotes, the rest
# together (too few quotes each to learn a trust of their own).
SIEVE_GROUPS = ("cue after", "cue before", "continued", "cue clause")
OTHER_SIEVE = "other sieve"
NO_SIEVE = "no speaker"
# How far the candidates reach: paragraphs before the quote's, and after it.
PARAGRAPHS_BEFORE = 4
PARAGRAPHS_AFTER = 1
_PRONOUN_SEX = {"he": "M", "him": "M", "his": "M", "she": "F", "her": "F"}


def _verb_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The written forms of speech verbs a cue shows ("said", "tells", "added", "replied"), read without a parse."""
    forms = {"said", "told", "wrote", "spoke", "says"}
    for lemma in lemmas:
        forms |= {lemma, lemma + "s", lemma + "d" if lemma.endswith("e") else lemma + "ed"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return frozenset(forms)


# (the verbs that cue only the quote right before them stay out: the weights were learnt without them, and their forms
# read without a parse are as often nouns, "Press Secretary Sarah Sanders")
_SPEECH_FORMS = _verb_forms(DIRECT_CUE_VERBS - BESIDE_QUOTE_VERBS)
_WORD = re.compile(r"[A-Za-z]+")


class _Paragraph(Protocol):
    seq: int
    kind: str
    text: str


@dataclass
class Candidate:
    key: str | None  # the entity's key; None for a sieve's pick linked to no entity
    name: str
    features: dict[str, float]


FEATURES = (
    *(f"pick:{g}" for g in (*SIEVE_GROUPS, OTHER_SIEVE)),
    "pick unlinked", "pick pronoun",
    "person", "body",
    "same paragraph before", "same paragraph after", "paragraph before", "paragraphs back",
    "next paragraph", "chars away", "no mention before",
    "mentions", "most mentioned",
    "speech verb same paragraph", "speech verb paragraph before", "speech verb within reach",
    "spoke last quote", "spoke quote before last", "named inside quote",
    "first named in paragraph before", "sex agrees", "sex disagrees",
)


def sieve_group(sieve: str | None, speaker: str | None) -> str:
    if not speaker:
        return NO_SIEVE
    return sieve if sieve in SIEVE_GROUPS else OTHER_SIEVE


def candidates(
    paragraphs: Sequence[_Paragraph],
    entities: dict[str, EntityRecord],
    mentions: list[MentionRecord],
    quotes: list[QuoteRecord],
    index: int,
) -> list[Candidate]:
    """The speakers the ranker weighs for quotes[index] (a direct quote): the actors named within reach of it, and
    the sieve's own pick (first, when there is one)."""
    q = quotes[index]
    # the article's prose as the pipeline reads it (a store keeps its furniture too): distances count the same
    prose = [p for p in paragraphs if p.kind in READ_KINDS]
    order = {p.seq: n for n, p in enumerate(prose)}
    texts = {p.seq: p.text for p in prose}
    here = order.get(q.seq, 0)
    near = [m for m in mentions if m.seq in order and -PARAGRAPHS_BEFORE <= order[m.seq] - here <= PARAGRAPHS_AFTER]
    keys: list[str] = []
    for m in near:
        e = entities.get(m.entity_key)
        if e is not None and e.role == "actor" and m.entity_key not in keys and not _inside(m, q):
            keys.append(m.entity_key)
    pick = q.speaker_key if q.speaker_key in entities else None
    context = _Context(q, order, texts, mentions, quotes, index, entities)
    out = []
    if q.speaker and pick is None:
        out.append(Candidate(None, q.speaker, context.pick_features(None)))
    for key in ([pick] if pick else []) + [k for k in keys if k != pick]:
        out.append(Candidate(key, entities[key].name, context.features(key, key == pick)))
    return out


def _inside(m: MentionRecord, q: QuoteRecord) -> bool:
    return m.seq == q.seq and q.start <= m.start and m.end <= q.end


class _Context:
    """What the features of one quote's candidates share: where the quote stands, who spoke before it."""

    def __init__(self, q: QuoteRecord, order: dict[int, int], texts: dict[int, str], mentions: list[MentionRecord],
                 quotes: list[QuoteRecord], index: int, entities: dict[str, EntityRecord]):
        self.q, self.order, self.texts, self.entities = q, order, texts, entities
        self.here = order.get(q.seq, 0)
        self.by_key: dict[str, list[MentionRecord]] = {}
        for m in mentions:
            if m.seq in order:
                self.by_key.setdefault(m.entity_key, []).append(m)
        counts = sorted((len(v) for k, v in self.by_key.items() if k in entities and entities[k].role == "actor"), reverse=True)
        self.top = counts[0] if counts else 0
        earlier = [x for x in quotes[:index] if x.kind == "direct" and x.speaker]
        self.last = [x.speaker_key for x in earlier[-2:]][::-1] + [None, None]
        self.pronoun_sex = _pronoun_cue_sex(q)
        before = [p for p, n in order.items() if n == self.here - 1]
        self.first_before = next((m.entity_key for m in mentions if before and m.seq == before[0]), None)

    def pick_features(self, key: str | None) -> dict[str, float]:
        """The sieve's own pick: how far the proposing sieve is trusted, as the trainer learnt it."""
        group = sieve_group(self.q.sieve, self.q.speaker)
        f = {f"pick:{group}": 1.0}
        if key is None:
            f["pick unlinked"] = 1.0
        if (self.q.speaker or "").casefold() in UNRESOLVED_SPEAKERS:
            f["pick pronoun"] = 1.0
        return f

    def features(self, key: str, is_pick: bool) -> dict[str, float]:
        f = self.pick_features(key) if is_pick else {}
        e = self.entities[key]
        f["person" if e.type == "PERSON" else "body"] = 1.0
        ms = [m for m in self.by_key.get(key, []) if not _inside(m, self.q)]
        f.update(self._placement(ms))
        f["mentions"] = math.log1p(len(ms))
        if ms and len(ms) == self.top:
            f["most mentioned"] = 1.0
        f.update(self._speech(ms))
        if self.last[0] == key:
            f["spoke last quote"] = 1.0
        if self.last[1] == key:
            f["spoke quote before last"] = 1.0
        if any(_inside(m, self.q) for m in self.by_key.get(key, [])):
            f["named inside quote"] = 1.0
        if self.first_before == key:
            f["first named in paragraph before"] = 1.0
        sex = given_name_sex(e.name.split()[0].casefold()) if e.type == "PERSON" and e.name.split() else None
        if self.pronoun_sex and sex:
            f["sex agrees" if sex == self.pronoun_sex else "sex disagrees"] = 1.0
        return f

    def _placement(self, ms: list[MentionRecord]) -> dict[str, float]:
        q, here = self.q, self.here
        f: dict[str, float] = {}
        same = [m for m in ms if m.seq == q.seq]
        if any(m.end <= q.start for m in same):
            f["same paragraph before"] = 1.0
        if any(m.start >= q.end for m in same):
            f["same paragraph after"] = 1.0
        if same:
            gap = min(q.start - m.end if m.end <= q.start else m.start - q.end for m in same)
            f["chars away"] = math.log1p(max(gap, 0)) / 5
        back = [here - self.order[m.seq] for m in ms if self.order[m.seq] < here]
        if back:
            f["paragraphs back"] = math.log1p(min(back))
            if min(back) == 1:
                f["paragraph before"] = 1.0
        elif not any(m.end <= q.start for m in same):
            f["no mention before"] = 1.0
        if any(self.order[m.seq] == here + 1 for m in ms):
            f["next paragraph"] = 1.0
        return f

    def _speech(self, ms: list[MentionRecord]) -> dict[str, float]:
        f: dict[str, float] = {}
        for m in ms:
            if not _cues_speech(self.texts[m.seq], m):
                continue
            gap = self.here - self.order[m.seq]
            name = "speech verb same paragraph" if gap == 0 else "speech verb paragraph before" if gap == 1 else "speech verb within reach"
            f[name] = 1.0
        return f


def _cues_speech(text: str, m: MentionRecord) -> bool:
    """A speech verb right after the name ("Smith said", "Smith, the mayor, told") or right before it ("said Smith")."""
    after = _WORD.findall(text[m.end : m.end + 40])[:4]
    before = _WORD.findall(text[max(0, m.start - 15) : m.start])[-1:]
    return any(w.casefold() in _SPEECH_FORMS for w in after + before)


def _pronoun_cue_sex(q: QuoteRecord) -> str | None:
    """The sex of the pronoun a quote's speaker or cue is written as ("he said"), when it is one."""
    for word in ((q.speaker or "").split()[:1] + (q.cue or "").split()):
        sex = _PRONOUN_SEX.get(word.casefold())
        if sex:
            return sex
    return None


def load_weights() -> dict[str, float]:
    """The shipped weights, one per name of FEATURES (a module: imported once, no file to find at run time)."""
    from .speaker_weights import WEIGHTS

    return WEIGHTS


def score(c: Candidate, weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * v for name, v in c.features.items())


def unresolved_pronoun(q: QuoteRecord) -> bool:
    """A speaker the sieves left as "he" or "she" linked to no one: one person, whom copy names somewhere. The other
    pronouns they leave ("they", "we", "one", "it") are as often the gold's own speaker, a group no one names
    (in-sample, naming them broke quotes of rounds 9, 37 and 41)."""
    return q.speaker_key is None and (q.speaker or "").strip().casefold() in ("he", "she")


def open_to_ranker(q: QuoteRecord) -> bool:
    """The quotes the ranker may name a speaker for: direct ones the sieves left speakerless or with "he" or "she"."""
    return q.kind == "direct" and (not q.speaker or unresolved_pronoun(q))


def choose(q: QuoteRecord, cands: list[Candidate], weights: dict[str, float]) -> Candidate | None:
    """The candidate the ranker names, or None when it is not sure enough: the top one must hold RANKER_MIN_SHARE of
    the candidates' probability. A pronoun's pick is no candidate (it is what is being resolved), and "he" or "she" is
    a person whose given name, when known, is of that sex."""
    sex = _PRONOUN_SEX.get((q.speaker or "").strip().casefold())
    pool = [c for c in cands if c.key is not None and c.key != q.speaker_key
            and not (sex and ("body" in c.features or "sex disagrees" in c.features))]
    if not pool:
        return None
    scores = [score(c, weights) for c in pool]
    top = max(scores)
    shares = [math.exp(s - top) for s in scores]
    best = scores.index(top)
    return pool[best] if shares[best] / sum(shares) >= RANKER_MIN_SHARE else None


def rerank(paragraphs: Sequence[_Paragraph], entities: dict[str, EntityRecord], mentions: list[MentionRecord],
           quotes: list[QuoteRecord], weights: dict[str, float]) -> None:
    """Name the speakers the ranker is sure of, in place; each quote it names says so in its sieve. Every
    choice reads the sieves' speakers alone (as the trainer did), so all are made before any is written. A
    caption's quote the sieves left open is left so: a photo's words are not the body's speakers' (the sieves
    read past a caption on purpose)."""
    captions = {p.seq for p in paragraphs if p.kind == "caption"}
    chosen = {i: choose(q, candidates(paragraphs, entities, mentions, quotes, i), weights)
              for i, q in enumerate(quotes)
              if open_to_ranker(q) and q.seq not in captions and not _under_label_line(paragraphs, quotes, q)}
    for i, c in chosen.items():
        if c is None:
            continue
        q = quotes[i]
        q.speaker, q.speaker_key, q.sieve = c.name, c.key, RANKER_SIEVE


def _under_label_line(paragraphs: Sequence[_Paragraph], quotes: list[QuoteRecord], q: QuoteRecord) -> bool:
    """Whether the quote's paragraph is one of the quote paragraphs a label line heads ("Head Gardener, Rosehill
    Trust:"): the sieve "label line" has read that line, and one that names an office and no one leaves its quotes
    to no one on purpose; the people named around it are not the speaker."""
    quoted = {x.seq for x in quotes if x.kind == "direct"}
    before = [p for p in paragraphs if p.kind in READ_KINDS and p.seq < q.seq]
    for p in reversed(before):
        if p.seq not in quoted:
            return label_line_name(p.text) is not None
    return False


class SpeakerRankerComponent:
    """Runs after newsx_quotes: names the speakers of Doc._.quotes the sieves left open, from the shipped weights."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.weights: dict[str, float] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.weights = load_weights()

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None or not doc._.quotes:
            return doc
        rerank(doc._.paragraphs, doc._.entities or {}, doc._.mentions or [], doc._.quotes, self.weights)
        return doc


@Language.factory("newsx_speaker_ranker", requires=["doc._.quotes"], assigns=["doc._.quotes"])
def make_speaker_ranker(nlp: Language, name: str) -> SpeakerRankerComponent:
    return SpeakerRankerComponent(nlp, name)
