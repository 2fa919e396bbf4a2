"""The note editor and the tag editor.

Every piece of user or document text reaches the screen as Text/Content or through an Input or
TextArea value, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Label, Static, TextArea

from store.notebook.notebook import clean_tags
from store.sanitize import visible

from .base import Dialog


class TagSuggester(Suggester):
    """Completes the last word of a space-separated tag list from the tags already used."""

    def __init__(self, tags: Callable[[], Iterable[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self._tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(" ")
        last = last.lstrip("#-")
        if not last:
            return None
        prefix = value[: len(value) - len(last)]
        for tag in sorted(self._tags()):
            if tag.casefold().startswith(last.casefold()) and tag.casefold() != last.casefold():
                return prefix + tag
        return None


def parse_tags(value: str) -> tuple[str, ...]:
    return clean_tags(part.lstrip("#") for part in value.replace(",", " ").split())


@dataclass(frozen=True, slots=True)
class NoteDraft:
    text: str
    tags: tuple[str, ...]


class NoteEditor(Dialog[None]):
    """Write or edit a note (Markdown allowed). ctrl+s saves; the screen stays open until the note is
    on disk, and keeps the text when saving fails."""

    BINDINGS = [
        # Not a priority binding: ctrl+s then waits in the focused field's queue behind the keys typed
        # before it, so a burst of typing followed by ctrl+s saves all of it.
        Binding("ctrl+s", "save", "Save note", id="editor.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="editor.cancel"),
    ]
    EXTRA_HINTS = (("tab", "next field"),)

    def __init__(
        self,
        title: str,
        *,
        quote: str | None,
        text: str = "",
        tags: Iterable[str] = (),
        known_tags: Callable[[], Iterable[str]] = lambda: (),
        save: Callable[[NoteDraft, Callable[[str | None], None]], None],
    ) -> None:
        super().__init__()
        self.heading = title
        self.quote = quote
        self.initial_text = text
        self.initial_tags = visible(" ".join(tags))
        self.known_tags = known_tags
        self._save = save
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="note-editor"):
            if self.quote:
                quote = " ".join(self.quote.split())
                yield Static(Text("“" + visible(quote) + "”", style="italic"), markup=False, classes="quote")
            yield TextArea(visible(self.initial_text), id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="row"):
                yield Label("Tags:", classes="field-label")
                yield Input(
                    self.initial_tags,
                    placeholder="space-separated, completes from used tags (→ accepts)",
                    id="note-tags",
                    suggester=TagSuggester(self.known_tags),
                )
            yield Label("", id="note-error", classes="error", markup=False)
            yield self.hints_label()

    def on_mount(self) -> None:
        self.query_one("#note-editor").border_title = self.heading
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        if self._saving:
            return
        text = self.query_one(TextArea).text
        if not text.strip():
            self.query_one("#note-error", Label).update("The note is empty: write something or press escape.")
            return
        self._saving = True
        self.query_one("#note-error", Label).update("Saving…")
        draft = NoteDraft(text, parse_tags(self.query_one("#note-tags", Input).value))
        self._save(draft, self._saved)

    def _saved(self, problem: str | None) -> None:
        """Called by the screen once the save finished: None means saved, else the error line."""
        self._saving = False
        if problem is None:
            self.dismiss()
        else:
            self.query_one("#note-error", Label).update(f"Not saved: {problem} (your text is kept)")

    def action_cancel(self) -> None:
        self.dismiss()


class TagEditor(Dialog[tuple[str, ...] | None]):
    """Edit a space-separated list of tags, completed from the tags already in use."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]
    EXTRA_HINTS = (("enter", "save"), ("→", "accept completion"))

    def __init__(self, title: str, tags: Iterable[str], known_tags: Callable[[], Iterable[str]]) -> None:
        super().__init__()
        self.heading = title
        self.tags = visible(" ".join(tags))
        self.known_tags = known_tags

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="tag-editor"):
            yield Input(
                self.tags, placeholder="tags, space-separated", id="tag-input", suggester=TagSuggester(self.known_tags)
            )
            used = sorted(self.known_tags())
            yield Static(Text("In use: " + (" ".join(f"#{t}" for t in used) or "none yet"), style="dim"), markup=False)
            yield self.hints_label()

    def on_mount(self) -> None:
        self.query_one("#tag-editor").border_title = self.heading
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
