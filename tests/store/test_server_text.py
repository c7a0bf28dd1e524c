"""Text written to a server comes back exactly, whatever characters it holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.store.server_text import escape, unescape

_NASTY = st.lists(st.sampled_from(["\x00", "\x01", "0", "a", "\x010", "é"])).map("".join)


@given(st.one_of(st.text(), _NASTY))
def test_escape_round_trips_and_never_holds_nul(text):
    stored = escape(text)
    assert "\x00" not in stored
    assert unescape(stored) == text


@given(st.text().filter(lambda t: "\x00" not in t and "\x01" not in t))
def test_ordinary_text_is_stored_as_it_is(text):
    assert escape(text) == text
