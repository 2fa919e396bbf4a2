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
        "import sys; import store.library, store.analysis, tui.app, tui.cli; "
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
