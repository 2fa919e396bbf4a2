"""Decoding files of unknown encoding, and the bad-input cases of reading a corpus."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.corpus.decode import BinaryContent, decode_bytes
from store.corpus.documents import load
from store.corpus.files import SourceFile, discover, read
from store.errors import DocumentError

SAMPLE = "Erdoğan’s “peace” – Pashinyan met Aliyev in Moscow; Лавров said nothing. Ünal, café.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_round_trip(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding


def test_short_cp1252_text_with_smart_quotes():
    text = "Putin’s “stability” – a café in Baku.\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_latin1_text():
    text = "Le président français a rencontré les ministres à Genève, où la négociation a échoué.\n" * 3
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text


def test_crlf_and_cr_are_normalised():
    assert decode_bytes(b"one\r\ntwo\rthree\n").text == "one\ntwo\nthree\n"


def test_binary_is_refused():
    with pytest.raises(BinaryContent):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1))
def test_any_utf8_text_decodes_to_itself(text):
    assert decode_bytes(text.encode("utf-8")).text == text


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=2000))
def test_arbitrary_bytes_never_crash(data):
    try:
        decoded = decode_bytes(data)
    except BinaryContent:
        return
    assert isinstance(decoded.text, str)


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_bad_files_give_one_line_reasons(tmp_path):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.md", b"  \n\n \t\n")
    write(tmp_path / "binary.txt", b"\x00\x01\x02ELF" * 100)
    reasons = {}
    sources, problems = discover([tmp_path])
    assert not problems
    for source in sources:
        with pytest.raises(DocumentError) as info:
            read(source)
        reasons[source.path.name] = info.value.reason
        assert "\n" not in str(info.value)
    assert reasons == {
        "binary.txt": "binary file (NUL bytes), not text",
        "blank.md": "empty file",
        "empty.txt": "empty file",
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", b"text")
    path.chmod(0)
    with pytest.raises(DocumentError, match="permission denied"):
        read(SourceFile(path))


def test_discover_skips_hidden_and_other_types_and_recurses(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / "a" / "one.txt", b"x")
    write(tmp_path / "two.MD", b"x")
    write(tmp_path / "three.html", b"x")
    write(tmp_path / ".four.txt", b"x")
    write(tmp_path / ".hidden" / "five.txt", b"x")
    write(tmp_path / "six.pdf", b"x")
    sources, problems = discover([tmp_path])
    assert sorted(s.path.name for s in sources) == ["one.txt", "three.html", "two.MD"]
    assert problems == []


def test_discover_reports_missing_paths_empty_folders_and_wrong_types(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "doc.pdf", b"%PDF")
    sources, problems = discover([tmp_path / "nope", tmp_path / "empty", tmp_path / "doc.pdf"])
    assert sources == []
    assert problems == [
        f"{tmp_path / 'nope'}: no such file or folder",
        f"{tmp_path / 'empty'}: no .txt, .md or .html documents in this folder",
        f"{tmp_path / 'doc.pdf'}: not a .txt, .md or .html file",
    ]


def test_a_20_megabyte_file_opens(tmp_path):
    paragraph = ("The Kremlin said Moscow would talk to Ankara and Baku about the truce. " * 12).strip()
    data = ("A very long report\n\n" + "\n\n".join([paragraph] * 25000)).encode("utf-8")
    assert len(data) > 20 * 1024 * 1024
    doc = load(SourceFile(write(tmp_path / "huge.txt", data)))
    assert doc.title == "A very long report"
    assert len(doc.blocks) == 1  # identical paragraphs are repeats
    varied = "\n\n".join(f"{i}. {paragraph}" for i in range(25000))
    doc = load(SourceFile(write(tmp_path / "huge2.txt", ("Report\n\n" + varied).encode())))
    assert len(doc.blocks) == 25000


def test_document_ids_are_content_hashes(tmp_path):
    a = write(tmp_path / "a.txt", b"Same text here.")
    b = write(tmp_path / "b.txt", b"Same text here.")
    c = write(tmp_path / "c.txt", b"Other text here.")
    ids = [read(SourceFile(p)).id for p in (a, b, c)]
    assert ids[0] == ids[1] != ids[2]
