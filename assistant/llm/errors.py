"""Errors of the model layer. Every message is one user-facing line, never a stack trace."""

from __future__ import annotations


class LLMError(RuntimeError):
    """The model could not give a usable answer; callers keep their offline result with a notice."""


class ModelUnavailable(LLMError):
    """No answer at all: not configured, unreachable, HTTP error, deadline passed. Not worth a retry."""


class BadOutput(LLMError):
    """An answer came back but cannot be used (malformed, cut off, too long). A retry may help."""


class FormatRejected(ModelUnavailable):
    """The server refused the structured-output method of the request (``response_format``, tools)."""
