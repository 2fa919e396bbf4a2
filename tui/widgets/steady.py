"""Content that changes length without laying the whole screen out again.

Textual's ``virtual_size`` (how long a scrolling widget's content is) is a reactive that asks for a layout
of the whole screen whenever it changes: every widget arranged again, resize events, and the scroll bars of
every pane drawn anew. Opening another document changes the virtual size of the reader, the legend and the
notes panel, and filtering changes the document list's: tens of ms per key, though none of these panes
changes size (their size comes from the screen's grid, not from their content).

A widget with ``SteadySize`` first in its bases keeps its own size: a new virtual size updates its scroll
bars (their thumb, and whether they show) and its scroll limits, and repaints it, without a layout. A scroll
bar that appears or disappears still lays the screen out (the content area changes width), as do the
widget's style changes (focus, display).
"""

from __future__ import annotations

from typing import Self

from textual.geometry import Region, Size

from .steady_bars import SteadyBars


class SteadySize(SteadyBars):
    _content_resized = False  # the virtual size changed, and its refresh is not handled yet

    def _watch_virtual_size(self, old: Size, new: Size) -> None:
        # Textual's reactive runs this watcher, then asks refresh(layout=True): mark that request as ours
        self._content_resized = True

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if self._content_resized:
            self._content_resized = False
            if layout and self.is_mounted and self.container_size and self.styles.auto_dimensions is False:
                # what a layout would do for this widget: the scroll bars (a change of their visibility asks
                # for a layout itself), the scroll limits; then repaint
                self._content_scroll_update(self.virtual_size)
                layout = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
