"""What each model server supports, remembered per (base URL, model).

Structured-output negotiation (:mod:`assistant.llm.openai_compat`) learns which method a server
accepts; the answer is kept for the process and in a small JSON file beside the index, so the
next process starts with the method that worked. A cache that cannot be read or written is
ignored (logged): it only saves a rejected request.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("assistant.llm")

_memory: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()


def cache_key(base_url: str | None, model: str) -> str:
    return f"{(base_url or 'https://api.openai.com/v1').rstrip('/')}|{model}"


class CapabilityCache:
    """Per-process memory backed by an optional JSON file."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None

    def _read_file(self) -> dict[str, dict[str, Any]]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("model cache %s unreadable (%s); ignored", self.path, type(exc).__name__)
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> dict[str, Any] | None:
        with _lock:
            if key in _memory:
                return dict(_memory[key])
        entry = self._read_file().get(key)
        if isinstance(entry, dict):
            with _lock:
                _memory[key] = entry
            return dict(entry)
        return None

    def method(self, key: str) -> str | None:
        entry = self.get(key) or {}
        method = entry.get("method")
        return method if isinstance(method, str) else None

    def remember(self, key: str, **values: Any) -> None:
        """Record ``values`` for ``key`` in memory and, when they changed, in the file."""
        with _lock:
            old = _memory.get(key, {})
            entry = {**old, **values}
            changed = {k: v for k, v in entry.items() if k != "checked_at"} != {
                k: v for k, v in old.items() if k != "checked_at"
            }
            entry["checked_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            _memory[key] = entry
        if changed:
            self._write(key, entry)

    def _write(self, key: str, entry: dict[str, Any]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = self._read_file()
            data[key] = entry
            fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("model cache %s not written (%s)", self.path, exc)


def forget_all() -> None:
    """Clear the per-process memory (tests; the file stays)."""
    with _lock:
        _memory.clear()
