"""The keyword rules split for speed (``KeyedPattern``) answer as the one pattern they came from."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.corpus.rules import FURNITURE, TAIL_START, KeyedPattern


def _whole(keyed: KeyedPattern) -> re.Pattern[str]:
    return re.compile(f"^{keyed.start.pattern}|{keyed.anywhere.pattern}", re.I)


_PIECES = st.sampled_from(
    [
        "Support our journalism",
        "support independent reporting",
        "Sign up for our newsletter",
        "This site is funded by its readers",
        "Related stories",
        "Most popular",
        "Read more:",
        "home",
        "Don't miss a thing",
        "© 2024 All Rights Reserved",
        "print edition",
        "Topics",
        "the ministers met",
        "SUPPORT",
        "news",
        " ",
        ": ",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=5))
def test_keyed_patterns_answer_as_the_whole_pattern(pieces):
    text = "".join(pieces)
    for keyed in (FURNITURE, TAIL_START):
        assert bool(keyed.search(text)) == bool(_whole(keyed).search(text)), text


def test_every_match_of_the_anywhere_part_holds_a_needle():
    """The needles are what lets a line skip the search: each phrase the part can match must hold one."""
    for keyed in (FURNITURE, TAIL_START):
        for phrase in (
            "newsletter",
            "funded by our members",
            "print edition",
            "don't miss a story",
            "find out more about us",
            "independent journalism",
            "support fearless reporting",
            "fund a better media",
            "all rights reserved",
            "sign up to the newsletter",
        ):
            if keyed.anywhere.search(phrase):
                assert any(needle in phrase for needle in keyed.needles), phrase
