"""tui/settle.py: work that follows the cursor runs after the frame that shows the move; in a terminal only
once the frame has had time to be written out (the output thread needs the interpreter's lock to write it)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from tui.settle import OUTPUT, Settled


class Probe(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("probe")


async def test_headless_the_work_runs_right_after_the_frame() -> None:
    app = Probe()
    async with app.run_test() as pilot:
        runs: list[int] = []
        settled = Settled(app.screen, lambda: runs.append(1))
        settled.request()
        await pilot.pause()
        assert runs == [1] and not settled.pending


async def test_in_a_terminal_the_work_waits_for_the_frame_to_be_written_out() -> None:
    assert 0 < OUTPUT < 0.02  # a few ms: the document still opens within a frame or two
    app = Probe()
    async with app.run_test() as pilot:
        runs: list[int] = []
        settled = Settled(app.screen, lambda: runs.append(len(runs)), output=1.0)
        settled.request()
        await pilot.pause()
        assert runs == [] and settled.pending  # the frame is drawn, the work waits on a timer
        settled.request()  # the cursor moved again meanwhile: one run, for where it is now
        for _ in range(100):
            await pilot.pause(0.05)
            if runs:
                break
        await pilot.pause(0.2)
        assert runs == [0] and not settled.pending


async def test_flush_runs_the_waiting_work_at_once() -> None:
    app = Probe()
    async with app.run_test() as pilot:
        runs: list[int] = []
        settled = Settled(app.screen, lambda: runs.append(1), output=5.0)
        settled.request()
        await pilot.pause()
        settled.flush()
        assert runs == [1]
        await pilot.pause(0.1)
        assert runs == [1]  # the timer it cancelled does not run it again
