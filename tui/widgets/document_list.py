"""The sidebar: one two-line entry per document (title, then date · source · tags · notes).

A line-rendering ScrollView rather than an OptionList, so that 10,000 documents load at once and
filtering as you type only rebuilds a list of indices.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.corpus.library import Summary
from store.sanitize import visible, visible_name

ROWS = 2  # lines per entry


def summary_lines(summary: Summary, extra: str = "") -> tuple[Text, Text]:
    """The title line and the meta line of an entry (plain text, never markup)."""
    title = Text(visible(summary.title))
    title.stylize("bold" if summary.has_title else "italic")
    parts = [p for p in (summary.date, summary.source or summary.author) if p]
    meta = Text(visible(" · ".join(parts)) or visible_name(os.path.basename(summary.path)))
    if extra:
        meta.append(visible(" " + extra))
    return title, meta


class DocumentList(ScrollView, can_focus=True):
    """Documents of the corpus; moving the highlight opens a document."""

    COMPONENT_CLASSES = {
        "documents--highlight",
        "documents--highlight-blur",
        "documents--meta",
        "documents--empty",
        "documents--extra",
    }

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="documents.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="documents.up"),
        Binding("g,home", "first", "First", show=False, id="documents.first"),
        Binding("G,end", "last", "Last", show=False, id="documents.last"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="documents.page_down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="documents.page_up"),
        Binding("enter", "select", "Read", id="documents.read"),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False)

    class Highlighted(Message):
        def __init__(self, document_list: DocumentList, index: int) -> None:
            super().__init__()
            self.document_list = document_list
            self.index = index  # the document's index in the library

        @property
        def control(self) -> DocumentList:
            return self.document_list

    class Selected(Highlighted):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.summaries: list[Summary] = []
        self._by_index: dict[int, int] = {}
        self._visible: list[int] = []  # positions in self.summaries
        self._filter: Callable[[Summary], bool] | None = None
        self._extra: Callable[[Summary], str] | None = None
        self.empty_message = "No documents."

    # ------------------------------------------------------------------ content
    @property
    def count(self) -> int:
        """Entries shown (after filtering)."""
        return len(self._visible)

    @property
    def total(self) -> int:
        return len(self.summaries)

    def add_summaries(self, summaries: Iterable[Summary]) -> None:
        for summary in summaries:
            self._by_index[summary.index] = len(self.summaries)
            self.summaries.append(summary)
            if self._filter is None or self._filter(summary):
                self._visible.append(len(self.summaries) - 1)
        self._update_size()
        if self.highlighted is None and self._visible:
            self.highlighted = 0
        self.refresh()

    def set_filter(self, predicate: Callable[[Summary], bool] | None) -> None:
        """Show only the documents the predicate keeps; keeps the highlighted one when it stays."""
        current = self.highlighted_document()
        self._filter = predicate
        self._visible = [i for i, s in enumerate(self.summaries) if predicate is None or predicate(s)]
        self._update_size()
        position = None
        if current is not None and current in self._by_index:
            try:
                position = self._visible.index(self._by_index[current])
            except ValueError:
                position = None
        if position is None:
            position = 0 if self._visible else None
            self.set_reactive(DocumentList.highlighted, None)
        self.highlighted = position
        self.refresh()

    def set_extra(self, extra: Callable[[Summary], str] | None) -> None:
        """A function adding text to the meta line (tags, note counts)."""
        self._extra = extra
        self.refresh()

    def highlighted_document(self) -> int | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self._visible)):
            return None
        return self.summaries[self._visible[self.highlighted]].index

    def highlight_document(self, index: int) -> bool:
        position = self._by_index.get(index)
        if position is None or position not in self._visible:
            return False
        self.highlighted = self._visible.index(position)
        return True

    def visible_documents(self) -> list[int]:
        return [self.summaries[p].index for p in self._visible]

    # ------------------------------------------------------------------ rendering
    def _update_size(self) -> None:
        self.virtual_size = Size(0, max(1, len(self._visible)) * ROWS)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        line_no = self.scroll_offset.y + y
        position, row = divmod(line_no, ROWS)
        if not self._visible:
            if line_no == 0:
                text = Text(self.empty_message, style=self.get_component_rich_style("documents--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        if position >= len(self._visible):
            return Strip.blank(width, base)
        summary = self.summaries[self._visible[position]]
        title, meta = summary_lines(summary)
        if row == 0:
            text = title
        else:
            text = meta
            text.stylize(self.get_component_rich_style("documents--meta"))
            if self._extra is not None:
                extra = self._extra(summary)
                if extra:  # tags and note counts first: they matter more than the date when annotating
                    text = Text(visible(extra) + " ", style=self.get_component_rich_style("documents--extra")) + text
        style = base
        if position == self.highlighted:
            name = "documents--highlight" if self.has_focus else "documents--highlight-blur"
            style = base + self.get_component_rich_style(name)
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(max(1, width - 1), overflow="ellipsis")
        segments = list(text.render(self.app.console))
        strip = Strip([Segment(" ", style)] + segments)
        return strip.apply_style(style).extend_cell_length(width, style).crop(0, width)

    # ------------------------------------------------------------------ movement
    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self.refresh()
        if new is None:
            return
        self.scroll_to_position(new)
        index = self.highlighted_document()
        if index is not None:
            self.post_message(self.Highlighted(self, index))

    def scroll_to_position(self, position: int) -> None:
        top = position * ROWS
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif top + ROWS > self.scroll_offset.y + self.size.height:
            self.scroll_to(y=top + ROWS - self.size.height, animate=False)

    def _move_to(self, position: int) -> None:
        if self._visible:
            self.highlighted = max(0, min(len(self._visible) - 1, position))

    def action_cursor_down(self) -> None:
        self._move_to((self.highlighted if self.highlighted is not None else -1) + 1)

    def action_cursor_up(self) -> None:
        self._move_to((self.highlighted or 0) - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self._visible) - 1)

    def action_page(self, direction: int) -> None:
        step = max(1, self.size.height // ROWS - 1)
        self._move_to((self.highlighted or 0) + direction * step)

    def action_select(self) -> None:
        index = self.highlighted_document()
        if index is not None:
            self.post_message(self.Selected(self, index))

    def on_click(self, event: events.Click) -> None:
        position = (self.scroll_offset.y + event.y) // ROWS
        if 0 <= position < len(self._visible):
            self.highlighted = position
            if event.chain >= 2:
                self.action_select()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
