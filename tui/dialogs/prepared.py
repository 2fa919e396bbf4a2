"""The dialogs opened most often, the tag dialog and the note editor, made ahead while the app is idle.

A dialog is made once and kept (`Dialog.open`), but its first opening in a session still composed, mounted,
styled and laid it out on the key that opened it (35-50 ms of processor time, 5-6 frames). Made here a moment
after start-up, one at a time and only once no key or mouse event came for QUIET seconds (each costs the UI
thread 20-30 ms, which a key arriving meanwhile would wait for), their first opening only refills them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from ..yielding import since_input

QUIET = 0.5  # seconds without input before a dialog is made (and between two)


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
