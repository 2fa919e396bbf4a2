"""Opening the corpus a command names: its problems on stderr, one line each; none to read is an error."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.errors import ActorlensError

if TYPE_CHECKING:
    from store.corpus.library import Library


def open_corpus(paths: Sequence[str], doing: str, *, summary_cache: bool = True) -> Library:
    """The library of ``paths``; ``doing`` ends the error when it holds no document ("to search")."""
    from store.corpus.library import Library

    library = Library(paths, summary_cache=summary_cache)
    for problem in library.problems:
        print(f"actorlens: {problem}", file=sys.stderr)
    if not library.sources:
        raise ActorlensError(f"no documents {doing}")
    return library
