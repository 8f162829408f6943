"""Shared test policy and fakes.

* No test may reach a real external model or any host off this machine: an autouse guard
  refuses every socket connection outside loopback (as pydantic-ai's ALLOW_MODEL_REQUESTS),
  and the environment is scrubbed of real API keys.
* Fakes and servers live in ``tests/fixtures/`` and are loaded as plugins below.
"""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest

pytest_plugins = [
    "tests.fixtures.index",
    "tests.fixtures.llm",
    "tests.fixtures.app",
]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class ExternalRequestBlocked(RuntimeError):
    """A test tried to reach a host off this machine."""


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else None
    if not isinstance(host, str):
        return True
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: object) -> object:
    if not _is_local(address):
        raise ExternalRequestBlocked(f"test tried to connect to {address!r}; only loopback is allowed")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise ExternalRequestBlocked(f"test tried to connect to {address!r}; only loopback is allowed")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def block_external_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that reaches a real model or any non-loopback host."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    for name in list(os.environ):
        if name.startswith("COACH_") or name in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY"}:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COACH_LLM", "offline")
    from assistant.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


# ==================================================================================================
# The test model: ``COACH_MODEL=test`` resolves to one in-process TestModel that tests ``enqueue``
# answers into (dicts, raw strings, ModelReply objects or exceptions); ``test_model.requests``
# records what was sent, after masking. Service functions also take it directly (``model=``).
# ==================================================================================================


@pytest.fixture
def test_model(monkeypatch: pytest.MonkeyPatch):
    """The ``test`` model, empty, selected by name (``COACH_MODEL=test``) for CLI and service tests."""
    from assistant.llm.models import TEST_MODEL
    from assistant.settings import get_settings

    TEST_MODEL.reset()
    monkeypatch.delenv("COACH_LLM", raising=False)
    monkeypatch.setenv("COACH_MODEL", "test")
    get_settings.cache_clear()
    yield TEST_MODEL
    TEST_MODEL.reset()
    get_settings.cache_clear()
