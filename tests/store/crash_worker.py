"""Child programs for the crash and concurrency tests (run with ``python -m tests.store.crash_worker``).

``crash PATH ROUNDS SEED``: for each round, fork a writer that adds notes in a loop and reports
each id on a pipe *after* ``add`` returned; SIGKILL it at a random moment; reopen the file and
check that every acknowledged note is there. Prints one JSON summary line.

``add PATH COUNT LABEL``: add COUNT notes, print their ids.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time

from store.notebook.notebook import DocRef, Notebook

DOC = DocRef("crash-doc", "/corpus/crash.txt", "Crash test")


def _writer(path: str, fd: int, round_no: int) -> None:
    try:
        notebook = Notebook(path)
        i = 0
        while True:
            note = notebook.add(DOC, f"round {round_no} note {i} " + "x" * (i % 50))
            os.write(fd, (note.id + "\n").encode())
            i += 1
    except BaseException as exc:  # a writer must only ever stop by being killed
        os.write(2, f"writer failed: {exc!r}\n".encode())
    finally:
        os._exit(3)


def crash(path: str, rounds: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    acked: set[str] = set()
    kills = lost = corrupt = in_flight = writer_failures = 0
    for round_no in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _writer(path, write_end, round_no)
        os.close(write_end)
        chunks = []
        if round_no % 10:
            # most rounds: wait until the writer has saved at least one note, so the kill lands mid-stream
            chunks.append(os.read(read_end, 65536))
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            writer_failures += 1
        kills += 1
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        os.close(read_end)
        acked.update(line for line in b"".join(chunks).decode().split("\n") if line)
        notebook = Notebook(path)
        if notebook.problem is not None:
            corrupt += 1
            print(f"corrupt after kill {kills}: {notebook.problem}", file=sys.stderr)
            notebook.recover(use_backup=notebook.problem.backup is not None)
            continue
        present = {n.id for n in notebook.notes()}
        missing = acked - present
        lost += len(missing)
        acked -= missing
        in_flight = len(present - acked)  # saved but killed before it could say so: fine
    return {
        "kills": kills,
        "acked": len(acked),
        "lost": lost,
        "corrupt": corrupt,
        "unacked_saved": in_flight,
        "writer_failures": writer_failures,
    }


def add(path: str, count: int, label: str) -> None:
    notebook = Notebook(path, lock_timeout=60)
    for i in range(count):
        note = notebook.add(DOC, f"{label} {i}", tags=[label])
        print(note.id)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "crash":
        print(json.dumps(crash(rest[0], int(rest[1]), int(rest[2]))))
    elif command == "add":
        add(rest[0], int(rest[1]), rest[2])
    else:
        raise SystemExit(f"unknown command {command}")
