"""Deadlines: where they are written, and what date each one ends on.

A deadline is kept as written (``due``) and resolved to the last day it allows
(``due_date``), its year (``due_year``), where a range starts (``due_from``) and
its kind: ``date`` (one end date, at any precision: 2019年, 2019年6月底前,
三季度末), ``range`` (2020—2021年), ``standing`` (长期坚持, 持续推进, 每季度) or
``unknown`` (written, but no date can be given: 立即, or 6月底前 in a notice
whose year is nowhere to be found). Deadlines without a year (6月底前, 三季度末,
上半年, 年底前), common in 工作要点, take the notice's year.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import patterns as P
from ..decode import fold
from ..models import Metadata, Task, Warning


class Deadline(NamedTuple):
    year: int | None
    date: str | None  # ISO date the deadline ends
    start: str | None  # ISO date a range starts
    kind: str | None  # date | range | standing | unknown; None when nothing is written


NO_DEADLINE = Deadline(None, None, None, None)
# punctuation a cell or labelled line leaves after a deadline: 完成时限：2021年11月底前。
_TRAILING = "。.;；,，、 "


def due_year(due: str | None) -> int | None:
    """2018年 -> 2018; 2021—2023年 -> 2023; 长期坚持 -> None (the year as written, no notice year)."""
    return resolve(due).year


def deadline_in_prose(text: str) -> str | None:
    """The first deadline written in a clause or item: 2020年12月底前, 到2022年, 6月底前, 长期坚持."""
    match = P.DEADLINE.search(fold(text))
    return text[match.start() : match.end()] if match else None


@lru_cache(maxsize=4096)
def resolve(due: str | None, notice_year: int | None = None) -> Deadline:
    """What a deadline as written means; notice_year completes one written without a year."""
    if not due or not due.strip():
        return NO_DEADLINE
    folded = fold(due)
    if P.STANDING_DEADLINE.search(folded):
        return Deadline(None, None, None, "standing")
    if P.DUE_EVENT.search(folded):  # 2021年汛前: the year is known, the day is not
        years = [int(y) for y in P.YEAR.findall(folded)]
        return Deadline(max(years) if years else notice_year, None, None, "unknown")
    span = P.DUE_RANGE.search(folded)
    if span:
        return _range(span)
    ends = [end for m in P.DUE_POINT.finditer(folded) if (end := _point_end(m, notice_year))]
    if ends:
        latest = max(ends)
        return Deadline(int(latest[:4]), latest, None, "date")
    years = [int(y) for y in P.YEAR.findall(folded)]
    if years:
        return Deadline(max(years), f"{max(years):04d}-12-31", None, "date")
    return Deadline(None, None, None, "unknown")


def _range(match: regex.Match[str]) -> Deadline:
    first, last = int(match["y1"]), int(match["y2"] or match["y1"])
    first_month = int(match["m1"] or 1)
    last_month = int(match["m2"] or 12)
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12) or (first, first_month) > (last, last_month):
        return Deadline(max(first, last), None, None, "unknown")
    return Deadline(last, _month_end(last, last_month), f"{first:04d}-{first_month:02d}-01", "range")


# the last day of a quarter and of a half year
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
_TEN_DAYS = {"上旬": 10, "中旬": 20}


def _point_end(match: regex.Match[str], notice_year: int | None) -> str | None:
    """The ISO date a single deadline expression ends on, or None when it cannot be dated."""
    year = int(match["y"]) if match["y"] else notice_year
    if year is None:
        return None
    if match["m"]:
        month = int(match["m"])
        if not 1 <= month <= 12:
            return None
        if match["d"]:
            day = int(match["d"])
            return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= _last_day(year, month) else None
        if match["xun"] in _TEN_DAYS:
            return f"{year:04d}-{month:02d}-{_TEN_DAYS[match['xun']]:02d}"
        return _month_end(year, month)
    if match["q"]:
        return _month_end(year, _QUARTER_END[match["q"]])
    if match["half"]:
        return _month_end(year, 6 if match["half"] in ("上半年", "年中") else 12)
    return f"{year:04d}-12-31"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{_last_day(year, month):02d}"


def notice_year(metadata: Metadata) -> int | None:
    """The year a deadline without one belongs to: the title's own year (2023年工作要点), else the
    signature date, the publication date or the 文号's year."""
    if metadata.title:
        years = set(P.YEAR.findall(fold(metadata.title)))
        if len(years) == 1:
            return int(years.pop())
    for date in (metadata.signed, metadata.published):
        if date:
            return int(date[:4])
    number = metadata.doc_number_normalized or metadata.doc_number
    if number:
        match = P.DOC_NUMBER.search(fold(number))
        if match:
            return int(match["year"])
    return None


def with_deadlines(tasks: list[Task], metadata: Metadata) -> tuple[list[Task], list[Warning]]:
    """Tasks with their deadlines resolved, and a warning for each deadline that could not be dated."""
    year = notice_year(metadata)
    out: list[Task] = []
    warnings: list[Warning] = []
    for task in tasks:
        due = task.due.strip().rstrip(_TRAILING) or None if task.due else None
        deadline = resolve(due, year)
        if deadline.kind == "unknown":
            why = (
                "it names an event or season, not a date"
                if deadline.year is not None
                else "it names no year and the notice's year is unknown"
                if year is None
                else "it is not a date"
            )
            warnings.append(Warning("deadline-undated", task.line, f"task {task.id}: deadline {task.due!r}: {why}"))
        out.append(
            replace(
                task,
                due=due,
                due_year=deadline.year,
                due_date=deadline.date,
                due_from=deadline.start,
                due_kind=deadline.kind,
            )
        )
    return out, warnings
