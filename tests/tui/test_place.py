"""Keeping the reader's place (issue 16, "Place"): the cursor follows paging, positions survive a width
change, the layout follows the terminal's width, escape in the filter, the jump list, read marks, the
sidebar's order, two-line titles, opening the source file."""

from __future__ import annotations

import json
import sys

from store import paths
from store.corpus.library import Library
from store.state import StateStore
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready
from tui.app import ActorlensApp
from tui.screens.search import SearchScreen, SearchTarget
from tui.widgets.document_list import UNREAD, DocumentList
from tui.widgets.reader import Reader
from tui.widgets.side_panel import SidePanel
from tui.widgets.sidebar import Sidebar


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]))


def parts(app):
    screen = app.screen
    return screen.query_one(Reader), screen.query_one(DocumentList)


def last_notice(app) -> str:
    return str([n.message for n in app._notifications][-1])


def cursor_on_screen(reader: Reader) -> bool:
    """The cursor's paragraph starts on screen (or, longer than the screen, covers it)."""
    first, count = reader.block_region(reader.cursor)
    top, height = reader.scroll_offset.y, reader.size.height
    return top <= first < top + height or (first < top and first + count > top)


async def test_paging_keeps_the_reading_cursor_on_what_is_shown():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        await pilot.press("tab")
        moves = ["space", "space", "space", "b", "pagedown", "ctrl+d", "ctrl+d", "ctrl+u", "pageup", "G", "b", "g"]
        cursors = []
        for key in moves:
            await pilot.press(key)
            await pilot.pause()
            assert cursor_on_screen(reader), (key, reader.cursor, reader.scroll_offset.y)
            cursors.append(reader.cursor)
        assert cursors[0] > 0 and cursors[2] > cursors[0]  # paging down moved the cursor along
        assert cursors[9] == reader.block_count - 1 and cursors[-1] == 0


async def test_a_position_is_the_same_words_at_another_width():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        await pilot.press("j", "tab", "space", "j")
        await pilot.pause()
        place = reader.place()
        doc = reader.document
        assert place.block >= 0
        top_words = doc.blocks[place.block].text[place.char :].split()[:3]
        cursor = reader.cursor
        await pilot.press("q")
    saved = json.loads(StateStore([str(SEEDS)]).path.read_text())["positions"][doc.id]
    assert saved == {"cursor": cursor, "block": place.block, "char": place.char}
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(again)

        def top_line() -> str:
            return next((line for line in (reader.render_line(y).text for y in range(3)) if line.strip()), "")

        for _ in range(50):  # the view is put back after a refresh: a loaded machine may take a while
            await pilot.pause(0.1)
            if top_line().split()[:3] == top_words:
                break
        assert reader.document.id == doc.id and reader.cursor == cursor
        assert top_line().split()[:3] == top_words


async def test_resizing_keeps_the_words_at_the_top():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        await pilot.press("tab", "space", "space")
        await pilot.pause()
        before = reader.place()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        after = reader.place()
        assert after.block == before.block and after.cursor == before.cursor
        assert abs(after.char - before.char) < 80  # the line holding the same character


async def test_an_old_line_offset_position_opens_at_its_paragraph():
    store = StateStore([str(SEEDS)])
    doc = Library([SEEDS]).document(0)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    old = {"document": doc.path, "positions": {doc.id: {"cursor": 5, "scroll": 31}}}
    store.path.write_text(json.dumps(old))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.pause(0.1)
        reader, _ = parts(app)
        assert reader.document.id == doc.id and reader.cursor == 5
        first, _ = reader.block_region(5)
        assert reader.scroll_offset.y == first  # its paragraph at the top


async def test_the_narrow_layout_is_applied_again_on_every_resize():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        sidebar, side = app.screen.query_one(Sidebar), app.screen.query_one(SidePanel)
        await pilot.press("p", "p", "l")  # toggled off and on again, then the legend
        assert sidebar.display and side.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert side.display and not sidebar.display  # two panes: the reader keeps room to read
        assert app.screen.query_one(Reader).size.width > 40
        await pilot.resize_terminal(130, 40)
        await pilot.pause()
        assert sidebar.display and side.display
        await pilot.press("o")
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        assert not sidebar.display


async def test_escape_in_the_filter_returns_to_the_document_being_read():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, documents = parts(app)
        await pilot.press("j", "j")
        reading = documents.highlighted_document()
        assert reading == 2 and app.screen.shown == 2
        await pilot.press("slash", *"zzzz")
        assert documents.count == 0
        await pilot.press("escape")
        await pilot.pause()
        assert documents.count == 5 and documents.has_focus
        assert documents.highlighted_document() == 2
        assert app.screen.shown == 2


async def test_the_jump_list_goes_back_and_forward_over_mentions_documents_and_search_hits():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, documents = parts(app)
        screen = app.screen
        await pilot.press("tab", "m")
        first = reader.cursor
        await pilot.press("m")
        second = reader.cursor
        assert second > first
        await pilot.press("ctrl+o")
        assert reader.cursor == first
        await pilot.press("ctrl+o")
        assert reader.cursor == 0
        await pilot.press("ctrl+n")
        assert reader.cursor == first
        await pilot.press("ctrl+n")
        assert reader.cursor == second
        # another document: back comes to this one, at this place
        await pilot.press("right_square_bracket")
        assert screen.shown == 1
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.shown == 0 and reader.cursor == second
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.shown == 1
        # a search hit
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        app.screen.dismiss(SearchTarget(3, 4))
        await pilot.pause()
        assert screen.shown == 3 and reader.cursor == 4
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.shown == 1
        await pilot.press("ctrl+o", "ctrl+o")
        await pilot.pause()
        assert screen.shown == 0
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o", "ctrl+o")
        await pilot.pause()
        assert "oldest place" in last_notice(app)


async def test_a_note_jump_is_in_the_jump_list(tmp_path):
    from store.notebook.anchoring import anchor_for
    from store.notebook.notebook import Notebook

    notebook = Notebook(tmp_path / "notes.json")
    app = ActorlensApp(Library([SEEDS]), notebook=notebook)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        notebook.add(reader.document, "on paragraph ten", anchor=anchor_for(reader.document, 10, 0, 20))
        app.screen.notebook_changed()
        await pilot.press("tab", "j", "j")
        await pilot.press("o", "enter")
        await pilot.pause()
        assert reader.cursor == 10 and reader.has_focus
        await pilot.press("ctrl+o")
        assert reader.cursor == 2


async def test_read_marks_next_unread_and_toggle_are_kept():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, documents = parts(app)
        assert screen_text(app).count(UNREAD) == 5  # nothing read yet
        await pilot.press("enter")  # reading the first
        assert documents.render_line(0).text.startswith(" ")
        assert documents.render_line(3).text.startswith(UNREAD)
        await pilot.press("R")  # next unread: the second, read by going there
        assert app.screen.shown == 1 and reader.has_focus
        await pilot.press("d", "G", "r")  # the last one marked read from the list, without reading it
        assert screen_text(app).count(UNREAD) == 2
        await pilot.press("r")
        assert screen_text(app).count(UNREAD) == 3
        await pilot.press("r", "g", "R")
        assert app.screen.shown == 2
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        _, documents = parts(again)
        marks = [documents.render_line(3 * n).text[0] for n in range(5)]
        assert marks == [" ", " ", " ", UNREAD, " "]
        await pilot.press("R", "R")
        assert "No unread document" in last_notice(again)


async def test_sorting_the_sidebar_cycles_and_is_kept():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        _, documents = parts(app)
        library = Library([SEEDS])
        summaries = {s.index: s for s in library.summaries(range(len(library)))[0]}
        await pilot.press("j", "j")
        reading = documents.highlighted_document()
        await pilot.press("s")
        assert documents.border_title == "Documents (5)" and documents.border_subtitle == "by date"
        order = documents.visible_documents()
        dates = [summaries[i].date for i in order if summaries[i].date]
        assert dates == sorted(dates, reverse=True) and summaries[order[0]].date
        assert documents.highlighted_document() == reading  # the same document stays highlighted
        await pilot.press("s")
        sources = [
            (summaries[i].source or summaries[i].author or "\uffff").casefold() for i in documents.visible_documents()
        ]
        assert sources == sorted(sources) and documents.border_subtitle == "by source"
        await pilot.press("s")
        titles = [summaries[i].title.casefold() for i in documents.visible_documents()]
        assert titles == sorted(titles) and "by title" in screen_text(app)
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        _, documents = parts(again)
        assert documents.order == "title" and documents.visible_documents() == [
            i for i in sorted(summaries, key=lambda i: summaries[i].title.casefold())
        ]
        await pilot.press("s")
        assert documents.visible_documents() == [0, 1, 2, 3, 4] and not documents.border_subtitle


async def test_long_titles_wrap_to_two_lines(tmp_path):
    long = "Ministers of the Eastern Partnership meet in Brussels to talk about gas transit and sanctions again"
    (tmp_path / "a.txt").write_text(f"{long}\n\nSome text of the document, long enough to read here.\n")
    (tmp_path / "b.txt").write_text("Short [b]title[/b]\n\nSome text of the second document, long enough.\n")
    app = ActorlensApp(Library([tmp_path]))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 2)
        _, documents = parts(app)
        rows = [documents.render_line(y).text.strip() for y in range(6)]
        assert long.startswith(rows[0].lstrip(UNREAD))
        assert rows[1].endswith("…") and long.split()[len(rows[0].split())] == rows[1].split()[0]
        assert len(rows[0]) + len(rows[1]) > 45  # about twice what one line of ~26 characters showed
        assert rows[3].lstrip(UNREAD) == "Short [b]title[/b]" and rows[4] == ""


async def test_O_opens_the_source_file_or_says_why_not(tmp_path, monkeypatch):
    out = tmp_path / "opened"
    script = f"import sys; open({str(out)!r}, 'w').write(sys.argv[1])"
    monkeypatch.setattr(paths, "file_opener", lambda: ([sys.executable, "-c", script], False))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        await pilot.press("O")
        for _ in range(200):
            await pilot.pause(0.02)
            if out.exists() and out.read_text():
                break
        assert out.read_text() == reader.document.path
        monkeypatch.setattr(paths, "file_opener", lambda: None)
        await pilot.press("O")
        assert "No program to open the file with" in last_notice(app)
        # a terminal program needs the terminal: a headless app cannot lend it, and says so in one line
        monkeypatch.setattr(paths, "file_opener", lambda: (["less"], True))
        await pilot.press("O")
        last = last_notice(app)
        assert last.startswith("Cannot open") and "\n" not in last
        assert app.is_running


async def test_the_palette_orders_the_documents_and_finds_the_next_unread():
    from tests.tui.test_navigation import palette_run

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        _, documents = parts(app)
        await palette_run(pilot, "order documents title", "documents: title")
        assert documents.order == "title" and app.screen.state.sort == "title"
        order = documents.visible_documents()
        after = order[order.index(app.screen.shown) + 1]  # the open document stays highlighted, in its new place
        await palette_run(pilot, "next unread", "unread document")
        assert app.screen.shown == after


async def test_opening_the_same_document_again_before_its_view_is_restored_keeps_the_place():
    """The restored view is applied after a refresh; opening the document again meanwhile (a settled list
    move, a reload) remembers the place it is going to, not the top the view still shows."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader, _ = parts(app)
        await pilot.press("j", "tab", "space", "j")
        await pilot.pause()
        place = reader.place()
        assert place.block >= 0
        doc = reader.document
        index = app.main_screen.shown
        app.main_screen.open_document(0 if index else 1)  # another document
        await pilot.pause()
        await pilot.pause()
        assert reader.document.id != doc.id
        app.main_screen.open_document(index)  # back: the place is restored after the next refresh...
        app.main_screen.open_document(index)  # ...and the document opened again before that
        for _ in range(5):
            await pilot.pause()
        assert reader.place() == place
