"""Findings a reviewer can act on: where a notice is inconsistent with itself or with the registry.

Each finding has a stable code, a severity, the source line and a suggestion.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from . import patterns as P
from .decode import compact
from .i18n import _, n_
from .models import Clause, Notice, Part
from .numerals import int_to_cn
from .parse.links import MIN_SIMILARITY
from .registry import Registry
from .similar import similarity

# How close an unregistered name must be to a registered one to look like a typo.
TYPO_SIMILARITY = 0.6
# Units the registry does not know are summed up in one finding, naming at most this many.
UNREGISTERED_SHOWN = 10


class Finding(NamedTuple):
    code: str
    severity: str  # warning | info
    line: int
    message: str
    suggestion: str


def check(notice: Notice, registry: Registry) -> list[Finding]:
    findings = [
        *_parse_warnings(notice),
        *_units(notice, registry),
        *_annex_titles(notice),
        *_repeated_headings(notice),
    ]
    return sorted(findings, key=lambda f: (f.line, f.code, f.message))


def _parse_warnings(notice: Notice) -> list[Finding]:
    advice = {
        "numbering": _("check the source for a missing or doubled number"),
        "task-without-date": _("add the completion date to the row"),
        "row-incomplete": _("the table may stop mid-row: check the download is complete"),
        "annex-unparsed": _("check the line belongs to the table"),
    }
    out = []
    for w in notice.warnings:
        hint = next((text for key, text in advice.items() if key in w.code), _("check the source line"))
        out.append(Finding(w.code, w.severity, w.line, w.message, hint))
    return out


def _units(notice: Notice, registry: Registry) -> list[Finding]:
    out: list[Finding] = []
    first_line: dict[str, int] = {}
    spellings: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for task in notice.tasks:
        for name in task.departments:
            first_line.setdefault(name, task.line)
            spellings[registry.canonical(name)][name].append(task.id)
    known = {registry.canonical(n) for n in first_line if registry.resolve(n)}
    unregistered: list[str] = []
    for name, line in first_line.items():
        if registry.resolve(name):
            continue
        close = [
            c
            for c in registry.suggest(name, known, n=3, cutoff=TYPO_SIMILARITY)
            if _same_place(name, c) and _typo_of(name, c)
        ]
        if P.QUALIFIER.match(compact(name)) and any(c.startswith(name) for c in close):
            close = []  # 各乡镇 beside 各乡镇人民政府: the same collective written short, never a typo
        if any(_unit_of(name, c) for c in close):
            close = []  # 县公安局交警大队 beside 县公安局: a unit of that unit, never a typo
        if not close:
            unregistered.append(name)
            continue
        tasks = spellings[name][name]
        where = n_("task {ids}", "tasks {ids}", len(tasks)).format(ids=", ".join(map(str, tasks)))
        out.append(
            Finding(
                "unit-unknown",
                "warning",
                line,
                _("{unit} ({where}) is not a registered unit").format(unit=name, where=where),
                _("closest registered: {units}").format(units=_(", ").join(close)),
            )
        )
    if unregistered:
        shown = "、".join(unregistered[:UNREGISTERED_SHOWN])
        more = (
            _(" and {n} more").format(n=len(unregistered) - UNREGISTERED_SHOWN)
            if len(unregistered) > UNREGISTERED_SHOWN
            else ""
        )
        out.append(
            Finding(
                "units-unregistered",
                "info",
                first_line[unregistered[0]],
                n_(
                    "{n} unit the registry does not know: {units}{more}",
                    "{n} units the registry does not know: {units}{more}",
                    len(unregistered),
                ).format(n=len(unregistered), units=shown, more=more),
                _("normal for a notice's own units; list other spellings of one unit in a registry file (--registry)"),
            )
        )
    for canonical, written in spellings.items():
        if len(written) > 1:
            forms = _("; ").join(
                _("{unit} (tasks {ids})").format(unit=w, ids=", ".join(map(str, ids))) for w, ids in written.items()
            )
            line = min(first_line[w] for w in written)
            out.append(
                Finding(
                    "unit-spellings",
                    "warning",
                    line,
                    _("one unit written {n} ways: {forms}").format(n=len(written), forms=forms),
                    _("write {unit} throughout").format(unit=canonical),
                )
            )
    return out


def _unit_of(name: str, unit: str) -> bool:
    """县公安局交警大队 is a unit of 县公安局: the whole registered name, then a name of its own with a unit's
    ending (大队, 科, 中心); 县公安局局 is no such unit, nor 州委编办和监管部门 (two names run together, a
    collective's ending)."""
    rest = name[len(unit) :] if name.startswith(unit) else ""
    if len(rest) < 2 or rest in P.UNIT_ENDINGS or any(ch in rest for ch in "和及与、"):
        return False
    return rest.endswith(P.UNIT_ENDINGS) and not rest.endswith(P.COLLECTIVE_ENDINGS)


def _typo_of(a: str, b: str) -> bool:
    """县住键局 may be a typo for 县住建局, 州安局 for 州安全监管局: the names keep part of the word naming the
    unit's kind; 开发区招商局 is another kind of unit than 开发区财政局 (all of 招商 differs), 县水局 than 县林局."""
    head = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    rest_a, rest_b = a[head:][::-1], b[head:][::-1]
    tail = next(
        (i for i, (x, y) in enumerate(zip(rest_a, rest_b, strict=False)) if x != y), min(len(rest_a), len(rest_b))
    )
    place_ends = head == 0 or a[head - 1] in "省市州县区旗镇乡"  # the kind opens where the names part
    return not (place_ends and a[len(a) - tail :] in P.UNIT_ENDINGS)


def _same_place(a: str, b: str) -> bool:
    """市交通运输局 is another place's unit, not a typo for 州交通运输局."""
    pa, pb = P.PLACE_PREFIX.match(a), P.PLACE_PREFIX.match(b)
    return not (pa and pb) or pa.group("p") == pb.group("p")


def _annex_titles(notice: Notice) -> list[Finding]:
    if not notice.annex or not notice.parts:  # a task table standing alone has no body to implement
        return []
    clauses = {(p.number, c.number): (p, c) for p in notice.parts for c in p.clauses}
    parts = {p.number: p for p in notice.parts}
    out = []
    for group in notice.annex.groups:
        part = parts.get(group.part) if group.part else None
        if part is None:
            out.append(
                Finding(
                    "annex-unlinked",
                    "warning",
                    group.line,
                    _("annex group {label}{title} matches no body part").format(
                        label=f"{int_to_cn(group.number)}、", title=group.title
                    ),
                    _("check the annex against the body"),
                )
            )
        elif _differs(group.title, part.title) and _title_key(group.title) not in {
            _title_key(c.title) for c in part.clauses
        }:  # (a group named as one of the part's clauses: its title is that clause's)
            # a group that implements one of the part's clauses (一、农村厕所革命 for （一）扎实推进农村厕所革命), its
            # title like that clause's and not the part's, is compared with the clause
            clause = _clause_like(group.title, part)
            body_label, body_title = (
                (f"（{int_to_cn(clause.number)}）", clause.title)
                if clause
                else (f"{int_to_cn(part.number)}、", part.title)
            )
            out.append(_title_finding(group.line, f"{int_to_cn(group.number)}、", group.title, body_label, body_title))
        for sub in group.subgroups:
            found = clauses.get((sub.part, sub.clause)) if sub.part and sub.clause else None
            if found is None:
                out.append(
                    Finding(
                        "annex-unlinked",
                        "warning",
                        sub.line,
                        _("annex sub-group {label}{title} matches no body clause").format(
                            label=f"（{int_to_cn(sub.number)}）", title=sub.title
                        ),
                        _("check the annex against the body"),
                    )
                )
                continue
            clause = found[1]
            if _differs(sub.title, clause.title):
                out.append(
                    _title_finding(
                        sub.line,
                        f"（{int_to_cn(sub.number)}）",
                        sub.title,
                        f"（{int_to_cn(clause.number)}）",
                        clause.title,
                    )
                )
    return out


def _clause_like(title: str, part: Part) -> Clause | None:
    """The part's clause most like an annex group's title (as parse/links.py links them), when the part's own title is not."""
    key = _title_key(title)
    if similarity(key, _title_key(part.title)) >= MIN_SIMILARITY:
        return None
    scored = [(similarity(key, _title_key(c.title)), -n, c) for n, c in enumerate(part.clauses)]
    best = max(scored, default=None, key=lambda s: s[:2])
    return best[2] if best is not None and best[0] >= MIN_SIMILARITY else None


def _differs(a: str, b: str) -> bool:
    return compact(a) != compact(b)


def _title_key(title: str) -> str:
    return compact(title).rstrip("。.")


def _title_finding(line: int, annex_label: str, annex_title: str, body_label: str, body_title: str) -> Finding:
    return Finding(
        "annex-title-differs",
        "warning",
        line,
        _("annex {annex} differs from body {body} (similarity {ratio:.2f})").format(
            annex=f"{annex_label}{annex_title}",
            body=f"{body_label}{body_title}",
            ratio=similarity(_title_key(annex_title), _title_key(body_title)),
        ),
        _("use the body's wording: {title}").format(title=body_title),
    )


def _repeated_headings(notice: Notice) -> list[Finding]:
    out = [
        Finding(
            "heading-repeated",
            "info",
            b.line,
            _("heading repeated: {text}").format(text=b.text),
            _("kept once; a repeat with other wording is listed in the group's variants"),
        )
        for b in notice.boilerplate
        if b.kind == "repeated-heading"
    ]
    if notice.annex:
        for group in notice.annex.groups:
            if group.variants:
                wordings = _("; ").join([group.title, *group.variants])
                out.append(
                    Finding(
                        "heading-variants",
                        "warning",
                        group.line,
                        _("annex group {number} is headed {n} ways: {wordings}").format(
                            number=int_to_cn(group.number), n=len(group.variants) + 1, wordings=wordings
                        ),
                        _("use one wording (the first, {title}, is kept)").format(title=group.title),
                    )
                )
    return out
