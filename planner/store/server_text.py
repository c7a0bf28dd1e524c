"""Text that PostgreSQL cannot hold as it is: the NUL character.

A plan may hold any text (a title pasted from anywhere, JSON's `\\u0000`), but a server's
`text` refuses NUL. So on a team plan's connections every string is written with NUL as
the pair SOH `0`, and SOH itself doubled, and read back the other way: any text
round-trips unchanged, and text without those two characters is stored as it is."""

from __future__ import annotations

import re
from typing import Any

from psycopg import Connection
from psycopg.types.string import StrBinaryDumper, StrDumperUnknown, TextBinaryLoader, TextLoader

_ESC = "\x01"
_PAIR = re.compile("\x01(.)", re.DOTALL)


def escape(text: str) -> str:
    if _ESC in text or "\x00" in text:
        return text.replace(_ESC, _ESC + _ESC).replace("\x00", _ESC + "0")
    return text


def unescape(text: str) -> str:
    if _ESC not in text:
        return text
    return _PAIR.sub(lambda m: "\x00" if m.group(1) == "0" else m.group(1), text)


class _Dumper(StrDumperUnknown):
    def dump(self, obj: str) -> Any:
        return super().dump(escape(obj))


class _BinaryDumper(StrBinaryDumper):
    def dump(self, obj: str) -> Any:
        return super().dump(escape(obj))


class _Loader(TextLoader):
    def load(self, data: Any) -> str:
        loaded = super().load(data)
        assert isinstance(loaded, str)  # the connection decodes text (client_encoding)
        return unescape(loaded)


class _BinaryLoader(TextBinaryLoader):
    def load(self, data: Any) -> str:
        loaded = super().load(data)
        assert isinstance(loaded, str)  # the connection decodes text (client_encoding)
        return unescape(loaded)


def register(conn: Connection[Any]) -> None:
    conn.adapters.register_dumper(str, _Dumper)
    conn.adapters.register_dumper(str, _BinaryDumper)
    for name in ("text", "varchar"):
        conn.adapters.register_loader(name, _Loader)
        conn.adapters.register_loader(name, _BinaryLoader)
