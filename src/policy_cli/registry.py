"""The registry of responsible units: canonical names, aliases and kinds (a data file in the package)."""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .decode import fold

REGISTRY_FILE = Path(__file__).parent / "bundled" / "departments.yaml"


def match_key(name: str) -> str:
    """The form names are compared in: width-folded, without spaces."""
    return "".join(fold(name).split())


class Unit(NamedTuple):
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


class Registry:
    def __init__(self, units: list[Unit]):
        self.units = {u.name: u for u in units}
        self._index: dict[str, str] = {}
        for unit in units:
            for spelling in (unit.name, *unit.aliases):
                self._index.setdefault(match_key(spelling), unit.name)

    def resolve(self, name: str) -> str | None:
        """The canonical name for a spelling, or None when the registry does not know it."""
        return self._index.get(match_key(name))

    def canonical(self, name: str) -> str:
        """The canonical name, or the name itself when unregistered."""
        return self.resolve(name) or name

    def kind(self, name: str) -> str | None:
        unit = self.units.get(self.canonical(name))
        return unit.kind if unit else None

    def suggest(self, name: str, extra: tuple[str, ...] = (), n: int = 3, cutoff: float = 0.4) -> list[str]:
        """Registered (and extra) names closest to a spelling, closest first."""
        candidates = sorted({*self.units, *extra})
        return difflib.get_close_matches(name, candidates, n=n, cutoff=cutoff)


@cache
def default_registry() -> Registry:
    from .store import read_yaml_cached

    entries = read_yaml_cached(REGISTRY_FILE)
    return Registry([Unit(e["name"], e["kind"], tuple(e.get("aliases") or ())) for e in entries])
