"""One low-priority child process that works a few batches ahead of its caller, results in order.

Used where a large corpus's files are cleaned away from the app's process (the sidebar's summaries,
store/corpus/summary_process.py; the search index, store/corpus/search_indexer.py): the child is spawned
(it never inherits the app's threads), runs at idle priority from its first instruction (store/priority.py:
it takes a processor only when the app does not want one) and dies with it however the app ends
(store/actors/orphans.py); ``stop`` is asked every ``POLL`` seconds while a result is awaited.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

from store.errors import ActorlensError
from store.spawning import ProcessPoolExecutor

POLL = 0.1  # seconds between two looks at ``stop`` while a result is awaited

Item = TypeVar("Item")


def _child_start(parent: int) -> None:
    """The child's initializer: it dies with the app and yields the processor to it (the parent lowered
    it already; this covers the systems where that did not happen)."""
    from store.actors.orphans import die_with_parent
    from store.priority import lower_priority

    die_with_parent(parent)
    lower_priority()


@contextmanager
def low_priority_child() -> Iterator[ProcessPoolExecutor]:
    """A pool of one spawned child process at idle priority, ended (workers killed) on leaving."""
    from store.actors.orphans import start_resource_tracker, stop_workers
    from store.priority import idle_spawn_context

    start_resource_tracker()
    pool = ProcessPoolExecutor(1, mp_context=idle_spawn_context(), initializer=_child_start, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        stop_workers(pool)


def in_order(
    items: Iterable[Item],
    submit: Callable[[Item], Future[Any] | None],
    *,
    ahead: int,
    stop: Callable[[], bool],
    broken: str,
) -> Iterator[tuple[Item, Any]]:
    """Each item with its job's result (None when ``submit`` made no job for it), in the items' order,
    ``ahead`` jobs submitted before their results are wanted. Ends when ``stop()`` says so; a child that
    died raises ActorlensError(``broken``)."""
    from concurrent.futures import TimeoutError as FutureTimeout

    from store.spawning import BrokenProcessPool

    queue = iter(items)
    pending: deque[tuple[Item, Future[Any] | None]] = deque()

    def push() -> None:
        for item in queue:
            pending.append((item, submit(item)))
            return

    for _ in range(ahead):
        push()
    while pending:
        item, future = pending[0]
        result = None
        while future is not None:
            if stop():
                return
            try:
                result = future.result(timeout=POLL)
                break
            except FutureTimeout:
                continue
            except BrokenProcessPool:
                raise ActorlensError(broken) from None
        pending.popleft()
        push()
        yield item, result
