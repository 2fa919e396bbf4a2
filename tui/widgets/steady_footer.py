"""A Footer that is rebuilt only when the keys it shows change.

Textual's Footer recomposes (unmounts and mounts a widget per key, each styled anew) whenever its
screen's bindings may have changed: on every focus change and every time the screen comes back from a
dialog or the help screen. That was most of the cost of `escape` closing help (~45 ms of CPU), though
the keys shown were the same as before.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
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
            self._shown = shown
        super().bindings_changed(screen)
