"""The notes panel shows whole notes as Markdown, and the notes stream (#) every note of the corpus
(issue 16)."""

from __future__ import annotations

from store.corpus.library import Library
from store.notebook.anchoring import anchor_for
from store.notebook.notebook import Notebook
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready
from tui.app import ActorlensApp
from tui.screens.notes_stream import NotesStreamList, NotesStreamScreen
from tui.widgets.notes_panel import NotesPanel

LONG = (
    "First line with [bold]markup[/] that stays text.\n\n"
    "A **second** paragraph, long enough to be wrapped over several lines of the panel, with "
    "[a link](http://example.org/x) and the word ENDMARK at its end."
)


def make_app(tmp_path, *, notes: bool = True) -> tuple[ActorlensApp, Notebook]:
    library = Library([SEEDS])
    notebook = Notebook(tmp_path / "notes.json")
    if notes:
        first, third = library.document(0), library.document(2)
        notebook.add(first, LONG, anchor=anchor_for(first, 3, 0, 25), tags=["irony"])
        notebook.add(third, "On the third document", anchor=anchor_for(third, 4, 0, 20), tags=["war", "irony"])
        notebook.add(third, "Whole-document note", tags=["war"])
    return ActorlensApp(library, ner=False, notebook=notebook), notebook


async def test_the_notes_panel_shows_the_whole_note_as_markdown_never_markup(tmp_path):
    app, _ = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        text = screen_text(app)
        assert "[bold]markup[/]" in text  # not parsed as markup
        assert "**second**" not in text and "second" in text  # parsed as Markdown
        assert "ENDMARK" in text  # the last line of the note: wrapped, not cut at its first line
        assert "(http://example.org/x)" in text  # a link shows its address as text
        panel = app.screen.query_one(NotesPanel)
        assert panel.option_count == 1 and panel.get_option_at_index(0).prompt.renderables  # header + body


async def test_an_empty_notes_panel_says_how_to_write_one(tmp_path):
    app, _ = make_app(tmp_path, notes=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        panel = app.screen.query_one(NotesPanel)
        assert panel.placed == [] and panel.selected() is None
        hint = str(panel.get_option_at_index(0).prompt)
        assert hint.startswith("No notes yet — press a to annotate the current paragraph, A the whole document")
        assert panel.get_option_at_index(0).disabled
        assert "No notes yet" in screen_text(app)


async def test_the_stream_lists_every_note_filters_and_opens_the_passage(tmp_path):
    app, notebook = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("number_sign")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, NotesStreamScreen)
        assert len(screen.shown) == 3
        text = screen_text(app)
        assert "3 notes" in text and "#irony 2" in text and "#war 2" in text
        assert app.library.document(2).display_title[:30] in text  # the document's title
        await pilot.press("slash", *"#irony")
        await pilot.pause()
        irony = {n.id for n in notebook.notes() if "irony" in n.tags}
        assert {e.note.id for e in screen.shown} == irony and len(irony) == 2
        await pilot.press("ctrl+a", "ctrl+k", *"#war third")
        await pilot.pause()
        assert [e.note.text for e in screen.shown] == ["On the third document"]
        await pilot.press("enter")  # from the filter to the list
        await pilot.pause()
        assert screen.query_one(NotesStreamList).has_focus
        await pilot.press("enter")  # opens the document at the note's passage
        await pilot.pause()
        assert not isinstance(app.screen, NotesStreamScreen)
        reader = app.screen.reader
        assert reader.document.id == app.library.document(2).id
        assert reader.cursor == 4 and reader.has_focus
        panel = app.screen.query_one(NotesPanel)
        assert panel.selected().note.text == "On the third document"


async def test_the_stream_is_in_the_command_palette(tmp_path):
    app, _ = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        names = [name for name, _, _ in app.screen.palette_commands()]
        assert any(name.startswith("All notes") for name in names)
        await pilot.press("number_sign", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, NotesStreamScreen)
