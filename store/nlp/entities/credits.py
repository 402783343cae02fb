"""The writers a story's credit lines name: "Follow Jane Doe on Twitter @janedoe.", "Jane Doe reported from Moscow.",
"(Additional reporting by Jo Roe in Washington, editing by Al Poe)". The reader files such lines as credits or page
furniture, which the model never reads; the people they name are the story's writers, actors of the story as a
by-line's are (tests/gold/README.md, "the byline rule"), and the places they file from are places."""

from __future__ import annotations

import re

from ...names import FUNCTION_WORDS
from .base import _Mention, Para

# One name of a writer: capitalised words (initials "AWR", a hyphened "Freytas-Tamura"), with a surname's lowercase
# particle inside ("Kimiko de Freytas-Tamura").
_NAME = r"[A-Z][\w'\u2019\-]*\.?(?:\s+(?:(?:de|da|del|van|von|der|le|la|al)\s+)?[A-Z][\w'\u2019\-]*\.?){0,3}"
_HANDLE = r"\s*@\w+"
_PLATFORM = r"(?:Twitter|Facebook|Instagram|X|Threads|Bluesky|LinkedIn)"

# "Follow Jane Doe on Twitter @janedoe", "Follow Jane Doe @janedoe and Jo Roe @jroe on Twitter": a writer's follow line
# (not "Follow us", "Follow him": no name).
_FOLLOW = re.compile(rf"\bFollow\s+(?P<names>{_NAME}(?:{_HANDLE})?(?:,?\s+and\s+{_NAME}(?:{_HANDLE})?)*)(?P<on>\s+on\s+{_PLATFORM}\b)?")
# A name, not a handle's letters ("@JaneDoe")
_NAME_RE = re.compile(rf"(?<![@\w]){_NAME}")
# "Jane Doe reported from Moscow, and Jo Roe from London.", "Jo Roe contributed reporting from Moscow.", "Jo Roe
# contributed to this report.": a sentence of its own, so the name opens the paragraph or follows a sentence's end.
_REPORTED_FROM = re.compile(
    rf"(?:^|(?<=[.!?\u201d\"]\s)|(?<=[.!?]))(?P<names>{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?)\s+"
    rf"(?:reported\s+from\s+(?P<place>{_NAME})|contributed(?:\s+additional)?\s+reporting(?:\s+from\s+(?P<from>{_NAME}))?"
    r"|contributed\s+to\s+this\s+(?:report|story|article))"
    rf"(?:,?\s+and\s+(?P<other>{_NAME})\s+from\s+(?P<other_place>{_NAME}))?\s*\.",
)
# "Additional reporting by A, B and C in Washington and D in New York, editing by E and F": each name a writer, each
# place after "in" a place. The cue opens the paragraph, a bracket or a part after a comma or semicolon (not "a book
# written by", "research by Harvard" of prose).
_CREDITED_BY = re.compile(r"(?:^|(?<=\()|(?<=[;,]\s))(?i:(?:additional\s+)?(?:reporting|writing|editing))\s+by\s+")
_LISTED_NAME = re.compile(rf"(?P<name>{_NAME})(?:\s+in\s+(?P<place>{_NAME}))?(?P<sep>,\s*(?:and\s+)?|\s+and\s+|;\s*)?")
# Capitalised sentence openers that name no one: "He reported from Paris."
_OPENERS = frozenset({"a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "its", "their", "our"})
# Words a credit's list may hold that are no writer: its next role ("editing by"), an outlet or a note.
_NOT_NAMES = frozenset({"editing", "writing", "reporting", "additional", "editor", "editors", "the", "by"})

Span = tuple[int, int, str]


def credited_writers(text: str) -> list[Span]:
    """(start, end, label) of each writer ("PERSON") and filing place ("GPE") a paragraph's credit lines name:
    "Follow Ian Roe on Twitter @IanRoe." -> Ian Roe; "Roe reported from Washington." -> Roe, Washington."""
    return _followed(text) + _reported_from(text) + _credited_by(text)


def _followed(text: str) -> list[Span]:
    """"Follow Pam Roe on Twitter @pamroe": the name or names before the handles."""
    out: list[Span] = []
    for m in _FOLLOW.finditer(text):
        if m["on"] or "@" in m["names"]:  # a platform or a handle: no "Follow Jane Doe" of prose
            out += [(m.start("names") + n.start(), m.start("names") + n.end(), "PERSON") for n in _NAME_RE.finditer(m["names"])]
    return out


def _reported_from(text: str) -> list[Span]:
    """"Jo Roe reported from Moscow, and Al Poe from London.": the writers and where they filed from."""
    out: list[Span] = []
    for m in _REPORTED_FROM.finditer(text):
        if m["names"].split()[0].lower() in FUNCTION_WORDS | _OPENERS:
            continue  # "The Times reported from Paris", "He reported from Paris": no writer's name
        base = m.start("names")
        out += [(base + n.start(), base + n.end(), "PERSON") for n in _NAME_RE.finditer(m["names"])]
        out += [(m.start(g), m.end(g), "PERSON" if g == "other" else "GPE") for g in ("place", "from", "other", "other_place") if m[g]]
    return out


def _credited_by(text: str) -> list[Span]:
    """"Reporting by Jo Roe and Al Poe in Paris; editing by Ann Lee": the list after each "by", up to what no name
    opens (a lowercase word, a bracket)."""
    out: list[Span] = []
    for cue in _CREDITED_BY.finditer(text):
        at = cue.end()
        while m := _LISTED_NAME.match(text, at):
            if m["name"].lower() in _NOT_NAMES:
                break
            out.append((m.start("name"), m.end("name"), "PERSON"))
            if m["place"]:
                out.append((m.start("place"), m.end("place"), "GPE"))
            if not m["sep"]:
                break
            at = m.end()
    return out


# A writer's bio the reader filed as a credit: "Jane Doe is a columnist for the Daily Planet." (its name first).
_BIO = re.compile(rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,80}}\))?,?\s+(?:is|was|has\s+been)\s+(?:a|an|the)\b")


def credit_mentions(paras: list[Para]) -> list[_Mention]:
    """The writers and filing places of every paragraph's credit lines, and the writer a credit's bio opens with
    ("AWR Roe is the columnist for ..."): mentions, though the model reads none of these lines (or reads "Follow Pam
    Roe" as one name)."""
    return [_Mention(p.seq, s, e, p.text[s:e], label, {"person"} if label == "PERSON" else {"place"})
            for p in paras if p.kind != "title" for s, e, label in credit_spans(p.kind, p.text)]


def credit_spans(kind: str, text: str) -> list[Span]:
    """A paragraph's writers and filing places: its credit lines', and the bio's writer of a paragraph the reader filed
    as a credit ("AWR Roe is the columnist for the Daily Planet.")."""
    bio = _BIO.match(text) if kind == "credit" else None
    if bio and bio["name"].split()[0].lower() not in FUNCTION_WORDS | _OPENERS:
        return [(bio.start("name"), bio.end("name"), "PERSON")] + credited_writers(text)
    return credited_writers(text)


def without_spans_over_credits(tagged: list[_Mention], credits: list[_Mention]) -> list[_Mention]:
    """The model's spans less those overlapping a credit's name ("[Follow Pam Roe] on Twitter"): the rule bounds it."""
    return [m for m in tagged if not any(c.seq == m.seq and c.start < m.end and m.start < c.end for c in credits)]
