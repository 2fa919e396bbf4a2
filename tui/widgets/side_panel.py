"""The side panel: the actors legend, the notes of the open document, and the analysis status."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Label, ProgressBar

from store.notebook.notebook import PlacedNote

from .legend import Legend, LegendEntry
from .notes_panel import NotesPanel


class SidePanel(Vertical):
    """Shows what the screen hands it; the analysis status joins below when analysis starts."""

    def compose(self) -> ComposeResult:
        yield Legend(id="legend")
        yield NotesPanel(id="notes")

    def on_mount(self) -> None:
        self.legend.border_title = "Actors"
        self.notes.border_title = "Notes"

    @property
    def legend(self) -> Legend:
        return self.query_one(Legend)

    @property
    def notes(self) -> NotesPanel:
        return self.query_one(NotesPanel)

    # ------------------------------------------------------------------ legend
    def show_legend(self, entries: list[LegendEntry], mode: str, focus: str | None) -> None:
        """The actors of the open document (none yet: it is being analysed)."""
        legend = self.legend
        legend.show_entries(entries, mode, focus)
        count = sum(e.count for e in entries)
        _frame(
            legend,
            f"Actors ({len(entries)})" if entries else "Actors",
            f"{count} mentions · {mode}" if entries else "analysing…",
        )

    # ------------------------------------------------------------------ notes
    def show_notes(self, placed: list[PlacedNote], select: str | None, *, read_only: bool) -> None:
        panel = self.notes
        panel.show_notes(placed, select)
        detached = sum(1 for p in placed if p.where.status == "detached")
        subtitle = f"{detached} detached" if detached else ("read-only" if read_only else "")
        _frame(panel, f"Notes ({len(placed)})" if placed else "Notes", subtitle)

    # ------------------------------------------------------------------ analysis status
    _made: tuple[Label, ProgressBar] | None = None

    async def _status(self) -> tuple[Label, ProgressBar] | None:
        # kept once made: the analysis reports its progress many times a second, and a query walks the DOM
        if self._made is None:  # made when the first analysis starts, not before the first paint
            bar = ProgressBar(id="analysis-progress", show_eta=False)
            bar.display = False
            status = Label("", id="analysis-status", markup=False)
            self._made = status, bar
            await self.mount(Vertical(status, bar, id="analysis"))
        status, bar = self._made
        if not status.is_attached or not bar.is_attached:
            return None  # gone with the closing app
        return status, bar

    async def show_progress(self, done: int, total: int, note: str = "") -> None:
        """note: a second line under the progress (what was skipped), if any."""
        found = await self._status()
        if found is None:
            return
        status, bar = found
        bar.display = True
        bar.update(total=total, progress=done)
        status.update(f"Analysing the corpus: {done}/{total}" + (f"\n{note}" if note else ""))

    async def show_status(self, text: str) -> None:
        """The analysis finished (text: what it found) or stopped (text: why)."""
        found = await self._status()
        if found is None:
            return
        status, bar = found
        bar.display = False
        status.update(text)


def _frame(widget: Widget, title: str, subtitle: str) -> None:
    """Set a pane's border title and subtitle when they change (setting one draws the whole pane again)."""
    if widget.border_title != title:
        widget.border_title = title
    if widget.border_subtitle != subtitle:
        widget.border_subtitle = subtitle
