"""The ``actorlens`` command: opens the reader, or runs a scriptable subcommand."""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import BinaryIO, TextIO

from store.errors import ActorlensError
from store.sanitize import json_text, visible

Handler = Callable[[argparse.Namespace], int]


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(
        prog="actorlens",
        description="Read a corpus of articles with its actors highlighted, and keep notes. "
        "Open the reader with: actorlens [PATH ...] [--db PATH] [--no-ner]",
        epilog="With no command, opens the reader on PATH... (folders searched recursively for .txt, .md "
        "and .html; default: the bundled corpus); --db chooses the notes file, --no-ner uses the actor "
        "dictionary only. Run 'actorlens COMMAND --help' for a command's options.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}

    show = sub.add_parser("show", help="print one cleaned document (text or JSON)")
    show.add_argument("path", help="a .txt, .md or .html file")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument(
        "--colour", choices=("affiliation", "kind", "off"), default="affiliation", help="highlight colours"
    )
    from .actors import add_analysis_options
    from .actors import register as register_actor_commands

    add_analysis_options(show)
    handlers["show"] = _cmd_show
    register_actor_commands(sub, handlers)

    from .notes import register as register_note_commands

    register_note_commands(sub, handlers)

    from .analyze import register as register_analyze_command

    register_analyze_command(sub, handlers)

    from .corpus_actors import register as register_network_command

    register_network_command(sub, handlers)

    from .search import register as register_search_command

    register_search_command(sub, handlers)

    return parser, handlers


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actorlens",
        description="Open the reader on folders or files of articles (.txt, .md, .html); "
        "with no PATH, on the bundled corpus. Commands: show, actors, note, tag, export, search (run 'actorlens COMMAND --help').",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="folders (searched recursively) or files")
    parser.add_argument("--db", metavar="PATH", help="the notes file (default: $ACTORLENS_DB or the user data folder)")
    parser.add_argument("--no-ner", action="store_true", help="recognise actors with the dictionary only (faster)")
    return parser


def _cmd_show(args: argparse.Namespace) -> int:
    from store.corpus.documents import load
    from store.corpus.library import source_for
    from store.serialize import document_to_dict

    from .actors import analyzer_for

    analyzer = analyzer_for(args)
    doc = analyzer.analyze(load(source_for(args.path)))
    if args.json:
        sys.stdout.write(json_text(document_to_dict(doc, analyzer.actors)) + "\n")
        return 0
    from rich.console import Console

    from ..render import document_renderable

    # Rich writes its own colour sequences, so it gets the real stream; the document's text is already
    # made visible by store (store.corpus.documents.visible_document) and render.py keeps it so.
    stream = sys.stdout.raw if isinstance(sys.stdout, VisibleWriter) else sys.stdout
    Console(file=stream, highlight=False, markup=False, emoji=False).print(
        document_renderable(doc, analyzer.actors, args.colour)
    )
    return 0


def _run_app(paths: Sequence[str], db: str | None = None, ner: bool | None = None) -> int:
    # Start-up makes tens of thousands of objects that live as long as the app (Textual's classes,
    # styles, widgets); the cyclic collector would walk them all, more than once, before the first
    # frame (~30 ms). It is off until that frame; then the app freezes what exists and turns it back on.
    gc.disable()
    try:
        from store.corpus.library import Library
        from store.notebook.notebook import Notebook
        from store.paths import use_short_escape_delay

        default_delay = use_short_escape_delay()
        library = Library(paths)
        if not library.sources:
            raise ActorlensError("; ".join(library.problems) or "no documents to open")
        from ..app import ActorlensApp
        from ..escape import prompt_escape

        prompt_escape(lone=default_delay)  # who set $ESCDELAY (a slow link) keeps Textual's reading of it

        notebook = Notebook(db)
        app = ActorlensApp(library, ner=ner, notebook=notebook)
        # A loop of our own: asyncio.run would wait, on the way out, for every thread worker still
        # running (a spaCy model half loaded, a corpus half summarised) before returning.
        loop = asyncio.new_event_loop()
        app.run(loop=loop)
    finally:
        gc.freeze()  # what the run made is not walked on the way out (a huge document's millions of objects)
        gc.enable()
    code = 2 if app.crash is not None else app.return_code or 0
    _exit_without_waiting_for_workers(notebook, code)
    return code


def _exit_without_waiting_for_workers(notebook: object, code: int) -> None:
    """Quit now even if background threads still run (they only compute what a later run can redo),
    once any write to the notes file in progress has finished (it holds the notebook's lock)."""
    import threading

    if not any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return
    mutex = getattr(notebook, "_mutex", None)
    if mutex is not None and mutex.acquire(timeout=30):
        mutex.release()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


class VisibleWriter(io.TextIOBase):
    """A text stream that passes everything through store.sanitize.visible on its way to the terminal:
    the one boundary of the command line, so no command can print a control character."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def buffer(self) -> BinaryIO:
        """The binary stream beneath, for commands that write bytes (GraphML...): what they write comes
        from store, whose text (documents, actor names) is already made visible."""
        return self.raw.buffer

    def isatty(self) -> bool:
        return self.raw.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _run_command(handler: Handler, args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleWriter(out), VisibleWriter(err)
    try:
        return handler(args)
    finally:
        try:
            sys.stdout.flush()
        finally:
            sys.stdout, sys.stderr = out, err


# The subcommands (the parser that knows them is only built when one is asked for: building it
# imports each command's module, ~8 ms that opening the reader does not need).
COMMANDS = frozenset({"show", "actors", "note", "tag", "export", "analyze", "network", "search"})


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if argv is None and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _sigterm)  # a clean quit: workers and locks are released on the way out
    try:
        if args_list and (args_list[0] in COMMANDS or args_list[0] in ("-h", "--help")):
            parser, handlers = _build_parser()
            args = parser.parse_args(args_list)
            return _run_command(handlers[args.command], args)
        app_args = _app_parser().parse_args(args_list)
        return _run_app(app_args.paths, app_args.db, False if app_args.no_ner else None)
    except ActorlensError as exc:
        print(f"actorlens: {visible(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except RecursionError:
        print("actorlens: input nested too deeply to read", file=sys.stderr)
        return 2
    except MemoryError:
        print("actorlens: out of memory", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # stdout closed early (e.g. piped into head): exit quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # every crash is one line and a non-zero status, never a traceback
        detail = " ".join(str(exc).split())[:300]
        print(
            f"actorlens: internal error: {type(exc).__name__}{': ' + visible(detail) if detail else ''}",
            file=sys.stderr,
        )
        return 2
