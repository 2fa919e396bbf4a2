"""Command palette (ctrl+p) commands that follow the screen's state.

Document titles are user data: they are matched and displayed as plain Content, never markup
(Textual's ``Matcher.highlight`` and hit ``help`` parse markup, so neither sees a title).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape


def plain_highlight(matcher, candidate: str) -> Content:
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if offset < len(candidate) and not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ActorlensCommands(Provider):
    """Open a document by title, filter, find, search, and app-level commands from the main screen."""

    def _main(self):
        from .screens.main import MainScreen

        app = self.app
        main = getattr(app, "main_screen", None)
        return main if isinstance(main, MainScreen) else None

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        main = self._main()
        if main is None:
            return
        from .widgets.document_list import DocumentList

        documents = main.query_one(DocumentList)
        for summary in documents.summaries:
            yield (f"Open: {summary.title}", partial(main.open_from_palette, summary.index), "open this document")
        yield from main.palette_commands()

    async def discover(self) -> Hits:
        main = self._main()
        if main is None:
            return
        for name, callback, help_text in main.palette_commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, plain_highlight(matcher, name), callback, text=name, help=escape(help_text))
