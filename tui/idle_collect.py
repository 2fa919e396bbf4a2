"""Full garbage collections while the user rests between keys, not in the middle of one.

Python runs a full collection every ten young ones; on a large corpus it walks the caches that follow the
user around (drawn lines, documents opened) and took 60-190 ms, in about one key of five on 2,000
documents (tests/bench/key_trace.py). While the main screen is up, automatic full collections are held
off (``store.collector.hold_full``) and the one that is due runs here once no key or mouse event came for
``IDLE`` s (tui/yielding.py notes each), in a shorter pause when it is late, at once when it is long
overdue (keys without a pause while the background work makes garbage); what survived it is frozen, so the
next walks only what is new. Every two minutes at most, a rest of five seconds sweeps the whole heap
(frozen objects that died in a cycle since are freed).
"""

from __future__ import annotations

import time

from textual.message_pump import MessagePump
from textual.timer import Timer

from store import collector

from .yielding import since_input

IDLE = 0.6  # seconds without input before a due full collection runs
PAUSE = 0.2  # seconds without input before a late one runs (store/collector.LATE)
CHECK = 0.1  # seconds between two looks
SWEEP_REST = 5.0  # seconds without input before a sweep of the whole heap (store/collector.sweep) ...
SWEEP_EVERY = 120.0  # ... at most this often


def collect_when_idle(node: MessagePump) -> Timer:
    """Hold automatic full collections off and run them from a timer of ``node`` while the user rests
    (``stop`` gives them back to Python)."""
    collector.hold_full()
    swept = time.monotonic()

    def check() -> None:
        nonlocal swept
        rest = since_input()
        if rest >= SWEEP_REST and time.monotonic() - swept >= SWEEP_EVERY:
            if collector.sweep():
                swept = time.monotonic()
            return
        collector.collect_if_due(idle=rest >= IDLE, pause=rest >= PAUSE)

    return node.set_interval(CHECK, check, name="idle-gc")


def stop_collecting(timer: Timer | None) -> None:
    if timer is not None:
        timer.stop()
    collector.release_full()
