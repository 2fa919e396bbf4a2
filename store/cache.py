"""A small on-disk JSON cache for analysis results: one file a key, atomic writes, corrupt files ignored.

Location: $ACTORLENS_CACHE, else the user cache directory (platformdirs). The cache is best effort: a
folder that cannot be written only means the work is done again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.sanitize import json_text

ENV_CACHE = "ACTORLENS_CACHE"
FORMAT = 1


def default_cache_dir() -> Path:
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("actorlens")) / "analysis"


class AnalysisCache:
    """get/put JSON values by string key. Thread-safe (every write is a rename of a private temp file)."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self.write_errors = 0

    def path(self, key: str) -> Path:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        return self.root / digest[:2] / f"{digest}.json"

    def get(self, key: str) -> Any | None:
        path = self.path(key)
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            self.misses += 1
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            self.misses += 1
            return None
        self.hits += 1
        return data.get("value")

    def put(self, key: str, value: Any) -> bool:
        try:
            payload = json_text({"format": FORMAT, "key": key, "value": value}, indent=None, separators=(",", ":"))
            write_atomic(self.path(key), payload.encode("utf-8"), durable=False)  # a cache: rebuilt if lost
            return True
        except (OSError, TypeError, ValueError):
            self.write_errors += 1
            return False
