"""The actor dictionary: the bundled file, the user's file merged over it, and edits from the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.actors.analysis import Analyzer
from store.actors.dictionary import KINDS, add_actor, add_alias, bundled_file, load_dictionary
from store.actors.matcher import ActorMatcher
from store.errors import ActorlensError

from .actor_helpers import found


def _tokenize(text: str) -> list[str]:
    from store.actors.ner import load_pipeline

    return [t.text for t in load_pipeline(None).nlp.make_doc(text)]


def test_bundled_dictionary_is_big_consistent_and_unambiguous():
    d = load_dictionary(False)
    assert d.error is None
    assert len(d.entries) >= 300
    for entry in d.entries.values():
        a = entry.actor
        assert a.kind in KINDS
        assert a.affiliation is None or (len(a.affiliation) == 3 and a.affiliation.isupper())
        assert entry.aliases, a.id
    kinds = {e.actor.kind for e in d.entries.values()}
    assert kinds == set(KINDS)
    assert ActorMatcher(d, _tokenize).conflicts == []


@pytest.mark.parametrize(
    ("actor_id", "kind", "affiliation", "sector"),
    [
        ("vladimir-putin", "person", "RUS", "government"),
        ("kremlin", "organisation", "RUS", "government"),
        ("moscow", "place", "RUS", "government"),
        ("wagner-group", "group", "RUS", "paramilitary"),
        ("nato", "organisation", None, "international"),
        ("csto", "organisation", None, "international"),
        ("osce-minsk-group", "organisation", None, "international"),
        ("nagorno-karabakh", "place", None, None),
        ("azerbaijani-people", "group", "AZE", "people"),
        ("azerbaijan.military", "organisation", "AZE", "military"),
    ],
)
def test_key_actors(actor_id, kind, affiliation, sector):
    actor = load_dictionary(False).actors[actor_id]
    assert (actor.kind, actor.affiliation, actor.sector) == (kind, affiliation, sector)


def test_user_file_merges_over_bundled(tmp_path: Path):
    user = tmp_path / "actors.toml"
    user.write_text(
        """
[[actor]]
id = "vladimir-putin"
aliases = ["Vova"]
remove_aliases = ["V. Putin"]

[[actor]]
id = "grace-smithson"
name = "Grace Smithson"
kind = "person"
affiliation = "GBR"
sector = "media"
aliases = ["G. Smithson"]
""",
        encoding="utf-8",
    )
    bundled = load_dictionary(False)
    merged = load_dictionary(user)
    assert merged.error is None
    assert merged.digest != bundled.digest
    putin = merged.entries["vladimir-putin"]
    assert "Vova" in putin.aliases and "V. Putin" not in putin.aliases and "Putin" in putin.aliases
    assert merged.actors["grace-smithson"].affiliation == "GBR"
    assert len(merged.entries) == len(bundled.entries) + 1
    analyzer = Analyzer(ner=False, cache=None, user_actors=user)
    assert found(analyzer, "Vova met G. Smithson.") == [("Vova", "vladimir-putin"), ("G. Smithson", "grace-smithson")]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("[[actor]\nid = 'x'", "actors.toml"),  # not TOML
        ('[[actor]]\nid = "x"\nname = "X"\nkind = "planet"\n', "kind must be one of"),
        ('[[actor]]\nid = "x"\nname = "X"\naffiliation = "Russia"\n', "ISO 3166"),
        ('[[actor]]\nid = "Bad Id"\nname = "X"\n', "lowercase slug"),
        ('[[actor]]\nid = "x"\naliases = ["ok"]\n', "needs a name"),
        ('[[actor]]\nid = "x"\nname = "X"\naliases = "X"\n', "list of non-empty strings"),
    ],
)
def test_bad_user_file_is_one_line_and_bundled_still_works(tmp_path: Path, content: str, fragment: str):
    user = tmp_path / "actors.toml"
    user.write_text(content, encoding="utf-8")
    d = load_dictionary(user)
    assert d.error is not None
    assert "\n" not in d.error
    assert fragment in d.error and str(user) in d.error
    assert len(d.entries) == len(load_dictionary(False).entries)
    analyzer = Analyzer(ner=False, cache=None, user_actors=user)
    assert str(user) in analyzer.status
    assert found(analyzer, "Putin spoke.") == [("Putin", "vladimir-putin")]


def test_bundled_file_is_readable_toml():
    text = bundled_file().read_text(encoding="utf-8")
    assert text.count("[[actor]]") >= 300


def test_add_alias_and_actor_write_the_user_file(tmp_path: Path):
    user = tmp_path / "conf" / "actors.toml"
    add_alias("vladimir-putin", "Vladimir Vladimirovich", path=user)
    add_alias("vladimir-putin", "Vladimir Vladimirovich", path=user)  # twice: listed once
    new_id = add_actor(
        "Kseniya Kirillova", "person", affiliation="rus", sector="media", aliases=["Kirillova"], path=user
    )
    assert new_id == "kseniya-kirillova"
    text = user.read_text(encoding="utf-8")
    assert text.count('"Vladimir Vladimirovich"') == 1
    assert not list(user.parent.glob("*.tmp"))  # written by rename, nothing left behind
    d = load_dictionary(user)
    assert d.error is None
    assert d.actors["kseniya-kirillova"].affiliation == "RUS"
    # the same name again gets a fresh id, never overwrites
    assert add_actor("Kseniya Kirillova", "person", path=user) == "kseniya-kirillova-2"


def test_edits_keep_the_users_comments(tmp_path: Path):
    user = tmp_path / "actors.toml"
    user.write_text('# my notes about actors\n[[actor]]\nid = "kremlin"\naliases = ["Kreml"]\n', encoding="utf-8")
    add_alias("kremlin", "Kremlyovka", path=user)
    text = user.read_text(encoding="utf-8")
    assert "# my notes about actors" in text
    assert load_dictionary(user).entries["kremlin"].aliases[-2:] == ("Kreml", "Kremlyovka")


def test_edit_errors_are_one_line(tmp_path: Path):
    user = tmp_path / "actors.toml"
    with pytest.raises(ActorlensError, match="no actor with id"):
        add_alias("nobody-at-all", "X", path=user)
    with pytest.raises(ActorlensError, match="kind must be"):
        add_actor("X", "planet", path=user)
    with pytest.raises(ActorlensError, match="ISO 3166"):
        add_actor("X", "person", affiliation="Russia", path=user)
    user.write_text("[[actor]\n", encoding="utf-8")
    with pytest.raises(ActorlensError, match="fix or remove it"):
        add_alias("kremlin", "X", path=user)
    assert user.read_text(encoding="utf-8") == "[[actor]\n"  # a broken file is never overwritten


def test_analyzer_edits_reload_the_dictionary(tmp_path: Path):
    user = tmp_path / "actors.toml"
    analyzer = Analyzer(ner=False, cache=None, user_actors=user)
    assert found(analyzer, "Vovochka smiled.") == []
    analyzer.add_alias("vladimir-putin", "Vovochka")
    assert found(analyzer, "Vovochka smiled.") == [("Vovochka", "vladimir-putin")]
    new_id = analyzer.add_actor("Aleksandr Zhelenin", "person", affiliation="RUS", aliases=["Zhelenin"])
    assert analyzer.actors[new_id].name == "Aleksandr Zhelenin"
    assert found(analyzer, "Zhelenin wrote.") == [("Zhelenin", new_id)]
