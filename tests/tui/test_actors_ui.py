"""Actor highlights in the app: legend, colour modes, emphasis and mention jumps (Pilot)."""

from __future__ import annotations

from rich.style import Style

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready, wait_until
from tui.app import ActorlensApp
from tui.palette import affiliation_colour
from tui.widgets.legend import Legend
from tui.widgets.reader import Reader


def make_app(ner: bool = False) -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]), ner=ner)


async def wait_highlighted(pilot, *, idle: bool = True) -> Reader:
    """With NER on, the analysis runs in a worker process that starts and loads spaCy first (tens of
    seconds on a loaded machine): wait by the clock, not by a count of pauses. idle: then also wait for
    the corpus's analysis to end (with NER it runs in child processes at idle priority, which a busy
    machine may leave waiting for minutes: a test of the open document need not wait for it)."""
    reader = pilot.app.screen.query_one(Reader)

    def highlighted() -> bool:
        return reader.document is not None and any(b.mentions for b in reader.document.blocks)

    if not await wait_until(pilot, highlighted, 300):
        raise AssertionError("no highlights arrived")
    await wait_ready(pilot, 5, idle=idle)
    return reader


def styles_of(reader: Reader, word: str) -> list[Style]:
    """Styles of the segments that show word on screen."""
    found = []
    for y in range(reader.size.height):
        for segment in reader.render_line(y):
            if segment.text.strip() == word and segment.style is not None:
                found.append(segment.style)
    return found


async def test_highlights_arrive_and_share_the_colour_of_their_state():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        russia = affiliation_colour("RUS")
        for word in ("Kremlin", "Russian", "Putin"):
            styles = styles_of(reader, word)
            assert styles, word
            assert all(s.bgcolor and s.bgcolor.name.lower() == russia.lower() for s in styles), word


async def test_legend_lists_actors_by_count_with_kind_and_affiliation():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_highlighted(pilot)
        legend = app.screen.query_one(Legend)
        counts = [e.count for e in legend.entries]
        assert counts == sorted(counts, reverse=True)
        kremlin = next(e for e in legend.entries if e.name == "Kremlin")
        assert kremlin.affiliation == "RUS"
        assert kremlin.count == sum(
            1 for b in app.screen.query_one(Reader).document.blocks for m in b.mentions if m.actor_id == kremlin.key
        )
        assert legend.border_title.startswith("Actors (")


async def test_c_cycles_colour_modes_affiliation_kind_off():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        screen = app.screen
        assert screen.highlighter.mode == "affiliation"
        before = styles_of(reader, "Kremlin")[0].bgcolor
        await pilot.press("c")
        assert screen.highlighter.mode == "kind"
        after = styles_of(reader, "Kremlin")[0].bgcolor
        assert before != after
        await pilot.press("c")
        assert screen.highlighter.mode == "off"
        assert all(s.bgcolor is None for s in styles_of(reader, "Kremlin"))
        await pilot.press("c")
        assert screen.highlighter.mode == "affiliation"


async def test_choosing_an_actor_emphasises_it_and_m_jumps_between_its_mentions():
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        await pilot.press("l")
        legend = app.screen.query_one(Legend)
        assert legend.has_focus
        target = next(i for i, e in enumerate(legend.entries) if e.name == "Recep Tayyip Erdoğan")
        legend.highlighted = target
        await pilot.press("enter")
        key = legend.entries[target].key
        assert app.screen.highlighter.focus == key
        blocks = [i for i, b in enumerate(reader.document.blocks) if any(m.actor_id == key for m in b.mentions)]
        assert reader.cursor == blocks[0]
        await pilot.press("m")
        assert reader.cursor == blocks[1]
        await pilot.press("M", "M")
        assert reader.cursor == blocks[-1]  # wraps around
        emphasised = [s for s in styles_of(reader, "Erdogan") if s.underline and s.bold]
        assert emphasised
        await pilot.press("escape")
        assert app.screen.highlighter.focus is None


async def test_statistical_ner_adds_unlinked_entities(monkeypatch):
    # the NER worker process at the app's priority: at idle priority a machine busy with other work (the
    # suite beside other builds) starved it for minutes (store/priority.py)
    monkeypatch.setenv("ACTORLENS_BACKGROUND_PRIORITY", "normal")
    app = make_app(ner=True)
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot, idle=False)
        unlinked = [m for b in reader.document.blocks for m in b.mentions if m.actor_id is None]
        assert unlinked and all(m.origin == "ner" for m in unlinked)
        legend = app.screen.query_one(Legend)
        assert any(e.actor is None for e in legend.entries)


def select(app, start: int, end: int) -> None:
    from textual.widgets import TextArea
    from textual.widgets.text_area import Selection

    app.screen.query_one(TextArea).selection = Selection((0, start), (0, end))


async def test_a_selected_phrase_becomes_a_new_actor_and_an_alias(tmp_path, monkeypatch):
    from tui.dialogs.actor_picker import ActorPicker
    from tui.dialogs.passage import PassageSelector

    user_file = tmp_path / "actors.toml"
    monkeypatch.setenv("ACTORLENS_ACTORS", str(user_file))
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        text = reader.document.blocks[0].text
        start = text.index("Lombardian")
        await pilot.press("tab", "v")
        assert isinstance(app.screen, PassageSelector)
        select(app, start, start + len("Lombardian"))  # keyboard selection is tested in test_notes_ui
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, ActorPicker)
        await pilot.press("ctrl+a", "ctrl+k", *"Lombardy media", "enter", "ctrl+a", "ctrl+k", *"group", "enter")
        await pilot.press(*"ita", "enter")
        for _ in range(300):
            await pilot.pause(0.02)
            mentions = [m for m in reader.document.blocks[0].mentions if m.text == "Lombardian"]
            if mentions and mentions[0].actor_id:
                break
        actor = app.screen.analyzer.actor(mentions[0].actor_id)
        assert (actor.name, actor.kind, actor.affiliation) == ("Lombardy media", "group", "ITA")
        assert "Lombardian" in user_file.read_text()
        # and a phrase made an alias of an existing actor
        start = text.index("Minister of Foreign Affairs")
        await pilot.press("v")
        select(app, start, start + len("Minister of Foreign Affairs"))
        await pilot.press("ctrl+l")
        assert isinstance(app.screen, ActorPicker)
        await pilot.press(*"lavrov")
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(300):
            await pilot.pause(0.02)
            if any(m.text == "Minister of Foreign Affairs" for m in reader.document.blocks[0].mentions):
                break
        linked = [m for m in reader.document.blocks[0].mentions if m.text == "Minister of Foreign Affairs"]
        assert linked and linked[0].actor_id == "sergey-lavrov"


async def test_corpus_analysis_reports_progress_and_ends_with_the_status():
    from tui.messages import AnalysisProgress

    messages = []
    app = make_app()
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await wait_highlighted(pilot)
        progress = [m for m in messages if isinstance(m, AnalysisProgress)]
        assert progress[0].done == 0 and progress[-1].done == progress[-1].total == 5
        assert [m.done for m in progress] == sorted(m.done for m in progress)
        status = str(app.screen.query_one("#analysis-status").render())
        assert status == app.screen.analyzer.status
        assert not app.screen.query_one("#analysis-progress").display


async def test_an_analysis_for_a_document_no_longer_shown_is_dropped():
    from tui.messages import Analysed

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        first = reader.document
        await pilot.press("j")
        await wait_highlighted(pilot)
        second = reader.document
        assert second.id != first.id
        app.screen.post_message(Analysed(0, first))  # a late result for the first document
        await pilot.pause()
        assert reader.document.id == second.id


async def test_a_document_analysed_before_opens_highlighted_in_the_same_frame():
    # Once the corpus has been analysed (cached), moving to another document shows its highlights at
    # once: no plain-text frame first, no analysis worker for it.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_highlighted(pilot)
        screen = app.screen
        started: list[int] = []
        screen.analyse_open = lambda index, doc: started.append(index)  # type: ignore[method-assign]
        screen.open_document(1)
        reader = screen.query_one(Reader)
        assert reader.document.display_title.startswith("The sanctions")
        assert any(b.mentions for b in reader.document.blocks)
        assert screen.query_one(Legend).entries
        assert styles_of(reader, "Russia") or styles_of(reader, "Moscow")
        await pilot.pause()
        assert started == []


async def test_a_failed_corpus_analysis_says_why_in_the_status_a_notification_and_the_log(monkeypatch, caplog):
    # It used to leave the status at "Analysing the corpus: 0/5" for good, and say nothing.
    from store.actors.analysis import Analyzer

    def broken(self, docs):
        raise RuntimeError("the model file is truncated")

    monkeypatch.setattr(Analyzer, "analyze_many", broken)
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(pilot, 5)
        for _ in range(300):
            await pilot.pause(0.02)
            if app.screen.query("#analysis-status") and "truncated" in str(
                app.screen.query_one("#analysis-status").render()
            ):
                break
        status = str(app.screen.query_one("#analysis-status").render())
        assert status == "Background analysis stopped: RuntimeError: the model file is truncated"
        assert not app.screen.query_one("#analysis-progress").display
        notices = [n.message for n in app._notifications]
        assert any("RuntimeError: the model file is truncated" in m and "\n" not in m for m in notices)
    assert any("the model file is truncated" in r.getMessage() for r in caplog.records)


async def test_choosing_colours_off_in_the_palette_goes_straight_there():
    # It used to step through "kind" first: two restyles, two notifications.
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await wait_highlighted(pilot)
        screen = app.screen
        modes = []
        original = reader.restyle
        reader.restyle = lambda *args: (modes.append(screen.highlighter.mode), original(*args))  # type: ignore[method-assign]
        [command] = [c for name, c, _ in screen.palette_commands() if name == "Colours: off"]
        command()
        await pilot.pause()
        assert modes == ["off"]
        assert [n.message for n in app._notifications if n.message.startswith("Colours")] == ["Colours: off"]
        assert all(s.bgcolor is None for s in styles_of(reader, "Kremlin"))
