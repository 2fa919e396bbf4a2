from tui.counts import counted


def test_one_is_singular_and_others_plural() -> None:
    assert counted(1, "passage") == "1 passage"
    assert counted(0, "passage") == "0 passages"
    assert counted(2, "document") == "2 documents"


def test_thousands_and_irregular_plural() -> None:
    assert counted(5312, "match", "matches") == "5,312 matches"
    assert counted(1, "match", "matches") == "1 match"
