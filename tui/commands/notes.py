"""``actorlens note ...``, ``actorlens tag ...`` and ``actorlens export``: thin layers over store.notebook.notebook/export.

Output is plain text (never parsed as markup) or JSON; problems are ``ActorlensError``s that
``tui.cli.main`` prints as one line on stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from store.errors import ActorlensError
from store.sanitize import json_text, visible_name

if TYPE_CHECKING:
    from store.model import Document, Note
    from store.notebook.anchoring import ResolvedAnchor
    from store.notebook.notebook import Notebook

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any, handlers: dict[str, Handler]) -> None:
    """Add the note, tag and export commands to the ``actorlens`` parser."""
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db", metavar="PATH", help="the notes file (default: $ACTORLENS_DB, else notes.json in the user data folder)"
    )

    note = sub.add_parser("note", help="add, list or remove notes")
    note_sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    add = note_sub.add_parser("add", parents=[db], help="add a note to a document (or to a passage with --quote)")
    add.add_argument("path", help="the document (.txt, .md or .html)")
    add.add_argument("text", help="the note (Markdown allowed); '-' reads it from standard input")
    add.add_argument("--quote", metavar="PASSAGE", help="anchor the note to the first occurrence of PASSAGE")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="tag the note (repeatable)")
    listing = note_sub.add_parser("list", parents=[db], help="list notes (of one document, or all)")
    listing.add_argument("path", nargs="?", help="only the notes of this document")
    listing.add_argument("--json", action="store_true", help="print JSON")
    rm = note_sub.add_parser("rm", parents=[db], help="delete a note by id")
    rm.add_argument("id", help="the note's id (from 'actorlens note list')")
    recover = note_sub.add_parser(
        "recover", parents=[db], help="set an unreadable notes file aside and restore its backup"
    )
    recover.add_argument("--empty", action="store_true", help="start an empty notebook instead of the backup")
    handlers["note"] = _cmd_note

    tag = sub.add_parser("tag", help="tag documents, list tags")
    tag_sub = tag.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    tag_add = tag_sub.add_parser("add", parents=[db], help="add tags to a document")
    tag_add.add_argument("path", help="the document")
    tag_add.add_argument("tags", nargs="+", metavar="TAG")
    tag_rm = tag_sub.add_parser("rm", parents=[db], help="remove tags from a document")
    tag_rm.add_argument("path", help="the document")
    tag_rm.add_argument("tags", nargs="+", metavar="TAG")
    tag_list = tag_sub.add_parser("list", parents=[db], help="list every tag in use, with counts")
    tag_list.add_argument("--json", action="store_true", help="print JSON")
    handlers["tag"] = _cmd_tag

    export = sub.add_parser("export", parents=[db], help="export notes as Markdown (stdout, a file or a folder)")
    export.add_argument("--doc", action="append", default=[], metavar="PATH", help="only this document (repeatable)")
    export.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only documents with this tag, on them or their notes (repeatable: all must match)",
    )
    export.add_argument("--by-tag", action="store_true", help="group the passages under each tag")
    export.add_argument(
        "--out",
        metavar="FILE|DIR",
        help="write to FILE, or one file per document into DIR (an existing folder or a path ending in /)",
    )
    export.add_argument("--force", action="store_true", help="overwrite existing files")
    export.add_argument("--no-actors", action="store_true", help="leave the main actors out (no analysis)")
    from .actors import add_analysis_options

    add_analysis_options(export)
    handlers["export"] = _cmd_export


def _notebook(args: argparse.Namespace, *, write: bool) -> Notebook:
    from store.errors import NotebookError
    from store.notebook.notebook import Notebook

    notebook = Notebook(args.db)
    if notebook.problem is not None and notebook.problem.kind == "readonly":
        if write:
            raise NotebookError(str(notebook.path), notebook.problem.reason.split(";")[0])
    elif notebook.problem is not None:
        hint = " (run 'actorlens note recover')" if notebook.problem.recoverable else ""
        if write:
            raise NotebookError(str(notebook.path), f"read-only: {notebook.problem.reason}{hint}")
        shown = "showing its backup" if notebook.showing_backup else "showing no notes"
        print(f"actorlens: {notebook.problem}; {shown}{hint}", file=sys.stderr)
    return notebook


def _status(notebook: Notebook) -> int:
    """1 when the notes shown are not the file's (it could not be read); a read-only file reads fine."""
    return 1 if notebook.problem is not None and notebook.problem.kind != "readonly" else 0


def _document(path: str) -> Document:
    from store.corpus.documents import load
    from store.corpus.library import source_for

    return load(source_for(path))


def _cmd_note(args: argparse.Namespace) -> int:
    return {"add": _note_add, "list": _note_list, "rm": _note_rm, "recover": _note_recover}[args.note_command](args)


def _note_add(args: argparse.Namespace) -> int:
    from store.notebook.anchoring import find_quote

    text = sys.stdin.read() if args.text == "-" else args.text
    doc = _document(args.path)
    anchor = find_quote(doc, args.quote) if args.quote is not None else None
    notebook = _notebook(args, write=True)
    note = notebook.add(doc, text, anchor=anchor, tags=args.tag)
    print(note.id)
    return 0


def _note_list(args: argparse.Namespace) -> int:
    from store.notebook.notebook import note_to_dict

    notebook = _notebook(args, write=False)
    status = _status(notebook)
    items: list[tuple[Note, ResolvedAnchor | None]]
    if args.path:
        doc = _document(args.path)
        items = [(p.note, p.where) for p in notebook.placed(doc)]
    else:
        items = [(n, None) for n in notebook.notes()]
    if args.json:
        sys.stdout.write(json_text([note_to_dict(n, w) for n, w in items]) + "\n")
        return status
    out = []
    for note, where in items:
        head = f"{note.id}  {note.doc_title or '(untitled)'}  {visible_name(note.doc_path)}"
        out.append(head)
        if note.anchor is not None:
            place = ""
            if where is not None:
                place = "detached " if where.detached else f"¶{(where.block or 0) + 1} "
            else:
                place = f"¶{note.anchor.block + 1} "
            out.append(f"  {place}“{_one_line(note.anchor.exact, 100)}”")
        for line in note.text.splitlines() or [""]:
            out.append(f"  {line}")
        if note.tags:
            out.append("  tags: " + ", ".join(note.tags))
        out.append("")
    sys.stdout.write("\n".join(out))
    return status


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _note_rm(args: argparse.Namespace) -> int:
    notebook = _notebook(args, write=True)
    note = notebook.delete(args.id)
    print(note.id)
    return 0


def _note_recover(args: argparse.Namespace) -> int:
    from store.notebook.notebook import Notebook

    notebook = Notebook(args.db)
    if notebook.problem is None:
        print(f"{notebook.path}: reads fine; nothing to recover")
        return 0
    aside = notebook.recover(use_backup=not args.empty)
    source = "an empty notebook" if args.empty else f"the backup ({len(notebook.notes())} notes)"
    where = f"moved to {aside}" if aside else "already gone"
    print(f"{notebook.path}: the unreadable file was {where}; restored {source}")
    return 0


def _cmd_tag(args: argparse.Namespace) -> int:
    if args.tag_command == "list":
        notebook = _notebook(args, write=False)
        status = _status(notebook)
        uses = notebook.tag_uses()
        if args.json:
            rows = [{"tag": u.tag, "documents": u.documents, "notes": u.notes} for u in uses]
            sys.stdout.write(json_text(rows) + "\n")
        else:
            sys.stdout.write("".join(f"{u.tag}\t{u.documents}\t{u.notes}\n" for u in uses))
        return status
    doc = _document(args.path)
    notebook = _notebook(args, write=True)
    if args.tag_command == "add":
        tags = notebook.add_doc_tags(doc, args.tags)
    else:
        tags = notebook.remove_doc_tags(doc, args.tags)
    sys.stdout.write("".join(f"{t}\n" for t in tags))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from store.notebook import export

    notebook = _notebook(args, write=False)
    status = _status(notebook)
    actors_for = None if args.no_actors else _actors_for(args)
    docs = [_document(p) for p in args.doc] if args.doc else None
    selection = export.select(notebook, docs=docs, tags=args.tag, load=_load_or_none)
    if not selection:
        raise ActorlensError("no notes to export" + (" for that selection" if args.doc or args.tag else ""))
    if args.out is None:
        sys.stdout.write(export.render_all(selection, by_tag=args.by_tag, actors_for=actors_for))
        return status
    written = export.write(selection, args.out, by_tag=args.by_tag, force=args.force, actors_for=actors_for)
    for path in written:
        print(path)
    return status


def _load_or_none(path: str) -> Document | None:
    try:
        return _document(path)
    except ActorlensError:
        return None


def _actors_for(args: argparse.Namespace) -> Callable[[Document], Sequence[str]]:
    """Main actors from the analyzer (store.actors.analysis), as in the reader."""
    from store.notebook import export

    from .actors import analyzer_for

    return export.main_actors(analyzer_for(args))
