"""Corpus records -> views: the one-notice views with a notice column, and the corpus's own listings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import views as notice_views
from ..i18n import n_
from ..views import BARS, View, no_none_keys, year_counts
from .query import Record, notice_label

# a notice's task columns, after the notice each row comes from
TASK_COLUMNS = ("notice", *notice_views.TASK_COLUMNS)
TASK_TABLE_COLUMNS = ("notice", *notice_views.TASK_TABLE_COLUMNS)


def _count(n: int, one: str, many: str) -> str:
    return n_(f"{{n}} {one}", f"{{n}} {many}", n).format(n=n)


def tasks(found: Sequence[Record], caption: str | None = None) -> View:
    records = [
        {
            "notice": notice_label(r["doc_number"], r["name"]),
            "id": r["number"],
            "due_year": r["due_year"],
            "due": r["due"],
            "due_date": r["due_date"],
            "group": r["group_number"],
            "subgroup": r["subgroup_number"],
            "path": r["path"],
            "source": r["source"],
            "departments_raw": r["departments_raw"],
            "departments": r["departments"],
            "lead": r["lead"],
            "partners": r["partners"],
            "text": r["text"],
            "line": r["line"],
        }
        for r in found
    ]
    return View(
        records,
        TASK_COLUMNS,
        table_columns=TASK_TABLE_COLUMNS,
        data_columns=list(records[0]) if records else TASK_COLUMNS,
        caption=caption if caption is not None else _count(len(records), "task", "tasks"),
    )


def search_hits(hits: Sequence[Record], context: int) -> View:
    records = []
    for hit in hits:
        text, first, last = hit["text"], hit["start"], hit["end"]
        start, end = max(first - context, 0), min(last + context, len(text))
        snippet = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
        shift = (1 if start else 0) - start
        where = f"{hit['kind']} {hit['key']}" if hit["kind"] in ("task", "note") else hit["key"] or hit["kind"]
        if hit["title"] and hit["kind"] not in ("task", "note"):
            where = f"{where} {hit['title']}"
        records.append(
            {
                "notice": notice_label(hit["doc_number"], hit["name"]),
                "kind": hit["kind"],
                "where": where,
                "line": hit["line"] or None,
                "snippet": snippet.replace("\n", " "),
                "_spans": [(first + shift, last + shift)],
            }
        )
    return View(
        records,
        ("notice", "kind", "where", "line", "snippet"),
        caption=_count(len(records), "place", "places"),
        highlight="snippet",
    )


def units(found: Sequence[Record]) -> View:
    records = [
        {
            "unit": u["unit"],
            "tasks": u["tasks"],
            "notices": u["notices"],
            "lead": u["lead"],
            "years": " ".join(f"{y}:{n}" for y, n in sorted(u["years"].items())),
            "spellings": u["spellings"],
        }
        for u in found
    ]
    return View(
        records,
        ("unit", "tasks", "notices", "lead", "years", "spellings"),
        caption=_count(len(records), "unit", "units"),
        data_records=[{**r, "years": year_counts(u["years"])} for r, u in zip(records, found, strict=True)],
    )


def stats(found: dict[str, list[Record]]) -> View:
    """Tasks per due year and per level of government, and per notice, as bars on a terminal."""
    records: list[Record] = [
        {"dimension": "year", "key": r["key"] if r["key"] is not None else "none", "label": "", "tasks": r["tasks"]}
        for r in found["year"]
    ]
    records += [
        {
            "dimension": "level",
            "key": r["key"] or "none",
            "label": _count(r["notices"], "notice", "notices"),
            "tasks": r["tasks"],
        }
        for r in found["level"]
    ]
    records += [
        {
            "dimension": "notice",
            "key": notice_label(r["doc_number"], r["name"]),
            "label": r["title"] or "",
            "tasks": r["tasks"],
        }
        for r in found["notice"]
    ]
    return View(records, ("dimension", "key", "label", "tasks"), shape=BARS, data_records=no_none_keys(records))


NOTICE_COLUMNS = ("doc_number", "date", "level", "issuers", "title", "tasks", "warnings", "source_format", "path")


def notices(found: Sequence[Record], failed: bool = False) -> View:
    if failed:
        return View(
            [{"path": r["path"], "error": r["error"]} for r in found],
            ("path", "error"),
            caption=_count(len(found), "file not read", "files not read"),
        )
    return View(
        [{k: r[k] for k in NOTICE_COLUMNS} for r in found],
        NOTICE_COLUMNS,
        table_columns=("doc_number", "date", "level", "issuers", "title", "tasks"),
        caption=_count(len(found), "notice", "notices"),
    )


CITER_COLUMNS = ("notice", "date", "level", "issuers", "title", "written", "line")


def citers(found: Sequence[Record], target: str) -> View:
    records = [
        {"notice": notice_label(r["doc_number"], r["name"]), **{k: r[k] for k in CITER_COLUMNS[1:]}} for r in found
    ]
    return View(
        records,
        CITER_COLUMNS,
        table_columns=("notice", "date", "level", "issuers", "title"),
        title=target,
        caption=_count(len(records), "notice cites it", "notices cite it"),
    )


def cited(found: Sequence[Record]) -> View:
    return View(
        [dict(r) for r in found],
        ("kind", "target", "notices", "written", "title"),
        table_columns=("target", "notices", "title"),
        caption=_count(len(found), "document cited", "documents cited"),
    )


def chain(found: Sequence[Record]) -> View:
    """The central document first, each implementing notice indented under the one it cites."""
    records: list[dict[str, Any]] = []
    for r in found:
        label = notice_label(r["doc_number"], r["name"])
        records.append(
            {
                "depth": r["depth"],
                "chain": ("  " * (r["depth"] - 1) + "└ " if r["depth"] else "") + label,
                "notice": label,
                "date": r["date"],
                "level": r["level"],
                "issuers": r["issuers"],
                "title": r["title"],
            }
        )
    return View(
        records,
        ("depth", "notice", "date", "level", "issuers", "title"),
        table_columns=("chain", "date", "level", "issuers", "title"),
        caption=_count(len(records) - 1, "notice implements it", "notices implement it"),
    )
