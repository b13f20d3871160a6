"""Trusting the data: check findings, annex-to-body links, and citations."""

from __future__ import annotations

import json

import pytest

from policy_cli.check import check
from policy_cli.cites import citations
from policy_cli.cli import ExitCode, app
from policy_cli.models import Notice
from policy_cli.registry import default_registry
from policy_cli.source import parse_file

from .conftest import FIXTURES, MODEL, RAW_NOTICE, SAMPLES, CliRunner

GENRE = FIXTURES / "genre"

runner = CliRunner()
CHANGED = FIXTURES / "changed_notice.txt"


@pytest.fixture(scope="module")
def findings(bundled: Notice) -> list:
    return check(bundled, default_registry())


def test_typos_reported_with_closest_registered_names(findings: list) -> None:
    unknown = {f.message.split(" ")[0]: f for f in findings if f.code == "unit-unknown"}
    assert set(unknown) == {"州安局", "州察局", "州委编办和监管部门"}
    assert unknown["州委编办和监管部门"].suggestion == "closest registered: 州委编办"
    assert unknown["州安局"].line == 158 and "task 32" in unknown["州安局"].message
    assert unknown["州安局"].suggestion == "closest registered: 州公安局, 州安全监管局"
    assert unknown["州察局"].line == 181 and unknown["州察局"].suggestion == "closest registered: 州监察局"
    assert all(f.severity == "warning" for f in unknown.values())


@pytest.mark.parametrize(
    ("partners", "typo"),
    [("县卫健局、各乡镇", False), ("县卫健局、县卫建局", True)],
)
def test_a_collective_written_short_is_no_typo(partners: str, typo: bool) -> None:
    """各乡镇 beside 各乡镇人民政府 is one collective written two ways, never a unit the registry misses."""
    from policy_cli.parse import parse_text

    notice = parse_text(
        "某县2023年人居环境整治工作要点\n某县人民政府办公室\n一、重点任务\n"
        "1.开展村庄清洁行动。（县农业农村局牵头，各乡镇人民政府配合）\n"
        f"2.加强资金保障。（县财政局牵头，{partners}配合）\n"
    )
    unknown = [f.message for f in check(notice, default_registry()) if f.code == "unit-unknown"]
    assert bool(unknown) == typo, unknown
    assert not any(m.startswith("各乡镇 ") for m in unknown)


@pytest.mark.parametrize(
    ("lead", "typo"),
    [
        # a unit of a unit the notice names (the traffic brigade of the county's police): no typo, one of the
        # units the registry does not know
        ("县公安局交警大队", False),
        ("县公安局治安管理大队", False),
        # near forms: the unit's name with one character off, or its ending doubled, is a typo
        ("县公按局", True),
        ("县公安局局", True),
    ],
)
def test_a_unit_of_a_registered_unit_is_no_typo(lead: str, typo: bool) -> None:
    from policy_cli.parse import parse_text

    notice = parse_text(
        "某县2024年道路交通安全整治工作要点\n某县人民政府办公室\n一、重点任务\n"
        "1.开展酒驾醉驾专项整治。（县公安局牵头，县交通运输局配合）\n"
        f"2.规范非机动车停放秩序。（{lead}牵头，县城管局配合）\n"
    )
    found = check(notice, default_registry())
    unknown = [f.message for f in found if f.code == "unit-unknown"]
    assert any(m.startswith(f"{lead} ") for m in unknown) == typo, unknown
    unregistered = " ".join(f.message for f in found if f.code == "units-unregistered")
    assert (lead in unregistered) != typo


def test_one_unit_written_several_ways(findings: list) -> None:
    spellings = [f for f in findings if f.code == "unit-spellings"]
    assert len(spellings) == 2
    hr, affairs = spellings
    assert "州人力资源社会保障局 (tasks 11, 24, 25, 56, 72, 81, 82)" in hr.message
    assert "州人力资源和社会保障局 (tasks 12, 17, 18, 19, 20, 22, 28, 46, 47)" in hr.message
    assert hr.suggestion == "write 州人力资源社会保障局 throughout"
    assert "州机关事务管理局 (tasks 17)" in affairs.message and "州机关事务局 (tasks 43)" in affairs.message


def test_annex_titles_that_differ_from_the_body(findings: list) -> None:
    differs = [f.message for f in findings if f.code == "annex-title-differs"]
    assert any(
        "annex （六）严格安全生产考责任追究制度 differs from body （八）严格安全生产责任追究制度" in m for m in differs
    )
    assert len(differs) == 5


def test_repeated_headings(findings: list) -> None:
    repeated = [f.line for f in findings if f.code == "heading-repeated"]
    assert repeated == [112, 128, 130, 165, 185, 211]
    assert [f.line for f in findings if f.code == "heading-variants"] == [126]


def test_numbering_findings_from_a_damaged_notice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.txt"
    broken.write_text(
        RAW_NOTICE.read_text(encoding="utf-8").replace("\n40.严格执行", "\n41.严格执行", 1), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(broken), "--format", "json"])
    assert result.exit_code == 0
    codes = {f["code"]: f for f in json.loads(result.stdout)}
    assert codes["task-numbering-repeat"]["line"] == 172
    assert codes["task-numbering-gap"]["line"] == 171


def test_check_exit_codes_and_json() -> None:
    result = runner.invoke(app, ["check", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) == 17
    assert set(data[0]) == {"code", "severity", "line", "message", "suggestion"}
    assert runner.invoke(app, ["check", "--strict"]).exit_code == ExitCode.NO_MATCH
    assert runner.invoke(app, ["check", "--bogus"]).exit_code == ExitCode.USAGE
    assert runner.invoke(app, ["check", str(MODEL)]).stdout == runner.invoke(app, ["check", str(RAW_NOTICE)]).stdout


def test_check_knows_a_samples_units_and_sums_up_the_ones_it_does_not() -> None:
    result = runner.invoke(app, ["check", str(SAMPLES / "qinglan_annex_table.txt"), "--format", "json"])
    assert result.exit_code == 0
    assert "unit" not in result.stdout
    result = runner.invoke(app, ["check", str(GENRE / "county_workpoints.txt"), "--format", "json"])
    units = [f for f in json.loads(result.stdout) if "unit" in f["code"]]
    assert [(f["code"], f["severity"], f["line"]) for f in units] == [("units-unregistered", "info", 27)]
    assert units[0]["message"] == "1 unit the registry does not know: 县经济商务局"


def test_annex_links_to_body_by_title(bundled: Notice) -> None:
    assert bundled.annex is not None
    groups = bundled.annex.groups
    assert [g.part for g in groups] == [2, 3, 4, 5, 6]
    first = groups[0].subgroups[0]
    assert (first.part, first.clause) == (2, 3)  # annex 一/(一) implements body 二/(三)
    sixth = groups[0].subgroups[5]
    assert (sixth.title, sixth.part, sixth.clause) == ("严格安全生产考责任追究制度", 2, 8)
    assert [(s.part, s.clause) for g in groups for s in g.subgroups] == [
        (p, c) for p, c in zip([2] * 6 + [3] * 4 + [4] * 5 + [5] * 6 + [6] * 4, range(3, 28), strict=True)
    ]


def test_show_prints_the_linked_clause() -> None:
    result = runner.invoke(app, ["show", "1", "--format", "json"])
    task = json.loads(result.stdout)
    assert task["implements"] == "二/（三）落实党委和政府领导责任"
    assert task["clause_text"].startswith("落实党委和政府领导责任。各级党委和政府要始终把安全生产摆在重要位置")
    assert task["clause_line"] == 32


def test_citations(bundled: Notice) -> None:
    found = {c.key: c for c in citations(bundled)}
    for number in (
        "中发〔2016〕32号",
        "川委发〔2017〕21号",
        "甘委办〔2014〕111号",
        "安监总规划〔2010〕84号",
    ):
        assert found[number].kind == "doc-number"
    assert "甘委发〔2017〕28号" not in found  # the notice's own number is metadata, not a citation
    assert found["川委发〔2017〕21号"].places == [("preamble", 0), ("clause 4/16", 66)]
    assert found["安全生产法"].kind == "title"
    assert found["安全生产法"].places == [("clause 4/13", 60), ("task 37", 168)]
    result = runner.invoke(app, ["cites", "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 12


def test_citation_variants_are_one_citation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = RAW_NOTICE.read_text(encoding="utf-8").replace("(川委发〔2017〕21号)精神", "(川委发【 2017 】21号)精神", 1)
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    found = {c.key: c for c in citations(parse_file(path).notice)}
    assert found["川委发〔2017〕21号"].spellings == ["川委发【 2017 】21号", "川委发〔2017〕21号"]
    assert len(found["川委发〔2017〕21号"].places) == 2


def test_a_task_table_standing_alone_has_no_body_to_link_to() -> None:
    result = runner.invoke(app, ["check", str(GENRE / "county_task_table.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "annex-unlinked" not in result.stdout
    assert "no findings" in result.stderr


@pytest.mark.parametrize(
    ("written", "registered", "typo"),
    [
        ("县住键局", "县住建局", True),  # a character mistyped in the kind's word
        ("州安局", "州安全监管局", True),  # the kind's word written short
        ("州委编办和监管部门", "州委编办", True),
        ("开发区招商局", "开发区财政局", False),  # the whole kind's word differs: another kind of unit
        ("县水局", "县林局", False),
    ],
)
def test_a_typo_keeps_part_of_the_kind_of_unit(written: str, registered: str, typo: bool) -> None:
    from policy_cli.check import _typo_of

    assert _typo_of(written, registered) is typo


_GROUPS_AS_CLAUSES = (
    "柏川县农村人居环境整治方案\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、重点任务\n"
    "（一）扎实推进农村厕所革命\n1.普及卫生厕所。（县农业农村局负责）\n"
    "（二）加快推进农村生活污水治理\n1.推进污水治理。（县住房城乡建设局负责）\n"
    "附件\n柏川县农村人居环境整治任务分解表\n序号\t主要任务\t牵头单位\t完成时限\n"
    "{first}\n1\t改建户用卫生厕所3000户\t县农业农村局\t2025年12月底前\n"
    "{second}\n2\t乡镇驻地污水处理设施全覆盖\t县住房城乡建设局\t2025年12月底前\n"
)


@pytest.mark.parametrize(
    ("first", "second", "messages"),
    [
        # groups named as the part's clauses, shortened: each compared with the clause it matches
        (
            "一、农村厕所革命",
            "二、农村生活污水治理",
            [
                "annex 一、农村厕所革命 differs from body （一）扎实推进农村厕所革命",
                "annex 二、农村生活污水治理 differs from body （二）加快推进农村生活污水治理",
            ],
        ),
        # groups named as the clauses are: no finding
        ("一、扎实推进农村厕所革命", "二、加快推进农村生活污水治理", []),
        # (a group like the part's own title is compared with the part: test_annex_titles_that_differ_from_the_body)
    ],
)
def test_annex_groups_that_implement_clauses_are_compared_with_them(
    first: str, second: str, messages: list[str]
) -> None:
    from policy_cli.parse import parse_text

    notice = parse_text(_GROUPS_AS_CLAUSES.format(first=first, second=second))
    differs = [
        f.message.split(" (similarity")[0] for f in check(notice, default_registry()) if f.code == "annex-title-differs"
    ]
    assert differs == messages
