"""Notes, tags and export on the main screen: a controller the screen owns and routes keys to.

It keeps the notebook's per-document info for the sidebar, shows the open document's notes (in the
side panel, and underlined in the reader), and runs every write in a background worker (the notebook
fsyncs). A note the user wrote stays in its editor until the notebook says it is on disk, and its
draft stays on disk (store.notebook.drafts) until it is saved or discarded: the next `a`/`e` of the
same target, in this run or the next, brings it back. Deletions and tag changes undo with `u`.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from store.corpus.library import Summary
from store.errors import ActorlensError
from store.model import Anchor, Document, Note
from store.notebook.anchoring import anchor_for
from store.notebook.drafts import Draft, DraftSlot, DraftWriter, draft_key
from store.notebook.notebook import DocInfo, Notebook, PlacedNote
from store.sanitize import visible

if TYPE_CHECKING:  # pragma: no cover
    from ..dialogs.export import ExportRequest
    from ..dialogs.notes import NoteDraft
    from ..dialogs.passage import PassageChoice
    from .main import MainScreen

NOTE_BINDINGS: list[BindingType] = [
    Binding("a", "add_note", "Note ¶", id="notes.add_paragraph"),
    Binding("A", "add_document_note", "Note doc", show=False, id="notes.add_document"),
    Binding("v", "select_passage", "Select", id="notes.select_passage"),
    Binding("t", "tag_document", "Tag doc", id="notes.tag_document"),
    Binding("u", "undo_delete", "Undo delete/tags", show=False, id="notes.undo_delete"),
    Binding("o", "focus_notes", "Notes", show=False, id="notes.focus"),
    Binding("E", "export", "Export", id="notes.export"),
]


@dataclass(frozen=True, slots=True)
class Undo:
    """A change `u` takes back: what it was ("deletion", "tag change"), the work that undoes it (in a
    worker), and the note to select afterwards."""

    what: str
    work: Callable[[], object]
    select: str | None = None


class NotesController:
    def __init__(self, screen: MainScreen, notebook: Notebook) -> None:
        self.screen = screen
        self.notebook = notebook
        self.drafts = DraftWriter()
        self._undo: list[Undo] = []
        self._info: dict[str, DocInfo] = {}
        self._info_generation: int | None = None

    # ------------------------------------------------------------------ helpers
    def _doc(self) -> Document | None:
        return self.screen.reader.document

    def _run(self, name: str, work: Callable[[], Any], done: Callable[[Any, str | None], None]) -> None:
        self.screen.background.run(name, work, done)

    def _error(self, text: str) -> None:
        self.screen.notify(text, severity="error", markup=False)

    def changed(self) -> None:
        """The notebook changed: forget the sidebar's info, show the notes again."""
        self._info.clear()
        self.refresh()
        self.screen.sidebar.documents.refresh()

    # ------------------------------------------------------------------ the sidebar's view of notes
    def doc_info_check(self) -> None:
        """Forget the documents' info when the notebook changed (maybe in another process)."""
        generation = self.notebook.recent_generation()  # one look at the file for a screenful or a filter pass
        if generation != self._info_generation:
            self._info.clear()
            self._info_generation = generation

    def doc_info(self, summary: Summary) -> DocInfo:
        self.doc_info_check()
        info = self._info.get(summary.doc_id)
        if info is None:
            info = self._info[summary.doc_id] = self.notebook.recent_info(summary)
        return info

    def sidebar_extra(self, summary: Summary) -> str:
        info = self.doc_info(summary)
        parts = [f"#{t}" for t in info.tags]
        if info.note_count:
            parts.append(f"✎{info.note_count}")
        return " ".join(parts)

    def filter_sources(self) -> dict[str, Callable[..., Any]]:
        """What a filter pass asks of every document (10,000 at a keystroke): the notebook's generation is
        checked once here, then each document costs a dict lookup."""
        self.doc_info_check()
        infos, notebook = self._info, self.notebook

        def info_of(summary: Summary) -> DocInfo:
            info = infos.get(summary.doc_id)
            if info is None:
                info = infos[summary.doc_id] = notebook.recent_info(summary)
            return info

        def tags_of(summary: Summary) -> Iterable[str]:
            info = info_of(summary)
            return info.all_tags if info.tags or info.note_tags else ()

        return {
            "tags_of": tags_of,
            "notes_of": lambda s: info_of(s).note_count,
            "marked": notebook.recent_marked,  # the only documents asked about (store/corpus/filter_pass)
        }

    # ------------------------------------------------------------------ showing notes
    def show(self, doc: Document | None, select: str | None = None) -> None:
        """Show doc's notes in the side panel, and have the reader mark their passages."""
        placed: list[PlacedNote] = []
        if doc is not None:
            try:
                placed = self.notebook.placed(doc)
            except ActorlensError as exc:
                self._error(str(exc))
        spans: dict[int, list[tuple[int, int]]] = {}
        for item in placed:
            where = item.where
            if where.block is not None:
                spans.setdefault(where.block, []).append((where.start, where.end))
        self.screen.reader.mark_notes(spans)
        self.screen.side.show_notes(placed, select, read_only=self.notebook.read_only)

    def refresh(self, select: str | None = None) -> None:
        self.show(self._doc(), select)
        self.screen.reader.restyle()

    def go_to_selected(self) -> None:
        """Go to the highlighted note's passage (enter or a click on a note)."""
        placed = self.screen.side.notes.selected()
        if placed is None:
            return
        reader = self.screen.reader
        if placed.where.block is not None:
            reader.move_cursor(placed.where.block, center=True)
            reader.focus()
        elif placed.where.status == "detached":
            self.screen.notify("This note's passage is no longer in the document.", severity="warning")

    # ------------------------------------------------------------------ adding and editing
    def _writable(self) -> bool:
        if self.notebook.read_only:
            problem = self.notebook.problem
            self._error(f"Notes are read-only: {problem}" if problem else "Notes are read-only.")
            return False
        return True

    def announce_drafts(self) -> None:
        """At start: say so when note drafts were left unsaved (a crash, a closed terminal), and how to get
        one back."""

        def done(drafts: list[Draft] | None, problem: str | None) -> None:
            if not drafts:
                return
            newest = visible(" ".join(drafts[0].title.split())) or "a note"
            count = "An unsaved note draft is" if len(drafts) == 1 else f"{len(drafts)} unsaved note drafts are"
            self.screen.notify(
                f"{count} kept (the newest: {newest}). Open that note again (a, A or e) to get it back.",
                title="Drafts",
                markup=False,
                timeout=8,
            )

        self._run("list_drafts", self.drafts.drafts.all, done)

    def _draft_slot(self, key: str, title: str) -> DraftSlot:
        return DraftSlot(self.drafts, key, title)

    def _open_editor(self, title: str, anchor: Anchor | None, doc: Document) -> None:
        from ..dialogs.notes import NoteEditor

        if anchor is None:
            key = draft_key(doc.id)
        else:
            key = draft_key(doc.id, block=anchor.block, start=anchor.start, end=anchor.end)
        slot = self._draft_slot(key, f"{title} · {doc.display_title}")

        def save(draft: NoteDraft, finished: Callable[[str | None], None]) -> None:
            def done(note: Note | None, problem: str | None) -> None:
                finished(problem)
                if problem is None and note is not None:
                    self.changed()
                    self.refresh(select=note.id)
                    self.screen.notify("Note saved.", timeout=2)

            self._run("save_note", lambda: self.notebook.add(doc, draft.text, anchor=anchor, tags=draft.tags), done)

        NoteEditor.open(
            self.screen.app,
            title,
            quote=anchor.exact if anchor else None,
            known_tags=self.notebook.all_tags,
            save=save,
            draft=slot,
            restored=slot.load(),
        )

    def add_paragraph_note(self) -> None:
        doc = self._doc()
        if doc is None or not doc.blocks or not self._writable():
            return
        block = self.screen.reader.cursor
        self._open_editor(f"Note on ¶{block + 1}", anchor_for(doc, block), doc)

    def add_document_note(self) -> None:
        doc = self._doc()
        if doc is None or not self._writable():
            return
        self._open_editor("Note on the whole document", None, doc)

    def add_passage_note(self, doc: Document, block: int, start: int, end: int) -> None:
        """Open the note editor on a passage of the open document (from the passage selection, or a
        passage another screen found)."""
        if self._writable():
            self._open_editor("Note on a passage", anchor_for(doc, block, start, end), doc)

    def select_passage(self) -> None:
        from ..dialogs.passage import PassageSelector

        doc = self._doc()
        if doc is None or not doc.blocks:
            return
        block = self.screen.reader.cursor

        def chosen(choice: PassageChoice | None) -> None:
            if choice is None:
                return
            if choice.action == "note":
                self.add_passage_note(doc, block, choice.start, choice.end)
            else:
                phrase = doc.blocks[block].text[choice.start : choice.end]
                self.screen.edit_actor(phrase, new=choice.action == "actor")

        PassageSelector.open(self.screen.app, doc.blocks[block].text, f"Select in ¶{block + 1}", callback=chosen)

    def edit_selected(self) -> None:
        from ..dialogs.notes import NoteEditor

        placed = self.screen.side.notes.selected()
        if placed is None or not self._writable():
            return
        note = placed.note

        def save(draft: NoteDraft, finished: Callable[[str | None], None]) -> None:
            def done(result: Note | None, problem: str | None) -> None:
                finished(problem)
                if problem is None:
                    if draft.tags != note.tags:  # the Tags field's change undoes with u, as `t`'s does
                        old = note.tags
                        self._undo.append(Undo("tag change", lambda: self.notebook.edit(note.id, tags=old), note.id))
                    self.changed()
                    self.refresh(select=note.id)

            self._run("edit_note", lambda: self.notebook.edit(note.id, text=draft.text, tags=draft.tags), done)

        slot = self._draft_slot(
            draft_key(note.doc_id, note_id=note.id), "Edit note" + (f" · {note.doc_title}" if note.doc_title else "")
        )
        NoteEditor.open(
            self.screen.app,
            "Edit note",
            quote=note.anchor.exact if note.anchor else None,
            text=note.text,
            tags=note.tags,
            known_tags=self.notebook.all_tags,
            save=save,
            draft=slot,
            restored=slot.load(),
        )

    def delete_selected(self) -> None:
        from ..dialogs.confirm import Confirm

        placed = self.screen.side.notes.selected()
        if placed is None or not self._writable():
            return
        note = placed.note
        first = next((line for line in note.text.splitlines() if line.strip()), "")

        def answered(yes: bool | None) -> None:
            if not yes:
                return

            def done(deleted: Note | None, problem: str | None) -> None:
                if problem is not None or deleted is None:
                    self._error(f"Not deleted: {problem}")
                    return
                self._undo.append(Undo("deletion", lambda: self.notebook.restore(deleted), deleted.id))
                self.changed()
                self.screen.notify("Note deleted. Press u to undo.", timeout=4)

            self._run("delete_note", lambda: self.notebook.delete(note.id), done)

        Confirm.open(self.screen.app, "Delete this note?", first[:200], callback=answered)

    def undo_delete(self) -> None:
        """Take back the last deletion or tag change."""
        if not self._undo:
            self.screen.notify("Nothing to undo.", timeout=2)
            return
        step = self._undo.pop()

        def done(result: object, problem: str | None) -> None:
            if problem is not None:
                self._undo.append(step)
                self._error(f"Not undone ({step.what}): {problem}")
                return
            self.changed()
            self.refresh(select=step.select)
            self.screen.sidebar.refilter()
            self.screen.notify(f"Undone: the {step.what}.", timeout=2)

        self._run("undo", step.work, done)

    # ------------------------------------------------------------------ tags
    def _edit_tags(
        self, title: str, current: tuple[str, ...], save: Callable[[tuple[str, ...]], object], select: str | None = None
    ) -> None:
        """Ask for tags to add or remove, save them in a worker (undone with `u`), refresh what shows tags."""
        from ..dialogs.notes import TagEditor

        def chosen(tags: tuple[str, ...] | None) -> None:
            if tags is None or tags == current:
                return

            def done(result: object, problem: str | None) -> None:
                if problem is not None:
                    self._error(f"Tags not saved: {problem}")
                    return
                self._undo.append(Undo("tag change", lambda: save(current), select))
                self.changed()
                if select is not None:
                    self.refresh(select=select)
                self.screen.sidebar.refilter()
                self.screen.notify("Tags saved. Press u to undo.", timeout=3)

            self._run("save_tags", lambda: save(tags), done)

        TagEditor.open(self.screen.app, title, current, self.notebook.all_tags, callback=chosen)

    def tag_document(self) -> None:
        doc = self._doc()
        if doc is None or not self._writable():
            return
        self._edit_tags(
            "Tags of this document", self.notebook.doc_tags(doc), lambda tags: self.notebook.set_doc_tags(doc, tags)
        )

    def tag_selected(self) -> None:
        placed = self.screen.side.notes.selected()
        if placed is None or not self._writable():
            return
        note = placed.note
        self._edit_tags(
            "Tags of this note", note.tags, lambda tags: self.notebook.edit(note.id, tags=tags), select=note.id
        )

    # ------------------------------------------------------------------ export
    def _export_defaults(self) -> dict[str, str]:
        from store.notebook.export import safe_filename

        doc = self._doc()
        today = datetime.date.today().isoformat()
        name = safe_filename(doc.display_title, suffix="") if doc is not None else "document"
        return {
            "document": os.path.join(os.getcwd(), f"{name} - notes.md"),
            "all": os.path.join(os.getcwd(), f"actorlens-notes-{today}.md"),
            "filtered": os.path.join(os.getcwd(), f"actorlens-filtered-{today}.md"),
        }

    def export(self) -> None:
        """Ask what to export (the open document's notes, all, or the filtered documents') and where."""
        from ..dialogs.export import ExportDialog

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self._export(request, force=False)

        doc = self._doc()
        scope = "document" if doc is not None and self.notebook.note_count(doc) else "all"
        ExportDialog.open(self.screen.app, self._export_defaults(), scope, callback=chosen)

    def _export(self, request: ExportRequest, *, force: bool) -> None:
        from store.corpus.documents import load
        from store.corpus.library import source_for
        from store.notebook import export

        doc = self._doc()
        visible = self.screen.sidebar.documents.visible_documents()
        notebook = self.notebook
        library = self.screen.library
        actors_for = export.main_actors(self.screen.analyzer)

        def load_or_none(path: str) -> Document | None:
            try:
                return load(source_for(path))
            except ActorlensError:
                return None

        def work() -> tuple[list[str], list[str]]:
            """(files written, files that exist and were not written)"""
            if request.scope == "document":
                selection = export.select(notebook, docs=[doc] if doc is not None else [])
            elif request.scope == "filtered":
                docs = []
                for index in visible:
                    try:
                        docs.append(library.document(index))
                    except ActorlensError:
                        continue
                selection = export.select(notebook, docs=[d for d in docs if notebook.note_count(d)])
            else:
                selection = export.select(notebook, load=load_or_none)
            if not any(item.notes for item in selection):
                raise ActorlensError("there are no notes to export for that choice")
            if not force:
                planned = export.plan(selection, request.path, by_tag=request.by_tag, actors_for=None)
                existing = [str(path) for path, _ in planned if path.exists()]
                if existing:
                    return [], existing
            written = export.write(selection, request.path, by_tag=request.by_tag, force=force, actors_for=actors_for)
            return [str(path) for path in written], []

        def done(result: tuple[list[str], list[str]] | None, problem: str | None) -> None:
            if problem is not None or result is None:
                self._error(f"Not exported: {problem}")
                return
            written, existing = result
            if existing:
                from ..dialogs.confirm import Confirm

                def answered(yes: bool | None) -> None:
                    if yes:
                        self._export(request, force=True)

                names = ", ".join(existing[:3]) + (" …" if len(existing) > 3 else "")
                Confirm.open(self.screen.app, "Overwrite existing files?", names, callback=answered)
                return
            where = written[0] if len(written) == 1 else f"{len(written)} files in {request.path}"
            self.screen.notify(f"Exported to {where}", title="Export", markup=False, timeout=8)

        self.screen.notify("Exporting…", timeout=2)
        self._run("export_notes", work, done)
