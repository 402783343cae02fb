"""Firms named after their partners, written as a list of surnames: "Kidder, Peabody and Co",
"Kronish, Lieb, Weiner and Hellman". The model tags the list's words one by one, as people or
bodies of their own; after someone's employer ("analyst at", "Jo Roe of", "Jo Roe, with"), the list
is one firm. A firm's legal name with "and" inside ("Merrill Lynch and Co", "Diamond Shamrock Refining
and Marketing Co") is one firm too."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from ..gazetteer import Gazetteer
from ... import names
from ...names import is_person_title, LEGAL_FORMS
from ..recall import ORGANISATION_KINDS

Found = tuple[int, int, str, set[str]]

_PARTNERS = re.compile(
    r"\b(?:of|with|at)\s+(?P<firm>[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? (?:and|&) (?:Co\b\.?|[A-Z][a-z]+)(?: (?:and|&) Co\b\.?)?)"
    r"(?=[,.;)]|\s+(?:in|said|says|and|who)\b|$)"
)
# A list of surnames closed by "and Co", a partnership's legal form, is a firm wherever it is written
# ("investment bank Goldman, Sachs and Co."; "Goldman, Sachs and Co noted"): no employer's preposition needed.
# Its first partner is no firm's legal form: "Salomon Brothers Inc, Goldman, Sachs and Co" lists Goldman, Sachs and Co.
_NO_LEGAL_FORM = r"(?!(?:" + "|".join(sorted(w.capitalize() for w in LEGAL_FORMS)) + r")\b)"
_PARTNERS_AND_CO = re.compile(rf"(?<![\w,-]){_NO_LEGAL_FORM}(?P<firm>[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? (?:and|&) Co\b)")
# Two partners' surnames joined by "and", after someone's employer's preposition or a firm's trade ("analyst with
# Hambrecht and Quist", "stock brokers Batliwala and Karani", "primary dealer Alexanders Laing and Cruickshank Gilts
# Ltd", "law firm Slater and Gordon", "Carol Bell of Phillips and Drew told Reuters"): the model tags each surname a
# person or a body of its own. A surname may have an apostrophe inside ("Alexanders Laing and Or'kshnk").
_PARTNER = r"[A-Z][a-z]*(?:['\u2019][a-z]+|[a-z])"
_TWO_PARTNERS = re.compile(
    r"(?:\b(?P<prep>of|with|at)\s+|\b(?:brokers?|brokerage|dealers?|bankers?|stockbrokers?|firm)\s+)"
    rf"(?P<firm>{_PARTNER}(?: {_PARTNER})? (?:and|&) {_PARTNER}(?: [A-Z][a-z]+){{0,2}}(?: (?:Co|Inc|Ltd|Corp|Plc|PLC)\b)?)"
    r"(?=[,.;)]|\s+(?:in|said|says|told|who|about)\b|$)"
)
# A firm's noun, then a list of three surnames or more: "a partner in the law firm Milbank, Tweed, Hadley and
# McCloy", "the New York law firm of Kronish, Lieb, Weiner and Hellman", "brokers Alexanders, Laing & Cruickshank"
# (the noun says what the list is; a list of two is _TWO_PARTNERS').
_SURNAME = r"[A-Z](?:[a-z]+[A-Z])?[a-z]+"  # "Hadley", "McCloy"
_FIRM_NOUN_THEN_PARTNERS = re.compile(
    r"\b(?:firm|brokers?|brokerage|stockbrokers?|dealers?|accountants)(?: of)?,?\s+"
    rf"(?P<firm>{_SURNAME}(?:, {_SURNAME})+,? (?:and|&) {_SURNAME})(?=[,.;)]|\s+(?:in|said|says|and|who)\b|$)"
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


def partner_firms(doc: Doc, gaz: Gazetteer | None, lexicon: AbstractSet[str] = frozenset()) -> list[Found]:
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
    for m in _FIRM_NOUN_THEN_PARTNERS.finditer(text):
        firm = doc.char_span(m.start("firm"), m.end("firm"), alignment_mode="expand")
        if firm is None or any(f[:2] == m.span("firm") for f in out):
            continue
        # (a surname may be a town's name, "Milbank"; never a country's nor a state's after a firm's noun)
        if not any(gaz and (gaz.country(t.text) or gaz.region(t.text)) for t in firm if t.is_alpha):
            out.append((m.start("firm"), m.end("firm"), "ORG", {"organisation"}))
    for m in _PARTNERS_AND_CO.finditer(text):
        firm = doc.char_span(m.start("firm"), m.end("firm"), alignment_mode="expand")
        if firm is None or any(f[:2] == m.span("firm") for f in out):
            continue
        if firm.start > 0 and doc[firm.start - 1].is_title and not firm[0].is_sent_start:
            continue  # the list goes on before: a name of its own, not the firm's first partner
        if not any(_place_or_people(t, gaz) for t in firm if t.is_alpha and t.text[:1].isupper() and t.text != "Co"):
            out.append((m.start("firm"), m.end("firm"), "ORG", {"organisation"}))
    return out + [f for f in _two_partners(doc, gaz, lexicon) if not any(o[:2] == f[:2] for o in out)]


def _two_partners(doc: Doc, gaz: Gazetteer | None, lexicon: AbstractSet[str]) -> list[Found]:
    """Two surnames joined by "and" where someone works or a firm's trade says a firm: one firm. Not two
    bodies or people listed: the words beside "and" no common nouns ("director of Research and Development"),
    no place nor people, neither written alone elsewhere in the paragraph (a partnership's name is written whole),
    not two full names the model tags people."""
    out: list[Found] = []
    text = doc.text
    for m in _TWO_PARTNERS.finditer(text):
        firm = doc.char_span(m.start("firm"), m.end("firm"), alignment_mode="expand")
        if firm is None:
            continue
        if m.group("prep"):
            at = doc.char_span(m.start("prep"), m.end("prep"), alignment_mode="expand")
            if at is None or not _employee_before(doc, at.start):
                continue
        joint = next(t for t in firm if t.lower_ in {"and", "&"})
        beside = (doc[joint.i - 1], doc[joint.i + 1])
        if any(t.lower_ in lexicon and t.pos_ != "PROPN" for t in beside):
            continue
        words = [t for t in firm if t.is_alpha and t.text[:1].isupper() and not _legal_form(t)]
        if any(_place_or_people(t, gaz) for t in words):
            continue
        if any(len(re.findall(rf"\b{re.escape(t.text)}\b", text)) > 1 for t in beside):
            continue
        people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e.start >= firm.start and e.end <= firm.end
                  and not _legal_form(e[-1])]  # (the model's "person" "Pruitt Gilts Ltd." is a firm)
        if any(e.end <= joint.i for e in people) and any(e.start > joint.i for e in people):
            continue  # "with Tom Hanks and Rita Wilson": two people the model names whole
        out.append((m.start("firm"), m.end("firm"), "ORG", {"organisation"}))
    return out


def _legal_form(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in LEGAL_FORMS


def firms_named_with_and(doc: Doc, lexicon: AbstractSet[str]) -> list[Found]:
    """A firm's legal name with "and" inside: capitalised words, "and" or "&", capitalised common nouns
    of its trades, its legal form ("Merrill Lynch and Co", "American Telephone and Telegraph Co", "Northwood
    Pulp and Timber Ltd"), which the model cuts at "and" or leaves untagged. Not two names listed ("Ford
    and General Motors Corp"): a name of two words or more the model opens right after "and", or a word
    after it that is no common noun, makes two."""
    out: list[Found] = []
    for tok in doc:
        if tok.lower_ not in {"and", "&"} or tok.i == 0:
            continue
        j = tok.i + 1
        # "exporter John Holman and Company": a partnership's legal form spelt out
        and_company = j < len(doc) and doc[j].text == "Company"
        while not and_company and j < len(doc) and not _legal_form(doc[j]) and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ in lexicon:
            j += 1
        if not and_company and (j == len(doc) or not _legal_form(doc[j]) or j > tok.i + 2 and doc[tok.i + 1].ent_iob_ == "B"):
            continue  # (one trade's noun the model opens a name at is still the firm's: "[Northwood Pulp] and [Timber Ltd]")
        i = tok.i
        while i > 0 and doc[i - 1].is_alpha and (doc[i - 1].is_title or doc[i - 1].is_upper) \
                and doc[i - 1].lower_ not in names.FUNCTION_WORDS | ORGANISATION_KINDS and not is_person_title(doc[i - 1].text):
            i -= 1  # (not "the U.K. Firm": the wire's capitals before the name)
        if j + 1 < len(doc) and _legal_form(doc[j + 1]) and doc[j].whitespace_:
            j += 1  # "Upham and Co Inc": the partnership's form, then the company's
        if i < tok.i:
            out.append((doc[i].idx, doc[j].idx + len(doc[j].text.rstrip(".")), "ORG", {"organisation"}))
    return out


# A wire's legal name of a firm's arm, its market or its line in brackets before the legal form: "DSM Hydrocarbons
# (UK) Ltd", "Marathon Int. Pet. (GB) Ltd", "Bank in Liechstenstein (Frankfurt) GmbH", "S.G. Warburg and Co (Japan)
# Ltd". The model cuts it at the bracket or takes the bracket's word for an acronym the name defines.
_BRACKETED_LEGAL_FORMS = "Ltd|Limited|GmbH|Inc|Plc|PLC|plc|Co|Corp|AG|SA|NV|BV|LLC|Pty|Bhd|Berhad|SpA"
_NAME_WORD = r"[A-Z][\w&'\u2019.-]*"
BRACKETED_FIRM = re.compile(
    rf"(?<![\w.-]){_NAME_WORD}(?: (?:(?:of|in|and|&|de|du|a) )?{_NAME_WORD}){{0,5}}"
    rf" \([A-Z][\w.&]*(?: [A-Z][\w.&]*){{0,2}}\)(?: (?:{_BRACKETED_LEGAL_FORMS})\b\.?)+"
)


# A wire's "&" between initials, written "and": "AT and T <T.N>", "competitor A and P", "S and P" (Reuters' copy writes
# "AT&T" so). Initials on both sides, one side a lone letter (two names' acronyms listed, "the US and EU", are longer);
# no capitalised word before them nor after (a longer name the model reads: "Texas A and M University", "H and R Block
# Inc"), no number after (an index: "the S and P 500"), no quote mark before (a slogan: "its slogan "C and C"").
_INITIALS_JOINED_BY_AND = re.compile(
    r"(?<![\w.&'\u2019\"\u201c-])(?:[A-Z]{1,2} and [A-Z]|[A-Z] and [A-Z]{2})(?![\w&-]|\.\w|\s+(?:[A-Z][a-z]|\d))"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z][\w'\u2019-]* $")
# Common nouns copy shortens the same way: research and development, question and answer, mergers and acquisitions,
# bed and breakfast, profit and loss, rhythm and blues.
_NOUNS_BY_THEIR_INITIALS = frozenset({"R and D", "Q and A", "M and A", "B and B", "P and L", "R and B"})


def initials_joined_by_and(text: str) -> list[Found]:
    """A firm's initials joined by "and" (_INITIALS_JOINED_BY_AND): one body, which the model cuts to its first letters
    or leaves untagged."""
    return [
        (m.start(), m.end(), "ORG", {"organisation"}) for m in _INITIALS_JOINED_BY_AND.finditer(text)
        if not _CAPITALISED_WORD_BEFORE.search(text, 0, m.start()) and m.group() not in _NOUNS_BY_THEIR_INITIALS
    ]


def firms_with_a_bracketed_part(text: str) -> list[Found]:
    """A firm's legal name with a bracketed part before its legal form: one firm, brackets and all."""
    return [(m.start(), m.end() - m.group().endswith("."), "ORG", {"organisation"}) for m in BRACKETED_FIRM.finditer(text)]


_LEGAL_FORM_NEXT = re.compile(rf" (?:{_BRACKETED_LEGAL_FORMS})\b")


def closes_a_firms_bracket(text: str, end: int) -> bool:
    """A bracket closing at `end` is part of a firm's legal name when its legal form follows: "Enterprise Oil (TNS)
    Ltd" defines no acronym TNS."""
    return _LEGAL_FORM_NEXT.match(text, end) is not None
