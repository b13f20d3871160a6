"""Compile a pattern of the parser with the standard library's re where that finds the same matches, else with regex,
at the pattern's first use (see Pattern).

The patterns are written for the regex module (\\p{Han}, a group name used in two branches, variable-width
look-behind). Many of them need nothing re lacks, and re costs less per call: on the 100x generated notice
the parser makes over 300,000 calls, which is where the difference tells. A pattern goes to re only when
re reads it with the same meaning:

- its character classes are rewritten as the code points regex gives them: regex's \\d also holds digits
  of Unicode versions newer than this Python's, and its \\s leaves out \\x1c-\\x1f, which re's holds
  (tests/test_regex_engine.py checks both over every code point);
- anything whose meaning may differ keeps the pattern on regex: \\w, \\b and any other escape of a letter,
  inline flags and every (?… group but the plain ones and a branch on a named group (?(name)…|…),
  case-insensitive matching (re and regex fold some letters differently), a { that is no count, a [ inside
  a class, and whatever re refuses or warns about;
- so do \\p{Han} and a group name written twice. \\p{Han} could be written out as its 21 ranges, but
  re builds the map of a class's code points in Python when it compiles it, about 1.7 ms for those
  ranges against 0.15 ms for regex: with some eighty \\p{Han} in the patterns that costs more at
  import than re gains in matching on a large notice. A pattern that names
  a group twice is refused by re only after it has parsed the whole pattern, so it is not tried.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any, TypeAlias

import regex

Match: TypeAlias = "re.Match[str] | regex.Match[str]"


class Pattern:
    """A pattern of the parser, compiled at its first use: by re where re reads it as regex does, else by
    regex (see the module's note).

    Compiling every pattern at import took most of the parser's start-up (some 130 ms, the vocabulary's
    long alternations 5-10 ms each), and a notice uses only some of them. Its source (`pattern`) is
    there from the start, so patterns built from others' sources cost nothing until used; any other
    attribute (`search`, `match`, `flags`, `engine`, ...) compiles it and fills every slot with the
    compiled pattern's own bound methods and values, so from then on a call costs what a call on the
    compiled pattern costs (__getattr__ runs only for a slot not yet filled). `flags` is the compiled
    pattern's for a pattern on regex, and as written for one on re; `engine` is the module that
    compiled it. (A match's re is the compiled pattern, not this object: tell which pattern matched by
    where the match was made, never by match.re.)"""

    __slots__ = (
        "_flags",
        "engine",
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "groupindex",
        "groups",
        "match",
        "pattern",
        "search",
        "split",
        "sub",
        "subn",
    )
    pattern: str
    flags: int
    engine: ModuleType
    groups: int
    groupindex: Mapping[str, int]
    match: Callable[..., Match | None]
    search: Callable[..., Match | None]
    fullmatch: Callable[..., Match | None]
    finditer: Callable[..., Iterator[Match]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str | Any]]

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern, self._flags = source, flags

    def __getattr__(self, name: str) -> Any:
        if name not in _FILLED_ON_USE:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled, self.flags = _compile(self.pattern, self._flags)
        self.engine = re if isinstance(compiled, re.Pattern) else regex
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        self.match, self.search, self.fullmatch = compiled.match, compiled.search, compiled.fullmatch
        self.finditer, self.findall = compiled.finditer, compiled.findall
        self.sub, self.subn, self.split = compiled.sub, compiled.subn, compiled.split
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


_FILLED_ON_USE = frozenset(Pattern.__slots__) - {"pattern", "_flags"}

# regex's \s, written out (re's \s holds \x1c-\x1f as well)
SPACE = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# the digits regex's \d holds and re's \d does not (digits added in Unicode versions after this Python's)
NEWER_DIGITS = (
    "\U00010d40-\U00010d49\U000116d0-\U000116e3\U00011bf0-\U00011bf9\U00011de0-\U00011de9\U00011f50-\U00011f59"
    "\U00016130-\U00016139\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9\U0001e4f0-\U0001e4f9\U0001e5f1-\U0001e5fa"
)
# each class escape re can be given, as the members it stands for inside a class […] and as a class of its own
_IN_CLASS = {"d": "\\d" + NEWER_DIGITS, "s": SPACE}
_ALONE = {
    "d": f"[\\d{NEWER_DIGITS}]",
    "D": f"[^\\d{NEWER_DIGITS}]",
    "s": "[^\\S\x1c-\x1f]",  # (a class of a category and a range: cheaper for re to compile than SPACE)
    "S": "[\\S\x1c-\x1f]",
}
# escapes of a letter that mean the same in both: \A, \Z, \n, \t, \r, \f, \v, \a, \x.., \u...., \U........
_SAME_LETTER_ESCAPES = frozenset("AZntrfvaxuU")
_GROUP_OPENINGS = ("(?:", "(?P<", "(?P=", "(?=", "(?!", "(?<=", "(?<!")
_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_CONDITION = re.compile(r"\(\?\([A-Za-z_]\w*\)")
_FLAGS = {regex.DOTALL: re.DOTALL, regex.MULTILINE: re.MULTILINE}
# what _for_re copies as it is: outside a class anything but a backslash, [, ( and {; inside one anything but a
# backslash, [ and ]
_PLAIN = re.compile(r"[^\\\[({]+")
_PLAIN_IN_CLASS = re.compile(r"[^\\\[\]]+")


def compile_regex(source: str, flags: int = 0) -> Pattern:
    """source, to be compiled at its first use with re where re reads it as regex does (see the module's
    note), else with regex."""
    return Pattern(source, flags)


def _compile(source: str, flags: int) -> tuple[re.Pattern[str] | regex.Pattern[str], int]:
    """source compiled with re where re reads it as regex does, else with regex; and the flags the
    pattern shows (as written for re, regex's own for regex)."""
    # (the flags a regex pattern shows hold UNICODE and VERSION0, which every pattern here has)
    rewritten = _for_re(source, flags & ~(regex.UNICODE | regex.VERSION0))
    if rewritten is not None:
        re_flags = 0
        for flag, re_flag in _FLAGS.items():
            if flags & flag:
                re_flags |= re_flag
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # re warns where a later Python will read the pattern otherwise
                return re.compile(rewritten, re_flags), flags
        except (re.error, FutureWarning, DeprecationWarning):
            pass
    compiled = regex.compile(source, flags)
    return compiled, compiled.flags


def _for_re(source: str, flags: int) -> str | None:
    """source with its class escapes written out for re, or None where re might read it otherwise."""
    if flags & ~(regex.DOTALL | regex.MULTILINE):
        return None
    names = _GROUP_NAME.findall(source)
    if len(names) != len(set(names)):
        return None
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        # (a run of characters that mean the same in both is copied at once)
        plain = (_PLAIN_IN_CLASS if in_class else _PLAIN).match(source, i)
        if plain:
            out.append(plain[0])
            i = plain.end()
            continue
        char = source[i]
        if char == "\\":
            if i + 1 == len(source):
                return None
            escaped = source[i + 1]
            if escaped in _ALONE:
                if in_class and escaped not in _IN_CLASS:
                    return None  # \S or \D inside a class: no list of members re could take
                out.append(_IN_CLASS[escaped] if in_class else _ALONE[escaped])
            elif escaped.isascii() and escaped.isalpha() and escaped not in _SAME_LETTER_ESCAPES:
                return None
            else:
                out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if char == "[":
                return None
            in_class = False  # (a ])
            out.append(char)
            i += 1
            continue
        if char == "[":
            # a ] first in a class (after any ^) is a member, not its end
            start = i + 2 if source.startswith("[^", i) else i + 1
            if source.startswith("]", start):
                return None
            in_class = True
            out.append(source[i:start])
            i = start
            continue
        if char == "(" and source.startswith("(?", i) and not source.startswith(_GROUP_OPENINGS, i):
            # (?(name)yes|no), a branch on whether a named group took part, reads alike in both: patterns
            # write it to name a group once where two branches would name it twice (which re refuses)
            if not (condition := _CONDITION.match(source, i)):
                return None
            out.append(condition[0])
            i = condition.end()
            continue
        if char == "{" and not _COUNT.match(source, i):
            return None
        out.append(char)
        i += 1
    return None if in_class else "".join(out)
