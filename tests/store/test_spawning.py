"""The process machinery is imported through store.spawning only, so two threads never import it at once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# a direct import of the machinery (``concurrent.futures``'s Future and ThreadPoolExecutor need none of it)
DIRECT = re.compile(
    r"^\s*(?:import multiprocessing|from multiprocessing\b|from concurrent\.futures\.process\b"
    r"|from concurrent\.futures import .*\bProcessPoolExecutor\b)",
    re.M,
)


def test_only_store_spawning_imports_the_process_machinery() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("store", "tui")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "spawning.py" and DIRECT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


RACE = """
import sys, threading
# what the app has imported in its main thread before its background threads start
import store.actors.parallel, store.corpus.documents, store.errors, store.paths  # noqa
assert "multiprocessing" not in sys.modules
errors = []
def go(name):
    try:
        __import__(name)
    except Exception as exc:
        errors.append(repr(exc))
names = ["store.corpus.child_pool", "store.actors.service", "store.priority", "store.corpus.isolated"] * 2
threads = [threading.Thread(target=go, args=(n,)) for n in names]
for t in threads: t.start()
for t in threads: t.join()
import multiprocessing.context, concurrent.futures.process
assert multiprocessing.context.SpawnContext and concurrent.futures.process.ProcessPoolExecutor
print(errors[0] if errors else "ok")
"""


def test_modules_that_spawn_import_together_from_many_threads() -> None:
    results = [
        subprocess.run([sys.executable, "-c", RACE], cwd=ROOT, capture_output=True, text=True, timeout=60)
        for _ in range(8)
    ]
    assert [r.stdout.strip() or r.stderr.strip()[-300:] for r in results] == ["ok"] * 8
