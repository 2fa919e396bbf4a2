"""A line-drawing widget's own style, worked out once per frame.

Textual's ``rich_style`` walks the widget's ancestors on every access: a quarter of the cost of drawing a
line when each ``render_line`` asks for it. A widget with ``FrameStyle`` among its bases reads
``frame_style`` in ``render_line`` instead: the style of the frame being drawn (or, outside a frame, the
current one).
"""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class FrameStyle(Widget):
    _frame_style: Style | None = None

    @property
    def frame_style(self) -> Style:
        return self._frame_style or self.rich_style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None
