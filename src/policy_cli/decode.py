"""bytes -> text: encodings, line endings, script, and width folding for matching."""

from __future__ import annotations

import codecs
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .i18n import _

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Byte-order marks, longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The codec that reads what follows each BOM.
_WITHOUT_BOM = {
    codecs.BOM_UTF32_LE: "utf-32-le",
    codecs.BOM_UTF32_BE: "utf-32-be",
    codecs.BOM_UTF8: "utf-8",
    codecs.BOM_UTF16_LE: "utf-16-le",
    codecs.BOM_UTF16_BE: "utf-16-be",
}

# Full-width ASCII forms to half-width and every space to " ", one for one, so
# offsets in folded text index the original.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {ord(c): " " for c in _SPACES}
_FOLD |= {ord("﹝"): "〔", ord("﹞"): "〕", ord("【"): "〔", ord("】"): "〕", ord("［"): "[", ord("］"): "]"}
# Small form variants (U+FE50..): a small full stop numbers items as 1﹒.
_FOLD |= {
    ord("﹒"): ".",
    ord("﹐"): ",",
    ord("﹑"): "、",
    ord("﹔"): ";",
    ord("﹕"): ":",
    ord("﹙"): "(",
    ord("﹚"): ")",
}
# Half-width and vertical forms of the ideographic comma and stop: 1､ 1︑ …︒
_FOLD |= {ord("､"): "、", ord("︑"): "、", ord("︒"): "。", ord("︐"): ","}
# Box-drawing table lines (┌──┬──┐ │序号│任务│ ├──┼──┤): a cell's wall reads as | and a rule as -, so a table
# drawn in boxes reads as one written with bars (|序号|任务|, |--|--|).
_FOLD |= {ord(c): "|" for c in "│┃┆┇┊┋║┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬"}
_FOLD |= {ord(c): "-" for c in "─━┄┅┈┉═"}


def compact(text: str) -> str:
    """The form texts and names are compared in: width-folded, without any space."""
    return "".join(fold(text).split())


def fold(text: str) -> str:
    """Width- and space-fold text for matching; the result has the same length.

    Short texts (names of units, cells, deadlines) recur: the last few thousand are kept.
    """
    if len(text) >= _LONG:
        foldable = _FOLDABLE or _compile_foldable()
        found = foldable.findall(text, 0, 2048)
        if len(found) > min(len(text), 2048) // 16:  # dense: full-width throughout
            return text.translate(_fold_table())
        if len(text) > 2048:
            found = foldable.findall(text)
        for ch in set(found):
            text = text.replace(ch, _FOLD_TO[ch])
        return text
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        folded = _FOLDED[text] = text.translate(_FOLD)
    return folded


_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 8192


# Long text is folded by replacing each character of the mapping it holds, all of it at
# once: a few passes at the speed of str.replace, where str.translate looks every character
# up. No character the mapping writes is one it maps, so the order of the passes does not
# matter. Text dense with such characters (full-width throughout) goes through str.translate
# with the mapping as a list indexed by code point (characters past U+FFFF fall outside it
# and are kept), built on first use.
_LONG = 64
_FOLDABLE: re.Pattern[str] | None = None  # compiled on first use: a query may fold no long text
_FOLD_TO = {chr(cp): to if isinstance(to, str) else chr(to) for cp, to in _FOLD.items()}


def _compile_foldable() -> re.Pattern[str]:
    global _FOLDABLE
    _FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
    return _FOLDABLE


@cache
def _fold_table() -> list[int | str]:
    table: list[int | str] = list(range(0x10000))
    for cp, to in _FOLD.items():
        table[cp] = to
    return table


def read_back_shifted(garbled: str) -> str | None:
    """The text a mirror site showed one byte off, after the full stop it made of a （ (patterns.SHIFTED_START),
    read back from its bytes; None when they make no text.

    The site read GBK from the second byte of the bracket: each character it showed is the second byte of one
    and the first of the next, until a second byte below 0x80 showed as a Latin letter and set the reading
    right: ㄎ澹┘訌婜槼鞘袌霰O is the bytes of （五）加強鷺城市場監. A pair the site could not show it dropped,
    and that loss is not undone: 加快江新片區 comes back as 加快铰片區 (the caller keeps only a read back it can
    check)."""
    end = next((i for i, char in enumerate(garbled) if char < "\x80"), len(garbled))
    run, tail = garbled[:end], garbled[end:]
    if not "\x40" <= tail[:1] <= "\x7e":  # no second byte below 0x80 that ended the run
        return None
    try:
        return (b"\xa3" + run.encode("gbk") + tail[0].encode("ascii")).decode("gbk") + tail[1:]
    except UnicodeError:
        return None


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, utf-32, gb18030
    converted_from_traditional: bool = False

    @property
    def note(self) -> str | None:
        """What a user should be told about the decoding, if anything."""
        parts = []
        if self.encoding != "utf-8":
            parts.append(_("decoded as {encoding}").format(encoding=self.encoding))
        if self.converted_from_traditional:
            parts.append(_("converted from traditional to simplified script"))
        return _("; ").join(parts) or None


def read_notice_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, size_hint: str | None = None) -> bytes:
    """A notice's bytes: a regular file only, at most max_bytes of it (size_hint: the option that raises it)."""
    from .files import read_regular

    return read_regular(path, max_bytes, error=InputError, size_hint=size_hint)


def decode(data: bytes, name: str = "<input>") -> Decoded:
    """Decode a notice's bytes, refusing what is empty, binary or in no supported encoding."""
    if not data.strip():
        raise InputError(_("{name}: file is empty; give the text file of a notice").format(name=name))
    encoding, text = _detect(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text or _control_count(text, data, encoding) / max(len(text), 1) > 0.01:
        raise InputError(_binary(name))
    if not text.strip():
        raise InputError(_("{name}: file is blank; give the text file of a notice").format(name=name))
    text, traditional = _to_simplified(text)
    return Decoded(text=text, encoding=encoding, converted_from_traditional=traditional)


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """The encoding of data and its text (decoded once: the 100x notice takes 6 ms to decode)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                data[len(bom) :].decode(_WITHOUT_BOM[bom])
            except UnicodeDecodeError as exc:  # the offset counts the BOM, as the file's bytes do
                raise InputError(
                    _("{name}: invalid {encoding} at byte {offset}").format(
                        name=name, encoding=encoding, offset=exc.start + len(bom)
                    )
                ) from None
            return encoding, data.decode(encoding)
    if b"\x00" in data:
        raise InputError(_binary(name))
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return "gb18030", data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                _(
                    "{name}: not valid UTF-8, UTF-16/32 or GB18030 (first bad byte at offset {offset}); save it as UTF-8 and try again"
                ).format(name=name, offset=utf8_error.start)
            ) from None


def _binary(name: str) -> str:
    return _("{name}: looks like a binary file, not a text notice; save the page as plain text").format(name=name)


# Control characters other than \n \t \f \v.
_CONTROLS = re.compile("[\x00-\x08\x0d-\x1f]")
# The same as bytes, less \r (the text's line ends are \n by the time they are counted).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def _control_count(text: str, data: bytes, encoding: str) -> int:
    """How many control characters text holds (its line ends made \\n), data being its bytes.

    UTF-8 and GB18030 write a character below U+0080 as that one byte, and no byte of any other
    character is below 0x80: there they are counted in the bytes, three times faster than a scan
    of the text (3 ms against 10 for the 100x notice)."""
    if encoding in ("utf-8", "utf-8-sig", "gb18030"):
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    return len(_CONTROLS.findall(text))


# Characters that exist only in traditional script and are frequent in notices;
# used to decide whether to run the converter at all, never to convert.
_TRADITIONAL_HINTS = frozenset("關實發責監區縣辦會議務體國環設應產業經濟們這與為書記導領將權")


def _to_simplified(text: str) -> tuple[str, bool]:
    if sum(hint in text for hint in _TRADITIONAL_HINTS) < 3:
        return text, False
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        raise InputError(
            _("this notice is in traditional script; install the converter with 'pip install opencc' and try again")
        ) from None
    return opencc.OpenCC("t2s").convert(text), True
