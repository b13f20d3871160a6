"""Articles numbered in figures (第3条) with their roles on bracket-labelled lines under them (【主责】, 【协同】,
【时限】), and the guard that never prints the words of a task as its units. Each notice here is written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import task_words
from policy_cli.models import Task
from policy_cli.parse import _no_task_words_as_units, parse_text

HEAD = "岚山县人民政府办公室关于印发岚山县城乡环境整治任务清单的通知\n\n岚政办发〔2025〕4号\n\n"

BRACKET_LABELS = HEAD + (
    "岚山县城乡环境整治任务清单\n\n"
    "一、整治人居环境\n"
    "第1条　改造农村公厕40座，配齐保洁人员。\n"
    "　　【主责】县农业农村局　【协同】县卫生健康局、县财政局\n"
    "　　【时限】2025年10月底前\n"
    "第2条　整治背街小巷，修缮破损路面。\n"
    "　　【主责】县住房城乡建设局\n"
    "　　【时限】12月底前\n"
)


def test_articles_in_figures_take_their_bracket_labels() -> None:
    notice = parse_text(BRACKET_LABELS)
    got = [(t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        (("县农业农村局",), ("县卫生健康局", "县财政局"), "2025年10月底前"),
        (("县住房城乡建设局",), (), "12月底前"),
    ]
    assert not [w for w in notice.warnings if w.code != "info"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("同步实施管网改造", True),
        ("第5条改建公厕", True),
        ("培训农民800人", True),
        ("县推进集贸市场提升", True),
        ("县人武部", False),
        ("各乡镇", False),
        ("各村（社区）", False),
        ("团县委", False),
        ("县融媒体中心", False),
        ("国网岚山县供电公司", False),
        ("县农发行", False),
        ("岚山一中", False),
        ("各燃气企业", False),
        ("县委组织部", False),
        ("整治农田1.2万亩", True),
        ("硬化道路35公里", True),
        ("引进企业5家以上", True),
        ("县整改督导组", False),  # a working group, though a verb of work opens it
        ("优化营商组", False),
        ("城东2期项目组", False),
        ("4家通信企业", False),  # a count of units
        ("县3所职业学校", False),
        ("2个巡查组", False),
    ],
)
def test_task_words_are_no_unit(name: str, words: bool) -> None:
    assert task_words(name) is words


def test_task_words_read_as_units_are_dropped_with_a_warning() -> None:
    task = Task(
        id=3,
        path="一/3",
        source="body",
        text="改造公厕",
        lead=("县农业农村局",),
        partners=("县财政局", "同步实施管网改造", "第4条整治河道"),
        departments=("县农业农村局", "县财政局", "同步实施管网改造", "第4条整治河道"),
        line=12,
    )
    (kept,), warnings = _no_task_words_as_units([task])
    assert kept.partners == ("县财政局",)
    assert kept.departments == ("县农业农村局", "县财政局")
    assert [(w.code, w.line) for w in warnings] == [("not-a-unit", 12)]
    assert "同步实施管网改造" in warnings[0].message


def test_units_alone_give_no_warning() -> None:
    task = Task(id=1, path="一/1", source="body", text="x", departments=("县人武部", "团县委"), line=5)
    (kept,), warnings = _no_task_words_as_units([task])
    assert kept == task and not warnings


ROUTES_LISTED = HEAD + (
    "一、道路建设\n"
    "1.改建县乡公路两段：\n"
    "第1条，东山至北岭段；\n"
    "第2条，南湖环线。（责任单位：县交通运输局，10月底前）\n"
    "2.新辟城乡公交线路。（责任单位：县交通运输局）\n"
    "二、依法监管\n"
    "3.执行《道路运输条例》\n"
    "第12条规定的检查制度。（责任单位：县应急管理局）\n"
)


def test_figure_articles_open_blocks_only_in_a_run_from_the_first_with_a_space() -> None:
    notice = parse_text(ROUTES_LISTED)
    assert [(t.text[:6], t.due) for t in notice.tasks] == [
        ("改建县乡公路", "10月底前"),
        ("新辟城乡公交", None),
        ("执行《道路运", None),
    ]


@pytest.mark.parametrize(
    ("lines", "run"),
    [
        (["第1条　整治河道。", "第2条　修缮路面。"], True),
        (["第1条 整治河道。", "第2条 修缮路面。", "第1条 新建公厕。"], True),
        (["第3条 整治河道。", "第4条 修缮路面。"], False),  # no run from 第1条
        (["第1条线路：东环路。", "第2条线路：西环路。"], False),  # no space after the article
        (["第1条，东环路；", "第2条，西环路。"], False),
        (["第一条　总则。", "第二条　任务。"], False),  # in numerals: read as before, not as figures
    ],
)
def test_figure_articles_run(lines: list[str], run: bool) -> None:
    from policy_cli.parse.body import figure_articles
    from policy_cli.parse.lines import split_lines

    assert figure_articles(split_lines("\n".join(lines))) is run
