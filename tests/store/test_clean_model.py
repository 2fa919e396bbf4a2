"""The line-model cleaner on small hand-made pages, the shipped model file, and properties of cleaning."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from store.corpus.clean import clean_text, normalise_space
from store.corpus.linemodel import LABELS, MODEL_PATH, shipped
from tests.bench import train_cleaner

from .clean_helpers import LONG, LONG2, LONG3

MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Sport", "Opinion", "Video", "Podcasts"]


def body(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind != "comment"]


def test_the_shipped_model_loads_and_matches_its_training_script():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["version"] == train_cleaner.MODEL_VERSION
    model = shipped()
    assert model.labels == LABELS
    assert len(model.transitions) == len(LABELS) and model.weights
    assert MODEL_PATH.stat().st_size < 200_000  # a small data file, not a pickle


def test_a_menu_run_above_the_article_is_furniture_and_the_headline_is_found():
    raw = "\n\n".join(MENU + ["Ceasefire talks stall in Geneva as both sides trade blame", LONG, LONG2, LONG3])
    doc = clean_text(raw)
    assert doc.title == "Ceasefire talks stall in Geneva as both sides trade blame"
    assert body(doc) == [LONG, LONG2, LONG3]
    for item in MENU:
        assert item in doc.removed


def test_a_box_above_the_article_does_not_cut_it():
    box = ["Most Popular", "Minister resigns over leaked emails", "Storm closes schools across the region"]
    raw = "\n\n".join(box + ["Ceasefire talks stall in Geneva as both sides trade blame", LONG, LONG2, LONG3])
    doc = clean_text(raw)
    assert body(doc) == [LONG, LONG2, LONG3]
    assert "Most Popular" in doc.removed


def test_a_box_inside_the_article_does_not_cut_it():
    raw = "\n\n".join(
        [
            "Ceasefire talks stall in Geneva as both sides trade blame",
            LONG,
            "Related",
            "Minister resigns over leaked emails",
            LONG2,
            LONG3,
        ]
    )
    doc = clean_text(raw)
    texts = body(doc)
    assert LONG in texts and LONG2 in texts and LONG3 in texts  # nothing after the box is lost
    assert texts[-1] == LONG3


def test_a_byline_and_date_under_the_headline():
    raw = "\n\n".join(["Ceasefire talks stall in Geneva", "By Jane Doe", "Published: 14 May 2023, 09:41", LONG, LONG2])
    doc = clean_text(raw)
    assert (doc.title, doc.author, doc.date) == ("Ceasefire talks stall in Geneva", "Jane Doe", "2023-05-14")
    assert body(doc) == [LONG, LONG2]


def test_a_comment_section_with_names_and_dates_is_kept_apart_as_whole_comments():
    raw = "\n\n".join(
        [
            "Ceasefire talks stall in Geneva",
            LONG,
            LONG2,
            LONG3,
            "2 Comments",
            "Sam Reader",
            "15 May 2023",
            "Great piece, thanks for the clear reporting on this.",
            "Reply",
            "Alex Critic",
            "16 May 2023",
            "I disagree with the author about the talks.",
            "Reply",
        ]
    )
    doc = clean_text(raw)
    comments = [b.text for b in doc.blocks if b.kind == "comment"]
    assert body(doc) == [LONG, LONG2, LONG3]
    assert len(comments) == 2
    assert comments[0].startswith("Sam Reader") and comments[0].endswith("clear reporting on this.")
    assert "Alex Critic" in comments[1] and comments[1].endswith("about the talks.")
    assert "2 Comments" in doc.removed and "Reply" in doc.removed


def test_a_comments_button_in_a_share_bar_does_not_turn_the_article_into_comments():
    """A "Comments" button between share buttons (as a browser copies a share bar without its list
    markers) opens no comment section: the article after it stays the body."""
    more = [
        "Analysts said the talks could resume within weeks, although neither delegation has confirmed a date "
        f"for the next meeting in Geneva or anywhere else, paragraph {n}."
        for n in range(8)
    ]
    raw = "\n\n".join(
        MENU * 4
        + ["Ceasefire talks stall in Geneva", "\n".join(["Facebook", "Twitter", "Comments", "Print", "Email"])]
        + [LONG, LONG2, LONG3, *more]
    )
    doc = clean_text(raw)
    assert not [b for b in doc.blocks if b.kind == "comment"]
    assert body(doc)[-1] == more[-1]
    assert LONG in body(doc)


def test_a_markdown_article_with_byline_share_links_rule_and_comments():
    raw = (
        "# Ceasefire talks stall in Geneva\n\n**By Jane Doe** | 14 May 2023\n\n"
        "[Share on Twitter](https://twitter.com/share) | [Email](mailto:x)\n\n"
        f"{LONG}\n\nThe talks, said *one diplomat*, were [going nowhere](https://example.org/x) this week.\n\n"
        f"{LONG2}\n\n---\n\n**Comments (2)**\n\n**Sam Reader** — 15 May 2023\n\nGreat piece, thanks.\n\n"
        "**Alex Critic** — 16 May 2023\n\nI disagree with the author.\n"
    )
    doc = clean_text(raw, markdown=True)
    assert (doc.title, doc.author, doc.date) == ("Ceasefire talks stall in Geneva", "Jane Doe", "2023-05-14")
    assert body(doc) == [LONG, "The talks, said one diplomat, were going nowhere this week.", LONG2]
    comments = [b.text for b in doc.blocks if b.kind == "comment"]
    assert comments == [
        "Sam Reader — 15 May 2023\nGreat piece, thanks.",
        "Alex Critic — 16 May 2023\nI disagree with the author.",
    ]
    assert "---" in doc.removed and "Share on Twitter | Email" in doc.removed
    assert not any("**" in t or "](" in t for t in body(doc))


def test_a_page_in_russian():
    paragraphs = [
        "Министры иностранных дел встретились во вторник в Женеве, чтобы обсудить перемирие, которое, по словам "
        "обеих сторон, нарушается почти каждый день с момента его заключения.",
        "Наблюдатели миссии сообщили, что обстрелы продолжались всю ночь у линии соприкосновения, и несколько сёл "
        "остались без электричества и воды.",
        "Дипломаты сказали, что новый раунд переговоров может начаться в следующем месяце, если оба правительства "
        "согласятся пустить наблюдателей в сёла.",
    ]
    menu = ["Главная", "Новости", "Политика", "Экономика", "Спорт", "Войти"]
    raw = "\n\n".join(menu + ["Переговоры о перемирии в Женеве зашли в тупик"] + paragraphs)
    doc = clean_text(raw)
    assert doc.title == "Переговоры о перемирии в Женеве зашли в тупик"
    assert body(doc) == paragraphs
    for item in menu:
        assert item in doc.removed


_LINES = st.sampled_from(
    [
        LONG,
        LONG2,
        "",
        "",
        "Share",
        "Comments",
        "3 Comments",
        "Reply",
        "By Jane Doe",
        "14 May 2023",
        "Home",
        "* item",
        "# Heading",
        "Related stories",
        "Photo: Reuters",
        "![x](y.png)",
        "Sam Reader",
        "   indented comment text here.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(max_size=80)), max_size=40), st.booleans())
def test_cleaning_never_raises_and_never_loses_a_line(lines, markdown):
    raw = "\n".join(line.replace("\r", " ") for line in lines)
    doc = clean_text(raw, markdown=markdown)
    squeezed = "".join("".join(b.text for b in doc.blocks).split()) + "".join((doc.title or "").split())
    removed = {"".join(r.split()) for r in doc.removed}
    for line in raw.split("\n"):
        text = normalise_space(line)
        if not text:
            continue
        key = "".join(text.split())
        stripped = "".join(text.lstrip("#").split())
        assert key in removed or key in squeezed or stripped in squeezed or markdown, line


def _path_total(scores, transitions, path) -> float:
    return sum(scores[t][y] for t, y in enumerate(path)) + sum(
        transitions[path[t - 1]][path[t]] for t in range(1, len(path))
    )


def _exhaustive_best_total(scores, transitions) -> float:
    """The best label path's score by trying every path (tiny inputs only)."""
    from itertools import product

    return max(_path_total(scores, transitions, path) for path in product(range(len(transitions)), repeat=len(scores)))


_SCORE = st.floats(min_value=-6, max_value=6, allow_nan=False).map(lambda v: round(v, 2))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_SCORE, min_size=3, max_size=3), min_size=1, max_size=5),
    st.lists(st.lists(_SCORE, min_size=3, max_size=3), min_size=3, max_size=3),
)
def test_viterbi_finds_a_best_path_whatever_the_margins(scores, transitions):
    """The decoder's shortcut (a clear leader is every label's best predecessor) never loses the optimum."""
    from store.corpus.linemodel import LineModel

    names = ("a", "b", "c")
    weights = {f"line{t}": tuple(row) for t, row in enumerate(scores)}
    model = LineModel(1, names, tuple(tuple(row) for row in transitions), weights, {})
    labels, _ = model.decode([[f"line{t}"] for t in range(len(scores))])
    path = [names.index(label) for label in labels]
    assert abs(_path_total(scores, transitions, path) - _exhaustive_best_total(scores, transitions)) < 1e-9


def test_the_headline_ranker_learns_which_candidate_is_the_headline():
    """The ranker's trainer (tests/bench/train_cleaner.py): on pages whose headline always carries one
    feature among noise, that feature gets the largest weight and every page's headline ranks first."""
    import numpy as np

    rng = np.random.default_rng(7)
    pages, features = 40, 12
    rows, starts, truth, group = [], [], [], []
    for page in range(pages):
        starts.append(len(rows))
        size = int(rng.integers(2, 6))
        true = int(rng.integers(size))
        for k in range(size):
            row = (rng.random(features) < 0.3).astype(float)
            row[0] = 1.0 if k == true else 0.0
            rows.append(row)
            group.append(page)
        truth.append(starts[-1] + true)
    x = np.array(rows)
    w = train_cleaner._newton(x, np.array(starts), np.array(group), np.array(truth), l2=0.05, iterations=50)
    assert int(np.argmax(w)) == 0
    scores = x @ w
    ends = [*starts[1:], len(rows)]
    assert all(int(np.argmax(scores[a:b])) + a == t for a, b, t in zip(starts, ends, truth, strict=True))


def test_a_comments_button_beside_share_buttons_is_no_comment_marker():
    from store.corpus.clean import _comment_marker, _Line

    def page(texts: list[str]) -> list[_Line]:
        return [_Line(i, text, 0) for i, text in enumerate(texts)]

    bar = page(["Facebook", "Twitter", "Comments", "Print", "Email"])
    assert not _comment_marker(bar, 2)
    section = page([LONG, "Comments", "Sam Reader", "15 May 2023", "Great piece."])
    assert _comment_marker(section, 1)
    after_share = page([LONG, "Share on Facebook", "Comments", "A reader wrote this."])
    assert _comment_marker(after_share, 2)
