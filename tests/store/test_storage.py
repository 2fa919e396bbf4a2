"""The notes file on disk: atomic writes, backups, bad files, failing disks."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from store.errors import NotebookError, NotebookReadOnly, NotebookUnreadable, NotebookWriteError
from store.notebook.notebook import DocRef, Notebook
from store.notebook.storage import SCHEMA_VERSION, AtomicJSONStorage

DOC = DocRef("doc-1", "/corpus/a.txt", "A")


def ids_on_disk(path: Path) -> set[str]:
    notebook = Notebook(path)
    assert notebook.problem is None, notebook.problem
    return {n.id for n in notebook.notes()}


def filled(path: Path, count: int = 3) -> Notebook:
    notebook = Notebook(path)
    for i in range(count):
        notebook.add(DOC, f"note {i}")
    return notebook


def test_file_is_utf8_json_with_schema_and_backup(tmp_path):
    path = tmp_path / "notes.json"
    notebook = filled(path, 2)
    notebook.add(DOC, "Ереван 🙂 «quotes»")
    raw = path.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert data["_meta"]["schema"] == {"app": "actorlens", "version": SCHEMA_VERSION}
    assert "Ереван 🙂 «quotes»".encode() in raw  # UTF-8, not \u escapes
    backup = json.loads((tmp_path / "notes.json.bak").read_text("utf-8"))
    assert len(backup["notes"]) == 2  # the previous good version
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json", "notes.json.bak", "notes.json.lock"]


def test_missing_folder_is_created_on_first_write(tmp_path):
    path = tmp_path / "deep" / "er" / "notes.json"
    notebook = Notebook(path)
    assert notebook.notes() == [] and not path.exists()
    notebook.add(DOC, "x")
    assert path.exists()


def test_unchanged_file_is_not_read_again(tmp_path, monkeypatch):
    path = tmp_path / "notes.json"
    filled(path, 2)
    notebook = Notebook(path)
    loads = []
    real = AtomicJSONStorage._load

    def counting(self):
        loads.append(1)
        return real(self)

    monkeypatch.setattr(AtomicJSONStorage, "_load", counting)
    for _ in range(5):
        assert len(notebook.notes()) == 2
    notebook.add(DOC, "mine")  # our own write needs no re-read either
    assert len(notebook.notes()) == 3
    assert loads == []
    Notebook(path).add(DOC, "someone else's")  # another writer: the file changed
    assert len(notebook.notes()) == 4
    assert len(loads) == 2  # the other notebook's open and our re-read


def test_stale_temp_files_of_dead_writers_are_swept(tmp_path):
    path = tmp_path / "notes.json"
    filled(path, 1)
    stale = tmp_path / ".notes.json.999.deadbeef.tmp"
    stale.write_text("half a write")
    unrelated = tmp_path / "keep.tmp"
    unrelated.write_text("not ours")
    Notebook(path).add(DOC, "x")
    assert not stale.exists()
    assert unrelated.exists()


# -- files that cannot be read --------------------------------------------------------------


def _good_then(path: Path, damage) -> bytes:
    filled(path, 3)
    Notebook(path).add(DOC, "fourth")  # the backup now holds 3 notes
    damage(path)
    return path.read_bytes()


BAD_FILES = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "garbage": lambda p: p.write_bytes(os.urandom(300) + b"\xff\xfe"),
    "empty": lambda p: p.write_bytes(b""),
    "blank": lambda p: p.write_bytes(b"  \n"),
    "json-list": lambda p: p.write_text("[1, 2, 3]"),
    "json-not-tables": lambda p: p.write_text('{"notes": [1, 2]}'),
    "not-our-schema": lambda p: p.write_text('{"_meta": {"schema": {"app": "other", "version": 1}}, "notes": {}}'),
    "latin1": lambda p: p.write_bytes('{"notes": {"a": {"text": "caf\u00e9"}}}'.encode("latin-1")),
    "deep": lambda p: p.write_text("[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_corrupt_file_opens_read_only_untouched_with_backup_offered(tmp_path, case):
    path = tmp_path / "notes.json"
    bad = _good_then(path, BAD_FILES[case])
    notebook = Notebook(path)
    problem = notebook.problem
    assert isinstance(problem, NotebookUnreadable)
    assert problem.kind == "corrupt" and problem.recoverable
    message = str(problem)
    assert message.startswith(str(path)) and "\n" not in message
    assert problem.backup == str(tmp_path / "notes.json.bak") and problem.backup_notes == 3
    assert "backup notes.json.bak holds 3 notes" in message
    assert notebook.read_only and notebook.showing_backup
    assert len(notebook.notes()) == 3  # the backup is on show, read-only
    with pytest.raises(NotebookReadOnly, match="read-only"):
        notebook.add(DOC, "must not be written")
    with pytest.raises(NotebookReadOnly):
        notebook.add_doc_tags(DOC, ["t"])
    assert path.read_bytes() == bad  # never overwritten
    assert Notebook(path).problem is not None  # still reported to the next process

    aside = notebook.recover()
    assert aside is not None and aside.read_bytes() == bad  # set aside, not deleted
    assert aside.name.startswith("notes.json.unreadable-")
    assert not notebook.read_only and notebook.problem is None
    assert len(ids_on_disk(path)) == 3
    notebook.add(DOC, "after recovery")
    assert len(ids_on_disk(path)) == 4


def test_corrupt_file_without_backup_can_start_empty_only_when_asked(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text('{"notes": {"1": ')
    notebook = Notebook(path)
    assert notebook.problem is not None and notebook.problem.backup is None
    assert notebook.notes() == [] and not notebook.showing_backup
    with pytest.raises(NotebookError, match="no readable backup"):
        notebook.recover()
    assert path.read_text() == '{"notes": {"1": '
    aside = notebook.recover(use_backup=False)
    assert aside is not None and aside.read_text() == '{"notes": {"1": '
    assert ids_on_disk(path) == set()


def test_newer_schema_is_left_alone_and_not_recoverable(tmp_path):
    path = tmp_path / "notes.json"
    content = json.dumps({"_meta": {"schema": {"app": "actorlens", "version": SCHEMA_VERSION + 1}}, "notes": {}})
    path.write_text(content)
    notebook = Notebook(path)
    assert notebook.problem is not None and notebook.problem.kind == "newer"
    assert "newer actorlens" in str(notebook.problem)
    with pytest.raises(NotebookError, match="recovery does not apply"):
        notebook.recover()
    with pytest.raises(NotebookReadOnly):
        notebook.add(DOC, "x")
    assert path.read_text() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_another_programs_tinydb_file_is_not_adopted(tmp_path):
    path = tmp_path / "notes.json"
    content = '{"_default": {"1": {"name": "shopping list"}}}'
    path.write_text(content)
    notebook = Notebook(path)
    assert notebook.problem is not None and notebook.problem.kind == "foreign"
    assert not notebook.problem.recoverable
    with pytest.raises(NotebookReadOnly):
        notebook.add(DOC, "x")
    assert path.read_text() == content


def test_folder_at_the_path(tmp_path):
    path = tmp_path / "notes.json"
    path.mkdir()
    notebook = Notebook(path)
    assert notebook.problem is not None and "folder" in str(notebook.problem)
    assert path.is_dir()


def test_permission_denied_opens_read_only_and_retry_works(tmp_path, monkeypatch):
    path = tmp_path / "notes.json"
    filled(path, 2)
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if os.fspath(file) == str(path) and not flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    notebook = Notebook(path)
    assert notebook.problem is not None and notebook.problem.kind == "permission"
    assert "permission denied" in str(notebook.problem)
    assert notebook.showing_backup and len(notebook.notes()) == 1  # backup holds the first note
    with pytest.raises(NotebookReadOnly):
        notebook.add(DOC, "x")
    monkeypatch.setattr(os, "open", real_open)
    assert notebook.retry()
    assert len(notebook.notes()) == 2
    notebook.add(DOC, "now writable")
    assert len(ids_on_disk(path)) == 3


def test_file_damaged_while_open_keeps_notes_on_show_and_refuses_writes(tmp_path):
    path = tmp_path / "notes.json"
    notebook = filled(path, 3)
    path.write_bytes(b"\x00" * 50)
    with pytest.raises(NotebookUnreadable):
        notebook.add(DOC, "x")
    assert notebook.read_only
    assert len(notebook.notes()) == 3  # what was in memory stays readable
    assert path.read_bytes() == b"\x00" * 50


def test_version_zero_file_is_migrated_through_the_hook(tmp_path):
    path = tmp_path / "notes.json"
    old = {
        "notes": {
            "abc": {
                "doc_id": "d",
                "doc_path": "/x",
                "doc_title": "X",
                "anchor": None,
                "text": "old",
                "tags": [],
                "created": "2020-01-01T00:00:00+00:00",
                "updated": "",
            }
        }
    }
    path.write_text(json.dumps(old))
    seen = []

    def migrate(data, version):
        seen.append(version)
        data.setdefault("documents", {})
        return data

    notebook = Notebook(path, migrate=migrate)
    assert seen == [0]
    assert [n.text for n in notebook.notes()] == ["old"]
    notebook.add(DOC, "new")
    assert json.loads(path.read_text())["_meta"]["schema"]["version"] == SCHEMA_VERSION


def test_malformed_records_are_kept_in_the_file_but_not_shown(tmp_path):
    path = tmp_path / "notes.json"
    filled(path, 1)
    data = json.loads(path.read_text())
    data["notes"]["weird"] = {"text": 5}
    path.write_text(json.dumps(data))
    notebook = Notebook(path)
    assert notebook.problem is None
    assert len(notebook.notes()) == 1
    notebook.add(DOC, "another")
    assert json.loads(path.read_text())["notes"]["weird"] == {"text": 5}


# -- a disk that fails in the middle of a save ----------------------------------------------


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("target", ["write", "fsync", "replace"])
def test_failing_disk_leaves_old_or_new_file_never_broken(tmp_path, monkeypatch, target, code):
    path = tmp_path / "notes.json"
    notebook = filled(path, 3)
    real = getattr(os, target)
    outcomes = set()
    for k in range(1, 5):
        before = ids_on_disk(path)
        calls = 0

        def failing(*args, _k=k, **kwargs):
            nonlocal calls
            calls += 1
            if calls == _k:
                raise OSError(code, os.strerror(code))
            return real(*args, **kwargs)

        monkeypatch.setattr(os, target, failing)
        try:
            note = notebook.add(DOC, f"attempt {k}")
            error = None
        except NotebookWriteError as exc:
            note, error = None, exc
        finally:
            monkeypatch.setattr(os, target, real)
        after = ids_on_disk(path)  # loads: never broken
        if error is None:
            assert after == before | {note.id}
            outcomes.add("saved")
        elif error.saved:
            assert len(after) == len(before) + 1
            outcomes.add("saved-unconfirmed")
        else:
            assert after == before  # old state, and the message says so
            assert "unchanged" in str(error)
            assert os.strerror(code).lower() in str(error).lower() or "disk full" in str(error)
            outcomes.add("kept-old")
        assert {n.id for n in notebook.notes()} == after  # memory follows the disk
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
    assert "kept-old" in outcomes  # the fault was really hit


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_unwritable_folder_keeps_old_file_and_says_why(tmp_path, monkeypatch, code):
    path = tmp_path / "notes.json"
    notebook = filled(path, 2)
    before = path.read_bytes()
    real_open = os.open

    def refuse(file, flags, *args, **kwargs):
        if flags & os.O_CREAT and os.fspath(file).endswith(".tmp"):
            raise OSError(code, os.strerror(code), str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(NotebookWriteError) as caught:
        notebook.add(DOC, "my precious words")
    monkeypatch.setattr(os, "open", real_open)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert len(notebook.notes()) == 2
    notebook.add(DOC, "the disk is back")
    assert len(ids_on_disk(path)) == 3
