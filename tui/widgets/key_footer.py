"""The footer: `?` Help and `q` Quit first, so a narrow terminal drops other keys before them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from .steady_footer import SteadyFooter

FIRST = ("help", "quit")  # the app's actions always shown, in this order


def _rank(widget: Widget) -> int:
    if isinstance(widget, FooterKey):
        action = widget.action.removeprefix("app.")
        if action in FIRST:
            return FIRST.index(action)
    return len(FIRST)


class KeyFooter(SteadyFooter):
    """A compact footer whose first keys are help and quit (then the focused area's, the screen's),
    rebuilt only when the keys it shows change."""

    DEFAULT_CSS = """
    KeyFooter FooterKey.-command-palette {
        border-left: vkey $footer-foreground;  /* Textual's 20% rule is too faint to see (WCAG 3:1) */
    }
    KeyFooter.-compact FooterKey.-command-palette {
        /* Textual's compact footer gives every key a right margin, this docked one too: the keys scrolled
           beneath it showed through that last column (a stray letter at 80 columns). Drawn by the key. */
        margin-right: 0;
        padding-right: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, compact=True)

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        yield from sorted(widgets, key=_rank)  # stable: the others keep their order
