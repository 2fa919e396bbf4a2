"""The reading pane: a document's cleaned text, rendered line by line on demand.

A ScrollView that wraps blocks lazily (only as far as the screen needs), so a 20 MB document
opens as fast as a short article. A reading cursor marks one block (paragraph); notes and
selection act on it. The reader owns how its text is highlighted: actor mentions (its Highlighter),
the passages that have notes, and the matches of find in the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len, chop_cells
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store import collector
from store.corpus.search import Match, find_in_document, find_words_in_document
from store.model import Block, Document
from store.sanitize import visible
from store.state import Position

from ..highlights import Highlighter
from ..messages import FindCount
from ..render import block_text, byline
from .frame_style import FrameStyle
from .steady import SteadySize

TITLE = -1  # the index the styler is called with for the title's line

GUTTER = 3  # cursor marker, note marker, a space
COMMENT_INDENT = 2
LAYOUT_BATCH = 400  # units wrapped per step when laying out lazily
STRIP_CACHE = 2000  # rendered lines kept
MAX_MEASURE = 100  # longest line of text, in cells: long lines are hard to read
# A larger document is laid out in a thread: about what takes 0.1 s on the UI thread, as plain text or
# highlighted (once its mentions are known: the plain layout stays on screen meanwhile), in characters
ASYNC_CHARS = 2_500_000
ASYNC_STYLED_CHARS = 1_000_000
NOTE_MARK = Style(underline=True, italic=True)
MATCH = "reverse"
CURRENT_MATCH = "reverse bold"
WORD = re.compile(r"\s*\S+\s*")
UNIT_CHARS = 8_000  # a longer block is laid out in pieces of about this size (cut at a sentence or a space)


def _one_cell_characters() -> frozenset[str]:
    """Characters one cell wide: Rich's fast set, plus the typographic punctuation of news text
    (quotes, dashes, ellipsis) and currency signs, each checked with Rich's own measure."""
    import rich.cells

    extra = (*range(0x2010, 0x2028), *range(0x2030, 0x205F), *range(0x20A0, 0x20C1))
    known: frozenset[str] = getattr(rich.cells, "_SINGLE_CELLS", frozenset())
    return known | frozenset(c for c in map(chr, extra) if rich.cells.get_character_cell_size(c) == 1)


_ONE_CELL = _one_cell_characters()


def wrap_offsets(plain: str, width: int) -> list[tuple[int, int]]:
    """Line (start, end) offsets of plain wrapped at width: greedy, on spaces, folding long words.

    A fast path (str.rfind per line) for text whose every character is one cell wide; a word-by-word
    walk measuring cells for the rest (wide or zero-width characters).
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    offset = 0
    for paragraph in plain.split("\n"):
        if _ONE_CELL.issuperset(paragraph) or cell_len(paragraph) == len(paragraph):
            pos, n = 0, len(paragraph)
            while n - pos > width:
                cut = paragraph.rfind(" ", pos, pos + width + 1)
                if cut <= pos:
                    lines.append((offset + pos, offset + pos + width))
                    pos += width
                else:
                    lines.append((offset + pos, offset + cut))
                    pos = cut + 1
            lines.append((offset + pos, offset + n))
        else:
            starts = [0, *cell_breaks(paragraph, width), len(paragraph)]
            lines.extend((offset + a, offset + b) for a, b in zip(starts, starts[1:], strict=False) if b > a or a == 0)
        offset += len(paragraph) + 1
    return lines


def cell_breaks(text: str, width: int) -> list[int]:
    """Offsets where text wrapped at width (in cells) starts a new line: greedy by words (a word keeps
    the spaces after it), a word wider than a line folded across lines."""
    breaks: list[int] = []
    used = 0
    for match in WORD.finditer(text):
        start, word = match.start(), match.group()
        size = cell_len(word.rstrip())
        if used + size <= width:
            used += cell_len(word)
        elif size > width:
            pieces = chop_cells(word, width)
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = cell_len(pieces[-1])
        else:
            if used and start:
                breaks.append(start)
            used = cell_len(word)
    return breaks


def line_segments(line: Text, console: Console) -> list[Segment]:
    """The segments of one line of text, as ``Text.render`` makes them. A fast path for the usual
    line, whose spans (actor mentions) are Style objects and do not overlap; any other line (overlaps
    such as an emphasised actor or a find match, style names, a text style) goes through Rich."""
    spans = line.spans
    if not spans and not line.style:
        return [Segment(line.plain)]
    if line.style:
        return list(line.render(console))
    plain = line.plain
    size = len(plain)
    null = Style.null()
    out: list[Segment] = []
    pos = 0
    for span in sorted(spans, key=_span_start) if len(spans) > 1 else spans:
        style = span.style
        if type(style) is not Style or span.start < pos:
            return list(line.render(console))
        end = min(span.end, size)
        if span.start > pos:
            out.append(Segment(plain[pos : span.start], null))
            pos = span.start
        if end > span.start:
            out.append(Segment(plain[span.start : end], style))
            pos = end
    if pos < size:
        out.append(Segment(plain[pos:], null))
    return out


def _span_start(span: Span) -> int:
    return span.start


@dataclass(slots=True)
class _Unit:
    """A piece of the page: the title, the byline, a block, or the comments heading."""

    kind: str  # title | meta | block | comments | notice
    text: Text
    block: int | None = None
    first: bool = True  # a long block is several units: its first piece, its last piece
    last: bool = True
    offset: int = 0  # where in its block a piece starts


def piece_cuts(plain: str, size: int = UNIT_CHARS) -> list[int]:
    """Where to cut a long text into pieces of at most ``size`` characters: after a sentence end when
    there is one in the second half of the window, else after a space, else anywhere. Linear."""
    cuts: list[int] = []
    pos, n = 0, len(plain)
    while n - pos > size:
        window_end = pos + size
        cut = -1
        for mark in (". ", "? ", "! ", "\n"):
            found = plain.rfind(mark, pos + size // 2, window_end)
            if found > cut:
                cut = found + len(mark)
        if cut <= pos:
            space = plain.rfind(" ", pos + 1, window_end)
            cut = space + 1 if space > pos else window_end
        cuts.append(cut)
        pos = cut
    return cuts


def _long_block_units(
    index: int, block: Block, cuts: list[int], styler: Callable[[int, Text], Text] | None
) -> list[_Unit]:
    """The units of a block cut at ``cuts``. The styler's spans are taken from a blank stand-in of the
    block's length (it only adds spans by offset), then each piece gets its own text and the spans
    over it: no Text of the whole block is ever made (making one walks all its characters in one call
    that holds the interpreter lock, a pause of the screen for tens of megabytes)."""
    styled = block_text(Block(block.kind, " " * len(block.text)))
    if styler is not None:
        styled = styler(index, styled)
    bounds = [0, *cuts, len(block.text)]
    spans_of: list[list[Span]] = [[] for _ in range(len(bounds) - 1)]
    for span in styled.spans:
        first = max(0, bisect_right(bounds, span.start) - 1)
        for n in range(first, len(spans_of)):
            a, b = bounds[n], bounds[n + 1]
            if a >= span.end:
                break
            if span.start < b:
                spans_of[n].append(Span(max(span.start, a) - a, min(span.end, b) - a, span.style))
    last = len(spans_of) - 1
    units = [
        _Unit("block", Text(block.text[a:b], style=styled.style, spans=spans_of[n]), index, n == 0, n == last, a)
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]
    collector.release(styled.spans)  # a span a mention: freed a slice at a time, the screen never waits
    return units


class Reader(ScrollView, SteadySize, FrameStyle, can_focus=True):
    """Shows one document. Keys scroll the text and move the reading cursor by paragraph."""

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--heading",
        "reader--comment",
        "reader--comment-text",
        "reader--comments-heading",
        "reader--cursor",
        "reader--notice",
        "reader--note-mark",
    }

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next ¶", id="reader.next_paragraph"),
        Binding("k,up", "cursor_up", "Prev ¶", id="reader.previous_paragraph"),
        Binding("space,pagedown", "page_down", "Page ↓", show=False, id="reader.page_down"),
        Binding("b,pageup", "page_up", "Page ↑", show=False, id="reader.page_up"),
        Binding("ctrl+d", "half_page(1)", "Half page ↓", show=False, id="reader.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page ↑", show=False, id="reader.half_up"),
        Binding("g,home", "top", "Top", show=False, id="reader.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom"),
    ]

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(
        self,
        highlighter: Highlighter | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document: Document | None = None
        self.highlighter = highlighter
        self._units: list[_Unit] = []
        self._block_unit: dict[int, int] = {}
        self._styler: Callable[[int, Text], Text] | None = self._highlight if highlighter is not None else None
        self.marked_blocks: set[int] = set()  # blocks with notes: marked in the gutter
        self._note_spans: dict[int, list[tuple[int, int]]] = {}
        self.find_query = ""
        self.find_words = False  # the find query is a corpus search's (words folded) rather than literal text
        self.matches: list[Match] = []
        self.match_index: int | None = None
        self._generation = 0  # bumped by every rebuild: a layout made in a thread for an older one is dropped
        self._pending_place: Position | None = None  # a place to go back to once laid out (restore_after_refresh)
        self._reset_layout()

    # ------------------------------------------------------------------ content
    def show_document(self, doc: Document, styler: Callable[[int, Text], Text] | None = None) -> None:
        """Show doc from the top (or keep position when it is the same document). styler: how to
        highlight a block's text (by default the reader's own: actors, notes)."""
        same = self.document is not None and self.document.id == doc.id
        self.document = doc
        if styler is not None or self.highlighter is None:
            self._styler = styler
        if not same:
            self._pending_place = None
            self.matches = self._finder()(doc, self.find_query) if self.find_query else []
            self.match_index = None
            if self.find_words:
                self._show_words_count()
            self.set_reactive(Reader.cursor, 0)
            self.scroll_to(0, 0, animate=False)
        self._rebuild(keep_shown=same)

    def restyle(self) -> None:
        """Re-render the same document with other styles (colour mode, emphasis, notes, find)."""
        if self.document is None:
            return
        self._rebuild(keep_shown=True)

    def _rebuild(self, *, keep_shown: bool) -> None:
        """Make the units of the document and lay out the screenful; a very large document's units are
        made in a thread (its text is styled and cut in pieces there), the screen staying live."""
        doc = self.document
        assert doc is not None
        self._generation += 1
        # every block's units are made here (each block's text cut in lines lazily): a document of 190,000
        # paragraphs costs as much as one paragraph of the same size, so the size that counts is the total
        size = sum(len(b.text) for b in doc.blocks)
        if size <= ASYNC_STYLED_CHARS or (size <= ASYNC_CHARS and not self._styled(doc)):
            self._build_units()
            self._relayout()
            return
        styles = self._unit_styles()
        if not keep_shown or not self._units or self._units[0].kind == "notice":
            self._units = [_Unit("notice", Text("Laying out a large document…", style=styles["notice"]))]
            self._block_unit = {}
            self._relayout()
        generation = self._generation

        def build() -> None:
            with collector.deferred():  # millions of spans: no full collections of the heap meanwhile
                units, block_unit = self._make_units(doc, self._block_styler(), styles)
            try:
                self.app.call_from_thread(self._install, generation, units, block_unit)
            except RuntimeError:  # the app is closing
                pass

        self.run_worker(build, thread=True, exclusive=True, group="reader-layout", exit_on_error=False)

    def _styled(self, doc: Document) -> bool:
        """Whether the layout has spans to place: mentions, or matches of find."""
        return bool(self.matches or doc.title_mentions or any(b.mentions for b in doc.blocks))

    def _install(self, generation: int, units: list[_Unit], block_unit: dict[int, int]) -> None:
        if generation != self._generation:
            return  # another document (or other styles) since
        self._units, self._block_unit = units, block_unit
        self._relayout()

    def _relayout(self) -> None:
        self._reset_layout()
        self._layout_until(self.scroll_offset.y + self.size.height + 1)
        self.refresh()

    def show_message(self, message: str) -> None:
        self._generation += 1
        self.document = None
        self._units = [_Unit("notice", Text(message))]
        self._block_unit = {}
        self._reset_layout()
        self._layout_until(self.size.height + 1)
        self.refresh()

    @property
    def block_count(self) -> int:
        return len(self.document.blocks) if self.document else 0

    def _build_units(self) -> None:
        assert self.document is not None
        self._units, self._block_unit = self._make_units(self.document, self._block_styler(), self._unit_styles())

    def _block_styler(self) -> Callable[[int, Text], Text] | None:
        """How each block is styled now: the styler, then the find matches on top (a snapshot of both, so
        that a layout made in a thread styles with what was asked for when it started)."""
        styler, matches, index = self._styler, self.matches, self.match_index
        if not matches:
            return styler
        current = matches[index] if index is not None else None

        def style(block: int, text: Text) -> Text:
            if styler is not None:
                text = styler(block, text)
            for match in matches[bisect_left(matches, block, key=lambda m: m.block) :]:
                if match.block != block:
                    break
                text.stylize(CURRENT_MATCH if match == current else MATCH, match.start, match.end)
            return text

        return style

    def _highlight(self, index: int, text: Text) -> Text:
        """The reader's own highlights of a block: actor mentions, then the passages with notes."""
        doc = self.document
        if index == TITLE:
            if self.highlighter is not None and doc is not None:
                self.highlighter.style(Block("heading", doc.title or "", doc.title_mentions), text)
            return text
        if self.highlighter is not None and doc is not None and 0 <= index < len(doc.blocks):
            self.highlighter.style(doc.blocks[index], text)
        for start, end in self._note_spans.get(index, ()):
            if end > start:
                text.stylize(NOTE_MARK, start, end)
        return text

    def mark_notes(self, spans: dict[int, list[tuple[int, int]]]) -> None:
        """The passages that have notes, by block: underlined, and marked ✎ in the gutter."""
        self._note_spans = spans
        self.marked_blocks = set(spans)

    # ------------------------------------------------------------------ find
    def find(self, query: str, *, words: bool = False) -> None:
        """Find query in the document (case-insensitive; ``words``: a corpus search's words, accents and
        hyphens folded) and go to the first match from the cursor on."""
        self.find_query = query
        self.find_words = words
        self.matches = self._finder()(self.document, query) if self.document is not None and query else []
        self.match_index = None
        if self.matches:
            after = [i for i, m in enumerate(self.matches) if m.block >= self.cursor]
            self._go_to_match(after[0] if after else 0)
        else:
            self.restyle()
            self._post_find_count()

    def find_step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end."""
        if not self.matches:
            return
        if self.match_index is None:
            self._go_to_match(0 if direction > 0 else len(self.matches) - 1)
        else:
            self._go_to_match((self.match_index + direction) % len(self.matches))

    def _finder(self) -> Callable[[Document, str], list[Match]]:
        return find_words_in_document if self.find_words else find_in_document

    def clear_find(self) -> None:
        self.find_query = ""
        self.find_words = False
        self.matches, self.match_index = [], None
        self.restyle()

    def _go_to_match(self, position: int) -> None:
        self.match_index = position
        self.restyle()
        self.move_cursor(self.matches[position].block, center=True)
        self._post_find_count()

    def _post_find_count(self) -> None:
        self._show_words_count()
        self.post_message(FindCount(self.match_index, len(self.matches)))

    def _show_words_count(self) -> None:
        """No find bar shows the count of a corpus search's words: the frame does ("3/16", "16")."""
        if not self.find_words:
            self.border_subtitle = ""
            return
        count = len(self.matches)
        where = (f"{self.match_index + 1}/{count}" if self.match_index is not None else str(count)) if count else "none"
        self.border_subtitle = Content(f"“{visible(self.find_query)}” {where} · n/N")

    def _unit_styles(self) -> dict[str, Style]:
        """The style beneath each kind of unit, looked up on the UI thread (units may be made in another)."""
        names = {
            "title": "reader--title",
            "meta": "reader--meta",
            "comments": "reader--comments-heading",
            "notice": "reader--notice",
            "heading": "reader--heading",
            "comment": "reader--comment-text",
        }
        return {kind: self.get_component_rich_style(name) for kind, name in names.items()}

    @staticmethod
    def _make_units(
        doc: Document, styler: Callable[[int, Text], Text] | None, styles: dict[str, Style]
    ) -> tuple[list[_Unit], dict[int, int]]:
        title = Text(doc.display_title)
        if styler is not None and doc.title and doc.title_mentions:
            title = styler(TITLE, title)  # the title's mentions, highlighted like a block's
        units = [_Unit("title", title)]
        meta = byline(doc)
        if meta.plain:
            units.append(_Unit("meta", meta))
        comments_started = False
        n_comments = sum(1 for b in doc.blocks if b.kind == "comment")
        block_unit: dict[int, int] = {}
        for index, block in enumerate(doc.blocks):
            if block.kind == "comment" and not comments_started:
                comments_started = True
                units.append(_Unit("comments", Text(f"Reader comments ({n_comments})")))
            block_unit[index] = len(units)
            cuts = piece_cuts(block.text) if len(block.text) > UNIT_CHARS else []
            if not cuts:
                text = block_text(block)
                units.append(_Unit("block", styler(index, text) if styler is not None else text, index))
                continue
            # A very long paragraph (a 50 MB single line...) is cut once, here, into pieces that are
            # wrapped and rendered like paragraphs, only as far as the screen needs: the cost of a
            # screenful no longer grows with the length of the paragraph.
            units.extend(_long_block_units(index, block, cuts, styler))
        for unit in units:
            kind = unit.kind if unit.block is None else doc.blocks[unit.block].kind
            text = unit.text
            below = [Span(0, len(text), style) for style in (styles.get(kind), text.style) if style]
            text.spans[:0] = below
            text.style = ""
        return units, block_unit

    # ------------------------------------------------------------------ layout
    def _reset_layout(self) -> None:
        # One entry per screen line: (unit index, start, end) into the unit's text; start -1 for the
        # blank line after a unit. Strips are rendered on demand and kept in a small cache.
        self._lines: list[tuple[int, int, int]] = []
        self._unit_first_line: list[int] = []
        self._laid = 0
        self._width = 0
        self._chars_left = sum(len(u.text) for u in self._units)
        self._strips: OrderedDict[int, Strip] = OrderedDict()
        self._pieces: OrderedDict[int, dict[int, Text]] = OrderedDict()  # unit -> its lines' texts, by line

    def _content_width(self) -> int:
        """Wrap width: the pane, but no wider than a comfortable reading measure."""
        return max(10, min(MAX_MEASURE, self.size.width - GUTTER - 1))

    def _layout_until(self, line: int) -> None:
        """Wrap units until line exists (or all are wrapped)."""
        width = self._content_width()
        if width != self._width:
            self._lines, self._unit_first_line, self._laid = [], [], 0
            self._chars_left = sum(len(u.text) for u in self._units)
            self._width = width
            self._strips.clear()
            self._pieces.clear()
        if self._laid >= len(self._units) and self._lines:
            return
        while self._laid < len(self._units) and len(self._lines) <= line:
            for _ in range(LAYOUT_BATCH):
                if self._laid >= len(self._units):
                    break
                self._wrap_unit(self._laid, width)
                self._laid += 1
        self._update_virtual_size()

    def _wrap_unit(self, index: int, width: int) -> None:
        unit = self._units[index]
        self._chars_left -= len(unit.text)
        indent = COMMENT_INDENT if self._is_comment(unit) else 0
        self._unit_first_line.append(len(self._lines))
        self._lines.extend((index, start, end) for start, end in wrap_offsets(unit.text.plain, width - indent))
        if unit.last:
            self._lines.append((index, -1, -1))  # a blank line after every unit (after a block's last piece)

    def _strip(self, line_no: int) -> Strip:
        strip = self._strips.get(line_no)
        if strip is not None:
            self._strips.move_to_end(line_no)
            return strip
        unit_index, start, end = self._lines[line_no]
        if start < 0:
            strip = Strip.blank(0)
        else:
            unit = self._units[unit_index]
            line = self._line_text(unit_index, line_no)
            line.rstrip()
            segments = line_segments(line, self.app.console)
            if self._is_comment(unit):
                segments.insert(0, Segment("│ ", self.get_component_rich_style("reader--comment")))
            strip = Strip(segments)
        self._strips[line_no] = strip
        if len(self._strips) > STRIP_CACHE:
            self._strips.popitem(last=False)
        return strip

    def _line_text(self, unit_index: int, line_no: int) -> Text:
        """A fresh copy of one screen line's text. A unit's lines are cut out all together, in one pass
        over its spans: slicing a highlighted Text line by line walks every span for every line."""
        pieces = self._pieces.get(unit_index)
        if pieces is None:
            text = self._units[unit_index].text
            bounds: dict[int, tuple[int, int]] = {}
            n = self._unit_first_line[unit_index]
            while n < len(self._lines) and self._lines[n][0] == unit_index and self._lines[n][1] >= 0:
                bounds[n] = self._lines[n][1:]
                n += 1
            cuts = sorted({p for start, end in bounds.values() for p in (start, end)} - {0, len(text)})
            divided = text.divide(cuts)
            piece_at = dict(zip([0, *cuts], divided, strict=True))
            pieces = {n: piece_at[start] if end > start else Text("") for n, (start, end) in bounds.items()}
            self._pieces[unit_index] = pieces
            if len(self._pieces) > STRIP_CACHE // 8:
                self._pieces.popitem(last=False)
        else:
            self._pieces.move_to_end(unit_index)
        return pieces[line_no].copy()

    def _is_comment(self, unit: _Unit) -> bool:
        return (
            unit.block is not None and self.document is not None and self.document.blocks[unit.block].kind == "comment"
        )

    def _update_virtual_size(self) -> None:
        height = len(self._lines)
        if self._laid < len(self._units):
            left_units = len(self._units) - self._laid
            height += self._chars_left // max(1, int(self._width * 0.85)) + 2 * left_units
        self.virtual_size = Size(0, height)

    def on_resize(self, event: events.Resize) -> None:
        if self.document is not None and self._lines and self._content_width() != self._width:
            place = self.place()  # read from the old lines: the same words stay at the top at the new width
            self._layout_until(0)
            self.restore(place)
        self._layout_until(self.scroll_offset.y + self.size.height + 1)
        self.refresh()

    # ------------------------------------------------------------------ rendering
    def render_line(self, y: int) -> Strip:
        line_no = self.scroll_offset.y + y
        width = self.size.width
        base = self.frame_style
        if line_no >= len(self._lines):
            self._layout_until(line_no)
        if line_no >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strip(line_no)
        unit = self._units[self._lines[line_no][0]]
        at_cursor = unit.block is not None and unit.block == self.cursor and self.document is not None
        gutter_style = self.get_component_rich_style("reader--cursor") if at_cursor else base
        marker = "▌" if at_cursor and strip.cell_length else " "
        first_line = unit.block is not None and unit.first and self._unit_first_line[self._lines[line_no][0]] == line_no
        note = "✎" if first_line and unit.block in self.marked_blocks else " "
        gutter = [
            Segment(marker, gutter_style),
            Segment(note, self.get_component_rich_style("reader--note-mark")),
            Segment(" " * (GUTTER - 2), base),
        ]
        cells = GUTTER + strip.cell_length
        if self.scroll_offset.x or cells > width:
            line = Strip.join([Strip(gutter), strip]).crop(self.scroll_offset.x, self.scroll_offset.x + width)
            return line.extend_cell_length(width, base).apply_style(base).crop(0, width)
        # the usual line, made in one Strip (each Strip Textual makes sets up seven caches: joining, cropping,
        # padding and styling in turn cost more than the text itself)
        segments = [*gutter, *strip]
        if cells < width:
            segments.append(Segment(" " * (width - cells), base))
        return Strip(Segment.apply_style(segments, base), width)

    # ------------------------------------------------------------------ cursor
    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()

    def block_region(self, block: int) -> tuple[int, int]:
        """First line and line count of a block on the page."""
        unit = self._block_unit.get(block)
        if unit is None:
            return 0, 0
        end = unit
        while not self._units[end].last:  # the block's last piece
            end += 1
        self._layout_until_unit(end)
        first = self._unit_first_line[unit]
        last = self._unit_first_line[end + 1] if end + 1 < len(self._unit_first_line) else len(self._lines)
        return first, last - first

    def _layout_until_unit(self, unit: int) -> None:
        while len(self._unit_first_line) <= unit + 1 and self._laid < len(self._units):
            self._layout_until(len(self._lines) + self.size.height)

    def move_cursor(self, block: int, *, center: bool = False) -> None:
        if not self.block_count:
            return
        block = max(0, min(self.block_count - 1, block))
        self.cursor = block
        self.scroll_to_block(block, center=center)

    def scroll_to_block(self, block: int, *, center: bool = False) -> None:
        first, count = self.block_region(block)
        height = self.size.height
        if center:
            self.scroll_to(y=max(0, first - height // 3), animate=False)
            return
        top = self.scroll_offset.y
        if first < top:
            self.scroll_to(y=first, animate=False)
        elif first + min(count, height) > top + height:
            self.scroll_to(y=first + min(count, height) - height, animate=False)

    def _block_at_line(self, line_no: int) -> int | None:
        if 0 <= line_no < len(self._lines):
            return self._units[self._lines[line_no][0]].block
        return None

    def _first_visible_block(self) -> int | None:
        top = self.scroll_offset.y
        for line_no in range(top, min(len(self._lines), top + self.size.height)):
            block = self._block_at_line(line_no)
            if block is not None:
                return block
        return None

    def action_cursor_down(self) -> None:
        if not self.block_count:
            return
        first, count = self.block_region(self.cursor)
        bottom = self.scroll_offset.y + self.size.height
        if first + count > bottom + 1 and count > self.size.height:
            self.scroll_relative(y=max(1, self.size.height // 2), animate=False)  # a long paragraph: read on
            return
        if self.cursor + 1 < self.block_count:
            self.move_cursor(self.cursor + 1)
        else:
            self.scroll_end(animate=False)

    def action_cursor_up(self) -> None:
        if not self.block_count:
            return
        first, _ = self.block_region(self.cursor)
        if first < self.scroll_offset.y:
            self.scroll_relative(y=-max(1, self.size.height // 2), animate=False)
            return
        if self.cursor > 0:
            self.move_cursor(self.cursor - 1)
        else:
            self.scroll_home(animate=False)

    def _cursor_to_view(self) -> None:
        """After paging: keep the cursor if its paragraph starts on screen, else put it on the first
        paragraph that does (or, inside a paragraph longer than the screen, on that one), so that what
        the cursor marks (and `a` annotates) is what the user sees."""
        if not self.block_count:
            return
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + self.size.height
        first, _ = self.block_region(self.cursor)
        if top <= first < bottom:
            return
        starts = None
        for line_no in range(top, min(len(self._lines), bottom)):
            unit_index, start, _end = self._lines[line_no]
            unit = self._units[unit_index]
            if unit.block is not None and unit.first and start == 0:
                starts = unit.block
                break
        block = starts if starts is not None else self._first_visible_block()
        if block is not None:
            self.cursor = block

    # ------------------------------------------------------------------ place (survives a width change)
    def place(self) -> Position:
        """Where the reader is: the cursor's paragraph, and the top of the view as (paragraph, character
        offset); block -1 when the view starts above the first paragraph (title, byline). A place waiting to
        be restored is where the reader is (the view has not been moved there yet)."""
        if self._pending_place is not None:
            return self._pending_place
        top = int(self.scroll_offset.y)
        if top <= 0 or top >= len(self._lines):
            return Position(self.cursor, -1 if top <= 0 else self.cursor, 0)
        for line_no in range(top, len(self._lines)):
            unit_index, start, _end = self._lines[line_no]
            unit = self._units[unit_index]
            if unit.block is None:
                if line_no == top and unit.kind in ("title", "meta"):
                    return Position(self.cursor, -1, 0)
                continue
            if start < 0:
                continue  # the blank line after a paragraph: the place is where the next one starts
            return Position(self.cursor, unit.block, unit.offset + start)
        return Position(self.cursor, self.cursor, 0)

    def line_of(self, block: int, char: int) -> int:
        """The screen line (at the current width) showing character ``char`` of paragraph ``block``."""
        unit = self._block_unit.get(block)
        if unit is None:
            return 0
        while not self._units[unit].last and self._units[unit + 1].offset <= char:
            unit += 1
        self._layout_until_unit(unit)
        if unit >= len(self._unit_first_line):
            return 0
        line_no = self._unit_first_line[unit]
        inner = char - self._units[unit].offset
        while (
            line_no + 1 < len(self._lines)
            and self._lines[line_no + 1][0] == unit
            and 0 <= self._lines[line_no + 1][1] <= inner
        ):
            line_no += 1
        return line_no

    def restore_after_refresh(self, position: Position) -> None:
        """restore(position) once the document is laid out; meanwhile place() answers this position, so
        remembering the place before then keeps it instead of the top the view still shows."""
        self._pending_place = position
        self.call_after_refresh(self._restore_pending)

    def _restore_pending(self) -> None:
        if self._pending_place is not None:
            self.restore(self._pending_place)

    def restore(self, position: Position) -> None:
        """Go back to a place: the cursor, and the view's top at the same words (at any width)."""
        self._pending_place = None
        if not self.block_count:
            return
        self.cursor = max(0, min(self.block_count - 1, position.cursor))
        if position.block < 0:
            self.scroll_to(y=0, animate=False)
            return
        block = max(0, min(self.block_count - 1, position.block))
        # force: the scroll bar may not know the document's height yet (it is set on the next layout), and
        # without it Textual drops the scroll (the document then opened at its top; tests/tui/test_place.py)
        self.scroll_to(y=self.line_of(block, position.char), animate=False, force=True)

    def action_page_down(self) -> None:
        self._layout_until(self.scroll_offset.y + 2 * self.size.height)
        self.scroll_relative(y=max(1, self.size.height - 2), animate=False)
        self.call_after_refresh(self._cursor_to_view)

    def action_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.size.height - 2), animate=False)
        self.call_after_refresh(self._cursor_to_view)

    def action_half_page(self, direction: int) -> None:
        self._layout_until(self.scroll_offset.y + 2 * self.size.height)
        self.scroll_relative(y=direction * max(1, self.size.height // 2), animate=False)
        self.call_after_refresh(self._cursor_to_view)

    def action_top(self) -> None:
        self.scroll_home(animate=False)
        if self.block_count:
            self.cursor = 0

    def action_bottom(self) -> None:
        self._layout_until(10**12)
        self.scroll_end(animate=False)
        if self.block_count:
            self.cursor = self.block_count - 1

    def on_click(self, event: events.Click) -> None:
        block = self._block_at_line(self.scroll_offset.y + event.y)
        if block is not None:
            self.cursor = block

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._layout_until(int(new) + self.size.height + 1)
