"""A country's acronym opening a capitalised span ("U.S. Warships", "US Sprint", "U.K. Firm Cable and
Wireless"): the place before a common noun, the first word of a firm's name, or the qualifier of a kind."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from .. import recall
from ..gazetteer import Gazetteer
from ...names import is_acronym
from .base import INSTITUTION_WORDS


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
    return word in lone_names and word not in recall.NATIONAL_BODY_HEADS | INSTITUTION_WORDS


def _country_before_a_noun(text: str, cut: int, gaz: Gazetteer | None, lexicon: AbstractSet[str]) -> bool:
    """A country's acronym, then one common noun the copy capitalised ("U.S. Warships destroyed the
    platform", "better for U.S. Relations with the Gulf states"): the place and a common noun, no body
    (a body's head noun makes one: "U.S. Embassy", "U.S. Navy", and a legislature's: "the US Congress")."""
    rest = text[cut:].split()
    if len(rest) != 1 or not _country_acronyms(text[:cut], gaz):
        return False
    noun = rest[0].lower()
    if noun in recall.NATIONAL_BODY_HEADS | INSTITUTION_WORDS | _LEGISLATURES:
        return False
    return noun in lexicon or noun.endswith("s") and noun[:-1] in lexicon


# A country's lawmakers by their chamber's common noun: "the US Congress", "the U.K. Parliament" (one body, which the
# dictionary lists as a noun too).
_LEGISLATURES = frozenset({"congress", "parliament", "legislature", "cabinet"})


def _kind_after_country(text: str, cut: int, gaz: Gazetteer | None) -> bool:
    """A country's acronym, then the kind of body the name is ("U.K. Firm Cable and Wireless",
    "U.S. Company Acme"): wire copy's capitals on a common noun before the body's own name."""
    rest = text[cut:].split()
    if len(rest) < 2 or not _country_acronyms(text[:cut], gaz):
        return False
    return rest[0].istitle() and rest[0].lower() in recall.ORGANISATION_KINDS and rest[1][:1].isupper()


def _country_before_a_word(doc: Doc, start: int, cut: int, end: int, gaz: Gazetteer | None) -> bool:
    """A country's acronym, then one word the wire capitalised that no name holds: one the tagger reads
    as a verb or an adjective ("The U.S. Alleges that", "U.S. Monetary authorities"), or the unit after
    an amount ("14 billion U.S. Dlrs"): the place, and a word of the sentence."""
    if not _country_acronyms(doc.text[start : start + cut], gaz):
        return False
    rest = doc.char_span(start + cut, end, alignment_mode="expand")
    if rest is None or len(rest) != 1 or rest[0].lower_ in recall.NATIONAL_BODY_HEADS | INSTITUTION_WORDS:
        return False
    before = doc.char_span(start, start + 1, alignment_mode="expand")
    amount = before is not None and before.start > 0 and doc[before.start - 1].like_num
    return rest[0].pos_ in {"VERB", "AUX", "ADJ"} or amount


def names_led_by_their_country(texts: list[str], spans: list[str], gaz: Gazetteer | None) -> frozenset[str]:
    """Body names of the model (`spans`) that open on a country's acronym and go on for two words or more
    that the article (`texts`) never writes without it ("U.S. News & World Report"), with the short forms
    that open them ("U.S. News"): the acronym is the first word of another body's name, no qualifier
    to cut (the "Justice Department" of a "U.S. Justice Department" is written alone too)."""
    whole = set()
    for span in spans:
        first, _, rest = span.partition(" ")
        if len(rest.split()) < 2 or not _country_acronyms(first, gaz):
            continue
        if sum(t.count(rest) for t in texts) == sum(t.count(span) for t in texts):
            whole.add(span)
    shorts = {s for s in spans for w in whole if " " in s and w.startswith(s + " ") and _country_acronyms(s.split()[0], gaz)}
    return frozenset(whole | shorts)
