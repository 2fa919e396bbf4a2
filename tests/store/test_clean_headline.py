"""Choosing the headline: the line that offers it, what the ranker sees of each candidate, and the
comment section that is told apart before the headline is chosen."""

from __future__ import annotations

from store.corpus import headline
from store.corpus.clean import clean_text
from store.corpus.lines import features

from .clean_helpers import LONG, LONG2, LONG3


def test_a_headline_before_a_labelled_date_on_its_line_is_offered_without_the_date():
    line = "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 기사입력 :[ 2018-08-25 15:24 ]"
    assert headline.title_text(line) == "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"
    assert headline.title_text("Ceasefire talks stall in Geneva | May 3, 2019") == "Ceasefire talks stall in Geneva"


def test_a_date_right_after_the_words_belongs_to_the_headline():
    assert headline.title_text("Opening Bell 11.18.19") == "Opening Bell 11.18.19"


def test_lines_that_are_no_headline_offer_none():
    for line in (
        "Posted on May 3, 2019 by Jane Doe",
        "Jane on May 3, 2019 at 4:47 pm said:",
        "The talks ended without an agreement.",
        "and then the talks ended",
        "Share on Facebook",
        "",
    ):
        assert headline.title_text(line) is None, line


def test_a_page_whose_headline_carries_its_date_gets_both():
    raw = "\n\n".join(
        [
            "Home",
            "World",
            "Politics",
            "Ceasefire talks stall in Geneva 기사입력 :[ 2018-08-25 15:24 ]",
            LONG,
            LONG2,
            LONG3,
        ]
    )
    doc = clean_text(raw)
    assert doc.title == "Ceasefire talks stall in Geneva"
    assert doc.date == "2018-08-25"
    assert [b.text for b in doc.blocks] == [LONG, LONG2, LONG3]


def _candidate_features(lines: list[str], labels: list[str]) -> dict[str, list[str]]:
    eligible = [headline.title_text(line) is not None for line in lines]
    picks = headline.candidates(labels, eligible)
    rows = headline.candidate_features(features(lines), labels, picks, lines)
    return {lines[k]: row for k, row in zip(picks, rows, strict=True)}


def test_the_ranker_sees_a_twin_line_a_byline_below_and_a_long_candidate_above():
    lines = [
        "Home",
        "Ceasefire talks stall in Geneva as both sides trade blame",
        "Ceasefire talks stall in Geneva as both sides trade blame",
        "Monitors say the shelling has not stopped for a single night",
        "By Jane Doe",
        LONG,
        LONG2,
    ]
    labels = ["furniture", "furniture", "title", "furniture", "byline", "body", "body"]
    seen = _candidate_features(lines, labels)
    headline_row = seen["Ceasefire talks stall in Geneva as both sides trade blame"]
    standfirst_row = seen["Monitors say the shelling has not stopped for a single night"]
    assert "h_twin" in headline_row and "h_twin" not in standfirst_row
    assert "h_byline_below" in standfirst_row
    assert "h_long_above1" in standfirst_row and "h_long_below1" in headline_row
    assert "h_lead_single0" in seen["Home"] or "h_lead_single1" in seen["Home"]


def test_a_short_article_over_a_long_comment_section_keeps_its_article_and_its_comments_apart():
    said = {
        "Milan on September 12, 2018 at 4:47 pm said:": LONG2,
        "Catherine on September 13, 2018 at 5:23 pm said:": LONG3,
        "Alex on September 17, 2018 at 6:34 am said:": LONG2.replace("Observers", "Reporters"),
        "Gary M on September 17, 2018 at 8:50 pm said:": LONG3.replace("Diplomats", "Officials"),
        "Dana on September 19, 2018 at 12:48 pm said:": LONG2.replace("mission", "agency"),
    }
    raw = "\n\n".join(
        ["Home", "Blog", "September 2018 open thread", "September 10, 2018 | by Catherine", LONG, "Comments"]
        + [line for pair in said.items() for line in pair]
    )
    doc = clean_text(raw)
    assert doc.title == "September 2018 open thread"
    assert [b.text for b in doc.blocks if b.kind != "comment"] == [LONG]  # no comment reaches the body
    # each comment whole: its author's header and its text together
    assert [b.text for b in doc.blocks if b.kind == "comment"] == [f"{a}\n{t}" for a, t in said.items()]
