"""Background analysis of a corpus: a process per core for large corpora, cancelled on quit."""

from __future__ import annotations

import os
import subprocess
import sys

from store.corpus.library import Library
from tests.conftest import ROOT
from tests.tui.helpers import wait_ready, wait_until
from tui.app import ActorlensApp
from tui.messages import AnalysisProgress

SENTENCE = "Putin told Erdogan in Moscow that the Kremlin and Ankara would talk to Baku and Yerevan. "


def corpus(folder, count: int):
    for i in range(count):
        (folder / f"doc{i:03}.txt").write_text(f"Report number {i}\n\n" + SENTENCE * (3 + i % 5) + f"Item {i}.\n")
    return folder


async def test_a_large_corpus_is_analysed_by_worker_processes_into_the_apps_cache(tmp_path, monkeypatch):
    import tui.screens.analysis as analysis_module

    monkeypatch.setattr(analysis_module, "PARALLEL_FROM", 20)
    # the worker processes at the app's priority: at idle priority a machine busy with other work (the suite
    # beside other builds) starved them for minutes (store/priority.py; tests/store/test_priority.py checks it)
    monkeypatch.setenv("ACTORLENS_BACKGROUND_PRIORITY", "normal")
    messages = []
    app = ActorlensApp(Library([corpus(tmp_path, 30)]))
    async with app.run_test(size=(140, 40), message_hook=messages.append) as pilot:
        # not idle: the analysis runs in child processes at idle priority, which a loaded machine (the suite
        # beside other builds) may keep waiting for minutes; what the test needs is waited for by the clock
        await wait_ready(pilot, 30, idle=False)

        def progress() -> list[AnalysisProgress]:
            return [m for m in messages if isinstance(m, AnalysisProgress)]

        def analysed() -> bool:
            found = progress()
            return bool(found) and found[-1].done == found[-1].total == 30

        assert await wait_until(pilot, analysed, 600), progress()[-1:]
        screen = app.screen
        before = screen.analyzer.tokenized_texts
        await pilot.press("G")  # the last document: analysed by a worker process, not by the app
        reader = screen.query_one("#reader")

        def shown() -> bool:
            doc = reader.document
            return doc is not None and doc.title == "Report number 29" and any(b.mentions for b in doc.blocks)

        await wait_until(pilot, shown, 60)
        doc = reader.document
        assert doc.title == "Report number 29"
        assert any(m.actor_id == "vladimir-putin" for b in doc.blocks for m in b.mentions)
        assert screen.analyzer.tokenized_texts == before  # read from the cache: no NLP in the app


def test_quitting_while_a_corpus_is_analysed_ends_the_process(tmp_path):
    corpus(tmp_path, 40)
    code = (
        "import asyncio, sys\n"
        "from store.corpus.library import Library\n"
        "from tui.app import ActorlensApp\n"
        "import tui.screens.analysis as m\n"
        "m.PARALLEL_FROM = 10\n"
        "async def main():\n"
        "    app = ActorlensApp(Library([sys.argv[1]]))\n"
        "    async with app.run_test() as pilot:\n"
        "        for _ in range(300):\n"
        "            await pilot.pause(0.02)\n"
        "            if any(w.name == 'analyse_corpus' and w.is_running for w in app.workers):\n"
        "                break\n"
        "        await pilot.press('q')\n"
        "    print('quit')\n"
        "asyncio.run(main())\n"
    )
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=90
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "quit"
