"""Names the wire writes as a security, a credit rating, a unit of trading or a status, not as a body: "Treasury
securities", "over Treasuries", "the 30-year Treasury", "rated AAA", "AAA-rated paper", "an AAA rating", "5.45 dlrs per ADR", "Most Favoured
Nation trading status"."""

from __future__ import annotations

import re
from dataclasses import replace

from ...names import possessive_ending
from .base import _Mention

# A government's debt, named after the office that issues it: the office acts ("the Treasury said"), its paper
# is traded ("Treasury bills", "over Treasuries").
_DEBT_NAMES = frozenset({"Treasury", "Treasuries"})
_SECURITY_NOUNS = frozenset(
    """security securities bond bonds bill bills note notes issue issues yield yields paper futures index
    prices""".split()
)
# "Treasury or Federal agency securities", "Treasury bond price index": up to three words before the noun.
_WORDS_AFTER = re.compile(r"(?:\s+(?:or|and)\s+[A-Z][\w-]*)?((?:\s+[a-z][\w-]*){1,3})")

# A maturity before a government's debt: "the yield on the benchmark 30-year Treasury", "the two-year Treasury fell".
_MATURITY_BEFORE = re.compile(r"\b(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)-(?:year|month|week)\s+$", re.IGNORECASE)

# A credit rating: "AAA", "AA", "BBB", "Aa1", "Baa2".
_RATING = re.compile(r"(?:A{1,3}|B{1,3}|C{1,3}|Aa|Baa|Ba|Caa)[1-3+-]?")
_RATED_BEFORE = re.compile(r"\brated\s+$")
_RATED_AFTER = re.compile(r"-rated\b|\s+ratings?\b")

_PER_BEFORE = re.compile(r"\bper\s+$")
# A unit priced by its thousands or millions: "dlrs per mln BTU", "per mln British Thermal Unit" (a unit's name,
# however capitalised; no firm is priced "per mln").
_PER_AMOUNT_BEFORE = re.compile(r"\bper\s+(?:mln|million|bln|billion|thousand|hundred|100|1,000)\s+$")

# A status a name stands before: "restored Most Favoured Nation trading status", "granted MFN status".
_STATUS_AFTER = re.compile(r"\s+(?:trading\s+|trade\s+)?status\b")


def _security_or_unit(text: str, start: int, end: int) -> bool:
    """The span text[start:end] names a security ("Treasury securities", "Treasuries"), a rating ("rated AAA",
    "AAA-rated", "an AAA rating") or a unit of trading ("per ADR", "per mln British Thermal Unit"), not the office, agency or firm behind it."""
    name = text[start:end]
    if name == "Treasuries":
        return True
    if name in _DEBT_NAMES and (after := _WORDS_AFTER.match(text, end)) and set(after.group(1).split()) & _SECURITY_NOUNS:
        return True
    before = text[max(0, start - 20) : start]
    if name in _DEBT_NAMES and _MATURITY_BEFORE.search(before):
        return True  # "the benchmark 30-year Treasury": a bond by its term, no office
    if _RATING.fullmatch(name) and (_RATED_BEFORE.search(before) or _RATED_AFTER.match(text, end)):
        return True
    return name.isupper() and bool(_PER_BEFORE.search(before)) or bool(_PER_AMOUNT_BEFORE.search(before))


def _status_name(text: str, start: int, end: int) -> bool:
    """The span text[start:end] names a status ("restored Most Favoured Nation trading status"); a place before
    it is the status's subject ("the Kosovo status talks"), so the caller asks this of no place."""
    return bool(_STATUS_AFTER.match(text, end))


# A market report's quote tag after a listed name: its ticker and the day's change, "Delta Air Lines Inc. DAL, +1.55%",
# "the Cboe Volatility Index VIX, -2.93%", "gold futures GCG20, -0.56%" (MarketWatch writes one after every firm, index
# and future it names). The ticker is no name of its own, and no word of the firm's.
_QUOTE_TAG = re.compile(r"\b[A-Z][A-Z\d.:]{0,14}(?=, [+\-\u2212]\d+(?:\.\d+)?%)")


def without_quote_tags(text_of: dict[int, str], spans: list[_Mention]) -> list[_Mention]:
    """The spans less the tickers of quote tags: a span that is one (or opens with one) goes, one that ends with one
    ("Marathon Oil Corp. MRO") is cut before it, and its owner's possessive with it ("Amazon.com Inc.'s AMZN")."""
    tags = {seq: [m.start() for m in _QUOTE_TAG.finditer(text)] for seq, text in text_of.items()}
    out = []
    for m in spans:
        cut = next((s for s in tags.get(m.seq, ()) if m.start <= s < m.end), None)
        if cut is None:
            out.append(m)
        elif cut > m.start:
            name = text_of[m.seq][m.start : cut].rstrip()
            name = name[: len(name) - len(possessive_ending(name))]
            out.append(replace(m, end=m.start + len(name), text=name))
    return out
