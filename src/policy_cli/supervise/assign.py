"""Who holds which task: one assignment per task and unit, keyed by the task's content.

A task's key is a hash of its normalised text (width-folded, without spaces or
punctuation), so it does not change when tasks are renumbered or the notice is
parsed again; only a reworded task gets a new key (the ledger then matches it
by similarity). The notice's version is a hash of all its assignments: two
parses of the same notice have the same version, a revised notice another.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..decode import compact, fold
from ..models import Notice, Task
from ..registry import Registry

LEAD, PARTNER, RESPONSIBLE = "牵头", "配合", "责任"

# What a unit may enter in 完成状态, and the state only the supervision office sets.
REPORTABLE = ("未启动", "推进中", "已完成", "申请延期")
CLOSED = "已销号"
STATUSES = (*REPORTABLE, CLOSED)
NOT_STARTED, IN_PROGRESS, COMPLETED, EXTENSION = REPORTABLE

# Other wordings units write, mapped to the allowed value.
STATUS_ALIASES = {
    "未开始": NOT_STARTED,
    "尚未启动": NOT_STARTED,
    "进行中": IN_PROGRESS,
    "正在推进": IN_PROGRESS,
    "推进": IN_PROGRESS,
    "持续推进": IN_PROGRESS,
    "完成": COMPLETED,
    "已办结": COMPLETED,
    "办结": COMPLETED,
    "延期": EXTENSION,
    "申请延时": EXTENSION,
    "销号": CLOSED,
}


def normalise_status(value: str) -> str | None:
    """The allowed status a unit meant, or None when the value is not one."""
    text = compact(value)
    if text in STATUSES:
        return text
    return STATUS_ALIASES.get(text)


def normalise_text(text: str) -> str:
    """Task text as compared: width-folded, lower case, no spaces or punctuation."""
    folded = fold(text).lower()
    return "".join(ch for ch in folded if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def task_key(text: str) -> str:
    """A task's content key: T- and 10 hex digits (the letter keeps Excel from reading it as a number)."""
    return "T-" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Assignment:
    task: Task
    unit: str  # canonical name
    role: str  # 牵头 | 配合 | 责任
    key: str  # the task's content key


def role_of(task: Task, name: str, registry: Registry) -> str:
    canonical = registry.canonical(name)
    if any(registry.canonical(n) == canonical for n in task.lead):
        return LEAD
    if any(registry.canonical(n) == canonical for n in task.partners):
        return PARTNER
    return RESPONSIBLE


def task_keys(notice: Notice) -> dict[int, str]:
    """Each task id's key; a text repeated in the notice gets #2, #3 on its later copies."""
    seen: dict[str, int] = {}
    out = {}
    for task in notice.tasks:
        key = task_key(task.text)
        seen[key] = seen.get(key, 0) + 1
        out[task.id] = key if seen[key] == 1 else f"{key}#{seen[key]}"
    return out


def assignments(notice: Notice, registry: Registry) -> list[Assignment]:
    """Every (task, unit) pair in task order, units in the order the notice names them."""
    keys = task_keys(notice)
    out: list[Assignment] = []
    for task in notice.tasks:
        units: list[str] = []
        for name in (*task.lead, *task.partners, *task.departments):
            canonical = registry.canonical(name)
            if canonical not in units:
                units.append(canonical)
        out.extend(Assignment(task, unit, role_of(task, unit, registry), keys[task.id]) for unit in units)
    return out


def units_in_order(items: list[Assignment]) -> list[str]:
    """Units by number of tasks held (most first), then by name: the order of sheets and reports."""
    counts: dict[str, int] = {}
    for a in items:
        counts[a.unit] = counts.get(a.unit, 0) + 1
    return sorted(counts, key=lambda u: (-counts[u], u))


def notice_identity(notice: Notice) -> str:
    """What names the notice across revisions: its document number, else its title."""
    meta = notice.metadata
    return meta.doc_number_normalized or meta.doc_number or meta.title or ""


def notice_version(items: list[Assignment]) -> str:
    """A short hash of every (key, unit, role): it changes when the notice's tasks or units change."""
    digest = hashlib.sha256()
    for a in items:
        digest.update(f"{a.key}\t{a.unit}\t{a.role}\n".encode())
    return "v" + digest.hexdigest()[:8]  # the letter keeps Excel from reading it as a number


@cache
def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def display_width(text: str) -> int:
    """Columns text takes in a spreadsheet or terminal: a CJK character counts 2."""
    return sum(2 if _wide(ch) else 1 for ch in text)


def due_date(task: Task) -> str | None:
    """The ISO date a task's deadline ends, or None when it has none (standing tasks have none)."""
    if task.due_kind == "standing":
        return None
    return task.due_date
