"""The sidebar: the documents of the corpus and the filter above them (made on first use)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import AwaitMount
from textual.widgets import Input

from store.corpus.filter_pass import FilterPass, FilterTexts
from store.corpus.library import Summary
from store.corpus.search import DocumentFilter

from ..messages import FilterTyped
from .document_list import DocumentList
from .steady import SteadySize

PREPARE_FILTER = 0.5  # seconds after the sidebar mounts: the filter is made (hidden) then, not before the first paint
FilterSources = Callable[[], dict[str, Callable[..., Any]]]


class FilterInput(Input, SteadySize):
    """The filter box. Textual's Input sets its content's width (the text's) at each keystroke, and that
    laid the whole screen out (4-20 ms a key); the box's size never depends on it (tui/widgets/steady.py)."""


class Sidebar(Vertical):
    """Owns the filter: what it says, which documents it shows, and the list's title (n of N)."""

    def __init__(self, filter_sources: FilterSources, query: str = "", *, id: str | None = None) -> None:
        """filter_sources: what a filter needs besides the summaries (tags and note counts of a document)."""
        super().__init__(id=id)
        self._filter_sources = filter_sources
        self._filter_texts = FilterTexts()  # each listed document's text, made once (store/corpus/filter_pass)
        self._initial = query
        self._input: Input | None = None
        self._mounting: AwaitMount | None = None  # the filter input's mount, while it is under way
        self._return_to: int | None = None
        self._applied: str | None = None  # the query the list shows
        self._parsed: DocumentFilter | None = None  # ... parsed (None: the list shows every document)

    def compose(self) -> ComposeResult:
        if self._initial:  # otherwise made on first use (/): widgets not shown cost time to paint
            yield self._new_input(self._initial)
        yield DocumentList(id="documents")

    def on_mount(self) -> None:
        if self._initial:
            self.apply_filter(self._initial)
        else:  # made hidden once the first frame is out: `/` then only shows it and gives it the keys
            self.set_timer(PREPARE_FILTER, self._prepare_filter)

    def _prepare_filter(self) -> None:
        if self._input is None and self.is_attached:
            filter_input = self._new_input()
            filter_input.display = False
            self._mounting = self.mount(filter_input, before=0)

    def _new_input(self, value: str = "") -> Input:
        self._input = FilterInput(value=value, placeholder="filter: words, #tag, has:notes", id="filter")
        return self._input

    @property
    def documents(self) -> DocumentList:
        return self.query_one(DocumentList)

    @property
    def filter_text(self) -> str:
        return self._input.value if self._input is not None else ""

    @property
    def typing(self) -> bool:
        """True while the filter box has the focus (keys go to the filter)."""
        return self._input is not None and self._input.has_focus

    def filter_input(self) -> Input:
        """The filter input, made (shown, empty) on first use."""
        if self._input is None or not self._input.is_attached:
            self._mounting = self.mount(self._new_input(), before=0)
        assert self._input is not None
        return self._input

    async def open_filter(self, value: str | None = None) -> None:
        """Show the filter and focus it (value: set its text). Awaited by `/`'s priority binding, so the
        input is mounted and focused before the keys typed right behind `/` are routed: they are its."""
        filter_input = self.filter_input()
        if not filter_input.is_mounted and self._mounting is not None:
            await self._mounting
        # escape comes back to the document read now, as vim does after a `/` (the highlighted one: the
        # reader may not have caught up with a key pressed just before)
        highlighted = self.documents.highlighted_document()
        self._return_to = highlighted if highlighted is not None else self.documents.reading
        filter_input.display = True
        if value is not None:
            filter_input.value = value
            self.apply_filter(value)
        if filter_input.is_mounted:  # at once: keys typed right after `/` are the filter's, not the list's
            self.screen.set_focus(filter_input)
        else:  # pragma: no cover - the mount was awaited above
            filter_input.focus()

    def clear_filter(self) -> None:
        if self._input is not None:
            self._input.value = ""
        self.apply_filter("")

    def refilter(self) -> None:
        """Apply the filter again (tags or notes changed: every document is tested again)."""
        self._parsed = None
        self.apply_filter(self.filter_text)

    def apply_filter(self, query: str) -> None:
        self._applied = query
        parsed = DocumentFilter.parse(query)
        previous, self._parsed = self._parsed, None if parsed.empty else parsed
        narrowing = previous is not None and parsed.narrows(previous)  # typed on: test only what is shown
        predicate = None if parsed.empty else FilterPass(parsed, self._filter_texts, **self._filter_sources())
        self.documents.set_filter(predicate, narrowing=narrowing)
        self.update_title()

    def update_title(self) -> None:
        documents = self.documents
        if documents.count == documents.total:
            title = f"Documents ({documents.total})"
        else:
            title = f"Documents ({documents.count} of {documents.total})"
        documents.border_title = title
        documents.border_subtitle = f"by {documents.order}" if documents.order != "file" else ""

    def set_order(self, order: str) -> None:
        self.documents.set_order(order)
        self.update_title()

    def add_summaries(self, summaries: Iterable[Summary]) -> None:
        self.documents.add_summaries(summaries)
        # the filter's texts taken now, after the frame that shows the list (~1 ms a thousand documents),
        # not at the first keystroke
        self.call_after_refresh(self._filter_texts.update, self.documents.summaries)

    def show_document(self, index: int) -> None:
        """Highlight a document, clearing the filter if it hides it."""
        if not self.documents.highlight_document(index):
            self.clear_filter()
            self.documents.highlight_document(index)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value != self._applied:  # escape and `open_filter` apply the value they set themselves
            self.apply_filter(event.value)
            self.post_message(FilterTyped())

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.documents.focus()

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape" and self._input is not None and self._input.has_focus:
            event.stop()
            self.clear_filter()
            back = self._return_to if self._return_to is not None else self.documents.reading
            if back is not None:
                self.documents.highlight_document(back)  # the document read before the filter, not the first
            self._input.display = False
            self.screen.set_focus(self.documents)  # at once (focus() waits a turn): one frame shows it all
