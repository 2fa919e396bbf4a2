"""A document change draws only what changed: no layout of the whole screen (tui/widgets/steady.py), the
document list's entries drawn once (its cache of lines), an empty notes panel left as it is, the filter
applied once by escape. tests/bench/key_cpu.py measures what this buys."""

from __future__ import annotations

from textual.screen import Screen

from store.corpus.library import Library
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.screens.main import MainScreen
from tui.settle import DELAY
from tui.widgets.document_list import ROWS

WHO = ("Putin", "Erdogan", "NATO's spokesman", "the Kremlin")
WHAT = ("grain exports", "the pipeline", "a ceasefire in the south", "sanctions on banks", "prisoner exchanges")


def _corpus(tmp_path, sizes: list[int]):
    """One document per size: that many paragraphs (documents of different lengths)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, paragraphs in enumerate(sizes):
        body = "\n\n".join(
            f"In dispatch {i}.{n}, {WHO[n % 4]} spoke for {n + 7 * i} minutes about {WHAT[(3 * n + i) % 5]}."
            for n in range(paragraphs)
        )
        (folder / f"doc{i:02}.txt").write_text(f"Report number {i}\n\n{body}\n")
    return folder


def _count_layouts(monkeypatch) -> list[int]:
    layouts: list[int] = []
    real = Screen._refresh_layout

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(self, MainScreen):  # (not help's, laid out ahead while it is not shown: tui/app.py)
            layouts.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counting)
    return layouts


async def test_another_document_of_another_length_lays_nothing_out_and_its_scroll_bar_follows(tmp_path, monkeypatch):
    app = ActorlensApp(Library([_corpus(tmp_path, [40, 90, 60])]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        await pilot.pause(0.3)
        screen = app.main_screen
        reader = screen.reader
        before = reader.virtual_size.height
        layouts = _count_layouts(monkeypatch)
        await pilot.press("j")
        await pilot.pause(DELAY * 3)
        await wait_ready(pilot, 3)
        assert screen.shown == 1
        assert reader.virtual_size.height != before  # a document of another length
        assert reader.show_vertical_scrollbar
        assert reader.vertical_scrollbar.window_virtual_size == reader.virtual_size.height
        assert not layouts  # its length changed the reader's scroll bar, not the screen's layout
        await pilot.press("end")  # the scroll limits follow the new length
        await pilot.pause()
        assert reader.max_scroll_y == reader.virtual_size.height - reader.scrollable_content_region.height


async def test_entries_are_drawn_once_and_an_empty_notes_panel_stays(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path, [3, 4, 5, 6])]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 4)
        await pilot.pause(0.3)
        screen = app.main_screen
        documents = screen.sidebar.documents
        notes = screen.side.notes
        drawn: list[int] = []
        cleared: list[int] = []
        real_line, real_clear = documents._entry_line, notes.clear_options
        documents._entry_line = lambda *a: drawn.append(1) or real_line(*a)  # type: ignore[method-assign]
        notes.clear_options = lambda: cleared.append(1) or real_clear()  # type: ignore[method-assign]
        await pilot.press("j")
        await pilot.pause(DELAY * 3)
        await wait_ready(pilot, 4)
        assert screen.shown == 1
        assert len(drawn) == 2 * ROWS  # the entry left and the entry reached; the others come from the cache
        assert not cleared and notes.option_count == 1  # no notes here either: the hint stays as it was
        drawn.clear()
        await pilot.press("k")
        await pilot.pause(DELAY * 3)
        await wait_ready(pilot, 4)
        assert not drawn  # both looks of both entries were drawn before


async def test_escape_in_the_filter_applies_it_once_and_comes_back_to_the_document(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path, [3, 4, 5])]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 3)
        await pilot.pause(0.6)  # the filter is made (hidden) after the first frame
        sidebar = app.main_screen.sidebar
        applied: list[str] = []
        real = sidebar.apply_filter
        sidebar.apply_filter = lambda query: applied.append(query) or real(query)  # type: ignore[method-assign]
        await pilot.press("slash", "2")
        await pilot.pause()
        assert applied == ["2"] and sidebar.documents.count == 1
        await pilot.press("escape")
        await pilot.pause()
        assert applied == ["2", ""]  # once, not again for the input's change of value
        assert sidebar.documents.count == 3 and sidebar.documents.has_focus
