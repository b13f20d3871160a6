"""Options every command family shares, and the one way a command writes its result.

A command takes the inputs it needs from here (`ModelOpt`, `NoticeOpt`, `MaxSizeOpt`),
the output options (`FormatOpt`, `OutputOpt`), loads with `load`, and ends with
`emit(view, fmt, output)`.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..decode import DEFAULT_MAX_BYTES
from ..errors import UsageError
from ..i18n import _
from .core import defaulted, note

if TYPE_CHECKING:
    from ..models import Notice
    from ..registry import Registry
    from ..views import View


class Format(enum.StrEnum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    excel_csv = "excel-csv"
    json = "json"
    yaml = "yaml"
    md = "md"


ModelOpt = Annotated[
    Path | None,
    typer.Option("--model", "-m", help=_("Model file to read (default: the bundled notice's model)."), readable=False),
]
NoticeOpt = Annotated[
    Path | None,
    typer.Option(
        "--notice",
        "-n",
        help=_("Raw notice to parse on the fly instead of a model; - reads standard input."),
        readable=False,
    ),
]
MaxSizeOpt = Annotated[
    int, typer.Option("--max-size", help=_("Refuse notices larger than this many bytes."), min=1, show_default=False)
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help=_(
            "Output format (default: from -o's extension, else table on a terminal and tsv in a pipe). "
            "excel-csv is CSV with a BOM that Excel opens with Chinese intact."
        ),
        case_sensitive=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help=_("Write to this file (replaced atomically) instead of stdout."), readable=False
    ),
]

CorpusOpt = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        "-c",
        help=_("Ask across every notice of a corpus database built by 'policy-cli index'."),
        readable=False,
        show_default=False,
    ),
]

IssuerOpt = Annotated[
    str | None,
    typer.Option(
        "--issuer",
        "-i",
        help=_("With --corpus: only notices whose issuing body's name holds this."),
        show_default=False,
    ),
]
LevelOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--level",
        "-l",
        help=_("With --corpus: only notices of this level of government: 中央, 省, 州, 市, 县 or 区 (repeat: any)."),
        show_default=False,
    ),
]

MAX_SIZE = DEFAULT_MAX_BYTES

# The files this run has read: -o may not name one of them (it would be destroyed).
READ: list[Path] = []

_BY_SUFFIX = {".tsv": "tsv", ".csv": "csv", ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".md": "md"}


def load(model: Path | None, notice: Path | None, max_size: int = MAX_SIZE) -> Notice:
    """The model to read: --notice parsed on the fly, --model, or the bundled model."""
    from .. import source

    if model is not None and notice is not None:
        raise UsageError(_("give --model or --notice, not both"))
    if notice is not None:
        from ..files import STDIN_NAME, is_stdin

        stdin = is_stdin(notice)
        if not stdin:
            READ.append(notice)
            if source.is_model_file(notice):  # a model given as a notice: read it as the model it is
                return source.load(model=notice)
        parsed = source.parse_file(notice, max_bytes=max_size, size_hint="--max-size")
        if parsed.decoded.note:
            note(_("{path}: {note}").format(path=STDIN_NAME if stdin else notice, note=parsed.decoded.note))
        return parsed.notice
    if model is not None:
        READ.append(model)
        return source.load(model=model)
    found = source.load()
    defaulted(_identity(found))
    return found


def _identity(notice: Notice) -> str:
    meta = notice.metadata
    return meta.doc_number_normalized or meta.doc_number or meta.title or ""


def load_path(path: Path | None, model: Path | None, notice: Path | None, max_size: int = MAX_SIZE) -> Notice:
    """A positional PATH (a model or a raw notice, told apart by content), else as `load`."""
    from .. import source

    if path is None:
        return load(model, notice, max_size)
    if model is not None or notice is not None:
        raise UsageError(_("give a PATH or --model/--notice, not both"))
    READ.append(path)
    return source.load_any(path, max_size, size_hint="--max-size")


def not_with_corpus(*sources: Path | None) -> None:
    """--corpus with --model, --notice or a PATH is a usage error."""
    if any(s is not None for s in sources):
        raise UsageError(_("give --corpus or a model or notice, not both"))


def scope_needs_corpus(corpus: Path | None, issuer: str | None, level: list[str] | None) -> None:
    """--issuer and --level choose among the notices of a corpus: without --corpus they are a usage error."""
    if corpus is None and (issuer is not None or level):
        raise UsageError(_("--issuer and --level choose notices of a corpus: give --corpus DB"))


def registry() -> Registry:
    from ..registry import default_registry

    return default_registry()


def chosen_format(fmt: Format | None, output: Path | None = None) -> str:
    if fmt is not None:
        return fmt.value
    if output is not None:
        return _BY_SUFFIX.get(output.suffix.lower(), "tsv")
    return "table" if sys.stdout.isatty() else "tsv"


def emit(view: View, fmt: Format | None, output: Path | None = None) -> None:
    """Render a view to stdout, or to the file -o names (whole or not at all)."""
    from .. import render

    if output is not None and output.suffix.lower() == ".xlsx":
        if fmt is not None:
            raise UsageError(
                _("-o {file} is a workbook; leave out --format {format}, or name the file .{format}").format(
                    file=output, format=fmt.value.replace("excel-", "")
                )
            )
        from ..files import write_output

        write_output(output, render.workbook(view), inputs=READ)
        return
    chosen = chosen_format(fmt, output)
    if output is None:
        render.render(view, chosen, sys.stdout)
        return
    import io

    from ..files import write_output

    buffer = io.StringIO()
    render.render(view, chosen, buffer, width=100)
    write_output(output, buffer.getvalue().encode("utf-8"), inputs=READ)
