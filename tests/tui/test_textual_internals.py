"""tui/frames.py and tui/escape_keys.py lean on private parts of Textual 8 (pyproject pins textual>=8.2,<9). Were one
renamed or moved by an upgrade, the app would not fail: the compositor would draw whole containers again for a
keystroke's panes, and Escape then a key typed at once would be read as Alt and the key. Each test here names the
part it needs, so an upgrade fails here, saying what to look at."""

from __future__ import annotations

import inspect
from importlib import metadata

from packaging.requirements import Requirement
from textual import __version__ as textual_version
from textual._compositor import Compositor
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen
from textual.widget import Widget

from newsx.tui import escape_keys
from newsx.tui.app import NewsxApp
from newsx.tui.frames import CroppedCompositor

from .test_search_draw import corpus_search, crowd_db  # noqa: F401 (a fixture)


def test_textual_is_a_version_the_pin_allows_and_the_pin_has_an_upper_bound():
    (textual,) = [Requirement(r) for r in metadata.requires("newsx-tui") if Requirement(r).name == "textual"]
    assert textual.specifier.contains(textual_version), f"Textual {textual_version} is outside {textual.specifier}"
    assert any(spec.operator == "<" for spec in textual.specifier), "Textual's next major version must be chosen, not taken"


def test_the_compositor_still_draws_updates_through_get_renders():
    assert "crop" in inspect.signature(Compositor._get_renders).parameters, "Compositor._get_renders(crop) is gone: see tui/frames.py"
    assert CroppedCompositor._get_renders is not Compositor._get_renders
    assert hasattr(Compositor(), "visible_widgets"), "Compositor.visible_widgets is gone: see tui/frames.py"


async def test_a_corpus_keys_frame_is_cropped_by_the_screens_compositor(crowd_db, monkeypatch):  # noqa: F811
    crops = []
    get_renders = CroppedCompositor._get_renders

    def counted(compositor, crop=None):
        crops.append(crop)
        return get_renders(compositor, crop)

    monkeypatch.setattr(CroppedCompositor, "_get_renders", counted)
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        assert isinstance(app.main._compositor, CroppedCompositor), "Screen._compositor is gone: see MainScreen.__init__"
        await corpus_search(pilot, "dele")
    assert any(crop for crop in crops), "Textual no longer draws a partial update through Compositor._get_renders(crop)"


def test_draw_now_finds_the_flags_and_the_timer_it_drives():
    for name in ("_repaint_required", "_layout_required", "_scroll_required", "_refresh_styles_required"):
        assert hasattr(Widget(), name), f"Widget.{name} is gone: see tui/frames.py draw_now"
    for name in ("_dirty_widgets", "_on_timer_update"):
        assert hasattr(Screen(), name), f"Screen.{name} is gone: see tui/frames.py draw_now"


def test_the_terminal_driver_reads_keys_with_the_escape_then_key_parser(tmp_path):
    run = LinuxDriver.run_input_thread
    assert "XTermParser" in run.__code__.co_names and run.__globals__.get("XTermParser") is XTermParser, (
        "LinuxDriver.run_input_thread no longer makes its parser as XTermParser: see tui/escape_keys.py"
    )
    assert callable(getattr(XTermParser, "_sequence_to_key_events", None)), "XTermParser._sequence_to_key_events is gone"
    driver = escape_keys.driver_reading_escape_then_key(LinuxDriver)
    assert driver is not LinuxDriver, "driver_reading_escape_then_key fell back to Textual's driver"
    assert driver.run_input_thread.__globals__["XTermParser"] is escape_keys.EscapeThenKeyParser
    # and the app's own, in a terminal (not the tests' headless driver)
    assert NewsxApp(tmp_path / "none.db").get_driver_class().run_input_thread.__globals__["XTermParser"] is escape_keys.EscapeThenKeyParser
