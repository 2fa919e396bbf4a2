"""Versions of what the caches keep, in a module cheap enough to import before the first paint."""

from __future__ import annotations

# Bump when cleaning rules change: cached summaries, cleaned documents and analyses are then redone.
CLEANER_VERSION = 7
