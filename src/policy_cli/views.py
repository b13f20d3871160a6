"""Model objects -> views: the records a command shows and the columns each format shows.

A view decides what is shown; render.py decides how. Record keys are stable English
names (the keys of json, yaml and tsv in every language); a key starting with "_"
carries rendering hints (a span to highlight, runs of a text diff) and is never printed.
Titles and captions are for people and come in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .i18n import _, n_

if TYPE_CHECKING:
    from .check import Finding
    from .cites import Citation
    from .diff import Change
    from .models import Notice, Task
    from .query import Hit, UnitSummary
    from .registry import Registry

Record = dict[str, Any]

ROWS, RECORD, TREE, BARS = "rows", "record", "tree", "bars"


class View(NamedTuple):
    """What a command shows, whatever the format.

    (A NamedTuple: a frozen dataclass would compile its methods at every start of the program.)
    """

    records: Sequence[Record]
    columns: Sequence[str]  # tsv, csv, md (and table and json/yaml unless given below)
    shape: str = ROWS  # rows | record (one object) | tree (records with a level) | bars (counts per dimension)
    table_columns: Sequence[str] | None = None  # the terminal table's columns
    data_columns: Sequence[str] | None = None  # json and yaml keys
    title: str = ""  # above a table or tree
    caption: str = ""  # below a table: how many there are
    highlight: str | None = None  # the column whose value carries _spans or _runs
    data_records: Sequence[Record] | None = None  # json and yaml rows, when typed values differ from the text ones

    def columns_for(self, fmt: str) -> Sequence[str]:
        if fmt == "table" and self.table_columns is not None:
            return self.table_columns
        if fmt in ("json", "yaml") and self.data_columns is not None:
            return self.data_columns
        return self.columns


# ------------------------------------------------------------------ tasks

TASK_COLUMNS = (
    "id",
    "due_year",
    "due",
    "group",
    "subgroup",
    "path",
    "departments",
    "lead",
    "partners",
    "text",
    "line",
    "due_date",
)
TASK_TABLE_COLUMNS = ("id", "due", "departments", "text")


def tasks(
    found: Sequence[Task], caption: str | None = None, marks: Callable[[str], list[tuple[int, int]]] | None = None
) -> View:
    """A list of tasks; marks(text) gives the spans to highlight in each text (keywords, patterns)."""
    from .store import to_data

    records = [to_data(t) for t in found]
    if marks is not None:
        for record in records:
            record["_spans"] = marks(record["text"])
    return View(
        records,
        TASK_COLUMNS,
        table_columns=TASK_TABLE_COLUMNS,
        data_columns=[k for k in records[0] if not k.startswith("_")] if records else TASK_COLUMNS,
        caption=caption if caption is not None else count_tasks(len(found)),
        highlight="text" if marks is not None else None,
    )


def count_tasks(n: int) -> str:
    return n_("{n} task", "{n} tasks", n).format(n=n)


def due_caption(n: int, years: Sequence[int | str], until: int | None) -> str:
    if years:
        text = n_("{n} task due in {years}", "{n} tasks due in {years}", n).format(
            n=n, years=", ".join(map(str, years))
        )
        return text if until is None else text + _(" (by {year})").format(year=until)
    return n_("{n} task due by {year}", "{n} tasks due by {year}", n).format(n=n, year=until)


# ------------------------------------------------------------------ search


def search_hits(hits: Sequence[Hit], context: int) -> View:
    records = []
    for hit in hits:
        start = max(hit.start - context, 0)
        end = min(hit.end + context, len(hit.text))
        snippet = ("…" if start else "") + hit.text[start:end] + ("…" if end < len(hit.text) else "")
        shift = (1 if start else 0) - start
        spans = [(a + shift, b + shift) for a, b in hit.spans if a >= start and b <= end]
        records.append(
            {
                "kind": hit.kind,
                "where": hit.where,
                "line": hit.line or None,
                "snippet": snippet.replace("\n", " "),
                "_spans": spans,
            }
        )
    n = len(hits)
    return View(
        records,
        ("kind", "where", "line", "snippet"),
        caption=n_("{n} place", "{n} places", n).format(n=n),
        highlight="snippet",
    )


# ------------------------------------------------------------------ one task


def task(notice: Notice, found: Task, registry: Registry) -> View:
    from .numerals import int_to_cn
    from .query import group_titles, linked_clause

    group_title, subgroup_title = group_titles(notice, found)
    record: Record = {
        "id": found.id,
        "path": found.path,
        "group": f"{found.group} {group_title}".strip() if found.group else None,
        "subgroup": f"{found.subgroup} {subgroup_title}".strip() if found.subgroup else None,
        "text": found.text,
        "departments_raw": found.departments_raw,
        "departments": list(found.departments),
        "resolved": [registry.canonical(d) for d in found.departments],
        "lead": list(found.lead),
        "partners": list(found.partners),
        "leaders": list(found.leaders),
        "due": found.due,
        "due_year": found.due_year,
        "due_date": found.due_date,
        "due_from": found.due_from,
        "due_kind": found.due_kind,
        "line": found.line,
    }
    clause = linked_clause(notice, found)
    if clause is not None:
        part_number, body = clause
        record["implements"] = f"{int_to_cn(part_number)}/（{int_to_cn(body.number)}）{body.title}"
        record["clause_text"] = body.text
        record["clause_line"] = body.line
    return View([record], list(record), shape=RECORD, title=_("task {id}").format(id=found.id))


# ------------------------------------------------------------------ units and counts


def units(summaries: Sequence[UnitSummary]) -> View:
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
    columns = ("unit", "kind", "tasks", "lead", "years", "spellings")
    n = len(records)
    return View(
        records,
        (*columns, "task_ids"),
        table_columns=columns,
        caption=n_("{n} unit", "{n} units", n).format(n=n),
        data_records=[
            {**r, "years": year_counts(s.years), "task_ids": sorted(s.tasks)}
            for r, s in zip(records, summaries, strict=True)
        ],
    )


def year_counts(years: dict[int, int]) -> list[Record]:
    """Tasks per due year for json and yaml: [{"year": 2017, "tasks": 21}, ...] (text shows 2017:21)."""
    return [{"year": y, "tasks": n} for y, n in sorted(years.items())]


def stats(by_year: Iterable[tuple[int | None, int]], by_group: Iterable[tuple[int | None, str, int]]) -> View:
    """Counts per due year and per group; a terminal shows each dimension as bars."""
    records: list[Record] = [
        {"dimension": "year", "key": y if y is not None else "none", "label": "", "tasks": n} for y, n in by_year
    ]
    records += [
        {"dimension": "group", "key": g if g is not None else "none", "label": t, "tasks": n} for g, t, n in by_group
    ]
    return View(records, ("dimension", "key", "label", "tasks"), shape=BARS, data_records=no_none_keys(records))


def no_none_keys(records: Sequence[Record]) -> list[Record]:
    """Counts for json and yaml: a key is a number or null, never the text "none" tsv shows."""
    return [{**r, "key": None if r["key"] == "none" else r["key"]} for r in records]


def bar_title(dimension: str) -> str:
    return {"year": _("tasks per due year"), "group": _("tasks per group")}.get(dimension, dimension)


# ------------------------------------------------------------------ outline


def outline(notice: Notice) -> View:
    from .numerals import int_to_cn

    rows: list[Record] = []

    def add(level: int, kind: str, label: str, title: str, line: int) -> None:
        rows.append({"level": level, "kind": kind, "label": label, "title": title, "line": line})

    for part in notice.parts:
        add(1, "part", f"{int_to_cn(part.number)}、", part.title, part.line)
        for clause in part.clauses:
            add(2, "clause", f"（{int_to_cn(clause.number)}）", clause.title, clause.line)
    if notice.annex:
        add(1, "annex", "附件", notice.annex.title or "", notice.annex.line)
        for group in notice.annex.groups:
            add(2, "group", f"{int_to_cn(group.number)}、", group.title, group.line)
            for sub in group.subgroups:
                add(3, "subgroup", f"（{int_to_cn(sub.number)}）", sub.title, sub.line)
    return View(
        rows, ("level", "kind", "label", "title", "line"), shape=TREE, title=notice.metadata.title or _("notice")
    )


# ------------------------------------------------------------------ review


def findings(found: Sequence[Finding]) -> View:
    n = len(found)
    return View(
        [f._asdict() for f in found],
        ("code", "severity", "line", "message", "suggestion"),
        caption=n_("{n} finding", "{n} findings", n).format(n=n),
    )


def citations(found: Sequence[Citation]) -> View:
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
    n = len(records)
    return View(
        records,
        ("kind", "citation", "count", "places", "written"),
        caption=n_("{n} citation", "{n} citations", n).format(n=n),
    )


def changes(found: Sequence[Change]) -> View:
    from .diff import describe

    records = [describe(c) for c in found]
    n = len(records)
    return View(
        records,
        ("kind", "key", "change", "field", "detail"),
        data_columns=("kind", "key", "change", "field", "old", "new", "removed", "added"),
        caption=n_("{n} change", "{n} changes", n).format(n=n),
        highlight="detail",
    )
