"""Escape then a key, typed at once, does what the two keys do one after the other.

A terminal sends Escape as ESC, and Alt+key as ESC then the key, so Textual's parser
(textual/_xterm_parser.py) reads an ESC followed within ESCDELAY (0.1 s) by a key as that key
with Alt: Escape then `s` typed fast came as alt+s, which nothing binds, and the `s` was lost.
Worse, after ESC it drops the Alt of a key whose name is more than one letter (space, ?, /, [,
], enter: the ESC is lost and the key goes to the search box the ESC was to leave), and reads
ESC f, b, tab and backspace as readline's Alt keys (ctrl+right, ctrl+left, shift+tab, ctrl+w).

Two parts. EscapeThenKeyParser, which the app's terminal driver reads keys with, reports every
ESC + key it reads no other way as alt+key, with the key's character. The app then reads an
alt+key that comes with a character and that nothing focused binds as Escape, acted on at once,
then the key (`read`): an Alt binding, were one added, keeps its key, as does the search box's
word move on ESC f / ESC b (its ctrl+right and ctrl+left). A terminal speaking the kitty
keyboard protocol sends Escape and Alt unambiguously, and its alt+key has no character: left as is.
"""

from __future__ import annotations

import asyncio
import contextlib
import types
from collections.abc import Callable, Iterable

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser
from textual.message_pump import MessagePump

ESC = "\x1b"


class EscapeThenKeyParser(XTermParser):
    """Textual's parser, with every ESC + key it reads no other way reported as alt+key (see the module)."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if _escaped_key(sequence):
            sequence, alt = sequence[1], True  # ESC f, b, tab, backspace, an Option digit: its table's reading kept in TERMINAL_READINGS
        for event in super()._sequence_to_key_events(sequence, alt):
            # alt is asked for only of an ESC + key read once ESCDELAY passed, and Textual gave it to a letter alone
            yield events.Key(f"alt+{event.key}", event.character) if alt and not event.key.startswith("alt+") else event


def _escaped_key(sequence: str) -> bool:
    """ESC and one key that Textual's table reads as another key (not ESC ESC: Escape twice)."""
    return len(sequence) == 2 and sequence[0] == ESC and sequence[1] != ESC and sequence in ANSI_SEQUENCES_KEYS


_PLAIN = XTermParser()


def _plain_key(character: str) -> events.Key:
    """The key a terminal sends as `character`, as Textual names it (S, space, enter, backspace)."""
    return next(iter(_PLAIN._sequence_to_key_events(character)))


# alt+f -> ctrl+right: how Textual reads the ESC + key sequences of its table (readline's Alt keys, macOS Option digits)
TERMINAL_READINGS: dict[str, events.Key] = {
    f"alt+{_plain_key(sequence[1]).key}": next(iter(_PLAIN._sequence_to_key_events(sequence)))
    for sequence in ANSI_SEQUENCES_KEYS
    if _escaped_key(sequence)
}


def read(event: events.Key, bound: Callable[[str], bool], typing: bool = False) -> list[events.Key] | None:
    """What an alt+key from EscapeThenKeyParser stands for: [escape, the key] or [Textual's reading of it]; None
    for any other key (taken as it is). `bound(key)`: whether the focused widget, its screen or the app binds it;
    `typing`: the focused widget takes text (a macOS Option character, which WezTerm sends as ESC 1, is typed)."""
    if not event.key.startswith("alt+") or not event.character or bound(event.key):
        return None
    reading = TERMINAL_READINGS.get(event.key)
    if reading is not None and (bound(reading.key) or (typing and reading.is_printable)):
        return [events.Key(reading.key, reading.character)]  # the search box's word moves on ESC f, ESC b
    return [events.Key("escape", ESC), _plain_key(event.character)]


async def taken(pump: MessagePump | None, timeout: float = 1.0) -> None:
    """Until `pump` has handled what is in its queue now (the keys typed before an Escape read with the key after
    it); at most `timeout` seconds, and not at all for a widget gone."""
    if pump is None:
        return
    done = asyncio.Event()
    if pump.call_later(done.set):
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(done.wait(), timeout)


def driver_reading_escape_then_key(driver_class: type) -> type:
    """`driver_class`, its input thread reading keys with EscapeThenKeyParser; a driver that reads no terminal (the
    tests' headless one) as it is. The thread's code is Textual's own, run with the parser's name bound to ours:
    a copy of it would not follow Textual's changes."""
    run = getattr(driver_class, "run_input_thread", None)
    if run is None or run.__globals__.get("XTermParser") is not XTermParser:
        return driver_class
    names = {**run.__globals__, "XTermParser": EscapeThenKeyParser}
    thread = types.FunctionType(run.__code__, names, run.__name__, run.__defaults__, run.__closure__)
    return type(driver_class.__name__, (driver_class,), {"run_input_thread": thread, "__module__": __name__})
