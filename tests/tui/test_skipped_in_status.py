"""Folders and files the app skips (paths longer than the system allows, unreadable folders, FIFOs) are
named in the status line, where they stay, not only in a notification that goes away (issue 11)."""

from __future__ import annotations

import os

import pytest

from store.corpus.library import Library
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.messages import AnalysisProgress
from tui.screens.analysis import problems_line

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def too_deep(root) -> None:
    """Folders nested past PATH_MAX (made one level at a time, relative to the last one)."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 x 250 characters: beyond Linux's 4,096
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as out:
            out.write("Deep down\n\nNobody can read this file through its path.\n")
    finally:
        os.close(fd)


def test_the_status_line_names_the_first_problem_and_counts_the_rest():
    assert problems_line([]) == ""
    assert problems_line(["/c/x.txt: skipped (a FIFO)"]) == "Skipped 1: /c/x.txt: skipped (a FIFO)"
    long = "/c/" + "d" * 300 + ": folder skipped (the path is longer than the system allows)"
    line = problems_line([long, "/c/x.txt: skipped (a FIFO)"])
    assert line.startswith("Skipped 2: /c/ddd") and line.endswith("… (and 1 more)")
    assert len(line) < 140


async def test_skipped_folders_and_files_are_shown_in_the_status_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("A good article\n\nIt has a paragraph of text that is long enough to read.\n")
    os.mkfifo(corpus / "pipe.txt")
    too_deep(corpus)
    library = Library([corpus], summary_cache=False, document_cache=False)
    assert len(library.problems) == 2, library.problems
    messages: list[object] = []
    app = ActorlensApp(library, ner=False)
    async with app.run_test(size=(140, 40), message_hook=messages.append) as pilot:
        await wait_ready(pilot, 1)
        for _ in range(500):
            await pilot.pause(0.02)
            done = [m for m in messages if isinstance(m, AnalysisProgress) and m.done == m.total]
            if done and app.screen.query("#analysis-status"):
                break
        status = str(app.screen.query_one("#analysis-status").render())
        lines = status.splitlines()
        assert lines[0] == app.screen.analyzer.status
        assert lines[1].startswith("Skipped 2: ") and lines[1].endswith("(and 1 more)"), status
        assert "longer than the system allows" in status or "pipe.txt" in status
