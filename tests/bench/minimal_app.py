"""The smallest Textual app that answers the keys the end-to-end benchmark presses (its baseline).

    python -m tests.bench.minimal_app

One line of text; `j`/`k`/`]`/`[` and typed letters change it; `/` shows an input line; `?` opens a
one-line modal screen that `escape` closes; `q` quits. Whatever the terminal shows after a key is the
cost of Textual itself (start-up, a keypress, a refresh), against which actorlens is measured.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Close")]

    def compose(self) -> ComposeResult:
        yield Static("Help for the minimal app.")


class Minimal(App[None]):
    AUTO_FOCUS = None
    BINDINGS = [
        Binding("j", "step(1)", "Down"),
        Binding("k", "step(-1)", "Up"),
        Binding("right_square_bracket", "step(10)", "Next"),
        Binding("left_square_bracket", "step(-10)", "Previous"),
        Binding("slash", "filter", "Filter"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
        Binding("escape", "close_filter", "Close filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static("Hello, reader. 0", id="hello")
        yield Input(id="filter")

    def on_mount(self) -> None:
        self.query_one(Input).display = False

    def action_step(self, by: int) -> None:
        self.count += by
        self.query_one("#hello", Static).update(f"Hello, reader. {self.count}")

    def action_filter(self) -> None:
        box = self.query_one(Input)
        box.display = True
        box.focus()

    def action_close_filter(self) -> None:
        box = self.query_one(Input)
        box.value = ""
        box.display = False
        self.set_focus(None)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#hello", Static).update(f"Hello, reader. {event.value}")


if __name__ == "__main__":
    Minimal().run()
