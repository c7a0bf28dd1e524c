"""The timeline's tests paint into images: one QApplication, English texts."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english(qapp):
    from planner.ui.i18n import Translations

    translations = Translations()
    translations.apply("en")
    yield
    translations.apply("en")
