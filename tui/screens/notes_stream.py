"""The notes stream: every note across the corpus, newest first, Hypothesis-style. Each shows its
document's title, where it sits, its tags, the quoted passage and its whole text (Markdown). Type to
filter (`#tag` or `tag:name`, and words); `enter` opens the document at the note's passage."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from store.model import Note
from store.notebook.anchoring import where_label
from store.notebook.stream import StreamEntry, filter_stream, tag_counts
from store.sanitize import visible

from ..note_text import with_header
from ..widgets.key_footer import KeyFooter

if TYPE_CHECKING:  # pragma: no cover
    from .main import MainScreen

SHOWN = 100  # notes listed at once (each is rendered Markdown): the filter narrows the rest
QUOTE_CHARS = 160
TAGS_SHOWN = 8


def stream_prompt(entry: StreamEntry) -> Group:
    """Title · where · tags, the “quote”, then the note's text (plain Text and Markdown, never markup)."""
    note = entry.note
    header = Text(no_wrap=True, overflow="ellipsis")
    header.append(visible(entry.title), style="bold")
    header.append("  " + where_label(None, note.anchor), style="italic")
    if note.tags:
        header.append(visible("  " + " ".join(f"#{t}" for t in note.tags)), style="bold")
    if entry.quote:
        quote = entry.quote if len(entry.quote) <= QUOTE_CHARS else entry.quote[: QUOTE_CHARS - 1] + "…"
        header.append("\n“" + visible(quote) + "”", style="italic")
    return with_header(header, note.text)


class NotesStreamList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="stream.down"),
        Binding("k", "cursor_up", "Up", show=False, id="stream.up"),
        Binding("g", "first", "First", show=False, id="stream.first"),
        Binding("G", "last", "Last", show=False, id="stream.last"),
        Binding("enter", "select", "Open at passage", id="stream.open"),
    ]


class NotesStreamScreen(Screen[Note | None]):
    """Dismissed with the chosen note (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="stream.close"),
        Binding("slash", "focus_filter", "Filter", id="stream.filter"),
    ]
    DEFAULT_CSS = """
    NotesStreamScreen #stream-filter {
        border: round $accent;
        height: 3;
    }
    NotesStreamScreen #stream-status {
        padding: 0 1;
        height: 1;
        width: 1fr;
    }
    NotesStreamScreen #stream-list {
        height: 1fr;
        border: round $panel-border;
        border-title-color: $text-muted;
        text-wrap: wrap;
        scrollbar-size-vertical: 1;
    }
    NotesStreamScreen #stream-list > .option-list--separator {
        color: $panel-border;  /* the rule between notes, seen (3:1) */
    }
    NotesStreamScreen #stream-list:focus {
        border: round $accent;
    }
    """

    def __init__(self, entries: list[StreamEntry], query: str = "") -> None:
        super().__init__()
        self.entries = entries
        self.shown: list[StreamEntry] = []
        self.query_text = query

    def compose(self) -> ComposeResult:
        yield Input(self.query_text, placeholder="filter: #tag or tag:name, words", id="stream-filter")
        yield Label("", id="stream-status", markup=False)
        yield NotesStreamList(id="stream-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#stream-filter").border_title = "All notes"
        self.query_one(NotesStreamList).border_title = "Notes"
        self._show(self.query_text)
        (self.query_one(NotesStreamList) if self.shown else self.query_one(Input)).focus()

    def _show(self, query: str) -> None:
        self.query_text = query
        matched = filter_stream(self.entries, query)
        self.shown = matched[:SHOWN]
        listing = self.query_one(NotesStreamList)
        listing.clear_options()
        options: list[Option | None] = []
        for entry in self.shown:
            if options:
                options.append(None)  # a rule between notes
            options.append(Option(stream_prompt(entry), id=entry.note.id))
        listing.add_options(options)
        if self.shown:
            listing.highlighted = 0
        self.query_one("#stream-status", Label).update(self._status(matched))

    def _status(self, matched: list[StreamEntry]) -> Text:
        total = len(self.entries)
        if not total:
            return Text("No notes yet: in the reader, a annotates a paragraph, A the document, v a passage.")
        line = Text(f"{len(matched)} of {total} notes" if self.query_text.strip() else f"{total} notes")
        if len(matched) > SHOWN:
            line.append(f" (first {SHOWN} shown: filter to narrow)")
        tags = tag_counts(matched)
        if tags:
            line.append("  tags: ")
            line.append(visible(" ".join(f"#{t} {n}" for t, n in tags[:TAGS_SHOWN])), style="bold")
            if len(tags) > TAGS_SHOWN:
                line.append(f" +{len(tags) - TAGS_SHOWN}")
        return line

    @on(Input.Changed, "#stream-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#stream-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if self.shown:
            self.query_one(NotesStreamList).focus()

    @on(OptionList.OptionSelected, "#stream-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = next((e for e in self.shown if e.note.id == event.option.id), None)
        if chosen is not None:
            self.dismiss(chosen.note)

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)


def open_notes_stream(main: MainScreen) -> None:
    """Show every note of the notebook; the chosen one opens at its passage in the reader."""
    from store.errors import ActorlensError
    from store.notebook.stream import note_stream

    try:
        entries = note_stream(main.notebook)
    except ActorlensError as exc:
        main.notify(str(exc), severity="error", markup=False)
        return
    main.app.push_screen(NotesStreamScreen(entries), lambda note: go_to_note(main, note) if note else None)


def go_to_note(main: MainScreen, note: Note) -> None:
    """Open the note's document at its passage, with the note selected in the notes panel."""
    from store.notebook.stream import document_index

    index = document_index(note, main.sidebar.documents.summaries)
    if index is None:
        main.notify(
            f"The document of this note is not in this corpus: {note.doc_path}", severity="warning", markup=False
        )
        return
    if main.library.slow(index):  # a large file opens in a worker: go where the note was written
        main.go_to_document(index, block=note.anchor.block if note.anchor else None)
        return
    main.go_to_document(index)
    doc = main.reader.document
    if doc is None:
        return
    where = main.notebook.resolve(note, doc)
    if where.block is not None:
        main.reader.move_cursor(where.block, center=True)
    elif where.detached:
        main.notify("This note's passage is no longer in the document.", severity="warning")
    main.notes.refresh(select=note.id)
