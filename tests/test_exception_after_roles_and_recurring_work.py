"""Two forms the genre writes: a sentence giving every task its roles whose exception follows the roles
(`方案所列任务由X牵头，Y配合，另有明确的从其规定`), and a recurring deadline followed by the work done each time
(`完成时限：每季度开展一次`, `（X负责，每月召开1次）`), where the cycle is the deadline and the rest is the work.
Controls: a block with its own bracket keeps its own roles, a sentence with an unknown tail is still not read, and a
recurring count with no verb (`每季度1场`) stays as written. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _cover_notice(sentence: str) -> str:
    lines = [
        "松岭县卫生健康局关于印发松岭县2026年基层医疗服务提升工作方案的通知",
        "松卫发〔2026〕3号",
        "各乡镇卫生院，局机关各股室：",
        "现将《松岭县2026年基层医疗服务提升工作方案》印发给你们。" + sentence + "请认真组织实施。",
        "松岭县卫生健康局",
        "2026年3月5日",
        "松岭县2026年基层医疗服务提升工作方案",
        "一、工作目标",
        "到2026年底，基层诊疗量占比明显提高。",
        "二、主要任务",
        "（一）完成村卫生室标准化改造，2026年6月底前全部达标。",
        "（二）推进家庭医生签约服务扩面，9月底前重点人群签约率达到80%。",
        "（三）开展基层医务人员轮训。（县人民医院负责，2026年10月底前）",
        "三、保障措施",
        "各乡镇卫生院要加强组织领导。",
    ]
    return "\n".join(lines) + "\n"


FOR_ALL = [
    ("另有明确的从其规定。", ("县卫生健康局",), ("县财政局", "县医疗保障局")),
    ("另有规定的除外。", ("县卫生健康局",), ("县财政局", "县医疗保障局")),
    ("另有分工的按分工执行。", ("县卫生健康局",), ("县财政局", "县医疗保障局")),
    # control: a tail outside the family of exceptions leaves the sentence unread, as before
    ("另行通知。", (), ()),
]


@pytest.mark.parametrize(("tail", "lead", "partners"), FOR_ALL, ids=[c[0] for c in FOR_ALL])
def test_exception_after_the_roles(tail: str, lead: tuple[str, ...], partners: tuple[str, ...]) -> None:
    sentence = "方案所列任务由县卫生健康局牵头，县财政局、县医疗保障局配合，" + tail
    notice = parse_text(_cover_notice(sentence), "case.txt")
    tasks = {t.text[:4]: t for t in notice.tasks}
    if lead:
        assert [t.lead for t in notice.tasks[:2]] == [lead, lead]
        assert [t.partners for t in notice.tasks[:2]] == [partners, partners]
        assert any(w.code == "units-for-all-given" for w in notice.warnings)
    else:
        assert "完成村卫" not in tasks
        assert any(w.code == "units-for-all" for w in notice.warnings)
    # the block with its own bracket keeps its own unit, with no lead
    own = tasks["开展基层"]
    assert (own.departments, own.lead) == (("县人民医院",), ())


def _item_notice(item: str) -> str:
    lines = [
        "松岭县2026年河湖管护工作要点",
        "一、重点任务",
        item,
        "（二）开展河道清障。（牵头单位：县水利局；配合单位：县自然资源局；完成时限：2026年5月底前完成）",
    ]
    return "\n".join(lines) + "\n"


RECURRING = [
    ("（一）开展联合巡河。（牵头单位：县水利局；配合单位：县公安局；完成时限：每季度开展一次）", "每季度"),
    ("（一）召开河长会议。（牵头单位：县水利局；完成时限：每月召开1次）", "每月"),
    ("（一）召开河长会议。（县水利局负责，每季度召开1次）", "每季度"),
    ("（一）督查河长履职。（县水利局负责，每半年开展一次督查）", "每半年"),
    ("（一）组织暗访。（县水利局负责，每周组织不少于2次暗访）", "每周"),
    # controls: a count with no verb, and a cycle alone, stay as written
    ("（一）开展护河宣传。（县水利局，每季度1场）", "每季度1场"),
    ("（一）开展联合巡河。（牵头单位：县水利局；完成时限：每季度）", "每季度"),
]


@pytest.mark.parametrize(("item", "due"), RECURRING, ids=[c[1] + str(i) for i, c in enumerate(RECURRING)])
def test_recurring_cycle_before_the_work(item: str, due: str) -> None:
    notice = parse_text(_item_notice(item), "case.txt")
    first, second = notice.tasks
    assert (first.departments[0], first.due, first.due_year) == ("县水利局", due, None)
    assert second.due == "2026年5月底前"  # control: a date then the work due, as before
    assert not [w for w in notice.warnings if w.code == "roles-partly-read"]


TABLE_HEAD = "松岭县2026年机关节能工作任务清单\n序号\t工作任务\t责任单位\t完成时限\n"

CELLS = [
    ("每月检查", "每月", None),
    ("每季度调度", "每季度", None),
    ("2026年9月底前，并长期坚持", "2026年9月底前", 2026),
    ("2026年6月底前完成，并持续推进", "2026年6月底前", 2026),
    # controls: no date before the standing words, and work after the cycle with no count, stay as written
    ("立行立改，长期坚持", "立行立改，长期坚持", None),
    ("每月检查进度", "每月检查进度", None),
]


@pytest.mark.parametrize(("cell", "due", "year"), CELLS, ids=[c[0] for c in CELLS])
def test_deadline_cell_keeps_the_time_only(cell: str, due: str, year: int | None) -> None:
    rows = f"1\t推进公共机构垃圾分类。\t县机关事务中心\t{cell}\n2\t更新节能灯具。\t县机关事务中心\t2026年8月底前\n"
    notice = parse_text(TABLE_HEAD + rows, "case.txt")
    assert [(t.due, t.due_year) for t in notice.tasks] == [(due, year), ("2026年8月底前", 2026)]


@pytest.mark.parametrize(("cell", "due", "year"), CELLS[2:5], ids=[c[0] for c in CELLS[2:5]])
def test_deadline_label_keeps_the_date_before_standing_words(cell: str, due: str, year: int | None) -> None:
    item = f"（一）治理入河排污口。（牵头单位：县水利局；完成时限：{cell}）"
    notice = parse_text(_item_notice(item), "case.txt")
    assert (notice.tasks[0].due, notice.tasks[0].due_year) == (due, year)
