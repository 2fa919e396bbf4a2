"""Small modal dialogs: confirm, the note editor, the tag editor, passage selection, actor editing.

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
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from store.notebook.notebook import clean_tags
from store.sanitize import visible


class Confirm(ModalScreen[bool]):
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question, style="bold"), markup=False)
            if self.detail:
                yield Static(Text(self.detail, style="dim"), markup=False, classes="detail")
            yield Label("y  yes    n  no", classes="keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


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


class NoteEditor(ModalScreen[None]):
    """Write or edit a note (Markdown allowed). ctrl+s saves; the screen stays open until the note is
    on disk, and keeps the text when saving fails."""

    BINDINGS = [
        # Not a priority binding: ctrl+s then waits in the focused field's queue behind the keys typed
        # before it, so a burst of typing followed by ctrl+s saves all of it.
        Binding("ctrl+s", "save", "Save note", id="editor.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="editor.cancel"),
    ]

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
            yield Label("", id="note-error", markup=False)
            yield Label("ctrl+s save    escape cancel    tab next field", classes="keys")

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


class TagEditor(ModalScreen[tuple[str, ...] | None]):
    """Edit a space-separated list of tags, completed from the tags already in use."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]

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
            yield Label("enter save    → accept completion    escape cancel", classes="keys")

    def on_mount(self) -> None:
        self.query_one("#tag-editor").border_title = self.heading
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class PassageChoice:
    action: str  # note | alias | actor
    start: int
    end: int


class PassageSelector(ModalScreen[PassageChoice | None]):
    """Select a passage of one paragraph with the keyboard (shift+arrows, ctrl+shift+arrows by word)
    or the mouse, then note it or make it an actor's alias."""

    BINDINGS = [
        Binding("enter", "choose('note')", "Note on selection", priority=True, id="passage.note"),
        Binding("ctrl+l", "choose('alias')", "Alias of an actor", priority=True, id="passage.alias"),
        Binding("ctrl+o", "choose('actor')", "New actor", priority=True, id="passage.actor"),
        Binding("escape", "cancel", "Cancel", priority=True, id="passage.cancel"),
    ]

    def __init__(self, text: str, title: str) -> None:
        super().__init__()
        self.text = text
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="passage"):
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="passage-text", show_line_numbers=False)
            yield Label("", id="passage-error", markup=False)
            yield Label(
                "shift+arrows select    enter note    ctrl+l alias of an actor    ctrl+o new actor    escape cancel",
                classes="keys",
            )

    def on_mount(self) -> None:
        self.query_one("#passage").border_title = self.heading
        self.query_one(TextArea).focus()

    def _span(self) -> tuple[int, int] | None:
        area = self.query_one(TextArea)
        selection = area.selection
        if selection.start == selection.end:
            return None
        a = area.document.get_index_from_location(selection.start)
        b = area.document.get_index_from_location(selection.end)
        start, end = min(a, b), max(a, b)
        # trim spaces at the edges of the selection
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def action_choose(self, action: str) -> None:
        span = self._span()
        if span is None:
            self.query_one("#passage-error", Label).update("Select some text first (shift+arrows).")
            return
        self.dismiss(PassageChoice(action, *span))

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class ActorChoice:
    actor_id: str | None  # an existing actor (alias), or None for a new actor
    name: str
    kind: str = "person"
    affiliation: str | None = None


class ActorPicker(ModalScreen[ActorChoice | None]):
    """Make a phrase an alias of an existing actor (type to filter the list) or a new actor."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="actor.cancel")]
    KINDS = ("person", "state", "organisation", "group", "place")

    def __init__(self, phrase: str, actors: list[tuple[str, str]], *, new: bool) -> None:
        """actors: (id, label) pairs; new: create an actor rather than pick one."""
        super().__init__()
        self.phrase = phrase
        self.actors = actors
        self.new = new

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="actor-picker"):
            yield Static(Text("“" + self.phrase + "”", style="bold"), markup=False)
            if self.new:
                yield Input(self.phrase, placeholder="canonical name", id="actor-name")
                yield Input("person", placeholder="kind: " + " | ".join(self.KINDS), id="actor-kind")
                yield Input(
                    "", placeholder="affiliation: ISO 3166 alpha-3 code (RUS, TUR…) or empty", id="actor-affiliation"
                )
                yield Label("enter in the last field creates the actor    escape cancel", classes="keys")
            else:
                yield Input("", placeholder="type to find the actor", id="actor-filter")
                yield OptionList(id="actor-list")
                yield Label("enter choose    escape cancel", classes="keys")
            yield Label("", id="actor-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#actor-picker").border_title = "New actor" if self.new else "Alias of which actor?"
        if not self.new:
            self._fill("")
            self.query_one("#actor-filter", Input).focus()
        else:
            self.query_one("#actor-name", Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one("#actor-list", OptionList)
        options.clear_options()
        words = query.casefold().split()
        shown = [(i, label) for i, label in self.actors if all(w in label.casefold() for w in words)][:200]
        options.add_options([Option(Text(label), id=actor_id) for actor_id, label in shown])
        if shown:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "actor-filter":
            self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "actor-filter":
            options = self.query_one("#actor-list", OptionList)
            if options.highlighted is not None:
                option = options.get_option_at_index(options.highlighted)
                self.dismiss(ActorChoice(option.id, self.phrase))
            return
        if event.input.id in ("actor-name", "actor-kind"):
            self.focus_next()
            return
        name = self.query_one("#actor-name", Input).value.strip()
        kind = self.query_one("#actor-kind", Input).value.strip().lower()
        affiliation = self.query_one("#actor-affiliation", Input).value.strip().upper() or None
        if not name or kind not in self.KINDS:
            self.query_one("#actor-error", Label).update(f"A name and a kind ({', '.join(self.KINDS)}) are needed.")
            return
        self.dismiss(ActorChoice(None, name, kind, affiliation))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(ActorChoice(event.option.id, self.phrase))

    def action_cancel(self) -> None:
        self.dismiss(None)
