"""Small interchange documents for tests, built in code so each test shows its plan."""

from __future__ import annotations

import copy
from typing import Any

from planner.domain.model import Plan
from planner.store.interchange import plan_from_json

BASE: dict[str, Any] = {
    "format": "mandate-planner/1",
    "title": "test plan",
    "bodies": [
        {"id": "ECOSOC", "name": "Economic and Social Council"},
        {"id": "GA", "name": "General Assembly", "submission_weeks": 12, "issuance_weeks": 8},
    ],
    "session_series": [
        {
            "id": "ecosoc",
            "body": "ECOSOC",
            "name": "Substantive session of {year}",
            "rrule": "FREQ=YEARLY;BYMONTH=7;BYDAY=1MO",
            "duration_days": 26,
            "from": "2010-01-01",
            "until": "2030-12-31",
        },
        {
            "id": "ga",
            "body": "GA",
            "name": "{ordinal} session",
            "rrule": "FREQ=YEARLY;BYMONTH=9;BYDAY=TU;BYMONTHDAY=12,13,14,15,16,17,18",
            "duration_days": 365,
            "ends_before_next": True,
            "number_offset": 1945,
            "from": "2010-01-01",
            "until": "2030-12-31",
        },
    ],
    "sessions": [
        {
            "id": "ecosoc-2012",
            "series": "ecosoc",
            "body": "ECOSOC",
            "name": "Substantive session of 2012",
            "start": "2012-07-02",
            "end": "2012-07-27",
            "location": "New York",
        }
    ],
    "event_series": [
        {
            "id": "review",
            "name": "Review {year}",
            "rrule": "FREQ=YEARLY;INTERVAL=5;BYMONTH=9;BYMONTHDAY=20",
            "duration_days": 3,
            "from": "2010-01-01",
            "until": "2030-12-31",
            "tentative": True,
        }
    ],
    "events": [
        {"id": "uncsd", "name": "UNCSD", "start": "2012-06-20", "end": "2012-06-22"},
    ],
    "reports": [
        {"id": "r1", "title": "Report one"},
        {"id": "r2", "title": "Report two", "word_limit": 1000},
        {"id": "r3", "title": "Report three"},
    ],
    "decisions": [],
    "tracking": [],
}


def doc(**changes: Any) -> dict[str, Any]:
    d = copy.deepcopy(BASE)
    d.update(copy.deepcopy(changes))
    return d


def decision(
    symbol: str, adopted: str, *mandates: dict[str, Any], body: str = "ECOSOC", **extra: Any
) -> dict[str, Any]:
    return {"symbol": symbol, "body": body, "adopted": adopted, "mandates": list(mandates), **extra}


def mandate(
    report: str, effect: str, rule: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    m: dict[str, Any] = {"report": report, "effect": effect, **extra}
    if rule is not None:
        m["rule"] = rule
    return m


def rule(kind: str, body: str = "ECOSOC", **params: Any) -> dict[str, Any]:
    return {"type": kind, "body": body, **params}


def plan(*decisions: dict[str, Any], **changes: Any) -> Plan:
    return plan_from_json(doc(decisions=list(decisions), **changes))
