"""Python's cyclic garbage collector, held off while a very large document is analysed or laid out.

A full collection walks every object the collector tracks. A 50 MB document makes millions of them
(mentions, spans, cache rows), and while they are being made the collector runs full collections of
the whole heap again and again, each holding the interpreter lock: pauses of 0.3 s at 20 MB and
up to 2 s at 50 MB, during which the app's screen answers no key (measured by
tests/bench/bench_long_paragraph.py). ``deferred()`` turns the collector off for the duration of such
work and, when the last such work ends, moves what survived into the collector's permanent generation
(``gc.freeze``), so that later collections do not walk it again. Objects freed by reference counting
(nearly all of them: documents, mentions and spans hold no cycles) are freed as usual, frozen or not.

Freeing is the other pause: the last reference to a list of ten million tokens frees them all in one
call (0.4 s at 50 MB); ``release`` empties such lists a slice at a time instead.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

RELEASE_SLICE = 65_536  # items freed at a time

_lock = threading.Lock()
_active = 0  # works in progress (several threads may each run one)
_was_enabled = True


@contextmanager
def deferred() -> Iterator[None]:
    """No cyclic garbage collection until this (and any other deferred work) is done."""
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.freeze()
                gc.enable()


def active() -> bool:
    """True while some deferred work runs (for tests)."""
    return _active > 0


def release(*lists: list[Any]) -> None:
    """Empty each list a slice at a time, from the end (other threads run between two slices)."""
    for items in lists:
        while items:
            del items[-RELEASE_SLICE:]


def keep() -> None:
    """What the process has made so far is long-lived (a corpus's listing, once complete): moved out of the
    way of full collections for good (``gc.freeze``), so that those that come later walk only what is new
    (a full collection walking the listing of 2,000 documents took ~100 ms, in the middle of a keypress).
    Nothing to do while deferred work holds the collector off: it freezes what survived when done."""
    with _lock:
        if _active == 0 and gc.isenabled():
            gc.freeze()


# Full collections between keys, not in the middle of one. The caches that follow the user around (the
# drawn lines of the list and the reader, the documents opened: ~3,000 objects per document) survive into
# the oldest generation, and Python then runs a full collection every ten young ones walking all of it:
# 60-190 ms pauses, in one key of five or so on 2,000 documents (tests/bench/key_trace.py). Automatic full
# collections are held off (``hold_full``), and the UI runs the one that is due once the user has stopped
# for a moment (``collect_if_due``) - or at once when many are overdue (a key held for minutes) - and then
# freezes what survived, so that the next one walks only what is new; ``sweep`` on long rests frees what was
# frozen and died in a cycle since.
FULL_EVERY = 10  # young (generation 1) collections between two full ones: Python's own rule
LATE = 30  # young collections after which a full one runs in a shorter pause between keys
OVERDUE = 60  # young collections after which a full one runs even while keys arrive (a bounded heap to walk)
HELD = 1 << 30  # an oldest-generation threshold never reached


def hold_full() -> None:
    """No automatic full collection from now on: they run when ``collect_if_due`` says so."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, HELD)


def full_held() -> bool:
    return gc.get_threshold()[2] >= HELD


def release_full() -> None:
    """Python's own rule again (for tests, and when the UI stops)."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_EVERY)


def full_due(overdue: bool = False) -> bool:
    """True when a full collection is due (Python would have run it), or ``overdue`` one (much later)."""
    return gc.get_count()[2] >= (OVERDUE if overdue else FULL_EVERY)


def collect_if_due(*, idle: bool, pause: bool = False) -> bool:
    """Run the full collection that is due while the user is ``idle`` (resting), a late one in a ``pause``
    between keys, an overdue one anyway; True when one ran. Nothing while deferred work holds the collector
    off."""
    young = gc.get_count()[2]
    if young < (FULL_EVERY if idle else LATE if pause else OVERDUE):
        return False
    with _lock:
        if _active or not gc.isenabled():
            return False
        gc.collect()
        gc.freeze()  # what survived is long-lived (the caches): the next full collection walks only what is new
    return True


def sweep() -> bool:
    """A full collection of everything, frozen or not, then all of it frozen again: what ``collect_if_due``
    froze and later became garbage in a cycle (a closed dialog's widgets) is freed. For long rests (a walk of
    the whole heap: ~0.1-0.4 s). False when deferred work holds the collector off."""
    with _lock:
        if _active or not gc.isenabled():
            return False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
    return True
