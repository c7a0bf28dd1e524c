"""Copy the fonts the bundle ships (OFL Noto where installed, else DejaVu and WenQuanYi)
into build/fonts, with their licences listed in build/fonts/FONTS.txt."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "fonts"
WANTED = [
    # (file name, licence) – the first found of each group is taken
    (("NotoSans-Regular.ttf", "DejaVuSans.ttf"), "Latin, Cyrillic"),
    (("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"), "Latin, Cyrillic (bold)"),
    (("NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", "DejaVuSans.ttf"), "Arabic"),
    (("NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Bold.ttf"), "Arabic (bold)"),
    (("NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.otf", "wqy-microhei.ttc"), "Chinese"),
]
LICENCES = {
    "Noto": "SIL Open Font License 1.1",
    "DejaVu": "Bitstream Vera / Arev licence (free, permissive)",
    "wqy": "GPL v3 with font embedding exception (WenQuanYi)",
}


def find(name: str) -> Path | None:
    for folder in (
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".fonts",
    ):
        hits = sorted(folder.rglob(name)) if folder.is_dir() else []
        if hits:
            return hits[0]
    return None


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = []
    for names, script in WANTED:
        found = next((p for n in names if (p := find(n)) is not None), None)
        if found is None:
            print(
                f"warning: no font for {script} found; the bundle falls back to system fonts",
                file=sys.stderr,
            )
            continue
        shutil.copy2(found, OUT / found.name)
        licence = next(
            (v for k, v in LICENCES.items() if found.name.startswith(k)), "see the font file"
        )
        lines.append(f"{found.name}\t{script}\t{licence}")
    (OUT / "FONTS.txt").write_text("\n".join(sorted(set(lines))) + "\n", encoding="utf-8")
    print(f"fonts: {', '.join(sorted({line.split(chr(9))[0] for line in lines}))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
