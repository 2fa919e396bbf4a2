"""Export notes as Markdown from the app: which notes, grouped how, to which path."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet

from .base import Dialog, refill

SCOPES = (
    ("document", "This document's notes"),
    ("all", "All notes"),
    ("filtered", "Notes of the documents shown by the filter"),
)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    scope: str  # document | all | filtered
    path: str
    by_tag: bool


class ExportDialog(Dialog[ExportRequest | None]):
    BINDINGS = [
        Binding("ctrl+s", "export", "Export", id="export.go"),  # not priority: after the keys typed before it
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]
    EXTRA_HINTS = (("enter", "export"), ("tab", "next field"))

    KEEP = True

    def __init__(self, default_paths: dict[str, str], scope: str = "document") -> None:
        super().__init__()
        self.setup(default_paths, scope)

    def setup(self, default_paths: dict[str, str], scope: str = "document") -> None:
        self.default_paths = default_paths
        self.scope = scope
        self._edited = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="export"):
            with RadioSet(id="export-scope"):
                for key, label in SCOPES:
                    yield RadioButton(label, value=key == self.scope, id=f"scope-{key}")
            yield Checkbox("Group passages by tag", id="export-by-tag")
            yield Label("Write to (a .md file, or a folder ending in / for one file per document):", classes="wrap")
            yield Input(self.default_paths[self.scope], id="export-path")
            yield Label("", id="export-error", classes="error", markup=False)
            yield self.hints_label()

    def on_mount(self) -> None:
        self.query_one("#export").border_title = "Export notes as Markdown"
        self.query_one(RadioSet).focus()

    def fill(self) -> None:
        """Opened again (kept): as compose and on_mount make it (the scope, its path, grouping off, no error)."""
        scopes = self.query_one(RadioSet)
        with self.prevent(RadioSet.Changed, Input.Changed, Checkbox.Changed):
            self.query_one(f"#scope-{self.scope}", RadioButton).value = True  # (the set turns the others off)
            self.query_one(Checkbox).value = False
        refill(self.query_one("#export-path", Input), self.default_paths[self.scope])
        scopes._selected = None
        scopes.action_next_button()  # its cursor on the first scope, as a new set's mount puts it
        self.query_one("#export-error", Label).update("")
        scopes.focus()

    def _current_scope(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.id.removeprefix("scope-") if pressed and pressed.id else self.scope

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if not self._edited:
            path = self.query_one("#export-path", Input)
            path.value = self.default_paths[self._current_scope()]

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.has_focus:
            self._edited = True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_export()

    def action_export(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.query_one("#export-error", Label).update("Give a file or folder to write to.")
            return
        by_tag = self.query_one(Checkbox).value
        self.dismiss(ExportRequest(self._current_scope(), path, by_tag))

    def action_cancel(self) -> None:
        self.dismiss(None)
