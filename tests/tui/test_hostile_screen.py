"""Hostile input in the app (issue 11): nothing on screen holds a control character, whatever the
documents, file names, notes, tags and actor names hold; special files do not hang the app."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from store.corpus.library import Library, Summary
from store.errors import ActorlensError
from store.model import Anchor, Note
from store.notebook.anchoring import ResolvedAnchor
from store.notebook.notebook import Notebook, PlacedNote
from tests.hostile_corpus import ESCAPES, control_free, make_hostile_corpus
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.dialogs.notes import NoteEditor
from tui.widgets.document_list import DocumentList, summary_lines
from tui.widgets.notes_panel import note_prompt

pytestmark = pytest.mark.timeout(300)

hostile = st.lists(st.sampled_from(ESCAPES) | st.text(max_size=10), max_size=6).map("".join)


def screen_chars(app: ActorlensApp) -> str:
    """Every character the screen would send to the terminal, styles aside."""
    return "".join(segment.text for strip in app.screen._compositor.render_strips() for segment in strip)


@settings(max_examples=200, deadline=None)
@given(text=hostile, tag=hostile, quote=hostile)
def test_note_prompt_is_control_free(text, tag, quote):
    anchor = Anchor(0, 0, len(quote), quote, "", "")
    note = Note("n1", "d1", anchor, text, (tag,) if tag else (), "", "", "", "")
    placed = PlacedNote(note, ResolvedAnchor("exact", 0, 0, len(quote)))
    console = Console(width=40, color_system=None)  # the note is rendered as Markdown: check what it draws
    assert control_free("".join(segment.text for segment in console.render(note_prompt(placed))))


@settings(max_examples=200, deadline=None)
@given(title=hostile, source=hostile, name=st.binary(max_size=20), extra=hostile)
def test_sidebar_entry_is_control_free(title, source, name, extra):
    import os

    path = "/corpus/" + os.fsdecode(name.replace(b"/", b"_").replace(b"\x00", b"_") or b"x")
    summary = Summary(0, path, "id", title, True, None, None, source or None, "utf-8")
    first, second = summary_lines(summary, extra)
    assert control_free(first.plain) and control_free(second.plain)


async def test_the_hostile_corpus_on_screen(tmp_path, monkeypatch):
    cases = make_hostile_corpus(tmp_path / "corpus")
    actors = tmp_path / "actors.toml"
    actors.write_text(
        '[[actor]]\nid = "putin-twin"\nname = "Evil \\u001b]0;pwned\\u0007 twin"\nkind = "person"\n'
        'aliases = ["Moscow"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("ACTORLENS_ACTORS", str(actors))
    db = tmp_path / "notes.json"
    library = Library([tmp_path / "corpus"])  # with its caches: names that are not UTF-8 are stored too
    notebook = Notebook(db)
    for index in range(len(library)):
        try:
            doc = library.document(index)
        except ActorlensError:
            continue  # the NUL file: a one-line problem in the app too
        notebook.add(doc, "note \x1b[2J with \x1b]52;c;eA==\x07 escapes", tags=["tag\x1b[31m"])
        notebook.add_doc_tags(doc, ["doc\x9btag"])
    assert "fifo" not in cases or all(s.path != cases["fifo"] for s in library.sources)
    app = ActorlensApp(library, ner=False, notebook=notebook)
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_ready(pilot, len(library) - 1)  # the NUL file is left out of the sidebar
        documents = app.screen.query_one(DocumentList)
        documents.focus()
        for index in range(documents.count):
            documents.highlighted = index
            await pilot.pause(0.1)
            shown = screen_chars(app)
            assert control_free(shown), [
                shown[max(0, i - 40) : i + 10] for i, c in enumerate(shown) if not control_free(c)
            ]
        await pilot.press("tab", "e")  # the editor on a note with escapes, if the reader has one
        await pilot.pause(0.05)
        assert control_free(screen_chars(app))
        if isinstance(app.screen, NoteEditor):
            await pilot.press("escape")


@settings(max_examples=200, deadline=None)
@given(title=hostile, text=hostile.filter(bool), data=st.data())
def test_search_result_is_control_free(title, text, data):
    from store.corpus.search_index import Hit
    from tui.screens.search import hit_prompt

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    hit = Hit("/x.txt", title, 0, text, ((start, end),), -1.0)
    assert control_free(hit_prompt(hit).plain)
