"""A yes/no question."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from .base import Dialog


class Confirm(Dialog[bool]):
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    KEEP = True

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.setup(question, detail)

    def setup(self, question: str, detail: str = "") -> None:
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question, style="bold"), markup=False, id="confirm-question")
            detail = Static(Text(self.detail, style="italic"), markup=False, classes="detail", id="confirm-detail")
            detail.display = bool(self.detail)  # there, hidden, when there is none: the kept dialog may need it
            yield detail
            yield self.hints_label()

    def fill(self) -> None:
        self.query_one("#confirm-question", Static).update(Text(self.question, style="bold"))
        detail = self.query_one("#confirm-detail", Static)
        detail.display = bool(self.detail)
        detail.update(Text(self.detail, style="italic"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
