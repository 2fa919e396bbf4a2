"""Hostile input on the command line (issue 11): whatever a document, a file name, a note, a tag or an
actor name holds, no control character reaches stdout or stderr; special files never block; every
failure is one line and a non-zero status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.corpus.documents import load
from store.corpus.files import SourceFile
from store.notebook.notebook import Notebook
from tests.conftest import ROOT
from tests.hostile_corpus import ESCAPES, HOSTILE_TEXT, control_free, make_hostile_corpus
from tui.cli import main

pytestmark = pytest.mark.timeout(300)

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text with a good share of control characters and escapes (no lone surrogates: a note cannot hold them).
hostile = st.lists(
    st.sampled_from(ESCAPES) | st.text(st.characters(exclude_categories=("Cs",)), max_size=12), max_size=8
).map("".join)


def _clean_run(capsys, argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    assert control_free(out), out
    assert control_free(err), err
    assert status in (0, 1)
    return status, out, err


def _doc(folder: Path, text: str = HOSTILE_TEXT) -> Path:
    path = folder / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


@FUZZ
@given(body=hostile)
def test_show_prints_no_control_character(tmp_path, capsys, body):
    path = _doc(tmp_path, "A title " + body + "\n\nVladimir Putin said " + body + " in Moscow.\n")
    status, out, _ = _clean_run(capsys, ["show", str(path), "--no-ner", "--no-cache"])
    if "\x00" in body:  # a NUL near the start: a binary file, refused in one line
        assert status == 1
        return
    assert status == 0
    status, out_json, _ = _clean_run(capsys, ["show", str(path), "--no-ner", "--no-cache", "--json"])
    data = json.loads(out_json)
    assert control_free(json.dumps(data, ensure_ascii=False))
    # the cleaner decides what is article on such a tiny page; nothing is lost: shown (as the title or a
    # block), or listed as removed
    kept = [data["title"] or ""] + [b["text"] for b in data["blocks"]]
    assert any("Vladimir Putin said" in text for text in kept + data["removed"])


@FUZZ
@given(text=hostile, tag=hostile)
def test_note_and_tag_lists_print_no_control_character(tmp_path, capsys, text, tag):
    db = tmp_path / f"notes-{os.urandom(4).hex()}.json"
    doc = load(SourceFile(_doc(tmp_path)))
    notebook = Notebook(db)
    notebook.add(doc, text or "x", tags=[tag] if tag.strip() else [])
    if tag.strip():
        notebook.add_doc_tags(doc, [tag])
    _clean_run(capsys, ["note", "list", "--db", str(db)])
    _clean_run(capsys, ["note", "list", str(tmp_path / "doc.txt"), "--db", str(db)])
    _, out, _ = _clean_run(capsys, ["note", "list", "--json", "--db", str(db)])
    assert json.loads(out)[0]["text"] == (text or "x")  # JSON is escaped, not altered
    _clean_run(capsys, ["tag", "list", "--db", str(db)])
    _clean_run(capsys, ["tag", "list", "--json", "--db", str(db)])
    _clean_run(capsys, ["export", "--no-actors", "--db", str(db)])


@FUZZ
@given(name=hostile.filter(lambda s: s.strip()))
def test_actor_names_from_the_users_file_print_no_control_character(tmp_path, capsys, monkeypatch, name):
    escaped = json.dumps(name, ensure_ascii=False).replace("\x7f", "\\u007f")  # a TOML basic string
    actors = tmp_path / "actors.toml"
    actors.write_text(
        f'[[actor]]\nid = "zorblax"\nname = {escaped}\nkind = "person"\naliases = ["Zorblax"]\n', encoding="utf-8"
    )
    monkeypatch.setenv("ACTORLENS_ACTORS", str(actors))
    path = _doc(tmp_path, "Zorblax speaks\n\nZorblax met Zorblax in Moscow today, said the report.\n")
    _clean_run(capsys, ["actors", str(path), "--no-ner", "--no-cache"])
    _clean_run(capsys, ["actors", str(path), "--no-ner", "--no-cache", "--json"])
    _clean_run(capsys, ["show", str(path), "--no-ner", "--no-cache"])


@FUZZ
@given(
    name=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30).filter(
        lambda s: "\x00" not in s and "/" not in s and s not in (".", "..")
    )
)
def test_file_names_in_errors_print_no_control_character(tmp_path, capsys, name):
    status, _, err = _clean_run(capsys, ["show", str(tmp_path / (name + ".txt"))])
    assert status == 1 and len(err.strip().splitlines()) == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000))
def test_show_over_random_bytes_never_crashes_nor_prints_controls(tmp_path, capsys, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    status, out, err = _clean_run(capsys, ["show", str(path), "--no-ner", "--no-cache"])
    if status == 1:
        assert len(err.strip().splitlines()) == 1 and err.startswith("actorlens: ")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=3000), kind=st.sampled_from(["txt", "md", "html"]))
def test_cleaner_over_random_bytes_gives_a_document_or_one_line(tmp_path_factory, data, kind):
    from store.errors import DocumentError

    path = tmp_path_factory.mktemp("fuzz") / f"random.{kind}"
    path.write_bytes(data)
    try:
        doc = load(SourceFile(path))
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert doc.blocks and all(control_free(b.text) for b in doc.blocks)


# -- whole commands in a subprocess: a hang fails the test through the timeout -----------------


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], capture_output=True, cwd=ROOT, timeout=timeout, env=env
    )


def _decoded_clean(result: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert control_free(out) and control_free(err), (out, err)
    return out, err


def test_show_on_a_fifo_is_one_line_not_a_hang(tmp_path):
    cases = make_hostile_corpus(tmp_path / "c")
    if "fifo" not in cases:
        pytest.skip("no FIFOs here")
    result = run_cli("show", str(cases["fifo"]))
    _, err = _decoded_clean(result)
    assert result.returncode == 1 and len(err.splitlines()) == 1 and "named pipe" in err


def test_actors_over_the_hostile_corpus(tmp_path):
    cases = make_hostile_corpus(tmp_path / "c")
    result = run_cli("actors", str(tmp_path / "c"), "--no-ner", "--no-cache")
    out, err = _decoded_clean(result)
    assert result.returncode == 0, err
    assert "Vladimir Putin" in out
    if "fifo" in cases:
        assert "fifo.txt: skipped (a named pipe" in err
    assert "bad-\\xff\\xfe-name.txt" not in err  # it opened: no problem to report


def test_note_on_a_file_whose_name_is_not_utf8_round_trips(tmp_path):
    cases = make_hostile_corpus(tmp_path / "c")
    db = tmp_path / "notes.json"
    bad = os.fsencode(cases["bad_name"])
    added = subprocess.run(
        [sys.executable, "-m", "tui.cli", "note", "add", bad, "hello", "--db", str(db)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli("note", "list", "--db", str(db))
    out, _ = _decoded_clean(listed)
    assert "bad-\\xff\\xfe-name.txt" in out and "hello" in out
    tagged = subprocess.run(
        [sys.executable, "-m", "tui.cli", "tag", "add", bad, "odd", "--db", str(db)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert tagged.returncode == 0, tagged.stderr


def test_a_crash_is_one_line_and_a_non_zero_status(tmp_path, capsys, monkeypatch):
    import store.corpus.documents as documents

    def broken(source):
        raise RuntimeError("boom\x1b[2J\nsecond line")

    monkeypatch.setattr(documents, "load", broken)
    status = main(["show", str(_doc(tmp_path))])
    _, err = capsys.readouterr()
    assert status == 2
    assert err.count("\n") == 1 and "internal error: RuntimeError: boom" in err and control_free(err)


def test_deeply_nested_actors_file_is_one_line_and_defaults(tmp_path, monkeypatch):
    actors = tmp_path / "actors.toml"
    actors.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    monkeypatch.setenv("ACTORLENS_ACTORS", str(actors))
    result = run_cli("show", str(_doc(tmp_path)), "--no-ner", "--no-cache")
    out, err = _decoded_clean(result)
    assert result.returncode == 0 and "Vladimir Putin" in out
    assert err.count("\n") == 1 and "nested too deeply" in err and "actors.toml" in err


@pytest.mark.parametrize(
    "content, expected",
    [
        ("institution = 5\n", "'institution' must be an array of tables"),
        ("colour = 'red'\n", "unknown key 'colour'"),
        ('[[actor]]\nid = "x-y"\nname = 5\n', "name must be a string"),
        ('[[institution]]\nid = "court"\nname = "Court"\nnoun = ["court"]\n', "unknown key 'noun'"),
    ],
)
def test_wrong_shapes_in_the_users_actors_file_name_file_and_key(tmp_path, monkeypatch, capsys, content, expected):
    actors = tmp_path / "actors.toml"
    actors.write_text(content)
    monkeypatch.setenv("ACTORLENS_ACTORS", str(actors))
    status = main(["show", str(_doc(tmp_path)), "--no-ner", "--no-cache"])
    _, err = capsys.readouterr()
    assert status == 0
    assert err.count("\n") == 1 and str(actors) in err and expected in err and "bundled dictionary only" in err


def test_export_files_honour_the_umask_and_force_keeps_the_mode(tmp_path):
    db = tmp_path / "notes.json"
    Notebook(db).add(load(SourceFile(_doc(tmp_path))), "a note")
    out = tmp_path / "out.md"
    old = os.umask(0o022)
    try:
        assert main(["export", "--no-actors", "--db", str(db), "--out", str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o644
        out.chmod(0o640)
        assert main(["export", "--no-actors", "--db", str(db), "--out", str(out), "--force"]) == 0
        assert out.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
