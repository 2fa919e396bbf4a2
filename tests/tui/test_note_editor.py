"""Nothing typed is lost (issue 16): the note editor's draft on disk, escape that asks, tag fields that
add, undo of tag changes, and editing a note in $EDITOR."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from store.corpus.library import Library
from store.notebook.drafts import Drafts
from store.notebook.notebook import Notebook
from tests.conftest import ROOT, SEEDS
from tests.tui.helpers import screen_text, settle, wait_ready
from tests.tui.test_note_save_burst import burst
from tui.app import ActorlensApp
from tui.dialogs.notes import NoteEditor, TagEditor
from tui.dialogs.unsaved import UnsavedNote
from tui.widgets.notes_panel import NotesPanel


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]), ner=False)


def notes() -> list:
    return Notebook(os.environ["ACTORLENS_DB"]).notes()


def draft_folder() -> Path:
    return Path(os.environ["ACTORLENS_STATE"]) / "drafts"


def draft_files() -> list[Path]:
    return sorted(draft_folder().glob("*.json")) if draft_folder().exists() else []


async def drafts_written(pilot) -> None:
    """Wait past the editor's pause, then until the draft writer has written."""
    await pilot.pause(NoteEditor.DEBOUNCE + 0.2)
    pilot.app.main_screen.notes.drafts.flush(10)


def editor_text(app) -> str:
    return app.screen.query_one("#note-text", TextArea).text


async def test_a_draft_survives_a_killed_app(tmp_path):
    (tmp_path / "doc.txt").write_text("A short title\n\nA paragraph for notes, long enough to anchor on.\n")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.tui.draft_crash_app", str(tmp_path), "words typed before the crash"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typed"
        for _ in range(400):  # the editor writes its draft after each pause in typing
            if [d.text for d in Drafts(draft_folder()).all()] == ["words typed before the crash"]:
                break
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    assert len(draft_files()) == 1
    app = ActorlensApp(Library([tmp_path]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 1)
        (told,) = [n.message for n in app._notifications if "unsaved note draft" in n.message]
        assert "Note on ¶1 · A short title" in told and "\n" not in told  # where it was, on start
        await pilot.press("tab", "a")
        assert isinstance(app.screen, NoteEditor)
        assert editor_text(app) == "words typed before the crash"
        assert "unsaved draft" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
        app.main_screen.notes.drafts.flush(10)
    assert [n.text for n in notes()] == ["words typed before the crash"]
    assert draft_files() == []  # saved: the draft is gone


async def test_a_draft_left_open_at_quit_comes_back_for_the_same_paragraph_only():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "j", "a", *"half a thought")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedNote)  # escape asks; escape again keeps editing
        await pilot.press("escape")
        assert isinstance(app.screen, NoteEditor) and editor_text(app) == "half a thought"
        await pilot.press(*" and more")  # typed just before quitting: written as the app closes
        app.exit()
    app.main_screen.notes.drafts.flush(10)
    assert notes() == []
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader = app.main_screen.reader
        await pilot.press("tab", "g")
        assert reader.cursor == 0
        await pilot.press("a")  # another paragraph: its own (empty) editor
        assert editor_text(app) == ""
        await pilot.press("escape")  # unchanged: closes at once
        assert not isinstance(app.screen, NoteEditor | UnsavedNote)
        await pilot.press("j", "a")
        assert editor_text(app) == "half a thought and more"


async def test_discard_really_discards():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a", *"not worth keeping")
        await drafts_written(pilot)
        assert len(draft_files()) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedNote)
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor | UnsavedNote)
        app.main_screen.notes.drafts.flush(10)
        assert draft_files() == [] and notes() == []
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor) and editor_text(app) == ""


async def test_escape_then_s_saves_and_a_burst_of_keys_then_escape_still_asks():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a")
        burst(app, [*"typed fast", "escape"])  # escape waits behind the keys typed before it
        for _ in range(100):
            await pilot.pause(0.01)
            if isinstance(app.screen, UnsavedNote):
                break
        assert isinstance(app.screen, UnsavedNote)
        await pilot.press("s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor | UnsavedNote)
        assert [n.text for n in notes()] == ["typed fast"]


async def test_an_edited_note_keeps_its_draft_until_saved():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "A", *"first version", "ctrl+s")
        await settle(pilot)
        await pilot.press("o", "e", "end", *" plus an edit")
        await drafts_written(pilot)
        app.exit()
    assert [n.text for n in notes()] == ["first version"]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("o", "e")
        assert editor_text(app) == "first version plus an edit"
        await pilot.press("ctrl+s")
        await settle(pilot)
        app.main_screen.notes.drafts.flush(10)
    assert [n.text for n in notes()] == ["first version plus an edit"]
    assert draft_files() == []


async def test_tags_are_added_by_default_removed_with_minus_and_undone_with_u():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        doc = app.main_screen.reader.document
        nb = app.main_screen.notebook

        async def tag(*keys: str) -> None:
            await pilot.press("t")
            assert isinstance(app.screen, TagEditor)
            field = app.screen.query_one(Input)
            assert field.value == ""  # the tags there are are shown, not pre-selected in the field
            await pilot.press(*keys, "enter")
            await settle(pilot)

        await tag(*"war caucasus")
        assert nb.doc_tags(doc) == ("war", "caucasus")
        await pilot.press("t")
        assert "#war #caucasus" in screen_text(app)
        await pilot.press(*"pskov")  # typing adds
        await pilot.press("enter")
        await settle(pilot)
        assert nb.doc_tags(doc) == ("war", "caucasus", "pskov")
        await tag(*"-war")
        assert nb.doc_tags(doc) == ("caucasus", "pskov")
        await pilot.press("u")
        await settle(pilot)
        assert nb.doc_tags(doc) == ("war", "caucasus", "pskov")
        await pilot.press("u")
        await settle(pilot)
        assert nb.doc_tags(doc) == ("war", "caucasus")
        assert any("Undone: the tag change" in n.message for n in app._notifications)


async def test_a_notes_tags_add_in_the_tag_dialog_and_in_the_editor_and_undo():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a", *"on the first paragraph", "tab", *"irony", "ctrl+s")
        await settle(pilot)
        assert notes()[0].tags == ("irony",)
        await pilot.press("o", "t", *"kremlin", "enter")
        await settle(pilot)
        assert notes()[0].tags == ("irony", "kremlin")
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#note-tags", Input).value == ""
        await pilot.press("tab", *"pskov -irony", "ctrl+s")
        await settle(pilot)
        assert notes()[0].tags == ("kremlin", "pskov")
        assert notes()[0].text == "on the first paragraph"
        app.screen.query_one(NotesPanel).focus()
        await pilot.press("t", *"-kremlin", "enter")
        await settle(pilot)
        assert notes()[0].tags == ("pskov",)
        await pilot.press("u")  # the tag dialog's change
        await settle(pilot)
        assert notes()[0].tags == ("kremlin", "pskov")
        await pilot.press("u")  # the editor's Tags field's change
        await settle(pilot)
        assert notes()[0].tags == ("irony", "kremlin")
        assert notes()[0].text == "on the first paragraph"


@pytest.fixture
def suspendable(monkeypatch):
    """The headless driver has no terminal to hand over; let App.suspend run its real code path, and
    count how often the screen is handed over and taken back."""
    from textual.drivers.headless_driver import HeadlessDriver

    counts = {"suspended": 0, "resumed": 0}
    suspend, resume = HeadlessDriver.suspend_application_mode, HeadlessDriver.resume_application_mode

    def suspended(self):
        counts["suspended"] += 1
        suspend(self)

    def resumed(self):
        counts["resumed"] += 1
        resume(self)

    monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda self: True))
    monkeypatch.setattr(HeadlessDriver, "suspend_application_mode", suspended)
    monkeypatch.setattr(HeadlessDriver, "resume_application_mode", resumed)
    return counts


def script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "fake-editor"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


async def test_edit_a_note_in_the_users_editor(tmp_path, monkeypatch, suspendable):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script(tmp_path, 'printf "\\n%s\\n" "- written in vim" >> "$1"')))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a", *"From the app:", "ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert editor_text(app) == "From the app:\n- written in vim"
        await pilot.press("ctrl+z")  # the text area's undo takes the editor's change back
        assert editor_text(app) == "From the app:"
        await pilot.press("ctrl+y", "ctrl+s")
        await settle(pilot)
    assert [n.text for n in notes()] == ["From the app:\n- written in vim"]


async def test_a_missing_or_failing_editor_is_one_line_and_keeps_the_text(tmp_path, monkeypatch, suspendable):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a", *"precious", "ctrl+o")
        error = str(app.screen.query_one("#note-error").render())
        assert "set $VISUAL or $EDITOR" in error and "\n" not in error
        assert editor_text(app) == "precious"
        monkeypatch.setenv("EDITOR", str(script(tmp_path, 'echo clobbered > "$1"; exit 1')))
        await pilot.press("ctrl+o")
        assert "exited with status 1" in str(app.screen.query_one("#note-error").render())
        assert editor_text(app) == "precious"
        assert suspendable == {"suspended": 1, "resumed": 1}  # a failed editor still gives the screen back
        monkeypatch.setenv("VISUAL", str(tmp_path / "not-installed"))
        await pilot.press("ctrl+o")
        assert "not found" in str(app.screen.query_one("#note-error").render())
        assert editor_text(app) == "precious"
        assert suspendable == {"suspended": 2, "resumed": 2}


async def test_without_a_terminal_to_hand_over_the_editor_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR", str(script(tmp_path, 'echo clobbered > "$1"')))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("tab", "a", *"kept", "ctrl+o")
        assert "cannot be handed over" in str(app.screen.query_one("#note-error").render())
        assert editor_text(app) == "kept"


def test_drafts_folder_is_the_state_folders():
    assert Drafts().folder == Path(os.environ["ACTORLENS_STATE"]) / "drafts"


def test_the_tags_line_shows_kept_new_and_removed_tags_as_plain_text():
    from tui.dialogs.notes import tags_preview

    line = tags_preview(("war", "[bold]x[/]"), "pskov -WAR")
    assert line.plain == "#war #[bold]x[/] #pskov "  # markup-looking tags stay text
    styles = {line.plain[span.start : span.end]: str(span.style) for span in line.spans}
    assert styles == {"#war": "strike", "#pskov": "bold"}
    assert tags_preview((), "").plain == "none yet"


def test_the_restored_notice_says_when_the_draft_was_written():
    import datetime

    from store.notebook.drafts import Draft

    now = datetime.datetime.now()
    today = NoteEditor._restored_line(Draft("x", saved=now.timestamp()))
    assert today == f"Your unsaved draft of {now:%H:%M} is back (not saved yet)."
    older = NoteEditor._restored_line(Draft("x", saved=(now - datetime.timedelta(days=3)).timestamp()))
    assert f"{now - datetime.timedelta(days=3):%d %b}" in older
