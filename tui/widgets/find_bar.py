"""A one-line input for finding text in the open document, with a match counter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label

from ..messages import FindChanged, FindClosed, FindStep


class FindBar(Horizontal):
    """Type to find; enter / shift+enter (or n / N in the reader) go to the next / previous match."""

    BINDINGS = [
        Binding("escape", "close", "Close find", id="find.close"),
        Binding("enter", "next", "Next match", id="find.next"),
        Binding("shift+enter", "previous", "Previous match", id="find.previous"),
    ]

    def compose(self) -> ComposeResult:
        yield Label("Find:", id="find-label")
        yield Input(placeholder="text in this document", id="find-input", select_on_focus=True)
        yield Label("", id="find-count", markup=False)

    @property
    def query_text(self) -> str:
        return self.query_one(Input).value

    def open(self) -> None:
        self.display = True
        self.query_one(Input).focus()

    def set_count(self, current: int | None, total: int) -> None:
        label = self.query_one("#find-count", Label)
        if not self.query_text.strip():
            label.update("")
        elif total == 0:
            label.update("no match")
        else:
            label.update(f"{(current or 0) + 1}/{total}")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(FindChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(FindStep(1))

    def action_next(self) -> None:
        self.post_message(FindStep(1))

    def action_previous(self) -> None:
        self.post_message(FindStep(-1))

    def action_close(self) -> None:
        self.display = False
        self.post_message(FindClosed())
