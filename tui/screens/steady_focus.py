"""A screen whose focus change does not draw the whole screen again.

Textual's `Screen.focused` is a reactive that repaints the screen when it changes: every focus change
(`/` giving the filter the keys, `escape` giving them back to the list, `tab`) drew every widget of the
screen again, a full frame (~15% of the CPU of `/` and of `escape` closing the filter). What a focus
change does change is drawn anyway: the widgets whose look depends on it are restyled (`:focus`,
`:focus-within`) and refresh themselves, and the footer shows the new keys.
"""

from __future__ import annotations

from typing import TypeVar

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

ResultType = TypeVar("ResultType")


class SteadyFocusScreen(Screen[ResultType]):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
