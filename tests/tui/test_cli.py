"""The command line: the JSON contract of `show`, text output, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, seed
from tui.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_show_json_contract(capsys):
    assert main(["show", str(seed("004_")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"id", "path", "title", "author", "date", "source", "blocks", "removed"}
    assert data["author"] == "Kseniya Kirillova"
    assert data["source"] == "Byline Times"
    assert data["date"] is None
    assert isinstance(data["id"], str) and len(data["id"]) == 16
    assert data["path"].endswith("004_051ae086cad48234.txt")
    for block in data["blocks"]:
        assert set(block) == {"kind", "text", "mentions"}
        assert block["kind"] in {"heading", "paragraph", "comment"}
        assert isinstance(block["mentions"], list)
    assert {"kind": "heading", "text": "A Face-Saving Truce"} == {
        k: v for k, v in data["blocks"][2].items() if k != "mentions"
    }
    assert all(isinstance(line, str) for line in data["removed"])
    assert "More from the Byline Family" in data["removed"]


def test_show_json_dates_are_iso(capsys):
    main(["show", str(seed("000_")), "--json"])
    assert json.loads(capsys.readouterr().out)["date"] == "2020-12-03"


def test_show_text_prints_title_byline_and_comments(capsys):
    assert main(["show", str(seed("001_"))]) == 0
    out = capsys.readouterr().out
    assert "Reader comments (5)" in out
    assert "Very disappointed to see such an article" in out


def test_show_prints_markup_literally(tmp_path, capsys):
    path = tmp_path / "brackets.txt"
    path.write_text(
        "A [bold]title[/bold]\n\n[link=https://x.example]no link[/link] [/] [[personal profile]] and more words here.\n"
    )
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "A [bold]title[/bold]" in out
    assert "[link=https://x.example]no link[/link] [/] [[personal profile]]" in out


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file or folder"),
        (b"", "empty file"),
        (b"\x00\x01binary\x00", "binary file"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, content, message):
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("show", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("actorlens: ")
    assert "Traceback" not in result.stderr


def test_a_failed_start_leaves_the_garbage_collector_on(tmp_path, capsys):
    import gc

    assert main([str(tmp_path / "missing")]) == 1
    assert "actorlens:" in capsys.readouterr().err
    assert gc.isenabled()


def test_opening_a_folder_with_no_documents_fails_clearly(tmp_path):
    result = run_cli(str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip() == f"actorlens: {tmp_path}: no .txt, .md or .html documents in this folder"


def test_show_a_folder_is_an_error(tmp_path):
    result = run_cli("show", str(ROOT / "seeds"))
    assert result.returncode == 1
    assert "name one document" in result.stderr


def test_html_is_reduced_to_the_article(tmp_path, capsys):
    from tests.conftest import DATA

    assert main(["show", str(DATA / "article.html"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = [b["text"] for b in data["blocks"]]
    assert data["title"] == "Moscow and Ankara trade blame over Karabakh truce"
    assert data["author"] == "Anna Petrosyan"
    assert data["date"] == "2020-10-21"
    assert any("Lavrov told reporters" in t for t in texts)
    assert not any("Subscribe" in t or "Cookie" in t or "Home" == t for t in texts)
    comments = [b["text"] for b in data["blocks"] if b["kind"] == "comment"]
    assert any("Interesting analysis" in c for c in comments)


def test_the_command_names_known_without_the_parser_are_its_commands():
    from tui.cli import COMMANDS, _build_parser

    _, handlers = _build_parser()
    assert set(handlers) == COMMANDS
