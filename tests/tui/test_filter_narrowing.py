"""Typing in the filter tests only the entries shown while the query grows (tui/widgets/sidebar.py): the list
is the same, key by key, as the whole corpus filtered afresh by each query, one document at a time (words,
tags, has:notes, in any order of the list; the list's pass asks only about documents with tags or notes:
store/corpus/filter_pass.py); and full garbage collections wait for the user to rest (tui/idle_collect.py)."""

from __future__ import annotations

import gc

from store import collector
from store.corpus.library import Library
from store.corpus.search import DocumentFilter
from store.notebook.notebook import Notebook
from tests.tui.helpers import wait_ready
from tui import idle_collect
from tui.app import ActorlensApp
from tui.widgets.document_list import DocumentList

TITLES = [
    "Russia and Turkey talk gas",
    "Rustavi steel works reopen",
    "Baku hosts the gas summit",
    "Russian troops leave Karabakh",
    "Talks in Moscow stall",
    "Turkey rules out sanctions",
]


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, title in enumerate(TITLES):
        (folder / f"doc{i}.txt").write_text(f"{title}\n\nSomething happened in the region, officials said.\n")
    return folder


def _fresh(app, query: str) -> list[int]:
    """What filtering the whole corpus by query keeps, in the list's order (the predicate, not the list)."""
    documents = app.main_screen.sidebar.documents
    parsed = DocumentFilter.parse(query)
    ordered = [documents.summaries[p] for p in documents._ordered()]
    if parsed.empty:
        return [s.index for s in ordered]
    sources = app.main_screen.notes.filter_sources()
    keep = parsed.predicate(tags_of=sources["tags_of"], notes_of=sources["notes_of"])
    return [s.index for s in ordered if keep(s)]


async def test_the_list_typed_key_by_key_is_the_corpus_filtered_afresh(tmp_path, monkeypatch):
    narrowed: list[bool] = []
    set_filter = DocumentList.set_filter

    def recording(self, predicate, *, narrowing=False):
        narrowed.append(narrowing)
        set_filter(self, predicate, narrowing=narrowing)

    monkeypatch.setattr(DocumentList, "set_filter", recording)
    notebook = Notebook(tmp_path / "notes.json")
    library = Library([_corpus(tmp_path)])
    app = ActorlensApp(library, ner=False, notebook=notebook)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, len(TITLES))
        screen = app.main_screen
        summaries = {s.title: s for s in screen.sidebar.documents.summaries}
        notebook.add_doc_tags(summaries["Baku hosts the gas summit"], ["russia-watch"])
        notebook.add(summaries["Talks in Moscow stall"], "Moscow's view", tags=["review"])
        notebook.add(summaries["Russia and Turkey talk gas"], "gas prices")
        screen.notes.changed()
        await screen.sidebar.open_filter()
        for order in ("file", "title"):
            screen.sidebar.set_order(order)
            for query in ["rus", "gas", "has:notes ta", "#review talks", "tur"]:
                typed = ""
                for char in query + "\b" * len(query):  # typed on, then erased again
                    typed = typed[:-1] if char == "\b" else typed + char
                    await pilot.press("backspace" if char == "\b" else ("space" if char == " " else char))
                    await pilot.pause()
                    assert screen.sidebar.filter_text == typed
                    assert screen.sidebar.documents.visible_documents() == _fresh(app, typed), (order, typed)
                    used = narrowed.pop()
                    if query.isalpha():  # one word: typed on, only the entries shown are tested; erased
                        assert used == (char != "\b" and len(typed) > 1)  # (or the first letter), all


async def test_full_collections_wait_for_the_user_to_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(idle_collect, "IDLE", 1.0)
    monkeypatch.setattr(idle_collect, "CHECK", 0.05)
    app = ActorlensApp(Library([_corpus(tmp_path)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, len(TITLES))
        assert collector.full_held()  # while the main screen is up
        await pilot.press("j")  # the user at work
        for _ in range(collector.FULL_EVERY + 2):
            gc.collect(1)
        assert collector.full_due()
        for _ in range(6):  # keys 0.1 s apart: the user is not resting, the collection waits
            await pilot.press("k" if _ % 2 == 0 else "j")
            await pilot.pause(0.05)
            assert collector.full_due()
        await pilot.pause(1.5)  # resting: the due collection ran
        assert not collector.full_due()
    assert not collector.full_held()  # Python's own rule again once the screen is gone
