"""Many notices: `index` builds a corpus database, `notices` lists it; `--corpus` on tasks, due, search,
depts, stats and cites asks the same questions across every notice in it (see corpus_* below)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..i18n import _
from .core import command, note, nothing
from .options import MAX_SIZE, READ, FormatOpt, MaxSizeOpt, OutputOpt, emit

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..query import TaskFilter


@contextmanager
def _open(path: Path) -> Iterator[Corpus]:
    """The corpus, closed after use; SQLite's errors on the way end as one line."""
    from ..corpus import Corpus
    from ..corpus.schema import database_errors

    READ.append(path)  # -o may not name the database
    with database_errors(path), Corpus(path) as corpus:
        yield corpus


@command
def index(
    paths: Annotated[
        list[Path],
        typer.Argument(help=_("Notice files or folders (searched for .txt, .html, .docx, .pdf and models).")),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help=_("The corpus database, created or brought up to date."), readable=False),
    ],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help=_("Notices parsed at once (default: the number of CPUs)."), min=0)
    ] = 0,
    max_size: MaxSizeOpt = MAX_SIZE,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help=_("No progress bar and no list of failed files."))
    ] = False,
) -> None:
    """Parse every notice found into one SQLite database; unchanged files are skipped on the next run.

    A file that cannot be read is recorded with why (see notices --failed) and the run goes on.

    Example: policy-cli index notices/ -o corpus.db
    """
    from ..corpus import index as run_index

    bar: Any = None
    task_id: Any = None
    if sys.stderr.isatty() and not quiet:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )

    def progress(done: int, total: int, _path: str) -> None:
        nonlocal task_id
        if bar is None:
            return
        if task_id is None:
            bar.start()
            task_id = bar.add_task("index", total=total)
        bar.update(task_id, completed=done)

    from ..corpus.schema import database_errors

    try:
        with database_errors(output):
            summary = run_index(paths, output, jobs=jobs or None, max_bytes=max_size, progress=progress)
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        for path, why in summary.failed:
            note(_("not indexed: {path}: {reason}").format(path=path, reason=why))
    note(
        _(
            "{path}: {found} files: {added} added, {replaced} replaced, "
            "{skipped} unchanged, {removed} removed, {failed} failed"
        ).format(
            path=output,
            found=summary.found,
            added=summary.added,
            replaced=summary.replaced,
            skipped=summary.skipped,
            removed=summary.removed,
            failed=len(summary.failed),
        )
        + (_(" ({n} recorded as unreadable)").format(n=summary.errors) if summary.errors else "")
    )


@command
def notices(
    corpus: Annotated[
        Path,
        typer.Option("--corpus", "-c", help=_("The corpus database built by 'policy-cli index'."), readable=False),
    ],
    issuer: Annotated[str | None, typer.Option("--issuer", "-i", help=_("Part of an issuing body's name."))] = None,
    year: Annotated[
        list[int] | None, typer.Option("--year", "-y", help=_("Signed or numbered in this year (repeat: any)."))
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", "-l", help=_("Level of government: 中央, 省, 州, 市, 县 or 区."))
    ] = None,
    keyword: Annotated[str | None, typer.Option("--keyword", "-k", help=_("Text in the title or 文号."))] = None,
    failed: Annotated[bool, typer.Option("--failed", help=_("The files that could not be read, and why."))] = False,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """The notices of a corpus, by date: 文号, level, issuers, title and number of tasks.

    Example: policy-cli notices --corpus corpus.db --level 县 --year 2023
    """
    from ..corpus import views

    with _open(corpus) as db:
        found = db.notices(issuer=issuer, years=year or (), level=level, keyword=keyword, failed=failed)
    if not found:
        nothing(_("no files failed") if failed else _("no notices matched"))
    emit(views.notices(found, failed), fmt, output)


# ------------------------------------------------------------------ --corpus on the one-notice commands


def corpus_filter(db: Corpus, dept: list[str] | None, lead: list[str] | None, **rest: Any) -> TaskFilter:
    from ..query import TaskFilter
    from ..registry import default_registry

    units = default_registry()
    return TaskFilter(
        departments=db.resolve_departments(dept or [], units),
        leads=db.resolve_departments(lead or [], units),
        **rest,
    )


Scope = tuple[str | None, list[str] | None]  # --issuer and --level: the notices asked of (None: all)


def corpus_tasks(
    path: Path,
    flt_args: dict[str, Any],
    fmt: Any,
    output: Path | None,
    caption: Any = None,
    by_deadline: bool = False,
    scope: Scope = (None, None),
) -> None:
    """tasks, or due (by_deadline), with --corpus; caption(n) words the count (default: n tasks)."""
    from ..corpus import views

    with _open(path) as db:
        _narrow(db, scope)
        found = db.tasks(corpus_filter(db, **flt_args), by_deadline=by_deadline)
    if not found:
        nothing(_("no tasks matched"))
    emit(views.tasks(found, caption(len(found)) if caption else None), fmt, output)


def _narrow(db: Corpus, scope: Scope) -> None:
    issuer, levels = scope
    db.narrow(issuer, tuple(levels or ()))


def corpus_search(
    path: Path, text: str, use_regex: bool, context: int, fmt: Any, output: Path | None, scope: Scope = (None, None)
) -> None:
    from ..corpus import views

    with _open(path) as db:
        _narrow(db, scope)
        hits = db.search(text, use_regex=use_regex)
    if not hits:
        nothing(_("no places matched"))
    emit(views.search_hits(hits, context), fmt, output)


def corpus_depts(path: Path, fmt: Any, output: Path | None, scope: Scope = (None, None)) -> None:
    from ..corpus import views

    with _open(path) as db:
        _narrow(db, scope)
        found = db.units()
    if not found:
        nothing(_("no units matched"))
    emit(views.units(found), fmt, output)


def corpus_stats(path: Path, fmt: Any, output: Path | None, scope: Scope = (None, None)) -> None:
    from ..corpus import views

    with _open(path) as db:
        _narrow(db, scope)
        found = db.stats()
    if not found["year"]:
        nothing(_("no tasks matched"))
    emit(views.stats(found), fmt, output)


def corpus_cites(path: Path, target: str | None, chain: bool, fmt: Any, output: Path | None) -> None:
    """Which notices cite a 文号 or title; with chain, the tree of notices implementing it;
    without a target, every document cited, most-cited first."""
    from ..corpus import views
    from ..errors import UsageError

    if chain and not target:
        raise UsageError(_("--chain needs --cited 文号: policy-cli cites --corpus DB --cited 中发〔2016〕32号 --chain"))
    with _open(path) as db:
        if not target:
            everything = db.cited()
            if not everything:
                nothing(_("no notice in {path} cites anything").format(path=path))
            emit(views.cited(everything), fmt, output)
            return
        if chain:
            tree = db.chain(target)
            if len(tree) == 1:
                nothing(_("no notice in {path} cites {target}").format(path=path, target=tree[0]["doc_number"]))
            emit(views.chain(tree), fmt, output)
            return
        found = db.citing(target)
    if not found:
        nothing(_("no notice in {path} cites {target}").format(path=path, target=target))
    emit(views.citers(found, target), fmt, output)
