"""A Footer that is rebuilt only when the keys it shows change, and then in place.

Textual's Footer recomposes (unmounts and mounts a widget per key, each styled anew) whenever its
screen's bindings may have changed: on every focus change and every time the screen comes back from a
dialog or the help screen. That was most of the cost of `escape` closing help (~45 ms of CPU), though
the keys shown were the same as before. When the keys do change (the filter gets the focus, then the
list again), the key widgets already there are given the new keys' text; only a difference in their
number mounts or removes widgets (escape closing the filter: ~25 ms less).
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.compose import compose
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PALETTE = "-command-palette"


class SteadyFooter(Footer):
    # Its keys' total width (the content's) never changes the footer's own size (one row, the screen's
    # width), and its scroll bar is 0 wide: neither asks for a layout of the screen. Textual's did, each time
    # the keys changed (a second layout and frame after the one that laid the new keys out), and its
    # horizontal bar (0 wide) appeared and disappeared as the keys overflowed or not, another layout: the bar
    # is always there (`overflow-x: scroll`), so the keys still scroll with the wheel when they overflow.
    DEFAULT_CSS = """
    SteadyFooter {
        overflow-x: scroll;
    }
    """
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    _shown: Hashable = None

    def _keys_shown(self) -> Hashable:
        """What compose would show: each key's binding, state and tooltip, in order."""
        active = self.screen.active_bindings
        shown = tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
            for (_, binding, enabled, tooltip) in active.values()
            if binding.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING) if self.show_command_palette else None
        return shown, None if palette is None else palette[2], self.app.ansi_color, self.compact

    def bindings_changed(self, screen: Screen) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:  # Footer recomposes then
            shown = self._keys_shown()
            if self._bindings_ready and shown == self._shown:
                return
            composed = self._bindings_ready and self._shown is not None and bool(self.children)
            self._shown = shown
            if composed:
                # At once, not after the next frame: a focus change publishes the new bindings as it happens
                # (Screen.focused's watcher; the footer's next message), so the new keys are laid out and drawn
                # in the frame that shows the focus change, not in a second layout and frame after it.
                self._update_in_place()
                return
        super().bindings_changed(screen)

    def _update_in_place(self) -> None:
        if not self.is_attached or self._pruning:
            return
        fresh = compose(self)
        old = list(self.children)
        if not all(type(w) is FooterKey for w in (*fresh, *old)):  # groups of keys: as Textual does it
            self.call_after_refresh(self.recompose)
            return
        # No batch (App.batch_update) here: nothing below awaits, so no frame can be drawn half-way, and a
        # batch held across an await (the mount it had awaited) made Textual drop every frame drawn meanwhile.
        # the command palette's key (docked right) stays in its own widget: a class change restyles
        pairs = [
            ([w for w in ws if isinstance(w, FooterKey) and w.has_class(PALETTE) == palette])
            for palette in (False, True)
            for ws in (old, fresh)
        ]
        extra: list[FooterKey] = []
        for olds, news in ((pairs[0], pairs[1]), (pairs[2], pairs[3])):
            for widget, new in zip(olds, news, strict=False):
                _take_key(widget, new)
                widget.display = True
            for widget in olds[len(news) :]:
                widget.display = False  # kept for the next time these keys come back (no mount, no styling)
            extra.extend(news[len(olds) :])
        if extra:  # more keys than ever shown: mounted (Textual's own mount; the frame after shows them)
            self.mount_all(extra, before=next((w for w in old if w.has_class(PALETTE)), None))
        # Hand the keys' layout and repaint requests to the screen now, as each widget's idle handler would
        # later: so the frame that shows the focus change lays the new keys out too (else a second layout
        # and frame followed it, ~1 frame later).
        for node in (*old, self):
            node._check_refresh()


def _take_key(widget: FooterKey, new: FooterKey) -> None:
    """Show ``new``'s key in ``widget``, restyling it only when its classes differ."""
    text = (new.key, new.key_display, new.description, new.action, new._disabled)
    if text != (widget.key, widget.key_display, widget.description, widget.action, widget._disabled):
        widget.key, widget.key_display, widget.description, widget.action = text[:4]
        widget._disabled = new._disabled
        widget.refresh(layout=True)
    classes = set(new.classes) | ({"-compact"} if widget.compact else set())
    if classes != set(widget.classes):
        widget.set_classes(classes)
    if widget.tooltip != new.tooltip:
        widget.tooltip = new.tooltip
