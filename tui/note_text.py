"""A note's text as the notes panel and the notes stream show it: its Markdown rendered, in full.

Rendered by Rich's Markdown (markdown-it-py underneath), never through Rich or Textual markup: "[b]"
in a note stays "[b]". Links show their address as text (no terminal hyperlinks), and the text passes
store.sanitize first, so a control character in a note never reaches the terminal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.console import Group, RenderableType
from rich.text import Text
from rich.theme import Theme

from store.sanitize import visible

EMPTY = "(empty note)"

# Rich's Markdown colours links blue and code cyan, whatever the theme's background: here they are told
# apart by underline and reverse video instead, which read on every theme (pushed on the app's console).
MARKDOWN_STYLES = Theme(
    {
        "markdown.link": "underline",
        "markdown.link_url": "underline",
        "markdown.code": "reverse",
        "markdown.code_block": "none",
        "markdown.block_quote": "italic",
        "markdown.hr": "none",
        "markdown.h1": "bold underline",
        "markdown.h2": "bold underline",
        "markdown.h3": "bold",
        "markdown.h4": "bold italic",
        "markdown.h5": "italic",
        "markdown.h6": "italic",
        "markdown.item.bullet": "bold",
        "markdown.item.number": "bold",
    }
)


# Anything Markdown would read as markup: emphasis, code, links, headings, quotes, lists, tables, HTML,
# escapes, entities, rules. A note without any is shown as plain text, the same as Markdown would show
# it (paragraphs apart, lines joined) at a fraction of the cost (tests/bench/bench_notes_view.py).
MARKUP = re.compile(r"[*_`\[\]#>|~<\\&]|^\s*(?:[-+=]|\d+[.)])(?:\s|$)|^ {4}", re.MULTILINE)


@lru_cache(maxsize=4096)
def note_markdown(text: str) -> RenderableType:
    """The whole note, as Markdown (wrapped to the width it is drawn at). Cached by text: a panel shows
    the same notes again on every change."""
    if not text.strip():
        return Text(EMPTY, style="italic")
    clean = visible(text.strip())
    if not MARKUP.search(clean):
        paragraphs = (" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", clean))
        return Text("\n\n".join(p for p in paragraphs if p))
    from rich.markdown import Markdown  # here: importing it (markdown-it, pygments) would delay the first paint

    return Markdown(clean, hyperlinks=False, code_theme="ansi_dark", inline_code_lexer=None)


def with_header(header: Text, text: str) -> Group:
    """A header (where, tags, the quote: plain Text) above the rendered note."""
    return Group(header, note_markdown(text))
