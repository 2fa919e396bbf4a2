"""Titles highlighted and counted; inferred actors (context, gazetteer) in their state's colour with a
double underline, listed under their state in the legend."""

from __future__ import annotations

import time

from rich.text import Text

from store.actors.dictionary import load_dictionary
from store.actors.inferred import inferred_actor, inferred_id
from store.model import Block, Document, Mention
from tests.tui.test_actors_ui import make_app, wait_highlighted
from tui.palette import GREY, LIGHT_TINTS, OKABE_ITO, affiliation_colour, mention_style
from tui.render import document_renderable
from tui.widgets.legend import entry_prompt, legend_entries
from tui.widgets.reader import Reader

HERZOG = inferred_id("context", "ISR", "person", "Isaac Herzog")
BAKHMUT = inferred_id("gazetteer", "UKR", "place", "Bakhmut")


def document() -> Document:
    title = "Herzog in Baku"
    text = "Israel said Isaac Herzog met Putin. Herzog saw Russia and Bakhmut. Putin, Putin, Putin."

    def at(word: str, actor: str | None, origin: str, nth: int = 0, source: str = text) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = source.index(word, start + 1)
        return Mention(start, start + len(word), word, actor, "PERSON", origin)  # type: ignore[arg-type]

    block = Block(
        "paragraph",
        text,
        (
            at("Israel", "israel", "dictionary"),
            at("Isaac Herzog", HERZOG, "context"),
            at("Putin", "vladimir-putin", "dictionary"),
            at("Herzog", HERZOG, "context", 1),
            at("Russia", "russia", "dictionary"),
            at("Bakhmut", BAKHMUT, "gazetteer"),
            *(at("Putin", "vladimir-putin", "dictionary", n) for n in (1, 2, 3)),
        ),
    )
    return Document(
        "d",
        "d.txt",
        title,
        None,
        None,
        None,
        (block,),
        title_mentions=(at("Herzog", HERZOG, "context", source=title), at("Baku", "baku", "dictionary", source=title)),
    )


def test_legend_counts_the_title_and_lists_inferred_actors_under_their_state():
    entries = legend_entries(document(), load_dictionary(False).actors)
    assert [(e.name, e.count) for e in entries] == [
        ("Vladimir Putin", 4),
        ("Bakhmut", 1),  # Ukraine is not named: in its place by count (then name)
        ("Baku", 1),
        ("Israel", 1),
        ("Isaac Herzog", 3),  # two in the text, one in the title; under Israel although more frequent
        ("Russia", 1),
    ]
    herzog = entries[4]
    assert (herzog.kind, herzog.affiliation) == ("person", "ISR")
    assert entry_prompt(herzog, "affiliation").plain.endswith("↳ Isaac Herzog  person · ISR · from context")
    assert "from gazetteer" in entry_prompt(entries[1], "affiliation").plain


def test_without_their_state_inferred_actors_go_under_its_people():
    doc = document()
    mentions = tuple(m for m in doc.blocks[0].mentions if m.actor_id != "israel")
    mentions += (Mention(0, 6, "Israel", "israeli-people", "NORP", "dictionary"),)  # as if "Israeli"
    doc = Document("d", "d.txt", doc.title, None, None, None, (Block("paragraph", doc.blocks[0].text, mentions),))
    names = [e.name for e in legend_entries(doc, load_dictionary(False).actors)]
    assert names.index("Isaac Herzog") == names.index("Israelis") + 1


def test_inferred_actors_have_their_states_colour_and_a_double_underline():
    style = mention_style(inferred_actor(HERZOG), "affiliation")
    assert style is not None and style.underline2 and not style.underline
    assert style.bgcolor is not None and style.bgcolor.name.lower() == affiliation_colour("ISR").lower()
    unlinked = mention_style(None, "affiliation")
    assert unlinked is not None and unlinked.underline and not unlinked.underline2


def test_show_highlights_the_title():
    doc = document()
    title = document_renderable(doc, load_dictionary(False).actors).renderables[0]
    assert isinstance(title, Text) and title.plain == "Herzog in Baku"
    styled = {title.plain[s.start : s.end] for s in title.spans if getattr(s.style, "bgcolor", None) is not None}
    assert styled == {"Herzog", "Baku"}
    plain = document_renderable(doc).renderables[0]
    assert not [s for s in plain.spans if getattr(s.style, "bgcolor", None) is not None]


def first_line(reader: Reader) -> list:
    """Segments of the reader's first non-empty line (the title)."""
    for y in range(reader.size.height):
        segments = list(reader.render_line(y))
        if "".join(s.text for s in segments).strip():
            return segments
    raise AssertionError("empty reader")


def highlighted(segments: list) -> str:
    """The text of the segments painted in an actor colour (not the pane's own background)."""
    colours = {c.lower() for c in (*OKABE_ITO, *LIGHT_TINTS, GREY)}
    return "".join(
        s.text for s in segments if s.style is not None and s.style.bgcolor and s.style.bgcolor.name.lower() in colours
    )


async def test_the_readers_title_line_is_highlighted():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        doc = reader.document
        assert doc is not None and doc.title_mentions
        segments = first_line(reader)
        assert doc.title_mentions[0].text in "".join(s.text for s in segments)
        assert doc.title_mentions[0].text in highlighted(segments)
        bare = Document("x", "x.txt", "Nothing to see", None, None, None, (Block("paragraph", "Putin"),))
        reader.show_document(bare, lambda i, text: text)
        await pilot.pause()
        segments = first_line(reader)
        assert "Nothing to see" in "".join(s.text for s in segments) and highlighted(segments) == ""


async def test_the_app_shows_inferred_actors_under_their_state_in_a_double_underline():
    from store.corpus.library import Library
    from tests.bench.scoring import DATA
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp
    from tui.widgets.legend import Legend

    app = ActorlensApp(Library([DATA / "wider" / "w6_armenia.txt"]), ner=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 1, idle=False)
        reader = app.screen.query_one(Reader)
        deadline = time.monotonic() + 120  # NER runs in a worker process that loads spaCy first
        while time.monotonic() < deadline:
            if reader.document is not None and reader.document.title_mentions:
                break
            await pilot.pause(0.02)
        await wait_ready(pilot, 1)
        if not app.screen.analyzer.has_ner:  # pragma: no cover - the model is a dependency
            return
        entries = app.screen.query_one(Legend).entries
        keys = [e.key for e in entries]
        body = "context:ARM:organisation:Security Council"
        assert body in keys  # "Armenia's Security Council", in the title and the text
        assert keys[keys.index(body) - 1] == "armenia" or entries[keys.index(body) - 1].affiliation == "ARM"
        assert next(e for e in entries if e.key == body).count == 2
        underlined = [
            s for y in range(reader.size.height) for s in reader.render_line(y) if s.style and s.style.underline2
        ]
        assert any("Security Council" in s.text or s.text in "Security Council" for s in underlined if s.text.strip())
