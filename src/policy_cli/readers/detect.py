"""Which reader a notice needs, told by its content (magic bytes, markup), never by its name."""

from __future__ import annotations

import re
from functools import cache

# ZIP local file header: .docx (and .xlsx, .odt...) are ZIP archives.
ZIP_MAGIC = b"PK\x03\x04"
# OLE2 compound file: Word 97-2003 .doc (and .xls, .ppt).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A PDF starts with %PDF-1.x; readers accept it anywhere in the first kilobyte.
PDF_MAGIC = b"%PDF-"

# <!DOCTYPE html>   <html lang="zh">   <body>   <head>
_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# <p>, </div>, <td colspan="2">, <br/>: enough of them make a fragment of markup pasted into a text file
_TAG = re.compile(r"</?(?:p|div|span|table|tbody|tr|td|th|br|h[1-6]|ul|ol|li|font|strong|a)(?:\s[^<>]*)?/?>", re.I)


# <p>各县人民政府：   <td>序号</td>: a page's markup holds its text; the empty tags a mirror site scatters
# through a page saved as text (<legend id="x"></legend><sup id="x"></sup>, the text outside them, one
# line a paragraph) hold none: such a file is text (its lines are its paragraphs)
# (compiled on first use: its range of every non-ASCII character, folded for case, takes some 10 ms to
# compile, and only a text holding tags is searched for it)
@cache
def _text_in_tag() -> re.Pattern[str]:
    return re.compile(r"<[a-z][a-z0-9]*(?:\s[^<>]*)?/?>[^<]*?[\x80-\uffff]", re.IGNORECASE)


_SNIFF = 64 * 1024


def detect(data: bytes) -> str:
    """docx | doc | pdf | zip (an archive that is not a Word file) | html | text."""
    if data.startswith(ZIP_MAGIC):
        return "docx" if _is_word(data) else "zip"
    if data.startswith(OLE_MAGIC):
        return "doc"
    if PDF_MAGIC in data[:1024]:
        return "pdf"
    return "html" if is_markup(_sniff_text(data[:_SNIFF])) else "text"


def is_markup(text: str) -> bool:
    if _PAGE.search(text):
        return True
    tags = _TAG.findall(text)
    return len(tags) >= 5 and any(t.startswith("</") for t in tags) and _text_in_tag().search(text) is not None


def _sniff_text(head: bytes) -> str:
    """Enough of the text to see markup: tags are ASCII in UTF-8, GBK and Latin-1 alike."""
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")):
        if head.startswith(bom):
            return head[4:].decode(encoding, errors="ignore")
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(encoding, errors="ignore")
    return head.decode("latin-1")


def _is_word(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
