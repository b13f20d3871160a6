"""A semantic diff of two models: metadata, then parts, clauses, tasks and notes matched by content.

Parts, clauses, tasks and notes are matched by their text, not their number:
deleting task 62 and renumbering the rest shows as "task 62 removed" and one
renumbered run, not as every later task changed. Line numbers never count as changes (at any depth):
a line added near the top moves every line below it without changing what the
notice says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from .decode import compact
from .models import Notice
from .similar import opcodes, similarity
from .store import to_data

IGNORED = frozenset({"line"})
# Two task texts at least this similar are one task reworded.
SIMILAR = 0.6
# At most this many text comparisons per stretch of unmatched tasks (the rest pair by position).
MAX_COMPARISONS = 4000
# ... and at most this many characters read by them, so long task texts cannot make a diff take minutes.
MAX_CHARACTERS = 4_000_000


class Change(NamedTuple):
    kind: str  # metadata | part | clause | task | note
    key: str  # field name; part, part/clause, task or note number (old→new when renumbered); a renumbered run
    change: str  # added | removed | changed | renumbered
    field: str  # the field that changed ("" for added / removed)
    old: Any
    new: Any


def diff(old: Notice, new: Notice) -> list[Change]:
    changes = _fields("metadata", "", to_data(old.metadata), to_data(new.metadata))
    changes += _matched("part", _parts(old), _parts(new))
    changes += _matched("clause", _clauses(old), _clauses(new))
    changes += _matched("task", _tasks(old), _tasks(new))
    changes += _matched("note", _notes(old), _notes(new))
    return changes


class Entry(NamedTuple):
    """One part, clause, task or note as the diff sees it."""

    number: int  # what a renumbering changes
    label: str  # how it is named in a change: 62, 2/5 (part 2, clause 5)
    text: str  # what it is matched by
    summary: str  # what is shown when it is added or removed
    data: dict[str, Any]  # the fields compared, without its own number


def _parts(notice: Notice) -> list[Entry]:
    out = []
    for part in notice.parts:
        data = {k: v for k, v in to_data(part).items() if k not in ("number", "clauses")}
        out.append(Entry(part.number, str(part.number), part.title + part.text, part.title, data))
    return out


def _clauses(notice: Notice) -> list[Entry]:
    out = []
    for part in notice.parts:
        for clause in part.clauses:
            data = {k: v for k, v in to_data(clause).items() if k != "number"}
            label = f"{part.number}/{clause.number}"
            out.append(Entry(clause.number, label, clause.title + clause.text, clause.title, data))
    return out


def _tasks(notice: Notice) -> list[Entry]:
    out = []
    for task in notice.tasks:
        data: dict[str, Any] = {k: v for k, v in to_data(task).items() if k != "id"}
        data["path"] = data["path"].rsplit("/", 1)[0]  # the task's own number is compared as a renumbering
        out.append(Entry(task.id, str(task.id), task.text, task.text, data))
    return out


def _notes(notice: Notice) -> list[Entry]:
    return [
        Entry(n.number, str(n.number), n.text, n.text, {k: v for k, v in to_data(n).items() if k != "number"})
        for n in notice.notes
    ]


# ------------------------------------------------------------------ matching by content


def match_entries(old: Sequence[Any], new: Sequence[Any]) -> list[tuple[int | None, int | None]]:
    """Pairs of (old index, new index) in document order; None on one side for one removed or added.

    Anything with a `text` matches: identical texts are aligned first (longest
    common runs, in order); in each stretch between them, the rest pair by text
    similarity (at least SIMILAR), most similar first.
    """
    old_keys = [compact(x.text) for x in old]
    new_keys = [compact(x.text) for x in new]
    pairs: list[tuple[int | None, int | None]] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += zip(range(a1, a2), range(b1, b2), strict=True)
        else:
            pairs += _pair_similar(old_keys, new_keys, range(a1, a2), range(b1, b2))
    return pairs


def _pair_similar(old: list[str], new: list[str], olds: range, news: range) -> list[tuple[int | None, int | None]]:
    candidates = []
    work = len(news) * sum(len(old[i]) for i in olds) + len(olds) * sum(len(new[j]) for j in news)
    if len(olds) * len(news) <= MAX_COMPARISONS and work <= MAX_CHARACTERS:
        counts = {("old", i): Counter(old[i]) for i in olds} | {("new", j): Counter(new[j]) for j in news}
        for i in olds:
            for j in news:
                # upper bounds of the similarity first (as SequenceMatcher's quick ratios), then the measure
                total = len(old[i]) + len(new[j])
                if total and 2 * min(len(old[i]), len(new[j])) / total < SIMILAR:
                    continue
                shared = sum((counts["old", i] & counts["new", j]).values())
                if total and 2 * shared / total < SIMILAR:
                    continue
                ratio = similarity(old[i], new[j])
                if ratio >= SIMILAR:
                    candidates.append((-ratio, i, j))
    else:  # too many to compare: pair by position, where the texts are similar enough
        for i, j in zip(olds, news, strict=False):
            if similarity(old[i], new[j]) >= SIMILAR:
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


def _matched(kind: str, old: list[Entry], new: list[Entry]) -> list[Change]:
    out: list[tuple[int, int, Change]] = []
    moved: list[tuple[int, int]] = []
    for i, j in match_entries(old, new):
        if j is None and i is not None:
            out.append((old[i].number, 0, Change(kind, old[i].label, "removed", "", old[i].summary, None)))
        elif i is None and j is not None:
            out.append((new[j].number, 0, Change(kind, new[j].label, "added", "", None, new[j].summary)))
        elif i is not None and j is not None:
            a, b = old[i], new[j]
            label = a.label if a.label == b.label else f"{a.label}→{b.label}"
            if a.number != b.number:
                moved.append((a.number, b.number))
            out += [(a.number, 0, c) for c in _fields(kind, label, a.data, b.data)]
    out += [(first, 1, c) for first, c in _renumbered(kind, moved)]
    return [c for _, _, c in sorted(out, key=lambda t: (t[0], t[1]))]


def _renumbered(kind: str, moved: list[tuple[int, int]]) -> list[tuple[int, Change]]:
    """Runs of numbers that moved by the same amount, one change a run."""
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
        field = "id" if kind == "task" else "number"
        out.append((a1, Change(kind, old_span, "renumbered", field, old_span, new_span)))
    return out


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _fields(kind: str, key: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out = []
    for name in old:
        if name in IGNORED:
            continue
        before, after = without_lines(old[name]), without_lines(new.get(name))
        if before != after:
            out.append(Change(kind, key or name, "changed", name, before, after))
    return out


def without_lines(value: Any) -> Any:
    """value with every line number taken out, at any depth."""
    if isinstance(value, dict):
        return {k: without_lines(v) for k, v in value.items() if k != "line"}
    if isinstance(value, list):
        return [without_lines(v) for v in value]
    return value


# ------------------------------------------------------------------ changes as text


def list_delta(old: Sequence[str], new: Sequence[str]) -> tuple[list[str], list[str]]:
    """Items removed and items added, in order."""
    return [x for x in old if x not in new], [x for x in new if x not in old]


def text_delta(old: str, new: str) -> list[tuple[str, str]]:
    """The two texts as runs of (op, text): op is = for unchanged, - for removed, + for added."""
    runs: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in opcodes(old, new):
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


# Fields whose values are shown whole (old -> new), never marked character by character:
# dates, deadlines, numbers and codes, where a marked digit reads as nonsense.
WHOLE = frozenset(
    {
        "due",
        "due_date",
        "due_from",
        "due_kind",
        "signed",
        "published",
        "doc_number",
        "doc_number_normalized",
        "index_number",
        "source_format",
        "label",
    }
)
SHORT = 16  # at most this many characters


def _whole(change: Change) -> bool:
    """A date, deadline, number or code, short on both sides: shown whole (2018-12-31 -> 2019-12-31)."""

    def short(value: Any) -> bool:
        if isinstance(value, int | float):
            return True
        return isinstance(value, str) and 0 < len(value) <= SHORT and "\n" not in value

    return change.field in WHOLE and short(change.old) and short(change.new)


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
    elif change.change == "changed" and _whole(change):
        record["detail"] = f"{as_text(old)} -> {as_text(new)}"
    elif change.change == "changed":
        before, after = as_text(old).replace("\n", " "), as_text(new).replace("\n", " ")
        record["_runs"] = text_delta(before, after)
        record["detail"] = "".join(MARKS[op].format(text) for op, text in record["_runs"])
    else:
        record["detail"] = as_text(old if change.change == "removed" else new).replace("\n", " ")
    return record
