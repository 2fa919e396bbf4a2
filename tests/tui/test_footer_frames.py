"""The footer's new keys reach the terminal: no frame is dropped while they are swapped in, and none is
left pending. (Textual drops every frame drawn while an app batch is open; the footer used to hold one
open across the await of mounting its new keys.)"""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from tui.widgets.key_footer import KeyFooter


class Few(Widget, can_focus=True):
    BINDINGS = [Binding("x", "noop", "One key")]

    def action_noop(self) -> None:
        pass


class Many(Widget, can_focus=True):
    BINDINGS = [Binding(key, f"noop('{key}')", f"Key {key}") for key in "abcdefg"]

    def action_noop(self, key: str) -> None:
        pass


class FooterApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Few(id="few")
        yield Many(id="many")
        yield KeyFooter()


def shown_keys(app: App[Any]) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey) if key.display]


async def test_new_keys_are_mounted_without_dropping_a_frame_and_drawn():
    app = FooterApp()
    async with app.run_test(size=(120, 10)) as pilot:
        frames: list[tuple[int, bool]] = []
        display = app._display

        def recording(screen, renderable):  # type: ignore[no-untyped-def]
            frames.append((app._batch_count, renderable is not None))
            display(screen, renderable)

        app._display = recording  # type: ignore[method-assign]
        app.query_one("#few").focus()
        await pilot.pause(0.1)
        assert "One key" in shown_keys(app)
        before = len(app.screen.query(FooterKey))
        for _ in range(3):  # more keys than ever shown (mounted), then fewer (hidden), then more (shown again)
            app.query_one("#many").focus()
            await pilot.pause(0.1)
            assert {f"Key {key}" for key in "abcdefg"} <= set(shown_keys(app))
            assert "One key" not in shown_keys(app)
            app.query_one("#few").focus()
            await pilot.pause(0.1)
            assert "One key" in shown_keys(app) and "Key a" not in shown_keys(app)
        assert len(app.screen.query(FooterKey)) > before  # the extra keys were mounted (once)
        dropped = [frame for frame in frames if frame[0] and frame[1]]
        assert not dropped, f"{len(dropped)} of {len(frames)} frames drawn inside a batch were dropped"
        assert frames and frames[-1][1]
        screen = app.screen
        assert not (
            screen._dirty_widgets or screen._layout_required or screen._repaint_required
        )  # nothing left undrawn
        text = "".join(str(line.text) for line in app.screen._compositor.render_strips())
        assert "One key" in text
