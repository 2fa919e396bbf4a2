"""A note typed and saved in one burst of keys is saved whole (issue 11, defect 1).

ctrl+s used to be a priority binding: the app ran it as the key arrived, before the keys still
queued for the text area, so a fast typist (or a paste, or a busy app) saved a truncated note and
the leftover keys ran as main-screen commands. Here every key is handed to the driver at once,
with no pause between keys, as a terminal delivers a burst.
"""

from __future__ import annotations

import os

import pytest
from textual import events
from textual.keys import _character_to_key

from store.corpus.library import Library
from store.notebook.notebook import Notebook
from tests.tui.helpers import busy, wait_ready
from tui.app import ActorlensApp
from tui.screens.dialogs import NoteEditor

pytestmark = pytest.mark.timeout(600)

RUNS = 100


def burst(app: ActorlensApp, keys: list[str]) -> None:
    """Send every key to the driver at once (Pilot.press waits for idle after each key)."""
    for key in keys:
        name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
        event = events.Key(name, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)  # type: ignore[union-attr]


async def test_typing_and_saving_in_one_burst_saves_the_whole_note(tmp_path):
    (tmp_path / "doc.txt").write_text("A short title\n\nA paragraph for notes, long enough to anchor on.\n")
    db = tmp_path / "notes.json"
    app = ActorlensApp(Library([tmp_path]), ner=False, notebook=Notebook(db))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 1)
        await pilot.press("tab")
        panel_before = app.screen.query_one("#side").display if app.screen.query("#side") else None
        for run in range(RUNS):
            await pilot.press("a")
            assert isinstance(app.screen, NoteEditor), run
            text = f"note {run} peace process p q j k"
            burst(app, [*text, "ctrl+s"])
            for _ in range(500):
                await pilot.pause(0.01)
                if not isinstance(app.screen, NoteEditor) and not busy(app):
                    break
            assert not isinstance(app.screen, NoteEditor), f"run {run}: the editor did not close"
            saved = sorted(n.text for n in Notebook(db).notes())
            assert len(saved) == run + 1
            assert f"note {run} peace process p q j k" in saved, (run, saved[-3:])
        if panel_before is not None:
            assert app.screen.query_one("#side").display == panel_before  # no leftover key ran as a command
    assert os.path.exists(db)
