"""The base of every dialog: a modal screen in a framed box, with a line of key hints made from its
own bindings (so keys a user remapped in keys.toml show as remapped), and its own footer: the keys
at the bottom of the screen are the dialog's, not those of the screen below."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from rich.console import RenderableType
from textual import events
from textual._context import NoActiveAppError
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.keys import key_to_character
from textual.renderables.background_screen import BackgroundScreen
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Footer, Label

from ..keymap import keys_of
from .backdrop import Backdrop

ResultType = TypeVar("ResultType")


def key_name(key: str) -> str:
    """A key as a hint line names it: "ctrl+s", "escape", "?"."""
    character = key_to_character(key)
    return character if character is not None and character.isprintable() and not character.isspace() else key


class Dialog(ModalScreen[ResultType]):
    CSS_PATH = "dialogs.tcss"
    # Hints for keys that are not this dialog's bindings (a text area's selection, a field's completion),
    # shown after the bindings' own: (keys, what they do).
    EXTRA_HINTS: ClassVar[tuple[tuple[str, str], ...]] = ()
    # Short terminals (24 rows) get tighter dialogs (dialogs.tcss: `Dialog.-short`).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        self._backdrop = Backdrop()
        # The breakpoint classes Textual adds on the dialog's first resize (-short/-tall, -narrow/-normal...),
        # added now: the dialog is styled and laid out once as it opens, not restyled and laid out again
        # (with its translucent backdrop drawn again beneath) when they arrive.
        try:
            app = self.app
        except NoActiveAppError:  # made outside an app (a test of its hints): Textual adds them as it mounts
            return
        width, height = app.size
        horizontal = app.HORIZONTAL_BREAKPOINTS if self.HORIZONTAL_BREAKPOINTS is None else self.HORIZONTAL_BREAKPOINTS
        vertical = app.VERTICAL_BREAKPOINTS if self.VERTICAL_BREAKPOINTS is None else self.VERTICAL_BREAKPOINTS
        self.add_class(
            *self._get_breakpoint_classes(width, horizontal or []),
            *self._get_breakpoint_classes(height, vertical or []),
        )

    def render(self) -> RenderableType:
        """The screen beneath, tinted (Textual's), drawn once and kept until it changes (tui/dialogs/backdrop.py)."""
        renderable = super().render()
        if isinstance(renderable, BackgroundScreen):
            key = (id(renderable.screen), renderable.color, getattr(self.app, "_css_update_count", None))
            # a Visual (ready strips): Textual takes one from any widget's render (Widget.render's RenderResult),
            # though Screen.render is annotated with Rich renderables only
            return self._backdrop.wrap(renderable, key)  # type: ignore[return-value]
        return renderable

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        if regions and hasattr(self, "_backdrop"):  # the screen beneath changed there (Textual's own refresh)
            self._backdrop.forget()
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    async def _on_resize(self, event: events.Resize) -> None:
        """Textual's own (Screen._on_resize), except that the screens beneath are laid out again only when the
        size changed: on every dialog's first resize Textual laid the main screen out again at its own size,
        which drew its scroll bars and the whole of it (and so the dialog's backdrop) once more."""
        event.prevent_default()  # instead of Screen._on_resize
        event.stop()
        self._screen_resized(event.size)
        for screen in self.app._background_screens:
            if screen._compositor.size != event.size:
                screen._screen_resized(event.size)
        app = self.app
        horizontal = app.HORIZONTAL_BREAKPOINTS if self.HORIZONTAL_BREAKPOINTS is None else self.HORIZONTAL_BREAKPOINTS
        vertical = app.VERTICAL_BREAKPOINTS if self.VERTICAL_BREAKPOINTS is None else self.VERTICAL_BREAKPOINTS
        self.update_classes(_breakpoints(self, event.size, horizontal or [], vertical or []), animate=False)

    def _extend_compose(self, widgets: list[Widget]) -> None:
        """Every dialog shows its own keys in a footer (a modal's bindings, not the screen's below): mounted
        with the dialog's own widgets (mounted after them, on Mount, it cost a second mount, styling and
        layout of the dialog, and a frame)."""
        super()._extend_compose(widgets)
        widgets.append(Footer(show_command_palette=False))

    def key_hints(self) -> str:
        """The dialog's keys and what they do, as the user's keymap has them: "ctrl+s save    escape cancel"."""
        keymap: Mapping[str, str] = getattr(self.app, "keymap", {})
        hints: list[str] = []
        for binding in self._own_bindings():
            if binding.description:
                key = keys_of(binding, keymap)[0]
                hints.append(f"{key_name(key)} {binding.description.lower()}")
        hints.extend(f"{keys} {what}" for keys, what in self.extra_hints())
        return "   ".join(hints)

    def extra_hints(self) -> tuple[tuple[str, str], ...]:
        return self.EXTRA_HINTS

    def _own_bindings(self) -> list[Binding]:
        bindings: list[BindingType] = list(type(self).BINDINGS)
        return [b for b in bindings if isinstance(b, Binding)]

    def hints_label(self) -> Label:
        return Label(self.key_hints(), classes="keys", markup=False)


def _breakpoints(
    screen: Screen[Any], size: Size, horizontal: list[tuple[int, str]], vertical: list[tuple[int, str]]
) -> dict[str, bool]:
    """Each breakpoint class of the screen and whether it applies at this size (as Screen._on_resize has it)."""
    found = {name: False for _, name in (*horizontal, *vertical)}
    for name in (
        *screen._get_breakpoint_classes(size.width, horizontal),
        *screen._get_breakpoint_classes(size.height, vertical),
    ):
        found[name] = True
    return found
