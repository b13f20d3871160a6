"""policy-cli's benchmark: prints a table of figures and writes them to bench/out/results.json.

Measured side by side in one run on one machine:
  (a) policy-cli tasks --dept 州公安局 --format tsv   on the bundled model
  (b) yq  with the same selection over data/tasks.yaml
  (c) jq  with the same selection over a JSON export of the model
  (d) python3 -c pass                                in the same environment
  (e) python3 -c "import typer"                      the start-up floor of a Typer CLI
  policy-cli --help; policy-cli parse on the bundled notice and on generated
  notices 10x and 100x its size, with peak memory (max RSS) for each.

Many notices, in the same run:
  policy-cli index over 250 and over 1,000 generated notices of every layout
  (bench/generate.py corpus), its peak memory (the main process and the largest
  worker) and a second run that finds nothing changed; then the 1,000-notice
  corpus copied in SQL until it holds 100,000 tasks or more, and a query on it:
  policy-cli tasks --corpus --dept --year, end to end, and the SQL of a unit and
  year filter, a trigram search and a two-character search on their own.

Each figure is the median of RUNS runs after WARMUP runs; the start-up commands
(a-e and --help) are run in turn, so that a busy moment of a shared machine
falls on all of them alike. The package's bytecode is compiled first, as
`pip install` does. Targets (from the
project's performance budget) are checked and printed; the exit status is 0
either way, since figures on a shared machine are information, not a test.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
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
NOTICES = int(os.environ.get("BENCH_NOTICES", "1000"))  # the corpus indexed (and a quarter of it, for memory)
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


def measure_side_by_side(commands: list[list[str]], runs: int = RUNS) -> list[dict[str, float]]:
    """Like measure, for commands compared with each other: run in turn, so a busy moment hits them all."""
    for _ in range(WARMUP):
        for argv in commands:
            run_once(argv)
    samples: list[list[tuple[float, int]]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, sample in zip(commands, samples, strict=True):
            sample.append(run_once(argv))
    return [
        {
            "median_ms": statistics.median(t for t, _ in sample) * 1000,
            "peak_mb": max(p for _, p in sample) / 1024,
            "runs": runs,
        }
        for sample in samples
    ]


def compile_bytecode() -> None:
    """Compile the package as `pip install` does: an editable install run with PYTHONDONTWRITEBYTECODE
    set would otherwise compile every module from source on every run."""
    import policy_cli

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    package = Path(policy_cli.__file__).parent
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(package)], env=env, stdout=subprocess.DEVNULL, check=True
    )


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

    compile_bytecode()
    side_by_side = {
        "a: policy-cli tasks --dept": [CLI, "tasks", "--dept", UNIT, "--format", "tsv"],
        "d: python3 -c pass": [sys.executable, "-c", "pass"],
        "e: python3 -c 'import typer'": [sys.executable, "-c", "import typer"],
        "policy-cli --help": [CLI, "--help"],
    }
    yq, jq = tool("yq"), tool("jq")
    if yq:
        side_by_side["b: yq (same selection)"] = [yq, "-r", FILTER, str(MODEL)]
    if jq:
        side_by_side["c: jq (same selection, JSON)"] = [jq, "-r", FILTER, str(model_json)]
    measured = dict(zip(side_by_side, measure_side_by_side(list(side_by_side.values())), strict=True))
    order = [
        "a: policy-cli tasks --dept",
        "b: yq (same selection)",
        "c: jq (same selection, JSON)",
        "d: python3 -c pass",
        "e: python3 -c 'import typer'",
        "policy-cli --help",
    ]
    rows: dict[str, dict[str, float]] = {key: measured[key] for key in order if key in measured}
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

    corpus = measure_corpus(work)
    rows.update(corpus["rows"])

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
    e = ms("e: python3 -c 'import typer'")
    p1, p100 = ms("parse bundled (86 tasks)"), ms("parse 100x (8600 tasks)")
    size_100x = (work / "notice_100x.txt").stat().st_size
    mb_per_s = size_100x / 1e6 / (p100 / 1000) if p100 else None
    index_1000 = rows[f"index {NOTICES} notices"]
    quarter = rows[f"index {NOTICES // 4} notices"]
    peak_250 = max(quarter["peak_mb"], quarter["worker_peak_mb"])
    peak_1000 = max(index_1000["peak_mb"], index_1000["worker_peak_mb"])
    query_ms = ms(corpus["query_key"])
    ratios = {
        "a/b": a / b if a and b else None,
        "a/c": a / c if a and c else None,
        "a/d": a / d if a and d else None,
        "help/b": help_ms / b if help_ms and b else None,
        "parse 100x / (100 x parse 1x)": p100 / (100 * p1) if p100 and p1 else None,
        "a/e": a / e if a and e else None,
        "parse 100x, MB of notice per second": mb_per_s,
        f"index peak MB, {NOTICES} / {NOTICES // 4} notices": peak_1000 / peak_250,
    }
    targets = {
        "a/b <= 0.8": ratios["a/b"] is not None and ratios["a/b"] <= 0.8,
        "help/b <= 1.0": ratios["help/b"] is not None and ratios["help/b"] <= 1.0,
        "parse 100x <= 1.2 x 100 x parse 1x": ratios["parse 100x / (100 x parse 1x)"] is not None
        and ratios["parse 100x / (100 x parse 1x)"] <= 1.2,
        "peak memory of 100x parse < 150 MB": rows["parse 100x (8600 tasks)"]["peak_mb"] < 150,
        "parse 100x >= 5 MB of notice per second": mb_per_s is not None and mb_per_s >= 5,
        f"index {NOTICES:,} notices < 60 s": index_1000["median_ms"] < 60_000,
        f"corpus query over {corpus['tasks']:,} tasks < 150 ms": query_ms is not None and query_ms < 150,
        f"index peak memory < 300 MB and flat ({NOTICES} <= 1.25 x {NOTICES // 4} notices)": peak_1000 < 300
        and peak_1000 <= 1.25 * peak_250,
        "a (query on the bundled model) <= 1.2 x e (import typer)": ratios["a/e"] is not None and ratios["a/e"] <= 1.2,
    }

    print(
        f"\npolicy-cli benchmark, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"median of {RUNS} runs after {WARMUP} warm-up runs (parse: fewer runs)\n")
    print(f"{'command':<44} {'median ms':>10} {'peak MB':>9}")
    for name, row in rows.items():
        worker = f"  (largest worker {row['worker_peak_mb']:.1f} MB)" if "worker_peak_mb" in row else ""
        peak = f"{row['peak_mb']:>9.1f}" if row["peak_mb"] else f"{'(in-process)':>9}"
        print(f"{name:<44} {row['median_ms']:>10.1f} {peak}{worker}")
    print()
    for name, value in ratios.items():
        print(f"{name:<44} {'n/a' if value is None else f'{value:.2f}':>10}")
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


# policy-cli run in-process, writing its own peak RSS and its largest worker's (KB) to the fd in argv[1].
_WITH_PEAKS = """
import os, resource, sys
from policy_cli.cli import main
code = main(sys.argv[2:])
peaks = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
os.write(int(sys.argv[1]), f"{peaks[0]} {peaks[1]}".encode())
sys.exit(code)
"""


def run_with_peaks(argv: list[str]) -> dict[str, float]:
    """One run of policy-cli ARGV: wall time, its own peak RSS and its largest worker's."""
    read, write = os.pipe()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WITH_PEAKS, str(write), *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    proc.wait()
    elapsed = time.perf_counter() - start
    own, worker = (int(x) / 1024 for x in os.read(read, 100).split())
    os.close(read)
    if proc.returncode != 0:
        raise SystemExit(f"bench: command failed: policy-cli {' '.join(argv)}")
    return {"median_ms": elapsed * 1000, "peak_mb": own, "worker_peak_mb": worker, "runs": 1}


def replicate(database: Path, min_tasks: int) -> int:
    """Copy every notice of a corpus (with all its rows) until it holds min_tasks tasks; the count."""
    db = sqlite3.connect(database)
    base_n, base_t, base_b, tasks = db.execute(
        "SELECT (SELECT max(id) FROM notices), (SELECT max(id) FROM tasks), (SELECT max(id) FROM blocks),"
        " (SELECT count(*) FROM tasks)"
    ).fetchone()
    per_copy, copy = tasks, 0
    cols = {t: [c[1] for c in db.execute(f"PRAGMA table_info({t})")] for t in ("notices", "tasks", "blocks")}
    while tasks < min_tasks:
        copy += 1
        n, t, b = copy * base_n, copy * base_t, copy * base_b
        for table, shift in (("notices", n), ("tasks", t), ("blocks", b)):
            exprs = []
            for c in cols[table]:
                if c == "notice_id":
                    exprs.append(f"notice_id + {n}")
                elif c == "path" and table == "notices":
                    exprs.append(f"path || '#{copy}'")
                elif c == "id":
                    exprs.append(f"id + {shift}")
                else:
                    exprs.append(c)
            limit = {"notices": base_n, "tasks": base_t, "blocks": base_b}[table]
            db.execute(f"INSERT INTO {table} SELECT {', '.join(exprs)} FROM {table} WHERE id <= {limit}")
        db.execute(
            f"INSERT INTO task_units SELECT task_id + {t}, position, unit, written, role FROM task_units WHERE task_id <= {base_t}"
        )
        for table in ("parts", "clauses", "citations", "warnings"):
            names = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
            exprs = [f"notice_id + {n}" if c == "notice_id" else c for c in names]
            db.execute(f"INSERT INTO {table} SELECT {', '.join(exprs)} FROM {table} WHERE notice_id <= {base_n}")
        tasks += per_copy
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return tasks


def sql_ms(database: Path, sql: str, args: tuple[object, ...], runs: int = RUNS) -> dict[str, float]:
    """Median time of one query's SQL alone (fold() registered as the corpus registers it)."""
    sys.path.insert(0, str(ROOT / "src"))
    from policy_cli.decode import fold

    db = sqlite3.connect(database)
    db.create_function("fold", 1, fold, deterministic=True)
    times = []
    for i in range(WARMUP + runs):
        start = time.perf_counter()
        db.execute(sql, args).fetchall()
        if i >= WARMUP:
            times.append(time.perf_counter() - start)
    db.close()
    return {"median_ms": statistics.median(times) * 1000, "peak_mb": 0.0, "runs": runs}


def library_ms(database: Path, unit: str, year: int) -> dict[str, float]:
    """Median time of the corpus query in the library: open, resolve the unit, select, collect the rows."""
    sys.path.insert(0, str(ROOT / "src"))
    from policy_cli.corpus import Corpus
    from policy_cli.query import TaskFilter
    from policy_cli.registry import default_registry

    units = default_registry()
    times, found = [], 0
    for i in range(WARMUP + RUNS):
        start = time.perf_counter()
        with Corpus(database) as corpus:
            found = len(corpus.tasks(TaskFilter(departments=corpus.resolve_departments([unit], units), years=(year,))))
        if i >= WARMUP:
            times.append(time.perf_counter() - start)
    return {"median_ms": statistics.median(times) * 1000, "peak_mb": 0.0, "runs": RUNS, "rows": found}


def measure_corpus(work: Path) -> dict[str, object]:
    """index over 250 and 1,000 generated notices, a second run, and queries over 100,000+ tasks."""
    rows: dict[str, dict[str, float]] = {}
    for count in (NOTICES // 4, NOTICES):
        folder = work / f"corpus{count}"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate.py"), "corpus", str(count), str(folder)], check=True
        )
        database = work / f"corpus{count}.db"
        rows[f"index {count} notices"] = run_with_peaks(["index", str(folder), "-o", str(database), "-q"])
    rows[f"index {NOTICES} notices again (all unchanged)"] = run_with_peaks(
        ["index", str(work / f"corpus{NOTICES}"), "-o", str(work / f"corpus{NOTICES}.db"), "-q"]
    )
    big = work / "corpus100k.db"
    shutil.copy(work / f"corpus{NOTICES}.db", big)
    tasks = replicate(big, 100_000)
    unit, year = "市应急管理局", 2021
    key = f"tasks --corpus ({tasks:,} tasks) --dept --year"
    rows[key] = library_ms(big, unit, year)
    rows[f"  end to end, policy-cli ({rows[key]['rows']:,.0f} rows)"] = measure(
        [CLI, "tasks", "--corpus", str(big), "--dept", unit, "--year", str(year), "-f", "tsv"]
    )
    rows["  its SQL alone"] = sql_ms(
        big,
        "SELECT t.id FROM tasks t WHERE t.id IN (SELECT task_id FROM task_units WHERE unit = ?) AND t.due_year = ?",
        (unit, year),
    )
    rows["  search SQL, trigram (隐患排查)"] = sql_ms(
        big, "SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH ?", ('"隐患排查"',)
    )
    rows["  search SQL, 2 characters (隐患)"] = sql_ms(
        big, "SELECT id FROM blocks WHERE instr(folded, ?) > 0", ("隐患",), runs=5
    )
    return {"rows": rows, "query_key": key, "tasks": tasks}


_EXPORT = """
import json, sys, yaml
data = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""

if __name__ == "__main__":
    raise SystemExit(main())
