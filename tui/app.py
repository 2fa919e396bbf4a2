"""The actorlens Textual application: a small shell that pushes the main screen."""

from __future__ import annotations

import gc
import io
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.notifications import Notify

from store.corpus.library import Library
from store.notebook.notebook import Notebook
from store.paths import ner_enabled

from .contrast import readable_variables
from .keymap import binding_ids, load_keymap
from .note_text import MARKDOWN_STYLES
from .screens.main import MainScreen
from .toasts import replace
from .widgets.document_list import DocumentList
from .widgets.find_bar import FindBar
from .widgets.legend import Legend
from .widgets.notes_panel import NotesPanel
from .widgets.reader import Reader
from .yielding import note_input, since_input

HERE = Path(__file__).resolve().parent
if TYPE_CHECKING:  # pragma: no cover
    from textual.worker import Worker

    from .screens.help import Rendered

PREPARE_HELP = 0.3  # seconds after the first frame: the help screen is made ready in a thread
PREPARE_DIALOGS: float | None = 1.5  # seconds after the first frame: the most used dialogs made (None: not)


def _actorlens_commands() -> type[Provider]:
    """The palette's commands (ctrl+p), imported when the palette first opens."""
    from .palette_commands import ActorlensCommands

    return ActorlensCommands


class ActorlensApp(App[None]):
    TITLE = "actorlens"
    # Absolute: subclasses elsewhere (tests) find them too. The main screen's own file is read here with the
    # app's, in the one parse before the first frame: read as the screen was pushed, it made Textual parse
    # every rule read so far again (Stylesheet.reparse, ~5 ms). Same order, same rules. The dialogs' file
    # too: read as the first dialog opened, Textual parsed every rule again and restyled every widget of the
    # app (~9 ms of reparse, then the restyle), on the key that opened it.
    CSS_PATH = [HERE / "app.tcss", HERE / "screens" / "main.tcss", HERE / "dialogs" / "dialogs.tcss"]
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.palette"),
    ]
    COMMANDS = App.COMMANDS | {_actorlens_commands}
    # The themes offered (the palette, ctrl+p): Textual's own whose every drawn colour pair meets WCAG AA
    # once tui.contrast has adjusted them (tests/tui/test_contrast.py). Not offered: ansi-dark and
    # ansi-light (the terminal's own colours, unknown here) and the two solarized themes (their body text
    # measured 3.6:1 and 3.9:1).
    THEMES = (
        "textual-dark", "textual-light", "atom-one-dark", "atom-one-light", "catppuccin-frappe",
        "catppuccin-latte", "catppuccin-macchiato", "catppuccin-mocha", "dracula", "flexoki", "gruvbox",
        "monokai", "nord", "rose-pine", "rose-pine-dawn", "rose-pine-moon", "tokyo-night",
    )  # fmt: skip
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-normal"), (140, "-wide"), (180, "-very-wide")]

    def __init__(self, library: Library, *, ner: bool | None = None, notebook: Notebook | None = None) -> None:
        """ner: use statistical NER besides the dictionary (default: on, unless ACTORLENS_NER=off)."""
        super().__init__()
        if ner is None:
            ner = ner_enabled()
        for name in list(self.available_themes):
            if name not in self.THEMES:
                self.unregister_theme(name)
        self.library = library
        self.keymap: dict[str, str] = {}  # the user's keys by binding id (keys.toml)
        self.crash: Exception | None = None
        self.main_screen = MainScreen(library, ner=ner, notebook=notebook or Notebook())
        self._help_worker: Worker[None] | None = None  # the thread making the help screen's table
        self._help_asked: float | None = None  # when `?` asked for help while that thread was at work

    @staticmethod
    def keyed_classes() -> list[tuple[str, type]]:
        """The areas whose bindings users may remap, as shown in help."""
        # imported here: the dialogs and screens opened later are not needed to paint (tests/tui/test_first_paint.py)
        from .dialogs.actor_picker import ActorPicker
        from .dialogs.confirm import Confirm
        from .dialogs.export import ExportDialog
        from .dialogs.notes import NoteEditor, TagEditor
        from .dialogs.passage import PassageSelector
        from .dialogs.unsaved import UnsavedNote
        from .screens.actors_export import ExportActors
        from .screens.actors_keys import ActorTableKeys, CorpusActorsKeys, PassageListKeys
        from .screens.help import HelpScreen
        from .screens.notes_stream import NotesStreamList, NotesStreamScreen
        from .screens.search import HistoryInput, SearchScreen

        return [
            ("Application", ActorlensApp),
            ("Main screen", MainScreen),
            ("Documents", DocumentList),
            ("Reader", Reader),
            ("Notes panel", NotesPanel),
            ("Actor legend", Legend),
            ("Find in document", FindBar),
            ("Corpus search", SearchScreen),
            ("Corpus search field", HistoryInput),
            ("Actors view (w)", CorpusActorsKeys),
            ("Actors table", ActorTableKeys),
            ("Actors passages", PassageListKeys),
            ("Actors export", ExportActors),
            ("All notes (#)", NotesStreamScreen),
            ("All notes: list", NotesStreamList),
            ("Help", HelpScreen),
            ("Note editor", NoteEditor),
            ("Unsaved note", UnsavedNote),
            ("Tag editor", TagEditor),
            ("Passage selection", PassageSelector),
            ("Actor editing", ActorPicker),
            ("Export", ExportDialog),
            ("Confirm", Confirm),
        ]

    def on_mount(self) -> None:
        self._quit_on_sigterm()
        self.console.push_theme(MARKDOWN_STYLES)  # notes' links and code without theme-blind colours
        keymap, problem = load_keymap(lambda: binding_ids(cls for _, cls in self.keyed_classes()))
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=10)
        elif keymap:
            self.keymap = keymap
            self.set_keymap(keymap)
        theme = self.main_screen.state.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        # The breakpoint class Textual would add on the first resize, added now: the screen is styled
        # once as it mounts, not a second time when that class arrives (a whole restyle, ~8 ms).
        for width, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True):
            if self.size.width >= width:
                self.main_screen.add_class(name)
                break
        # Pushed from the app's queue, once Textual's start-up batch (this runs inside it) is over. Pushed
        # here, the screen was laid out and drawn during the batch, whose frames Textual drops, and then
        # laid out and drawn again for the terminal's size report: ~30 ms more before the first frame
        # reached the terminal (tests/tui/test_first_paint.py). Now its first layout is drawn once, and shown.
        self.call_later(self._show_main_screen)

    def _show_main_screen(self) -> None:
        self.push_screen(self.main_screen)
        self.call_after_refresh(self._started)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            note_input()  # the app's background threads step aside while the user types (tui/yielding.py)
        await super().on_event(event)

    def _handle_exception(self, error: Exception) -> None:
        self.crash = error  # tui.cli exits with status 2
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        """A crash is one line on stderr (Textual's full traceback with TEXTUAL=debug)."""
        if "debug" in self.features or self.crash is None:
            super()._print_error_renderables()
            return
        from store.sanitize import visible

        detail = " ".join(str(self.crash).split())[:300]
        line = f"actorlens: internal error: {type(self.crash).__name__}{': ' + visible(detail) if detail else ''}"
        sys.stderr.write(line + " (TEXTUAL=debug shows the traceback)\n")
        self._exit_renderables.clear()

    def _quit_on_sigterm(self) -> None:
        """SIGTERM (kill, systemd, a closing session) quits as q does: workers are stopped, state saved."""
        import asyncio
        import signal

        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self.exit)
        except (NotImplementedError, RuntimeError, ValueError):  # not on this platform / not the main thread
            pass

    def _started(self) -> None:
        """After the first frame: if start-up ran without the cyclic garbage collector (tui.cli turns it
        off), keep what start-up made out of its way for good (gc.freeze) and turn it back on."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        self.set_timer(PREPARE_HELP, self._prepare_help)
        if PREPARE_DIALOGS is not None:
            from .dialogs.prepared import prepare_dialogs

            self.set_timer(PREPARE_DIALOGS, lambda: prepare_dialogs(self))

    def _prepare_help(self) -> None:
        """The help screen's imports and table made in a thread while the app is idle: the first `?` then
        costs what every later one does (it cost 120 ms of imports and 200 ms of table layout)."""
        if not self.is_screen_installed("help"):
            self._help_worker = self.run_worker(
                self._help_in_thread, thread=True, exclusive=True, group="help", exit_on_error=False
            )

    def _help_in_thread(self) -> None:
        from rich.console import Console

        from .screens.help import HELP_WIDTH, Rendered, help_table

        areas = self.keyed_classes()
        table = Rendered(help_table(areas, self.keymap, self.get_key_display))
        body = min(self.size.width, HELP_WIDTH) - 4  # the help box's border and padding
        # its own console: the app's is drawing on the screen's thread meanwhile (the lines are Segments and
        # Styles, the same whichever console laid them out)
        console = Console(file=io.StringIO(), width=self.size.width, color_system=None, force_terminal=True)
        table.prepare(console, (body, body - 1, body - 2))  # beside a vertical scroll bar, or not
        self.call_from_thread(self._install_help, areas, table)

    def _install_help(self, areas: list[tuple[str, type]], table: Rendered) -> None:
        from .dialogs.prepared import mount_ahead
        from .screens.help import HelpScreen

        if not self.is_screen_installed("help"):
            screen = HelpScreen(areas, self.keymap, table)
            self.install_screen(screen, "help")
            mount_ahead(self, screen, screen.made_ahead)
        asked, self._help_asked = self._help_asked, None
        if asked is not None and time.monotonic() - since_input() <= asked:  # no key since that `?`
            self.action_help()

    def _on_notify(self, event: Notify) -> None:
        """One toast at a time: a new one replaces those on screen (tui.toasts)."""
        replace(self._notifications, event.notification)
        self._refresh_notifications()

    def _refresh_notifications(self) -> None:
        """Textual's (the toasts on the screen shown), and on the help screen made ahead: its toasts are there
        as it opens, not mounted, styled and laid out on `?` (a warning up when `?` came took 40 ms)."""
        super()._refresh_notifications()
        if self.is_screen_installed("help"):
            from .screens.help import HelpScreen

            screen = self.get_screen("help")
            if isinstance(screen, HelpScreen):
                screen.show_toasts(self._notifications)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's colours, with those the app draws text and borders in made readable (tui.contrast)."""
        variables = readable_variables(super().get_css_variables())
        self.theme_variables = variables
        return variables

    def watch_theme(self, theme: str) -> None:
        if hasattr(self, "main_screen"):
            self.main_screen.state.theme = theme

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        # made once and kept (installed): opening it again composes, styles and lays out nothing new
        if not self.is_screen_installed("help"):
            if self._help_worker is not None and not self._help_worker.is_finished:
                # its thread is at work (the first moment of a session): shown as it ends, unless another key
                # came meanwhile; made here again, it held the screen 150-300 ms
                self._help_asked = time.monotonic()
                return
            self.install_screen(HelpScreen(self.keyed_classes(), self.keymap), "help")
        self.push_screen("help")
