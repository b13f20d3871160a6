from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.source import parse_file

# Tests never touch the user's cache folder.
os.environ["POLICY_CLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="policy-cli-test-cache-")
# Tests expect English messages whatever the developer's locale (test_i18n sets its own).
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
RAW_NOTICE = ROOT / "data" / "raw_notice.txt"
MODEL = ROOT / "data" / "tasks.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = FIXTURES / "samples"


@pytest.fixture(scope="session")
def bundled() -> Notice:
    return parse_file(RAW_NOTICE).notice
