"""Where the reader is and what has been read, on the main screen: a controller the screen owns and
routes keys to (like the notes controller). The jump list (ctrl+o / ctrl+n), read marks (r, R), the
sidebar's order (s) and opening the source file (O)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from store import paths
from store.sanitize import visible, visible_name
from store.state import SORTS

from ..jumps import JumpList, Place

if TYPE_CHECKING:  # pragma: no cover
    from .main import MainScreen

PLACE_BINDINGS: list[BindingType] = [
    Binding("ctrl+o", "jump_back", "Jump back", show=False, id="place.jump_back"),
    Binding("ctrl+n", "jump_forward", "Jump forward", show=False, id="place.jump_forward"),
    Binding("r", "toggle_read", "Mark read/unread", show=False, id="place.toggle_read"),
    Binding("R", "next_unread", "Next unread", show=False, id="place.next_unread"),
    Binding("s", "cycle_sort", "Order documents", show=False, id="place.sort"),
    Binding("O", "open_source", "Open the file", show=False, id="place.open_source"),
]


class PlaceController:
    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.jumps = JumpList()
        self._moving = False  # going to a place from the jump list: that is no new jump

    # ------------------------------------------------------------------ jump list
    def here(self) -> Place | None:
        reader = self.screen.reader
        index = self.screen.shown
        if index is None or reader.document is None:
            return None
        return Place(index, reader.place())

    def push(self) -> None:
        """Remember the place before a jump (a search hit, a note, a mention, another document)."""
        here = self.here()
        if here is not None and not self._moving:
            self.jumps.push(here)

    def back(self) -> None:
        self._go(self.jumps.back, "Already at the oldest place in the jump list.")

    def forward(self) -> None:
        self._go(self.jumps.forward, "Already at the newest place in the jump list.")

    def _go(self, step: Callable[[Place], Place | None], at_end: str) -> None:
        here = self.here()
        target = step(here) if here is not None else None
        if target is None:
            self.screen.notify(at_end, timeout=2)
            return
        screen = self.screen
        self._moving = True
        try:
            if target.doc != screen.shown:
                screen.go_to_document(target.doc)
        finally:
            self._moving = False
        reader = screen.reader
        if reader.document is not None:
            reader.restore_after_refresh(target.position)
        reader.focus()

    # ------------------------------------------------------------------ read marks
    def mark_read(self, doc_id: str, read: bool = True) -> None:
        state = self.screen.state
        documents = self.screen.sidebar.documents
        if (doc_id in documents.read) == read:
            return
        documents.mark_read(doc_id, read)
        if read:
            state.read.append(doc_id)
        else:
            state.read[:] = [r for r in state.read if r != doc_id]

    def toggle_read(self) -> None:
        """Mark the highlighted document (the documents list) or the open one read or unread."""
        documents = self.screen.sidebar.documents
        index = documents.highlighted_document() if documents.has_focus else self.screen.shown
        if index is None:
            return
        summary = documents.summary_of(index)
        if summary is None:
            return
        read = summary.doc_id not in documents.read
        self.mark_read(summary.doc_id, read)  # the list's marker shows it

    def next_unread(self) -> None:
        documents = self.screen.sidebar.documents
        position = documents.next_unread()
        if position is None:
            self.screen.notify("No unread document in the list.", timeout=3)
            return
        documents.highlighted = position
        index = documents.highlighted_document()
        if index is not None:
            self.screen.go_to_document(index)

    # ------------------------------------------------------------------ order
    def cycle_sort(self) -> None:
        order = SORTS[(SORTS.index(self.screen.state.sort) + 1) % len(SORTS)]
        self.set_sort(order)  # the list's bottom border says which order

    def set_sort(self, order: str) -> None:
        self.screen.state.sort = order
        self.screen.sidebar.set_order(order)

    def palette_commands(self) -> list[tuple[str, Callable[[], object], str]]:
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Next unread document", self.next_unread, "R: the next document not read yet"),
            ("Mark read / unread", self.toggle_read, "r: the highlighted or open document"),
            ("Open the document's file", self.open_source, "O: in the desktop's program or the pager"),
            ("Jump back", self.back, "ctrl+o: where you were before the last jump"),
        ]
        for order in SORTS:
            commands.append((f"Order documents: {order}", partial(self.set_sort, order), "s cycles the orders"))
        return commands

    # ------------------------------------------------------------------ source file
    def open_source(self) -> None:
        """Show the open document's file in the desktop's program, or in a pager with the app suspended."""
        screen = self.screen
        doc = screen.reader.document
        if doc is None:
            return
        opener = paths.file_opener()
        if opener is None:
            screen.notify("No program to open the file with: set $PAGER.", severity="warning", timeout=5)
            return
        command, in_terminal = opener
        argv = [*command, doc.path]
        try:
            if in_terminal:
                with screen.app.suspend():
                    subprocess.run(argv, check=False)
            else:
                subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
                screen.notify(f"Opened {visible_name(doc.path)}", timeout=3, markup=False)
        except Exception as exc:  # SuspendNotSupported, OSError: one line, never a traceback
            line = f"Cannot open {visible_name(doc.path)}: {type(exc).__name__}: {visible(str(exc))}"
            screen.notify(line, severity="error", markup=False, timeout=6)
