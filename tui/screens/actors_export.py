"""Export from the corpus actors view: the table (as shown: filtered and sorted) as CSV or Markdown, the
co-mention network as GraphML or GEXF; the file name's extension chooses."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from store.actors.corpus_export import export_format, network, network_bytes, table_csv, table_markdown, write_file
from store.actors.corpus_stats import ActorRow, CorpusActors
from store.errors import ActorlensError


class ExportActors(ModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Cancel", id="actors_export.cancel")]
    DEFAULT_CSS = """
    ExportActors { align: center middle; }
    ExportActors #actors-export-box { width: 72; height: auto; border: round $accent; padding: 0 1; }
    ExportActors Label { color: $text-muted; }
    """

    def __init__(self, corpus: CorpusActors, rows: Sequence[ActorRow], default: str = "actors.csv") -> None:
        super().__init__()
        self.corpus = corpus
        self.rows = list(rows)
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="actors-export-box"):
            yield Label("File: .csv or .md (the table as shown), .graphml or .gexf (the network)", markup=False)
            yield Input(value=self.default, id="actors-export-path")
            yield Label("", id="actors-export-problem", markup=False)

    def on_mount(self) -> None:
        self.query_one("#actors-export-box").border_title = "Export the actors"
        self.query_one(Input).focus()

    @on(Input.Submitted, "#actors-export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        fmt = export_format(path)
        if fmt is None:
            self.query_one("#actors-export-problem", Label).update("Name a .csv, .md, .graphml or .gexf file.")
            return
        self.write(path, fmt)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def write(self, path: str, fmt: str) -> None:
        try:
            if fmt == "csv":
                data = table_csv(self.rows).encode("utf-8")
            elif fmt == "markdown":
                data = table_markdown(self.rows).encode("utf-8")
            else:
                data = network_bytes(network(self.corpus), fmt)  # type: ignore[arg-type]
            target = write_file(path, data)
        except ActorlensError as exc:
            self.app.call_from_thread(self.query_one("#actors-export-problem", Label).update, str(exc))
            return
        self.app.call_from_thread(self._done, str(target))

    def _done(self, target: str) -> None:
        self.notify(f"Written: {target}", markup=False, timeout=4)
        self.dismiss(None)
