"""The ledger (工作台账): one row per task and unit, an append-only history, kept beside the model.

The file is YAML in a fixed key order: rows in task order, each with its
current state (status, latest progress, evidence, dates) written out for a
reader and its history, which is the authority: the state is computed from
the history when the file is read, so an edit to the state lines alone is
undone on the next write. Nothing in the history is ever changed or removed.

Rows are keyed by the content of their task (assign.task_key) and the unit.
`sync` matches the rows to a notice: same key first; then rows whose task is
gone are paired with new tasks by text similarity (a reworded task), the old
key kept in `former_keys`; rows still without a task are marked orphaned, never
dropped, and rows for new (task, unit) pairs are added.

Every change goes through `update`, which holds a lock on FILE.lock for the
whole read-change-write and replaces the file atomically, so two imports at
once both land. A write that would not change the file's bytes is skipped.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ModelError, OtherNotice, UsageError
from ..i18n import _
from ..models import Notice
from ..registry import Registry
from .assign import (
    CLOSED,
    COMPLETED,
    IN_PROGRESS,
    NOT_STARTED,
    Assignment,
    assignments,
    due_date,
    normalise_text,
    notice_identity,
    notice_version,
)

LEDGER_FORMAT = 1
SIMILARITY = 0.6  # a reworded task is paired with a new one at or above this ratio of normalised text
TEXT_FIELDS = ("progress", "problems", "next_steps", "evidence", "contact")

T = TypeVar("T")


@dataclass
class Entry:
    """One update of a row: a report from a sheet, a close, a reopen, or a change the notice made."""

    date: str  # ISO: the day the update is about
    kind: str  # report | close | reopen | extend | rematched | orphaned | restored
    source: str  # file, sheet, row for a report; the command or notice version otherwise
    status: str | None = None
    progress: str | None = None  # 进展情况
    problems: str | None = None  # 存在问题
    next_steps: str | None = None  # 下步打算
    evidence: str | None = None  # 佐证材料
    contact: str | None = None  # 联系人
    completed: str | None = None  # close: the completion date
    extension: str | None = None  # report: the deadline a unit asks for (申请延期至); extend: the one granted
    dated: bool = True  # report: the date came from the sheet (False: the import date stood in)
    note: str | None = None

    def identity(self) -> tuple[Any, ...]:
        """What makes two updates the same: importing a file twice adds nothing."""
        return (
            self.kind,
            self.date if self.dated else None,
            self.status,
            *(getattr(self, f) for f in TEXT_FIELDS),
            self.completed,
            self.extension,
            self.note,
        )


@dataclass
class State:
    status: str = NOT_STARTED
    progress: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    evidence: str | None = None
    contact: str | None = None
    reported: str | None = None  # date of the latest report
    completed: str | None = None
    closed: str | None = None
    extension_asked: str | None = None  # the latest deadline a unit asked for
    extended_to: str | None = None  # the deadline the supervision office granted


@dataclass
class Row:
    key: str
    unit: str
    task: int | None  # the task's id in the notice the ledger was last matched to
    role: str
    text: str
    due_date: str | None = None
    orphaned: bool = False
    former_keys: list[str] = field(default_factory=list)
    history: list[Entry] = field(default_factory=list)

    def state(self, as_of: str | None = None) -> State:
        """The row as it stood at the end of a day (default: after every update)."""
        st = State()
        dated = sorted(
            (e for e in self.history if e.kind in ("report", "close", "reopen", "extend")),
            key=lambda e: e.date,  # stable: same-day updates in the order they were recorded
        )
        for e in dated:
            if as_of is not None and e.date > as_of:
                break
            if e.kind == "report":
                for name in TEXT_FIELDS:
                    value = getattr(e, name)
                    if value:
                        setattr(st, name, value)
                st.reported = max(st.reported or e.date, e.date)
                st.extension_asked = e.extension or st.extension_asked
                if e.status and st.status != CLOSED:
                    if e.status == COMPLETED and st.status != COMPLETED:
                        st.completed = e.date
                    elif e.status != COMPLETED:
                        st.completed = None
                    st.status = e.status
            elif e.kind == "close":
                st.status, st.closed, st.completed = CLOSED, e.date, e.completed
                st.evidence = e.evidence or st.evidence
            elif e.kind == "extend":
                st.extended_to = e.extension
            else:  # reopen
                st.status, st.closed, st.completed = IN_PROGRESS, None, None
        return st

    def record(self, entry: Entry) -> bool:
        """Append an update unless the same one is already there; True when it was added."""
        if any(e.identity() == entry.identity() for e in self.history):
            return False
        self.history.append(entry)
        return True


@dataclass
class SyncReport:
    added: list[tuple[int, str]] = field(default_factory=list)  # (task id, unit)
    rematched: list[tuple[int | None, int, float]] = field(default_factory=list)  # (old id, new id, similarity)
    orphaned: list[tuple[int | None, str]] = field(default_factory=list)
    restored: list[tuple[int, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.rematched or self.orphaned or self.restored)


@dataclass
class Ledger:
    identity: str = ""
    title: str = ""
    version: str = ""
    versions: list[str] = field(default_factory=list)  # every notice version matched, oldest first
    rows: list[Row] = field(default_factory=list)

    # ------------------------------------------------------------ lookups

    def row(self, key: str, unit: str) -> Row | None:
        return next((r for r in self.rows if r.key == key and r.unit == unit), None)

    def rows_for_task(self, task_id: int) -> list[Row]:
        return [r for r in self.rows if r.task == task_id and not r.orphaned]

    def current_key(self, key: str) -> str | None:
        """The key a task has now, for its key now or in an earlier version of the notice."""
        for r in self.rows:
            if r.key == key or key in r.former_keys:
                return r.key
        return None

    def key_by_text(self, text: str) -> tuple[str, float] | None:
        """The current task whose text is most like this one, if similar enough (an older sheet's row)."""
        wanted = normalise_text(text)
        if not wanted:
            return None
        texts = {r.key: r.text for r in self.rows if not r.orphaned}
        best = _best_match(wanted, {k: normalise_text(t) for k, t in texts.items()})
        return best

    # ------------------------------------------------------------ matching to a notice

    def sync(self, notice: Notice, registry: Registry, on: str) -> SyncReport:
        """Match the rows to a notice's tasks; see the module docstring. `on` dates the changes.

        A ledger of another notice (its identity, the document number, differs) raises
        OtherNotice before anything is changed.
        """
        ours = notice_identity(notice)
        if self.identity and ours and _fold(self.identity) != _fold(ours):
            raise OtherNotice(self.identity, ours)
        items = assignments(notice, registry)
        version = notice_version(items)
        report = SyncReport()
        new_keys = {a.key: a for a in items}
        held = {(a.key, a.unit) for a in items}
        old_texts = {r.key: r.text for r in self.rows if r.key not in new_keys}
        missing = {a.key: a.task.text for a in items if not any(r.key == a.key for r in self.rows)}
        for old_key, new_key, ratio in _pair_by_text(old_texts, missing):
            new = new_keys[new_key]
            for r in self.rows:
                if r.key != old_key:
                    continue
                r.former_keys.append(old_key)
                r.key = new_key
                r.history.append(
                    Entry(
                        on,
                        "rematched",
                        f"notice {version}",
                        note=f"task reworded (similarity {ratio:.2f}); was task {r.task}: {r.text}",
                    )
                )
            report.rematched.append((_old_id(self.rows, new_key), new.task.id, ratio))
        by_pair = {(r.key, r.unit): r for r in self.rows}
        ordered: list[Row] = []
        for a in items:
            row = by_pair.get((a.key, a.unit))
            if row is None:
                row = Row(a.key, a.unit, a.task.id, a.role, a.task.text)
                report.added.append((a.task.id, a.unit))
            elif row.orphaned:
                row.orphaned = False
                row.history.append(Entry(on, "restored", f"notice {version}", note=f"task {a.task.id} again"))
                report.restored.append((a.task.id, a.unit))
            row.task, row.role, row.text, row.due_date = a.task.id, a.role, a.task.text, due_date(a.task)
            ordered.append(row)
        for row in self.rows:
            if (row.key, row.unit) in held:
                continue
            if not row.orphaned:
                task_there = row.key in new_keys
                why = f"{row.unit} no longer holds the task" if task_there else "task no longer in the notice"
                row.history.append(Entry(on, "orphaned", f"notice {version}", note=f"{why} (was task {row.task})"))
                row.orphaned = True
                report.orphaned.append((row.task, row.unit))
            ordered.append(row)
        self.rows = ordered
        self.identity, self.title = notice_identity(notice), notice.metadata.title or ""
        if version not in self.versions:
            self.versions.append(version)
        self.version = version
        return report

    # ------------------------------------------------------------ closing

    def close(self, task_id: int, units: list[str], completed: str, evidence: str | None, on: str) -> list[Row]:
        """销号: mark rows closed with a completion date and evidence (given, or the latest reported)."""
        if completed > on:
            raise UsageError(
                _("completion date {date} is after {today}; give the day the task was completed").format(
                    date=completed, today=on
                )
            )
        rows = self._pick(task_id, units)
        for row in rows:
            st = row.state()
            if st.status == CLOSED:
                raise UsageError(
                    _("task {task} is already closed for {unit} (on {date})").format(
                        task=task_id, unit=row.unit, date=st.closed
                    )
                )
            if not (evidence or st.evidence):
                raise UsageError(
                    _("task {task}, {unit}: closing needs evidence (佐证材料); give --evidence TEXT").format(
                        task=task_id, unit=row.unit
                    )
                )
        for row in rows:
            row.history.append(
                Entry(on, "close", "ledger close", status=CLOSED, evidence=evidence or None, completed=completed)
            )
        return rows

    def extend(self, task_id: int, units: list[str], until: str, reason: str, on: str) -> list[Row]:
        """Grant a later deadline (延期): overdue and approaching are then computed against it."""
        if not reason.strip():
            raise UsageError(_("an extension needs a reason; give --reason TEXT"))
        rows = self._pick(task_id, units)
        for row in rows:
            current = row.state().extended_to or row.due_date
            if current is not None and until <= current:
                raise UsageError(
                    _("task {task}, {unit}: {date} is not after the deadline {deadline}").format(
                        task=task_id, unit=row.unit, date=until, deadline=current
                    )
                )
        for row in rows:
            row.history.append(Entry(on, "extend", "ledger extend", extension=until, note=reason.strip()))
        return rows

    def reopen(self, task_id: int, units: list[str], reason: str, on: str) -> list[Row]:
        rows = self._pick(task_id, units)
        for row in rows:
            if row.state().status != CLOSED:
                raise UsageError(
                    _("task {task} is not closed for {unit}; only a closed task can be reopened").format(
                        task=task_id, unit=row.unit
                    )
                )
        if not reason.strip():
            raise UsageError(_("reopening needs a reason; give --reason TEXT"))
        for row in rows:
            row.history.append(Entry(on, "reopen", "ledger reopen", status=IN_PROGRESS, note=reason.strip()))
        return rows

    def _pick(self, task_id: int, units: list[str]) -> list[Row]:
        rows = self.rows_for_task(task_id)
        if not rows:
            raise UsageError(
                _("task {task} has no rows in the ledger; 'policy-cli status' lists the tasks").format(task=task_id)
            )
        if not units:
            return rows
        picked = []
        for unit in units:
            row = next((r for r in rows if r.unit == unit), None)
            if row is None:
                holders = "、".join(r.unit for r in rows)
                raise UsageError(
                    _("{unit} does not hold task {task} (held by {holders})").format(
                        unit=unit, task=task_id, holders=holders
                    )
                )
            picked.append(row)
        return picked


def _fold(identity: str) -> str:
    """An identity for comparing: width and bracket variants (〔2025〕, [2025], （2025）) and spaces ignored."""
    import unicodedata

    text = unicodedata.normalize("NFKC", identity)
    return "".join(ch for ch in text if not ch.isspace() and ch not in "〔〕[]()【】{}")


def _old_id(rows: list[Row], key: str) -> int | None:
    return next((r.task for r in rows if r.key == key), None)


def _ratio(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
        return 0.0
    return matcher.ratio()


def _best_match(text: str, candidates: dict[str, str]) -> tuple[str, float] | None:
    scored = [(_ratio(text, t), k) for k, t in candidates.items()]
    scored = [(s, k) for s, k in scored if s >= SIMILARITY]
    if not scored:
        return None
    score, key = max(scored)
    return key, score


def _pair_by_text(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str, float]]:
    """Pairs (old key, new key, ratio), most similar first, each key used once."""
    old_norm = {k: normalise_text(t) for k, t in old.items()}
    new_norm = {k: normalise_text(t) for k, t in new.items()}
    scored = sorted(
        ((_ratio(a, b), ka, kb) for ka, a in old_norm.items() for kb, b in new_norm.items()),
        key=lambda s: (-s[0], s[1], s[2]),
    )
    used_old: set[str] = set()
    used_new: set[str] = set()
    pairs = []
    for score, ka, kb in scored:
        if score < SIMILARITY:
            break
        if ka in used_old or kb in used_new:
            continue
        used_old.add(ka)
        used_new.add(kb)
        pairs.append((ka, kb, score))
    return pairs


# ---------------------------------------------------------------- file


# The cap of a model file (store.MAX_MODEL_BYTES): far above any real ledger; it stops endless input.
MAX_LEDGER_BYTES = 128 * 1024 * 1024


def _restore() -> str:
    return _("restore it from version control")


def load(path: Path) -> Ledger:
    """Read a ledger file; a missing file is an empty ledger."""
    return _parse(_read(path), path)


def _read(path: Path) -> bytes | None:
    """The ledger's bytes, None when there is none; only a regular file is read (ModelError otherwise)."""
    from ..files import existing_regular, read_regular

    if not existing_regular(path, error=ModelError, what=_("ledger")):
        return None
    return read_regular(path, MAX_LEDGER_BYTES, error=ModelError, what=_("ledger"))


def _parse(raw: bytes | None, path: Path) -> Ledger:
    """A ledger from its bytes, with the checks every YAML file policy-cli reads gets (no aliases, bounded depth)."""
    from ..yamlio import load as load_yaml

    if raw is None:
        return Ledger()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ModelError(
            _("{path}: not a policy-cli ledger (not UTF-8 YAML); {remedy}").format(path=path, remedy=_restore())
        ) from None
    data = load_yaml(text, str(path), what=_("ledger"), remedy=_restore())
    if not isinstance(data, dict) or data.get("ledger") != LEDGER_FORMAT:
        raise ModelError(
            _("{path}: not a policy-cli ledger (no 'ledger: {format}' at the top)").format(
                path=path, format=LEDGER_FORMAT
            )
        )
    try:
        notice = data.get("notice") or {}
        rows = [_row(r, f"rows[{n}]") for n, r in enumerate(data.get("rows") or [])]
        ledger = Ledger(
            identity=str(notice.get("identity") or ""),
            title=str(notice.get("title") or ""),
            version=str(notice.get("version") or ""),
            versions=[str(v) for v in data.get("versions") or []],
            rows=rows,
        )
    except (TypeError, KeyError, AttributeError) as exc:
        raise ModelError(
            _("{path}: damaged ledger ({reason}); {remedy}").format(path=path, reason=exc, remedy=_restore())
        ) from None
    except _Damaged as exc:
        raise ModelError(
            _("{path}: damaged ledger: field {detail}; {remedy}").format(path=path, detail=exc, remedy=_restore())
        ) from None
    _unique_rows(ledger, path)
    return ledger


class _Damaged(Exception):
    """A ledger value no command could have written; the message names the field."""


ENTRY_KINDS = ("report", "close", "reopen", "extend", "rematched", "orphaned", "restored")
_DATE_FIELDS = ("date", "completed", "extension")


def _iso(value: str | None, where: str) -> str | None:
    import datetime

    if value is None:
        return None
    try:
        valid = len(value) == 10 and datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        valid = False
    if not valid:
        raise _Damaged(_("{field}: {value!r} is not a date written YYYY-MM-DD").format(field=where, value=value))
    return value


def _unique_rows(ledger: Ledger, path: Path) -> None:
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(ledger.rows):
        if (row.key, row.unit) in seen:
            raise ModelError(
                _("{path}: damaged ledger: field {field}: a second row for task key {key} and {unit}").format(
                    path=path, field=f"rows[{n}]", key=row.key, unit=row.unit
                )
            )
        seen.add((row.key, row.unit))


_ENTRY_FIELDS = [f.name for f in dataclasses.fields(Entry)]


def _entry(data: dict[str, Any], where: str) -> Entry:
    """An entry as written; dates YAML read as dates (written unquoted by hand) become text again."""
    from .assign import STATUSES

    if not isinstance(data, dict):
        raise _Damaged(_("{field}: expected a mapping").format(field=where))
    for key, value in data.items():
        if isinstance(value, list | dict):
            kind = _("a list") if isinstance(value, list) else _("a mapping")
            raise _Damaged(_("{field}: expected text, got {kind}").format(field=f"{where}.{key}", kind=kind))
    values: dict[str, Any] = {k: v if v is None else str(v) for k, v in data.items() if k in _ENTRY_FIELDS}
    values["dated"] = data.get("dated", True) is not False
    for key in ("date", "kind", "source"):
        if not values.get(key):
            raise _Damaged(_("{field}: missing").format(field=f"{where}.{key}"))
    if values["kind"] not in ENTRY_KINDS:
        raise _Damaged(
            _("{field}: {value!r} is not one of {values}").format(
                field=f"{where}.kind", value=values["kind"], values=", ".join(ENTRY_KINDS)
            )
        )
    if values.get("status") is not None and values["status"] not in STATUSES:
        raise _Damaged(
            _("{field}: {value!r} is not one of {values}").format(
                field=f"{where}.status", value=values["status"], values="、".join(STATUSES)
            )
        )
    for key in _DATE_FIELDS:
        _iso(values.get(key), f"{where}.{key}")
    return Entry(**values)


def _row(data: dict[str, Any], where: str) -> Row:
    if not isinstance(data, dict):
        raise _Damaged(_("{field}: expected a mapping").format(field=where))
    for key in ("key", "unit", "task", "role", "text", "history"):
        if key not in data:
            raise _Damaged(_("{field}: missing").format(field=f"{where}.{key}"))
    task = data["task"]
    if task is not None and (type(task) is not int or task < 1):
        raise _Damaged(_("{field}: {value!r} is not a task number").format(field=f"{where}.task", value=task))
    if not isinstance(data["history"], list):
        raise _Damaged(_("{field}: expected a list").format(field=f"{where}.history"))
    history = [_entry(e, f"{where}.history[{n}]") for n, e in enumerate(data["history"])]
    due = str(data["due_date"]) if data.get("due_date") else None
    return Row(
        key=str(data["key"]),
        unit=str(data["unit"]),
        task=task,
        role=str(data.get("role") or ""),
        text=str(data.get("text") or ""),
        due_date=_iso(due, f"{where}.due_date"),
        orphaned=bool(data.get("orphaned")),
        former_keys=[str(k) for k in data.get("former_keys") or []],
        history=history,
    )


def to_text(ledger: Ledger) -> str:
    from ..yamlio import dump

    rows = []
    for r in ledger.rows:
        st = r.state()
        rows.append(
            {
                "key": r.key,
                "unit": r.unit,
                "task": r.task,
                "role": r.role,
                "due_date": r.due_date,
                "orphaned": r.orphaned,
                "status": st.status,
                "reported": st.reported,
                "completed": st.completed,
                "closed": st.closed,
                "extended_to": st.extended_to,
                "progress": st.progress,
                "evidence": st.evidence,
                "text": r.text,
                "former_keys": r.former_keys,
                "history": [_entry_data(e) for e in r.history],
            }
        )
    data = {
        "ledger": LEDGER_FORMAT,
        "notice": {"identity": ledger.identity, "title": ledger.title, "version": ledger.version},
        "versions": ledger.versions,
        "rows": rows,
    }
    return dump(data)


def _entry_data(e: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"date": e.date, "kind": e.kind, "source": e.source}
    for name in ("status", *TEXT_FIELDS, "completed", "extension", "note"):
        value = getattr(e, name)
        if value is not None:
            out[name] = value
    if not e.dated:
        out["dated"] = False
    return out


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on PATH.lock (created beside the ledger) while inside; removed on the way out.

    The lock file is removed while the lock is still held. A process that was waiting
    on the file just removed finds, once it holds its lock, that the name no longer
    leads to that file, and starts again on a new one: two writers never both hold a lock.
    """
    lock_path = path.with_name(path.name + ".lock")
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ModelError(
                _("{path}: cannot create the ledger's lock file ({reason})").format(
                    path=lock_path, reason=exc.strerror or exc
                )
            ) from None
        try:
            _lock(fd)
            if _same_file(fd, lock_path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the file was removed by its holder while this process waited: lock a new one
    try:
        yield
    finally:
        if sys.platform != "win32":  # Windows cannot remove an open file; the lock file stays there
            with suppress(OSError):
                os.unlink(lock_path)
        os.close(fd)  # closing releases the lock


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for about 10 s, then raises OSError
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def _same_file(fd: int, path: Path) -> bool:
    """Whether the name still leads to the file this descriptor holds."""
    if sys.platform == "win32":
        return True
    try:
        now = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def update(path: Path, change: Callable[[Ledger], T]) -> T:
    """Read the ledger, apply change, write it back if its text changed; all under the lock.

    A directory or special file is refused before the lock is taken; a symbolic
    link is followed (its target replaced, the link kept).
    """
    from ..files import atomic_write, existing_regular, output_target

    existing_regular(path, error=ModelError, what=_("ledger"))
    target = output_target(path)
    with locked(path):
        before = _read(path)
        ledger = _parse(before, path)
        try:
            result = change(ledger)
        except OtherNotice as exc:
            raise _other_notice(path, exc) from None
        after = to_text(ledger).encode("utf-8")
        if after != before:
            try:
                atomic_write(target, after)
            except OSError as exc:
                raise ModelError(
                    _("{path}: cannot write the ledger ({reason})").format(path=path, reason=exc.strerror or exc)
                ) from None
    return result


def read(path: Path, notice: Notice, registry: Registry, on: str) -> tuple[Ledger, SyncReport]:
    """The ledger matched to a notice, in memory only (for status and reports)."""
    ledger = load(path)
    try:
        return ledger, ledger.sync(notice, registry, on)
    except OtherNotice as exc:
        raise _other_notice(path, exc) from None


def _other_notice(path: Path, exc: OtherNotice) -> UsageError:
    """The one-line refusal of a ledger kept for another notice, naming both notices."""
    return UsageError(
        _(
            "{path} is the ledger of {theirs}, not of {ours} (the notice read); "
            "give its notice with --notice or its model with --model"
        ).format(path=path, theirs=exc.theirs, ours=exc.ours)
    )


def assignments_by_pair(notice: Notice, registry: Registry) -> dict[tuple[str, str], Assignment]:
    return {(a.key, a.unit): a for a in assignments(notice, registry)}
