"""Acronyms defined in parentheses and the long names they spell."""

from __future__ import annotations

import re

from .. import recall
from .. import thresholds as T
from ..gazetteer import Gazetteer
from ...names import FUNCTION_WORDS, initials, is_acronym, possessive_ending, spells_some_function_words
from .base import _FIGURE_NAME, LEGAL_FORMS, _Mention, Para, _PLURAL_ACRONYM
from .partnerships import closes_a_firms_bracket


_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")

_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")


def _acronym_spans(prose: list[Para], gaz: Gazetteer | None) -> list[_Mention]:
    """'Long Name (LN)': the long name, its variants ('of' for 'in') and the acronym, as one family."""
    out: list[_Mention] = []
    seen: dict[str, int] = {}
    for p in prose:
        for acr, long_span in _definitions(p, gaz):
            if acr in seen:
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
            # (a comma between two of them: "the State Administration of Radio, Film and Television (SARFT)")
            glue = r",?\s+(?:(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\s+)*"
            pattern = re.compile(r"(?<!\w)" + glue.join(map(re.escape, content)) + r"(?!\w)")
            for q in prose:
                for hit in pattern.finditer(q.text):
                    ev = {"acronym", "defined"} if (q.seq, hit.start()) == (p.seq, long_span[0]) else {"acronym"}
                    out.append(_Mention(q.seq, hit.start(), hit.end(), hit.group(), "", ev | kind, family))
                for hit in re.finditer(rf"(?<![\w-]){short}(?![\w-])", q.text):
                    out.append(_Mention(q.seq, hit.start(), hit.end(), hit.group(), "", {"acronym"} | kind, family))
    return out


def _definitions(p: Para, gaz: Gazetteer | None) -> list[tuple[str, tuple[int, int]]]:
    """The acronyms the paragraph defines ("Long Name (LN)") and the spans of their long names. Not the other way round,
    "LN (Long Name)": copy spells out a weapon or a treaty so as often as a body ("ABM (Anti-Ballistic Missile)")."""
    out = []
    state_tags = recall.bare_state_tags(p.text, gaz)
    for m in _ACRONYM_DEF.finditer(p.text):
        if m.start() < p.skip or closes_a_firms_bracket(p.text, m.end()):
            continue  # "LOS ANGELES (AP) -": a dateline's agency spells no place; "Enterprise Oil (TNS) Ltd" one firm
        if m.span(1) in state_tags:
            continue  # "Sen. Bob Corker (TN)": his state, no acronym of his name
        # "the Association of Leading Visitor Attractions (Alva)": an acronym written as a word, its one capital
        # first, defines a name whose initials it spells (no run of capitalised words will do)
        long_span = _long_form(p.text, m.start(), m.group(1), spelt_only=sum(ch.isupper() for ch in m.group(1)) < 2)
        if long_span is not None:
            out.append((m.group(1), long_span))
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


# A people's or a creed's adjective: "Welsh", "Scottish", "Communist", "Socialist", "Democratic", "Mexican" (not a
# "Chairman" or a "Spokesman" before the name).
_QUALIFIER = re.compile(r"[A-Z][a-z]+(?:sh|ch|ist|ic|[^m]an|ese)")


def _qualifier_before(text: str, word: re.Match[str], start: int) -> bool:
    """'the Communist United Marxist-Leninist (UML) party', 'Welsh National Farmers' Union (NFU) chairman': a people's or a
    creed's adjective right before the words the acronym spells, which the acronym leaves out and the name keeps (the
    Welsh union is no other union's arm)."""
    return bool(_QUALIFIER.fullmatch(word.group())) and not text[word.end() : start].strip()


# A name of a list, and its bracket: the name before it and a comma, then the bracket and a comma or "and" after it.
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*,\s+$")
_LIST_ITEM_AFTER = re.compile(r"\([^)]*\)(?:,|\s+and\b)")


def _item_of_a_list(text: str, start: int, paren: int) -> bool:
    """Whether the run of capitalised words at `start`, then a bracket at `paren`, is an item of a list of names: "He
    played for the Bruins, Philadelphia Blazers (WHA), New York Rangers": the bracket notes a fact of the item (its
    league, its party, its country), which a list gives each item, no acronym of a name it does not spell."""
    return bool(_LIST_ITEM_BEFORE.search(text, max(0, start - 40), start)) and bool(_LIST_ITEM_AFTER.match(text, paren))


def _long_form(text: str, paren: int, acr: str, *, spelt_only: bool = False) -> tuple[int, int] | None:
    """The name an acronym stands for: the words whose initials spell it, else - for an acronym
    from another language ("JNIM"), unless `spelt_only` - the run of capitalised words right before the parenthesis."""
    ws = list(_WORD.finditer(text, max(0, paren - T.ACRONYM_LOOKBACK_CHARS), paren))
    if not ws or text[ws[-1].end() : paren].strip():
        return None  # "(AP)" after a comma or a date defines nothing
    # "the New York Stock Exchange's (NYSE) rules": the owner's "'s" is no part of the name
    end = ws[-1].end() - len(possessive_ending(ws[-1].group()))
    acr = acr.upper()
    for i in reversed(range(max(0, len(ws) - T.ACRONYM_LOOKBACK_WORDS), len(ws))):
        if ws[i].group()[0].isupper():
            candidate = text[ws[i].start() : end]
            if acr in {initials(candidate), initials(candidate, skip_function_words=False)} or spells_some_function_words(acr, candidate):
                return (ws[i - 1] if i and _qualifier_before(text, ws[i - 1], ws[i].start()) else ws[i]).start(), end
    if spelt_only:
        return None
    start = None
    for i in reversed(range(max(0, len(ws) - T.ACRONYM_FOREIGN_RUN_MAX_WORDS), len(ws))):
        if i + 1 < len(ws) and text[ws[i].end() : ws[i + 1].start()].strip() not in {"", "&"}:
            break  # punctuation: the name ended ("&" joins two of its words: "European Aeronautic Defense & Space Company")
        word = ws[i].group()
        if word[0].isupper():
            start = i
        elif word.casefold() not in FUNCTION_WORDS:
            break
    if start is None or sum(w.group()[0].isupper() for w in ws[start:]) < 2 or _item_of_a_list(text, ws[start].start(), paren):
        return None
    if ws[-1].group().casefold().rstrip(".") in LEGAL_FORMS and len(ws) - start > 1 and acr != initials(text[ws[start].start() : ws[-2].end()]):
        return None  # "Convex Computer Corp (CNVX)": a firm's stock code, no acronym of its name (not "Banco Bilbao Vizcaya SA (BBV)")
    return ws[start].start(), end
