"""Dialogs made once and kept between openings (tui/dialogs/base.py `Dialog.open`): a dialog opened again
shows and does exactly what a new one would, whatever was typed, chosen or shown in it the last time."""

from __future__ import annotations

import difflib
import os

import pytest
from textual.widgets import Input, TextArea

import tui.app
import tui.dialogs.prepared
from store.corpus.library import Library
from store.notebook.notebook import Notebook
from tests.conftest import SEEDS
from tests.tui.dialog_steps import DIALOGS, steady_cursors, with_a_tagged_note
from tests.tui.helpers import screen_text, settle, wait_ready, wait_until
from tui.app import ActorlensApp
from tui.dialogs.base import Dialog
from tui.dialogs.notes import NoteEditor, TagEditor
from tui.dialogs.prepared import prepare_dialogs

# name (of DIALOGS): keys that open the same dialog first, change what it shows, and close it again without
# changing anything else (the main screen's focus included)
EARLIER: dict[str, tuple[str, ...]] = {
    "editor": ("A", *"scratch", "tab", *"zz", "escape", "d"),
    "edit-note": ("A", *"scratch", "escape", "d"),
    "restored-draft": ("A", *"other", "escape", "k", "escape", "d"),
    "unsaved": ("A", *"x", "escape", "k", "escape", "d"),
    "tags": ("t", *"zzz -caucasus", "escape"),
    "note-tags": ("t", *"typed", "escape"),
    "passage": ("v", *["shift+right"] * 5, "escape"),
    "export": ("E", "down", "space", "tab", "tab", *"zz", "escape"),
    "confirm": ("o", "x", "n", "d"),
}


def what_shows(app: ActorlensApp) -> dict[str, object]:
    """The dialog as the user meets it: the characters on screen, which field has the focus and where its
    cursor is, what each field holds."""
    screen = app.screen
    focused = screen.focused
    return {
        "dialog": type(screen).__name__,
        "text": screen_text(app),
        "focused": None if focused is None else (type(focused).__name__, focused.id),
        "inputs": {field.id: (field.value, field.cursor_position) for field in screen.query(Input)},
        "areas": {area.id: (area.text, area.selection, area.scroll_offset) for area in screen.query(TextArea)},
        "classes": sorted(screen.classes),
    }


PREPARED = ("editor", "edit-note", "restored-draft", "unsaved", "tags", "note-tags")  # of tui/dialogs/prepared.py


async def open_dialog(name: str, before: str) -> tuple[dict[str, object], bool]:
    """What the dialog shows once its keys are pressed, and whether it is one kept from before. before: "none"
    (a new dialog), "earlier" (the keys of EARLIER first) or "prepared" (the dialogs made ahead first)."""
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot, 5)
        await with_a_tagged_note(pilot)
        if before == "earlier":
            await pilot.press(*EARLIER[name])
            await settle(pilot)
            assert not isinstance(app.screen, Dialog), f"{name}: the earlier dialog did not close"
        elif before == "prepared":
            await made_ahead(pilot)
        kept = kept_dialogs(app)
        await pilot.press(*DIALOGS[name])
        await settle(pilot)
        steady_cursors(pilot)  # the text cursors shown for good: a blink is not a difference
        await pilot.pause()
        return what_shows(app), any(screen in kept for screen in app.screen_stack)


def differences(new: dict[str, object], again: dict[str, object]) -> str:
    """Where what a new dialog shows and what the kept one shows differ (the screen's text: around each change)."""
    found = []
    for key in new:
        if new[key] == again[key]:
            continue
        if key != "text":
            found.append(f"{key}: {new[key]!r} != {again[key]!r}")
            continue
        a, b = str(new[key]), str(again[key])
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op != "equal":
                found.append(f"text: {a[max(0, i1 - 30) : i2 + 10]!r} != {b[max(0, j1 - 30) : j2 + 10]!r}")
    return "; ".join(found)


def kept_dialogs(app: ActorlensApp) -> set[Dialog[object]]:
    return {screen for screen in app._installed_screens.values() if isinstance(screen, Dialog)}


async def made_ahead(pilot) -> None:  # type: ignore[no-untyped-def]
    """The dialogs of tui/dialogs/prepared.py made now, and ready."""
    app = pilot.app
    prepare_dialogs(app)
    assert await wait_until(pilot, lambda: len(kept_dialogs(app)) == 2 and all(d.is_mounted for d in kept_dialogs(app)))
    await settle(pilot)


@pytest.fixture
def no_dialogs_made_ahead(monkeypatch):
    """None made ahead on their own (a test makes them when it wants them), and at once when it does."""
    monkeypatch.setattr(tui.app, "PREPARE_DIALOGS", None)
    monkeypatch.setattr(tui.dialogs.prepared, "QUIET", 0.01)


@pytest.mark.parametrize(
    ("name", "before"), [(name, "earlier") for name in EARLIER] + [(name, "prepared") for name in PREPARED]
)
async def test_a_dialog_opened_again_shows_what_a_new_one_does(
    name, before, tmp_path, monkeypatch, no_dialogs_made_ahead
):
    found = []
    for run in ("none", before):  # each run with its own notes, drafts and state (a run quits with a draft)
        for variable, where in (("DB", "notes.json"), ("STATE", "state"), ("CONFIG", "config")):
            monkeypatch.setenv(f"ACTORLENS_{variable}", str(tmp_path / run / where))
        found.append(await open_dialog(name, run))
    (new, reused_new), (again, reused) = found
    assert not reused_new
    assert reused, f"{name}: not the kept dialog"
    assert again == new, differences(new, again)


async def test_the_kept_tag_dialog_saves_the_new_documents_tags_and_offers_the_new_tag():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("t", *"first", "enter")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("t")
        dialog = app.screen
        assert isinstance(dialog, TagEditor)
        assert "In use: #first" in screen_text(app)
        await pilot.press(*"fir", "right", *" second", "enter")  # completes the tag saved a moment ago
        await settle(pilot)
        await pilot.press("t")
        assert app.screen is dialog  # kept
        await pilot.press("escape")
        await settle(pilot)
        notebook = Notebook(os.environ["ACTORLENS_DB"])
        tags = sorted(notebook.doc_tags(doc) for doc in app.main_screen.sidebar.documents.summaries)
        assert tags == [(), (), (), ("first",), ("first", "second")]


async def test_the_kept_note_editor_does_not_undo_into_the_last_note():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("A", *"one", "ctrl+s")
        await settle(pilot)
        await pilot.press("A")
        editor = app.screen
        assert isinstance(editor, NoteEditor) and editor.query_one(TextArea).text == ""
        await pilot.press("ctrl+z")
        assert editor.query_one(TextArea).text == ""
        await pilot.press(*"two", "ctrl+s")
        await settle(pilot)
        notes = Notebook(os.environ["ACTORLENS_DB"]).notes()
        assert sorted(n.text for n in notes) == ["one", "two"]


async def test_a_kept_dialog_takes_a_new_theme_and_size():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("t")
        dialog = app.screen
        box = dialog.query_one("#tag-editor")
        before = box.styles.background
        assert "-tall" in dialog.classes
        await pilot.press("escape")
        await settle(pilot)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert app.screen is dialog
        assert box.styles.background != before
        assert "-short" in dialog.classes and "-tall" not in dialog.classes
        assert dialog.size == (80, 24)


async def test_a_kept_dialog_reopens_in_one_whole_frame():
    """Its new content and the tinted screen beneath in the same frame: not first a frame of the changed
    widgets over the untinted screen, then the whole (Textual's layout, then its repaint)."""
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("t", *"abc", "escape")
        await settle(pilot)
        frames: list[str] = []
        display = app._display

        def counting(screen, renderable):  # type: ignore[no-untyped-def]
            frames.append(type(renderable).__name__)
            return display(screen, renderable)

        app._display = counting  # type: ignore[method-assign]
        await pilot.press("t")
        await pilot.pause(0.05)
        app._display = display  # type: ignore[method-assign]
        assert frames and frames[0] == "LayoutUpdate", frames


async def test_a_dialog_made_ahead_opens_in_one_whole_frame_without_styling_again(no_dialogs_made_ahead):
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_ready(pilot, 5)
        await made_ahead(pilot)
        (editor,) = [d for d in kept_dialogs(app) if isinstance(d, TagEditor)]
        frames: list[str] = []
        styled: list[object] = []
        display, restyle = app._display, editor.update_node_styles

        def counting(screen, renderable):  # type: ignore[no-untyped-def]
            frames.append(type(renderable).__name__)
            return display(screen, renderable)

        def styling(*args, **kwargs):  # type: ignore[no-untyped-def]
            styled.append(args)
            return restyle(*args, **kwargs)

        app._display = counting  # type: ignore[method-assign]
        editor.update_node_styles = styling  # type: ignore[method-assign]
        await pilot.press("t")
        await pilot.pause(0.05)
        app._display = display  # type: ignore[method-assign]
        assert app.screen is editor
        assert frames and frames[0] == "LayoutUpdate", frames
        assert styled == []
