"""Refresh the translations: lupdate the sources into resources/i18n/*.ts, fill them from
the tables beside this file (one module per language), compile the .qm files.

    python packaging/i18n/build_ts.py          # update .ts and .qm
    python packaging/i18n/build_ts.py --check  # fail if a message has no translation
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SOURCES = sorted(
    str(p.relative_to(ROOT))
    for folder in ("planner/ui", "planner/timeline", "planner/export")
    for p in (ROOT / folder).glob("*.py")
)
LANGUAGES = {
    "en": 2,
    "fr": 2,
    "es": 2,
    "ru": 3,
    "zh_CN": 1,
    "ar": 6,
}  # plural forms Qt uses for each


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (it ships Qt's translation tools)")
    return found


def table(code: str) -> ModuleType:
    path = Path(__file__).with_name(f"{code}.py")
    spec = importlib.util.spec_from_file_location(f"i18n_{code}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot read the translation table {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ts_path(code: str) -> Path:
    return I18N / f"mandate_planner_{code}.ts"


def lupdate(out: Path, code: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *SOURCES,
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            code,
            "-ts",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(path: Path, code: str) -> list[str]:
    """Write the translations into `path`; returns the sources that have none."""
    module = table(code)
    forms = LANGUAGES[code]
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            plural = module.N.get(source)
            if plural is None or len(plural) != forms:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            for text in plural:
                ET.SubElement(translation, "numerusform").text = text
        else:
            text = module.T.get(source, source if code == "en" else None)  # English: itself
            if text is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            translation.text = text
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(path: Path, out: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(out)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    failed = False
    for code in LANGUAGES:
        path = ts_path(code)
        lupdate(path, code)
        missing = fill(path, code)
        if missing:
            failed = True
            print(f"{code}: {len(missing)} untranslated: {missing[:5]}", file=sys.stderr)
        lrelease(path, path.with_suffix(".qm"))
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
