"""Index many notices into one SQLite database: in parallel, incrementally, never stopped by one bad file.

Files are read through the same entry as `--notice` (source.parse_file), or
as models when they are policy-cli models. A file whose bytes hash as
recorded is skipped; a changed one is replaced; a recorded file under a given
folder that is no longer there is dropped. Commits fall between notices, so an
interrupted run leaves each notice whole or absent, and the next run goes on.
Parsed notices are written in short transactions that take SQLite's write
lock at their start, so runs at once on one database wait their turn
(bounded by the busy timeout) instead of failing.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..decode import DEFAULT_MAX_BYTES, fold, read_notice_bytes
from ..errors import ModelError, PolicyError, UsageError
from ..i18n import _
from .schema import connect

# What a folder is searched for; a file named on the command line is read whatever its name.
NOTICE_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".docx", ".pdf", ".yaml", ".yml"})

_ROWS_PER_COMMIT = 200

# Level of government, read from the place word just before the body's name:
# 中共甘孜州委 -> 州, 青岚市人民政府办公室 -> 市, 西藏自治区人民政府 -> 省.
_CENTRAL = re.compile(r"^(?:中共中央|中央|国务院|全国)")
_BODY = re.compile(r"人民政府|政府|党委|委员会|常委会|委|办公厅|办公室|行政公署|人大|政协|纪委|厅|局")
_PLACE = re.compile(r"(自治区|自治州|自治县|地区|省|州|盟|市|县|旗|区)")
_LEVELS = {"自治区": "省", "自治州": "州", "地区": "州", "盟": "州", "自治县": "县", "旗": "县"}
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_YEAR_IN_NUMBER = re.compile(r"〔(\d{4})〕")


def level_of(issuer: str) -> str | None:
    """中央, 省, 州, 市, 县 or 区 for an issuing body's name; None when no place word is found."""
    name = issuer.removeprefix("中国共产党").removeprefix("中共")
    if _CENTRAL.match(issuer) or _CENTRAL.match(name):
        return "中央"
    if name.startswith(_MUNICIPALITIES):
        return "省"
    body = _BODY.search(name)
    place = name[: body.start()] if body else name
    found = _PLACE.findall(place)
    if not found:
        return None
    last: str = found[-1]
    return _LEVELS.get(last, last)


@dataclass
class Summary:
    """What a run did."""

    found: int = 0
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why) of this run, in path order
    errors: int = 0  # files recorded as unreadable after the run, this run's and earlier ones


# ------------------------------------------------------------------ finding files


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Every notice file under the given paths (folders searched recursively, hidden entries skipped)."""
    found: dict[Path, None] = {}
    for given in paths:
        if given.is_dir():
            for folder, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                names = [
                    n for n in sorted(files) if not n.startswith(".") and Path(n).suffix.lower() in NOTICE_SUFFIXES
                ]
                for name in _without_models_of_notices(names):
                    found[Path(folder, name).resolve()] = None
        elif given.exists():
            found[given.resolve()] = None
        else:
            raise UsageError(_("{path}: no such file or folder").format(path=given))
    return sorted(found)


_MODEL_SUFFIXES = (".yaml", ".yml")


def _without_models_of_notices(names: list[str]) -> list[str]:
    """A folder's notice files, less a model standing beside the notice it was parsed from (关于….txt and
    关于….yaml, as `parse -o` writes them): that notice would be counted twice."""
    notices = {Path(n).stem for n in names if Path(n).suffix.lower() not in _MODEL_SUFFIXES}
    return [n for n in names if Path(n).suffix.lower() not in _MODEL_SUFFIXES or Path(n).stem not in notices]


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # the worker reports why


# ------------------------------------------------------------------ one notice -> rows


@dataclass
class Rows:
    """One file's rows, made in a worker process and written by the main one."""

    path: str
    sha256: str
    size: int
    error: str | None = None
    notice: dict[str, Any] = field(default_factory=dict)
    parts: list[tuple[Any, ...]] = field(default_factory=list)
    clauses: list[tuple[Any, ...]] = field(default_factory=list)
    tasks: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = field(default_factory=list)
    citations: list[tuple[Any, ...]] = field(default_factory=list)
    blocks: list[tuple[Any, ...]] = field(default_factory=list)
    warnings: list[tuple[Any, ...]] = field(default_factory=list)


def read_rows(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Rows:
    """Parse one file into rows; any failure becomes the row's error, never an exception."""
    try:
        raw = read_notice_bytes(Path(path), max_bytes)
    except PolicyError as exc:  # unreadable or too large: recorded without a hash, so tried again next time
        return Rows(path, "", 0, error=_without_path(exc, path))
    rows = Rows(path, hashlib.sha256(raw).hexdigest(), len(raw))
    try:
        _fill(rows, Path(path), raw)
    except PolicyError as exc:
        rows.error = _without_path(exc, path)
    except Exception as exc:  # a bug in the parser: recorded, and the batch goes on
        rows.error = f"internal error: {type(exc).__name__}: {exc}"
    if rows.error is not None:
        rows.parts, rows.clauses, rows.tasks, rows.citations, rows.blocks, rows.warnings = [], [], [], [], [], []
    return rows


def _without_path(exc: Exception, path: str) -> str:
    return str(exc).removeprefix(f"{path}: ").removeprefix(f"{path}:")


def _fill(rows: Rows, path: Path, raw: bytes) -> None:
    from .. import source
    from ..cites import citations
    from ..query import text_blocks
    from ..registry import default_registry

    encoding: str | None = None
    if raw.lstrip(b"\xef\xbb\xbf").startswith(b"schema:"):
        from ..store import load_yaml_text

        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ModelError(_("{path}: not a UTF-8 model file").format(path=path)) from None
        notice = load_yaml_text(text, str(path))
        kind = "model"
    else:
        parsed = source.parse_bytes(raw, path)
        notice = parsed.notice
        kind = notice.metadata.source_format or "text"
        if kind in ("text", "html"):  # a Word file or PDF has no encoding of its own to report
            encoding = getattr(parsed.decoded, "encoding", None)
    meta = notice.metadata
    date = meta.signed or meta.published
    number = meta.doc_number_normalized or meta.doc_number
    year_match = _YEAR_IN_NUMBER.search(number or "")
    year = int(date[:4]) if date else int(year_match.group(1)) if year_match else None
    level = next((lv for lv in map(level_of, meta.issuers) if lv), None)
    rows.notice = {
        "encoding": encoding,
        "source_format": kind,
        "doc_number": number,
        "doc_number_written": meta.doc_number,
        "title": meta.title,
        "issuers": "、".join(meta.issuers) or None,
        "level": level,
        "date": date,
        "year": year,
        "tasks": len(notice.tasks),
        "warnings": len(notice.warnings),
    }
    rows.parts = [(i, p.number, p.title, p.text, p.line) for i, p in enumerate(notice.parts, 1)]
    clauses = [(p.number, c.number, c.title, c.text, c.line) for p in notice.parts for c in p.clauses]
    rows.clauses = [(i, *c) for i, c in enumerate(clauses, 1)]
    registry = default_registry()
    for t in notice.tasks:
        task = (
            t.id,
            t.path,
            t.source,
            t.text,
            t.group,
            t.subgroup,
            t.departments_raw,
            "、".join(t.leaders) or None,
            t.due,
            t.due_year,
            t.due_date,
            t.due_from,
            t.due_kind,
            t.line,
        )
        named = list(dict.fromkeys([*t.departments, *t.lead, *t.partners]))
        units = [
            (i, registry.canonical(u), u, "lead" if u in t.lead else "partner" if u in t.partners else "listed")
            for i, u in enumerate(named, 1)
        ]
        rows.tasks.append((task, units))
    own = {number, meta.doc_number}
    for c in citations(notice):
        if c.kind == "doc-number" and c.key in own:
            continue
        first_line = c.places[0][1] if c.places else 0
        rows.citations.append((c.kind, c.key, c.spellings[0], len(c.places), first_line))
    rows.blocks = [(b.kind, b.key, b.title, b.line, b.text, fold(b.text)) for b in text_blocks(notice)]
    rows.warnings = [(w.code, w.line, w.message) for w in notice.warnings]


# ------------------------------------------------------------------ rows -> database


def _write(db: sqlite3.Connection, rows: Rows) -> None:
    db.execute("DELETE FROM notices WHERE path = ?", (rows.path,))
    n = rows.notice
    cursor = db.execute(
        "INSERT INTO notices (path, name, sha256, size, status, error, encoding, source_format, doc_number,"
        " doc_number_written, title, issuers, level, date, year, tasks, warnings)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rows.path,
            Path(rows.path).name,
            rows.sha256,
            rows.size,
            "error" if rows.error is not None else "ok",
            rows.error,
            n.get("encoding"),
            n.get("source_format"),
            n.get("doc_number"),
            n.get("doc_number_written"),
            n.get("title"),
            n.get("issuers"),
            n.get("level"),
            n.get("date"),
            n.get("year"),
            n.get("tasks", 0),
            n.get("warnings", 0),
        ),
    )
    notice_id = cursor.lastrowid
    db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?)", [(notice_id, *p) for p in rows.parts])
    db.executemany("INSERT INTO clauses VALUES (?, ?, ?, ?, ?, ?, ?)", [(notice_id, *c) for c in rows.clauses])
    for task, units in rows.tasks:
        task_id = db.execute(
            "INSERT INTO tasks (notice_id, number, path, source, text, group_number, subgroup_number,"
            " departments_raw, leaders, due, due_year, due_date, due_from, due_kind, line)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (notice_id, *task),
        ).lastrowid
        db.executemany("INSERT INTO task_units VALUES (?, ?, ?, ?, ?)", [(task_id, *u) for u in units])
    db.executemany("INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?)", [(notice_id, *c) for c in rows.citations])
    db.executemany(
        "INSERT INTO blocks (notice_id, position, kind, key, title, line, text, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(notice_id, i, *b) for i, b in enumerate(rows.blocks, 1)],
    )
    db.executemany(
        "INSERT INTO warnings VALUES (?, ?, ?, ?, ?)", [(notice_id, i, *w) for i, w in enumerate(rows.warnings, 1)]
    )


def _write_batch(
    db: sqlite3.Connection, batch: list[Rows], known: dict[str, tuple[int, str]], summary: Summary
) -> None:
    """Write parsed notices in one short transaction, looking each path up inside it.

    Another run may have written the same file since this one started: a row
    that run wrote with the same bytes is left as it is (counted unchanged),
    any other is replaced, so runs at once on one database all succeed.
    """
    if not batch:
        return
    with db:  # other writers wait for the lock (see schema.connect), never fail midway
        db.execute("BEGIN IMMEDIATE")  # before the look-ups, so none goes stale before the writes
        for rows in batch:
            found = db.execute("SELECT sha256 FROM notices WHERE path = ?", (rows.path,)).fetchone()
            if found is not None and rows.path not in known and rows.sha256 and found[0] == rows.sha256:
                summary.skipped += 1
                continue
            _write(db, rows)
            if found is not None:
                summary.replaced += 1
            else:
                summary.added += 1


def _under(path: str, roots: list[Path]) -> bool:
    return any(path == str(r) or path.startswith(str(r) + os.sep) for r in roots)


# ------------------------------------------------------------------ the run

Progress = Callable[[int, int, str], None]  # (done, total, path just written)


def index(
    paths: Iterable[Path],
    database: Path,
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> Summary:
    """Bring the database up to date with the notices under paths; see the module's docstring."""
    from .. import __version__

    given = list(paths)
    files = find_files(given)
    roots = [p.resolve() for p in given]
    db = connect(database, create=True)
    try:
        summary = Summary(found=len(files))
        version = db.execute("SELECT value FROM meta WHERE key = 'parser'").fetchone()
        reparse_all = version is None or version[0] != __version__
        known = {path: (nid, sha) for nid, path, sha in db.execute("SELECT id, path, sha256 FROM notices")}
        todo = []
        for f in files:
            entry = known.get(str(f))
            if entry is not None and not reparse_all and entry[1] == _digest(f):
                summary.skipped += 1
            else:
                todo.append(str(f))
        wanted = {str(f) for f in files}
        gone = [p for p in known if p not in wanted and _under(p, roots)]
        with db:
            db.executemany("DELETE FROM notices WHERE path = ?", [(p,) for p in gone])
        summary.removed = len(gone)
        batch: list[Rows] = []
        pending = 0
        for done, rows in enumerate(_parse_all(todo, jobs, max_bytes), 1):
            batch.append(rows)
            if rows.error is not None:
                summary.failed.append((rows.path, rows.error))
            pending += 1 + len(rows.tasks)
            if pending >= _ROWS_PER_COMMIT:
                _write_batch(db, batch, known, summary)
                batch, pending = [], 0
            if progress:
                progress(done, len(todo), rows.path)
        _write_batch(db, batch, known, summary)
        # Only a run that got through records its version: an interrupted one is taken up again.
        with db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('parser', ?)", (__version__,))
        summary.failed.sort()
        summary.errors = db.execute("SELECT count(*) FROM notices WHERE status = 'error'").fetchone()[0]
        return summary
    finally:
        db.close()


def _worker_signals() -> None:
    """In a pool worker: Ctrl-C is for the parent, and SIGTERM (how the pool ends its workers) ends it quietly.

    A forked worker inherits the command's handlers, which raise to unwind the
    stack: in a worker that printed a traceback, and could leave the pool's
    queue lock held so that the parent waited forever.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _parse_all(todo: list[str], jobs: int | None, max_bytes: int) -> Iterator[Rows]:
    """Each file's rows, in order; one process when jobs is 1 or there is one file.

    At most two files per worker are in flight, so memory stays flat however
    many files there are, and the workers are replaced after every
    _FILES_PER_POOL files each, so that nothing a worker keeps can grow with
    the corpus. A worker that dies (killed, or out of memory) breaks its pool:
    the files it held are read again one at a time, and a file whose worker dies
    again is recorded as failed; the run goes on.
    """
    workers = min(jobs or os.cpu_count() or 1, len(todo))
    if workers <= 1:
        for path in todo:
            yield read_rows(path, max_bytes)
        return
    step = _FILES_PER_POOL * workers
    for start in range(0, len(todo), step):
        yield from _parse_with_pool(todo[start : start + step], workers, max_bytes)


_FILES_PER_POOL = 200


def _pool(workers: int) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_worker_signals)


def _parse_with_pool(todo: list[str], workers: int, max_bytes: int) -> Iterator[Rows]:
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    pending = deque(todo)
    window: deque[tuple[str, Any]] = deque()
    pool = _pool(workers)
    finished = False
    try:
        while pending or window:
            try:
                while pending and len(window) < 2 * workers:
                    window.append((pending[0], pool.submit(read_rows, pending[0], max_bytes)))
                    pending.popleft()
                rows: Rows = window[0][1].result()
                window.popleft()
            except BrokenProcessPool:
                held = [p for p, _ in window]
                window.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                for again in held:
                    yield _parse_alone(again, max_bytes)
                pool = _pool(workers)
                continue
            yield rows
        finished = True
    finally:
        # Done: the idle workers are waited for, so the pool's own thread is not left to end at the interpreter's
        # exit (where it may write to a pipe already closed, a traceback on stderr). Interrupted (Ctrl-C,
        # SIGTERM): nothing more is started, a worker ends with its file.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _parse_alone(path: str, max_bytes: int) -> Rows:
    """One file in a pool of its own: its rows, or a failure when its worker dies too."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    finished = False
    try:
        result: Rows = pool.submit(read_rows, path, max_bytes).result()
        finished = True
        return result
    except BrokenProcessPool:
        finished = True  # (a broken pool has no worker left to wait for)
        return Rows(path, "", 0, error=_("the process reading it ended abruptly (killed, or out of memory)"))
    finally:
        pool.shutdown(wait=finished, cancel_futures=not finished)
