"""When a file was made: the one reading of ``SOURCE_DATE_EPOCH`` for every stage that stamps a date.

Reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/) fix the build
time in ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC); with it set, the PDF's creation date
and an archive package's dates are that time, so two runs give the same bytes. Unset, a plain
render is stamped with the day of the build (midnight UTC, not the clock's second: renders of
one day are identical). A record's historical date is never a build date.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

from stenogram.errors import UsageError

ENVIRONMENT = "SOURCE_DATE_EPOCH"
_DAY = 86400


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` as seconds, or ``None`` when unset or empty; anything but a
    non-negative integer is a :class:`UsageError`."""
    given = os.environ.get(ENVIRONMENT, "").strip()
    if not given:
        return None
    if not given.isdigit():
        raise UsageError(f"{ENVIRONMENT} must be a number of seconds since 1970, not {given!r}")
    return int(given)


def build_timestamp() -> int:
    """The build time: ``SOURCE_DATE_EPOCH`` when set, else the start of today (UTC)."""
    given = source_date_epoch()
    return given if given is not None else int(time.time()) // _DAY * _DAY


def utc(timestamp: int) -> datetime:
    """*timestamp* (seconds since 1970) as an aware UTC datetime."""
    return datetime.fromtimestamp(timestamp, UTC)
