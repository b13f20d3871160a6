"""Questions across the notices of a corpus database. Methods return plain records, never text to print."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ..decode import compact, fold
from ..errors import UsageError
from ..i18n import _
from ..query import TaskFilter, compile_pattern
from .schema import connect

Record = dict[str, Any]

# The trigram index finds terms of three characters or more; shorter ones are scanned for.
TRIGRAM = 3
_UNIT_SEP, _RECORD_SEP = "\x1f", "\x1e"  # char(31), char(30): never in a unit's name


def _fold(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _regexp(pattern: str, text: str | None) -> bool:
    return text is not None and _compiled(pattern).search(text) is not None


@cache
def _compiled(pattern: str) -> Any:
    return compile_pattern(pattern)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def notice_label(doc_number: str | None, name: str) -> str:
    """How a notice is named in a listing: its 文号, else its file name."""
    return doc_number or name


def _issuer_and_level(issuer: str | None, levels: Sequence[str]) -> tuple[list[str], list[Any]]:
    """Conditions on the notices table: an issuer holding issuer (width-insensitive), a level among levels."""
    where: list[str] = []
    args: list[Any] = []
    if issuer:
        where.append("instr(fold(issuers), ?) > 0")
        args.append(fold(issuer))
    if levels:
        where.append(f"level IN ({_marks(len(levels))})")
        args.extend(levels)
    return where, args


class Corpus:
    """A corpus database opened for questions."""

    def __init__(self, path: Path):
        self.path = path
        self.db = connect(path)
        self.db.row_factory = sqlite3.Row
        self.db.create_function("fold", 1, _fold, deterministic=True)
        self.db.create_function("regexp", 2, _regexp, deterministic=True)
        self._scope: tuple[str, list[Any]] = ("", [])  # notices the questions are asked of (see narrow)

    def narrow(self, issuer: str | None = None, levels: Sequence[str] = ()) -> None:
        """Ask the questions that follow (tasks, search, units, stats) of some notices only: those whose
        issuers hold issuer (width-insensitive) and whose level is one of levels."""
        where, args = _issuer_and_level(issuer, levels)
        self._scope = (f"SELECT id FROM notices WHERE {' AND '.join(where)}" if where else "", args)

    def _in_scope(self, column: str, where: list[str], args: list[Any]) -> None:
        """Add the narrowed notices (if any) to a query's conditions, for its column of notice ids."""
        sql, scope_args = self._scope
        if sql:
            where.append(f"{column} IN ({sql})")
            args.extend(scope_args)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -------------------------------------------------------------- notices

    def notices(
        self,
        issuer: str | None = None,
        years: Sequence[int] = (),
        level: str | None = None,
        keyword: str | None = None,
        failed: bool = False,
    ) -> list[Record]:
        """The documents: filtered by issuer (part of a name), year, level, a keyword in the title or 文号.

        With failed, the files that could not be read, with why.
        """
        where, args = _issuer_and_level(issuer, (level,) if level else ())
        where.insert(0, "status = ?")
        args.insert(0, "error" if failed else "ok")
        if years:
            where.append(f"year IN ({_marks(len(years))})")
            args.extend(years)
        if keyword:
            where.append("(instr(fold(coalesce(title, '')), ?) > 0 OR instr(fold(coalesce(doc_number, '')), ?) > 0)")
            args.extend([fold(keyword)] * 2)
        rows = self.db.execute(
            "SELECT doc_number, name, title, issuers, level, date, year, tasks, warnings, source_format, encoding,"
            f" error, path FROM notices WHERE {' AND '.join(where)} ORDER BY date IS NULL, date, path",
            args,
        )
        return [dict(r) for r in rows]

    # -------------------------------------------------------------- units

    def units_present(self) -> set[str]:
        return {u for (u,) in self.db.execute("SELECT DISTINCT unit FROM task_units")}

    def resolve_departments(self, names: Iterable[str], registry: Any) -> tuple[str, ...]:
        """The corpus's canonical units each typed name means (as for one notice: 公安局 finds 县公安局)."""
        names = list(names)
        if not names:
            return ()
        seen: set[str] | None = None
        out: list[str] = []
        for name in names:
            canonical = registry.canonical(name)
            if self.db.execute("SELECT 1 FROM task_units WHERE unit = ? LIMIT 1", (canonical,)).fetchone():
                out.append(canonical)  # the name itself: no need to read every unit
                continue
            if seen is None:
                seen = self.units_present()
            found = registry.matching(name, seen)
            if not found:
                hints = registry.suggest(name, seen)
                hint = (
                    _("; did you mean {names}?").format(names=_(" or ").join(hints))
                    if hints
                    else _("; 'policy-cli depts --corpus' lists them")
                )
                raise UsageError(_("no unit {name!r} in {path}{hint}").format(name=name, path=self.path, hint=hint))
            out.extend(sorted(found))
        return tuple(dict.fromkeys(out))

    # -------------------------------------------------------------- tasks

    def tasks(self, flt: TaskFilter, notices: Sequence[str] = (), by_deadline: bool = False) -> list[Record]:
        """Tasks of every notice matching the filter (canonical unit names), by notice then task number,
        or with by_deadline in the order their deadlines end (none last).

        notices narrows to notices by 文号 or file name.
        """
        where: list[str] = []
        args: list[Any] = []
        if flt.departments:
            where.append(f"t.id IN (SELECT task_id FROM task_units WHERE unit IN ({_marks(len(flt.departments))}))")
            args.extend(flt.departments)
        if flt.leads:
            where.append(
                f"t.id IN (SELECT task_id FROM task_units WHERE role = 'lead' AND unit IN ({_marks(len(flt.leads))}))"
            )
            args.extend(flt.leads)
        if flt.years:
            where.append(f"t.due_year IN ({_marks(len(flt.years))})")
            args.extend(flt.years)
        if flt.until is not None:
            where.append("t.due_year <= ?")
            args.append(flt.until)
        if flt.months:
            where.append(f"substr(t.due_date, 1, 7) IN ({_marks(len(flt.months))})")
            args.extend(flt.months)
        if flt.keywords:
            joined = " AND " if flt.all_keywords else " OR "
            where.append("(" + joined.join("instr(fold(t.text), ?) > 0" for _ in flt.keywords) + ")")
            args.extend(fold(k) for k in flt.keywords)
        if flt.patterns:
            for p in flt.patterns:
                _compiled(p)  # a bad pattern is a usage error before the query runs
            where.append("(" + " OR ".join("t.text REGEXP ?" for _ in flt.patterns) + ")")
            args.extend(flt.patterns)
        if flt.groups:
            where.append(f"t.group_number IN ({_marks(len(flt.groups))})")
            args.extend(flt.groups)
        if notices:
            where.append(f"(n.doc_number IN ({_marks(len(notices))}) OR n.name IN ({_marks(len(notices))}))")
            args.extend([*notices, *notices])
        self._in_scope("t.notice_id", where, args)
        sql = (
            "SELECT t.id AS uid, n.doc_number, n.name, t.number, t.due_year, t.due, t.due_date, t.due_kind,"
            " t.group_number, t.subgroup_number, t.path, t.source, t.departments_raw, t.text, t.line,"
            " (SELECT group_concat(written || char(31) || role, char(30)) FROM"
            "  (SELECT written, role FROM task_units WHERE task_id = t.id ORDER BY position)) AS units"
            " FROM tasks t JOIN notices n ON n.id = t.notice_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + (
                " ORDER BY t.due_date IS NULL, t.due_date, n.path, t.number"
                if by_deadline
                else " ORDER BY n.path, t.number"
            )
        )
        found = [dict(r) for r in self.db.execute(sql, args)]
        self._add_units(found)
        return found

    @staticmethod
    def _add_units(found: list[Record]) -> None:
        for r in found:
            r["departments"], r["lead"], r["partners"] = [], [], []
            for unit in (r.pop("units") or "").split(_RECORD_SEP):
                if unit:
                    written, role = unit.split(_UNIT_SEP)
                    r["departments"].append(written)
                    if role != "listed":
                        r["lead" if role == "lead" else "partners"].append(written)

    # -------------------------------------------------------------- search

    def search(self, text: str, use_regex: bool = False) -> list[Record]:
        """Blocks of text holding text (width-insensitive) or matching a pattern, with the first match's span.

        Three characters or more: the trigram index; one or two: a scan of the folded text.
        """
        if not text:
            raise UsageError(_("search text is empty"))
        select = (
            "SELECT n.doc_number, n.name, b.kind, b.key, b.title, b.line, b.text FROM blocks b"
            " JOIN notices n ON n.id = b.notice_id"
        )
        needle = fold(text)
        where: list[str] = []
        args: list[Any] = []
        if use_regex:
            _compiled(text)
            where.append("b.text REGEXP ?")
            args.append(text)
        elif len(needle) >= TRIGRAM:
            select += " JOIN blocks_fts f ON f.rowid = b.id"
            where.append("blocks_fts MATCH ?")
            args.append('"' + needle.replace('"', '""') + '"')
        else:
            where.append("instr(b.folded, ?) > 0")
            args.append(needle)
        self._in_scope("b.notice_id", where, args)
        rows = self.db.execute(f"{select} WHERE {' AND '.join(where)} ORDER BY n.path, b.position", args)
        hits = []
        for r in rows:
            record = dict(r)
            if use_regex:
                m = _compiled(text).search(record["text"])
                span = (m.start(), m.end()) if m else (0, 0)
            else:
                at = fold(record["text"]).find(needle)
                span = (at, at + len(needle))
            record["start"], record["end"] = span
            hits.append(record)
        return hits

    # -------------------------------------------------------------- summaries

    def units(self) -> list[Record]:
        """Each unit across the corpus: tasks, notices, tasks it leads, due years, spellings."""
        where: list[str] = []
        args: list[Any] = []
        self._in_scope("t.notice_id", where, args)
        scoped = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.execute(
            "SELECT u.unit, count(DISTINCT u.task_id) AS tasks, count(DISTINCT t.notice_id) AS notices,"
            " count(DISTINCT CASE WHEN u.role = 'lead' THEN u.task_id END) AS lead"
            f" FROM task_units u JOIN tasks t ON t.id = u.task_id{scoped} GROUP BY u.unit ORDER BY tasks DESC, u.unit",
            args,
        )
        found = {r["unit"]: {**dict(r), "years": {}, "spellings": []} for r in rows}
        for unit, year, n in self.db.execute(
            "SELECT u.unit, t.due_year, count(DISTINCT t.id) FROM task_units u JOIN tasks t ON t.id = u.task_id"
            f" WHERE {' AND '.join(['t.due_year IS NOT NULL', *where])}"
            " GROUP BY u.unit, t.due_year ORDER BY u.unit, t.due_year",
            args,
        ):
            found[unit]["years"][year] = n
        for unit, written in self.db.execute(
            f"SELECT DISTINCT u.unit, u.written FROM task_units u JOIN tasks t ON t.id = u.task_id{scoped}"
            " ORDER BY u.unit, u.written",
            args,
        ):
            found[unit]["spellings"].append(written)
        return list(found.values())

    def stats(self) -> dict[str, list[Record]]:
        """Tasks per due year, notices and tasks per level, and tasks per notice."""
        where: list[str] = []
        args: list[Any] = []
        self._in_scope("notice_id", where, args)
        tasks_in = f" WHERE {' AND '.join(where)}" if where else ""
        where = ["status = 'ok'"]
        notice_args: list[Any] = []
        self._in_scope("id", where, notice_args)
        notices_in = f" WHERE {' AND '.join(where)}"
        by_year = [
            dict(r)
            for r in self.db.execute(
                f"SELECT due_year AS key, count(*) AS tasks FROM tasks{tasks_in} GROUP BY due_year"
                " ORDER BY due_year IS NULL, due_year",
                args,
            )
        ]
        by_level = [
            dict(r)
            for r in self.db.execute(
                f"SELECT level AS key, count(*) AS notices, sum(tasks) AS tasks FROM notices{notices_in}"
                " GROUP BY level ORDER BY level IS NULL, tasks DESC, level",
                notice_args,
            )
        ]
        by_notice = [
            dict(r)
            for r in self.db.execute(
                f"SELECT doc_number, name, title, tasks FROM notices{notices_in} ORDER BY tasks DESC, path",
                notice_args,
            )
        ]
        return {"year": by_year, "level": by_level, "notice": by_notice}

    # -------------------------------------------------------------- citations

    def cited(self) -> list[Record]:
        """Every document the corpus cites, most-cited first: kind, target, how many notices cite it,
        and its own notice's title when it is in the corpus."""
        rows = self.db.execute(
            "SELECT c.kind, c.target, count(*) AS notices, min(c.written) AS written,"
            " (SELECT title FROM notices WHERE doc_number = c.target"
            "  OR (c.kind = 'title' AND replace(fold(title), ' ', '') = c.target) LIMIT 1) AS title"
            " FROM citations c GROUP BY c.kind, c.target ORDER BY notices DESC, c.kind, c.target"
        )
        return [dict(r) for r in rows]

    def citing(self, target: str) -> list[Record]:
        """The notices that cite a 文号 (any spelling) or a 《》 title, earliest first."""
        key = normalize_citation(target)
        rows = self.db.execute(
            "SELECT n.doc_number, n.name, n.title, n.issuers, n.level, n.date, c.written, c.line"
            " FROM citations c JOIN notices n ON n.id = c.notice_id WHERE c.target = ?"
            " ORDER BY n.date IS NULL, n.date, n.path",
            (key,),
        )
        return [dict(r) for r in rows]

    def chain(self, target: str, depth: int = 6) -> list[Record]:
        """The document and, below it, the notices implementing it, then theirs, depth-first.

        Each record has a depth (0 for the document itself); a notice reached twice is listed
        under its first citer only.
        """
        key = normalize_citation(target)
        head = self.db.execute(
            "SELECT doc_number, name, title, issuers, level, date FROM notices WHERE doc_number = ?", (key,)
        ).fetchone()
        out: list[Record] = [
            {
                "depth": 0,
                **(
                    dict(head)
                    if head
                    else {"doc_number": key, "name": "", "title": None, "issuers": None, "level": None, "date": None}
                ),
            }
        ]
        seen = {key}

        def walk(number: str, level: int) -> None:
            if level > depth:
                return
            for r in self.citing(number):
                label = r["doc_number"] or r["name"]
                if label in seen:
                    continue
                seen.add(label)
                out.append(
                    {"depth": level, **{k: r[k] for k in ("doc_number", "name", "title", "issuers", "level", "date")}}
                )
                if r["doc_number"]:
                    walk(r["doc_number"], level + 1)

        walk(key, 1)
        return out


def normalize_citation(text: str) -> str:
    """A 文号 in its standard form (甘委发[2017]28号 -> 甘委发〔2017〕28号); a title without 《》 and spaces."""
    from ..parse.head import normalize_doc_number

    stripped = compact(text)
    if stripped.startswith("《") and stripped.endswith("》"):
        return stripped[1:-1]
    return normalize_doc_number(text.strip()) or stripped
