"""Messages and the one background pattern: progress merges, a failure is one line."""

from __future__ import annotations

from store.errors import ActorlensError
from tests.store.notes_helpers import make_doc
from tui.messages import Analysed, AnalysisProgress, SummariesLoaded
from tui.workers import failure_line


def test_a_waiting_progress_message_gives_way_to_a_newer_one_and_nothing_else_does():
    older, newer = AnalysisProgress(1, 5), AnalysisProgress(3, 5)
    assert older.can_replace(newer)
    assert not older.can_replace(Analysed(0, make_doc("text")))
    assert not SummariesLoaded([], [], False).can_replace(SummariesLoaded([], [], True))


def test_a_failure_is_one_line_that_says_what_went_wrong():
    assert failure_line(ActorlensError("notes.json: disk full")) == "notes.json: disk full"
    assert failure_line(FileNotFoundError(2, "No such file or directory", "/x/y")) == "No such file or directory: /x/y"
    assert failure_line(RuntimeError("first line\n  second line")) == "RuntimeError: first line"
    assert failure_line(KeyError()) == "KeyError"
