"""Which of several earlier people a "he" or "she" stands for, when more than one fits.

speakers.Discourse takes the nearest fitting person (Muzny et al.'s pronoun sieve); these rules
overrule that choice where the text says more than nearness: the pronoun a person has already
been written with, the person a quote talks about by title, and an unnamed source brought in
after the last name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import HONORIFICS

if TYPE_CHECKING:
    from .speakers import Speaker

# The pronouns of one person, which say which person they are (not "they", not "it").
GENDERED_PRONOUNS = frozenset({"he", "she"})
# The words that bring a person in for the first time: "a spokesman", "one official", "another aide".
INDEFINITE = frozenset({"a", "an", "one", "another"})
_THE_WORD = re.compile(r"\bthe\s+([a-z]+)\b", re.IGNORECASE)


def written_with(
    chosen: Speaker, sentence_at: int, seen: list[tuple[int, Speaker]], pronouns: dict[str, set[str]],
    pronoun: str, quoted: frozenset[str],
) -> Speaker | None:
    """The other subject of the chosen one's sentence whom the article has written with this very
    pronoun, when the chosen one has been written with none: in "Knight and Roni Size have
    released a single. She said ...", "she" is Knight, whom "she" was used for before (a subject
    only: a person the sentence merely names is not whom the next words continue with; nor, when the
    chosen one is the main clause's subject, the subject of a clause inside it: "Cuomo criticized the
    use of force to make way for Trump to hold ... '...,' he said" is Cuomo's)."""
    if pronoun not in GENDERED_PRONOUNS or not chosen.entity_key or pronouns.get(chosen.entity_key):
        return None
    return next((
        c for at, c in reversed(seen) if at == sentence_at and c.topic and not (c.clause == "inner" and chosen.clause == "main") and c.person and c.entity_key
        and c.entity_key not in {chosen.entity_key} | quoted and pronouns.get(c.entity_key) == {pronoun}
    ), None)


def described_by_name(
    chosen: Speaker, sentence_at: int, seen: list[tuple[int, Speaker]], described: list[tuple[int, Speaker]], fits,
) -> Speaker | None:
    """A person the text introduced by a relative clause under a name the model never tagged ("the
    success of The Game, who has become the hottest new star"), named again in the chosen one's
    sentence, when the chosen one is no subject there: in "The Game described some of 50 Cent's
    rivals as ... '...,' he said", the possessive inside the object is not whom "he" continues with."""
    if chosen.topic:
        return None
    names = {d.text for at, d in described if at <= sentence_at and d.introduced and fits(d)}
    return next((c for at, c in reversed(seen) if at == sentence_at and not c.entity_key and c.person and c.text in names), None)


def owned_subject(chosen: Speaker, sentence_at: int, described: list[tuple[int, Speaker]], fits) -> Speaker | None:
    """The person described as the chosen one's, the subject of the chosen one's sentence: in "Tony
    Blair's official spokesman declined to say whether the prime minister backed the plans. He said:"
    the owner is not whom "he" continues with, though a clause inside is about him."""
    if not chosen.entity_key:
        return None
    owned = (f"{chosen.text.lower()}'s ", f"{chosen.text.lower()}\u2019s ")
    return next((d for at, d in reversed(described) if at == sentence_at and d.topic and not d.plural
                 and d.text.lower().startswith(owned) and fits(d)), None)


def titled_inside(quote: str, titles: dict[str, set[str]], roles: frozenset[str]) -> frozenset[str]:
    """The people a quote names by a title the article gave them ("I think the President would
    rather wait", after "President Corazon Aquino"): no one calls themselves "the President", so
    they are talked about, not the one who speaks."""
    said = {w.lower() for w in _THE_WORD.findall(quote)}
    if not said:
        return frozenset()
    # (a role, not a rank: "the lord chancellor" in Lord Woolf's words is not Lord Woolf)
    return frozenset(key for key, held in titles.items() if said & (held - HONORIFICS) & roles)


def newer_unnamed_source(
    chosen_at: int, sentence: int, described: list[tuple[int, Speaker]], fits,
) -> Speaker | None:
    """An unnamed person brought in as a clause's subject after the person chosen was last named,
    in the sentence right before the pronoun's or its own ("However, one fund manager does not
    agree ... '...,' he said", "A spokesman for Airbus confirmed those terms. '...,' he said", "X is
    senior benefit officer. He said"):
    the words are theirs, not those of the name before them."""
    for at, cand in reversed(described):
        if at <= chosen_at or sentence - at > 1:
            return None
        words = cand.text.lower().split()
        if cand.topic and not cand.plural and (len(words) > 1 and words[0] in INDEFINITE or cand.introduced) and fits(cand):
            return cand
    return None
