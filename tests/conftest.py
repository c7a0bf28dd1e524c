"""Test configuration: headless Qt, and the scenario folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from paths import SCENARIOS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def scenarios() -> Path:
    return SCENARIOS


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Nothing the app does needs the network: any connection attempt fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
