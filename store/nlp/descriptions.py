"""Which named speaker a quote's description or thing stands for where speakers.py's lists give
none: a description no rule of Discourse resolved, read from how the quote is cued ("The
tournament debutant added:"), and a thing a colon's sentence gives as someone's ("Labour's election
slogan will be:"). Muzny et al.'s mention -> entity stage, for the nouns no list holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .speakers import Speaker

# Cues that go on with the speaker of the quote before: '"...," the tournament debutant added'.
_GOING_ON = frozenset({"add", "added", "adds", "adding"})
# Words of one speaker talking of themself ("I", never "i": a numeral or a letter in a list).
_ONESELF = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|I'm|I've|I'd|I'll)\b")


def added_by_last(speaker: Speaker, cue: str | None, last: Speaker | None) -> bool:
    """Whether a definite description of one person that names no role, body or document ("The
    tournament debutant added:") is the named person who spoke last: "added" goes on with the
    speaker before, and a writer describes the person just quoted so as not to repeat the name."""
    if cue is None or cue.lower() not in _GOING_ON or last is None:
        return False
    unresolved = (
        speaker.pronoun is None and speaker.entity_key is None and speaker.definite and speaker.person
        and not (speaker.plural or speaker.document or speaker.role or speaker.surname)
    )
    return unresolved and bool(last.entity_key) and last.person and not last.plural


def speaks_as_one(speaker: Speaker, words: str, names: dict[str, tuple[str, str]]) -> bool:
    """Whether a name the model took for an organisation is a person, by the words a cue gives it:
    a body speaks as "we", one person as "I" ("But Mutu has hit out, saying: 'Chelsea have
    destroyed me'"). Only the name itself, written as the entity's name, not a description
    resolved to it ("a spokesman for the club"), whose "I" is the spokesman's."""
    key = speaker.entity_key
    return (
        key is not None and not speaker.person and speaker.pronoun is None and names.get(key, ("", ""))[1] == "ORG"
        and speaker.text == names[key][0] and _ONESELF.search(words) is not None
    )


def owner_of(subject, mention_at, names: dict[str, tuple[str, str]]) -> str | None:
    """The person or organisation whose thing a sentence introducing a quote is about: in "Labour's
    election slogan will be: '...'" the words are Labour's (a possessive name owning the subject)."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    key = mention_at(owner.idx) if owner is not None else None
    return key if key and names[key][1] in {"PERSON", "ORG"} else None
