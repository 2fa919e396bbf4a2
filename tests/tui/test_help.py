"""Help (issue 16): complete (every key of every screen, pane and dialog, generated from the bindings,
so it cannot fall behind them) and pageable like less."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.screen import Screen

import tui
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.dialogs.base import Dialog
from tui.screens.help import HelpScreen, help_rows
from tui.screens.kept_frame import KeptFrameScreen
from tui.screens.steady_focus import SteadyFocusScreen


def all_screen_classes() -> set[type]:
    """Every screen and dialog class defined in the tui package."""
    found: set[type] = set()
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        if info.name.startswith("tui.cli"):
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Screen)
                and cls.__module__ == module.__name__
                and cls not in (Dialog, SteadyFocusScreen, KeptFrameScreen)
            ):  # bases
                found.add(cls)
    return found


def every_key(cls: type) -> set[str]:
    """Every key an area answers to: its bindings and the ones it inherits from Textual."""
    merged = getattr(cls, "_merged_bindings", None)
    keys = set(merged.key_to_bindings) if merged is not None else set()
    for binding in getattr(cls, "BINDINGS", []):
        keys.update(k.strip() for k in binding.key.split(","))
    return keys


def test_every_screen_and_dialog_is_in_help():
    covered = [cls for _, cls in ActorlensApp.keyed_classes()]
    # (the actors view declares its keys on light classes, CorpusActorsKeys..., that help lists)
    missing = [s.__name__ for s in all_screen_classes()
               if not any(issubclass(s, c) or getattr(c, "BINDINGS", None) is s.BINDINGS for c in covered)]  # fmt: skip
    assert not missing


def test_help_lists_every_key_of_every_area():
    for area, cls in ActorlensApp.keyed_classes():
        listed = {key for row in help_rows(cls, {}) for key in row.keys}
        assert every_key(cls) <= listed, (area, every_key(cls) - listed)


def test_help_names_the_keys_users_could_not_find():
    rows = {(area, row.description) : row.keys for area, cls in ActorlensApp.keyed_classes()
            for row in help_rows(cls, {})}  # fmt: skip
    assert rows[("Notes panel", "Go to passage")] == ("enter",)
    assert rows[("Actor legend", "Emphasise actor")] == ("enter",)
    assert rows[("Note editor", "Save note")] == ("ctrl+s",)
    assert rows[("Passage selection", "Note on selection")] == ("enter",)
    assert rows[("Passage selection", "select")] == ("shift+arrows",)
    assert rows[("Main screen", "All notes")] == ("number_sign",)


def test_help_follows_the_users_keymap():
    rows = help_rows(ActorlensApp, {"app.quit": "ctrl+q,Q"})
    assert next(r for r in rows if r.binding_id == "app.quit").keys == ("ctrl+q", "Q")


async def test_help_pages_like_less():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 3 * body.size.height  # several pages
        y = lambda: round(body.scroll_y)  # noqa: E731
        await pilot.press("space")
        await pilot.pause()
        page = y()
        assert page >= body.size.height - 4
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert page < y() < page + body.size.height
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert y() == page
        await pilot.press("b")
        await pilot.pause()
        assert y() == 0
        await pilot.press("G")
        await pilot.pause()
        assert y() == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert y() == 0
        await pilot.press("G")
        await pilot.pause()
        assert y() == body.max_scroll_y
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")  # the kept help screen opens at the top again, not where it was left
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and y() == 0


async def test_help_shown_again_is_not_restyled_unless_the_theme_changed():
    """Each opening pushes the kept help screen; it is restyled only when what its styles depend on changed."""
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5)
        restyled: list[object] = []

        async def open_and_close() -> tuple[object, object]:
            await pilot.press("question_mark")
            await pilot.pause()
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            body = help_screen.query_one("#help-body")
            looks = (help_screen.styles.background, body.styles.border_top[1])
            await pilot.press("escape")
            await pilot.pause()
            return looks

        first = await open_and_close()
        original = app.stylesheet.update_nodes

        def counting(nodes, animate=False):  # type: ignore[no-untyped-def]
            nodes = list(nodes)
            restyled.extend(node for node in nodes if isinstance(node.screen, HelpScreen))
            return original(nodes, animate=animate)

        app.stylesheet.update_nodes = counting  # type: ignore[method-assign]
        assert await open_and_close() == first
        assert not restyled  # the same theme: its styles are those of the last opening
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        light = await open_and_close()
        assert restyled  # another theme: restyled as it is shown
        assert light != first  # in the new theme's colours
