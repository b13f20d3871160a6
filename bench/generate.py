"""Generate a notice of the genre with N times the bundled notice's 86 tasks.

The structure is the genre's (head, parts with clauses, an annex table with
groups, sub-groups, task rows and notes); the sentences and unit lists are
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


def generate(factor: int) -> str:
    model = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    tasks = model["tasks"]
    clauses = [c for p in model["parts"] for c in p["clauses"]]
    out = [
        "关于推进安全生产领域改革发展的实施意见",
        "某委发〔2024〕1号",
        "",
        "各县（市）党委和人民政府，州级各部门：",
        "　　" + model["preamble"],
        "",
    ]
    for p in range(1, 6 * factor + 1):
        out.append(f"　　{int_to_cn(p)}、第{p}部分的总体要求")
        for c in range(1, 5):
            clause = clauses[(p * 5 + c) % len(clauses)]
            out.append(f"　　（{int_to_cn(c)}）{clause['text'].splitlines()[0]}")
    out += ["", "附件", "", "重点任务分工方案", "主要任务 责任部门 完成时间", "大项 小项 子项"]
    total = 86 * factor
    groups = 5 * factor
    n = 0
    for g in range(1, groups + 1):
        out.append(f"　　{int_to_cn(g)}、第{g}项重点任务")
        per_group = total // groups + (1 if g <= total % groups else 0)
        for i in range(per_group):
            n += 1
            task = tasks[(n - 1) % len(tasks)]
            cell = f"（{int_to_cn(i // 4 + 1)}）第{i // 4 + 1}小项 " if i % 4 == 0 else ""
            out.append(f"{cell}{n}.{task['text']} {task['departments_raw']} {task['due']}")
    out += ["", "注:1.各责任部门按职责分工按时完成本部门的工作任务。", "2.“完成时间”为首次完成时间。"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
