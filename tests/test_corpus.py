"""A corpus of eight generated files (two encodings, a Word file, three unreadable) indexed, re-indexed and queried."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from policy_cli.cli import ExitCode, app
from policy_cli.corpus import Corpus, index, level_of
from policy_cli.errors import InputError, UsageError
from policy_cli.query import TaskFilter, filter_tasks
from policy_cli.query import search as notice_search
from policy_cli.registry import default_registry
from policy_cli.source import parse_file

from .conftest import FIXTURES, CliRunner

CITING = "为落实《青岚市人民政府关于推进城市安全发展的实施意见》（青府发〔2021〕5号），"
# By date, then (no date) by path: city/river.docx before county/forest.txt.
NOTICES = [
    "青政办发〔2020〕14号",
    "青府发〔2021〕5号",
    "云府办发〔2023〕3号",
    "河府办发〔2023〕7号",
    "山府办函〔2022〕15号",
]


def build(root: Path) -> None:
    """City notices (one in GB18030, one a Word file), a county notice citing the city's, a prefecture
    table, and three files that cannot be read (a PDF scan, binary noise, an empty file)."""
    for folder in ("city", "county", "bad"):
        (root / folder).mkdir(parents=True)
    (root / "city" / "annex.txt").write_bytes((FIXTURES / "samples" / "qinglan_annex_table.txt").read_bytes())
    inline = (FIXTURES / "samples" / "qinglan_inline_fangan.txt").read_text(encoding="utf-8")
    (root / "city" / "inline.txt").write_bytes(inline.encode("gb18030"))
    points = (FIXTURES / "genre" / "county_workpoints.txt").read_text(encoding="utf-8")
    assert "现将《云岭县" in points
    (root / "county" / "workpoints.txt").write_text(points.replace("现将《云岭县", CITING + "现将《云岭县"), "utf-8")
    (root / "county" / "forest.txt").write_bytes((FIXTURES / "genre" / "prefecture_table.txt").read_bytes())
    (root / "city" / "river.docx").write_bytes((FIXTURES / "published" / "he_merged.docx").read_bytes())
    (root / "bad" / "scanned.pdf").write_bytes((FIXTURES / "published" / "scanned.pdf").read_bytes())
    (root / "bad" / "scan.txt").write_bytes(random.Random(15).randbytes(2000))
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "readme.md").write_text("not a notice: no notice suffix", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    build(root / "notices")
    summary = index([root / "notices"], root / "corpus.db", jobs=2)
    assert (summary.found, summary.added, summary.skipped, summary.errors) == (8, 8, 0, 3)
    return root


@pytest.fixture
def corpus(corpus_dir: Path) -> Corpus:
    return Corpus(corpus_dir / "corpus.db")


def test_failed_files_are_recorded_with_why(corpus: Corpus) -> None:
    failed = {Path(r["path"]).name: r["error"] for r in corpus.notices(failed=True)}
    assert failed == {
        "empty.txt": "file is empty; give the text file of a notice",
        "scan.txt": "looks like a binary file, not a text notice; save the page as plain text",
        "scanned.pdf": "PDF has no text layer (a scan?); run OCR on it or get the notice as text, .docx or a web page",
    }


def test_notices_carry_number_level_date_and_encoding(corpus: Corpus) -> None:
    found = corpus.notices()
    assert [r["doc_number"] for r in found] == NOTICES
    assert [(r["level"], r["date"], r["year"], r["tasks"], r["encoding"], r["source_format"]) for r in found] == [
        ("市", "2020-05-08", 2020, 16, "gb18030", "text"),
        ("市", "2021-04-20", 2021, 12, "utf-8", "text"),
        ("县", "2023-02-01", 2023, 5, "utf-8", "text"),
        ("市", None, 2023, 8, None, "docx"),  # no date: the year of its 文号
        ("州", None, 2022, 3, "utf-8", "text"),
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"level": "县"}, ["云府办发〔2023〕3号"]),
        ({"issuer": "青岚市"}, NOTICES[:2]),
        ({"years": [2021, 2022]}, [NOTICES[1], NOTICES[4]]),
        ({"keyword": "森林防火"}, ["山府办函〔2022〕15号"]),
        ({"keyword": "青府发"}, ["青府发〔2021〕5号"]),
        ({"level": "省"}, []),
    ],
)
def test_notices_filters(corpus: Corpus, filters: dict[str, object], expected: list[str]) -> None:
    assert [r["doc_number"] for r in corpus.notices(**filters)] == expected  # type: ignore[arg-type]


def _one_by_one(corpus_dir: Path) -> dict[str, object]:
    """Each readable file parsed on its own, keyed by 文号."""
    out = {}
    for path in sorted((corpus_dir / "notices").rglob("*.*")):
        if path.parent.name != "bad" and path.suffix in (".txt", ".docx"):
            notice = parse_file(path).notice
            out[notice.metadata.doc_number_normalized] = notice
    return out


def test_tasks_across_notices_equal_each_notice_queried_alone(corpus: Corpus, corpus_dir: Path) -> None:
    registry = default_registry()
    singles = _one_by_one(corpus_dir)
    assert len(corpus.tasks(TaskFilter())) == 44 == sum(len(n.tasks) for n in singles.values())  # type: ignore[attr-defined]
    for flt in [
        TaskFilter(years=(2021,)),
        TaskFilter(until=2021),
        TaskFilter(keywords=("隐患",)),
        TaskFilter(months=("2021-06", "2021-12")),
    ]:
        expected = sorted((number, t.id) for number, n in singles.items() for t in filter_tasks(n, flt, registry))  # type: ignore[arg-type]
        assert sorted((r["doc_number"], r["number"]) for r in corpus.tasks(flt)) == expected


def test_tasks_by_unit_and_role(corpus: Corpus) -> None:
    units = default_registry()
    emergency = corpus.resolve_departments(["市应急管理局"], units)
    assert emergency == ("市应急管理局",)
    found = corpus.tasks(TaskFilter(departments=emergency))
    assert len(found) == 17
    assert {r["doc_number"] for r in found} == {"青府发〔2021〕5号", "青政办发〔2020〕14号", "河府办发〔2023〕7号"}
    assert len(corpus.tasks(TaskFilter(leads=emergency))) == 11
    assert len(corpus.tasks(TaskFilter(departments=emergency, years=(2021,)))) == 3
    # typed without a place: the corpus's units of that core, at every level
    assert corpus.resolve_departments(["应急管理局"], units) == ("县应急管理局", "州应急管理局", "市应急管理局")
    with pytest.raises(UsageError, match="no unit '市气象局'"):
        corpus.resolve_departments(["市气象局"], units)


def test_due_orders_by_deadline(corpus: Corpus) -> None:
    found = corpus.tasks(TaskFilter(until=2021), by_deadline=True)
    dates = [r["due_date"] for r in found]
    assert dates == sorted(dates) and len(found) == 9


@pytest.mark.parametrize("term", ["隐患", "安全生产", "应急管理局", "患", "（区）"])
def test_search_finds_what_each_notice_finds(corpus: Corpus, corpus_dir: Path, term: str) -> None:
    """Terms of one or two characters take the scan, longer ones the trigram index; both find the same places."""
    singles = _one_by_one(corpus_dir)
    expected = sorted((number, h.line, h.kind) for number, n in singles.items() for h in notice_search(n, term))  # type: ignore[arg-type]
    hits = corpus.search(term)
    assert sorted((h["doc_number"], h["line"], h["kind"]) for h in hits) == expected
    assert all(h["text"][h["start"] : h["end"]] == term for h in hits)


def test_search_counts(corpus: Corpus) -> None:
    assert (len(corpus.search("隐患")), len(corpus.search("安全生产")), len(corpus.search("隐患排查"))) == (18, 31, 6)


def test_citers_and_the_chain_of_implementing_notices(corpus: Corpus) -> None:
    assert [r["doc_number"] for r in corpus.citing("澜政发[2020]11号")] == ["青府发〔2021〕5号"]
    assert [r["doc_number"] for r in corpus.citing("青府发〔2021〕5号")] == ["云府办发〔2023〕3号"]
    chain = corpus.chain("澜政发〔2020〕11号")
    assert [(r["depth"], r["doc_number"]) for r in chain] == [
        (0, "澜政发〔2020〕11号"),
        (1, "青府发〔2021〕5号"),
        (2, "云府办发〔2023〕3号"),
    ]
    assert chain[0]["title"] is None  # the central document itself is not in the corpus
    assert corpus.citing("中发〔2016〕32号") == []


def test_every_cited_document(corpus: Corpus) -> None:
    cited = {(r["kind"], r["target"]): (r["notices"], r["title"]) for r in corpus.cited()}
    assert cited[("doc-number", "青府发〔2021〕5号")] == (1, "青岚市人民政府关于推进城市安全发展的实施意见")
    assert cited[("title", "青岚市人民政府关于推进城市安全发展的实施意见")] == (
        1,
        "青岚市人民政府关于推进城市安全发展的实施意见",
    )
    assert cited[("doc-number", "澜政发〔2020〕11号")] == (1, None)
    assert sorted(t for k, t in cited if k == "doc-number") == [
        "澜政办发〔2020〕6号",
        "澜政发〔2020〕11号",
        "青府发〔2021〕5号",
    ]


def test_units_and_stats(corpus: Corpus) -> None:
    first = corpus.units()[0]
    assert (first["unit"], first["tasks"], first["notices"], first["lead"]) == ("市应急管理局", 17, 3, 11)
    stats = corpus.stats()
    assert [(r["key"], r["tasks"]) for r in stats["year"]] == [
        (2020, 3),
        (2021, 6),
        (2022, 5),
        (2023, 3),
        (2024, 6),
        (2025, 1),
        (None, 20),
    ]
    assert [(r["key"], r["notices"], r["tasks"]) for r in stats["level"]] == [("市", 3, 36), ("县", 1, 5), ("州", 1, 3)]


@pytest.mark.parametrize(("issuer", "levels"), [(None, ("县",)), (None, ("市",)), (None, ("州", "县")), ("青岚市", ())])
def test_narrowed_questions_are_the_chosen_notices_questions(
    corpus: Corpus, issuer: str | None, levels: tuple[str, ...]
) -> None:
    chosen = {
        r["doc_number"]: r["tasks"] for level in levels or (None,) for r in corpus.notices(issuer=issuer, level=level)
    }
    everything = corpus.tasks(TaskFilter())
    hits = corpus.search("隐患")
    corpus.narrow(issuer, levels)
    assert sorted(chosen) and len(chosen) < len(NOTICES)
    found = corpus.tasks(TaskFilter())
    assert len(found) == sum(chosen.values()) and {r["doc_number"] for r in found} == set(chosen)
    assert found == [r for r in everything if r["doc_number"] in chosen]
    assert corpus.search("隐患") == [h for h in hits if h["doc_number"] in chosen]
    stats = corpus.stats()
    assert sum(r["tasks"] for r in stats["year"]) == sum(chosen.values())
    assert {r["doc_number"] for r in stats["notice"]} == set(chosen)
    units = corpus.units()
    assert units and max(u["notices"] for u in units) <= len(chosen)
    assert sum(u["tasks"] for u in units) == sum(
        len(r["departments"]) for r in found
    )  # each task counted once for each distinct unit it names
    corpus.narrow()
    assert len(corpus.tasks(TaskFilter())) == len(everything)


def test_cli_issuer_and_level_narrow_every_corpus_question(corpus_dir: Path) -> None:
    db = str(corpus_dir / "corpus.db")
    code, out, _ = run("tasks", "--corpus", db, "--level", "县", "-f", "tsv")
    assert code == 0 and {line.split("\t")[0] for line in out.splitlines()[1:]} == {"云府办发〔2023〕3号"}
    code, out, _ = run("due", "2021", "--corpus", db, "--issuer", "青岚市", "-f", "tsv")
    assert code == 0 and {line.split("\t")[0] for line in out.splitlines()[1:]} <= set(NOTICES[:2])
    code, out, _ = run("search", "隐患", "-c", db, "-l", "市", "-l", "州", "-f", "tsv")
    assert code == 0 and "云府办发〔2023〕3号" not in out and len(out.splitlines()) > 1
    code, out, _ = run("depts", "-c", db, "-i", "青岚市", "-f", "tsv")
    assert code == 0 and out.splitlines()[1].split("\t")[2] == "2"  # 市应急管理局 in the two 青岚市 notices
    code, out, _ = run("stats", "-c", db, "-l", "县", "-f", "tsv")
    assert "level\t县\t1 notice\t5" in out.splitlines() and "level\t市" not in out
    code, _, err = run("tasks", "-c", db, "-l", "省")
    assert code == ExitCode.NO_MATCH and "no tasks matched" in err
    code, _, err = run("tasks", "--level", "县")
    assert code == ExitCode.USAGE and "give --corpus" in err


def test_schema_is_plain_sqlite_with_keys(corpus_dir: Path) -> None:
    db = sqlite3.connect(corpus_dir / "corpus.db")
    tables = [
        t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")
    ]
    plain = [t for t in tables if not t.startswith("blocks_fts")]
    assert plain == ["meta", "notices", "parts", "clauses", "tasks", "task_units", "citations", "blocks", "warnings"]
    for table in plain:
        assert any(col[5] for col in db.execute(f"PRAGMA table_info({table})")), f"{table} has no primary key"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM task_units WHERE role = 'lead'").fetchone() == (39,)


def test_second_run_skips_changed_replaced_removed_dropped(tmp_path: Path) -> None:
    build(tmp_path / "n")
    db_path = tmp_path / "c.db"
    first = index([tmp_path / "n"], db_path, jobs=1)
    assert (first.added, len(first.failed)) == (8, 3)
    again = index([tmp_path / "n"], db_path, jobs=1)
    assert (again.added, again.replaced, again.skipped, again.removed, again.failed) == (0, 0, 8, 0, [])
    forest = tmp_path / "n" / "county" / "forest.txt"
    text = forest.read_text(encoding="utf-8")
    forest.write_text(text.replace("山府办函〔2022〕15号", "山府办函〔2022〕16号"), encoding="utf-8")
    (tmp_path / "n" / "city" / "annex.txt").unlink()
    third = index([tmp_path / "n"], db_path, jobs=1)
    assert (third.added, third.replaced, third.skipped, third.removed) == (0, 1, 6, 1)
    with Corpus(db_path) as corpus:
        assert [r["doc_number"] for r in corpus.notices()] == [
            "青政办发〔2020〕14号",
            "云府办发〔2023〕3号",
            "河府办发〔2023〕7号",
            "山府办函〔2022〕16号",
        ]
        assert len(corpus.tasks(TaskFilter())) == 32
        assert corpus.search("城市安全发展") == [
            h for h in corpus.search("城市安全发展") if h["doc_number"] != "青府发〔2021〕5号"
        ]
        db = corpus.db
        assert (
            db.execute("SELECT count(*) FROM blocks_fts").fetchone()[0]
            == db.execute("SELECT count(*) FROM blocks").fetchone()[0]
        )


def test_parallel_and_serial_runs_hold_the_same_rows(tmp_path: Path, corpus_dir: Path) -> None:
    index([corpus_dir / "notices"], tmp_path / "serial.db", jobs=1)
    rows = []
    for name in ("serial.db", None):
        db = sqlite3.connect(tmp_path / name if name else corpus_dir / "corpus.db")
        rows.append(
            db.execute(
                "SELECT n.path, t.number, t.text, u.unit, u.role FROM tasks t JOIN notices n ON n.id = t.notice_id"
                " JOIN task_units u ON u.task_id = t.id ORDER BY n.path, t.number, u.position"
            ).fetchall()
        )
    assert rows[0] == rows[1] and len(rows[0]) > 36


def test_not_a_corpus(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a policy-cli corpus"):
        Corpus(other)
    with pytest.raises(InputError, match="not a policy-cli corpus"):
        index([FIXTURES / "genre"], other)
    text = tmp_path / "notes.db"
    text.write_text("plain text, not SQLite")
    with pytest.raises(InputError, match="not a policy-cli corpus"):
        Corpus(text)
    with pytest.raises(InputError, match="no such corpus"):
        Corpus(tmp_path / "missing.db")
    with pytest.raises(UsageError, match="no such file or folder"):
        index([tmp_path / "nowhere"], tmp_path / "new.db")


@pytest.mark.parametrize(
    ("issuer", "level"),
    [
        ("中共甘孜州委", "州"),
        ("甘孜州人民政府", "州"),
        ("广州市人民政府", "市"),
        ("杭州市市场监督管理局", "市"),
        ("成都市武侯区人民政府", "区"),
        ("四川省人民政府办公厅", "省"),
        ("西藏自治区人民政府", "省"),
        ("北京市人民政府", "省"),
        ("国务院办公厅", "中央"),
        ("中共中央办公厅", "中央"),
        ("云岭县人民政府办公室", "县"),
        ("延边朝鲜族自治州人民政府", "州"),
        ("安全生产委员会", None),
    ],
)
def test_level_from_issuer(issuer: str, level: str | None) -> None:
    assert level_of(issuer) == level


# ------------------------------------------------------------------ through the CLI

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_index_reports_and_skips(tmp_path: Path) -> None:
    build(tmp_path / "n")
    db = str(tmp_path / "c.db")
    code, out, err = run("index", str(tmp_path / "n"), "-o", db, "-j", "2")
    assert code == ExitCode.OK and out == ""
    assert "8 files: 8 added, 0 replaced, 0 unchanged, 0 removed, 3 failed" in err
    assert f"not indexed: {tmp_path / 'n' / 'bad' / 'empty.txt'}: file is empty" in err
    code, _, err = run("index", str(tmp_path / "n"), "-o", db)
    assert code == ExitCode.OK and "0 added, 0 replaced, 8 unchanged" in err


def test_cli_queries_add_a_notice_column(corpus_dir: Path) -> None:
    db = str(corpus_dir / "corpus.db")
    code, out, _ = run("tasks", "--corpus", db, "--dept", "市应急管理局", "--year", "2021", "-f", "tsv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("notice\tid\tdue_year")
    assert [tuple(line.split("\t")[:3]) for line in lines[1:]] == [
        ("青府发〔2021〕5号", "1", "2021"),  # city/annex.txt, then city/inline.txt: by path
        ("青政办发〔2020〕14号", "4", "2021"),
        ("青政办发〔2020〕14号", "15", "2021"),
    ]
    code, out, _ = run("due", "2023", "--corpus", db, "-f", "tsv")
    assert code == 0 and len(out.splitlines()) == 4
    code, out, _ = run("search", "隐患", "-c", db, "-f", "tsv")
    assert code == 0 and len(out.splitlines()) == 19
    code, out, _ = run("depts", "-c", db, "-f", "tsv")
    assert out.splitlines()[1].split("\t")[:4] == ["市应急管理局", "17", "3", "11"]
    code, out, _ = run("stats", "-c", db, "-f", "tsv")
    assert "level\t县\t1 notice\t5" in out.splitlines()
    code, out, _ = run("notices", "-c", db, "--level", "市", "-f", "tsv")
    assert [line.split("\t")[0] for line in out.splitlines()[1:]] == [*NOTICES[:2], "河府办发〔2023〕7号"]
    code, out, _ = run("cites", "-c", db, "--cited", "澜政发〔2020〕11号", "--chain", "-f", "tsv")
    assert [line.split("\t")[:2] for line in out.splitlines()[1:]] == [
        ["0", "澜政发〔2020〕11号"],
        ["1", "青府发〔2021〕5号"],
        ["2", "云府办发〔2023〕3号"],
    ]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["tasks", "--corpus", "{db}", "--model", "x.yaml"], ExitCode.USAGE, "not both"),
        (["tasks", "--corpus", "{missing}"], ExitCode.INPUT, "no such corpus"),
        (["notices", "--corpus", "{folder}"], ExitCode.INPUT, "is a directory, not a corpus database"),
        (["stats", "--corpus", "/dev/null"], ExitCode.INPUT, "is a device, not a regular file"),
        (["tasks", "--corpus", "{db}", "--dept", "不存在局"], ExitCode.USAGE, "no unit '不存在局'"),
        (["search", "没有这段话", "--corpus", "{db}"], ExitCode.NO_MATCH, "no places matched"),
        (["cites", "--corpus", "{db}", "--chain"], ExitCode.USAGE, "--chain needs --cited"),
        (["notices", "--corpus", "{db}", "--year", "1999"], ExitCode.NO_MATCH, "no notices matched"),
        (["tasks", "--corpus", "{db}", "--regex", "("], ExitCode.USAGE, "invalid regular expression"),
        (
            ["index", "{db}", "-o", "{missing}/../nowhere/c.db"],
            ExitCode.INPUT,
            "cannot open (unable to open database file)",
        ),
        (["notices", "--corpus", "{readme}"], ExitCode.INPUT, "not a policy-cli corpus (file is not a database)"),
    ],
)
def test_cli_corpus_errors_are_one_line(
    corpus_dir: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    readme = Path(__file__).resolve().parent.parent / "README.md"
    filled = [
        a.format(db=corpus_dir / "corpus.db", missing=tmp_path / "missing.db", readme=readme, folder=tmp_path)
        for a in args
    ]
    got, out, err = run(*filled)
    assert got == code, err
    assert message in err and len(err.strip().splitlines()) == 1 and out == ""


def test_readme_corpus_transcripts_are_true(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ```console block of the README's "Many notices" prints what it shows (stdout, then stderr)."""
    import re

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Many notices\n") :]
    section = section[: section.index("\n## ", 1)]
    blocks = re.findall(r"```console\n(.*?)```", section, flags=re.S)
    monkeypatch.chdir(ROOT)  # the commands name files of the repository
    db = str(tmp_path / "corpus.db")
    checked = 0
    for block in blocks:
        for command, shown in re.findall(r"\$ (policy-cli [^\n]*)\n((?:(?!\$ )[^\n]*\n)*)", block):
            argv = [db if a == "corpus.db" else a for a in command.split("|")[0].split()[1:]]
            result = runner.invoke(app, argv, catch_exceptions=False)
            out = result.stdout
            for stage in command.split("|")[1:]:
                out = _pipe(stage.strip(), out)
            assert (out + result.stderr).replace(db, "corpus.db") == shown, command
            checked += 1
    assert checked >= 6


def _pipe(stage: str, text: str) -> str:
    words = stage.split()
    if words[0] == "head":
        return "".join(text.splitlines(keepends=True)[: int(words[1].lstrip("-"))])
    assert words[0] == "cut", stage
    fields = [int(x) for part in words[1][2:].split(",") for x in _span(part)]
    return "".join("\t".join(line.split("\t")[i - 1] for i in fields) + "\n" for line in text.splitlines())


def _span(part: str) -> range:
    lo, _, hi = part.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def test_a_new_parser_version_parses_everything_again(tmp_path: Path) -> None:
    build(tmp_path / "n")
    db_path = tmp_path / "c.db"
    index([tmp_path / "n"], db_path, jobs=1)
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'parser'")
    again = index([tmp_path / "n"], db_path, jobs=1)
    assert (again.added, again.replaced, again.skipped) == (0, 8, 0)
    assert index([tmp_path / "n"], db_path, jobs=1).skipped == 8


# ------------------------------------------------------------------ runs at once on one database


def test_index_takes_rows_another_run_wrote_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that finds a file written by another run since it started leaves it, instead of failing on the path."""
    import importlib

    index_module = importlib.import_module("policy_cli.corpus.index")

    build(tmp_path / "n")
    db = tmp_path / "c.db"
    parse_all = index_module._parse_all
    other: list[Any] = []

    def racing(todo: list[str], jobs: int | None, max_bytes: int) -> Any:
        for n, rows in enumerate(parse_all(todo, jobs, max_bytes)):
            if n == 0:  # another run gets through while this one is parsing
                monkeypatch.setattr(index_module, "_parse_all", parse_all)
                other.append(index([tmp_path / "n"], db, jobs=1))
            yield rows

    monkeypatch.setattr(index_module, "_parse_all", racing)
    summary = index([tmp_path / "n"], db, jobs=1)
    assert (other[0].found, other[0].added) == (8, 8)
    # Every file has the bytes the other run recorded: left as that run wrote it.
    assert (summary.found, summary.added, summary.skipped, summary.replaced) == (8, 0, 8, 0)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), sum(status = 'ok') FROM notices").fetchone() == (8, 5)


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "policy_cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_index_runs_at_once_on_one_database_all_succeed(tmp_path: Path) -> None:
    build(tmp_path / "n")
    db = str(tmp_path / "c.db")
    runs = [_cli("index", str(tmp_path / "n"), "-o", db, "-q", "-j", "2") for _ in range(3)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in runs]
    for code, out, err in results:
        assert code == ExitCode.OK, err
        assert out == "" and len(err.splitlines()) == 1 and "8 files:" in err and "Traceback" not in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), sum(status = 'ok') FROM notices").fetchone() == (8, 5)


def test_index_terminated_ends_its_workers_quietly(tmp_path: Path) -> None:
    """SIGTERM mid-run: the workers end without a traceback, the run exits 143 in one line and does not hang."""
    (tmp_path / "n").mkdir()
    text = (FIXTURES / "samples" / "qinglan_annex_table.txt").read_text(encoding="utf-8")
    for i in range(400):
        (tmp_path / "n" / f"{i:03}.txt").write_text(text + f"\n{i}\n", encoding="utf-8")
    run = _cli("index", str(tmp_path / "n"), "-o", str(tmp_path / "c.db"), "-q", "-j", "2")
    assert _workers_of(run), "the run started no workers"
    time.sleep(0.2)
    run.send_signal(signal.SIGTERM)
    code = run.wait(timeout=30)
    _, err = run.communicate()
    assert code == 143, err
    assert err == "policy-cli: terminated\n"


def test_index_goes_on_when_a_worker_is_killed(tmp_path: Path) -> None:
    """kill -9 of a worker (as the kernel does when memory runs out): its files are read again, the run ends."""
    (tmp_path / "n").mkdir()
    text = (FIXTURES / "samples" / "qinglan_annex_table.txt").read_text(encoding="utf-8")
    for i in range(200):
        (tmp_path / "n" / f"{i:03}.txt").write_text(text + f"\n{i}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    run = _cli("index", str(tmp_path / "n"), "-o", str(db), "-q", "-j", "2")
    workers = _workers_of(run)
    assert workers, "the run started no workers"
    time.sleep(0.2)
    subprocess.run(["kill", "-9", workers[0]], check=False)
    code = run.wait(timeout=120)
    _, err = run.communicate()
    assert code == ExitCode.OK, err
    assert "Traceback" not in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), sum(status = 'ok') FROM notices").fetchone() == (200, 200)


def _workers_of(run: subprocess.Popen[str]) -> list[str]:
    """The process ids of a running index's workers, once it has started them (none if it ended first)."""
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and run.poll() is None:
        workers = children.read_text().split() if children.exists() else []
        if workers:
            return workers
        time.sleep(0.02)
    return []


def test_pool_workers_do_not_keep_the_commands_signal_handlers() -> None:
    from policy_cli.corpus.index import _pool
    from policy_cli.runtime import guarded

    with guarded():
        pool = _pool(1)
        try:
            handlers = pool.submit(_handlers).result()
        finally:
            pool.shutdown()
    assert handlers == (signal.SIG_IGN, signal.SIG_DFL)


def _handlers() -> tuple[Any, Any]:
    return signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)


def test_a_model_beside_its_notice_in_a_folder_is_not_a_second_notice(tmp_path: Path) -> None:
    from policy_cli.corpus.index import find_files

    for name in ("某县方案.txt", "某县方案.yaml", "另一方案.yaml", "某县方案.expected.yaml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = sorted(p.name for p in find_files([tmp_path]))
    # the model of 某县方案.txt is left out; a model with no notice beside it, and other files, stay
    assert names == ["另一方案.yaml", "某县方案.expected.yaml", "某县方案.txt"]
    # a model named on its own is read, whatever stands beside it
    assert [p.name for p in find_files([tmp_path / "某县方案.yaml"])] == ["某县方案.yaml"]
