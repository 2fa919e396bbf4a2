"""The footer (tui/widgets/key_footer.py): one line of keys, drawn by one widget. New keys reach the terminal
in the next frame without a layout and without a frame dropped; help and quit come first and the command
palette's key stays at the right however narrow the terminal; a click presses a key."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget

from tui.widgets.key_footer import KeyFooter


class Few(Widget, can_focus=True):
    BINDINGS = [Binding("x", "noop", "One key")]

    def action_noop(self) -> None:
        pass


class Many(Widget, can_focus=True):
    BINDINGS = [Binding(key, f"pressed('{key}')", f"Key {key}") for key in "abcdefg"]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pressed: list[str] = []

    def action_pressed(self, key: str) -> None:
        self.pressed.append(key)


class FooterApp(App[None]):
    BINDINGS = [Binding("q", "quit", "Quit"), Binding("question_mark", "help", "Help")]

    def compose(self) -> ComposeResult:
        yield Few(id="few")
        yield Many(id="many")
        yield KeyFooter()

    def action_help(self) -> None:
        pass


def footer_line(app: App[Any]) -> str:
    return "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])


async def test_new_keys_are_drawn_in_the_next_frame_without_a_layout_or_a_dropped_frame():
    app = FooterApp()
    async with app.run_test(size=(120, 10)) as pilot:
        frames: list[tuple[int, bool]] = []
        display = app._display

        def recording(screen, renderable):  # type: ignore[no-untyped-def]
            frames.append((app._batch_count, renderable is not None))
            display(screen, renderable)

        app._display = recording  # type: ignore[method-assign]
        footer = app.query_one(KeyFooter)
        app.query_one("#few").focus()
        await pilot.pause(0.1)
        assert "One key" in footer.descriptions() and "One key" in footer_line(app)
        layouts: list[bool] = []
        refresh_layout = app.screen._refresh_layout

        def recording_layout(*args: Any, **kwargs: Any) -> None:
            layouts.append(bool(app.screen._layout_required))
            refresh_layout(*args, **kwargs)

        app.screen._refresh_layout = recording_layout  # type: ignore[method-assign]
        for _ in range(3):
            app.query_one("#many").focus()
            await pilot.pause(0.1)
            assert {f"Key {key}" for key in "abcdefg"} <= set(footer.descriptions())
            assert "Key g" in footer_line(app) and "One key" not in footer_line(app)
            app.query_one("#few").focus()
            await pilot.pause(0.1)
            assert "One key" in footer_line(app) and "Key a" not in footer_line(app)
        assert layouts and not any(layouts)  # the keys changed six times and the screen was never laid out
        assert not footer.children
        dropped = [frame for frame in frames if frame[0] and frame[1]]
        assert not dropped, f"{len(dropped)} of {len(frames)} frames drawn inside a batch were dropped"
        screen = app.screen
        assert not (screen._dirty_widgets or screen._layout_required or screen._repaint_required)


async def test_help_and_quit_come_first_and_the_palette_key_stays_at_the_right_when_narrow():
    app = FooterApp()
    async with app.run_test(size=(40, 10)) as pilot:
        app.query_one("#many").focus()
        await pilot.pause(0.1)
        line = footer_line(app)
        assert len(line) == 40
        assert line.startswith("? Help q Quit a Key a")  # the app's help and quit first, then the focused area's
        assert line.rstrip().endswith("▏^p palette")  # the rest is cut before the palette's key
        assert "Key g" not in line


async def test_a_click_on_a_key_presses_it():
    app = FooterApp()
    async with app.run_test(size=(120, 10)) as pilot:
        many = app.query_one("#many", Many)
        many.focus()
        await pilot.pause(0.1)
        line = footer_line(app)
        x = line.index("Key c")
        await pilot.click(KeyFooter, offset=(x, 0))
        await pilot.pause()
        assert many.pressed == ["c"]
        await pilot.click(KeyFooter, offset=(line.index("q Quit") - 1, 0))  # the gap between two keys: nothing
        await pilot.pause()
        assert many.pressed == ["c"] and app.is_running


async def test_another_theme_draws_the_same_keys_in_its_colours():
    app = FooterApp()
    async with app.run_test(size=(80, 10)) as pilot:
        app.query_one("#few").focus()
        await pilot.pause(0.1)
        footer = app.query_one(KeyFooter)
        before = footer.render_line(0)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause(0.1)
        after = footer.render_line(0)
        assert before.text == after.text
        assert [segment.style for segment in before] != [segment.style for segment in after]
