"""A deterministic synthetic plan at the scale of the UN's whole mandate base.

×1 is 400 bodies with sessions 2012–2050, 60 event series, 12,000 decisions
carrying 40,000 mandates over all five rules and effects, and a few thousand
tracking rows. `scale` multiplies every count, so ×0.25 … ×4 are the same
shape. The same seed and scale always give the same plan.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from planner.domain.model import MAX_HORIZON_YEARS

FIRST_YEAR, LAST_YEAR = 2012, 2050
PRINCIPAL = [
    ("GA", "General Assembly"),
    ("ECOSOC", "Economic and Social Council"),
    ("HRC", "Human Rights Council"),
    ("SC", "Security Council"),
    ("HLPF", "High-level Political Forum"),
]
# Consolidating two report lines is rare in practice (a few hundred across the whole
# mandate base) and happens between related lines: merges are 1%, into a nearby line.
EFFECTS = [("add", 74), ("replace", 10), ("terminate", 8), ("defer", 7), ("merge", 1)]
RULES = [
    ("periodic", 35),
    ("next_session", 25),
    ("at_session", 20),
    ("after_event", 10),
    ("with_series", 10),
]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


@dataclass
class _Series:
    id: str
    body: str
    interval: int
    per_year: int

    def years(self) -> list[int]:
        return list(range(FIRST_YEAR, LAST_YEAR + 1, self.interval))

    def session_ids(self, year: int) -> list[str]:
        first = f"{self.id}-{year}"
        return [first] + [f"{first}-{k}" for k in range(2, self.per_year + 1)]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def generate(scale: float = 1.0, seed: int = 20121) -> dict[str, Any]:
    """The interchange document of the synthetic plan."""
    rng = random.Random(seed)
    n_bodies = max(len(PRINCIPAL) + 3, round(400 * scale))
    n_event_series = max(2, round(60 * scale))
    n_decisions = max(10, round(12000 * scale))
    n_mandates = max(n_decisions, round(40000 * scale))
    n_reports = max(10, round(4000 * scale))
    n_tracking = round(3000 * scale)

    bodies: list[dict[str, Any]] = [
        {"id": bid, "name": name, "parent": None, "submission_weeks": 10, "issuance_weeks": 6}
        for bid, name in PRINCIPAL
    ]
    for i in range(len(PRINCIPAL), n_bodies):
        parent = bodies[rng.randrange(min(i, 60))]["id"]
        bodies.append(
            {
                "id": f"B{i:04d}",
                "name": f"Subsidiary body {i}",
                "parent": parent,
                "submission_weeks": rng.choice([8, 10, 10, 10, 12]),
                "issuance_weeks": 6,
            }
        )

    series: list[_Series] = []
    session_series = []
    for b in bodies:
        kind = rng.choices(
            ["annual", "biennial", "quadrennial", "several"], weights=[70, 15, 5, 10]
        )[0]
        interval = {"annual": 1, "biennial": 2, "quadrennial": 4, "several": 1}[kind]
        per_year = rng.choice([2, 3]) if kind == "several" else 1
        months = sorted(rng.sample(range(1, 13), per_year))
        rrule = f"FREQ=YEARLY;INTERVAL={interval};BYMONTH={','.join(map(str, months))};BYDAY=1MO"
        sid = f"s-{b['id'].lower()}"
        series.append(_Series(sid, b["id"], interval, per_year))
        session_series.append(
            {
                "id": sid,
                "body": b["id"],
                "name": f"{b['name']}, session of {{year}}",
                "rrule": rrule,
                "duration_days": rng.choice([3, 5, 10, 15, 26]),
                "from": f"{FIRST_YEAR}-01-01",
                "until": f"{LAST_YEAR}-12-31",
                "ends_before_next": False,
                "number_offset": 0,
                "location": rng.choice(["New York", "Geneva", "Vienna", "Nairobi"]),
            }
        )
    by_body = {s.body: s for s in series}

    sessions = []
    for s in rng.sample(series, k=max(1, len(series) // 4)):  # some confirmed sessions
        year = s.years()[0]
        sessions.append(
            {
                "id": f"{s.id}-{year}",
                "series": s.id,
                "body": s.body,
                "name": f"Confirmed session {year}",
                "start": f"{year}-{rng.randint(1, 11):02d}-{rng.randint(1, 20):02d}",
                "end": f"{year}-12-{rng.randint(21, 28):02d}",
                "location": "New York",
                "status": "confirmed",
            }
        )
    # keep the confirmed session in the same year only (first_in_year must stay its own)
    event_series = []
    for i in range(n_event_series):
        every = rng.choice([1, 2, 3, 4, 5, 10])
        event_series.append(
            {
                "id": f"es{i:03d}",
                "name": f"Review cycle {i} ({{year}})",
                "rrule": f"FREQ=YEARLY;INTERVAL={every};BYMONTH={rng.randint(1, 12)}"
                f";BYMONTHDAY={rng.randint(1, 28)}",
                "duration_days": rng.randint(1, 10),
                "from": f"{rng.randint(2008, 2016)}-01-01",
                "until": f"{LAST_YEAR}-12-31",
                "tentative": rng.random() < 0.3,
                "number_offset": 0,
                "location": "",
            }
        )
    events = []
    for i in range(max(5, round(200 * scale))):
        start = date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 36))
        events.append(
            {
                "id": f"ev{i:04d}",
                "name": f"Conference {i}",
                "start": start.isoformat(),
                "end": (start + timedelta(days=rng.randint(0, 12))).isoformat(),
                "location": "",
                "series": None,
                "tentative": False,
            }
        )

    reports: list[dict[str, Any]] = [
        {
            "id": f"R{i:05d}",
            "title": f"Report of the Secretary-General on subject {i}",
            "agenda_item": "",
            "word_limit": 8500,
        }
        for i in range(n_reports)
    ]
    # each report line belongs to a home body; mandates of a report mostly target it
    home = {r["id"]: rng.choice(bodies)["id"] for r in reports}

    def any_session(body: str) -> str:
        s = by_body[body]
        return rng.choice(s.session_ids(rng.choice(s.years())))

    def make_rule(body: str, adopted: date) -> dict[str, Any]:
        kind = _pick(rng, RULES)
        rule: dict[str, Any] = {"type": kind, "body": body}
        if kind == "at_session":
            s = by_body[body]
            years = [y for y in s.years() if y >= adopted.year] or s.years()
            rule["session"] = rng.choice(s.session_ids(rng.choice(years[:6])))
        elif kind == "next_session":
            rule["prep_weeks"] = rng.choice([0, 0, 4, 8])
        elif kind == "after_event":
            rule["event"] = rng.choice(events)["id"]
            rule["prep_weeks"] = rng.choice([0, 4])
        elif kind == "periodic":
            every = rng.choices([1, 2, 3, 4, 5], weights=[30, 25, 15, 15, 15])[0]
            first = max(FIRST_YEAR, adopted.year + 1)
            rule["every_years"] = every
            rule["first"] = first
            rule["until"] = first + rng.choice([4, 6, 8, 10, 12, 15, 20])
        else:
            rule["series"] = rng.choice(event_series)["id"]
            rule["prep_weeks"] = rng.choice([0, 4])
            rule["from"] = None
            rule["until"] = None
        return rule

    decisions = []
    remaining = n_mandates
    for i in range(n_decisions):
        adopted = date(2010, 1, 1) + timedelta(days=rng.randrange(365 * 30))
        body = rng.choice(bodies)["id"]
        left = n_decisions - i
        count = (
            max(1, min(8, round(remaining / left + rng.uniform(-1.5, 1.5))))
            if left > 1
            else max(1, remaining)
        )
        remaining -= count
        mandates = []
        for _ in range(count):
            report = rng.choice(reports)["id"]
            target = home[report] if rng.random() < 0.85 else body
            effect = _pick(rng, EFFECTS)
            m: dict[str, Any] = {"report": report, "effect": effect}
            if effect in ("add", "replace"):
                m["rule"] = make_rule(target, adopted)
            elif effect == "terminate":
                if rng.random() < 0.5:
                    m["from_session"] = any_session(target)
            elif effect == "defer":
                m["from_session"] = any_session(target)
                m["to_session"] = any_session(target)
                if m["from_session"] == m["to_session"]:
                    m = {"report": report, "effect": "add", "rule": make_rule(target, adopted)}
            else:  # merge "down" the report list: never a cycle
                idx = int(report[1:])
                if idx + 1 >= n_reports:
                    m = {"report": report, "effect": "terminate"}
                else:
                    m["into"] = f"R{rng.randrange(idx + 1, min(n_reports, idx + 12)):05d}"
            mandates.append(m)
        status = rng.choices(["adopted", "draft", "withdrawn"], weights=[90, 7, 3])[0]
        decisions.append(
            {
                "symbol": f"{'A' if body == 'GA' else 'E'}/RES/{adopted.year}/{i}",
                "body": body,
                "adopted": adopted.isoformat(),
                "effective": None,
                "status": status,
                "title": f"Decision {i}",
                "notes": "",
                "mandates": mandates,
            }
        )

    tracking: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    while len(tracking) < n_tracking:
        report = rng.choice(reports)["id"]
        session = any_session(home[report])
        if (report, session) in seen:
            continue
        seen.add((report, session))
        tracking.append(
            {
                "report": report,
                "session": session,
                "status": rng.choice(["planned", "forecast", "submitted", "issued"]),
                "document_symbol": "",
                "officer": rng.choice(["", "A. Officer", "B. Officer"]),
                "word_estimate": rng.choice([None, 6000, 8000, 9500]),
                "notes": "",
            }
        )

    return {
        "format": "mandate-planner/1",
        "title": f"Synthetic UN-scale plan ×{scale:g}",
        # every series ends in LAST_YEAR: a horizon far enough never to cut them
        "horizon_years": MAX_HORIZON_YEARS,
        "bodies": bodies,
        "session_series": session_series,
        "sessions": sessions,
        "event_series": event_series,
        "events": events,
        "reports": reports,
        "decisions": decisions,
        "tracking": tracking,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="write the synthetic plan as interchange JSON")
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=20121)
    args = parser.parse_args()
    args.out.write_text(json.dumps(generate(args.scale, args.seed)))


if __name__ == "__main__":
    main()
