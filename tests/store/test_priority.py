"""Background processes run at idle priority from their first instruction (store/priority.py), the app's
children use it (store/corpus/child_pool.py), and how many background processes a machine gets."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from store import priority
from store.corpus.child_pool import low_priority_child
from store.priority import background_workers, idle_spawn_context, is_idle, lower_priority

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("idle_background")]
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SCHED_IDLE is Linux's")


def _own_policy() -> tuple[int, int]:
    """Run in a child: its scheduling policy and its pid."""
    return os.sched_getscheduler(0), os.getpid()


def _started_policy() -> int:
    """Run in a child: the policy it had when this module was imported there (before any initializer)."""
    return STARTED_POLICY


STARTED_POLICY = os.sched_getscheduler(0) if hasattr(os, "sched_getscheduler") else -1


@linux
def test_a_process_of_the_idle_context_is_idle_before_any_code_of_its_own_runs():
    with ProcessPoolExecutor(1, mp_context=idle_spawn_context()) as pool:
        # this test module was imported in the child to unpickle the task: already at idle priority then
        assert pool.submit(_started_policy).result(timeout=60) == os.SCHED_IDLE
        policy, pid = pool.submit(_own_policy).result(timeout=60)
        assert policy == os.SCHED_IDLE
        assert is_idle(pid)
    assert os.sched_getscheduler(0) != os.SCHED_IDLE  # the parent (the app) is never lowered
    assert not is_idle()


@linux
def test_the_app_s_child_process_runs_at_idle_priority():
    with low_priority_child() as pool:
        policy, pid = pool.submit(_own_policy).result(timeout=60)
        assert policy == os.SCHED_IDLE
        with open(f"/proc/{pid}/sched") as sched:  # as the kernel reports it for the process
            assert any(line.startswith("policy") and int(line.split(":")[1]) == os.SCHED_IDLE for line in sched)


@linux
def test_lower_priority_puts_another_process_at_idle():
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not is_idle(child.pid)
        assert lower_priority(child.pid) == priority.IDLE
        assert os.sched_getscheduler(child.pid) == os.SCHED_IDLE
    finally:
        child.kill()
        child.wait()


@linux
def test_background_priority_normal_leaves_children_at_the_app_s_priority(monkeypatch):
    monkeypatch.setenv("ACTORLENS_BACKGROUND_PRIORITY", "normal")  # inherited by the spawned children
    with ProcessPoolExecutor(1, mp_context=idle_spawn_context()) as pool:
        policy, pid = pool.submit(_own_policy).result(timeout=60)
        assert policy == os.sched_getscheduler(0) != os.SCHED_IDLE
        assert lower_priority(pid) is None and not is_idle(pid)


def test_lower_priority_falls_back_to_nice_19_without_sched_idle(monkeypatch):
    import subprocess

    monkeypatch.delattr(os, "SCHED_IDLE", raising=False)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert lower_priority(child.pid) == priority.NICEST
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == 19
        assert is_idle(child.pid)
    finally:
        child.kill()
        child.wait()


@pytest.mark.parametrize(
    ("cores", "wanted", "expected"),
    [(1, 4, 1), (2, 2, 1), (2, 8, 1), (4, 4, 3), (4, 2, 2), (16, 1, 1), (8, 0, 1)],
)
def test_background_workers_leave_a_core_to_the_app(monkeypatch, cores, wanted, expected):
    monkeypatch.setattr(priority, "usable_cores", lambda: cores)
    assert background_workers(wanted) == expected


def test_usable_cores_are_those_the_process_may_run_on(monkeypatch):
    if hasattr(os, "sched_getaffinity"):
        assert priority.usable_cores() == len(os.sched_getaffinity(0))
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})  # a container's limit, say
        assert priority.usable_cores() == 1
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert priority.usable_cores() == 6
