"""The help screen: every key of every area (screens, panes, dialogs), generated from the bindings
themselves: the ones declared there (with their ids, for keys.toml) and the ones they inherit from
Textual (a list's home/end, a screen's copy), so help cannot miss a key. Pageable like less."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.notifications import Notifications
from textual.widgets import Static
from textual.widgets._toast import ToastRack

from ..dialogs.prepared import start_updates
from ..keymap import keys_of
from ..widgets.key_footer import KeyFooter
from .kept_frame import KeptFrameScreen
from .kept_styles import KeptStyles

EXTRA = {
    "Sidebar filter": [
        ("words", "match title, source, author, date, tags or file name"),
        ("#tag  tag:name", "documents with that tag (several: all must match)"),
        ("has:notes", "documents with notes"),
    ],
}


HELP_WIDTH = 120  # the help box's widest (its max-width in the CSS below)
REMAKE = 0.1  # seconds after a change while help is not shown: its frame drawn again ahead


class Rendered:
    """A renderable drawn once per width: the help table has a row for every binding, and Rich lays a
    table out (measures every cell) each time it is drawn, which cost 40-80 ms on every `?`."""

    def __init__(self, renderable: Table) -> None:
        self.renderable = renderable
        self._lines: dict[int, list[list[Segment]]] = {}
        self._measures: dict[int, Measurement] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self._lines.get(options.max_width)
        if lines is None:
            lines = self._lines[options.max_width] = console.render_lines(self.renderable, options, pad=False)
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line

    def prepare(self, console: Console, widths: Iterable[int]) -> None:
        """Lay the table out ahead of time for these widths (off the screen's thread, while the app is idle),
        so the first `?` draws what is ready instead of measuring every cell then."""
        for width in widths:
            if width > 0 and width not in self._lines:
                options = console.options.update_width(width)
                self._measures.setdefault(width, Measurement.get(console, options, self.renderable))
                self._lines[width] = console.render_lines(self.renderable, options, pad=False)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        measured = self._measures.get(options.max_width)
        if measured is None:
            measured = self._measures[options.max_width] = Measurement.get(console, options, self.renderable)
        return measured


@dataclass(frozen=True, slots=True)
class HelpRow:
    keys: tuple[str, ...]  # key names as Textual has them ("ctrl+d", "question_mark"), the user's keys first
    description: str
    binding_id: str = ""


def _bindings(cls: type) -> list[Binding]:
    return [b for b in getattr(cls, "BINDINGS", []) if isinstance(b, Binding)]


def _inherited(cls: type) -> list[tuple[str, Binding]]:
    """(key, binding) of the keys an area has from its Textual base classes."""
    merged = getattr(cls, "_merged_bindings", None)
    if merged is None:
        return []
    return [(key, b) for key, found in merged.key_to_bindings.items() for b in found]


def _description(binding: Binding) -> str:
    if binding.description:
        return binding.description
    return binding.action.split(".")[-1].split("(")[0].replace("_", " ").capitalize()


def help_rows(cls: type, keymap: Mapping[str, str]) -> list[HelpRow]:
    """Every key of an area: its own bindings (as remapped), then inherited keys it does not override,
    then the hints of keys that are not bindings (a dialog's EXTRA_HINTS: shift+arrows, tab)."""
    own = _bindings(cls)
    rows = [HelpRow(tuple(keys_of(b, keymap)), _description(b), b.id or "") for b in own]
    own_keys = {k.strip() for b in own for k in b.key.split(",")}
    grouped: dict[tuple[str, str], list[str]] = {}
    for key, binding in _inherited(cls):
        if key not in own_keys and binding.id is None:
            grouped.setdefault((binding.action, _description(binding)), []).append(key)
    rows.extend(HelpRow(tuple(keys), description) for (_, description), keys in grouped.items())
    rows.extend(HelpRow((keys,), what) for keys, what in getattr(cls, "EXTRA_HINTS", ()))
    return rows


class HelpScreen(KeptFrameScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background;  /* opaque: the screen behind is not drawn again under a tint (~2/3 of the cost of `?`) */
    }
    #help-body {
        width: 100%;
        max-width: 120;  /* HELP_WIDTH */
        height: 1fr;
        border: round $accent;
        padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,pagedown", "page(1)", "Page ↓", id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Page ↑", id="help.page_up"),
        Binding("ctrl+d", "half_page(1)", "Half page ↓", show=False, id="help.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page ↑", show=False, id="help.half_up"),
        Binding("g,home", "top", "Top", id="help.top"),
        Binding("G,end", "bottom", "Bottom", id="help.bottom"),
    ]

    def __init__(
        self,
        areas: Iterable[tuple[str, type]],
        keymap: Mapping[str, str] | None = None,
        table: Rendered | None = None,
    ) -> None:
        """areas: (name, class whose bindings they are) in the order shown; keymap: the user's keys by id;
        table: the help table made ahead of time (help_table), if it was."""
        super().__init__()
        self.areas = list(areas)
        self.keymap = dict(keymap or {})
        self._prepared = table
        self._styles_kept = KeptStyles()  # what its styles were computed for (tui/screens/kept_styles.py)

    def compose(self) -> ComposeResult:
        table = self._prepared or Rendered(self._table())
        with VerticalScroll(id="help-body", can_focus=False):
            yield Static(table, id="help-table", markup=False)
        yield KeyFooter()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler, which restyles every widget of the screen each time it is pushed
        # (a third of the CPU of `?`): not again when nothing it depends on changed (tui/screens/kept_styles.py).
        self._styles_kept.resume(self, event)
        # The screen is kept between openings: each opening starts at the top. (Here: Textual calls one
        # handler per class, `_on_screen_resume` before `on_screen_resume`, so one of this class beside this
        # one never ran, and help opened where it was left.)
        self.query_one("#help-body", VerticalScroll).scroll_home(animate=False)

    def on_screen_suspend(self) -> None:
        self._styles_kept.suspend(self)

    # ── made ahead (tui/app.py) ────────────────────────────────────────────────────────────────────────
    # The first `?` of a session mounted the screen, laid it out three times and drew it in four frames (30 ms
    # of processor time; 40-75 ms on the screen on 10,000 documents). Mounted as soon as its table is made, laid
    # out and drawn ahead in small steps (~1 ms each, 5 at most), it opens in one frame like every later `?`.
    def made_ahead(self, rounds: int = 8) -> None:
        """Mounted ahead and not shown (tui/dialogs/prepared.mount_ahead): laid out (its own timer does not run
        while it is not shown) until its widgets settle (the table's height brings the scroll bar, which narrows
        it), then its styles noted and its whole frame drawn in steps (``frame_ahead``)."""
        if self.is_current or not self.is_attached:
            return
        self._repaint_required = False  # the screen's own refresh (as it mounted): its whole frame is made anew
        to_lay_out = self._pending() or self._compositor.size != self.app.size
        if rounds and (to_lay_out or self._refreshing()):
            if to_lay_out:
                self._refresh_layout(self.app.size)
                self._layout_required = False
                self._dirty_widgets.clear()
            self.call_after_refresh(self.made_ahead, rounds - 1)
            return
        self._styles_kept.suspend(self)  # computed as it mounted, and as its first size set its classes
        start_updates(self)
        self.frame_ahead()

    _remaking = False  # its frame is to be drawn again ahead

    def _changed(self, covered_ok: bool = False) -> None:
        """What it shows changed while it is not shown (a toast came or went): its frame drawn again ahead, a
        moment later (the changes of a moment together)."""
        super()._changed(covered_ok)
        if not self._remaking and not self.is_current and self.is_mounted:
            self._remaking = True
            self.set_timer(REMAKE, self._remake)

    def _remake(self) -> None:
        self._remaking = False
        self.made_ahead()

    def show_toasts(self, notifications: Notifications) -> None:
        """The app's toasts shown on it while it is made ahead and not shown (as Textual shows them on the screen
        shown), and its frame drawn again ahead with them."""
        if self.is_current or not self.is_attached:  # (as it mounts, too)
            return
        try:
            rack = self.get_child_by_type(ToastRack)
        except NoMatches:
            return
        rack.show(notifications)  # (its frame is drawn again ahead as the toasts mount: ``_changed``)

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Keys  (space/b page, g/G top/bottom, escape closes)"
        self.show_toasts(self.app._notifications)  # made ahead: those up already (the app shows later ones)

    def rows(self) -> list[tuple[str, HelpRow]]:
        """(area, row) for every key of every area, as shown."""
        return [(area, row) for area, cls in self.areas for row in help_rows(cls, self.keymap)]

    def _table(self) -> Table:
        return help_table(self.areas, self.keymap, self.app.get_key_display)

    @property
    def _body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_scroll(self, direction: int) -> None:
        self._body.scroll_relative(y=direction, animate=False)

    def action_page(self, direction: int) -> None:
        body = self._body
        body.scroll_relative(y=direction * max(1, body.scrollable_content_region.height - 1), animate=False)

    def action_half_page(self, direction: int) -> None:
        body = self._body
        body.scroll_relative(y=direction * max(1, body.scrollable_content_region.height // 2), animate=False)

    def action_top(self) -> None:
        self._body.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._body.scroll_end(animate=False)

    def action_close(self) -> None:
        self.dismiss()


def help_table(
    areas: Iterable[tuple[str, type]], keymap: Mapping[str, str], display: Callable[[Binding], str]
) -> Table:
    """The table of every key of every area (display: how the app shows a key, App.get_key_display)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_column(no_wrap=True)
    for area, cls in areas:
        rows = help_rows(cls, keymap)
        if not rows:
            continue
        table.add_row(
            Text(area, style="bold underline"),
            Text(""),
            Text("id (for keys.toml)" if area == "Application" else "", style="italic"),
        )
        for row in rows:
            table.add_row(
                Text("  ".join(display(Binding(k, "")) for k in row.keys)), Text(row.description), Text(row.binding_id)
            )
        table.add_row(Text(""), Text(""), Text(""))
    for area, extra in EXTRA.items():
        table.add_row(Text(area, style="bold underline"), Text(""), Text(""))
        for keys, description in extra:
            table.add_row(Text(keys), Text(description), Text(""))
    return table
