"""Mask emails, phone numbers and employee IDs before text leaves the machine; restore them after.

Each distinct value gets a stable token (``[EMAIL_1]``, ``[PHONE_1]``, ``[EMPLOYEE_ID_1]``) for the
whole call, so the model can refer to it and :meth:`Redactor.restore` puts the original back.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

EMAIL = r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
# International (+44 20 7946 0958), bracketed area code ((555) 014-2231), NANP (555-014-2231,
# 555.014.2231) and local 7-digit (014-2231). Plain numbers, years and ranges are not phones.
PHONE = (
    r"(?<![\w+])(?:"
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}"
    r"|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}"
    r"|\d{3}-\d{4}"
    r")(?![\w-])"
)
DEFAULT_EMPLOYEE_ID = r"\b(?:EMP-?\d{4,8}|E\d{5,8})\b"
_TOKEN = re.compile(r"\[(EMAIL|PHONE|EMPLOYEE_ID)_(\d+)\]")


class Redactor:
    """Reversible masking for one model call."""

    def __init__(self, enabled: bool = True, employee_id_pattern: str = DEFAULT_EMPLOYEE_ID) -> None:
        self.enabled = enabled
        self._patterns = [
            ("EMAIL", re.compile(EMAIL)),
            ("EMPLOYEE_ID", re.compile(employee_id_pattern)),
            ("PHONE", re.compile(PHONE)),
        ]
        self._by_value: dict[str, str] = {}
        self._by_token: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    @classmethod
    def from_settings(cls, settings: Any) -> Redactor:
        return cls(enabled=settings.redact, employee_id_pattern=settings.employee_id_pattern)

    @property
    def masked_count(self) -> int:
        return len(self._by_token)

    def _token_for(self, kind: str, value: str) -> str:
        token = self._by_value.get(value)
        if token is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            token = f"[{kind}_{self._counts[kind]}]"
            self._by_value[value] = token
            self._by_token[token] = value
        return token

    def mask(self, text: str) -> str:
        """Replace every email, employee ID and phone number with its token."""
        if not self.enabled or not text:
            return text
        for kind, pattern in self._patterns:
            text = pattern.sub(lambda m, k=kind: self._token_for(k, m.group()), text)
        return text

    def restore(self, text: str) -> str:
        """Put the original values back; unknown tokens are left as they are."""
        if not self._by_token or not text:
            return text
        return _TOKEN.sub(lambda m: self._by_token.get(m.group(), m.group()), text)

    def restore_obj(self, value: Any) -> Any:
        """Restore every string inside a pydantic model, list or dict."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, BaseModel):
            return value.model_copy(update={k: self.restore_obj(getattr(value, k)) for k in type(value).model_fields})
        if isinstance(value, list):
            return [self.restore_obj(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore_obj(v) for k, v in value.items()}
        return value
