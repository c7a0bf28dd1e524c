"""Pictures people make: a slide, a handout, a poster, an image for an email. Each
preset chooses the size, the type size, and the lanes (those with reports in the years
shown); the years, the title and the scope stay the user's."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from planner.export.composition import ImageOptions
from planner.timeline.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preset:
    key: str
    label: str  # translated with QCoreApplication.translate("Presets", label)
    width: int  # layout pixels (96 per inch)
    height: int | None  # None: as tall as the lanes need
    point_size: float  # the type size
    max_point_size: float | None = None  # a fixed height takes the largest that fits, up to this
    scale: float = 1.0  # image pixels per layout pixel
    page: str | None = None  # the paper a PDF is printed on
    footer: bool = True

    @property
    def name(self) -> str:
        return QCoreApplication.translate("Presets", self.label)

    def apply(self, options: ImageOptions) -> ImageOptions:
        return replace(
            options,
            width=self.width,
            height=self.height,
            point_size=self.point_size,
            max_point_size=self.max_point_size,
            scale=self.scale,
            page=self.page,
            footer=self.footer,
            lanes_with_requirements=True,
        )


PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        # a projected slide: large type, read from the back of a room
        Preset(
            "slide",
            QT_TRANSLATE_NOOP("Presets", "Slide 16:9 (1920 × 1080)"),
            1920,
            1080,
            14.0,
            28.0,
        ),
        # the same slide for a 4K screen: the 1080p layout at twice the pixels
        Preset(
            "slide-4k",
            QT_TRANSLATE_NOOP("Presets", "Slide 16:9 (3840 × 2160)"),
            1920,
            1080,
            14.0,
            28.0,
            scale=2.0,
        ),
        # paper at 96 layout pixels per inch: A4 is 297 × 210 mm
        Preset(
            "a4",
            QT_TRANSLATE_NOOP("Presets", "A4 landscape handout"),
            1122,
            793,
            10.0,
            14.0,
            scale=2.0,
            page="A4",
        ),
        Preset(
            "a3",
            QT_TRANSLATE_NOOP("Presets", "A3 poster"),
            1587,
            1122,
            13.0,
            22.0,
            scale=2.0,
            page="A3",
        ),
        Preset(
            "email", QT_TRANSLATE_NOOP("Presets", "Email image (1200 px wide)"), 1200, None, 9.0
        ),
    )
}
