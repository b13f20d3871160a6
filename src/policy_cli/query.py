"""Pure queries over a model. They return model objects and plain records, never text to print."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, NamedTuple

from .decode import fold
from .errors import UsageError
from .i18n import _
from .models import Clause, Item, Notice, Task
from .registry import Registry


def unit_names(unit: str) -> tuple[str, ...]:
    """The names a unit answers to (departments.unit_names: 市财政局（市国资委） also as 市财政局 and 市国资委); the
    departments module, with the parser's patterns, is imported only for a name closing with a bracket, so a
    query on a model without such names starts as fast as before."""
    if not unit.endswith(("）", ")")):
        return (unit,)
    from .departments import unit_names as names

    return names(unit)


class TaskFilter(NamedTuple):
    """Which tasks to list. Values of one filter: any of them; different filters: all of them."""

    departments: tuple[str, ...] = ()  # canonical names; a task naming any of them
    leads: tuple[str, ...] = ()  # canonical names; a task any of them leads
    years: tuple[int, ...] = ()  # first due in any of these years
    until: int | None = None  # due in this year or before
    months: tuple[str, ...] = ()  # deadline ends in any of these months: 2019-06
    keywords: tuple[str, ...] = ()  # text the task contains: any of them (all of them with all_keywords)
    all_keywords: bool = False
    patterns: tuple[str, ...] = ()  # regular expressions over the text: any of them
    groups: tuple[int, ...] = ()  # annex group or body part: any of them


def resolve_departments(names: list[str], notice: Notice, registry: Registry) -> tuple[str, ...]:
    """The notice's canonical units each typed name means (公安局 finds 县公安局); a name that
    is no unit of the notice and no name the registry can read is a usage error with suggestions."""
    if not names:
        return ()
    seen = {registry.canonical(n) for t in notice.tasks for d in t.departments for n in unit_names(d)}
    out: list[str] = []
    for name in names:
        found = registry.matching(name, seen)
        if not found and registry.resolve(name) is None:
            hints = registry.suggest(name, seen)
            hint = (
                _("; did you mean {names}?").format(names=_(" or ").join(hints))
                if hints
                else _("; 'policy-cli depts' lists the units")
            )
            raise UsageError(_("unknown department {name!r}{hint}").format(name=name, hint=hint))
        out.extend(sorted(found) or [registry.canonical(name)])
    return tuple(dict.fromkeys(out))


def compile_pattern(pattern: str) -> Any:
    import regex  # only when a pattern is asked for: it costs a few ms to import

    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise UsageError(
            _("invalid regular expression {pattern!r}: {reason}").format(pattern=pattern, reason=exc)
        ) from None


def filter_tasks(notice: Notice, flt: TaskFilter, registry: Registry) -> list[Task]:
    """Tasks matching every given filter (each filter: any of its values), in task-id order."""
    compiled = [compile_pattern(p) for p in flt.patterns]
    wanted = set(flt.departments)
    leads = set(flt.leads)
    years = set(flt.years)
    groups = set(flt.groups)
    keywords = [fold(k) for k in flt.keywords]
    need = all if flt.all_keywords else any
    out = []
    for task in notice.tasks:
        # 市财政局（市国资委）: a unit with its second name in brackets is found by either name
        if wanted and not wanted & {registry.canonical(n) for d in task.departments for n in unit_names(d)}:
            continue
        if leads and not leads & {registry.canonical(n) for d in task.lead for n in unit_names(d)}:
            continue
        if years and task.due_year not in years:
            continue
        if flt.until is not None and (task.due_year is None or task.due_year > flt.until):
            continue
        if flt.months and (task.due_date or "")[:7] not in flt.months:
            continue
        if keywords:
            text = fold(task.text)
            if not need(k in text for k in keywords):
                continue
        if compiled and not any(c.search(task.text) for c in compiled):
            continue
        if groups and task.group not in groups:
            continue
        out.append(task)
    return sorted(out, key=lambda t: t.id)


def month_key(written: str) -> str:
    """2019-06, 2019-6 or 2019年6月 -> 2019-06; anything else is a usage error."""
    match = re.fullmatch(_MONTH, fold(written).strip())  # (compiled on first use, not at every start)
    if not match or not 1 <= int(match["m"]) <= 12:
        raise UsageError(_("{value!r} is not a month; write YEAR-MONTH such as 2019-06").format(value=written))
    return f"{match['y']}-{int(match['m']):02d}"


_MONTH = r"(?P<y>\d{4})\s*(?:-|/|\.|年)\s*(?P<m>\d{1,2})\s*月?"


def by_deadline(tasks: list[Task]) -> list[Task]:
    """Tasks in the order their deadlines end (no deadline last), then by id."""
    return sorted(tasks, key=lambda t: (t.due_date is None, t.due_date or "", t.id))


def match_spans(flt: TaskFilter, text: str) -> list[tuple[int, int]]:
    """Every place in text a keyword or pattern of the filter matches, in order."""
    folded = fold(text)
    spans = []
    for keyword in (fold(k) for k in flt.keywords):
        at = folded.find(keyword)
        while keyword and at >= 0:
            spans.append((at, at + len(keyword)))
            at = folded.find(keyword, at + len(keyword))
    for pattern in flt.patterns:
        spans += [(m.start(), m.end()) for m in compile_pattern(pattern).finditer(text) if m.end() > m.start()]
    return sorted(spans)


class Hit(NamedTuple):
    kind: str  # clause | task | note | preamble | closing
    where: str  # 二/（三）, task 12, note 2
    line: int
    text: str
    start: int  # the first match within text
    end: int
    spans: tuple[tuple[int, int], ...] = ()  # every match within text


def search(notice: Notice, needle: str, use_regex: bool = False) -> list[Hit]:
    """Every block the text (or pattern) occurs in, with each match, in document order."""
    compiled = compile_pattern(needle) if use_regex else None
    folded_needle = fold(needle)

    def find(text: str) -> list[tuple[int, int]]:
        if compiled:
            return [(m.start(), m.end()) for m in compiled.finditer(text) if m.end() > m.start()]
        if not needle:
            return []
        folded, spans = fold(text), []
        at = folded.find(folded_needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = folded.find(folded_needle, at + len(needle))
        return spans

    hits = []
    for block in text_blocks(notice):
        spans = find(block.text)
        if spans:
            where = f"{block.key} {block.title}" if block.title else block.key
            if block.kind in ("task", "note"):
                where = f"{block.kind} {block.key}"
            hits.append(Hit(block.kind, where or block.kind, block.line, block.text, *spans[0], tuple(spans)))
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


class UnitSummary(NamedTuple):
    """A unit's tasks (ids), due years, spellings and roles: the lists and counters fill as tasks are read."""

    name: str
    kind: str | None
    tasks: list[int]
    years: Counter[int]
    spellings: Counter[str]
    roles: Counter[str]


def unit_summaries(notice: Notice, registry: Registry) -> list[UnitSummary]:
    """Each unit with its tasks, due years and spellings, most tasks first, then by name."""
    units: dict[str, UnitSummary] = {}
    for task in notice.tasks:
        for name in task.departments:
            canonical = registry.canonical(name)
            summary = units.get(canonical)
            if summary is None:
                summary = units[canonical] = UnitSummary(
                    canonical, registry.kind(canonical), [], Counter(), Counter(), Counter()
                )
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


def _subgroup_of(notice: Notice, task: Task) -> Any:
    """The annex sub-group or body clause a task sits in, looked for in the task's own group first: sub-groups
    numbered anew in each group (一、(一) … 二、(一)) share their numbers."""
    if task.subgroup is None:
        return None
    families: list[tuple[int, tuple[Any, ...]]]
    if task.source == "annex" and notice.annex:
        families = [(g.number, g.subgroups) for g in notice.annex.groups]
    else:
        families = [(p.number, p.clauses) for p in notice.parts]
    own = [m for number, members in families if number == task.group for m in members if m.number == task.subgroup]
    if own:
        return own[0]
    # a task with no group of its own: the last sub-group of that number, as before
    anywhere = [m for _, members in families for m in members if m.number == task.subgroup]
    return anywhere[-1] if anywhere else None


def linked_clause(notice: Notice, task: Task) -> tuple[int, Clause] | None:
    """The body clause an annex task's sub-group implements (or a body task's own clause), with its part."""
    sub = _subgroup_of(notice, task)
    if task.source == "annex" and notice.annex:
        key = (sub.part, sub.clause) if sub else None
    else:
        key = (task.group, task.subgroup)
    for part in notice.parts:
        for clause in part.clauses:
            if key == (part.number, clause.number):
                return part.number, clause
    return None


def group_titles(notice: Notice, task: Task) -> tuple[str, str]:
    """The titles of a task's group and sub-group (annex group and sub-group, or body part and clause)."""
    if task.source == "annex" and notice.annex:
        groups = {g.number: g.title for g in notice.annex.groups}
    else:
        groups = {p.number: p.title for p in notice.parts}
    group = groups.get(task.group, "") if task.group is not None else ""
    sub = _subgroup_of(notice, task)
    return group, sub.title if sub is not None else ""
