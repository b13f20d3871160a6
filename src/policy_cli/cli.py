"""The command line. The only module that knows Typer, consoles and exit codes."""

from __future__ import annotations

import enum
import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec

import typer

from . import __version__
from .decode import DEFAULT_MAX_BYTES
from .errors import InputError, ModelError, PolicyError, StrictError, UsageError
from .runtime import Terminated

P = ParamSpec("P")


class ExitCode(enum.IntEnum):
    OK = 0
    NO_MATCH = 1  # a valid query that matched nothing; `diff`: the inputs differ
    USAGE = 2  # bad option or argument, unknown department, bad year
    INPUT = 3  # a notice that cannot be read, decoded or recognised
    MODEL = 4  # a model file that is not ours or is damaged
    STRICT = 5  # --strict and the parse found a warning
    INTERNAL = 70  # a bug in policy-cli (EX_SOFTWARE)
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM


class Format(enum.StrEnum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    yaml = "yaml"
    md = "md"


_APP_SETTINGS: dict[str, Any] = {
    "name": "policy-cli",
    "help": "Turn Chinese government implementation notices (实施意见, 实施方案, 分工方案) into queryable data.",
    "no_args_is_help": True,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,  # plain help: drawing it with Rich costs more than answering a query
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_APP_SETTINGS)
_COMMANDS: dict[str, Callable[..., None]] = {}

ModelOpt = Annotated[
    Path | None,
    typer.Option("--model", "-m", help="Model file to query (default: the bundled notice's model).", readable=False),
]
NoticeOpt = Annotated[
    Path | None,
    typer.Option("--notice", "-n", help="Raw notice to parse on the fly instead of a model.", readable=False),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, tsv in a pipe).", case_sensitive=False
    ),
]


def command(fn: Callable[P, None]) -> Callable[P, None]:
    """Register a command whose PolicyErrors end in one line on stderr and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            fn(*args, **kwargs)
        except PolicyError as exc:
            code = next((c for t, c in _CODES if isinstance(exc, t)), ExitCode.INPUT)
            sys.stderr.write(f"policy-cli: error: {exc}\n")
            raise typer.Exit(int(code)) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None

    app.command()(wrapper)
    _COMMANDS[fn.__name__] = wrapper
    return wrapper


def _note(message: str) -> None:
    sys.stderr.write(f"policy-cli: {message}\n")


def _format(fmt: Format | None) -> str:
    if fmt is not None:
        return fmt.value
    return "table" if sys.stdout.isatty() else "tsv"


def _load(model: Path | None, notice: Path | None) -> Any:
    from . import source

    if model is not None and notice is not None:
        raise UsageError("give --model or --notice, not both")
    if notice is not None:
        parsed = source.parse_file(notice)
        if parsed.decoded.note:
            _note(f"{notice}: {parsed.decoded.note}")
        return parsed.notice
    return source.load(model=model)


def _registry() -> Any:
    from .registry import default_registry

    return default_registry()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _nothing(what: str) -> NoReturn:
    _note(f"no {what} matched")
    raise typer.Exit(int(ExitCode.NO_MATCH))


# ------------------------------------------------------------------ records

TASK_COLUMNS = ["id", "due_year", "due", "group", "subgroup", "path", "departments", "lead", "partners", "text", "line"]
TABLE_TASK_COLUMNS = ["id", "due", "departments", "text"]


def _task_records(tasks: list[Any], fmt: str) -> tuple[list[dict[str, Any]], list[str]]:
    from .store import to_data

    records = [to_data(t) for t in tasks]
    if fmt in ("json", "yaml"):
        return records, list(records[0]) if records else TASK_COLUMNS
    return records, TABLE_TASK_COLUMNS if fmt == "table" else TASK_COLUMNS


def _write_tasks(tasks: list[Any], fmt: Format | None, title: str) -> None:
    from . import render

    chosen = _format(fmt)
    records, columns = _task_records(tasks, chosen)
    render.write(records, columns, chosen, sys.stdout, title=title)


# ------------------------------------------------------------------ commands


@command
def parse(
    notice: Annotated[Path, typer.Argument(help="Raw notice text file.", readable=False)] = Path("data/raw_notice.txt"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the model here (atomically) instead of stdout.", readable=False),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat parse warnings as errors (exit 5).")] = False,
    max_size: Annotated[
        int, typer.Option("--max-size", help="Refuse notices larger than this many bytes.", min=1)
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """Parse a notice into the YAML model.

    Example: policy-cli parse data/raw_notice.txt -o data/tasks.yaml
    """
    from . import source, store
    from .files import write_output

    parsed = source.parse_file(notice, max_bytes=max_size, strict=strict, size_hint="--max-size")
    if parsed.decoded.note:
        _note(f"{notice}: {parsed.decoded.note}")
    if not quiet:
        for w in parsed.notice.warnings:
            _note(f"warning: {notice}:{w.line}: {w.message} [{w.code}]")
    chunks = store.yaml_chunks(parsed.notice)
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
    else:
        write_output(output, (chunk.encode("utf-8") for chunk in chunks), inputs=[notice])
        _note(f"wrote {output}: {len(parsed.notice.tasks)} tasks, {len(parsed.notice.parts)} parts")


@command
def tasks(
    dept: Annotated[
        list[str] | None, typer.Option("--dept", "-d", help="Unit responsible (repeat for any of several).")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="First due in this year.", min=1900, max=2200)
    ] = None,
    until: Annotated[
        int | None, typer.Option("--until", help="Due in this year or earlier.", min=1900, max=2200)
    ] = None,
    keyword: Annotated[
        list[str] | None, typer.Option("--keyword", "-k", help="Text the task must contain (repeat: all must occur).")
    ] = None,
    regex_: Annotated[
        str | None, typer.Option("--regex", "-r", help="Regular expression the task text must match.")
    ] = None,
    group: Annotated[
        int | None, typer.Option("--group", "-g", help="Annex group (大项) or body part number.", min=1)
    ] = None,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """List tasks, filtered by unit, year, keyword, pattern or group (filters combine with AND).

    Example: policy-cli tasks --dept 州安全监管局 --year 2018
    """
    from .query import TaskFilter, filter_tasks, resolve_departments

    loaded = _load(model, notice)
    registry = _registry()
    flt = TaskFilter(
        departments=resolve_departments(dept or [], loaded, registry),
        year=year,
        until=until,
        keywords=tuple(keyword or ()),
        pattern=regex_,
        group=group,
    )
    found = filter_tasks(loaded, flt, registry)
    if not found:
        _nothing("tasks")
    _write_tasks(found, fmt, _count(len(found), "task"))


@command
def due(
    year: Annotated[int, typer.Argument(help="The year the tasks are first due.", min=1900, max=2200)],
    until: Annotated[bool, typer.Option("--until", help="Everything due in YEAR or earlier.")] = False,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Tasks first due in a year (the annex's date is the first completion; the work goes on).

    Example: policy-cli due 2018
    """
    from .query import TaskFilter, filter_tasks

    loaded = _load(model, notice)
    flt = TaskFilter(until=year) if until else TaskFilter(year=year)
    found = filter_tasks(loaded, flt, _registry())
    if not found:
        _nothing("tasks")
    _write_tasks(found, fmt, _count(len(found), "task") + f" due {'by' if until else 'in'} {year}")


@command
def search(
    text: Annotated[str, typer.Argument(help="Text to find (width-insensitive), or a pattern with --regex.")],
    regex_: Annotated[bool, typer.Option("--regex", "-r", help="Treat TEXT as a regular expression.")] = False,
    context: Annotated[int, typer.Option("--context", "-C", help="Characters of context around a match.", min=0)] = 20,
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Find text across the preamble, parts, clauses, items, tasks and notes, with a snippet.

    Example: policy-cli search 隐患
    """
    from . import render
    from .query import search as run_search

    loaded = _load(model, notice)
    if not text:
        raise UsageError("search text is empty")
    hits = run_search(loaded, text, use_regex=regex_)
    if not hits:
        _nothing("places")
    records = []
    for hit in hits:
        start = max(hit.start - context, 0)
        end = min(hit.end + context, len(hit.text))
        snippet = ("…" if start else "") + hit.text[start:end] + ("…" if end < len(hit.text) else "")
        offset = hit.start - start + (1 if start else 0)
        records.append(
            {
                "kind": hit.kind,
                "where": hit.where,
                "line": hit.line or None,
                "snippet": snippet.replace("\n", " "),
                "_span": (offset, offset + hit.end - hit.start),
            }
        )
    render.write(
        records,
        ["kind", "where", "line", "snippet"],
        _format(fmt),
        sys.stdout,
        title=_count(len(hits), "place"),
        highlight="snippet",
    )


@command
def show(
    task_id: Annotated[int, typer.Argument(metavar="ID", help="Task number.")],
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """One task in full: text, units as written and resolved, due date, group and source line.

    Example: policy-cli show 12
    """
    from . import render
    from .numerals import int_to_cn

    loaded = _load(model, notice)
    task = loaded.task(task_id)
    if task is None:
        ids = [t.id for t in loaded.tasks]
        span = f"{min(ids)}–{max(ids)}" if ids else "none"
        raise UsageError(f"no task {task_id} (tasks are numbered {span})")
    registry = _registry()
    group_title, subgroup_title = _group_titles(loaded, task)
    record: dict[str, Any] = {
        "id": task.id,
        "path": task.path,
        "group": f"{task.group} {group_title}".strip() if task.group else None,
        "subgroup": f"{task.subgroup} {subgroup_title}".strip() if task.subgroup else None,
        "text": task.text,
        "departments_raw": task.departments_raw,
        "departments": list(task.departments),
        "resolved": [registry.canonical(d) for d in task.departments],
        "lead": list(task.lead),
        "partners": list(task.partners),
        "leaders": list(task.leaders),
        "due": task.due,
        "due_year": task.due_year,
        "line": task.line,
    }
    clause = _linked_clause(loaded, task)
    if clause is not None:
        part_number, found = clause
        record["implements"] = f"{int_to_cn(part_number)}/（{int_to_cn(found.number)}）{found.title}"
        record["clause_text"] = found.text
        record["clause_line"] = found.line
    render.write_mapping(record, _format(fmt), sys.stdout, title=f"task {task.id}")


def _linked_clause(loaded: Any, task: Any) -> tuple[int, Any] | None:
    """The body clause an annex task's sub-group implements (or a body task's own clause)."""
    if task.source == "annex" and loaded.annex:
        subs = {s.number: s for g in loaded.annex.groups for s in g.subgroups}
        sub = subs.get(task.subgroup)
        key = (sub.part, sub.clause) if sub else None
    else:
        key = (task.group, task.subgroup)
    for part in loaded.parts:
        for clause in part.clauses:
            if key == (part.number, clause.number):
                return part.number, clause
    return None


def _group_titles(loaded: Any, task: Any) -> tuple[str, str]:
    if task.source == "annex" and loaded.annex:
        groups = {g.number: g for g in loaded.annex.groups}
        group = groups.get(task.group)
        subs = {s.number: s.title for g in loaded.annex.groups for s in g.subgroups}
        return (group.title if group else "", subs.get(task.subgroup, ""))
    parts = {p.number: p.title for p in loaded.parts}
    clauses = {c.number: c.title for c in loaded.clauses()}
    return parts.get(task.group, ""), clauses.get(task.subgroup, "")


@command
def depts(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Every responsible unit with its number of tasks, due years and the spellings seen.

    Example: policy-cli depts --format csv
    """
    from . import render
    from .query import unit_summaries

    summaries = unit_summaries(_load(model, notice), _registry())
    if not summaries:
        _nothing("units")
    records = [
        {
            "unit": s.name,
            "kind": s.kind,
            "tasks": len(s.tasks),
            "years": " ".join(f"{y}:{n}" for y, n in sorted(s.years.items())),
            "lead": s.roles["lead"],
            "spellings": sorted(s.spellings),
            "task_ids": " ".join(map(str, sorted(s.tasks))),
        }
        for s in summaries
    ]
    chosen = _format(fmt)
    columns = ["unit", "kind", "tasks", "lead", "years", "spellings"]
    if chosen != "table":
        columns.append("task_ids")
    render.write(records, columns, chosen, sys.stdout, title=_count(len(records), "unit"))


@command
def stats(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """Tasks per due year and per group, with a bar chart on a terminal.

    Example: policy-cli stats
    """
    from . import render
    from .query import tasks_by_group, tasks_by_year

    loaded = _load(model, notice)
    if not loaded.tasks:
        _nothing("tasks")
    by_year = tasks_by_year(loaded)
    by_group = tasks_by_group(loaded)
    chosen = _format(fmt)
    year_rows: list[dict[str, Any]] = [
        {"dimension": "year", "key": y if y is not None else "none", "label": "", "tasks": n} for y, n in by_year
    ]
    group_rows: list[dict[str, Any]] = [
        {"dimension": "group", "key": g if g is not None else "none", "label": t, "tasks": n} for g, t, n in by_group
    ]
    if chosen == "table":
        for rows, title in ((year_rows, "tasks per due year"), (group_rows, "tasks per group")):
            most = max(r["tasks"] for r in rows)
            for r in rows:
                r["bar"] = render.bar(r["tasks"], most)
            render.write(
                rows,
                ["key", "label", "tasks", "bar"] if title.endswith("group") else ["key", "tasks", "bar"],
                chosen,
                sys.stdout,
                title=title,
            )
        return
    render.write(year_rows + group_rows, ["dimension", "key", "label", "tasks"], chosen, sys.stdout)


@command
def outline(
    model: ModelOpt = None,
    notice: NoticeOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """The tree of parts, clauses and annex groups.

    Example: policy-cli outline --format md
    """
    from . import render
    from .numerals import int_to_cn

    loaded = _load(model, notice)
    rows: list[dict[str, Any]] = []
    for part in loaded.parts:
        rows.append(
            {"level": 1, "kind": "part", "label": f"{int_to_cn(part.number)}、", "title": part.title, "line": part.line}
        )
        for clause in part.clauses:
            rows.append(
                {
                    "level": 2,
                    "kind": "clause",
                    "label": f"（{int_to_cn(clause.number)}）",
                    "title": clause.title,
                    "line": clause.line,
                }
            )
    if loaded.annex:
        rows.append(
            {"level": 1, "kind": "annex", "label": "附件", "title": loaded.annex.title or "", "line": loaded.annex.line}
        )
        for group in loaded.annex.groups:
            rows.append(
                {
                    "level": 2,
                    "kind": "group",
                    "label": f"{int_to_cn(group.number)}、",
                    "title": group.title,
                    "line": group.line,
                }
            )
            for sub in group.subgroups:
                rows.append(
                    {
                        "level": 3,
                        "kind": "subgroup",
                        "label": f"（{int_to_cn(sub.number)}）",
                        "title": sub.title,
                        "line": sub.line,
                    }
                )
    if not rows:
        _nothing("parts")
    chosen = _format(fmt)
    if chosen == "table":
        _print_tree(rows, loaded.metadata.title or "notice")
        return
    render.write(rows, ["level", "kind", "label", "title", "line"], chosen, sys.stdout)


def _print_tree(rows: list[dict[str, Any]], title: str) -> None:
    from rich.console import Console
    from rich.tree import Tree

    root = Tree(title)
    stack: list[Any] = [root]
    for r in rows:
        del stack[r["level"] :]
        node = stack[-1].add(f"{r['label']}{r['title']}  [dim]L{r['line']}[/dim]")
        stack.append(node)
    Console().print(root)


InputArg = Annotated[
    Path | None,
    typer.Argument(
        help="A model file or a raw notice (default: the bundled model).", readable=False, show_default=False
    ),
]


def _load_any(path: Path | None) -> Any:
    from . import source

    return source.load_any(path) if path is not None else source.load()


@command
def check(
    path: InputArg = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when anything is found.")] = False,
    fmt: FormatOpt = None,
) -> None:
    """Report where a notice is inconsistent: numbering, unknown or variant unit names, annex titles.

    Each finding has a stable code, a severity, the source line and a suggestion.
    Exit 0 with findings (1 under --strict when there are any).

    Example: policy-cli check data/raw_notice.txt --format json
    """
    from . import render
    from .check import check as run_check

    findings = run_check(_load_any(path), _registry())
    records = [f._asdict() for f in findings]
    columns = ["code", "severity", "line", "message", "suggestion"]
    if records:
        render.write(records, columns, _format(fmt), sys.stdout, title=_count(len(records), "finding"))
    else:
        _note("no findings")
    if strict and findings:
        raise typer.Exit(int(ExitCode.NO_MATCH))


@command
def cites(
    path: InputArg = None,
    fmt: FormatOpt = None,
) -> None:
    """Every 文号 and 《》 title the notice cites, normalised, with the places it occurs.

    Example: policy-cli cites --format json
    """
    from . import render
    from .cites import citations

    found = citations(_load_any(path))
    if not found:
        _nothing("citations")
    records = [
        {
            "kind": c.kind,
            "citation": c.key,
            "written": c.spellings,
            "count": len(c.places),
            "places": [f"{where}:{line}" if line else where for where, line in c.places],
        }
        for c in found
    ]
    render.write(
        records,
        ["kind", "citation", "count", "places", "written"],
        _format(fmt),
        sys.stdout,
        title=_count(len(records), "citation"),
    )


@command
def diff(
    old: Annotated[Path, typer.Argument(help="The older model or raw notice.", readable=False)],
    new: Annotated[Path, typer.Argument(help="The newer model or raw notice.", readable=False)],
    fmt: FormatOpt = None,
) -> None:
    """What changed between two versions of a notice: tasks, clauses, notes and metadata, field by field.

    Exit 0 when they say the same, 1 when they differ (as diff(1) does).

    Example: policy-cli diff old/tasks.yaml data/raw_notice.txt
    """
    from . import render
    from .diff import diff as run_diff

    changes = run_diff(_load_any(old), _load_any(new))
    if not changes:
        _note("no differences")
        return
    chosen = _format(fmt)
    records = [_change_record(c, chosen) for c in changes]
    columns = ["kind", "key", "change", "field", "detail"]
    if chosen in ("json", "yaml"):
        columns = ["kind", "key", "change", "field", "old", "new", "removed", "added"]
    render.write(records, columns, chosen, sys.stdout, title=_count(len(records), "change"), highlight="detail")
    raise typer.Exit(int(ExitCode.NO_MATCH))


def _change_record(change: Any, fmt: str) -> dict[str, Any]:
    from .diff import inline_text_delta, list_delta, text_delta

    record: dict[str, Any] = change._asdict()
    old, new = change.old, change.new
    if isinstance(old, list) and isinstance(new, list):
        removed, added = list_delta(old, new)
        record.update(removed=removed, added=added)
        record["detail"] = " ".join([*(f"-{x}" for x in removed), *(f"+{x}" for x in added)])
    elif isinstance(old, str) and isinstance(new, str):
        record["detail"] = inline_text_delta(old, new).replace("\n", " ")
        if fmt == "table":
            record["_runs"] = text_delta(old.replace("\n", " "), new.replace("\n", " "))
    elif change.change == "changed":
        record["detail"] = f"{old} -> {new}"
    else:
        record["detail"] = old if change.change == "removed" else new
    return record


# ------------------------------------------------------------------ entry point


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"policy-cli {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", "-V", help="Print the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Turn Chinese government implementation notices into queryable data."""


_CODES: list[tuple[type[PolicyError], ExitCode]] = [
    (StrictError, ExitCode.STRICT),
    (UsageError, ExitCode.USAGE),
    (ModelError, ExitCode.MODEL),
    (InputError, ExitCode.INPUT),
]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    from .runtime import guarded

    with guarded():
        return _main(sys.argv[1:] if argv is None else argv)


def _main(args: list[str]) -> int:
    try:
        _app_for(args)(args=args, prog_name="policy-cli")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except (KeyboardInterrupt, Terminated) as exc:
        stop = exc if isinstance(exc, Terminated) else Terminated(signal.SIGINT)
        sys.stderr.write(f"policy-cli: {stop.message}\n")
        return stop.exit_code
    except BrokenPipeError:
        _silence_stdout()
    except Exception as exc:  # a bug: say so in one line, keep the traceback for those who ask
        if os.environ.get("POLICY_CLI_DEBUG"):
            raise
        sys.stderr.write(
            f"policy-cli: internal error: {type(exc).__name__}: {exc} "
            "(a bug; run again with POLICY_CLI_DEBUG=1 for the traceback)\n"
        )
        return ExitCode.INTERNAL
    return ExitCode.OK


def _app_for(args: list[str]) -> typer.Typer:
    """The app to run: for a plain `policy-cli COMMAND ...`, one holding only that command.

    Typer builds every registered command's parameters before running one;
    building just the one asked for saves that time on every call from a script.
    """
    command = _COMMANDS.get(args[0]) if args else None
    if command is None or any(k.endswith("_COMPLETE") for k in os.environ):
        return app
    single = typer.Typer(**_APP_SETTINGS)
    single.callback()(_root)
    single.command()(command)
    return single


def _silence_stdout() -> None:
    """The reader went away (`| head`): stop quietly, and keep Python from failing to flush at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run() -> None:
    sys.exit(main())
