"""Keys typed right behind `/` belong to the filter: a fast typist's (or a paste's) first letters are
neither dropped nor run as commands on the list."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input

from store.corpus.library import Library
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.widgets import sidebar


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, title in enumerate(["Erdogan in Sochi", "Putin in Baku", "Tags and things"]):
        (folder / f"doc{i}.txt").write_text(f"{title}\n\nPutin met Erdogan, and NATO said nothing.\n")
    return folder


async def _type_at_once(app, text: str) -> None:
    for char in text:  # queued together, as a terminal delivers a burst: nothing waits between them
        app.post_message(events.Key("slash" if char == "/" else char, char))


@pytest.mark.parametrize("made_early", [True, False], ids=["filter-made", "filter-made-on-first-use"])
async def test_letters_queued_behind_slash_all_reach_the_filter(tmp_path, monkeypatch, made_early):
    if not made_early:  # `/` pressed before the hidden filter input is made: it is made and mounted first
        monkeypatch.setattr(sidebar, "PREPARE_FILTER", 3600)
    app = ActorlensApp(Library([_corpus(tmp_path)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        if made_early:
            for _ in range(100):
                if app.main_screen.sidebar._input is not None and app.main_screen.sidebar._input.is_mounted:
                    break
                await pilot.pause(0.05)
        else:
            assert app.main_screen.sidebar._input is None
        await _type_at_once(app, "/tput")  # t would open the tag dialog, p hide the side panel
        for _ in range(5):
            await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.id == "filter"
        assert app.focused.value == "tput"
        assert app.screen is app.main_screen  # no dialog opened by a letter meant for the filter


async def test_slash_typed_inside_the_filter_is_text_not_a_new_filter(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        await pilot.press("slash", "a", "slash", "b")
        assert isinstance(app.focused, Input) and app.focused.value == "a/b"


async def test_the_first_match_opens_once_typing_pauses_and_escape_brings_the_document_back(tmp_path):
    """Typing a word that hides the document read moves the cursor to the first match at once, but the reader
    keeps the document until the typing pauses (tui/settle.TYPING): no document opened at each letter."""
    from tui.settle import TYPING

    app = ActorlensApp(Library([_corpus(tmp_path)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        screen = app.main_screen
        documents = screen.sidebar.documents
        assert screen._shown == 0  # "Erdogan in Sochi"
        await pilot.press("slash", "b", "a")
        await pilot.pause()
        assert documents.highlighted_document() == 1  # "Putin in Baku": the cursor is on the first match
        assert screen._shown == 0  # ...which is not opened while the user types
        await pilot.press("k")
        await pilot.pause(TYPING / 2)
        assert screen._shown == 0  # each letter starts the pause again
        await pilot.pause(TYPING + 0.2)
        assert screen._shown == 1  # the pause: the first match opens
        await pilot.press("escape")
        await pilot.pause()
        assert documents.highlighted_document() == 0 and screen._shown == 0  # the document read before, at once


async def test_the_filter_texts_are_taken_as_the_documents_are_listed_not_at_the_first_keystroke(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        await pilot.pause()
        texts = app.main_screen.sidebar._filter_texts.texts
        assert [text.split(" doc")[0] for text in texts] == ["erdogan in sochi", "putin in baku", "tags and things"]
