"""Property tests: hostile text never raises anything but our own errors; dump/load is exact; output is stable.

`make fuzz` runs the same properties with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy_cli import store
from policy_cli.errors import PolicyError
from policy_cli.models import Metadata, Note, Notice, Task
from policy_cli.parse import parse_text
from policy_cli.yamlio import dump

from .conftest import RAW_NOTICE

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
    assert store.load_yaml_text(dumped) == first


TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(TEXTS, TEXTS, st.lists(TEXTS, max_size=4), st.one_of(st.none(), st.integers(-5, 3000)))
def test_dump_load_is_exact(title: str, text: str, units: list[str], year: int | None) -> None:
    task = Task(
        id=1, path="1", source="annex", text=text, departments=tuple(units), due=text or None, due_year=year, line=3
    )
    notice = Notice(
        metadata=Metadata(title=title, keywords=tuple(units)), preamble=text, tasks=(task,), notes=(Note(1, text, 2),)
    )
    dumped = store.dump_yaml(notice)
    assert dumped == dump(store.to_data(notice))  # in pieces or whole, the same bytes
    assert store.load_yaml_text(dumped) == notice
    assert store.dump_yaml(store.load_yaml_text(dumped)) == dumped
