"""Scores of the parser on the hand-checked notices, and the floors the tests hold them to.

tests/fixtures/handchecked/ holds sets of notices written by hand in invented places, each
NAME.txt beside NAME.expected.yaml of checked facts (the format and conventions of
tests/fixtures/samples/README.md; each set's RULINGS.md gives the readings its writer chose
where a notice could be read two ways). A few of those rulings differ from the parser's
documented conventions, so a set is not expected to score 100%: the tests hold every notice
at or above the score recorded in floors.yaml, and never let a notice be refused.

`python -m tests.handchecked` prints each set's scores, one line a notice;
`python -m tests.handchecked -v` lists every missing or wrong task too;
`python -m tests.handchecked --floors` rewrites floors.yaml from today's scores (review the diff:
a floor that falls is a notice read worse than before).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from policy_cli.errors import InputError
from policy_cli.source import parse_bytes

SETS = Path(__file__).resolve().parent / "fixtures" / "handchecked"
FLOORS = SETS / "floors.yaml"
_SPACE = re.compile(r"[\s\u3000\u00a0]+")


def _squeezed(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def _units(names: Any) -> list[str]:
    return sorted(_squeezed(n) for n in names or ())


@dataclass
class Score:
    """How one notice came out against its checked facts."""

    expected: int = 0
    found: int = 0  # expected tasks the parser has (by the first characters of their text)
    assigned: int = 0  # found with every unit and role right
    exact: int = 0  # assigned, and the deadline and its year right too
    missing_silent: int = 0  # not found, and no warning within five lines
    refused: bool = False
    problems: list[str] = field(default_factory=list)


def score(text_path: Path, facts: dict[str, Any]) -> Score:
    result = Score(expected=len(facts.get("tasks") or ()))
    raw = text_path.read_bytes()
    try:
        parsed = parse_bytes(raw, text_path)
    except InputError as exc:
        result.refused = True
        result.problems.append(f"refused: {exc}")
        return result
    notice = parsed.notice
    if parsed.decoded.converted_from_traditional:  # the parser reads traditional script as simplified
        import opencc

        converter = opencc.OpenCC("t2s")
        facts = yaml.safe_load(converter.convert(yaml.safe_dump(facts, allow_unicode=True)))
    texts = [_squeezed(t.text) for t in notice.tasks]
    lines = [_squeezed(line) for line in parsed.decoded.text.splitlines()]
    taken: set[int] = set()
    last = -1
    for want in facts.get("tasks") or ():
        start = _squeezed(want["starts"])
        candidates = [i for i, t in enumerate(texts) if start in t and i not in taken]
        # the next task in order that opens with these characters, else the next holding them, else any
        pick = next((i for i in candidates if i > last and texts[i].startswith(start)), None)
        if pick is None:
            pick = next((i for i in candidates if i > last), candidates[0] if candidates else None)
        if pick is None:
            at = next((n + 1 for n, line in enumerate(lines) if start in line), None)
            warned = at is not None and any(abs(w.line - at) <= 5 for w in notice.warnings)
            result.missing_silent += not warned
            result.problems.append(
                f"missing {want['n']} {want['starts']} (line {at}, {'warned' if warned else 'SILENT'})"
            )
            continue
        taken.add(pick)
        last = pick
        result.found += 1
        task = notice.tasks[pick]
        got = {"departments": task.departments, "lead": task.lead, "partners": task.partners}
        wrong = [
            f"{k}: {_units(v)} not {_units(want.get(k))}" for k, v in got.items() if _units(v) != _units(want.get(k))
        ]
        due_right = _squeezed(task.due) == _squeezed(want.get("due")) and task.due_year == want.get("due_year")
        result.assigned += not wrong
        result.exact += not wrong and due_right
        if not due_right:
            wrong.append(f"due: {task.due!r}/{task.due_year} not {want.get('due')!r}/{want.get('due_year')}")
        if wrong:
            result.problems.append(f"wrong {want['n']} {want['starts']} (task {task.id}): " + "; ".join(wrong))
    return result


def notices() -> list[tuple[str, Path, dict[str, Any]]]:
    """(set/notice, text path, facts) for every hand-checked notice."""
    found = []
    for facts_path in sorted(SETS.glob("*/*.expected.yaml")):
        facts = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
        key = f"{facts_path.parent.name}/{facts['file'].removesuffix('.txt')}"
        found.append((key, facts_path.parent / facts["file"], facts))
    return found


def floors() -> dict[str, dict[str, int]]:
    loaded: dict[str, dict[str, int]] = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    return loaded


def main(argv: list[str]) -> int:
    results = {key: score(path, facts) for key, path, facts in notices()}
    if "--floors" in argv:
        table = {k: {"found": s.found, "assigned": s.assigned, "exact": s.exact} for k, s in results.items()}
        head = "# Each hand-checked notice's score the tests hold it to (python -m tests.handchecked --floors).\n"
        FLOORS.write_text(head + yaml.safe_dump(table, allow_unicode=True, sort_keys=True), encoding="utf-8")
    by_set: dict[str, list[tuple[str, Score]]] = {}
    for key, s in results.items():
        by_set.setdefault(key.split("/")[0], []).append((key, s))
    for name, rows in by_set.items():
        total = sum(s.expected for _, s in rows)
        exact, assigned = sum(s.exact for _, s in rows), sum(s.assigned for _, s in rows)
        silent = sum(s.missing_silent for _, s in rows)
        print(
            f"{name}: {len(rows)} notices, {total} tasks: {exact} exact, {assigned} with every unit right, {silent} lost silently"
        )
        for key, s in rows:
            print(
                f"  {key}: {s.exact}/{s.expected} exact, {s.assigned} assigned, {s.found} found"
                + (" REFUSED" if s.refused else "")
            )
            if "-v" in argv:
                for problem in s.problems:
                    print(f"      {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
