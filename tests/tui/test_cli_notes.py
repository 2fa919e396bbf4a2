"""`actorlens note ...` and `actorlens tag ...`: scripting notes and tags, and their errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from store.notes import Notebook
from tests.conftest import ROOT, seed
from tui.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
        input=stdin,
    )


def test_note_add_list_rm_with_env_db(capsys):
    doc = str(seed("000_"))
    assert main(["note", "add", doc, "whole [b]document[/b] note", "--tag", "war", "--tag", "x y"]) == 0
    whole_id = capsys.readouterr().out.strip()
    assert main(["note", "add", doc, "on a passage", "--quote", "time will tell how"]) == 0
    quote_id = capsys.readouterr().out.strip()
    notebook = Notebook(os.environ["ACTORLENS_DB"])
    assert {n.id for n in notebook.notes()} == {whole_id, quote_id}
    anchored = notebook.get(quote_id)
    assert anchored.anchor is not None and anchored.anchor.exact == "time will tell how"
    assert notebook.get(whole_id).tags == ("war", "x y")

    assert main(["note", "list", doc, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [n["id"] for n in listed] == [whole_id, quote_id]  # whole-document notes first
    assert listed[0]["text"] == "whole [b]document[/b] note"
    assert listed[1]["placement"]["status"] == "exact"
    assert listed[1]["anchor"]["exact"] == "time will tell how"

    assert main(["note", "list"]) == 0
    text = capsys.readouterr().out
    assert "whole [b]document[/b] note" in text and "“time will tell how”" in text and "tags: war, x y" in text

    assert main(["note", "rm", whole_id]) == 0
    assert capsys.readouterr().out.strip() == whole_id
    assert [n.id for n in Notebook(os.environ["ACTORLENS_DB"]).notes()] == [quote_id]


def test_db_option_chooses_the_file(tmp_path, capsys):
    other = tmp_path / "elsewhere" / "mine.json"
    assert main(["note", "add", str(seed("001_")), "x", "--db", str(other)]) == 0
    note_id = capsys.readouterr().out.strip()
    assert [n.id for n in Notebook(other).notes()] == [note_id]
    assert Notebook(os.environ["ACTORLENS_DB"]).notes() == []
    assert main(["note", "list", "--db", str(other), "--json"]) == 0
    assert [n["id"] for n in json.loads(capsys.readouterr().out)] == [note_id]


def test_note_text_from_stdin():
    result = run_cli("note", "add", str(seed("002_")), "-", stdin="line one\n[i]line two[/i]\n")
    assert result.returncode == 0, result.stderr
    note = Notebook(os.environ["ACTORLENS_DB"]).get(result.stdout.strip())
    assert note.text == "line one\n[i]line two[/i]\n"


def test_tags_add_rm_list(capsys):
    doc = str(seed("003_"))
    assert main(["tag", "add", doc, "caucasus", "[red]not markup[/red]", "🙂"]) == 0
    assert capsys.readouterr().out.splitlines() == ["caucasus", "[red]not markup[/red]", "🙂"]
    assert main(["tag", "rm", doc, "caucasus"]) == 0
    assert capsys.readouterr().out.splitlines() == ["[red]not markup[/red]", "🙂"]
    assert main(["note", "add", doc, "n", "--tag", "caucasus"]) == 0
    capsys.readouterr()
    assert main(["tag", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"tag": "[red]not markup[/red]", "documents": 1, "notes": 0},
        {"tag": "caucasus", "documents": 0, "notes": 1},
        {"tag": "🙂", "documents": 1, "notes": 0},
    ]
    assert main(["tag", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "caucasus\t0\t1"


def test_errors_are_one_line_without_traceback():
    doc = str(seed("000_"))
    cases = [
        ("note", "add", doc, "x", "--quote", "this passage is nowhere"),
        ("note", "add", "/no/such/file.txt", "x"),
        ("note", "rm", "deadbeef"),
        ("tag", "add", doc, "   "),
    ]
    for args in cases:
        result = run_cli(*args)
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("actorlens: "), (args, result.stderr)
    assert "passage not found" in run_cli(*cases[0]).stderr


def test_broken_notes_file_refuses_writes_lists_backup_and_recovers(tmp_path):
    db = tmp_path / "notes.json"
    env = {"ACTORLENS_DB": str(db)}
    doc = str(seed("000_"))
    for text in ("first", "second"):
        assert run_cli("note", "add", doc, text, env=env).returncode == 0
    db.write_bytes(db.read_bytes()[:40])  # truncated
    damaged = db.read_bytes()

    add = run_cli("note", "add", doc, "third", env=env)
    assert add.returncode == 1
    assert add.stderr.count("\n") == 1 and str(db) in add.stderr and "truncated" in add.stderr
    assert "actorlens note recover" in add.stderr
    assert db.read_bytes() == damaged

    listing = run_cli("note", "list", "--json", env=env)
    assert listing.returncode == 1  # says something is wrong...
    assert [n["text"] for n in json.loads(listing.stdout)] == ["first"]  # ...and shows the backup
    assert "showing its backup" in listing.stderr

    recover = run_cli("note", "recover", env=env)
    assert recover.returncode == 0, recover.stderr
    assert "restored the backup (1 notes)" in recover.stdout
    asides = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(asides) == 1 and asides[0].read_bytes() == damaged
    assert run_cli("note", "add", doc, "third", env=env).returncode == 0
    assert [n.text for n in Notebook(db).notes()] == ["first", "third"]
