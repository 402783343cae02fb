"""One speaker's quotes in the corpus scope, filtered (f): the pane's counts come from the counts the store keeps
per speaker and filter (speaker_counts), never from counting the speaker's quotes again (an unnamed speaker's
"officials" are half a million quotes in a 100,000-article store: a second or more on the UI thread)."""

from __future__ import annotations

from newsx.store.db import pages
from newsx.tui.app import NewsxApp
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .screen import screen_text
from .test_paged_filters import ARTICLES, QUOTES, briefings_db, corpus_quotes  # noqa: F401 (a fixture)


async def test_a_speaker_filtered_shows_the_kept_counts_without_counting_their_quotes(briefings_db, monkeypatch):  # noqa: F811
    counted = []
    count = pages.count

    def spy(conn, name, params=(), filters=()):
        counted.append((name, filters))
        return count(conn, name, params, filters)

    monkeypatch.setattr(pages, "count", spy)
    app = NewsxApp(briefings_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        pane: QuotesPane = await corpus_quotes(pilot)
        direct = (ARTICLES + 1) // 2  # Maliki's quote is direct in every other article

        async def choose_maliki() -> None:
            pane.highlighted = next(
                i for i in range(pane.option_count) if pane.get_option_at_index(i).prompt.plain.startswith("Nuri al-Maliki")
            )
            await pilot.press("enter")
            await settle(pilot)

        await pilot.press("g")
        await settle(pilot)
        await choose_maliki()  # every quote of his: how many direct, from the counts kept
        assert f"Nuri al-Maliki {ARTICLES} “{direct} ≈{ARTICLES - direct}" in screen_text(app)
        await pilot.press("escape", "f", "f")  # his speakers view, to review, then direct
        await settle(pilot)
        assert pane.filter == "direct" and pane.by_speaker
        await choose_maliki()
        assert pane.border_subtitle == f"{direct}/{QUOTES:,} · by order"
        await pilot.press("f")  # reported: a filter his speakers view did not count
        await settle(pilot)
        assert pane.speaker is not None and pane.filter == "reported"
        assert pane.border_subtitle == f"{ARTICLES - direct}/{QUOTES:,} · by order"
        assert f"Nuri al-Maliki {ARTICLES - direct} ≈{ARTICLES - direct}" in screen_text(app)
    assert not [c for c in counted if c[0] in ("entity_quotes", "said_quotes")], counted
