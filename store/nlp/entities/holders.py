"""Names written before the role a named person holds there ("Labour MP Jo Roe", "Ashford mayor Jo
Roe", "Acme boss Jo Roe"), and the seats members hold ("MP for Ashford North", "the Ashford North
MP"), which the model leaves untagged or runs into the role: the body or the place the role is of."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set as AbstractSet

from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ...names import HONORIFICS, is_person_title, is_title_word, LEGAL_FORMS, PARTY_SHORT_NAMES
from .base import _AGENT_ENDING

Found = tuple[int, int, str, set[str]]

_HOLDER_NAME_MAX_WORDS = 3
_OPENERS = frozenset({"the", "former", "fellow", "ex"})
# Members of a parliament, whose title has no field: "Labour MP Jo Roe" (but "Financial Secretary").
_MEMBERS = frozenset({"MP", "MEP", "MSP", "AM", "MLA"})


def _role_word(tok: Token) -> bool:
    """A noun of what someone does: a person's title ("MP", "Premier", "mayor") or a lowercase agent
    noun ("backbencher", "dancer")."""
    if is_person_title(tok.text):
        return True
    return tok.text.islower() and tok.pos_ == "NOUN" and bool(_AGENT_ENDING.search(tok.text))


def _name_word(tok: Token, role: Token, nouns: AbstractSet[str], lowercase: AbstractSet[str]) -> bool:
    """An untagged word of a name before a role: no title, no common noun (the field of an office,
    "Defence Secretary", "Communications director"), and only before a member's title or a lowercase
    role ("Labour MP", "Acme boss"), never before an office ("Financial Secretary")."""
    word = tok.lower_
    if not (tok.is_alpha and tok.text[:1].isupper() and len(tok) > 1 and not tok.ent_type_) \
            or tok.is_stop or tok.pos_ not in {"PROPN", "NOUN"} or tok.text.isupper() \
            or is_title_word(tok.text) or is_person_title(tok.text):
        return False
    if word in LEGAL_FORMS:
        return False  # "Salomon Brothers (Asia) Ltd economist Jo Roe": the end of a longer name
    if tok.is_sent_start and not tok.ent_type_ and word.endswith("ed"):
        return False  # "Sacked MP Jo Roe": a participle opening the sentence
    if not (role.text.islower() or role.text in _MEMBERS):
        return False  # "Financial Secretary Jo Roe": an untagged word before an office is its field
    # "Communications director Jo Roe", "Research scientist Jo Roe": a common noun is the role's field; but a party's
    # short name that is a common noun too names the party ("Labour MP John Cryer, whose question", opening a sentence),
    # unless the article writes it in lowercase
    return word not in lowercase and (word in PARTY_SHORT_NAMES or word not in nouns and not (word.endswith("s") and word[:-1] in nouns))


def _bounds_a_name(before: Token) -> bool:
    """A word a name may follow: a mark (not a bracket closing a longer name's part: "Salomon Brothers
    (Asia) Ltd economist"), a lowercase or function word, "the", or a sentence's opening adverb or
    conjunction ("Meanwhile Labour backbencher Jo Roe", "But Newfoundland Premier Jo Roe")."""
    if before.is_punct:
        return before.text not in {")", "]", "'", "\u2019"}  # nor a name's own apostrophe: "Blazin' Squad singer"
    return before.lower_ in _OPENERS or before.text.islower() or before.is_stop and before.is_alpha \
        or bool(before.is_sent_start) and before.pos_ in {"ADV", "CCONJ", "SCONJ"}


# A person's own titles, which may stand between the role held and the name: "Labour MP Lord Janner".
_OWN_TITLES = HONORIFICS | {"lord", "lady", "baroness", "baron"}
_FIELD_MAX_WORDS = 2


def _roles_held(doc: Doc) -> Iterator[Token]:
    """Roles written after what they are of: before a person the model tags ("Labour MP Jo Roe", past the
    person's own title: "Labour MP Lord Janner"), and a member's before her seat ("Labour MP for Hornsey")."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < 2:
            continue
        role = doc[ent.start - 1]
        while role.i > 1 and role.lower_.rstrip(".") in _OWN_TITLES and _role_word(doc[role.i - 1]):
            role = doc[role.i - 1]
        if _role_word(role):
            yield role
    for tok in doc[1:-2]:
        if tok.text in _MEMBERS and tok.nbor().lower_ == "for" and tok.nbor(2).text[:1].isupper():
            yield tok


def _field_start(role: Token) -> int:
    """Where the words of a lowercase role begin, its field's nouns before it: "Labour [election coordinator]"."""
    field = role.i
    while role.text.islower() and field > 0 and role.i - field < _FIELD_MAX_WORDS \
            and role.doc[field - 1].pos_ == "NOUN" and role.doc[field - 1].text.islower():
        field -= 1
    return field


def bodies_before_holders(
    doc: Doc, nouns: AbstractSet[str], lowercase: AbstractSet[str], gaz: Gazetteer | None
) -> list[Found]:
    """"Labour backbencher Stephen Pound", "Middlesbrough mayor Ray Mallon", "Alberta Premier Don
    Getty": capitalised words that are no common noun (the article's `nouns`, less the words it
    capitalises mid-sentence), then a role, then a name the model tags as a person's, are the body or
    the place the role is of (a place where the gazetteer says so); words the model tagged keep its
    span. Not "Defence Secretary Jo Roe" (a noun: the office's field) nor "Prime Minister Jo Roe"."""
    out: list[Found] = []
    for role in _roles_held(doc):
        field = _field_start(role)
        first = field
        while first > 0 and field - first < _HOLDER_NAME_MAX_WORDS and _name_word(doc[first - 1], role, nouns, lowercase):
            first -= 1
        if first == field:
            continue
        before = doc[first - 1] if first > 0 else None
        if before is not None and not _bounds_a_name(before):
            continue  # "Acme Hartley MP": the run goes on into a capitalised word we cannot bound
        name = doc[first:field]
        if first > 0 and doc[first - 1].ent_type_ and not doc[first - 1].is_punct:
            continue  # the model's own span goes on before it ("Rapids coach", "Alberta Premier": model_spans keeps them)
        label, evidence = ("GPE", {"place"}) if gaz and gaz.lookup(name.text) else ("ORG", {"organisation"})
        out.append((name.start_char, name.end_char, label, evidence))
    return out


# A member and the seat she holds: "MP for Ashford North", "AM for Aberavon", "MSP for Fife".
_SEAT_AFTER_MEMBER = re.compile(
    r"\b(?:MPs?|MEPs?|MSPs?|AMs?|MLAs?|MPPs?) for (?P<seat>[A-Z][a-z]+(?:['\u2019]s)?(?: (?:and )?[A-Z][a-z]+(?:['\u2019]s)?){0,3})"
)
# After "the", a seat and its member: "the Glasgow Kelvin MP"; a seat's last word: "Ashford North".
_SEAT_BEFORE_MEMBER = re.compile(r"\b[Tt]he (?P<seat>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:MP|MEP|MSP|AM|MLA)\b")
_COMPASS = frozenset({"north", "south", "east", "west", "central"})


def seats_of_members(text: str, gaz: Gazetteer | None) -> list[Found]:
    """The seat a member of a parliament holds is a place: "MP for Ealing North", "the Glasgow Kelvin
    MP, who", "the Ashford North MP" (after "the", a seat: a person's name takes no article; one word
    only where the gazetteer knows it, not to take "the Labour MP" for a place)."""
    out: list[Found] = [(m.start("seat"), m.end("seat"), "GPE", {"place"}) for m in _SEAT_AFTER_MEMBER.finditer(text)]
    for m in _SEAT_BEFORE_MEMBER.finditer(text):
        words = m["seat"].split()
        known = bool(gaz and (gaz.lookup(m["seat"]) or gaz.lookup(words[0])))
        if known or len(words) > 1 and words[-1].lower() in _COMPASS:
            out.append((m.start("seat"), m.end("seat"), "GPE", {"place"}))
    return out
