"""Notes, tags and actor edits on the main screen (a mixin of MainScreen).

Writes run in thread workers (the notebook fsyncs); the UI learns the outcome through callbacks on
the main thread. A note the user wrote stays in its editor until the notebook says it is on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding

from store.errors import ActorlensError
from store.model import Anchor, Document, Note
from store.notebook.anchoring import anchor_for
from store.notebook.notebook import DocInfo, Notebook, PlacedNote

from ..widgets.notes_panel import NotesPanel
from ..widgets.reader import Reader

if TYPE_CHECKING:  # pragma: no cover
    from textual.screen import Screen

    from ..dialogs.actor_picker import ActorChoice
    from ..dialogs.notes import NoteDraft
    from ..dialogs.passage import PassageChoice

    _Base = Screen
else:
    _Base = object

NOTE_MARK = Style(underline=True, italic=True)

ANNOTATE_BINDINGS = [
    Binding("a", "add_note", "Note ¶", id="notes.add_paragraph"),
    Binding("A", "add_document_note", "Note doc", show=False, id="notes.add_document"),
    Binding("v", "select_passage", "Select", id="notes.select_passage"),
    Binding("t", "tag_document", "Tag doc", id="notes.tag_document"),
    Binding("u", "undo_delete", "Undo delete", show=False, id="notes.undo_delete"),
    Binding("o", "focus_notes", "Notes", show=False, id="notes.focus"),
    Binding("E", "export", "Export", id="notes.export"),
]


class AnnotateMixin(_Base):
    notebook: Notebook
    _undo: list[Note]
    _info_cache: dict[str, DocInfo]

    # ------------------------------------------------------------------ helpers
    def _reader_doc(self) -> Document | None:
        return self.query_one(Reader).document

    def _run(self, work: Callable[[], Any], done: Callable[[Any, str | None], None]) -> None:
        """Run work in a thread; call done(result, problem) on the main thread."""

        def job() -> None:
            try:
                result = work()
            except ActorlensError as exc:
                self.app.call_from_thread(done, None, str(exc))
            except OSError as exc:  # pragma: no cover - the store turns these into ActorlensError
                self.app.call_from_thread(done, None, f"{exc.strerror or exc}")
            else:
                self.app.call_from_thread(done, result, None)

        self.run_worker(job, thread=True, group="notebook", exit_on_error=False)

    def notebook_changed(self) -> None:
        self._info_cache.clear()
        self.refresh_notes()
        from ..widgets.document_list import DocumentList

        self.query_one(DocumentList).refresh()

    def _sync_info_cache(self) -> None:
        generation = self.notebook.generation
        if generation != getattr(self, "_info_generation", None):  # changed, maybe by another process
            self._info_cache.clear()
            self._info_generation = generation

    def doc_info(self, summary: Any) -> DocInfo:
        info = self._info_cache.get(summary.doc_id)
        if info is None:
            info = self.notebook.info(summary)
            self._info_cache[summary.doc_id] = info
        return info

    def sidebar_extra(self, summary: Any) -> str:
        self._sync_info_cache()
        info = self.doc_info(summary)
        parts = [f"#{t}" for t in info.tags]
        if info.note_count:
            parts.append(f"✎{info.note_count}")
        return " ".join(parts)

    def filter_sources(self) -> dict:
        self._sync_info_cache()
        return {
            "tags_of": lambda s: self.doc_info(s).all_tags,
            "notes_of": lambda s: self.doc_info(s).note_count,
        }

    # ------------------------------------------------------------------ showing notes
    def placed_notes(self, doc: Document | None) -> list[PlacedNote]:
        if doc is None:
            return []
        try:
            return self.notebook.placed(doc)
        except ActorlensError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return []

    def load_notes(self, doc: Document | None, select: str | None = None) -> None:
        """Show doc's notes in the panel and remember where they sit (the reader styles from that)."""
        placed = self.placed_notes(doc)
        self._placed = placed
        spans: dict[int, list[tuple[int, int]]] = {}
        for item in placed:
            where = item.where
            if where.block is not None:
                spans.setdefault(where.block, []).append((where.start, where.end))
        self._note_spans = spans
        panel = self.query_one(NotesPanel)
        panel.show_notes(placed, select)
        detached = sum(1 for p in placed if p.where.status == "detached")
        panel.border_title = f"Notes ({len(placed)})" if placed else "Notes"
        panel.border_subtitle = f"{detached} detached" if detached else ("read-only" if self.notebook.read_only else "")
        self.query_one(Reader).marked_blocks = set(spans)

    def refresh_notes(self, select: str | None = None) -> None:
        self.load_notes(self._reader_doc(), select)
        self.query_one(Reader).restyle(self.style_block)

    def style_notes(self, index: int, text: Text) -> None:
        for start, end in getattr(self, "_note_spans", {}).get(index, ()):
            if end > start:
                text.stylize(NOTE_MARK, start, end)

    @on(NotesPanel.OptionSelected, "#notes")
    def _go_to_note(self, event: NotesPanel.OptionSelected) -> None:
        placed = self.query_one(NotesPanel).selected()
        if placed is None:
            return
        reader = self.query_one(Reader)
        if placed.where.block is not None:
            reader.move_cursor(placed.where.block, center=True)
            reader.focus()
        elif placed.where.status == "detached":
            self.notify("This note's passage is no longer in the document.", severity="warning")

    def action_focus_notes(self) -> None:
        self.show_side(True)
        self.query_one(NotesPanel).focus()

    # ------------------------------------------------------------------ adding and editing
    def _check_writable(self) -> bool:
        if self.notebook.read_only:
            problem = self.notebook.problem
            self.notify(
                f"Notes are read-only: {problem}" if problem else "Notes are read-only.",
                severity="error",
                markup=False,
            )
            return False
        return True

    def _open_editor(self, title: str, anchor: Anchor | None, doc: Document) -> None:
        from ..dialogs.notes import NoteEditor

        def save(draft: NoteDraft, finished: Callable[[str | None], None]) -> None:
            def done(note: Note | None, problem: str | None) -> None:
                finished(problem)
                if problem is None and note is not None:
                    self.notebook_changed()
                    self.refresh_notes(select=note.id)
                    self.notify("Note saved.", timeout=2)

            self._run(lambda: self.notebook.add(doc, draft.text, anchor=anchor, tags=draft.tags), done)

        editor = NoteEditor(
            title,
            quote=anchor.exact if anchor else None,
            known_tags=self.notebook.all_tags,
            save=save,
        )
        self.app.push_screen(editor)

    def action_add_note(self) -> None:
        doc = self._reader_doc()
        if doc is None or not doc.blocks or not self._check_writable():
            return
        block = self.query_one(Reader).cursor
        self._open_editor(f"Note on ¶{block + 1}", anchor_for(doc, block), doc)

    def action_add_document_note(self) -> None:
        doc = self._reader_doc()
        if doc is None or not self._check_writable():
            return
        self._open_editor("Note on the whole document", None, doc)

    def action_select_passage(self) -> None:
        from ..dialogs.passage import PassageSelector

        doc = self._reader_doc()
        if doc is None or not doc.blocks:
            return
        block = self.query_one(Reader).cursor

        def chosen(choice: PassageChoice | None) -> None:
            if choice is None:
                return
            phrase = doc.blocks[block].text[choice.start : choice.end]
            if choice.action == "note":
                if self._check_writable():
                    self._open_editor("Note on a passage", anchor_for(doc, block, choice.start, choice.end), doc)
            else:
                self._edit_actor(phrase, new=choice.action == "actor")

        self.app.push_screen(PassageSelector(doc.blocks[block].text, f"Select in ¶{block + 1}"), chosen)

    def action_edit_note(self) -> None:
        from ..dialogs.notes import NoteEditor

        placed = self.query_one(NotesPanel).selected()
        if placed is None or not self._check_writable():
            return
        note = placed.note

        def save(draft: NoteDraft, finished: Callable[[str | None], None]) -> None:
            def done(result: Note | None, problem: str | None) -> None:
                finished(problem)
                if problem is None:
                    self.notebook_changed()
                    self.refresh_notes(select=note.id)

            self._run(lambda: self.notebook.edit(note.id, text=draft.text, tags=draft.tags), done)

        self.app.push_screen(
            NoteEditor(
                "Edit note",
                quote=note.anchor.exact if note.anchor else None,
                text=note.text,
                tags=note.tags,
                known_tags=self.notebook.all_tags,
                save=save,
            )
        )

    def action_delete_note(self) -> None:
        from ..dialogs.confirm import Confirm

        placed = self.query_one(NotesPanel).selected()
        if placed is None or not self._check_writable():
            return
        note = placed.note
        first = next((line for line in note.text.splitlines() if line.strip()), "")

        def answered(yes: bool | None) -> None:
            if not yes:
                return

            def done(deleted: Note | None, problem: str | None) -> None:
                if problem is not None:
                    self.notify(f"Not deleted: {problem}", severity="error", markup=False)
                    return
                assert deleted is not None
                self._undo.append(deleted)
                self.notebook_changed()
                self.notify("Note deleted. Press u to undo.", timeout=4)

            self._run(lambda: self.notebook.delete(note.id), done)

        self.app.push_screen(Confirm("Delete this note?", first[:200]), answered)

    def action_undo_delete(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.", timeout=2)
            return
        note = self._undo.pop()

        def done(restored: Note | None, problem: str | None) -> None:
            if problem is not None:
                self._undo.append(note)
                self.notify(f"Not restored: {problem}", severity="error", markup=False)
                return
            self.notebook_changed()
            self.refresh_notes(select=note.id)
            self.notify("Note restored.", timeout=2)

        self._run(lambda: self.notebook.restore(note), done)

    # ------------------------------------------------------------------ tags
    def _edit_tags(
        self, title: str, current: tuple[str, ...], save: Callable[[tuple[str, ...]], Any], select: str | None = None
    ) -> None:
        """Ask for tags, save them in a worker, then refresh what shows tags."""
        from ..dialogs.notes import TagEditor

        def chosen(tags: tuple[str, ...] | None) -> None:
            if tags is None:
                return

            def done(result: Any, problem: str | None) -> None:
                if problem is not None:
                    self.notify(f"Tags not saved: {problem}", severity="error", markup=False)
                    return
                self.notebook_changed()
                if select is not None:
                    self.refresh_notes(select=select)
                self._refilter()

            self._run(lambda: save(tags), done)

        self.app.push_screen(TagEditor(title, current, self.notebook.all_tags), chosen)

    def action_tag_document(self) -> None:
        doc = self._reader_doc()
        if doc is None or not self._check_writable():
            return
        self._edit_tags(
            "Tags of this document", self.notebook.doc_tags(doc), lambda tags: self.notebook.set_doc_tags(doc, tags)
        )

    def action_tag_note(self) -> None:
        placed = self.query_one(NotesPanel).selected()
        if placed is None or not self._check_writable():
            return
        note = placed.note
        self._edit_tags(
            "Tags of this note", note.tags, lambda tags: self.notebook.edit(note.id, tags=tags), select=note.id
        )

    def _refilter(self) -> None:
        """Re-apply the sidebar filter (tags changed)."""
        self._apply_filter(self.filter_query)

    # ------------------------------------------------------------------ actors
    def _edit_actor(self, phrase: str, *, new: bool) -> None:
        from ..dialogs.actor_picker import ActorPicker

        actors = sorted(self.analyzer.actors.values(), key=lambda a: a.name.casefold())
        choices = [(a.id, f"{a.name} ({a.kind}{' · ' + a.affiliation if a.affiliation else ''})") for a in actors]

        def chosen(choice: ActorChoice | None) -> None:
            if choice is None:
                return

            def work() -> str:
                if choice.actor_id is not None:
                    self.analyzer.add_alias(choice.actor_id, phrase)
                    return f"“{phrase}” is now a name of {self.analyzer.actors[choice.actor_id].name}."
                self.analyzer.add_actor(choice.name, choice.kind, affiliation=choice.affiliation, aliases=[phrase])
                return f"New actor: {choice.name}."

            def done(message: str | None, problem: str | None) -> None:
                if problem is not None:
                    self.notify(problem, severity="error", markup=False)
                    return
                self.notify(message or "", timeout=4, markup=False)
                self.reanalyse_open()

            self._run(work, done)

        self.app.push_screen(ActorPicker(phrase, choices, new=new), chosen)


class ExportMixin(_Base):
    """Export from the app (E): the open document's notes, all notes, or the filtered documents'."""

    def _export_defaults(self) -> dict[str, str]:
        import datetime
        import os

        from store.notebook.export import safe_filename

        doc = self._reader_doc()
        today = datetime.date.today().isoformat()
        name = safe_filename(doc.display_title, suffix="") if doc is not None else "document"
        return {
            "document": os.path.join(os.getcwd(), f"{name} - notes.md"),
            "all": os.path.join(os.getcwd(), f"actorlens-notes-{today}.md"),
            "filtered": os.path.join(os.getcwd(), f"actorlens-filtered-{today}.md"),
        }

    def action_export(self) -> None:
        from ..dialogs.export import ExportDialog, ExportRequest

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self._export(request, force=False)

        doc = self._reader_doc()
        scope = "document" if doc is not None and self.notebook.note_count(doc) else "all"
        self.app.push_screen(ExportDialog(self._export_defaults(), scope), chosen)

    def _export(self, request: Any, *, force: bool) -> None:
        from store.corpus.documents import load
        from store.corpus.library import source_for
        from store.notebook import export

        from ..widgets.document_list import DocumentList

        doc = self._reader_doc()
        documents = self.query_one(DocumentList)
        visible = documents.visible_documents()
        notebook = self.notebook
        library = self.library
        actors_for = export.main_actors(self.analyzer)

        def load_or_none(path: str) -> Document | None:
            try:
                return load(source_for(path))
            except ActorlensError:
                return None

        def work() -> list:
            if request.scope == "document":
                docs = [doc] if doc is not None else []
                selection = export.select(notebook, docs=docs)
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
                existing = [
                    str(p)
                    for p, _ in export.plan(selection, request.path, by_tag=request.by_tag, actors_for=None)
                    if p.exists()
                ]
                if existing:
                    return ["exists", *existing]
            return export.write(selection, request.path, by_tag=request.by_tag, force=force, actors_for=actors_for)

        def done(result: list | None, problem: str | None) -> None:
            if problem is not None:
                self.notify(f"Not exported: {problem}", severity="error", markup=False)
                return
            assert result is not None
            if result and result[0] == "exists":
                names = ", ".join(result[1:4]) + (" …" if len(result) > 4 else "")

                def answered(yes: bool | None) -> None:
                    if yes:
                        self._export(request, force=True)

                from ..dialogs.confirm import Confirm

                self.app.push_screen(Confirm("Overwrite existing files?", names), answered)
                return
            where = str(result[0]) if len(result) == 1 else f"{len(result)} files in {request.path}"
            self.notify(f"Exported to {where}", title="Export", markup=False, timeout=8)

        self.notify("Exporting…", timeout=2)
        self._run(work, done)
