"""The actorlens Textual application: a small shell that pushes the main screen."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from store.library import Library

from .screens.main import MainScreen


class ActorlensApp(App[None]):
    TITLE = "actorlens"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.library))
