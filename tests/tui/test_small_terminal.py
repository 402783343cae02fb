"""At 80x24: the status line keeps the selected count, and the Actors pane has room for five names."""

from __future__ import annotations

from newsx.tui.app import NewsxApp

from .conftest import settle
from .screen import screen_text


async def test_80x24_keeps_the_selected_count_and_five_actor_rows(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        actors = app.main.facet("actor")
        assert actors.scrollable_content_region.height >= 5
        assert len(actors.entities) >= 5
        # a long status: an entity chosen, a mention, sentences picked; the count is still there
        await pilot.press("slash", *"maliki", "enter")
        await settle(pilot)
        await pilot.press("space", "down", "space", "right", "shift+right")
        await settle(pilot)
        status = screen_text(app).splitlines()[-2]
        assert status.startswith(" 2 selected · scope: article · Nuri al-Maliki")
        header = screen_text(app).splitlines()[0]
        assert "…" not in header  # the header says the count whole or not at all: the status line always does


async def test_a_narrow_footer_clips_its_keys_instead_of_printing_the_palette_key_over_them(sample_db_path):
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.startswith("/ Search n Next N Prev space Select") and "palette" not in footer
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "S Selections" in footer and footer.rstrip().endswith("^p palette")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "palette" not in screen_text(app).splitlines()[-1]


async def test_a_narrow_footer_shows_whole_keys_only(sample_db_path):
    """80 columns hold the keys up to `s Scope`: `S Selections` after it was cut to "S Sele"."""
    app = NewsxApp(sample_db_path, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1].rstrip()
        assert footer.endswith("s Scope") and "S Sele" not in footer
        await pilot.resize_terminal(92, 24)
        await settle(pilot)
        assert screen_text(app).splitlines()[-1].rstrip().endswith("S Selections")
