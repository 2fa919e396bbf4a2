"""The keys of the corpus actors view, apart from its widgets: the app lists them (help, keys.toml)
at start-up without importing the view (DataTable, Sparkline) before the first paint."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType


class CorpusActorsKeys:
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="actors_view.close"),
        Binding("slash", "filter", "Filter", id="actors_view.filter"),
        Binding("K", "cycle_kind", "Kind", id="actors_view.kind"),
        Binding("F", "cycle_affiliation", "Affiliation", id="actors_view.affiliation"),
        Binding("t", "toggle_period", "Month/week", id="actors_view.period"),
        Binding("T", "toggle_top", "Top 5", show=False, id="actors_view.top"),
        Binding("x", "export", "Export", id="actors_view.export"),
        Binding("c", "focus_company", "Company", show=False, id="actors_view.company"),
        Binding("P", "focus_passages", "Passages", show=False, id="actors_view.passages"),
    ]


class ActorTableKeys:
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "sort_next", "Sort", id="actors_table.sort"),
        Binding("r", "sort_reverse", "Reverse", show=False, id="actors_table.reverse"),
        Binding("j,down", "cursor_down", "Down", show=False, id="actors_table.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="actors_table.up"),
        Binding("g,home", "first", "First", show=False, id="actors_table.first"),
        Binding("G,end", "last", "Last", show=False, id="actors_table.last"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="actors_table.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="actors_table.page_up"),
    ]


class PassageListKeys:
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "note", "Note on passage", id="actors_passages.note"),
        Binding("j", "cursor_down", "Down", show=False, id="actors_passages.down"),
        Binding("k", "cursor_up", "Up", show=False, id="actors_passages.up"),
    ]
