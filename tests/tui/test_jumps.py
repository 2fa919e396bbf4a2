"""The jump list (tui/jumps.py): back and forward as in vim's ctrl+o / ctrl+i."""

from __future__ import annotations

from store.state import Position
from tui.jumps import JumpList, Place


def at(doc: int, cursor: int) -> Place:
    return Place(doc, Position(cursor, cursor, 0))


def test_back_and_forward_walk_the_jumps_in_order():
    jumps = JumpList()
    jumps.push(at(0, 0))
    jumps.push(at(0, 7))
    jumps.push(at(1, 3))
    here = at(2, 0)
    assert jumps.back(here) == at(1, 3)
    assert jumps.back(at(1, 3)) == at(0, 7)
    assert jumps.forward(at(0, 7)) == at(1, 3)
    assert jumps.forward(at(1, 3)) == here
    assert jumps.forward(here) is None


def test_a_new_jump_forgets_the_places_ahead_and_the_same_spot_is_kept_once():
    jumps = JumpList()
    jumps.push(at(0, 1))
    jumps.push(at(0, 1))
    jumps.push(at(0, 4))
    assert jumps.back(at(0, 9)) == at(0, 4)
    jumps.push(at(0, 4))  # a jump from the place we came back to
    assert jumps.forward(at(0, 5)) is None
    assert jumps.back(at(0, 5)) == at(0, 4)
    assert jumps.back(at(0, 4)) == at(0, 1)
    assert jumps.back(at(0, 1)) is None


def test_the_list_is_bounded():
    jumps = JumpList()
    for n in range(JumpList.MAX + 50):
        jumps.push(at(n, 0))
    assert len(jumps) == JumpList.MAX
