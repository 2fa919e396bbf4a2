"""`actorlens search`: the index from the command line (JSON contract, text output, one-line errors)."""

from __future__ import annotations

import json
from pathlib import Path

from store.corpus.documents import load
from store.corpus.files import SourceFile
from store.corpus.search_index import fold
from tests.conftest import SEEDS
from tui.cli import main


def test_search_json_lists_ranked_passages_that_have_every_word(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["search", "erdogan putin", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "erdogan putin" and data["hits"]
    ranks = [hit["rank"] for hit in data["hits"]]
    assert ranks == sorted(ranks)  # best first (bm25: lower is better)
    for hit in data["hits"]:
        assert set(hit) == {"path", "title", "block", "snippet", "marks", "rank"}
        doc = load(SourceFile(Path(hit["path"])))
        text = doc.display_title if hit["block"] == -1 else doc.blocks[hit["block"]].text
        assert "putin" in fold(text) and "erdogan" in fold(text)
        for start, end in hit["marks"]:
            assert fold(hit["snippet"][start:end]) in {"putin", "erdogan"}


def test_search_text_marks_words_and_says_when_nothing_matches(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Talks\n\nErdoğan met the [bold]envoy[/bold].\n", encoding="utf-8")
    assert main(["search", "erdogan", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Erdoğan met the [bold]envoy[/bold]." in out  # document text is never markup
    assert main(["search", "zanzibar", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "No passage matches."


def test_search_errors_are_one_line(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Talks\n\nSome text here.\n", encoding="utf-8")
    assert main(["search", "--", "-text", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "exclusions alone find nothing" in err
    assert main(["search", "text", str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == "actorlens: no documents to search"
