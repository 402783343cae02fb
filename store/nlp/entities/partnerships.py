"""Firms named after their partners, written as a list of surnames: "Kidder, Peabody and Co",
"Kronish, Lieb, Weiner and Hellman". The model tags the list's words one by one, as people or
bodies of their own; after someone's employer ("analyst at", "Jo Roe of", "Jo Roe, with"), the list
is one firm."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ...names import is_person_title

Found = tuple[int, int, str, set[str]]

_PARTNERS = re.compile(
    r"\b(?:of|with|at)\s+(?P<firm>[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? (?:and|&) (?:Co\b\.?|[A-Z][a-z]+)(?: (?:and|&) Co\b\.?)?)"
    r"(?=[,.;)]|\s+(?:in|said|says|and|who)\b|$)"
)
# Nouns of a trade someone works at a firm in: "analyst", "attorney", "economist", "partner".
_TRADE_ENDING = re.compile(r"(?:er|or|ist|yst|ian|ant|ent|ney)$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE"})


def _employee_before(doc: Doc, at: int) -> bool:
    """Someone works where the preposition at `at` (a token index) points: a trade's noun ("analyst at",
    "attorney with") or a person's name ("Robert Hormats of", "Davis Saks, with")."""
    i = at - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    if prev.ent_type_ == "PERSON":
        return True
    return prev.pos_ == "NOUN" and prev.text.islower() and (is_person_title(prev.text) or bool(_TRADE_ENDING.search(prev.text)))


def _place_or_people(tok: Token, gaz: Gazetteer | None) -> bool:
    """A country, a state, a place the model tags that the gazetteer knows ("Paris"; the model tags many
    a surname a place: "Brandt"), or a people ("Germans")."""
    if gaz and (gaz.country(tok.text) or gaz.region(tok.text)):
        return True
    if tok.ent_type_ in _PLACE_LABELS:
        return tok.ent_type_ == "DATE" or bool(gaz and gaz.lookup(tok.text))
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNPS"


def partner_firms(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """One firm for a list of surnames after someone's employer's preposition; never a list of places
    or peoples ("talks with Britain, France and Germany") the gazetteer or the model names."""
    out: list[Found] = []
    text = doc.text
    for m in _PARTNERS.finditer(text):
        at = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        firm = doc.char_span(m.start("firm"), m.end("firm"), alignment_mode="expand")
        if at is None or firm is None or not _employee_before(doc, at.start):
            continue
        words = [t for t in firm if t.is_alpha and t.text[:1].isupper() and t.text != "Co"]
        if any(_place_or_people(t, gaz) for t in words):
            continue
        out.append((m.start("firm"), m.end("firm"), "ORG", {"organisation"}))
    return out
