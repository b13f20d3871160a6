"""A semantic diff of two models: metadata, clauses by number, tasks by content, notes, field by field.

Tasks are matched by their text, not their number: deleting task 62 and
renumbering the rest shows as "task 62 removed" and one renumbered run, not as
every later task changed. Line numbers never count as changes (at any depth):
a line added near the top moves every line below it without changing what the
notice says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from .decode import fold
from .models import Clause, Note, Notice, Task
from .store import to_data

IGNORED = frozenset({"line", "id"})
# Two task texts at least this similar are one task reworded.
SIMILAR = 0.6
# At most this many text comparisons per stretch of unmatched tasks (the rest pair by position).
MAX_COMPARISONS = 4000


class Change(NamedTuple):
    kind: str  # metadata | clause | task | note
    key: str  # field name, clause number, task id (old→new when renumbered), note number
    change: str  # added | removed | changed | renumbered
    field: str  # the field that changed ("" for added / removed)
    old: Any
    new: Any


def diff(old: Notice, new: Notice) -> list[Change]:
    changes = _fields("metadata", "", to_data(old.metadata), to_data(new.metadata))
    changes += _keyed("clause", _clauses(old), _clauses(new))
    changes += _tasks(list(old.tasks), list(new.tasks))
    changes += _keyed("note", _notes(old.notes), _notes(new.notes))
    return changes


# ------------------------------------------------------------------ tasks by content


def match_tasks(old: Sequence[Task], new: Sequence[Task]) -> list[tuple[int | None, int | None]]:
    """Pairs of (old index, new index) in document order; None on one side for a task removed or added.

    Identical texts are aligned first (longest common runs, in order); in each stretch
    between them, tasks pair by text similarity (at least SIMILAR), most similar first.
    """
    old_keys = [_key(t.text) for t in old]
    new_keys = [_key(t.text) for t in new]
    pairs: list[tuple[int | None, int | None]] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += zip(range(a1, a2), range(b1, b2), strict=True)
        else:
            pairs += _pair_similar(old_keys, new_keys, range(a1, a2), range(b1, b2))
    return pairs


def _key(text: str) -> str:
    return "".join(fold(text).split())


def _pair_similar(old: list[str], new: list[str], olds: range, news: range) -> list[tuple[int | None, int | None]]:
    candidates = []
    if len(olds) * len(news) <= MAX_COMPARISONS:
        for i in olds:
            for j in news:
                matcher = SequenceMatcher(None, old[i], new[j], autojunk=False)
                if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
                    ratio = matcher.ratio()
                    if ratio >= SIMILAR:
                        candidates.append((-ratio, i, j))
    else:  # too many to compare: pair by position, where the texts are similar enough
        for i, j in zip(olds, news, strict=False):
            if SequenceMatcher(None, old[i], new[j], autojunk=False).ratio() >= SIMILAR:
                candidates.append((0.0, i, j))
    used_old: dict[int, int] = {}
    used_new: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_old and j not in used_new:
            used_old[i] = j
            used_new.add(j)
    out: list[tuple[int | None, int | None]] = [(i, used_old.get(i)) for i in olds]
    out += [(None, j) for j in news if j not in used_new]
    return sorted(out, key=lambda p: (p[1] if p[1] is not None else p[0] or 0, p[1] is not None))


def _tasks(old: list[Task], new: list[Task]) -> list[Change]:
    out: list[Change] = []
    moved: list[tuple[int, int]] = []
    for i, j in match_tasks(old, new):
        if j is None and i is not None:
            out.append(Change("task", str(old[i].id), "removed", "", old[i].text, None))
        elif i is None and j is not None:
            out.append(Change("task", str(new[j].id), "added", "", None, new[j].text))
        elif i is not None and j is not None:
            a, b = old[i], new[j]
            key = str(a.id) if a.id == b.id else f"{a.id}→{b.id}"
            if a.id != b.id:
                moved.append((a.id, b.id))
            out += _fields("task", key, _task_data(a), _task_data(b))
    out += _renumbered(moved)
    return sorted(out, key=_task_order)


def _task_data(task: Task) -> dict[str, Any]:
    data: dict[str, Any] = to_data(task)
    data["path"] = data["path"].rsplit("/", 1)[0]  # the task's own number is compared as a renumbering
    return data


def _renumbered(moved: list[tuple[int, int]]) -> list[Change]:
    """Runs of tasks whose number moved by the same amount, one change a run."""
    runs: list[list[tuple[int, int]]] = []
    for a, b in sorted(moved):
        last = runs[-1][-1] if runs else None
        if last is not None and a == last[0] + 1 and b - a == last[1] - last[0]:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    out = []
    for run in runs:
        (a1, b1), (a2, b2) = run[0], run[-1]
        old_span, new_span = _span(a1, a2), _span(b1, b2)
        out.append(Change("task", old_span, "renumbered", "id", old_span, new_span))
    return out


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _task_order(change: Change) -> tuple[int, int]:
    first = change.key.split("→")[0].split("–")[0]
    number = int(first) if first.isdigit() else 0
    if change.change == "added":
        number = int(change.key)
    return number, change.change == "renumbered"


# ------------------------------------------------------------------ clauses and notes by number


def _clauses(notice: Notice) -> dict[str, Clause]:
    return {f"{p.number}/{c.number}": c for p in notice.parts for c in p.clauses}


def _notes(notes: Sequence[Note]) -> dict[str, Note]:
    return {str(n.number): n for n in notes}


def _keyed(kind: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for key in _ordered_keys(old, new):
        if key not in new:
            out.append(Change(kind, key, "removed", "", _summary(old[key]), None))
        elif key not in old:
            out.append(Change(kind, key, "added", "", None, _summary(new[key])))
        else:
            out += _fields(kind, key, to_data(old[key]), to_data(new[key]))
    return out


def _ordered_keys(old: dict[str, Any], new: dict[str, Any]) -> Iterable[str]:
    keys = list(old)
    keys += [k for k in new if k not in old]
    return sorted(keys, key=lambda k: tuple(int(x) for x in k.split("/")))


def _summary(obj: Task | Clause | Note) -> str:
    return getattr(obj, "title", None) or obj.text


def _fields(kind: str, key: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out = []
    for name in old:
        if name in IGNORED:
            continue
        before, after = _without_lines(old[name]), _without_lines(new.get(name))
        if before != after:
            out.append(Change(kind, key or name, "changed", name, before, after))
    return out


def _without_lines(value: Any) -> Any:
    """value with every line number taken out, at any depth."""
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "line"}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


# ------------------------------------------------------------------ changes as text


def list_delta(old: Sequence[str], new: Sequence[str]) -> tuple[list[str], list[str]]:
    """Items removed and items added, in order."""
    return [x for x in old if x not in new], [x for x in new if x not in old]


def text_delta(old: str, new: str) -> list[tuple[str, str]]:
    """The two texts as runs of (op, text): op is = for unchanged, - for removed, + for added."""
    runs: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", old[a1:a2]))
            continue
        if a2 > a1:
            runs.append(("-", old[a1:a2]))
        if b2 > b1:
            runs.append(("+", new[b1:b2]))
    return runs


MARKS = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}


def inline_text_delta(old: str, new: str) -> str:
    """wdiff-style marks, readable without colour: unchanged[-removed-]{+added+}."""
    return "".join(MARKS[op].format(text) for op, text in text_delta(old, new))


def as_text(value: Any) -> str:
    """A field's value as one line of text: lists joined with 、, nested items as `label text`."""
    if value is None:
        return ""
    if isinstance(value, dict):
        label = value.get("label") or value.get("number") or ""
        body = value.get("title") or value.get("text") or ""
        inner = as_text(value.get("items")) if value.get("items") else ""
        return " ".join(str(x) for x in (label, body, inner) if x != "")
    if isinstance(value, list):
        if any(isinstance(v, dict) for v in value):
            return " / ".join(as_text(v) for v in value)
        return "、".join(as_text(v) for v in value)
    return str(value)


def describe(change: Change) -> dict[str, Any]:
    """A change as a record: removed and added list items, and the change as one line of marked text."""
    record: dict[str, Any] = change._asdict()
    old, new = change.old, change.new
    if change.change == "renumbered":
        record["detail"] = f"{old} -> {new}"
    elif isinstance(old, list) and isinstance(new, list) and all(isinstance(v, str) for v in old + new):
        removed, added = list_delta(old, new)
        record.update(removed=removed, added=added)
        record["detail"] = " ".join([*(f"-{x}" for x in removed), *(f"+{x}" for x in added)])
    elif change.change == "changed" and isinstance(old, int | float) and isinstance(new, int | float):
        record["detail"] = f"{old} -> {new}"
    elif change.change == "changed":
        before, after = as_text(old).replace("\n", " "), as_text(new).replace("\n", " ")
        record["_runs"] = text_delta(before, after)
        record["detail"] = "".join(MARKS[op].format(text) for op, text in record["_runs"])
    else:
        record["detail"] = as_text(old if change.change == "removed" else new).replace("\n", " ")
    return record
