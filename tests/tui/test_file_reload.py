"""A document edited on disk while it is open is shown anew, its notes placed again by their quotes
(issue 11)."""

from __future__ import annotations

import os

import pytest

import tui.screens.main as main_screen
from store.corpus.documents import load
from store.corpus.files import SourceFile
from store.corpus.library import Library
from store.notebook.anchoring import find_quote
from store.notebook.notebook import Notebook
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.reader import Reader

pytestmark = pytest.mark.timeout(120)


def test_library_sees_a_change_of_size_or_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nFirst text of the document, long enough.\n")
    library = Library([tmp_path], summary_cache=False, document_cache=False)
    assert not library.changed(0)  # never read: nothing to compare
    first = library.document(0)
    assert not library.changed(0)
    path.write_text("Title\n\nSecond text of the document, a little longer.\n")
    assert library.changed(0)
    library.forget(0)
    assert "Second text" in library.document(0).blocks[-1].text != first.blocks[-1].text
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched: same size, new time
    assert library.changed(0)


async def test_an_open_document_edited_on_disk_is_reloaded_with_its_notes(tmp_path, monkeypatch):
    monkeypatch.setattr(main_screen, "WATCH_SECONDS", 0.05)
    path = tmp_path / "a.txt"
    path.write_text("A title\n\nThe ceasefire held in the north for a week.\n\nThe talks resumed in Geneva.\n")
    db = tmp_path / "notes.json"
    doc = load(SourceFile(path))
    Notebook(db).add(doc, "on Geneva", anchor=find_quote(doc, "talks resumed in Geneva"))
    app = ActorlensApp(Library([tmp_path], summary_cache=False, document_cache=False), ner=False,
                       notebook=Notebook(db))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 1)
        reader = app.screen.query_one(Reader)
        panel = app.screen.query_one(NotesPanel)
        old_block = panel.placed[0].where.block
        path.write_text("A title\n\nA new opening paragraph was added.\n\nThe ceasefire held in the north for a "
                        "week.\n\nThe talks resumed in Geneva.\n")
        for _ in range(300):
            await pilot.pause(0.02)
            if reader.document is not None and any("new opening" in b.text for b in reader.document.blocks):
                break
        assert any("new opening" in b.text for b in reader.document.blocks)
        await pilot.pause()
        [placed] = panel.placed
        assert placed.where.status != "detached"
        assert placed.where.block == old_block + 1
        block = reader.document.blocks[placed.where.block]
        assert block.text[placed.where.start : placed.where.end] == "talks resumed in Geneva"
