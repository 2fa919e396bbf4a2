"""Editing a note in $VISUAL/$EDITOR: the text goes out and comes back; every failure is one line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from store import paths
from store.errors import ActorlensError
from store.notebook.external_edit import edit_text, editor_command


def fake_editor(tmp_path: Path, body: str, name: str = "fake-editor") -> Path:
    script = tmp_path / name
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_visual_wins_over_editor_and_empty_counts_as_unset(monkeypatch):
    monkeypatch.setenv("VISUAL", "  ")
    monkeypatch.setenv("EDITOR", "nano -w")
    assert paths.text_editor() == "nano -w"
    assert editor_command() == ["nano", "-w"]
    monkeypatch.setenv("VISUAL", "code --wait")
    assert paths.text_editor() == "code --wait"
    monkeypatch.delenv("VISUAL")
    monkeypatch.delenv("EDITOR")
    assert paths.text_editor() is None


def test_no_editor_or_an_unreadable_command_is_one_line(monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    with pytest.raises(ActorlensError, match=r"set \$VISUAL or \$EDITOR") as info:
        editor_command()
    assert "\n" not in str(info.value)
    with pytest.raises(ActorlensError, match="cannot be read"):
        editor_command("vim 'unclosed")


def test_the_text_goes_out_and_comes_back(tmp_path, monkeypatch):
    import tempfile

    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    seen = tmp_path / "seen.txt"
    script = fake_editor(
        tmp_path, f'cp "$1" "{seen}"\nstat -c %a "$1" > "{seen}.mode"\nprintf \'%s\\n\' "added by the editor" >> "$1"'
    )
    text = "a [bold]note[/] — ünïcode\nsecond line"
    edited = edit_text(text, [str(script)])
    assert seen.read_text(encoding="utf-8") == text
    assert (tmp_path / "seen.txt.mode").read_text().strip() == "600"  # readable by the user only
    assert edited == text + "added by the editor"  # the editor's final newline is dropped
    assert list(private.iterdir()) == []  # the temporary file is gone


def test_a_failing_or_missing_editor_leaves_the_text_and_says_why(tmp_path):
    failing = fake_editor(tmp_path, 'echo changed > "$1"\nexit 3')
    with pytest.raises(ActorlensError, match="exited with status 3; the note is unchanged"):
        edit_text("text", [str(failing)])
    with pytest.raises(ActorlensError, match="not found"):
        edit_text("text", [str(tmp_path / "no-such-editor")])
