"""`c` says "Copied" only where the text reached a clipboard."""

from __future__ import annotations

import shutil
import stat

from newsx.tui import clipboard
from newsx.tui.clipboard import Copied, NotCopied

TEXT = "> Iraq's largest refinery, Baiji\n> \u2014 \u201cIraq Militants\u201d, Reuters, \u00b625\n"


def _tool(folder, name, body):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return lambda command: shutil.which(command, path=str(folder))


def test_a_desktop_clipboard_tool_receives_the_text(tmp_path):
    out = tmp_path / "clipboard"
    which = _tool(tmp_path / "bin", "wl-copy", f'cat > "{out}"')
    sent = []
    result = clipboard.copy(TEXT, sent.append, env={"WAYLAND_DISPLAY": "wayland-0", "TERM": "xterm-256color"}, which=which)
    assert result == Copied("wl-copy")
    assert out.read_text(encoding="utf-8") == TEXT and sent == []


def test_a_tool_that_fails_is_not_reported_as_copied(tmp_path):
    which = _tool(tmp_path / "bin", "xclip", "cat > /dev/null; exit 1")
    sent = []
    result = clipboard.copy(TEXT, sent.append, env={"DISPLAY": ":0", "TERM": "xterm-256color"}, which=which)
    assert isinstance(result, NotCopied) and sent == []


def test_nothing_available_says_so():
    sent = []
    result = clipboard.copy(TEXT, sent.append, env={"TERM": "xterm-256color"}, which=lambda name: None)
    assert isinstance(result, NotCopied) and "OSC 52" in result.reason and "xclip" in result.reason
    assert sent == []


def test_osc52_where_the_terminal_honours_it(tmp_path):
    sent = []
    assert clipboard.copy(TEXT, sent.append, env={"TERM": "xterm-kitty"}, which=lambda name: None) == Copied(
        "the terminal (OSC 52)"
    )
    assert sent == [TEXT]


def test_over_ssh_the_terminal_comes_before_a_remote_tool(tmp_path):
    out = tmp_path / "clipboard"
    which = _tool(tmp_path / "bin", "xclip", f'cat > "{out}"')
    env = {"DISPLAY": ":0", "SSH_TTY": "/dev/pts/3", "TERM_PROGRAM": "WezTerm"}
    sent = []
    assert clipboard.copy(TEXT, sent.append, env=env, which=which) == Copied("the terminal (OSC 52)")
    assert sent == [TEXT] and not out.exists()


def test_inside_tmux_osc52_only_where_tmux_takes_it(tmp_path):
    env = {"TMUX": "/tmp/tmux-0/default,1,0", "TERM": "tmux-256color", "TERM_PROGRAM": "tmux"}
    for setting, expected in (("external", False), ("on", True)):
        which = _tool(tmp_path / setting, "tmux", f'echo {setting}')
        sent = []
        result = clipboard.copy(TEXT, sent.append, env=env, which=which)
        assert isinstance(result, Copied) is expected and (sent == [TEXT]) is expected
