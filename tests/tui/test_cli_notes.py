"""`actorlens note ...` and `actorlens tag ...`: scripting notes and tags, and their errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from store.notebook.notebook import Notebook
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


def _two_documents_with_notes(capsys) -> tuple[str, str]:
    a, b = str(seed("000_")), str(seed("001_"))
    assert main(["note", "add", a, "on *Putin*", "--quote", "time will tell how", "--tag", "war"]) == 0
    assert main(["note", "add", b, "```\nunclosed fence"]) == 0
    assert main(["tag", "add", b, "sanctions"]) == 0
    capsys.readouterr()
    return a, b


def test_export_commands(tmp_path, capsys):
    import yaml

    a, b = _two_documents_with_notes(capsys)
    assert main(["export", "--no-actors"]) == 0
    out = capsys.readouterr().out
    head, _ = out[4:].split("\n---\n", 1)
    assert yaml.safe_load(head) == {"title": "actorlens notes", "documents": 2, "notes": 2}
    assert "> time will tell how" in out and "+   on *Putin*" in out

    assert main(["export", "--doc", a, "--no-ner"]) == 0
    single = capsys.readouterr().out
    meta = yaml.safe_load(single[4:].split("\n---\n", 1)[0])
    assert meta["tags"] == ["war"] and meta["notes"] == 1 and meta["path"].endswith("000_a22e99efa09a7a90.txt")
    assert "Vladimir Putin" in meta["actors"]  # main actors from the analyzer (dictionary only here)
    assert main(["export", "--doc", a, "--no-actors"]) == 0
    assert yaml.safe_load(capsys.readouterr().out[4:].split("\n---\n", 1)[0])["actors"] == []

    assert main(["export", "--tag", "sanctions", "--by-tag", "--no-actors"]) == 0
    by_tag = capsys.readouterr().out
    assert "## sanctions" in by_tag and "war" not in by_tag

    folder = tmp_path / "out"
    assert main(["export", "--out", str(folder) + "/", "--no-actors"]) == 0
    written = sorted(folder.iterdir())
    assert sorted(capsys.readouterr().out.splitlines()) == [str(p) for p in written]
    assert len(written) == 2
    assert all(p.suffix == ".md" for p in written)
    result = run_cli("export", "--out", str(folder), "--no-actors")
    assert result.returncode == 1 and "already exists; use --force" in result.stderr
    assert result.stderr.count("\n") == 1
    assert run_cli("export", "--out", str(folder), "--force", "--no-ner").returncode == 0

    target = tmp_path / "all.md"
    assert main(["export", "--out", str(target), "--no-actors"]) == 0
    assert target.read_text("utf-8").startswith('---\ntitle: "actorlens notes"')


def test_export_with_nothing_to_export_says_so():
    result = run_cli("export", "--tag", "no-such-tag", "--no-actors")
    assert result.returncode == 1
    assert result.stderr.strip() == "actorlens: no notes to export for that selection"
