"""What can go wrong reading an outside document: one class per kind, one-line messages."""

from __future__ import annotations


class IntakeError(ValueError):
    """A document that cannot be read. `str()` is one line naming the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}" if source else problem)


class TooLarge(IntakeError):
    """Bigger than the reader's cap (checked before reading the whole file)."""


class WrongContent(IntakeError):
    """The bytes are not what the file's extension says (or not a format we read)."""


class UnsafeDocument(IntakeError):
    """An XML bomb, external entity, DTD, or an archive that inflates beyond the cap."""


class EncryptedDocument(IntakeError):
    """A password-protected PDF or Word file."""


class NoText(IntakeError):
    """A scanned (image-only) PDF or an empty document: nothing to read."""


class NoOperativeParagraphs(IntakeError):
    """The text holds no numbered operative paragraphs."""
