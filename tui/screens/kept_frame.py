"""A screen that keeps its last whole frame while another screen covers it, and draws that frame again
instead of every widget when it comes back (or when a dialog's backdrop needs it).

Measured on the main screen (tests/bench/dialog_cpu.py, pyinstrument): `escape` closing help drew the whole
main screen again (help is opaque, so nothing beneath it changed); opening a dialog drew it again for the
dialog's translucent backdrop, each dialog anew. And while any screen covered it, Textual repainted the
screen on top in full again and again: a covered screen that is refreshed passes the refresh on to the top
screen and marks itself to be repainted once more (`Screen._compositor_refresh`), which it does at its next
idle moment, so every message the main screen handled (its timers, ten a second) drew the whole help screen
or the dialog (its backdrop included) again, and a key pressed then waited for that frame.

Here a covered screen passes on only what really changed (the regions of its widgets that changed), and
only to a translucent screen on top (a dialog: what changed shows through its backdrop). Its whole frame is
made once (``kept_frame``: the backdrop, or a moment after help is drawn) and kept: what changes while
the screen is covered (the regions Textual passes on) is drawn again into it line by line; any change while
it is shown, or of its size, theme or stylesheet, drops it. A refresh of the screen as a whole (Textual's,
on every push and pop) changes nothing it shows, so the kept frame is still good.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from textual import messages
from textual._compositor import Compositor, LayoutUpdate, ReflowResult
from textual._context import visible_screen_stack
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from .steady_focus import SteadyFocusScreen

ResultType = TypeVar("ResultType")
KEEP_AFTER = 0.02  # seconds after a screen is covered before its whole frame is made (its cover written out first)


@dataclass(eq=False)
class KeptFrame:
    """A screen's whole frame: each line's strips (as Textual's LayoutUpdate takes them), and what was made
    from it (a dialog's tinted backdrop, by tint colour)."""

    key: Hashable
    lines: list[list[Strip]]
    made: dict[Hashable, object] = field(default_factory=dict)


class _KeepingCompositor(Compositor):
    """A compositor whose full update is the screen's kept frame while it is good, and which tells the
    screen when a layout moved or resized anything (a layout that changed nothing keeps the frame good)."""

    def __init__(self, screen: KeptFrameScreen[object]) -> None:
        super().__init__()
        self._screen = screen

    def reflow(self, parent: Widget, size: Size) -> ReflowResult:
        before, before_size = self._full_map, self.size
        result = super().reflow(parent, size)
        if size != before_size:
            self._screen._changed()
        elif self._full_map.items() ^ before.items():
            # what moved is in the dirty regions (old and new places): while covered, those lines are drawn
            # again into the kept frame as they come (KeptFrameScreen._compositor_refresh)
            self._screen._changed(covered_ok=True)
        return result

    def reflow_visible(self, parent: Widget, size: Size) -> set[Widget]:
        self._screen._changed()  # a scroll: what shows moved
        return super().reflow_visible(parent, size)

    def render_full_update(self, simplify: bool = False) -> LayoutUpdate:
        kept = None if simplify else self._screen._good_frame()
        if kept is None:
            return super().render_full_update(simplify=simplify)
        self._dirty_regions.clear()
        return LayoutUpdate(list(kept.lines), self.size.region)


class KeptFrameScreen(SteadyFocusScreen[ResultType]):
    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        self._compositor = _KeepingCompositor(self)  # type: ignore[arg-type]
        self._frame_memo: KeptFrame | None = None
        self._stale: set[int] = set()  # lines of the kept frame to draw again (changed while covered)
        self._covered_changes = False  # something changed while covered, not yet passed on

    # ── what changes the frame ───────────────────────────────────────────────────────────────────────
    def _changed(self, covered_ok: bool = False) -> None:
        """What the screen shows changed: the kept frame is no good, unless (covered_ok) the screen is
        covered and passes its changed regions on (``_compositor_refresh``): then those lines are drawn again."""
        if covered_ok and self._passes_changes_on():
            self._covered_changes = True  # its regions come to _compositor_refresh
            return
        self._frame_memo = None
        self._stale.clear()
        self._covered_changes = False

    def _passes_changes_on(self) -> bool:
        """Covered, and its changes reach ``_compositor_refresh`` (Textual updates the screens that show)."""
        app = self.app
        return self is not app.screen and not app.is_inline and self in app._background_screens

    async def _on_update(self, message: messages.Update) -> None:
        if message.widget is not self:
            self._changed(covered_ok=True)  # a widget's look changed (Screen's own handler runs after this one)

    def _frame_key(self) -> Hashable:
        app = self.app
        return (self._compositor.size, app._css_update_count, app.theme, tuple(self.classes))

    def _pending(self) -> bool:
        """Changes not drawn yet (the frame the compositor would make now is not the screen's settled look)."""
        return bool(
            self._layout_required
            or self._scroll_required
            or self._recompose_required
            or any(widget is not self for widget in self._dirty_widgets)
        )

    def _good_frame(self) -> KeptFrame | None:
        kept = self._frame_memo
        if kept is None or self._covered_changes or kept.key != self._frame_key() or self._refreshing():
            return None  # (changes not passed on yet: their lines are not known)
        if self._stale:
            if self._pending():
                return None
            stale, self._stale = self._stale, set()
            lines = self._render_lines(stale.__contains__)
            for y in stale:
                if 0 <= y < len(kept.lines):
                    kept.lines[y] = lines[y]
            kept.made.clear()  # a backdrop made from the lines before
        return kept

    def _render_lines(self, wanted: Callable[[int], bool]) -> list[list[Strip]]:
        """The screen's lines as the compositor draws them now (those ``wanted``; the others empty)."""
        compositor = self._compositor
        token = visible_screen_stack.set([])
        try:
            chops = compositor._render_chops(compositor.size.region, wanted)
        finally:
            visible_screen_stack.reset(token)
        return [list(chop.values()) for chop in chops]

    def _refreshing(self) -> bool:
        """A widget on screen has asked to be drawn again and its message has not reached the screen yet (not
        the screen's own refresh as a whole: Textual's, as it is pushed, changes nothing it shows)."""
        return any(
            widget._repaint_required or widget._layout_required
            for widget in self._compositor.visible_widgets
            if widget is not self
        )

    def frame_ahead(self, lines: int = 8) -> None:
        """Its whole frame made while it is not shown (a screen made ahead), in small steps, one each time the
        app is idle: each widget's visible lines drawn into its cache a few at a time, then the frame composed
        from them (1-5 ms a step instead of 8-25 ms at once), so that a key arriving meanwhile waits for one
        step at most. Given up if the screen is shown or changes meanwhile (it is then drawn as it shows)."""
        if self._good_frame() is not None:
            return
        steps = self._frame_steps(lines)

        def step() -> None:
            if self.is_current or not self.is_attached or self._pending() or self._refreshing():
                return
            if next(steps, None) is not None:
                self.call_after_refresh(step)

        step()

    def _frame_steps(self, lines: int) -> Iterator[bool]:
        for widget, (region, clip) in list(self._compositor.visible_widgets.items()):
            shown = region.intersection(clip)
            top, bottom = shown.y - region.y, shown.bottom - region.y
            for y in range(top, bottom, lines):
                widget.render_lines(Region(0, y, region.width, min(lines, bottom - y)))
                yield True
        self.kept_frame()

    def kept_frame(self) -> KeptFrame | None:
        """The screen's whole frame: the kept one while it is good, else made now and kept (None while a
        change is still to be drawn, or before the screen has a size)."""
        kept = self._good_frame()
        if kept is not None:
            return kept
        if self._pending() or self._covered_changes or self._refreshing() or not self._compositor.size:
            return None
        if not self.is_attached:
            return None
        self._stale.clear()
        self._frame_memo = KeptFrame(self._frame_key(), self._render_lines(lambda y: True))
        return self._frame_memo

    # ── covered by another screen ────────────────────────────────────────────────────────────────────
    def _compositor_refresh(self) -> None:
        app = self.app
        if self is app.screen or app.is_inline or self not in app._background_screens:
            super()._compositor_refresh()
            if self is app.screen:
                self._covered_changes = False  # drawn: whatever changed while covered is on the terminal now
            return
        # Covered (Textual's own, without marking itself for a repaint that comes back at every idle moment):
        # only the regions of widgets that changed, and only to a translucent screen on top.
        compositor = self._compositor
        # a widget changed, or moved (a layout); not the screen's own refresh alone (Textual's, as it is
        # covered), which changes nothing it shows. (A screen's refresh makes its dirty widgets just the
        # screen, whose region is all of it: then every line is drawn again.)
        changed = self._covered_changes or any(widget is not self for widget in self._dirty_widgets)
        self._covered_changes = False
        regions = list(compositor._dirty_regions)
        compositor._dirty_regions.clear()
        self._dirty_widgets.clear()
        if changed and regions:
            if self._frame_memo is not None:
                self._stale.update(y for region in regions for y in region.line_range)
            self._set_dirty(*regions)
            top = app.screen
            if top.styles.background.a < 1:
                top.refresh(*regions)
        app._update_mouse_over(self)

    def _on_screen_suspend(self) -> None:
        # Its whole frame made a moment after the screen on top is drawn (not on the key that opened it, nor
        # before that frame is written out: made right after it, it held the interpreter's lock 7-9 ms while
        # the output thread waited to write), for the moment it comes back. Screen's own handler runs after
        # this one.
        self.set_timer(KEEP_AFTER, self._keep_frame)

    def _keep_frame(self) -> None:
        if not self.is_active:
            self.kept_frame()
