"""A note's text as the notes panel and the notes stream show it: its Markdown rendered, in full.

Rendered by Rich's Markdown (markdown-it-py underneath), never through Rich or Textual markup: "[b]"
in a note stays "[b]". Links show their address as text (no terminal hyperlinks), and the text passes
store.sanitize first, so a control character in a note never reaches the terminal.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.text import Text

from store.sanitize import visible

EMPTY = "(empty note)"


def note_markdown(text: str) -> RenderableType:
    """The whole note, as Markdown (wrapped to the width it is drawn at)."""
    if not text.strip():
        return Text(EMPTY, style="italic")
    return Markdown(visible(text.strip()), hyperlinks=False, code_theme="ansi_dark", inline_code_lexer=None)


def with_header(header: Text, text: str) -> Group:
    """A header (where, tags, the quote: plain Text) above the rendered note."""
    return Group(header, note_markdown(text))
