"""Corpus-wide search: matching passages across documents; enter opens one at the passage."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from store.corpus.library import Library
from store.corpus.search import Passage, search_documents
from store.errors import DocumentError
from store.sanitize import visible

CONTEXT = 48
MAX_RESULTS = 2000


@dataclass(frozen=True, slots=True)
class SearchTarget:
    doc_index: int
    block: int


def passage_prompt(passage: Passage) -> Text:
    """Title, then the match with some context on each side (plain text, match emphasised)."""
    start = max(0, passage.start - CONTEXT)
    end = min(len(passage.text), passage.end + CONTEXT)
    snippet = Text(no_wrap=True, overflow="ellipsis")
    snippet.append(visible(passage.title), style="bold")
    snippet.append("\n")
    before = ("…" if start > 0 else "") + passage.text[start : passage.start]
    snippet.append(visible(" ".join(before.split(" ")).replace("\n", " ")))
    snippet.append(visible(passage.text[passage.start : passage.end].replace("\n", " ")), style="reverse bold")
    snippet.append(visible(passage.text[passage.end : end].replace("\n", " ") + ("…" if end < len(passage.text) else "")))
    return snippet


class SearchScreen(ModalScreen[SearchTarget | None]):
    BINDINGS = [
        Binding("escape", "close", "Close search", id="search.close"),
        Binding("down", "focus_results", "Results", show=False, id="search.results"),
    ]

    class Found(Message):
        def __init__(self, query: str, passages: list[Passage], done: bool, scanned: int, total: int) -> None:
            super().__init__()
            self.query = query
            self.passages = passages
            self.done = done
            self.scanned = scanned
            self.total = total

    def __init__(self, library: Library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.initial = query
        self._targets: list[SearchTarget] = []
        self._query = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(value=self.initial, placeholder="search every document…", id="search-input")
            yield Label("", id="search-status", markup=False)
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = "Search the corpus"
        self.query_one(Input).focus()
        if self.initial:
            self._start(self.initial)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._start(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.action_focus_results()

    def _start(self, query: str) -> None:
        self._query = query
        self._targets = []
        results = self.query_one(OptionList)
        results.clear_options()
        status = self.query_one("#search-status", Label)
        if len(query.strip()) < 2:
            status.update("Type at least two characters.")
            self.workers.cancel_group(self, "search")
            return
        status.update("Searching…")
        self.run_search(query)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        worker = get_current_worker()
        total = len(self.library)
        batch: list[Passage] = []
        found = 0
        for doc_index in range(total):
            if worker.is_cancelled:
                return
            try:
                doc = self.library.document(doc_index)
            except DocumentError:
                continue
            for passage in search_documents([(doc_index, doc)], query):
                batch.append(passage)
                found += 1
                if found >= MAX_RESULTS:
                    break
            if len(batch) >= 50 or found >= MAX_RESULTS:
                self.post_message(self.Found(query, batch, False, doc_index + 1, total))
                batch = []
            if found >= MAX_RESULTS:
                break
        if not worker.is_cancelled:
            self.post_message(self.Found(query, batch, True, total, total))

    def on_search_screen_found(self, message: Found) -> None:
        if message.query != self._query:
            return
        results = self.query_one(OptionList)
        results.add_options([Option(passage_prompt(p)) for p in message.passages])
        self._targets.extend(SearchTarget(p.doc_index, p.block) for p in message.passages)
        count = len(self._targets)
        more = "" if message.done else f" — searched {message.scanned} of {message.total} documents…"
        capped = " (first results only)" if count >= MAX_RESULTS else ""
        self.query_one("#search-status", Label).update(f"{count} passage(s){capped}{more}")

    @on(OptionList.OptionSelected, "#search-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self._targets):
            self.dismiss(self._targets[event.option_index])

    def action_focus_results(self) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    def action_close(self) -> None:
        self.dismiss(None)
