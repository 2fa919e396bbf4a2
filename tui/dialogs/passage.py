"""Select a passage of one paragraph, to note it or to make it an actor's name."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, TextArea
from textual.widgets.text_area import Document

from .base import Dialog


@dataclass(frozen=True, slots=True)
class PassageChoice:
    action: str  # note | alias | actor
    start: int
    end: int


class PassageSelector(Dialog[PassageChoice | None]):
    """Select a passage of one paragraph with the keyboard (shift+arrows, ctrl+shift+arrows by word)
    or the mouse, then note it or make it an actor's alias."""

    BINDINGS = [
        Binding("enter", "choose('note')", "Note on selection", priority=True, id="passage.note"),
        Binding("ctrl+l", "choose('alias')", "Alias of an actor", priority=True, id="passage.alias"),
        Binding("ctrl+o", "choose('actor')", "New actor", priority=True, id="passage.actor"),
        Binding("escape", "cancel", "Cancel", priority=True, id="passage.cancel"),
    ]
    EXTRA_HINTS = (("shift+arrows", "select"),)

    KEEP = True

    def __init__(self, text: str, title: str) -> None:
        super().__init__()
        self.setup(text, title)

    def setup(self, text: str, title: str) -> None:
        self.text = text
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="passage"):
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="passage-text", show_line_numbers=False)
            yield Label("", id="passage-error", classes="error", markup=False)
            yield self.hints_label()

    def on_mount(self) -> None:
        self.query_one("#passage").border_title = self.heading
        self.query_one(TextArea).focus()

    def fill(self) -> None:
        """Opened again (kept): the new paragraph, nothing selected, the cursor at its start, no error."""
        self.query_one("#passage").border_title = self.heading
        area = self.query_one(TextArea)
        with self.prevent(TextArea.Changed):
            area.load_text(self.text)
        self.query_one("#passage-error", Label).update("")
        area.focus()

    def _span(self) -> tuple[int, int] | None:
        area = self.query_one(TextArea)
        selection = area.selection
        if selection.start == selection.end:
            return None
        document = area.document
        assert isinstance(document, Document)  # a plain text document (no syntax tree)
        a = document.get_index_from_location(selection.start)
        b = document.get_index_from_location(selection.end)
        start, end = min(a, b), max(a, b)
        # trim spaces at the edges of the selection
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def action_choose(self, action: str) -> None:
        span = self._span()
        if span is None:
            self.query_one("#passage-error", Label).update("Select some text first (shift+arrows).")
            return
        self.dismiss(PassageChoice(action, *span))

    def action_cancel(self) -> None:
        self.dismiss(None)
