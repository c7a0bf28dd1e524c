"""Build `resources/default-plan.json`: the real UN calendar with the seed's story.

    .venv/bin/python packaging/calendar/build.py           # write it
    .venv/bin/python packaging/calendar/build.py --check   # exit 1 if it is stale

Inputs, all in this folder:
- `sources/*.json`: held sessions, one body family per file, each session with
  its dates, place, format and `source` (a document symbol or a public page);
- `bodies.py`: the bodies and the series that project their future sessions;
- `story.json`: events, report lines, decisions and tracking of the seed.

A session found in several source files must agree on its dates; the sources
are joined. Series are written as given; explicit sessions override their
projections year by year, so projections show only where nothing is known.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bodies import BODIES, BodySpec, SeriesRule  # noqa: E402

ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "default-plan.json"
SOURCE_FILES = ("before-2012", "ga", "ecosoc", "hlpf", "commissions1", "commissions2", "gaps")
FORMATS = {"in_person", "hybrid", "virtual", "silence_procedure", "postponed", "suspended_resumed"}


def _name(pattern: str, year: int, offset: int) -> str:
    from planner.domain.recurrence import format_name  # the app's own naming of sessions

    return format_name(pattern, year, offset)


def _series_json(body: BodySpec, s: SeriesRule) -> dict[str, Any]:
    return {
        "id": s.id,
        "body": body.id,
        "name": s.name,
        "rrule": s.rrule,
        "duration_days": s.duration_days,
        "from": f"{s.first_year}-01-01",
        "until": f"{s.last_year}-12-31" if s.last_year else None,
        "ends_before_next": s.ends_before_next,
        "number_offset": s.number_offset,
        "location": s.location,
        "source": s.source,
    }


def _series_for(body: BodySpec, year: int) -> SeriesRule | None:
    best = None
    for s in body.series:
        if s.first_year <= year and (s.last_year is None or year <= s.last_year):
            return s
        if best is None or abs(s.first_year - year) < abs(best.first_year - year):
            best = s
    return best


def _open_ended(s: dict[str, Any]) -> dict[str, Any] | None:
    """A session under way whose body's sessions run until the next opens (the General
    Assembly): it ends the day before the next opening that its rule gives. Other
    sessions known only by their start stay out (their year is projected)."""
    from datetime import date, datetime, timedelta

    from dateutil.rrule import rrulestr

    body = next(b for b in BODIES if b.id == s["body"])
    start = date.fromisoformat(s["start"])
    rule = _series_for(body, start.year)
    if rule is None or not rule.ends_before_next:
        return None
    after = datetime(start.year, start.month, start.day) + timedelta(days=1)
    nxt = rrulestr(rule.rrule, dtstart=datetime(start.year, 1, 1)).after(after)
    end = (nxt.date() - timedelta(days=1)).isoformat()
    note = f"End not yet known: the day before the next session opens under the rule ({end})."
    return {**s, "end": end, "notes": ((s.get("notes") or "") + " " + note).strip()}


def load_sources() -> dict[str, list[dict[str, Any]]]:
    """Researched sessions by body, duplicates (same dates) joined, sorted by start."""
    by_key: dict[tuple[str, str, str], dict[str, Any]] = {}
    for name in SOURCE_FILES:
        path = HERE / "sources" / f"{name}.json"
        if not path.exists():
            continue
        for s in json.loads(path.read_text())["sessions"]:
            if not s.get("start"):
                continue
            if not s.get("end"):
                s = _open_ended(s)
                if s is None:
                    continue
            if s["body"] == "ECOSOC-ORG":  # one research file for both segments
                coordination = s["start"] >= "2022" and s["start"][5:7] in ("01", "02")
                s = {**s, "body": "ECOSOC-CS" if coordination else "ECOSOC-MS"}
            key = (s["body"], s["start"], s["end"])
            if key in by_key:
                seen = by_key[key]
                if s["source"] not in seen["source"]:
                    seen["source"] += " ; " + s["source"]
                seen["format"] = seen.get("format") or s.get("format")
                continue
            by_key[key] = dict(s)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in by_key.values():
        grouped[s["body"]].append(s)
    for sessions in grouped.values():
        sessions.sort(key=lambda s: (s["start"], s["end"]))
    return grouped


def build_sessions(body: BodySpec, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    per_year: dict[int, int] = defaultdict(int)
    for s in found:
        year = int(s["start"][:4])
        per_year[year] += 1
        k = per_year[year]
        sid = f"{body.prefix}-{year}" if k == 1 else f"{body.prefix}-{year}-{k}"
        series = _series_for(body, year)
        fmt = s.get("format") or ""
        if fmt and fmt not in FORMATS:
            raise SystemExit(f"{body.id} {s['start']}: unknown format {fmt!r}")
        if "{ordinal}" in body.session_name:  # numbered sessions: one naming for all years
            number = s.get("number") or year - body.number_offset
            name = _name(body.session_name, year, year - int(number))
        else:
            name = s.get("name") or _name(body.session_name, year, body.number_offset)
        if s.get("part") == "resumed":
            name += " (resumed)"
        out.append(
            {
                "id": sid,
                "series": series.id if series else None,
                "body": body.id,
                "name": name,
                "start": s["start"],
                "end": s["end"],
                "location": s.get("location") or "",
                "status": "confirmed",
                "format": fmt,
                "source": s["source"],
                "notes": s.get("notes") or "",
            }
        )
    return out


def build() -> dict[str, Any]:
    story = json.loads((HERE / "story.json").read_text())
    found = load_sources()
    bodies, series, sessions = [], [], []
    for b in BODIES:
        bodies.append(
            {
                "id": b.id,
                "name": b.name,
                "parent": b.parent,
                "submission_weeks": b.submission_weeks,
                "issuance_weeks": b.issuance_weeks,
            }
        )
        series += [_series_json(b, s) for s in b.series]
        sessions += build_sessions(b, found.get(b.id, []))
    unknown = set(found) - {b.id for b in BODIES}
    if unknown:
        raise SystemExit(f"sessions of unknown bodies: {sorted(unknown)}")
    return {
        "format": "mandate-planner/1",
        "title": story["title"],
        "horizon_years": story.get("horizon_years", 15),
        "calendar_as_of": story["calendar_as_of"],
        "bodies": bodies,
        "session_series": series,
        "sessions": sessions,
        "event_series": story["event_series"],
        "events": story["events"],
        "reports": story["reports"],
        "decisions": story["decisions"],
        "tracking": story["tracking"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the plan file is stale")
    args = parser.parse_args(argv)
    # canonical form through the app's own reader and writer, so the file is what dump writes
    from planner.store.interchange import plan_from_json, plan_to_text

    text = plan_to_text(plan_from_json(build()))
    if args.check:
        if OUT.read_text() != text:
            print(f"{OUT} is stale: run packaging/calendar/build.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
