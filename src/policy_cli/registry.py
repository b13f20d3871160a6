"""Unit names: general knowledge of how units are called, valid at any level of government.

The registry (bundled/departments.yaml, plus a user's own file) lists the *core*
of a unit's name, what follows its place or level, with the other spellings of
that core and its kind: 人力资源社会保障局 = 人力资源和社会保障局 = 人社局. A
name is its place (州, 县, 青岚市…) and a core, so 州人力资源和社会保障局 and
州人力资源社会保障局 are one unit while 县公安局 and 市公安局 are two. Nothing in
it belongs to one notice: units a registry does not know are simply the notice's.
"""

from __future__ import annotations

import difflib
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from .bundled_data import BUNDLED, read_bundled
from .decode import compact
from .errors import ModelError, UsageError
from .i18n import _

REGISTRY_FILE = BUNDLED / "departments.yaml"
REGISTRY_VARIABLE = "POLICY_CLI_REGISTRY"  # a user's own registry file, read after the bundled one

# Where a place or level ends in a unit's name: 州 | 县 | 青岚市 | 某某自治州 | 各县(市、区)
_LEVELS = "省市州县区旗盟镇乡)"
_PLACE_SPAN = 12  # a place name is at most this long
# 团州委, 共青团某县委: the place stands inside the name
_YOUTH_LEAGUE = re.compile(r"^(?:共青)?团(?P<place>.{1,10}?)委$")


match_key = compact  # the form unit names are compared in


class Unit(NamedTuple):
    name: str  # the canonical core: 人力资源社会保障局, or a whole name such as 各级党委
    kind: str
    aliases: tuple[str, ...] = ()


class Parsed(NamedTuple):
    place: str  # 州, 县, 青岚市; "" when the name has none
    core: str  # the canonical core


class Registry:
    def __init__(self, units: list[Unit]):
        self.units: dict[str, Unit] = {}
        self._index: dict[str, str] = {}
        self._parsed: dict[str, Parsed | None] = {}  # a notice names the same units again and again
        for unit in units:  # a later entry (a user's file) overrides an earlier one
            self.units[unit.name] = unit
            for spelling in (unit.name, *unit.aliases):
                self._index[match_key(spelling)] = unit.name

    def parse(self, name: str) -> Parsed | None:
        """A name as place + canonical core, or None when no core is known for it."""
        try:
            return self._parsed[name]
        except KeyError:
            parsed = self._parsed[name] = self._parse(name)
            return parsed

    def _parse(self, name: str) -> Parsed | None:
        key = match_key(name)
        written = "".join(name.split())  # the place as written, full-width brackets kept
        if len(written) != len(key):
            written = key
        if key in self._index:
            return Parsed("", self._index[key])
        league = _YOUTH_LEAGUE.match(key)
        if league and "团委" in self._index:
            return Parsed(written[league.start("place") : league.end("place")], self._index["团委"])
        for i, ch in enumerate(key[:_PLACE_SPAN]):
            if ch in _LEVELS and key[i + 1 :] in self._index:
                return Parsed(written[: i + 1], self._index[key[i + 1 :]])
        return None

    def resolve(self, name: str) -> str | None:
        """The canonical name for a spelling (its place kept), or None when no core is known."""
        parsed = self.parse(name)
        if parsed is None:
            return None
        if parsed.core == "团委" and parsed.place:
            return f"团{parsed.place}委"
        return parsed.place + parsed.core

    def canonical(self, name: str) -> str:
        """The canonical name, or the name itself when the registry knows no core for it."""
        return self.resolve(name) or name

    def kind(self, name: str) -> str | None:
        parsed = self.parse(name)
        return self.units[parsed.core].kind if parsed else None

    def matching(self, typed: str, units: set[str]) -> set[str]:
        """Which of a notice's canonical units a name someone typed means.

        The name itself (any spelling: 州人社局 finds 州人力资源社会保障局), or,
        typed without a place, every unit of that core (公安局 finds 县公安局).
        """
        resolved = self.resolve(typed)
        key = match_key(typed)
        found = {u for u in units if u == resolved or match_key(u) == key}
        if found:
            return found
        parsed = self.parse(typed)
        if parsed and not parsed.place:
            return {u for u in units if (p := self.parse(u)) is not None and p.core == parsed.core}
        if parsed is None:
            # a core the registry does not know, typed without its place: 海事局 finds 县海事局
            return {u for u in units if _place_of(match_key(u), key)}
        return set()

    def suggest(self, name: str, candidates: set[str], n: int = 3, cutoff: float = 0.4) -> list[str]:
        """The candidates (a notice's units) closest to a spelling, closest first."""
        return difflib.get_close_matches(name, sorted(candidates), n=n, cutoff=cutoff)


def _place_of(unit: str, core: str) -> bool:
    """Whether a unit's name is a place or level (县, 青岚市) followed by the core."""
    place = len(unit) - len(core)
    return 0 < place <= _PLACE_SPAN and unit.endswith(core) and unit[place - 1] in _LEVELS


def read_units(data: Any, name: str) -> list[Unit]:
    """Registry entries from a file's parsed YAML; anything else is a usage error naming the file."""
    if not isinstance(data, list):
        raise UsageError(_("{name}: a registry is a list of entries with name, kind and aliases").format(name=name))
    units = []
    for n, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise UsageError(_("{name}: entry {n} has no name").format(name=name, n=n))
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise UsageError(
                _("{name}: entry {n} ({unit}): aliases must be a list of names").format(
                    name=name, n=n, unit=entry["name"]
                )
            )
        units.append(Unit(entry["name"], str(entry.get("kind") or "other"), tuple(aliases)))
    return units


def default_registry(extra: Path | None = None) -> Registry:
    """The bundled registry, then a user's file (the argument, else $POLICY_CLI_REGISTRY)."""
    user = extra or (Path(os.environ[REGISTRY_VARIABLE]) if os.environ.get(REGISTRY_VARIABLE) else None)
    return _registry(user)


def bundled_core(name: str) -> bool:
    """Whether the bundled registry knows a name written without any place (住建局, 生态环境局): the parser
    reads the bundled registry only, so that a notice parses the same whatever a user's registry holds."""
    parsed = _registry(None).parse(name)
    return parsed is not None and not parsed.place


def bundled_name(name: str) -> bool:
    """Whether the bundled registry knows a name, with its place or without one."""
    return _registry(None).parse(name) is not None


@cache
def committee_office(name: str) -> bool:
    """Whether the bundled registry knows a name written without any place as an office of a party committee
    whose core opens with 委 that the name leaves out (网信办 = 委网信办, 宣传部 = 委宣传部): after 县委组织部 in a
    list it is 县委网信办, never 县网信办."""
    registry = _registry(None)
    if name.startswith("委"):
        return False
    for key in (match_key(name), match_key("委" + name)):
        parsed = registry.parse(key)
        if parsed is not None and not parsed.place and parsed.core.startswith("委"):
            return registry.units[parsed.core].kind == "party"
    return False


@cache
def _registry(user: Path | None) -> Registry:
    units = read_units(read_bundled(REGISTRY_FILE.name), str(REGISTRY_FILE))
    if user is not None:
        from .yamlio import load

        try:
            text = user.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(
                _("{path}: cannot read the registry file ({reason})").format(path=user, reason=exc)
            ) from None
        try:
            data = load(text, str(user))
        except ModelError:
            raise UsageError(_("{path}: not a registry file (not valid YAML)").format(path=user)) from None
        units += read_units(data, str(user))
    return Registry(units)


def begins_a_core(name: str) -> bool:
    """Whether a name is a place and the strict start of a core the bundled registry knows, and no known unit
    itself: 市发 (发展改革委), 区商 (商务局), 县生态环 (生态环境局); not 县财政局 (whole), not 县林场 (no core
    begins 林场)."""
    reg = _registry(None)
    key = match_key(name)
    if reg.parse(name) is not None:
        return False
    for i, ch in enumerate(key[:_PLACE_SPAN]):
        core = key[i + 1 :]
        if ch in _LEVELS and core and any(len(s) > len(core) and s.startswith(core) for s in reg._index):
            return True
    return False
