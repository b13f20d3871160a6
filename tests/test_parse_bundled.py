"""The bundled notice (甘委发[2017]28号) end to end: real values from the real document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policy_cli.decode import fold
from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.patterns import EMPTY_CELL, ROLE_LABEL
from policy_cli.source import parse_file

from .conftest import FIXTURES, RAW_NOTICE, SAMPLES


def test_tasks_numbered_1_to_86_without_gap(bundled: Notice) -> None:
    assert [t.id for t in bundled.tasks] == list(range(1, 87))
    assert not [w for w in bundled.warnings if w.code.startswith("task-numbering")]


def test_due_years(bundled: Notice) -> None:
    assert Counter(t.due_year for t in bundled.tasks) == {2017: 35, 2018: 39, 2019: 10, 2020: 2}
    assert {t.due for t in bundled.tasks} == {"2017年", "2018年", "2019年", "2020年"}


def test_parts_and_clauses(bundled: Notice) -> None:
    assert len(bundled.parts) == 6
    assert [p.number for p in bundled.parts] == [1, 2, 3, 4, 5, 6]
    assert bundled.parts[0].title == "总体要求"
    assert bundled.parts[5].title == "加强安全基础保障能力建设"
    clauses = bundled.clauses()
    assert len(clauses) == 27
    assert [c.number for c in clauses] == list(range(1, 28))
    assert clauses[0].title == "指导思想"
    assert clauses[0].line == 26


def test_clause_keeps_its_paragraphs(bundled: Notice) -> None:
    third = bundled.clauses()[2]
    assert third.title == "落实党委和政府领导责任"
    assert third.text.count("\n") == 2
    assert third.text.split("\n")[1].startswith("各级党委要认真贯彻执行")


def test_preamble_and_closing(bundled: Notice) -> None:
    assert bundled.preamble.startswith("为深入贯彻落实《中共中央、国务院关于推进安全生产领域改革发展的意见》")
    assert bundled.closing is not None
    assert bundled.closing.startswith("各地、各部门要加强组织领导")
    assert "各地、各部门要加强组织领导" not in bundled.clauses()[-1].text


def test_notes(bundled: Notice) -> None:
    assert [n.number for n in bundled.notes] == [1, 2, 3]
    assert bundled.notes[2].text == "“完成时间”为首次完成时间,完成后须长期坚持。"


def test_first_and_last_task(bundled: Notice) -> None:
    first, last = bundled.tasks[0], bundled.tasks[-1]
    assert first.text.startswith("坚持党政同责、一岗双责、齐抓共管、失职追责,不断健全完善安全生产责任体系")
    assert first.text.endswith("督促各部门和下级政府履职尽责。")
    assert (first.group, first.subgroup, first.path) == (1, 1, "一/（一）/1")
    assert last.text == "发挥工会、共青团、妇联等群团组织作用,依法维护职工群众的知情权、参与权和监督权。"
    assert last.departments == ("州总工会", "团州委", "州妇联")
    assert last.due_year == 2019


def test_task_text_has_no_label_or_heading(bundled: Notice) -> None:
    third = bundled.task(3)
    assert third is not None
    assert third.text.startswith("企业对本单位安全生产")
    assert third.subgroup == 3


def test_department_splitting(bundled: Notice) -> None:
    def units(n: int) -> tuple[str, ...]:
        task = bundled.task(n)
        assert task is not None
        return task.departments

    assert units(1) == ("各级党委", "各级政府")
    assert units(4) == ("州安全监管局", "州国资委", "州经济和信息化委", "有关行业主管部门")
    assert units(11) == ("州委组织部", "州人力资源社会保障局", "州安全监管局")
    assert units(12) == ("州国资委", "州人力资源和社会保障局", "州总工会", "州安全监管局", "有关行业主管部门")
    assert units(85) == ("州安全监管局", "有关行业主管部门", "有关监管部门")
    task85 = bundled.task(85)
    assert task85 is not None and task85.departments_raw == "州安全监管局有关行业主管、监管部门"


def test_no_roles_marked_means_none_guessed(bundled: Notice) -> None:
    assert all(t.lead == () and t.partners == () for t in bundled.tasks)


def test_metadata(bundled: Notice) -> None:
    m = bundled.metadata
    assert m.title == "关于推进安全生产领域改革发展的实施意见"
    assert m.doc_number == "甘委发[2017]28号"
    assert m.doc_number_normalized == "甘委发〔2017〕28号"
    assert m.issuers == ("中共甘孜州委", "甘孜州人民政府")
    assert m.addressees == ("各县(市)党委和人民政府", "州级各部门", "省属行政企事业单位", "州属企事业单位")
    assert m.index_number == "759735109/2017-00252"
    assert m.category == "文件"
    assert m.publisher == "州应急管理局"
    assert m.published == "2017-12-27"
    assert m.keywords == ("安全生产领域改革",)


def test_boilerplate_kept_out_of_content(bundled: Notice) -> None:
    kinds = Counter(b.kind for b in bundled.boilerplate)
    assert kinds["footer"] == 5
    assert kinds["link"] == 2
    assert kinds["page-header"] == 2
    assert kinds["breadcrumb"] == 1
    everything = bundled.preamble + "".join(c.text for c in bundled.clauses()) + "".join(t.text for t in bundled.tasks)
    for furniture in ("Copyright", "版权所有", "当前位置", "繁体版", "附件:"):
        assert furniture not in everything


def test_annex_groups_merge_repeated_headings(bundled: Notice) -> None:
    annex = bundled.annex
    assert annex is not None
    assert annex.title == "甘孜州推进安全生产领域改革发展重点任务分工方案"
    assert [g.number for g in annex.groups] == [1, 2, 3, 4, 5]
    second = annex.groups[1]
    assert second.title == "深入推进安全生产监管体制机制改革"
    assert second.variants == ("深入推进安全监管监察体制机制改革",)
    assert sum(len(g.subgroups) for g in annex.groups) == 25
    assert annex.groups[0].subgroups[5].title == "严格安全生产考责任追究制度"


def test_every_line_is_accounted_for(bundled: Notice) -> None:
    """Each non-blank line is content, boilerplate or a warning (spot check on line numbers)."""
    lines = {b.line for b in bundled.boilerplate} | {t.line for t in bundled.tasks} | {n.line for n in bundled.notes}
    lines |= {c.line for c in bundled.clauses()} | {p.line for p in bundled.parts}
    assert {1, 7, 8, 96, 101, 113, 233, 236, 247} <= lines


def _stored_text(notice: Notice) -> str:
    from policy_cli.store import to_data

    def walk(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for v in value.values() for s in walk(v)]
        if isinstance(value, list):
            return [s for v in value for s in walk(v)]
        return [value] if isinstance(value, str) else []

    return "\n".join(walk(to_data(notice)))


@pytest.mark.parametrize(
    "path",
    [RAW_NOTICE, *sorted(SAMPLES.glob("*.txt")), *sorted((FIXTURES / "genre").glob("*.txt"))],
    ids=lambda p: p.stem,
)
def test_no_line_is_dropped_silently(path: Path) -> None:
    """Every non-blank line ends up in the model's content, its boilerplate or its warnings."""
    notice = parse_file(path).notice
    stored = "".join(_stored_text(notice).split())
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = "".join(raw.split())
        if not line or EMPTY_CELL.match(line):  # blank, or an empty table cell (—)
            continue
        label = ROLE_LABEL.match(fold(line))
        line = line[label.start("value") :] if label else line  # 完成时限：每季度 is stored as due: 每季度
        width = min(4, len(line))
        windows = {line[i : i + width] for i in range(len(line) - width + 1)}
        assert any(w in stored for w in windows), f"line {number} is nowhere in the model: {raw[:40]}"


def test_a_repeated_row_number_is_renumbered_so_the_model_loads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from policy_cli.store import dump_yaml, load_model

    text = RAW_NOTICE.read_text(encoding="utf-8").replace("\n40.严格执行", "\n39.严格执行", 1)
    notice = parse_text(text)
    assert len(notice.tasks) == 86 and len({t.id for t in notice.tasks}) == 86
    moved = [t for t in notice.tasks if t.text.startswith("严格执行")]
    assert [t.id for t in moved] == [87]
    renumbered = [w for w in notice.warnings if w.code == "task-renumbered"]
    assert [(w.line, w.message) for w in renumbered] == [
        (moved[0].line, "task number 39 is used twice; this one is listed as task 87")
    ]
    path = tmp_path / "m.yaml"
    path.write_text(dump_yaml(notice), encoding="utf-8")
    assert [t.id for t in load_model(path).tasks] == [t.id for t in notice.tasks]
