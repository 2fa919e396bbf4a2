"""store.collector.deferred: no cyclic collection during the work (also when two threads nest it), the
collector back on after the last one, what survived frozen, and the collector left off if it was off."""

from __future__ import annotations

import gc
import threading

from store import collector


def test_the_collector_is_off_during_deferred_work_and_on_after_the_last():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    started, finish = threading.Event(), threading.Event()

    def other() -> None:
        with collector.deferred():
            started.set()
            finish.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    started.wait(10)
    try:
        assert not gc.isenabled() and collector.active()
        with collector.deferred():
            kept = [[n] for n in range(1000)]  # survives the work
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread's work still runs
    finally:
        finish.set()
        thread.join(10)
    assert gc.isenabled() and not collector.active()
    assert gc.get_freeze_count() >= frozen + len(kept)
    gc.unfreeze()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector.deferred():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_the_work_fails():
    try:
        with collector.deferred():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled() and not collector.active()
    gc.unfreeze()


def test_release_empties_lists_of_any_length(monkeypatch):
    monkeypatch.setattr(collector, "RELEASE_SLICE", 3)
    lists = [list(range(n)) for n in (0, 1, 3, 10)]
    collector.release(*lists)
    assert all(items == [] for items in lists)


def test_keep_moves_what_was_made_out_of_the_way_of_full_collections_but_not_during_deferred_work():
    assert gc.isenabled()
    gc.unfreeze()
    listing = [{"entry": n} for n in range(2000)]  # long-lived: a corpus's listing
    with collector.deferred():
        collector.keep()  # the deferred work freezes when it ends, not keep
        assert gc.get_freeze_count() == 0
    gc.unfreeze()
    collector.keep()
    assert gc.get_freeze_count() >= len(listing)
    gc.unfreeze()


def test_full_collections_held_off_run_only_when_asked():
    threshold = gc.get_threshold()
    collector.hold_full()
    try:
        assert collector.full_held()
        gc.collect()
        for _ in range(40):  # young collections enough for several full ones by Python's rule
            gc.collect(1)
        assert gc.get_count()[2] >= collector.FULL_EVERY  # none ran on its own (a full one resets this)
        assert collector.full_due() and not collector.full_due(overdue=True)
        assert not collector.collect_if_due(idle=False)  # keys arriving: due, not overdue, so not now
        assert collector.collect_if_due(idle=True)  # the user rests: it runs
        assert gc.get_count()[2] == 0 and not collector.full_due()
        for _ in range(collector.LATE):
            gc.collect(1)
        assert not collector.collect_if_due(idle=False)  # late: not while keys arrive back to back...
        assert collector.collect_if_due(idle=False, pause=True)  # ... but in a short pause between two
        survivor = [[n] for n in range(100)]
        frozen = gc.get_freeze_count()
        for _ in range(collector.OVERDUE):
            gc.collect(1)
        assert collector.collect_if_due(idle=False)  # overdue: runs anyway, and freezes what survived
        assert gc.get_freeze_count() >= frozen + len(survivor)
        with collector.deferred():  # deferred work holds the collector off: not even a due one runs
            for _ in range(collector.OVERDUE + 1):
                gc.collect(1)
            assert not collector.collect_if_due(idle=True)
        gc.unfreeze()
    finally:
        collector.release_full()
    assert not collector.full_held() and gc.get_threshold() == threshold


def test_a_sweep_frees_what_was_frozen_and_died_in_a_cycle():
    import weakref

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the cyclic collector frees it
    gone = weakref.ref(a)
    gc.collect()
    gc.freeze()
    del a, b
    gc.collect()
    assert gone() is not None  # frozen: full collections do not see it
    assert collector.sweep()
    assert gone() is None
    gc.unfreeze()
