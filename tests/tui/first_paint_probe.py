"""Run the app headless in this (fresh) process and report, as one JSON line, what was imported by the
first frame that shows the document list and a document's text (spaCy; the cleaner's rules; every module
by name, in "modules"). A frame composed during Textual's start-up batch does not count: Textual drops it
(App._display), so no terminal ever shows it.

    python -m tests.tui.first_paint_probe [--hold SECONDS] [PATH...]

--hold makes the first ready frame wait that long before it is handed to the terminal (a slow terminal):
any worker that was started before the first paint then reaches its imports during the wait, so
"spaCy imported before first paint" is caught every time rather than only when the threads happen to
race that way. An import hook notes when spaCy is first imported (which thread, before or after paint).
"""

from __future__ import annotations

import importlib.abc
import json
import os
import sys
import threading
import time

EVENTS: dict[str, object] = {"painted": False, "spacy_before_paint": False, "spacy_thread": None}


class _Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: D401 - import hook protocol
        if name == "spacy" and EVENTS["spacy_thread"] is None:
            EVENTS["spacy_thread"] = threading.current_thread().name
            EVENTS["spacy_before_paint"] = not EVENTS["painted"]
        return None


def main(argv: list[str]) -> None:
    hold = 0.0
    if argv[:1] == ["--hold"]:
        hold = float(argv[1])
        argv = argv[2:]
    sys.meta_path.insert(0, _Watch())
    from store.corpus.library import Library

    library = Library(argv)
    from tui.app import ActorlensApp
    from tui.widgets.document_list import DocumentList
    from tui.widgets.reader import Reader

    class Probe(ActorlensApp):
        def _display(self, screen, renderable) -> None:  # type: ignore[override]
            if renderable is not None and not EVENTS["painted"] and not self._batch_count:
                try:
                    documents = self.screen.query_one(DocumentList)
                    reader = self.screen.query_one(Reader)
                except Exception:
                    documents = reader = None
                if documents is not None and documents.count and reader.document is not None:
                    if hold:
                        time.sleep(hold)
                    super()._display(screen, renderable)
                    EVENTS["painted"] = True
                    report = {
                        "documents": documents.count,
                        "title": reader.document.display_title,
                        "spacy_in_modules": "spacy" in sys.modules,
                        "spacy_before_paint": EVENTS["spacy_before_paint"],
                        "spacy_thread": EVENTS["spacy_thread"],
                        "cleaner_imported": "store.corpus.clean" in sys.modules,
                        "modules": sorted(sys.modules),
                    }
                    sys.stdout.write(json.dumps(report) + "\n")
                    sys.stdout.flush()
                    os._exit(0)
            super()._display(screen, renderable)

    Probe(library).run(headless=True, size=(120, 40))


if __name__ == "__main__":
    main(sys.argv[1:])
