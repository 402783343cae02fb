"""Bodies the copy says what they are of: "a super PAC called Future 45", "a group called the "We The People
Foundation"", "Future45, a super PAC that", "Clinton's super PACs, Priorities USA Action and Correct the Record,". Their
names are often common words ("For Our Future", "Real News Right Now") that the model leaves untagged or cuts; the
kind noun beside them bounds them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import thresholds as T
from ..gazetteer import Gazetteer
from ..recall import Found, ORGANISATION_KINDS

# A body's kind: the language's nouns for organisations (recall.ORGANISATION_KINDS), and those of politics and the web.
BODY_KINDS = ORGANISATION_KINDS | frozenset(
    {"pac", "organization", "organisation", "nonprofit", "charity", "site", "blog", "coalition", "foundation", "committee",
     "tank", "movement", "campaign", "institute", "party"})
_PLURAL_KINDS = frozenset({"pacs", "groups", "organizations", "organisations", "nonprofits", "charities", "sites", "websites",
                           "companies", "firms", "outlets", "newspapers", "coalitions", "foundations", "committees"})
# Small words a name may hold between its capitalised words: "Dayton Right to Life", "Correct the Record".
_INNER = frozenset({"of", "for", "the", "to", "on", "in", "at"})
# What the model may have made of a body's name: nothing, a body, a product or a work; not a person, place or date.
_BODY_TAGS = frozenset({"", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
_PLACE_TAGS = frozenset({"GPE", "LOC"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def bodies_by_their_kind(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """The names of bodies a kind noun introduces, "called" them or in apposition to them, and a poll's second sponsor
    (those a plural kind lists are bodies_listed_after_their_kind's, which the caller reads once for two uses)."""
    return _called(doc) + _before_their_kind(doc, gaz) + _second_sponsors(doc)


def _name_from(doc: Doc, i: int) -> int:
    """The end of a capitalised name starting at token i (i itself when none): capitalised words, numbers ("Future
    45") and small words between capitalised words ("Right to Life")."""
    end = i
    while end < len(doc):
        tok = doc[end]
        if _name_word(tok) or end > i and tok.like_num:
            end += 1
        elif end > i and tok.lower_ in _INNER and tok.text.islower() and end + 1 < len(doc) and _name_word(doc[end + 1]):
            end += 1
        else:
            break
    return end


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: "Future45", a site's "Presente.org"."""
    return tok.text[:1].isupper() and (tok.is_alpha or any(c.isalpha() for c in tok.text) and tok.text.isalnum() or tok.like_url)


def _span(doc: Doc, start: int, end: int) -> Found:
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", {"organisation"})


def _called(doc: Doc) -> list[Found]:
    """"a super PAC called Future 45", "a website called Real News Right Now", "a group called the "We The People
    Foundation"": the name after "called" or "named" (and a "the" or a quotation mark) that follows a body's kind."""
    out: list[Found] = []
    for tok in doc:
        if tok.lower_ not in {"called", "named"} or tok.i == 0 or doc[tok.i - 1].lower_ not in BODY_KINDS:
            continue
        if not any(t.lower_ in {"a", "an"} for t in doc[max(0, tok.i - 5) : tok.i - 1]):
            continue  # "The committee named Jo Roe its chair": a verb, no name of the kind
        i = tok.i + 1
        while i < len(doc) and (doc[i].lower_ == "the" or doc[i].text in _QUOTES):
            i += 1
        end = _name_from(doc, i)
        if end > i and not any(t.ent_type_ == "PERSON" for t in doc[i:end]):
            out.append(_span(doc, i, end))
    return out


def _kind_after(doc: Doc, i: int, kinds: frozenset[str]) -> bool:
    """Whether "a" (or "an") at i opens a noun phrase whose head is one of `kinds`: "a super PAC that", "a new group,"
    (not "a group member": its head is "member")."""
    if i >= len(doc) or doc[i].lower_ not in {"a", "an"}:
        return False
    for j in range(i + 1, min(i + 5, len(doc))):
        if doc[j].lower_ in kinds:
            return j + 1 == len(doc) or doc[j + 1].pos_ not in {"NOUN", "PROPN"}
        if doc[j].pos_ not in {"ADJ", "NOUN", "PROPN", "ADV"} and doc[j].text != "-":
            return False
    return False


def _before_their_kind(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """"Future45, a super PAC that intends", "to For Our Future, a super PAC he formed": the capitalised run before the
    comma of an apposition whose head is a body's kind, none of it a person's name the model tagged."""
    out: list[Found] = []
    for comma in doc:
        if comma.text != "," or comma.i == 0 or not _kind_after(doc, comma.i + 1, BODY_KINDS):
            continue
        start = comma.i
        while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].like_num and start - 1 > 0 and _name_word(doc[start - 2])
                             or doc[start - 1].lower_ in _INNER and doc[start - 1].text.islower() and start - 1 > 0 and _name_word(doc[start - 2])
                             and start < comma.i):
            start -= 1
        if start == comma.i or doc[start].is_sent_start or any(t.ent_type_ not in _BODY_TAGS | _PLACE_TAGS for t in doc[start:comma.i]):
            continue  # no name, a sentence's first words (unbounded), or a person's or a date's
        if any(t.ent_type_ in _PLACE_TAGS for t in doc[start:comma.i]) and (gaz is None or gaz.lookup(doc[start:comma.i].text)):
            continue  # a place ("In Ohio, a group of voters"), though the model takes a body's coined word for one ("Future45")
        out.append(_span(doc, start, comma.i))
    return out


def bodies_listed_after_their_kind(doc: Doc) -> list[Found]:
    """"Clinton's super PACs, Priorities USA Action and Correct the Record, also", "The other groups that signed the
    letter are Acme Now, Bend the Line, ...": each name a plural kind lists after its comma (two names or more) or after
    a clause's "are" or "include" (three or more), joined by commas and one "and", the list closed by a comma or the
    sentence's end. A name the model tags a person's or a place's is none of them."""
    out: list[Found] = []
    for kind in doc:
        first = _list_start(doc, kind)
        if first is None:
            continue
        names = _listed_names(doc, first)
        last = names[-1][1] if names else 0
        closed = last >= len(doc) or doc[last].text in {",", ".", ";"}
        if len(names) >= (2 if first == kind.i + 2 else 3) and closed:
            out += [_span(doc, s, e) for s, e in names
                    if not any(t.ent_type_ == "PERSON" for t in doc[s:e]) and not all(t.ent_type_ in _PLACE_TAGS for t in doc[s:e])]
    return out


# Words after which a plural kind's clause lists its members: "the groups that signed are A, B, C", "groups include A".
_LIST_VERBS = frozenset({"are", "were", "include", "included", "including"})


def _list_start(doc: Doc, kind: Token) -> int | None:
    """Where a plural kind's list of names begins: after its comma, or after the "are" or "include" of a short clause
    about it ("groups that signed the letter are")."""
    if kind.lower_ not in _PLURAL_KINDS or kind.i + 2 >= len(doc):
        return None
    if doc[kind.i + 1].text == ",":
        return kind.i + 2
    for tok in doc[kind.i + 1 : min(kind.i + T.LIST_CLAUSE_MAX_WORDS, len(doc) - 1)]:
        if tok.is_punct:
            return None
        if tok.lower_ in _LIST_VERBS:
            return tok.i + 1
    return None


def _listed_names(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The (start, end) token spans of names listed from token i, joined by commas and "and"."""
    names: list[tuple[int, int]] = []
    while (end := _name_from(doc, i)) > i:
        names.append((i, end))
        i = end + (2 if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and" else 1)
        if end >= len(doc) or doc[end].lower_ not in {"and", ","}:
            break
    return names


# A poll's or a survey's word after its sponsors' names.
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})


def _second_sponsors(doc: Doc) -> list[Found]:
    """"The latest Reuters/Ipsos poll": the sponsor after the slash, which the model leaves untagged when it tags the
    first alone (both names one word or more of capitals, the poll's word right after)."""
    out: list[Found] = []
    for slash in doc:
        if slash.text != "/" or slash.i == 0 or doc[slash.i - 1].ent_type_ != "ORG" or slash.whitespace_ or doc[slash.i - 1].whitespace_:
            continue
        end = _name_from(doc, slash.i + 1)
        if end > slash.i + 1 and end < len(doc) and doc[end].lower_ in _POLL_WORDS and not any(t.ent_type_ for t in doc[slash.i + 1 : end]):
            out.append(_span(doc, slash.i + 1, end))
    return out


# The political action committee's kind, which US copy writes in capitals as if a name: "a super PAC", "the PAC".
_PAC_WORDS = frozenset({"super", "pac", "pacs"})


def only_a_kind(text: str) -> bool:
    """Whether a span is only the kind's acronym of a political action committee ("PAC", "Super PAC"): a common noun
    in capitals, no body's name (the name is "Liberty Now PAC")."""
    return set(text.lower().split()) <= _PAC_WORDS
