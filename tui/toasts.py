"""One notification at a time: a new toast replaces the ones on screen instead of piling up over the text.

An error stays up for at least ERROR_HOLD seconds even when something else is said after it, so that a
burst of routine messages ("Colours: kind") cannot hide a failure before it could be read.
"""

from __future__ import annotations

from time import time

from textual.notifications import Notification, Notifications

ERROR_HOLD = 4.0  # seconds an error stays up before a newer toast may replace it


def kept_beside(new: Notification, shown: Notifications, *, now: float | None = None) -> list[Notification]:
    """The toasts on screen that stay beside ``new``: only errors younger than ERROR_HOLD (never a
    notification of the same text and severity, which ``new`` repeats)."""
    now = time() if now is None else now
    return [
        old
        for old in shown
        if old.severity == "error"
        and now - old.raised_at < ERROR_HOLD
        and not (old.message == new.message and old.severity == new.severity)
    ]


def replace(shown: Notifications, new: Notification) -> None:
    """Put ``new`` on screen in place of the toasts there (errors still within their hold stay)."""
    keep = {n.identity for n in kept_beside(new, shown)}
    for old in list(shown):
        if old.identity not in keep:
            del shown[old]
    shown.add(new)
