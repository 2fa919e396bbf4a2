"""Before the first paint: spaCy and what the first frame does not need are never imported (each check in a
fresh process: a clean sys.modules), and the main screen's first frame is one that reaches the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def _run(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_importing_the_library_the_app_and_the_cli_does_not_import_spacy():
    code = (
        "import sys; import store.corpus.library, store.actors.analysis, tui.app, tui.cli; "
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))))"
    )
    result = _run(["-c", code])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_paint_shows_the_documents_without_spacy():
    # A fresh analysis cache (conftest), so the app has real analysis to start; the first ready frame
    # is held back 0.5 s, so a worker started before the paint would be caught importing spaCy.
    result = _run(["-m", "tests.tui.first_paint_probe", "--hold", "0.5", str(SEEDS)])
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["documents"] == 5
    assert report["title"].startswith("Putin and Erdogan measure")
    assert report["spacy_in_modules"] is False
    assert report["spacy_before_paint"] is False, f"spaCy imported before the first paint by {report['spacy_thread']}"


def test_a_document_opened_before_paints_without_the_cleaner(tmp_path):
    # The reader keeps what it opens in the document cache (the conftest's fresh $ACTORLENS_CACHE, which
    # the probe inherits): the next start shows it without importing the cleaner (whose rules take
    # ~13 ms to compile). A first start must clean, so the cleaner is imported then.
    import shutil

    from store.corpus.library import Library

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    for path in corpus.iterdir():
        os.utime(path, (1_600_000_000, 1_600_000_000))  # not "just written": cacheable
    first = _run(["-m", "tests.tui.first_paint_probe", str(corpus)])
    assert first.returncode == 0, first.stderr[-2000:]
    assert json.loads(first.stdout.strip().splitlines()[-1])["cleaner_imported"] is True
    library = Library([corpus])
    for index in range(len(library)):
        library.document(index, remember=True)
    again = _run(["-m", "tests.tui.first_paint_probe", str(corpus)])
    assert again.returncode == 0, again.stderr[-2000:]
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report["documents"] == 5
    assert report["title"].startswith("Putin and Erdogan measure")
    assert report["cleaner_imported"] is False


# Imported after the first frame, when first used (tui/app.py, store/corpus/summary_process.py): each cost
# the first paint 1-3 ms (process pools, the help screen and its table, the palette's commands).
NOT_BEFORE_PAINT = (
    "multiprocessing",
    "concurrent.futures.process",
    "tui.screens.help",
    "tui.palette_commands",
    "tui.screens.actors_keys",
    "tui.dialogs.notes",
    "rapidfuzz",
    "tomlkit",
    "spacy",
)


def test_what_the_first_frame_does_not_need_is_imported_after_it():
    result = _run(["-m", "tests.tui.first_paint_probe", str(SEEDS)])
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["documents"] == 5
    assert "tui.screens.main" in report["modules"]  # (the list is the real one)
    early = [name for name in NOT_BEFORE_PAINT if name in report["modules"]]
    assert early == [], f"imported before the first paint: {early}"


async def test_the_main_screens_first_frame_is_not_one_textual_drops():
    # Textual composes no frame for the terminal during its start-up batch (App._display returns at once):
    # a screen laid out then was drawn for nothing, and drawn again after the terminal's size report
    # (~30 ms before the first paint). The main screen is pushed after that batch (tui/app.py).
    from store.corpus.library import Library
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp
    from tui.screens.main import MainScreen

    frames: list[int] = []  # the batch depth at each frame the main screen composed

    class Watched(ActorlensApp):
        def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
            if renderable is not None and isinstance(screen, MainScreen):
                frames.append(self._batch_count)
            super()._display(screen, renderable)

    app = Watched(Library([SEEDS]))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
    assert frames, "the main screen composed no frame"
    assert frames[0] == 0, f"{frames.count(1)} frame(s) of the main screen composed inside the start-up batch"
