"""Background processes take a processor only when the app does not want it.

Profiled in the real app on the 2-core machine (per keypress, the UI thread's run time and its wait in the
kernel's run queue, from /proc/PID/task/TID/schedstat): during a large corpus's first start the app's
threads hardly ran while a key waited 100–270 ms; the UI thread was waiting for a processor, which the
child processes (the listing, NER, the search index) shared with it at nice 10 (a nice-10 process still
gets about a tenth of a core against the app, and a waking UI thread does not always preempt it).

``SCHED_IDLE`` (Linux) is the policy for this: such a process runs only when nothing of normal priority
wants the processor, a waking normal thread preempts it at once, and the kernel counts a core that runs
only idle tasks as free when it places the waking thread. Elsewhere (or if the system refuses) the
process gets the lowest nice value, 19.

    pool = ProcessPoolExecutor(n, mp_context=idle_spawn_context(), ...)   # children idle from their first instruction
    lower_priority()                                                       # this process (all threads it starts later)

A process at SCHED_IDLE cannot go back without privileges: only ever lower a child, never the app.
"""

from __future__ import annotations

import os

from store.spawning import SpawnContext, SpawnProcess

IDLE = "idle"  # SCHED_IDLE
NICEST = "nice"  # nice 19: where SCHED_IDLE does not exist or is refused
NICE_FALLBACK = 19


def lower_priority(pid: int = 0) -> str | None:
    """Put process ``pid`` (0: the calling thread) at SCHED_IDLE, else at nice 19. Returns which, or None
    when neither was allowed, or when $ACTORLENS_BACKGROUND_PRIORITY asks for none (store/paths.py).
    Threads a process starts afterwards inherit its policy."""
    from store.paths import background_at_idle_priority

    if not background_at_idle_priority():
        return None
    idle = getattr(os, "SCHED_IDLE", None)
    if idle is not None:
        try:
            os.sched_setscheduler(pid, idle, os.sched_param(0))
            return IDLE
        except (OSError, AttributeError):
            pass
    try:
        os.setpriority(os.PRIO_PROCESS, pid, NICE_FALLBACK)
        return NICEST
    except (OSError, AttributeError):
        return None


def is_idle(pid: int = 0) -> bool:
    """Whether ``pid`` runs at SCHED_IDLE (or, where that does not exist, at nice 19)."""
    idle = getattr(os, "SCHED_IDLE", None)
    if idle is not None:
        try:
            if os.sched_getscheduler(pid) == idle:
                return True
        except OSError:
            return False
    try:
        return os.getpriority(os.PRIO_PROCESS, pid) >= NICE_FALLBACK
    except (OSError, AttributeError):
        return False


def usable_cores() -> int:
    """The processors this process may run on (its affinity mask; a container's limit shows there)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def background_workers(wanted: int) -> int:
    """How many background processes to run beside the app: one core is left to the app (its UI thread),
    never more than the cores it may use, and at least one."""
    return max(1, min(wanted, usable_cores() - 1))


class _IdleSpawnProcess(SpawnProcess):
    """A spawned process lowered by its parent as soon as it exists, so that its start-up (the
    interpreter, its imports, unpickling its work) already runs at idle priority."""

    def start(self) -> None:
        super().start()
        if self.pid is not None:
            lower_priority(self.pid)


class _IdleSpawnContext(SpawnContext):
    Process = _IdleSpawnProcess


def idle_spawn_context() -> SpawnContext:
    """A ``spawn`` multiprocessing context whose processes run at idle priority from their start."""
    return _IdleSpawnContext()
