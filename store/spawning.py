"""Python's process machinery (``multiprocessing``, ``concurrent.futures.process``), imported through one
module so that two threads never import it at the same time.

The app imports it late (a process pool is not needed to paint), from whichever background thread needs it
first: the listing's child, the search index's, the analysis service. ``multiprocessing``'s modules import
each other in a cycle (context → reduction → context), and two threads importing them at once can each
hold one module's import lock while waiting for the other's: Python then breaks the deadlock by handing one
thread a partially initialised module ("partially initialized module 'multiprocessing.context'", or a
``_DeadlockError``; seen on a first start, and reproduced by importing from three threads in 1 of 40 fresh
interpreters). Every module of actorlens that needs the machinery imports it from here: the first thread to
import this module holds its lock for the whole import, and the others wait for it with no other lock held.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import multiprocessing.reduction
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from multiprocessing import resource_tracker
from multiprocessing.context import SpawnContext, SpawnProcess

__all__ = [
    "FIRST_COMPLETED",
    "BrokenProcessPool",
    "ProcessPoolExecutor",
    "SpawnContext",
    "SpawnProcess",
    "multiprocessing",
    "resource_tracker",
    "spawn_context",
    "wait",
]


def spawn_context() -> SpawnContext:
    """``multiprocessing.get_context("spawn")``."""
    return multiprocessing.get_context("spawn")
