"""The main screen: documents on the left, the reader in the middle."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from store.errors import DocumentError
from store.library import Library, Summary

from ..widgets.document_list import DocumentList
from ..widgets.reader import Reader

BATCH = 200


class MainScreen(Screen[None]):
    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", id="main.focus_next"),
        Binding("shift+tab", "app.focus_previous", "Prev pane", show=False, id="main.focus_previous"),
        Binding("d", "focus_documents", "Documents", show=False, id="main.focus_documents"),
    ]

    class SummariesLoaded(Message):
        def __init__(self, summaries: list[Summary], problems: list[str], done: bool) -> None:
            super().__init__()
            self.summaries = summaries
            self.problems = problems
            self.done = done

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._problems: list[str] = list(library.problems)
        self._shown: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield DocumentList(id="documents")
            yield Reader(id="reader")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.library.name
        documents = self.query_one(DocumentList)
        documents.border_title = f"Documents ({len(self.library)})"
        self.query_one(Reader).border_title = "Reader"
        documents.focus()
        self.load_summaries()

    @work(thread=True, exclusive=True, group="summaries", exit_on_error=False)
    def load_summaries(self) -> None:
        total = len(self.library)
        for start in range(0, total, BATCH):
            good, bad = self.library.summaries(range(start, min(total, start + BATCH)))
            self.post_message(self.SummariesLoaded(good, bad, start + BATCH >= total))
        if total == 0:
            self.post_message(self.SummariesLoaded([], [], True))

    def on_main_screen_summaries_loaded(self, message: SummariesLoaded) -> None:
        documents = self.query_one(DocumentList)
        documents.add_summaries(message.summaries)
        self._problems.extend(message.problems)
        if message.done:
            opened = documents.total
            documents.border_title = f"Documents ({opened})"
            if self._problems:
                shown = "; ".join(self._problems[:3]) + (
                    f"; and {len(self._problems) - 3} more" if len(self._problems) > 3 else ""
                )
                self.notify(
                    shown,
                    title=f"{len(self._problems)} file(s) could not be opened",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
            if opened == 0:
                self.query_one(Reader).show_message("No document could be opened.")

    @on(DocumentList.Selected, "#documents")
    def _focus_reader(self, event: DocumentList.Selected) -> None:
        self.query_one(Reader).focus()

    @on(DocumentList.Highlighted, "#documents")
    def _open_highlighted(self, event: DocumentList.Highlighted) -> None:
        if not isinstance(event, DocumentList.Selected):
            self.open_document(event.index)

    def open_document(self, index: int) -> None:
        reader = self.query_one(Reader)
        try:
            doc = self.library.document(index)
        except DocumentError as exc:
            reader.show_message(str(exc))
            self.notify(str(exc), severity="error", markup=False)
            return
        self._shown = index
        reader.border_title = Content(doc.display_title)
        reader.show_document(doc)

    def action_focus_documents(self) -> None:
        self.query_one(DocumentList).focus()
