"""A dialog's translucent backdrop (the screen beneath it, tinted), drawn once per size and kept.

Textual draws a modal screen's backdrop by compositing the whole screen beneath it and tinting every
segment, each time the dialog's own screen is drawn; a new dialog is drawn three or four times as it
opens (its first layout, its first resize, its widgets' mounting), so opening a dialog drew the main
screen three or four times (~30% of the CPU of opening one). The screen beneath does not change while
the dialog is open except where Textual says so (it refreshes those regions of the dialog's screen, and
`Backdrop.forget` is called then), or with the size or the theme, which are part of the key.

The screen beneath keeps its whole frame while nothing on it changes (tui/screens/kept_frame.py), and the
backdrop is made from that frame and kept with it: a second dialog over an unchanged screen draws none of
it again (before, each new dialog composited the whole main screen and tinted it: ~40% of opening one).
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from textual.renderables.background_screen import BackgroundScreen


class Backdrop:
    """Keeps the lines of a backdrop renderable, for one key (what it shows) and size at a time."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._lines: list[list[Segment]] | None = None

    def forget(self) -> None:
        self._lines = None

    def wrap(self, renderable: RenderableType, key: Hashable) -> RenderableType:
        if key != self._key:
            self._key = key
            self._lines = None
        return _Kept(self, renderable)

    def lines(self, console: Console, options: ConsoleOptions, renderable: RenderableType) -> list[list[Segment]]:
        size = (options.max_width, options.height)
        if self._lines is None or self._size != size:
            self._size = size
            self._lines = _from_kept_frame(renderable, size) or console.render_lines(renderable, options, pad=False)
        return self._lines

    _size: tuple[int, int | None] = (0, 0)


class _Kept:
    def __init__(self, backdrop: Backdrop, renderable: RenderableType) -> None:
        self.backdrop = backdrop
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        new_line = Segment.line()
        for line in self.backdrop.lines(console, options, self.renderable):
            yield from line
            yield new_line


def _from_kept_frame(renderable: RenderableType, size: tuple[int, int | None]) -> list[list[Segment]] | None:
    """The tinted lines of the screen beneath from its kept frame (made once per frame and tint), or None
    when it keeps none that fits (then it is composited as Textual does)."""
    if not isinstance(renderable, BackgroundScreen):
        return None
    kept_frame = getattr(renderable.screen, "kept_frame", None)
    kept = kept_frame() if kept_frame is not None else None
    if kept is None:
        return None
    width, height = size
    if len(kept.lines) != height or any(sum(strip.cell_length for strip in line) != width for line in kept.lines[:1]):
        return None
    key = ("backdrop", renderable.color, width)
    lines = kept.made.get(key)
    if lines is None:
        tint = BackgroundScreen.process_segments
        lines = kept.made[key] = [
            list(tint([segment for strip in line for segment in strip], renderable.color)) for line in kept.lines
        ]
    return lines  # type: ignore[return-value]
