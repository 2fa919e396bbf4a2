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

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from textual._context import active_app
from textual.css.styles import RulesMap
from textual.renderables.background_screen import BackgroundScreen
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from ..screens.kept_frame import KeptFrame


class Backdrop:
    """Keeps the lines of a backdrop renderable, for one key (what it shows) and size at a time."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._lines: list[list[Segment]] | None = None
        self.strips: tuple[Hashable, list[Strip]] | None = None  # the lines as strips, for one base style
        self.frame: KeptFrame | None = None  # the kept frame of the screen beneath they were made from

    def forget(self) -> None:
        self._lines = None
        self.strips = None

    def wrap(self, renderable: RenderableType, key: Hashable) -> Visual:
        if key != self._key:
            self._key = key
            self.forget()
        return _Kept(self, renderable)

    def lines(self, console: Console, options: ConsoleOptions, renderable: RenderableType) -> list[list[Segment]]:
        size = (options.max_width, options.height)
        if self._lines is None or self._size != size:
            self._size = size
            self.frame = _kept_frame(renderable, size)
            self._lines = _from_kept_frame(self.frame, renderable) if self.frame is not None else None
            if self._lines is None:
                self._lines = console.render_lines(renderable, options, pad=False)
        return self._lines

    _size: tuple[int, int | None] = (0, 0)


class _Kept(Visual):
    """The kept backdrop as Textual draws a screen's content: strips made once per backdrop and base style.
    (As a Rich renderable, Textual split its segments into lines again, with Rich, each time the dialog's
    screen was drawn: 3 times as a dialog opens, ~20% of opening one.)"""

    def __init__(self, backdrop: Backdrop, renderable: RenderableType) -> None:
        self.backdrop = backdrop
        self.renderable = renderable

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        app = active_app.get()
        console = app.console
        lines = self.backdrop.lines(
            console, app.console_options.update(highlight=False, width=width, height=height), self.renderable
        )
        base = style.rich_style
        key = (id(lines), base, width, height)
        frame = self.backdrop.frame
        strips = self.backdrop.strips
        if strips is None or strips[0] != key:
            strips = self.backdrop.strips = frame.made.get(key) if frame is not None else None  # type: ignore[assignment]
        if strips is None or strips[0] != key:
            # as Textual's RichVisual draws a screen's renderable (Widget.post_render: the base style under
            # every segment), without splitting it into lines again
            if base:
                add = base.__add__
                made = [Strip([Segment(text, add(kind)) for text, kind, _ in line], width) for line in lines[:height]]
            else:
                made = [Strip(line, width) for line in lines[:height]]
            strips = self.backdrop.strips = (key, made)
            if frame is not None:  # kept with the frame: the next dialog over the same screen takes them as they are
                frame.made[key] = strips
        return list(strips[1])

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return active_app.get().size.height


def _kept_frame(renderable: RenderableType, size: tuple[int, int | None]) -> KeptFrame | None:
    """The kept frame of the screen beneath (tui/screens/kept_frame.py), if it keeps one of this size."""
    if not isinstance(renderable, BackgroundScreen):
        return None
    kept_frame = getattr(renderable.screen, "kept_frame", None)
    kept = kept_frame() if kept_frame is not None else None
    if kept is None:
        return None
    width, height = size
    if len(kept.lines) != height or any(sum(strip.cell_length for strip in line) != width for line in kept.lines[:1]):
        return None
    return kept


def _from_kept_frame(kept: KeptFrame, renderable: RenderableType) -> list[list[Segment]] | None:
    """The tinted lines of the screen beneath from its kept frame, made once per frame and tint."""
    if not isinstance(renderable, BackgroundScreen):
        return None
    key = ("backdrop", renderable.color)
    lines = kept.made.get(key)
    if lines is None:
        tint = BackgroundScreen.process_segments
        lines = kept.made[key] = [
            list(tint([segment for strip in line for segment in strip], renderable.color)) for line in kept.lines
        ]
    return lines  # type: ignore[return-value]
