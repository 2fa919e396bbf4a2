"""A note's text as drawn (tui.note_text): Markdown, never markup; plain notes take a faster path that
draws the same as Markdown would."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.markdown import Markdown
from rich.text import Text

from tui.note_text import note_markdown


def drawn(renderable, width: int = 30) -> str:
    console = Console(width=width, color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return "\n".join(line.rstrip() for line in capture.get().splitlines())


@pytest.mark.parametrize(
    "text",
    [
        "One plain line",
        "Two lines\njoined as Markdown joins them, into one paragraph that wraps",
        "Paragraph one.\n\nParagraph two, after a blank line.\n \nAnd three.",
        "Numbers 1984 and dashes - inside a line, a = b",
    ],
)
def test_plain_notes_draw_as_markdown_would(text):
    fast = note_markdown(text)
    assert isinstance(fast, Text)  # the fast path
    assert drawn(fast) == drawn(Markdown(text))


@pytest.mark.parametrize("text", ["*em*", "- item", "1. first", "[a](http://x)", "# head", "> quote", "a `b`"])
def test_anything_markdown_would_change_goes_through_markdown(text):
    assert isinstance(note_markdown(text), Markdown)


def test_markup_and_control_characters_stay_text():
    assert "[bold]x[/]" in drawn(note_markdown("see [bold]x[/] here"))
    assert "\x1b" not in drawn(note_markdown("bell \x07 escape \x1b[31m red"))
    assert drawn(note_markdown("   ")) == "(empty note)"
