"""A persistent cache of sidebar summaries, so that reopening a large corpus reads and cleans nothing.

Building a summary means reading, decoding and cleaning the whole file (about 1.7 ms an article: 17 s
for 10,000). This cache keeps, for each file, what the sidebar shows (or the one-line reason it could
not be opened), keyed by the file's path, modification time (ns) and size - like git's index - and by
CLEANER_VERSION, so an edited file or a better cleaner is summarised again.

One JSON file per corpus (its resolved roots), in $ACTORLENS_CACHE/summaries, else the user cache
directory (platformdirs)/summaries. Best effort: a cache that cannot be read or written only means the
work is done again; a corrupt file is ignored and replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.sanitize import json_text

FORMAT = 1

# A cached entry: [mtime_ns, size, doc_id, title, has_title, author, date, source, encoding]
# or, for a file that cannot be a document, [mtime_ns, size, None, reason].
Entry = list[Any]


def summary_cache_dir() -> Path:
    env = os.environ.get("ACTORLENS_CACHE")
    if env:
        return Path(env).expanduser() / "summaries"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("actorlens")) / "summaries"


def stamp(path: str) -> tuple[int, int] | None:
    """(mtime_ns, size) of a file, or None when it cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class SummaryCache:
    """Summaries of one corpus's files by path. Not thread-safe by itself: Library holds a lock."""

    def __init__(self, roots: Iterable[str], cleaner_version: int, folder: Path | None = None) -> None:
        resolved = sorted(str(Path(r).expanduser().resolve()) for r in roots)
        digest = hashlib.blake2b("\0".join(resolved).encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
        self.path = (folder or summary_cache_dir()) / f"{digest}.json"
        self.cleaner_version = cleaner_version
        self._entries: dict[str, Entry] | None = None
        self._dirty = 0
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, Entry]:
        if self._entries is None:
            entries: dict[str, Entry] = {}
            try:
                with open(self.path, encoding="utf-8") as handle:
                    data = json.load(handle)
                if (
                    isinstance(data, dict)
                    and data.get("format") == FORMAT
                    and data.get("cleaner") == self.cleaner_version
                    and isinstance(data.get("entries"), dict)
                ):
                    entries = data["entries"]
            except (OSError, ValueError, UnicodeDecodeError):
                pass
            self._entries = entries
        return self._entries

    def get(self, path: str, file_stamp: tuple[int, int] | None) -> Entry | None:
        """The entry for path when the file has not changed since it was made."""
        entry = self._load().get(path)
        if (
            file_stamp is None
            or not isinstance(entry, list)
            or len(entry) not in (4, 9)
            or entry[0] != file_stamp[0]
            or entry[1] != file_stamp[1]
        ):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, path: str, entry: Entry) -> None:
        self._load()[path] = entry
        self._dirty += 1

    @property
    def dirty(self) -> int:
        """Entries added since the last save."""
        return self._dirty

    def save(self, keep: Iterable[str] | None = None) -> bool:
        """Write the entries (only those of paths in ``keep`` when given: files gone are forgotten)."""
        entries = self._load()
        if keep is not None:
            wanted = set(keep)
            entries = {p: e for p, e in entries.items() if p in wanted}
            self._entries = entries
        payload = {"format": FORMAT, "cleaner": self.cleaner_version, "entries": entries}
        try:
            write_atomic(self.path, json_text(payload, indent=None, separators=(",", ":")).encode("utf-8"))
        except (OSError, ValueError):
            return False
        self._dirty = 0
        return True
