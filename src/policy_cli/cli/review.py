"""Reviewing a notice: check, cites, diff."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _
from .core import DEFAULTED, ExitCode, command, fail, note, nothing
from .options import (
    MAX_SIZE,
    CorpusOpt,
    FormatOpt,
    MaxSizeOpt,
    ModelOpt,
    NoticeOpt,
    OutputOpt,
    emit,
    load,
    load_path,
    not_with_corpus,
    registry,
)

PathArg = Annotated[
    Path | None,
    typer.Argument(
        help=_("A model file or a raw notice (default: --model, --notice or the bundled model)."),
        readable=False,
        show_default=False,
    ),
]


@command
def check(
    path: PathArg = None,
    strict: Annotated[bool, typer.Option("--strict", help=_("Exit 1 when anything is found."))] = False,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Report where a notice is inconsistent: numbering, unknown or variant unit names, annex titles.

    Each finding has a stable code, a severity, the source line and a suggestion.
    Exit 0 with findings (1 under --strict when there are any).

    Example: policy-cli check data/raw_notice.txt --format json
    """
    from .. import views
    from ..check import check as run_check

    found = run_check(load_path(path, model, notice, max_size), registry())
    if not found:
        note(_("no findings"))
        return
    emit(views.findings(found), fmt, output)
    if strict:
        fail(ExitCode.NO_MATCH)


@command
def cites(
    path: PathArg = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    cited: Annotated[
        str | None, typer.Option("--cited", help=_("With --corpus: the 文号 or 《title》 to find the citers of."))
    ] = None,
    chain: Annotated[
        bool,
        typer.Option("--chain", help=_("With --corpus: the tree of notices implementing --cited, level by level.")),
    ] = False,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Every 文号 and 《》 title the notice cites, normalised, with the places it occurs.

    With --corpus: every document cited across the corpus; --cited: the notices citing one; --chain: their tree.

    Example: policy-cli cites --format json
    """
    from .. import views
    from ..cites import citations

    if corpus is not None:
        from .corpus import corpus_cites

        not_with_corpus(path, model, notice)
        return corpus_cites(corpus, cited, chain, fmt, output)

    found = citations(load_path(path, model, notice, max_size))
    if not found:
        nothing(_("no citations matched"))
    emit(views.citations(found), fmt, output)


@command
def diff(
    old: Annotated[
        Path, typer.Argument(help=_("The older model or raw notice (or the newer, with --model/--notice)."))
    ],
    new: Annotated[
        Path | None, typer.Argument(help=_("The newer model or raw notice."), readable=False, show_default=False)
    ] = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """What changed between two versions of a notice: tasks (matched by content), clauses, notes and metadata.

    With one PATH, the older version is --model, --notice or the bundled model.
    Exit 0 when they say the same, 1 when they differ (as diff(1) does).

    Example: policy-cli diff old/tasks.yaml data/raw_notice.txt
    """
    from .. import views
    from ..diff import diff as run_diff

    if new is None:
        before, after = load(model, notice, max_size), load_path(old, None, None, max_size)
        base = (
            notice
            if notice is not None
            else model
            if model is not None
            else _("the bundled demo notice ({identity})").format(identity=DEFAULTED.get("identity", ""))
        )
        DEFAULTED["said"] = True  # said here, in the line below
        note(_("comparing {old} (older) with {new} (newer)").format(old=base, new=old))
    else:
        before, after = load_path(old, model, notice, max_size), load_path(new, None, None, max_size)
    changes = run_diff(before, after)
    if not changes:
        note(_("no differences"))
        return
    emit(views.changes(changes), fmt, output)
    fail(ExitCode.NO_MATCH)
