"""Issue 11: what `s`, Escape and the status line cost the screen. The corpus scope read with the store is shown
by `s` at once, with no worker; the switch lays nothing out (the panes' scrollbars are always there), never
repaints the whole screen nor makes the footer again; Escape from a search lays the screen out once and draws
each pane once; the scope's notice comes with its panes; what the status line says lays nothing out; a toast
leaves the status line readable; and a hit's bar is measured as the pane's own rows are, whatever order the
pane is in."""

from __future__ import annotations

import pytest
from textual.screen import Screen
from textual.widget import Widget

from newsx.store import ROLES, paragraph_number
from newsx.tui import loader
from newsx.tui.app import NewsxApp
from newsx.tui.store_access import StoreAccess
from newsx.tui.widgets.facet_pane import FacetPane
from newsx.tui.widgets.key_footer import KeyFooter
from newsx.tui.widgets.mentions_pane import MentionsPane
from newsx.tui.widgets.status_line import StatusLine
from newsx.tui.widgets.text_hits import TextHits

from .conftest import settle
from .screen import screen_text
from .synthetic import Article, Entity, build_store
from .test_big_corpus import DELEGATES, crowded_store


@pytest.fixture
def crowd_db(tmp_path):
    return crowded_store(tmp_path / "crowd.db")


@pytest.fixture
def frames(monkeypatch):
    """What the screen did: layouts, repaints of the whole screen, footers drawn again."""
    seen = {"layouts": 0, "screen repaints": 0, "footer redrawn": 0}
    refresh_layout, refresh = Screen._refresh_layout, Widget.refresh

    def layout(self, *args, **kwargs):
        seen["layouts"] += 1
        return refresh_layout(self, *args, **kwargs)

    def repaint(self, *regions, repaint=True, **kwargs):
        if isinstance(self, Screen) and repaint and not regions:
            seen["screen repaints"] += 1
        if isinstance(self, KeyFooter):
            seen["footer redrawn"] += 1
        return refresh(self, *regions, repaint=repaint, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", layout)
    monkeypatch.setattr(Widget, "refresh", repaint)
    return seen


async def test_s_shows_the_corpus_read_with_the_store_laying_nothing_out(crowd_db, frames, monkeypatch):
    read = []
    facets = StoreAccess.facets
    monkeypatch.setattr(StoreAccess, "facets", lambda self, *a, **k: read.append(a[0]) or facets(self, *a, **k))
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        actors = app.main.facet("actor")
        kept = actors.highlighted_entity_id
        assert kept is not None
        frames.update({key: 0 for key in frames})
        await pilot.press("s")
        await settle(pilot)
        assert read == []  # read with the store: no worker read the corpus scope for `s`
        assert actors.option_count == DELEGATES + 1 and actors.show_vertical_scrollbar
        assert actors.highlighted_entity_id == kept  # the pane kept its highlight
        assert "Entity panes now cover the whole corpus." in [str(n.message) for n in app._notifications]
        assert "scope: corpus" in screen_text(app).splitlines()[-2]
        # the facet panes keep their scrollbars (overflow-y: scroll): the longer lists lay nothing out
        assert frames == {"layouts": 0, "screen repaints": 0, "footer redrawn": 0}
        await pilot.press("s")  # back: the article's facets are read by a worker
        await settle(pilot)
        assert read == ["article"] and app.main.facets.scope == "article" and actors.option_count == DELEGATES


async def test_escape_from_a_corpus_search_lays_the_screen_out_once_and_draws_each_pane_once(crowd_db, frames, monkeypatch):
    filled = []
    fill_pages = FacetPane._fill_pages
    monkeypatch.setattr(FacetPane, "_fill_pages", lambda self, *a: filled.append(self.role) or fill_pages(self, *a))
    drawn_again = []
    clear_caches = FacetPane._clear_caches
    monkeypatch.setattr(FacetPane, "_clear_caches", lambda self: drawn_again.append(self.role) or clear_caches(self))
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("slash", *"delegate aab")
        await settle(pilot)
        actors, text = app.main.facet("actor"), app.main.query_one(TextHits)
        chosen = actors.highlighted_entity_id
        assert text.display and actors.option_count < DELEGATES  # the search's hits, names and paragraphs
        frames.update({key: 0 for key in frames})
        filled.clear()
        drawn_again.clear()
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.main.reader and app.main.query_one("#search").value == ""
        assert not text.display and actors.option_count == DELEGATES + 1  # every actor again, in the room the hits had
        assert actors.highlighted_entity_id == chosen  # on the one the search had found
        name = app.main.facets.by_id.get(chosen, {}).get("name") or actors.get_option_at_index(actors.highlighted).prompt.plain
        assert name.split()[-1] in screen_text(app)
        assert sorted(filled) == sorted(ROLES)  # each pane filled once, by the key
        assert drawn_again == []  # not again when the layout made it taller: its width is the same
        # the text hits hidden: one layout; the focus moved: no repaint of the whole screen
        assert frames == {"layouts": 1, "screen repaints": 0, "footer redrawn": 1}


async def test_a_corpus_read_not_yet_done_is_read_by_a_worker(crowd_db, monkeypatch):
    read = []
    facets = StoreAccess.facets
    monkeypatch.setattr(StoreAccess, "facets", lambda self, *a, **k: read.append(a[0]) or facets(self, *a, **k))
    monkeypatch.setattr(StoreAccess, "corpus_read", lambda self, highlighted: None)  # the store changed, say
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert read == ["corpus"] and app.main.facet("actor").option_count == DELEGATES + 1


async def test_the_status_line_lays_nothing_out(crowd_db, frames, monkeypatch):
    asked = []
    refresh = StatusLine.refresh
    monkeypatch.setattr(StatusLine, "refresh", lambda self, *a, layout=False, **k: asked.append(layout) or refresh(self, *a, layout=layout, **k))
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        before = screen_text(app).splitlines()[-2]
        asked.clear()
        frames.update({key: 0 for key in frames})
        await pilot.press("down")  # the cursor to the next paragraph: the status line says so
        await settle(pilot)
        now = f"¶{paragraph_number(app.main.reader.cursor_paragraph['seq'])}"
        assert now in screen_text(app).splitlines()[-2] and now not in before
        assert asked and not any(asked)  # redrawn, never laid out (a line high and as wide as the screen)
        assert frames["screen repaints"] == 0


async def delegate_aaa_chosen(pilot) -> None:
    await settle(pilot)
    await pilot.press("slash", *"delegate aaa", "enter")
    await settle(pilot)
    assert pilot.app.main.entity_name() == "Delegate Aaa"


async def test_a_wrap_notice_leaves_the_status_line_readable(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await delegate_aaa_chosen(pilot)
        await pilot.press("N")  # from the first mention back: wraps to the last, and a toast says so
        await settle(pilot)
        assert any("Wrapped to the last mention" in str(n.message) for n in app._notifications)
        lines = screen_text(app).splitlines()
        assert any("Wrapped to the last mention" in line for line in lines)  # shown,
        assert "Delegate Aaa · mention 2/2" in lines[-2]  # and the status line, above the footer, uncovered


async def test_a_hits_bar_is_measured_as_the_panes_rows_whatever_their_order(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "CORPUS_ENTITIES", 1)  # the corpus scope reads one row per role first
    people = [Entity("Adam Few", "actor"), Entity("Bea Few", "actor"), Entity("Zeno Most", "actor")]
    body = "Zeno Most spoke. Zeno Most left. Adam Few stayed. Bea Few wrote. Zeno Most came back."
    db = build_store(tmp_path / "bars.db", [Article("Bars", [("title", "Bars"), ("body", body)], people)])
    app = NewsxApp(db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        actors = app.main.facet("actor")
        app.main.set_focus(actors)
        await pilot.press("o")  # by name: the one row read is Adam Few's, not the most mentioned
        await settle(pilot)
        facets = app.main.facets
        assert [e["name"] for e in facets.by_role["actor"]] == ["Adam Few"] and facets.top == 3
        await pilot.press("slash", *"bea few")
        await settle(pilot)
        bea = facets.by_id[next(i for i, e in facets.by_id.items() if e["name"] == "Bea Few")]
        assert bea["bar"] == 1 / 3 == bea["mentions"] / actors.top  # as the pane's own row for her would be


async def test_choosing_a_name_in_the_corpus_reads_its_first_mentions_article_with_its_mentions(crowd_db, monkeypatch):
    shown_then = []
    set_mentions = MentionsPane.set_mentions

    def recorded(self, *args, **kwargs):
        shown_then.append(app.main.view.article["title"] if app.main.view else None)
        return set_mentions(self, *args, **kwargs)

    monkeypatch.setattr(MentionsPane, "set_mentions", recorded)
    reads = []
    article = StoreAccess.article
    monkeypatch.setattr(StoreAccess, "article", lambda self, *a, **k: reads.append(a[0]) or article(self, *a, **k))
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.main.view.article["title"] == "Summit of many"
        await pilot.press("slash", *"zelda quorn", "enter")
        await settle(pilot)
        # the pane listed her mentions with her article already in the reader: one read, one step
        assert shown_then[-1] == "A quiet aside" and len(reads) == 1
        assert app.main.view.article["title"] == "A quiet aside" and app.main.entity_name() == "Zelda Quorn"
        assert "Zelda Quorn" in app.main.reader.cursor_paragraph["text"]


async def test_a_wrap_notice_after_another_toast_leaves_the_status_line_readable(crowd_db):
    app = NewsxApp(crowd_db, poll_seconds=None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await delegate_aaa_chosen(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert "Entity panes now cover the whole corpus." in screen_text(app)
        await pilot.press("N")  # a second toast while the first shows: it takes its place, not the line above
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert "Wrapped to the last mention." in lines[-1]
        assert "Delegate Aaa · mention 2/2" in lines[-2]
        assert "Entity panes now cover" not in screen_text(app)
