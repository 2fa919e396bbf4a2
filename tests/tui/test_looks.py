"""Discoverability (issue 16): the footer always offers ? and q, one toast at a time, an emphasised actor
keeps its colour while the others dim, and m/M say where they are ("3/18") and when they wrap."""

from __future__ import annotations

import time

import pytest
from rich.style import Style
from textual.notifications import Notification, Notifications

from store.corpus.library import Library
from store.model import Actor, Block, Mention
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.highlights import DIMMED, Highlighter, mention_counter
from tui.palette import mention_style
from tui.toasts import ERROR_HOLD, kept_beside, replace
from tui.widgets.key_footer import KeyFooter
from tui.widgets.legend import mention_key


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]), ner=False)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_help_and_quit_are_always_in_the_footer(size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot, 5)
        for keys in ((), ("tab",), ("o",), ("l",)):  # documents, reader, notes panel, legend focused
            await pilot.press(*keys)
            await pilot.pause()
            assert app.screen.query_one(KeyFooter)
            bottom = app.screen._compositor.render_strips()[-1].text
            assert bottom.startswith("? Help q Quit "), (keys, bottom)


def toast(message: str, severity="information", raised_at: float = 0.0) -> Notification:
    return Notification(message, severity=severity, raised_at=raised_at)


def test_a_new_toast_replaces_the_last_but_a_fresh_error_stays():
    shown = Notifications()
    now = time.time()  # (expired toasts are dropped by Notifications itself)
    replace(shown, toast("Colours: kind", raised_at=now))
    replace(shown, toast("Colours: off", raised_at=now))
    assert [n.message for n in shown] == ["Colours: off"]
    error = toast("Saving failed: disk full", "error", raised_at=now)
    replace(shown, error)
    info = toast("Colours: affiliation", raised_at=now)
    assert kept_beside(info, shown, now=now + 1) == [error]  # an error is held ERROR_HOLD seconds
    assert kept_beside(info, shown, now=now + ERROR_HOLD + 1) == []  # then it too gives way


async def test_toasts_do_not_pile_up_in_the_app():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        app.clear_notifications()
        await pilot.press("c", "c", "c")  # three colour-mode toasts
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["Colours: affiliation"]


def test_emphasis_keeps_the_actors_colour_and_dims_the_others():
    putin = Actor("putin", "Vladimir Putin", "person", "RUS")
    erdogan = Actor("erdogan", "Recep Tayyip Erdoğan", "person", "TUR")
    actors = {a.id: a for a in (putin, erdogan)}
    block = Block(
        "paragraph",
        "Putin and Erdogan",
        (
            Mention(0, 5, "Putin", "putin", "PERSON", "dictionary"),
            Mention(10, 17, "Erdogan", "erdogan", "PERSON", "dictionary"),
        ),
    )
    from rich.text import Text

    highlighter = Highlighter(lambda: actors)
    plain = highlighter.style(block, Text(block.text))
    assert [s.style for s in plain.spans] == [mention_style(putin), mention_style(erdogan)]
    highlighter.focus = "putin"
    styled = highlighter.style(block, Text(block.text))
    focused, other = (s.style for s in styled.spans)
    assert isinstance(focused, Style) and focused.bgcolor == mention_style(putin).bgcolor  # its own colour
    assert focused.color == mention_style(putin).color and focused.bold and not focused.reverse
    assert other == DIMMED and other.bgcolor is None  # the others lose theirs


def test_the_mention_counter_counts_mentions_and_says_when_it_wraps():
    m = Mention(0, 5, "Putin", "putin", "PERSON", "dictionary")
    blocks = (Block("paragraph", "Putin", (m,)), Block("paragraph", "none", ()), Block("paragraph", "Putin Putin",
              (m, Mention(6, 11, "Putin", "putin", "PERSON", "dictionary"))))  # fmt: skip
    highlighter = Highlighter(lambda: {})
    highlighter.focus = "putin"
    assert mention_counter(highlighter, blocks, 0, False, 1, "Putin") == "Putin 1/3"
    assert mention_counter(highlighter, blocks, 2, False, 1, "Putin") == "Putin 2–3/3"
    assert mention_counter(highlighter, blocks, 0, True, 1, "Putin") == "Putin 1/3 · wrapped to the first"
    assert mention_counter(highlighter, blocks, 2, True, -1, "Putin") == "Putin 2–3/3 · wrapped to the last"


async def test_m_steps_through_an_emphasised_actor_with_a_counter_and_wraps():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("l")  # the first actor is highlighted as the legend takes the focus
        legend = app.screen.side.legend
        assert legend.entries and legend.highlighted == 0
        entry = legend.entries[0]
        await pilot.press("enter")
        await pilot.pause()
        blocks = app.screen.reader.document.blocks
        total = sum(1 for b in blocks for m in b.mentions if mention_key(m) == entry.key)  # the title's aside
        assert total > 2
        said = [n.message for n in app._notifications]
        assert len(said) == 1 and said[0].startswith(entry.name + " ") and said[0].split()[-1].endswith(f"/{total}")
        wrapped = None
        for _ in range(total + 1):
            await pilot.press("m")
            await pilot.pause()
            message = [n.message for n in app._notifications][-1]
            if "wrapped" in message:
                wrapped = message
                break
        assert wrapped is not None and "wrapped to the first" in wrapped
        assert f" 1/{total}" in wrapped or " 1–" in wrapped
