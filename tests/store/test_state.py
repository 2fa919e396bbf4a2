"""What the reader remembers per corpus (store/state.py): positions by paragraph and character, old
line-offset positions migrated, read marks and the sidebar's order kept."""

from __future__ import annotations

import json

from store.state import Position, ReaderState, StateStore


def test_positions_read_marks_and_order_survive_a_save(tmp_path):
    store = StateStore([str(tmp_path)], folder=tmp_path)
    state = ReaderState(positions={"a": Position(4, 3, 120)}, read=["a", "b", "a"], sort="date")
    store.save(state)
    again = store.load()
    assert again.positions == {"a": Position(4, 3, 120)}
    assert again.read == ["a", "b"] and again.sort == "date"


def test_old_line_offset_positions_become_their_paragraph(tmp_path):
    store = StateStore([str(tmp_path)], folder=tmp_path)
    old = {
        "positions": {
            "scrolled": {"cursor": 5, "scroll": 31},  # the line offset means nothing at another width
            "at-top": {"cursor": 2, "scroll": 0},
            "broken": "not a position",
            "bad-number": {"cursor": "x"},
        },
        "sort": "no such order",
        "read": "not a list",
    }
    store.path.write_text(json.dumps(old))
    state = store.load()
    assert state.positions == {"scrolled": Position(5, 5, 0), "at-top": Position(2, -1, 0)}
    assert state.sort == "file" and state.read == []


def test_a_state_file_that_is_not_json_is_ignored(tmp_path):
    store = StateStore([str(tmp_path)], folder=tmp_path)
    store.path.write_text("{nope")
    assert store.load() == ReaderState()
