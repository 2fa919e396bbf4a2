"""Keyboard paths of the main screen: filter, find, corpus search, help, keymap, remembered state."""

from __future__ import annotations

import os

import pytest

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import reader_lines, screen_text, wait_ready, wait_until
from tui.app import ActorlensApp
from tui.screens.help import HelpScreen
from tui.screens.search import SearchScreen
from tui.widgets.document_list import DocumentList
from tui.widgets.find_bar import FindBar
from tui.widgets.reader import Reader


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]))


async def test_slash_filters_the_sidebar_as_you_type_and_escape_clears():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        documents = app.screen.query_one(DocumentList)
        await pilot.press("slash")
        assert app.focused.id == "filter"
        await pilot.press(*"byline")
        assert documents.count == 1
        reader = app.screen.query_one(Reader)
        # the match opens once the typing pauses (tui/settle.TYPING)
        assert await wait_until(pilot, lambda: reader.document is not None and reader.document.source == "Byline Times")
        assert "Documents (1 of 5)" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", *"zzzz")
        assert documents.count == 0
        assert "No document matches." in screen_text(app)
        await pilot.press("escape")
        assert documents.count == 5 and documents.has_focus


async def test_filter_matches_all_words_and_dates():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        documents = app.screen.query_one(DocumentList)
        await pilot.press("slash", *"2020-12 putin", "enter")
        assert documents.count == 1 and documents.has_focus
        await pilot.press("slash", "ctrl+a", *"putin armenia")
        assert documents.count == 0


async def test_find_in_document_counts_and_steps_through_matches():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader = app.screen.query_one(Reader)
        await pilot.press("tab", "f", *"kremlin")
        find = app.screen.query_one(FindBar)
        count = str(find.query_one("#find-count").render())
        expected = sum(b.text.lower().count("kremlin") for b in reader.document.blocks)
        assert count == f"1/{expected}"
        first_block = reader.cursor
        await pilot.press("enter", "enter", "enter")
        assert str(find.query_one("#find-count").render()) == f"4/{expected}"
        assert reader.cursor >= first_block
        await pilot.press("shift+enter")
        assert str(find.query_one("#find-count").render()) == f"3/{expected}"
        # the current match is drawn reversed in the reader
        spans = [
            line
            for line in (reader.render_line(y) for y in range(reader.size.height))
            if any(seg.style and seg.style.reverse and "kremlin" in seg.text.lower() for seg in line)
        ]
        assert spans
        await pilot.press("escape")
        assert not find.display and reader.has_focus
        await pilot.press("f", *"no such words here")
        assert str(find.query_one("#find-count").render()) == "no match"


async def test_n_and_N_step_matches_from_the_reader():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "f", *"putin", "escape")
        reader = app.screen.query_one(Reader)
        await pilot.press("f", *"Azerbaijan", "enter")
        find = app.screen.query_one(FindBar)

        def position() -> int:
            return int(str(find.query_one("#find-count").render()).split("/")[0])

        start = position()
        reader.focus()
        await pilot.press("n")
        assert position() == start + 1
        await pilot.press("N", "N")
        assert position() == start - 1


async def test_corpus_search_lists_passages_and_opens_one_at_the_passage(monkeypatch):
    monkeypatch.setenv("ACTORLENS_BACKGROUND_PRIORITY", "normal")  # the index's child process: not starved
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("S")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Felgengauer")
        status = lambda: str(app.screen.query_one("#search-status").render())  # noqa: E731
        # the index is built in the background: until it is whole the status says how far it is
        # ("... · indexing 3 of 5") and the results are those of what is indexed so far
        await wait_until(pilot, lambda: status() == "1 passage in 1 document")
        assert status() == "1 passage in 1 document"
        await pilot.press("enter", "enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, SearchScreen))
        assert not isinstance(app.screen, SearchScreen)
        reader = app.screen.query_one(Reader)
        await wait_until(pilot, lambda: reader.document is not None and reader.document.author == "Kseniya Kirillova")
        assert reader.document.author == "Kseniya Kirillova"
        assert "Felgengauer" in reader.document.blocks[reader.cursor].text
        assert any("Felgengauer" in line for line in reader_lines(reader))
        assert reader.has_focus


async def test_help_lists_keys_by_area():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=100, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
        console.print(app.screen._table())
        text = console.export_text()
        for expected in ("Reader", "Next ¶", "Documents", "Filter", "Find", "Search all", "Quit", "has:notes"):
            assert expected in text, expected
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_remembered_state_comes_back_after_a_restart():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("j", "j", "tab", "j", "j", "j")
        reader = app.screen.query_one(Reader)
        doc_path, cursor = reader.document.path, reader.cursor
        app.theme = "textual-light"
        await pilot.press("q")
    assert cursor == 3
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.pause(0.1)
        reader = again.screen.query_one(Reader)
        assert reader.document.path == doc_path
        assert reader.cursor == cursor
        assert again.theme == "textual-light"


@pytest.mark.parametrize(
    "content, problem",
    [
        ('[keys]\n"app.quit" = "ctrl+q"\n', None),
        ("[keys\n", "not valid TOML"),
        ('[keys]\n"no.such.binding" = "x"\n', "unknown binding id 'no.such.binding'"),
        ('[keys]\n"app.quit" = 3\n', "must be a string"),
    ],
)
async def test_keymap_file_remaps_keys_or_reports_one_line(tmp_path, monkeypatch, content, problem):
    monkeypatch.setenv("ACTORLENS_CONFIG", str(tmp_path))
    (tmp_path / "keys.toml").write_text(content)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        notices = [n.message for n in app._notifications]
        if problem is None:
            await pilot.press("q")
            assert app.is_running  # q no longer quits
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert not app.is_running
        else:
            assert any(problem in n and "using the default keys" in n for n in notices), notices
            await pilot.press("q")
            await pilot.pause()
            assert not app.is_running


async def test_command_palette_opens_a_document_by_title(tmp_path):
    (tmp_path / "a.txt").write_text("First [/] title\n\nSome text of the first document, long enough to read here.\n")
    (tmp_path / "b.txt").write_text("Zebra crossing report\n\nSome text of the second document, long enough to read.\n")
    app = ActorlensApp(Library([tmp_path]))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 2)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"zebra")
        for _ in range(50):
            await pilot.pause(0.02)
            if "Open: Zebra crossing report" in screen_text(app):
                break
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.document.title == "Zebra crossing report"
        assert reader.has_focus
        # a title with markup characters is listed literally
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"first")
        for _ in range(50):
            await pilot.pause(0.02)
            if "Open: First [/] title" in screen_text(app):
                break
        assert "Open: First [/] title" in screen_text(app)


async def test_a_remembered_filter_that_hides_everything_still_gives_a_usable_screen():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("j", "j", "slash", *"no such words anywhere", "enter")
        shown = app.screen.query_one(Reader).document.path
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            reader = again.screen.query_one(Reader)
            if reader.document is not None:
                break
        # the remembered document opens even though the remembered filter hides it
        assert reader.document.path == shown
        assert again.screen.query_one(DocumentList).count == 0
        await pilot.press("slash", "escape")
        assert again.screen.query_one(DocumentList).count == 5


async def palette_run(pilot, query: str, expected: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    for _ in range(100):
        await pilot.pause(0.02)
        if expected in screen_text(pilot.app):
            break
    assert expected in screen_text(pilot.app)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_jumps_to_an_actor_filters_by_tag_and_changes_colours_and_theme():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        for _ in range(200):
            await pilot.pause(0.02)
            if app.screen.query_one("#legend").entries:
                break
        await palette_run(pilot, "actor lukash", "Actor: Alexander Lukashenko")
        reader = app.screen.query_one(Reader)
        assert app.screen.highlighter.focus == "alexander-lukashenko"
        assert any(m.actor_id == "alexander-lukashenko" for m in reader.document.blocks[reader.cursor].mentions)
        await palette_run(pilot, "colours kind", "Colours: kind")
        assert app.screen.highlighter.mode == "kind"
        await palette_run(pilot, "textual-light", "Theme: textual-light")
        assert app.theme == "textual-light"
        app.screen.notebook.add_doc_tags(reader.document, ["latvia"])
        await palette_run(pilot, "tag latvia", "Filter by tag: #latvia")
        assert app.screen.query_one(DocumentList).count == 1


async def test_on_a_narrow_terminal_the_side_panel_takes_the_documents_place():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        side, sidebar = app.screen.query_one("#side"), app.screen.query_one("#sidebar")
        assert not side.display and sidebar.display
        await pilot.press("l")
        assert side.display and not sidebar.display
        assert app.screen.query_one("#legend").has_focus
        await pilot.press("d")
        assert sidebar.display and not side.display
        assert app.screen.query_one(DocumentList).has_focus
    wide = make_app()
    async with wide.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("p")
        assert not wide.screen.query_one("#side").display and wide.screen.query_one("#sidebar").display
        await pilot.press("p")
        assert wide.screen.query_one("#side").display and wide.screen.query_one("#sidebar").display


async def test_n_with_the_find_bar_never_opened_opens_it():
    # action_find is a coroutine: n / N used to call it without awaiting it, so nothing happened.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab")  # the reader
        assert not app.screen.query(FindBar)
        await pilot.press("n")
        await pilot.pause()
        bars = app.screen.query(FindBar)
        assert bars and bars.first().display
        assert app.focused is not None and app.focused.id == "find-input"
        await pilot.press(*"Azerbaijan", "escape")
        await pilot.press("N")  # closed again, no query: N opens it the same way
        await pilot.pause()
        assert app.screen.query_one(FindBar).display


async def test_remapped_dialog_keys_work_and_show_in_the_hint_line_and_help(tmp_path, monkeypatch):
    # Dialog hints used to be hard-coded ("ctrl+s save"): a remapped key showed wrong.
    from tui.dialogs.notes import NoteEditor
    from tui.screens.help import HelpScreen

    monkeypatch.setenv("ACTORLENS_CONFIG", str(tmp_path))
    (tmp_path / "keys.toml").write_text('[keys]\n"editor.save" = "ctrl+w"\n"editor.cancel" = "ctrl+g"\n')
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=120, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
        console.print(app.screen._table())
        rows = [line for line in console.export_text().splitlines() if "editor.save" in line]
        assert len(rows) == 1 and "^w" in rows[0] and "Save note" in rows[0]
        await pilot.press("escape")
        await pilot.press("tab", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        hints = str(app.screen.query_one(".keys").render())
        assert hints.startswith("ctrl+w save note   ctrl+g close")
        assert "ctrl+s" not in hints
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
