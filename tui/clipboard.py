"""Copy text to the clipboard where that can work, and say honestly where it cannot.

A terminal app cannot see the clipboard: it can ask the terminal (OSC 52,
which many terminals ignore, silently), run the desktop's clipboard tool, or
use pyperclip if it is installed. Each way is tried only where it applies,
and "copied" is claimed only when one of them reported success, or for OSC 52
when the terminal is one known to honour it.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Terminals that honour OSC 52 by default; the rest ignore it without a word.
OSC52_TERM_PROGRAMS = {"iTerm.app", "WezTerm", "ghostty", "WarpTerminal", "rio"}
OSC52_TERMS = ("xterm-kitty", "alacritty", "foot", "xterm-ghostty", "wezterm", "contour")


@dataclass(frozen=True)
class Copied:
    via: str  # what took the text, for the notice


@dataclass(frozen=True)
class NotCopied:
    reason: str


def terminal_accepts_osc52(env: Mapping[str, str], which: Callable[[str], str | None] = shutil.which) -> bool:
    if "TMUX" in env:
        # tmux's default (set-clipboard external) drops an application's OSC 52; only "on" takes it.
        return _tmux_option(which, "set-clipboard") == "on"
    term = env.get("TERM", "")
    return (
        env.get("TERM_PROGRAM") in OSC52_TERM_PROGRAMS
        or any(term.startswith(t) for t in OSC52_TERMS)
        or "WT_SESSION" in env  # Windows Terminal
        or "KITTY_WINDOW_ID" in env
    )


def _tmux_option(which: Callable[[str], str | None], name: str) -> str | None:
    tmux = which("tmux")
    if not tmux:
        return None
    try:
        done = subprocess.run([tmux, "show-options", "-gv", name], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def local_tools(env: Mapping[str, str], platform: str = sys.platform) -> list[list[str]]:
    """Clipboard commands that apply to this session, best first."""
    tools = []
    if env.get("WAYLAND_DISPLAY"):
        tools.append(["wl-copy"])
    if env.get("DISPLAY"):
        tools += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    if platform == "darwin":
        tools.append(["pbcopy"])
    if platform == "win32" or "WSL_DISTRO_NAME" in env:
        tools.append(["clip.exe"])
    return tools


def copy(
    text: str,
    osc52: Callable[[str], None],
    env: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] = shutil.which,
) -> Copied | NotCopied:
    """Copy `text`; `osc52` sends it to the terminal (Textual's App.copy_to_clipboard)."""
    accepts_osc52 = terminal_accepts_osc52(env, which)
    remote = "SSH_TTY" in env or "SSH_CONNECTION" in env
    if remote and accepts_osc52:
        # Over SSH a clipboard tool would fill the remote machine's clipboard, not the reader's.
        osc52(text)
        return Copied("the terminal (OSC 52)")
    for command in local_tools(env):
        found = which(command[0])
        if found and _run([found, *command[1:]], text):
            return Copied(command[0])
    if _pyperclip(text):
        return Copied("pyperclip")
    if accepts_osc52:
        osc52(text)
        return Copied("the terminal (OSC 52)")
    return NotCopied(
        "no clipboard here: no wl-copy, xclip, xsel or pbcopy for this session, "
        "and this terminal is not known to accept OSC 52"
    )


def _run(command: list[str], text: str) -> bool:
    try:
        # No pipes but stdin: xclip and wl-copy stay behind to serve the
        # clipboard, and a pipe they hold would keep us waiting.
        done = subprocess.run(
            command, input=text.encode("utf-8"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=5, start_new_session=True,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _pyperclip(text: str) -> bool:
    try:
        pyperclip = importlib.import_module("pyperclip")
    except ImportError:
        return False  # an optional extra: used where a reader installed it
    try:
        pyperclip.copy(text)
    except Exception:  # noqa: BLE001 - pyperclip raises its own error when it finds no mechanism
        return False
    return True
