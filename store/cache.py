"""A small on-disk JSON cache for analysis results: one file a key, atomic writes, corrupt files ignored.

Location: store.paths.analysis_cache_dir() ($ACTORLENS_CACHE/analysis, else the user cache folder). The cache is best effort: a
folder that cannot be written only means the work is done again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.paths import analysis_cache_dir
from store.sanitize import json_text

FORMAT = 1


class AnalysisCache:
    """get/put JSON values by string key. Thread-safe (every write is a rename of a private temp file)."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else analysis_cache_dir()
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
            payload = _json({"format": FORMAT, "key": key, "value": value})
            write_atomic(self.path(key), payload.encode("utf-8"), durable=False)  # a cache: rebuilt if lost
            return True
        except (OSError, TypeError, ValueError):
            self.write_errors += 1
            return False


SLICE = 4096  # items of a long list encoded at once


def _json(value: Any) -> str:
    """``json_text(value)``, compact; a long list a slice at a time. Encoding is one C call that holds the
    interpreter lock until it is done: for the mentions of a 50 MB document that was half a second in
    which the app's screen answered nothing; a slice takes a few milliseconds."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list) and len(value) > SLICE:
        parts = (
            json_text(value[i : i + SLICE], indent=None, separators=(",", ":")) for i in range(0, len(value), SLICE)
        )
        return "[" + ",".join(part[1:-1] for part in parts) + "]"
    if isinstance(value, list) and any(isinstance(item, (list, dict)) and len(item) > SLICE for item in value):
        return "[" + ",".join(_json(item) for item in value) + "]"
    return json_text(value, indent=None, separators=(",", ":"))
