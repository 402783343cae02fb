"""Quotes to review: the Quotes pane's filter for quotes with no speaker or a pronoun/relative one,
direct against reported, and reported speech never in quotation marks."""

from __future__ import annotations

import pytest

from newsx.tui.app import NewsxApp
from newsx.tui.who_said import loosely_linked, needs_review
from newsx.tui.widgets.quotes_pane import QuotesPane

from .conftest import settle
from .synthetic import Article, Entity, Quote, build_store


def doubtful_article() -> Article:
    return Article(
        title="Harbour talks drag on",
        paragraphs=[
            ("title", "Harbour talks drag on"),
            ("body", "Mayor Elena Vasquez said the port would reopen within a week."),
            ("body", "A union official, who asked not to be named, said the strike would go on."),
            ("body", "\u201cWe are not moving,\u201d he said."),
            ("body", "\u201cNobody told us anything.\u201d"),
            ("body", "Officials said \u201cthe talks were constructive\u201d and would resume."),
            ("body", "Aid workers said \u201cconvoys had been blocked for weeks\u201d."),
        ],
        entities=[Entity("Elena Vasquez", "actor", "PERSON", ("Vasquez",))],
        quotes=[
            Quote(1, "Mayor Elena Vasquez", "the port would reopen within a week", kind="indirect", entity="Elena Vasquez"),
            Quote(2, "who", "the strike would go on", kind="indirect", entity=None),
            Quote(3, "he", "We are not moving,", entity=None),
            Quote(4, None, "Nobody told us anything.", entity=None),
            Quote(5, "Officials", "\u201cthe talks were constructive\u201d and would resume", kind="indirect", entity=None),
            Quote(6, "Aid workers", "\u201cconvoys had been blocked for weeks\u201d", kind="indirect", entity=None),
        ],
    )


@pytest.fixture
def doubtful_db(tmp_path):
    return build_store(tmp_path / "doubt.db", [doubtful_article()])


def prompts(pane) -> list[str]:
    return [pane.get_option_at_index(i).prompt.plain for i in range(pane.option_count)]


@pytest.mark.parametrize(
    "speaker, review",
    [(None, True), ("", True), ("who", True), ("Which", True), ("that", True), (" he ", True), ("They", True),
     ("Officials", False), ("Mayor Elena Vasquez", False), ("a dock worker", False)],
)
def test_which_speakers_need_review(speaker, review):
    assert needs_review({"speaker": speaker, "kind": "direct"}) is review


async def test_f_filters_to_review_then_direct_then_reported(doubtful_db):
    app = NewsxApp(doubtful_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        pane.focus()
        assert len(prompts(pane)) == 6 and str(pane.border_subtitle) == "6 · by order"
        await pilot.press("f")
        assert prompts(pane) == [
            "¶3 who said ≈ the strike would go on",
            "¶4 he said “We are not moving,”",
            "¶5 unattributed said “Nobody told us anything.”",
        ]
        assert str(pane.border_title) == "Quotes: to review" and str(pane.border_subtitle) == "3/6 · by order"
        await pilot.press("f")
        assert [p.split(" ", 1)[0] for p in prompts(pane)] == ["¶4", "¶5"]
        await pilot.press("f")
        assert [p.split(" ", 1)[0] for p in prompts(pane)] == ["¶2", "¶3", "¶6", "¶7"]
        assert all("≈" in p for p in prompts(pane))
        # the speakers view groups only what the filter keeps
        await pilot.press("g")
        assert [p.split(" ")[0] for p in prompts(pane)] == ["Elena", "Aid", "Officials", "who"]
        await pilot.press("g", "f")
        assert len(prompts(pane)) == 6 and str(pane.border_title) == "Quotes"


async def test_reported_speech_is_never_shown_in_quote_marks(doubtful_db):
    app = NewsxApp(doubtful_db, poll_seconds=None)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        reported = [p for p in prompts(pane) if "≈" in p]
        # a phrase the article quotes inside reported speech keeps its marks; the whole of it never has them
        assert reported[-2] == "¶6 Officials said ≈ \u201cthe talks were constructive\u201d and would resume"
        assert reported[-1] == "¶7 Aid workers said ≈ convoys had been blocked for weeks"


async def test_f_in_the_reader_filters_the_quotes_and_focuses_them(doubtful_db):
    """f did nothing in the reader, where the app opens, and said nothing; g there groups the quotes."""
    app = NewsxApp(doubtful_db, poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert app.focused is app.main.reader
        await pilot.press("f")
        assert app.focused is pane
        assert str(pane.border_title) == "Quotes: to review" and len(prompts(pane)) == 3
        await pilot.press("f")  # the pane's own f, once it has the focus: one step, not two
        assert [p.split(" ", 1)[0] for p in prompts(pane)] == ["¶4", "¶5"]


def loosely_linked_article() -> Article:
    return Article(
        title="Port to reopen",
        paragraphs=[
            ("title", "Port to reopen"),
            ("body", "Mayor Elena Vasquez said the port would reopen \u201cwithin a week\u201d and talks would go on."),
            ("body", "\u201cWe will not be moved,\u201d said Omar Haddad, a union leader."),
        ],
        entities=[Entity("Elena Vasquez", "actor", "PERSON", ("Vasquez",)), Entity("Omar Haddad", "actor", "PERSON", ("Haddad",))],
        quotes=[
            Quote(1, "Mayor Elena Vasquez", "within a week", entity="Elena Vasquez", sieve="cue clause"),
            Quote(2, "Omar Haddad", "We will not be moved,", sieve="cue after"),
        ],
    )


@pytest.mark.parametrize(
    "quote, loose",
    [({"speaker": "Jo Roe", "sieve": "cue clause"}, True), ({"speaker": "Jo Roe", "sieve": "paragraph's person"}, True),
     ({"speaker": "Jo Roe", "sieve": "cue after"}, False), ({"speaker": "Jo Roe", "sieve": "reader"}, False),
     ({"speaker": "Jo Roe", "sieve": None}, False), ({"speaker": "he", "sieve": "cue clause"}, False)],
)
def test_which_speakers_are_loosely_linked(quote, loose):
    """A pronoun a loose sieve gave is already to review: no mark on top of it."""
    assert loosely_linked({"kind": "direct", **quote}) is loose


async def test_a_loose_sieves_speaker_is_marked_until_a_reader_settles_it(tmp_path):
    from .test_corrections import keys, pick

    app = NewsxApp(build_store(tmp_path / "loose.db", [loosely_linked_article()]), poll_seconds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.query_one(QuotesPane)
        assert prompts(pane) == ["¶2 Elena Vasquez? said “within a week”", "¶3 Omar Haddad said “We will not be moved,”"]
        pane.focus()
        await pilot.press("home", "x")
        await settle(pilot)
        await pick(pilot, "Said by another speaker")
        await pilot.press(*keys("haddad"), "enter")
        await settle(pilot)
        assert prompts(pane)[0] == "¶2 Omar Haddad said “within a week”"
        await pilot.press("u")
        await settle(pilot)
        assert prompts(pane)[0] == "¶2 Elena Vasquez? said “within a week”"
