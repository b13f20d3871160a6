from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.source import parse_file

ROOT = Path(__file__).resolve().parent.parent
RAW_NOTICE = ROOT / "data" / "raw_notice.txt"
MODEL = ROOT / "data" / "tasks.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"


@pytest.fixture(scope="session")
def bundled() -> Notice:
    return parse_file(RAW_NOTICE).notice
