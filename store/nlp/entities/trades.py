"""A street named for the trade or the office on it, an actor ("Wall Street analysts said", "the slide on Wall
Street", "Wall Street speculated", "Downing Street has confirmed"), which the model leaves untagged; a street where
something is, is an address (context.py), and so is one before its staff in the gold ("Former Downing Street media
chief")."""

from __future__ import annotations

import re

Found = tuple[int, int, str, set[str]]

_STREET = r"(?P<name>[A-Z][a-z]+ Street)"
# The people and firms of a trade, named by its street: "Wall Street analysts", "Fleet Street editors".
_TRADE_PEOPLE = re.compile(
    _STREET + r" (?:analysts?|investors?|traders?|executives?|firms?|banks?|bankers?|brokers?|brokerages?|"
    r"economists?|houses?|journalists?|editors?|darling)\b"
)
# A market's moves written as happening on its street: "the record fall on Wall Street", "conditions on
# Wall Street" (not "a shop on Oxford Street": no market noun before it).
_MARKET_MOVE = re.compile(
    r"\b(?:falls?|slides?|slump|drops?|declines?|rally|rallies|rises?|gains|losses|trading|conditions|sell-off|"
    r"selloff|crash|turmoil|plunge|consensus|sentiment|mood|speculation|talk|jitters) on " + _STREET + r"(?![\w'\u2019-])"
)
# A street that thinks, expects or reacts is the trade on it: "Wall Street speculated the board ...", "Fleet
# Street expects" (a street where something is only closes, floods or lies somewhere).
_TRADE_THINKS = re.compile(
    _STREET + r" (?:speculated|speculates|expects|expected|believes|believed|thinks|thought|fears|feared|worries|"
    r"worried|reacted|reacts|welcomed|welcomes|doubts|doubted|cheered|cheers|shrugged|shrugs|bets|wagered)\b"
)

# A street that speaks or will not is the office on it: "Downing Street has confirmed British troops are on standby",
# "Downing Street would not comment", "Neither Downing Street nor the Labour Party would comment" (a street where
# something is says nothing: "a shop on Oxford Street said").
_OFFICE_SPEAKS = re.compile(
    r"(?<!\bon )(?<!\bin )(?<!\bat )(?<!\boff )(?<!\bnear )" + _STREET
    + r" (?:(?:has|had|would|will|did) (?:not )?)?(?:said|says|confirmed|confirms|denied|denies|indicated|announced|"
    r"insisted|stressed|rejected|dismissed|declined|refused|comment|no comment)\b"
    r"|\bNeither " + _STREET.replace("name", "neither") + r" nor\b"
)


def streets_for_trades(text: str) -> list[Found]:
    """Each street named for its trade or its office, an actor: before its people, after a market's move or mood,
    thinking or speaking."""
    return [
        (m.start(g), m.end(g), "ORG", {"organisation"})
        for pattern in (_TRADE_PEOPLE, _MARKET_MOVE, _TRADE_THINKS, _OFFICE_SPEAKS) for m in pattern.finditer(text)
        for g in ("name", "neither") if g in pattern.groupindex and m.start(g) >= 0
    ]
