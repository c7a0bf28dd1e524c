"""Desktop integration files are valid (validators run where installed)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from paths import REPO

PKG = REPO / "packaging"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed"
)
def test_desktop_file_validates():
    proc = subprocess.run(
        ["desktop-file-validate", str(PKG / "org.mandateplanner.MandatePlanner.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    proc = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--pedantic",
            str(PKG / "org.mandateplanner.MandatePlanner.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mime_type_recognises_plans_by_their_application_id():
    root = ET.parse(PKG / "mandate-planner-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    inner = root.find("m:mime-type/m:magic/m:match/m:match", ns)
    from planner.store.filecheck import APPLICATION_ID

    assert int(inner.get("value"), 16) == APPLICATION_ID and inner.get("offset") == "68"


def test_a_plan_file_carries_the_application_id(tmp_path):
    from paths import DEFAULT_PLAN

    from planner.app.documents import import_json

    path = tmp_path / "p.sqlite"
    import_json(DEFAULT_PLAN, path)
    head = path.read_bytes()[:100]
    assert head.startswith(b"SQLite format 3\x00") and head[68:72] == b"MPLN"


def test_icon_is_an_svg_that_qt_renders(qapp):
    from PySide6.QtGui import QIcon

    icon = QIcon(str(REPO / "resources" / "icons" / "mandate-planner.svg"))
    assert not icon.pixmap(64, 64).isNull()


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_at_the_standard_sizes(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(REPO / "resources" / "icons" / f"mandate-planner-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 8).alpha() == 255  # drawn, not empty
