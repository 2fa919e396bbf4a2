"""Turn the bytes of an unknown file into text, saying which encoding was used.

Order (detectors alone fail on mixed-script UTF-8 and on short cp1252 text):
a BOM decides; else strict UTF-8 over the whole file; else a NUL byte in the
first 8 KiB means UTF-16/32 without a BOM when charset-normalizer says so and
the whole file decodes, binary otherwise; else charset-normalizer, whose answer is verified by
decoding the whole file; else cp1252 with replacement.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_LATIN_FAMILY = frozenset({"latin-1", "iso8859-1", "iso8859-15", "mac-roman", "cp850", "cp437", "cp1252"})

# Detectors often take short cp1252 text for these; only trusted on longer files.
_CENTRAL_EUROPEAN = frozenset({"cp1250", "iso8859-2"})


class BinaryContent(ValueError):
    """The bytes are not text."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: bool = False  # True when undecodable bytes were replaced


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = name.removesuffix("-sig")
            body = data[len(bom) :]
            try:
                return Decoded(normalise_newlines(body.decode(codec)), name)
            except UnicodeDecodeError:
                text = body.decode(codec, errors="replace")
                return Decoded(normalise_newlines(text), name, replaced=True)
    if b"\x00" in data[:8192]:
        wide = _utf16(data)
        if wide is None:
            raise BinaryContent("binary file (NUL bytes), not text")
        return wide
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    guess = _detect(data)
    if guess is not None:
        return guess
    return Decoded(normalise_newlines(data.decode("cp1252", errors="replace")), "cp1252", True)


def _utf16(data: bytes) -> Decoded | None:
    """UTF-16 (or UTF-32) without a byte order mark, as charset-normalizer recognises it; the answer
    is verified by decoding the whole file and by the share of control characters."""
    if len(data) % 2:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return None
    name = codecs.lookup(best.encoding).name
    if not name.startswith(("utf-16", "utf-32")):
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if _looks_binary(text):
        return None
    return Decoded(normalise_newlines(text), name)


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return None
    name = codecs.lookup(best.encoding).name
    if name in _LATIN_FAMILY or (name in _CENTRAL_EUROPEAN and len(data) < 4096):
        # Short Western text is often misread as another Latin code page; cp1252 is the
        # superset that real-world "Latin-1" files use (smart quotes in 0x80-0x9F).
        try:
            return Decoded(normalise_newlines(data.decode("cp1252")), "cp1252")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    if _looks_binary(text):
        return None
    return Decoded(normalise_newlines(text), name)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(sample) > 0.05
