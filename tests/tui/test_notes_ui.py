"""Notes and tags through the Pilot: add, edit, delete, undo, tag, filter; a broken notes file."""

from __future__ import annotations

import os

from store.corpus.library import Library
from store.notebook.notebook import Notebook
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, settle, wait_ready
from tui.app import ActorlensApp
from tui.dialogs.confirm import Confirm
from tui.dialogs.notes import NoteEditor, TagEditor
from tui.dialogs.passage import PassageSelector
from tui.widgets.document_list import DocumentList
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.reader import Reader


def make_app(notebook: Notebook | None = None) -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]), notebook=notebook)


async def write_note(pilot, text: str, tags: str = "") -> None:
    await pilot.press(*text)
    if tags:
        await pilot.press("tab", *tags)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_add_a_paragraph_note_with_tags_and_markup_text():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "j", "a")
        assert isinstance(app.screen, NoteEditor)
        await write_note(pilot, "Irony: [bold]peace[/] doves", "irony kremlin")
        assert not isinstance(app.screen, NoteEditor)
        notes = Notebook(os.environ["ACTORLENS_DB"]).notes()
        assert len(notes) == 1
        note = notes[0]
        reader = app.screen.query_one(Reader)
        assert note.text == "Irony: [bold]peace[/] doves"
        assert note.tags == ("irony", "kremlin")
        assert note.anchor.block == 1 and note.anchor.exact == reader.document.blocks[1].text
        panel = app.screen.query_one(NotesPanel)
        assert [p.note.id for p in panel.placed] == [note.id]
        text = screen_text(app)
        assert "Irony: [bold]peace[/] doves" in text
        assert "Notes (1)" in text
        assert 1 in reader.marked_blocks
        assert "✎1" in text  # the sidebar shows the note count


async def test_note_on_a_selected_passage():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "v")
        assert isinstance(app.screen, PassageSelector)
        await pilot.press("enter")  # nothing selected yet: an error, the dialog stays
        assert isinstance(app.screen, PassageSelector)
        await pilot.press(*["shift+right"] * 22, "enter")
        assert isinstance(app.screen, NoteEditor)
        await write_note(pilot, "the opening irony")
        note = Notebook(os.environ["ACTORLENS_DB"]).notes()[0]
        assert note.anchor.exact == "“Peace and prosperity”"
        assert (note.anchor.block, note.anchor.start, note.anchor.end) == (0, 0, 22)


async def test_edit_delete_and_undo_from_the_notes_panel():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "A")
        await write_note(pilot, "whole-document note")
        await pilot.press("o")
        panel = app.screen.query_one(NotesPanel)
        assert panel.has_focus
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("end", *" (edited)", "ctrl+s")
        await settle(pilot)
        nb = Notebook(os.environ["ACTORLENS_DB"])
        assert [n.text for n in nb.notes()] == ["whole-document note (edited)"]
        await pilot.press("x")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # not confirmed: nothing happens
        await settle(pilot)
        assert len(Notebook(os.environ["ACTORLENS_DB"]).notes()) == 1
        await pilot.press("x", "y")
        await settle(pilot)
        assert Notebook(os.environ["ACTORLENS_DB"]).notes() == []
        assert panel.placed == []
        await pilot.press("u")
        await settle(pilot)
        restored = Notebook(os.environ["ACTORLENS_DB"]).notes()
        assert [n.text for n in restored] == ["whole-document note (edited)"]
        assert len(panel.placed) == 1


async def test_tag_documents_and_filter_by_tags_and_notes():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        documents = app.screen.query_one(DocumentList)
        await pilot.press("t")
        assert isinstance(app.screen, TagEditor)
        await pilot.press(*"caucasus opinion", "enter")
        await settle(pilot)
        await pilot.press("j", "t", *"caucasus", "enter")
        await settle(pilot)
        # completion offers the tags already used
        await pilot.press("j", "t", *"opi", "right", "enter")
        await settle(pilot)
        nb = Notebook(os.environ["ACTORLENS_DB"])
        tagged = {s.index: nb.doc_tags(s) for s in documents.summaries}
        assert tagged[0] == ("caucasus", "opinion") and tagged[1] == ("caucasus",) and tagged[2] == ("opinion",)
        assert "#caucasus #opinion" in screen_text(app)
        await pilot.press("slash", *"#caucasus")
        assert documents.count == 2
        await pilot.press(*" tag:opinion")
        assert documents.count == 1
        await pilot.press("ctrl+a", "ctrl+k", *"has:notes")
        assert documents.count == 0


async def test_a_broken_notes_file_opens_read_only_with_a_one_line_message(tmp_path):
    db = tmp_path / "notes.json"
    db.write_text('{"_meta": {"1": {"schema": 1}}, "notes": {"1": {"text": "trunc')
    app = make_app(Notebook(db))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        messages = [n.message for n in app._notifications]
        assert any(str(db) in m and "\n" not in m for m in messages), messages
        await pilot.press("tab", "a")
        assert not isinstance(app.screen, NoteEditor)  # read-only: no editor
        assert any("read-only" in n.message for n in app._notifications)
    assert db.read_text().endswith('"text": "trunc')  # never overwritten


async def test_export_the_open_documents_notes_and_confirm_overwrite(tmp_path):
    from tui.dialogs.export import ExportDialog

    app = make_app()
    out = tmp_path / "out.md"
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "j", "a")
        await write_note(pilot, "A note about *Pskov*", "pskov")
        await pilot.press("E")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path").value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        text = out.read_text()
        assert text.startswith("---\n")
        assert "A note about *Pskov*" in text and "#pskov" in text
        assert any("Exported to" in n.message for n in app._notifications)
        out.write_text("old")
        await pilot.press("E")
        app.screen.query_one("#export-path").value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await settle(pilot)
        assert out.read_text() == "old"
        await pilot.press("E")
        app.screen.query_one("#export-path").value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert "A note about *Pskov*" in out.read_text()


async def test_tag_a_note_from_the_notes_panel_and_filter_by_its_tag():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a")
        await write_note(pilot, "first paragraph note")
        await pilot.press("o", "t")
        assert isinstance(app.screen, TagEditor)
        await pilot.press(*"[brackets] كلمة", "enter")
        await settle(pilot)
        note = Notebook(os.environ["ACTORLENS_DB"]).notes()[0]
        assert note.tags == ("[brackets]", "كلمة")
        assert "#[brackets] #كلمة" in screen_text(app)
        await pilot.press("slash", *"#[brackets]")
        assert app.screen.query_one(DocumentList).count == 1


async def test_a_failed_save_keeps_the_text_in_the_editor_and_says_why(tmp_path):
    from store.errors import NotebookWriteError

    nb = Notebook(tmp_path / "notes.json")
    app = make_app(nb)

    def full_disk(*args, **kwargs):
        raise NotebookWriteError(str(nb.path), "no space left on device")

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        real_add = nb.add
        nb.add = full_disk
        await pilot.press("tab", "a")
        await write_note(pilot, "precious words")
        assert isinstance(app.screen, NoteEditor)  # still open
        assert app.screen.query_one("#note-text").text == "precious words"
        error = str(app.screen.query_one("#note-error").render())
        assert "Not saved" in error and "no space left on device" in error and "your text is kept" in error
        nb.add = real_add  # space again: the same editor saves
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
        assert [n.text for n in Notebook(tmp_path / "notes.json").notes()] == ["precious words"]


async def test_enter_on_a_note_goes_to_its_passage_and_a_detached_note_says_so():
    # The handler used to sit in a mixin Textual never registered: enter on a note did nothing.
    from store.model import Anchor
    from store.notebook.anchoring import anchor_for

    notebook = Notebook(os.environ["ACTORLENS_DB"])
    app = make_app(notebook)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        reader = app.screen.query_one(Reader)
        doc = reader.document
        notebook.add(doc, "on the fourth paragraph", anchor=anchor_for(doc, 3))
        gone = Anchor(block=2, start=0, end=12, exact="a passage that this article never had at all")
        notebook.add(doc, "on a vanished passage", anchor=gone)
        app.screen.notebook_changed()
        await pilot.pause()
        panel = app.screen.query_one(NotesPanel)
        statuses = [p.where.status for p in panel.placed]
        assert "detached" in statuses and len(statuses) == 2
        await pilot.press("o")
        assert panel.has_focus
        panel.highlighted = statuses.index("detached")
        await pilot.press("enter")
        await pilot.pause()
        assert any("no longer in the document" in n.message for n in app._notifications)
        assert panel.has_focus  # nowhere to go
        panel.highlighted = 1 - statuses.index("detached")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.cursor == 3 and reader.has_focus
