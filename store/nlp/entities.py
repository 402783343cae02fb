"""Named entities of one article: spaCy NER -> cleaned mentions -> canonical entities.

Runs as the pipeline component "newsx_entities" on an article Doc (see store/extract.py).

The small model's spans are a first guess. Rules here, each about how news
copy is written rather than about one story, clean them up:
- spans are trimmed of articles, possessives and titles; a span that is only a
  title ("Major-General"), a name with digits ("Muqtada 1"), or a credit is dropped;
- an acronym defined in parentheses joins its long name and every spelling of it;
- context retypes: "the town of X", "X, 20 km north of Y", "near X" and "X Market" are
  places, "X, who" is a person, "the X baseball team" an organisation, datelines name
  places (their agency names nothing); a sentence opener the article writes in lowercase
  elsewhere is no name;
- a people's singular after "a" ("Jo Roe, a Democrat,") is one member's affiliation, never the group;
- mentions group by spelling-insensitive key, then merge only on evidence:
  the surname of the one named person, the acronym of the one long name,
  a romanisation variant (Baiji/Beiji), one gazetteer place, or an apposition
  ("Gavi, the Vaccine Alliance,"); people and places never merge;
- things are no actors: a name written as a product's, a drug's or a method's ("the anxiety drug
  X", "a FitBit", "an X course"), a credential after a name ("Jo Roe, MD,"), a job title written
  whole, an acronym the article spells out in lowercase ("average unit volume" ... "AUV");
- a transcript's capitalised turn labels ("JO ROE, HOST:") name people;
- headline-case paragraphs (title, dek, ALL CAPS subheads) are not tagged by the
  model at all: the body's entities are looked up in them instead, and an acronym
  there joins the one long name of the body it spells.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass, field
from typing import TypeVar

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from . import recall
from . import thresholds as T
from .gazetteer import Gazetteer, Place, gazetteer
from ..read.anatomy import PHOTO_CREDIT_TAIL
from ..records import GEO_KEY, EntityRecord, MentionRecord
from .speakers import SPEECH_VERBS
from .tokens import tokens
from .transcript import transcript_labels
from ..names import (
    FUNCTION_WORDS, HONORIFICS, acronym_of, fold, particle_name_start, bare_key, initials, is_acronym, is_title_word, leading_title_length, name_key,
    KNOWN_PARTY_NAMES, NAME_PARTICLES, NAME_SUFFIXES, is_person_title, party_names, name_words, trailing_title_length,
    surname_key, translit_key,
)

ROLE_BY_LABEL = {
    "PERSON": "actor",
    "ORG": "actor",
    "NORP": "actor",  # a group of people; adjectives ("Iraqi") become `other` below
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "EVENT": "other",
    "LAW": "other",
    "LANGUAGE": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small model's guesses for these on news copy are mostly furniture and fragments;
# such a span survives only as a mention of an entity the article names otherwise.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
_LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART")

PLACE_NOUNS = frozenset(
    """town village city district province region neighbourhood neighborhood suburb area camp port
    capital governorate county state municipality settlement enclave island valley oasis outskirts
    township hamlet commune prefecture""".split()
)
# Words after a name that make it a region: "the Haute-Garonne region", "Anbar province".
REGION_NOUNS = frozenset({"region", "province", "district", "governorate", "county", "prefecture", "department", "oblast"})
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "at", "into", "around", "across", "from", "inside"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# (A double quote typed for the apostrophe, as 1980s wire copy does: "Nigeria"s".)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|\"s|s'|s\u2019)$")
_DIRECTION_OF = re.compile(
    r"^,\s+(?:(?:some|about|around|roughly|nearly|almost|just)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\s*(?:\([^()]*\)\s*)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"^,?\s+who\b")
# "Braunau am Inn, a town on the border": an apposition only a place takes.
_PLACE_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(PLACE_NOUNS - {"area", "camp", "port", "state"})) + r")(?:\s*[,.;]|\s+(?:on|in|of|near|at|along|about|some|that|where|which)\b)",  # not "the city's mayor"
    re.IGNORECASE,
)
# "Arnaud Rousseau, head of the FNSEA, warned": an apposition only a person takes.
_PERSON_APPOSITION = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:head|chief|leader|spokesman|spokeswoman|spokesperson|president|director|minister|secretary|"
    r"chairman|chairwoman|chair|co-chair|founder|mother|father|son|daughter|wife|husband|brother|sister|"
    r"farmer|resident|teacher|doctor|lawyer|attorney|official|commander|adviser|advisor|aide|retiree|"
    r"student|mayor|governor|ceo|executive|analyst|economist|professor|researcher|activist|witness)"
    r"(?:\s+(?:of|for|at|in|from|to)\b|\s*[,.;])",  # the apposition goes on or ends: not "In X, resident Y said"
    re.IGNORECASE,
)
# A name apposed after a role only a person holds: "Sweden's deputy director of public prosecutions, Eva-Marie Persson,".
_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|director|minister|secretary|chairman|chairwoman|chief executive|"
    r"president|commissioner|prosecutor|ambassador|governor|mayor)(?: (?:of|for) [^,;:.]{1,60})?,\s*$",
    re.IGNORECASE,
)
# Last words of a name that make it a place: "Makola Market", "Heathrow Airport".
FACILITY_NOUNS = frozenset("market airport stadium square bridge street road avenue harbour harbor".split())
# Common nouns after a name that make it a building or site: "Hoa Lo prison", "the WoodSpring Suites hotel".
SITE_NOUNS = frozenset("prison jail hotel hospital airport stadium embassy mosque church temple camp base".split())
# "Group E", "Pool B": one capital letter after a word labels a division of a contest or a list
_LETTER_LABEL_AFTER = re.compile(r" [A-Z](?![\w.'\u2019&-])")
_SITE_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SITE_NOUNS)) + r")\b")
# Prepositions after which a lone name is a place, never a person.
NEAR_PREPS = frozenset({"near", "outside"})
# A sports club's name: "Manchester United", "FC Porto", "Tottenham Hotspur" (the model takes many for people).
_CLUB = re.compile(r"^(?:FC|AC|AS|SC|CF|Real|Inter|Atletico|Sporting)\s\S|\S\s(?:United|FC|Hotspur|Rovers|Wanderers|Athletic)$")
_PUBLICATION_AFTER = re.compile(r"^\s+(?:magazine|newspaper)\b")
# First words of a place's own name: "Camp David", "Fort Worth", "Mount Kenya", "Lake Chad".
_PLACE_FIRST_WORDS = frozenset({"camp", "fort", "mount", "lake", "cape", "port"})
_TEAM_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:team|club|franchise|squad)\b")
_PHOTO_CREDIT = re.compile(PHOTO_CREDIT_TAIL)
# A person's span opening with whom she is of: "Acme's Jo Roe", "theCUBE\u2019s Jo Roe" (a name follows).
_OWNER_OF_PERSON = re.compile(r"(?P<owner>[A-Za-z][\w.\-]*[A-Z][\w.\-]*|[A-Z][\w.\-]*)['\u2019]s (?=[A-Z][\w.\-]* [A-Z])")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,7}s")
LEGAL_FORMS = recall.LEGAL_FORMS
_CORPORATE_SUFFIX = re.compile(r"(?<=\w) (?:" + "|".join(sorted(LEGAL_FORMS)) + r"|group holdings)\.?$", re.IGNORECASE)
# An acronym that writes a short function word in lowercase: "MoD" (Ministry of Defence), "DfT", "PwC"
# (not a word in capitals, "WASHINGTON": is_acronym reads those).
_MIXED_ACRONYM = re.compile(r"(?=\w*[a-z])[A-Z](?:[a-z]?[A-Z]){1,5}")
_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
# A disease's name: "Eastern Equine Encephalitis", "Rift Valley Fever" (no actor, no place).
_DISEASE = re.compile(r"(?:itis|osis|virus|fever|syndrome|disease|pox)$", re.IGNORECASE)
# The listed words that open an institution's name before the model's span: "the [Morphology,
# Evolution, and] Cognition Laboratory" (after "the", capitalised words, commas, "and").
_LISTED_NAME_BEFORE = re.compile(r"\bthe (?P<words>(?:[A-Z][\w\-]*, )+(?:and|&) )$")
# A named test or method: "the Trier Social Stress Test", "the Bechdel Test".
_NAMED_TEST = re.compile(r"\s(?:Test|Technique)$")
# A model's number or code after a word of its name, which no body's name carries: "Bondi 9",
# "Espro P7", "Colgate 360 Sensitive", "Ioniq 5 N"; a broadcaster's channel ("NBC 5", "BBC Radio 4",
# "Channel 4", "Local 10") and a union's local ("SEIU Local 1199") are names.
_NUMBERED_NAME_WORDS = frozenset({"Radio", "Channel", "TV", "Local", "Formula"})
# A body a people's adjective names: "the Tory party", "the Scottish Executive", "the Welsh Assembly",
# "the Catholic church" (the faith's body, no site named "Catholic")
_BODY_AFTER_PEOPLE = re.compile(r" (?:[Pp]arty|Executive|Parliament|Assembly|[Cc]hurch)\b")
# The kinds of text a name can be of, which never act: "the Enterprise Act", "the European Convention
# on Human Rights", "the Geneva Conventions", "the Paris Accord", "the Multi-Fibre Agreement".
_LAW_NAME = re.compile(
    r"\s(?:Act|Treaty|Accords?|Agreements?|Protocol|Directive|Amendment|Conventions?|Charter)$|\sConvention (?:on|for)\s"
    r"|^Memorand(?:um|a) of\s"  # "a Memorandum of Understanding (MoU)": a text two parties sign
)
# A figure's name, which is no one and nowhere: a rate, an index, a borrowing requirement, a product
# of the economy, a grade of crude ("the London Interbank Offered Rate", "the Consumer Price Index",
# "the Public Sector Borrowing Requirement", "Gross National Product", "West Texas Intermediate").
_FIGURE_NAME = re.compile(r"\s(?:Rates?|Index|Requirement|Product|Intermediate|Blend)$")
# A faith or a creed, which believers hold and no one is: "in the name of Islam", "Judaism",
# "Thatcherism" (the model tags them ORG or NORP; the believers, "Muslims", stay a group that acts).
_CREED = re.compile(r"[A-Z][a-z]+ism|Islam|Christianity")
# A case's or a file's reference: "suit Number FHC/ABJ/03/095/2018".
_REFERENCE = re.compile(r"\S*\d\S*/\S*/|\S*/\S*/\S*\d")
# A business unit inside a job title: "vice president, Acme Sales & Operations at Acme Inc.",
# "General Manager of Life Care Europe at Acme": the title's, not an actor.
_TITLE_BEFORE = re.compile(r"(?P<title>[\w.]+)(?: of|,)\s*$")
_AT_EMPLOYER = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")
# Lowercase nouns a product's name modifies: "the Acme Watch solution", "a Suboxone strip".
PRODUCT_NOUNS = frozenset(
    """solution solutions software app apps device devices system systems game games console consoles browser
    browsers strip strips pill pills tablet tablets headset headsets smartphone smartphones model models""".split()
)
# A one-word maker's possessive opening a span, "Anthropic's Claude", and what shows the rest is a thing
# it makes: a model's number or a product's noun after it ("... Claude 3.5", "... Zenflow tool").
_MAKER = re.compile(r"(?P<maker>[A-Z][\w.\-]*)['\u2019]s (?=[A-Z])")
_MODEL_AFTER = re.compile(r"\s+(?:[\w.\-]*\d[\w.\-]*\b|(?:" + "|".join(sorted(PRODUCT_NOUNS | {"tool", "tools", "assistant", "chatbot", "platform"})) + r")\b)")


@dataclass
class Para:
    """A paragraph as extraction sees it; `doc` is None for headline-case text, which is not tagged."""

    seq: int
    kind: str
    text: str
    doc: Doc | None
    skip: int = 0  # characters of dateline at the start, whose agency is no entity
    dateline_place: tuple[int, int] | None = None  # "ANBAR" in "ANBAR, Iraq June 21 (Reuters) -"
    offset: int | None = None  # where the paragraph starts in the article's Doc; None when not in it


# An article Doc (store/extract.py's article_doc) carries its paragraphs, each prose one with
# its parsed Doc; the components here and in quotes.py fill the rest.
for _name in ("paragraphs", "entities", "mentions", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EntityComponent:
    """Runs after "ner": Doc._.entities (key -> EntityRecord) and Doc._.mentions of an article Doc.

    Its resources (the gazetteer, the model's noun list) are loaded by initialize(), which
    pipeline.load_model calls once; a component used without it loads them on first use.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp
        self.places: Gazetteer | None = None
        self.nouns: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from .pipeline import common_nouns

        self.places = gazetteer()
        self.nouns = common_nouns(nlp or self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None:
            return doc  # not an article Doc (bench baselines pipe plain texts)
        if self.places is None:
            self.initialize()
        doc._.entities, doc._.mentions = collect(doc._.paragraphs, self.places, self.nouns)
        return doc


@Language.factory(
    "newsx_entities",
    requires=["doc.ents", "token.tag", "token.dep", "token.lemma"],
    assigns=["doc._.entities", "doc._.mentions"],
)
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)


@dataclass
class _Mention:
    seq: int
    start: int
    end: int
    text: str
    label: str
    evidence: set[str] = field(default_factory=set)
    family: int | None = None  # spans found from one acronym definition


@dataclass
class _Group:
    mentions: list[_Mention]
    label: str = ""
    place: Place | None = None

    @property
    def aliases(self) -> set[str]:
        return {m.text for m in self.mentions}

    @property
    def evidence(self) -> set[str]:
        return set().union(*(m.evidence for m in self.mentions))


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim articles, possessives and punctuation from a span's edges (periods of "U.S." stay)."""
    m = _LEADING.match(text[start:end])
    if m:
        start += m.end()
    if text[start : start + 2] == "s " and start > 0 and text[start - 1] in "'\u2019":
        start += 2  # "the city\u2019s Hoa Lo prison": the tokenizer left the possessive's "s" on the name
    m = _POSSESSIVE.search(text[start:end])
    if m and end - start > len(m.group()) + 1:
        end -= 2 if m.group()[0] in "'\u2019\"" else 1
    while end > start and not text[end - 1].isalnum() and not _abbreviation_end(text, start, end):
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return start, end


def _ticker_code(text: str, start: int, end: int) -> bool:
    """"Morgan Stanley Group <MS>": the wire's stock code in angle brackets after a firm's name is
    no name the story writes, though its letters spell the firm's initials."""
    return start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">"


def _abbreviation_end(text: str, start: int, end: int) -> bool:
    return text[end - 1] == "." and bool(re.search(r"(?:^|\W)(?:[A-Za-z]\.){2,}$", text[start:end]))


def collect(
    paras: list[Para], gaz: Gazetteer | None, nouns: frozenset[str] = frozenset()
) -> tuple[dict[str, EntityRecord], list[MentionRecord]]:
    """One article's paragraphs -> its entities (keyed corpus-wide) and their mentions.

    `nouns` are lowercase common nouns (the lemmatizer's index) that a lone capitalised
    sentence opener tagged PERSON is not.
    """
    prose = [p for p in paras if p.doc is not None]
    datelines = [
        _Mention(p.seq, s, e, p.text[s:e], "GPE", {"place", "dateline"}) for p in prose if p.dateline_place
        for s, e in [p.dateline_place]
    ]
    lowercase, name_words = _word_cases(prose)
    lexicon, nouns = nouns, _WordsExcept(nouns, name_words)
    labels = _transcript_labels(prose, gaz)
    label_ends = {m.seq: end for m, end in labels}
    # words the model tags as a body's whole name somewhere in the article ("Sprint was still paying")
    lone_names = frozenset(e.text.lower() for p in prose for e in p.doc.ents if len(e) == 1 and e.label_ == "ORG")
    tagged = [
        m for p in prose for m in _ner_spans(p, nouns, gaz, lowercase, lexicon, lone_names) if m.start >= label_ends.get(p.seq, 0)
    ]
    tagged += [m for m, _ in labels]
    people = frozenset(w for m in tagged if m.label == "PERSON" for w in m.text.split())
    tagged = [part for m in tagged for part in _split_at_named_person(m, people)]
    doc_of = {p.seq: p.doc for p in prose}
    tagged = [part for m in tagged for part in _split_at_role_noun(m, doc_of[m.seq], gaz)]
    tagged = [part for m in tagged for part in _split_at_job_title(m)]
    lone = frozenset(m.text for m in tagged if m.label == "PERSON" and " " not in m.text) - frozenset(
        m.text.split()[-1] for m in tagged if m.label == "PERSON" and " " in m.text)
    # Words the model names an actor by: alone, or last in an organisation's name ("Los Angeles Lakers")
    actors = frozenset(m.text.split()[-1] for m in tagged if m.label == "ORG" or m.label == "PERSON" and " " not in m.text)
    # On a tie of length the rules' spans come first: "Masten Space Systems" is no person.
    found = [
        _Mention(p.seq, s, e, p.text[s:e], label, ev)
        for p in prose
        for s, e, label, ev in recall.institutions(p.doc) + recall.outlets(p.text, people, gaz) + recall.nicknames(p.text) + recall.seats(p.text)
        + recall.named_groups(p.doc) + recall.platforms(p.text) + recall.celestial(p.doc)
        + recall.described_people(p.doc, nouns) + recall.full_names(p.doc, lone, nouns)
        + recall.hyphen_places(p.doc, gaz) + recall.teams(p.doc, nouns, gaz, actors) + recall.websites(p.text)
        + recall.party_states(p.text, gaz) + recall.cited_authors(p.text) + recall.role_of(p.text, gaz) + recall.titled_places(p.doc, gaz) + recall.numbered_groups(p.doc)
        + recall.listed_people(p.doc) + recall.listed_places(p.doc) + recall.events(p.doc, gaz)
        + recall.addresses(p.text) + recall.reporting_outlets(p.doc) + recall.titled_works(p.doc)
        if s >= p.skip and not (label == "ORG" and _unit_of_a_title(p.text, s, e))
    ]
    # "More information: G. Petit et al. Hibernation and Torpor: ...": a citation is written in
    # title case, which the model does not read, but its first author is a person
    cited = [
        _Mention(p.seq, s, e, p.text[s:e], label, ev)
        for p in paras if p.doc is None and p.kind == "body" for s, e, label, ev in recall.cited_authors(p.text)
    ]
    spans = _whole_names(prose, _names_joined_by_and(prose, _resolve_overlaps(_after_kind_acronyms(
        _acronym_spans(prose) + found + tagged + datelines + cited + _site_named_in_title(paras, prose, tagged)
        + _dateline_lines(paras, gaz)
        + [m for p in prose for m in _titled_names(p, lexicon) + _speaking_names(p) + _named_sites(p)]
    )), gaz))
    text_of = {p.seq: p.text for p in prose}
    spans = [m for m in spans if not (m.label in {"ORG", "PERSON"} and m.seq in text_of and _job_title(text_of[m.seq], m.start, m.end))]
    groups = _group(spans)
    things = _named_after_kind(prose, KIND_NOUNS_BEFORE) | _pluralised_acronyms(prose)
    programmes = _programme_names(prose)
    vessels = _named_after_kind(prose, VESSEL_NOUNS)
    competitions = _competitions_played(prose)
    for g in groups:
        g.label = _vote_label(g, gaz)
        if g.aliases & things and not g.evidence & _ACTING and g.label not in PLACE_LABELS:
            g.label = "PRODUCT"  # "the anxiety drug Lexapro" says once what it is, wherever else it is written
        if g.aliases & programmes and not g.evidence & (_ACTING - {"organisation"}) and g.label not in PLACE_LABELS:
            g.label = "PRODUCT"  # "the Today programme": a broadcast's title, even where one "told Today"
        if g.aliases & vessels and not g.evidence & _ACTING:
            g.label = "PRODUCT"  # "the tanker Sea Isle City": a ship, though named like a place
        if g.aliases & competitions and not g.evidence & _ACTING and g.label not in PLACE_LABELS:
            g.label = "EVENT"  # "glory in the Champions League": a competition, wherever else it is written
    _organisations_taken_for_people(groups)
    _works_named_after_works(groups)
    groups = _without_spelt_out_nouns(prose, _without_common_phrases(prose, groups))
    same = _appositions(prose, groups)
    listed = _listed_together(prose, groups)
    if gaz:
        # The article's countries: those it names, and those of the states and nations it names
        # ("Wales": a Westminster beside it is London's), then those of the places it names plainly.
        countries = frozenset(
            p.country for g in groups if g.label in PLACE_LABELS for a in g.aliases if (p := gaz.country(a) or gaz.region(a)) and p.country
        )
        _locate(groups, gaz, countries)
        countries |= {g.place.country for g in groups if g.place}
        _locate(groups, gaz, countries)
        groups += _unnamed_places(prose, groups, gaz, countries)
        _places_taken_for_names(groups, gaz, countries)
        _people_taken_for_places(groups)
        _surnames_taken_for_places(groups)
        _regional_arms(groups, gaz)
    groups = _merge(groups, same, nouns, gaz, listed)
    groups = [g for g in groups if g.label not in WEAK_LABELS and not g.evidence & {"class", "figure"}]
    groups = _without_events_and_texts(groups)
    _propagate(prose, groups, nouns)
    _headline_mentions(paras, groups)
    if gaz:
        groups += _countries_of_the_title(paras, groups, gaz)
    return _records(groups)


# -- spans ---------------------------------------------------------------------------------


_CAPITALISED_WORDS = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}")


def _person_after_dateline_date(p: Para, ent) -> bool:
    """"BOCA RATON, Fla., March 19 - Beryl Sprinkel, chairman of ...": the model's date runs over the
    dateline's dash into the name the sentence opens with, which an apposition shows is a person's."""
    if ent.label_ != "DATE" or not ent.start_char < p.skip < ent.end_char:
        return False
    return bool(_CAPITALISED_WORDS.fullmatch(p.text[p.skip : ent.end_char])) and bool(_PERSON_APPOSITION.match(p.text[ent.end_char : ent.end_char + 80]))


def _ner_spans(
    p: Para,
    nouns: AbstractSet[str],
    gaz: Gazetteer | None,
    lowercase: frozenset[str] = frozenset(),
    lexicon: AbstractSet[str] = frozenset(),
    lone_names: frozenset[str] = frozenset(),
) -> list[_Mention]:
    """The model's entities of a paragraph, cleaned; `lowercase` are words the article writes in lowercase
    and never capitalised mid-sentence; `lexicon` the common nouns, those the article capitalises
    in names too (`nouns` leaves them out); `lone_names` words the model tags elsewhere as a body's
    whole name."""
    out = []
    credit = _PHOTO_CREDIT.search(p.text)
    for ent in recall.spans(p.doc, gaz):
        label = "PERSON" if _person_after_dateline_date(p, ent) else ent.label_
        if label not in ROLE_BY_LABEL:
            continue
        first = _people_name_start(ent) if label == "NORP" else _particle_name_start(ent)
        start, end = clean_span(p.text, first, _particle_name_end(ent) if label == "PERSON" else ent.end_char)
        whole = start  # before any title is cut off
        if label == "ORG" and _POSSESSIVE.search(ent.text) and ent.end < len(p.doc) and p.doc[ent.end].pos_ in {"AUX", "VERB"}:
            end = ent.end_char  # "Lowe's was also lower": the company's name, not a possessive
        if start < p.skip < end:
            start, end = clean_span(p.text, p.skip, end)  # "NAIROBI - Mercy Corps": the dateline is not the name
        titled = False
        if label == "WORK_OF_ART" and _titled_full_name(p.text[start:end]):
            label = "PERSON"  # "General Guven Ergenc": a rank and a full name, no title of a work
        if label in {"PERSON", "ORG"}:
            cut = leading_title_length(p.text[start:end])
            if cut >= end - start and not any(is_person_title(w) for w in p.text[start:end].split()):
                cut = 0  # "UN", "US": qualifiers of a title, but names on their own
            if label == "ORG" and p.text[start + cut : end].split()[:1] and p.text[start + cut : end].split()[0].lower() in _INSTITUTION_WORDS \
                    and not _SECURITIES_AFTER.match(p.text, end):
                cut = 0  # "Interior Ministry": the office is the organisation's name
            if label == "ORG" and (_CORPORATE_SUFFIX.search(name_key(p.text[start:end])) or _rank_before_noun(p.text[start:end], lexicon)):
                cut = 0  # "General Electric Co", "General Mills Inc": a company's legal name is whole
            if p.text[start + cut : end].split()[:1] and p.text[start + cut : end].split()[0] in FUNCTION_WORDS:
                cut = 0  # "Health and Human Services": a name goes on after its first word, no title
            if label == "ORG" and cut and all(is_acronym(w) for w in p.text[start : start + cut].split()) \
                    and p.text[start:end].rsplit(" ", 1)[-1].lower() in recall.NATIONAL_BODY_HEADS:
                cut = 0  # "US District Court", "US Anti-Doping Agency": the country's acronym is part of the name
            if not cut and label == "PERSON" and _job_noun_opening(p.doc.char_span(start, end, alignment_mode="expand"), nouns):
                cut = len(p.text[start:end].split()[0]) + 1  # "Keeper Tony Bullock echoed ...": his job, then his name
            if label == "ORG" and cut and _firm_named_with_its_country(p.text[start:end], cut, gaz, lone_names):
                cut = 0  # "US Sprint", then "Sprint was still paying": the acronym opens the firm's name
            if label == "ORG" and cut and (_country_before_a_noun(p.text[start:end], cut, gaz, lexicon) or _SECURITIES_AFTER.match(p.text, end)):
                # "U.S. Warships", "U.S. Relations": the wire's capitals; the place alone is a name
                label, (start, end), cut = "GPE", clean_span(p.text, start, start + cut), 0
            if label == "ORG" and cut and _kind_after_country(p.text[start:end], cut, gaz):
                cut += len(p.text[start + cut :].split()[0]) + 1  # "the U.K. Firm Cable and Wireless": wire capitals, then the name
            titled = 0 < cut < end - start
            if titled and label == "ORG" and is_person_title(p.text[start : start + cut].split()[-1]):
                label = "PERSON"  # "Chancellor Olaf Scholz" tagged ORG
            start += cut
            if label == "ORG":
                end -= trailing_title_length(p.text[start:end])  # "FEMA Administrator"
                if _field_of_an_office(p.text, start, end, lexicon):
                    continue  # "his [National Security Adviser]", "[National Security] Adviser Ken Brill": no body
            if label == "PERSON":
                end -= _letters_after_name(p.text[start:end])  # "Philippe Sands QC"
            start, end = clean_span(p.text, start, end)
        state_of = label == "ORG" and titled and p.text.startswith("Of ", start) and gaz is not None \
            and bool(gaz.region(p.text[start + 3 : end]) or gaz.country(p.text[start + 3 : end]))
        if state_of:
            label = "GPE"  # "the State Of New Jersey" (a filing's party), "State" cut as a title: the state
        maker = _MAKER.match(p.text, start, end)
        if label in {"ORG", "PERSON"} and maker and (_MODEL_AFTER.match(p.text, end) or _model_number(p.text[start:end])):
            # "Anthropic's Claude 3.5", "Zencoder's Zenflow tool", "OpenAI's GPT-5 Codex": the maker, then its product
            out.append(_Mention(p.seq, start, start + len(maker["maker"]), maker["maker"], "ORG", {"organisation"}))
            start, label = maker.end(), "PRODUCT"
        if label in {"ORG", "FAC", "LOC"}:
            owner = re.match(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?['\u2019]s (?=[A-Z])", p.text[start:end])
            if owner and end - start - owner.end() > 3 and gaz and gaz.lookup(owner.group()[:-3]):
                # "Vietnam\u2019s Communist Party": the party, and Vietnam a place of its own
                out.append(_Mention(p.seq, start, start + owner.end() - 3, owner.group()[:-3], "GPE"))
                start += owner.end()
        elif label == "PERSON" and (owner := _OWNER_OF_PERSON.match(p.text, start, end)):
            # "Acme's Jo Roe", "theCUBE's Jo Roe": the person, and the one she is of (a body, or a place)
            name = owner["owner"]
            out.append(_Mention(p.seq, start, start + len(name), name, "GPE" if gaz and gaz.lookup(name) else "ORG"))
            start = owner.end()
        if label == "ORG" and is_acronym(p.text[start:end]):
            end = _compound_head_end(p.doc, ent, end)
        if label == "ORG" and " " in p.text[start:end] and (part := _COMMITTEE_AFTER.match(p.text, end)):
            end = part.end()  # "a House Agriculture subcommittee": the body's own committee, named by it
        if label in PLACE_LABELS:
            start, end = _one_place_of(p.text, start, end, gaz)
        if label == "ORG" and p.text[start:end].rsplit(" ", 1)[-1].lower() in recall.ORG_HEAD_NOUNS:
            listed = _LISTED_NAME_BEFORE.search(p.text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
            start = listed.start("words") if listed else start  # "the Morphology, Evolution, and Cognition Laboratory"
        text = p.text[start:end]
        if end - start < 2 or not any(ch.isupper() for ch in text):
            continue  # titles only, or a common noun
        if credit and start >= credit.start():
            continue  # "(AP Photo via militant video)"
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _DISEASE.search(text) and " " in text:
            continue  # "Eastern Equine Encephalitis": a disease
        if label in {"ORG", "PERSON", "EVENT"} and _NAMED_TEST.search(text):
            continue  # "the Trier Social Stress Test": a method
        if text.startswith("non-"):
            continue  # "in non-U.S. Markets": everywhere but the place, no name
        if _AWARD_AFTER.match(p.text, end):
            continue  # "the Oscar-nominated film", "a Bafta-winning actor": an award, no one
        if label == "ORG" and _REFERENCE.search(text):
            continue  # "Number FHC/ABJ/03/095/2018": a case number
        if label in {"ORG", "PERSON"} and _unit_of_a_title(p.text, start, end):
            continue  # "vice president, Acme Sales & Operations at Acme Inc."
        if label in {"ORG", "PERSON"} and _job_title(p.text, whole, end):
            continue  # "Chief Product Officer", "a Lecturer in Management at ...": a job, no one's name
        if label == "ORG" and _office_before_holder(p.doc, p.text, start, end):
            continue  # "Commissioner of Food and Drugs Frank E. Young": his office, no body
        if label == "ORG" and (employer := _employer_after_field(p.text, start, end)):
            start, text = employer, p.text[employer:end]  # "Professor of [Management at] Rice University"
        if label != "PERSON" and _part_of_title(p.text, start, end, gaz):
            continue  # "Home" of "Home Secretary", "State" of "Secretary of State": an office, not an actor
        if start < p.skip and (label not in PLACE_LABELS or "(" in p.text[:start] and ")" in p.text[end : p.skip]):
            continue  # the agency of a dateline: "(Reuters)", "(Bloomberg)" whatever the model took it for
        if any(ch.isdigit() for ch in text) and label not in {"ORG", "EVENT", "LAW"} and not _is_street(text):
            continue  # a missile, a model or a date, not a name: "Muqtada 1" (but "6th Avenue" is a place)
        if label == "ORG" and _model_number(text):
            label = "PRODUCT"  # "the Bondi 9", "Espro P7", "Hyundai Ioniq 5 N": a model's number (not "NBC 5", "Radio 4")
        if label in {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"} and _FIGURE_NAME.search(text):
            continue  # "the London Interbank Offered Rates": a figure, no actor and no place
        if label in {"ORG", "NORP", "GPE"} and _CREED.fullmatch(text):
            continue  # "in the name of Islam": a faith, no actor and no place
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _LAW_NAME.search(text):
            label = "LAW"  # "the European Convention on Human Rights", "the Enterprise Act": a text, no actor
        if label == "ORG" and " " in text and _BILL_AFTER.match(p.text, end):
            label = "LAW"  # "Britain's Financial Services bill": the bill's name, no body (not "the Kennedy bill")
        if label == "NORP" and (body := _BODY_AFTER_PEOPLE.match(p.text, end)):
            end, text, label = body.end(), p.text[start : body.end()], "ORG"  # "the Tory party", "the Scottish Executive"
        span = p.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ == "ADV" and span[0].is_sent_start and text.endswith("ly"):
            continue  # "Commonly grown varieties include ...": an adverb opening a sentence
        if label == "ORG" and span is not None and _numbered(span):
            continue  # "737 MAX", "MAX 9": a model number names a product
        if span is not None and _credential(span):
            continue  # "Jane Roe, MD, RDN, said": her degrees, not an organisation or a state
        if label in PLACE_LABELS and span is not None and span[-1].pos_ == "ADJ":
            label = "NORP"  # "Ukrainian officials": a demonym, not a place
        if label == "PERSON" and not titled and _common_noun_at_start(span, nouns) and not (gaz and gaz.lookup(text)):
            continue  # "Debris fell on ...": a capitalised common noun (the lexicon has "Kharkov" too)
        if span is not None and len(span) == 1 and span[0].lower_ in nouns and _LETTER_LABEL_AFTER.match(p.text, end):
            continue  # "in Group C", "the Group E victory": a lettered division, not a name
        if _capitalised_only_at_start(span, lowercase) and not (gaz and gaz.lookup(text)):
            continue  # "Malaria killed ..." in an article that writes "malaria" elsewhere
        site = _SITE_NOUN_AFTER.match(p.text, end)
        evidence = _context_evidence(p, ent, start, end)
        if label == "NORP" and span is not None and _one_member(span):
            evidence = evidence - {"product"} | {"member"}  # a person's party, no thing ("a FitBit")
        if label in PLACE_LABELS and span is not None and gaz and gaz.region(text) and any(
            gaz.region(c.text) for c in span.root.conjuncts if c.i not in range(span.start, span.end)
        ):
            evidence.add("region")  # "Colorado, Washington, Alaska and Oregon": Washington the state
        if site and (label != "PERSON" or " " in text) and not _WHO.match(p.text, site.end()) and not (gaz and gaz.lookup(text)):
            # "Belmarsh prison" is the prison's name; "Baghdad airport" is not Baghdad
            end, text = site.end(), p.text[start : site.end()]
            evidence.add("site")
        m = _Mention(p.seq, start, end, text, label)
        m.evidence |= evidence
        if titled and label == "PERSON":
            m.evidence.add("person")
        if state_of:
            m.evidence.add("place")
        out.append(m)
    return out


# Last words that make a capitalised run after a title an institution: "Justice Department".
_INSTITUTION_WORDS = frozenset(
    """department ministry party office court committee council house administration university school
    police army force forces bank agency service services motors group league union street senate embassy
    treasury""".split()
)


# A rank that is also an adjective, opening the names of bodies and events: "General Electric",
# "the General Assembly", "the General Staff", "the General Election".
_ADJECTIVE_RANKS = frozenset({"General"})


def _rank_before_noun(text: str, nouns: AbstractSet[str]) -> bool:
    """"General Electric", "General Election": such a rank before one common noun names a body or an
    event, no one (a general is named by a surname: "General Petraeus")."""
    words = text.split()
    return len(words) == 2 and words[0] in _ADJECTIVE_RANKS and words[1].lower() in nouns


def _titled_names(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """A name right after a person's title, which the model often leaves untagged: "Judge Ana Ruiz",
    "Sen. Cory Booker". Kept only where no longer span of the model covers it."""
    doc = p.doc
    out = []
    for tok in doc:
        if not (tok.text[:1].isupper() and is_person_title(tok.text)) or tok.idx < p.skip:
            continue
        run = []
        for nxt in doc[tok.i + 1 : tok.i + 1 + T.NAME_RUN_MAX_WORDS]:
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or is_person_title(nxt.text):
                break
            run.append(nxt)
        if not run or any(t.lower_ in _INSTITUTION_WORDS or t.ent_type_ for t in run):
            continue
        if _rank_before_noun(" ".join(t.text for t in [tok, *run]), nouns):
            continue  # "bought by General Electric": a company, no general
        if run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
            continue  # the run goes on past three words: not a name we can bound
        start, end = clean_span(p.text, run[0].idx, run[-1].idx + len(run[-1]))
        if end - start >= 2:
            out.append(_Mention(p.seq, start, end, p.text[start:end], "PERSON", {"person"}))
    return out


# Common nouns after an untagged name that make it a place: "the Albukamal gate", "the Rafah crossing",
# "Delhi's Saket area".
_SITE_AFTER = frozenset({"gate", "crossing", "checkpoint", "airport", "prison", "camp"})
_AREA_AFTER = frozenset({"area", "neighbourhood", "neighborhood", "suburb", "locality"})  # lowercase: not "the Bay Area"


def _named_sites(p: Para) -> list[_Mention]:
    """A capitalised name the model left untagged, right before a site noun: "the Albukamal gate"."""
    doc = p.doc
    out = []
    for tok in tokens(doc).lower(_SITE_AFTER | _AREA_AFTER):
        if not (tok.lower_ in _SITE_AFTER or tok.text in _AREA_AFTER) or tok.i == 0:
            continue
        run: list = []
        i = tok.i - 1
        while i >= 0 and len(run) < T.NAME_RUN_MAX_WORDS and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].ent_type_:
            run.insert(0, doc[i])
            i -= 1
        if not run or i >= 0 and doc[i].text in {"-", "\u2013"}:
            continue  # "Albukamal-Qaim crossing": a pair of places, each found on its own
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        if end - start >= 3 and start >= p.skip:
            if tok.text in SITE_NOUNS:  # "Belmarsh prison" is the prison's name; "the Albukamal gate" is not
                out.append(_Mention(p.seq, start, tok.idx + len(tok), p.text[start : tok.idx + len(tok)], "LOC", {"place", "site"}))
            else:
                out.append(_Mention(p.seq, start, end, p.text[start:end], "LOC", {"place"}))
    return out


def _speaking_names(p: Para) -> list[_Mention]:
    """A two- or three-word proper name that is the subject of a speech verb, which the model left
    untagged: '"...," Will Moyes, chief executive of X, told the BBC'. The model's own spans win."""
    out = []
    # only the subjects of speech verbs and what is apposed to them can pass
    subjects = [c for verb in tokens(p.doc).lemma(SPEECH_VERBS) for c in verb.children if c.dep_ == "nsubj"]
    for tok in sorted({*subjects, *(a for s in subjects for a in s.children if a.dep_ == "appos")}, key=lambda t: t.i):
        speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
        # "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said"
        apposed = tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in SPEECH_VERBS
        if not (speaking or apposed) or tok.pos_ != "PROPN":
            continue
        run = [tok]
        while run[0].i > 0 and p.doc[run[0].i - 1].dep_ == "compound" and p.doc[run[0].i - 1].pos_ == "PROPN":
            run.insert(0, p.doc[run[0].i - 1])
        if not 2 <= len(run) <= T.NAME_RUN_MAX_WORDS or any(
            not t.text[:1].isupper() or t.lower_ in _INSTITUTION_WORDS or t.ent_type_ for t in run
        ):
            continue  # a word the model tagged ("Shi'ite Iran"): its own span stands
        if is_person_title(run[0].text):
            run = run[1:]  # "Officer Dana Price"
        start, end = clean_span(p.text, run[0].idx, run[-1].idx + len(run[-1]))
        if len(run) >= 2 and end - start >= 4:
            out.append(_Mention(p.seq, start, end, p.text[start:end], "PERSON", set()))
    return out


def _particle_name_start(ent) -> int:
    """Where a name starts when the model cut it at a particle: "Rio Grande do [Sul]"."""
    i = particle_name_start(ent.doc, ent.start)
    return ent.doc[i].idx if i != ent.start else ent.start_char


def _people_name_start(ent) -> int:
    """Where a group's name starts when the model tagged only its plural: "the [Social] Democrats",
    "the [Liberal] Democrats'" (a capitalised word mid-sentence that the model tagged as nothing else)."""
    doc, i = ent.doc, ent.start
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.text.isalpha() \
            and not before.ent_type_ and not before.is_sent_start and ent[-1].tag_ == "NNPS":
        return before.idx
    return ent.start_char


def _particle_name_end(ent) -> int:
    """Where a person's name ends when the model cut it after a particle: "Henk Ten [Cate]"."""
    doc, i = ent.doc, ent.end
    if len(ent) > 1 and ent[-1].lower_ in NAME_PARTICLES and i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        return doc[i].idx + len(doc[i])
    return ent.end_char


def _compound_head_end(doc, ent, end: int) -> int:
    """Where an acronym's name ends when the model stopped at it: "[GE] Vernova said" -> "GE Vernova"."""
    if ent.end >= len(doc):
        return end
    nxt = doc[ent.end]
    if (
        nxt.pos_ == "PROPN" and nxt.text.istitle() and nxt.ent_type_ == "" and ent[-1].head.i == nxt.i
        and not is_person_title(nxt.text) and not trailing_title_length(f"{ent.text} {nxt.text}")
        and nxt.text not in recall.EVENT_NOUNS  # "[NBA] Finals": the organiser, then its event
    ):
        return nxt.idx + len(nxt)
    return end


def _capitalised_only_at_start(span, lowercase: frozenset[str]) -> bool:
    """A lone word capitalised because it opens a sentence, that the article elsewhere writes in lowercase."""
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.is_sent_start and tok.text.lower() in lowercase


def _word_cases(prose: list[Para]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the article writes in lowercase and never capitalises mid-sentence; and words it
    capitalises mid-sentence and never writes in lowercase: "Johnson is under fire" opens a
    sentence with a name the lexicon also lists as a noun."""
    lower, capital = set(), set()
    for p in prose:
        for tok in p.doc:
            if tok.is_alpha and len(tok) > 3:
                if tok.text.islower():
                    lower.add(tok.text)
                elif not tok.is_sent_start and tok.text[0].isupper():
                    capital.add(tok.text.lower())
    return frozenset(lower - capital), frozenset(capital - lower)


_S = TypeVar("_S")


class _WordsExcept(AbstractSet[str]):
    """`words` less `dropped`, read through: copying the lemmatizer's 57,000 nouns to drop an
    article's few name words cost about as much as all its recall rules together."""

    def __init__(self, words: AbstractSet[str], dropped: AbstractSet[str]):
        self.words, self.dropped = words, dropped

    def __contains__(self, word: object) -> bool:
        return word in self.words and word not in self.dropped

    def __iter__(self) -> Iterator[str]:
        return (w for w in self.words if w not in self.dropped)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @classmethod
    def _from_iterable(cls, it: Iterable[_S]) -> AbstractSet[_S]:
        return frozenset(it)  # what `-`, `|` and `&` return, as they would for the frozenset this stands for


def _model_number(text: str) -> bool:
    words = text.split()
    return any(
        any(ch.isdigit() for ch in w) and not (is_acronym(before) or before in _NUMBERED_NAME_WORDS)
        for before, w in zip(words, words[1:])
    )


def _numbered(span) -> bool:
    """A model's number right before or after the name ("737 MAX", "MAX 9", "the first iPhones"); an
    ordinal before a body's acronym counts its acts, no model ("a second UN resolution")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].ent_type_ == "ORDINAL" and is_acronym(span.text):
        return span.end < len(doc) and doc[span.end].like_num
    return (span.start > 0 and doc[span.start - 1].like_num) or (span.end < len(doc) and doc[span.end].like_num)


# (Not "city": "Mosul city" is how some copy names the city, a form of its own.)
_SETTLEMENT_NOUNS = frozenset({"village", "hamlet"})


def _one_place_of(text: str, start: int, end: int, gaz: Gazetteer | None) -> tuple[int, int]:
    """A place's span without a small settlement's noun after it ("Palpur village" is Palpur) and, for two
    places sharing their last word ("Central and South America"), the one written whole."""
    words = text[start:end].split()
    if len(words) > 1 and words[-1] in _SETTLEMENT_NOUNS:
        return start, start + len(text[start:end].rsplit(" ", 1)[0])
    if len(words) > 3 and words[1] == "and" and gaz and gaz.lookup(" ".join(words[2:])):
        return end - len(" ".join(words[2:])), end
    return start, end


def _letters_after_name(text: str) -> int:
    """Characters of the letters after a person's name, written without a comma ("Philippe Sands QC",
    "Jo Roe MP"): an honour or an office, no part of the name the surname ends."""
    *name, last = text.split(" ")
    if len(name) < 2 or not is_acronym(last) or len(last) > T.CREDENTIAL_MAX_LETTERS or any(w.isupper() for w in name):
        return 0  # "Jean-Marie LE PEN": a name written in capitals
    return len(last) + 1


def _credential(span) -> bool:
    """An acronym in the comma-separated run after a person's name ("Jane Roe, MD, MPH, said",
    "Roe, CPO, Acme."): a degree, a certification or a job, not a body."""
    if len(span) != 1 or not is_acronym(span.text) or len(span.text) > T.CREDENTIAL_MAX_LETTERS:
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text not in {",", ".", ";", ")"}:
        return False  # "Jane Roe, UN envoy": the acronym qualifies what follows
    i = span.start - 1
    while i >= 2 and doc[i].text == "," and doc[i - 1].ent_type_ != "PERSON" and is_acronym(doc[i - 1].text):
        i -= 2
    return i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON"


# Endings of a noun naming what someone does: "keeper", "hygienist", "editor", "historian".
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent)$")


def _job_noun_opening(span, nouns: AbstractSet[str]) -> bool:
    """A person's span of three words or more opening its sentence with a capitalised noun of what
    someone does ("Keeper Tony Bullock", "Hygienist Andrea Fernandez"): the job, not a given name
    (a two-word name such as "Hunter Biden" is left alone)."""
    if span is None or len(span) < 3 or not span[0].is_sent_start or not span[0].is_title:
        return False
    word = span[0].lower_
    return word in nouns and bool(_AGENT_ENDING.search(word)) and all(t.text[:1].isupper() for t in span[1:])


def _common_noun_at_start(span, nouns: AbstractSet[str]) -> bool:
    """A lone capitalised word opening a sentence that the lexicon knows as a noun, not speaking."""
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    i = tok.i - 1
    while i >= 0 and tok.doc[i].text in {'"', "\u201c", "'", "\u2018"}:
        i -= 1  # '"Strikes will only delay ...': the quote opens a sentence
    if not (tok.is_sent_start or i < 0 or tok.doc[i].text in {".", "!", "?", ":"}):
        return False
    word = tok.lower_
    known = word in nouns or word.endswith("s") and word[:-1] in nouns  # "Strikes will only delay ..."
    return known and tok.head.lemma_.lower() not in SPEECH_VERBS


# "Sir Elton", "Dame Judi": honorifics a given name follows
_GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})


def _context_evidence(p: Para, ent, start: int, end: int) -> set[str]:
    found = set()
    doc = p.doc
    if ent.start > 0 and is_person_title(doc[ent.start - 1].text) and doc[ent.start - 1].text[0].isupper():
        found.add("person")  # "Chancellor Olaf Scholz" with the title left outside the span
    if ent.start > 0 and fold(doc[ent.start - 1].text).rstrip(".") in HONORIFICS - _GIVEN_NAME_HONORIFICS:
        found.add("surname")  # "Mr Howard": a family name, not Howard Flight's given name
    before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.lower_ not in {"the", "a", "an"}]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in PLACE_NOUNS:
        found.add("place")
    after = p.text[end : end + 80]
    if _DIRECTION_OF.match(after) or _PLACE_APPOSITION.match(after):
        found.add("place")
    if start < p.skip:
        found |= {"place", "dateline"}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and (_after_locative(span.root) or _coordinated_with_place(span)):
        found.add("locative")
    if span is not None and span.end < len(doc) and doc[span.end].lower_ in REGION_NOUNS:
        found.add("place")  # "the Haute-Garonne region"
    if span is not None and span.end < len(doc) and doc[span.end].text in SITE_NOUNS and not _WHO.match(after):
        found.add("place")  # "Hoa Lo prison": the site, whatever the model made of its name
    # "in the UK, a lawyer for ... said": after a locative the comma closes an opening phrase, it
    # does not appose a role to the name
    apposed = _PERSON_APPOSITION.match(after) and "locative" not in found and not _verb_after_comma(span)
    if _WHO.match(after) or apposed or _PERSON_ROLE_BEFORE.search(p.text[max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS) : start]):
        found.add("person")
    if span is not None and _is_facility(span):
        found.add("place")  # "Makola Market", "Heathrow Airport": a place, whatever runs it
    if span is not None and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in NEAR_PREPS:
        found.add("near")  # "a plant near Jafurah": a place, though the model took it for a person
    if _TEAM_AFTER.match(after) or _PUBLICATION_AFTER.match(after):
        found.add("organisation")  # "the Tampa Bay Rays baseball team", "New York magazine": named for a place
    if span is not None and _member_named_after(span):
        found.add("employer")  # "Wild coach Bruce Boudreau": the body its member's role is in
    if span is not None and span[-1].tag_ in {"NNS", "NNPS"} and span[-1].pos_ in {"NOUN", "PROPN"}:
        found.add("plural")
    if span is not None and _names_a_product(span):
        found.add("product")
    return found


# Role nouns of a body's members that no title list holds: "Acme boss Jo Roe", "Wild goalie Al Roe".
_MEMBER_NOUNS = frozenset({"boss", "goalie", "chief", "head"})


def _member_named_after(span) -> bool:
    """A name, then up to three lowercase words ending in a member's role, then a person the model
    tagged: "Wild coach Bruce Boudreau", "Wild defenseman Ryan Suter", "Acme election campaign
    coordinator Jo Roe"."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 3 and doc[i].is_alpha and doc[i].text.islower():
        i += 1
    if i == span.end or i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return False
    role = doc[i - 1].lower_
    if doc[i - 1].pos_ != "NOUN":
        return False  # "Palpur village under Godagari": a preposition, though it ends as an agent's noun does
    return is_person_title(role) or role in _MEMBER_NOUNS or role.endswith("man") or bool(_AGENT_ENDING.search(role))


_ONE_OF = frozenset({"a", "an", "another"})


def _one_member(span) -> bool:
    """A people's or a party's singular noun after an indefinite article ("William Schneider, a
    Democrat, says", "she is a Sunni"): one person's affiliation, not the group the plural ("the
    Democrats") and the modifier ("Sunni fighters") name."""
    root = span.root
    return root.tag_ in {"NN", "NNP"} and root.dep_ not in _MODIFIER_DEPS and any(
        c.dep_ == "det" and c.lower_ in _ONE_OF for c in root.children)


def _names_a_product(span) -> bool:
    """A name that modifies a product's noun ("the Acme Watch solution", "the X and Y game systems",
    "a Suboxone strip"), or that something is called ("the solution called X", "call it the X");
    see _names_a_kind for the other ways copy names a thing."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the GURPS and Paranoia ... systems": the list's first name
    head = root.head
    if head.i >= span.end and head.text.islower() and head.lower_ in PRODUCT_NOUNS:
        return True
    if _names_a_kind(span, root):
        return True
    return root.dep_ == "oprd" and head.lemma_ == "call" and (
        head.head.lower_ in PRODUCT_NOUNS or any(c.dep_ == "dobj" and c.lower_ == "it" for c in head.children)
    )


def _named_after_kind(prose: list[Para], kinds: frozenset[str]) -> set[str]:
    """Names written after the noun of their kind: "the anxiety drug Lexapro", "obesity drugs
    Acme Slim and Wegovy", "the genus Xenopus" (each name of a list after the kind)."""
    out: set[str] = set()
    for p in prose:
        for kind in tokens(p.doc).lower(kinds):
            if not kind.text.islower():
                continue
            i, doc = kind.i + 1, p.doc
            while i < len(doc) and doc[i].text[:1].isupper():
                start = i
                while i < len(doc) and (doc[i].text[:1].isupper() or i > start and not doc[i - 1].whitespace_
                                        and (doc[i].text == "-" or doc[i].is_alpha or doc[i].like_num)):
                    i += 1  # "IL-6", "TNF-\u03b1": one name the tokenizer split at its hyphen
                out.add(doc[start:i].text)
                if "-" in doc[start:i].text:
                    out.add(doc[start].text)  # "TNF" of "TNF-\u03b1", as the model may cut it
                if i + 1 < len(doc) and doc[i].lower_ in {"and", "or", ","}:
                    i += 1
    return out


def _programme_names(prose: list[Para]) -> set[str]:
    """Titles of broadcasts: the name right after a programme's noun in the singular (a noun: not
    "polls show Labour ahead"; one: not "the shows Netflix suggests"), and a name but an acronym's
    (a channel: "his BBC One show") between "the" or a possessive and such a noun."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for noun in tokens(doc).lower(PROGRAMME_NOUNS):
            end = noun.i + 1
            if noun.pos_ == "NOUN" and noun.tag_ == "NN":
                while end < len(doc) and doc[end].text[:1].isupper():
                    end += 1
            if end > noun.i + 1:
                out.add(doc[noun.i + 1 : end].text)
            start = noun.i
            while start > 1 and doc[start - 1].text[:1].isupper() and not is_acronym(doc[start - 1].text):
                start -= 1
            if start < noun.i and (doc[start - 1].lower_ == "the" or doc[start - 1].tag_ == "POS"):
                out.add(doc[start : noun.i].text)
    return out


# Last words of a competition's name ("the Champions League", "the Premiership", "League One"), which
# copy also gives the body that runs it ("the Premier League said"), so _competitions_played needs a cue.
_COMPETITION_HEADS = frozenset({"League", "Premiership"})
_COMPETITION_NUMBERS = frozenset({"One", "Two"})
# Lowercase nouns after a competition's name that say it is played: "a Champions League tie", "Premiership
# clubs", "the Premier League title" (not a body's "chief", "spokesman", "rules").
PLAY_NOUNS = frozenset(
    """tie ties game games match matches fixture fixtures title glory contenders clash final season table
    football leaders race spot debut campaign winners champions""".split()
)
# Verbs and prepositions before "the" and a competition's name: "in the Premiership", "won the League".
_PLAYED_IN = frozenset({"in", "win", "wins", "won", "winning"})


def _competitions_played(prose: list[Para]) -> set[str]:
    """Names of a league written as a competition somewhere in the article: after "in the" or "won
    the" ("glory in the Champions League"), after "in" alone ("fourth in League One"), or before a
    noun of play ("Champions League contenders"); a body acting ("the Premier League said") is none."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for head in tokens(doc).where(text=_COMPETITION_HEADS):
            start, end = head.i, head.i + 1
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
                start -= 1
            if end < len(doc) and doc[end].text in _COMPETITION_NUMBERS:
                end += 1
            before = [t.lower_ for t in doc[max(0, start - 2) : start]]
            noun = doc[end - 1].head  # "a Champions League first-leg tie": the noun it qualifies
            played = before[-1:] == ["in"] or before[-1:] == ["the"] and before[:1] and before[0] in _PLAYED_IN
            if played or noun.i >= end and noun.text.islower() and noun.lower_ in PLAY_NOUNS:
                out.add(doc[start:end].text)
    return out


# _PLURAL_ACRONYM standing as a word of its own in running text ("EVs", not "U.S.EVs" nor "EVs-only")
_PLURAL_ACRONYM_WORD = re.compile(rf"(?<![\w.&'\u2019-]){_PLURAL_ACRONYM.pattern}(?![\w'\u2019-])")


def _pluralised_acronyms(prose: list[Para]) -> set[str]:
    """Acronyms the article writes in the plural, and their singular: "EVs" and "EV", "AIs" and "AI"
    name a kind of thing, no one body (a body is never counted)."""
    plural = {m for p in prose for m in _PLURAL_ACRONYM_WORD.findall(p.text)}
    return plural | {w[:-1] for w in plural}


def _names_a_kind(span, first) -> bool:
    """A name written as a thing's, not a body's: a thing one has ("a FitBit is on your list");
    a likeness ("LEGO-like cubes"); before a lowercase noun of a method, an illness or a
    technology ("a Stress Management course", "the COVID-19 pandemic", "Managed MCP servers"; not
    "Acme's course"); what a product's manager is in charge of ("senior product manager of GKE");
    what is launched or unveiled; a vehicle one drives or rides."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    hyphen = span.end + 1 < len(doc) and doc[span.end].text == "-"
    if before is not None and before.lower_ in {"a", "an"} and len(span) == 1 \
            and span.root.dep_ not in _MODIFIER_DEPS and not hyphen:
        return True  # (not "an Acme-based agent")
    if hyphen and doc[span.end + 1].lower_ in _LIKENESS_AFTER_HYPHEN:
        return True
    head = first.head
    if head.i >= span.end and head.text.islower() and head.lower_ in KIND_NOUNS_AFTER and first.dep_ != "poss" and not hyphen:
        return True  # (not "Jo Roe-themed classes": named after her)
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _LAUNCH_VERBS:
        return True
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _VEHICLE_VERBS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in first.children):
        return True  # "driving a red Vauxhall Corsa": a vehicle, one of many (not "drove Jo Roe home")
    i = span.start - 1
    return i >= 2 and doc[i].lower_ in {"of", "for"} and doc[i - 1].lemma_.lower() in PRODUCT_ROLES and doc[i - 2].lower_ == "product"


# "the anxiety drug X", "the genus X": a kind's noun before a thing's name.
KIND_NOUNS_BEFORE = frozenset(
    """drug drugs medication medications medicine medicines supplement supplements genus species protein proteins
    hormone hormones enzyme enzymes gene genes molecule molecules""".split()
)
# A broadcast's nouns, before or after its title: "gadget series Playboyz", "the Today programme".
PROGRAMME_NOUNS = frozenset("programme programmes show shows series sitcom soap documentary serial quiz".split())
# "the tanker Sea Isle City", "the research ship X": a vessel, whose name is often a person's or a place's
# (not "carrier": an airline is one, "the carrier SunExpress").
VESSEL_NOUNS = frozenset("ship ships vessel vessels tanker tankers freighter frigate destroyer warship yacht ferry".split())
# "an X course", "the X pandemic", "X servers": what the name is one of (a method, an illness, a technology).
KIND_NOUNS_AFTER = frozenset(
    """course courses technique techniques workout workouts class classes diet diets pandemic epidemic outbreak
    outbreaks infection infections framework frameworks server servers cluster clusters chip chips""".split()
)
# "product manager of X", "product director for X": the job is a product's.
PRODUCT_ROLES = frozenset({"manager", "director", "lead", "owner", "head", "marketer"})
_LAUNCH_VERBS = frozenset({"launch", "unveil", "introduce", "debut"})
_VEHICLE_VERBS = frozenset({"drive", "ride"})
# "LEGO-like cubes", "LLM-powered agents": a thing's likeness or its power (not "Acme-based": a place's).
_LIKENESS_AFTER_HYPHEN = frozenset({"like", "powered", "driven", "enabled", "generated"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _verb_after_comma(span) -> bool:
    """"EveryDoctor, criticised the minister": the comma ends a phrase and a verb follows; no apposition."""
    doc = span.doc if span is not None else None
    return doc is not None and span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ == "VERB"


def _unit_of_a_title(text: str, start: int, end: int) -> bool:
    """A name between a person's title ("president,", "Manager of") and "at" an employer: the
    business unit the title is of ("General Manager of Life Care Europe at Acme")."""
    before = _TITLE_BEFORE.search(text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
    return bool(before and is_person_title(before["title"]) and _AT_EMPLOYER.match(text, end))


def _job_title(text: str, start: int, end: int) -> bool:
    """A title written whole: opening and closing with a title's words ("Chief Product Officer"),
    or a title and its field before "at" an employer ("Lecturer in Management at Acme")."""
    words = text[start:end].split()
    if len(words) < 2 or not is_title_word(words[0]):
        return False
    return is_person_title(words[-1]) or words[1] in {"in", "of"} and bool(_AT_EMPLOYER.match(text, end))


_BILL_AFTER = re.compile(r" (?:bill|act)(?![\w-])")
_AWARD_AFTER = re.compile(r"-(?:nominated|winning|winner)(?![\w-])")
_COMMITTEE_AFTER = re.compile(r" (?:sub)?committee(?![\w-])")
_OFFICE_OF = re.compile(r"(?P<title>[A-Z][\w.-]*) (?:of|for) [A-Z]")
_LISTED_AFTER = re.compile(r"(?:,? (?:and|&) [A-Z][\w'\u2019-]*)? ")


def _office_before_holder(doc: Doc, text: str, start: int, end: int) -> bool:
    """A person's title and what it is of, right before the name of its holder: "Commissioner of
    Food and Drugs Frank E. Young", "Minister for Europe Jo Roe" (not "Queen of the South", a club)."""
    m = _OFFICE_OF.match(text, start, end)
    if m is None or not is_person_title(m["title"]):
        return False
    after = _LISTED_AFTER.match(text, end)
    holder = doc.char_span(after.end(), after.end() + 1, alignment_mode="expand") if after else None
    return holder is not None and holder[0].ent_type_ == "PERSON" and holder[0].ent_iob_ == "B"


def _employer_after_field(text: str, start: int, end: int) -> int | None:
    """Where the employer starts in a span that runs from a title's field to it: "Professor of
    [Management at Rice University]" is Rice University. Not "University of Texas at Austin"."""
    at = text.find(" at ", start, end)
    before = _TITLE_BEFORE.search(text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
    if at < 0 or not (before and is_person_title(before["title"])):
        return None
    employer = at + 4
    if text.startswith("the ", employer):
        employer += 4
    return employer if text[employer : employer + 1].isupper() else None


def _part_of_title(text: str, start: int, end: int, gaz: Gazetteer | None) -> bool:
    """A one-word name that is a word of a person's title: "Communications Minister", "Secretary of State"
    (not before an honorific: "Speaking in Harrogate Mr Kennedy said")."""
    name = text[start:end]
    if " " in name or is_acronym(name) or gaz and (gaz.country(name) or gaz.region(name) or gaz.lookup(name)):
        return False
    after = text[end:].split(maxsplit=1)
    before = text[:start].split()[-2:]
    title = after[0].strip(",.;:") if after else ""
    return (is_person_title(title) and title[:1].isupper() and fold(title).rstrip(".") not in HONORIFICS) or (
        len(before) == 2 and before[1] == "of" and is_person_title(before[0]) and before[0][:1].isupper()
    )


def _country_acronyms(text: str, gaz: Gazetteer | None) -> bool:
    """Words that are all countries' acronyms ("U.S.", "US UK"), the wire's qualifier before a name."""
    return bool(gaz) and all(is_acronym(w) and gaz.country(w) for w in text.split())


def _firm_named_with_its_country(text: str, cut: int, gaz: Gazetteer | None, lone_names: frozenset[str]) -> bool:
    """A country's acronym, then one word the article also names a body by on its own, no office or
    institution ("US Sprint" beside "Sprint was still paying"; not "U.S. Treasury"): the acronym is
    the first word of the firm's name, and cutting it leaves a short form that any other "... Sprint"
    of the article would take."""
    rest = text[cut:].split()
    if len(rest) != 1 or not _country_acronyms(text[:cut], gaz):
        return False
    word = rest[0].lower().removesuffix("'s").removesuffix("’s")
    return word in lone_names and word not in recall.NATIONAL_BODY_HEADS | _INSTITUTION_WORDS


# Lowercase nouns of securities after a country's acronym and a body's word: "U.S. Treasury yields", "UK
# Treasury bills" name a kind of bond, no body.
_SECURITIES_AFTER = re.compile(r"\s+(?:yields?|bonds?|notes|bills|securities|issues|futures|prices)\b")


def _country_before_a_noun(text: str, cut: int, gaz: Gazetteer | None, lexicon: AbstractSet[str]) -> bool:
    """A country's acronym, then one common noun the copy capitalised ("U.S. Warships destroyed the
    platform", "better for U.S. Relations with the Gulf states"): the place and a common noun, no body
    (a body's head noun makes one: "U.S. Embassy", "U.S. Navy")."""
    rest = text[cut:].split()
    if len(rest) != 1 or not _country_acronyms(text[:cut], gaz):
        return False
    noun = rest[0].lower()
    if noun in recall.NATIONAL_BODY_HEADS | _INSTITUTION_WORDS:
        return False
    return noun in lexicon or noun.endswith("s") and noun[:-1] in lexicon


def _kind_after_country(text: str, cut: int, gaz: Gazetteer | None) -> bool:
    """A country's acronym, then the kind of body the name is ("U.K. Firm Cable and Wireless",
    "U.S. Company Acme"): wire copy's capitals on a common noun before the body's own name."""
    rest = text[cut:].split()
    if len(rest) < 2 or not _country_acronyms(text[:cut], gaz):
        return False
    return rest[0].istitle() and rest[0].lower() in recall.ORGANISATION_KINDS and rest[1][:1].isupper()


def _field_of_an_office(text: str, start: int, end: int, lexicon: AbstractSet[str]) -> bool:
    """Common words before a person's title, which the model took for a body: the field the office
    is of ("National Security" of "National Security Adviser"), where a body's name has a name's
    word ("FEMA Administrator", "Acme News Finance Minister") or ends with a body's head noun ("Home
    Office Minister")."""
    words = text[start:end].split()
    after = text[end:].split(maxsplit=1)
    titled = bool(after) and after[0][:1].isupper() and is_person_title(after[0].strip(",.;:"))
    if not titled or not words or words[-1].lower() in recall.ORG_HEAD_NOUNS | _INSTITUTION_WORDS:
        return False  # "Home Office Minister", "Central Intelligence Agency Director": a body's head noun
    return all(w.istitle() and w.lower() in lexicon for w in words)  # not an acronym: "FCC Chairwoman"


def _is_street(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) is not None and words[-1].lower() in FACILITY_NOUNS


def _is_facility(span) -> bool:
    if len(span) > 1 and span[0].lower_ in _PLACE_FIRST_WORDS and span[0].text[0].isupper():
        return True
    return len(span) > 1 and span[-1].lower_ in FACILITY_NOUNS and span[-1].text[0].isupper()


def _after_locative(root) -> bool:
    """'in Kiev', and 'in London and Manchester' for Manchester too."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _coordinated_with_place(span) -> bool:
    """'London and Manchester': a name joined to a place by 'and'/'or' is one too (for the gazetteer to confirm)."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ in {"and", "or"} and doc[span.start - 2].ent_type_ in {"GPE", "LOC"}
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"} and doc[span.end + 1].ent_type_ in {"GPE", "LOC"}
    return bool(before or after)


def _acronym_spans(prose: list[Para]) -> list[_Mention]:
    """'Long Name (LN)': the long name, its variants ('of' for 'in') and the acronym, as one family."""
    out: list[_Mention] = []
    seen: dict[str, int] = {}
    for p in prose:
        for m in _ACRONYM_DEF.finditer(p.text):
            acr = m.group(1)
            if acr in seen or sum(ch.isupper() for ch in acr) < 2 or m.start() < p.skip:
                continue  # "LOS ANGELES (AP) -": a dateline's agency spells no place
            long_span = _long_form(p.text, m.start(), acr)
            if long_span is None:
                continue
            family = seen[acr] = len(seen)
            # "Intensive Care Units (ICUs)": a plural acronym names a kind of thing, no one body; "the
            # Public Sector Borrowing Requirement (PSBR)" a figure, and the acronym with it
            plural = bool(_PLURAL_ACRONYM.fullmatch(acr))
            # "Internet service provider (ISP)": a long form ending in a lowercase noun is a common
            # noun's, a kind of thing too, however its first word is written
            kind = {"class"} if plural or _WORD.findall(p.text[long_span[0] : long_span[1]])[-1].islower() else set()
            if _FIGURE_NAME.search(p.text[long_span[0] : long_span[1]]):
                kind.add("figure")
            short = rf"{acr[:-1]}s?" if plural else acr  # "ICUs" and "the ICU level"
            content = [w for w in _WORD.findall(p.text[long_span[0] : long_span[1]]) if w.casefold() not in FUNCTION_WORDS]
            glue = r"\s+(?:(?:" + "|".join(sorted(FUNCTION_WORDS - {"&"})) + r")\s+)*"
            pattern = re.compile(r"(?<!\w)" + glue.join(map(re.escape, content)) + r"(?!\w)")
            for q in prose:
                for hit in pattern.finditer(q.text):
                    ev = {"acronym", "defined"} if (q.seq, hit.start()) == (p.seq, long_span[0]) else {"acronym"}
                    out.append(_Mention(q.seq, hit.start(), hit.end(), hit.group(), "", ev | kind, family))
                for hit in re.finditer(rf"(?<![\w-]){short}(?![\w-])", q.text):
                    out.append(_Mention(q.seq, hit.start(), hit.end(), hit.group(), "", {"acronym"} | kind, family))
    return out


def _after_kind_acronyms(spans: list[_Mention]) -> list[_Mention]:
    """"ISP Freedom2surf", where the article spells ISP out as a kind ("Internet service provider
    (ISP)"): the name after the kind's acronym, which the model ran the two into."""
    kinds = {m.text for m in spans if "class" in m.evidence and is_acronym(m.text)}
    out = []
    for m in spans:
        first, _, rest = m.text.partition(" ")
        if kinds and first in kinds and rest[:1].isupper() and m.family is None and m.label == "ORG":
            m = _Mention(m.seq, m.start + len(first) + 1, m.end, rest, m.label, set(m.evidence))
        out.append(m)
    return out


def _long_form(text: str, paren: int, acr: str) -> tuple[int, int] | None:
    """The name an acronym stands for: the words whose initials spell it, else - for an acronym
    from another language ("JNIM") - the run of capitalised words right before the parenthesis."""
    ws = list(_WORD.finditer(text, max(0, paren - T.ACRONYM_LOOKBACK_CHARS), paren))
    if not ws or text[ws[-1].end() : paren].strip():
        return None  # "(AP)" after a comma or a date defines nothing
    acr = acr.upper()
    for i in reversed(range(max(0, len(ws) - T.ACRONYM_LOOKBACK_WORDS), len(ws))):
        if ws[i].group()[0].isupper():
            candidate = text[ws[i].start() : ws[-1].end()]
            if acr in {initials(candidate), initials(candidate, skip_function_words=False)}:
                return ws[i].start(), ws[-1].end()
    start = None
    for i in reversed(range(max(0, len(ws) - T.ACRONYM_FOREIGN_RUN_MAX_WORDS), len(ws))):
        if i + 1 < len(ws) and text[ws[i].end() : ws[i + 1].start()].strip():
            break  # punctuation: the name ended
        word = ws[i].group()
        if word[0].isupper():
            start = i
        elif word.casefold() not in FUNCTION_WORDS:
            break
    if start is None or sum(w.group()[0].isupper() for w in ws[start:]) < 2:
        return None
    return ws[start].start(), ws[-1].end()


def _resolve_overlaps(spans: list[_Mention]) -> list[_Mention]:
    """Acronym families first, then longer spans; a span overlapping a kept one is dropped."""
    kept: list[_Mention] = []
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in sorted(spans, key=lambda m: (m.family is None, -(m.end - m.start), m.seq, m.start)):
        if any(m.start < e and s < m.end for s, e in taken.get(m.seq, [])):
            continue
        taken.setdefault(m.seq, []).append((m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: (m.seq, m.start))


_TITLE_SITE = re.compile(r"\s[-|\u2013\u2014]\s(?P<site>[A-Z][\w.&'\u2019]*(?: [A-Z][\w.&'\u2019]*){0,3})\s*$")


def _split_at_named_person(m: _Mention, people: frozenset[str]) -> list[_Mention]:
    """A span the model ran over a comma into a person's name ("at the Acme Center, Roe is ...",
    one "facility"): the name before the comma, and the person after it, whom the article names
    elsewhere. A person's own span ("Roe, Jo") and a place's ("Paris, Texas") stay whole. Also a
    span the model ran from such a person over "to" into a body ("Henry to Arsenal")."""
    head, sep, tail = m.text.partition(" to ")
    if sep and m.label != "PERSON" and head in people and " " not in head and tail[:1].isupper():
        # "about [Henry to Arsenal] team-mate Reyes": a person, then a body, the preposition between
        return [_Mention(m.seq, m.start, m.start + len(head), head, "PERSON"),
                _Mention(m.seq, m.start + len(head) + len(sep), m.end, tail, m.label, set(m.evidence))]
    head, sep, tail = m.text.rpartition(", ")
    if not sep or m.label == "PERSON" or " " in tail or tail not in people or head.split()[-1] in people:
        return [m]
    cut = m.start + len(head)
    return [_Mention(m.seq, m.start, cut, head, m.label, set(m.evidence)),
            _Mention(m.seq, cut + len(sep), m.end, tail, "PERSON")]


def _split_at_role_noun(m: _Mention, doc: Doc, gaz: Gazetteer | None) -> list[_Mention]:
    """A span the model ran from a body over the lowercase role its person holds there into the
    person ("Balco boss Victor Conte", "Acme founder Jo Roe", "Labour leader Tony Blair"): the body
    and the person are two names, never one. A lowercase noun inside a name is no part of a
    person's name, and a body's name writes none between capitals ("Doctors without Borders"
    has a preposition)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None or m.label not in {"PERSON", "ORG"}:
        return [m]
    words = list(span)
    lower = [k for k, t in enumerate(words) if t.text[:1].islower()]
    if not lower or lower[-1] - lower[0] + 1 != len(lower) or words[lower[-1]].pos_ != "NOUN":
        return [m]
    head, tail = words[: lower[0]], words[lower[-1] + 1 :]
    if not head or not tail or any(not t.text[:1].isupper() for t in head + tail):
        return [m]
    if any(t.lower_ in FUNCTION_WORDS | NAME_PARTICLES for t in words[lower[0] : lower[-1] + 1]):
        return [m]
    h_start, h_end = head[0].idx, head[-1].idx + len(head[-1])
    t_start, t_end = tail[0].idx, tail[-1].idx + len(tail[-1])
    body, person = doc.text[h_start:h_end], doc.text[t_start:t_end]
    place = bool(gaz and gaz.lookup(body))
    return [_Mention(m.seq, h_start, h_end, body, "GPE" if place else "ORG", set() if place else {"organisation"}),
            _Mention(m.seq, t_start, t_end, person, "PERSON", {"person"})]


def _split_at_job_title(m: _Mention) -> list[_Mention]:
    """A span the model ran from a body over a capitalised job into the person holding it ("Waseda
    University Political Science Professor Mitsuru Uchida"): the body, to its head noun, and the
    person, after the title, two names of their own; the job between is neither."""
    if m.label not in {"PERSON", "ORG", "WORK_OF_ART"}:
        return [m]  # (the model reads such a run as a work's title too)
    words = list(re.finditer(r"\S+", m.text))
    title = max((k for k, w in enumerate(words[:-2]) if is_person_title(w.group())), default=None)
    if title is None or not all(w.group()[:1].isupper() and w.group().isalpha() for w in words[title + 1 :]):
        return [m]
    body_end = max((k for k in range(1, title) if words[k].group().lower() in recall.ORG_HEAD_NOUNS), default=None)
    if body_end is None:
        return [m]  # no body's name before the job: "Acting Deputy Minister Jo Roe" is the title rule's
    cut, name = m.start + words[body_end].end(), m.start + words[title + 1].start()
    return [_Mention(m.seq, m.start, cut, m.text[: words[body_end].end()], "ORG", {"organisation"}),
            _Mention(m.seq, name, m.end, m.text[words[title + 1].start() :], "PERSON", {"person"})]


def _titled_full_name(text: str) -> bool:
    """A person's title, then a name of two words or more: "General Guven Ergenc" (not a body named
    after one, "Prince Charles Foundation")."""
    cut = leading_title_length(text)
    rest = text[cut:].split()
    return 0 < cut and is_person_title(text[:cut].split()[-1]) and len(rest) >= 2 \
        and all(w[:1].isupper() and w.isalpha() for w in rest) and rest[-1].lower() not in recall.ORG_HEAD_NOUNS


def _transcript_labels(prose: list[Para], gaz: Gazetteer | None) -> list[tuple[_Mention, int]]:
    """The people a transcript's turns are labelled with (transcript.py reads the labels, for the
    quotes stage too), each with where its label ends (the role after the name, "HOST", is no one):
    "ROSIE CURTS: ..." is Rosie Curts, whom the body also names; a dateline ("NEW DELHI: ...", a
    known place) is no turn."""
    labels = transcript_labels(prose, lambda name: bool(gaz and gaz.lookup(name)))
    return [(_Mention(label.seq, label.start, label.end, label.name, "PERSON", {"person"}), label.turn) for label in labels]


def _site_named_in_title(paras: list[Para], prose: list[Para], tagged: list[_Mention]) -> list[_Mention]:
    """"... For Rs 300? - News Nation": the site a title names after its dash or bar is an
    organisation where the body writes it ("News Nation tried to find out"); never a person the
    body names (a title may end with its writer)."""
    title = next((p for p in paras if p.kind == "title"), None)
    m = _TITLE_SITE.search(title.text) if title else None
    if m is None or any(t.label == "PERSON" and t.text == m["site"] for t in tagged):
        return []
    site = m["site"]
    return [
        _Mention(p.seq, start, end, site, "ORG", {"organisation"})
        for p in prose for start, end in _whole_name_hits(p.text, site) if start >= p.skip
    ]


# "BAAR, SWITZERLAND": a release's dateline on a line of its own.
_DATELINE_LINE = re.compile(r"\s*(?P<place>[A-Z][\w.'\u2019\- ]{1,40}?),\s+(?P<country>[A-Z][\w.'\u2019\- ]{1,40}?)\s*")


def _dateline_lines(paras: list[Para], gaz: Gazetteer | None) -> list[_Mention]:
    """A line under the title that is only a place and its country or state ("BAAR, SWITZERLAND",
    "Austin, Texas"): both are places, though the line is not read as prose."""
    out = []
    for p in paras:
        m = _DATELINE_LINE.fullmatch(p.text) if p.doc is None and p.kind != "title" else None
        if m and gaz and (gaz.country(m["country"]) or gaz.region(m["country"])):
            out += [_Mention(p.seq, m.start(g), m.end(g), m[g], "GPE", {"place", "dateline"}) for g in ("place", "country")]
    return out


_WORD_AND_BEFORE = re.compile(r"(?<![\w.&'\u2019-])(?P<word>[A-Z][\w'\u2019-]*) (?:and|&) $")


def _legal_form(word: str) -> bool:
    """ "Inc", "Corp.", "PLC": a firm's legal form, which ends a firm's name (never opens one)."""
    return word.lower().rstrip(".") in LEGAL_FORMS


def _names_joined_by_and(prose: list[Para], spans: list[_Mention], gaz: Gazetteer | None) -> list[_Mention]:
    """A body's or a firm's name with "and" in it, which the model cut there: "[Merck] and [Co
    Inc]", "[Cable] and [Wireless Plc]", "Post and [Telecommunications Ministry]". The name after
    "and" ends with a legal form or an institution's noun, and the one word before "and" is written
    nowhere else in the article but there: no name of its own ("Google and Apple Inc", where the
    article names Google alone too, stay two)."""
    text_of = {p.seq: p.text for p in prose}
    by_seq: dict[int, list[_Mention]] = {}
    for m in spans:
        by_seq.setdefault(m.seq, []).append(m)
    joined: list[_Mention] = []
    dropped: set[int] = set()
    for seq, ms in by_seq.items():
        text = text_of.get(seq)
        if text is None:
            continue
        for b in ms:
            words = b.text.split()
            if b.label != "ORG" or len(words) > 3 or not (_legal_form(words[-1]) or words[-1].lower() in _INSTITUTION_WORDS | recall.ORG_HEAD_NOUNS):
                continue
            before = _WORD_AND_BEFORE.search(text, 0, b.start)
            if before is None or gaz and gaz.lookup(before["word"]) or _legal_form(before["word"]):
                continue
            if any(is_acronym(w) for w in [before["word"], *words[:-1]]):
                continue  # "SBI and ICICI Bank": an acronym is a name of its own
            a_start = before.start("word")
            covering = [m for m in ms if m.start < before.end("word") and a_start < m.end]
            if any(m.start != a_start or m.end != before.end("word") or m.label != "ORG" for m in covering):
                continue  # a person's or a place's name, or part of a longer one: "Jo Roe and Acme Inc"
            alone = sum(len(list(_whole_name_hits(p.text, before["word"]))) for p in prose)
            with_b = sum(len(re.findall(rf"(?<![\w-]){re.escape(before['word'])} (?:and|&) {re.escape(words[0])}(?![\w-])", p.text)) for p in prose)
            if alone != with_b:
                continue
            dropped |= {id(m) for m in covering} | {id(b)}
            joined.append(_Mention(seq, a_start, b.end, text[a_start : b.end], "ORG", b.evidence | {"organisation"}))
    if not joined:
        return spans
    return sorted([m for m in spans if id(m) not in dropped] + joined, key=lambda m: (m.seq, m.start))


# "Cable and Wireless Plc", "Procter and Gamble Co": a firm named by two names, with its firm's noun
_FIRM_SUFFIX = r"(?:" + "|".join(sorted({w.capitalize() for w in LEGAL_FORMS} | {w.upper() for w in LEGAL_FORMS})) + r")\b\.?"
_FIRM_OF_TWO_NAMES = re.compile(rf"(?<![\w-])([A-Z][a-z]+ (?:and|&) [A-Z][a-z]+) {_FIRM_SUFFIX}")


def _firms_of_two_names(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """A firm the article names once with its firm's noun ("Cable and Wireless Plc") is one name
    wherever it is written, with or without the noun, where the model tagged its names apart, as
    whatever it took them for ("Cable", "Wireless Plc"; "Rope" a place, "Anchor" a person)."""
    # "GTE Corp and Contel Inc": a name that opens with a legal form is two firms' names
    names = {m[1] for p in prose for m in _FIRM_OF_TWO_NAMES.finditer(p.text) if not _legal_form(m[1].split()[0])}
    if not names:
        return spans
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + rf")(?: {_FIRM_SUFFIX})?(?![\w-])")
    dropped: set[int] = set()
    added = []
    for p in prose:
        for hit in pattern.finditer(p.text):
            inside = [m for m in spans if m.seq == p.seq and m.start < hit.end() and hit.start() < m.end]
            end = hit.end() - hit.group().endswith(".")  # a span keeps no final period
            if inside and not any(m.start <= hit.start() and end <= m.end for m in inside):  # "Pacific Gas & Electric Co."
                dropped |= {id(m) for m in inside}
                added.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), "ORG", {"organisation"}))
    return [m for m in spans if id(m) not in dropped] + added


def _whole_names(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """One name, one span: where the article's name of several words ("Customs and Border
    Protection") is written again but split into shorter spans there ("Customs", "Border
    Protection"), the whole name replaces its pieces."""
    spans = _firms_of_two_names(prose, spans)
    whole = {m.text: m for m in spans if " " in m.text and m.label in ROLE_BY_LABEL and m.label not in WEAK_LABELS}
    if not whole:
        return spans
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True))) + r")(?![\w-])")
    by_seq: dict[int, list[_Mention]] = {}
    for m in spans:
        by_seq.setdefault(m.seq, []).append(m)
    dropped: set[int] = set()
    added: list[_Mention] = []
    for p in prose:
        for hit in pattern.finditer(p.text):
            inside = [m for m in by_seq.get(p.seq, []) if m.start < hit.end() and hit.start() < m.end]
            if not inside or any(m.start < hit.start() or m.end > hit.end() or m.text == hit.group() for m in inside):
                continue  # untagged (propagation finds it), tagged whole, or part of a longer span
            source = whole[hit.group()]
            dropped |= {id(m) for m in inside}
            added.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), source.label, source.evidence - {"defined"}, source.family))
    if not added:
        return spans
    return sorted([m for m in spans if id(m) not in dropped] + added, key=lambda m: (m.seq, m.start))


# -- groups --------------------------------------------------------------------------------


def _group_key(m: _Mention) -> str | tuple[str, str]:
    key = name_key(m.text)
    if "member" in m.evidence:
        return ("member", key)  # "Schneider, a Democrat": his party's member, not "the Democrats"
    if "site" in m.evidence:
        key = key.rsplit(" ", 1)[0]  # "Belmarsh prison" and "Belmarsh" are one place
    if m.label == "ORG":
        key = _CORPORATE_SUFFIX.sub("", key) or key  # "Boeing Co" is Boeing
    if key.startswith("of ") and "place" in m.evidence:
        key = key[3:]  # "the State Of New Jersey", its title cut: the state
    if m.label == "NORP" and len(key) > 4 and _plural_word(key):  # "Enceladus" is no plural
        key = key[:-1]  # "Sunnis" and "Sunni" are one group of people
    return key


def _group(spans: list[_Mention]) -> list[_Group]:
    by_key: dict[tuple, _Group] = {}
    for m in spans:
        key = ("family", m.family) if m.family is not None else _group_key(m)
        by_key.setdefault(key, _Group([])).mentions.append(m)
    return list(by_key.values())


# Evidence that a name is an actor or a place, which a product's reading never overrides.
_ACTING = frozenset({"person", "place", "organisation", "acronym", "dateline", "site"})


def _vote_label(g: _Group, gaz: Gazetteer | None) -> str:
    evidence = g.evidence
    if 2 * sum("product" in m.evidence for m in g.mentions) > len(g.mentions) and not evidence & _ACTING \
            and not (gaz and any(gaz.country(a) or gaz.region(a) for a in g.aliases)):
        return "PRODUCT"  # named mostly as a product: "the Acme Watch solution", "a Suboxone strip" (not "the US system")
    if "work" in evidence and not evidence & _ACTING and not any(m.label == "PERSON" for m in g.mentions):
        return "WORK_OF_ART"  # "his first novel, Web of Angels": a title wherever it is written (not "the book Jo Roe wrote")
    counts = Counter(m.label for m in g.mentions if m.label)
    if "acronym" in evidence:
        long_name = max(g.aliases, key=len)
        if _LAW_NAME.search(long_name):
            return "LAW"  # "the Multi-Fibre Agreement (MFA)": a text, and its acronym with it
        return "GPE" if gaz and gaz.country(long_name) else "ORG"
    if "organisation" in evidence and "place" not in evidence or any(_CLUB.search(a) for a in g.aliases):
        return "ORG"
    if "employer" in evidence and not evidence & {"place", "person"} and 2 * sum(counts[lab] for lab in PLACE_LABELS | {"ORG"}) > counts.total() \
            and not (gaz and any(gaz.lookup(a) for a in g.aliases)):
        return "ORG"  # "the Wild" beside "Wild coach Bruce Boudreau": a team, though named like a place (not "London mayor")
    if "place" in evidence:
        return next((lab for lab, _ in counts.most_common() if lab in PLACE_LABELS), "GPE")
    if "person" in evidence:
        return "PERSON"
    if "near" in evidence and all(m.label == "PERSON" and "near" in m.evidence for m in g.mentions):
        return "LOC"  # every mention is "near X": a place the gazetteer may not know
    strong = Counter({lab: n for lab, n in counts.items() if lab not in WEAK_LABELS}) or counts
    label = max(strong, key=lambda lab: (strong[lab], -_LABEL_PRIORITY.index(lab)))
    if label in {"ORG", "NORP", "LOC"} and gaz and any(gaz.country(a) or gaz.region(a) for a in g.aliases):
        return "GPE"  # "Belarus said ...": a country acting is still a country; a state is a place
    if label == "PERSON" and gaz and any((len(a.split()) > 1 or is_acronym(a)) and gaz.country(a) for a in g.aliases):
        return "GPE"  # "Burkina Faso", "UK" (a lone "Chad" or "Jordan" may be a person)
    if label in PLACE_LABELS | {"NORP"} and all(is_acronym(a) or _MIXED_ACRONYM.fullmatch(a) for a in g.aliases):
        if not (gaz and any(gaz.country(a) for a in g.aliases)):
            return "ORG"  # an acronym no gazetteer knows is an organisation acting, not a place
    return label


def _by_preference(g: _Group) -> list[str]:
    """Aliases, the fullest first: more words, then longer, then more frequent, then the defining one."""
    counts = Counter(m.text for m in g.mentions if "headline" not in m.evidence)
    defined = {m.text for m in g.mentions if "defined" in m.evidence}
    given = {m.text for m in g.mentions if "given" in m.evidence}  # "(Jon Dahl) Tomasson": half a name
    generic = re.compile(r"\s+(?:city|town|province|governorate|district|region)$", re.IGNORECASE)
    plain = {a for a in counts if not (generic.search(a) and generic.sub("", a) in counts)}
    return sorted(
        counts, key=lambda a: (a not in given, a in plain, len(a.split()), len(a), counts[a], a in defined), reverse=True
    )


def _locate(groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> None:
    for g in groups:
        if g.label in PLACE_LABELS:
            region = "region" in g.evidence and next((p for a in _by_preference(g) if (p := gaz.region(a))), None)
            region = region or "state tag" in g.evidence and next((p for a in _by_preference(g) if (p := gaz.tagged_state(a))), None)
            g.place = region or next((p for a in _by_preference(g) if (p := gaz.lookup(a, countries))), None)


def _unnamed_places(prose: list[Para], groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> list[_Group]:
    """Capitalised words after 'in', 'near', ... that the model left untagged and the gazetteer
    places in the article's countries: "In Kharkiv, the mayor said"."""
    taken = {(m.seq, i) for g in groups for m in g.mentions for i in range(m.start, m.end)}
    found: dict[int, _Group] = {}
    for p in prose:
        for tok in p.doc:
            if tok.pos_ == "PROPN" and (p.seq, tok.idx) not in taken:
                country = _country_at(p, tok, gaz, taken)
                if country:
                    start, end, place = country
                    g = found.setdefault(place.geonameid, _Group([], "GPE", place))
                    g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], "GPE", set()))
                    taken.update((p.seq, i) for i in range(start, end))
                    continue
            if tok.lower_ not in LOCATIVE_PREPS or tok.i + 1 >= len(p.doc):
                continue
            run = []
            for nxt in p.doc[tok.i + 1 : tok.i + 1 + T.NAME_RUN_MAX_WORDS]:
                if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or (p.seq, nxt.idx) in taken or nxt.ent_type_ == "DATE" and nxt.lower_ in _MONTHS:
                    break  # (not "in March": a month, though a town is named so; but "at [Kyiv overnight]")
                run.append(nxt)
            if not run or run[-1].i + 1 < len(p.doc) and p.doc[run[-1].i + 1].pos_ in {"PROPN", "NOUN"}:
                continue  # "in Sunni areas": a modifier, not a place
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            place = gaz.lookup(p.text[start:end], countries)
            if place is None or place.kind != "city" or place.country not in countries and not _big_city(gaz, p.text[start:end]):
                continue
            g = found.setdefault(place.geonameid, _Group([], "GPE", place))
            g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], "GPE", {"locative"}))
    return list(found.values())


def _big_city(gaz: Gazetteer, name: str) -> bool:
    """A city the gazetteer places without the article's countries, being large ("the club in
    Manchester" in a story that names no country of it); a small town is read only in them."""
    place = gaz.lookup(name)
    return place is not None and place.kind == "city"


def _country_at(p: Para, tok, gaz: Gazetteer, taken) -> tuple[int, int, Place] | None:
    """A country name the model left untagged ("Neighbouring Niger and Burkina Faso")."""
    for length in (3, 2, 1):
        run = p.doc[tok.i : tok.i + length]
        if len(run) < length or any(t.pos_ != "PROPN" or (p.seq, t.idx) in taken for t in run):
            continue
        if length == 1 and run.end < len(p.doc) and p.doc[run.end].pos_ == "PROPN":
            continue  # "Chad Smith": a person
        place = gaz.country(run.text)
        if place:
            return run.start_char, run.end_char, place
    return None


def _places_taken_for_names(groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> None:
    """A 'person' or 'nationality' the gazetteer places in the article's countries is a place when
    it follows a locative preposition ("a shelter in Kiev") or names a place the article already
    has under another spelling ("al-Fashir" beside "El Fasher").

    Never a surname of a person in the article, nor a word of a longer place name: "Sadr" beside
    "Sadr City" is the cleric the district is named after.
    """
    surnames = {surname_key(a) for g in groups if g.label == "PERSON" for a in g.aliases if len(a.split()) > 1}
    places = [g for g in groups if g.label in PLACE_LABELS]
    place_names = {name_key(a) for g in places for a in g.aliases}
    known = {g.place.geonameid for g in places if g.place}
    for g in groups:
        if g.label not in {"PERSON", "NORP", "ORG"} or g.evidence & {"person", "plural", "acronym"}:
            continue
        if any(bare_key(a) in surnames for a in g.aliases):
            continue
        # the substring test first: a pattern compiled per alias and place name thrashes re's cache
        if any(bare_key(a) in other and bare_key(a) != other and re.search(rf"(?<!\w){re.escape(bare_key(a))}(?!\w)", other)
               for a in g.aliases for other in place_names):
            continue
        place = next((p for a in _by_preference(g) if (p := gaz.lookup(a, countries)) and p.country in countries), None)
        if place and g.label == "ORG" and name_key(place.name) not in {name_key(a) for a in g.aliases}:
            continue  # an organisation becomes a place only under the place's own name ("in Bamako")
        if place and (place.geonameid in known or "locative" in g.evidence):
            g.label, g.place = "GPE", place


# Evidence that the copy itself writes a name as a place ("in X", "X province", "near X"): no rule
# that turns a place back into a person overrides it.
_WRITTEN_AS_A_PLACE = frozenset({"place", "locative", "region", "site", "near"})


def _people_taken_for_places(groups: list[_Group]) -> None:
    """A "place" of two or three words that no gazetteer knows, whose last word the article names
    an actor by alone ("with Rajon Rondo" beside "Rondo had eight points"): a person."""
    lone = {name_key(a) for g in groups if g.label in {"PERSON", "ORG"} for a in g.aliases if " " not in a}
    for g in groups:
        if g.label not in PLACE_LABELS or g.place or g.evidence & _WRITTEN_AS_A_PLACE:
            continue
        if all(2 <= len(a.split()) <= 3 and all(w[:1].isupper() for w in a.split()) and name_key(a.split()[-1]) in lone
               for a in g.aliases):
            g.label = "PERSON"


def _surnames_taken_for_places(groups: list[_Group]) -> None:
    """A lone word the gazetteer placed in a country the article names nowhere else, which is the
    surname of one person it names in full ("said Minga" beside "Joseph Minga"): that person.
    A place the copy writes as one ("in X", a dateline, "X province") stays a place."""
    surnames = Counter(
        surname_key(a) for g in groups if g.label == "PERSON" for a in {a for a in g.aliases if len(a.split()) > 1}
    )
    for g in groups:
        if g.label not in PLACE_LABELS or not g.place or g.evidence & (_WRITTEN_AS_A_PLACE | {"dateline"}):
            continue
        if not all(" " not in a and surnames.get(surname_key(a)) == 1 for a in g.aliases):
            continue
        if any(h is not g and h.place and h.place.country == g.place.country for h in groups):
            continue
        g.label, g.place = "PERSON", None


def _regional_arms(groups: list[_Group], gaz: Gazetteer) -> None:
    """An organisation named as a brand and a place ("Acme North America Inc.", "Acme Europe") is
    the brand's arm there, a company of its own: marked so that the bare brand never joins it."""
    for g in groups:
        if g.label != "ORG":
            continue
        for m in g.mentions:
            rest = " ".join(_CORPORATE_SUFFIX.sub("", name_key(m.text)).split()[1:])
            if rest and (gaz.country(rest if len(rest) > 3 else rest.upper()) or gaz.region(rest)
                         or (place := gaz.lookup(rest)) and place.kind == "continent"):
                m.evidence.add("arm")


# -- merging on evidence -------------------------------------------------------------------


# Lowercase words in a row ("artificial-intelligence scientists" too), and each word of such a run.
_LOWERCASE_RUN = re.compile(r"\b[a-z]+(?:[ -][a-z]+)+\b")
_LOWERCASE_WORD = re.compile(r"[a-z]+")


def _without_spelt_out_nouns(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop an acronym the article also spells out in lowercase words ("average unit volume" ...
    "That AUV grew", "artificial intelligence" ... "AI"): the short form of a common noun, no body.
    The spelling out is of nouns and adjectives only (no "as part" for AP)."""
    candidates = {
        a: g for g in groups if "defined" not in g.evidence and g.label not in PLACE_LABELS
        for a in g.aliases if is_acronym(a) and a.isalpha() and len(g.aliases) == 1
    }
    if not candidates:
        return groups
    spelt: set[str] = set()
    for p in prose:
        for run in _LOWERCASE_RUN.finditer(p.text):
            words = list(_LOWERCASE_WORD.finditer(run.group()))
            initials = "".join(w.group()[0] for w in words)
            for acr in candidates:
                at = initials.find(acr.lower())
                while at >= 0 and acr not in spelt:
                    first, last = words[at], words[at + len(acr) - 1]
                    span = p.doc.char_span(run.start() + first.start(), run.start() + last.end())
                    if span is not None and all(t.pos_ in {"NOUN", "ADJ"} for t in span if t.text != "-"):
                        spelt.add(acr)
                    at = initials.find(acr.lower(), at + 1)
    dropped = {id(candidates[a]) for a in spelt}
    return [g for g in groups if id(g) not in dropped]


# A competition, a war, a day ("the Six Nations", "Black Monday"), a treaty or an act ("the Maastricht
# Treaty"), a language: what happens or is written, never who acts nor where; the gold of every round
# calls them junk, so, as WEAK_LABELS, they survive only as mentions of an entity named otherwise.
_HAPPENINGS_AND_TEXTS = frozenset({"EVENT", "LAW", "LANGUAGE"})


def _without_events_and_texts(groups: list[_Group]) -> list[_Group]:
    """Drop the groups voted an event, a text or a language (after the merge, which may have joined
    such a mention to a body's: "the Premier League" the organiser keeps its "League")."""
    return [g for g in groups if g.label not in _HAPPENINGS_AND_TEXTS]


def _works_named_after_works(groups: list[_Group]) -> None:
    """A name opening with the title of a work the article names ("The Two Ronnies Sketchbook"
    beside "making The Two Ronnies"): a work of its own, a sequel or an edition, no body."""
    works = tuple(f"{a} " for g in groups if g.label == "WORK_OF_ART" for a in g.aliases if " " in a)
    for g in groups:
        if works and g.label in {"ORG", "PERSON"} and not g.evidence & _ACTING and all(a.startswith(works) for a in g.aliases):
            g.label = "WORK_OF_ART"


def _without_common_phrases(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a name of several words the article also writes all in lowercase ("Once logged onto an
    Evil Twin" beside "nicknamed evil twins"): a common noun's phrase, capitalised once for effect."""
    texts = [p.text for p in prose]

    def common(alias: str) -> bool:
        if " " not in alias or not alias.istitle():
            return False
        pattern = re.compile(rf"(?<![\w-]){re.escape(alias.lower())}s?(?![\w-])")
        return any(pattern.search(text) for text in texts)

    dropped = {id(g) for g in groups if not g.evidence & {"acronym", "dateline"} and all(common(a) for a in g.aliases)}
    return [g for g in groups if id(g) not in dropped] if dropped else groups


def _organisations_taken_for_people(groups: list[_Group]) -> None:
    """A 'person' named like an organisation of the article is one of its kin: "Siemens Gamesa"
    beside "Siemens Energy AG" (a person's first word is a given name, an organisation's a brand)."""
    brands = {
        name_key(a.split()[0]) for g in groups if g.label == "ORG" for a in g.aliases
        if len(a.split()) > 1 and not is_acronym(a.split()[0])
    }
    firms = [a for g in groups if g.label == "ORG" for a in g.aliases]
    for g in groups:
        if g.label == "PERSON" and not g.evidence & {"person", "place"} and not _founder_of(g, firms):
            if all(len(a.split()) > 1 and name_key(a.split()[0]) in brands for a in g.aliases):
                g.label = "ORG"


def _founder_of(g: _Group, firms: list[str]) -> bool:
    """A person a firm of the article is named after, whole ("Arvid Jauppi" of "Arvid Jauppi and
    Associates"): the firm's first word is his given name, no brand of a kin."""
    return any(f.startswith(f"{a} ") for a in g.aliases for f in firms)


_APPOSED = re.compile(r",\s+(?:the\s+)?")
# "Hoa Lo prison, dubbed the “Hanoi Hilton”": a second name for one thing.
_NICKNAMED = re.compile(
    r",?\s+\(?(?:dubbed|nicknamed|(?:also |better )?known as|also called|(?:who )?(?:wrote|writes|writing) as)\s+(?:the\s+)?[\"\u201c']?"
)
_GIVEN_NAMES_BEFORE = re.compile(r"\(([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})\) $")
_OR_ACRONYM = re.compile(r",?\s+(?:or|aka)\s+(?:the\s+)?")
_APPOSITION_ENDS = re.compile(r"\s*(?:\)|,\s+(?!(?:and|or)\b)[a-z])")


def _mentions_by_paragraph(groups: list[_Group]) -> tuple[dict[int, int], dict[int, list[_Mention]]]:
    """Each mention's group (index, by the mention's id), and the groups' mentions by paragraph in reading order."""
    where: dict[int, int] = {}
    by_seq: dict[int, list[_Mention]] = {}
    for i, g in enumerate(groups):
        for m in g.mentions:
            where[id(m)] = i
            by_seq.setdefault(m.seq, []).append(m)
    for ms in by_seq.values():
        ms.sort(key=lambda m: m.start)
    return where, by_seq


# What stands between two items of one list: "George W Bush, Bill Clinton, George Bush, and Ronald Reagan".
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*;\s*")
_JOINED_ALONE = re.compile(r"\s+(?:and|or)\s+")


def _listed_together(prose: list[Para], groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of person groups (indices) one list of names holds side by side, which are two people
    however alike their names ("Presidents George W Bush, Bill Clinton, George Bush"): a list never
    names one person twice."""
    where, by_seq = _mentions_by_paragraph(groups)
    text_of = {p.seq: p.text for p in prose}
    apart = set()
    for seq, ms in by_seq.items():
        text, runs = text_of.get(seq, ""), [[ms[0]]]
        for a, b in zip(ms, ms[1:]):
            if _LIST_SEPARATOR.fullmatch(text[a.end : b.start]):
                runs[-1].append(b)
            else:
                runs.append([b])
        for run in runs:
            # two names make a list only when "and" joins them alone: "Liu Xiaoming, and Liu listened" joins clauses
            if len(run) > 2 or len(run) == 2 and _JOINED_ALONE.fullmatch(text[run[0].end : run[1].start]):
                people = sorted({i for m in run if groups[i := where[id(m)]].label == "PERSON"})
                apart |= {frozenset((i, j)) for n, i in enumerate(people) for j in people[n + 1 :]}
    return apart


def _appositions(prose: list[Para], groups: list[_Group]) -> list[tuple[int, int]]:
    """Pairs of groups (indices) one name apposes to the other's organisation name:
    "Gavi, the Vaccine Alliance, said" - not a list ("Reuters, the BBC and CNN")."""
    where, by_seq = _mentions_by_paragraph(groups)
    text_of = {p.seq: p.text for p in prose}
    pairs = []
    for seq, ms in by_seq.items():
        text = text_of.get(seq, "")
        for a, b in zip(ms, ms[1:]):
            ga, gb = groups[where[id(a)]], groups[where[id(b)]]
            if ga is not gb and _OR_ACRONYM.fullmatch(text[a.end : b.start]) and _short_form(b.text) \
                    and acronym_of(b.text, a.text) and ga.label not in PLACE_LABELS:
                ga.label = gb.label = "ORG"  # "Maghawir al Thawra, or MaT": a group and its short name
                pairs.append((where[id(a)], where[id(b)]))
                continue
            # A person's nickname is a person's name whatever the model took it for ("Moya, nicknamed Charly")
            if ga is not gb and _NICKNAMED.fullmatch(text[a.end : b.start]) and (
                (ga.label in PLACE_LABELS) == (gb.label in PLACE_LABELS) or "site" in ga.evidence
                or ga.label == "PERSON" and not gb.evidence & {"place", "locative"}
            ):
                gb.label = ga.label
                pairs.append((where[id(b)], where[id(a)]))  # the name leads, the nickname joins it
                continue
            if ga is not gb and ga.label == gb.label == "PERSON" and text[a.end : b.start] == " (" \
                    and " " not in a.text and " " not in b.text:
                pairs.append((where[id(a)], where[id(b)]))  # "Gareth (Thomas, the Wales captain)": one name, completed
                continue
            if ga is gb or gb.label != "ORG" or ga.label not in {"ORG", "PERSON"} or "person" in ga.evidence:
                continue
            if is_acronym(b.text) and not acronym_of(b.text, a.text):
                continue  # "Keri Gans, R.D.N., is": a credential after a name, no second name of it
            if _APPOSED.fullmatch(text[a.end : b.start]) and _APPOSITION_ENDS.match(text, b.end):
                ga.label = "ORG"
                pairs.append((where[id(a)], where[id(b)]))
        for b in ms:
            # "they can play (Jon Dahl) Tomasson": an editor's brackets give the surname's given names
            given = _GIVEN_NAMES_BEFORE.search(text, 0, b.start) if groups[where[id(b)]].label == "PERSON" and " " not in b.text else None
            inside = [m for m in ms if given and m.start < given.end() and given.start() < m.end]
            if given and not inside:
                groups[where[id(b)]].mentions.append(_Mention(seq, given.start(1), given.end(1), given[1], "PERSON", {"person", "given"}))
            elif given and len(inside) == 1 and inside[0].start == given.start(1) and inside[0].end == given.end(1) \
                    and groups[where[id(inside[0])]].label == "PERSON":
                inside[0].evidence.add("given")
                pairs.append((where[id(b)], where[id(inside[0])]))
    return pairs


def _opens(words: list[str], names: list[str]) -> bool:
    """A longer name opens with one of `names` (keys): "take two interactive" with "take two"."""
    return any(len(words) > len(ns := n.split()) and words[: len(ns)] == ns for n in names)


# A firm's legal name: its name and trade, then the legal form that closes it ("Phillips Petroleum
# Co", "Morgan Stanley Group"), and the country it is of ("Dominion Textiles Inc of Canada").
_LEGAL_NAME = re.compile(r"(?P<name>.+?) (?:" + "|".join(sorted(LEGAL_FORMS | {"group"})) + r")(?: of(?: [a-z]+){1,3})?")


def _trade_of(name: str, short_names: Iterable[str]) -> bool:
    """Whether `name` is a firm's legal name that one of `short_names` (keys) names without the trade
    word and legal form the wire writes once: "Phillips" of "Phillips Petroleum Co", "Toronto Sun" of
    "Toronto Sun Publishing Corp", "Morgan Stanley" of "Morgan Stanley Group". One trade word at most:
    "General Motors Acceptance Corp" is no "General"."""
    m = _LEGAL_NAME.fullmatch(name_key(name))
    words = m["name"].split() if m else []
    return any(words[: len(ns := n.split())] == ns and len(words) - len(ns) <= 1 for n in short_names)


def _short_form(text: str) -> bool:
    """An acronym, also one written in mixed case: "ISIL", "MaT", "DoD"."""
    return is_acronym(text) or bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", text)) and sum(ch.isupper() for ch in text) >= 2


def _merge(
    groups: list[_Group], same: list[tuple[int, int]] = (), nouns: AbstractSet[str] = frozenset(), gaz: Gazetteer | None = None,
    listed: AbstractSet[frozenset[int]] = frozenset(),
) -> list[_Group]:
    groups = groups + _party_adjectives_apart(groups)
    parent = list(range(len(groups)))
    # "a Democrat" is one person's party: kept apart from "the Democrats", whatever key they share
    members = {i for i, g in enumerate(groups) if "member" in g.evidence}
    held = {i: {i} for i in range(len(groups))}  # each root's groups, to keep apart what one list names

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri == rj or i in members or j in members or any(frozenset((a, b)) in listed for a in held[ri] for b in held[rj]):
            return
        parent[rj] = ri
        held[ri] |= held.pop(rj)

    for i, j in same:
        union(j, i)  # the organisation's own name leads: "Gavi, the Vaccine Alliance"
    for i, j in _same_names(groups, gaz):
        if find(i) != find(j):
            union(i, j)
    people = [i for i, g in enumerate(groups) if g.label in {"PERSON", "ORG"} and any(len(a.split()) > 1 for a in g.aliases)]
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    alone = {bare_key(a) for g in groups for a in g.aliases if " " not in a}  # names written as one word
    for i, g in enumerate(groups):
        # "Van Der Beek" is a surname of one word and its particles
        short = [a for a in g.aliases if len([w for w in bare_key(a).split() if w not in NAME_PARTICLES]) <= 2]
        if not short or g.place or "place" in g.evidence:
            continue  # a known place is never a surname
        # Surname evidence: "Maliki" ("Suu Kyi") is the one named person whose name ends so.
        matches = {
            find(j) for j in people if j != i and (groups[j].label == "PERSON" or g.label == "PERSON")
            # "EU" is no surname, even of a "New EU" the model read; "OKAFOR", a transcript's label, is Maria Okafor's,
            # and a name written all in capitals ("MARIA OKAFOR", another label) writes its surname so, not an acronym
            and any(_ends_with(full, a) and not (is_acronym(a) and full.split()[-1].isupper() and not full.isupper())
                    or g.label in {"PERSON", "ORG"} and groups[j].label == "PERSON" and _misspelt_surname(full, a)
                    for full in groups[j].aliases for a in short)
        }
        if len(matches) == 1:
            owner = matches.pop()
            firm = _firm_named_after_first(groups, i, owner)
            if firm is not None:
                g.label = "ORG"
                union(firm, i)
                continue
            if g.label == "PERSON" and groups[owner].label == "ORG" and all(len(a.split()) == 1 for a in g.aliases) and (
                "person" not in g.evidence or _named_after_a_place(groups[owner], [name_key(a) for a in g.aliases], place_names, gaz)
            ):
                g.label = "ORG"  # "the Thunder" of "the Oklahoma City Thunder", the one name it ends: a club
                # (but "Jones, who ..." of a "Marion Jones" the model took for a body, no place's club, is a person)
            union(owner, i)
            continue
        # "United" the model took for a place no gazetteer knows, nor the text writes as one
        unknown_place = g.label in PLACE_LABELS and not g.evidence & (_WRITTEN_AS_A_PLACE | {"dateline"})
        if not matches and (g.label == "ORG" or unknown_place):
            # "Emirates" of "Emirates Airline", "Disney" of "Walt Disney Co.": the one organisation
            # whose name opens or ends with the word, unless the word is a common noun ("House").
            words_of = lambda a: _CORPORATE_SUFFIX.sub("", name_key(a)).split()  # noqa: E731
            single = [name_key(a) for a in g.aliases if len(a.split()) == 1 and not is_acronym(a)]
            masthead = [w for w in single if w in _MASTHEAD_WORDS]  # "the Times" of "The New York Times"
            # "the Lakers" of "the Los Angeles Lakers", "City" of "Manchester City": a club named after
            # its city, by its nickname (a common noun too)
            nickname = [name_key(a) for a in g.aliases if len(a.split()) == 1 and not is_acronym(a)]
            names: AbstractSet[str] = getattr(nouns, "dropped", frozenset())  # "Tufts": a name here, though "tuft" is a noun
            single = [w for w in single if w not in nouns and (w in names or w.rstrip("s") not in nouns)]
            kin_groups = [
                j for j, h in enumerate(groups) if j != i and h.label == "ORG"
                # a body whose acronym the article defines goes by it, not by its first word ("Welsh
                # households" beside the "Welsh Local Government Association (WLGA)")
                and (any(len(ws := words_of(a)) > 1 and (_opens(ws, single) and ws[-1] in _FULL_NAME_ENDS and not _spelt_out(h)
                         or ws[-1] in single + masthead)
                         or _trade_of(a, single) and not _spelt_out(h)
                         for a in h.aliases) or _named_after_a_place(h, nickname, place_names, gaz))
            ]
            kin = {find(j) for j in kin_groups}
            if len(kin) > 1:
                # "Disney" beside "Walt Disney Co." and "Disney Channel": the company itself
                clubs = {find(j) for j in kin_groups if _named_after_a_place(groups[j], nickname, place_names, gaz)}
                kin = {find(j) for j in kin_groups if any(_CORPORATE_SUFFIX.search(name_key(a)) for a in groups[j].aliases)}
                # "United" beside "Manchester United" and "Shareholders United": the club named after its city
                kin = kin or clubs
            # "Wellcome" already read as "Wellcome PLC" is no short form of its arm "Burroughs-Wellcome Co"
            named = any(" " in a for a in g.aliases) or any(find(k) == find(i) for k in range(len(groups)) if k != i)
            if len(kin) == 1 and not named and not any("arm" in groups[j].evidence for j in kin_groups if find(j) in kin):
                g.label = "ORG"
                union(kin.pop(), i)  # never the brand's arm in a place ("Acme North America")
                continue
        given_name = g.label == "ORG" and not g.evidence & {"organisation", "acronym", "team"} and all(
            " " not in a and not is_acronym(a) for a in g.aliases)  # "Dale wrote": the model's "organisation"
        # "Mr Howard" every time is a Howard by family name ("Ask Dr. Mike" once is no surname): no
        # given name of a "Howard Flight" whom "Flight" names alone, but the family name written first
        # of a "Xi Jinping" whom "Jinping" never names
        surname = all("surname" in m.evidence for m in g.mentions)
        if not matches and (g.label == "PERSON" or given_name) and "place" not in g.evidence:
            # A given name alone ("Jose"), or a family name written first ("Liu" of "Liu Xiaming"):
            # the one named person whose name opens with it.
            firsts = {
                find(j) for j in people if j != i and groups[j].label == "PERSON"
                and any(len(full.split()) > 1 and bare_key(full.split()[0]) == bare_key(a)
                        and not (surname and bare_key(full.split()[-1]) in alone)
                        for full in groups[j].aliases for a in short if len(a.split()) == 1)
            }
            if len(firsts) == 1:
                g.label = "PERSON"
                union(firsts.pop(), i)
                continue
        if not matches and g.label == "PERSON" and "place" not in g.evidence:
            # "Goddard" beside "Goddard Space Flight Center", no person of that name: the one
            # organisation named after it
            single = {name_key(a) for a in short if len(a.split()) == 1}
            named_after = {
                find(j) for j, h in enumerate(groups) if j != i and h.label == "ORG"
                and any(len(ws := name_key(a).split()) > 1 and ws[0] in single and (len(ws) > 2 or ws[-1] in _FIRM_WORDS) for a in h.aliases)
            }
            if len(named_after) == 1 and "person" not in g.evidence and all(len(a.split()) == 1 for a in g.aliases):
                owner = named_after.pop()
                if town := _town_a_body_is_named_after(g, groups[owner], gaz):
                    g.label, g.place = "GPE", town
                else:
                    g.label = "ORG"
                    union(owner, i)
                continue
        # Acronym evidence: "ISIL" spells the one long name the article gives.
        if g.label not in PLACE_LABELS:
            acr = [a for a in g.aliases if is_acronym(a) or _MIXED_ACRONYM.fullmatch(a)]
            longs = {
                find(j) for j, h in enumerate(groups) if j != i and h.label not in PLACE_LABELS | {"PERSON"}
                and any(acronym_of(a, b) or acronym_of(a, _unplaced(b, place_names)) or acronym_of(a, _office_spelt_out(b))
                        for a in acr for b in h.aliases)
            }
            if len(longs) == 1:
                union(longs.pop(), i)
                continue
            # "NJ" beside "New Jersey": a state's or country's initials, as a postal code writes it
            places = {
                find(j) for j, h in enumerate(groups) if h.label in PLACE_LABELS and h.place is not None
                and any(len(b.split()) > 1 and acronym_of(a, b) for a in acr for b in h.aliases)
            } if acr and not longs else set()
            if len(places) == 1:
                union(places.pop(), i)
                continue
        firm = _firm_named(groups, i)
        if firm is not None:
            union(firm, i)
            continue
        bodies = {find(j) for j in _bodies_headed_by(groups, i)}
        if len(bodies) == 1:
            union(bodies.pop(), i)
    for i, g in enumerate(groups):
        for j in range(i + 1, len(groups)):
            if find(i) != find(j) and _same_thing(g, groups[j]):
                union(i, j)
    merged: dict[int, _Group] = {}
    for i, g in enumerate(groups):
        root = find(i)
        if root not in merged:
            merged[root] = _Group([], groups[root].label, groups[root].place)
        target = merged[root]
        target.mentions += g.mentions
        if g.label == "PERSON":
            target.label = "PERSON"  # a surname merge keeps the person's type
        target.place = target.place or g.place
    kept = _shared_surnames(list(merged.values()))
    for g in kept:
        g.mentions.sort(key=lambda m: (m.seq, m.start))
    return kept


def _party_adjectives_apart(groups: list[_Group]) -> list[_Group]:
    """"a Republican candidate" beside "the Republicans" and "the Republican Party": the party's
    adjective names a member's party, its plural the party acting. The model's one people's word
    (NORP, "Republican" and "Republicans" in one group) loses its adjective's mentions to a new
    group, returned, so that only the plural joins the party."""
    parties = _party_names_of(groups)
    apart = []
    for g in groups:
        adjective = [m for m in g.mentions if name_key(m.text) in parties] if g.label == "NORP" else []
        if adjective and len(adjective) < len(g.mentions):
            g.mentions = [m for m in g.mentions if all(m is not a for a in adjective)]
            apart.append(_Group(adjective, "NORP"))
    return apart


def _party_names_of(groups: list[_Group]) -> AbstractSet[str]:
    """The names of the article's parties (the words before "party", folded), their other names, and
    the parties known by name ("the Conservatives" beside "a Conservative candidate")."""
    return KNOWN_PARTY_NAMES | {
        name for g in groups if g.label == "ORG" for a in g.aliases
        if len(ws := name_key(a).split()) > 1 and ws[-1] == "party" for name in party_names(" ".join(ws[:-1]))
    }


def _town_a_body_is_named_after(g: _Group, body: _Group, gaz: Gazetteer | None) -> Place | None:
    """"Slough's constituency association" beside "Slough Conservative Association": one word the
    model took for a person and the gazetteer knows as a town is the town the body is named after.
    A firm keeps its short name ("Toyota" of "Toyota Motor Corp"); a word the model read as an
    organisation ("Delta" of "Delta Airlines") is not asked."""
    (word,) = g.aliases if len(g.aliases) == 1 else ("",)
    town = gaz.lookup(word) if gaz and " " not in word else None
    if town is None or any(_CORPORATE_SUFFIX.search(name_key(a)) for a in body.aliases):
        return None
    return town


def _named_after_a_place(g: _Group, nickname: list[str], place_names: set[str], gaz: Gazetteer | None) -> bool:
    """A club's name: a place, then its nickname ("Manchester United", "Los Angeles Lakers")."""
    for a in g.aliases:
        ws = name_key(a).split()
        if len(ws) > 1 and ws[-1] in nickname:
            town = " ".join(ws[:-1])
            if town in place_names or gaz is not None and gaz.lookup(town):
                return True
    return False


def _firm_named(groups: list[_Group], i: int) -> int | None:
    """A short name written as a brand is ("HCA", "SiliconANGLE": an acronym, or capitals inside
    the word) beside the one organisation named by it and a firm's noun ("HCA Healthcare",
    "SiliconANGLE Media"): the firm's short name. Not a place the gazetteer knows, nor a unit
    ("Acme Cloud" is no firm's noun)."""
    g = groups[i]
    if g.label == "PERSON" or g.place or "place" in g.evidence:
        return None
    words = {name_key(a) for a in g.aliases if " " not in a and (is_acronym(a) or any(ch.isupper() for ch in a[1:]))}
    if not words:
        return None
    firms = {
        j for j, h in enumerate(groups) if j != i and h.label == "ORG"
        and any(len(ws := name_key(a).split()) == 2 and ws[0] in words and ws[1] in _FULL_NAME_ENDS for a in h.aliases)
    }
    return firms.pop() if len(firms) == 1 else None


def _firm_named_after_first(groups: list[_Group], i: int, person: int) -> int | None:
    """A family name that ends one person's name and opens the legal name of the one firm named in full
    before him ("de Havilland" beside "de Havilland Aircraft of Canada Ltd", then "the operation
    started by Geoffrey de Havilland"): the firm, which the story was about before its founder came
    up. Not a body named after him without a legal form ("Tower" of the "Tower Commission" and John Tower),
    nor a name the text gives as a person's ("Mr de Havilland", "de Havilland, who ...")."""
    g = groups[i]
    if groups[person].label != "PERSON" or g.evidence & {"person", "surname"} or any("surname" in m.evidence for m in g.mentions):
        return None
    short = [name_key(a) for a in g.aliases]
    founder_named = min(m.seq for m in groups[person].mentions)
    firms = {
        j for j, h in enumerate(groups) if j != i and h.label == "ORG" and min(m.seq for m in h.mentions) < founder_named
        and any(_CORPORATE_SUFFIX.search(name_key(a)) and _opens(name_key(a).split(), short) for a in h.aliases)
    }
    return firms.pop() if len(firms) == 1 else None


def _bodies_headed_by(groups: list[_Group], i: int) -> list[int]:
    """"the Bank" beside "the Bank of England", "the Ministry" beside "the Ministry of International
    Trade and Industry": a body's head noun, written alone with its capital, stands for the body
    named as that noun of something (the one such body, or it says nothing)."""
    g = groups[i]
    if g.label != "ORG" or g.place or any(" " in a or is_acronym(a) for a in g.aliases):
        return []
    heads = {name_key(a) for a in g.aliases}
    return [
        j for j, h in enumerate(groups) if j != i and h.label == "ORG"
        and any(len(ws := name_key(a).split()) > 2 and ws[0] in heads and ws[1] == "of" for a in h.aliases)
    ]


def _shared_surnames(groups: list[_Group]) -> list[_Group]:
    """A bare surname two named people share ("Park" beside "Linda Park" and "David Park", a
    couple, or a source and a relative): each mention goes to the one named in full last before
    it (the first named, before either is)."""
    people = [g for g in groups if g.label == "PERSON" and any(len(name_words(a)) > 1 for a in g.aliases)]
    out = []
    for g in groups:
        # "von Weizsäcker" is one surname, its particle no given name
        bare = g.label == "PERSON" and all(len([w for w in a.split() if w not in NAME_PARTICLES]) == 1 for a in g.aliases)
        owners = [h for h in people if bare and any(_ends_with(full, a) for full in h.aliases for a in g.aliases)]
        if len(owners) < 2:
            out.append(g)
            continue
        full = {id(h): sorted((m.seq, m.start) for m in h.mentions if len(m.text.split()) > 1) or [(1 << 30, 0)] for h in owners}
        for m in g.mentions:
            at = (m.seq, m.start)
            named_before = [(max(p for p in full[id(h)] if p < at), h) for h in owners if full[id(h)][0] < at]
            owner = max(named_before, key=lambda ph: ph[0])[1] if named_before else min(owners, key=lambda h: full[id(h)][0])
            owner.mentions.append(m)
    return out


def _one_body_with_and_without_its_noun(groups: list[_Group], owners: set[int]) -> list[int] | None:
    """Groups that are one body written with and without its head noun ("Federal Reserve", "Federal
    Reserve Board"), the shortest name first; None when any of them is named otherwise."""
    words = {j: [name_key(a).split() for a in groups[j].aliases] for j in owners}
    base = min(owners, key=lambda j: min(map(len, words[j])))
    short = min(words[base], key=len)
    if all(j == base or any(ws[:-1] == short and ws[-1] in _BODY_HEAD_NOUNS for ws in words[j]) for j in owners):
        return [base, *sorted(owners - {base})]
    return None


def _bodies_without_their_trade(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a body's name of two words or more and the one body named so with what
    its full name adds, a firm's trade and legal form ("Toronto Sun" of "Toronto Sun Publishing
    Corp") or a body's head noun ("Federal Reserve" of "Federal Reserve Board"; not a part of it, as the
    "Security Council Committee" is no "Security Council")."""
    organisations = [(j, a) for j, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if " " in a]
    pairs = []
    for i, g in enumerate(groups):
        short = [name_key(a) for a in g.aliases if " " in a] if g.label == "ORG" else []
        owners = {
            j for j, b in organisations if j != i and any(
                _trade_of(b, [s]) or (ws := name_key(b).split())[:-1] == s.split() and ws[-1] in _BODY_HEAD_NOUNS - _PART_OF_A_BODY
                for s in short)
        }
        if len(owners) == 1:
            pairs.append((owners.pop(), i))
    return pairs


def _unplaced(name: str, place_names: set[str]) -> str:
    """A long name without the place it opens with: "PUC" spells "California Public Utilities
    Commission" once "California" is dropped."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and name_key(words[0]) in place_names else name


def _same_names(groups: list[_Group], gaz: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Pairs of groups (indices) that name one thing two ways, each on its own evidence:
    - one person, fuller and plainer: "Patrick W. Carlineo", "Pat Carlineo", "Patrick Carlineo Jr."
      (one surname, first names one a prefix or initial of the other, no two generational suffixes);
    - a region with and without its noun: "Logar province" and "Logar";
    - an organisation under a nationality: "Afghan Taliban" and "Taliban";
    - a party and its members: "Conservatives" and "Conservative Party";
    - an institution named with its place, and without: "Santa Barbara County Superior Court" and
      "the Superior Court" (the one such name of the article).
    The first of each pair leads the merged entity."""
    pairs = []
    people = [(i, [a for a in g.aliases if len(name_words(a)) > 1]) for i, g in enumerate(groups) if g.label == "PERSON"]
    for n, (i, xs) in enumerate(people):
        for j, ys in people[n + 1 :]:
            if any(_one_person(x, y) for x in xs for y in ys):
                pairs.append((i, j))
    keyed: dict[str, int] = {}
    for i, g in enumerate(groups):
        for a in g.aliases:
            keyed.setdefault(_office_key(a) if g.label == "ORG" else name_key(a), i)
    for i, g in enumerate(groups):
        if g.label == "ORG":
            j = next((keyed[k] for a in g.aliases if (k := _office_key(a)) in keyed and keyed[k] != i), None)
            if j is not None:
                pairs.append((j, i))  # "Department of Energy" and "Energy Department"
            for a in g.aliases:
                m = _OFFICE.match(name_key(a))
                j = keyed.get(m.group(2)) if m and len(m.group(2).split()) > 1 else None
                if j is not None and j != i and groups[j].label == "ORG":
                    pairs.append((i, j))  # "Department of Homeland Security" and "Homeland Security" (one word, "Energy", is a noun)
    organisations = [(i, a.split()) for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases]
    for i, g in enumerate(groups):
        clipped = [a for a in g.aliases if " " not in a and len(a) >= 3 and a[0].isupper() and not a.isupper()]
        if g.label != "ORG" or not clipped:
            continue
        owners = {j for j, ws in organisations if j != i and len(ws) > 1 and any(
            ws[0].startswith(c) and ws[0][len(c):] not in _WORD_ENDINGS for c in clipped)}
        if len(owners) == 1:
            pairs.append((owners.pop(), i))  # "the Fed" of "the Federal Reserve"
        elif len(owners) > 1 and (body := _one_body_with_and_without_its_noun(groups, owners)):
            pairs += [(body[0], j) for j in [*body[1:], i]]  # "the Fed" of "the Federal Reserve (Board)"
    long_names = [(i, a) for i, g in enumerate(groups) if g.label in {"ORG", "NORP"} for a in g.aliases if " " in a]
    for i, g in enumerate(groups):
        # "Man Utd" of "Manchester United", "Lib Dems" (whatever the model took it for) of "Liberal Democrats"
        owners = {j for a in g.aliases if " " in a and g.label not in PLACE_LABELS for j, b in long_names if j != i and _clips(a, b)}
        if len(owners) == 1:
            j = owners.pop()
            if g.label == "PERSON":
                g.label = groups[j].label
            pairs.append((j, i))
        elif g.label in {"ORG", "PERSON"} and any(
                _clips(a + "s", b) and not name_key(b).startswith(name_key(a)) for a in g.aliases if " " in a for j, b in long_names if j != i):
            g.label = "NORP"  # "Lib Dem president Jo Roe": the adjective of the party's plural ("Lib Dems"), its member's
    pairs += _institutions_without_their_place(groups, gaz)
    pairs += _bodies_without_their_trade(groups)
    # "EnergySage" and "Energy Sage": a brand written as one word and as two
    compact: dict[str, int] = {}
    for i, g in enumerate(groups):
        if g.label != "PERSON":
            for a in g.aliases:
                first = compact.setdefault(name_key(a).replace(" ", ""), i)
                if first != i and groups[first].label != "PERSON" and (groups[first].label in PLACE_LABELS) == (g.label in PLACE_LABELS):
                    pairs.append((first, i))
    # "Reuter" and "Reuters", "Harrod" and "Harrods": a body's one word, written with its final "s" and without
    one_word = {name_key(a): i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if " " not in a and not is_acronym(a)}
    for key, i in one_word.items():
        j = one_word.get(key[:-1]) if key.endswith("s") else None
        if j is not None and j != i:
            pairs.append((i, j))
    pairs += _peoples_other_words(groups, one_word)
    norp = {name_key(a) for g in groups if g.label == "NORP" for a in g.aliases}
    surnames = {surname_key(a) for g in groups if g.label == "PERSON" for a in g.aliases if len(name_words(a)) > 1}
    for i, g in enumerate(groups):
        for a in g.aliases:
            words = name_key(a).split()
            if g.label in PLACE_LABELS and len(words) > 1 and words[-1] in REGION_NOUNS:
                j = keyed.get(" ".join(words[:-1]))
                if j is not None and j != i and groups[j].label != "PERSON":
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) > 1 and words[-1] in SITE_NOUNS | recall.SITE_HEAD_NOUNS:
                # "Barlinnie Prison" and a later "Barlinnie", which no gazetteer knows and no one is named
                j = keyed.get(" ".join(words[:-1]))
                h = groups[j] if j is not None else None
                if h is not None and h is not g and h.place is None and "person" not in h.evidence \
                        and all(" " not in b and name_key(b) not in surnames for b in h.aliases):
                    h.label = g.label
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) == 2 and words[1] in _SEA_AND_LAND_NOUNS:
                # "the Aegean Sea" and "in the Aegean", which the model reads as a people's adjective
                j = keyed.get(words[0])
                h = groups[j] if j is not None else None
                if h is not None and h is not g and h.label in {"NORP", "LOC"} and h.place is None and h.evidence & _WRITTEN_AS_A_PLACE:
                    h.label = g.label
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) == 3 and words[1] in NAME_PARTICLES | {"on", "upon"}:
                j = keyed.get(words[0])  # "Braunau am Inn" and "Braunau", "Newcastle upon Tyne" and "Newcastle"
                if j is not None and j != i and groups[j].label in PLACE_LABELS:
                    pairs.append((i, j))
            if g.label == "ORG" and len(words) > 1 and words[0] in norp:
                j = keyed.get(" ".join(words[1:]))
                if j is not None and j != i and groups[j].label == "ORG":
                    pairs.append((j, i))
            if g.label == "ORG" and len(words) > 1 and words[-1] == "party":
                # "Conservatives", "Tories", "Democrats" of the party, and "Labour" alone (never "a Democrat");
                # a party's adjective alone ("a Conservative candidate", which the model reads as a people's
                # word) names a member's party, not the party acting
                party = " ".join(words[:-1])
                adjectives = set(party_names(party))
                members = {m for name in adjectives for m in _members_of(name.split())}
                pairs += [
                    (i, k) for k, h in enumerate(groups) if k != i and h.label in {"NORP", "ORG"} and "member" not in h.evidence
                    and any(name_key(a) in members - (adjectives if h.label == "NORP" else set()) for a in h.aliases)
                ]
    return pairs


# One of a people, by the people's word: "Welshman" of "Welsh", "Frenchman", "Scotsman" (not "Chairman").
_ONE_OF_A_PEOPLE = re.compile(r"(.{3,}(?:sh|ch|[^s]s|x))(?:wo)?m[ae]n")


def _peoples_other_words(groups: list[_Group], one_word: dict[str, int]) -> list[tuple[int, int]]:
    """(people's word, other) pairs: "Yugoslavs", which the model took for a body, and "Yugoslav";
    "Welshman" and "Welsh". Both are the people's words (NORP), but a party's adjective ("Conservative")
    never joins its plural here, which is the party's."""
    words = {name_key(a): i for i, g in enumerate(groups) for a in g.aliases if " " not in a}
    norp = {name_key(a): i for i, g in enumerate(groups) if g.label == "NORP" for a in g.aliases if " " not in a}
    parties = _party_names_of(groups)
    pairs = []
    for key, i in one_word.items():
        j = norp.get(key[:-1]) if key.endswith("s") and key[:-1] not in parties else None
        if j is not None and j != i:
            groups[i].label = "NORP"
            pairs.append((j, i))
    for key, i in words.items():
        m = _ONE_OF_A_PEOPLE.fullmatch(key)
        j = words.get(m[1]) if m else None
        if j is not None and j != i and "person" not in groups[i].evidence | groups[j].evidence \
                and groups[j].place is None and groups[j].label not in PLACE_LABELS:  # "the States" is no people's word
            groups[i].label = groups[j].label = "NORP"
            pairs.append((j, i))
    return pairs


# Last words of a sea's or a land's name that copy drops once it is known: "the Aegean", "the Sahara".
_SEA_AND_LAND_NOUNS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "desert", "peninsula"})


def _members_of(party: list[str]) -> set[str]:
    """What a party's name (its words before "party", folded) is written as alone: "labour", and
    its members in the plural: "conservatives", "tories" of "tory", "democrats" of "democratic";
    and its full name ("tory party" of the Conservative Party's other name)."""
    *lead, last = party
    plurals = {last, last + "s", last + " party"}
    if re.search(r"[^aeiou]y$", last):
        plurals.add(last[:-1] + "ies")
    if last.endswith("ic"):
        plurals.add(last[:-2] + "s")
    return {" ".join([*lead, w]) for w in plurals}


def _institutions_without_their_place(groups: list[_Group], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(full, short) pairs: "Santa Barbara County Superior Court" then "the Superior Court", "the US
    District Court" then "the District Court", when one full name of the article ends so. The full
    name is the institution's, whatever the model made of its place; so is a paper's named after its
    city ("the Newcastle Evening Chronicle" then "the Evening Chronicle")."""
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    def a_place(words: list[str]) -> bool:
        lead = " ".join(words)
        return lead in place_names or len(words) > 1 and words[-1] in REGION_NOUNS or bool(gaz and gaz.lookup(lead))

    names = {name_key(a): j for j, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if len(a.split()) >= 2}
    short = {n: j for n, j in names.items() if n.split()[-1] in _INSTITUTION_WORDS | _MASTHEAD_WORDS | _BODY_HEAD_NOUNS}
    owners: dict[int, set[int]] = {}
    for i, g in enumerate(groups):
        if g.label == "PERSON" or g.place is not None:
            continue
        for a in g.aliases:
            ws = name_key(a).split()
            # "BBC Radio 1" then "Radio 1": a body named with its owner's or country's acronym first
            owned = g.label == "ORG" and is_acronym(a.split()[0])
            for k in range(1, len(ws) - 1):
                j = short.get(" ".join(ws[k:]))
                if j is None and k == 1 and owned:
                    j = names.get(" ".join(ws[1:]))
                if j is not None and j != i and (a_place(ws[:k]) or k == 1 and owned):
                    owners.setdefault(j, set()).add(i)
    pairs = []
    for j, full in owners.items():
        if len(full) == 1:
            i = full.pop()
            if groups[i].label in PLACE_LABELS:
                groups[i].label = "ORG"
            pairs.append((i, j))
    return pairs


# Last words of a newspaper's name that stand for it alone ("the Times", "the Post"), though
# they are common nouns too.
# Last words of a part of a body, which the body's own name opens: "the House" is not its "House
# Science Committee".
_PART_OF_A_BODY = frozenset({"committee", "subcommittee", "caucus", "panel"})
_MASTHEAD_WORDS = frozenset(
    "times post journal herald tribune telegraph guardian globe chronicle gazette observer examiner inquirer".split()
)
# Second words of a firm named after a founder or a word ("Carlyle Group", "Baker Institute"): the
# firm is what its first word alone stands for.
_FIRM_WORDS = recall.ORG_HEAD_NOUNS | {"group", "brothers", "records"}  # "Salomon Brothers", then "Salomon"; a label's "Factory Records"
# A firm's own noun after its short name ("HCA Healthcare"), where "Acme Cloud" would be a unit.
_FIRM_NOUNS = _FIRM_WORDS | {"healthcare", "broadcasting"} | LEGAL_FORMS
# Last words of a body's full name its first word stands for alone ("Delta Airlines", "Amnesty
# International", "Harvard University"); a product's or an arm's ("Google Translate", "Disney
# Channel", "Boeing Defense") are no part of the body's name, and neither is a part of a body.
_FULL_NAME_ENDS = (_FIRM_NOUNS | {"international", "airline", "resources"}) - _PART_OF_A_BODY
# One of those written after a body's one word: its full name ("Fox Broadcasting, owned by ...").
_FULL_NAME_END_AFTER = re.compile(r" (?:" + "|".join(sorted(w.capitalize() for w in _FULL_NAME_ENDS)) + r")(?![\w'\u2019-])")
# What a word may add to another and stay its kin, not a clipping: "WeWork" is no "WeWorkers".
_WORD_ENDINGS = frozenset({"", "s", "es", "er", "ers", "ing", "ed", "ian", "ians"})
_OFFICE = re.compile(r"^(department|ministry|office|bureau) (?:of|for) (?:the )?(.+)$")


def _office_key(name: str) -> str:
    """One key for "Department of Energy", "Energy Department" and "the energy department"."""
    key = name_key(name)
    m = _OFFICE.match(key)
    return f"{m.group(2)} {m.group(1)}" if m else key


_OFFICE_LAST = re.compile(r"^(?P<lead>(?:U\.?S\.?|U\.?K\.?|U\.?N\.?) )?(?P<field>.+) (?P<office>Department|Ministry|Office|Bureau)$")


def _office_spelt_out(name: str) -> str:
    """"U.S. Agriculture Department" as an acronym spells it: "U.S. Department of Agriculture" (USDA)."""
    m = _OFFICE_LAST.match(name)
    return f"{m['lead'] or ''}{m['office']} of {m['field']}" if m else name


def _one_person(x: str, y: str) -> bool:
    xs, ys = name_words(x), name_words(y)
    if _transposed(bare_key(xs[-1]), bare_key(ys[-1])) and name_key(xs[0]) == name_key(ys[0]) and len(xs) > 1:
        return True  # "Jennifer Lindqvist" and "Jennifer Lindqivst": one surname misspelt, the given name alike
    if bare_key(xs[-1]) != bare_key(ys[-1]) or len(bare_key(xs[-1])) < 3:
        return False
    sx, sy = x.split()[-1].lower().strip(".,"), y.split()[-1].lower().strip(".,")
    if sx != sy and sx in NAME_SUFFIXES and sy in NAME_SUFFIXES:
        return False  # "John Doe Sr." and "John Doe Jr.": father and son
    fx, fy = name_key(xs[0]), name_key(ys[0])
    if fx == fy:
        return True
    short, long_ = sorted((fx, fy), key=len)
    return len(short) == 1 and long_.startswith(short) or len(short) >= 3 and long_.startswith(short)


def _ends_with(full: str, short: str) -> bool:
    """'Nuri al-Maliki' ends with 'Maliki'; 'Aung San Suu Kyi' with 'Suu Kyi'; and the name a
    person goes by inside a long one: 'Lula' of 'Luiz Inacio Lula da Silva'."""
    fw = [bare_key(w) for w in name_words(full)]
    sw = [bare_key(w) for w in short.split()]
    if len(fw) <= len(sw):
        return False
    if fw[-len(sw):] == sw:
        return True
    # (not "Jauppi" of "Arvid Jauppi and Associates": a firm named after two or more, no one's name)
    return len(sw) == 1 and len(fw) >= 4 and sw[0] in fw[1:-1] and len(sw[0]) >= 4 and "and" not in fw


def _same_thing(a: _Group, b: _Group) -> bool:
    """Places or organisations spelled two ways: one gazetteer place, or one romanisation with close spelling."""
    if "PERSON" in (a.label, b.label) or (a.label in PLACE_LABELS) != (b.label in PLACE_LABELS):
        return False
    if a.place and b.place:
        return a.place.geonameid == b.place.geonameid
    for x in a.aliases:
        for y in b.aliases:
            kx, ky = bare_key(x), bare_key(y)
            if len(kx) >= T.SPELLING_VARIANT_MIN_CHARS and translit_key(x) == translit_key(y) and fuzz.ratio(kx, ky) >= T.SPELLING_VARIANT_MIN_RATIO:
                return True
            if _transposed(kx, ky):
                return True
    return False


def _misspelt_surname(full: str, short: str) -> bool:
    """"Garett" of "Wendy Garrett": a bare surname the story misspells once, a doubled letter written single."""
    fw = name_words(full)
    return len(fw) > 1 and " " not in short and _undoubled(bare_key(fw[-1]), bare_key(short))


def _undoubled(x: str, y: str) -> bool:
    """One of the two is the other with a doubled letter written once: "Garrett" and "Garett"."""
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long_) != len(short) + 1 or len(short) < T.SPELLING_VARIANT_MIN_CHARS:
        return False
    return any(long_[i] == long_[i - 1] and long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def _transposed(x: str, y: str) -> bool:
    """"Rubkan" for "Rukban": one name misspelt by two neighbouring letters swapped, inside a long
    word (first and last letters kept), the typo a story makes once."""
    if len(x) != len(y) or len(x) < 6 or x == y or " " in x or x[0] != y[0] or x[-1] != y[-1]:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


# -- names the model missed ----------------------------------------------------------------


def _propagate(prose: list[Para], groups: list[_Group], nouns: AbstractSet[str]) -> None:
    """One name, one thing per article: the model tags "Mahmoud Basal" but not the later "Basal said";
    every untagged occurrence of a name (or of the surname of exactly one person) becomes a mention."""
    forms: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        if g.label == "NORP":
            continue
        for a in g.aliases:
            if len(a) >= 3:
                forms.setdefault(a, set()).add(i)
            if g.label == "PERSON" and len(a.split()) > 1:
                names = a.split()
                last = names[-1]
                inner = names[1:-1] if len(names) >= 4 else []  # "Lula" of "Luiz Inacio Lula da Silva"
                if len(names) > 2 and names[-2].lower() in NAME_PARTICLES and names[-2][0].isupper():
                    inner.append(f"{names[-2]} {last}")  # "Ten Cate said" of "Henk Ten Cate": the surname with its particle
                for form in {last, re.sub(r"^(?:al|el)-", "", last, flags=re.IGNORECASE), *inner}:
                    if len(form) >= T.PROPAGATED_MIN_CHARS and form[0].isupper() or form == last and len(form) == 3 and form[0].isupper():
                        forms.setdefault(form, set()).add(i)
    heads: set[str] = set()  # a body's head noun alone is its name only after "the"
    ends: dict[str, set[int]] = {}  # bodies by the head noun their name ends with
    for i, g in enumerate(groups):
        if g.label == "ORG":
            # "says WHO" after "the World Health Organization": the acronym the model did not tag
            for a in g.aliases:
                acr = initials(a)
                if len(a.split()) >= 3 and len(acr) >= 3 and not is_acronym(a):
                    forms.setdefault(acr, set()).add(i)
                    for bare in _unqualified_names(a):  # "LTCB" of "Long-Term Credit Bank Ltd", "EEOC" of "US Equal ..."
                        if len(bare_acr := initials(bare)) >= 3:
                            forms.setdefault(bare_acr, set()).add(i)
                elif len(acr) == 2 and len(a.split()) == 2 and all(w[:1].isupper() for w in a.split()):
                    forms.setdefault(acr, set()).add(i)  # "the EC advice" after "the European Commission"
                if of_plural := _BODY_OF_A_PLURAL.fullmatch(a):
                    forms.setdefault(of_plural["plural"], set()).add(i)  # "Commons speeches" of "the House of Commons"
                if (head := _HEAD_OF_A_BODY.fullmatch(a)) and head[1] not in forms:
                    heads.add(head[1])  # "the Ministry was not planning" after "the Ministry of International Trade"
                    forms.setdefault(head[1], set()).add(i)
                if len(ws := a.split()) >= 2 and ws[-1].lower() in _BODY_HEAD_NOUNS and ws[-1][0].isupper():
                    ends.setdefault(ws[-1], set()).add(i)
    for noun, owners in ends.items():
        # "the Fund" after "the International Monetary Fund": the one body whose name ends with the noun
        # (a body named "<Noun> of ..." keeps the noun: "the Ministry" of "the Ministry of Finance")
        if noun not in forms:
            heads.add(noun)
            forms[noun] = set(owners)
    for form, i in [*_short_names(groups, nouns), *_spelt_out_acronyms(prose, groups)]:
        forms.setdefault(form, set()).add(i)
    taken: dict[int, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.mentions:
            taken.setdefault(m.seq, []).append((m.start, m.end))
    credits = [_PHOTO_CREDIT.search(p.text) for p in prose]
    for form, owners in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        if len(owners) != 1:
            continue  # two people share the surname: no evidence which one
        g = groups[next(iter(owners))]
        for p, credit in zip(prose, credits):
            for start, end in _whole_name_hits(p.text, form):
                if any(start < e and s < end for s, e in taken.get(p.seq, [])):
                    continue
                if credit and start >= credit.start() or start < p.skip and g.label not in PLACE_LABELS:
                    continue
                if " " not in form and form.lower() in nouns and _sentence_initial(p.text, start):
                    continue  # "Rice prices rose": the noun, not Ms Rice
                if len(form) == 2 and re.search(r"\d\s*$", p.text[:start]):
                    continue  # "at 8 AM": a time, not "Acme Media"
                if _ticker_code(p.text, start, end):
                    continue
                if form in heads and not p.text[:start].endswith(("the ", "The ")):
                    continue  # "a Ministry spokesman" of any ministry, "Foreign Ministry" another one
                full = _FULL_NAME_END_AFTER.match(p.text, end) if g.label == "ORG" and " " not in form else None
                if full and not any(full.end() > s and e > end for s, e in taken.get(p.seq, [])):
                    end = full.end()  # the model missed the body's full name, written out once
                taken.setdefault(p.seq, []).append((start, end))
                g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], g.label, {"propagated"}))


# A body named as its head noun of something, which copy names by the noun alone: "the Bank" of
# "the Bank of England", "the Ministry" of "the Ministry of International Trade and Industry".
_HEAD_OF_A_BODY = re.compile(r"([A-Z][a-z]{3,}) of (?:the )?[A-Z].*")
# Head nouns of a body's name that copy writes alone, capitalised, for the body: "the Fund", "the Bureau".
_BODY_HEAD_NOUNS = frozenset(
    "fund union bureau board commission council committee agency ministry department authority association federation institute foundation exchange".split()
)


def _unqualified_names(name: str) -> set[str]:
    """A body's name without its legal form ("Long-Term Credit Bank") and without the country's acronym
    that qualifies it ("Equal Employment Opportunity Commission" of "US Equal ..."), as acronyms spell it."""
    bare = _CORPORATE_SUFFIX.sub("", name)
    first, _, rest = bare.partition(" ")
    out = {bare, rest} if first.replace(".", "") in {"US", "UK", "UN", "EU"} and len(rest.split()) > 1 else {bare}
    return out - {name}


# A body named as the house of a plural, which copy names by the plural alone: "the Commons", "the Lords".
_BODY_OF_A_PLURAL = re.compile(r"[A-Z][a-z]+ of (?:the )?(?P<plural>[A-Z][a-z]{3,}s)")


def _short_names(groups: list[_Group], nouns: frozenset[str]) -> Iterator[tuple[str, int]]:
    """Other forms a person named in full goes by in the body: the given name alone ("Teresa's
    husband" after "Teresa Nielsen Hayden", in features that name family and friends so), and the
    initial joined to the surname ("T-Swift"). A given name that is a common noun or a month is no
    one's ("Will", "June"); one two people share, or that names anything else, is left (see _propagate)."""
    for i, g in enumerate(groups):
        if g.label != "PERSON":
            continue
        for a in g.aliases:
            names = name_words(a)
            if len(names) < 2 or not names[0].isalpha() or not names[0][:1].isupper() or names[0].isupper():
                continue
            if len(names[0]) >= T.PROPAGATED_MIN_CHARS and names[0].lower() not in nouns and names[0].lower() not in _MONTHS:
                yield names[0], i
            if names[-1].isalpha():
                yield f"{names[0][0]}-{names[-1]}", i


# A run of capitalised words, function words inside it: "National Association of Broadcast Employees".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w&'\u2019.-]*)+")


def _spelt_out_acronyms(prose: list[Para], groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """The long name an organisation's acronym spells, written out where the model did not tag it
    ("The National Broadcasting Co delivered ..." beside "NBC"); acronyms of three letters or more,
    as two letters spell too many pairs of words."""
    acronyms = {a: i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if is_acronym(a) and len(a.replace(".", "")) >= 3}
    for p in prose if acronyms else ():
        for run in _CAPITALISED_RUN.finditer(p.text):
            name = _LEADING.sub("", run.group())
            owners = {i for a, i in acronyms.items() if acronym_of(a, name)}
            if len(owners) == 1 and " " in name:
                yield name, owners.pop()


_MONTHS = frozenset("january february march april may june july august september october november december".split())


# What may not touch a name on either side for it to stand on its own ("Basal", not "Basalt" or "al-Basal").
_NAME_CHAR = re.compile(r"[\w-]")


def _whole_name_hits(text: str, form: str) -> Iterator[tuple[int, int]]:
    r"""Where `form` stands on its own in `text`, left to right, not overlapping: what
    re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) finds, without a pattern
    compiled per form (an article has dozens of forms, more than re's cache keeps)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not _NAME_CHAR.match(text, start - 1)) and not _NAME_CHAR.match(text, end):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _sentence_initial(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?][\"\u201d']?\s+$", text[:start]))


# -- headline-case text --------------------------------------------------------------------


def _headline_mentions(paras: list[Para], groups: list[_Group]) -> None:
    """Find the body's entities in text the model cannot read: title, dek, ALL CAPS subheads."""
    forms = sorted(
        [(alias, g) for g in groups for alias in g.aliases if len(alias) >= 3 or is_acronym(alias)]
        + _headline_surnames(groups) + _headline_places(groups) + _headline_firms(groups),
        key=lambda ag: -len(ag[0]),
    )
    for p in paras:
        if p.doc is not None:
            continue
        flags = re.IGNORECASE if p.text.isupper() else 0
        folded = p.text.lower() if flags and p.text.isascii() else None
        taken: list[tuple[int, int]] = []
        clipped = sorted(_clipped_names_in(p.text, groups), key=lambda ag: -len(ag[0]))
        for alias, g in clipped + forms:
            if not _may_appear(p.text, folded, alias, flags):
                continue  # most aliases are not in a headline: no pattern compiled for them
            pattern = re.escape(alias).replace("'", "['\u2019]")
            plural = "s?" if g.label == "NORP" else ""
            for hit in re.finditer(rf"(?<![\w'-])(?:{pattern}){plural}(?![\w-])", p.text, flags):
                if any(hit.start() < e and s < hit.end() for s, e in taken):
                    continue
                taken.append((hit.start(), hit.end()))
                ev = {"headline", "plural"} if plural and hit.group().casefold() != alias.casefold() else {"headline"}
                g.mentions.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), g.label, ev))
        if p.text.isupper():
            continue  # every word of an ALL CAPS line looks like an acronym
        for hit in re.finditer(r"(?<![\w'-])[A-Z]{2,6}(?![\w-])", p.text):
            if any(hit.start() < e and s < hit.end() for s, e in taken):
                continue
            # "after FAA widens probe" over a body that only says "Federal Aviation Administration"
            owners = [g for g in groups if g.label == "ORG" and any(acronym_of(hit.group(), a) for a in g.aliases)]
            if len(owners) == 1:
                taken.append(hit.span())
                owners[0].mentions.append(_Mention(p.seq, *hit.span(), hit.group(), "ORG", {"headline", "acronym"}))


# A run of capitalised words in a title, where a country's name may be, in one to three of them: "JAPAN", "U.K.".
_TITLE_WORDS = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*")


def _countries_of_the_title(paras: list[Para], groups: list[_Group], gaz: Gazetteer) -> list[_Group]:
    """A country named only in the title ("JAPAN SALES TAX MAY FORCE NAKASONE OUT", over a story
    from TOKYO that says "Japanese" but never "Japan") is a place of the story when a place the body
    names lies in it: the title is the story's own words, and the body's place rules out a namesake
    ("CHAD", "JORDAN" over a story set elsewhere). Found after the body's names were looked up in
    the title, so only where none of them stands."""
    title = next((p for p in paras if p.kind == "title" and p.doc is None), None)
    if title is None:
        return []
    countries = {g.place.country for g in groups if g.place and any("headline" not in m.evidence for m in g.mentions)}
    taken = [(m.start, m.end) for g in groups for m in g.mentions if m.seq == title.seq]
    out: list[_Group] = []
    for run in _TITLE_WORDS.finditer(title.text):
        words = list(re.finditer(r"\S+", run.group()))
        for n in range(min(3, len(words)), 0, -1):
            for k in range(len(words) - n + 1):
                start, end = run.start() + words[k].start(), run.start() + words[k + n - 1].end()
                place = gaz.country(title.text[start:end])
                if place is None or place.country not in countries or any(start < e and s < end for s, e in taken):
                    continue
                if any(g.place and g.place.geonameid == place.geonameid for g in groups + out):
                    continue  # the body names it: its own forms were looked up in the title
                taken.append((start, end))
                out.append(_Group([_Mention(title.seq, start, end, title.text[start:end], "GPE", {"place", "title"})], "GPE", place))
    return out


def _headline_surnames(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """The surname of a person the body names in full, which a headline writes alone ("Saraki,
    Melaye Drag IGP Idris to Court"), or with the given name and half a double surname ("Ben Bruce"
    of "Ben Murray-Bruce"), when no other person of the article is named so."""
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        if g.label != "PERSON":
            continue
        for a in g.aliases:
            names = name_words(a)
            if len(names) < 2:
                continue
            last = names[-1]
            if len(last) >= 3 and last[0].isupper() and last not in g.aliases:  # as _propagate reads surnames
                owners.setdefault(last, {})[id(g)] = g
            if "-" in last.strip("-"):
                owners.setdefault(f"{names[0]} {last.rsplit('-', 1)[1]}", {})[id(g)] = g
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1]


def _headline_firms(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A firm's name without its "Ltd" or "Co", which a headline drops ("NEWS CORP'S FOX DEBUTS"
    over "News Corp Ltd"), when no other entity of the article is named so."""
    aliases = {name_key(a) for g in groups for a in g.aliases}
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        for a in g.aliases if g.label == "ORG" else ():
            short = _CORPORATE_SUFFIX.sub("", a)
            if short != a and len(short) >= 3 and name_key(short) not in aliases:
                owners.setdefault(short, {})[id(g)] = g
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1]


# Last words of a place's name its first word stands for alone: "Guantanamo" of "Guantanamo Bay".
_FEATURE_NOUNS = SITE_NOUNS | recall.SITE_HEAD_NOUNS | {"bay"}


def _headline_places(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """The first word of a place the body names with its feature noun, which a headline writes
    alone ("Tutu's Guantanamo release call" over "Guantanamo Bay"), when it names nothing else."""
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        if g.label not in PLACE_LABELS:
            continue
        for a in g.aliases:
            words = a.split()
            if len(words) == 2 and words[1].lower() in _FEATURE_NOUNS and len(words[0]) >= 3:
                owners.setdefault(words[0], {})[id(g)] = g
    aliases = {name_key(a) for g in groups for a in g.aliases}
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1 and name_key(form) not in aliases]


def _clipped_names_in(text: str, groups: list[_Group]) -> list[tuple[str, _Group]]:
    """Runs of capitalised words in `text` that clip each word of the one body's name of as many
    words ("Man Utd" of "Manchester United"): how headlines fit a long name."""
    words = list(re.finditer(r"[A-Z][\w'\u2019]*", text))
    out = []
    for g in groups:
        if g.label in PLACE_LABELS or g.label == "PERSON":
            continue
        for a in g.aliases:
            n = len(a.split())
            for k in range(len(words) - n + 1) if n > 1 else ():
                run = words[k : k + n]
                if any(run[x + 1].start() - run[x].end() != 1 for x in range(n - 1)):
                    continue
                form = text[run[0].start() : run[-1].end()]
                if _clips(form, a):
                    out.append((form, g))
    by_form: dict[str, set[int]] = {}
    for form, g in out:
        by_form.setdefault(form, set()).add(id(g))
    return [(form, g) for form, g in out if len(by_form[form]) == 1]


def _clips(short: str, full: str) -> bool:
    """Each word of `short` is the word of `full` in its place, or a clipping of it: its first
    letter and some of its others in order ("Man" of "Manchester", "Utd" of "United"), one at least."""
    sw, fw = name_key(short).split(), name_key(full).split()
    if len(sw) != len(fw) or len(sw) < 2 or sw == fw:
        return False
    if _plural_word(fw[-1]) and not _plural_word(sw[-1]):
        return False  # "Lib Dems" of "Liberal Democrats"; "Lib Dem" is a member's adjective ("Lib Dem president")
    return all(s == f or len(s) >= 2 and len(s) < len(f) and s[0] == f[0] and _in_order(s, f) for s, f in zip(sw, fw))


def _spelt_out(g: _Group) -> bool:
    """Whether the article defines an acronym for the group's name: "Welsh Local Government Association (WLGA)"."""
    return any(m.family is not None for m in g.mentions)


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us"))


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)


def _may_appear(text: str, folded: str | None, alias: str, flags: int) -> bool:
    """False only where `alias` cannot match in `text` as _headline_mentions matches it: every
    piece between its apostrophes (each matches either apostrophe) is there, in any case under
    IGNORECASE. `folded` is the text lowercased when it is ASCII; re folds a few non-ASCII letters
    together that str.lower() does not ("ſ" and "s"), so other text is always tried."""
    pieces = alias.split("'")
    if not flags:
        return all(piece in text for piece in pieces)
    if folded is None or not alias.isascii():
        return True
    return all(piece.lower() in folded for piece in pieces)


# -- records -------------------------------------------------------------------------------


def _records(groups: list[_Group]) -> tuple[dict[str, EntityRecord], list[MentionRecord]]:
    entities: dict[str, EntityRecord] = {}
    mentions: list[MentionRecord] = []
    for g in groups:
        if not any("headline" not in m.evidence for m in g.mentions):
            continue
        # Headline forms are no aliases (case misleads there), but an acronym of the body's long name is.
        body = [m for m in g.mentions if "headline" not in m.evidence or "acronym" in m.evidence]
        name = _by_preference(g)[0]
        if name.isupper() and g.evidence & {"dateline", "title"} and "acronym" not in g.evidence:
            name = name.title()  # "ANBAR" from a dateline, "JAPAN" from a wire's title
        role = ROLE_BY_LABEL[g.label]
        if g.label == "NORP" and "plural" not in g.evidence:
            role = "other"  # "Iraqi" describes; "Kurds" act
        key = f"{GEO_KEY}{g.place.geonameid}" if g.place else f"{role}:{name_key(name)}"
        record = entities.get(key)
        if record is None:
            record = entities[key] = EntityRecord(
                key=key, name=name, type=g.label, role=role,
                lat=g.place.lat if g.place else None, lon=g.place.lon if g.place else None,
            )
        record.aliases |= {m.text for m in body} | {name}
        mentions += [MentionRecord(m.seq, m.start, m.end, m.text, key) for m in g.mentions]
    mentions.sort(key=lambda m: (m.seq, m.start))
    return entities, mentions

