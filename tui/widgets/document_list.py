"""The sidebar: one three-line entry per document (the title on up to two lines, then date · source ·
tags · notes), a marker on the documents not read yet, in file, date, source or title order.

A line-rendering ScrollView rather than an OptionList, so that 10,000 documents load at once and
filtering as you type only rebuilds a list of indices.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.corpus.filter_pass import FilterPass
from store.corpus.library import Summary
from store.sanitize import visible, visible_name

from ..messages import DocumentHighlighted, DocumentSelected
from .frame_style import FrameStyle
from .reader import wrap_offsets
from .steady import SteadySize

ROWS = 3  # lines per entry: two for the title, one for the meta line
TITLE_ROWS = ROWS - 1
UNREAD = "•"
ENTRY_LINES = 4000  # drawn lines of entries kept (more than a tall screenful, for every look of an entry)
LOOKS = ("documents--highlight", "documents--highlight-blur", "documents--meta", "documents--extra")


def summary_lines(summary: Summary, extra: str = "", *, read: bool = False) -> tuple[Text, Text]:
    """The title line and the meta line of an entry (plain text, never markup); an unread title is bold."""
    title = Text(visible(summary.title))
    if not summary.has_title:
        title.stylize("italic")
    if not read:
        title.stylize("bold")
    parts = [p for p in (summary.date, summary.source or summary.author) if p]
    meta = Text(visible(" · ".join(parts)) or visible_name(os.path.basename(summary.path)))
    if extra:
        meta.append(visible(" " + extra))
    return title, meta


def title_rows(title: Text, width: int) -> list[Text]:
    """The title wrapped on at most TITLE_ROWS lines of width cells, the last cut with an ellipsis."""
    lines = wrap_offsets(title.plain, max(1, width))
    rows = [title[a:b] for a, b in lines[: TITLE_ROWS - 1]]
    if len(lines) >= TITLE_ROWS:
        rest = title[lines[TITLE_ROWS - 1][0] :]
        rest.truncate(max(1, width), overflow="ellipsis")
        rows.append(rest)
    return rows


def sorted_positions(summaries: list[Summary], order: str) -> list[int]:
    """Positions in ``summaries`` in an order: "file" (as listed), "date" (newest first, undated last),
    "source" (then newest first) or "title" (case-insensitive)."""
    positions = range(len(summaries))
    if order == "date":
        dated = sorted((p for p in positions if summaries[p].date), key=lambda p: summaries[p].date or "", reverse=True)
        return dated + [p for p in positions if not summaries[p].date]
    if order == "source":
        by_date = sorted_positions(summaries, "date")
        return sorted(by_date, key=lambda p: (summaries[p].source or summaries[p].author or "\uffff").casefold())
    if order == "title":
        return sorted(positions, key=lambda p: summaries[p].title.casefold())
    return list(positions)


class DocumentList(ScrollView, SteadySize, FrameStyle, can_focus=True):
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

    highlighted: reactive[int | None] = reactive(None, init=False, repaint=False)  # watch_highlighted draws

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.summaries: list[Summary] = []
        self._by_index: dict[int, int] = {}
        self._visible: list[int] = []  # positions in self.summaries, in the list's order
        self._filter: Callable[[Summary], bool] | None = None
        self._extra: Callable[[Summary], str] | None = None
        self.empty_message = "No documents."
        self.order = "file"
        self._order_cache: tuple[tuple[str, int] | None, list[int]] = (None, [])
        self.read: set[str] = set()  # ids of the documents read
        self.reading: int | None = None  # the document the reader shows (where escape in the filter returns)
        self._entry_lines: LRUCache[tuple[object, ...], Strip] = LRUCache(ENTRY_LINES)
        self._looks: tuple[Style, ...] | None = None  # the component styles of the frame being drawn

    # ------------------------------------------------------------------ content
    @property
    def count(self) -> int:
        """Entries shown (after filtering)."""
        return len(self._visible)

    @property
    def total(self) -> int:
        return len(self.summaries)

    def add_summaries(self, summaries: Iterable[Summary]) -> None:
        added = False
        for summary in summaries:
            self._by_index[summary.index] = len(self.summaries)
            self.summaries.append(summary)
            added = True
            if self.order == "file" and (self._filter is None or self._filter(summary)):
                self._visible.append(len(self.summaries) - 1)
        if added and self.order != "file":
            self._refill()
        self._update_size()
        if self.highlighted is None and self._visible:
            self.highlighted = 0
        self.refresh()

    def set_filter(self, predicate: Callable[[Summary], bool] | None, *, narrowing: bool = False) -> None:
        """Show only the documents the predicate keeps; keeps the highlighted one when it stays (or, when
        none is highlighted, the one being read). narrowing: it keeps none that the filter before hid (the
        query grew as it was typed), so only the entries shown are tested, not the whole corpus."""
        self._filter = predicate
        self._refill(narrowing=narrowing and predicate is not None)

    def set_order(self, order: str) -> None:
        """List the documents in another order (see sorted_positions), keeping the highlighted one."""
        self.order = order
        self._refill()

    def _refill(self, *, narrowing: bool = False) -> None:
        """Make the list of shown entries again (filter, order), keeping the highlighted document."""
        current = self.highlighted_document()
        if current is None:
            current = self.reading
        predicate = self._filter
        ordered = self._ordered()
        summaries = self.summaries
        if isinstance(predicate, FilterPass):  # the sidebar's: tests the documents' texts at once
            if narrowing:  # the entries shown, in their order: a subset of them stays
                self._visible = predicate.select(summaries, self._visible)
            else:
                self._visible = predicate.select(summaries, None if self.order == "file" else list(ordered))
        elif narrowing and predicate is not None:
            self._visible = [i for i in self._visible if predicate(summaries[i])]
        elif predicate is None:
            self._visible = list(ordered)
        elif self.order == "file":
            self._visible = [i for i, s in enumerate(self.summaries) if predicate(s)]
        else:  # the predicate in file order (the summaries in memory order: ~10x faster), then the list's order
            keep = [predicate(s) for s in self.summaries]
            self._visible = [i for i in ordered if keep[i]]
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
        elif position == self.highlighted:
            self.scroll_to_position(position)  # same place in the list, but the entry may have moved
        self.highlighted = position
        self.refresh()

    def _ordered(self) -> Sequence[int]:
        """All positions in the list's order; sorted once per order and size (not on every keystroke of
        the filter)."""
        if self.order == "file":
            return range(len(self.summaries))
        key = (self.order, len(self.summaries))
        if self._order_cache[0] != key:
            self._order_cache = (key, sorted_positions(self.summaries, self.order))
        return self._order_cache[1]

    # ------------------------------------------------------------------ read marks
    def set_read(self, doc_ids: Iterable[str]) -> None:
        self.read = set(doc_ids)
        self.refresh()

    def mark_read(self, doc_id: str, read: bool = True) -> None:
        if (doc_id in self.read) != read:
            if read:
                self.read.add(doc_id)
            else:
                self.read.discard(doc_id)
            self.refresh()

    def next_unread(self) -> int | None:
        """The first unread document shown after the highlighted one (round the end), or None."""
        n = len(self._visible)
        start = self.highlighted if self.highlighted is not None else -1
        for step in range(1, n + 1):
            position = (start + step) % n
            if self.summaries[self._visible[position]].doc_id not in self.read:
                return position
        return None

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

    def summary_of(self, index: int) -> Summary | None:
        position = self._by_index.get(index)
        return self.summaries[position] if position is not None else None

    def visible_documents(self) -> list[int]:
        return [self.summaries[p].index for p in self._visible]

    # ------------------------------------------------------------------ rendering
    def _update_size(self) -> None:
        self.virtual_size = Size(0, max(1, len(self._visible)) * ROWS)

    def render_lines(self, crop: Region) -> list[Strip]:
        # the component styles an entry is drawn with, once per frame: they are part of each drawn line's
        # key, so a focus change (the list's styles updated) keeps the lines drawn before (they were all
        # drawn again on every focus change: escape closing the filter, `/`), and another theme draws anew
        self._looks = tuple(self.get_component_rich_style(name) for name in LOOKS)
        try:
            return super().render_lines(crop)
        finally:
            self._looks = None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.frame_style
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
        unread = summary.doc_id not in self.read
        extra = self._extra(summary) if self._extra is not None and row == TITLE_ROWS else ""
        look = "documents--highlight" if self.has_focus else "documents--highlight-blur"
        look = look if position == self.highlighted else ""
        # an entry's lines drawn once, whatever moves around them (filtering, scrolling, the cursor)
        looks = self._looks or tuple(self.get_component_rich_style(name) for name in LOOKS)
        key = (summary, row, width, unread, extra, look, base, looks)
        strip = self._entry_lines.get(key)
        if strip is None:
            strip = self._entry_line(summary, row, width, unread, extra, look, base)
            self._entry_lines[key] = strip
        return strip

    def _entry_line(
        self, summary: Summary, row: int, width: int, unread: bool, extra: str, look: str, base: Style
    ) -> Strip:
        """One line of an entry; look: the component class of a highlighted entry, else ""."""
        title, meta = summary_lines(summary, read=not unread)
        marker = " "
        if row < TITLE_ROWS:
            rows = title_rows(title, width - 1)
            text = rows[row] if row < len(rows) else Text("")
            if row == 0 and unread:
                marker = UNREAD
        else:
            text = meta
            text.stylize(self.get_component_rich_style("documents--meta"))
            if extra:  # tags and note counts first: they matter more than the date when annotating
                text = Text(visible(extra) + " ", style=self.get_component_rich_style("documents--extra")) + text
        style = base + self.get_component_rich_style(look) if look else base
        return self._strip(text, width, style, marker)

    def _strip(self, text: Text, width: int, style: Style, marker: str = " ") -> Strip:
        text.truncate(max(1, width - 1), overflow="ellipsis")
        segments = list(text.render(self.app.console))
        strip = Strip([Segment(marker, style)] + segments)
        return strip.apply_style(style).extend_cell_length(width, style).crop(0, width)

    # ------------------------------------------------------------------ movement
    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        # only the two entries whose look changed are drawn again (a scroll redraws the rest itself)
        for position in (old, new):
            if position is not None:
                self.refresh_lines(position * ROWS, ROWS)
        if new is None:
            return
        self.scroll_to_position(new)
        index = self.highlighted_document()
        if index is not None:
            self.post_message(DocumentHighlighted(self, index))

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
            self.post_message(DocumentSelected(self, index))

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
