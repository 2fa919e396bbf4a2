"""The queries typed in corpus search, newest last, kept between runs (one small file in the state folder).

Like a shell's history: one list for every corpus, a query typed again moves to the end, at most
``LIMIT`` kept. Unreadable or unwritable history is ignored (it is only a convenience).
"""

from __future__ import annotations

import json
from pathlib import Path

from store.atomic import write_atomic
from store.paths import state_dir
from store.sanitize import json_text

LIMIT = 200
MAX_QUERY = 500  # characters: a longer "query" is not worth remembering


class SearchHistory:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or state_dir()) / "search-history.json"
        self._queries: list[str] | None = None

    @property
    def queries(self) -> list[str]:
        """Oldest first."""
        if self._queries is None:
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                self._queries = [q for q in raw if isinstance(q, str) and q.strip()][-LIMIT:]
            except (OSError, ValueError, TypeError):
                self._queries = []
        return self._queries

    def add(self, query: str) -> None:
        """Remember a query (and write the file; failures are ignored)."""
        query = query.strip()
        if not query or len(query) > MAX_QUERY:
            return
        queries = [q for q in self.queries if q != query]
        queries.append(query)
        self._queries = queries[-LIMIT:]
        try:
            write_atomic(self.path, json_text(self._queries, indent=None).encode("utf-8"), durable=False)
        except OSError:
            pass
