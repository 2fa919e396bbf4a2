"""Child program for the draft crash test (``python -m tests.tui.draft_crash_app CORPUS TEXT``): opens
the note editor on the first paragraph, types TEXT, says "typed" and waits to be killed."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from store.corpus.library import Library
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp


async def main(corpus: str, text: str) -> None:
    app = ActorlensApp(Library([Path(corpus)]), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 1)
        await pilot.press("tab", "a", *text)
        print("typed", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
