"""text: a notice's lines as the parser reads them, whatever format it came in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _
from .core import command, note
from .options import MAX_SIZE, MaxSizeOpt


@command
def text(
    notice: Annotated[
        Path,
        typer.Argument(help=_("Notice: text, web page, Word (.docx) or PDF; - reads standard input."), readable=False),
    ],
    numbers: Annotated[bool, typer.Option("--numbers", "-N", help=_("Put each line's number in front of it."))] = False,
    max_size: MaxSizeOpt = MAX_SIZE,
) -> None:
    """Print the lines a notice is read into: the model's line numbers count these lines.

    Tables come out one line a row, cells separated by tabs, merged cells copied
    into every row and column they span; Word's list numbering is written out.

    Example: policy-cli text notice.docx
    """
    from ..decode import read_notice_bytes
    from ..files import STDIN_NAME, is_stdin, read_stdin
    from ..readers import read_document

    if is_stdin(notice):
        name, raw = STDIN_NAME, read_stdin(max_size, size_hint="--max-size")
    else:
        name, raw = str(notice), read_notice_bytes(notice, max_size, "--max-size")
    document = read_document(raw, name)
    read_as = _("{path}: read as {format}").format(path=name, format=document.source_format)
    note(read_as + (_("; ") + document.note if document.note else ""))
    lines = document.text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    width = len(str(len(lines)))
    for number, line in enumerate(lines, start=1):
        sys.stdout.write(f"{number:>{width}}  {line}\n" if numbers else f"{line}\n")
