"""The corpus actors table: one row per actor (swatch, name, kind, affiliation, mentions, documents,
first and last date), sortable by any column, filtered by kind, affiliation and words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.actors.corpus_stats import ActorRow
from store.model import Actor

from ..palette import colour_for
from ..plain import plain
from ..screens.actors_keys import ActorTableKeys

COLUMNS: tuple[tuple[str, str, int], ...] = (  # (key, header, width)
    ("name", "Actor", 0),  # the name takes the width the others leave
    ("mentions", "Mentions", 8),
    ("documents", "Docs", 5),
    ("affiliation", "Aff", 4),
    ("first", "First", 10),
    ("last", "Last", 10),
    ("kind", "Kind", 12),
)
NUMERIC = {"mentions", "documents"}
NAME_MIN = 14
KINDS = ("person", "state", "organisation", "group", "place")
DESCENDING_FIRST = {"mentions", "documents", "last"}  # the natural first order for these


def sort_rows(rows: Iterable[ActorRow], column: str, descending: bool) -> list[ActorRow]:
    """Rows by one column (text case-blind; missing values last either way), ties by name."""
    by_name = sorted(rows, key=lambda r: (r.name.casefold(), r.actor_id))
    if column in ("mentions", "documents"):
        return sorted(by_name, key=lambda r: getattr(r, column), reverse=descending)  # stable: ties keep name order
    present = [r for r in by_name if getattr(r, column)]
    missing = [r for r in by_name if not getattr(r, column)]
    return sorted(present, key=lambda r: getattr(r, column).casefold(), reverse=descending) + missing


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """``kind:person aff:RUS words``: all must hold (``aff:none`` for actors without an affiliation)."""

    kind: str | None = None
    affiliation: str | None = None
    words: tuple[str, ...] = ()

    @classmethod
    def parse(cls, query: str) -> ActorFilter:
        kind = affiliation = None
        words = []
        for token in query.split():
            name, sep, value = token.partition(":")
            if sep and name.lower() == "kind" and value:
                kind = value.lower()
            elif sep and name.lower() in ("aff", "affiliation") and value:
                affiliation = value.upper()
            else:
                words.append(token.casefold())
        return cls(kind, affiliation, tuple(words))

    def keeps(self, row: ActorRow) -> bool:
        if self.kind and not row.kind.startswith(self.kind):
            return False
        if self.affiliation and (row.affiliation or "NONE") != self.affiliation:
            return False
        text = f"{row.name} {row.actor_id}".casefold()
        return all(w in text for w in self.words)

    def with_kind(self, kind: str | None) -> str:
        """This filter's query with the kind replaced."""
        parts = [f"kind:{kind}"] if kind else []
        if self.affiliation:
            parts.append(f"aff:{self.affiliation}")
        return " ".join([*parts, *self.words])


class ActorTable(ScrollView, can_focus=True):
    """A line-rendering table (a header line, then one line per actor): any number of actors costs the
    same to show, sort or filter. Columns that do not fit the width are left out, from the right."""

    BINDINGS = ActorTableKeys.BINDINGS
    COMPONENT_CLASSES = {"actors-table--header", "actors-table--cursor", "actors-table--cursor-blur"}
    DEFAULT_CSS = """
    ActorTable { scrollbar-size-vertical: 1; }
    ActorTable > .actors-table--header { text-style: bold; background: $panel; }
    ActorTable > .actors-table--cursor { background: $accent 40%; }
    ActorTable > .actors-table--cursor-blur { background: $panel-lighten-1; }
    """

    cursor_row: reactive[int] = reactive(0, init=False)

    @dataclass
    class Highlighted(Message):
        table: ActorTable
        actor_id: str | None

        @property
        def control(self) -> ActorTable:
            return self.table

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows_shown: list[ActorRow] = []
        self._all: Sequence[ActorRow] = ()
        self.sort_column = "mentions"
        self.descending = True
        self.filter = ActorFilter()
        self.mode = "affiliation"
        self._swatches: dict[str, Text] = {}

    @property
    def row_count(self) -> int:
        return len(self.rows_shown)

    def show_rows(self, rows: Sequence[ActorRow], mode: str | None = None) -> None:
        """Show these actors (filtered and sorted as chosen), keeping the selected one when it stays."""
        self._all = rows
        if mode is not None and mode != self.mode:
            self.mode = mode
            self._swatches = {}
        self._refill()

    def set_filter(self, query: str) -> None:
        self.filter = ActorFilter.parse(query)
        self._refill()

    def sort_by(self, column: str, descending: bool | None = None) -> None:
        if descending is None:
            descending = (not self.descending) if column == self.sort_column else column in DESCENDING_FIRST
        self.sort_column, self.descending = column, descending
        self._refill()

    def selected_actor(self) -> str | None:
        if not self.rows_shown or not (0 <= self.cursor_row < len(self.rows_shown)):
            return None
        return self.rows_shown[self.cursor_row].actor_id

    def move_cursor(self, row: int) -> None:
        if self.rows_shown:
            self.cursor_row = max(0, min(len(self.rows_shown) - 1, row))

    def _refill(self) -> None:
        chosen = self.selected_actor()
        self.rows_shown = sort_rows((r for r in self._all if self.filter.keeps(r)), self.sort_column, self.descending)
        self.virtual_size = Size(0, len(self.rows_shown) + 1)
        ids = [r.actor_id for r in self.rows_shown]
        row = ids.index(chosen) if chosen in ids else 0
        if row != self.cursor_row:
            self.cursor_row = row
        else:
            self._scroll_to_cursor()
        if self.selected_actor() != chosen:
            self.post_message(self.Highlighted(self, self.selected_actor()))
        self.refresh()

    # ── rendering ──────────────────────────────────────────────────────────────────────────────────
    def _layout(self, width: int) -> list[tuple[str, str, int]]:
        """The columns that fit, with their widths (the name takes what the others leave)."""
        columns = [c for c in COLUMNS if c[0] != "name"]
        room = width - 4 - NAME_MIN  # swatch and its space, the name's minimum and its space
        shown = []
        for column in columns:
            if room >= column[2] + 1:
                shown.append(column)
                room -= column[2] + 1
        name_width = NAME_MIN + room
        return [("name", "Actor", name_width), *shown]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout(width)
        if y == 0:
            text = Text("   ")
            for key, label, w in layout:
                arrow = ("▼" if self.descending else "▲") if key == self.sort_column else ""
                cell = (label[: w - len(arrow)] + arrow) if arrow else label[:w]
                text.append((cell.rjust(w) if key in NUMERIC else cell.ljust(w)) + " ")
            style = base + self.get_component_rich_style("actors-table--header")
            return self._strip(text, width, style)
        row = self.scroll_offset.y + y - 1
        if row >= len(self.rows_shown):
            return Strip.blank(width, base)
        actor = self.rows_shown[row]
        text = self._swatch(actor).copy()
        text.append(" ")
        for key, _, w in layout:
            value = _cell(actor, key)
            cell = value if len(value) <= w else value[: max(0, w - 1)] + "…"
            text.append((cell.rjust(w) if key in NUMERIC else cell.ljust(w)) + " ")
        style = base
        if row == self.cursor_row:
            name = "actors-table--cursor" if self.has_focus else "actors-table--cursor-blur"
            style = base + self.get_component_rich_style(name)
        return self._strip(text, width, style)

    def _swatch(self, row: ActorRow) -> Text:
        swatch = self._swatches.get(row.actor_id)
        if swatch is None:
            actor = Actor(row.actor_id, row.name, row.kind, row.affiliation) if row.kind in KINDS else None  # type: ignore[arg-type]
            colour = colour_for(actor, self.mode)
            swatch = self._swatches[row.actor_id] = Text.assemble(("██", Style(color=colour)) if colour else "  ")
        return swatch

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(max(1, width), overflow="ellipsis")
        return (
            Strip(list(text.render(self.app.console)))
            .apply_style(style)
            .extend_cell_length(width, style)
            .crop(0, width)
        )

    # ── movement ───────────────────────────────────────────────────────────────────────────────────
    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.selected_actor()))

    def _scroll_to_cursor(self) -> None:
        rows = max(1, self.scrollable_content_region.height - 1)
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + rows:
            self.scroll_to(y=self.cursor_row - rows + 1, animate=False)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.rows_shown) - 1)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.scrollable_content_region.height - 2))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:  # the header: sort by the column clicked
            x = 3
            for key, _, w in self._layout(self.scrollable_content_region.width):
                if x <= offset.x < x + w + 1:
                    self.sort_by(key)
                    return
                x += w + 1
            return
        self.move_cursor(self.scroll_offset.y + offset.y - 1)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_sort_next(self) -> None:
        keys = [k for k, _, _ in COLUMNS]
        self.sort_by(keys[(keys.index(self.sort_column) + 1) % len(keys)])

    def action_sort_reverse(self) -> None:
        self.sort_by(self.sort_column, not self.descending)


def _cell(row: ActorRow, key: str) -> str:
    value = getattr(row, key)
    if key == "name":
        return plain(value)
    return "–" if value is None else str(value)
