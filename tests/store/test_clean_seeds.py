"""The cleaner on the bundled corpus: what each article must look like after cleaning."""

from __future__ import annotations

import pytest

from store.corpus.documents import load
from store.corpus.files import SourceFile
from tests.conftest import seed


def doc(prefix: str):
    return load(SourceFile(seed(prefix)))


def texts(d, kind=None):
    return [b.text for b in d.blocks if kind is None or b.kind == kind]


def test_000_title_once_date_author_and_furniture():
    d = doc("000_")
    assert d.title == "Putin and Erdogan measure “missiles” and try “dividing and conquering” Nagorno-Karabakh"
    assert d.date == "2020-12-03"
    assert d.author == "Augusts Augustiņš"
    all_text = "\n".join(texts(d))
    assert d.title not in all_text  # the repeated title is not in the body
    assert "Off By Admin" not in all_text
    assert "03.12.2020 Off By Admin" in d.removed
    # the dangling repeated signature at the end is gone
    assert "Reserve Sergeant" not in all_text
    assert d.removed.count("Reserve Sergeant of the Latvian National Guard,") == 2
    assert texts(d)[0].startswith("“Peace and prosperity” have come to Nagorno-Karabakh")
    assert texts(d)[-1].startswith("By sending armed-to-the-teeth peacekeepers")
    assert not texts(d, "comment")


def test_001_fallback_title_and_indented_comments():
    d = doc("001_")
    assert d.title is None
    assert d.display_title.startswith("The sanctions imposed by the West")
    comments = texts(d, "comment")
    assert comments[0] == "Very disappointed to see such an article penned by someone supposedly a part of free Europe."
    assert any(c.startswith("Excellent analysis, however") for c in comments)
    article = texts(d, "paragraph")
    assert article[-1].startswith("P.S. Ironic, isn’t it")
    assert not any("Very disappointed" in t for t in article)
    # comments come after the article
    kinds = [b.kind for b in d.blocks]
    assert kinds.index("comment") == len(kinds) - len(comments)


def test_002_image_markup_removed_and_dreamwidth_comment():
    d = doc("002_")
    assert all("![[" not in t and "dreamwidth.org/img" not in t for t in texts(d))
    assert sum("![[" in line for line in d.removed) == 2
    comments = texts(d, "comment")
    assert comments and comments[0].startswith("(no subject)")
    assert "Date: 15/10/20 21:52 (UTC)" in comments[0]
    assert "That said, I suspect Russian passivity" in comments[0]
    assert not any("(no subject)" in t or "That said, I suspect" in t for t in texts(d, "paragraph"))
    # the raw text repeats the article; every paragraph appears once
    paragraphs = texts(d, "paragraph")
    assert len(paragraphs) == len(set(paragraphs))
    assert sum(t.startswith("The Azeris hit Stepanakert") for t in paragraphs) == 1


def test_003_title_and_furniture():
    d = doc("003_")
    assert d.title == "The conflict between Armenia and Azerbaijan may divide Turkey and Russia"
    for furniture in ("By admin", "3 Min Read", "Share This Article"):
        assert furniture in d.removed
        assert not any(furniture in t for t in texts(d))
    assert d.author is None  # "admin" is not an author
    assert texts(d)[-1].startswith("When their strength begins to wane")


def test_004_author_source_headings_pull_quote_and_site_tail():
    d = doc("004_")
    assert d.author == "Kseniya Kirillova"
    assert d.source == "Byline Times"
    headings = texts(d, "heading")
    assert "A Face-Saving Truce" in headings
    assert "The Cost of ‘Special Operations Tactics" in headings
    pull = "led to the Kremlin’s inability to predict the most serious political processes in neighbouring countries"
    assert sum(pull in t for t in texts(d)) == 1
    body = "\n".join(texts(d))
    assert "Byline Times is funded by its subscribers" not in body
    for tail in (
        "Don’t miss a story",
        "Our leading investigations",
        "Keir Starmer",
        "More from the Byline Family",
        "27 September 2022",
    ):
        assert tail not in body, tail
    assert texts(d)[-1].startswith("Some experts suggest that should Moscow get its wishes")


@pytest.mark.parametrize("prefix", ["000_", "001_", "002_", "003_", "004_"])
def test_every_sentence_of_the_article_is_kept(prefix):
    """Every long line of the raw file is either in a block or listed as removed."""
    path = seed(prefix)
    d = doc(prefix)
    body = "\n".join(texts(d) + [d.title or ""])
    removed = set(d.removed)
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(raw.replace("\u00a0", " ").split())
        if len(line) < 30:
            continue
        squeezed = "".join(body.split())
        assert line in removed or "".join(line.split())[:60] in squeezed, line[:80]
