"""A street named for the trade on it, an actor ("Wall Street analysts said", "the slide on Wall
Street", "Wall Street speculated"), which the model leaves untagged; a street where something is, is an address (context.py)."""

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


def streets_for_trades(text: str) -> list[Found]:
    """Each street named for its trade, an actor: before its people, after a market's move or mood, or
    thinking."""
    return [
        (m.start("name"), m.end("name"), "ORG", {"organisation"})
        for pattern in (_TRADE_PEOPLE, _MARKET_MOVE, _TRADE_THINKS) for m in pattern.finditer(text)
    ]
