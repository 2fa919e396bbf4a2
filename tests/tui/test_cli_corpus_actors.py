"""``actorlens actors --by-month/--csv/--markdown`` and ``actorlens network`` on the bundled corpus."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from tui.cli import main


def test_actors_by_month_json(capsys):
    assert main(["actors", "--by-month", "--json", "--no-ner", "--top", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "month" and data["documents"] == 5
    assert data["periods"] == ["2020-12"]  # one article of the bundled corpus is dated: 3 December 2020
    assert data["undated_documents"] == 4
    assert len(data["actors"]) == 5 and all(len(a["counts"]) == 1 for a in data["actors"])


def test_actors_by_month_text_and_csv_agree(capsys):
    assert main(["actors", "--csv", "--no-ner"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    putin = next(r for r in rows if r["id"] == "vladimir-putin")
    assert (putin["kind"], putin["affiliation"]) == ("person", "RUS") and int(putin["mentions"]) > 10
    assert main(["actors", "--by-month", "--no-ner"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].split() == ["ACTOR", "2020-12"]
    assert "4 documents without a date" in text


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_to_stdout_reads_back(capsysbinary, fmt):
    assert main(["network", "--format", fmt, "--no-ner", "--min-count", "3"]) == 0
    data = capsysbinary.readouterr().out
    graph = nx.read_graphml(io.BytesIO(data)) if fmt == "graphml" else nx.read_gexf(io.BytesIO(data))
    assert "vladimir-putin" in graph.nodes and graph.number_of_edges() > 0
    assert all(float(d["weight"]) >= 3 for _, _, d in graph.edges(data=True))


def test_network_to_file_and_errors(tmp_path, capsys):
    out = tmp_path / "net.graphml"
    assert main(["network", "--no-ner", "--out", str(out)]) == 0
    assert nx.read_graphml(out).number_of_nodes() > 10
    assert main(["network", "--no-ner", "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["network", "--min-count", "0"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--min-count" in err
    assert main(["network", "--out", str(tmp_path / "nowhere" / "x.gexf")]) == 1
    assert "no such folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["network", "--format", "dot"])
    assert exit_info.value.code == 2
