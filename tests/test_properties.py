"""Property tests: hostile text never raises anything but our own errors; dump/load is exact; output is stable.

`make fuzz` runs the same properties with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from policy_cli import store
from policy_cli.errors import PolicyError
from policy_cli.models import Metadata, Note, Notice, Task
from policy_cli.parse import parse_text
from policy_cli.yamlio import dump

from .conftest import RAW_NOTICE

settings.register_profile("default", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")),  # a smaller count checks the run itself
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ORIGINAL = RAW_NOTICE.read_text(encoding="utf-8")
LINES = ORIGINAL.split("\n")
GENRE_ALPHABET = st.sampled_from(
    [
        *list(
            "一二三四五六七八九十、（）()〔〕[]【】.．,，:：;；。1234567890 \u3000\n\t年月底前牵头配合责任单位注附件州市县局委办及和各级有关部门—"
        ),
        "\u2028",
        "\x85",
    ]
)


def _parse_or_our_error(text: str) -> Notice | None:
    try:
        return parse_text(text)
    except PolicyError:
        return None


@given(st.text(max_size=400))
def test_random_text_raises_only_our_errors(text: str) -> None:
    _parse_or_our_error(text)


@given(st.text(alphabet=GENRE_ALPHABET, max_size=600))
def test_genre_shaped_noise_raises_only_our_errors(text: str) -> None:
    notice = _parse_or_our_error(text)
    if notice is not None:
        assert store.load_yaml_text(store.dump_yaml(notice)) == notice


@st.composite
def mutated_notice(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "duplicate", "swap", "truncate", "insert"]))
        if action == "drop":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "truncate":
            lines[i] = lines[i][: draw(st.integers(0, max(len(lines[i]) - 1, 0)))]
        else:
            lines.insert(i, draw(st.text(alphabet=GENRE_ALPHABET, max_size=40)))
        if not lines:
            lines = [""]
    return "\n".join(lines)


# Each example parses the whole notice twice and dumps it: a third of the profile's examples keeps `make test`
# short (20 examples); `make fuzz` still runs 1,000.
@settings(max_examples=max(settings.default.max_examples // 3, 1))
@given(mutated_notice())
def test_mutated_notice_parses_or_fails_cleanly_and_deterministically(text: str) -> None:
    first = _parse_or_our_error(text)
    if first is None:
        return
    again = parse_text(text)
    dumped = store.dump_yaml(first)
    assert dumped == store.dump_yaml(again)
    ids = [t.id for t in first.tasks]
    assert len(set(ids)) == len(ids)  # a repeated row number is renumbered, so every model loads back
    assert store.load_yaml_text(dumped) == first


TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(TEXTS, TEXTS, st.lists(TEXTS, max_size=4), st.one_of(st.none(), st.integers(1, 9999)))
def test_dump_load_is_exact(title: str, text: str, units: list[str], year: int | None) -> None:
    task = Task(
        id=1, path="1", source="annex", text=text, departments=tuple(units), due=text or None, due_year=year, line=3
    )
    notice = Notice(
        metadata=Metadata(title=title, keywords=tuple(units)), preamble=text, tasks=(task,), notes=(Note(1, text, 2),)
    )
    dumped = store.dump_yaml(notice)
    assert dumped == dump(store.to_document(notice))  # in pieces or whole, the same bytes
    assert store.load_yaml_text(dumped) == notice
    assert store.dump_yaml(store.load_yaml_text(dumped)) == dumped


# ------------------------------------------------------------------ long inputs
#
# Thousands of characters in one paragraph, one table cell or one bracket: the
# shapes where a pattern that backtracks or a loop that rescans from every start
# takes time growing faster than the input. `make fuzz` runs many of them and
# fails any that takes longer than LONG_SECONDS; the quick run tries a few.

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
LONG_EXAMPLES = int(os.environ.get("LONG_EXAMPLES", "150")) if FUZZ else 3
LONG_SECONDS = 5.0
LONG_PIECES = st.sampled_from(
    [
        "县应急管理局",
        "县公安局",
        "各乡（镇）人民政府",
        "牵头单位：",
        "配合单位：",
        "责任单位：",
        "（县局）",
        "（",
        "）",
        "(",
        ")",
        "、",
        "，",
        "；",
        "。",
        "等",
        "及",
        "负责",
        "牵头",
        "配合",
        "2021年6月底前",
        "长期坚持",
        "序号",
        "1.",
        "（一）",
        "一、",
        " ",
        "\u3000",
    ]
)
LONG_MIX = st.lists(LONG_PIECES, min_size=300, max_size=2500).map("".join)
# one short sequence repeated (2,000 牵头单位： in a clause, 20,000 等 at the end of a cell)
LONG_REPEAT = st.tuples(st.lists(LONG_PIECES, min_size=1, max_size=3), st.integers(300, 3000)).map(
    lambda t: "".join(t[0]) * t[1]
)
# brackets nested hundreds deep, with words inside each
LONG_NESTED = st.tuples(st.sampled_from(["（县局", "(县局", "（", "〔"]), st.integers(100, 1500)).map(
    lambda t: t[0] * t[1] + {"（": "）", "(": ")", "〔": "〕"}[t[0][0]] * t[1]
)
LONG_RUN = st.one_of(LONG_MIX, LONG_REPEAT, LONG_NESTED)
HEAD = "云岭县人民政府办公室关于印发云岭县安全生产工作方案的通知\n云府办发〔2023〕3号\n\n"


@st.composite
def long_input_notice(draw: st.DrawFn) -> str:
    run = draw(LONG_RUN)
    where = draw(st.sampled_from(["paragraph", "bracket", "cell", "lines"]))
    if where == "paragraph":
        return f"{HEAD}一、主要任务\n（一）加强隐患排查。{run}\n二、保障措施\n（二）强化督查。\n"
    if where == "bracket":
        return f"{HEAD}一、主要任务\n（一）加强隐患排查。开展专项整治。（{run}）\n"
    if where == "cell":
        return f"{HEAD}一、主要任务\n附件\n序号 重点任务 牵头单位 配合单位 完成时限\n1 开展专项整治。 {run} 县公安局 2023年底前\n"
    return f"{HEAD}一、主要任务\n" + "\n".join(draw(st.lists(LONG_PIECES, min_size=300, max_size=2500))) + "\n"


# No shrinking: a slow example is reported as found, not after minutes of trying smaller ones.
@settings(max_examples=LONG_EXAMPLES, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(long_input_notice())
def test_long_inputs_parse_in_bounded_time(text: str) -> None:
    started = time.monotonic()
    notice = _parse_or_our_error(text)
    elapsed = time.monotonic() - started
    if FUZZ:
        shape = text[len(HEAD) :][:120]
        assert elapsed < LONG_SECONDS, f"{len(text)} characters took {elapsed:.1f} s: {shape!r}..."
    if notice is not None:
        assert store.dump_yaml(notice) == store.dump_yaml(parse_text(text))
