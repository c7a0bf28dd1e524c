"""The safe writer itself: any text is written whole, and nothing else is left in the folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.store.files import write_text

ANY_CHARACTER = st.one_of(st.characters(), st.characters(categories=["Cc", "Cs"]))


@settings(max_examples=40)
@given(text=st.text(alphabet=ANY_CHARACTER, max_size=200))
def test_any_text_is_written_whole_and_only_the_target_remains(text):
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.txt"
        write_text(target, text)
        assert [p.name for p in Path(folder).iterdir()] == ["out.txt"]
        written = target.read_bytes().decode("utf-8")
        assert len(written) == len(text)
        assert all(
            w == t or (w == "\ufffd" and 0xD800 <= ord(t) <= 0xDFFF)
            for w, t in zip(written, text, strict=True)
        )
