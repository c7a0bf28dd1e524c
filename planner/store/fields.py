"""Typed reading of JSON values that names the place of every mistake."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from planner.domain.model import MAX_YEAR, MIN_YEAR
from planner.store.errors import PlanFormatError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
E = TypeVar("E", bound=StrEnum)
_MISSING = object()


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def parse_date(text: object, path: str) -> date:
    if not isinstance(text, str):
        raise PlanFormatError(
            path, f"expected a date YYYY-MM-DD, got {_kind(text)}", code="bad-date", values=(text,)
        )
    if not _DATE.match(text):
        raise PlanFormatError(
            path, f"bad date {text!r}: expected YYYY-MM-DD", code="bad-date", values=(text,)
        )
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise PlanFormatError(
            path, f"impossible date {text!r}", code="impossible-date", values=(text,)
        ) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise PlanFormatError(
            path,
            f"date {text} is out of range ({MIN_YEAR}–{MAX_YEAR})",
            code="date-out-of-range",
            values=(text, MIN_YEAR, MAX_YEAR),
        )
    return day


class Obj:
    """A JSON object being read at `path`; rejects unknown fields when `close()`d."""

    def __init__(self, value: object, path: str, what: str) -> None:
        if not isinstance(value, dict):
            raise PlanFormatError(path, f"expected {what} (an object), got {_kind(value)}")
        self.value: Mapping[str, Any] = value
        self.path = path
        self._seen: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> Any:
        self._seen.add(key)
        if key not in self.value:
            if required:
                raise PlanFormatError(
                    self.path or key, f'missing field "{key}"', code="missing", values=(key,)
                )
            return _MISSING
        return self.value[key]

    def text(self, key: str, default: str | None = None, *, nonempty: bool = False) -> str:
        v = self._get(key, default is None)
        if v is _MISSING or (v is None and default is not None):
            return default or ""
        if not isinstance(v, str):
            raise PlanFormatError(self.at(key), f"expected a string, got {_kind(v)}")
        if nonempty and not v.strip():
            raise PlanFormatError(self.at(key), "must not be empty", code="empty")
        return v

    def opt_text(self, key: str) -> str | None:
        v = self._get(key, False)
        if v is _MISSING or v is None:
            return None
        if not isinstance(v, str) or not v:
            raise PlanFormatError(
                self.at(key), f"expected a non-empty string or null, got {_kind(v)}"
            )
        return v

    def whole(
        self,
        key: str,
        default: int | None = None,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int:
        v = self._get(key, default is None)
        if v is _MISSING:
            assert default is not None
            return default
        if isinstance(v, bool) or not isinstance(v, int):
            raise PlanFormatError(
                self.at(key), f"expected a whole number, got {_kind(v)}", code="not-whole"
            )
        if minimum is not None and v < minimum:
            raise PlanFormatError(
                self.at(key),
                f"must be at least {minimum}, got {v}",
                code="too-small",
                values=(minimum, v),
            )
        if maximum is not None and v > maximum:
            raise PlanFormatError(
                self.at(key),
                f"must be at most {maximum}, got {v}",
                code="too-large",
                values=(maximum, v),
            )
        return v

    def opt_whole(
        self, key: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        v = self._get(key, False)
        if v is _MISSING or v is None:
            return None
        self._seen.discard(key)
        return self.whole(key, minimum=minimum, maximum=maximum)

    def flag(self, key: str, default: bool = False) -> bool:
        v = self._get(key, False)
        if v is _MISSING or v is None:
            return default
        if not isinstance(v, bool):
            raise PlanFormatError(self.at(key), f"expected true or false, got {_kind(v)}")
        return v

    def day(self, key: str) -> date:
        return parse_date(self._get(key, True), self.at(key))

    def opt_day(self, key: str) -> date | None:
        v = self._get(key, False)
        if v is _MISSING or v is None:
            return None
        return parse_date(v, self.at(key))

    def enum(self, key: str, kind: type[E], default: E | None = None) -> E:
        v = self._get(key, default is None)
        if v is _MISSING or (v is None and default is not None):
            assert default is not None
            return default
        allowed = ", ".join(e.value for e in kind)
        if not isinstance(v, str):
            raise PlanFormatError(self.at(key), f"expected one of {allowed}, got {_kind(v)}")
        try:
            return kind(v)
        except ValueError:
            raise PlanFormatError(self.at(key), f"unknown value {v!r} (use {allowed})") from None

    def raw(self, key: str) -> Any:
        v = self._get(key, False)
        return None if v is _MISSING else v

    def items(self, key: str, what: str) -> Iterator[tuple[str, object]]:
        """The elements of an optional list field, each with its path."""
        v = self._get(key, False)
        if v is _MISSING or v is None:
            return
        if not isinstance(v, list):
            raise PlanFormatError(self.at(key), f"expected a list of {what}, got {_kind(v)}")
        for i, item in enumerate(v):
            yield f"{self.at(key)}[{i}]", item

    def close(self) -> None:
        extra = [k for k in self.value if k not in self._seen]
        if extra:
            raise PlanFormatError(self.path or "plan", f'unknown field "{extra[0]}"')
