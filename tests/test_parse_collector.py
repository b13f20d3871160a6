"""parse_text pauses the garbage collector while it parses, and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

from .conftest import RAW_NOTICE


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        assert parse_text(RAW_NOTICE.read_text(encoding="utf-8")).tasks
        assert gc.isenabled() is enabled
        with pytest.raises(InputError):
            parse_text("")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
