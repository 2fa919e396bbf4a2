"""Scroll bars drawn again only when what they show changed.

Every layout of the screen (the filter box shown or hidden, a dialog's footer keys, a pane shown) calls
each scrolling pane's `_size_updated`, and Textual's `ScrollView` finds a change every time (it compares the
pane's own container size with the one its parent gives it), so `_scroll_update` ran for the reader and the
legend on every layout and drew their scroll bars again (`ScrollBar.refresh()` unconditionally): 2-8 ms of
the ~15 ms frame of `escape` closing the filter, for bars that had not moved. Their thumb follows the
scroll position by itself (its own reactives); here the update is skipped when the content's length, the
viewport and the bars' settings are those of the last update.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.geometry import Size
from textual.widget import Widget


class SteadyBars(Widget):
    _scrolled_for: Hashable = None  # what the last scroll-bar update was made for

    def _scroll_update(self, virtual_size: Size) -> None:
        styles = self.styles
        key = (
            virtual_size,
            self.size,
            self.container_size,
            styles.overflow_x,
            styles.overflow_y,
            styles.scrollbar_size_vertical,
            styles.scrollbar_size_horizontal,
            self.show_vertical_scrollbar,
            self.show_horizontal_scrollbar,
        )
        if key == self._scrolled_for:
            return
        self._scrolled_for = key
        super()._scroll_update(virtual_size)

    def _content_scroll_update(self, virtual_size: Size) -> None:
        """The bars' update for new content outside a layout (SteadySize): the next layout updates them
        again, as Textual would (a bar's repaint asked for outside a layout can be lost, a layout's is not)."""
        Widget._scroll_update(self, virtual_size)
        self._scrolled_for = None
