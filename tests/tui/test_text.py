"""Untrusted text to Rich Text: controls removed, spans still on the right characters."""

from rich.text import Text

from newsx.tui.text import highlighted, matched_spans, safe_text, snippet


def styled(text: Text, style: str) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if s.style == style]


def test_spans_follow_their_words_when_escapes_before_them_are_removed():
    raw = "\x1b[31mAlarm\x1b[0m in \u202eBaghdad\x07 as Maliki spoke"
    start = raw.index("Maliki")
    place = raw.index("Baghdad")
    text = safe_text(raw, [(start, start + 6, "bold"), (place, place + 7, "red")])
    assert text.plain == "Alarm in Baghdad as Maliki spoke"
    assert styled(text, "bold") == ["Maliki"]
    assert styled(text, "red") == ["Baghdad"]


def test_markup_stays_text():
    text = safe_text("[bold]x[/] [link=file:///etc/passwd]y[/link]")
    assert text.plain == "[bold]x[/] [link=file:///etc/passwd]y[/link]"
    assert not text.spans


def test_fuzzy_match_highlight_marks_the_typed_letters():
    assert matched_spans("malik", "Nuri al-Maliki") == [(8, 13)]
    assert matched_spans("", "Baghdad") == []
    text = highlighted("Nuri al-Maliki", "malik", "u")
    assert styled(text, "u") == ["Malik"]


def test_snippet_is_one_line_around_the_mention():
    raw = "First line.\n" + "word " * 40 + "Maliki said" + " more" * 40
    start = raw.index("Maliki")
    text = snippet(raw, start, start + 6, "bold", width=40)
    assert "\n" not in text.plain
    assert text.plain.startswith("…") and text.plain.endswith("…")
    assert styled(text, "bold") == ["Maliki"]
