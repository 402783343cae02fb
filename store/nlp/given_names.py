"""English given names, from a curated table: what a word before a surname may be."""

from __future__ import annotations

from nicknames import NickNamer

# English given names and the short forms copy calls their bearers by ("Dick" of "Richard", "Dave" of "David", "Marty" of
# "Martin"), from a curated table of some thousand names: a list of our own grew one miss at a time.
NICKNAMES = NickNamer()


def given_name(key: str) -> bool:
    """"john", "clarence": a given name (a key) the table of short forms knows."""
    return bool(NICKNAMES.nicknames_of(key) or NICKNAMES.canonicals_of(key))
