"""How the main screen opens the corpus actors view, and what it does with the passage the view returns.

These few functions are the only place the view meets the main screen: after a restructure of the
main screen, re-point them (open a document at a block; open the note editor on a passage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.actors.doc_actors import TITLE_BLOCK

from ..widgets.document_list import DocumentList
from ..widgets.passage_list import PassageItem
from .actors_view import CorpusActorsScreen, PassageRequest

if TYPE_CHECKING:  # pragma: no cover
    from .main import MainScreen


def open_corpus_actors(main: MainScreen) -> None:
    """Show every actor of the documents the sidebar shows (its filter and tags narrow them)."""
    documents = main.query_one(DocumentList)
    by_index = {s.index: s for s in documents.summaries}
    shown = [by_index[i] for i in documents.visible_documents() if i in by_index]
    screen = CorpusActorsScreen(
        main.library,
        main.analyzer,
        shown,
        every=documents.summaries,
        mode=main.highlighter.mode,
        analyse=main.analyse_corpus,  # the documents not analysed yet (e.g. after a dictionary edit)
    )

    def done(request: PassageRequest | None) -> None:
        if request is None:
            return
        if request.action == "open":
            open_at_passage(main, request.item.doc_index, request.item.block)
        else:
            note_on_passage(main, request.item)

    main.app.push_screen(screen, done)


def open_at_passage(main: MainScreen, doc_index: int, block: int) -> None:
    """Open a document in the reader with the cursor on a block (as a corpus search result opens); a
    title's passage (block TITLE_BLOCK) opens at the top, never at the last block."""
    main.go_to_document(doc_index, block=0 if block == TITLE_BLOCK else block)


def note_on_passage(main: MainScreen, item: PassageItem) -> None:
    """Open the document at the passage and the note editor on it (the note is anchored on the passage)."""
    open_at_passage(main, item.doc_index, item.block)
    doc = main.reader.document
    if doc is None or doc.id != item.doc_id:
        return
    if item.block == TITLE_BLOCK:  # no anchor in a title: the note is on the whole document
        main.notes.add_document_note()
        return
    if not 0 <= item.block < len(doc.blocks):
        return
    main.notes.add_passage_note(doc, item.block, item.start, item.end)
