"""The fast (libyaml) emitter writes exactly the bytes of the pure-Python one, which is the reference."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_cli import store, yamlio
from policy_cli.models import Notice

pytestmark = pytest.mark.skipif(yamlio._CDumper is None, reason="this PyYAML has no libyaml")


def reference(data: Any) -> str:
    return yamlio._dump(data, yamlio._Dumper)


def shapes(text: str) -> list[Any]:
    """The places a text takes in a model: a value, a list item, inside a list of mappings, last or not."""
    return [{"k": text}, [text], {"k": [text, {"a": text, "b": 1}]}, {"k": [{"a": 1, "b": text}]}]


# Each one is a place where libyaml and PyYAML were seen to write different bytes.
DIVERGENT = [
    "😀 an emoji",  # libyaml escapes characters beyond U+FFFF
    "two\n😀",
    "tab\tand\xa0nbsp",  # quoted text: libyaml leaves U+00A0 raw, PyYAML writes \\_
    "\n",  # keep-chomping literal (|+) that is not the document's last text
    "ends with two breaks\n\n",
    "lone \ud800 surrogate",  # libyaml cannot encode it at all
    "a\u2028b",
    "literal \\U0001F600 backslash",  # harmless, but looks like an escape
]


@pytest.mark.parametrize("text", DIVERGENT)
def test_divergent_texts_are_written_as_the_reference_writes_them(text: str) -> None:
    for data in shapes(text):
        assert yamlio.dump(data) == reference(data)


def test_bundled_model_is_written_identically(bundled: Notice) -> None:
    data = store.to_data(bundled)
    assert yamlio.dump(data) == reference(data)
    assert "".join(yamlio.dump_chunks(data)) == reference(data)


ODD = st.sampled_from([*list("\n \t\xa0\u3000\x85\u2028\u2029#:-'\"|>\\,[]{}&*!%@`?"), "\n\n", ": ", " #", "😀"])
TEXT = st.lists(st.one_of(st.text(max_size=6), ODD, st.sampled_from(["落实", "（一）", "2017", "yes", "~", "..."])))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_is_written_as_the_reference_writes_it(pieces: list[str]) -> None:
    for data in shapes("".join(pieces)):
        assert yamlio.dump(data) == reference(data)


def test_values_a_model_never_holds_are_left_to_the_representer() -> None:
    shared = ["x"]
    for data in [{"a": 1.5, "b": True, "c": None}, {"a": shared, "b": shared}, [("tuple",)]]:
        assert yamlio.dump(data) == reference(data)


# (text, what libyaml writes for {"k": text}): plain, single-quoted, literal block, or left to libyaml (None)
DIRECT = [
    ("州公安局", "k: 州公安局\n"),
    ("a#b", "k: a#b\n"),
    ("-a", "k: -a\n"),
    ("中:文", "k: 中:文\n"),
    ("", "k: ''\n"),
    (" 前导空格", "k: ' 前导空格'\n"),
    ("- a", "k: '- a'\n"),
    ("a: b", "k: 'a: b'\n"),
    ("a #b", "k: 'a #b'\n"),
    ("结尾:", "k: '结尾:'\n"),
    ("...a", "k: '...a'\n"),
    ("2017-12-27", "k: '2017-12-27'\n"),
    ("yes", "k: 'yes'\n"),
    ("'a", "k: '''a'\n"),
    ("一行\n二行\n\n 四行", "k: |-\n  一行\n  二行\n\n   四行\n"),
    ("a\tb", None),  # double-quoted
    ("a \nb", None),
    ("a\n", None),  # a literal block that keeps its line break
    ("\na", None),  # a literal block with an indentation indicator
    ("a\xa0b", None),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_writer_writes_what_libyaml_writes(text: str, expected: str | None) -> None:
    assert yamlio._write_plainly({"k": text}) == expected
    assert yamlio._dump_fast({"k": text}) == (expected or yamlio._dump_fast({"k": text}))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_direct_writer_matches_libyaml_on_any_text(pieces: list[str]) -> None:
    for data in [*shapes("".join(pieces)), {"k": {"m": "".join(pieces)}}]:
        direct = yamlio._write_plainly(data)
        assert direct is None or direct == yamlio._dump_fast(data)


def test_direct_writer_writes_the_bundled_models_parts_and_tasks(bundled: Notice) -> None:
    document = store.to_document(bundled)
    for piece in [[item] for item in [*document["parts"], *document["tasks"]]]:
        assert yamlio._write_plainly(piece) == yamlio._dump_fast(piece)
    for piece in [{key: value} for key, value in document.items()]:  # the boilerplate holds U+00A0: left to libyaml
        assert yamlio._write_plainly(piece) in (None, yamlio._dump_fast(piece))


@pytest.mark.parametrize("text", ["...\n", "正文\n...\n", "...", "第一行\n...\n第三行\n", "---\n"])
def test_a_text_line_that_reads_as_a_document_end_is_kept_in_pieces(text: str) -> None:
    """A model written in pieces: a text's own line `...` (indented in its block) is no document end marker."""
    from policy_cli.models import Metadata, Note, Task

    task = Task(id=1, path="1", source="annex", text=text, departments=(), due=None, due_year=None, line=3)
    notice = Notice(metadata=Metadata(title="标题"), preamble=text, tasks=(task,), notes=(Note(1, text, 2),))
    written = store.dump_yaml(notice)
    assert written == yamlio.dump(store.to_document(notice))
    assert store.load_yaml_text(written) == notice
