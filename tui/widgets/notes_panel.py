"""The notes of the open document, in reading order: where, the quoted passage, the note."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group
from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.notebook.anchoring import where_label
from store.notebook.notebook import PlacedNote
from store.sanitize import visible

from ..note_text import with_header
from .steady import SteadySize

QUOTE_CHARS = 80


def note_header(placed: PlacedNote) -> Text:
    """Where · tags, then the “quote” (plain text, never markup, one line each)."""
    note = placed.note
    header = Text(no_wrap=True, overflow="ellipsis")
    if placed.where.status == "detached":  # said, not coloured: a red reads badly on half the themes
        header.append("⚠ " + where_label(placed.where, note.anchor), style="bold underline")
    else:
        header.append(where_label(placed.where, note.anchor), style="bold")
    if note.tags:
        header.append(visible("  " + " ".join(f"#{t}" for t in note.tags)), style="bold")
    if note.anchor is not None:
        quote = " ".join(note.anchor.exact.split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[: QUOTE_CHARS - 1] + "…"
        header.append("\n“" + visible(quote) + "”", style="italic")
    return header


def note_prompt(placed: PlacedNote) -> Group:
    """The note's header, then its whole text rendered as Markdown, wrapped to the panel."""
    return with_header(note_header(placed), placed.note.text)


def empty_hint(keymap: Mapping[str, str]) -> Text:
    """What an empty notes panel says: how to write the first note (with the user's keys)."""

    def key(binding_id: str, default: str) -> str:
        return keymap.get(binding_id, default).split(",")[0]

    return Text(
        f"No notes yet — press {key('notes.add_paragraph', 'a')} to annotate the current paragraph, "
        f"{key('notes.add_document', 'A')} the whole document, {key('notes.select_passage', 'v')} to "
        f"select a passage first.",
        style="italic",
    )


class NotesPanel(OptionList, SteadySize):
    """Enter goes to the note's passage; e edits, x deletes, t tags the note."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="notes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="notes.up"),
        Binding("enter", "select", "Go to passage", show=False, id="notes.open"),
        Binding("e", "screen.edit_note", "Edit note", id="notes.edit"),
        Binding("x,delete", "screen.delete_note", "Delete note", id="notes.delete"),
        Binding("t", "screen.tag_note", "Tag note", id="notes.tag"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placed: list[PlacedNote] = []

    def show_notes(self, placed: list[PlacedNote], select: str | None = None) -> None:
        current = self.selected_note_id()
        before, self.placed = self.placed, placed
        if not placed and not before and self.option_count == 1:
            return  # the empty panel's hint already shows: nothing to draw again for another document
        self.clear_options()
        if not placed:
            self.add_option(Option(empty_hint(getattr(self.app, "keymap", {})), disabled=True))
            return
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
