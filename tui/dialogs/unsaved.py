"""What to do with a changed note the user is closing: save it, discard it, or keep editing."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from .base import Dialog


class UnsavedNote(Dialog[str]):
    """Answers "save", "discard" or "keep"; escape keeps editing, so a reflex escape loses nothing."""

    BINDINGS = [
        Binding("s", "answer('save')", "Save", id="unsaved.save"),
        Binding("d", "answer('discard')", "Discard", id="unsaved.discard"),
        Binding("escape,k", "answer('keep')", "Keep editing", id="unsaved.keep"),
    ]
    KEEP = True  # the same every time: nothing to fill

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="unsaved"):
            yield Static(Text("This note has changes that are not saved.", style="bold"), markup=False)
            yield Static(
                Text("Its draft stays on disk until you save or discard it.", style="italic"),
                markup=False,
                classes="detail",
            )
            yield self.hints_label()

    def on_mount(self) -> None:
        self.query_one("#unsaved").border_title = "Unsaved note"

    def action_answer(self, choice: str) -> None:
        self.dismiss(choice)
