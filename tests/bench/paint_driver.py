"""Run one app headless and print the wall-clock time (time.time()) of its first "ready" frame, then exit.

    python -m tests.bench.paint_driver minimal            # a Textual app with one Static
    python -m tests.bench.paint_driver actorlens [PATH...]  # the reader, started as `actorlens PATH...` does

"Ready" is the first frame handed to the driver in which the app shows what a user waits for: the
Static (minimal), or a filled document list and a document's text in the reader (actorlens). The
check runs right after the frame is composed (App._display, which Textual also calls when headless),
so the time includes everything up to the first useful frame. A frame composed during Textual's start-up
batch does not count: App._display drops it (a terminal never receives it), so a screen laid out then is
drawn again later, and only that later frame is what a user sees. The parent process takes its own time
just before starting this one, so the figure also counts interpreter start-up and imports.

Extra output (one JSON line on stdout): {"ready": time, "cpu": seconds of processor time the process has
used by then (every thread; the load on the machine hardly changes it), "spacy": bool (imported by then),
"rss_mb": peak}.
With --full the app goes on until every summary is loaded, opens the first 50 documents, lets the
background analysis run for $BENCH_SETTLE seconds (default 3), then reports (also "loaded": time) with
the peak resident memory of the whole run.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(extra: dict) -> None:
    out = {
        "ready": time.time(),
        "cpu": time.process_time(),
        "spacy": "spacy" in sys.modules,
        "rss_mb": _peak_mb(),
        **extra,
    }
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()


def _end_children() -> None:
    """Stop the background analysis's worker processes (they would hold our stdout open)."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()


def run_minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello, reader.", id="hello")

        def _display(self, screen, renderable) -> None:  # type: ignore[override]
            super()._display(screen, renderable)
            if renderable is not None and not self._batch_count and self.query("#hello"):
                _report({})
                os._exit(0)

    Minimal().run(headless=True, size=(120, 40))


def _after_import(name: str, patch) -> None:
    """Call patch(module) right after module ``name`` is first imported (by whoever imports it).

    A bare finder object (no importlib.abc, no importlib.util: importing those would add ~3 ms to the
    app's side of the measurement)."""

    class Finder:
        def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            from importlib.machinery import PathFinder

            spec = PathFinder.find_spec(fullname, path)
            assert spec is not None and spec.loader is not None
            run_module = spec.loader.exec_module

            def exec_module(module) -> None:  # type: ignore[no-untyped-def]
                run_module(module)
                patch(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


def run_actorlens(paths: list[str], full: bool) -> None:
    # Started exactly as the `actorlens` command starts it (tui.cli.main: argument parsing, then the
    # Library, the notebook and the app, importing what they need), with the app class swapped, as
    # tui.app is imported, for one that reports its first useful frame.
    from tui import cli

    _after_import("tui.app", lambda module: _measure(module, full))
    sys.exit(cli.main(paths))


def _measure(module, full: bool) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.document_list import DocumentList
    from tui.widgets.reader import Reader

    ActorlensApp = module.ActorlensApp
    state = {"ready": False}

    class Measured(ActorlensApp):
        def _display(self, screen, renderable) -> None:  # type: ignore[override]
            super()._display(screen, renderable)
            if state["ready"] or renderable is None or self._batch_count:
                return  # no frame, or one Textual drops (its start-up batch): a terminal would not see it
            try:
                documents = self.screen.query_one(DocumentList)
                reader = self.screen.query_one(Reader)
            except Exception:
                return
            if documents.count and reader.document is not None:
                state["ready"] = True
                if not full:
                    _report({"documents": documents.total})
                    os._exit(0)
                ready_at = time.time()
                phase = {"opened": 0.0}
                settle = float(os.environ.get("BENCH_SETTLE", "3"))

                def check() -> None:
                    if any(w.is_running for w in self.workers if w.group == "summaries"):
                        return
                    if not phase["opened"]:
                        main = self.screen
                        for index in range(min(50, len(self.library))):  # read a few documents, as a user would
                            main.open_document(index)
                        phase["opened"] = time.time()
                        return
                    if time.time() - phase["opened"] < settle:
                        return  # let the background analysis start (it loads spaCy) before measuring
                    sys.stdout.write(
                        json.dumps(
                            {
                                "ready": ready_at,
                                "loaded": phase["opened"],
                                "spacy": "spacy" in sys.modules,
                                "rss_mb": _peak_mb(),
                                "documents": self.screen.query_one(DocumentList).total,
                            }
                        )
                        + "\n"
                    )
                    sys.stdout.flush()
                    _end_children()
                    os._exit(0)

                self.set_interval(0.05, check)

        def run(self, *args, **kwargs):  # type: ignore[override]
            return super().run(*args, **{**kwargs, "headless": True, "size": (120, 40)})

    module.ActorlensApp = Measured


def main(argv: list[str]) -> None:
    full = "--full" in argv
    argv = [a for a in argv if a != "--full"]
    kind, paths = argv[0], argv[1:]
    if kind == "minimal":
        run_minimal()
    else:
        run_actorlens(paths, full)


if __name__ == "__main__":
    main(sys.argv[1:])
