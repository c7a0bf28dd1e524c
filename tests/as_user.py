"""Running a command as a normal user would, also when the tests run as root."""

from __future__ import annotations

import os
import shutil

import pytest


def as_a_user(args: list[str]) -> list[str]:
    """`args`, run without the capability to ignore file permissions when we are root (as in
    a CI container), so that read-only files and folders are felt as a user feels them."""
    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be felt")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}", *args]
