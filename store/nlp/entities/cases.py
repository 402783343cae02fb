"""Names the copy writes as a court case, not as the parties to it: "Plessy v. Ferguson", "the Supreme Court's Citizens
United decision"."""

from __future__ import annotations

import re

# A case by its parties, however many words each: "Roe v. Wade", "Brown v. Board of Education", "Whole Woman's Health
# v. Hellerstedt" (the law's "v.", not the "vs." of a contest: "Trump vs. Clinton" names the two who run).
_PARTY_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w'\u2019&-]*)"  # initials ("U.S."), or a word whose stop ends the sentence
_PARTY = rf"{_PARTY_WORD}(?: (?:of |for |the )*{_PARTY_WORD})*"
_CASE_BY_ITS_PARTIES = re.compile(rf"{_PARTY} v\. {_PARTY}")

# A court's possessive and a decision's noun either side of a name: "the Supreme Court's Citizens United decision",
# "the court's controversial Heller ruling".
_COURTS_BEFORE = re.compile(r"\b[Cc]ourt['\u2019]s (?:[a-z-]+ )?$")
_DECISION_AFTER = re.compile(r" (?:decision|ruling|opinion)\b")


def _court_case(text: str, start: int, end: int) -> bool:
    """The span text[start:end] names a court case, a decision the law is read by, no one who acts: it lies within a case
    named by its parties ("Plessy v. Ferguson": neither Plessy nor the town the case is also named after), or stands
    between a court's possessive and a decision's noun ("the Supreme Court's Citizens United decision", though named like
    the group that brought it)."""
    if any(m.start() <= start and end <= m.end() for m in _CASE_BY_ITS_PARTIES.finditer(text)):
        return True
    return bool(_COURTS_BEFORE.search(text, max(0, start - 40), start) and _DECISION_AFTER.match(text, end))
