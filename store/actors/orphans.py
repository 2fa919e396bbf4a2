"""Worker processes never outlive the process that started them.

``die_with_parent`` is the initializer of every worker of the multi-process analysis
(store/actors/parallel.py). On Linux it asks the kernel for a parent-death signal (``prctl
(PR_SET_PDEATHSIG, SIGKILL)`` through ctypes), so a SIGKILL of the app takes its workers along; on
every system a daemon thread also polls the parent's pid and ends the worker when the parent is gone
(re-parented to init, or to a subreaper). ``stop_workers`` kills a pool's processes at once.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from typing import Any

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """Run in the worker as it starts: end this process when ``parent`` ends."""
    if sys.platform.startswith("linux"):
        _parent_death_signal()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    watchdog = threading.Thread(target=_watch, args=(parent,), name="actorlens-parent-watchdog", daemon=True)
    watchdog.start()


def _parent_death_signal() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def stop_workers(pool: Any) -> None:
    """Kill the processes of a ProcessPoolExecutor now and drop its queued work."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with the real stderr: a TUI replaces sys.stderr with an
    object whose fileno() is not a file descriptor, and the tracker's start then fails."""
    from store.spawning import resource_tracker

    saved = sys.stderr
    try:
        if sys.__stderr__ is not None:
            sys.stderr = sys.__stderr__
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
