"""The note editor and the tag editor.

Every piece of user or document text reaches the screen as Text/Content or through an Input or
TextArea value, never as markup.

Nothing typed is lost: the note editor keeps a draft on disk as you type (a pause of DEBOUNCE seconds
writes it, in the draft writer's thread), `escape` on a changed note asks whether to save, discard or
keep editing, and the draft goes only once the note is saved or discarded. Tag fields add: what is typed
joins the tags already there, `-tag` removes one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Input, Label, Static, TextArea

from store.errors import ActorlensError
from store.notebook.drafts import Draft, DraftSlot
from store.notebook.notebook import clean_tags
from store.notebook.tags import edit_tags, tag_edit_words, tag_key
from store.sanitize import visible

from .base import Dialog, refill

TAGS_PLACEHOLDER = "add tags (→ completes), -tag removes"


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


def apply_tag_field(current: Iterable[str], typed: str) -> tuple[str, ...]:
    """The tags once a tag field's words are applied (they add; -tag removes), cleaned as stored."""
    return clean_tags(edit_tags(current, typed))


def tags_preview(current: tuple[str, ...], typed: str) -> Text:
    """The tags as they will be: kept ones plain, new ones bold, removed ones struck through."""
    after = edit_tags(current, typed)
    kept = {tag_key(t) for t in after}
    old = {tag_key(t) for t in current}
    preview = Text(no_wrap=True, overflow="ellipsis", end="")
    for tag in current:
        style = "" if tag_key(tag) in kept else "strike"
        preview.append(visible(f"#{tag}"), style=style).append(" ")
    for tag in after:
        if tag_key(tag) not in old:
            preview.append(visible(f"#{tag}"), style="bold").append(" ")
    if not preview.plain:
        preview.append("none yet", style="italic")
    return preview


@dataclass(frozen=True, slots=True)
class NoteDraft:
    text: str
    tags: tuple[str, ...]


class NoteEditor(Dialog[None]):
    """Write or edit a note (Markdown allowed). ctrl+s saves; the screen stays open until the note is
    on disk, and keeps the text when saving fails."""

    BINDINGS = [
        # Not priority bindings: ctrl+s and escape wait in the focused field's queue behind the keys
        # typed before them, so a burst of typing followed by ctrl+s saves all of it, and escape
        # judges the note with every key typed before it.
        Binding("ctrl+s", "save", "Save note", id="editor.save"),
        Binding("escape", "cancel", "Close", id="editor.cancel"),
        Binding("ctrl+o", "external", "External editor", id="editor.external"),
    ]
    EXTRA_HINTS = (("tab", "tags"),)
    DEBOUNCE = 0.4  # seconds of quiet before the draft is written

    KEEP = True

    def __init__(
        self,
        title: str,
        *,
        quote: str | None,
        text: str = "",
        tags: Iterable[str] = (),
        known_tags: Callable[[], Iterable[str]] = lambda: (),
        save: Callable[[NoteDraft, Callable[[str | None], None]], None],
        draft: DraftSlot | None = None,
        restored: Draft | None = None,
    ) -> None:
        """draft: where this editor's draft is kept; restored: the draft found there, shown instead of text."""
        super().__init__()
        self.setup(
            title, quote=quote, text=text, tags=tags, known_tags=known_tags, save=save, draft=draft, restored=restored
        )

    def setup(
        self,
        title: str,
        *,
        quote: str | None,
        text: str = "",
        tags: Iterable[str] = (),
        known_tags: Callable[[], Iterable[str]] = lambda: (),
        save: Callable[[NoteDraft, Callable[[str | None], None]], None],
        draft: DraftSlot | None = None,
        restored: Draft | None = None,
    ) -> None:
        self.heading = title
        self.quote = quote
        self.original_text = visible(text)  # as the text area shows it
        self.original_tags = tuple(tags)
        self.initial_text = restored.text if restored is not None else text
        self.initial_tag_field = " ".join(restored.tags) if restored is not None else ""
        self.restored = restored
        self.known_tags = known_tags
        self._save = save
        self._draft = draft
        self._saving = False
        self._finished = False  # saved or discarded: the draft must not come back
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        # the quote and the restored-draft line are always there (hidden when there is none), so that the
        # kept editor shows them or not as it is opened again
        with Vertical(classes="dialog wide", id="note-editor"):
            quote = Static(self._quote_text(), markup=False, classes="quote")
            quote.display = bool(self.quote)
            yield quote
            restored = self._restored_line(self.restored) if self.restored is not None else ""
            notice = Label(restored, id="note-restored", classes="notice", markup=False)
            notice.display = self.restored is not None
            yield notice
            yield TextArea(visible(self.initial_text), id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="row"):
                yield Label("Tags:", classes="field-label")
                yield Label(tags_preview(self.original_tags, self.initial_tag_field), id="note-tags-now")
                yield Input(
                    visible(self.initial_tag_field),
                    placeholder=TAGS_PLACEHOLDER,
                    id="note-tags",
                    suggester=TagSuggester(self.known_tags),
                    select_on_focus=False,
                )
            yield Label("", id="note-error", classes="error", markup=False)
            yield self.hints_label()

    def _quote_text(self) -> Text:
        quote = " ".join((self.quote or "").split())
        return Text("“" + visible(quote) + "”", style="italic")

    @staticmethod
    def _restored_line(draft: Draft) -> str:
        if not draft.saved:
            return "Your unsaved draft is back (not saved yet)."
        when = datetime.datetime.fromtimestamp(draft.saved)
        shown = when.strftime("%H:%M" if when.date() == datetime.date.today() else "%d %b %H:%M")
        return f"Your unsaved draft of {shown} is back (not saved yet)."

    def on_mount(self) -> None:
        self.query_one("#note-editor").border_title = self.heading
        # kept: the draft is still read when the editor closes some other way (its widgets gone by then)
        self._area = area = self.query_one(TextArea)
        self._tags_field = self.query_one("#note-tags", Input)
        area.focus()
        area.move_cursor(area.document.end)

    def fill(self) -> None:
        """Opened again (kept): as compose and on_mount make it, for the new note."""
        self.query_one("#note-editor").border_title = self.heading
        quote = self.query_one(".quote", Static)
        quote.display = bool(self.quote)
        if self.quote:
            quote.update(self._quote_text())
        notice = self.query_one("#note-restored", Label)
        notice.display = self.restored is not None
        notice.update(self._restored_line(self.restored) if self.restored is not None else "")
        area, field = self._area, self._tags_field
        with self.prevent(TextArea.Changed):  # not typed: no draft written for it
            area.load_text(visible(self.initial_text))  # (and no undo back to the last note's text)
        refill(field, visible(self.initial_tag_field))
        field.suggester = TagSuggester(self.known_tags)
        self.query_one("#note-tags-now", Label).update(tags_preview(self.original_tags, self.initial_tag_field))
        self.query_one("#note-error", Label).update("")
        area.focus()
        area.move_cursor(area.document.end)

    # ------------------------------------------------------------------ what is typed
    def current(self) -> tuple[str, str]:
        """The note's text and the tag field, as typed."""
        return self._area.text, self._tags_field.value

    def changed(self) -> bool:
        """True when saving would change something: the text, or the tags."""
        text, field = self.current()
        return text != self.original_text or edit_tags(self.original_tags, field) != self.original_tags

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._typed()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "note-tags":
            self.query_one("#note-tags-now", Label).update(tags_preview(self.original_tags, event.value))
            self._typed()

    def _typed(self) -> None:
        if self._draft is None or self._finished:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.DEBOUNCE, self._keep_draft)

    def _keep_draft(self) -> None:
        """Write the draft now (or remove it, when the note is back as it was)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._draft is None or self._finished:
            return
        if self.changed():
            text, field = self.current()
            self._draft.keep(text, tuple(tag_edit_words(field)))
        else:
            self._draft.discard()

    def _finish(self) -> None:
        """Saved or discarded: stop keeping a draft, remove the one on disk."""
        self._finished = True
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._draft is not None:
            self._draft.discard()

    def on_unmount(self) -> None:
        # closed some other way (the app quits, SIGTERM): keep what the debounce had not written yet
        if not self._finished and self._timer is not None:
            self._keep_draft()

    # ------------------------------------------------------------------ actions
    def action_save(self) -> None:
        if self._saving:
            return
        text, field = self.current()
        if not text.strip():
            self.query_one("#note-error", Label).update("The note is empty: write something or press escape.")
            return
        try:
            tags = apply_tag_field(self.original_tags, field)
        except ActorlensError as exc:
            self.query_one("#note-error", Label).update(f"Tags: {exc}")
            return
        self._saving = True
        self.query_one("#note-error", Label).update("Saving…")
        self._save(NoteDraft(text, tags), self._saved)

    def _saved(self, problem: str | None) -> None:
        """Called by the screen once the save finished: None means saved, else the error line."""
        self._saving = False
        if problem is None:
            self._finish()
            self.dismiss()
        else:
            self._keep_draft()
            self.query_one("#note-error", Label).update(f"Not saved: {problem} (your text is kept)")

    def action_cancel(self) -> None:
        """Close: at once when nothing changed, else ask whether to save, discard or keep editing."""
        if self._saving:
            return
        if not self.changed():
            self._finish()
            self.dismiss()
            return
        from .unsaved import UnsavedNote

        def answered(choice: str | None) -> None:
            if choice == "save":
                self.action_save()
            elif choice == "discard":
                self._finish()
                self.dismiss()

        self._keep_draft()
        UnsavedNote.open(self.app, callback=answered)

    def action_external(self) -> None:
        """Edit the text in $VISUAL/$EDITOR (the app is suspended meanwhile); on failure one line, text kept."""
        from store.notebook.external_edit import edit_text, editor_command

        error = self.query_one("#note-error", Label)
        area = self._area
        edited: str | None = None
        problem: str | None = None
        try:
            argv = editor_command()
            with self.app.suspend():
                # caught inside: an exception through App.suspend would skip resuming the screen
                try:
                    edited = edit_text(area.text, argv)
                except ActorlensError as exc:
                    problem = str(exc)
        except ActorlensError as exc:
            problem = str(exc)
        except SuspendNotSupported:
            problem = "The editor cannot run here: this terminal cannot be handed over."
        if edited is None:
            error.update(problem or "The editor gave nothing back; the note is unchanged.")
            return
        error.update("")
        if edited != area.text:
            area.replace(edited, (0, 0), area.document.end)
        area.focus()


class TagEditor(Dialog[tuple[str, ...] | None]):
    """Add tags (or remove them with -tag) to the tags there are, completed from the tags already in use."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]
    EXTRA_HINTS = (("enter", "save"), ("→", "accept completion"), ("-tag", "removes"))
    KEEP = True

    def __init__(self, title: str, tags: Iterable[str], known_tags: Callable[[], Iterable[str]]) -> None:
        super().__init__()
        self.setup(title, tags, known_tags)

    def setup(self, title: str, tags: Iterable[str], known_tags: Callable[[], Iterable[str]]) -> None:
        self.heading = title
        self.tags = tuple(tags)
        self.known_tags = known_tags

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="tag-editor"):
            with Horizontal(classes="row"):
                yield Label("Tags:", classes="field-label")
                yield Label(tags_preview(self.tags, ""), id="tags-now")
            yield Input("", placeholder=TAGS_PLACEHOLDER, id="tag-input", suggester=TagSuggester(self.known_tags))
            yield Static(self._in_use(), markup=False, classes="in-use")
            yield Label("", id="tags-error", classes="error", markup=False)
            yield self.hints_label()

    def _in_use(self) -> Text:
        used = sorted(self.known_tags())
        return Text("In use: " + (" ".join(f"#{visible(t)}" for t in used) or "none yet"), style="italic")

    def on_mount(self) -> None:
        self.query_one("#tag-editor").border_title = self.heading
        self.query_one(Input).focus()

    def fill(self) -> None:
        """Opened again (kept): as compose and on_mount make it, for the new tags."""
        self.query_one("#tag-editor").border_title = self.heading
        self.query_one("#tags-now", Label).update(tags_preview(self.tags, ""))
        field = self.query_one(Input)
        refill(field, "")
        field.suggester = TagSuggester(self.known_tags)
        self.query_one(".in-use", Static).update(self._in_use())
        self.query_one("#tags-error", Label).update("")
        field.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#tags-now", Label).update(tags_preview(self.tags, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(apply_tag_field(self.tags, event.value))
        except ActorlensError as exc:
            self.query_one("#tags-error", Label).update(f"{exc}")

    def action_cancel(self) -> None:
        self.dismiss(None)
