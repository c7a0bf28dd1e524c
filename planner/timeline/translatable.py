"""Marking words for translation where they are declared, keeping their type.

lupdate collects every call named `QT_TRANSLATE_NOOP`, wherever it comes from; Qt's own
is typed to return `object`, so a table of words built with it would not be `str`.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """The untranslated text, marked for `context` (translated later through `tr()`)."""
    return source_text
