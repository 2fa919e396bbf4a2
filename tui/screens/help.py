"""The help screen: every key, grouped by area, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import keys_of

EXTRA = {
    "Sidebar filter": [
        ("words", "match title, source, author, date, tags or file name"),
        ("#tag  tag:name", "documents with that tag (several: all must match)"),
        ("has:notes", "documents with notes"),
    ],
}


class Rendered:
    """A renderable drawn once per width: the help table has a row for every binding, and Rich lays a
    table out (measures every cell) each time it is drawn, which cost 40-80 ms on every `?`."""

    def __init__(self, renderable: Table) -> None:
        self.renderable = renderable
        self._lines: dict[int, list[list[Segment]]] = {}
        self._measures: dict[int, Measurement] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self._lines.get(options.max_width)
        if lines is None:
            lines = self._lines[options.max_width] = console.render_lines(self.renderable, options, pad=False)
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        measured = self._measures.get(options.max_width)
        if measured is None:
            measured = self._measures[options.max_width] = Measurement.get(console, options, self.renderable)
        return measured


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background;  /* opaque: the screen behind is not drawn again under a tint (~2/3 of the cost of `?`) */
    }
    #help-body {
        width: 80%;
        max-width: 100;
        height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    """
    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def __init__(self, areas: Iterable[tuple[str, Iterable[Binding]]], keymap: Mapping[str, str] | None = None) -> None:
        """areas: (name, bindings) in the order shown; keymap: the user's keys by binding id."""
        super().__init__()
        self.areas = list(areas)
        self.keymap = dict(keymap or {})

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Rendered(self._table()), id="help-table", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Keys  (escape closes)"

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)
        for area, bindings in self.areas:
            rows = [(self._keys(b), b.description or b.action, b.id or "") for b in bindings if b.description]
            if not rows:
                continue
            table.add_row(
                Text(area, style="bold underline"),
                Text(""),
                Text("id (for keys.toml)" if area == "Application" else ""),
            )
            for keys, description, binding_id in rows:
                table.add_row(Text(keys), Text(description), Text(binding_id))
            table.add_row(Text(""), Text(""), Text(""))
        for area, extra in EXTRA.items():
            table.add_row(Text(area, style="bold underline"), Text(""), Text(""))
            for keys, description in extra:
                table.add_row(Text(keys), Text(description), Text(""))
        return table

    def _keys(self, binding: Binding) -> str:
        return "  ".join(self.app.get_key_display(Binding(k, "")) for k in keys_of(binding, self.keymap))

    def action_scroll(self, direction: int) -> None:
        self.query_one("#help-body").scroll_relative(y=direction, animate=False)

    def action_close(self) -> None:
        self.dismiss()
