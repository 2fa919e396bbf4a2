"""The command line's actor output: `show --json` mentions, coloured `show`, and `actors`."""

from __future__ import annotations

import json

import pytest
from rich.text import Text

from store.model import Actor, Block, Mention
from tests.conftest import seed
from tui import palette
from tui.cli import main
from tui.render import block_text

MENTION_KEYS = {"start", "end", "text", "actor", "name", "kind", "affiliation", "label", "origin"}


@pytest.mark.parametrize("flags", [[], ["--no-ner"]])
def test_show_json_fills_mentions(capsys, flags):
    assert main(["show", str(seed("001_")), "--json", *flags]) == 0
    data = json.loads(capsys.readouterr().out)
    total = 0
    for block in data["blocks"]:
        previous_end = 0
        for m in block["mentions"]:
            total += 1
            assert set(m) == MENTION_KEYS
            assert block["text"][m["start"] : m["end"]] == m["text"]
            assert m["start"] >= previous_end  # sorted, never overlapping
            previous_end = m["end"]
            assert m["origin"] in ("dictionary", "ner", "context", "gazetteer")  # "Artak Tonoyan": from context
            if m["actor"] is None:
                assert (m["name"], m["kind"], m["affiliation"], m["origin"]) == (None, None, None, "ner")
            else:
                assert m["origin"] != "ner" and m["name"] and m["kind"]
    assert total > 100
    comments = [b for b in data["blocks"] if b["kind"] == "comment"]
    assert any(m["actor"] == "nato" for b in comments for m in b["mentions"])
    putin = next(m for b in data["blocks"] for m in b["mentions"] if m["text"] == "Putin")
    assert putin | {"start": 0, "end": 0} == {
        "start": 0,
        "end": 0,
        "text": "Putin",
        "actor": "vladimir-putin",
        "name": "Vladimir Putin",
        "kind": "person",
        "affiliation": "RUS",
        "label": "PERSON",
        "origin": "dictionary",
    }


def test_show_text_runs(capsys):
    assert main(["show", str(seed("003_")), "--colour", "kind"]) == 0
    assert "Kremlin" in capsys.readouterr().out


def test_actors_json_over_the_bundled_corpus(capsys):
    assert main(["actors", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 5
    rows = {r["id"]: r for r in data["actors"]}
    assert rows["vladimir-putin"]["affiliation"] == "RUS" and rows["vladimir-putin"]["documents"] == 4
    assert rows["vladimir-putin"]["mentions"] >= 30
    counts = [r["mentions"] for r in data["actors"]]
    assert counts == sorted(counts, reverse=True)
    assert set(data["actors"][0]) == {"id", "name", "kind", "affiliation", "sector", "mentions", "documents"}


def test_actors_table_for_one_file(capsys):
    assert main(["actors", str(seed("003_")), "--no-ner", "--unlinked"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "KIND", "AFF", "MENTIONS", "DOCS"]
    assert any(line.split()[0] == "russia" and line.split()[-1] == "1" for line in lines[1:-2])
    assert "in 1 documents" in out and "NER off" in out


def _bg(text: Text, start: int) -> str | None:
    styles = [s.style for s in text.spans if s.start <= start < s.end]
    return str(styles[-1].bgcolor.name) if styles and styles[-1].bgcolor else None


def test_same_affiliation_same_colour_and_modes():
    actors = {
        "vladimir-putin": Actor("vladimir-putin", "Vladimir Putin", "person", "RUS"),
        "kremlin": Actor("kremlin", "Kremlin", "organisation", "RUS"),
        "recep-tayyip-erdogan": Actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "person", "TUR"),
    }
    text = "Putin, Kremlin, Erdogan, Zhelenin"
    block = Block(
        "paragraph",
        text,
        (
            Mention(0, 5, "Putin", "vladimir-putin", "PERSON", "dictionary"),
            Mention(7, 14, "Kremlin", "kremlin", "ORG", "dictionary"),
            Mention(16, 23, "Erdogan", "recep-tayyip-erdogan", "PERSON", "dictionary"),
            Mention(25, 33, "Zhelenin", None, "PERSON", "ner"),
        ),
    )
    by_affiliation = block_text(block, actors)
    assert _bg(by_affiliation, 0) == _bg(by_affiliation, 7) == palette.VERMILLION.lower()
    assert _bg(by_affiliation, 16) not in (None, _bg(by_affiliation, 0))
    assert _bg(by_affiliation, 25) == palette.GREY.lower()
    by_kind = block_text(block, actors, "kind")
    assert _bg(by_kind, 0) == _bg(by_kind, 16) != _bg(by_kind, 7)
    assert block_text(block, actors, "off").spans == []
    assert block_text(block).spans == []  # without actors: plain, as before


def test_palette_is_deterministic_okabe_ito():
    principal = {palette.affiliation_colour(c) for c in ("RUS", "TUR", "ARM", "AZE", "UKR", "USA")}
    assert principal <= set(palette.OKABE_ITO) and len(principal) == 6
    for code in ("FRA", "DEU", "GBR", "IRN", "GEO", "KAZ"):
        colour = palette.affiliation_colour(code)
        # other states: a light tint of an Okabe-Ito colour, never one of the principal parties' colours
        assert colour in palette.LIGHT_TINTS and colour == palette.affiliation_colour(code)
        assert colour not in principal
    assert palette.colour_for(None) == palette.GREY
    assert palette.colour_for(Actor("nato", "NATO", "organisation"), "affiliation") == palette.NO_AFFILIATION


def test_actors_counts_the_title_s_mentions(capsys, tmp_path):
    article = tmp_path / "lavrov.txt"
    article.write_text("Lavrov flies to Ankara\n\nThe minister met his hosts on Monday and left in the evening.\n")
    assert main(["actors", str(article), "--no-ner", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["actors"]}
    assert (rows["sergey-lavrov"]["mentions"], rows["sergey-lavrov"]["documents"]) == (1, 1)  # named only in the title
    assert main(["actors", str(article), "--no-ner", "--csv"]) == 0  # the corpus table (store/actors/corpus_stats)
    [lavrov] = [line for line in capsys.readouterr().out.splitlines() if "Lavrov" in line]
    assert ",1," in lavrov
