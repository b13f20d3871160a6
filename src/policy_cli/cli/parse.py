"""parse: a notice -> its YAML model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _
from .core import command, note
from .options import MAX_SIZE, MaxSizeOpt, OutputOpt


@command
def parse(
    notice: Annotated[
        Path | None,
        typer.Argument(
            help=_("Raw notice: text, web page, Word (.docx) or PDF; - reads standard input."),
            readable=False,
            show_default=False,
        ),
    ] = None,
    output: OutputOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=_("Treat parse warnings as errors (exit 5)."))] = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_("Do not print warnings."))] = False,
) -> None:
    """Parse a notice into the YAML model.

    Example: policy-cli parse data/raw_notice.txt -o data/tasks.yaml
    """
    from .. import source, store
    from ..errors import InputError, UsageError
    from ..files import STDIN_NAME, is_stdin, write_output

    if notice is None:
        raise UsageError(_("give a notice file to parse (or - for standard input): policy-cli parse NOTICE"))
    if not is_stdin(notice) and source.is_model_file(notice):
        raise InputError(
            _("{path}: a policy-cli model, not a notice: nothing to parse; query it with --model {path}").format(
                path=notice
            )
        )
    parsed = source.parse_file(notice, max_bytes=max_size, strict=strict, size_hint="--max-size")
    name = STDIN_NAME if is_stdin(notice) else notice
    if parsed.decoded.note:
        note(_("{path}: {note}").format(path=name, note=parsed.decoded.note))
    if not quiet:
        for w in parsed.notice.warnings:
            said = (
                _("warning: {where}: {message} [{code}]")
                if w.severity == "warning"
                else _("info: {where}: {message} [{code}]")
            )
            note(said.format(where=f"{name}:{w.line}", message=w.message, code=w.code))
    chunks = store.yaml_chunks(parsed.notice)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    write_output(output, (chunk.encode("utf-8") for chunk in chunks), inputs=[notice])
    note(
        _("wrote {path}: {tasks} tasks, {parts} parts").format(
            path=output, tasks=len(parsed.notice.tasks), parts=len(parsed.notice.parts)
        )
    )
