"""Pure queries over a model. They return model objects and plain records, never text to print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .decode import fold
from .errors import UsageError
from .models import Item, Notice, Task
from .registry import Registry


class TaskFilter(NamedTuple):
    departments: tuple[str, ...] = ()  # canonical names; any of them matches
    year: int | None = None  # first due in this year
    until: int | None = None  # due in this year or before
    keywords: tuple[str, ...] = ()  # all must occur in the text
    pattern: str | None = None  # a regular expression over the text
    group: int | None = None


def resolve_departments(names: list[str], notice: Notice, registry: Registry) -> tuple[str, ...]:
    """The notice's canonical units each typed name means (公安局 finds 县公安局); a name that
    is no unit of the notice and no name the registry can read is a usage error with suggestions."""
    seen = {registry.canonical(d) for t in notice.tasks for d in t.departments}
    out: list[str] = []
    for name in names:
        found = registry.matching(name, seen)
        if not found and registry.resolve(name) is None:
            hints = registry.suggest(name, seen)
            hint = f"; did you mean {' or '.join(hints)}?" if hints else "; 'policy-cli depts' lists the units"
            raise UsageError(f"unknown department {name!r}{hint}")
        out.extend(sorted(found) or [registry.canonical(name)])
    return tuple(dict.fromkeys(out))


def compile_pattern(pattern: str) -> Any:
    import regex  # only when a pattern is asked for: it costs a few ms to import

    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise UsageError(f"invalid regular expression {pattern!r}: {exc}") from None


def filter_tasks(notice: Notice, flt: TaskFilter, registry: Registry) -> list[Task]:
    """Tasks matching every given filter (departments: any of them), in task-id order."""
    compiled = compile_pattern(flt.pattern) if flt.pattern else None
    wanted = set(flt.departments)
    keywords = [fold(k) for k in flt.keywords]
    out = []
    for task in notice.tasks:
        if wanted and not wanted & {registry.canonical(d) for d in task.departments}:
            continue
        if flt.year is not None and task.due_year != flt.year:
            continue
        if flt.until is not None and (task.due_year is None or task.due_year > flt.until):
            continue
        text = fold(task.text)
        if any(k not in text for k in keywords):
            continue
        if compiled and not compiled.search(task.text):
            continue
        if flt.group is not None and task.group != flt.group:
            continue
        out.append(task)
    return sorted(out, key=lambda t: t.id)


class Hit(NamedTuple):
    kind: str  # clause | task | note | preamble | closing
    where: str  # 二/（三）, task 12, note 2
    line: int
    text: str
    start: int  # the match within text
    end: int


def search(notice: Notice, needle: str, use_regex: bool = False) -> list[Hit]:
    """Every place the text (or pattern) occurs, first match of each block, in document order."""
    compiled = compile_pattern(needle) if use_regex else None
    folded_needle = fold(needle)

    def find(text: str) -> tuple[int, int] | None:
        if compiled:
            m = compiled.search(text)
            return (m.start(), m.end()) if m else None
        at = fold(text).find(folded_needle)
        return (at, at + len(needle)) if at >= 0 and needle else None

    hits = []
    for block in text_blocks(notice):
        span = find(block.text)
        if span:
            where = f"{block.key} {block.title}" if block.title else block.key
            if block.kind in ("task", "note"):
                where = f"{block.kind} {block.key}"
            hits.append(Hit(block.kind, where or block.kind, block.line, block.text, *span))
    return hits


class Block(NamedTuple):
    """A piece of the notice's own text, with where it stands."""

    kind: str  # preamble | part | item | clause | closing | task | note
    key: str  # part 1, clause 2/3, item 2/3/1, task and note numbers; "" for preamble and closing
    title: str
    line: int  # 0 where the model keeps no line (preamble, closing)
    text: str


def text_blocks(notice: Notice) -> Iterator[Block]:
    """Every block of the notice's text in document order: the walk search and citations share."""
    if notice.preamble:
        yield Block("preamble", "", "", 0, notice.preamble)
    for part in notice.parts:
        if part.text:
            yield Block("part", str(part.number), part.title, part.line, part.text)
        yield from _item_blocks(part.items, str(part.number))
        for clause in part.clauses:
            key = f"{part.number}/{clause.number}"
            yield Block("clause", key, clause.title, clause.line, clause.text)
            yield from _item_blocks(clause.items, key)
    if notice.closing:
        yield Block("closing", "", "", 0, notice.closing)
    for task in notice.tasks:
        yield Block("task", str(task.id), "", task.line, task.text)
    for note in notice.notes:
        yield Block("note", str(note.number), "", note.line, note.text)


def _item_blocks(items: tuple[Item, ...], key: str) -> Iterator[Block]:
    for item in items:
        path = f"{key}/{item.label}"
        yield Block("item", path, "", item.line, item.text)
        yield from _item_blocks(item.items, path)


@dataclass
class UnitSummary:
    name: str
    kind: str | None
    tasks: list[int] = field(default_factory=list)
    years: Counter[int] = field(default_factory=Counter)
    spellings: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)


def unit_summaries(notice: Notice, registry: Registry) -> list[UnitSummary]:
    """Each unit with its tasks, due years and spellings, most tasks first, then by name."""
    units: dict[str, UnitSummary] = {}
    for task in notice.tasks:
        for name in task.departments:
            canonical = registry.canonical(name)
            summary = units.setdefault(canonical, UnitSummary(canonical, registry.kind(canonical)))
            if task.id not in summary.tasks:
                summary.tasks.append(task.id)
                if task.due_year is not None:
                    summary.years[task.due_year] += 1
            summary.spellings[name] += 1
            role = "lead" if name in task.lead else "partner" if name in task.partners else "listed"
            summary.roles[role] += 1
    return sorted(units.values(), key=lambda u: (-len(u.tasks), u.name))


def tasks_by_year(notice: Notice) -> list[tuple[int | None, int]]:
    counts = Counter(t.due_year for t in notice.tasks)
    return sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))


def tasks_by_group(notice: Notice) -> list[tuple[int | None, str, int]]:
    titles = {}
    if notice.annex:
        titles = {g.number: g.title for g in notice.annex.groups}
    if not titles:
        titles = {p.number: p.title for p in notice.parts}
    counts = Counter(t.group for t in notice.tasks)
    return [
        (g, titles.get(g, "") if g is not None else "", n)
        for g, n in sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    ]
