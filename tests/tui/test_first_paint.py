"""spaCy is never imported before the first paint (each check in a fresh process: a clean sys.modules)."""

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
