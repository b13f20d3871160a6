"""Notices as published -> the lines the text parser reads.

`read_document` chooses a reader by the file's content (see detect.py): plain
text goes to decode.decode as before; a web page to html.py (lxml), a Word file
to docx.py (python-docx), a PDF to pdf.py (pdfplumber, an optional extra). Each
reader is imported only when a file of its format is read, so reading text and
querying models cost what they did. Tables come out one line a row, cells
separated by tabs, merged cells copied into every row and column they span
(grid.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..decode import Decoded, decode
from ..errors import InputError
from ..i18n import _
from .detect import detect

FORMATS = ("text", "html", "docx", "pdf")


@dataclass(frozen=True)
class Document:
    """A notice's text as the parser reads it, and what it was read from."""

    decoded: Decoded
    source_format: str  # text | html | docx | pdf
    converted_with: str | None = None  # the program that converted an old format first

    @property
    def text(self) -> str:
        return self.decoded.text

    @property
    def note(self) -> str | None:
        """What a user should be told about the reading, if anything."""
        parts = (
            [_("converted from .doc with {program}").format(program=self.converted_with)] if self.converted_with else []
        )
        if self.decoded.note:
            parts.append(self.decoded.note)
        return _("; ").join(parts) or None


def read_document(data: bytes, name: str = "<input>") -> Document:
    """Read a notice in any supported format. Raises InputError for what cannot be read."""
    kind = detect(data)
    if kind == "text":
        return Document(decode(data, name), "text")
    if kind == "html":
        from .html import read_html

        text, encoding = read_html(data, name)
        return Document(_lines(text, name, _("web page"), encoding), "html")
    if kind == "docx":
        from .docx import read_docx

        return Document(_lines(read_docx(data, name), name, _("Word document")), "docx")
    if kind == "pdf":
        from .pdf import read_pdf

        return Document(_lines(read_pdf(data, name), name, _("PDF")), "pdf")
    if kind == "doc":
        from .docx import read_docx

        converted, program = convert_doc(data, name)
        return Document(_lines(read_docx(converted, name), name, _("Word document")), "docx", program)
    raise InputError(
        _("{name}: a ZIP archive but not a Word .docx file; give the notice as text, a web page, .docx or PDF").format(
            name=name
        )
    )


def _lines(text: str, name: str, what: str, encoding: str = "utf-8") -> Decoded:
    """Run a reader's text through the same checks and script conversion as a text file."""
    if not text.strip():
        raise InputError(_("{name}: the {what} has no text").format(name=name, what=what))
    decoded = decode(text.encode("utf-8"), name)
    return Decoded(decoded.text, encoding, decoded.converted_from_traditional)


def convert_doc(data: bytes, name: str) -> tuple[bytes, str]:
    """An old binary .doc converted to .docx by LibreOffice when it is installed, else refused."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise InputError(
            _(
                "{name}: an old Word .doc file, which policy-cli cannot read; save it as .docx in Word "
                "or convert it with: libreoffice --headless --convert-to docx {name}"
            ).format(name=name)
        )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "notice.doc"
        source.write_bytes(data)
        try:
            subprocess.run(
                [program, "--headless", "--convert-to", "docx", "--outdir", work, str(source)],
                check=True,
                capture_output=True,
                timeout=180,
            )
            return (Path(work) / "notice.docx").read_bytes(), Path(program).name
        except (OSError, subprocess.SubprocessError):
            raise InputError(
                _("{name}: an old Word .doc file that {program} could not convert; save it as .docx in Word").format(
                    name=name, program=Path(program).name
                )
            ) from None
