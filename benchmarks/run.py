"""`make bench`: measure Mandate Planner on the synthetic UN-scale plan.

Builds the plans once (cached in `.bench/`), then prints progress lines and,
as the **last line**, one JSON object of medians. Times are in the units their
names say. Add a measurement by decorating a function with `@measure`.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.generate import generate
from planner.app.documents import import_json
from planner.domain.calendar import clear_projection_caches
from planner.domain.engine import Engine
from planner.domain.model import DecisionStatus, Plan
from planner.domain.results import RecalcOptions
from planner.store.database import read_plan_file
from planner.store.interchange import plan_from_json

if TYPE_CHECKING:  # Qt is imported only by the benchmarks that draw
    from PySide6.QtCore import QCoreApplication

    from planner.timeline.geometry import Viewport

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".bench"
OPTIONS = RecalcOptions()
Measurement = Callable[["Bench"], dict[str, Any]]
MEASUREMENTS: list[tuple[str, Measurement]] = []


def measure(name: str) -> Callable[[Measurement], Measurement]:
    def register(fn: Measurement) -> Measurement:
        MEASUREMENTS.append((name, fn))
        return fn

    return register


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def log(message: str) -> None:
    print(message, flush=True)


class Bench:
    """The cached inputs every measurement shares."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.runs = 3 if quick else 7
        CACHE.mkdir(exist_ok=True)
        self._plans: dict[float, Plan] = {}

    def json_path(self, scale: float) -> Path:
        path = CACHE / f"plan-x{scale:g}.json"
        stamp = CACHE / f"plan-x{scale:g}.source"
        source = (ROOT / "benchmarks" / "generate.py").read_bytes()
        if not path.exists() or not stamp.exists() or stamp.read_bytes() != source:
            log(f"generating the ×{scale:g} plan …")
            path.write_text(json.dumps(generate(scale)))
            stamp.write_bytes(source)
            (CACHE / f"plan-x{scale:g}.sqlite").unlink(missing_ok=True)
        return path

    def sqlite_path(self, scale: float = 1.0) -> Path:
        source = self.json_path(scale)
        path = CACHE / f"plan-x{scale:g}.sqlite"
        if not path.exists():
            log(f"importing the ×{scale:g} plan into SQLite …")
            import_json(source, path)
        return path

    def plan(self, scale: float = 1.0) -> Plan:
        if scale not in self._plans:
            self._plans[scale] = plan_from_json(json.loads(self.json_path(scale).read_text()))
        return self._plans[scale]


def _full_recalc(plan: Plan, cold: bool) -> None:
    if cold:
        clear_projection_caches()
    Engine(plan, OPTIONS).result()


@measure("recalculation")
def bench_recalc(b: Bench) -> dict[str, Any]:
    plan = b.plan(1.0)
    cold = median_time(lambda: _full_recalc(plan, cold=True), b.runs)
    warm = median_time(lambda: _full_recalc(plan, cold=False), b.runs)
    engine = Engine(plan, OPTIONS)
    engine.result()
    rng = random.Random(7)
    times = []
    for i in range(40):
        idx = rng.randrange(len(plan.decisions))
        d = plan.decisions[idx]
        kind = i % 3
        if kind == 0:
            edited = d._replace(adopted=d.adopted + timedelta(days=rng.randint(-400, 400)))
            new = replace(
                plan, decisions=(*plan.decisions[:idx], edited, *plan.decisions[idx + 1 :])
            )
        elif kind == 1:
            added = d._replace(symbol=f"E/DEC/BENCH/{i}", status=DecisionStatus.ADOPTED)
            new = replace(plan, decisions=(*plan.decisions, added))
        else:
            new = replace(plan, decisions=(*plan.decisions[:idx], *plan.decisions[idx + 1 :]))
        start = time.perf_counter()
        engine.update(new)
        times.append(time.perf_counter() - start)
        plan = new
    result = engine.result()
    return {
        "recalc_full_s": round(cold, 4),
        "recalc_full_warm_s": round(warm, 4),
        "recalc_edit_s": round(statistics.median(times), 5),
        "recalc_edit_max_s": round(max(times), 5),
        "requirements": len(result.requirements),
        "mandates": sum(len(d.mandates) for d in plan.decisions),
    }


_RAW_QUERIES = (
    "SELECT key, value FROM plan_info",
    "SELECT id, name, parent, submission_weeks, issuance_weeks FROM bodies ORDER BY position",
    "SELECT * FROM session_series ORDER BY position",
    "SELECT * FROM sessions ORDER BY position",
    "SELECT * FROM event_series ORDER BY position",
    "SELECT * FROM events ORDER BY position",
    "SELECT * FROM reports ORDER BY position",
    "SELECT * FROM decisions ORDER BY position",
    "SELECT * FROM mandates ORDER BY decision, position",
    "SELECT * FROM tracking ORDER BY position",
)


def _raw_read(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for query in _RAW_QUERIES:
            conn.execute(query).fetchall()
    finally:
        conn.close()


def store_times(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds to read the plan at `path` (`read_plan_file`) and to SELECT every
    table raw. The two alternate, run by run: a drift of the machine (another process, the
    CPU's clock) then weighs on both alike instead of on whichever ran during it."""
    read_plan_file(path)  # warm the OS cache for both contenders alike
    _raw_read(path)
    loads, raws = [], []
    for _ in range(runs * 2 + 1):
        loads.append(median_time(lambda: read_plan_file(path), 1))
        raws.append(median_time(lambda: _raw_read(path), 1))
    return statistics.median(loads), statistics.median(raws)


@measure("store")
def bench_store(b: Bench) -> dict[str, Any]:
    path = b.sqlite_path(1.0)
    # In a process of its own, as `planner recalc` and the window read a plan: this one
    # holds the ×1 plan and the engine's results for the other measurements, and a heap
    # that size slows allocation-heavy code (the load by ~25 %, the raw read by ~12 %).
    code = (
        "import json, sys; from pathlib import Path; from benchmarks.run import store_times;"
        " print(json.dumps(store_times(Path(sys.argv[1]), int(sys.argv[2]))))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(path), str(b.runs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    load, raw = json.loads(proc.stdout)
    source = b.json_path(1.0)

    def do_import() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            import_json(source, Path(tmp) / "plan.sqlite")

    imp = median_time(do_import, 1 if b.quick else 3)
    return {
        "store_load_s": round(load, 4),
        "sqlite_raw_s": round(raw, 4),
        "store_load_ratio": round(load / raw, 2),
        "json_import_s": round(imp, 3),
    }


@measure("scaling")
def bench_scaling(b: Bench) -> dict[str, Any]:
    scales = (0.25, 1.0) if b.quick else (0.25, 1.0, 2.0, 4.0)
    out: dict[str, float] = {}
    for scale in scales:
        plan = b.plan(scale)
        out[f"x{scale:g}"] = round(median_time(partial(_full_recalc, plan, cold=True), 3), 4)
        if scale > 1:
            b._plans.pop(scale, None)  # keep memory for the next one
    return {"scaling": out}


RSS_PROBE = """
import resource, sys
from pathlib import Path
from planner.domain.engine import Engine
from planner.store.database import read_plan_file
Engine(read_plan_file(Path(sys.argv[1]))).result()
# VmHWM belongs to this process image; ru_maxrss survives exec and would report the
# high-water mark of the (large) benchmark process this one was forked from
try:
    hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(int(hwm.split()[1]) / 1024)
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


@measure("memory")
def bench_memory(b: Bench) -> dict[str, Any]:
    path = b.sqlite_path(1.0)
    proc = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, str(path)], capture_output=True, text=True, check=True
    )
    return {"peak_rss_mb": round(float(proc.stdout.strip()), 1)}


def _qt_app() -> QCoreApplication:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@measure("frames")
def bench_frames(b: Bench) -> dict[str, Any]:
    """One frame of the ×1 plan at 1920×1080: whole range, and a one-year view."""
    from datetime import date

    from PySide6.QtGui import QImage, QPainter

    from planner.app.workspace import Workspace
    from planner.timeline.scene import TimelineScene

    _qt_app()
    ws = Workspace.in_memory(b.plan(1.0), RecalcOptions(today=date(2026, 11, 27)))
    ws.result()
    start = time.perf_counter()
    scene = TimelineScene(ws)
    scene.rows()
    build = time.perf_counter() - start
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    options = scene.paint_options(today=date(2026, 11, 27))
    full = scene.full_viewport(1920, 1080)
    year = scene.default_viewport(1920, 1080).showing(
        date(2026, 1, 1).toordinal(), date(2026, 12, 31).toordinal()
    )

    def frame(vp: Viewport) -> None:
        painter = QPainter(image)
        scene.paint(painter, vp, options, [])
        painter.end()

    frame(full)
    runs = 7 if b.quick else 21
    return {
        "scene_build_ms": round(build * 1000, 1),
        "frame_full_ms": round(median_time(lambda: frame(full), runs) * 1000, 2),
        "frame_zoomed_ms": round(median_time(lambda: frame(year), runs) * 1000, 2),
    }


@measure("export")
def bench_export_png(b: Bench) -> dict[str, Any]:
    """PNG of a decade (2020–2029) of the ×1 plan at 4,000 px wide: every lane (4000 × ~27,000
    px, rendered in strips), and the first 40 lanes (a briefing-sized image)."""
    from datetime import date

    from planner.app.workspace import Workspace
    from planner.export.image import ImageOptions, export_image
    from planner.timeline.scene import TimelineScene

    _qt_app()
    plan = b.plan(1.0)
    ws = Workspace.in_memory(plan, RecalcOptions(today=date(2026, 11, 27)))
    scene = TimelineScene(ws)
    every = ImageOptions(first_year=2020, last_year=2029, width=4000, today=date(2026, 11, 27))
    forty = replace(every, hidden=frozenset(x.id for x in plan.bodies[40:]))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "decade.png"
        runs = 1 if b.quick else 3
        full = median_time(lambda: export_image(scene, out, every), runs)
        size = export_image(scene, out, every)
        part = median_time(lambda: export_image(scene, out, forty), runs)
    return {
        "export_png_s": round(full, 3),
        "export_png_px": f"{size.width}x{size.height}",
        "export_png_40_lanes_s": round(part, 3),
    }


@measure("edit-roundtrip")
def bench_edit_roundtrip(b: Bench) -> dict[str, Any]:
    """An edited decision from the editor's OK to the repainted timeline, on the ×1 plan
    (validation, one store transaction, incremental recalculation, views refreshed)."""
    import os
    import shutil
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.app import edits
    from planner.app.workspace import Workspace
    from planner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.sqlite"
        shutil.copyfile(b.sqlite_path(1.0), path)
        ws = Workspace.open(path, today=date(2026, 11, 27))
        window = MainWindow(
            ws,
            today=date(2026, 11, 27),
            settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
        )
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        rng = random.Random(11)
        for _ in range(12):
            d = ws.plan.decisions[rng.randrange(len(ws.plan.decisions))]
            form = edits.decision_to_form(d)
            form["adopted"] = (d.adopted + timedelta(days=rng.randint(30, 300))).isoformat()
            form["effective"] = None
            start = time.perf_counter()
            new = edits.put_decision(ws.plan, form, replacing=d.symbol, calendar=ws.engine.calendar)
            window.editing.commit(new, f"Edit {d.symbol}")
            window.timeline.viewport().repaint()
            times.append(time.perf_counter() - start)
        window.close()
    return {"edit_roundtrip_ms": round(statistics.median(times) * 1000, 1)}


@measure("start-up")
def bench_cold_start(b: Bench) -> dict[str, Any]:
    """Process start to first painted main window on the ×1 plan (`--quit-after-paint`)."""
    import os
    import shutil

    path = b.sqlite_path(1.0)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan.sqlite"
        shutil.copyfile(path, plan)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MANDATE_PLANNER_HOME": tmp}
        exe = Path(sys.executable).with_name("planner")
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [str(exe), str(plan), "--quit-after-paint"],
                env=env,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return {"cold_start_s": round(statistics.median(times), 3)}


@measure("mandates")
def bench_mandates(b: Bench) -> dict[str, Any]:
    """Precision and recall of the mandate reader per language on the committed set."""
    from benchmarks.mandate_eval import evaluate

    scores, _ = evaluate()
    return {
        "mandates_precision": {lang: round(s.precision, 3) for lang, s in sorted(scores.items())},
        "mandates_recall": {lang: round(s.recall, 3) for lang, s in sorted(scores.items())},
    }


@measure("read-mandates")
def bench_read_mandates(b: Bench) -> dict[str, Any]:
    """A 40-page resolution PDF read and its mandates proposed."""
    from benchmarks.resolution_pdf import long_resolution, write_pdf
    from planner.intake.mandates import read_mandates
    from planner.intake.read import read_document

    with tempfile.TemporaryDirectory() as folder:
        path = write_pdf(Path(folder) / "resolution.pdf", long_resolution(40))
        found: list[int] = []
        seconds = median_time(lambda: found.append(len(read_mandates(read_document(path)))), b.runs)
    return {"read_mandates_s": round(seconds, 3), "read_mandates_proposals": found[-1]}


@measure("team")
def bench_team(b: Bench) -> dict[str, Any]:
    """Team plans on a throwaway local PostgreSQL (benchmarks/team.py): opening the ×1 plan
    (and its ratio to opening the SQLite file), 20 editor processes × 100 edits on one
    plan, 500 offline operations brought back."""
    from benchmarks.team import EDIT_PLAN_SCALE, measure_team

    return measure_team(b.json_path(1.0), b.sqlite_path(1.0), b.runs, b.json_path(EDIT_PLAN_SCALE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and scales")
    parser.add_argument("--only", action="append", default=[], help="run only these measurements")
    args = parser.parse_args(argv)
    bench = Bench(args.quick)
    results: dict[str, Any] = {}
    for name, fn in MEASUREMENTS:
        if args.only and name not in args.only:
            continue
        log(f"measuring {name} …")
        values = fn(bench)
        log("  " + ", ".join(f"{k}={v}" for k, v in values.items()))
        results.update(values)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
