"""A screen kept between openings (help, a kept dialog) is not restyled when it comes back as it was left.

Textual restyles every widget of a screen each time it is pushed (`Screen._on_screen_resume`: a third of
the processor time of `?`, most of reopening a kept dialog). Its styles depend on its own widgets (whose
own class and focus changes restyle them as they happen, covered or not) and on what is outside them: the
theme and the app's CSS (Textual counts their changes), the rules that may apply to its widgets, the app's
and the screen's classes. When none of those changed since the screen was closed, its styles are still right.

The rules: those Textual itself would consider for its widgets (`Stylesheet.apply` picks a node's candidate
rules by the names its selectors end in: its type, classes and id), in their order. CSS read later for other
widgets (an input's, a toast's, a dialog's, each read as the first one mounts) does not restyle the screen:
counting every rule read did, on the first `?` after the filter or a dialog was first opened.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from textual import events
from textual.css.model import RuleSet
from textual.screen import Screen


def style_inputs(screen: Screen[Any]) -> Hashable:
    """What a screen's styles depend on besides its own widgets."""
    app = screen.app
    return (app._css_update_count, applicable_rules(screen), frozenset(app.classes), frozenset(screen.classes))


def applicable_rules(screen: Screen[Any]) -> tuple[RuleSet, ...]:
    """The rules of the app's stylesheet Textual would consider for the screen and its widgets, in order."""
    stylesheet = screen.app.stylesheet
    rules_map = stylesheet.rules_map
    names = set().union(*(node._selector_names for node in screen.walk_children(with_self=True)))
    candidates = {id(rule) for name in rules_map.keys() & names for rule in rules_map[name]}
    return tuple(rule for rule in stylesheet.rules if id(rule) in candidates)


class KeptStyles:
    """What a kept screen's styles were computed for; call ``resume`` from its `_on_screen_resume` (which
    runs before Screen's own) and ``suspend`` as it is closed (its breakpoint classes are set by then)."""

    def __init__(self) -> None:
        self._styled: Hashable = None

    def resume(self, screen: Screen[Any], event: events.ScreenResume) -> None:
        if self._styled is not None and style_inputs(screen) == self._styled:
            event.refresh_styles = False

    def suspend(self, screen: Screen[Any]) -> None:
        self._styled = style_inputs(screen)
