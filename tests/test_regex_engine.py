"""regex_engine: a pattern compiled with re finds what regex finds.

The classes written out for re are checked over every code point; the rewriting on a table of
(pattern, what re is given); and every pattern of patterns.py that went to re is run beside the same
pattern compiled with regex on the examples of tests/test_patterns.py and on every line of the bundled
notice.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import regex

from policy_cli import patterns as P
from policy_cli import regex_engine
from policy_cli.decode import fold
from policy_cli.regex_engine import NEWER_DIGITS, SPACE, Pattern, compile_regex

from .conftest import RAW_NOTICE
from .test_patterns import EXAMPLES

EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("escape", [r"\d", r"\D", r"\s", r"\S"])
def test_a_class_written_out_for_re_holds_the_code_points_regex_gives_it(escape: str) -> None:
    as_re = compile_regex(escape)
    assert as_re.engine is re and as_re.pattern == escape
    assert as_re.findall(EVERY_CODE_POINT) == regex.findall(escape, EVERY_CODE_POINT)


@pytest.mark.parametrize(("escape", "written"), [(r"\d", r"\d" + NEWER_DIGITS), (r"\s", SPACE)])
def test_a_class_escape_inside_a_class_is_written_out_with_the_same_code_points(escape: str, written: str) -> None:
    assert re.findall(f"[{written}]", EVERY_CODE_POINT) == regex.findall(f"[{escape}]", EVERY_CODE_POINT)
    assert re.findall(f"[^{written}]", EVERY_CODE_POINT) == regex.findall(f"[^{escape}]", EVERY_CODE_POINT)


NOT_DIGIT = f"[^\\d{NEWER_DIGITS}]"


@pytest.mark.parametrize(
    ("source", "for_re"),
    [
        (r"^(?P<num>\d{1,4})、", f"^(?P<num>[\\d{NEWER_DIGITS}]{{1,4}})、"),
        (r"[^|\s]+", f"[^|{SPACE}]+"),
        (r"\D", NOT_DIGIT),
        (r"[\]\d]", f"[\\]\\d{NEWER_DIGITS}]"),
        (r"\(一\)\.", r"\(一\)\."),
        (r"(?<=[。;])\s*(?=一)", "(?<=[。;])[^\\S\x1c-\x1f]*(?=一)"),
        (r"牵头(?:单位|部门)?$", r"牵头(?:单位|部门)?$"),
        (r"\u3000\x20\t", r"\u3000\x20\t"),
        # a branch on a named group: how a pattern names its label once, bracketed or before a colon
        (r"(?P<open>〔)?(?P<label>牵头单位)(?(open)〕|:)", r"(?P<open>〔)?(?P<label>牵头单位)(?(open)〕|:)"),
        # what re might read otherwise stays on regex
        (r"\w+", None),
        (r"\bx", None),
        (r"[\S,]", None),
        (r"\p{Han}", None),
        (r"(?P<num>\d)|(?P<num>[一二])", None),
        (r"(?i)docx", None),
        (r"(?<name>x)", None),
        (r"(?(1)a|b)", None),
        (r"(?(?=x)a|b)", None),
        (r"(?|(a)|(b))", None),
        (r"(?:abc){e<=1}", None),
        (r"[[:alpha:]]", None),
        (r"[]a]", None),
        (r"(?r)x", None),
        (r"\X", None),
    ],
)
def test_a_pattern_is_written_for_re_only_where_re_reads_it_as_regex_does(source: str, for_re: str | None) -> None:
    assert regex_engine._for_re(source, 0) == for_re


@pytest.mark.parametrize(
    ("source", "flags", "on_re"),
    [
        (r"^\s*\d+", 0, True),
        (r"(?P<x>a)|(?P<x>b)", 0, False),  # a group name in two branches
        (r"(?<=^|[年月])\d", 0, False),  # variable-width look-behind
        (r"\.pdf$", regex.IGNORECASE, False),  # re and regex fold some letters differently
        (r"(?P<value>.*)", regex.DOTALL, True),
    ],
)
def test_the_engine_is_chosen_by_what_re_reads_alike(source: str, flags: int, on_re: bool) -> None:
    compiled = compile_regex(source, flags)
    assert (compiled.engine is re) == on_re
    assert (compiled.pattern, compiled.flags & (regex.IGNORECASE | regex.DOTALL)) == (source, flags)


@pytest.fixture(scope="module")
def on_regex() -> Iterator[ModuleType]:
    """patterns.py run again with every pattern compiled by regex, as written."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(regex_engine, "compile_regex", regex.compile)
        spec = importlib.util.spec_from_file_location("policy_cli._patterns_on_regex", P.__file__)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.VERBS  # noqa: B018 (builds the patterns made from the vocabulary, with regex still in place)
        yield module


def _on_re() -> list[str]:
    P.VERBS  # noqa: B018 (builds the patterns made from the vocabulary)
    return sorted(name for name, value in vars(P).items() if isinstance(value, Pattern) and value.engine is re)


def _texts() -> list[str]:
    examples = [fold(text) for finds, misses in EXAMPLES.values() for text in (*finds, *misses)]
    lines = RAW_NOTICE.read_text(encoding="utf-8").splitlines()
    return [*examples, *(fold(line) for line in lines), *(fold(line).strip() for line in lines)]


def _found(match: Any) -> object:
    return None if match is None else (match.span(), match.groups(), match.groupdict())


def test_most_patterns_are_on_re() -> None:
    every = [value for value in vars(P).values() if isinstance(value, Pattern | regex.Pattern)]
    assert len(_on_re()) > len(every) / 2


@pytest.mark.parametrize("name", _on_re())
def test_a_pattern_on_re_finds_what_it_finds_on_regex(name: str, on_regex: ModuleType) -> None:
    as_re, as_regex = getattr(P, name), getattr(on_regex, name)
    assert isinstance(as_regex, regex.Pattern)
    for text in _texts():
        assert _found(as_re.match(text)) == _found(as_regex.match(text)), text
        assert _found(as_re.search(text)) == _found(as_regex.search(text)), text
        assert _found(as_re.fullmatch(text)) == _found(as_regex.fullmatch(text)), text
        assert [_found(m) for m in as_re.finditer(text)] == [_found(m) for m in as_regex.finditer(text)], text


def test_furniture_found_in_two_halves_is_what_the_whole_pattern_finds() -> None:
    """noise.furniture cuts P.FURNITURE before its glued forms (at a top-level |) and takes the leftmost match."""
    from policy_cli.parse.noise import _furniture_halves, furniture

    assert _furniture_halves() is not None
    finds, misses = EXAMPLES["FURNITURE"]
    glued = [
        "社保处文章来源: 办公室",
        "社保处 来源:办公室",
        "社保处发布时间:2024-03-01 10:00",
        "打印本页 社保处来源:办公室",
    ]
    texts = [*(fold(t) for t in (*finds, *misses, *glued)), *_texts()]
    for text in texts:
        assert _found(furniture(text)) == _found(P.FURNITURE.search(text)), text
    assert all(furniture(fold(text)) for text in glued)
