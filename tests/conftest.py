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
# FakeChatModel (llm helper): an in-process chat model for LLM-layer unit tests that need no HTTP.
# Queue answers (dicts, JSON strings, or exceptions to raise), as simonw/llm's MockModel; every
# call's messages are recorded. ``fake_chat_model`` installs it as the configured model.
# The class is built on first use so that tests which never touch the LLM don't import langchain.
# ==================================================================================================
import functools  # noqa: E402
import json  # noqa: E402
from typing import Any  # noqa: E402


@functools.cache
def fake_chat_model_class() -> type:
    """``FakeChatModel``: a langchain chat model answering from a queue."""
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatResult
    from langchain_core.runnables import RunnableLambda
    from pydantic import PrivateAttr

    class FakeChatModel(BaseChatModel):
        """A scripted chat model: ``enqueue`` answers, read ``calls`` afterwards."""

        _queue: list[Any] = PrivateAttr(default_factory=list)
        _calls: list[list[BaseMessage]] = PrivateAttr(default_factory=list)

        @property
        def _llm_type(self) -> str:
            return "fake-chat"

        def enqueue(self, *answers: Any) -> FakeChatModel:
            self._queue.extend(answers)
            return self

        @property
        def calls(self) -> list[list[BaseMessage]]:
            return self._calls

        def sent_text(self, index: int = -1) -> str:
            return "\n".join(str(m.content) for m in self._calls[index])

        def _next(self, messages: list[BaseMessage]) -> Any:
            self._calls.append(list(messages))
            if not self._queue:
                raise AssertionError("FakeChatModel: no answer queued")
            answer = self._queue.pop(0)
            if isinstance(answer, BaseException):
                raise answer
            return answer

        def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                      **kwargs: Any) -> ChatResult:
            answer = self._next(messages)
            text = answer if isinstance(answer, str) else json.dumps(answer)
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

        def with_structured_output(self, schema: Any, *, method: str = "json_schema", include_raw: bool = False,
                                   **kwargs: Any) -> Any:
            def run(messages: Any) -> Any:
                answer = self._next(list(messages))
                text = answer if isinstance(answer, str) else json.dumps(answer)
                raw = AIMessage(content=text)
                try:
                    parsed, error = schema.model_validate_json(text), None
                except Exception as exc:  # noqa: BLE001 - reported like langchain's include_raw
                    if not include_raw:
                        raise
                    parsed, error = None, exc
                return {"raw": raw, "parsed": parsed, "parsing_error": error} if include_raw else parsed

            return RunnableLambda(run)

    return FakeChatModel


@pytest.fixture
def fake_chat_model(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Configure the LLM layer (COACH_LLM=openai) to use a FakeChatModel instead of ChatOpenAI."""
    model = fake_chat_model_class()()
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setattr("assistant.llm.provider.make_chat_model", lambda settings: model)
    from assistant.settings import get_settings

    get_settings.cache_clear()
    return model
