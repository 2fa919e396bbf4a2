"""Markdown export: valid YAML, passages inside their quotes, every note once, safe file names."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.corpus.documents import load
from store.corpus.library import Library, source_for
from store.errors import ActorlensError
from store.model import Anchor
from store.notebook import export
from store.notebook.anchoring import anchor_for
from store.notebook.notebook import Notebook

from .export_check import MD, OBSIDIAN_TAG, check_combined, check_single, flat, inline_text, sections
from .notes_helpers import make_doc

HOSTILE_BITS = [
    "> not a quote",
    "# not a heading",
    "* not a list",
    "- dash",
    "1. one",
    "2) two",
    "```",
    "~~~",
    "`code`",
    "    four spaces",
    "\tTab",
    "<!-- comment",
    "<div>",
    "</pre>",
    "<script>",
    "&amp; &#35;",
    "[link](x)",
    "![img](y)",
    "[[wiki]]",
    "#tag",
    "==mark==",
    "$math$",
    "%%comment%%",
    "|a|b|",
    "---",
    "===",
    "\\",
    "**bold**",
    "_em_",
    "[bold red]markup[/]",
    "🙂",
    "مرحبا",
    "\u202eRTL",
    "\u2028",
    "\x85",
    "key: value",
    "'",
    '"',
    "{{x}}",
    "^[fn]",
    "\n",
    "\n\n",
    "  ",
    "word",
]
hostile = st.lists(st.sampled_from(HOSTILE_BITS) | st.text(max_size=6), min_size=1, max_size=8).map("".join)
safe_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


def load_seed(path: Path):
    return load(source_for(path))


# -- pieces ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(value=st.text(st.characters(exclude_categories=["Cs"])) | hostile)
def test_yaml_strings_read_back_exactly(value):
    assert yaml.safe_load(export.yaml_mapping({"key": value})) == {"key": value}


@settings(max_examples=100, deadline=None)
@given(
    fields=st.dictionaries(
        st.sampled_from(["title", "author", "path", "tags", "n"]),
        st.none() | st.integers() | safe_text | st.lists(safe_text, max_size=3),
    )
)
def test_yaml_mappings_read_back(fields):
    assert yaml.safe_load(export.yaml_mapping(fields) or "{}") == fields


@settings(max_examples=300, deadline=None)
@given(passage=hostile)
def test_passages_stay_inside_their_blockquote(passage):
    tokens = MD.parse(export.blockquote(passage))
    top = [t for t in tokens if t.level == 0]
    assert [t.type for t in top] == ["blockquote_open", "blockquote_close"]
    inner = [t for t in tokens if t.level > 0]
    assert {t.type for t in inner} <= {"paragraph_open", "paragraph_close", "inline"}
    text = " ".join(inline_text(t) for t in inner if t.type == "inline")
    assert flat(text) == flat(passage)


@settings(max_examples=300, deadline=None)
@given(note=hostile)
def test_a_note_cannot_escape_its_list_item(note):
    body = export.note_block(note) + "\n### next\n"
    parts = sections(body)
    assert [p["kind"] for p in parts] == ["note", "h3"]
    assert parts[1]["text"] == "next"


@settings(max_examples=200, deadline=None)
@given(tag=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30))
def test_obsidian_tags_are_valid(tag):
    made = export.obsidian_tag(tag)
    assert OBSIDIAN_TAG.match(made) and " " not in made
    assert not made.replace("/", "").replace("-", "").replace("_", "").isdigit()
    assert export.obsidian_tag(tag) == made  # stable


def test_obsidian_tag_examples():
    assert export.obsidian_tag("war crimes") == "war-crimes"
    assert export.obsidian_tag("Москва/Кремль") == "Москва/Кремль"
    assert export.obsidian_tag("2020") == "tag-2020"
    assert export.obsidian_tag("#already") == "already"
    assert export.obsidian_tag("🙂").startswith("tag-")


@settings(max_examples=300, deadline=None)
@given(
    titles=st.lists(
        st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
        | hostile
        | st.sampled_from(
            ["..", ".", "../../etc/passwd", "/abs/x", "CON", "nul.txt", "a:b", "a/b", "C:\\x", "  ", "Ab", "aB", "LPT1"]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_file_names_are_safe_and_unique(titles):
    names = export.unique_names(titles)
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name.endswith(".md") and len(name.encode()) <= 160
        assert not set(name) & set('<>:"/\\|?*#^[]') and name == name.strip()
        assert not name.startswith(".") and not any(ord(c) < 32 for c in name)
        stem = name[:-3]
        assert stem.split(".")[0].strip().casefold() not in {"con", "nul", "prn", "aux", "lpt1", "com1"}
        assert os.path.dirname(os.path.normpath(os.path.join("/out", name))) == "/out"


# -- whole exports --------------------------------------------------------------------------


def corpus_notebook(tmp_path: Path) -> tuple[Notebook, list]:
    """Notes on every bundled document: whole-document, anchored, hostile and detached ones."""
    rng = random.Random(7)
    notebook = Notebook(tmp_path / "corpus.json")
    library = Library()
    docs = [library.document(i) for i in range(len(library))]
    for n, doc in enumerate(docs):
        notebook.add(doc, f"Whole-document note on *{doc.display_title}*", tags=["overview"])
        for k in range(6):
            block = rng.randrange(len(doc.blocks))
            text = doc.blocks[block].text
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randint(1, 120))
            notebook.add(
                doc,
                rng.choice(HOSTILE_BITS) + f" note {k}\n\n" + rng.choice(HOSTILE_BITS),
                anchor=anchor_for(doc, block, start, end),
                tags=[rng.choice(["war", "oil", "war crimes", "2020"])],
            )
        notebook.add(doc, "on a passage that was cut", anchor=Anchor(1, 0, 30, "this sentence was never in it " * 2))
        if n % 2:
            notebook.add_doc_tags(doc, ["caucasus", 'Russia: "Kremlin"'])
    return notebook, docs


def test_corpus_export_structure(tmp_path):
    notebook, docs = corpus_notebook(tmp_path)
    selection = export.select(notebook, load=lambda p: load_seed(Path(p)))
    assert len(selection) == len(docs)
    assert selection.note_count == len(notebook.notes())
    ids = [p.note.id for d in selection for p in d.notes]
    assert sorted(ids) == sorted(n.id for n in notebook.notes())  # every note exactly once
    for exp in selection:
        statuses = [p.where.status for p in exp.notes]
        assert statuses[0] == "document" and statuses[-1] == "detached"
        check_single(export.render_document(exp), exp)
    check_combined(export.render_all(selection), selection)


def test_export_folder_one_file_per_document_no_overwrite(tmp_path):
    notebook, docs = corpus_notebook(tmp_path)
    selection = export.select(notebook, load=lambda p: load_seed(Path(p)))
    out = tmp_path / "export"
    written = export.write(selection, str(out) + "/")
    assert len(written) == len(docs) and all(p.parent == out for p in written)
    for path, exp in zip(written, selection, strict=True):
        check_single(path.read_text("utf-8"), exp)
    before = written[0].read_bytes()
    written[0].write_text("my edits")
    with pytest.raises(ActorlensError, match="already exists; use --force"):
        export.write(selection, out)
    assert written[0].read_text() == "my edits"
    export.write(selection, out, force=True)
    assert written[0].read_bytes() == before


def test_export_to_one_file_and_refusal_to_overwrite(tmp_path):
    notebook, _ = corpus_notebook(tmp_path)
    selection = export.select(notebook, load=lambda p: load_seed(Path(p)))
    target = tmp_path / "all.md"
    assert export.write(selection, target) == [target]
    check_combined(target.read_text("utf-8"), selection)
    with pytest.raises(ActorlensError, match="already exists"):
        export.write(selection, target)


def test_by_tag_groups_every_note_under_each_of_its_tags(tmp_path):
    notebook, _ = corpus_notebook(tmp_path)
    selection = export.select(notebook, load=lambda p: load_seed(Path(p)))
    text = export.render_all(selection, by_tag=True)
    meta, body = text[4:].split("\n---\n", 1)
    assert yaml.safe_load(meta)["notes"] == selection.note_count
    parts = sections(body)
    groups = export.tag_groups(selection)
    h2 = [p["text"] for p in parts if p["kind"] == "h2"]
    assert h2 == [t if t is not None else "Untagged" for t in groups]
    expected = sum(len(items) for items in groups.values())
    assert sum(1 for p in parts if p["kind"] == "note") == expected
    for exp in selection:
        for item in exp.notes:
            tags = set(item.note.tags) | set(exp.tags)
            assert all(any(i.note.id == item.note.id for _, i in groups[t]) for t in tags)
    files = export.write(selection, str(tmp_path / "bytag") + "/", by_tag=True)
    assert sorted(f.name for f in files) == sorted(export.unique_names(t or "Untagged" for t in groups))


def test_tag_and_document_selection(tmp_path):
    notebook, docs = corpus_notebook(tmp_path)
    tagged = export.select(notebook, tags=["caucasus"], load=lambda p: load_seed(Path(p)))
    assert {d.ref.id for d in tagged} == {docs[i].id for i in range(1, len(docs), 2)}
    one = export.select(notebook, docs=[docs[0]])
    assert [d.ref.id for d in one] == [docs[0].id]
    assert len(one.docs[0].notes) == len(notebook.notes(docs[0]))


def test_notes_of_a_missing_document_are_exported_as_written(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    doc = make_doc("First paragraph here.", "The passage *we* quoted > here.", path=str(tmp_path / "gone.txt"))
    notebook.add(doc, "whole")
    notebook.add(doc, "quoted", anchor=anchor_for(doc, 1, 4, 27))
    selection = export.select(notebook, load=lambda p: None)
    assert len(selection) == 1 and selection.docs[0].document is None
    text = export.render_all(selection)
    check_single(text, selection.docs[0])
    assert "¶ 2 (as noted; document not found)" in text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_hostile_notebook_exports_parse(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("hostile") / "n.json"
    notebook = Notebook(path)
    docs = []
    for d in range(data.draw(st.integers(1, 3))):
        paragraphs = data.draw(st.lists(hostile.filter(lambda s: s.strip()), min_size=1, max_size=4))
        title = data.draw(hostile | safe_text)
        doc = make_doc(*paragraphs, doc_id=f"d{d}", path=f"/corpus/{d}.txt", title=title)
        docs.append(doc)
        notebook.add_doc_tags(doc, data.draw(st.lists(hostile.filter(lambda s: s.strip()), max_size=2)))
        for _ in range(data.draw(st.integers(0, 4))):
            block = data.draw(st.integers(0, len(paragraphs) - 1))
            text = paragraphs[block]
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, len(text)))
            anchor = data.draw(st.none() | st.just(anchor_for(doc, block, start, end)))
            tags = data.draw(st.lists(hostile.filter(lambda s: s.strip()), max_size=2))
            notebook.add(doc, data.draw(hostile | safe_text), anchor=anchor, tags=tags)
    selection = export.select(notebook, docs=docs)
    check_combined(export.render_all(selection), selection)
    for exp in selection:
        check_single(export.render_document(exp), exp)
    by_tag = export.render_all(selection, by_tag=True)
    parts = sections(by_tag.split("\n---\n", 1)[1])
    assert sum(1 for p in parts if p["kind"] == "note") == sum(len(v) for v in export.tag_groups(selection).values())


def test_main_actors_from_an_analyzer_most_mentioned_first_comments_left_out():
    from store.model import Actor, Block, Document, Mention

    def mention(actor_id):
        return Mention(0, 1, "x", actor_id, "PERSON", "dictionary")

    actors = {"a": Actor("a", "Alpha", "person"), "b": Actor("b", "Beta", "state"), "c": Actor("c", "Gamma", "group")}

    class FakeAnalyzer:
        def analyze(self, doc):
            blocks = (
                Block("paragraph", "p", (mention("b"), mention("a"), mention("b"), mention(None))),
                Block("paragraph", "q", (mention("a"), mention("zz"))),
                Block("comment", "c", (mention("c"), mention("c"), mention("c"))),
            )
            return Document(doc.id, doc.path, doc.title, None, None, None, blocks)

        def actor(self, actor_id):
            return actors.get(actor_id)

    actors_for = export.main_actors(FakeAnalyzer())
    assert actors_for(make_doc("p")) == ["Alpha", "Beta"]  # ties by id; comments and unknown ids left out
    assert export.main_actors(FakeAnalyzer(), limit=1)(make_doc("p")) == ["Alpha"]
    exp = export.select(Notebook(Path(os.environ["ACTORLENS_DB"])), docs=[make_doc("p")]).docs[0]
    assert yaml.safe_load(export.render_document(exp, actors_for=actors_for)[4:].split("\n---\n")[0])["actors"] == [
        "Alpha",
        "Beta",
    ]


def test_export_by_tag_ignores_case_like_the_sidebar(tmp_path):
    # `actorlens export --tag War` used to miss documents tagged "war" that the sidebar's #War finds.
    from store.corpus.search import DocumentFilter

    notebook = Notebook(tmp_path / "n.json")
    tagged = make_doc("Shelling went on.", doc_id="a", path="/c/a.txt")
    noted = make_doc("Talks began.", doc_id="b", path="/c/b.txt")
    notebook.add(tagged, "a note")
    notebook.add_doc_tags(tagged, ["war"])
    notebook.add(noted, "on the talks", tags=["Peace  Talks"])
    assert [d.ref.id for d in export.select(notebook, docs=[tagged, noted], tags=["War"]).docs] == ["a"]
    assert [d.ref.id for d in export.select(notebook, docs=[tagged, noted], tags=["peace talks"]).docs] == ["b"]
    assert notebook.matches(tagged, tags=["WAR"])
    keep = DocumentFilter.parse("#War").predicate(tags_of=lambda s: notebook.info(s).all_tags)
    assert keep(tagged) and not keep(noted)


def test_main_actors_count_the_title_s_mentions():
    from store.model import Actor, Block, Document, Mention

    actors = {"a": Actor("a", "Alpha", "person"), "b": Actor("b", "Beta", "state")}

    class TitledAnalyzer:
        def analyze(self, doc):
            body = (Block("paragraph", "p", (Mention(0, 1, "p", "a", "PERSON", "dictionary"),)),)
            beta = Mention(0, 4, "Beta", "b", "GPE", "dictionary")
            return Document(doc.id, doc.path, "Beta and Beta", None, None, None, body, title_mentions=(beta, beta))

        def actor(self, actor_id):
            return actors.get(actor_id)

    assert export.main_actors(TitledAnalyzer())(make_doc("p")) == ["Beta", "Alpha"]  # twice in the title, once below
