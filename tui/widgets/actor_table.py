"""The corpus actors table: one row per actor (swatch, name, kind, affiliation, mentions, documents,
first and last date), sortable by any column, filtered by kind, affiliation and words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.widgets import DataTable

from store.actors.corpus_stats import ActorRow

from ..palette import colour_for
from ..plain import plain
from ..screens.actors_keys import ActorTableKeys

COLUMNS: tuple[tuple[str, str, int], ...] = (  # (key, header, width)
    ("name", "Actor", 22),
    ("mentions", "Mentions", 8),
    ("documents", "Docs", 5),
    ("affiliation", "Aff", 4),
    ("first", "First", 10),
    ("last", "Last", 10),
    ("kind", "Kind", 12),
)
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


class ActorTable(DataTable[Text | str | int]):
    BINDINGS = ActorTableKeys.BINDINGS

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self.rows_shown: list[ActorRow] = []
        self._all: Sequence[ActorRow] = ()
        self.sort_column = "mentions"
        self.descending = True
        self.filter = ActorFilter()
        self.mode = "affiliation"

    def on_mount(self) -> None:
        self.add_column(" ", key="swatch", width=2)
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    def show_rows(self, rows: Sequence[ActorRow], mode: str | None = None) -> None:
        """Show these actors (filtered and sorted as chosen), keeping the selected one when it stays."""
        self._all = rows
        if mode is not None:
            self.mode = mode
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

    def _refill(self) -> None:
        chosen = self.selected_actor()
        rows = sort_rows((r for r in self._all if self.filter.keeps(r)), self.sort_column, self.descending)
        self.rows_shown = rows
        self.clear()
        self.add_rows([self._cells(r) for r in rows])
        for key, label, _ in COLUMNS:
            arrow = (" ▼" if self.descending else " ▲") if key == self.sort_column else ""
            self.columns[key].label = Text(label + arrow)  # type: ignore[index]
        ids = [r.actor_id for r in rows]
        if chosen in ids:
            self.move_cursor(row=ids.index(chosen), animate=False, scroll=True)

    def _cells(self, row: ActorRow) -> list[Text | str | int]:
        from store.model import Actor

        actor = Actor(row.actor_id, row.name, row.kind, row.affiliation) if row.kind in KINDS else None  # type: ignore[arg-type]
        colour = colour_for(actor, self.mode)
        swatch = Text("██" if colour else "  ", style=Style(color=colour) if colour else Style())
        return [swatch, Text(plain(row.name)), Text(str(row.mentions), justify="right"),
                Text(str(row.documents), justify="right"), row.affiliation or "–", row.first or "–",
                row.last or "–", row.kind]  # fmt: skip

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        key = event.column_key.value
        if key and key != "swatch":
            self.sort_by(key)

    def action_sort_next(self) -> None:
        keys = [k for k, _, _ in COLUMNS]
        self.sort_by(keys[(keys.index(self.sort_column) + 1) % len(keys)])

    def action_sort_reverse(self) -> None:
        self.sort_by(self.sort_column, not self.descending)
