"""Corpus-wide search (``S``) over the full-text index: ranked passages with the words marked; enter
opens the document at the passage with the query's words highlighted (``n`` / ``N`` step through them).

Typing searches as you type (in a worker: the index answers in milliseconds). While the index is being
built the results are those of what is indexed so far, and the status line says how far it is; they are
searched again as it grows, until the user moves into them. ``up`` / ``down`` in the input recall earlier
queries; ``S`` again shows the last query and its results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from store.sanitize import visible
from tui.counts import counted

from ..dialogs.base import Dialog
from ..messages import HitsFound
from ..workers import failure_line
from .corpus_search import CorpusSearch

if TYPE_CHECKING:  # pragma: no cover
    from store.corpus.search_index import Found, Hit

LEAD = 30  # characters of context kept before the first marked word of a snippet
POLL = 0.3  # seconds between two looks at the indexing progress


@dataclass(frozen=True, slots=True)
class SearchTarget:
    doc_index: int
    block: int  # -1: the title
    query: str = ""  # the words to highlight in the opened document


def hit_prompt(hit: Hit, title: bool = True) -> Text:
    """The document's title (for its first passage), then the passage with the query's words marked
    (plain text, never markup)."""
    prompt = Text(overflow="ellipsis")
    if title:
        prompt.append(visible(hit.title) or "(untitled)", style="bold")
        prompt.append("\n")
    prompt.append("  ")
    snippet, marks = hit.snippet, list(hit.marks)
    if marks and marks[0][0] > LEAD:
        cut = snippet.rfind(" ", 0, marks[0][0] - LEAD + 10) + 1 or marks[0][0] - LEAD
        snippet = "…" + snippet[cut:]
        marks = [(a - cut + 1, b - cut + 1) for a, b in marks]
    body = Text(visible(snippet))
    for start, end in marks:
        body.stylize("reverse bold", start, end)
    prompt.append_text(body)
    return prompt


def found_summary(found: Found, documents: int) -> str:
    if found.error:
        return found.error
    if not found.hits:
        return "No passage matches."
    shown = f"{counted(len(found.hits), 'passage')} in {counted(documents, 'document')}"
    if found.total > len(found.hits):
        return f"{shown}, the best of {found.total:,} matching passages"
    return shown


class HistoryInput(Input):
    """An input whose up / down recall earlier queries, as in a shell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier query", show=False, id="search.history_back"),
        Binding("down", "history(1)", "Later query", show=False, id="search.history_forward"),
    ]

    def __init__(self, queries: list[str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.queries = queries
        self.position: int | None = None  # which query is shown (None: what the user is typing)
        self._typed = ""

    def action_history(self, step: int) -> None:
        if not self.queries:
            if step > 0:
                self.screen.action_focus_results()  # type: ignore[attr-defined]
            return
        if self.position is None:
            if step > 0:
                self.screen.action_focus_results()  # type: ignore[attr-defined]
                return
            self._typed = self.value
            self.position = len(self.queries)
        position = self.position + step
        while 0 <= position < len(self.queries) and self.queries[position] == self.value:
            position += step  # the query shown already: the one before it
        if position >= len(self.queries):
            self.position = None
            self._recall(self._typed)
            return
        if position < 0:
            return  # the oldest is shown
        self.position = position
        self._recall(self.queries[position])

    def _recall(self, query: str) -> None:
        self.value = query
        self.cursor_position = len(query)


class SearchScreen(Dialog[SearchTarget | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="search.close"),
    ]
    CSS_PATH = "../dialogs/dialogs.tcss"  # a dialog's styles (relative to this module)
    EXTRA_HINTS = (("enter", "open"), ("↑/↓", "earlier queries"), ("tab", "results"))

    DEFAULT_CSS = """
    SearchScreen #search-box {
        width: 90%;
        max-width: 130;
        height: 90%;
        border: round $accent;
        background: $surface;
    }
    SearchScreen #search-input {
        border: tall $panel;
    }
    SearchScreen #search-status {
        color: $text-muted;
        padding: 0 1;
    }
    SearchScreen #search-results {
        height: 1fr;
        border: none;
    }
    SearchScreen .keys {
        color: $text-muted;
        padding: 0 1;
    }
    """

    def __init__(self, search: CorpusSearch) -> None:
        super().__init__()
        self.search = search
        self._targets: list[SearchTarget] = []
        self._query = ""
        self._found: Found | None = None
        self._generation = -1  # of the index, when the results were found
        self._restore: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield HistoryInput(
                self.search.history.queries,
                value=self.search.last_query,
                placeholder='words (all), "a phrase", -word, word*',
                id="search-input",
            )
            yield Label("", id="search-status", markup=False)
            yield OptionList(id="search-results")
            yield Label(self.key_hints(), classes="keys", markup=False)

    def on_mount(self) -> None:
        self.query_one("#search-box").border_title = "Search the corpus"
        self.query_one(Input).focus()
        self._restore = self.search.last_highlighted
        self.search.keep_current()  # files may have changed since the index last looked
        if self.search.last_found is not None and self.search.last_query.strip():
            self._show(self.search.last_query, self.search.last_found)
        else:
            self._start(self.search.last_query)
        self.set_interval(POLL, self._poll)

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if event.value != self._query:
            self._restore = None
            self._start(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.action_focus_results()

    def _start(self, query: str) -> None:
        self._query = query
        if not query.strip():
            self._targets, self._found = [], None
            self.results.clear_options()
            self._status("Type words to find in every document.")
            self.workers.cancel_group(self, "search")
            return
        self._generation = self.search.generation
        self.run_search(query)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        self.post_message(HitsFound(query, self.search.search(query)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            line = failure_line(event.worker.error)
            self._status(f"The search stopped: {line}")

    @on(HitsFound)
    def _found_hits(self, message: HitsFound) -> None:
        if message.query == self._query:
            self._show(message.query, message.found)

    def _show(self, query: str, found: Found) -> None:
        self._query, self._found = query, found
        targets: list[SearchTarget] = []
        options: list[Option] = []
        rank: dict[str, int] = {}
        for hit in found.hits:
            rank.setdefault(hit.path, len(rank))
        previous = None
        for hit in sorted(found.hits, key=lambda h: rank[h.path]):  # a document's passages together
            index = self.search.doc_index(hit.path)
            if index is None:
                continue  # a file added since the corpus was opened
            targets.append(SearchTarget(index, hit.block, query))
            options.append(Option(hit_prompt(hit, title=hit.path != previous)))
            previous = hit.path
        results = self.results
        was = results.highlighted if results.has_focus else None
        results.clear_options()
        results.add_options(options)
        self._targets = targets
        keep = self._restore if self._restore is not None else was
        if keep is not None and options:
            results.highlighted = min(keep, len(options) - 1)
        self._status(found_summary(found, len({t.doc_index for t in targets})))

    def _status(self, text: str) -> None:
        indexing = self.search.status()
        line = f"{text} · {indexing}" if indexing and text else text or indexing
        self.query_one("#search-status", Label).update(line)

    def _poll(self) -> None:
        """While the index grows, search again (unless the user is in the results), and say how far it is."""
        if self.search.generation != self._generation and self._query.strip() and not self.results.has_focus:
            self._start(self._query)
        elif self._found is not None:
            self._status(found_summary(self._found, len({t.doc_index for t in self._targets})))
        elif not self._query.strip():
            self._status("Type words to find in every document.")

    @on(OptionList.OptionSelected, "#search-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self._targets):
            self._remember(event.option_index)
            self.dismiss(self._targets[event.option_index])

    def _remember(self, highlighted: int | None) -> None:
        self.search.remember(self._query, self._found, highlighted)
        if self._query.strip():
            self.search.history.add(self._query)

    def action_focus_results(self) -> None:
        results = self.results
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    def action_close(self) -> None:
        self._remember(self.results.highlighted)
        self.dismiss(None)
