"""The footer: the keys of the focused area and of the screen, on one line drawn by one widget.

Textual's Footer is a row of widgets, one per key; when the focus moves, its keys change, and each change laid
out the row's widgets and the screen and drew them again: about 3 ms of the 12 ms before `/`'s first frame and
8 ms of the 18 ms before `escape`'s on 10,000 documents (tests/bench/key_trace.py, the footer left out), and
every dialog paid it too when it opened and closed. This footer is one line: new keys are a new line of text,
drawn in the next frame without a layout (its size never changes: the screen's width, one row). It looks as
Textual's compact footer does (the same component classes and theme variables): `?` Help and `q` Quit first
(``help_first``: a narrow terminal drops other keys before them), the command palette's key at the right;
keys that do not fit are cut at the right. A click on a key presses it; the pointer over a key highlights it
and shows its tooltip.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

FIRST = ("help", "quit")  # the app's actions always shown first with help_first, in this order
SEPARATOR = "▏"  # the command palette key's left edge (Textual's vkey border)


@dataclass(frozen=True, slots=True)
class FooterItem:
    key: str  # the key pressed when the item is clicked
    display: str  # how the key is shown (Textual's key display: "^p", "?")
    description: str
    action: str
    enabled: bool
    tooltip: str


def _rank(item: FooterItem) -> int:
    action = item.action.removeprefix("app.")
    return FIRST.index(action) if action in FIRST else len(FIRST)


class KeyFooter(Widget, can_focus=False):
    """One line of keys at the bottom of its screen, updated in place when the keys change."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--hover", "footer-key--edge"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        & > .footer-key--edge {
            color: $footer-foreground;  /* the palette key's edge: Textual's 20% rule is too faint (WCAG 3:1) */
        }
    }
    """

    def __init__(
        self, *, show_command_palette: bool = True, help_first: bool = True, compact: bool = True, id: str | None = None
    ) -> None:
        """compact: Textual's compact footer ("^p Commands", a space between keys), else its roomier one
        (" ^p Commands ", keys side by side: the dialogs')."""
        super().__init__(id=id)
        self.compact = compact
        self.show_command_palette = show_command_palette
        self.help_first = help_first
        self.items: tuple[FooterItem, ...] = ()
        self.palette: FooterItem | None = None
        self._hover: FooterItem | None = None
        self._spans: list[tuple[int, int, FooterItem]] = []  # where each item was drawn (x from, x to)
        self._drawn: tuple[Hashable, Strip] | None = None

    # ------------------------------------------------------------------ the keys
    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.update_keys()

    def update_keys(self) -> bool:
        """Take the screen's keys now; True (and drawn in the next frame) when they changed."""
        items, palette = self._collect()
        if (items, palette) == (self.items, self.palette):
            return False
        self.items, self.palette = items, palette
        self.refresh()
        return True

    def _collect(self) -> tuple[tuple[FooterItem, ...], FooterItem | None]:
        app = self.app
        active = self.screen.active_bindings
        seen: set[str] = set()
        items: list[FooterItem] = []
        for _, binding, enabled, tooltip in active.values():
            if not binding.show or binding.action in seen:  # one item per action (Textual's footer: its first key)
                continue
            seen.add(binding.action)
            items.append(self._item(binding, enabled, tooltip))
        if self.help_first:
            items.sort(key=_rank)  # stable: the others keep their order
        palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _, binding, enabled, _ = found
                palette = self._item(binding, enabled, binding.tooltip or binding.description)
        return tuple(items), palette

    def _item(self, binding: Binding, enabled: bool, tooltip: str) -> FooterItem:
        return FooterItem(
            binding.key, self.app.get_key_display(binding), binding.description, binding.action, enabled, tooltip
        )

    def descriptions(self) -> list[str]:
        """The descriptions of the keys shown, in order (the palette's last)."""
        return [item.description for item in (*self.items, *([self.palette] if self.palette else []))]

    # ------------------------------------------------------------------ drawing
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = None  # another theme: the same keys in other colours

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y != 0 or width <= 0:
            return Strip.blank(width, self.rich_style)
        if self._drawn is None and not self.items and self.palette is None and self.is_attached:
            self.items, self.palette = self._collect()  # drawn before the first bindings signal
        key = (self.items, self.palette, self._hover, width)
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, self._line(width))
        return self._drawn[1]

    def _item_segments(self, item: FooterItem, base: Style) -> list[Segment]:
        if item is self._hover:
            base = base + self.get_component_rich_style("footer-key--hover")
        if not item.enabled:
            base = base + Style(dim=True)
        key = item.display if self.compact else f" {item.display} "
        segments = [Segment(key, base + self.get_component_rich_style("footer-key--key"))]
        if item.description:
            description = f" {item.description}" if self.compact else f"{item.description} "
            segments.append(Segment(description, base + self.get_component_rich_style("footer-key--description")))
        return segments

    def _line(self, width: int) -> Strip:
        base = self.rich_style
        spans: list[tuple[int, int, FooterItem]] = []
        right: list[Segment] = []
        if self.palette is not None:
            right = [
                Segment(SEPARATOR, base + self.get_component_rich_style("footer-key--edge")),
                *self._item_segments(self.palette, base),
                Segment(" ", base),
            ]
        right_width = min(width, sum(segment.cell_length for segment in right))
        left: list[Segment] = []
        x = 0
        for item in self.items:
            segments = self._item_segments(item, base)
            size = sum(segment.cell_length for segment in segments)
            spans.append((x, x + size, item))  # (the gap after it is nobody's)
            left.extend(segments)
            x += size
            if self.compact:
                left.append(Segment(" ", base))  # the gap between two keys
                x += 1
        limit = width - right_width  # the keys that do not fit are cut here
        left_strip = Strip(left).crop_extend(0, limit, base)
        self._spans = [(start, min(end, limit), item) for start, end, item in spans if start < limit]
        if self.palette is not None:
            self._spans.append((limit + 1, width - 1, self.palette))
        line = Strip.join([left_strip, Strip(right).crop(0, right_width)]) if right else left_strip
        return line.simplify()

    # ------------------------------------------------------------------ the pointer
    def _item_at(self, x: int) -> FooterItem | None:
        return next((item for start, end, item in self._spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        if item is not self._hover:
            self._hover = item
            self.tooltip = (item.tooltip or item.description) if item is not None else None
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self._item_at(event.x)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
