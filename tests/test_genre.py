"""The genre beyond the samples: other places (州, 县), other wording, other punctuation widths."""

from __future__ import annotations

import pytest

from policy_cli.cli import app
from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.roles import deadline_in_prose, due_year
from policy_cli.source import parse_file

from .conftest import FIXTURES, CliRunner

GENRE = FIXTURES / "genre"


def test_county_notice_mixing_inline_labelled_and_three_levels() -> None:
    notice = parse_file(GENRE / "county_workpoints.txt").notice
    assert notice.metadata.doc_number_normalized == "云府办发〔2023〕3号"
    assert notice.metadata.signed == "2023-02-01"
    got = [(t.path, t.text[:8], t.departments, t.lead, t.partners, t.leaders, t.due, t.due_year) for t in notice.tasks]
    assert got == [
        (
            "二/（一）/1",
            "健全安全生产责任",
            ("县应急管理局", "县委组织部", "县人力资源和社会保障局"),
            ("县应急管理局",),
            ("县委组织部", "县人力资源和社会保障局"),
            (),
            "2023年6月底前",
            2023,
        ),
        ("二/（一）/2", "加强乡镇安全监管", ("各乡（镇）人民政府", "县财政局"), (), (), (), None, None),
        (
            "二/（二）/1/（1）",
            "排查临水临崖路段",
            ("县交通运输局", "县公安局", "县公路局"),
            ("县交通运输局",),
            ("县公安局", "县公路局"),
            (),
            "2023—2024年",
            2024,
        ),
        (
            "二/（二）/1/（2）",
            "整治农村客运车辆",
            ("县公安局",),
            ("县公安局",),
            (),
            ("县政府分管副县长",),
            "长期坚持",
            None,
        ),
        (
            "二/（三）",
            "推进企业标准化建",
            ("县应急管理局", "县市场监管局", "县经济商务局"),
            ("县应急管理局",),
            ("县市场监管局", "县经济商务局"),
            (),
            "每季度",
            None,
        ),
    ]
    assert notice.tasks[1].text == "加强乡镇安全监管力量。"  # the annotation is not part of the text
    assert notice.closing == "各乡（镇）、各部门要按照本要点要求抓好落实。"
    assert notice.parts[1].clauses[0].title == "压实安全生产责任"  # a title alone on its line
    assert notice.parts[1].clauses[1].items[0].items[1].label == "（2）"


def test_prefecture_table_without_deadline_column() -> None:
    notice = parse_file(GENRE / "prefecture_table.txt").notice
    assert notice.annex is not None and notice.annex.columns == ("number", "task", "departments")
    assert [t.departments for t in notice.tasks] == [
        ("州应急管理局", "州林草局"),
        ("州林草局", "州公安局", "各县（市）人民政府"),
        ("州林草局", "州发展改革委", "州财政局"),
    ]
    assert all(t.due is None and t.lead == () for t in notice.tasks)
    assert not notice.warnings  # clause numbering restarting in each part is not a gap


def test_queries_work_on_other_notices() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["tasks", "--notice", str(GENRE / "county_workpoints.txt"), "--dept", "县公安局"])
    assert result.exit_code == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["3", "4"]
    result = runner.invoke(app, ["due", "2024", "--notice", str(GENRE / "county_workpoints.txt")])
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["3"]


TABLE = """市政府关于做好防汛工作的实施方案
一、目标
（一）总体目标。到2023年底，全市防汛体系更加完善。
附件1
防汛重点工作任务清单
序号　工作内容　牵头部门　参与单位　时间节点
1　修订防汛应急预案。　市水务局　—　2022年12月底前
2　清理河道行洪障碍。　市水务局　市城管局，市交通局　2022年—2023年
3　开展防汛演练。　市应急局　—　每年汛前
"""


def test_table_with_other_column_names_and_empty_cells() -> None:
    notice = parse_text(TABLE)
    assert [(t.id, t.lead, t.partners, t.due, t.due_year) for t in notice.tasks] == [
        (1, ("市水务局",), (), "2022年12月底前", 2022),
        (2, ("市水务局",), ("市城管局", "市交通局"), "2022年—2023年", 2023),
        (3, ("市应急局",), (), "每年汛前", None),
    ]
    assert notice.tasks[1].departments_raw == "牵头部门：市水务局；参与单位：市城管局，市交通局"


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("市发展改革委、工业和信息化局", ("市发展改革委", "市工业和信息化局")),
        ("各县（区）人民政府", ("各县（区）人民政府",)),
        ("县财政局，县教育局、各乡镇", ("县财政局", "县教育局", "各乡镇")),
        ("各级党委、政府", ("各级党委", "各级政府")),
        ("有关行业主管、监管部门", ("有关行业主管部门", "有关监管部门")),
        ("州安全监管局有关行业主管、监管部门", ("州安全监管局", "有关行业主管部门", "有关监管部门")),
        (
            "州安全监管局、州国资委、经济和信息化委及有关行业主管部门",
            ("州安全监管局", "州国资委", "州经济和信息化委", "有关行业主管部门"),
        ),
        ("州人力资源和社会保障局", ("州人力资源和社会保障局",)),
        ("州总工会、团州委、州妇联", ("州总工会", "团州委", "州妇联")),
        ("市公安局等", ("市公安局",)),
        ("各县（市、区）人民政府按职责分工负责", ("各县（市、区）人民政府",)),
        ("市住房城乡建设局（市人防办）、市城管局", ("市住房城乡建设局（市人防办）", "市城管局")),
        ("—", ()),
    ],
)
def test_split_units(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("text", "due", "year"),
    [
        ("……2020年12月底前印发实施。", "2020年12月底前", 2020),
        ("到2022年实现全覆盖。", "到2022年", 2022),
        ("持续推进，长期坚持。", "持续推进", None),
        ("2021—2022年完成。", "2021—2022年", 2022),
        ("2021年底前完成。", "2021年底前", 2021),
        ("于2023年6月30日前完成。", "2023年6月30日前", 2023),  # 于 is no part of the deadline
        ("不晚于2024年底前报送。", "2024年底前", 2024),
        ("收费标准不高于2017年水平。", None, None),  # a level to keep, not a date
        # a standing word opening a clause of the work dates it (standing), where nothing else does
        ("持续推进“掌上办”改革，提升办事体验。", "持续推进", None),
        ("各部门要持续推进“掌上办”改革。", None, None),  # the verb after a subject's 要: no time of the work
        ("健全台账，长期坚持（县水务局负责）", "长期坚持", None),
        ("每季度开展一次评比。", "每季度", None),
        ("没有期限。", None, None),
    ],
)
def test_deadlines_in_prose(text: str, due: str | None, year: int | None) -> None:
    assert deadline_in_prose(text) == due
    assert due_year(due) == year


def test_generated_notice_of_the_genre_parses_and_links_fully(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from .conftest import ROOT

    path = tmp_path / "notice_3x.txt"
    path.write_text(
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate.py"), "3"], capture_output=True, text=True, check=True
        ).stdout,
        encoding="utf-8",
    )
    notice = parse_file(path).notice
    assert [t.id for t in notice.tasks] == list(range(1, 259))
    assert not notice.warnings
    assert notice.annex is not None
    subgroups = [s for g in notice.annex.groups for s in g.subgroups]
    assert len(subgroups) == 75
    assert [(s.part, s.clause) for s in subgroups] == [(p, c) for p in range(1, 16) for c in range(1, 6)]


def test_search_reaches_items_and_part_text() -> None:
    runner = CliRunner()
    notice = str(GENRE / "county_workpoints.txt")
    out = runner.invoke(app, ["search", "道路交通隐患", "--notice", notice]).stdout.splitlines()
    assert out[1].split("\t")[:3] == ["item", "2/2/1", "19"]
    out = runner.invoke(app, ["search", "全面建立", "--notice", notice]).stdout.splitlines()
    assert out[1].split("\t")[:3] == ["part", "1 工作目标", "12"]


def test_table_scraped_one_cell_a_line() -> None:
    notice = parse_file(GENRE / "county_vertical_table.txt").notice
    assert notice.annex is not None and notice.annex.columns == ("number", "task", "lead", "partners", "due")
    got = [(t.id, t.text, t.lead, t.partners, t.due, t.due_year) for t in notice.tasks]
    assert got == [
        (1, "修订防汛应急预案，明确 各级 职责。", ("县水务局",), ("县应急管理局", "县气象局"), "2022年12月底前", 2022),
        (2, "清理河道行洪障碍。", ("县水务局",), (), "持续推进", None),
        (3, "开展防汛演练。", ("县应急管理局",), ("各乡（镇）人民政府",), None, None),
    ]
    assert [w.code for w in notice.warnings] == ["task-without-date"]


ANNOTATIONS = """某市人民政府办公室关于印发重点任务清单的通知
一、重点任务
（一）推进数据共享（牵头单位：市数据局；完成时限：2022年底），建立共享目录。
（二）完善考核办法。牵头单位：市考核办；配合单位：市财政局、人社局
（三）加强督查，2023年底全面完成。（市督查室负责）
（四）强化宣传（以下简称“宣传工作”），营造良好氛围。
"""


def test_annotations_in_the_middle_unbracketed_and_with_a_verb() -> None:
    notice = parse_text(ANNOTATIONS)
    got = [(t.path, t.text, t.departments, t.lead, t.partners, t.due, t.due_year) for t in notice.tasks]
    assert got == [
        ("一/（一）", "推进数据共享，建立共享目录。", ("市数据局",), ("市数据局",), (), "2022年底", 2022),
        (
            "一/（二）",
            "完善考核办法。",
            ("市考核办", "市财政局", "市人社局"),
            ("市考核办",),
            ("市财政局", "市人社局"),
            None,
            None,
        ),
        ("一/（三）", "加强督查，2023年底全面完成。", ("市督查室",), (), (), "2023年底", 2023),
    ]


def test_table_rows_wrapped_onto_the_next_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from policy_cli.diff import diff

    from .conftest import SAMPLES

    original = SAMPLES / "qinglan_annex_table.txt"
    text = original.read_text(encoding="utf-8")
    text = text.replace("组织开展城市安全风险辨识评估，", "组织开展城市安全风险\n辨识评估，")  # inside a sentence
    text = text.replace("及时整治病害和隐患。 市城管局", "及时整治病害和隐患。\n市城管局")  # between cells
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(text, encoding="utf-8")
    notice = parse_file(wrapped).notice
    assert not notice.warnings
    assert diff(parse_file(original).notice, notice) == []


def test_two_annex_tables_with_their_own_columns() -> None:
    notice = parse_file(GENRE / "county_two_annexes.txt").notice
    got = [(t.id, t.departments, t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        (1, ("县水务局",), (), (), "2022年12月底前"),
        (2, ("县水务局", "县住建局"), (), (), "持续推进"),
        (3, ("县应急管理局", "县财政局"), ("县应急管理局",), ("县财政局",), None),
    ]
    assert [n.text for n in notice.notes] == ["各单位按时报送进展。"]
    assert not [w for w in notice.warnings if w.code != "task-without-date"]
