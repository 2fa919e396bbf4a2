"""The base of every dialog: a modal screen in a framed box, with a line of key hints made from its
own bindings (so keys a user remapped in keys.toml show as remapped), and its own footer: the keys
at the bottom of the screen are the dialog's, not those of the screen below."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from rich.console import RenderableType
from textual import events
from textual._context import NoActiveAppError
from textual.app import App
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.keys import key_to_character
from textual.renderables.background_screen import BackgroundScreen
from textual.screen import ModalScreen, Screen, ScreenResultCallbackType
from textual.widget import Widget
from textual.widgets import Input, Label

from ..keymap import keys_of
from ..screens.kept_styles import KeptStyles
from ..widgets.key_footer import KeyFooter
from .backdrop import Backdrop
from .prepared import mount_ahead, start_updates

ResultType = TypeVar("ResultType")


def key_name(key: str) -> str:
    """A key as a hint line names it: "ctrl+s", "escape", "?"."""
    character = key_to_character(key)
    return character if character is not None and character.isprintable() and not character.isspace() else key


class Dialog(ModalScreen[ResultType]):
    CSS_PATH = "dialogs.tcss"
    KEEP: ClassVar[bool] = False  # made once and kept between openings (``open``): ``setup`` and ``fill`` needed
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
        self._styles_kept = KeptStyles()
        try:
            app = self.app
        except NoActiveAppError:  # made outside an app (a test of its hints): Textual adds them as it mounts
            return
        self._set_breakpoints(app)

    def _set_breakpoints(self, app: App[Any]) -> None:
        """The breakpoint classes of the terminal's size now (-short/-tall, -narrow/-normal...)."""
        horizontal = app.HORIZONTAL_BREAKPOINTS if self.HORIZONTAL_BREAKPOINTS is None else self.HORIZONTAL_BREAKPOINTS
        vertical = app.VERTICAL_BREAKPOINTS if self.VERTICAL_BREAKPOINTS is None else self.VERTICAL_BREAKPOINTS
        found = _breakpoints(self, app.size, horizontal or [], vertical or [])
        if self.is_attached:
            self.update_classes(found, animate=False)
        else:
            self.add_class(*(name for name, on in found.items() if on))

    # ── kept between openings ────────────────────────────────────────────────────────────────────────
    @classmethod
    def open(
        cls,
        app: App[Any],
        *args: Any,
        callback: ScreenResultCallbackType[ResultType] | None = None,
        **kwargs: Any,
    ) -> Dialog[ResultType]:
        """Open this dialog (its arguments as the class takes them). A dialog that is KEEP is made once and kept
        (installed): opening it again gives the kept one its new arguments (``reopen``) instead of composing,
        mounting, styling and laying out a new screen (~30-40 ms of processor time, and 6 frames)."""
        name = cls._kept_name()
        dialog: Dialog[ResultType] | None = None
        if cls.KEEP and app.is_screen_installed(name):
            kept = cast(Dialog[ResultType], app.get_screen(name))
            # mounted: its widgets are there to refill (one made ahead a moment ago may not be yet)
            if kept.is_mounted and not any(kept in stack for stack in app._screen_stacks.values()):
                kept.reopen(*args, **kwargs)
                dialog = kept
        if dialog is None:
            dialog = cls(*args, **kwargs)
            if cls.KEEP and not app.is_screen_installed(name):
                app.install_screen(dialog, name)
        app.push_screen(dialog, callback)
        return dialog

    @classmethod
    def _kept_name(cls) -> str:
        return f"dialog:{cls.__module__}.{cls.__qualname__}"

    @classmethod
    def prepare(cls, app: App[Any], *args: Any, **kwargs: Any) -> None:
        """Make a KEEP dialog ahead, while the app is idle (with any arguments: ``open`` refills it), and keep
        it: composed, mounted and styled now, so that even its first opening only refills it."""
        name = cls._kept_name()
        if not cls.KEEP or app.is_screen_installed(name):
            return
        dialog = cls(*args, **kwargs)
        app.install_screen(dialog, name)
        mount_ahead(app, dialog, dialog._made_ahead)

    def _made_ahead(self) -> None:
        """Mounted ahead: laid out at the terminal's size now, so that its first opening is drawn on the next
        frame like any reopening (a screen never laid out is laid out and drawn at once as it is pushed, before
        the screen beneath has taken its refresh: its backdrop then composited and tinted anew, ~40 ms); its
        styles, computed as it mounted, noted (its first opening need not compute them again)."""
        if not self.is_current and self.is_attached:
            self._refresh_layout(self.app.size)
            self._styles_kept.suspend(self)
            start_updates(self)

    def reopen(self, *args: Any, **kwargs: Any) -> None:
        """The kept dialog opened again with these arguments: its state as ``__init__`` sets it (``setup``), its
        widgets as they are made (``fill``), the breakpoint classes of the terminal's size now."""
        self.setup(*args, **kwargs)
        self._set_breakpoints(self.app)
        self._backdrop.forget()  # the screen beneath may have changed since
        self.fill()

    def setup(self, *args: Any, **kwargs: Any) -> None:
        """A KEEP dialog's state from its arguments (called by ``__init__`` and ``reopen``)."""

    def fill(self) -> None:
        """A KEEP dialog's widgets from its state (called once they are mounted, and by ``reopen``)."""

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        self._styles_kept.resume(self, event)  # not restyled when reopened as it was left (Screen's handler next)

    def _on_screen_suspend(self) -> None:
        self._styles_kept.suspend(self)

    def _on_timer_update(self) -> None:
        """Textual's, except that a layout and a repaint of the whole dialog that are due together are drawn in
        one frame: Textual drew the layout's changed regions (a frame of the dialog's new widgets over the
        screen beneath, not yet tinted), then the whole screen again (two frames as a kept dialog reopens)."""
        if self._layout_required and self._repaint_required and self.is_current and not self.app._batch_count:
            self._repaint_required = False
            self._dirty_widgets.add(self)  # its repaint regions (all of it) go with the layout's
        super()._on_timer_update()

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
        # steady: not rebuilt (a mount of every key) each time a kept dialog comes back with the same keys
        widgets.append(KeyFooter(show_command_palette=False, help_first=False, compact=False))

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


def refill(field: Input, value: str) -> None:
    """A kept dialog's field given a new value as a new ``Input(value)`` has it: the cursor after the text,
    the view at its start (a value set later scrolls the view to the cursor), no Changed message."""
    with field.prevent(Input.Changed):
        field._initial_value = True  # (Textual's: the first value puts the cursor at its end, scrolling nothing)
        field.value = value
    field.scroll_to(0, 0, animate=False, immediate=True)


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
