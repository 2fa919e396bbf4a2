"""The dialogs opened most often, the tag dialog and the note editor, made ahead while the app is idle; and
how a kept screen is mounted ahead without being shown (those dialogs, the help screen: tui/app.py).

A dialog is made once and kept (`Dialog.open`), but its first opening in a session still composed, mounted,
styled and laid it out on the key that opened it (35-50 ms of processor time, 5-6 frames). Made here a moment
after start-up, one at a time and only once no key or mouse event came for QUIET seconds (each costs the UI
thread 20-30 ms, which a key arriving meanwhile would wait for), their first opening only refills them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.screen import Screen

from ..yielding import since_input

QUIET = 0.5  # seconds without input before a screen is made (and between two)


def mount_ahead(app: App[Any], screen: Screen[Any], made: Callable[[], None]) -> None:
    """Mount an installed screen without showing it (as Textual's push does for a screen not running yet),
    then call ``made`` once its widgets are mounted (to lay it out, keep its frame, note its styles)."""
    app._register(app, screen)
    screen.call_after_refresh(made)


def start_updates(screen: Screen[Any]) -> None:
    """Start the screen's update timer (Textual's, which draws its frames), while it is not shown: made and
    started as the screen is first shown, its first tick, and so the screen's first frame, waited a whole
    period (1/60 s); started now, it ticks at once when the screen is shown (it does nothing meanwhile)."""
    screen._update_timer.resume()


def prepare_dialogs(app: App[Any]) -> None:
    """Make the dialogs opened most often ahead, one at a time, while the user does nothing."""
    from .notes import NoteEditor, TagEditor

    todo: list[Callable[[], None]] = [  # the editor first: its widgets' kinds include the tag dialog's (whose
        # styles would be computed again on its first opening if a kind's CSS came after them, tui/screens/kept_styles)
        lambda: NoteEditor.prepare(app, "", quote=None, save=lambda draft, finished: None),
        lambda: TagEditor.prepare(app, "", (), tuple),
    ]

    def step() -> None:
        if not todo or app._exit or not app.is_running:
            return
        if since_input() >= QUIET:
            todo.pop(0)()
        if todo:
            app.set_timer(QUIET, step)

    step()
