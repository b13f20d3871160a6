"""Queries over one notice: tasks, due, search, show, depts, stats, outline."""

# No `from __future__ import annotations` here: Typer reads the commands' annotations, and
# as strings each would be compiled again at every start of the program.
import re
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer

from ..i18n import _
from .core import command, nothing
from .options import (
    MAX_SIZE,
    CorpusOpt,
    FormatOpt,
    IssuerOpt,
    LevelOpt,
    MaxSizeOpt,
    ModelOpt,
    NoticeOpt,
    OutputOpt,
    emit,
    load,
    not_with_corpus,
    registry,
    scope_needs_corpus,
)

if TYPE_CHECKING:
    from ..models import Notice
    from ..query import TaskFilter
    from ..registry import Registry


class _Year(click.IntRange):
    """A year, 1900-2200; a month or other text is refused with a hint to --month."""

    name = "year"

    def convert(self, value: Any, param: "click.Parameter | None", ctx: "click.Context | None") -> Any:
        if isinstance(value, str) and not value.strip().lstrip("+-").isdigit():
            text = value.strip()
            month = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?", text)
            hint = (
                _("for a month use --month {month}").format(month=f"{month[1]}-{int(month[2]):02d}")
                if month
                else _("give a year as 2025, a month with --month 2025-06")
            )
            self.fail(_("{value!r} is not a year; {hint}").format(value=value, hint=hint), param, ctx)
        return super().convert(value, param, ctx)


YEAR: dict[str, Any] = {"click_type": _Year(1900, 2200)}

# The filters `tasks` and `due` share: values of one filter mean any of them; filters combine with AND.
DeptOpt = Annotated[
    list[str] | None, typer.Option("--dept", "-d", help=_("Unit named in the task (repeat: any of them)."))
]
LeadOpt = Annotated[list[str] | None, typer.Option("--lead", help=_("Unit that leads the task (repeat: any of them)."))]
YearOpt = Annotated[
    list[int] | None, typer.Option("--year", "-y", help=_("First due in this year (repeat: any)."), **YEAR)
]
UntilOpt = Annotated[int | None, typer.Option("--until", help=_("Due in this year or earlier."), **YEAR)]
MonthOpt = Annotated[
    list[str] | None,
    typer.Option("--month", "-M", help=_("Deadline ends in this month, as 2019-06 (repeat: any)."), show_default=False),
]
ByDeadlineOpt = Annotated[
    bool, typer.Option("--by-deadline", help=_("List in the order the deadlines end (none last), not by number."))
]
KeywordOpt = Annotated[
    list[str] | None,
    typer.Option("--keyword", "-k", help=_("Text the task contains (repeat: any; see --all-keywords).")),
]
AllKeywordsOpt = Annotated[bool, typer.Option("--all-keywords", help=_("Every --keyword must occur, not any."))]
RegexOpt = Annotated[
    list[str] | None, typer.Option("--regex", "-r", help=_("Regular expression the text matches (repeat: any)."))
]
GroupOpt = Annotated[
    list[int] | None, typer.Option("--group", "-g", help=_("Annex group (大项) or body part (repeat: any)."), min=1)
]


def _filter(
    loaded: "Notice",
    units: "Registry",
    dept: list[str] | None,
    lead: list[str] | None,
    year: list[int] | None,
    until: int | None,
    keyword: list[str] | None,
    all_keywords: bool,
    regex_: list[str] | None,
    group: list[int] | None,
    month: list[str] | None = None,
) -> "TaskFilter":
    from ..query import TaskFilter, month_key, resolve_departments

    return TaskFilter(
        departments=resolve_departments(dept or [], loaded, units),
        leads=resolve_departments(lead or [], loaded, units),
        years=tuple(year or ()),
        until=until,
        months=tuple(month_key(m) for m in month or ()),
        keywords=tuple(keyword or ()),
        all_keywords=all_keywords,
        patterns=tuple(regex_ or ()),
        groups=tuple(group or ()),
    )


def _corpus_filters(
    dept: list[str] | None,
    lead: list[str] | None,
    year: list[int] | None,
    until: int | None,
    keyword: list[str] | None,
    all_keywords: bool,
    regex_: list[str] | None,
    group: list[int] | None,
    month: list[str] | None = None,
) -> dict[str, Any]:
    from ..query import month_key

    return {
        "dept": dept,
        "lead": lead,
        "years": tuple(year or ()),
        "until": until,
        "months": tuple(month_key(m) for m in month or ()),
        "keywords": tuple(keyword or ()),
        "all_keywords": all_keywords,
        "patterns": tuple(regex_ or ()),
        "groups": tuple(group or ()),
    }


@command
def tasks(
    dept: DeptOpt = None,
    lead: LeadOpt = None,
    year: YearOpt = None,
    until: UntilOpt = None,
    month: MonthOpt = None,
    keyword: KeywordOpt = None,
    all_keywords: AllKeywordsOpt = False,
    regex_: RegexOpt = None,
    group: GroupOpt = None,
    sort_by_deadline: ByDeadlineOpt = False,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    issuer: IssuerOpt = None,
    level: LevelOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """List tasks, filtered by unit, year, month, keyword, pattern or group (filters combine with AND).

    Example: policy-cli tasks --dept 州安全监管局 --year 2018
    """
    from .. import views
    from ..query import by_deadline, filter_tasks, match_spans

    scope_needs_corpus(corpus, issuer, level)
    if corpus is not None:
        not_with_corpus(model, notice)
        from .corpus import corpus_tasks

        filters = _corpus_filters(dept, lead, year, until, keyword, all_keywords, regex_, group, month)
        return corpus_tasks(corpus, filters, fmt, output, by_deadline=sort_by_deadline, scope=(issuer, level))

    loaded, units = load(model, notice, max_size), registry()
    flt = _filter(loaded, units, dept, lead, year, until, keyword, all_keywords, regex_, group, month)
    found = filter_tasks(loaded, flt, units)
    if sort_by_deadline:
        found = by_deadline(found)
    if not found:
        nothing(_("no tasks matched"))
    marks = (lambda text: match_spans(flt, text)) if flt.keywords or flt.patterns else None
    emit(views.tasks(found, marks=marks), fmt, output)


@command
def due(
    years: Annotated[
        list[int] | None, typer.Argument(metavar="[YEAR]...", help=_("Years the tasks are first due in."), **YEAR)
    ] = None,
    until: UntilOpt = None,
    month: MonthOpt = None,
    dept: DeptOpt = None,
    lead: LeadOpt = None,
    keyword: KeywordOpt = None,
    all_keywords: AllKeywordsOpt = False,
    regex_: RegexOpt = None,
    group: GroupOpt = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    issuer: IssuerOpt = None,
    level: LevelOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Tasks first due in a year, or by a year with --until, in deadline order (the work goes on after it).

    Takes the same filters as tasks.

    Example: policy-cli due 2018 --dept 州安全监管局
    """
    from .. import views
    from ..errors import UsageError
    from ..query import by_deadline, filter_tasks, match_spans

    if not years and until is None and not month:
        raise UsageError(_("give a YEAR, --until YEAR or --month YEAR-MONTH"))

    def caption(n: int) -> str:
        return views.due_caption(n, [*(years or []), *(month or [])], until)

    scope_needs_corpus(corpus, issuer, level)
    if corpus is not None:
        not_with_corpus(model, notice)
        from .corpus import corpus_tasks

        filters = _corpus_filters(dept, lead, years, until, keyword, all_keywords, regex_, group, month)
        return corpus_tasks(corpus, filters, fmt, output, caption, by_deadline=True, scope=(issuer, level))
    loaded, units = load(model, notice, max_size), registry()
    flt = _filter(loaded, units, dept, lead, years, until, keyword, all_keywords, regex_, group, month)
    found = by_deadline(filter_tasks(loaded, flt, units))
    if not found:
        nothing(_("no tasks matched"))
    marks = (lambda text: match_spans(flt, text)) if flt.keywords or flt.patterns else None
    emit(views.tasks(found, caption(len(found)), marks), fmt, output)


@command
def search(
    text: Annotated[str, typer.Argument(help=_("Text to find (width-insensitive), or a pattern with --regex."))],
    regex_: Annotated[bool, typer.Option("--regex", "-r", help=_("Treat TEXT as a regular expression."))] = False,
    context: Annotated[
        int, typer.Option("--context", "-C", help=_("Characters of context around a match."), min=0)
    ] = 20,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    issuer: IssuerOpt = None,
    level: LevelOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Find text across the preamble, parts, clauses, items, tasks and notes, with a snippet.

    Example: policy-cli search 隐患
    """
    from .. import views
    from ..errors import UsageError
    from ..query import search as run_search

    if not text:
        raise UsageError(_("search text is empty"))
    scope_needs_corpus(corpus, issuer, level)
    if corpus is not None:
        not_with_corpus(model, notice)
        from .corpus import corpus_search

        return corpus_search(corpus, text, regex_, context, fmt, output, scope=(issuer, level))
    hits = run_search(load(model, notice, max_size), text, use_regex=regex_)
    if not hits:
        nothing(_("no places matched"))
    emit(views.search_hits(hits, context), fmt, output)


@command
def show(
    task_id: Annotated[int, typer.Argument(metavar="ID", help=_("Task number."))],
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """One task in full: text, units as written and resolved, due date, group and source line.

    Example: policy-cli show 12
    """
    from .. import views
    from ..errors import UsageError

    loaded = load(model, notice, max_size)
    task = loaded.task(task_id)
    if task is None:
        ids = [t.id for t in loaded.tasks]
        span = f"{min(ids)}–{max(ids)}" if ids else _("none")
        raise UsageError(_("no task {task} (tasks are numbered {span})").format(task=task_id, span=span))
    emit(views.task(loaded, task, registry()), fmt, output)


@command
def depts(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    issuer: IssuerOpt = None,
    level: LevelOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Every responsible unit with its number of tasks, due years and the spellings seen.

    Example: policy-cli depts --format csv
    """
    from .. import views
    from ..query import unit_summaries

    scope_needs_corpus(corpus, issuer, level)
    if corpus is not None:
        not_with_corpus(model, notice)
        from .corpus import corpus_depts

        return corpus_depts(corpus, fmt, output, scope=(issuer, level))
    summaries = unit_summaries(load(model, notice, max_size), registry())
    if not summaries:
        nothing(_("no units matched"))
    emit(views.units(summaries), fmt, output)


@command
def stats(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    corpus: CorpusOpt = None,
    issuer: IssuerOpt = None,
    level: LevelOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Tasks per due year and per group, with a bar chart on a terminal.

    Example: policy-cli stats
    """
    from .. import views
    from ..query import tasks_by_group, tasks_by_year

    scope_needs_corpus(corpus, issuer, level)
    if corpus is not None:
        not_with_corpus(model, notice)
        from .corpus import corpus_stats

        return corpus_stats(corpus, fmt, output, scope=(issuer, level))
    loaded = load(model, notice, max_size)
    if not loaded.tasks:
        nothing(_("no tasks matched"))
    emit(views.stats(tasks_by_year(loaded), tasks_by_group(loaded)), fmt, output)


@command
def outline(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    max_size: MaxSizeOpt = MAX_SIZE,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """The tree of parts, clauses and annex groups.

    Example: policy-cli outline --format md
    """
    from .. import views

    view = views.outline(load(model, notice, max_size))
    if not view.records:
        nothing(_("no parts matched"))
    emit(view, fmt, output)
