"""A semantic diff of two models: metadata, clauses by number, tasks by id, notes, field by field.

Line numbers are left out of the comparison: a line added near the top moves
every line below it without changing what the notice says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from .models import Clause, Note, Notice, Task
from .store import to_data

IGNORED = frozenset({"line"})


class Change(NamedTuple):
    kind: str  # metadata | clause | task | note
    key: str  # field name, clause number, task id, note number
    change: str  # added | removed | changed
    field: str  # the field that changed ("" for added / removed)
    old: Any
    new: Any


def diff(old: Notice, new: Notice) -> list[Change]:
    changes = _fields("metadata", "", to_data(old.metadata), to_data(new.metadata))
    changes += _keyed("clause", _clauses(old), _clauses(new))
    changes += _keyed("task", {str(t.id): t for t in old.tasks}, {str(t.id): t for t in new.tasks})
    changes += _keyed("note", _notes(old.notes), _notes(new.notes))
    return changes


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
        if name in IGNORED or old[name] == new.get(name):
            continue
        out.append(Change(kind, key or name, "changed", name, old[name], new.get(name)))
    return out


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


def inline_text_delta(old: str, new: str) -> str:
    """wdiff-style marks for a terminal-free reader: unchanged[-removed-]{+added+}."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in text_delta(old, new))


def describe(change: Change) -> dict[str, Any]:
    """A change as a record: removed and added list items, and the change as one line of text."""
    record: dict[str, Any] = change._asdict()
    old, new = change.old, change.new
    if isinstance(old, list) and isinstance(new, list):
        removed, added = list_delta(old, new)
        record.update(removed=removed, added=added)
        record["detail"] = " ".join([*(f"-{x}" for x in removed), *(f"+{x}" for x in added)])
    elif isinstance(old, str) and isinstance(new, str):
        record["detail"] = inline_text_delta(old, new).replace("\n", " ")
        record["_runs"] = text_delta(old.replace("\n", " "), new.replace("\n", " "))
    elif change.change == "changed":
        record["detail"] = f"{old} -> {new}"
    else:
        record["detail"] = old if change.change == "removed" else new
    return record
