"""Make untrusted article text safe to store and to show in a terminal.

Article text comes from the open web: it may carry ANSI/OSC escape
sequences, C0/C1 control characters or bidi overrides that would move the
cursor, retitle the terminal or reorder what a reader sees. They are removed
once, when text is read, and again before anything reaches the terminal
(a store written by another tool may hold them).
"""

from __future__ import annotations

import json
import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte ESC sequences.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# Controls except tab and newline; DEL and the C1 block; bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069); and U+FEFF.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_escape_sequences(text: str) -> str:
    return _ESCAPE_SEQUENCE.sub("", text)


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters, keeping tabs and newlines."""
    return _CONTROL.sub("", strip_escape_sequences(text))


def one_line(text: str) -> str:
    """Text for a single terminal line: controls gone, all whitespace runs folded to one space."""
    return " ".join(strip_controls(text).split())


# What json.dumps(ensure_ascii=False) leaves raw that a terminal acts on:
# DEL and C1 (8-bit CSI and OSC among them), bidi marks, overrides and
# isolates, line and paragraph separators, U+FEFF, lone surrogates.
_JSON_UNSAFE = re.compile(
    r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


def terminal_json(data, indent: int | None = 2) -> str:
    """JSON that is safe to print: the same data, with every character a terminal would act on escaped.

    json.dumps already writes C0 controls (ESC, BEL, NUL...) as \\u escapes;
    the rest are escaped here, so the output stays valid JSON and loses nothing.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
