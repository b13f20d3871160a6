"""policy-cli: turn Chinese government implementation notices into queryable data."""

from __future__ import annotations

__version__ = "0.1.0"
