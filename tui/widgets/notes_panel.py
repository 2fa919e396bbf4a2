"""The notes of the open document, in reading order: where, the quoted passage, the note."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.notebook.notebook import PlacedNote
from store.sanitize import visible

QUOTE_CHARS = 80


def where_label(placed: PlacedNote) -> str:
    where = placed.where
    if where.status == "document":
        return "whole document"
    if where.status == "detached":
        return "detached: passage not found"
    label = f"¶{(where.block or 0) + 1}"
    if where.status in ("moved", "fuzzy"):
        label += f" ({where.status})"
    return label


def note_prompt(placed: PlacedNote) -> Text:
    """Three short lines (plain text, never markup): where · tags, “quote”, the note's first line."""
    note = placed.note
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    style = "bold red" if placed.where.status == "detached" else "bold"
    prompt.append(where_label(placed), style=style)
    if note.tags:
        prompt.append(visible("  " + " ".join(f"#{t}" for t in note.tags)), style="cyan")
    if note.anchor is not None:
        quote = " ".join(note.anchor.exact.split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[: QUOTE_CHARS - 1] + "…"
        prompt.append("\n“" + visible(quote) + "”", style="italic dim")
    first = next((line.strip() for line in note.text.splitlines() if line.strip()), "(empty note)")
    prompt.append("\n" + visible(first))
    return prompt


class NotesPanel(OptionList):
    """Enter goes to the note's passage; e edits, x deletes, t tags the note."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="notes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="notes.up"),
        Binding("e", "screen.edit_note", "Edit note", id="notes.edit"),
        Binding("x,delete", "screen.delete_note", "Delete note", id="notes.delete"),
        Binding("t", "screen.tag_note", "Tag note", id="notes.tag"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placed: list[PlacedNote] = []

    def show_notes(self, placed: list[PlacedNote], select: str | None = None) -> None:
        current = self.selected_note_id()
        self.placed = placed
        self.clear_options()
        self.add_options([Option(note_prompt(p), id=p.note.id) for p in placed])
        ids = [p.note.id for p in placed]
        target = select if select in ids else current if current in ids else None
        if target is not None:
            self.highlighted = ids.index(target)
        elif placed:
            self.highlighted = 0

    def selected(self) -> PlacedNote | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.placed)):
            return None
        return self.placed[self.highlighted]

    def selected_note_id(self) -> str | None:
        placed = self.selected()
        return placed.note.id if placed else None
