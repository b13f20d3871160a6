"""Generate notices of the genre: one large notice, or a folder of many varied ones.

python bench/generate.py FACTOR > notice.txt
    A notice with FACTOR times the bundled notice's 86 tasks. The structure is
    the genre's: a head, parts (一、) with clauses ((一)), and an annex table
    whose groups and sub-groups carry the titles of the parts and clauses they
    implement, with task rows and notes. Sentences and unit lists are drawn in
    turn from the bundled notice's model so the text looks like the real thing.

python bench/generate.py corpus N FOLDER
    N notices in FOLDER, in every layout the parser reads (the bundled notice,
    an annex table, inline annotations, labelled lines, a vertical table, two
    annexes, 工作要点, a prefecture's table: the test fixtures), each under its
    own place name and 文号, citing an earlier one so that chains of
    implementing notices form; every fourth in GB18030, and a few unreadable
    (binary noise, an empty file, bytes in no supported encoding).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from policy_cli.numerals import int_to_cn

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "data" / "tasks.yaml"
CLAUSES_PER_PART = 5


def generate(factor: int) -> str:
    model = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    tasks = model["tasks"]
    pool = [c for p in model["parts"] for c in p["clauses"]]
    parts = 5 * factor
    titles = {}
    out = [
        "关于推进安全生产领域改革发展的实施意见",
        "某委发〔2024〕1号",
        "",
        "各县（市）党委和人民政府，州级各部门：",
        "　　" + model["preamble"],
        "",
    ]
    for p in range(1, parts + 1):
        out.append(f"　　{int_to_cn(p)}、第{p}部分重点工作")
        for c in range(1, CLAUSES_PER_PART + 1):
            source = pool[(p * CLAUSES_PER_PART + c) % len(pool)]
            titles[p, c] = f"{source['title']}（第{p}部分第{c}项）"
            body = source["text"].splitlines()[0].split("。", 1)[-1]
            out.append(f"　　（{int_to_cn(c)}）{titles[p, c]}。{body}")
    out += ["", "附件", "", "重点任务分工方案", "主要任务 责任部门 完成时间", "大项 小项 子项"]
    slots = [(p, c) for p in range(1, parts + 1) for c in range(1, CLAUSES_PER_PART + 1)]
    total = 86 * factor
    n = 0
    for index, (p, c) in enumerate(slots):
        if c == 1:
            out.append(f"　　{int_to_cn(p)}、第{p}部分重点工作")
        count = total // len(slots) + (1 if index < total % len(slots) else 0)
        for i in range(count):
            n += 1
            task = tasks[(n - 1) % len(tasks)]
            cell = f"（{int_to_cn(c)}）{titles[p, c]} " if i == 0 else ""
            out.append(f"{cell}{n}.{task['text']} {task['departments_raw']} {task['due']}")
    out += ["", "注:1.各责任部门按职责分工按时完成本部门的工作任务。", "2.“完成时间”为首次完成时间。"]
    return "\n".join(out) + "\n"


# The layouts, and the place names and own 文号 each is rewritten under.
TEMPLATES = [
    (ROOT / "data" / "raw_notice.txt", ["甘孜"], "甘委发[2017]28号"),
    (ROOT / "tests/fixtures/samples/qinglan_annex_table.txt", ["青岚", "云澜"], "青府发〔2021〕5号"),
    (ROOT / "tests/fixtures/samples/qinglan_inline_fangan.txt", ["青岚", "云澜"], "青政办发〔2020〕14号"),
    (ROOT / "tests/fixtures/samples/qinglan_labelled_fenjie.txt", ["青岚", "云澜"], "青政办发〔2021〕7号"),
    (ROOT / "tests/fixtures/genre/county_vertical_table.txt", ["某县"], "某府发〔2022〕9号"),
    (ROOT / "tests/fixtures/genre/county_two_annexes.txt", ["某县"], None),
    (ROOT / "tests/fixtures/genre/county_workpoints.txt", ["云岭"], "云府办发[2023]3号"),
    (ROOT / "tests/fixtures/genre/prefecture_table.txt", ["某山"], "山府办函〔2022〕15号"),
]
FIRST, SECOND = "青云白金石松江河汉平安永长新东西南北", "岚岭山川源阳泉宁溪峰林原湖台城"
CITED = re.compile(r"[\u4e00-\u9fff]{1,4}[发函]\s*[〔\[]\d{4}[〕\]]\s*\d+号")


def corpus(count: int, folder: Path) -> None:
    rng = random.Random(15)
    places = [a + b for a in FIRST for b in SECOND]
    rng.shuffle(places)
    texts = [(path.read_text(encoding="utf-8"), names, own) for path, names, own in TEMPLATES]
    for (text, _, own), (path, *_) in zip(texts, TEMPLATES, strict=True):
        if own and own not in text:
            raise SystemExit(f"generate.py: {path} no longer holds {own}; update TEMPLATES")
    numbers: list[str | None] = []
    for i in range(count):
        text, names, own = texts[i % len(texts)]
        place = places[i % len(places)]
        number = (
            f"{place[0]}{own[1 : own.index('〔') if '〔' in own else own.index('[')]}〔{2017 + i % 7}〕{i + 1}号"
            if own
            else None
        )
        numbers.append(number)
        if own and number:
            text = text.replace(own, number)
        if i and (cited := CITED.search(text.replace(number or "\0", ""))):
            parent = numbers[(i - 1) // 4]
            if parent:
                text = text.replace(cited.group(0), parent)
        for name in names:
            text = text.replace(name, place if len(name) == 2 and not name.startswith("某") else place + name[1:])
        target = folder / f"{i % 10}" / f"{i:04d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        if i % 97 == 50:
            target.write_bytes(rng.randbytes(3000))  # binary noise
        elif i % 97 == 80:
            target.write_bytes(b"")
        elif i % 131 == 7:
            target.write_bytes(b"\x80\x80" + text.encode("utf-8"))  # in no supported encoding
        else:
            target.write_bytes(text.encode("gb18030" if i % 4 == 3 else "utf-8"))


if __name__ == "__main__":
    if sys.argv[1:2] == ["corpus"]:
        corpus(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
