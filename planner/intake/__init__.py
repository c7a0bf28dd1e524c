"""Readers of outside documents: resolutions (AKN4UN XML, Word, PDF, plain text) and the
mandate reader that proposes reporting requirements from their operative paragraphs.

Qt-free; fed untrusted bytes. Every failure is an `IntakeError` with a one-line message.
"""
