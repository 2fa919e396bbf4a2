"""The one way the app runs slow work: a Textual thread worker (``exit_on_error=False``) whose result,
or failure, comes back on the UI thread.

A failure always reaches the user as one line (a notification, or the caller's own place for it, such as
the note editor's error line) and the log, with its traceback when it was not an expected error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

from store.errors import ActorlensError

logger = logging.getLogger("actorlens")

Done = Callable[[Any, str | None], None]


def failure_line(error: BaseException | None) -> str:
    """One line that says what went wrong: the store's own message, an OS error's reason, or the type."""
    if isinstance(error, ActorlensError):
        text = str(error)
    elif isinstance(error, OSError):
        text = f"{error.strerror or error}" + (f": {error.filename}" if error.filename else "")
    elif error is None:
        text = "it stopped"
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


class Background:
    """Runs work in thread workers of node; done(result, problem) is called on the UI thread.

    Workers started elsewhere (``@work`` methods of the same node) report their failures through
    ``failed`` too: the node's ``on_worker_state_changed`` hands every state change to ``handle``."""

    def __init__(self, node: DOMNode, failed: Callable[[Worker[Any], str], None]) -> None:
        self._node = node
        self._failed = failed
        self._done: dict[Worker[Any], Done] = {}

    def run(
        self, name: str, work: Callable[[], Any], done: Done | None = None, *, exclusive: bool = False
    ) -> Worker[Any]:
        worker: Worker[Any] = self._node.run_worker(
            work, name=name, group=name, thread=True, exclusive=exclusive, exit_on_error=False
        )
        if done is not None:
            self._done[worker] = done
        return worker

    def handle(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.SUCCESS:
            done = self._done.pop(worker, None)
            if done is not None:
                done(worker.result, None)
        elif event.state == WorkerState.ERROR:
            error = worker.error
            line = failure_line(error)
            expected = isinstance(error, ActorlensError | OSError)
            logger.error("%s failed: %s", worker.name, line, exc_info=None if expected else error)
            self._node.log.error(f"{worker.name} failed: {line}")
            done = self._done.pop(worker, None)
            if done is not None:
                done(None, line)
            else:
                self._failed(worker, line)
        elif event.state == WorkerState.CANCELLED:
            self._done.pop(worker, None)
