"""Help (issue 16): complete (every key of every screen, pane and dialog, generated from the bindings,
so it cannot fall behind them) and pageable like less."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from textual.screen import Screen
from textual.widgets._toast import Toast

import tui
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready, wait_until
from tui.app import ActorlensApp
from tui.dialogs.base import Dialog
from tui.screens import kept_frame
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


async def _first_help(monkeypatch, made: str) -> tuple[str, list[str], list[object], list[bool]]:
    """The first `?` of a session: the screen it shows, the frames it drew (the renderable's kind each), the
    help widgets it restyled, and whether each full frame of help was its kept one; with the help screen made
    on the key (made "on the key"), made ahead as its table was ready ("ahead"), or so and then the dialogs
    made ahead, whose CSS is read after help was ("after the dialogs")."""
    import tui.app
    import tui.dialogs.prepared

    monkeypatch.setattr(tui.app, "PREPARE_HELP", 600 if made == "on the key" else 0.01)
    monkeypatch.setattr(tui.app, "PREPARE_DIALOGS", 0.02 if made == "after the dialogs" else None)
    monkeypatch.setattr(tui.dialogs.prepared, "QUIET", 0.01)
    full = kept_frame._KeepingCompositor.render_full_update
    kept: list[bool] = []

    def recording(self, simplify=False):  # type: ignore[no-untyped-def]
        if isinstance(self._screen, HelpScreen):
            kept.append(not simplify and self._screen._good_frame() is not None)
        return full(self, simplify)

    monkeypatch.setattr(kept_frame._KeepingCompositor, "render_full_update", recording)
    hidden_ticks: list[bool] = []  # its update timer's ticks while not shown: started ahead (tui/dialogs/prepared)
    tick = HelpScreen._on_timer_update

    def ticking(self):  # type: ignore[no-untyped-def]
        hidden_ticks.append(not self.is_current)
        return tick(self)

    monkeypatch.setattr(HelpScreen, "_on_timer_update", ticking)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5)
        if made != "on the key":
            assert await wait_until(pilot, lambda: app.is_screen_installed("help"))
            help_screen = app.get_screen("help")
            assert await wait_until(pilot, lambda: help_screen.is_attached and help_screen.is_mounted)
            assert await wait_until(pilot, lambda: help_screen._frame_memo is not None)
            if made == "after the dialogs":
                assert await wait_until(pilot, lambda: len(app._installed_screens) >= 3)  # help and the 2 dialogs
                assert await wait_until(pilot, lambda: help_screen.kept_frame() is not None)
            # its first frame when shown does not wait a whole period of a timer started then (1/60 s)
            assert await wait_until(pilot, lambda: any(hidden_ticks))
        await pilot.pause(0.1)
        kept.clear()
        frames: list[str] = []
        restyled: list[object] = []
        display, update_nodes = app._display, app.stylesheet.update_nodes

        def counting(screen, renderable):  # type: ignore[no-untyped-def]
            if renderable is not None:
                frames.append(type(renderable).__name__)
            return display(screen, renderable)

        def styling(nodes, animate=False):  # type: ignore[no-untyped-def]
            nodes = list(nodes)
            restyled.extend(node for node in nodes if isinstance(node.screen, HelpScreen))
            return update_nodes(nodes, animate=animate)

        app._display = counting  # type: ignore[method-assign]
        app.stylesheet.update_nodes = styling  # type: ignore[method-assign]
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        app._display = display  # type: ignore[method-assign]
        assert isinstance(app.screen, HelpScreen)
        return screen_text(app), frames, restyled, kept


async def test_help_made_ahead_opens_the_first_time_in_one_kept_frame_and_shows_the_same(monkeypatch):
    """The first `?` of a session mounted, styled and laid out the help screen: four frames, 30 ms of
    processor time. Made ahead as soon as its table is ready, it opens in one frame, the one kept, restyling
    nothing; so too once the dialogs made ahead brought their CSS (none of it applies to help). Each shows what
    a help screen made on the key shows."""
    on_the_key, frames_then, _, _ = await _first_help(monkeypatch, "on the key")
    assert len(frames_then) > 1  # (what the test would catch, were help no longer made ahead)
    for made in ("ahead", "after the dialogs"):
        shown, frames, restyled, kept = await _first_help(monkeypatch, made)
        assert frames == ["LayoutUpdate"] and kept and all(kept), made
        assert restyled == [], made
        assert shown == on_the_key, made
    assert "Keys  (space/b page" in on_the_key


async def test_css_read_later_restyles_help_only_when_it_applies_to_its_widgets():
    """CSS read as other widgets first mount (an input's, a dialog's) does not restyle the kept help screen as
    it opens again; a rule for one of its own widgets' kinds does, and shows."""
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5)
        restyled: list[object] = []
        original = app.stylesheet.update_nodes

        def counting(nodes, animate=False):  # type: ignore[no-untyped-def]
            nodes = list(nodes)
            restyled.extend(node for node in nodes if isinstance(node.screen, HelpScreen))
            return original(nodes, animate=animate)

        async def open_and_close() -> str:
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            colour = str(app.screen.query_one("#help-table").styles.background)
            await pilot.press("escape")
            await pilot.pause()
            return colour

        before = await open_and_close()
        app.stylesheet.update_nodes = counting  # type: ignore[method-assign]
        app.stylesheet.add_source("Input.later-kind { background: red; }", read_from=("test", "other"))
        assert await open_and_close() == before
        assert not restyled
        app.stylesheet.add_source("HelpScreen Static { background: red; }", read_from=("test", "help"))
        assert await open_and_close() != before
        assert restyled


@pytest.mark.parametrize("raised", ["before help was made", "after"])
async def test_a_toast_up_as_help_opens_the_first_time_is_drawn_in_its_kept_frame(monkeypatch, raised):
    """A toast up as help opens the first time is shown on it too (as Textual shows the toasts on any screen
    shown), in the one frame kept ahead, whether it was raised before help was made ahead or while it waited:
    not mounted, styled and laid out on `?` (a warning up then took 40 ms)."""
    import tui.app

    monkeypatch.setattr(tui.app, "PREPARE_HELP", 0.01 if raised == "after" else 600)
    monkeypatch.setattr(tui.app, "PREPARE_DIALOGS", None)
    kept: list[bool] = []
    full = kept_frame._KeepingCompositor.render_full_update

    def recording(self, simplify=False):  # type: ignore[no-untyped-def]
        if isinstance(self._screen, HelpScreen):
            kept.append(not simplify and self._screen._good_frame() is not None)
        return full(self, simplify)

    monkeypatch.setattr(kept_frame._KeepingCompositor, "render_full_update", recording)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_ready(pilot, 5)

        def warn() -> None:
            app.notify(
                "The [b]notes[/b] file is read-only", title="Warning", severity="warning", timeout=60, markup=False
            )

        if raised != "after":
            warn()
            await pilot.pause()
            app._prepare_help()  # (its timer would come in 10 minutes)
        assert await wait_until(pilot, lambda: app.is_screen_installed("help"))
        help_screen = app.get_screen("help")
        assert await wait_until(pilot, lambda: help_screen._frame_memo is not None)
        if raised == "after":
            warn()
        assert await wait_until(pilot, lambda: len(help_screen.query(Toast)) == 1)
        assert await wait_until(pilot, lambda: help_screen._frame_memo is not None)
        await pilot.pause(0.1)
        kept.clear()
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert app.screen is help_screen
        assert kept and kept[0]
        assert "The [b]notes[/b] file is read-only" in screen_text(app)


@pytest.mark.parametrize("then", ["nothing", "another key"])
async def test_help_asked_for_while_its_thread_is_at_work_opens_as_it_ends(monkeypatch, then):
    """`?` in the first moment of a session, while the help screen is being made in its thread, is not made a
    second time on the spot (150-300 ms with the screen held): it opens as the thread ends, unless another
    key came meanwhile (the user went on: nothing pops up later)."""
    import threading

    import tui.app

    gate = threading.Event()
    making = ActorlensApp._help_in_thread

    def held(self):  # type: ignore[no-untyped-def]
        gate.wait(600)  # (set by the test, at its end at the latest)
        making(self)

    monkeypatch.setattr(tui.app, "PREPARE_HELP", 0.01)
    monkeypatch.setattr(tui.app, "PREPARE_DIALOGS", None)
    monkeypatch.setattr(ActorlensApp, "_help_in_thread", held)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5, idle=False)  # (the help thread is held)
        try:
            await _ask_for_help_while_it_is_made(pilot, app, gate, then)
        finally:
            gate.set()


async def _ask_for_help_while_it_is_made(pilot, app, gate, then):  # type: ignore[no-untyped-def]
    assert await wait_until(pilot, lambda: app._help_worker is not None and app._help_worker.is_running, within=10), (
        app._help_worker
    )
    await pilot.press("question_mark")
    await pilot.pause(0.1)
    assert app.screen is app.main_screen and not app.is_screen_installed("help")
    if then == "another key":
        await pilot.press("j")
    gate.set()
    assert await wait_until(pilot, lambda: app.is_screen_installed("help"))
    await pilot.pause(0.2)
    if then == "nothing":
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
    else:
        assert app.screen is app.main_screen
    await pilot.press("question_mark")  # the one made in the thread, at once
    await pilot.pause()
    assert app.screen is app.get_screen("help")
