"""policy-cli's benchmark: prints a table of figures and writes them to bench/out/results.json.

Measured side by side in one run on one machine:
  (a) policy-cli tasks --dept 州公安局 --format tsv   on the bundled model
  (b) yq  with the same selection over data/tasks.yaml
  (c) jq  with the same selection over a JSON export of the model
  (d) python3 -c pass                                in the same environment
  policy-cli --help; policy-cli parse on the bundled notice and on generated
  notices 10x and 100x its size, with peak memory (max RSS) for each.

Each figure is the median of RUNS runs after WARMUP runs. Targets (from the
project's performance budget) are checked and printed; the exit status is 0
either way, since figures on a shared machine are information, not a test.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
CLI = str(BIN / "policy-cli")
MODEL = ROOT / "data" / "tasks.yaml"
NOTICE = ROOT / "data" / "raw_notice.txt"
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
WARMUP = 3
UNIT = "州公安局"
FILTER = f'.tasks[] | select(.departments | index("{UNIT}")) | [.id, .due_year, .due, .text] | @tsv'


def run_once(argv: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KB of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: command failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss


def measure(argv: list[str], runs: int = RUNS) -> dict[str, float]:
    for _ in range(WARMUP):
        run_once(argv)
    times, peaks = zip(*(run_once(argv) for _ in range(runs)), strict=True)
    return {"median_ms": statistics.median(times) * 1000, "peak_mb": max(peaks) / 1024, "runs": runs}


def tool(name: str) -> str | None:
    found = shutil.which(name)
    if not found:
        print(
            f"bench: {name} not found; install it (apt-get install {name}, or pip install yq for yq) to compare",
            file=sys.stderr,
        )
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="policy-cli-bench-"))
    model_json = work / "tasks.json"
    subprocess.run([sys.executable, "-c", _EXPORT, str(MODEL), str(model_json)], check=True)
    for factor in (10, 100):
        with (work / f"notice_{factor}x.txt").open("w", encoding="utf-8") as handle:
            subprocess.run(
                [sys.executable, str(ROOT / "bench" / "generate.py"), str(factor)], stdout=handle, check=True
            )

    rows: dict[str, dict[str, float]] = {}
    rows["a: policy-cli tasks --dept"] = measure([CLI, "tasks", "--dept", UNIT, "--format", "tsv"])
    yq, jq = tool("yq"), tool("jq")
    if yq:
        rows["b: yq (same selection)"] = measure([yq, "-r", FILTER, str(MODEL)])
    if jq:
        rows["c: jq (same selection, JSON)"] = measure([jq, "-r", FILTER, str(model_json)])
    rows["d: python3 -c pass"] = measure([sys.executable, "-c", "pass"])
    rows["policy-cli --help"] = measure([CLI, "--help"])
    parse_runs = max(3, RUNS // 3)
    rows["parse bundled (86 tasks)"] = measure(
        [CLI, "parse", str(NOTICE), "-q", "-o", str(work / "m1.yaml")], parse_runs
    )
    for factor in (10, 100):
        rows[f"parse {factor}x ({86 * factor} tasks)"] = measure(
            [
                CLI,
                "parse",
                str(work / f"notice_{factor}x.txt"),
                "-q",
                "--max-size",
                str(10**9),
                "-o",
                str(work / f"m{factor}.yaml"),
            ],
            parse_runs if factor == 10 else 3,
        )

    def ms(key: str) -> float | None:
        return rows[key]["median_ms"] if key in rows else None

    a, b, c, d = (
        ms(k)
        for k in (
            "a: policy-cli tasks --dept",
            "b: yq (same selection)",
            "c: jq (same selection, JSON)",
            "d: python3 -c pass",
        )
    )
    help_ms = ms("policy-cli --help")
    p1, p100 = ms("parse bundled (86 tasks)"), ms("parse 100x (8600 tasks)")
    ratios = {
        "a/b": a / b if a and b else None,
        "a/c": a / c if a and c else None,
        "a/d": a / d if a and d else None,
        "help/b": help_ms / b if help_ms and b else None,
        "parse 100x / (100 x parse 1x)": p100 / (100 * p1) if p100 and p1 else None,
    }
    targets = {
        "a/b <= 0.8": ratios["a/b"] is not None and ratios["a/b"] <= 0.8,
        "help/b <= 1.0": ratios["help/b"] is not None and ratios["help/b"] <= 1.0,
        "parse 100x <= 1.2 x 100 x parse 1x": ratios["parse 100x / (100 x parse 1x)"] is not None
        and ratios["parse 100x / (100 x parse 1x)"] <= 1.2,
        "peak memory of 100x parse < 150 MB": rows["parse 100x (8600 tasks)"]["peak_mb"] < 150,
    }

    print(
        f"\npolicy-cli benchmark, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"median of {RUNS} runs after {WARMUP} warm-up runs (parse: fewer runs)\n")
    print(f"{'command':<34} {'median ms':>10} {'peak MB':>9}")
    for name, row in rows.items():
        print(f"{name:<34} {row['median_ms']:>10.1f} {row['peak_mb']:>9.1f}")
    print()
    for name, value in ratios.items():
        print(f"{name:<34} {'n/a' if value is None else f'{value:.2f}':>10}")
    print()
    for name, ok in targets.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")

    result = {
        "date": str(date.today()),
        "machine": {"arch": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version()},
        "runs": RUNS,
        "rows": rows,
        "ratios": ratios,
        "targets": targets,
    }
    (OUT / "results.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {OUT.relative_to(ROOT) / 'results.json'}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


_EXPORT = """
import json, sys, yaml
data = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""

if __name__ == "__main__":
    raise SystemExit(main())
