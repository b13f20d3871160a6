"""Generate a notice of the genre with N times the bundled notice's 86 tasks.

The structure is the genre's: a head, parts (一、) with clauses ((一)), and an
annex table whose groups and sub-groups carry the titles of the parts and
clauses they implement, with task rows and notes. Sentences and unit lists are
drawn in turn from the bundled notice's model so the text looks like the real
thing. Usage: python bench/generate.py FACTOR > notice.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from policy_cli.numerals import int_to_cn

MODEL = Path(__file__).resolve().parent.parent / "data" / "tasks.yaml"
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


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
