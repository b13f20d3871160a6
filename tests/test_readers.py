"""Notices as published: web pages, Word files and PDFs read into the lines the text parser reads.

The fixtures in fixtures/published/ are made by make_fixtures.py there (our own
code writes the HTML, python-docx the Word files, fpdf2 the PDFs).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_cli.errors import InputError
from policy_cli.models import Notice
from policy_cli.readers import read_document
from policy_cli.readers.detect import detect
from policy_cli.readers.docx import format_number
from policy_cli.readers.grid import MAX_POSITIONS, Cell, join_pieces, table_lines
from policy_cli.readers.html import decode_page, page_lines
from policy_cli.source import parse_file

from .conftest import FIXTURES, RAW_NOTICE, ROOT, invoke

PUBLISHED = FIXTURES / "published"


def task_facts(notice: Notice) -> list[tuple[Any, ...]]:
    return [
        (t.id, t.path, t.text, t.departments, t.lead, t.partners, t.due, t.due_year, t.group, t.subgroup)
        for t in notice.tasks
    ]


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policy_cli", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


# ------------------------------------------------------------------ the bundled notice, as published


@pytest.mark.parametrize(
    ("name", "source_format"),
    [
        ("bundled_gbk.html", "html"),
        ("bundled_due_merged.html", "html"),
        ("bundled.docx", "docx"),
        ("bundled.pdf", "pdf"),
    ],
)
def test_bundled_notice_as_published_gives_the_texts_tasks(bundled: Notice, name: str, source_format: str) -> None:
    notice = parse_file(PUBLISHED / name).notice
    assert len(notice.tasks) == 86
    assert task_facts(notice) == task_facts(bundled)
    assert notice.metadata.source_format == source_format
    assert notice.metadata.title == bundled.metadata.title
    assert notice.metadata.doc_number == "甘委发[2017]28号"
    assert [(p.number, p.title, len(p.clauses)) for p in notice.parts] == [
        (p.number, p.title, len(p.clauses)) for p in bundled.parts
    ]
    # a 小项 cell merged over several rows names its sub-group once, as the text does
    assert annex_groups(notice) == annex_groups(bundled)
    assert notice.warnings == ()


def annex_groups(notice: Notice) -> list[tuple[Any, ...]]:
    assert notice.annex is not None
    return [(g.number, g.title, [(s.number, s.title) for s in g.subgroups]) for g in notice.annex.groups]


def test_text_notice_records_its_format(bundled: Notice) -> None:
    assert bundled.metadata.source_format == "text"


def test_gbk_page_is_decoded_from_its_meta_charset_and_says_so() -> None:
    data = (PUBLISHED / "bundled_gbk.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    document = read_document(data, "page.html")
    assert document.note == "decoded as gb18030"
    assert "关于推进安全生产领域改革发展的实施意见" in document.text.split("\n")


def test_page_metadata_table_becomes_label_lines_and_furniture_is_dropped() -> None:
    lines = read_document((PUBLISHED / "bundled_gbk.html").read_bytes()).text.split("\n")
    assert lines[:5] == [  # 文号 is empty on the page
        "索引号：759735109/2017-00252",
        "主题分类：文件",
        "发布机构：州应急管理局",
        "发布日期：2017-12-27",
        "关键词：安全生产领域改革",
    ]
    text = "\n".join(lines)
    for furniture in ("繁体版", "当前位置", "var visits", "访问计数代码", "Copyright", "版权所有", "td { border"):
        assert furniture not in text


def test_page_metadata_reaches_the_model() -> None:
    metadata = parse_file(PUBLISHED / "bundled_gbk.html").notice.metadata
    assert (metadata.index_number, metadata.publisher, metadata.published) == (
        "759735109/2017-00252",
        "州应急管理局",
        "2017-12-27",
    )


def test_merged_subgroup_and_due_cells_are_copied_into_every_row() -> None:
    lines = read_document((PUBLISHED / "bundled_gbk.html").read_bytes()).text.split("\n")
    rows = [line.split("\t") for line in lines if "\t" in line]
    third = [r for r in rows if r[0] == "(三)落实企业安全生产主体责任"]
    assert [r[1].split(".")[0] for r in third] == ["3", "4", "5", "6", "7"]
    assert {r[3] for r in third} == {"2017年"}


def test_units_split_by_br_stay_separate_units() -> None:
    lines = read_document((PUBLISHED / "bundled_due_merged.html").read_bytes()).text.split("\n")
    row = next(line for line in lines if "\t4.完善落实混合所有制企业" in line)
    assert row.split("\t")[2] == "州安全监管局、州国资委、经济和信息化委及有关行业主管部门"


def test_word_numbering_puts_parts_and_clauses_back() -> None:
    lines = read_document((PUBLISHED / "bundled.docx").read_bytes()).text.split("\n")
    assert "一、总体要求" in lines
    assert "六、加强安全基础保障能力建设" in lines
    # （一）… counts on across parts (lvlRestart 0): part 二 starts at （三）
    after_two = lines[lines.index("二、健全落实安全生产责任制") + 1]
    assert after_two.startswith("（三）落实党委和政府领导责任。")


# ------------------------------------------------------------------ a table with merged lead and due columns


HE_TASKS = [
    (1, "完善农村供水工程建设规划。", ("市水利局",), ("市发展改革委", "市财政局"), "2024年6月底前"),
    (2, "推进城乡供水一体化改造。", ("市水利局",), ("市住房城乡建设局",), "2024年6月底前"),
    (3, "建立水质检测和信息公开制度。", ("市水利局",), ("市卫生健康委", "市生态环境局"), "2024年12月底前"),
    (4, "落实农村供水工程管护经费。", ("市财政局",), ("市水利局",), "2024年12月底前"),
    (5, "制定水费收缴和减免办法。", ("市财政局",), ("市发展改革委",), "2024年12月底前"),
    (6, "开展供水安全应急演练。", ("市应急管理局",), ("市水利局", "市消防救援支队"), "长期坚持"),
    (7, "加强饮用水水源地保护执法。", ("市生态环境局",), ("市公安局",), "长期坚持"),
    (8, "将供水保障纳入年度目标考核。", ("市政府督查室",), ("市水利局",), "2025年"),
]


@pytest.mark.parametrize("name", ["he_merged.docx", "he_two_row_header.html", "he_text_layer.pdf"])
def test_merged_lead_and_due_columns_come_out_exact(name: str) -> None:
    notice = parse_file(PUBLISHED / name).notice
    assert [(t.id, t.text, t.lead, t.partners, t.due) for t in notice.tasks] == HE_TASKS
    assert notice.annex is not None
    assert notice.annex.columns == ("number", "task", "lead", "partners", "due")
    assert notice.warnings == ()


@pytest.mark.parametrize("name", ["he_merged.docx", "he_two_row_header.html", "he_text_layer.pdf"])
def test_two_row_header_collapses_to_the_lower_names(name: str) -> None:
    lines = read_document((PUBLISHED / name).read_bytes()).text.split("\n")
    assert "序号\t工作任务\t牵头单位\t配合单位\t完成时间" in lines
    assert not [line for line in lines if "责任单位\t" in line or "\t责任单位" in line]


def test_word_list_numbering_with_restarts_and_three_levels() -> None:
    lines = read_document((PUBLISHED / "he_merged.docx").read_bytes()).text.split("\n")
    start = lines.index("一、总体要求")
    assert lines[start : start + 12] == [
        "一、总体要求",
        "（一）工作目标。到2025年，全市农村自来水普及率达到百分之九十五以上。",
        "（二）基本原则。坚持统筹规划、城乡一体、建管并重。",
        "二、重点任务",
        "（一）加强工程建设。",
        "1.完善农村供水工程建设规划。",
        "2.推进城乡供水一体化改造。",
        "（二）强化运行管护。",
        "1.落实农村供水工程管护经费。",
        "2.开展供水安全应急演练。",
        "三、保障措施",
        "（一）加强组织领导。各责任单位要明确分管负责人，按期完成任务。",
    ]
    # the 序号 cells hold no text: their numbers come from list numbering too
    assert [line.split("\t")[0] for line in lines if "\t" in line][1:] == [str(n) for n in range(1, 9)]


def test_model_line_numbers_refer_to_the_readers_lines() -> None:
    document = read_document((PUBLISHED / "he_merged.docx").read_bytes())
    lines = document.text.split("\n")
    for task in parse_file(PUBLISHED / "he_merged.docx").notice.tasks:
        assert lines[task.line - 1].startswith(f"{task.id}\t")


@pytest.mark.parametrize(
    ("fmt", "n", "expected"),
    [
        ("chineseCounting", 1, "一"),
        ("chineseCounting", 12, "十二"),
        ("decimal", 7, "7"),
        ("ideographTraditional", 3, "丙"),
        ("chineseLegalSimplified", 12, "拾贰"),
        ("decimalEnclosedParen", 3, "(3)"),
        ("decimalEnclosedCircle", 2, "②"),
        ("decimalFullWidth", 10, "１０"),
        ("lowerLetter", 2, "b"),
        ("upperRoman", 4, "IV"),
        ("somethingNew", 5, "5"),
    ],
)
def test_word_number_formats(fmt: str, n: int, expected: str) -> None:
    assert format_number(n, fmt) == expected


# ------------------------------------------------------------------ the shared grid


def c(text: str, rowspan: int = 1, colspan: int = 1) -> Cell:
    return Cell(text, rowspan, colspan)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a due date merged down three rows
        (
            [
                [c("序号"), c("任务"), c("完成时间")],
                [c("1"), c("甲。"), c("2019年", 3)],
                [c("2"), c("乙。")],
                [c("3"), c("丙。")],
            ],
            ["序号\t任务\t完成时间", "1\t甲。\t2019年", "2\t乙。\t2019年", "3\t丙。\t2019年"],
        ),
        # a cell merged across two data columns is copied into both
        (
            [[c("序号"), c("任务"), c("牵头"), c("配合")], [c("1"), c("甲。"), c("县水务局", 1, 2)]],
            ["序号\t任务\t牵头\t配合", "1\t甲。\t县水务局\t县水务局"],
        ),
        # a row that is one cell across the table is a heading: one line, no tabs
        (
            [[c("序号"), c("任务")], [c("一、总体要求", 1, 2)], [c("1"), c("甲。")]],
            ["序号\t任务", "一、总体要求", "1\t甲。"],
        ),
        # two-row header: the lower names where a heading spans several columns
        (
            [
                [c("序号", 2), c("责任单位", 1, 2), c("完成时间", 2)],
                [c("牵头单位"), c("配合单位")],
                [c("1"), c("县水务局"), c("县财政局"), c("2020年")],
            ],
            ["序号\t牵头单位\t配合单位\t完成时间", "1\t县水务局\t县财政局\t2020年"],
        ),
        # a second header row naming only the columns under a heading that spans them
        (
            [
                [c("序号"), c("工作任务"), c("责任单位", 1, 2), c("完成时间")],
                [c(""), c(""), c("牵头单位"), c("配合单位"), c("")],
                [c("1"), c("甲。"), c("县水务局"), c("县财政局"), c("2020年")],
            ],
            ["序号\t工作任务\t牵头单位\t配合单位\t完成时间", "1\t甲。\t县水务局\t县财政局\t2020年"],
        ),
        # ...but not a second row that names columns under single headings (the bundled notice's 大项 小项 子项)
        (
            [[c("主要任务", 1, 2), c("责任部门"), c("完成时间")], [c("大项"), c("小项"), c("子项")]],
            ["主要任务\t责任部门\t完成时间", "大项\t小项\t子项"],
        ),
        # rowspan=0 runs to the end of the table; an absurd colspan is capped
        (
            [[c("序号"), c("内容")], [c("1"), c("全部", 0)], [c("2")], [c("3"), c("x", 1, 10**9)]],
            ["序号\t内容", "1\t全部", "2\t全部", "3\t全部\t" + "\t".join(["x"] * 100)],
        ),
        # a single header name merged over two columns is named once
        (
            [[c("主要任务", 1, 2), c("完成时间")], [c("(一)甲"), c("1.乙。"), c("2018年")]],
            ["主要任务\t完成时间", "(一)甲\t1.乙。\t2018年"],
        ),
        # tabs and line breaks inside a cell never split it
        ([[c("任务\t内容"), c("a\nb")]], ["任务 内容\ta b"]),
        ([], []),
    ],
)
def test_grid(rows: list[list[Cell]], expected: list[str]) -> None:
    assert table_lines(rows) == expected


# ------------------------------------------------------------------ web pages


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<meta charset="GBK"><p>' + "县".encode("gbk") + b"</p>", "gb18030"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb18030"),
        (b"\xef\xbb\xbf<meta charset=gbk><p>" + "县".encode() + b"</p>", "utf-8-sig"),  # the BOM wins
        (b"<p>" + "县".encode("gb18030") + b"</p>", "gb18030"),  # undeclared, not UTF-8
        (b'<meta charset="utf-8"><p>' + "县".encode("gb18030") + b"</p>", "gb18030"),  # declared wrongly
        (b'<meta charset="no-such-charset"><p>ok</p>', "utf-8"),
    ],
)
def test_page_charset(data: bytes, expected: str) -> None:
    assert decode_page(data, "page.html")[1] == expected


def test_page_paragraphs_breaks_and_dropped_parts() -> None:
    page = """<html><body>
      <nav>首页 | 新闻</nav><div class="breadcrumb">当前位置：首页</div>
      <div id="content"><p>一、总体要求<br>（一）目标。</p><p>  第二段   文字。 </p>
      <div style="display:none">隐藏</div><script>var x = "<p>脚本</p>";</script>
      <table><tr><td><table><tr><td>嵌套的</td><td>表格</td></tr></table></td></tr></table></div>
      <footer>版权所有</footer></body></html>"""
    assert page_lines(page) == ["一、总体要求", "（一）目标。", "第二段 文字。", "嵌套的\t表格"]


def test_a_header_name_broken_by_a_narrow_column_is_one_name() -> None:
    page = "<table><tr><th>序号</th><th>工作任务</th><th>牵头<br>单位</th><th>完成<br>时限</th></tr>"
    page += "<tr><td>1</td><td>甲。</td><td>县水务局<br>县财政局</td><td>2019年<br>6月底前</td></tr></table>"
    assert page_lines(page) == ["序号\t工作任务\t牵头单位\t完成时限", "1\t甲。\t县水务局、县财政局\t2019年6月底前"]


def test_units_in_a_cell_join_unless_the_piece_ends_a_sentence() -> None:
    page = "<table><tr><td>1</td><td>甲。<br>乙。</td><td>县水务局<br>县财政局<p>县公安局</p></td></tr></table>"
    assert page_lines(page) == ["1\t甲。乙。\t县水务局、县财政局、县公安局"]


def test_raw_html_pasted_into_a_text_file_is_read_as_a_page(tmp_path: Path) -> None:
    pasted = tmp_path / "notice.txt"
    pasted.write_bytes((PUBLISHED / "he_two_row_header.html").read_bytes().split(b"<body>", 1)[1])
    notice = parse_file(pasted).notice
    assert notice.metadata.source_format == "html"
    assert [(t.id, t.lead, t.due) for t in notice.tasks] == [(t[0], t[2], t[4]) for t in HE_TASKS]


# ------------------------------------------------------------------ detection and refusals


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bundled.docx", "docx"),
        ("he_text_layer.pdf", "pdf"),
        ("scanned.pdf", "pdf"),
        ("old_word.doc", "doc"),
        ("bundled_gbk.html", "html"),
        ("he_two_row_header.html", "html"),
    ],
)
def test_detect_by_content(name: str, expected: str) -> None:
    assert detect((PUBLISHED / name).read_bytes()) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RAW_NOTICE.read_bytes(), "text"),
        ("一、总体要求 <p> 不是标签".encode(), "text"),
        (b"PK\x03\x04" + bytes(40), "zip"),
        (b"\n\n%PDF-1.4\n", "pdf"),
        ("<div>一</div><p>二</p><p>三</p><br><span>四</span>".encode("gb18030"), "html"),
        ("\ufeff<!DOCTYPE html><html></html>".encode("utf-16"), "html"),
        # a mirror's empty tags scattered over a page saved as text: the text stands outside them, in lines
        (
            '<dl id="k"></dl><sup id="k"></sup>\n<p id="k"><td id="k"></td></p>\n1. <em id="k"></em>\n'
            '<div id="k"></div><span id="k"></span>\n某市人民政府\n关于印发某市实施方案的通知\n'.encode(),
            "text",
        ),
        ('<p id="k"></p><td></td><br>\n<span>某市</span><div></div>\n'.encode(), "html"),
    ],
)
def test_detect_table(data: bytes, expected: str) -> None:
    assert detect(data) == expected


@pytest.mark.parametrize(
    ("name", "disguise", "source_format"),
    [
        ("he_merged.docx", "notice.txt", "docx"),
        ("he_text_layer.pdf", "notice.html", "pdf"),
        ("he_two_row_header.html", "notice.docx", "html"),
    ],
)
def test_format_is_chosen_by_content_not_name(tmp_path: Path, name: str, disguise: str, source_format: str) -> None:
    path = tmp_path / disguise
    shutil.copy(PUBLISHED / name, path)
    notice = parse_file(path).notice
    assert notice.metadata.source_format == source_format
    assert len(notice.tasks) == 8


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("old_word.doc", "an old Word .doc file, which policy-cli cannot read; save it as .docx in Word"),
        ("scanned.pdf", "PDF has no text layer (a scan?); run OCR on it"),
    ],
)
def test_doc_and_scanned_pdf_are_refused_in_one_line(tmp_path: Path, name: str, message: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PATH"} | {"PATH": str(tmp_path)}  # no LibreOffice
    result = cli("parse", str(PUBLISHED / name), env=env)
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_doc_refusal_says_how_to_convert() -> None:
    with pytest.raises(InputError, match=r"libreoffice --headless --convert-to docx old\.doc$"):
        read_document((PUBLISHED / "old_word.doc").read_bytes(), "old.doc")


def test_doc_is_converted_when_libreoffice_is_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = tmp_path / "soffice"  # stands in for LibreOffice: "converts" to a known .docx
    soffice.write_text(f'#!/bin/sh\nexec {shutil.which("cp")} "{PUBLISHED / "he_merged.docx"}" "$5/notice.docx"\n')
    soffice.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    document = read_document((PUBLISHED / "old_word.doc").read_bytes(), "old.doc")
    assert document.source_format == "docx"
    assert document.note == "converted from .doc with soffice"
    assert "序号\t工作任务\t牵头单位\t配合单位\t完成时间" in document.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04" + bytes(40), "a ZIP archive but not a Word .docx file"),
        (b"%PDF-1.4\n%broken", "cannot read the PDF"),
        (b"<html><body><script>x</script></body></html>", "the web page has no text"),
    ],
)
def test_damaged_or_empty_documents_are_input_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(data, "x")


def test_missing_pdf_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(InputError, match=r"pip install 'policy-cli\[pdf\]'"):
        read_document((PUBLISHED / "he_text_layer.pdf").read_bytes(), "x.pdf")


def test_readers_are_imported_only_when_their_format_is_read() -> None:
    code = (
        "import sys; from pathlib import Path; from policy_cli.source import parse_file; "
        f"parse_file(Path({str(RAW_NOTICE)!r})); "
        "print(sorted(m for m in ('lxml', 'docx', 'pdfplumber') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_text_command_prints_the_readers_lines() -> None:
    result = invoke("text", str(PUBLISHED / "bundled_gbk.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == read_document((PUBLISHED / "bundled_gbk.html").read_bytes()).text + "\n"
    assert result.stderr == f"policy-cli: {PUBLISHED / 'bundled_gbk.html'}: read as html; decoded as gb18030\n"


def test_text_command_numbers_lines_as_the_model_counts_them() -> None:
    notice = parse_file(PUBLISHED / "bundled.docx").notice
    numbered = invoke("text", "-N", str(PUBLISHED / "bundled.docx")).stdout.split("\n")
    for task in notice.tasks[:5]:
        line = numbered[task.line - 1]
        assert line.startswith(f"{task.line:>3}  ")
        assert f"\t{task.id}." in line


def test_library_parses_published_bytes() -> None:
    import policy_cli as pc

    notice = pc.parse_notice((PUBLISHED / "he_merged.docx").read_bytes(), name="he.docx")
    assert notice.metadata.source_format == "docx"
    assert [t.lead for t in notice.tasks][:3] == [("市水利局",)] * 3
    assert pc.parse_notice(RAW_NOTICE).metadata.source_format == "text"


def test_notice_option_reads_a_word_file() -> None:
    result = invoke("tasks", "--notice", str(PUBLISHED / "he_merged.docx"), "--lead", "市财政局", "--format", "tsv")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()[1:]] == ["4", "5"]


# ------------------------------------------------------------------ layout tables and labels in blocks


def test_a_page_laid_out_in_a_one_cell_table_reads_as_paragraphs() -> None:
    page = "<table><tr><td><p>一、总体要求</p><p>（一）目标。</p><p>二、任务</p></td></tr></table>"
    assert page_lines(page) == ["一、总体要求", "（一）目标。", "二、任务"]


def test_a_cell_holding_a_whole_text_is_layout_not_a_row() -> None:
    paragraphs = "".join(f"<p>第{n}段。</p>" for n in range(40))
    lines = page_lines(f"<table><tr><td>导航</td><td>{paragraphs}</td></tr></table>")
    assert lines[:3] == ["导航", "第0段。", "第1段。"]
    assert len(lines) == 41


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<div>索 引 号：</div><div>123/2019-1</div><p>正文</p>", ["索 引 号：123/2019-1", "正文"]),
        ("<div>发文字号：</div><div>关于推进某项工作的实施意见</div>", ["发文字号：", "关于推进某项工作的实施意见"]),
        ("<div>索引号：</div><div>发布日期：2019-01-02</div>", ["索引号：", "发布日期：2019-01-02"]),
    ],
)
def test_a_label_in_a_block_of_its_own_takes_the_value_below(page: str, expected: list[str]) -> None:
    assert page_lines(page) == expected


# ------------------------------------------------------------------ Word XML, piece by piece

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbering_xml(levels: str, nums: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(f"<w:numbering {W_NS}>{levels}{nums}</w:numbering>")


def lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/></w:lvl>'


def para(num_id: str | None = None, ilvl: int = 0, runs: str = "<w:r><w:t>x</w:t></w:r>", style: str = "") -> Any:
    from docx.oxml import parse_xml

    pr = ""
    if num_id is not None or style:
        num = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else ""
        pr = f"<w:pPr>{style}{num}</w:pPr>"
    return parse_xml(f"<w:p {W_NS}>{pr}{runs}</w:p>")


LIST = numbering_xml(
    '<w:abstractNum w:abstractNumId="1">'
    + lvl(0, "chineseCounting", "%1、")
    + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%1.%3", "<w:isLgl/>")
    + lvl(3, "decimal", "%4)", '<w:lvlRestart w:val="1"/>')
    + "</w:abstractNum>",
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>',
)


@pytest.mark.parametrize(
    ("sequence", "expected"),
    [
        # deeper levels restart when a level above is numbered
        ([("5", 0), ("5", 1), ("5", 1), ("5", 0), ("5", 1)], ["一、", "（一）", "（二）", "二、", "（一）"]),
        # two w:num sharing one definition count on together, as Word does
        ([("5", 0), ("6", 0), ("5", 0)], ["一、", "二、", "三、"]),
        # a start override makes a list of its own
        ([("5", 0), ("7", 0), ("7", 0), ("5", 0)], ["一、", "四、", "五、", "二、"]),
        # isLgl writes every level in decimal; lvlRestart 1 restarts only after level 1 (一、)
        (
            [("5", 0), ("5", 2), ("5", 3), ("5", 1), ("5", 3), ("5", 0), ("5", 3)],
            ["一、", "1.1", "1)", "（一）", "2)", "二、", "1)"],
        ),
        # numId 0 and an unknown list number nothing
        ([("0", 0), ("99", 0)], ["", ""]),
    ],
)
def test_word_list_counters(sequence: list[tuple[str, int]], expected: list[str]) -> None:
    from policy_cli.readers.docx import Numbering

    numbering = Numbering(LIST, None)
    assert [numbering.label(para(num_id, ilvl)) for num_id, ilvl in sequence] == expected


def test_numbering_from_a_paragraph_style_and_a_linked_numbering_style() -> None:
    from docx.oxml import parse_xml

    from policy_cli.readers.docx import Numbering

    styles = parse_xml(
        f"<w:styles {W_NS}>"
        '<w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="Sub"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        "</w:styles>"
    )
    linked = numbering_xml(
        '<w:abstractNum w:abstractNumId="1">'
        + lvl(0, "chineseCounting", "%1、")
        + lvl(1, "chineseCounting", "（%2）")
        + '</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>',
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>',
    )
    numbering = Numbering(linked, styles)
    heading = para(style='<w:pStyle w:val="Heading1"/>')
    sub = para(style='<w:pStyle w:val="Sub"/>')
    assert [numbering.label(p) for p in (heading, sub, sub, para("8", 0))] == ["一、", "（一）", "（二）", "二、"]


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ("<w:r><w:t>州水务局</w:t><w:tab/><w:t>牵头</w:t></w:r>", "州水务局 牵头"),
        ("<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r>", "第一行\n第二行"),
        (
            "<w:ins><w:r><w:t>新加的</w:t></w:r></w:ins><w:del><w:r><w:delText>删去的</w:delText></w:r></w:del>",
            "新加的",
        ),
        ('<w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple>', "3"),
        (
            '<w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>',
            "链接",
        ),
        ("<w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t></w:r>", "A-B"),
    ],
)
def test_word_paragraph_text(runs: str, expected: str) -> None:
    from policy_cli.readers.docx import Numbering, paragraph_text

    assert paragraph_text(para(runs=runs), Numbering(None, None)) == expected


cells = st.builds(Cell, st.text(max_size=3), st.integers(-2, 5), st.integers(-1, 4))


@given(st.lists(st.lists(cells, max_size=5), max_size=8))
def test_grid_on_any_table(rows: list[list[Cell]]) -> None:
    lines = table_lines(rows)
    assert len(lines) <= len(rows)
    assert all("\n" not in line and line.strip(" \t") for line in lines)


def test_grid_spans_are_bounded() -> None:
    rows = [[Cell("x", 0, 10**6)] for _ in range(3000)]  # every row's cell spans to the end, across 10^6 columns
    lines = table_lines(rows)
    assert len(lines) == 3000
    assert sum(line.count("\t") + 1 for line in lines) <= MAX_POSITIONS + len(rows)  # then each cell one position


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["县水务局", "县财政局", "县公安局"], "县水务局、县财政局、县公安局"),
        (["县水务局（牵头）", "县财政局"], "县水务局（牵头）、县财政局"),
        (["甲。", "乙。"], "甲。乙。"),
        (["县水务局、", "县财政局"], "县水务局、县财政局"),
        (["2019年", "6月底前"], "2019年6月底前"),
        (["2019", "年底前"], "2019年底前"),
        (["各级党委", "政府"], "各级党委、政府"),
        (["", " 县水务局 ", ""], "县水务局"),
    ],
)
def test_cell_lines_joined(pieces: list[str], expected: str) -> None:
    assert join_pieces(pieces) == expected
