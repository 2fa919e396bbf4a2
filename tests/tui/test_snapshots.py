"""What the screen shows, compared with stored SVG snapshots (pytest-textual-snapshot).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
THEMES = {"dark": "textual-dark", "light": "textual-light"}


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]))


async def _main(pilot) -> None:
    await wait_ready(pilot, 5)


async def _help(pilot) -> None:
    await wait_ready(pilot, 5)
    await pilot.press("question_mark")
    await pilot.pause()


async def _search(pilot) -> None:
    await wait_ready(pilot, 5)
    await pilot.press("S", *"Kremlin")
    for _ in range(200):
        await pilot.pause(0.02)
        if "passage(s)" in str(pilot.app.screen.query_one("#search-status").render()) and not any(
            w.is_running for w in pilot.app.workers
        ):
            break
    await pilot.press("down")
    await pilot.pause()


async def _editor(pilot) -> None:
    await wait_ready(pilot, 5)
    await pilot.press("tab", "j", "a", *"Pskov [paratroopers] — see **note**", "tab", *"pskov")
    await pilot.pause()


SCREENS = {"main": _main, "help": _help, "search": _search, "editor": _editor}


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screens(snap_compare, screen, size, theme):
    app = make_app()

    async def ready(pilot):
        pilot.app.theme = THEMES[theme]
        await SCREENS[screen](pilot)

    assert snap_compare(app, terminal_size=SIZES[size], run_before=ready)


def test_reader_with_comments_and_cursor(snap_compare):
    async def ready(pilot):
        await wait_ready(pilot, 5)
        await pilot.press("j", "tab", "G")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=ready)


def test_notes_panel_and_highlighted_document(snap_compare, tmp_path):
    """A highlighted document with two notes: the passage marks, the gutter marks and the notes panel."""
    from store.notebook.notebook import Notebook

    nb = Notebook(tmp_path / "notes.json")
    app = ActorlensApp(Library([SEEDS]), notebook=nb)

    async def ready(pilot):
        await wait_ready(pilot, 5)
        doc = app.screen.query_one("#reader").document
        from store.notebook.anchoring import anchor_for

        nb.add(doc, "Irony: the [bold]peace doves[/] are armed", anchor=anchor_for(doc, 1, 28, 62), tags=["irony"])
        nb.add(doc, "Whole-document note with *Markdown*", tags=["opinion", "latvia"])
        app.screen.notebook_changed()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(150, 45), run_before=ready)


@pytest.mark.parametrize("size", list(SIZES))
def test_sidebar_two_line_titles_and_read_marks(snap_compare, size):
    """Titles on two lines, the unread marker (the first document was read), the order in the title."""

    async def ready(pilot):
        await wait_ready(pilot, 5)
        await pilot.press("enter", "d", "s", "j")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZES[size], run_before=ready)
