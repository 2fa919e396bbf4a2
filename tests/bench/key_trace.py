"""A trace inside the app of many presses of the keys that mount nothing: what each slow one was.

    .venv/bin/python -m tests.bench.key_trace --count 2000 --presses 200           # idle (caches made first)
    .venv/bin/python -m tests.bench.key_trace --count 10000 --presses 200 --busy   # during the first start's work
    .venv/bin/python -m tests.bench.key_trace --count 2000 --keys filter --show 10

Runs the real app in-process (headless, Textual's Pilot, 120x40) on a generated corpus
(tests/bench/make_corpus.py; every user file under tests/bench/out/home) and presses, one at a time once the
app has been quiet for a moment: `j` (200 moves down the list, each opening a new document), `]` (the same
from the reader), typing in the filter (the box already open: a word typed, then erased with backspace) and,
with ``--keys escape``, `escape` closing the filter (each after `/` and a word typed, those not counted).
For every key it keeps, from hooks inside the app: the wall time from the key entering the app's queue to the
end of the last frame it caused, the UI thread's processor time, the messages handled (and the slowest),
the frames drawn (and whether they laid the screen out), the widgets refreshed, and every garbage collection
(``gc.callbacks``: generation, pause, thread). It prints percentiles per key, and each press over
``--slow`` ms (40) with what it was: a collection, the UI thread waiting for a processor (wall time far over
its processor time), a slow message or a slow frame. Wall times depend on the load of the machine: compare
runs made in the same session (``--against`` runs the same presses with another checkout's code, alternately).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bench import make_corpus, run_all

QUIET = 0.06  # seconds without a message or a frame: the key's work is done
LONGEST = 3.0  # seconds one key may take before the trace moves on
DETAIL = bool(os.environ.get("KEY_TRACE_GC"))  # print the generations' sizes at each full collection
FILTER_WORDS = ["russia", "talks", "the gas", "baku"]


@dataclass
class Press:
    key: str
    started: float
    wall: float = 0.0  # ms from the key entering the queue to the end of its last frame
    first: float = 0.0  # ... to the end of its first frame (what bench_e2e sees: the screen's first change)
    first_cpu: float = 0.0  # ms of the UI thread's processor time until the end of its first frame
    cpu_started: float = 0.0  # the UI thread's processor time (s) as the key entered the queue
    cpu: float = 0.0  # ms of the UI thread's processor time over the same span
    queued: float = 0.0  # ms the UI thread waited in the kernel's run queue (for a processor; Linux)
    messages: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    frames: list[tuple[float, bool]] = field(default_factory=list)  # (ms, laid out)
    refreshes: Counter[str] = field(default_factory=Counter)
    collections: list[tuple[int, float, str]] = field(default_factory=list)  # (generation, ms, thread)
    others: dict[str, float] = field(default_factory=dict)  # ms of processor time of the app's other threads


class Trace:
    """Hooks in Textual's message dispatch, frames and refreshes, and in the garbage collector."""

    def __init__(self) -> None:
        self.current: Press | None = None
        self.last_activity = time.perf_counter()
        self._depth = 0
        self._gc_started: dict[int, float] = {}
        self._undo: list[tuple[object, str, Any]] = []

    def install(self, app: Any = None) -> None:
        from textual.message_pump import MessagePump
        from textual.screen import Screen
        from textual.widget import Widget

        trace = self
        dispatch = MessagePump._dispatch_message
        frame = Screen._on_timer_update
        refresh = Widget.refresh

        async def traced_dispatch(pump: MessagePump, message: Any) -> None:
            trace._depth += 1
            started = time.perf_counter()
            try:
                await dispatch(pump, message)
            finally:
                trace._depth -= 1
                now = time.perf_counter()
                trace.last_activity = now
                press = trace.current
                if press is not None and trace._depth == 0:
                    name = type(message).__name__
                    callback = getattr(message, "callback", None) or getattr(
                        getattr(message, "timer", None), "_callback", None
                    )
                    if callback is not None:
                        name += f"({getattr(callback, '__qualname__', type(callback).__name__)})"
                    press.messages[name] += 1
                    press.slowest.append(((now - started) * 1000, f"{name} → {type(pump).__name__}"))

        def traced_frame(screen: Screen) -> None:
            laid_out = bool(screen._layout_required or screen._scroll_required)
            drawn = laid_out or bool(screen._dirty_widgets or screen._repaint_required)
            started = time.perf_counter()
            frame(screen)
            now = time.perf_counter()
            trace.last_activity = now
            press = trace.current
            if press is not None and drawn and screen.is_current:
                press.frames.append(((now - started) * 1000, laid_out))
                press.wall = (now - press.started) * 1000
                if not press.first:
                    press.first = press.wall
                    press.first_cpu = (time.thread_time() - press.cpu_started) * 1000

        def traced_refresh(widget: Widget, *args: Any, **kwargs: Any) -> Any:
            press = trace.current
            if press is not None:
                press.refreshes[type(widget).__name__ + (" layout" if kwargs.get("layout") else "")] += 1
            return refresh(widget, *args, **kwargs)

        for owner, name, new in (
            (MessagePump, "_dispatch_message", traced_dispatch),
            (Screen, "_on_timer_update", traced_frame),
            (Widget, "refresh", traced_refresh),
        ):
            self._undo.append((owner, name, getattr(owner, name)))
            setattr(owner, name, new)
        gc.callbacks.append(self._collected)
        for screen in app.screen_stack if app is not None else ():  # their frame timers hold the method itself
            timer = screen._update_timer
            self._undo.append((timer, "_callback", timer._callback))
            timer._callback = lambda screen=screen: traced_frame(screen)

    def uninstall(self) -> None:
        for owner, name, old in reversed(self._undo):
            setattr(owner, name, old)
        self._undo.clear()
        if self._collected in gc.callbacks:
            gc.callbacks.remove(self._collected)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            if DETAIL and info["generation"] == 2:
                sizes = [len(gc.get_objects(g)) for g in range(3)]
                print(f"    gen2 starts: generations {sizes}, frozen {gc.get_freeze_count()}", file=sys.stderr)
            self._gc_started[ident] = time.perf_counter()
            return
        started = self._gc_started.pop(ident, None)
        press = self.current
        if started is not None and press is not None:
            thread = "ui" if threading.current_thread() is threading.main_thread() else threading.current_thread().name
            if DETAIL and info["generation"] == 2:
                print(
                    f"    gen2: {(time.perf_counter() - started) * 1000:.0f} ms, collected {info['collected']}",
                    file=sys.stderr,
                )
            press.collections.append((info["generation"], (time.perf_counter() - started) * 1000, thread))


async def _quiet(trace: Trace, pause: float = QUIET, longest: float = LONGEST) -> None:
    started = time.perf_counter()
    while True:
        await asyncio.sleep(0.005)
        now = time.perf_counter()
        if now - trace.last_activity >= pause or now - started >= longest:
            return


def _run_queue_ms() -> float:
    """Time the calling thread has waited for a processor so far, in ms (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as handle:
            return int(handle.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


async def _press(pilot: Any, trace: Trace, label: str, key: str, character: str | None) -> Press:
    from textual import events

    await _quiet(trace)
    press = Press(label, time.perf_counter())
    cpu = press.cpu_started = time.thread_time()
    queued = _run_queue_ms()
    others = _thread_cpu()
    trace.current = press
    pilot.app.post_message(events.Key(key, character))
    await _quiet(trace)
    trace.current = None
    press.cpu = (time.thread_time() - cpu) * 1000
    press.queued = _run_queue_ms() - queued
    after = _thread_cpu()
    press.others = {name: (after[name] - others.get(name, 0.0)) * 1000 for name in after}
    press.others = {name: ms for name, ms in press.others.items() if ms >= 1}
    return press


def _thread_cpu() -> dict[str, float]:
    """Processor time (s) of each of this process's Python threads but the calling one, by name."""
    found: dict[str, float] = {}
    me = threading.get_ident()
    for thread in threading.enumerate():
        if thread.ident is None or thread.ident == me:
            continue
        try:
            found[f"{thread.name}#{thread.ident % 10000}"] = time.clock_gettime(
                time.pthread_getcpuclockid(thread.ident)
            )
        except (OSError, AttributeError, ProcessLookupError):
            continue
    return found


def _keystrokes(presses: int) -> list[tuple[str, str | None]]:
    """Words typed into the filter and erased again, ``presses`` keys in all."""
    keys: list[tuple[str, str | None]] = []
    while len(keys) < presses:
        for word in FILTER_WORDS:
            keys += [("space" if c == " " else c, c) for c in word]
            keys += [("backspace", None)] * len(word)
    return keys[:presses]


async def _session(paths: list[str], keys: list[str], presses: int, busy: bool, ner: bool) -> dict[str, list[Press]]:
    from store.corpus.library import Library
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp
    from tui.widgets.sidebar import Sidebar

    app = ActorlensApp(Library(paths), ner=ner)
    trace = Trace()
    found: dict[str, list[Press]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 2, idle=False)
        if not busy:  # the background work done (listing, analysis, index), at most 5 minutes
            for _ in range(600):
                await pilot.pause(0.5)
                if not any(worker.is_running for worker in app.workers):
                    break
        print(
            f"  heap: {len(gc.get_objects())} objects tracked, {gc.get_freeze_count()} frozen, "
            f"thresholds {gc.get_threshold()}",
            file=sys.stderr,
        )
        trace.install(app)
        try:
            running = lambda: sum(worker.is_running for worker in app.workers)  # noqa: E731
            for name in keys:
                if name == "j":
                    app.screen.sidebar.documents.focus()
                    for i in range(presses):
                        found.setdefault("j", []).append(await _press(pilot, trace, "j", "j", "j"))
                        if busy and i % 50 == 0:
                            print(f"    j {i}: {running()} workers running", file=sys.stderr)
                elif name == "]":
                    app.screen.reader.focus()
                    for _ in range(presses):
                        pressed = await _press(pilot, trace, "]", "right_square_bracket", "]")
                        found.setdefault("]", []).append(pressed)
                elif name == "filter":
                    sidebar = app.screen.query_one(Sidebar)
                    await sidebar.open_filter()
                    await pilot.pause(0.2)
                    for key, character in _keystrokes(presses):
                        found.setdefault("filter", []).append(await _press(pilot, trace, "filter", key, character))
                    sidebar.clear_filter()
                elif name == "escape":  # `/`, a word typed (not traced), then escape closing the filter
                    app.screen.sidebar.documents.focus()
                    for i in range(presses):
                        await _press(pilot, trace, "/", "slash", "/")
                        for character in FILTER_WORDS[i % len(FILTER_WORDS)]:
                            key = "space" if character == " " else character
                            await _press(pilot, trace, "typing", key, character)
                        found.setdefault("escape", []).append(await _press(pilot, trace, "escape", "escape", None))
            if busy:
                print(f"    at the end: {running()} workers running", file=sys.stderr)
        finally:
            trace.uninstall()
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def describe(press: Press) -> str:
    """What a slow press was, in one line."""
    gc_ms = sum(ms for _, ms, thread in press.collections if thread == "ui")
    gens = ",".join(
        f"g{g} {ms:.0f}ms{'' if t == 'ui' else ' (' + t + ')'}" for g, ms, t in press.collections if ms >= 1
    )
    frames = " ".join(f"{ms:.0f}{'L' if laid else ''}" for ms, laid in press.frames)
    top = sorted(press.slowest, reverse=True)[:3]
    slow = "; ".join(f"{ms:.0f} {name}" for ms, name in top)
    causes = []
    if gc_ms >= 10:
        causes.append(f"GC {gc_ms:.0f} ms")
    if press.queued >= 10:
        causes.append(f"run queue {press.queued:.0f} ms")
    if top and top[0][0] >= 20:
        causes.append(f"handler {top[0][1].split(' ')[0]}")
    if press.frames and max(ms for ms, _ in press.frames) >= 15:
        causes.append("slow frame")
    return (
        f"{press.key:7} wall {press.wall:5.0f} first {press.first:4.0f} cpu {press.cpu:5.0f} queue {press.queued:4.0f} | {', '.join(causes) or '?'} | "
        f"frames [{frames}] | gc [{gens}] | {slow} | msgs {sum(press.messages.values())} | "
        f"refreshes {dict(press.refreshes.most_common(5))}"
        + (
            f" | other threads (ms) {', '.join(f'{n} {ms:.0f}' for n, ms in press.others.items())}"
            if press.others
            else ""
        )
    )


def report(label: str, found: dict[str, list[Press]], slow: float, show: int) -> None:
    print(f"\n{label}")
    print(
        f"  {'key':8} {'n':>4} {'p50':>6} {'p90':>6} {'p99':>6} {'max':>6}  until the last frame (ms) · first frame "
        f"p50/p99 · UI thread cpu p50/p99 (until the first frame p50) · run queue p99 · >{slow:.0f} ms"
    )
    for key, presses in found.items():
        walls = [p.wall for p in presses]
        firsts = [p.first for p in presses]
        cpus = [p.cpu for p in presses]
        queued = [p.queued for p in presses]
        over = sum(w > slow for w in walls)
        print(
            f"  {key:8} {len(walls):4} {statistics.median(walls):6.1f} {percentile(walls, 0.9):6.1f} "
            f"{percentile(walls, 0.99):6.1f} {max(walls):6.1f}  first {statistics.median(firsts):5.1f}/"
            f"{percentile(firsts, 0.99):5.1f} · cpu {statistics.median(cpus):5.1f}/{percentile(cpus, 0.99):5.1f}"
            f" ({statistics.median(p.first_cpu for p in presses):5.1f}) · queue {percentile(queued, 0.99):5.1f} · {over}"
        )
    for key, presses in found.items():
        slowest = sorted((p for p in presses if p.wall > slow), key=lambda p: -p.wall)
        if slowest:
            print(f"  slow presses of {key} ({len(slowest)}):")
            for press in slowest[:show]:
                print("    " + describe(press))
            gcs = Counter(
                ",".join(sorted({f"g{g}" for g, ms, t in p.collections if ms >= 5})) or "no GC ≥5 ms" for p in slowest
            )
            print(f"    collections among them: {dict(gcs)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="generated documents (0: the bundled corpus)")
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--keys", nargs="+", default=["j", "]", "filter"], choices=["j", "]", "filter", "escape"])
    parser.add_argument("--busy", action="store_true", help="press during the first start's background work")
    parser.add_argument("--ner", action="store_true", help="statistical NER too (in worker processes)")
    parser.add_argument("--slow", type=float, default=40.0)
    parser.add_argument("--show", type=int, default=12, help="slow presses described per key")
    parser.add_argument("--against", type=Path, help="another checkout: its code runs the same presses, alternately")
    parser.add_argument("--rounds", type=int, default=1, help="with --against: rounds of (that, this)")
    args = parser.parse_args(argv)
    if args.against is not None:
        return _alternate(args, argv or sys.argv[1:])
    run_all.use_bench_env()
    os.environ.pop("TEXTUAL_ANIMATIONS", None)
    if args.count:
        paths = [str(make_corpus.ensure(args.count))]
    else:
        from store.corpus.files import bundled_corpus

        paths = [str(bundled_corpus())]
    if args.busy:  # a first start: nothing cached
        shutil.rmtree(Path(os.environ["ACTORLENS_CACHE"]), ignore_errors=True)
    shutil.rmtree(Path(os.environ["ACTORLENS_STATE"]), ignore_errors=True)  # no remembered document or filter
    found = asyncio.run(_session(paths, args.keys, args.presses, args.busy, args.ner))
    load = os.getloadavg()[0]
    what = f"{args.count or 'bundled'} documents, {'during the first start' if args.busy else 'idle'}"
    report(f"{what} ({Path.cwd().name}, load average {load:.1f})", found, args.slow, args.show)
    return 0


def _alternate(args: argparse.Namespace, argv: list[str]) -> int:
    """Run the presses with another checkout's code and this one's, alternately (same script, same corpus)."""
    rest: list[str] = []
    skip = False
    for item in argv:
        if skip:
            skip = False
            continue
        if item in ("--against", "--rounds"):
            skip = True
            continue
        if item.startswith(("--against=", "--rounds=")):
            continue
        rest.append(item)
    here = Path(__file__).resolve().parent.parent.parent
    script = Path(__file__).resolve()
    for _ in range(args.rounds):
        for checkout in (args.against.resolve(), here):
            env = dict(os.environ, PYTHONPATH=str(checkout))
            # this script, run with the other checkout's packages first on the path
            code = (
                f"import sys; sys.path.insert(0, {str(checkout)!r}); import runpy; "
                f"sys.argv = ['key_trace'] + {rest!r}; "
                f"runpy.run_path({str(script)!r}, run_name='__main__')"
            )
            subprocess.run([sys.executable, "-c", code], cwd=checkout, env=env, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
